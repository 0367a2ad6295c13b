import type { Payload } from 'payload'

import http from 'node:http'

import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { story } from './helpers/stories'

let server: RunningServer
let payload: Payload
let token: string
let cookie: string
let authorId: number

const editor = { email: `hardening-editor-${runId}@example.test`, password: 'correct horse battery staple' }
const limits = { CORS_ORIGINS: 'http://site.example', GRAPHQL_MAX_COMPLEXITY: '200', MAX_JSON_BODY: '65536', MAX_PAGE_LIMIT: '25', MAX_UPLOAD_BODY: '262144' }

beforeAll(async () => {
  Object.assign(process.env, limits)
  server = await startTestServer('hardening')
  payload = await bootPayload('hardening', server.env)
  await payload.create({ collection: 'users', data: { ...editor, role: 'editor' } })
  authorId = (await payload.create({ collection: 'authors', data: { kind: 'person', name: `Hardening author ${runId}`, slug: '' } })).id
  const login = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify(editor),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  expect(login.status).toBe(200)
  token = ((await login.json()) as { token: string }).token
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
  for (const key of Object.keys(limits)) delete process.env[key]
})

type Answer = { body: { errors?: { data?: { errors?: { message: string; path: string }[] }; message: string }[] } & Record<string, unknown>; status: number }

async function call(path: string, init: RequestInit & { auth?: boolean } = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.auth === false ? {} : { authorization: `JWT ${token}` }),
      ...(init.headers as Record<string, string>),
    },
  })
  const text = await response.text()
  let body: Answer['body']
  try {
    body = JSON.parse(text) as Answer['body']
  } catch {
    body = { raw: text }
  }
  return { body, status: response.status }
}

