/**
 * A long-lived SQLite connection (the server's) keeps planning its reads through indexes while the archive grows
 * around it: after another process imports thousands of stories and analyses them (`npm run import` while the app
 * serves), and after the app itself has grown the archive well past the size its statistics describe.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { captureSql, explain, fullScans, planText, reads } from '../bench/plans'
import { seedArchive } from '../bench/seed'
import { refreshStatistics } from '../src/db'
import { refreshStaleStatistics } from '../src/statistics'
import { suiteEnv } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'

const env = suiteEnv('statistics', { embedded: true })
let server: Payload
let importer: Payload

beforeAll(async () => {
  process.env.NEWSROOM_JOBS = 'worker'
  // The check runs when the test says, not on its own timer.
  process.env.NEWSROOM_STATS_CHECK_SECONDS = '3600'
  // The server's connection opens on the demo stories and analyses them.
  server = await bootPayload('statistics', env)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  // The importing process: another connection to the same file.
  importer = await getPayload({ config, key: 'statistics-importer' })
  await seedArchive(importer, { to: 3000 })
  await refreshStatistics(importer)
}, 600_000)

afterAll(async () => {
  await shutdown(importer)
  await shutdown(server)
})

async function scansOf(payload: Payload): Promise<{ plan: string[]; scans: string[]; sql: string }[]> {
  const { docs } = await payload.find({ collection: 'articles', depth: 0, limit: 1, where: { title: { like: 'Generated story number 14 about' } } })
  const found: { plan: string[]; scans: string[]; sql: string }[] = []
  for (const read of Object.values(reads(payload, null, docs[0]!.id))) {
    for (const statement of await captureSql(payload, read)) {
      const plan = await explain(payload, statement)
      const scans = fullScans(plan, statement.sql)
      if (scans.length) found.push({ plan: planText(plan), scans, sql: statement.sql.slice(0, 300) })
    }
  }
  return found
}

describe("a long-lived SQLite connection's planner statistics", () => {
  it('are reloaded after another process analysed its import, and the reads stay on indexes', async () => {
    // What the server's periodic check (every 30 s) does.
    const outcome = await refreshStaleStatistics(server)
    expect(await scansOf(server)).toEqual([])
    expect(outcome).toBe('reloaded')
    expect(await refreshStaleStatistics(server)).toBe('current')
  })

  it('are refreshed when the archive has more than doubled since they were taken', async () => {
    // The app's own connection writes the next 4,000 stories and analyses nothing.
    await seedArchive(server, { from: 3000, to: 7000 })
    const outcome = await refreshStaleStatistics(server)
    expect(await scansOf(server)).toEqual([])
    expect(outcome).toBe('analysed')
    expect(await refreshStaleStatistics(server)).toBe('current')
  }, 300_000)
})
