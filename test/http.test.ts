import type { Payload } from 'payload'

import { ClientError, gql, GraphQLClient } from 'graphql-request'

import { account } from './helpers/accounts'
import { runId } from './helpers/database'
import { story } from './helpers/stories'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'

let server: RunningServer
let payload: Payload
let token: string

beforeAll(async () => {
  server = await startTestServer('http')
  payload = await bootPayload('http', server.env)
  token = (await account(payload, server.url, 'editor', 'http-editor')).token
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

const rest = (path: string, init: RequestInit & { auth?: boolean } = {}) =>
  fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.auth ? { authorization: `JWT ${token}` } : {}) },
  })

describe('the Express host', () => {
  it('reports a healthy database on /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ database: expect.any(String), status: 'ok' })
  })

  it('answers the icon browsers ask every page for, instead of a 404 in the console', async () => {
    for (const route of ['/favicon.ico', '/favicon.svg']) {
      const response = await fetch(`${server.url}${route}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
      expect(await response.text()).toMatch(/^<svg[^>]*>.*<\/svg>$/s)
    }
  })

  it('serves the admin panel', async () => {
    const response = await fetch(`${server.url}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<html')
  })
})

describe('REST', () => {
  it('lists published demo stories to anonymous readers with their bylines', async () => {
    const response = await rest('/articles?depth=1&limit=100&where[title][like]=Port%20Alder%20council')
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: { authors: { name: string }[]; title: string }[] }
    expect(docs[0]?.authors.map((author) => author.name)).toContain('Tomas Reyes')
  })

  it('refuses to let an anonymous request create anything', async () => {
    for (const [collection, data] of [
      ['articles', { title: `Anonymous story ${runId}` }],
      ['authors', { name: `Anonymous author ${runId}` }],
      ['sources', { name: `Anonymous source ${runId}` }],
      ['topics', { name: `Anonymous topic ${runId}` }],
    ] as const) {
      const response = await rest(`/${collection}`, { body: JSON.stringify(data), method: 'POST' })
      expect(response.status).toBe(403)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/not allowed/i)
    }
    expect(await payload.count({ collection: 'articles', where: { title: { equals: `Anonymous story ${runId}` } } })).toEqual({
      totalDocs: 0,
    })
  })

  it('lets an editor create a draft that anonymous readers cannot read', async () => {
    const created = await rest('/articles', {
      auth: true,
      body: JSON.stringify({ title: `Embargoed over HTTP ${runId}` }),
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { _status: string; id: number | string; slug: string } }
    expect(doc._status).toBe('draft')

    expect((await rest(`/articles/${doc.id}`)).status).toBe(404)
    expect((await rest(`/articles/${doc.id}?draft=true`)).status).toBe(404)
    const list = (await (await rest(`/articles?where[slug][equals]=${doc.slug}&draft=true`)).json()) as { totalDocs: number }
    expect(list.totalDocs).toBe(0)
    expect((await rest(`/articles/${doc.id}`, { auth: true })).status).toBe(200)
  })

  it('answers a slug clash with 400 and a message naming the slug', async () => {
    const slug = `http-clash-${runId}`
    const first = await rest('/articles', { auth: true, body: JSON.stringify({ slug, title: `Clash one ${runId}` }), method: 'POST' })
    expect(first.status).toBe(201)
    const second = await rest('/articles', { auth: true, body: JSON.stringify({ slug, title: `Clash two ${runId}` }), method: 'POST' })
    expect(second.status).toBe(400)
    const body = (await second.json()) as { errors: { data?: { errors: { message: string; path: string }[] } }[] }
    expect(body.errors[0]?.data?.errors[0]).toMatchObject({ message: expect.stringContaining(`"${slug}" is already used`), path: 'slug' })
  })
})

describe('GraphQL', () => {
  const anonymous = () => new GraphQLClient(`${server.url}/api/graphql`)
  const signedIn = () => new GraphQLClient(`${server.url}/api/graphql`, { headers: { authorization: `JWT ${token}` } })

  it('returns published stories with authors, sources and topics', async () => {
    const result = await anonymous().request<{
      Articles: { docs: { authors: { name: string }[]; slug: string; sources: { name: string }[]; topics: { name: string }[] }[] }
    }>(gql`
      query {
        Articles(where: { title: { like: "Port Alder council" } }) {
          docs { slug authors { name } sources { name } topics { name } }
        }
      }
    `)
    const [story] = result.Articles.docs
    expect(story?.authors.map((author) => author.name)).toContain('Tomas Reyes')
    expect(story?.sources.map((source) => source.name)).toContain('Northwind Wire')
    expect(story?.topics.map((topic) => topic.name)).toContain('Coastal flooding')
  })

  it('refuses an anonymous mutation', async () => {
    const attempt = anonymous().request(gql`
      mutation { createArticle(data: { title: "Anonymous via GraphQL" }) { id } }
    `)
    await expect(attempt).rejects.toBeInstanceOf(ClientError)
    await expect(attempt).rejects.toMatchObject({ response: { errors: [expect.objectContaining({ message: expect.stringMatching(/not allowed/i) })] } })
  })

  it('hides drafts from anonymous readers and shows them to editors', async () => {
    const title = `GraphQL draft ${runId}`
    const created = await signedIn().request<{ createArticle: { id: number; slug: string } }>(
      gql`mutation ($title: String!) { createArticle(data: { title: $title }, draft: true) { id slug } }`,
      { title },
    )
    const query = gql`query ($slug: String!) { Articles(draft: true, where: { slug: { equals: $slug } }) { totalDocs } }`
    const variables = { slug: created.createArticle.slug }
    expect((await anonymous().request<{ Articles: { totalDocs: number } }>(query, variables)).Articles.totalDocs).toBe(0)
    expect((await signedIn().request<{ Articles: { totalDocs: number } }>(query, variables)).Articles.totalDocs).toBe(1)
  })
})

