import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  Config,
  Field,
  FieldBase,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import DataLoader from 'dataloader'

import { readAlsoLinksSlug } from '../../collections/ReadAlsoLinks'
import { rawRows, sqlAdapter, sqlSession } from '../sql'
import { documentOf, type Id, idArray, literal, planOf as linkPlanOf, type Row, valueOf } from '../sqlRows'

/**
 * The two join fields of an article over its Read-also links, read in one statement per field for a whole page of
 * articles on the SQL adapters, instead of Payload's join machinery (a subquery, a document traversal and access
 * checks per article and per link; in GraphQL one `find` per article). What a reader gets is the same: the same
 * rows, order, limit, `hasNextPage`, fields and access rules (`test/readAlso.joins.test.ts` compares both ways for
 * every kind of reader). Reads that ask for anything else of these joins (a `where`, a sort, a page, a count, a
 * `select`, drafts) go through Payload as before, as does everything on MongoDB.
 */
export const linkJoins = {
  readAlso: { on: 'from', order: 'position' },
  readAlsoFrom: { on: 'to', order: '-id' },
} as const

export type LinkJoin = keyof typeof linkJoins

const joinNames = Object.keys(linkJoins) as LinkJoin[]

const planOf = (payload: Payload) => linkPlanOf(payload, readAlsoLinksSlug, true)

export type LinkPage = { docs: Row[]; hasNextPage: boolean }

/** Stories per statement on PostgreSQL. */
const chunk = 100

/** The column that tells each row's join apart in the one statement of several joins. */
const joinTag = 'newsroom_join'

/**
 * The links of each of `joins` of every article in `ids`, in each join's order, at most `limit` per article (0: all),
 * read in one statement: per join, an index walk per article cut after its limit, the joins' rows told apart by a tag.
 * `onPublishedTarget` reads backlinks by `publishedTo`, as anonymous queries of the link collection do;
 * `publishedSources` keeps only links from published stories (the collection's read rule for anonymous readers).
 */
