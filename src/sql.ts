import type { Payload, PayloadRequest } from 'payload'

type Row = Record<string, unknown>

/** A drizzle handle (the adapter's connection or a transaction) as far as this project writes through it. */
export type SqlDb = {
  execute: (query: unknown) => Promise<unknown>
  insert: (table: unknown) => { values: (rows: Row[]) => Promise<unknown> & { returning: (fields: Row) => Promise<Row[]> } }
}

/** A drizzle-backed adapter (SQLite, PostgreSQL): its connection, open transactions and tables by name. */
export type SqlAdapter = {
  drizzle: SqlDb
  name: string
  sessions: Record<string, { db: SqlDb }>
  tables: Record<string, Record<string, unknown>>
}

/** The app's adapter when it is a SQL one, else undefined (MongoDB). */
export function sqlAdapter(payload: Payload): SqlAdapter | undefined {
  const adapter = payload.db as unknown as Partial<SqlAdapter>
  return adapter.drizzle && adapter.tables && adapter.sessions ? (adapter as SqlAdapter) : undefined
}

/** The transaction the request runs in on a SQL adapter, if it has one. */
export async function sqlTransaction(req: PayloadRequest): Promise<SqlDb | undefined> {
  const id = req.transactionID && (await req.transactionID)
  return id ? sqlAdapter(req.payload)?.sessions[String(id)]?.db : undefined
}

/** Where the request's SQL goes: its transaction, else the adapter's own connection. */
export async function sqlSession(req: PayloadRequest, adapter: SqlAdapter): Promise<SqlDb> {
  return (await sqlTransaction(req)) ?? adapter.drizzle
}

/**
 * Rows of a raw statement through the adapter's own `execute` (SQLite and PostgreSQL answer `{ rows }`), on `db`: the
 * request's transaction or the adapter's connection. Throws when the adapter answers without rows.
 */
export async function rawRows(adapter: SqlAdapter, db: SqlDb, raw: string): Promise<Row[]> {
  const execute = (adapter as unknown as { execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows?: Row[] }> }).execute
  const result = await execute({ drizzle: db, raw })
  if (!Array.isArray(result?.rows)) throw new Error('The adapter answered a raw statement without rows')
  return result.rows
}

/**
 * The insert of `rows` into a collection's table on the SQL adapters, in the request's transaction when it has one, as
 * a statement not yet run (await it, or hand it to a batch; wrapped, since a drizzle query is a thenable an `await`
 * would run): one statement, without the read-back of Payload's adapter `create`. Undefined elsewhere (MongoDB),
 * where the caller uses the adapter's `create`.
 */
export async function plainInsert(req: PayloadRequest, collection: string, rows: Row[]): Promise<{ statement: Promise<unknown> } | undefined> {
  const adapter = sqlAdapter(req.payload)
  const table = adapter?.tables[collection.replaceAll('-', '_')]
  if (!adapter || !table) return undefined
  return { statement: (await sqlSession(req, adapter)).insert(table).values(rows) }
}
