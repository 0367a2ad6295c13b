import type { Payload } from 'payload'

import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { paragraphsToLexical } from '../src/lexical/paragraphs'
import { headlineKey } from '../src/readAlso/keys'
import { collectReadAlso } from '../src/readAlso/parse'

/**
 * The server process killed (SIGKILL) while editors' saves are in flight over HTTP: after a restart every story is
 * absent or whole, and its link rows are exactly the Read-also lines of its body. On the suite's database: SQLite by
 * default, PostgreSQL when DATABASE_URI says so.
 */
const prefix = `Killed mid-save ${runId}`
const titles = Array.from({ length: 10 }, (_, k) => `${prefix} story ${k}`)
const pick = <T,>(list: T[], seed: number) => list[seed % list.length]!

/** A body with one to three Read-also lines: to stories of the set, and one to a headline nobody has yet. */
const bodyFor = (n: number) =>
  paragraphsToLexical([
    `Paragraph ${n}.`,
    `Read also: ${pick(titles, n + 1)}`,
    ...(n % 3 > 0 ? [`Read also: ${pick(titles, n + 4)}`] : []),
    ...(n % 3 > 1 ? [`Read also: ${prefix} not written yet ${n % 5}`] : []),
    'The end.',
  ])

/** What a database left by a killed server must still be: whole stories, link rows that match their bodies. */
async function inconsistencies(payload: Payload): Promise<string[]> {
  const problems: string[] = []
  const articles = await payload.find({ collection: 'articles', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { title: { like: prefix } } })
  const ids = new Set(articles.docs.map((doc) => doc.id))
  const byKey = new Map<string, number[]>()
  for (const doc of articles.docs) {
    if (!doc.slug || !doc.headlineKey || !doc.slugKey || doc.headlineKey !== headlineKey(doc.title)) problems.push(`article ${doc.id} is not whole`)
    byKey.set(doc.headlineKey!, [...(byKey.get(doc.headlineKey!) ?? []), doc.id])
  }
  const links = await payload.find({ collection: 'read-also-links', depth: 0, limit: 0, overrideAccess: true, pagination: false, sort: 'position' })
  const rowsByArticle = new Map<number, typeof links.docs>()
  for (const link of links.docs) {
    const from = link.from as number
    if (!ids.has(from)) {
      if (link.text.startsWith(prefix)) problems.push(`link ${link.id} "${link.text}" left behind by missing article ${from}`)
      continue
    }
    rowsByArticle.set(from, [...(rowsByArticle.get(from) ?? []), link])
    const to = link.to as null | number | undefined
    if (to != null && !ids.has(to)) problems.push(`link ${link.id} points to missing article ${to}`)
    const matches = byKey.get(headlineKey(link.text)) ?? []
    if (link.state === 'pending' && matches.length === 1) problems.push(`link ${link.id} "${link.text}" is pending although article ${matches[0]} has that headline`)
    if (link.state === 'resolved' && !matches.some((id) => id === to)) problems.push(`link ${link.id} "${link.text}" resolves to ${to}, not to the article with that headline`)
  }
  for (const doc of articles.docs) {
    const expected = collectReadAlso(doc.body as never).map((ref) => `${ref.position}:${ref.text}:${doc._status === 'published'}`)
    const actual = (rowsByArticle.get(doc.id) ?? []).map((link) => `${link.position}:${link.text}:${link.fromPublished}`)
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`article ${doc.id}: link rows ${JSON.stringify(actual)}, body says ${JSON.stringify(expected)}`)
  }
  return problems
}

describe('the server killed in the middle of saves', () => {
  let server: RunningServer
  let payload: Payload
  let token: string

  beforeAll(async () => {
    server = await startTestServer('kill')
    payload = await bootPayload('kill', server.env)
    const editor = { email: `kill-${runId}@example.test`, password: 'correct horse battery staple' }
    await payload.create({ collection: 'users', data: { ...editor, role: 'editor' } })
    const login = await fetch(`${server.url}/api/users/login`, { body: JSON.stringify(editor), headers: { 'content-type': 'application/json' }, method: 'POST' })
    token = ((await login.json()) as { token: string }).token
  }, 300_000)

  afterAll(async () => {
    await shutdown(payload)
    await server?.stop()
  })

  const save = async (url: string, path: string, method: string, body: unknown) => {
    const response = await fetch(`${url}/api${path}`, {
      body: JSON.stringify(body),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method,
    })
    const text = await response.text()
    return { body: JSON.parse(text) as { doc?: { id: number } }, status: response.status }
  }

  it('leaves every story absent or whole with its links, and saves go on after a restart', async () => {
    // Half the stories exist before; the other half are created while the server is killed.
    const ids: number[] = []
    for (let k = 0; k < titles.length / 2; k++) {
      const created = await save(server.url, '/articles', 'POST', { _status: 'published', body: bodyFor(k), title: titles[k] })
      expect(created.status).toBe(201)
      ids.push(created.body.doc!.id)
    }

    // Three kills, each after a different number of answered saves, each followed by a restart and the checks.
    for (let round = 0; round < 3; round++) {
      let completed = 0
      let inFlight = 0
      let inFlightAtKill = -1
      const failures: string[] = []
      const worker = async (seed: number) => {
        for (let step = 0; ; step++) {
          const n = seed * 17 + step * 5
          inFlight++
          try {
            const result =
              n % 4 === 0
                ? await save(server.url, '/articles', 'POST', { _status: 'published', body: bodyFor(n), slug: `killed-mid-save-${runId}-${round}-${seed}-${step}`, title: pick(titles, n + 5) })
                : await save(server.url, `/articles/${pick(ids, n)}`, 'PATCH', { body: bodyFor(n) })
            if (result.status >= 300) failures.push(`${result.status} ${JSON.stringify(result.body).slice(0, 200)}`)
            completed++
          } catch {
            // The connection died with the server.
            return
          } finally {
            inFlight--
          }
        }
      }
      const workers = Array.from({ length: 8 }, (_, w) => worker(w + 1))
      while (completed < 15 + round * 7) await new Promise((resolve) => setTimeout(resolve, 5))
      inFlightAtKill = inFlight
      await server.kill()
      await Promise.all(workers)
      expect(failures).toEqual([])
      expect(inFlightAtKill).toBeGreaterThan(0)

      // The same data folder and database, a new process.
      server = await startTestServer('kill', { env: server.env })
      expect(await inconsistencies(payload)).toEqual([])
    }

    // Every story saves again through the restarted server, and the links still match.
    const stories = await payload.find({ collection: 'articles', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { title: { like: prefix } } })
    for (const [index, doc] of stories.docs.entries()) {
      expect((await save(server.url, `/articles/${doc.id}`, 'PATCH', { body: bodyFor(index + 1000) })).status).toBe(200)
    }
    expect(await inconsistencies(payload)).toEqual([])
  }, 600_000)
})
