import type { Payload } from 'payload'

import { createClient } from '@libsql/client'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { backup, restore } from '../scripts/backup'
import { runId, suiteEnv } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'

const root = path.resolve(import.meta.dirname, '..')
const count = 600
const headline = (n: number) => `Crash story ${runId} number ${n} on the harbour`
const storyText = (n: number) =>
  [
    headline(n),
    `by Reporter ${n % 7} March ${1 + (n % 28)}, 2026 9:12 AM`,
    `PORT ALDER — Paragraph one of story ${n}.`,
    `Read also: ${headline((n + 11) % count)}`,
    'Paragraph two closes the story.',
  ].join('\n\n')

/** What a database left by a killed process must still be: whole stories, links that match what exists. */
async function inconsistencies(payload: Payload): Promise<string[]> {
  const problems: string[] = []
  const articles = await payload.find({ collection: 'articles', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { title: { like: `Crash story ${runId}` } } })
  const byKey = new Map(articles.docs.map((doc) => [doc.headlineKey, doc.id]))
  const ids = new Set(articles.docs.map((doc) => doc.id))
  for (const doc of articles.docs) if (!doc.slug || !doc.headlineKey || !doc.slugKey) problems.push(`article ${doc.id} is not whole`)
  const slugs = articles.docs.map((doc) => doc.slug)
  if (new Set(slugs).size !== slugs.length) problems.push('two articles share a slug')
  const links = await payload.find({ collection: 'read-also-links', depth: 0, limit: 0, overrideAccess: true, pagination: false })
  const seen = new Set<string>()
  for (const link of links.docs) {
    const from = link.from as number
    if (!ids.has(from)) continue
    const key = `${from}/${link.position}/${link.fromPublished}`
    if (seen.has(key)) problems.push(`duplicate link row ${key}`)
    seen.add(key)
    const to = link.to as null | number
    if (to !== null && to !== undefined && !ids.has(to)) problems.push(`link ${link.id} points to missing article ${to}`)
    if (link.state === 'pending' && link.headlineKey && byKey.has(link.headlineKey))
      problems.push(`link ${link.id} is pending although its target ${byKey.get(link.headlineKey)} exists`)
  }
  return problems
}

describe('nothing lost', () => {
  let payload: Payload
  let env: ReturnType<typeof suiteEnv>
  let dir: string

  beforeAll(async () => {
    env = suiteEnv('crash')
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-crash-stories-'))
    for (let n = 0; n < count; n++) fs.writeFileSync(path.join(dir, `story-${String(n).padStart(4, '0')}.txt`), storyText(n))
    payload = await bootPayload('crash', env)
  }, 180_000)

  afterAll(async () => {
    await shutdown(payload)
  })

  const runImport = () =>
    spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/import/cli.ts', '--publish', dir], {
      cwd: root,
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })

  const imported = async () =>
    (await payload.count({ collection: 'articles', overrideAccess: true, where: { title: { like: `Crash story ${runId}` } } })).totalDocs

  it('an import killed half-way leaves whole stories and consistent links, and a rerun completes it', async () => {
    const child = runImport()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<null | number>((resolve) => child.once('exit', (code) => resolve(code)))
    // Kill it once some stories have landed and before all have.
    let landed = 0
    while (child.exitCode === null) {
      landed = await imported()
      if (landed > 0) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    child.kill('SIGKILL')
    await exited
    const afterKill = await imported()
    expect(afterKill).toBeGreaterThan(0)
    expect(afterKill).toBeLessThan(count)
    expect(await inconsistencies(payload)).toEqual([])

    const rerun = runImport()
    rerun.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<null | number>((resolve) => rerun.once('exit', (exitCode) => resolve(exitCode)))
    expect({ code, stderr: code === 0 ? '' : stderr.slice(-2000) }).toEqual({ code: 0, stderr: '' })
    expect(await imported()).toBe(count)
    expect(await inconsistencies(payload)).toEqual([])
    const resolved = await payload.count({ collection: 'read-also-links', overrideAccess: true, where: { and: [{ state: { equals: 'resolved' } }, { text: { like: `Crash story ${runId}` } }] } })
    expect(resolved.totalDocs).toBeGreaterThanOrEqual(count)
  }, 600_000)
})

describe('online backup of the embedded database', () => {
  let server: RunningServer
  let token: string

  beforeAll(async () => {
    server = await startTestServer('backup', { embedded: true })
    const admin = { email: `backup-${runId}@example.test`, password: 'correct horse battery staple' }
    const first = await fetch(`${server.url}/api/users/first-register`, { body: JSON.stringify(admin), headers: { 'content-type': 'application/json' }, method: 'POST' })
    expect(first.status).toBeLessThan(300)
    const login = await fetch(`${server.url}/api/users/login`, { body: JSON.stringify(admin), headers: { 'content-type': 'application/json' }, method: 'POST' })
    token = ((await login.json()) as { token: string }).token
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('copies a consistent database while editors save, and the copy restores', async () => {
    const save = (n: number) =>
      fetch(`${server.url}/api/articles`, {
        body: JSON.stringify({ _status: 'published', title: `Backup story ${runId} ${n}` }),
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        method: 'POST',
      }).then((response) => response.status)
    for (let n = 0; n < 20; n++) expect(await save(n)).toBe(201)

    // Editors keep saving while the backup runs.
    let stop = false
    const statuses: number[] = []
    const editors = (async () => {
      for (let n = 20; !stop && n < 400; n++) statuses.push(await save(n))
    })()
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-backup-'))
    const previous = process.env.DATABASE_URI
    process.env.DATABASE_URI = server.env.DATABASE_URI
    try {
      const { articles, file } = await backup(folder)
      stop = true
      await editors
      expect(statuses.every((status) => status === 201)).toBe(true)
      expect(articles).toBeGreaterThanOrEqual(20 + 4) // the saves before, and the demo stories

      // Restore into a fresh data folder and read it back.
      const restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-restored-'))
      process.env.DATABASE_URI = `file:${path.join(restoredDir, 'newsroom.db')}`
      const restored = restore(folder)
      const client = createClient({ url: `file:${restored}` })
      expect(String((await client.execute('PRAGMA integrity_check')).rows[0]?.[0])).toBe('ok')
      const titles = (await client.execute({ args: [`Backup story ${runId} %`], sql: 'SELECT title FROM articles WHERE title LIKE ?' })).rows.map((row) => String(row.title))
      client.close()
      expect(titles.length).toBe(articles - 4)
      for (let n = 0; n < 20; n++) expect(titles).toContain(`Backup story ${runId} ${n}`)
      expect(fs.existsSync(file)).toBe(true)
    } finally {
      stop = true
      await editors
      if (previous === undefined) delete process.env.DATABASE_URI
      else process.env.DATABASE_URI = previous
    }
  }, 300_000)
})
