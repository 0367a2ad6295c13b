import type { Payload } from 'payload'

import { gql, GraphQLClient } from 'graphql-request'

import type { Article, ReadAlsoLink } from '../payload-types'

import { paragraphsToLexical } from '../src/lexical/paragraphs'
import { headlineKey, slugKey } from '../src/readAlso/keys'
import { readAlsoBlocks } from '../src/readAlso/parse'
import { account } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { story } from './helpers/stories'

let server: RunningServer
let payload: Payload
let token: string

const headline = (text: string) => `${text} ${runId}`

beforeAll(async () => {
  server = await startTestServer('read-also-http')
  payload = await bootPayload('read-also-http', server.env)
  token = (await account(payload, server.url, 'editor', 'links-editor')).token
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

async function json<T>(response: Promise<Response> | Response, status = 200): Promise<T> {
  const answer = await response
  const text = await answer.text()
  if (answer.status !== status) throw new Error(`expected HTTP ${status}, got ${answer.status}: ${text}`)
  return JSON.parse(text) as T
}

/** An editor's save over REST; `query` as the admin sends it (`?draft=true&autosave=true`). */
const save = (id: Article['id'], data: Record<string, unknown>, query = '') =>
  json<{ doc: Article }>(rest(`/articles/${id}${query}`, { auth: true, body: JSON.stringify(data), method: 'PATCH' }))

const create = (data: Record<string, unknown>) =>
  json<{ doc: Article }>(rest('/articles', { auth: true, body: JSON.stringify(data), method: 'POST' }), 201).then(({ doc }) => doc)

/** A story's links as an editor reads them over REST, in order. */
async function links(id: Article['id']): Promise<ReadAlsoLink[]> {
  const { docs } = await json<{ docs: ReadAlsoLink[] }>(
    rest(`/read-also-links?where[from][equals]=${id}&sort=position&limit=100&depth=0`, { auth: true }),
  )
  return docs
}

const aliases = async (id: Article['id']) =>
  (await json<{ docs: { key: string }[] }>(rest(`/article-aliases?where[article][equals]=${id}&limit=100`, { auth: true }))).docs
    .map((alias) => alias.key)
    .sort()

/** Where a new story's "Read also: <text>" line leads: its state and target id. */
async function probe(text: string) {
  const source = await create({ _status: 'published', body: paragraphsToLexical([`Read also: ${text}`]), title: headline(`Probe ${Math.random()}`) })
  const [link] = await links(source.id)
  return { state: link!.state, to: link!.to ?? null }
}

describe('an unpublished target, as an anonymous reader sees it', () => {
  let secret: Article
  let typed: Article
  let source: Article

  beforeAll(async () => {
    // One draft picked in a block without a headline, one named by a headline the editor typed (public text).
    secret = await story(payload, headline('Secret embargoed merger'), undefined, { status: 'draft' })
    typed = await story(payload, headline('Draft named in the body'), undefined, { status: 'draft' })
    const pick = { fields: { article: secret.id, blockName: '', blockType: 'readAlso', headline: null }, format: '', type: 'block', version: 2 }
    const body = paragraphsToLexical(['Opening.', `Read also: ${typed.title}`])
    body.root.children.push(pick as never)
    source = await payload.create({ collection: 'articles', data: { _status: 'published', body, title: headline('Public story with picks') } })
  })

  it('is in no link row, body or backlink over REST', async () => {
    for (const depth of ['', '?depth=0', '?depth=1', '?depth=2']) {
      const text = await (await rest(`/articles/${source.id}${depth}`)).text()
      expect(text).toContain(source.title)
      expect(text).not.toContain('Secret embargoed merger')
    }
    const article = await json<{ readAlso: { docs: ReadAlsoLink[] } }>(rest(`/articles/${source.id}?depth=1`))
    expect(article.readAlso.docs.map(({ state, target, text, to }) => ({ state, target, text, to }))).toEqual([
      { state: 'pending', target: null, text: typed.title, to: null },
      { state: 'pending', target: null, text: '', to: null },
    ])
    const rows = await (await rest(`/read-also-links?where[from][equals]=${source.id}&depth=2`)).text()
    expect(rows).not.toContain('Secret embargoed merger')
    expect(rows).not.toContain(`"to":${secret.id}`)
    expect(rows).not.toContain(`"to":${typed.id}`)
    // Staff see both resolved.
    expect((await links(source.id)).map((link) => [link.state, link.to])).toEqual([
      ['resolved', typed.id],
      ['resolved', secret.id],
    ])
  })

  it('cannot be found by filtering or sorting links by where they point, over REST', async () => {
    const probes = [
      `where[target.title][equals]=${encodeURIComponent(secret.title)}`,
      `where[target.title][like]=Secret`,
      `where[state][equals]=resolved`,
      `where[toPublished][equals]=false`,
      `where[headlineKey][equals]=${encodeURIComponent(headlineKey(secret.title))}`,
      `where[note][exists]=true`,
      `where[candidates][exists]=true`,
      `sort=target.title`,
      `sort=-to`,
      `sort=state`,
    ]
    for (const query of probes) {
      const response = await rest(`/read-also-links?${query}`)
      const text = await response.text()
      expect({ query, status: response.status }).toEqual({ query, status: 400 })
      expect(text).not.toContain('Secret embargoed merger')
    }
    // Filters on `to` answer as if no link pointed at an unpublished story.
    for (const query of [`where[to][equals]=${secret.id}`, `where[to][in]=${secret.id},${typed.id}`, `where[to.title][like]=Secret`, 'where[to][exists]=true']) {
      const found = await json<{ totalDocs: number }>(rest(`/read-also-links?${query}&where[from][equals]=${source.id}`))
      expect({ query, totalDocs: found.totalDocs }).toEqual({ query, totalDocs: 0 })
    }
    // The same filters work for staff: the probes above would have found the links.
    const byId = await json<{ totalDocs: number }>(rest(`/read-also-links?where[to][equals]=${secret.id}`, { auth: true }))
    expect(byId.totalDocs).toBe(1)
    const staff = await json<{ totalDocs: number }>(
      rest(`/read-also-links?where[target.title][equals]=${encodeURIComponent(secret.title)}`, { auth: true }),
    )
    expect(staff.totalDocs).toBe(1)
    const throughJoin = await rest(`/articles?where[readAlso.target.title][like]=Secret`)
    expect(throughJoin.status).toBe(400)
  })

  it('cannot be found over GraphQL', async () => {
    const anonymous = new GraphQLClient(`${server.url}/api/graphql`, { errorPolicy: 'all' })
    const filtered = await anonymous.rawRequest<{ ReadAlsoLinks: null | { totalDocs: number } }>(
      gql`query ($title: String) { ReadAlsoLinks(where: { target__title: { equals: $title } }) { totalDocs } }`,
      { title: secret.title },
    )
    expect(filtered.errors?.length).toBeGreaterThan(0)
    expect(filtered.data?.ReadAlsoLinks?.totalDocs ?? 0).toBe(0)
    const byTarget = await anonymous.rawRequest<{ ReadAlsoLinks: { totalDocs: number } }>(
      gql`query ($id: JSON) { ReadAlsoLinks(where: { to: { equals: $id } }) { totalDocs } }`,
      { id: secret.id },
    )
    expect(byTarget.data?.ReadAlsoLinks.totalDocs).toBe(0)
    const sorted = await anonymous.rawRequest(gql`query { ReadAlsoLinks(sort: "target.title") { docs { text } } }`)
    expect(sorted.errors?.length).toBeGreaterThan(0)
    const read = await anonymous.rawRequest<{ Article: unknown }>(
      gql`query ($id: Int!) { Article(id: $id) { readAlso { docs { text state note to { title } target { title slug } } } } }`,
      { id: Number(source.id) },
    )
    expect(JSON.stringify(read.data)).not.toContain('Secret embargoed merger')
    expect(JSON.stringify(read.data)).toContain('pending')
  })
})

describe('backlinks over REST', () => {
  it('name the linking story (id, title, slug) at the default depth, and only published ones', async () => {
    const target = await story(payload, headline('Much-cited story'))
    const linker = await story(payload, headline('Citing story'), [`Read also: ${target.title}`])
    await story(payload, headline('Unpublished citing story'), [`Read also: ${target.title}`], { status: 'draft' })

    type Backlink = { from: { id: number } | number; source: { slug: string; title: string } }
    const backlinks = async () =>
      (await json<{ readAlsoFrom: { docs: Backlink[] } }>(rest(`/articles/${target.id}`))).readAlsoFrom.docs.map((link) => ({
        id: typeof link.from === 'object' ? link.from.id : link.from,
        slug: link.source?.slug,
        title: link.source?.title,
      }))
    expect(await backlinks()).toEqual([{ id: linker.id, slug: linker.slug, title: linker.title }])

    const renamed = await save(linker.id, { slug: `renamed-citing-${runId}`, title: headline('Renamed citing story') })
    expect(await backlinks()).toEqual([{ id: linker.id, slug: renamed.doc.slug, title: renamed.doc.title }])
  })
})

describe('former names over REST', () => {
  it('remember the published headline and slug when an editor renames a story through autosaves and publishes', async () => {
    const target = await create({ _status: 'published', title: headline('Headline before the rename') })
    for (const title of ['Head', 'Headline aft', 'Headline after the rename']) {
      await save(target.id, { title: headline(title) }, '?draft=true&autosave=true')
    }
    await save(target.id, { _status: 'published', slug: `after-rename-${runId}`, title: headline('Headline after the rename') }, '?draft=true')
    expect(await aliases(target.id)).toEqual([headlineKey(target.title), slugKey(target.slug!)].sort())
    expect(await probe(target.title)).toEqual({ state: 'resolved', to: target.id })
    expect(await probe(headline('Headline aft'))).toEqual({ state: 'pending', to: null })
  })

  it("are listed on the story newest first, for staff only", async () => {
    const target = await create({ _status: 'published', slug: `first-name-${runId}`, title: headline('First name of a story') })
    await save(target.id, { slug: `second-name-${runId}`, title: headline('Second name of a story') })
    await save(target.id, { slug: `third-name-${runId}`, title: headline('Third name of a story') })
    const read = async (auth: boolean) =>
      json<{ aliases?: { docs: { key: string }[] } }>(rest(`/articles/${target.id}?depth=1`, { auth }))
    const keys = (await read(true)).aliases!.docs.map((alias) => alias.key)
    expect(keys.slice(0, 2).sort()).toEqual([headlineKey(headline('Second name of a story')), slugKey(`second-name-${runId}`)].sort())
    expect(keys.slice(2).sort()).toEqual([headlineKey(headline('First name of a story')), slugKey(`first-name-${runId}`)].sort())
    expect((await read(false)).aliases?.docs ?? []).toEqual([])
  })

  it('are never taken from the autosaves of an unpublished draft', async () => {
    const draft = await create({ title: headline('Work') })
    for (const title of ['Work in', 'Work in progr', 'Work in progress']) await save(draft.id, { title: headline(title) }, '?draft=true&autosave=true')
    await save(draft.id, { title: headline('Work finished') })
    expect(await aliases(draft.id)).toEqual([])
  })

  it('follow a version restore', async () => {
    const target = await create({ _status: 'published', title: headline('Restorable headline') })
    await save(target.id, { title: headline('Headline to be undone') })
    const { docs } = await json<{ docs: { id: number; version: { title: string } }[] }>(
      rest(`/articles/versions?where[parent][equals]=${target.id}&sort=createdAt`, { auth: true }),
    )
    const first = docs.find((version) => version.version.title === target.title)!
    await json(rest(`/articles/versions/${first.id}`, { auth: true, method: 'POST' }))
    expect(await aliases(target.id)).toEqual([headlineKey(headline('Headline to be undone')), headlineKey(target.title)].sort())
    expect(await probe(headline('Headline to be undone'))).toEqual({ state: 'resolved', to: target.id })
  })
})

describe('concurrent saves', () => {
  it('leave each of 10 interlinked stories with the links of its last saved body, after 20 saves at once', async () => {
    const count = 10
    const titles = Array.from({ length: count }, (_, index) => headline(`Concurrent story ${index}`))
    const renamed = titles.map((title) => `${title} (updated)`)
    const stories: Article[] = []
    for (const title of titles) stories.push(await create({ _status: 'published', title }))

    // Each story is saved twice at once: both saves rename it and link to others by their new headlines.
    const bodyOf = (index: number, variant: number) =>
      paragraphsToLexical([
        `Version ${variant}.`,
        `Read also: ${renamed[(index + 1) % count]}`,
        ...(variant === 0 ? [`Read also: ${renamed[(index + 2) % count]}`] : [`Related: ${renamed[(index + 3) % count]}`, `See also: ${renamed[(index + 4) % count]}`]),
      ])
    // As editors' saves arrive: with Payload's edit-lock check, which on PostgreSQL reads outside the save's
    // transaction, and twice as many saves at once as the server has connections.
    const saves = stories.flatMap((article, index) =>
      [0, 1].map((variant) =>
        rest(`/articles/${article.id}`, {
          auth: true,
          body: JSON.stringify({ _status: 'published', body: bodyOf(index, variant), title: renamed[index] }),
          method: 'PATCH',
        }),
      ),
    )
    const answers = await Promise.all(saves.map(async (response) => `${(await response).status} ${(await (await response).text()).slice(0, 300)}`))
    expect(answers.filter((answer) => !answer.startsWith('200 '))).toEqual([])

    const idOf = new Map(stories.map((article, index) => [renamed[index], article.id]))
    for (const article of stories) {
      const stored = await json<Article>(rest(`/articles/${article.id}?depth=0`, { auth: true }))
      const expected = readAlsoBlocks(stored.body).map((fields, position) => ({
        position,
        state: 'resolved',
        text: fields.headline,
        to: idOf.get(fields.headline!),
      }))
      expect(expected.length).toBeGreaterThanOrEqual(2)
      const actual = (await links(article.id)).map(({ position, state, text, to }) => ({ position, state, text, to }))
      expect(actual).toEqual(expected)
    }
  })
})

describe('a save racing a delete of the same story', () => {
  it('answers 200 or 404, never a 5xx, and leaves nothing of the deleted story behind', async () => {
    const target = await create({ _status: 'published', title: headline('Race target') })
    const stories: Article[] = []
    for (let index = 0; index < 8; index++) {
      stories.push(
        await create({ _status: 'published', body: paragraphsToLexical([`Read also: ${target.title}`]), title: headline(`Race story ${index}`) }),
      )
    }
    // Each story is saved (renamed, with a new link) and deleted at once, twice over.
    const calls = stories.flatMap((article, index) => [
      rest(`/articles/${article.id}`, {
        auth: true,
        body: JSON.stringify({ body: paragraphsToLexical([`Read also: ${target.title}`, `Read also: ${headline(`Race story ${(index + 1) % 8}`)}`]), title: headline(`Race story ${index} renamed`) }),
        method: 'PATCH',
      }).then((response) => ({ kind: 'save', response })),
      rest(`/articles/${article.id}`, { auth: true, method: 'DELETE' }).then((response) => ({ kind: 'delete', response })),
      rest(`/articles/${article.id}`, { auth: true, body: JSON.stringify({ title: headline(`Race story ${index} again`) }), method: 'PATCH' }).then((response) => ({ kind: 'save', response })),
    ])
    const answers = await Promise.all(calls.map(async (call) => `${(await call).kind} ${(await call).response.status} ${(await (await call).response.text()).slice(0, 200)}`))
    expect(answers.filter((answer) => !/^(save (200|404)|delete 200) /.test(answer))).toEqual([])

    for (const article of stories) {
      expect((await rest(`/articles/${article.id}`, { auth: true })).status).toBe(404)
      expect(await links(article.id)).toEqual([])
      expect(await aliases(article.id)).toEqual([])
      const versions = await json<{ totalDocs: number }>(rest(`/articles/versions?where[parent][equals]=${article.id}&limit=1`, { auth: true }))
      expect(versions.totalDocs).toBe(0)
    }
    const incoming = await json<{ docs: ReadAlsoLink[] }>(rest(`/read-also-links?where[to][in]=${stories.map((article) => article.id).join(',')}&limit=100&depth=0`, { auth: true }))
    expect(incoming.docs).toEqual([])
  })
})
