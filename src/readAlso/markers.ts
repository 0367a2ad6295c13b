import type { Payload, PayloadRequest } from 'payload'

import os from 'node:os'

import { readAlsoSavesSlug } from '../../collections/ReadAlsoSaves'
import { rawRows, sqlAdapter, sqlTransaction } from '../sql'
import { quoteIdentifier, tableRef } from '../sqlRows'

type ArticleId = number | string
type MarkerId = number | string

/** Hook `context` flag for bulk writers that settle links themselves afterwards (as in the Articles hooks). */
const skipReadAlsoSync = 'skipReadAlsoSync'

/**
 * What each request holds open, by the article it is for: marker rows (a delete's) and save flags, the `updatedAt`
 * of each article row it wrote with its `readAlsoPending` flag set (a create's from the moment its row is written).
 */
type Held = { flags: string[]; markers: MarkerId[] }
const held = new WeakMap<object, Map<string, Held>>()

/** The drizzle calls the markers and flags use: an insert returning the id, a delete by ids, an update. */
type MarkerDb = {
  batch: (statements: unknown[]) => Promise<unknown>
  delete: (table: unknown) => { where: (condition: unknown) => Promise<unknown> }
  update: (table: unknown) => { set: (values: Record<string, unknown>) => { where: (condition: unknown) => Promise<unknown> } }
  insert: (table: unknown) => { values: (row: Record<string, unknown>) => { returning: (fields: Record<string, unknown>) => Promise<{ id: MarkerId }[]> } }
}

type Operators = {
  and: (...conditions: unknown[]) => unknown
  equals: (column: unknown, value: unknown) => unknown
  in: (column: unknown, values: unknown[]) => unknown
  or: (...conditions: unknown[]) => unknown
}

function markerTable(payload: Payload) {
  const adapter = sqlAdapter(payload)
  const table = adapter?.tables[readAlsoSavesSlug.replaceAll('-', '_')]
  const articles = adapter?.tables.articles
  if (!adapter || !table || !articles) return undefined
  // The adapter's own drizzle operators: no import of the SQLite adapter, which a host may not install.
  const operators = (adapter as unknown as { operators: Operators }).operators
  return { articles, db: adapter.drizzle as unknown as MarkerDb, inArray: operators.in, operators, table }
}

/** The article column that flags a save whose links are not written yet, holding its owner as markers do. */
export const pendingField = 'readAlsoPending'

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

/**
 * The flagged article rows, with their owners: one plain statement off the partial index of flagged rows (the
 * migration's), with no order that could trade it for a walk of the archive. Empty where there is no such column.
 */
export async function flaggedSaves(payload: Payload): Promise<{ id: string; owner: string }[]> {
  const adapter = sqlAdapter(payload)
  const table = adapter?.tables.articles as Record<string, { name?: unknown }> | undefined
  const [id, flag] = [table?.id?.name, table?.[pendingField]?.name]
  const from = table && tableRef(table)
  if (!adapter || typeof id !== 'string' || typeof flag !== 'string' || !from) return []
  const rows = await rawRows(adapter, adapter.drizzle, `SELECT ${quoteIdentifier(id)}, ${quoteIdentifier(flag)} FROM ${from} WHERE ${quoteIdentifier(flag)} IS NOT NULL`)
  return rows.map((row) => ({ id: String(row[id]), owner: String(row[flag]) }))
}

/** Clears the flags of articles whose links the start-up repair has re-derived (one statement). */
export async function clearFlags(payload: Payload, ids: ArticleId[]): Promise<void> {
  const markers = markerTable(payload)
  if (!markers || ids.length === 0) return
  const table = markers.articles as Record<string, unknown>
  await markers.db.update(table).set({ [pendingField]: null }).where(markers.inArray(table.id, ids))
}

function hold(req: object, key: string, entry: { flag: string } | { marker: MarkerId }) {
  let byArticle = held.get(req)
  if (!byArticle) held.set(req, (byArticle = new Map()))
  const entries = byArticle.get(key) ?? { flags: [], markers: [] }
  if ('flag' in entry) entries.flags.push(entry.flag)
  else entries.markers.push(entry.marker)
  byArticle.set(key, entries)
}

