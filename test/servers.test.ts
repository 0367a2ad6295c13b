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

  it('saves, renames and deletes through both at once leave every link as one server would', async () => {
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
    const ids = async (server: RunningServer) =>
      ((await call(server, `/articles?depth=0&limit=50&where[title][like]=${encodeURIComponent(`Two servers ${runId}`)}`, 'GET')).docs ?? []).map((doc) => doc.id)

    // Twelve workers per server (more than its pool has connections), twelve steps each, in a fixed pseudo-random order.
    const worker = async (server: RunningServer, seed: number) => {
      for (let step = 0; step < 12; step++) {
        const n = seed * 31 + step * 7
        const action = n % 5
        if (action <= 1) {
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

    const articles = await payload.find({ collection: 'articles', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { title: { like: `Two servers ${runId}` } } })
    const live = new Set(articles.docs.map((doc) => doc.id))
    const keys = new Map<string, number[]>()
    for (const doc of articles.docs) keys.set(doc.headlineKey!, [...(keys.get(doc.headlineKey!) ?? []), doc.id])
    expect(live.size).toBeGreaterThan(0)
    const links = await payload.find({ collection: 'read-also-links', depth: 0, limit: 0, overrideAccess: true, pagination: false })
    const problems: string[] = []
    const seen = new Set<string>()
    for (const link of links.docs) {
      const from = link.from as number
      if (!live.has(from)) {
        if (articles.docs.length && (link.text ?? '').includes(`Two servers ${runId}`)) problems.push(`link ${link.id} from deleted article ${from}`)
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
  }, 600_000)
})
