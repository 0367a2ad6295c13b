import type { Payload } from 'payload'

import sharp from 'sharp'

import { type Account, account, graphqlAs, restAs } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'

let server: RunningServer
let payload: Payload
let rest: ReturnType<typeof restAs>
let graphql: ReturnType<typeof graphqlAs>
let editor: Account

const site = 'https://news.example'

beforeAll(async () => {
  Object.assign(process.env, { NEWSROOM_LANGUAGE: 'en', NEWSROOM_PUBLICATION_NAME: 'The Example Times', NEWSROOM_SITE_URL: site })
  server = await startTestServer('delivery-jsonld')
  payload = await bootPayload('delivery-jsonld', server.env)
  rest = restAs(server.url)
  graphql = graphqlAs(server.url)
  editor = await account(payload, server.url, 'editor', 'jsonld-editor')
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

describe('JSON-LD', () => {
  it('GET /api/articles/:id/jsonld and the jsonLd field give a NewsArticle, field by field; drafts stay hidden from anonymous callers', async () => {
    const data = await sharp({ create: { background: '#336699', channels: 3, height: 8, width: 12 } }).png().toBuffer()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Quay at dusk', credit: 'Jane Roe / Example Agency' },
      file: { data, mimetype: 'image/png', name: `quay-${runId}.png`, size: data.length },
    })
    const person = await payload.create({ collection: 'authors', data: { jobTitle: 'Seoul correspondent', kind: 'person', name: `Min-ji Park ${runId}` } })
    const desk = await payload.create({ collection: 'authors', data: { kind: 'desk', name: `Business desk ${runId}` } })
    const topic = await payload.create({ collection: 'topics', data: { name: `Shipping ${runId}` } })
    const story = await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        authors: [person.id, desk.id],
        dek: 'Port traffic & freight rates recover.',
        hero: { caption: 'The quay at dusk.', image: image.id },
        title: `Busan port <reopens> & ships return ${runId}`,
        topics: [topic.id],
      },
      draft: false,
    })

    const response = await fetch(`${server.url}/api/articles/${story.id}/jsonld`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    const ld = (await response.json()) as Record<string, any>
    const url = `${site}/articles/${story.slug}`
    expect(ld['@context']).toBe('https://schema.org')
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.headline).toBe(story.title)
    expect(ld.description).toBe('Port traffic & freight rates recover.')
    expect(ld.datePublished).toBe(new Date(story.publishedAt!).toISOString())
    expect(ld.dateModified).toBe(new Date(story.updatedAt).toISOString())
    expect(ld.author).toEqual([
      { '@type': 'Person', jobTitle: 'Seoul correspondent', name: person.name, url: `${site}/authors/${person.slug}` },
      { '@type': 'Organization', name: desk.name, url: `${site}/authors/${desk.slug}` },
    ])
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: 'The Example Times', url: `${site}/` })
    expect(ld.image).toMatchObject({ '@type': 'ImageObject', caption: 'The quay at dusk.', creditText: 'Jane Roe / Example Agency', height: 8, width: 12 })
    expect(ld.image.url).toMatch(new RegExp(`^https?://.+/quay-${runId}\\.png$`))
    expect(ld.articleSection).toEqual([topic.name])
    expect(ld.isAccessibleForFree).toBe(true)
    expect(ld.mainEntityOfPage).toEqual({ '@id': url, '@type': 'WebPage' })
    expect(ld.url).toBe(url)

    // The same as a field, over REST select and GraphQL.
    const selected = await rest(null, 'GET', `/articles/${story.id}?select[jsonLd]=true`)
    expect(selected.body.jsonLd).toEqual(ld)
    const viaGraphql = await graphql(null, 'query ($id: Int!) { Article(id: $id) { jsonLd } }', { id: story.id })
    expect(viaGraphql.errors).toBeUndefined()
    expect(viaGraphql.data.Article.jsonLd).toEqual(ld)

    // A draft: 404 for anonymous callers, served to editors; a malformed id is 404 too.
    const draft = await payload.create({ collection: 'articles', data: { _status: 'draft', title: `Unannounced ${runId}` }, draft: true })
    const hidden = await fetch(`${server.url}/api/articles/${draft.id}/jsonld`)
    expect(hidden.status).toBe(404)
    expect(await hidden.text()).not.toContain('Unannounced')
    const staff = await fetch(`${server.url}/api/articles/${draft.id}/jsonld`, { headers: { authorization: `JWT ${editor.token}` } })
    expect(staff.status).toBe(200)
    expect(((await staff.json()) as { headline: string }).headline).toBe(draft.title)
    expect((await fetch(`${server.url}/api/articles/not-a-number/jsonld`)).status).toBe(404)
  })
})
