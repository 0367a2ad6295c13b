import type { Payload } from 'payload'

import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'

let server: RunningServer
let payload: Payload
const tokens: Record<'contributor' | 'editor', string> = { contributor: '', editor: '' }

beforeAll(async () => {
  server = await startTestServer('import-http')
  payload = await bootPayload('import-http', server.env)
  for (const role of ['contributor', 'editor'] as const) {
    const user = { email: `import-${role}-${runId}@example.test`, password: 'correct horse battery staple' }
    await payload.create({ collection: 'users', data: { ...user, role } })
    const login = await fetch(`${server.url}/api/users/login`, { body: JSON.stringify(user), headers: { 'content-type': 'application/json' }, method: 'POST' })
    tokens[role] = ((await login.json()) as { token: string }).token
  }
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

const page = (title: string) =>
  [
    'Skip to content',
    'Summer offer: a year of reading for the price of a month',
    title,
    title,
    'By JANE ROE and The Example Times news desk Sept. 14, 2023 6:37 AM EEST 2 min read',
    'The council approved the flood wall on Tuesday after a long debate, the Northwind Wire reported.',
    'Share',
  ].join('\n')

const post = (body: BodyInit, role: 'contributor' | 'editor' | null, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/articles/import?file=page.txt`, {
    body,
    duplex: 'half',
    headers: { 'content-type': 'text/plain', ...(role ? { authorization: `JWT ${tokens[role]}` } : {}), ...headers },
    method: 'POST',
  } as RequestInit)

describe('POST /api/articles/import', () => {
  it('reads a real page’s headline, byline and date for an editor, with the confidence of each', async () => {
    const title = `Council approves harbour flood wall ${runId}`
    const response = await post(page(title), 'editor')
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({
      authors: ['Jane Roe', 'The Example Times news desk'],
      confidence: { authors: 'high', date: 'high', headline: 'high' },
      dateZone: 'EEST',
      publishedAt: '2023-09-14T03:37:00.000Z',
      status: 'created',
      title,
    })
  })

  it('refuses a body over the size limit from its Content-Length, before reading it (413)', async () => {
    const response = await post('x'.repeat(3 * 1024 * 1024), 'editor')
    expect(response.status).toBe(413)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('the request body is 3.0 MB; a story is at most 2 MB')
  })

  it('stops reading a body sent without a length as soon as it passes the limit (413)', async () => {
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Ten megabytes on offer; the server must stop well before taking them all.
        if (sent >= 10 * 1024 * 1024) return controller.close()
        sent += 64 * 1024
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x61))
      },
    })
    const response = await post(stream, 'editor')
    expect(response.status).toBe(413)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/^the request body is over 2 MB/)
  })

  it('refuses anonymous callers and imports a contributor’s story as a draft under their own rights', async () => {
    expect((await post(page(`Anonymous ${runId}`), null)).status).toBe(401)
    const response = await post(page(`Contributor page ${runId}`), 'contributor', {})
    expect(response.status).toBe(201)
    const report = (await response.json()) as { id: number }
    expect((await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: report.id }))._status).toBe('draft')
  })
})
