import type { Payload } from 'payload'

import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'

let server: RunningServer
let payload: Payload
type Role = 'contributor' | 'editor' | 'other contributor'
const tokens: Record<Role, string> = { contributor: '', editor: '', 'other contributor': '' }

beforeAll(async () => {
  server = await startTestServer('import-http')
  payload = await bootPayload('import-http', server.env)
  // The first account of a database is its admin whatever role it asks for: that one is made first, unused.
  await payload.create({ collection: 'users', data: { email: `import-admin-${runId}@example.test`, password: 'correct horse battery staple', role: 'admin' } })
  for (const role of ['contributor', 'editor', 'other contributor'] as const) {
    const user = { email: `import-${role.replace(' ', '-')}-${runId}@example.test`, password: 'correct horse battery staple' }
    await payload.create({ collection: 'users', data: { ...user, role: role === 'editor' ? 'editor' : 'contributor' } })
    const login = await fetch(`${server.url}/api/users/login`, { body: JSON.stringify(user), headers: { 'content-type': 'application/json' }, method: 'POST' })
    const signedIn = (await login.json()) as { token: string; user: { role: string } }
    expect(signedIn.user.role).toBe(role === 'editor' ? 'editor' : 'contributor')
    tokens[role] = signedIn.token
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

const post = (body: BodyInit, role: null | Role, headers: Record<string, string> = {}, query = 'file=page.txt') =>
  fetch(`${server.url}/api/articles/import?${query}`, {
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

  it('takes back the authors a refused import created, so a 403 leaves nothing behind', async () => {
    const story = (byline: string) =>
      [`https://news.example.test/${runId}/bridge-reopens`, `Bridge reopens after repairs ${runId}`, `By ${byline}`, 'September 15, 2023', 'The bridge reopened on Friday after two years of repairs, the council said.', 'Drivers queued at both ends.'].join('\n\n')
    expect((await post(story('Anna Lindqvist'), 'editor', {}, 'file=bridge.txt&publish=true')).status).toBe(201)
    // A desk's profile made before its first story: the refused import names it, and must leave it be.
    const letters = runId.replace(/\d/g, '')
    await payload.create({ collection: 'authors', data: { name: `Harbour Desk ${letters}` } as never })
    const refused = await post(story(`Boris Newname ${letters} and Harbour Desk ${letters}`), 'contributor', {}, 'file=bridge.txt')
    expect(refused.status).toBe(403)
    const { totalDocs } = await payload.count({ collection: 'authors', where: { name: { like: 'Boris Newname' } } })
    expect(totalDocs).toBe(0)
    expect((await payload.count({ collection: 'authors', where: { name: { equals: `Harbour Desk ${letters}` } } })).totalDocs).toBe(1)
  })

  it('never shows a contributor the headline of an editor’s unpublished revision', async () => {
    const text = [`https://news.example.test/${runId}/quay`, `Quay lights repaired ${runId}`, 'By Mara Quist', 'June 2, 2025', 'The quay lights were repaired on Monday, the harbour office said.'].join('\n\n')
    const published = (await (await post(text, 'editor', {}, 'file=quay.txt&publish=true')).json()) as { id: number }
    await payload.update({ collection: 'articles', data: { title: `EMBARGOED: harbour master to resign ${runId}` }, draft: true, id: published.id })
    const report = await post(text.replace('Monday', 'Tuesday'), 'contributor', {}, 'file=quay.txt')
    expect(report.status).toBeGreaterThanOrEqual(400)
    expect(await report.text()).not.toContain('EMBARGOED')
  })

  it('names no other contributor’s draft in a report: not as a link target, not as an earlier import', async () => {
    const hidden = `Secret harbour merger talks ${runId}`
    const draft = await post(page(hidden), 'contributor')
    expect(draft.status).toBe(201)
    const linking = [`Ferry timetable changes ${runId}`, 'By Mara Quist', 'The ferry will leave earlier from Monday, the operator said.', `Read also: ${hidden}`, 'Tickets stay the same price.'].join('\n\n')
    const linked = (await (await post(linking, 'other contributor')).json()) as { readAlso: { state: string; targetSlug: null | string }[] }
    expect(linked.readAlso).toEqual([expect.objectContaining({ state: 'pending', targetSlug: null })])
    // The editor sees where the same line points.
    const seen = (await (await post(linking.replace('Ferry', 'Bus'), 'editor')).json()) as { readAlso: { state: string }[] }
    expect(seen.readAlso[0]!.state).toBe('resolved')

    const again = await post(page(hidden), 'other contributor')
    expect(again.status).toBe(409)
    const report = (await again.json()) as { errors: { message: string }[]; id?: number }
    expect(report.id).toBeUndefined()
    expect(report.errors[0]!.message).toBe('this story was imported before as an article you may not read; nothing was written (an editor can re-import it)')
  })

  it('refuses values of the wrong type and bodies of types it cannot read, naming what is wrong (400, 415)', async () => {
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    const json = (body: unknown) => post(JSON.stringify(body), 'editor', { 'content-type': 'application/json' })
    const refused = async (response: Response, status: number) => {
      expect(response.status).toBe(status)
      return ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message
    }
    expect(await refused(await json({ publish: 'false', text: page(`Typed ${runId}`) }), 400)).toBe('"publish" in the JSON body must be true or false')
    expect(await refused(await json({ file: 123, text: page(`Typed ${runId}`) }), 400)).toBe('"file" in the JSON body must be a string')
    expect(await refused(await json([page(`Typed ${runId}`)]), 400)).toMatch(/^the JSON body must be an object/)
    expect(await refused(await post(page(`Typed ${runId}`), 'editor', {}, 'file=a.txt&publish=yes'), 400)).toBe('"publish" in the query must be "true" or "false"')
    expect(await refused(await post(`<story>${page(`Typed ${runId}`)}</story>`, 'editor', { 'content-type': 'application/xml' }), 415)).toMatch(/^a body of type application\/xml is not read/)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('reads a story sent as a form: the uploaded text file with its name, or a text field', async () => {
    const form = new FormData()
    form.set('file', new Blob([page(`Uploaded form page ${runId}`)], { type: 'text/plain' }), 'harbour-wall.txt')
    form.set('publish', 'true')
    const uploaded = await fetch(`${server.url}/api/articles/import`, { body: form, headers: { authorization: `JWT ${tokens.editor}` }, method: 'POST' })
    expect(uploaded.status).toBe(201)
    const report = (await uploaded.json()) as { file: string; id: number; title: string }
    expect(report).toMatchObject({ file: 'harbour-wall.txt', title: `Uploaded form page ${runId}` })
    expect((await payload.findByID({ collection: 'articles', depth: 0, id: report.id }))._status).toBe('published')
    const fields = new URLSearchParams({ text: page(`Encoded form page ${runId}`) })
    const encoded = await post(fields.toString(), 'contributor', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(encoded.status).toBe(201)
    expect(((await encoded.json()) as { title: string }).title).toBe(`Encoded form page ${runId}`)
  })
})
