/**
 * The site-build example (examples/site-build/build.ts) against the newsroom app, run as its own process as a site
 * build would: a full pull of 1,000 and of 10,000 stories (seconds, and the pulling process's peak resident memory,
 * which should stay flat as the count grows), then an incremental pull after 100 changes (60 renames, 20
 * unpublishes, 20 deletions). Used by bench/compare.ts (`npm run bench`) on the database it has seeded, or alone:
 *
 *   tsx bench/siteBuild.ts [--postgres]   (PostgreSQL: BENCH_POSTGRES_URI or POSTGRES_URI, which it empties)
 *
 * Alone, it seeds with the bench's own importer (bench/prepare.ts), serves the app with bench/server.ts, prints a
 * table and writes it as JSON to bench/results/.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const root = path.resolve(import.meta.dirname, '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

export type PullFigures = { changes?: number; fetched?: number; kind: string; maxRssMb: number; seconds: number; stories?: number; wallSeconds: number }

/** Runs the example once in a child process (plain node with the tsx loader, so the figures are the pull's own). */
export async function sitePull(url: string, out: string, extra: string[] = []): Promise<PullFigures> {
  const started = performance.now()
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'examples/site-build/build.ts', '--api', url, '--out', out, ...extra],
    { cwd: root, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 16 * 2 ** 20 },
  )
  const figures = JSON.parse(stdout.trim().split('\n').pop()!) as Omit<PullFigures, 'wallSeconds'>
  return { ...figures, wallSeconds: (performance.now() - started) / 1000 }
}

/** 100 changes over HTTP as the bench admin: 60 published stories renamed, 20 unpublished, 20 deleted. */
export async function hundredChanges(url: string): Promise<void> {
  const login = await fetch(`${url}/api/users/login`, {
    body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password-1' }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const listed = await fetch(`${url}/api/articles?depth=0&limit=100&sort=id&select[title]=true&where[_status][equals]=published`, { headers })
  const { docs } = (await listed.json()) as { docs: { id: number; title: string }[] }
  if (docs.length < 100) throw new Error(`only ${docs.length} published stories to change`)
  for (const [index, doc] of docs.entries()) {
    const init =
      index < 60
        ? { body: JSON.stringify({ slug: `renamed-${doc.id}-${Date.now()}`, title: `${doc.title} (updated)` }), method: 'PATCH' }
        : index < 80
          ? { body: JSON.stringify({ _status: 'draft' }), method: 'PATCH' }
          : { method: 'DELETE' }
    const response = await fetch(`${url}/api/articles/${doc.id}?depth=0`, { headers, ...init })
    if (!response.ok) throw new Error(`change ${index} on story ${doc.id}: ${response.status} ${await response.text()}`)
  }
}

async function main() {
  const db = process.argv.includes('--postgres') ? 'postgres' : 'sqlite'
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-bench-site-${db}-`))
  const postgres = process.env.BENCH_POSTGRES_URI ?? process.env.POSTGRES_URI
  if (db === 'postgres' && !postgres) throw new Error('--postgres: set BENCH_POSTGRES_URI (or POSTGRES_URI) to a database the bench may empty.')
  const uri = db === 'sqlite' ? `file:${path.join(dir, 'bench.db')}` : postgres!
  if (db === 'postgres') execFileSync('psql', [uri, '-q', '-c', 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'], { stdio: 'ignore' })
  const env = {
    ...process.env,
    DATABASE_URI: uri,
    NEWSROOM_DATA_DIR: dir,
    NEWSROOM_DEMO: 'off',
    NEWSROOM_LOG: 'stderr',
    NODE_OPTIONS: '--conditions=development',
    PAYLOAD_SECRET: 'bench-secret',
  }
  const prepare = (from: number, to: number, total: number) => {
    console.error(`[${db}] seeding stories ${from}..${to - 1}`)
    execFileSync(tsx, ['bench/prepare.ts', String(from), String(to), String(total)], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  let child: ChildProcess | undefined
  const start = async () => {
    child = spawn(tsx, ['bench/server.ts', 'ours'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
    const port = await new Promise<number>((resolve, reject) => {
      child!.stdout!.on('data', (chunk: Buffer) => {
        const match = chunk.toString().match(/listening (\d+)/)
        if (match) resolve(Number(match[1]))
      })
      child!.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
    })
    return `http://127.0.0.1:${port}`
  }
  process.on('exit', () => child?.kill('SIGTERM'))

  const rows: { figures: PullFigures; metric: string }[] = []
  const measured = (metric: string, figures: PullFigures) => {
    console.error(`[${db}] ${metric}: ${JSON.stringify(figures)}`)
    rows.push({ figures, metric })
  }
  prepare(0, 1000, 1000)
  let url = await start()
  measured('full pull of 1,000 stories', await sitePull(url, path.join(dir, 'site-1000'), ['--full']))
  child!.kill('SIGTERM')
  prepare(1000, 10_000, 10_000)
  url = await start()
  const out = path.join(dir, 'site-10000')
  measured('full pull of 10,000 stories', await sitePull(url, out, ['--full']))
  await hundredChanges(url)
  measured('incremental pull after 100 changes (of 10,000 stories)', await sitePull(url, out))
  child!.kill('SIGTERM')

  const result = { date: new Date().toISOString(), db, machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`, rows }
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  const file = path.join(root, 'bench', 'results', `site-build-${db}-${result.date.slice(0, 19).replace(/[:T]/g, '-')}.json`)
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  console.log(`\n${result.date}, ${result.machine}\n`)
  console.log('| db | site build (examples/site-build, own process) | seconds | peak RSS | stories / changes |')
  console.log('| --- | --- | --- | --- | --- |')
  for (const { figures, metric } of rows) {
    const count = figures.kind === 'full' ? `${figures.stories} stories` : `${figures.changes} changes, ${figures.fetched} fetched`
    console.log(`| ${db} | ${metric} | ${figures.wallSeconds.toFixed(1)} | ${figures.maxRssMb} MB | ${count} |`)
  }
  const [small, large] = rows
  console.log(`| ${db} | peak RSS, 10,000 / 1,000 stories | ${(large!.figures.maxRssMb / small!.figures.maxRssMb).toFixed(2)} | | |`)
  console.log(`\nWritten to ${path.relative(root, file)}`)
  fs.rmSync(dir, { force: true, recursive: true })
  process.exit(0)
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
