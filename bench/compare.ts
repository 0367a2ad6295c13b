/**
 * `npm run bench`: the newsroom app against a bare Payload app (bench/bare.config.ts: the same collections and
 * fields without the newsroom hooks, join fields and endpoints), measured in the same run on the same database,
 * alternating, over several rounds, on SQLite and (when BENCH_POSTGRES_URI or POSTGRES_URI is set) PostgreSQL.
 * Both apps are served by the same plain HTTP host (bench/server.ts).
 *
 *   REST list `?depth=1&limit=10` and item `/<id>?depth=2`, anonymous and signed in, and GraphQL with Read-also
 *   links: requests/s, p50, p99 and errors under a bounded loopback load (autocannon, 10 connections);
 *   create and update with 3 Read-also lines (sequential HTTP, median ms);
 *   the importer's rate against one-by-one creates; a full pull of 1,000 and 10,000 stories (time, peak memory);
 *   ours only: the site-build example's full pulls and an incremental pull after 100 changes (bench/siteBuild.ts),
 *   and the load run of bench/load.ts on each database (the real server: anonymous REST and GraphQL reads while an
 *   editor saves and an import writes; errors, p50/p99, failed saves and "database is locked").
 *
 * Prints one table (metric, ours, bare, ours/bare, target) and writes it as JSON to bench/results/.
 * Options: --quick (shorter loads, one 10,000-story pull per app), --rounds N, --sqlite-only, --postgres-only. The PostgreSQL database is emptied first.
 */
import autocannon from 'autocannon'
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { hundredChanges, type PullFigures, sitePull } from './siteBuild'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 3
const loadSeconds = quick ? 2 : 4
const connections = 10
const writes = quick ? 8 : 15
const root = path.resolve(import.meta.dirname, '..')
const postgres = args.includes('--sqlite-only') ? undefined : process.env.BENCH_POSTGRES_URI ?? process.env.POSTGRES_URI

const siteBuilds: { db: string; figures: PullFigures; metric: string }[] = []
type Sample = number[]
type Metric = { better: 'higher' | 'lower'; db: string; metric: string; ours: Sample; bare: Sample; target?: string; unit: string }
const metrics: Metric[] = []
const record = (db: string, metric: string, app: App, value: number, unit: string, better: 'higher' | 'lower', target?: string) => {
  let entry = metrics.find((m) => m.db === db && m.metric === metric)
  if (!entry) metrics.push((entry = { bare: [], better, db, metric, ours: [], target, unit }))
  entry[app].push(value)
}

type App = 'bare' | 'ours'
type Server = { child: ChildProcess; url: string }

const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
const childEnv = (uri: string, dir: string) => ({
  ...process.env,
  DATABASE_URI: uri,
  NEWSROOM_DATA_DIR: dir,
  NEWSROOM_DEMO: 'off',
  NEWSROOM_LOG: 'stderr',
  NODE_OPTIONS: '--conditions=development',
  PAYLOAD_SECRET: 'bench-secret',
})

function prepare(uri: string, dir: string, from: number, to: number, total: number): { seconds: number; stories: number } {
  const out = execFileSync(tsx, ['bench/prepare.ts', String(from), String(to), String(total)], { cwd: root, env: childEnv(uri, dir), stdio: ['ignore', 'pipe', 'inherit'] })
  return JSON.parse(out.toString().trim().split('\n').pop()!)
}

const children = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM')
})

async function start(app: App, uri: string, dir: string): Promise<Server> {
  const child = spawn(tsx, ['bench/server.ts', app], { cwd: root, env: childEnv(uri, dir), stdio: ['ignore', 'pipe', 'inherit'] })
  children.add(child)
  child.once('exit', () => children.delete(child))
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = chunk.toString().match(/listening (\d+)/)
      if (match) resolve(Number(match[1]))
    })
    child.once('exit', (code) => reject(new Error(`${app} server exited with ${code}`)))
  })
  return { child, url: `http://127.0.0.1:${port}` }
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.child.once('exit', () => resolve())
    server.child.kill('SIGTERM')
  })

async function login(server: Server): Promise<string> {
  const response = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password-1' }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await response.json()) as { token: string }
  if (!token) throw new Error(`login failed on ${server.url}: ${response.status}`)
  return token
}

type Load = { body?: string; method?: 'GET' | 'POST'; path: string; token?: string }

async function load(server: Server, { body, method = 'GET', path: route, token }: Load) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const result = await autocannon({ body, connections, duration: loadSeconds, headers, method, url: `${server.url}${route}` })
  return { errors: result.errors + result.timeouts + result.non2xx, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average }
}

