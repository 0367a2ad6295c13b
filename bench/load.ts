/**
 * npm run bench:load: anonymous REST and GraphQL reads under load (autocannon, loopback, LOAD_SECONDS, default 15,
 * LOAD_CONNECTIONS, default 10) against the real server while an editor saves stories over HTTP and `npm run import`
 * writes a batch from the command line. On the embedded SQLite file unless DATABASE_URI names PostgreSQL. Reports
 * read errors, non-2xx answers, p50/p99 latency, and the editor's and the import's failures ("database is locked"
 * among them).
 */
import autocannon from 'autocannon'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startTestServer } from '../test/helpers/server'

const seconds = Number(process.env.LOAD_SECONDS ?? 15)
const connections = Number(process.env.LOAD_CONNECTIONS ?? 10)
const stories = Number(process.env.LOAD_IMPORT_STORIES ?? 300)
const root = path.resolve(import.meta.dirname, '..')

const server = await startTestServer('load')
const database = server.env.DATABASE_URI.startsWith('file:') ? 'SQLite' : 'PostgreSQL'
const admin = { email: `load-${Date.now()}@example.test`, password: 'correct horse battery staple' }
const json = { 'content-type': 'application/json' }
await fetch(`${server.url}/api/users/first-register`, { body: JSON.stringify(admin), headers: json, method: 'POST' })
const login = await fetch(`${server.url}/api/users/login`, { body: JSON.stringify(admin), headers: json, method: 'POST' })
const { token } = (await login.json()) as { token: string }
if (!token) {
  await server.stop()
  throw new Error('could not sign in the editor: it registers as the first user, so the database must have none')
}
const auth = { ...json, authorization: `JWT ${token}` }

// The editor: create a story, then keep saving it, until the load ends.
let running = true
const saves = { failed: 0, locked: 0, ok: 0 }
const editor = (async () => {
  for (let n = 0; running; n++) {
    const created = await fetch(`${server.url}/api/articles`, {
      body: JSON.stringify({ _status: 'published', title: `Load story ${Date.now()} ${n}` }),
      headers: auth,
      method: 'POST',
    })
    const text = await created.text()
    if (created.status !== 201) {
      saves.failed++
      if (/locked/i.test(text)) saves.locked++
      continue
    }
    saves.ok++
    const { doc } = JSON.parse(text) as { doc: { id: number } }
    const updated = await fetch(`${server.url}/api/articles/${doc.id}`, { body: JSON.stringify({ dek: `Update ${n}` }), headers: auth, method: 'PATCH' })
    const body = await updated.text()
    if (updated.status === 200) saves.ok++
    else {
      saves.failed++
      if (/locked/i.test(body)) saves.locked++
    }
  }
})()

// The import: a batch of stories from the command line into the same database.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-load-stories-'))
const headline = (n: number) => `Load import ${Date.now()} number ${n}`
for (let n = 0; n < stories; n++)
  fs.writeFileSync(path.join(dir, `s${n}.txt`), [headline(n), `by Reporter ${n % 5}`, 'A paragraph.', `Read also: ${headline((n + 3) % stories)}`].join('\n\n'))
let importOutput = ''
const importer = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/import/cli.ts', '--publish', dir], {
  cwd: root,
  env: { ...process.env, ...server.env, NODE_OPTIONS: '' },
  stdio: ['ignore', 'ignore', 'pipe'],
})
importer.stderr.on('data', (chunk: Buffer) => (importOutput += chunk.toString()))
const imported = new Promise<null | number>((resolve) => importer.once('exit', (code) => resolve(code)))

const result = await autocannon({
  connections,
  duration: seconds,
  requests: [
    { method: 'GET', path: '/api/articles?limit=10&depth=1' },
    { body: JSON.stringify({ query: '{ Articles(limit: 10) { docs { id title slug readAlso { docs { text state } } } } }' }), headers: json, method: 'POST', path: '/api/graphql' },
  ],
  url: server.url,
})
running = false
await editor
const importCode = await imported
await server.stop()

console.log(`Load (${database}, ${seconds} s, ${connections} connections, anonymous REST + GraphQL reads)`)
console.log(`  reads: ${result.requests.total} requests, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`)
console.log(`  latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${result.requests.average} req/s`)
console.log(`  editor saves meanwhile: ${saves.ok} ok, ${saves.failed} failed (${saves.locked} "database is locked")`)
console.log(`  import of ${stories} stories meanwhile: exit code ${importCode}${/database is locked/i.test(importOutput) ? ', "database is locked" reported' : ''}`)
if (result.errors || result.non2xx || saves.failed || importCode !== 0) process.exitCode = 1
// One line for \`npm run bench\`, which runs this on each database and adds it to its table and results file.
const figures = {
  database,
  editorSaves: saves,
  import: { exitCode: importCode, locked: /database is locked/i.test(importOutput), stories },
  reads: { errors: result.errors, non2xx: result.non2xx, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, rps: result.requests.average, timeouts: result.timeouts },
  seconds,
}
console.log(`LOAD ${JSON.stringify(figures)}`)
