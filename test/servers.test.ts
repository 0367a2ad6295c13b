import type { Payload } from 'payload'

import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { paragraphsToLexical } from '../src/lexical/paragraphs'
import { headlineKey } from '../src/readAlso/keys'

/**
 * Two app servers on one PostgreSQL database, written through at once: afterwards the links are what one server
 * alone would leave. Runs whenever DATABASE_URI is a postgres:// URI; SQLite is one file for one server.
 */
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URI ?? '')
const suite = onPostgres ? describe : describe.skip
const suiteName = onPostgres
  ? 'two app servers on one PostgreSQL database'
  : 'two app servers on one PostgreSQL database (skipped: DATABASE_URI is not postgres://, and SQLite serves one server)'

const titles = Array.from({ length: 8 }, (_, k) => `Two servers ${runId} story ${k}`)
const pick = <T,>(list: T[], seed: number) => list[seed % list.length]!

/** Polls until `check` holds; fails with the last value seen after a generous deadline (not a speed assertion). */
async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 120_000
  let last: T = await read()
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen; last seen: ${JSON.stringify(last).slice(0, 2000)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
    last = await read()
  }
  return last
}

suite(suiteName, () => {
  const servers: RunningServer[] = []
  let payload: Payload
  let token: string

  beforeAll(async () => {
    // One after the other: each applies the committed migrations on start.
    servers.push(await startTestServer('servers-a'))
    servers.push(await startTestServer('servers-b'))
    payload = await bootPayload('servers', servers[0]!.env)
    const editor = { email: `servers-${runId}@example.test`, password: 'correct horse battery staple' }
    await payload.create({ collection: 'users', data: { ...editor, role: 'editor' } })
    const login = await fetch(`${servers[1]!.url}/api/users/login`, { body: JSON.stringify(editor), headers: { 'content-type': 'application/json' }, method: 'POST' })
    token = ((await login.json()) as { token: string }).token
  }, 300_000)

  afterAll(async () => {
    await shutdown(payload)
    await Promise.all(servers.map((server) => server.stop()))
  })

  it('saves, renames, deletes and imports through both at once leave every link as one server would, and each scheduled publish runs once', async () => {
    const statuses: number[] = []
    const failures: string[] = []
    const call = async (server: RunningServer, path: string, method: string, body?: unknown) => {
      const response = await fetch(`${server.url}/api${path}`, {
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        method,
      })
      statuses.push(response.status)
      const text = await response.text()
      if (response.status >= 500) failures.push(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`)
      try {
        return JSON.parse(text) as { doc?: { id: number }; docs?: { id: number }[] }
      } catch {
        return {}
      }
    }
    const importStory = async (server: RunningServer, n: number) => {
      // Sixteen distinct stories, each imported several times through either server: creates, repeats and clashes.
      const k = n % 16
      const response = await fetch(`${server.url}/api/articles/import?file=two-servers-${k}.txt&publish=true`, {
        body: [pick(titles, k), `By Reporter ${k % 3} March ${1 + k}, 2026 9:12 AM`, `Imported paragraph ${k}.`, `Read also: ${pick(titles, k + 2)}`, 'The end.'].join('\n\n'),
        headers: { authorization: `JWT ${token}`, 'content-type': 'text/plain' },
        method: 'POST',
      })
      statuses.push(response.status)
      if (response.status >= 500) failures.push(`import ${k}: ${response.status} ${(await response.text()).slice(0, 200)}`)
      else await response.arrayBuffer()
    }
    const ids = async (server: RunningServer) =>
      ((await call(server, `/articles?depth=0&limit=50&where[title][like]=${encodeURIComponent(`Two servers ${runId}`)}`, 'GET')).docs ?? []).map((doc) => doc.id)

    // Drafts scheduled to publish at one moment, through either server: half fall due while the loops below run, the
    // other half once they are over, when both servers' job runners tick idle and at the same instant.
    const scheduled: number[] = []
    for (let k = 0; k < 24; k++) {
      const created = await call(servers[k % 2]!, '/articles?draft=true', 'POST', { body: paragraphsToLexical([`Scheduled story ${k}.`, `Read also: ${pick(titles, k)}`]), title: `Publication by schedule ${runId} ${k}` })
      scheduled.push(created.doc!.id)
    }
    const schedule = async (ids: number[], seconds: number) => {
      const at = new Date(Date.now() + seconds * 1000).toISOString()
      for (const [k, id] of ids.entries()) {
        const response = await fetch(`${servers[k % 2]!.url}/api/articles/${id}/schedule`, {
          body: JSON.stringify({ at, type: 'publish' }),
          headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
          method: 'POST',
        })
        expect({ body: response.status === 201 ? null : await response.text(), status: response.status }).toEqual({ body: null, status: 201 })
      }
    }
    await schedule(scheduled.slice(0, 12), 6)

    // Twelve workers per server (more than its pool has connections), twelve steps each, in a fixed pseudo-random order.
    const worker = async (server: RunningServer, seed: number) => {
      for (let step = 0; step < 12; step++) {
        const n = seed * 31 + step * 7
        const action = n % 6
        if (action === 5) {
          await importStory(server, n)
        } else if (action <= 1) {
          await call(server, '/articles', 'POST', {
            _status: 'published',
            body: paragraphsToLexical([`Paragraph ${n}.`, `Read also: ${pick(titles, n + 1)}`, `Read also: ${pick(titles, n + 3)}`]),
            slug: `two-servers-${runId}-${n}`,
            title: pick(titles, n),
          })
        } else if (action === 2 || action === 3) {
          const existing = await ids(server)
          if (existing.length) await call(server, `/articles/${pick(existing, n)}`, 'PATCH', { title: pick(titles, n + 5) })
        } else {
          const existing = await ids(server)
          if (existing.length > 3) await call(server, `/articles/${pick(existing, n)}`, 'DELETE')
        }
      }
    }
    await Promise.all(servers.flatMap((server, s) => Array.from({ length: 12 }, (_, w) => worker(server, s * 12 + w + 1))))
    expect(failures).toEqual([])
    await schedule(scheduled.slice(12), 4)

    const articles = await payload.find({ collection: 'articles', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { title: { like: `Two servers ${runId}` } } })
    const live = new Set(articles.docs.map((doc) => doc.id))
    const keys = new Map<string, number[]>()
    for (const doc of articles.docs) keys.set(doc.headlineKey!, [...(keys.get(doc.headlineKey!) ?? []), doc.id])
    expect(live.size).toBeGreaterThan(0)
    const links = await payload.find({ collection: 'read-also-links', depth: 0, limit: 0, overrideAccess: true, pagination: false })
    const everyArticle = new Set((await payload.find({ collection: 'articles', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: {} })).docs.map((doc) => doc.id))
    const problems: string[] = []
    const seen = new Set<string>()
    for (const link of links.docs) {
      const from = link.from as number
      if (!live.has(from)) {
        if (!everyArticle.has(from) && (link.text ?? '').includes(`Two servers ${runId}`)) problems.push(`link ${link.id} from deleted article ${from}`)
        continue
      }
      const key = `${from}/${link.position}/${link.fromPublished}`
      if (seen.has(key)) problems.push(`duplicate link row ${key}`)
      seen.add(key)
      const to = link.to as null | number | undefined
      if (to != null && !live.has(to)) problems.push(`link ${link.id} points to deleted article ${to}`)
      const matches = keys.get(headlineKey(link.text)) ?? []
      if (link.state === 'pending' && matches.length === 1) problems.push(`link ${link.id} "${link.text}" pending although article ${matches[0]} has that headline`)
    }
    expect(problems).toEqual([])

    // Every scheduled publish ran exactly once: one published version per story, one change-log row saying so.
    // Payload deletes a job once it completes; a failed one stays with its error.
    const mine = new Set(scheduled.map(String))
    const jobs = async () =>
      (await payload.find({ collection: 'payload-jobs', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { taskSlug: { equals: 'schedulePublish' } } })).docs
        .filter((job) => mine.has(String((job.input as { doc?: { value?: unknown } } | null)?.doc?.value)))
        .map(({ error, hasError, id, processing }) => ({ error: (error as { message?: string } | null)?.message, hasError, id, processing }))
    const counts = async () => {
      const runs: Record<string, number> = {}
      const published: Record<string, number> = {}
      for (const id of scheduled) {
        const versions = await payload.findVersions({ collection: 'articles', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] } })
        runs[id] = versions.docs.length
        const logged = await payload.find({ collection: 'change-log', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { and: [{ collection: { equals: 'articles' } }, { doc: { equals: String(id) } }, { published: { equals: true } }] } })
        published[id] = logged.docs.length
      }
      return JSON.stringify({ published, runs })
    }
    const left = await until(jobs, (found) => found.every((job) => job.hasError), 'the scheduled publications')
    expect(left).toEqual([])
    // A runner that took a job another had taken finishes its own run moments later: read until the figures hold
    // still over three reads two seconds apart (waiting only; what they must be is asserted below).
    let readings = [await counts()]
    while (readings.length < 3 || new Set(readings.slice(-3)).size > 1) {
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      readings = [...readings, await counts()]
    }
    const { published, runs } = JSON.parse(readings.at(-1)!) as { published: Record<string, number>; runs: Record<string, number> }
    const expected = Object.fromEntries(scheduled.map((id) => [id, 1]))
    expect({ published, runs }).toEqual({ published: expected, runs: expected })
  }, 600_000)
})
