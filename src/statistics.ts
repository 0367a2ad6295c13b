import type { Payload } from 'payload'

/**
 * Brings the query planner's statistics up to date, so that it picks the selective index of a query (a link's
 * `from`, an article's id) over a flag that most rows share. SQLite keeps none until ANALYZE runs, and never
 * refreshes them by itself: run after migrations (when none exist yet, or `PRAGMA optimize` finds them stale) and
 * after bulk imports. `analysis_limit` bounds the work to a sample of each index, so this takes well under a
 * second even on a large archive. PostgreSQL's autovacuum analyses on its own; after a bulk import ANALYZE makes
 * the new rows count at once. MongoDB needs nothing.
 */
export async function refreshStatistics(payload: Payload, { ifMissing = false } = {}): Promise<void> {
  if (payload.db.name === 'sqlite') {
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: unknown[] }> } }).client
    await client.execute('PRAGMA analysis_limit = 1000')
    const { rows } = await client.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
    if (ifMissing && rows.length > 0) await client.execute('PRAGMA optimize')
    else await client.execute('ANALYZE')
  } else if (payload.db.name === 'postgres') {
    await (payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }).pool.query('ANALYZE')
  }
}

type SqliteClient = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/** The stored statistics each adapter's connection last loaded or saw. */
const seenStatistics = new WeakMap<object, string>()

/**
 * Keeps the planner statistics of a long-lived SQLite connection current. SQLite loads them when a connection opens
 * and never again by itself: another process's ANALYZE (`npm run import` while the app serves) leaves the server
 * planning with the old ones, and a site that grew from the demo stories to an archive in one process plans with
 * figures for a handful of rows. Either way the planner can trade an index search for a walk of a whole table.
 * This reloads the stored statistics when another connection changed them (`ANALYZE sqlite_schema`), and analyses
 * again when the articles table has more than doubled or halved since its last analysis. Answers what it did.
 */
export async function refreshStaleStatistics(payload: Payload): Promise<'analysed' | 'current' | 'reloaded'> {
  if (payload.db.name !== 'sqlite') return 'current'
  const client = (payload.db as unknown as { client: SqliteClient }).client
  const stored = async () => {
    const { rows } = await client.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
    if (rows.length === 0) return { analysed: 0, fingerprint: '' }
    const stats = await client.execute('SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY tbl, idx')
    const article = stats.rows.find((row) => row.tbl === 'articles')
    return { analysed: Number(String(article?.stat ?? '0').split(' ')[0]) || 0, fingerprint: JSON.stringify(stats.rows) }
  }
  const before = await stored()
  const { rows } = await client.execute('SELECT count(*) AS n FROM articles')
  const now = Number(rows[0]?.n ?? 0)
  const [low, high] = before.analysed < now ? [before.analysed, now] : [now, before.analysed]
  if (high > 2 * low && high - low >= 500) {
    await refreshStatistics(payload)
    seenStatistics.set(payload.db, (await stored()).fingerprint)
    return 'analysed'
  }
  const seen = seenStatistics.get(payload.db)
  seenStatistics.set(payload.db, before.fingerprint)
  if (seen === undefined || seen === before.fingerprint) return 'current'
  await client.execute('ANALYZE sqlite_schema')
  return 'reloaded'
}
