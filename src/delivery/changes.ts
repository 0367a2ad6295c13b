import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  Endpoint,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'

import { changeLogSlug } from '../../collections/ChangeLog'
import { hasRole } from '../access/roles'
import { lockBeforeWriting } from '../readAlso/lock'
import { deferToSaveEnd } from '../readAlso/markers'
import { plainInsert } from '../sql'
import { findRows } from '../sqlRows'

/** The collections whose changes site builds follow. */
export const trackedCollections = ['articles', 'authors', 'sources', 'topics'] as const

export const defaultChangesRetentionDays = 30

export type PublicState = { published: boolean; slug: null | string; status: null | string }

/** Where a save leaves what readers saw before it and see after it, for hooks that run later (webhooks). */
export const publicChangeKey = (collection: string, id: number | string) => `newsroomPublicChange:${collection}:${String(id)}`

const stashKey = (collection: string, id: number | string) => `newsroomPublicState:${collection}:${String(id)}`

/**
 * What anonymous readers see of a document right now: the collection's own table, which a draft save leaves alone
 * (Payload writes drafts to the versions table only), so a draft's slug never reaches the public log.
 */
const hasDrafts = (config: Pick<CollectionConfig, 'versions'> | undefined) =>
  Boolean(config?.versions && typeof config.versions === 'object' && config.versions.drafts)

/**
 * Appends one row to the change log, straight through the database adapter in the save's transaction: the row is
 * complete as written (no defaults, hooks or access to apply), and Payload's create operation would cost a save its
 * own validation and read-back on every write of a tracked document.
 */
async function writeChange(req: PayloadRequest, data: Record<string, unknown> & { collection: string; doc: string }): Promise<void> {
  // On PostgreSQL, under the content lock held to the end of the save's transaction (article saves hold it from
  // before they write): the log's ids are then handed out in commit order, so a build that has read up to one id
  // never misses a lower one committed later.
  await lockBeforeWriting(req)
  const now = new Date().toISOString()
  const row = { ...data, createdAt: now, updatedAt: now }
  const insert = await plainInsert(req, changeLogSlug, [row])
  if (insert) {
    // A SQLite article save (no transaction) writes its row in the commit that ends the save, with its link rows.
    if (data.collection === 'articles' && !data.deleted && deferToSaveEnd(req, data.doc, insert.statement)) return
    await insert.statement
    return
  }
  await req.payload.db.create({ collection: changeLogSlug, data: row, req })
}

/** What readers see of a collection's stored row (null: no row). */
function stateOf(collection: Pick<CollectionConfig, 'versions'> | undefined, row: { _status?: string; slug?: string } | null): PublicState {
  if (!row) return { published: false, slug: null, status: null }
  const status = hasDrafts(collection) ? (row._status ?? 'draft') : 'published'
  return { published: status === 'published', slug: row.slug ?? null, status }
}

/** Whether the collection's rows carry a slug (part of what readers see). */
const hasSlug = (config: Pick<CollectionConfig, 'fields'> & { flattenedFields?: { name: string }[] } | undefined) =>
  Boolean(config?.flattenedFields?.some((field) => field.name === 'slug'))

/** Per request: the public state of the rows its updates wrote to tracked collections' own tables, by collection and id. */
const writtenRows = new WeakMap<object, Map<string, PublicState>>()

/**
 * Makes the adapter remember, per request, what each update of a tracked collection's row wrote, so that the log's
 * after-state of a save that wrote its row is that row instead of a read of it. A draft save writes no row (Payload
 * writes drafts to the versions table only): its after-state is still read.
 */
export function rememberWrittenRows(payload: Payload): void {
  const db = payload.db
  const updateOne = db.updateOne.bind(db)
  db.updateOne = async (args) => {
    const row = (await updateOne(args)) as unknown as ({ _status?: string; id?: number | string; slug?: string } & Record<string, unknown>) | null | undefined
    if (!args.req || !row || row.id === undefined || !(trackedCollections as readonly string[]).includes(args.collection)) return row as never
    const config = payload.collections[args.collection as CollectionSlug]?.config
    // Only a whole row: one written with a `select` could lack the columns the state is made of.
    if ((!hasDrafts(config) || '_status' in row) && (!hasSlug(config) || 'slug' in row)) {
      let byRow = writtenRows.get(args.req)
      if (!byRow) writtenRows.set(args.req, (byRow = new Map()))
      byRow.set(`${args.collection}:${String(row.id)}`, stateOf(config, row))
    }
    return row as never
  }
}