function release(req: object, key: string): Held {
  const byArticle = held.get(req)
  const entries = byArticle?.get(key) ?? { flags: [], markers: [] }
  byArticle?.delete(key)
  return entries
}

const isHeld = (req: object, key: string) => {
  const entries = held.get(req)?.get(key)
  return Boolean(entries && entries.flags.length + entries.markers.length > 0)
}

/**
 * On SQLite, makes the adapter write an article row for a save (create, update, restore) with its `readAlsoPending`
 * flag set to this process, in the row's own statement. The flag stays until the save's link rows are written: it is
 * cleared in the batch that writes them (`saveEndStatements`), or after the sync when the save changed no link
 * (`linksWritten`), and only where the row still has the `updatedAt` this save wrote, so that a later save of the same
 * story still in flight keeps its flag. Only a process killed in between, or a link write that failed, leaves one.
 * Versions never keep the flag.
 */
export function markInterruptibleSaves(payload: Payload): void {
  if (payload.db.name !== 'sqlite') return
  const db = payload.db
  const create = db.create.bind(db)
  const updateOne = db.updateOne.bind(db)
  const createVersion = db.createVersion.bind(db)

  /** Runs an adapter write of an article row with the flag set, and holds the flag for the request. */
  const flagged = async <T>(args: { data: Record<string, unknown>; req?: Partial<PayloadRequest> }, id: ArticleId | null, write: (data: Record<string, unknown>) => Promise<T>): Promise<T> => {
    const doc = await write({ ...args.data, [pendingField]: thisProcess() })
    const written = doc as { id?: ArticleId; updatedAt?: unknown } | null
    const updatedAt = written?.updatedAt ?? args.data.updatedAt
    hold(args.req!, String(written?.id ?? id), { flag: updatedAt instanceof Date ? updatedAt.toISOString() : String(updatedAt ?? '') })
    return doc
  }

  db.create = async (args) => {
    if (args.collection !== 'articles' || !(await interruptible(payload, args.req))) return create(args)
    return flagged(args, null, (data) => create({ ...args, data }))
  }

  db.updateOne = async (args) => {
    if (args.collection !== 'articles' || !(await interruptible(payload, args.req))) return updateOne(args)
    return flagged(args, 'id' in args && args.id !== undefined ? args.id : null, (data) => updateOne({ ...args, data } as typeof args))
  }

  db.createVersion = async (args) => {
    const data = args.versionData as Record<string, unknown> | undefined
    if (args.collectionSlug !== 'articles' || data?.[pendingField] == null) return createVersion(args)
    return createVersion({ ...args, versionData: { ...data, [pendingField]: null } as unknown as typeof args.versionData })
  }
}

/** Before a delete releases an article's links: a marker naming the article, until its row is gone. */
export async function markDelete(req: PayloadRequest, id: ArticleId): Promise<void> {
  if (!(await interruptible(req.payload, req))) return
  const marker = await writeMarker(req.payload, id, new Date().toISOString())
  if (marker !== undefined) hold(req, String(id), { marker })
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
  if (!isHeld(req, String(id))) return false
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
  const taken = ids.map((id) => ({ id, ...release(req, String(id)) }))
  const marked = taken.flatMap((entry) => entry.markers)
  const { and, equals, or } = markers.operators
  const table = markers.articles as Record<string, unknown>
  // Each flag as this save wrote it: the row's id and the `updatedAt` of its write.
  const flags = taken.flatMap(({ flags, id }) => flags.map((updatedAt) => and(equals(table.id, id), equals(table.updatedAt, updatedAt))))
  return [
    ...left,
    ...(marked.length > 0 ? [markerDelete(markers, marked)] : []),
    ...(flags.length > 0 ? [markers.db.update(table).set({ [pendingField]: null }).where(flags.length === 1 ? flags[0] : or(...flags))] : []),
  ]
}