const graphQLLinks = JSON.stringify({
  query: `{ Articles(limit: 10) { docs { id title slug publishedAt readAlso { docs { text state target { title slug } } } readAlsoFrom { docs { text } } } } }`,
})
// The bare app has no join fields: the same list and fields without them.
const graphQLBare = JSON.stringify({ query: `{ Articles(limit: 10) { docs { id title slug publishedAt } } }` })

const lexical = (paragraphs: string[]) => ({
  root: {
    children: paragraphs.map((text) => ({
      children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
      direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', type: 'paragraph', version: 1,
    })),
    direction: 'ltr', format: '', indent: 0, type: 'root', version: 1,
  },
})
const writeBody = (n: number, app: App, round: number) =>
  lexical([
    `Lead paragraph ${n} of a bench story.`,
    'Paragraph two of ordinary reporting, long enough to look like a real one.',
    'Read also: Generated story number 3 about the harbour',
    'Read also: Generated story number 5 about the harbour',
    `Read also: A story that does not exist yet ${app} ${round} ${n}`,
    'Paragraph three closes the story.',
  ])

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
}

async function writesOf(server: Server, token: string, app: App, round: number) {
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const creates: number[] = []
  const updates: number[] = []
  for (let n = -2; n < writes; n++) {
    let started = performance.now()
    const created = await fetch(`${server.url}/api/articles?depth=0`, {
      // The slug is given: the bare app has no hook to derive it from the headline.
      body: JSON.stringify({ _status: 'published', body: writeBody(n, app, round), slug: `bench-write-${app}-${round}-${n}-${Date.now()}`, title: `Bench write ${app} ${round} ${n}` }),
      headers,
      method: 'POST',
    })
    const createMs = performance.now() - started
    if (!created.ok) throw new Error(`create on ${app}: ${created.status} ${await created.text()}`)
    const { doc } = (await created.json()) as { doc: { id: number } }
    started = performance.now()
    const updated = await fetch(`${server.url}/api/articles/${doc.id}?depth=0`, {
      body: JSON.stringify({ body: writeBody(n + 1000, app, round) }),
      headers,
      method: 'PATCH',
    })
    const updateMs = performance.now() - started
    if (!updated.ok) throw new Error(`update on ${app}: ${updated.status} ${await updated.text()}`)
    if (n >= 0) {
      creates.push(createMs)
      updates.push(updateMs)
    }
  }
  return { create: median(creates), update: median(updates) }
}

/** Pages through every published story, 100 at a time at depth 1, as a site build does. */
async function pull(server: Server) {
  await fetch(`${server.url}/bench/memory?reset=1`)
  const started = performance.now()
  let page = 1
  let stories = 0
  for (;;) {
    const response = await fetch(`${server.url}/api/articles?depth=1&limit=100&page=${page}`)
    if (!response.ok) throw new Error(`pull page ${page}: ${response.status}`)
    const body = (await response.json()) as { docs: unknown[]; hasNextPage: boolean }
    stories += body.docs.length
    if (!body.hasNextPage) break
    page++
  }
  const seconds = (performance.now() - started) / 1000
  const { peak } = (await (await fetch(`${server.url}/bench/memory`)).json()) as { peak: number }
  return { peakMb: peak / 2 ** 20, seconds, stories }
}

async function firstPublishedId(server: Server): Promise<number> {
  const { docs } = (await (await fetch(`${server.url}/api/articles?depth=0&limit=1&where[_status][equals]=published&where[title][like]=Generated story number 14 about`)).json()) as { docs: { id: number }[] }
  return docs[0]!.id
}

