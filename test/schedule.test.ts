import type { Payload } from 'payload'

import { type Account, account, restAs } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { paragraphsToLexical } from '../src/lexical/paragraphs'

let server: RunningServer
let payload: Payload
let rest: ReturnType<typeof restAs>
let editor: Account

beforeAll(async () => {
  server = await startTestServer('schedule')
  payload = await bootPayload('schedule', server.env)
  rest = restAs(server.url)
  editor = await account(payload, server.url, 'editor', 'schedule-editor')
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

/** Polls until `check` holds; fails with the last value seen after a generous deadline (not a speed assertion). */
async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 90_000
  let last: T = await read()
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen; last seen: ${JSON.stringify(last)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
    last = await read()
  }
  return last
}

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()
const anonymousStatus = async (id: number) => (await rest(null, 'GET', `/articles/${id}`)).status
const firstLink = async (id: number) => {
  const { body } = await rest(null, 'GET', `/articles/${id}?depth=1`)
  const link = body.readAlso.docs[0]
  return { state: link.state as string, title: (link.target?.title ?? null) as null | string }
}

describe('scheduled publish and unpublish', () => {
  it('publish at the scheduled time, links resolving for readers then, a rename keeping existing links, and unpublish', async () => {
    const headline = `Harbour wall opens to walkers ${runId}`
    const created = await rest(editor, 'POST', '/articles?draft=true', { body: paragraphsToLexical(['Reporting.']), title: headline })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const linking = await rest(editor, 'POST', '/articles', {
      _status: 'published',
      body: paragraphsToLexical(['Reporting.', `Read also: ${headline}`]),
      title: `Council meeting on the harbour ${runId}`,
    })
    expect(linking.status).toBe(201)
    const from = linking.body.doc.id as number
    expect(await anonymousStatus(id)).toBe(404)
    expect(await firstLink(from)).toEqual({ state: 'pending', title: null })

    const scheduled = await rest(editor, 'POST', `/articles/${id}/schedule`, { at: inSeconds(4), type: 'publish' })
    expect(scheduled.status).toBe(201)
    // Editors see the pending publication in the Articles list; anonymous readers never see the column.
    const listed = await rest(editor, 'GET', `/articles?draft=true&where[id][equals]=${id}`)
    expect(listed.body.docs[0].scheduled).toMatch(/^Publish \d{4}-\d\d-\d\d \d\d:\d\d UTC$/)
    expect(await anonymousStatus(id)).toBe(404)

    await until(() => anonymousStatus(id), (status) => status === 200, 'the scheduled publish')
    expect(await firstLink(from)).toEqual({ state: 'resolved', title: headline })
    const published = await rest(editor, 'GET', `/articles/${id}?depth=0`)
    expect(published.body).toMatchObject({ _status: 'published', updatedBy: editor.id })
    expect(published.body.scheduled ?? null).toBeNull()

    // A rename saved as a draft goes live by schedule; the former headline keeps resolving.
    const renamed = `Harbour wall walkway opens ${runId}`
    expect((await rest(editor, 'PATCH', `/articles/${id}?draft=true`, { title: renamed })).status).toBe(200)
    expect((await rest(editor, 'POST', `/articles/${id}/schedule`, { at: inSeconds(3), type: 'publish' })).status).toBe(201)
    await until(async () => (await rest(null, 'GET', `/articles/${id}`)).body.title, (title) => title === renamed, 'the scheduled rename')
    // The line written with the former headline keeps its link and shows the new one.
    expect(await firstLink(from)).toEqual({ state: 'resolved', title: renamed })
    // A line written after the rename with the former headline still finds the story.
    const later = await rest(editor, 'POST', '/articles', {
      _status: 'published',
      body: paragraphsToLexical(['Reporting.', `Read also: ${headline}`]),
      title: `Walkers return to the harbour ${runId}`,
    })
    expect(later.status).toBe(201)
    expect(await firstLink(later.body.doc.id as number)).toEqual({ state: 'resolved', title: renamed })

    // A scheduled unpublish takes it away again, and the links read as pending text to anonymous readers.
    expect((await rest(editor, 'POST', `/articles/${id}/schedule`, { at: inSeconds(3), type: 'unpublish' })).status).toBe(201)
    const pending = await rest(editor, 'GET', `/articles?draft=true&where[id][equals]=${id}`)
    expect(pending.body.docs[0].scheduled).toMatch(/^Unpublish /)
    await until(() => anonymousStatus(id), (status) => status === 404, 'the scheduled unpublish')
    expect(await firstLink(from)).toEqual({ state: 'pending', title: null })
  })
})

describe('restoring a version', () => {
  it('brings back the body and the links of the earlier published version', async () => {
    const first = `Ferry timetable restored ${runId}`
    const second = `Bridge closure extended ${runId}`
    for (const title of [first, second]) {
      expect((await rest(editor, 'POST', '/articles', { _status: 'published', body: paragraphsToLexical(['Reporting.']), title })).status).toBe(201)
    }
    const story = await rest(editor, 'POST', '/articles', {
      _status: 'published',
      body: paragraphsToLexical(['The first version.', `Read also: ${first}`]),
      title: `Transport update ${runId}`,
    })
    const id = story.body.doc.id as number
    const versions = async () =>
      (await rest(editor, 'GET', `/articles/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`)).body.docs as { id: string; version: any }[]
    const [original] = await versions()
    expect((await rest(editor, 'PATCH', `/articles/${id}`, { body: paragraphsToLexical(['The second version.', `Read also: ${second}`]) })).status).toBe(200)
    expect(await firstLink(id)).toEqual({ state: 'resolved', title: second })

    const restored = await rest(editor, 'POST', `/articles/versions/${original!.id}`)
    expect(restored.status).toBe(200)
    const after = await rest(null, 'GET', `/articles/${id}`)
    expect(JSON.stringify(after.body.body)).toContain('The first version.')
    expect(JSON.stringify(after.body.body)).not.toContain('The second version.')
    expect(await firstLink(id)).toEqual({ state: 'resolved', title: first })
  })
})
