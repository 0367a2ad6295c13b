/**
 * Where the time of a save goes (`npm run bench:writes`), the newsroom against the bare app of `npm run bench`, on the
 * embedded default (a scratch SQLite file each). Each app runs in a process of its own, in turns (ours, bare, ours,
 * bare by default; `--rounds N`), and saves `BENCH_SAVES` (default 300) stories with three Read-also lines through the
 * Local API as an editor, each created and then updated with a new body, as the HTTP bench does. Over the saves after
 * the first third (warm-up), it records every statement the database client runs, and prints per save: the median
 * create and update time, the statements of each kind (their number and the time the client took for them), and the
 * time outside the client (Payload, drizzle's building of statements, the hooks).
 *
 * `tsx bench/writes.ts --app ours|bare` is one turn; it prints one JSON line.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'

import { scratchPayload } from './scratch'

const args = process.argv.slice(2)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const saves = Number(process.env.BENCH_SAVES ?? 300)

type Turn = { create: number; kinds: Record<string, { create: [number, number]; update: [number, number] }>; update: number }

/** A statement as the table names it: what it does to which table ("insert articles", "batch: …"). */
function kindOf(statement: unknown): string {
  const sql = (typeof statement === 'string' ? statement : String((statement as { sql?: string })?.sql ?? '')).trim()
  const verb = (/^\s*(\w+)/.exec(sql)?.[1] ?? '?').toLowerCase()
  // The statement's own table, not one of its subqueries': everything in brackets is left out first.
  let outer = sql
  for (let inner = outer.replace(/\([^()]*\)/g, ''); inner !== outer; inner = inner.replace(/\([^()]*\)/g, '')) outer = inner
  const table = /(?:from|into|update)\s+"?([\w]+)"?/i.exec(outer)?.[1] ?? '?'
  return `${verb} ${table}`
}

async function turn(app: 'bare' | 'ours'): Promise<Turn> {
  const { done, payload } = await scratchPayload(`writes-${app}`, app)
  const { paragraphsToLexical } = await import('../src/lexical/paragraphs')
  const body = (n: number) =>
    paragraphsToLexical([`Paragraph one of story ${n}.`, `Read also: A story that does not exist yet ${n} a`, 'Paragraph two.', `Read also: A story that does not exist yet ${n} b`, `Read also: A story that does not exist yet ${n} c`, 'Paragraph three.'])
  const user = await payload.create({ collection: 'users', data: { email: 'writes@example.com', password: 'bench-password-1', role: 'editor' } as never })

  const client = (payload.db as unknown as { client: Record<'batch' | 'execute', (...args: unknown[]) => Promise<unknown>> }).client
  let phase: 'create' | 'off' | 'update' = 'off'
  const kinds: Turn['kinds'] = {}
  const count = (kind: string, ms: number) => {
    if (phase === 'off') return
    const entry = (kinds[kind] ??= { create: [0, 0], update: [0, 0] })
    entry[phase][0]++
    entry[phase][1] += ms
  }
  for (const method of ['execute', 'batch'] as const) {
    const original = client[method].bind(client)
    client[method] = async (...call: unknown[]) => {
      const started = performance.now()
      try {
        return await original(...call)
      } finally {
        const kind = method === 'batch' ? `batch: ${(call[0] as unknown[]).map(kindOf).join(' + ')}` : kindOf(call[0])
        count(kind, performance.now() - started)
      }
    }
  }

  const creates: number[] = []
  const updates: number[] = []
  const warm = Math.floor(saves / 3)
  for (let n = 0; n < saves; n++) {
    const measured = n >= warm
    phase = measured ? 'create' : 'off'
    let started = performance.now()
    const doc = await payload.create({ collection: 'articles', data: { _status: 'published', body: body(n), slug: `bench-write-${n}`, title: `Bench write ${n}` } as never, depth: 0, overrideAccess: false, user })
    if (measured) creates.push(performance.now() - started)
    phase = measured ? 'update' : 'off'
    started = performance.now()
    await payload.update({ collection: 'articles', data: { body: body(n + saves) } as never, depth: 0, id: doc.id, overrideAccess: false, user })
    if (measured) updates.push(performance.now() - started)
  }
  phase = 'off'
  const per = saves - warm
  for (const entry of Object.values(kinds)) for (const side of ['create', 'update'] as const) entry[side] = [entry[side][0] / per, entry[side][1] / per]
  await done()
  return { create: median(creates), kinds, update: median(updates) }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

const app = option('--app')
if (app === 'ours' || app === 'bare') {
  console.log(JSON.stringify(await turn(app)))
  process.exit(0)
}

const rounds = Number(option('--rounds') ?? 2)
const results: Record<'bare' | 'ours', Turn[]> = { bare: [], ours: [] }
for (let round = 0; round < rounds; round++) {
  for (const side of round % 2 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const)) {
    console.error(`round ${round + 1}/${rounds}: ${side}`)
    const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--app', side], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    results[side].push(JSON.parse(out.trim().split('\n').at(-1)!) as Turn)
  }
}