async function benchDatabase(db: 'postgres' | 'sqlite') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-bench-${db}-`))
  const uri = db === 'sqlite' ? `file:${path.join(dir, 'bench.db')}` : postgres!
  if (db === 'postgres') {
    execFileSync('psql', [uri, '-q', '-c', 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'], { stdio: 'ignore' })
  }
  console.error(`[${db}] seeding 1,000 stories`)
  prepare(uri, dir, 0, 1000, 1000)
  const servers = { bare: await start('bare', uri, dir), ours: await start('ours', uri, dir) }
  const tokens = { bare: await login(servers.bare), ours: await login(servers.ours) }
  const itemId = await firstPublishedId(servers.ours)
  for (let round = 0; round < rounds; round++) {
    const order: App[] = round % 2 ? ['bare', 'ours'] : ['ours', 'bare']
    for (const app of order) {
      console.error(`[${db}] round ${round + 1}/${rounds}: ${app}`)
      const server = servers[app]
      const reads: [string, Load][] = [
        ['REST list ?depth=1&limit=10, anonymous', { path: '/api/articles?depth=1&limit=10' }],
        ['REST list ?depth=1&limit=10, signed in', { path: '/api/articles?depth=1&limit=10', token: tokens[app] }],
        ['REST item ?depth=2, anonymous', { path: `/api/articles/${itemId}?depth=2` }],
        ['REST item ?depth=2, signed in', { path: `/api/articles/${itemId}?depth=2`, token: tokens[app] }],
        ['GraphQL list with links, anonymous', { body: app === 'ours' ? graphQLLinks : graphQLBare, method: 'POST', path: '/api/graphql' }],
      ]
      for (const [name, spec] of reads) {
        const result = await load(server, spec)
        record(db, `${name}: requests/s`, app, result.rps, 'req/s', 'higher', '≥ 0.95')
        record(db, `${name}: p50`, app, result.p50, 'ms', 'lower')
        record(db, `${name}: p99`, app, result.p99, 'ms', 'lower', '≤ 1.1')
        record(db, `${name}: errors`, app, result.errors, '', 'lower', '0')
      }
      const { create, update } = await writesOf(server, tokens[app], app, round)
      record(db, 'create with 3 Read-also lines (HTTP, median)', app, create, 'ms', 'lower', '≤ 1.15')
      record(db, 'update with 3 Read-also lines (HTTP, median)', app, update, 'ms', 'lower', '≤ 1.15')
      const pulled = await pull(server)
      record(db, 'full pull of 1,000 stories: time', app, pulled.seconds, 's', 'lower')
      record(db, 'full pull of 1,000 stories: peak memory', app, pulled.peakMb, 'MB', 'lower')
    }
  }
  siteBuilds.push({ db, figures: await sitePull(servers.ours.url, path.join(dir, 'site-1000'), ['--full']), metric: 'full pull of 1,000 stories' })
  console.error(`[${db}] importing 9,000 more stories`)
  const imported = prepare(uri, dir, 1000, 10_000, 10_000)
  // Creates one by one, as a script would add stories over HTTP to the bare app: 1,000 / median create time.
  const bareCreates = metrics.find((m) => m.db === db && m.metric.startsWith('create'))!.bare
  record(db, 'import rate (ours: bulk importer; bare: one-by-one HTTP creates)', 'ours', imported.stories / imported.seconds, 'stories/s', 'higher', '≥ 10')
  record(db, 'import rate (ours: bulk importer; bare: one-by-one HTTP creates)', 'bare', 1000 / median(bareCreates), 'stories/s', 'higher', '≥ 10')
  for (let round = 0; round < rounds; round++) {
    for (const app of round % 2 ? (['bare', 'ours'] as App[]) : (['ours', 'bare'] as App[])) {
      console.error(`[${db}] 10,000 stories, round ${round + 1}/${rounds}: ${app}`)
      const result = await load(servers[app], { path: '/api/articles?depth=1&limit=10' })
      record(db, 'at 10,000 stories: REST list, anonymous: requests/s', app, result.rps, 'req/s', 'higher', '≥ 0.95')
      record(db, 'at 10,000 stories: REST list, anonymous: p99', app, result.p99, 'ms', 'lower', '≤ 1.1')
      // The 10,000-story pull is the longest step: once per app in --quick runs.
      if (quick && round > 0) continue
      const pulled = await pull(servers[app])
      record(db, 'full pull of 10,000 stories: time', app, pulled.seconds, 's', 'lower')
      record(db, 'full pull of 10,000 stories: peak memory', app, pulled.peakMb, 'MB', 'lower')
    }
  }
  const site = path.join(dir, 'site-10000')
  siteBuilds.push({ db, figures: await sitePull(servers.ours.url, site, ['--full']), metric: 'full pull of 10,000 stories' })
  await hundredChanges(servers.ours.url)
  siteBuilds.push({ db, figures: await sitePull(servers.ours.url, site), metric: 'incremental pull after 100 changes' })
  await stop(servers.ours)
  await stop(servers.bare)
  fs.rmSync(dir, { force: true, recursive: true })
}

const started = Date.now()
try {
  if (!args.includes('--postgres-only')) await benchDatabase('sqlite')
  if (postgres) await benchDatabase('postgres')
  else console.error('PostgreSQL skipped: set BENCH_POSTGRES_URI (or POSTGRES_URI) to a database the bench may empty.')
} catch (error) {
  console.error(error)
  process.exit(1)
}

const fmt = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2))
const rows = metrics.map((m) => {
  const ours = median(m.ours)
  const bare = median(m.bare)
  return {
    bare: { max: Math.max(...m.bare), median: bare, min: Math.min(...m.bare) },
    db: m.db,
    metric: m.metric,
    ours: { max: Math.max(...m.ours), median: ours, min: Math.min(...m.ours) },
    ratio: bare === 0 ? (ours === 0 ? 1 : null) : ours / bare,
    target: m.target ?? null,
    unit: m.unit,
  }
})
// Memory growth from 1,000 to 10,000 stories pulled, ours (target ≤ 1.2).
const memoryGrowth = ['sqlite', 'postgres'].flatMap((db) => {
  const at = (n: string) => rows.find((row) => row.db === db && row.metric === `full pull of ${n} stories: peak memory`)
  const small = at('1,000')
  const large = at('10,000')
  return small && large ? [{ db, ours: large.ours.median / small.ours.median, bare: large.bare.median / small.bare.median }] : []
})

/** The load run (bench/load.ts): reads under load while an editor saves and an import writes, on one database. */
type LoadRun = { database: string; editorSaves: { failed: number; locked: number; ok: number }; import: { exitCode: null | number; locked: boolean; stories: number }; reads: { errors: number; non2xx: number; p50: number; p99: number; requests: number; rps: number; timeouts: number }; seconds: number }
function loadRun(databaseUri: string | undefined): LoadRun {
  const env: NodeJS.ProcessEnv = { ...process.env, LOAD_SECONDS: quick ? '8' : '15', NODE_OPTIONS: '--conditions=development' }
  if (databaseUri) {
    env.DATABASE_URI = databaseUri
    // The load run starts from an empty database: it registers its own first admin.
    execFileSync('psql', [databaseUri, '-q', '-c', 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'], { stdio: 'ignore' })
  } else delete env.DATABASE_URI
  console.error(`[load] ${databaseUri ? 'postgres' : 'sqlite'}: reads while an editor saves and an import writes`)
  const out = execFileSync(tsx, ['bench/load.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] }).toString()
  const line = out.split('\n').find((entry) => entry.startsWith('LOAD '))
  if (!line) throw new Error(`bench/load.ts printed no figures:\n${out}`)
  return JSON.parse(line.slice(5)) as LoadRun
}
const loads: LoadRun[] = []
try {
  if (!args.includes('--postgres-only')) loads.push(loadRun(undefined))
  if (postgres) loads.push(loadRun(postgres))
} catch (error) {
  console.error(error)
  process.exit(1)
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const result = {
  connections,
  date: new Date().toISOString(),
  loadSeconds,
  machine: `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.platform()} ${os.release()}, Node ${process.version}; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  loads,
  memoryGrowth,
  siteBuilds,
  minutes: (Date.now() - started) / 60000,
  rounds,
  rows,
}
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
const file = path.join(root, 'bench', 'results', `bench-${result.date.slice(0, 19).replace(/[:T]/g, '-')}.json`)
fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)

