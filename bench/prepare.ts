/**
 * Fills the benchmark database through the newsroom app (migrations, bulk importer), refreshes the planner's
 * statistics and makes sure the bench admin exists. `tsx bench/prepare.ts <from> <to> <total>` imports stories
 * from..to-1 of an archive of `total` and prints one JSON line: { stories, seconds }.
 */
export {}

process.env.NEWSROOM_DEMO = 'off'
process.env.NEWSROOM_LOG = 'stderr'
const [from, to, total] = process.argv.slice(2).map(Number) as [number, number, number]
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seedArchive } = await import('./seed')
const { refreshStatistics } = await import('../src/db')
const payload = await getPayload({ config })
const start = performance.now()
if (to > from) await seedArchive(payload, { from, to, total })
const seconds = (performance.now() - start) / 1000
await refreshStatistics(payload)
const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'bench@example.com' } } })
if (!totalDocs) {
  await payload.create({ collection: 'users', data: { email: 'bench@example.com', password: 'bench-password-1', role: 'admin' } as never })
}
console.log(JSON.stringify({ seconds, stories: to - from }))
await payload.db.destroy?.()
process.exit(0)