/** Every message of an error answer, field errors included, in one string. */
const messages = (answer: Answer) =>
  (answer.body.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`)]).join(' | ')

const articlesTitled = async (title: string) =>
  (await payload.count({ collection: 'articles', overrideAccess: true, where: { title: { equals: title } } })).totalDocs

const create = (data: unknown, query = '') =>
  call(`/api/articles${query}`, { body: typeof data === 'string' ? data : JSON.stringify(data), method: 'POST' })

describe('bad request bodies answer 4xx naming the problem and write nothing', () => {
  it('malformed JSON', async () => {
    const answer = await create(`{"title": "Malformed ${runId}",`)
    expect(answer.status).toBe(400)
    expect(messages(answer)).toMatch(/not valid JSON/)
    expect(await articlesTitled(`Malformed ${runId}`)).toBe(0)
  })

  it('a body that is not an object', async () => {
    for (const body of ['null', '"a story"', '[1, 2]', '42']) {
      const answer = await create(body)
      expect(answer.status).toBe(400)
      expect(messages(answer)).toMatch(/must be a JSON object/)
    }
  })

  it('a value of the wrong type', async () => {
    const answer = await create({ title: 5 })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toMatch(/title.*must be text, not a number/)
    const nested = await create({ hero: { caption: ['x'] }, title: `Wrong type ${runId}` })
    expect(nested.status).toBe(400)
    expect(messages(nested)).toMatch(/hero\.caption/)
    expect(await articlesTitled(`Wrong type ${runId}`)).toBe(0)
  })

  it('an unknown field', async () => {
    const answer = await create({ headline: 'x', title: `Unknown field ${runId}` })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toMatch(/"headline" is not a field/)
    expect(await articlesTitled(`Unknown field ${runId}`)).toBe(0)
  })

  it('a related document that does not exist, also on a draft save, leaves no half-written story', async () => {
    for (const query of ['', '?draft=true']) {
      const title = `Unknown author ${query ? 'draft ' : ''}${runId}`
      const answer = await create({ authors: [authorId, 987654321], title }, query)
      expect(answer.status).toBe(400)
      expect(messages(answer)).toMatch(/authors\.1.*no authors document has the id 987654321/)
      expect(await articlesTitled(title)).toBe(0)
    }
    const malformed = await create({ authors: ['abc'], title: `Malformed author ${runId}` })
    expect(malformed.status).toBe(400)
    expect(messages(malformed)).toMatch(/"abc" is not a valid authors id/)
  })

  it('an invalid date', async () => {
    const answer = await create({ publishedAt: '2024-13-45', title: `Bad date ${runId}` }, '?draft=true')
    expect(answer.status).toBe(400)
    expect(messages(answer)).toMatch(/publishedAt.*not a valid date/)
    expect(await articlesTitled(`Bad date ${runId}`)).toBe(0)
  })

  it('a duplicate slug', async () => {
    const first = await create({ slug: `taken-${runId}`, title: `Slug owner ${runId}` })
    expect(first.status).toBe(201)
    const second = await create({ slug: `taken-${runId}`, title: `Slug thief ${runId}` })
    expect(second.status).toBe(400)
    expect(messages(second)).toContain(`taken-${runId}`)
    expect(await articlesTitled(`Slug thief ${runId}`)).toBe(0)
  })

  it('an update of a story that does not exist, or with a malformed id', async () => {
    expect((await call('/api/articles/987654321', { body: '{"title":"x"}', method: 'PATCH' })).status).toBe(404)
    const malformed = await call('/api/articles/not-an-id', { body: '{"title":"x"}', method: 'PATCH' })
    expect(malformed.status).toBe(400)
    expect(messages(malformed)).toMatch(/"not-an-id" is not a valid articles id/)
  })
})

describe('bad queries answer 4xx naming the problem', () => {
  it('a where on a field that does not exist', async () => {
    const answer = await call('/api/articles?where[nofield][equals]=1', { auth: false })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toMatch(/nofield/)
  })

  it('a where that is not a set of conditions', async () => {
    const answer = await call('/api/articles?where=%20', { auth: false })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toMatch(/"where" is not valid JSON/)
    const number = await call('/api/articles?where=5', { auth: false })
    expect(number.status).toBe(400)
    expect(messages(number)).toMatch(/"where" must be a set of conditions/)
  })

  it('a page or limit that is not a whole number', async () => {
    for (const [query, named] of [
      ['page=-1.5', /"page" must be a whole number/],
      ['page=0', /"page" must be a whole number/],
      ['limit=2.5', /"limit" must be a whole number/],
      ['joins[readAlso][limit]=1.5e-16', /"joins\[readAlso\]\[limit\]" must be a whole number from 0/],
      ['joins[readAlsoFrom][page]=0', /"joins\[readAlsoFrom\]\[page\]" must be a whole number from 1/],
      ['joins[readAlso][where][position][equals]=first', /joins\[readAlso\]: The query value "first" for "position" \(equals\) is not a valid number/],
    ] as const) {
      const answer = await call(`/api/articles?${query}`, { auth: false })
      expect(answer.status).toBe(400)
      expect(messages(answer)).toMatch(named)
    }
  })

  it('a where with a value that is not a date, a number or an id', async () => {
    for (const [query, named] of [
      ['where[publishedAt][greater_than]=not-a-date', /not-a-date.*publishedAt.*not a valid date/],
      ['where[createdAt][equals]=0000-12-31T23%3A59%3A59.999Z', /"0000-12-31T23:59:59.999Z".*createdAt.*not a valid date/],
      ['where[publishedAt][less_than]=%2B275760-09-13T00%3A00%3A00.000Z', /publishedAt.*not a valid date/],
      ['where[authors][equals]=abc', /"abc".*authors.*not a valid id/],
      ['where[id][in]=1,x', /"x".*id.*not a valid id/],
      ['where[topics][equals]=-5e-324', /"-5e-324".*topics.*not a valid id \(a whole number\)/],
      ['where[id][equals]=1.5', /"1.5".*id.*not a valid id/],
      ['where[authors][in]=1,99999999999999999999', /"99999999999999999999".*authors.*not a valid id/],
      ['where[or][0][updatedAt][less_than]=2024-99-99', /updatedAt/],
      ['where[title][near]=1,2', /"near" applies to point fields only/],
      ['where[title][equals][]=a', /"title" \(equals\) must be a single value, not a list/],
      ['where[generateSlug][equals]=', /"" for "generateSlug" \(equals\) is not true or false/],
      ['where[_status][in]=published,gone', /"gone" for "_status" \(in\) is not one of "draft", "published"/],
      ['where[workflow][equals]=', /"" for "workflow" \(equals\) is not one of "draft"/],
    ] as const) {
      const answer = await call(`/api/articles?${query}`, { auth: false })
      expect(answer.status).toBe(400)
      expect(messages(answer)).toMatch(named)
    }
  })

  it('"all" on a SQL database, which implements no such operator, names the operator', async () => {
    const onMongo = (process.env.DATABASE_URI ?? '').startsWith('mongodb')
    for (const query of ['where[title][all]=', 'where[title][all]=a,b', 'where[or][0][topics][all]=1']) {
      const answer = await call(`/api/articles?${query}`, { auth: false })
      if (onMongo) expect(answer.status).toBe(200)
      else {
        expect(answer.status).toBe(400)
        expect(messages(answer)).toMatch(/operator "all" is not supported on this database/)
      }
    }
  })

  it('a where on a joined list: an empty id, or a list reached through a related document', async () => {
    for (const [query, named] of [
      ['where[readAlso][in]=', /"" for "readAlso" \(in\) is not a valid id/],
      ['where[or][0][readAlsoFrom][equals]=', /"" for "readAlsoFrom" \(equals\) is not a valid id/],
      ['where[authors.articles][exists]=true', /"authors.articles" cannot be queried/],
      ['where[topics.articles][equals]=1', /"topics.articles" cannot be queried/],
    ] as const) {
      const answer = await call(`/api/articles?${query}`, { auth: false })
      expect(answer.status).toBe(400)
      expect(messages(answer)).toMatch(named)
    }
    // A joined list of the collection itself stays queryable.
    expect((await call('/api/articles?where[readAlso][exists]=true', { auth: false })).status).toBe(200)
  })

  it('a text search on the rich-text body or a choice: answered on SQLite, refused by name on PostgreSQL (jsonb and enums have no text match)', async () => {
    const onPostgres = (process.env.DATABASE_URI ?? '').startsWith('postgres')
    for (const query of ['where[body][like]=harbour', 'where[body][contains]=', 'where[and][0][body][not_like]=x', 'where[_status][like]=', 'where[_status][contains]=pub', 'where[createdAt][contains]=', 'where[id][like]=1']) {
      const answer = await call(`/api/articles?${query}`, { auth: false })
      if (!onPostgres) expect(answer.status).toBe(200)
      else {
        expect(answer.status).toBe(400)
        expect(messages(answer)).toMatch(/cannot search the structured field "body"|cannot match part of the (choice "_status"|field "(createdAt|id)")/)
      }
    }
  })

  it('GraphQL: a date filter given as a DateTime variable is answered', async () => {
    const answer = await call('/api/graphql', {
      auth: false,
      body: JSON.stringify({
        query: 'query ($since: DateTime) { Articles(where: { updatedAt: { greater_than: $since } }, limit: 1) { totalDocs } }',
        variables: { since: '2000-01-01T00:00:00.000Z' },
      }),
      method: 'POST',
    })
    expect(answer.status).toBe(200)
    expect(JSON.stringify(answer.body)).not.toMatch(/errors/)
  })

  it('a NUL character in a query value', async () => {
    const answer = await call('/api/articles?where[title][equals]=%00', { auth: false })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toMatch(/"where\[title\]\[equals\]" contains a NUL character/)
  })

  it('a document id that is malformed is not found', async () => {
    const answer = await call('/api/articles/abc', { auth: false })
    expect(answer.status).toBe(404)
    // Beyond what an id column holds (PostgreSQL's is 32-bit): no such document either.
    expect((await call('/api/articles/99999999999', { auth: false })).status).toBe(404)
    expect(messages(answer)).toMatch(/"abc" is not a valid articles id: no such document/)
  })

  it('GraphQL: malformed JSON, an unknown field, a bad argument', async () => {
    const malformed = await call('/api/graphql', { auth: false, body: '{"query": "{ Articles { docs { id } }', method: 'POST' })
    expect(malformed.status).toBe(400)
    expect(messages(malformed)).toMatch(/not valid JSON/)
    const headers = { accept: 'application/graphql-response+json' }
    const unknown = await call('/api/graphql', { auth: false, body: JSON.stringify({ query: '{ nope }' }), headers, method: 'POST' })
    expect(unknown.status).toBe(400)
    expect(messages(unknown)).toMatch(/Cannot query field "nope"/)
    const badDate = await call('/api/graphql', {
      auth: false,
      body: JSON.stringify({ query: '{ Articles(where: { publishedAt: { greater_than: "x" } }) { docs { id } } }' }),
      headers,
      method: 'POST',
    })
    expect(badDate.status).toBe(400)
    expect(messages(badDate)).toMatch(/invalid date/)
  })
})

describe('limits', () => {
  it('a JSON body over MAX_JSON_BODY is refused with 413 before it is read, by its length', async () => {
    const title = `Oversized ${runId}`
    const answer = await create({ dek: 'x'.repeat(70_000), title })
    expect(answer.status).toBe(413)
    expect(messages(answer)).toMatch(/limit for this request is 65536 bytes/)
    expect(await articlesTitled(title)).toBe(0)
  })

  it('a streamed body with no length is cut off at the limit', async () => {
    const { port } = new URL(server.url)
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        { headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, host: '127.0.0.1', method: 'POST', path: '/api/articles', port },
        (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        },
      )
      request.on('error', reject)
      request.write(`{"title":"Streamed ${runId}","dek":"`)
      const chunk = 'y'.repeat(16_384)
      let sent = 0
      const pump = () => {
        while (sent < 20 && request.write(chunk)) sent++
        if (sent < 20) request.once('drain', pump)
        else request.end('"}')
      }
      pump()
    })
    expect(status).toBe(413)
    expect(await articlesTitled(`Streamed ${runId}`)).toBe(0)
  })

  it('uploads have their own, larger limit', async () => {
    const form = () => {
      const data = new FormData()
      data.append('_payload', JSON.stringify({ alt: `Upload ${runId}` }))
      return data
    }
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    // Over the JSON limit, under the upload limit: accepted.
    const small = form()
    small.append('file', new Blob([png, Buffer.alloc(100_000)], { type: 'image/png' }), `small-${runId}.png`)
    const accepted = await fetch(`${server.url}/api/media`, { body: small, headers: { authorization: `JWT ${token}` }, method: 'POST' })
    expect(accepted.status).not.toBe(413)
    expect(accepted.status).toBeLessThan(500)
    const big = form()
    big.append('file', new Blob([png, Buffer.alloc(300_000)], { type: 'image/png' }), `big-${runId}.png`)
    const refused = await fetch(`${server.url}/api/media`, { body: big, headers: { authorization: `JWT ${token}` }, method: 'POST' })
    expect(refused.status).toBe(413)
  })

  it('a list answers at most MAX_PAGE_LIMIT documents, whatever limit is asked', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => story(payload, `Page cap ${runId} ${i}`)))
    for (const query of ['limit=100000', 'limit=0', 'limit=-5', 'pagination=false']) {
      const answer = await call(`/api/articles?${query}&depth=0&where[title][like]=Page%20cap%20${runId}`, { auth: false })
      expect(answer.status).toBe(200)
      expect((answer.body.docs as unknown[]).length).toBe(25)
    }
    const graphql = await call('/api/graphql', {
      auth: false,
      body: JSON.stringify({ query: `{ Articles(limit: 100000, where: { title: { like: "Page cap ${runId}" } }) { docs { id } } }` }),
      method: 'POST',
    })
    expect((graphql.body.data as { Articles: { docs: unknown[] } }).Articles.docs).toHaveLength(25)
  })

  it('the cap is on the caller\'s list, not on what the server reads to answer it: every author of a page is populated', async () => {
    // Ten stories with three authors each: 30 authors on one page, more than MAX_PAGE_LIMIT (25).
    const authors = await Promise.all(
      Array.from({ length: 30 }, (_, i) => payload.create({ collection: 'authors', data: { kind: 'person', name: `Many bylines ${runId} ${i}`, slug: '' } })),
    )
    for (let i = 0; i < 10; i++) {
      const created = await story(payload, `Many bylines ${runId} story ${i}`)
      await payload.update({ collection: 'articles', data: { authors: authors.slice(3 * i, 3 * i + 3).map((author) => author.id) }, id: created.id })
    }
    for (const auth of [false, true]) {
      const answer = await call(`/api/articles?limit=10&depth=1&where[title][like]=Many%20bylines%20${runId}`, { auth })
      expect(answer.status).toBe(200)
      const docs = answer.body.docs as { authors: unknown[] }[]
      expect(docs).toHaveLength(10)
      const bylines = docs.flatMap((doc) => doc.authors)
      expect(bylines).toHaveLength(30)
      expect(bylines.filter((author) => typeof author !== 'object')).toEqual([])
    }
  })

  it('GraphQL refuses a query nested deeper than the depth limit', async () => {
    let selection = 'id'
    for (let i = 0; i < 6; i++) selection = `readAlso { docs { to { ${selection} } } }`
    const answer = await call('/api/graphql', {
      auth: false,
      body: JSON.stringify({ query: `{ Articles { docs { ${selection} } } }` }),
      headers: { accept: 'application/graphql-response+json' },
      method: 'POST',
    })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toMatch(/exceeds maximum operation depth of 10/)
  })

  it('GraphQL refuses a query over the complexity limit', async () => {
    const fields = Array.from({ length: 60 }, (_, i) => `a${i}: Articles { docs { id title slug } }`).join(' ')
    const answer = await call('/api/graphql', {
      auth: false,
      body: JSON.stringify({ query: `{ ${fields} }` }),
      headers: { accept: 'application/graphql-response+json' },
      method: 'POST',
    })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(messages(answer)).toMatch(/complexity/i)
  })
})