export async function readLinkRows(
  req: PayloadRequest,
  joins: LinkJoin[],
  ids: Id[],
  {
    fields,
    limit,
    onPublishedTarget = false,
    publishedSources,
  }: { fields?: string[]; limit: (join: LinkJoin) => number; onPublishedTarget?: boolean; publishedSources: boolean },
): Promise<Map<string, LinkPage>[]> {
  const plan = planOf(req.payload)
  const adapter = sqlAdapter(req.payload)
  if (!plan || !adapter) throw new Error('Link joins are read in SQL only on a SQL adapter')
  const pages = joins.map(() => new Map<string, LinkPage>())
  const unique = [...new Set(ids.map(String))].map((id) => ids.find((candidate) => String(candidate) === id)!)
  if (unique.length === 0 || joins.length === 0) return pages
  const columnOf = (key: string) => plan.columns.find((candidate) => candidate.path.join('.') === key)!
  const column = (key: string) => plan.quote(columnOf(key).key)
  const shapes = joins.map((join) => {
    const { on, order } = linkJoins[join]
    const onPath = on === 'to' && onPublishedTarget ? 'publishedTo' : on
    const descending = order.startsWith('-')
    const sortKey = order.replace(/^-/, '')
    const orderColumn = column(sortKey)
    return { descending, limit: limit(join), onColumn: column(onPath), onKey: columnOf(onPath).key, orderBy: `${orderColumn} ${descending ? 'DESC' : 'ASC'}`, orderColumn, onPath, sortKey }
  })
  // Links of published stories only (anonymous readers), on the columns of the table as `prefix` names it.
  const visible = (prefix: string) => (publishedSources ? ` AND ${prefix}${column('fromPublished')} = ${plan.truthy}` : '')
  // Only the columns the caller shapes its documents from (with the id, each join's key and order), when it names
  // them: every column costs the driver a conversion per row, five times the statement's own time in all.
  const keep = fields && new Set(['id', ...shapes.flatMap(({ onPath, sortKey }) => [onPath, sortKey]), ...fields])
  const columns = keep ? plan.columns.filter((candidate) => keep.has(candidate.path[0]!)) : plan.columns
  const tag = plan.quote(joinTag)
  const db = await sqlSession(req, adapter)
  const rows: Row[] = []
  if (plan.sqlite) {
    // One statement of the same shape for any number of stories: json_each walks the ids, and each story's rows are
    // cut after its (limit + 1)th by a lookup of that row's order value on the same index, a range of the index walk.
    // A compound of one subquery per story cost SQLite a parse and a plan per story: two thirds of its time for ten.
    // CROSS JOIN keeps the ids outside: SQLite would otherwise walk every link for a range on the row id.
    for (const id of unique) literal(id)
    const table = plan.table
    const listed = columns.map((candidate) => `l.${plan.quote(candidate.key)}`).join(', ')
    const arms = shapes.map(({ descending, limit: cut, onColumn, orderBy, orderColumn }, index) => {
      const cutAt =
        cut > 0
          ? ` AND l.${orderColumn} ${descending ? '>=' : '<='} coalesce((SELECT x.${orderColumn} FROM ${table} AS x WHERE x.${onColumn} = j.value${visible('x.')} ORDER BY x.${orderBy} LIMIT 1 OFFSET ${cut}), ${descending ? '-1e308' : '1e308'})`
          : ''
      return `SELECT ${index} AS ${tag}, ${listed} FROM json_each('${JSON.stringify(unique)}') AS j CROSS JOIN ${table} AS l WHERE l.${onColumn} = j.value${visible('l.')}${cutAt}`
    })
    rows.push(...(await rawRows(adapter, db, arms.join(' UNION ALL '))))
  } else {
    const list = columns.map((candidate) => plan.quote(candidate.key)).join(', ')
    // PostgreSQL plans a UNION of many subqueries slowly (4 ms for ten): one subquery per join joined laterally to
    // the ids plans once.
    for (let start = 0; start < unique.length; start += chunk) {
      const part = idArray(unique.slice(start, start + chunk))
      const arms = shapes.map(({ limit: cut, onColumn, orderBy }, index) => {
        const limited = cut > 0 ? ` LIMIT ${cut + 1}` : ''
        return `(SELECT ${index} AS ${tag}, l.* FROM unnest(${part}) AS p(id) CROSS JOIN LATERAL (SELECT ${list} FROM ${plan.table} WHERE ${onColumn} = p.id${visible('')} ORDER BY ${orderBy}${limited}) AS l)`
      })
      rows.push(...(await rawRows(adapter, db, arms.join(' UNION ALL '))))
    }
  }
  for (const row of rows) {
    const index = Number(row[joinTag])
    const { onKey } = shapes[index]!
    const key = String(valueOf('id', row[onKey]))
    const page = pages[index]!.get(key) ?? { docs: [], hasNextPage: false }
    pages[index]!.set(key, page)
    page.docs.push(documentOf(columns, row))
  }
  for (const [index, { descending, limit: cut, sortKey }] of shapes.entries()) {
    for (const page of pages[index]!.values()) {
      page.docs.sort((a, b) => (Number(a[sortKey]) - Number(b[sortKey])) * (descending ? -1 : 1))
      if (cut > 0 && page.docs.length > cut) {
        page.docs.length = cut
        page.hasNextPage = true
      }
    }
  }
  return pages
}

/** The link collection's read rule for this request: all links, those from published stories, or something else. */
async function linkReadRule(req: PayloadRequest, overrideAccess: boolean): Promise<'all' | 'other' | 'published'> {
  if (overrideAccess) return 'all'
  const read = req.payload.collections[readAlsoLinksSlug]?.config.access.read
  const rule = read ? await read({ req }) : Boolean(req.user)
  if (rule === true) return 'all'
  if (rule && typeof rule === 'object' && JSON.stringify(rule) === JSON.stringify({ fromPublished: { equals: true } })) return 'published'
  return 'other'
}

type ReadRule = NonNullable<NonNullable<FieldBase['access']>['read']>

