import type { Payload } from 'payload'

import fc from 'fast-check'

import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'

/**
 * Random request bodies and query strings against the real server: no answer is a 5xx, and no request leaves a
 * half-written story behind. Bounded and repeatable: FUZZ_RUNS sets the count, FUZZ_SEED the seed (a number, or
 * "random" to explore new inputs; a failure prints the seed and the shrunk input to reproduce it).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 60)
const seed = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20261129)

let server: RunningServer
let payload: Payload
let token: string
const editor = { email: `fuzz-editor-${runId}@example.test`, password: 'correct horse battery staple' }

beforeAll(async () => {
  server = await startTestServer('fuzz')
  payload = await bootPayload('fuzz', server.env)
  await payload.create({ collection: 'users', data: { ...editor, role: 'editor' } })
  const login = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify(editor),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  token = ((await login.json()) as { token: string }).token
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

const fieldNames = ['title', 'slug', 'dek', 'body', 'authors', 'sources', 'topics', 'publishedAt', 'hero', 'meta', '_status', 'dateline', 'readAlso', 'generateSlug']
const weird = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, '', 'null', '2024-13-45', 'abc', '../../etc/passwd', "'; drop table articles; --", '\u0000', '\uD800'),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
)
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, weird, fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames, 'root', 'children', 'id', 'relationTo', 'value'), fc.string()), tie('any'), { maxKeys: 4 })),
})).any
const articleBody = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 8 })), value, { maxKeys: 6 }),
  value,
)
const rawBody = fc.oneof(articleBody.map((body) => JSON.stringify(body) ?? 'null'), fc.string({ maxLength: 200 }))

const operators = ['equals', 'not_equals', 'in', 'not_in', 'like', 'contains', 'greater_than', 'less_than_equal', 'exists', 'near', 'all', 'bogus']
const queryKey = fc.oneof(
  fc.tuple(fc.constantFrom(...fieldNames, 'id', 'createdAt', 'authors.name', 'hero.caption', 'nofield', 'or', 'and'), fc.constantFrom(...operators)).map(
    ([field, operator]) => `where[${field}][${operator}]`,
  ),
  fc.constantFrom('limit', 'page', 'depth', 'sort', 'draft', 'select[title]', 'populate[authors][name]', 'joins[readAlso][limit]', 'where', 'pagination', 'locale', 'trash'),
  fc.string({ maxLength: 12 }),
)
const encode = (text: string) => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))
const queryString = fc.oneof(
  fc
    .array(fc.tuple(queryKey, fc.oneof(weird.map(String), fc.string({ maxLength: 20 }))), { maxLength: 4 })
    .map((pairs) => pairs.map(([key, val]) => `${encode(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encode(val)}`).join('&')),
  // Percent-encoding that does not decode, and bracket nesting that qs has to give up on.
  fc.constantFrom('where[title][equals]=%', 'where[title][equals]=%E0%A4%A', '%ZZ=1', 'where' + '[a]'.repeat(30) + '=1', 'limit[]=1&limit[]=2', 'depth=1e9', 'sort[]=title'),
)

const graphQLQuery = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc
    .tuple(
      fc.constantFrom('Articles', 'Article', 'Authors', 'Topics', 'Sources'),
      fc.constantFrom('', '(limit: -1)', '(id: "x")', '(id: 99999)', '(where: { title: { like: "a" } })', '(where: { publishedAt: { greater_than: "y" } })', '(page: 0)', '(sort: "nope")'),
      fc.constantFrom('{ docs { id title } }', '{ id }', '{ docs { readAlso { docs { id } } } }', '{ totalDocs }', ''),
    )
    .map(([name, args, selection]) => `{ ${name}${args} ${selection} }`),
  fc
    .tuple(fc.constantFrom('createArticle', 'updateArticle', 'deleteArticle'), fc.string({ maxLength: 20 }), weird)
    .map(([mutation, title, id]) => `mutation { ${mutation}(id: ${JSON.stringify(id)}, data: { title: ${JSON.stringify(title)} }) { id } }`),
)

/** Articles the answers say were created (+1) or deleted (-1), to compare with what the database holds. */
let articleDelta = 0

async function send(method: string, path: string, body?: string, auth = true) {
  const response = await fetch(`${server.url}${path}`, {
    body,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `JWT ${token}` } : {}) },
    method,
  })
  const text = await response.text()
  if (method === 'POST' && path.startsWith('/api/articles') && response.status === 201) articleDelta++
  if (path === '/api/graphql' && response.ok) {
    const data = (JSON.parse(text) as { data?: Record<string, { id?: number } | null> }).data
    if (data?.createArticle?.id) articleDelta++
    if (data?.deleteArticle?.id) articleDelta--
  }
  return response.status
}

const articleCount = async () => (await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs

/** Published stories that are not whole (drafts may lack a title; a published story may not). */
async function brokenPublished(): Promise<unknown[]> {
  const { docs } = await payload.find({ collection: 'articles', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { _status: { equals: 'published' } } })
  return docs.filter((doc) => !doc.title || !doc.slug || !doc.headlineKey || !doc.slugKey).map((doc) => doc.id)
}

describe('fuzzed requests never answer 5xx and never leave a half-written story', () => {
  it('REST create and update bodies', async () => {
    const target = (await payload.create({ collection: 'articles', data: { title: `Fuzz target ${runId}` } })).id
    const before = await articleCount()
    articleDelta = 0
    await fc.assert(
      fc.asyncProperty(rawBody, fc.constantFrom('POST /api/articles', 'POST /api/articles?draft=true', `PATCH /api/articles/${target}`, 'POST /api/authors', 'POST /api/graphql', 'POST /api/users/login'), async (body, route) => {
        const [method, path] = route.split(' ') as [string, string]
        expect(await send(method, path, body)).toBeLessThan(500)
      }),
      { numRuns: runs, seed },
    )
    // Every story in the database is one an answer reported created: a refused request wrote nothing.
    expect(await articleCount()).toBe(before + articleDelta)
    expect(await brokenPublished()).toEqual([])
  })

  it('REST query strings, anonymous and signed in', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, fc.constantFrom('/api/articles', '/api/articles/1', '/api/authors', '/api/read-also-links', '/api/articles/abc'), fc.boolean(), async (query, path, auth) => {
        expect(await send('GET', `${path}?${query}`, undefined, auth)).toBeLessThan(500)
      }),
      { numRuns: runs, seed },
    )
  })

  it('GraphQL queries and mutations', async () => {
    const before = await articleCount()
    articleDelta = 0
    await fc.assert(
      fc.asyncProperty(graphQLQuery, fc.option(fc.dictionary(fc.string({ maxLength: 5 }), weird, { maxKeys: 2 })), fc.boolean(), async (query, variables, auth) => {
        expect(await send('POST', '/api/graphql', JSON.stringify({ query, variables }), auth)).toBeLessThan(500)
      }),
      { numRuns: runs, seed },
    )
    expect(await articleCount()).toBe(before + articleDelta)
    expect(await brokenPublished()).toEqual([])
  })
})
