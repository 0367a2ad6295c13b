import type { PayloadRequest } from 'payload'

// Any constant works; it names the Read-also sync among the app's advisory locks.
const lockKey = 7215031

type SqlSession = { db: { execute: (query: unknown) => Promise<unknown> } }

/**
 * Serialises link syncs on PostgreSQL for the rest of the transaction, so that of two articles saved at once and
 * linking to each other, the second sees the first's committed links. SQLite already serialises writers; MongoDB
 * runs without multi-document transactions unless it is a replica set.
 */
export async function lockReadAlso(req: PayloadRequest): Promise<void> {
  const adapter = req.payload.db as unknown as { name: string; sessions?: Record<string, SqlSession> }
  if (adapter.name !== 'postgres' || !req.transactionID) return
  const session = adapter.sessions?.[String(await req.transactionID)]
  if (!session) return
  const { sql } = await import('@payloadcms/db-postgres')
  await session.db.execute(sql`select pg_advisory_xact_lock(${lockKey})`)
}