const ms = (value: number) => value.toFixed(2)
const mid = (side: 'bare' | 'ours', pick: (turn: Turn) => number) => median(results[side].map(pick))
console.log(`\nSaves with 3 Read-also lines, SQLite, Local API as an editor; ${saves} saves a turn, ${rounds} turns each; ${new Date().toISOString()}, ${os.cpus()[0]?.model ?? ''}, ${os.cpus().length} cores\n`)
console.log('| | ours | bare | ours/bare |\n| --- | --- | --- | --- |')
for (const op of ['create', 'update'] as const) {
  const ours = mid('ours', (turn) => turn[op])
  const bare = mid('bare', (turn) => turn[op])
  console.log(`| ${op}, median | ${ms(ours)} ms | ${ms(bare)} ms | ${(ours / bare).toFixed(2)} |`)
}
for (const op of ['create', 'update'] as const) {
  console.log(`\n${op}: statements per save (number, ms in the database client)\n`)
  console.log('| statement | ours | bare |\n| --- | --- | --- |')
  const names = [...new Set(Object.values(results).flatMap((turns) => turns.flatMap((turn) => Object.keys(turn.kinds))))]
  const cell = (side: 'bare' | 'ours', name: string) => {
    const count = mid(side, (turn) => turn.kinds[name]?.[op][0] ?? 0)
    return count ? `${count.toFixed(count % 1 ? 1 : 0)} × ${ms(mid(side, (turn) => turn.kinds[name]?.[op][1] ?? 0))} ms` : ''
  }
  const rows = names.filter((name) => cell('ours', name) || cell('bare', name))
  rows.sort((a, b) => mid('ours', (turn) => turn.kinds[b]?.[op][1] ?? 0) - mid('ours', (turn) => turn.kinds[a]?.[op][1] ?? 0))
  for (const name of rows) console.log(`| ${name} | ${cell('ours', name)} | ${cell('bare', name)} |`)
  const total = (side: 'bare' | 'ours') => mid(side, (turn) => Object.values(turn.kinds).reduce((sum, kind) => sum + kind[op][1], 0))
  const statements = (side: 'bare' | 'ours') => mid(side, (turn) => Object.values(turn.kinds).reduce((sum, kind) => sum + kind[op][0], 0))
  console.log(`| all statements | ${statements('ours').toFixed(0)} × ${ms(total('ours'))} ms | ${statements('bare').toFixed(0)} × ${ms(total('bare'))} ms |`)
  console.log(`| the rest (median save less the client's time: Payload, drizzle, hooks) | ${ms(mid('ours', (turn) => turn[op]) - total('ours'))} ms | ${ms(mid('bare', (turn) => turn[op]) - total('bare'))} ms |`)
}
process.exit(0)