const rulesOf = new WeakMap<object, [string, ReadRule][]>()

/** Every named data field of a collection, rows flattened, with its read rule. */
function readRules(collection: SanitizedCollectionConfig): [string, ReadRule][] {
  const cached = rulesOf.get(collection)
  if (cached) return cached
  const rules: [string, ReadRule][] = []
  rulesOf.set(collection, rules)
  const walk = (fields: Field[]) => {
    for (const field of fields) {
      if (field.type === 'row' || field.type === 'collapsible') walk(field.fields)
      else if ('name' in field && 'access' in field && field.access?.read) rules.push([field.name, field.access.read as ReadRule])
    }
  }
  walk(collection.fields)
  return rules
}

/**
 * A link row as Payload would hand it to this reader: the fields this reader may read (all of them, or those of
 * the collection's `defaultPopulate` when the link is populated into an article), then the collection's own
 * afterRead hooks (which blank unpublished targets for anonymous readers).
 */
async function asRead(req: PayloadRequest, doc: Row, { overrideAccess, populated }: { overrideAccess: boolean; populated: boolean }): Promise<Row> {
  const collection = req.payload.collections[readAlsoLinksSlug]!.config
  let shaped: Row = doc
  const populate = collection.defaultPopulate as Record<string, unknown> | undefined
  if (populated && populate) shaped = Object.fromEntries(Object.entries(doc).filter(([key]) => key === 'id' || populate[key]))
  if (!overrideAccess) {
    for (const [name, read] of readRules(collection)) {
      if (!(name in shaped)) continue
      const answer = read({ id: doc.id as Id, data: doc, doc, req, siblingData: doc })
      const allowed = answer instanceof Promise ? await answer : answer
      if (!allowed) delete shaped[name]
    }
  }
  for (const hook of collection.hooks.afterRead ?? []) {
    const answer = hook({ collection, context: req.context, doc: shaped, findMany: true, overrideAccess, query: {} as Where, req })
    shaped = ((answer instanceof Promise ? await answer : answer) as Row) ?? shaped
  }
  return shaped
}

type ReadArgs = {
  depth?: number
  draft?: boolean
  joins?: false | Record<string, unknown>
  overrideAccess?: boolean
  populate?: unknown
  req?: PayloadRequest
  select?: unknown
  trash?: boolean
}

type Served = {
  joins: LinkJoin[]
  /** A read of one story by id: its links, read beside Payload's own statements instead of after them. */
  early?: { id: Id; pages: Promise<Map<string, LinkPage>[]> }
  rule: 'all' | 'published'
}

/** Joins objects this module put on a read, with the joins it serves itself after the read. */
const served = new WeakMap<object, Served>()

/** The links of `joins` of the stories `ids` as `fillLinkJoins` hands them out, one statement for them all. */
function linkPages(req: PayloadRequest, read: ReadArgs, joins: LinkJoin[], rule: Served['rule'], ids: Id[]): Promise<Map<string, LinkPage>[]> {
  const depth = read.depth ?? req.payload.config.defaultDepth
  return readLinkRows(req, joins, ids, { fields: shapedFrom(req, depth), limit: (join) => joinLimit(req.payload, join), publishedSources: rule === 'published' })
}

/**
 * Articles `beforeOperation` (reads): takes the two link joins out of Payload's query when this module can serve
 * them, and remembers that it must.
 */
export const takeOverLinkJoins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'GraphQL' || !planOf(req.payload)) return args
  const read = args as ReadArgs
  if (read.draft || read.select || read.populate || read.trash || read.joins === false) return args
  const asked = read.joins ?? {}
  const joins = joinNames.filter((name) => !(name in asked))
  if (joins.length === 0) return args
  const rule = await linkReadRule(req, Boolean(read.overrideAccess))
  if (rule === 'other') return args
  const taken: Record<string, unknown> = { ...asked }
  for (const name of joins) taken[name] = false
  // A read by id names its story before Payload reads it: its links are read meanwhile (on PostgreSQL, on a
  // connection of their own), and dropped unheard when the story is not found or not this reader's to see.
  const id = (args as { id?: Id }).id
  const early = id === undefined || id === null || typeof id === 'object' ? undefined : { id, pages: linkPages(req, read, joins, rule, [id]) }
  early?.pages.catch(() => undefined)
  served.set(taken, { early, joins, rule })
  return { ...args, joins: taken }
}

