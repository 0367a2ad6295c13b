import type { PayloadRequest } from 'payload'

import { sqlTransaction } from '../sql'

// Any constant works; it names the Read-also sync among the app's advisory locks.
const lockKey = 7215031

/**
 * Serialises link syncs on PostgreSQL for the rest of the transaction, so that of two articles saved at once and
 * linking to each other, the second sees the first's committed links. SQLite already serialises writers; MongoDB
 * runs without multi-document transactions unless it is a replica set.
 */
export async function lockReadAlso(req: PayloadRequest): Promise<void> {
  if (req.payload.db.name !== 'postgres') return
  const transaction = await sqlTransaction(req)
  if (!transaction) return
  const { sql } = await import('@payloadcms/db-postgres')
  await transaction.execute(sql`select pg_advisory_xact_lock(${lockKey})`)
}
