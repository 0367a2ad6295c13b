import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter, sql } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { refreshStatistics } from './statistics'

export { refreshStatistics }

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

/** Where the embedded default keeps its database, uploads and generated secret: ./data unless NEWSROOM_DATA_DIR says. */
export function dataDir(): string {
  return path.resolve(process.env.NEWSROOM_DATA_DIR ?? 'data')
}

// Relative to the working directory: only the migration CLI, run from the project root, reads these folders.
const migrationsRoot = path.resolve('migrations')

/** Which adapter a DATABASE_URI selects; unset means the embedded SQLite file in ./data. */
export function databaseKind(uri = process.env.DATABASE_URI): DatabaseKind {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `DATABASE_URI must be unset (embedded SQLite), file:…, postgres://… or mongodb://…; got "${uri.split(':')[0]}:…"`,
  )
}

/**
 * The one adapter switch. SQL adapters never push their schema: the committed migrations for that adapter are the
 * schema, applied on start by `prepareDatabase`, so dev and production databases are built the same way.
 */
export function databaseFromEnv(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  switch (databaseKind(uri)) {
    case 'mongodb':
      return mongooseAdapter({ url: uri! })
    case 'postgres': {
      const max = poolMax()
      const adapter = postgresAdapter({
        migrationDir: path.join(migrationsRoot, 'postgres'),
        pool: { connectionString: uri, max },
        push: false,
      })
      const init = adapter.init
      adapter.init = (args) => exclusiveJobClaims(limitTransactions(init(args), max - reservedConnections(max)))
      return adapter
    }
    case 'sqlite': {
      const url = uri || `file:${path.join(dataDir(), 'newsroom.db')}`
      fs.mkdirSync(path.dirname(url.replace(/^file:/, '')), { recursive: true })
      return sqliteAdapter({
        client: { url },
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        push: false,
        // Write-ahead log: readers (the app serving pages) go on while an import writes, and a save costs one
        // sequential append instead of rewriting pages through a rollback journal. Synchronous stays FULL: a saved
        // story survives a power cut.
        wal: true,
      })
    }
  }
}

/** PostgreSQL connections per app server: DATABASE_POOL_MAX, 10 unless set (at least 2). */
export function poolMax(value = process.env.DATABASE_POOL_MAX): number {
  if (value === undefined || value === '') return 10
  const max = Number(value)
  if (!Number.isInteger(max) || max < 2) throw new Error(`DATABASE_POOL_MAX must be a whole number of at least 2; got "${value}"`)
  return max
}

/** Connections of the pool that no transaction may take: a fifth of them, at least one. */
export function reservedConnections(max: number): number {
  return Math.max(1, Math.floor(max / 5))
}

type TransactionAdapter = {
  beginTransaction: (options?: unknown) => Promise<null | number | string>
  commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  rollbackTransaction: (id: number | Promise<number | string> | string) => Promise<void>
}

/**
 * Lets at most `slots` transactions be open at once in this process; the others wait for one to end before they
 * take a connection. A save holds its transaction's connection while it waits for the Read-also lock, and Payload
 * runs some of a save's reads outside the transaction (the edit-lock check of a REST update, for one). With as many
 * saves at once as the pool has connections, every connection would hold a transaction and those reads would wait
 * for ever. Keeping connections free of transactions means such reads, which never wait on a lock themselves,
 * always find a connection, so the transaction holding the lock finishes and the next one goes on.
 */
export function limitTransactions<T extends object>(adapter: T, slots: number): T {
  const db = adapter as T & TransactionAdapter
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const open = new Set<string>()
  const waiting: (() => void)[] = []
  let free = slots
  const acquire = () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve)))
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else free++
  }
  const end = (finish: typeof commit) => async (incoming: Parameters<typeof commit>[0]) => {
    const id = String(await incoming)
    try {
      await finish(incoming)
    } finally {
      if (open.delete(id)) release()
    }
  }
  db.beginTransaction = async (options) => {
    await acquire()
    let id: Awaited<ReturnType<typeof begin>>
    try {
      id = await begin(options)
    } catch (error) {
      release()
      throw error
    }
    if (id) open.add(String(id))
    else release()
    return id
  }
  db.commitTransaction = end(commit)
  db.rollbackTransaction = end(rollback)
  return adapter
}

