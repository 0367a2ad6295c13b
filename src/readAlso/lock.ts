import type { PayloadRequest } from 'payload'

import { sqlTransaction } from '../sql'

// Any constant works; it names the Read-also sync among the app's advisory locks.
const lockKey = 7215031

/** The tail of the queue of link syncs waiting on each SQLite database adapter of this process. */
const queues = new WeakMap<object, Promise<unknown>>()

/**
 * Runs a link sync so that no other one runs at the same time, so that of two articles saved at once and linking to
 * each other, the second sees the first's links. PostgreSQL: an advisory lock held to the end of the save's
 * transaction. SQLite, where Payload runs saves without transactions: syncs of this process queue one after the
 * other (the app is the only process that saves through Payload; the importer writes in its own transactions).
 * MongoDB runs without multi-document transactions unless it is a replica set, and is not serialised here.
 */
export async function withReadAlsoLock<T>(req: PayloadRequest, sync: () => Promise<T>): Promise<T> {
  const { db } = req.payload
  if (db.name === 'postgres') {
    await lockBeforeWriting(req)
    return sync()
  }
  if (db.name !== 'sqlite' || (await sqlTransaction(req))) return sync()
  const before = queues.get(db) ?? Promise.resolve()
  const run = before.then(sync, sync)
  queues.set(
    db,
    run.catch(() => undefined),
  )
  return run
}

/**
 * On PostgreSQL, takes the link-sync lock for the save's transaction before the save writes its article row. Taken
 * only after that write, two saves could each hold an article row the other's link rows refer to while waiting for
 * the lock (a deadlock). Taking it again later in the same transaction is free.
 */
export async function lockBeforeWriting(req: PayloadRequest): Promise<void> {
  if (req.payload.db.name !== 'postgres') return
  const transaction = await sqlTransaction(req)
  if (!transaction) return
  // A plain statement (the key is a constant): no import of the PostgreSQL adapter, which a host may not install.
  await transaction.execute(`select pg_advisory_xact_lock(${lockKey})`)
}
