import type { Payload, PayloadRequest } from 'payload'

import os from 'node:os'

import { readAlsoSavesSlug } from '../../collections/ReadAlsoSaves'
import { sqlAdapter, sqlTransaction } from '../sql'

type ArticleId = number | string
type MarkerId = number | string

/** Hook `context` flag for bulk writers that settle links themselves afterwards (as in the Articles hooks). */
const skipReadAlsoSync = 'skipReadAlsoSync'

/** The markers each request holds, by the article they are for (a create's from the moment its row is written). */
const held = new WeakMap<object, Map<string, MarkerId[]>>()

/** The drizzle calls the markers use: an insert returning the id and a delete by ids. */
type MarkerDb = {
  batch: (statements: unknown[]) => Promise<unknown>
  delete: (table: unknown) => { where: (condition: unknown) => Promise<unknown> }
  insert: (table: unknown) => { values: (row: Record<string, unknown>) => { returning: (fields: Record<string, unknown>) => Promise<{ id: MarkerId }[]> } }
}

function markerTable(payload: Payload) {
  const adapter = sqlAdapter(payload)
  const table = adapter?.tables[readAlsoSavesSlug.replaceAll('-', '_')]
  if (!adapter || !table) return undefined
  // The adapter's own drizzle operator: no import of the SQLite adapter, which a host may not install.
  const inArray = (adapter as unknown as { operators: { in: (column: unknown, values: unknown[]) => unknown } }).operators.in
  return { db: adapter.drizzle as unknown as MarkerDb, inArray, table }
}

/**
 * Whether a write of the request leaves its links to be written later, outside any transaction: only on SQLite (where
 * Payload saves without transactions), and not for writers in a transaction of their own (the importer) or those
 * that settle links themselves.
 */
async function interruptible(payload: Payload, req: Partial<PayloadRequest> | undefined): Promise<boolean> {
  if (payload.db.name !== 'sqlite' || !req || req.context?.[skipReadAlsoSync]) return false
  return !(await sqlTransaction(req as PayloadRequest))
}

/** This process, as markers name their owner. */
export const thisProcess = () => `${os.hostname()} ${process.pid}`

/**
 * Whether a marker's save may still be running: its owner is another process of this host that is alive. A marker of
 * this process's id at start is one a killed process of the same id left (a restarted container's server); one of
 * another host cannot be checked and counts as interrupted.
 */