// Any constant works; it names the job claim among the app's advisory locks (the Read-also sync has its own).
const jobClaimLockKey = 7215032

type JobsAdapter = {
  sessions: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } }>
  updateJobs: (args: { data?: { processing?: unknown }; id?: unknown; req?: { transactionID?: unknown } }) => Promise<unknown>
}

/**
 * Makes a job runner's claim of due jobs exclusive among app servers on one PostgreSQL database. Payload's runner
 * claims jobs in one transaction: it reads the due jobs not yet processing, then marks each `processing`. Two
 * servers' runners (both tick on the same cron second) can read before either has marked, and then both run the same
 * job: a scheduled publication published twice. An advisory lock taken at the start of the claiming transaction,
 * held to its commit, makes the second runner read only after the first one's marks are committed, so it skips
 * those jobs. Claims take milliseconds; the jobs themselves run outside the lock.
 */
export function exclusiveJobClaims<T extends object>(adapter: T): T {
  const db = adapter as T & JobsAdapter
  const updateJobs = db.updateJobs
  db.updateJobs = async function (this: unknown, args) {
    const claims = args.id === undefined && args.data?.processing === true
    const transactionID = claims ? await args.req?.transactionID : undefined
    const session = transactionID ? db.sessions[String(transactionID)]?.db : undefined
    if (session) await session.execute(sql`select pg_advisory_xact_lock(${jobClaimLockKey})`)
    return updateJobs.call(this, args)
  }
  return adapter
}

/**
 * Readies the database on start. SQLite: writers in other processes (an import from the command line while the app
 * serves) hold the file for milliseconds at a time, so a write waits up to 5 s for them instead of failing at once
 * with "database is locked", on every connection the client opens. Payload runs the app's saves without
 * transactions; only the bulk importer opens them, one chunk at a time with nothing else writing in its process, so
 * the wait is never on the process itself. Then the committed migrations.
 */
export async function prepareDatabase(payload: Payload): Promise<void> {
  if (databaseKind() === 'sqlite') await waitForOtherWriters(payload)
  await applyMigrations(payload)
  await refreshStatistics(payload, { ifMissing: true })
}

type LibsqlClient = { execute: (sql: string) => Promise<unknown>; transaction: (mode?: string) => Promise<unknown> }
const busyTimeout = 'PRAGMA busy_timeout = 5000'
const waiting = new WeakSet<object>()

/**
 * Sets the 5 s wait on the SQLite connection, and on every connection the client opens later: a transaction (an
 * import in this process) takes the client's connection with it, and the client opens a new one for what follows,
 * which would otherwise fail at once with "database is locked" whenever another process writes.
 */
async function waitForOtherWriters(payload: Payload): Promise<void> {
  const client = (payload.db as unknown as { client: LibsqlClient }).client
  await client.execute(busyTimeout)
  if (waiting.has(client)) return
  waiting.add(client)
  const transaction = client.transaction.bind(client)
  client.transaction = async (mode) => {
    const taken = await transaction(mode)
    // The next statement opens the client's new connection: this one, so that it waits too.
    await client.execute(busyTimeout)
    return taken
  }
}

/** Applies the committed migrations of the configured SQL adapter; MongoDB needs none. */
export async function applyMigrations(payload: Payload): Promise<void> {
  const kind = databaseKind()
  if (kind === 'mongodb' || process.env.PAYLOAD_MIGRATING === 'true') return
  const migrations = kind === 'postgres' ? postgresMigrations : sqliteMigrations
  // Generated migrations type their arguments per adapter; the base adapter's migrate() takes them untyped.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