/**
 * The fields `fillLinkJoins` shapes a link from: none beyond its id at depth 0, the collection's `defaultPopulate`
 * when links are populated (all fields when it has none).
 */
function shapedFrom(req: PayloadRequest, depth: number): string[] | undefined {
  if (depth <= 0) return []
  const populate = req.payload.collections[readAlsoLinksSlug]?.config.defaultPopulate as Record<string, unknown> | undefined
  return populate ? Object.keys(populate).filter((key) => populate[key]) : undefined
}

/** Articles `afterOperation`: fills in the joins `takeOverLinkJoins` took out, one statement per join for the page. */
export const fillLinkJoins: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'find' && operation !== 'findByID') return result
  const read = args as ReadArgs
  const taken = read.joins ? served.get(read.joins) : undefined
  if (!taken || !result) return result
  const docs = (operation === 'find' ? (result as { docs: Row[] }).docs : [result]) as Row[]
  const depth = read.depth ?? req.payload.config.defaultDepth
  const overrideAccess = Boolean(read.overrideAccess)
  const ids = docs.map((doc) => doc.id as Id).filter((id) => id !== undefined && id !== null)
  const { early } = taken
  const fetched = await (early && ids.length === 1 && String(ids[0]) === String(early.id) ? early.pages : linkPages(req, read, taken.joins, taken.rule, ids))
  for (const [index, join] of taken.joins.entries()) {
    const pages = fetched[index]!
    for (const doc of docs) {
      const page = pages.get(String(doc.id)) ?? { docs: [], hasNextPage: false }
      doc[join] = {
        docs: depth > 0 ? await Promise.all(page.docs.map((link) => asRead(req, link, { overrideAccess, populated: true }))) : page.docs.map((link) => link.id),
        hasNextPage: page.hasNextPage,
      }
    }
  }
  return result
}

/** The join field's own `defaultLimit` in the app's Articles config (100 as shipped). */
function joinLimit(payload: Payload, join: LinkJoin): number {
  const joins = payload.collections.articles?.config.joins?.[readAlsoLinksSlug] ?? []
  const field = joins.find((candidate) => candidate.joinPath === join || candidate.field.name === join)?.field
  return field?.defaultLimit ?? 100
}

/** A story's page of one join at one limit, as the GraphQL join fields and rendered bodies ask for it. */
type LinkAsk = { id: Id; join: LinkJoin; limit: number }

const loaders = new WeakMap<object, DataLoader<LinkAsk, LinkPage | null>>()

/**
 * Groups `asks` into reads of one statement each: every join at one limit per read, so a page asking both joins at
 * their default limits (the usual GraphQL query) is one read.
 */
function linkReads(asks: readonly LinkAsk[]): { ids: Id[]; limits: Map<LinkJoin, number> }[] {
  const reads: { ids: Id[]; limits: Map<LinkJoin, number> }[] = []
  for (const ask of asks) {
    let read = reads.find(({ limits }) => (limits.get(ask.join) ?? ask.limit) === ask.limit)
    if (!read) reads.push((read = { ids: [], limits: new Map() }))
    read.limits.set(ask.join, ask.limit)
    read.ids.push(ask.id)
  }
  return reads
}

/**
 * One loader per request: the GraphQL join fields and rendered bodies of a read share it, and the asks of one tick
 * (every story of the page, both joins) are read in one statement. It answers null where this reader's link read
 * rule is one only Payload applies (the caller then asks Payload). The rule is looked up inside the batch, so that
 * every story of the read lands in the same batch.
 */
