/**
 * Where the time of a read goes (`npm run bench:profile`): fills a scratch SQLite database with 1,000 stories,
 * runs the anonymous list `?depth=1&limit=10`, the item at depth 2 and GraphQL with links 40 times each under the V8
 * profiler, and prints the share of self time by package (payload, drizzle, lexical, graphql, this project, …).
 */
import path from 'node:path'
import { Session } from 'node:inspector/promises'

import { scratchPayload } from './scratch'

const { done, payload } = await scratchPayload('profile')
const { reads } = await import('./plans')
const { seedArchive } = await import('./seed')
const { refreshStatistics } = await import('../src/db')
await seedArchive(payload, { to: 1000 })
await refreshStatistics(payload)
const { docs } = await payload.find({ collection: 'articles', depth: 0, limit: 1, where: { and: [{ _status: { equals: 'published' } }, { title: { like: 'Generated story number 14 about' } }] } })
const all = reads(payload, null, docs[0]!.id)
const names = ['list ?depth=1&limit=10', 'item ?depth=2', 'GraphQL list with links'] as const
for (const name of names) for (let i = 0; i < 5; i++) await all[name]()

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.start')
for (const name of names) for (let i = 0; i < 40; i++) await all[name]()
const { profile } = await session.post('Profiler.stop')

const projectRoot = path.resolve(import.meta.dirname, '..')

const bucket = (url: string) => {
  if (!url) return '(native, GC, idle)'
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (pkg) return pkg[1]!
  if (url.startsWith('node:')) return 'node core'
  return url.includes(projectRoot) || url.startsWith('file://') ? 'this project' : url
}
const selfBy = new Map<string, number>()
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const dt = profile.timeDeltas ?? []
;(profile.samples ?? []).forEach((id, i) => {
  const node = byId.get(id)!
  const key = node.callFrame.functionName === '(idle)' ? '(idle)' : bucket(node.callFrame.url)
  selfBy.set(key, (selfBy.get(key) ?? 0) + (dt[i] ?? 0))
})
const total = [...selfBy.values()].reduce((a, b) => a + b, 0)
console.log('Self time by package (anonymous list, item and GraphQL reads, 1,000 stories, SQLite)')
for (const [key, us] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
  console.log(`  ${key.padEnd(32)} ${((100 * us) / total).toFixed(1)} %  ${(us / 1000).toFixed(0)} ms`)
}
await done()
process.exit(0)