/** The state an update of this request wrote for the row, once (the next save of the same row in the request writes anew). */
function takeWritten(req: PayloadRequest, collection: string, id: number | string): PublicState | undefined {
  const byRow = writtenRows.get(req)
  const key = `${collection}:${String(id)}`
  const state = byRow?.get(key)
  byRow?.delete(key)
  return state
}

async function publicState(req: PayloadRequest, collection: string, id: number | string): Promise<PublicState> {
  // Only the two columns the log needs: the whole row of an article carries its body.
  const config = req.payload.collections[collection as CollectionSlug]?.config
  const select: Record<string, true> = {}
  if (hasDrafts(config)) select._status = true
  if (hasSlug(config)) select.slug = true
  const where = { id: { equals: id } }
  // One plain statement on the SQL adapters (src/sqlRows.ts), else the adapter's findOne.
  const plain = await findRows(req, collection, where, undefined, select)
  const row = (plain ? (plain[0] ?? null) : await req.payload.db.findOne({ collection: collection as CollectionSlug, req, select, where })) as
    | { _status?: string; slug?: string }
    | null
  return stateOf(config, row)
}

const rememberBefore: CollectionBeforeChangeHook = async ({ collection, context, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    context[stashKey(collection.slug, originalDoc.id)] = await publicState(req, collection.slug, originalDoc.id)
  }
}

const logChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, req }) => {
  const before = (context[stashKey(collection.slug, doc.id)] as PublicState | undefined) ?? {
    published: false,
    slug: null,
    status: null,
  }
  // A create's row is the document handed to afterChange; an update's, the row it wrote (a draft save writes none).
  const after = operation === 'create' ? stateOf(collection, doc) : (takeWritten(req, collection.slug, doc.id) ?? (await publicState(req, collection.slug, doc.id)))
  context[publicChangeKey(collection.slug, doc.id)] = { after, before }
  await writeChange(req, {
    collection: collection.slug,
    deleted: false,
    doc: String(doc.id),
    published: after.published,
    // A delete names the slug readers knew, not one the unpublished data may carry.
    slug: after.published || !before.published ? (after.slug ?? before.slug) : before.slug,
    status: after.status,
    wasPublished: operation === 'update' && before.published,
  })
  return doc
}

const logDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await writeChange(req, {
    collection: collection.slug,
    deleted: true,
    doc: String(doc.id),
    published: false,
    slug: (doc as { slug?: string }).slug ?? null,
    status: 'deleted',
    wasPublished: hasDrafts(collection) ? (doc as { _status?: string })._status === 'published' : true,
  })
}

/** Adds the change-log hooks to a tracked collection. */
export function withChangeLog(collection: CollectionConfig): CollectionConfig {
  if (!(trackedCollections as readonly string[]).includes(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      // First, so that an article save's row can join the commit of its link rows (src/readAlso/markers.ts).
      afterChange: [logChange, ...(hooks.afterChange ?? [])],
      afterDelete: [...(hooks.afterDelete ?? []), logDelete],
      beforeChange: [...(hooks.beforeChange ?? []), rememberBefore],
    },
  }
}

/** A cursor names the last log row a build has applied and when it was handed out: `<id>-<ms since epoch>`. */
export function parseCursor(value: string): { at: number; id: number } | null {
  const match = /^(\d+)-(\d+)$/.exec(value)
  if (!match) return null
  return { at: Number(match[2]), id: Number(match[1]) }
}

const cursorOf = (id: number, at: number) => `${id}-${at}`

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, status })

type LogRow = {
  collection: string
  createdAt: string
  deleted?: boolean | null
  doc: string
  id: number
  published?: boolean | null
  slug?: null | string
  status?: null | string
  updatedAt: string
}

/**
 * `GET /api/changes?since=<cursor>&limit=<n>[&drafts=true]`: what happened to articles, authors, sources and topics
 * after the cursor, oldest first. Anonymous callers (and staff without `drafts=true`) see published content only:
 * `upsert` when a document is published after the change, `delete` when it was published before and is not now
 * (unpublished or deleted). Staff asking for drafts see every change. A cursor older than the retention answers 410.
 */
