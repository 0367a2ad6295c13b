import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

/**
 * The importer's own connection to a SQLite file, for its transactions.
 *
 * Payload's SQLite transactions go through drizzle to `@libsql/client`'s `transaction()`, which hands the client's
 * connection to the transaction and opens a new one for the client; commit and rollback never close the connection
 * handed over. An import opens a transaction per chunk of stories, so a large one would leave hundreds of connections
 * (a file handle and a page cache each) behind until the garbage collector happens to finalize them, and the memory
 * they took is not given back. The importer instead keeps one connection of its own per Payload instance, opened on
 * its first transaction with the settings of the adapter's connection and closed with the adapter, and runs
 * BEGIN IMMEDIATE … COMMIT or ROLLBACK on it itself. Its transactions are registered as Payload sessions, so that
 * `req.transactionID`, `commitTransaction` and `killTransaction` work as with the adapter's own; they take the
 * connection one after another.
 */

type Rows = { rows: ArrayLike<unknown>[] }

type LibsqlClient = { close: () => void; execute: (statement: string) => Promise<Rows> }

type Session = { db: unknown; reject: () => Promise<void>; resolve: () => Promise<void> }

/** The parts of @payloadcms/db-sqlite's adapter used here. */
type SqliteAdapter = {
  client: LibsqlClient
  clientConfig?: { url?: unknown }
  destroy?: (...args: unknown[]) => Promise<unknown>
  initializing?: Promise<unknown>
  logger?: unknown
  schema: Record<string, unknown>
  sessions: Record<string, Session>
}

type Connection = {
  client: LibsqlClient
  db: unknown
  /** Resolves with the function that lets the next transaction take the connection, once it is this one's turn. */
  take: () => Promise<() => void>
}

/** Settings of the adapter's connection that a connection does not inherit from the file; the journal mode it does. */
const copiedPragmas = ['busy_timeout', 'synchronous', 'foreign_keys', 'journal_size_limit']

const connections = new WeakMap<object, Promise<Connection | undefined>>()
const closing = new WeakSet<object>()

/** Whether the adapter's database can take a second connection: a file, not an in-memory database. */
function onFile(adapter: SqliteAdapter): boolean {
  const url = adapter.clientConfig?.url
  return typeof url === 'string' && url.startsWith('file:') && !/:memory:|mode=memory/.test(url)
}

/** One at a time: each caller waits for the previous one to release. */
function queue(): () => Promise<() => void> {
  let last = Promise.resolve()
  return () => {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const previous = last
    last = previous.then(() => turn)
    return previous.then(() => release)
  }
}

async function open(adapter: SqliteAdapter): Promise<Connection | undefined> {
  let libsql: typeof import('@libsql/client')
  let orm: typeof import('drizzle-orm/libsql')
  try {
    // The SQLite adapter's own dependencies; a host that lacks them keeps Payload's transactions.
    libsql = await import('@libsql/client')
    orm = await import('drizzle-orm/libsql')
  } catch {
    return undefined
  }
  const client = libsql.createClient(adapter.clientConfig as Parameters<typeof libsql.createClient>[0]) as unknown as LibsqlClient
  try {
    for (const pragma of copiedPragmas) {
      const value = (await adapter.client.execute(`PRAGMA ${pragma}`)).rows[0]?.[0]
      if (typeof value === 'number' || typeof value === 'bigint') await client.execute(`PRAGMA ${pragma} = ${value}`)
    }
  } catch (error) {
    client.close()
    throw error
  }
  const db = orm.drizzle(client as never, { logger: (adapter.logger || false) as false, schema: adapter.schema })
  return { client, db, take: queue() }
}

/** The importer's connection for this adapter, opened on first use; closed (and forgotten) when the adapter is. */
function connectionOf(adapter: SqliteAdapter): Promise<Connection | undefined> {
  let connection = connections.get(adapter)
  if (!connection) {
    connection = open(adapter)
    connections.set(adapter, connection)
    connection.catch(() => connections.delete(adapter))
    closeWithAdapter(adapter)
  }
  return connection
}

function closeWithAdapter(adapter: SqliteAdapter): void {
  if (closing.has(adapter)) return
  closing.add(adapter)
  const destroy = adapter.destroy
  adapter.destroy = async function (this: unknown, ...args: unknown[]) {
    const connection = connections.get(adapter)
    connections.delete(adapter)
    const open = await connection?.catch(() => undefined)
    open?.client.close()
    return destroy?.apply(this, args)
  }
}

/**
 * Runs `begin` until it does not fail for another process's write lock (SQLITE_BUSY, "database is locked"): up to 200
 * attempts, 50 ms apart. Any other error is thrown at once.
 */
export async function retryWhileBusy<T>(begin: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await begin()
    } catch (error) {
      if (attempt >= 200 || !/SQLITE_BUSY|database is locked/.test((error as Error).message)) throw error
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

/**
 * Begins a transaction on the importer's connection to the adapter's SQLite file and registers it as a Payload
 * session; resolves with its id, or undefined when the database is not a file (an in-memory one cannot be shared by
 * a second connection) or the libsql client cannot be loaded. Another process writing at that moment (the app
 * serving editors) makes BEGIN fail with SQLITE_BUSY once the connection's busy timeout is over, so it is tried
 * again, for up to 200 attempts.
 */
export async function beginOwnTransaction(payload: Payload): Promise<string | undefined> {
  const adapter = payload.db as unknown as SqliteAdapter
  if (payload.db.name !== 'sqlite' || !onFile(adapter)) return undefined
  await adapter.initializing
  const connection = await connectionOf(adapter)
  if (!connection) return undefined
  const release = await connection.take()
  const { client } = connection
  try {
    await retryWhileBusy(() => client.execute('BEGIN IMMEDIATE'))
  } catch (error) {
    release()
    throw error
  }
  const id = randomUUID()
  let ended = false
  let commitError: unknown
  const end = () => {
    ended = true
    release()
  }
  adapter.sessions[id] = {
    db: connection.db,
    // Payload's commitTransaction calls reject when resolve throws: the failed commit is rolled back there.
    resolve: async () => {
      if (ended) return
      try {
        await client.execute('COMMIT')
      } catch (error) {
        commitError = error
        throw error
      }
      end()
    },
    reject: async () => {
      if (ended) return
      try {
        await client.execute('ROLLBACK')
      } catch {
        // No transaction left to roll back: SQLite ended it on the error itself.
      } finally {
        end()
      }
      // After a failed commit, the caller learns that nothing was saved.
      if (commitError) throw commitError
    },
  }
  return id
}