const spread = (s: { max: number; min: number }) => `${fmt(s.min)}–${fmt(s.max)}`
console.log(`\n${result.date}, ${result.machine}; ${rounds} rounds, medians (spread min–max)\n`)
console.log('| db | metric | ours | bare | ours/bare | target |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const row of rows) {
  console.log(
    `| ${row.db} | ${row.metric} | ${fmt(row.ours.median)} ${row.unit} (${spread(row.ours)}) | ${fmt(row.bare.median)} ${row.unit} (${spread(row.bare)}) | ${row.ratio === null ? '–' : row.ratio.toFixed(2)} | ${row.target ?? ''} |`,
  )
}
for (const growth of memoryGrowth) {
  console.log(`| ${growth.db} | pull peak memory, 10,000 / 1,000 stories | ${growth.ours.toFixed(2)} | ${growth.bare.toFixed(2)} | | ≤ 1.2 (ours) |`)
}
console.log('\n| db | site build (examples/site-build, own process) | seconds | peak RSS | stories / changes |\n| --- | --- | --- | --- | --- |')
for (const { db, figures, metric } of siteBuilds) {
  const count = figures.kind === 'full' ? `${figures.stories} stories` : `${figures.changes} changes, ${figures.fetched} fetched`
  console.log(`| ${db} | ${metric} | ${figures.wallSeconds.toFixed(1)} | ${figures.maxRssMb} MB | ${count} |`)
}
console.log('\n| db | load (reads while saving and importing) | reads | errors / timeouts / non-2xx | p50 | p99 | editor saves ok (failed, "locked") | import |\n| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const run of loads) {
  const { editorSaves: saves, reads } = run
  console.log(
    `| ${run.database} | ${run.seconds} s | ${reads.requests} (${fmt(reads.rps)} req/s) | ${reads.errors} / ${reads.timeouts} / ${reads.non2xx} | ${reads.p50} ms | ${reads.p99} ms | ${saves.ok} (${saves.failed}, ${saves.locked}) | ${run.import.stories} stories, exit ${run.import.exitCode}${run.import.locked ? ', "locked"' : ''} |`,
  )
}
console.log(`\nWritten to ${path.relative(root, file)} (${result.minutes.toFixed(1)} min)`)
process.exit(0)