describe('Read-also links as an anonymous reader sees them', () => {
  type Link = { state: string; target: null | { title: string }; text: string; to: unknown }
  type Backlink = { from: { title: string } | number; text: string }
  let source: { id: number | string }
  let published: { id: number | string; title: string }
  let draftTarget: { id: number | string; title: string }

  beforeAll(async () => {
    published = await story(payload, `Published target ${runId}`)
    draftTarget = await story(payload, `Draft target ${runId}`, undefined, { status: 'draft' })
    source = await story(payload, `Linking story ${runId}`, [
      `Read also: Draft target ${runId}`,
      `Read also: Published target ${runId}`,
    ])
    await story(payload, `Unpublished linker ${runId}`, [`Read also: Published target ${runId}`], { status: 'draft' })
  })

  it('over REST: a draft target reads as pending text, with no id; published targets come small', async () => {
    const response = await rest(`/articles/${source.id}?depth=1`)
    const article = (await response.json()) as { readAlso: { docs: Link[] } }
    expect(article.readAlso.docs.map(({ state, target, text, to }) => ({ state, target, text, to }))).toEqual([
      { state: 'pending', target: null, text: `Draft target ${runId}`, to: null },
      { state: 'resolved', target: expect.objectContaining({ title: published.title }), text: `Published target ${runId}`, to: published.id },
    ])

    const signedIn = (await (await rest(`/articles/${source.id}?depth=1`, { auth: true })).json()) as { readAlso: { docs: Link[] } }
    expect(signedIn.readAlso.docs[0]).toMatchObject({ state: 'resolved', target: { title: draftTarget.title } })
  })

  it('over REST: backlinks list only published linking stories', async () => {
    const target = (await (await rest(`/articles/${published.id}?depth=1`)).json()) as { readAlsoFrom: { docs: Backlink[] } }
    expect(target.readAlsoFrom.docs.map((link) => link.text)).toEqual([`Published target ${runId}`])
  })

  it('over GraphQL: links and backlinks with their state, and no error for hidden targets', async () => {
    const result = await new GraphQLClient(`${server.url}/api/graphql`).request<{
      Article: { readAlso: { docs: { state: string; target: null | { title: string }; text: string }[] } }
      target: { readAlsoFrom: { docs: { text: string }[] } }
    }>(
      gql`query ($id: Int!, $target: Int!) {
        Article(id: $id) { readAlso { docs { text state target { title slug publishedAt } to { title } } } }
        target: Article(id: $target) { readAlsoFrom { docs { text } } }
      }`,
      { id: Number(source.id), target: Number(published.id) },
    )
    expect(result.Article.readAlso.docs.map((link) => [link.text, link.state, link.target?.title ?? null])).toEqual([
      [`Draft target ${runId}`, 'pending', null],
      [`Published target ${runId}`, 'resolved', published.title],
    ])
    expect(result.target.readAlsoFrom.docs.map((link) => link.text)).toEqual([`Published target ${runId}`])
  })
})

describe('importing a story over HTTP', () => {
  const storyText = (title: string) => `${title}\n\nby Tomas Reyes March 4, 2026 9:12 AM\n\nThe council met, the Northwind Wire reported.\n\nLeave a Comment`

  it('refuses an anonymous import', async () => {
    const response = await fetch(`${server.url}/api/articles/import`, { body: storyText(`Anonymous import ${runId}`), method: 'POST' })
    expect(response.status).toBe(401)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/sign in/i)
  })

  it('imports plain text for an editor and reports what it did', async () => {
    const title = `Imported over HTTP ${runId}`
    const response = await fetch(`${server.url}/api/articles/import?file=council.txt&publish=true`, {
      body: storyText(title),
      headers: { authorization: `JWT ${token}`, 'content-type': 'text/plain' },
      method: 'POST',
    })
    expect(response.status).toBe(201)
    const report = (await response.json()) as { authors: string[]; dropped: { reason: string }[]; file: string; id: number; sources: string[]; status: string }
    expect(report).toMatchObject({ authors: ['Tomas Reyes'], file: 'council.txt', sources: ['Northwind Wire'], status: 'created' })
    expect(report.dropped.map((drop) => drop.reason)).toEqual(['comment prompt'])
    expect((await (await rest(`/articles/${report.id}`)).json()) as { _status: string }).toMatchObject({ _status: 'published' })
  })

  it('lands a contributor’s import as a draft, saying so', async () => {
    const contributor = { email: `contributor-${runId}@example.test`, password: 'correct horse battery staple' }
    await payload.create({ collection: 'users', data: { ...contributor, role: 'contributor' } })
    const login = (await (await rest('/users/login', { body: JSON.stringify(contributor), method: 'POST' })).json()) as { token: string }
    const response = await fetch(`${server.url}/api/articles/import`, {
      body: JSON.stringify({ publish: true, text: storyText(`Contributor import ${runId}`) }),
      headers: { authorization: `JWT ${login.token}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(201)
    const report = (await response.json()) as { id: number; note: string }
    expect(report.note).toMatch(/contributors import drafts/i)
    expect((await rest(`/articles/${report.id}`)).status).toBe(404)
  })

  it('answers bad input with 400 and the reason', async () => {
    const response = await fetch(`${server.url}/api/articles/import`, {
      body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/octet-stream' },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe('binary data, not text')
  })
})