function linkLoader(req: PayloadRequest): DataLoader<LinkAsk, LinkPage | null> {
  let loader = loaders.get(req)
  if (!loader) {
    loader = new DataLoader<LinkAsk, LinkPage | null>(
      async (asks) => {
        const rule = await linkReadRule(req, false)
        if (rule === 'other') return asks.map(() => null)
        const answers = new Map<LinkAsk, LinkPage>()
        for (const { ids, limits } of linkReads(asks)) {
          const joins = [...limits.keys()]
          const pages = await readLinkRows(req, joins, ids, { limit: (join) => limits.get(join)!, onPublishedTarget: !req.user, publishedSources: rule === 'published' })
          for (const ask of asks) {
            if (limits.get(ask.join) !== ask.limit || !ids.includes(ask.id)) continue
            answers.set(ask, pages[joins.indexOf(ask.join)]!.get(String(ask.id)) ?? { docs: [], hasNextPage: false })
          }
        }
        return Promise.all(
          asks.map(async (ask) => {
            const page = answers.get(ask)!
            return { docs: await Promise.all(page.docs.map((link) => asRead(req, link, { overrideAccess: false, populated: false }))), hasNextPage: page.hasNextPage }
          }),
        )
      },
      // Batching only: a save reads the story before and after it within one request, and must see its new links.
      { cache: false },
    )
    loaders.set(req, loader)
  }
  return loader
}

type Resolver = (parent: Row, args: Row, context: { req: PayloadRequest }, info: unknown) => unknown

/**
 * The config's `graphQL.queries` hook, used for the one moment Payload hands out its built types: the Article type's
 * link joins get a resolver that batches the page's articles, and falls back to Payload's for anything it does not
 * serve (a `where`, `sort`, `page`, `count` or `draft`).
 */
export function withBatchedGraphQLJoins(incoming: Config['graphQL']): NonNullable<Config['graphQL']> {
  const queries: NonNullable<NonNullable<Config['graphQL']>['queries']> = (graphQL, context) => {
    const type = (context as unknown as { collections?: Record<string, { graphQL?: { type?: { getFields?: () => Record<string, { resolve?: Resolver }> } } }> })
      .collections?.articles?.graphQL?.type
    const fields = type?.getFields?.() ?? {}
    for (const join of joinNames) {
      const field = fields[join]
      const original = field?.resolve
      if (!field || !original) continue
      field.resolve = async (parent, args, ctx, info) => {
        const { req } = ctx
        const limit = args.limit
        const plain = args.where === undefined && args.sort === undefined && args.page === undefined && !args.count && !args.draft && !req.query?.draft
        // Payload's resolver (3.90) reads every row when given a limit and cuts one: its answer is cut to the limit.
        const payloads = async () => {
          const answer = (await original(parent, args, ctx, info)) as LinkPage | null | undefined
          const cut = typeof limit === 'number' && limit > 0 && (args.page === undefined || args.page === 1) && answer && answer.docs.length > limit
          return cut ? { ...answer, docs: answer.docs.slice(0, limit), hasNextPage: true } : answer
        }
        if (!plain || (limit !== undefined && limit !== null && (typeof limit !== 'number' || limit < 0)) || !planOf(req.payload) || parent.id === undefined) {
          return payloads()
        }
        const page = await linkLoader(req).load({ id: parent.id as Id, join, limit: typeof limit === 'number' ? limit : 0 })
        return page ?? payloads()
      }
    }
    return incoming?.queries ? incoming.queries(graphQL, context) : {}
  }
  return { ...incoming, queries }
}


/**
 * A story's Read-also links, in order, as this reader may see them (all fields; targets hidden as the collection's
 * hooks hide them), batched with every other story of the same read that asks: one statement for the page. Undefined
 * where only Payload can read them for this reader (MongoDB, an app's own read rule on the links).
 */
export async function batchedLinksOf(req: PayloadRequest, id: Id): Promise<Row[] | undefined> {
  if (!planOf(req.payload)) return undefined
  return (await linkLoader(req).load({ id, join: 'readAlso', limit: 0 }))?.docs
}