export function changesEndpoint({ retentionDays }: { retentionDays: number }): Endpoint {
  const retentionMs = retentionDays * 24 * 60 * 60 * 1000
  let lastPrune = 0
  return {
    handler: async (req) => {
      const params = new URL(req.url ?? 'http://localhost/').searchParams
      const now = Date.now()
      const sinceRaw = params.get('since') ?? '0'
      if (sinceRaw === 'latest') {
        // For a build that is about to pull everything: the cursor to follow changes from afterwards.
        const newest = await req.payload.find({ collection: changeLogSlug, depth: 0, limit: 1, overrideAccess: true, pagination: false, sort: '-id' })
        return json({ changes: [], hasMore: false, next: cursorOf((newest.docs[0]?.id as number | undefined) ?? 0, now) })
      }
      let since: { at: number; id: number } | null
      if (sinceRaw === '0') since = { at: now, id: 0 }
      else since = parseCursor(sinceRaw)
      if (!since) {
        return json({ errors: [{ message: `since: "${sinceRaw}" is not a cursor; use 0, latest or the "next" value of an earlier answer.` }] }, 400)
      }
      const limitRaw = params.get('limit') ?? '100'
      const limit = Number(limitRaw)
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        return json({ errors: [{ message: `limit: "${limitRaw}" must be a whole number from 1 to 1000.` }] }, 400)
      }
      const drafts = params.get('drafts') === 'true'
      if (drafts && !hasRole(req, 'contributor')) {
        return json({ errors: [{ message: 'drafts=true: only signed-in staff may follow changes to drafts.' }] }, 403)
      }
      if (drafts && !hasRole(req, 'editor')) {
        return json({ errors: [{ message: 'drafts=true: only editors and admins may follow changes to every draft.' }] }, 403)
      }

      // Rows older than the retention go, except the newest, so ids keep growing and never come back.
      if (now - lastPrune > 60_000) {
        lastPrune = now
        const newest = await req.payload.find({ collection: changeLogSlug, depth: 0, limit: 1, overrideAccess: true, pagination: false, sort: '-id' })
        const top = newest.docs[0]?.id
        if (top !== undefined) {
          await req.payload.db.deleteMany({
            collection: changeLogSlug,
            req,
            where: { and: [{ createdAt: { less_than: new Date(now - retentionMs).toISOString() } }, { id: { less_than: top } }] },
          })
        }
      }

      const expired = () =>
        json(
          { errors: [{ message: `since: the cursor is older than the ${retentionDays}-day retention of deletions; pull everything again and start from the "next" of a new answer.` }] },
          410,
        )
      if (since.id > 0 && now - since.at > retentionMs) return expired()
      if (since.id === 0) {
        const oldest = await req.payload.find({ collection: changeLogSlug, depth: 0, limit: 1, overrideAccess: true, pagination: false, sort: 'id' })
        const first = oldest.docs[0]?.id as number | undefined
        if (first !== undefined && first > 1) return expired()
      }

      const visible: Where = drafts ? {} : { or: [{ published: { equals: true } }, { wasPublished: { equals: true } }] }
      const found = await req.payload.find({
        collection: changeLogSlug,
        depth: 0,
        limit: limit + 1,
        overrideAccess: true,
        pagination: false,
        sort: 'id',
        where: { and: [{ id: { greater_than: since.id } }, visible] },
      })
      const rows = found.docs as unknown as LogRow[]
      const page = rows.slice(0, limit)
      const changes = page.map((row) => {
        const upsert = drafts ? !row.deleted : Boolean(row.published)
        return {
          collection: row.collection,
          id: /^\d+$/.test(row.doc) ? Number(row.doc) : row.doc,
          op: upsert ? 'upsert' : 'delete',
          slug: row.slug ?? null,
          ...(drafts ? { status: row.status ?? null } : {}),
          updatedAt: row.createdAt,
        }
      })
      const lastId = page.length > 0 ? page[page.length - 1].id : since.id
      return json({ changes, hasMore: rows.length > limit, next: cursorOf(lastId, now) })
    },
    method: 'get',
    path: '/changes',
  }
}