export function runningElsewhere(owner: null | string | undefined): boolean {
  const at = (owner ?? '').lastIndexOf(' ')
  const host = owner?.slice(0, Math.max(at, 0))
  const pid = Number(owner?.slice(at + 1))
  if (at < 0 || host !== os.hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Writes a marker (one insert) and returns its id. */
async function writeMarker(payload: Payload, article: ArticleId | null, since: string): Promise<MarkerId | undefined> {
  const markers = markerTable(payload)
  if (!markers) return undefined
  const row = { article: article === null ? null : String(article), owner: thisProcess(), since }
  const [written] = await markers.db.insert(markers.table).values(row).returning({ id: markers.table.id })
  return written?.id
}

/** The delete of markers by id, as a statement not yet run. */
const markerDelete = (markers: NonNullable<ReturnType<typeof markerTable>>, ids: MarkerId[]) => markers.db.delete(markers.table).where(markers.inArray(markers.table.id, ids))

/** Deletes markers by id (one statement). */
export async function deleteMarkers(payload: Payload, ids: MarkerId[]): Promise<void> {
  const markers = markerTable(payload)
  if (!markers || ids.length === 0) return
  await markerDelete(markers, ids)
}

function hold(req: object, key: string, id: MarkerId) {
  let byArticle = held.get(req)
  if (!byArticle) held.set(req, (byArticle = new Map()))
  byArticle.set(key, [...(byArticle.get(key) ?? []), id])
}

function release(req: object, key: string): MarkerId[] {
  const byArticle = held.get(req)
  const ids = byArticle?.get(key) ?? []
  byArticle?.delete(key)
  return ids
}

/** The earlier of now and the `updatedAt` the row is written with, so that `updatedAt >= since` finds the row. */
function sinceOf(data: Record<string, unknown>): string {
  const value = data.updatedAt
  const updatedAt = typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : NaN
  return new Date(Number.isFinite(updatedAt) ? Math.min(Date.now(), updatedAt) : Date.now()).toISOString()
}

/**
 * On SQLite, makes the adapter write a marker just before it writes an article row for a save (create, update,
 * restore) and drop it again when that write fails (nothing was written). The marker stays until the save's link
 * rows are written: its delete runs in the batch that writes them (`saveEndStatements`), or after the sync when
 * the save changed no link (`linksWritten`), so only a process killed in between, or a link write that failed,
 * leaves one behind.
 */
export function markInterruptibleSaves(payload: Payload): void {
  if (payload.db.name !== 'sqlite') return
  const db = payload.db
  const create = db.create.bind(db)
  const updateOne = db.updateOne.bind(db)

  /** Runs an adapter write of an article row under a marker, dropped again when the write fails. */
  const marked = async <T>(args: { collection: string; data: Record<string, unknown>; req?: Partial<PayloadRequest> }, id: ArticleId | null, write: () => Promise<T>): Promise<T> => {
    const marker = await writeMarker(payload, id, sinceOf(args.data))
    let doc: T
    try {
      doc = await write()
    } catch (error) {
      if (marker !== undefined) await deleteMarkers(payload, [marker])
      throw error
    }
    if (marker !== undefined) hold(args.req!, String((doc as { id?: ArticleId } | null)?.id ?? id), marker)
    return doc
  }

  db.create = async (args) => {
    if (args.collection !== 'articles' || !(await interruptible(payload, args.req))) return create(args)
    return marked(args, null, () => create(args))
  }

  db.updateOne = async (args) => {
    if (args.collection !== 'articles' || !(await interruptible(payload, args.req))) return updateOne(args)
    return marked(args, 'id' in args && args.id !== undefined ? args.id : null, () => updateOne(args))
  }
}

/** Before a delete releases an article's links: a marker naming the article, until its row is gone. */
export async function markDelete(req: PayloadRequest, id: ArticleId): Promise<void> {
  if (!(await interruptible(req.payload, req))) return
  const marker = await writeMarker(req.payload, id, new Date().toISOString())
  if (marker !== undefined) hold(req, String(id), marker)
}

/**
 * The save or delete of `id` has written its link rows (or removed the article): its markers go, with the statements
 * its hooks left for the end of the save when no link batch took them (a save that changed no link), in one batch.
 */
export async function linksWritten(req: PayloadRequest, id: ArticleId): Promise<void> {
  const statements = saveEndStatements(req, [id])
  if (statements.length === 1) await statements[0]
  else if (statements.length > 1) await markerTable(req.payload)!.db.batch(statements)
}

/** Statements the hooks of a save under a marker leave for the commit that ends it, by request and article. */
const deferred = new WeakMap<object, Map<string, unknown[]>>()

/**
 * Leaves a statement (a drizzle query, not yet run) of the save of article `id` to the commit that ends the save under
 * its marker: the batch of its link rows, or the marker's delete when its links did not change. Answers false, and
 * keeps nothing, when the request holds no marker for the article (not a SQLite save, or one in a transaction): the
 * caller runs the statement itself. A save whose link write fails runs none of them, as it would have run none of the
 * hooks after the sync.
 */
export function deferToSaveEnd(req: PayloadRequest, id: ArticleId, statement: unknown): boolean {
  if (!held.get(req)?.get(String(id))?.length) return false
  let byArticle = deferred.get(req)
  if (!byArticle) deferred.set(req, (byArticle = new Map()))
  byArticle.set(String(id), [...(byArticle.get(String(id)) ?? []), statement])
  return true
}

function takeDeferred(req: object, id: ArticleId): unknown[] {
  const statements = deferred.get(req)?.get(String(id)) ?? []
  deferred.get(req)?.delete(String(id))
  return statements
}

/**
 * What ends the saves of `ids` under their markers, as statements to run in the batch that writes those articles'
 * link rows, so that the rows, the statements the save's hooks left (its change-log row) and the end of the markers
 * are one commit: a batch that fails leaves the markers in the database (they are no longer held, so nothing deletes
 * them later) and the next start repairs.
 */
export function saveEndStatements(req: PayloadRequest, ids: ArticleId[]): unknown[] {
  const markers = markerTable(req.payload)
  if (!markers || !held.get(req)) return []
  const left = ids.flatMap((id) => takeDeferred(req, id))
  const taken = ids.flatMap((id) => release(req, String(id)))
  return [...left, ...(taken.length > 0 ? [markerDelete(markers, taken)] : [])]
}
