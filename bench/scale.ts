/**
 * How reads grow with the archive (`npm run bench:scale`, SQLite unless DATABASE_URI names a PostgreSQL database
 * the script may fill): the archive is grown to 1,000, 10,000 and 100,000 stories (`--max N` to stop earlier)
 * with the bulk importer, statistics refreshed as the import CLI does, and at each size the median time of the list
 * `?depth=1&limit=10`, the item at depth 2 and GraphQL with links is taken in-process (Local API with the reader's
 * access, GraphQL executed with the reader's request), anonymous and signed in. Prints the times and the ratios to
 * 1,000 stories (target ≤ 1.5) and anonymous / signed in (target ≤ 1.2).
 */
import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const args = process.argv.slice(2)
const max = Number(args[args.indexOf('--max') + 1]) || 100_000
const runs = 15
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-scale-'))
Object.assign(process.env, {
  DATABASE_URI: process.env.DATABASE_URI?.startsWith('postgres') ? process.env.DATABASE_URI : `file:${path.join(scratch, 'bench.db')}`,
  NEWSROOM_DATA_DIR: scratch,
  NEWSROOM_DEMO: 'off',
  NEWSROOM_LOG: 'stderr',
  PAYLOAD_SECRET: 'bench',
})
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { reads } = await import('./plans')
const { seedArchive } = await import('./seed')
const { refreshStatistics } = await import('../src/db')
const payload: Payload = await getPayload({ config })

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const admin = await payload.create({ collection: 'users', data: { email: `scale-${Date.now()}@example.com`, password: 'scale-password-1', role: 'admin' } as never })
const names = ['list ?depth=1&limit=10', 'item ?depth=2', 'GraphQL list with links'] as const
const table: Record<string, Record<number, number>> = {}
let size = (await payload.count({ collection: 'articles' })).totalDocs
const prefix = `${Date.now().toString(36)} `
for (const target of [1000, 10_000, 100_000].filter((n) => n <= max)) {
  const started = performance.now()
  if (size < target) await seedArchive(payload, { from: size, prefix, to: target, total: target })
  size = target
  await refreshStatistics(payload)
  console.error(`${target} stories (${((performance.now() - started) / 1000).toFixed(0)} s to import)`)
  const { docs } = await payload.find({ collection: 'articles', depth: 0, limit: 1, where: { and: [{ _status: { equals: 'published' } }, { title: { like: 'Generated story number 14 about' } }] } })
  for (const [reader, user] of [['anonymous', null], ['signed in', admin]] as const) {
    const all = reads(payload, user as never, docs[0]!.id)
    for (const name of names) {
      const samples: number[] = []
      for (let i = -3; i < runs; i++) {
        const start = performance.now()
        await all[name]()
        if (i >= 0) samples.push(performance.now() - start)
      }
      ;(table[`${name}, ${reader}`] ??= {})[target] = median(samples)
      console.error(`  ${name}, ${reader}: ${median(samples).toFixed(1)} ms`)
    }
  }
}

const sizes = [1000, 10_000, 100_000].filter((n) => n <= max)
console.log(`Reads by archive size (${payload.db.name}, in-process, median of ${runs}; ms)`)
console.log(`| read | ${sizes.map((n) => `${n.toLocaleString('en')} stories`).join(' | ')} | largest / 1,000 | anonymous / signed in (largest) |`)
console.log(`| --- | ${sizes.map(() => '---').join(' | ')} | --- | --- |`)
for (const [row, bySize] of Object.entries(table)) {
  const largest = sizes[sizes.length - 1]!
  const [name, reader] = row.split(', ') as [string, string]
  const versus = reader === 'anonymous' ? (bySize[largest]! / table[`${name}, signed in`]![largest]!).toFixed(2) : ''
  console.log(`| ${row} | ${sizes.map((n) => bySize[n]!.toFixed(1)).join(' | ')} | ${(bySize[largest]! / bySize[1000]!).toFixed(2)} | ${versus} |`)
}
await payload.db.destroy?.()
fs.rmSync(scratch, { force: true, recursive: true })
process.exit(0)
