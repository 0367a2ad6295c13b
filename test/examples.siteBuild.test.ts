import type { Payload } from 'payload'

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { type Account, account, restAs } from './helpers/accounts'
import { runId, suiteEnv } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { story } from './helpers/stories'
import { toSlug } from '../src/fields/slug'

const root = path.resolve(import.meta.dirname, '..')
let server: RunningServer
let payload: Payload
let rest: ReturnType<typeof restAs>
let editor: Account
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-site-build-'))

beforeAll(async () => {
  // A database of its own: the build pulls every published story there is, and other suites fill a shared one.
  server = await startTestServer('examples-site-build', { env: suiteEnv('examples-site-build', { own: true }) })
  payload = await bootPayload('examples-site-build', server.env)
  rest = restAs(server.url)
  editor = await account(payload, server.url, 'editor', 'site-build-editor')
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
  fs.rmSync(out, { force: true, recursive: true })
})

/** Runs the example as a user would, in its own process; answers the figures it prints. */
async function build(...extra: string[]): Promise<Record<string, any>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'examples/site-build/build.ts', '--api', server.url, '--out', out, '--page-size', '7', ...extra],
    { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } },
  )
  return JSON.parse(stdout.trim().split('\n').pop()!)
}

type View = { authors: string[]; bodyHtml: string; slug: string; title: string; topics: string[] }

const view = (doc: any): View => ({
  authors: (doc.authors ?? []).map((author: { name: string }) => author.name),
  bodyHtml: doc.bodyHtml,
  slug: doc.slug,
  title: doc.title,
  topics: (doc.topics ?? []).map((topic: { name: string }) => topic.name),
})

/** What anonymous readers get over REST right now, id → view. */
async function publishedSet(): Promise<Map<number, View>> {
  const set = new Map<number, View>()
  for (let page = 1; ; page++) {
    const select = ['slug', 'title', 'bodyHtml', 'authors', 'topics'].map((field) => `select[${field}]=true`).join('&')
    const { body, status } = await rest(null, 'GET', `/articles?depth=1&limit=100&page=${page}&sort=id&${select}`)
    expect(status).toBe(200)
    for (const doc of body.docs) set.set(doc.id, view(doc))
    if (!body.hasNextPage) return set
  }
}

function builtSet(): Map<number, View> {
  const set = new Map<number, View>()
  for (const name of fs.readdirSync(path.join(out, 'articles'))) {
    const doc = JSON.parse(fs.readFileSync(path.join(out, 'articles', name), 'utf8'))
    expect(name).toBe(`${doc.id}.json`)
    set.set(doc.id, view(doc))
  }
  return set
}

const sorted = (set: Map<number, View>) => [...set.entries()].sort(([a], [b]) => a - b)

describe('examples/site-build', () => {
  it('pulls every published story, then keeps up with changes, renames, unpublishes and deletes', async () => {
    const author = await payload.create({ collection: 'authors', data: { kind: 'person', name: `Ji-woo Pier ${runId}` } })
    const topic = await payload.create({ collection: 'topics', data: { name: `Ports ${runId}` } })
    const target = await story(payload, `Container terminal expands ${runId}`)
    const linking = await story(payload, `Dock workers vote ${runId}`, ['The vote was close.', `Read also: ${target.title}`])
    const bylined = await story(payload, `Harbour master retires ${runId}`)
    await payload.update({ collection: 'articles', data: { authors: [author.id], topics: [topic.id] }, id: bylined.id })
    const doomed = await story(payload, `Old lighthouse sold ${runId}`)
    const withdrawn = await story(payload, `Cruise season opens ${runId}`)
    const renamed = await story(payload, `Tugboat parade ${runId}`)
    const draft = await story(payload, `Embargoed port figures ${runId}`, ['Secret.'], { status: 'draft' })

    // The build looks at links changed since a few seconds before its last pull (a margin for clocks): let the
    // stories above fall out of that margin, so that the second pull's count shows what the changes below refresh.
    await new Promise((resolve) => setTimeout(resolve, 6000))
    const first = await build()
    expect(first.kind).toBe('full')
    const built = builtSet()
    expect(sorted(built)).toEqual(sorted(await publishedSet()))
    expect(built.has(draft.id)).toBe(false)
    expect(built.get(bylined.id)).toMatchObject({ authors: [author.name], topics: [topic.name] })
    const linked = JSON.parse(fs.readFileSync(path.join(out, 'articles', `${linking.id}.json`), 'utf8'))
    expect(linked.readAlso.docs).toEqual([expect.objectContaining({ state: 'resolved', target: { slug: target.slug, title: target.title } })])
    expect(linked.bodyHtml).toContain(`/articles/${target.slug}`)

    // Changes through the API, as editors make them.
    const newTitle = `Tugboat parade moves to Sunday ${runId}`
    expect((await rest(editor, 'PATCH', `/articles/${renamed.id}`, { slug: toSlug(newTitle), title: newTitle })).status).toBe(200)
    expect((await rest(editor, 'PATCH', `/articles/${withdrawn.id}`, { _status: 'draft' })).status).toBe(200)
    expect((await rest(editor, 'DELETE', `/articles/${doomed.id}`)).status).toBe(200)
    expect((await rest(editor, 'PATCH', `/articles/${draft.id}`, { _status: 'published' })).status).toBe(200)
    const newName = `Ji-woo Harbourside ${runId}`
    expect((await rest(editor, 'PATCH', `/authors/${author.id}`, { name: newName, slug: toSlug(newName) })).status).toBe(200)
    // The linked story's headline changes: the linking story's rendered body follows.
    const targetTitle = `Container terminal doubles ${runId}`
    expect((await rest(editor, 'PATCH', `/articles/${target.id}`, { slug: toSlug(targetTitle), title: targetTitle })).status).toBe(200)

    const second = await build()
    expect(second.kind).toBe('incremental')
    const after = builtSet()
    expect(sorted(after)).toEqual(sorted(await publishedSet()))
    expect(after.has(doomed.id)).toBe(false)
    expect(after.has(withdrawn.id)).toBe(false)
    expect(after.get(draft.id)?.title).toBe(draft.title)
    expect(after.get(renamed.id)?.slug).toBe(toSlug(newTitle))
    expect(after.get(bylined.id)?.authors).toEqual([newName])
    expect(after.get(linking.id)?.bodyHtml).toContain(`/articles/${toSlug(targetTitle)}`)
    // Only what changed was fetched again, not the whole set.
    expect(second.fetched).toBeLessThan(after.size)

    // Nothing changed: no change to apply (a story whose links changed moments ago may be fetched again), same output.
    const third = await build()
    expect(third).toMatchObject({ changes: 0, deleted: 0, kind: 'incremental' })
    expect(sorted(builtSet())).toEqual(sorted(await publishedSet()))
  })
})