describe('security headers, CORS and CSRF', () => {
  it('every response carries the security headers and no x-powered-by', async () => {
    for (const path of ['/admin/login', '/api/articles?limit=1', '/api/graphql', '/healthz', '/no-such-page']) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.headers.get('x-powered-by')).toBeNull()
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/)
      expect(response.headers.get('strict-transport-security')).toBeNull()
    }
  })

  it('HSTS only when the request came over TLS through a proxy', async () => {
    const response = await fetch(`${server.url}/admin/login`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/)
  })

  it('CORS answers the origins in CORS_ORIGINS only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/api/articles`, {
        headers: { 'access-control-request-method': 'GET', origin },
        method: 'OPTIONS',
      })
    expect((await preflight('http://site.example')).headers.get('access-control-allow-origin')).toBe('http://site.example')
    expect((await preflight('http://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull()
  })

  it('a cookie-signed write from a foreign origin is not authenticated; from a listed origin it is', async () => {
    const write = (origin: string, title: string) =>
      call('/api/articles', { auth: false, body: JSON.stringify({ title }), headers: { cookie, origin }, method: 'POST' })
    const foreign = await write('http://elsewhere.example', `Forged ${runId}`)
    expect(foreign.status).toBe(403)
    expect(await articlesTitled(`Forged ${runId}`)).toBe(0)
    const listed = await write('http://site.example', `Listed origin ${runId}`)
    expect(listed.status).toBe(201)
  })
})
