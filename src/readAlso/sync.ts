import type { CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'

import type { ReadAlsoLink } from '../documents'
import type { LinkKey } from './keys'
import type { LinkRef } from './parse'
import type { ArticleId, Candidate, Resolution } from './resolve'

import { articleAliasesSlug } from '../../collections/ArticleAliases'
import { readAlsoLinksSlug } from '../../collections/ReadAlsoLinks'
import { plainInsert, rawRows, sqlAdapter, sqlSession, sqlTransaction } from '../sql'
import { findRows, literal, quoteIdentifier, tableRef } from '../sqlRows'
import { headlineKey, slugKey } from './keys'
import { withReadAlsoLock } from './lock'
import { saveEndStatements } from './markers'
import { collectReadAlso } from './parse'
import { idOf, resolveReference } from './resolve'

type Body = Parameters<typeof collectReadAlso>[0]
/** What a teaser needs of a story at either end of a link. */
type TargetSummary = { publishedAt: null | string; slug: null | string; title: null | string }

/** An article as resolution sees it: its summary, main-table status and the keys it answered to. */
type Found = Candidate & { headlineKey?: null | string; slugKey?: null | string; updatedAt?: null | string }

/** A stored edge as the sync reads and writes it (ids only). */
type Edge = Resolution & {
  from: ArticleId
  fromPublished: boolean
  headlineKey: null | string
  id?: ArticleId
  position: number
  slugKey: null | string
  source: TargetSummary
  target: TargetSummary
  text: string
  toPublished: boolean
  url: null | string
}

const noTarget: TargetSummary = { publishedAt: null, slug: null, title: null }
const same = (a: ArticleId | null | undefined, b: ArticleId | null | undefined) => a != null && b != null && String(a) === String(b)
const unique = <T>(values: T[]) => [...new Set(values)]

const summaryOf = (article: Candidate | undefined): TargetSummary =>
  article ? { publishedAt: article.publishedAt ?? null, slug: article.slug ?? null, title: article.title ?? null } : noTarget

const keysOfEdge = (edge: Pick<Edge, 'headlineKey' | 'slugKey'>) =>
  [edge.slugKey, edge.headlineKey].filter((key): key is LinkKey => Boolean(key))

/**
 * Rows without Payload's find operation: the sync's own reads need neither access checks nor read hooks. On the SQL
 * adapters one plain statement (`findRows`), else the adapter's `find`.
 */
async function rows<T>(req: PayloadRequest, collection: CollectionSlug, where: Where, sort: string, select?: SelectType): Promise<T[]> {
  const plain = await findRows(req, collection, where, sort, select)
  if (plain) return plain as T[]
  const { docs } = await req.payload.db.find({ collection, limit: 0, pagination: false, req, select, sort, where })
  return docs as T[]
}

function findArticles(req: PayloadRequest, where: Where): Promise<Found[]> {
  return rows<Found>(req, 'articles', where, 'id', { _status: true, headlineKey: true, publishedAt: true, slug: true, slugKey: true, title: true, updatedAt: true })
}

/**
 * The articles answering to any of `keys`, plus those with the given ids: one indexed query on articles by current
 * headline and slug, and only for keys that no article answers to now, one indexed query on former names. Never a
 * scan, whatever the number of links or articles.
 */
async function lookupArticles(req: PayloadRequest, keys: string[], ids: ArticleId[], exclude?: ArticleId): Promise<Candidate[]> {
  const wanted = unique(keys)
  const or: Where[] = []
  if (wanted.length > 0) or.push({ headlineKey: { in: wanted } }, { slugKey: { in: wanted } })
  if (ids.length > 0) or.push({ id: { in: unique(ids.map(String)) } })
  if (or.length === 0) return []
  const without = (where: Where): Where => (exclude === undefined ? where : { and: [where, { id: { not_equals: exclude } }] })

  const found = await findArticles(req, without({ or }))
  // A current headline or slug always beats a former one, so only keys nobody answers to now need the aliases.
  const unmatched = wanted.filter((key) => !found.some((article) => article.headlineKey === key || article.slugKey === key))
  const aliases =
    unmatched.length === 0
      ? []
      : (await rows<{ article: unknown; key: string }>(req, articleAliasesSlug, { key: { in: unmatched } }, 'id'))
          .map((alias) => ({ article: idOf(alias.article as ArticleId)!, key: alias.key }))
          .filter((alias) => !same(alias.article, exclude))
  const missing = unique(aliases.map((alias) => alias.article).filter((id) => !found.some((article) => same(article.id, id))))
  const renamed = missing.length > 0 ? await findArticles(req, { id: { in: missing.map(String) } }) : []

  return [...found, ...renamed].map((article) => ({
    ...article,
    linkKeys: [
      ...[article.headlineKey, article.slugKey].filter((key): key is string => Boolean(key)),
      ...aliases.filter((alias) => same(alias.article, article.id)).map((alias) => alias.key),
    ],
  }))
}

async function findEdges(req: PayloadRequest, where: Where): Promise<Edge[]> {
  const docs = await rows<ReadAlsoLink>(req, readAlsoLinksSlug, where, 'position')
  return docs.map((doc) => ({
    candidates: (doc.candidates as ArticleId[] | null) ?? [],
    from: idOf(doc.from)!,
    fromPublished: Boolean(doc.fromPublished),
    headlineKey: doc.headlineKey ?? null,
    id: doc.id,
    note: doc.note ?? null,
    position: doc.position,
    slugKey: doc.slugKey ?? null,
    source: { publishedAt: doc.source?.publishedAt ?? null, slug: doc.source?.slug ?? null, title: doc.source?.title ?? null },
    state: doc.state,
    target: { publishedAt: doc.target?.publishedAt ?? null, slug: doc.target?.slug ?? null, title: doc.target?.title ?? null },
    text: doc.text ?? '',
    to: idOf(doc.to),
    toPublished: Boolean(doc.toPublished),
    url: doc.url ?? null,
  }))
}

/** An edge as a string with a fixed key order, to tell whether a stored edge needs rewriting. */
const comparable = (edge: Edge) =>
  JSON.stringify([
    edge.candidates.map(String),
    String(edge.from),
    edge.fromPublished,
    edge.headlineKey,
    edge.note,
    edge.position,
    edge.slugKey,
    [edge.source.publishedAt, edge.source.slug, edge.source.title],
    edge.state,
    [edge.target.publishedAt, edge.target.slug, edge.target.title],
    edge.text,
    edge.to === null ? null : String(edge.to),
    edge.toPublished,
    edge.url,
  ])

/** The target as anonymous queries see it: only a published one. */
const publishedTo = (edge: Pick<Edge, 'state' | 'to' | 'toPublished'>) => (edge.state === 'resolved' && edge.toPublished ? edge.to : null)

/** An edge as a flat row of the links table: groups become `target_*` and `source_*` columns. */
const rowOf = ({ id: _id, source, target, ...edge }: Edge, now: string) => ({
  ...edge,
  createdAt: now,
  publishedTo: publishedTo(edge),
  source_publishedAt: source.publishedAt,
  source_slug: source.slug,
  source_title: source.title,
  target_publishedAt: target.publishedAt,
  target_slug: target.slug,
  target_title: target.title,
  updatedAt: now,
})

/**
 * Deletes the `stale` edges and inserts `fresh` ones, as one unit where the database allows. SQLite (where Payload
 * runs without transactions): one batch that the driver runs as a single transaction on its connection, so a
 * failure leaves the previous links; what ends the `saved` articles' saves (their markers' delete, their change-log
 * rows) goes in it too. PostgreSQL: the save's transaction. Elsewhere (MongoDB): adapter calls.
 */
async function writeEdges(req: PayloadRequest, stale: ArticleId[], fresh: Edge[], saved: ArticleId[] = []): Promise<void> {
  if (stale.length === 0 && fresh.length === 0) return
  const now = new Date().toISOString()
  const adapter = sqlAdapter(req.payload)
  const table = adapter?.tables[readAlsoLinksSlug.replaceAll('-', '_')]
  if (adapter && table) {
    const transaction = await sqlTransaction(req)
    if (!transaction && adapter.name === 'sqlite') {
      // The adapter's own drizzle operators: no import of the SQLite adapter, which a host may not install.
      const inArray = (adapter as unknown as { operators: { in: (column: never, values: never[]) => unknown } }).operators.in
      const db = adapter.drizzle as unknown as SqliteBatch
      // What ends the saves whose links these are goes in the same commit (src/readAlso/markers.ts).
      const statements = [
        ...(stale.length > 0 ? [db.delete(table).where(inArray(table.id as never, stale as never[]))] : []),
        ...(fresh.length > 0 ? [db.insert(table).values(fresh.map((edge) => rowOf(edge, now)))] : []),
        ...saveEndStatements(req, saved),
      ]
      await db.batch(statements)
      return
    }
    if (stale.length > 0) await req.payload.db.deleteMany({ collection: readAlsoLinksSlug, req, where: { id: { in: stale } } })
    if (fresh.length > 0) await (transaction ?? adapter.drizzle).insert(table).values(fresh.map((edge) => rowOf(edge, now)))
    return
  }
  if (stale.length > 0) await req.payload.db.deleteMany({ collection: readAlsoLinksSlug, req, where: { id: { in: stale } } })
  for (const { id: _id, ...edge } of fresh) {
    await req.payload.db.create({
      collection: readAlsoLinksSlug,
      data: { ...edge, createdAt: now, publishedTo: publishedTo(edge), updatedAt: now },
      req,
    })
  }
}

/** drizzle's libsql handle as far as the batched link write uses it. */
type SqliteBatch = {
  batch: (statements: unknown[]) => Promise<unknown>
  delete: (table: unknown) => { where: (condition: unknown) => unknown }
  insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => unknown }
}

/**
 * Writes `next` over `previous` (matched by id, else by position): unchanged edges are left alone, so a re-save that
 * changes no link writes nothing; changed ones are deleted and inserted again in two batched statements.
 */
async function replaceEdges(req: PayloadRequest, previous: Edge[], next: Edge[], saved: ArticleId[] = []): Promise<void> {
  const matched = new Set<ArticleId>()
  const changed = next.filter((edge) => {
    const old = previous.find((candidate) =>
      edge.id !== undefined ? same(candidate.id, edge.id) : candidate.position === edge.position && same(candidate.from, edge.from),
    )
    if (!old) return true
    const unchanged = comparable(edge) === comparable(old)
    if (unchanged) matched.add(old.id!)
    return !unchanged
  })
  const stale = previous.filter((edge) => !matched.has(edge.id!)).map((edge) => edge.id!)
  await writeEdges(req, stale, changed, saved)
}

function toEdge(
  from: ArticleId,
  fromPublished: boolean,
  source: TargetSummary,
  ref: LinkRef,
  resolution: Resolution,
  articles: Candidate[],
): Edge {
  const target = articles.find((article) => same(article.id, resolution.to))
  const urlKey = ref.url ? (ref.keys.find((key) => key.startsWith('s:')) ?? null) : null
  return {
    ...resolution,
    from,
    fromPublished,
    // A picked article without a typed headline waits, if it is ever deleted, under the title it had.
    headlineKey: ref.keys.find((key) => key.startsWith('h:')) ?? target?.linkKeys?.find((key) => key.startsWith('h:')) ?? null,
    position: ref.position,
    slugKey: urlKey,
    source,
    target: summaryOf(target),
    // Only what the editor typed: a picked story's title is in `target`, which readers see only once it is published.
    text: ref.text,
    toPublished: target?._status === 'published',
    url: ref.url ?? null,
  }
}

/** The keys of a story's title and slug as they were in a saved version or row. */
const keysOfVersion = (version: { slug?: null | string; title?: null | string } | undefined): string[] =>
  version ? [version.title ? headlineKey(version.title) : null, version.slug ? slugKey(version.slug) : null].filter((key) => key !== null) : []

/**
 * The headline and slug keys of the version published before the one just saved: versions are saved before the
 * afterChange hooks run, so the newest published version is this save's and the one before it is what readers knew
 * until now, whatever drafts and autosaves came between.
 */
async function formerlyPublishedKeys(req: PayloadRequest, id: ArticleId): Promise<string[]> {
  const plain = await publishedVersionNames(req, id)
  if (plain) return keysOfVersion(plain[1])
  const { docs } = await req.payload.db.findVersions({
    collection: 'articles',
    limit: 2,
    pagination: false,
    req,
    // Not createdAt: a restored version keeps the creation time of the version it restores.
    sort: '-updatedAt',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
  })
  return keysOfVersion(docs[1]?.version as { slug?: string; title?: string } | undefined)
}

/**
 * The title and slug of the story's two newest published versions, newest first, in one plain statement on the SQL
 * adapters (Payload's `findVersions` reads every column of both and costs a few tenths of a millisecond more);
 * undefined elsewhere.
 */
async function publishedVersionNames(req: PayloadRequest, id: ArticleId): Promise<{ slug: null | string; title: null | string }[] | undefined> {
  const adapter = sqlAdapter(req.payload)
  const table = adapter?.tables._articles_v as (Record<string, { name?: unknown }> & Record<symbol, unknown>) | undefined
  if (!adapter || !table || (adapter.name !== 'sqlite' && adapter.name !== 'postgres')) return undefined
  const column = (key: string) => (typeof table[key]?.name === 'string' ? quoteIdentifier(table[key].name as string) : undefined)
  const [title, slug, parent, status, updatedAt, versionId] = ['version_title', 'version_slug', 'parent', 'version__status', 'updatedAt', 'id'].map(column)
  const from = tableRef(table)
  if (!title || !slug || !parent || !status || !updatedAt || !versionId || !from) return undefined
  const raw = `SELECT ${title} AS title, ${slug} AS slug FROM ${from} WHERE ${parent} = ${literal(id)} AND ${status} = 'published' ORDER BY ${updatedAt} DESC, ${versionId} DESC LIMIT 2`
  const rows = await rawRows(adapter, await sqlSession(req, adapter), raw)
  return rows.map((row) => ({ slug: (row.slug as null | string) ?? null, title: (row.title as null | string) ?? null }))
}

/**
 * Records the headline and slug keys a published story just gave up (its last published headline or slug, which
 * readers and other sites may have used), so that links using them keep resolving. Drafts never add aliases.
 */
async function rememberFormerKeys(req: PayloadRequest, article: Found, former: string[]): Promise<void> {
  const dropped = unique(former).filter((key) => key !== article.headlineKey && key !== article.slugKey)
  if (dropped.length === 0) return
  const docs = await rows<{ key: string }>(req, articleAliasesSlug, { and: [{ article: { equals: article.id } }, { key: { in: dropped } }] }, 'id')
  const fresh = dropped.filter((key) => !docs.some((alias) => alias.key === key))
  if (fresh.length === 0) return
  const now = new Date().toISOString()
  const insert = await plainInsert(req, articleAliasesSlug, fresh.map((key) => ({ article: article.id, createdAt: now, key, updatedAt: now })))
  if (insert) return void (await insert.statement)
  for (const key of fresh) await req.payload.db.create({ collection: articleAliasesSlug, data: { article: article.id, key }, req })
}

/**
 * A draft saved over a published story (autosaves included) changes neither its links nor its names yet: readers see
 * the published story, and a draft's Read-also lines must not show until it is published, when they are derived.
 */
const draftOverPublished = (saved: Found, stored: Found | undefined) => saved._status === 'draft' && stored?._status === 'published'

/**
 * Re-derives the links of `articles` from their bodies (one edge read, one article lookup and one write for all of
 * them) and returns the articles as stored, for settling what their save changes for others.
 */
async function deriveLinks(req: PayloadRequest, articles: (Found & { body?: unknown })[], created = false, latest = false): Promise<Found[] | typeof overtaken> {
  const ids = articles.map((article) => article.id)
  const refsOf = articles.map((article) => collectReadAlso(article.body as Body))
  const refs = refsOf.flat()
  const explicit = refs.flatMap((ref) => (ref.articleId === undefined ? [] : [ref.articleId]))
  // A created article has no links yet: nothing to read back.
  const [previous, candidates] = await Promise.all([
    created ? [] : findEdges(req, { from: { in: ids.map(String) } }),
    lookupArticles(req, refs.flatMap((ref) => ref.keys), [...explicit, ...ids]),
  ])
  // The stored rows, not the saved versions: a draft save leaves the published row (and its keys) as they were.
  const stored = candidates.filter((candidate) => ids.some((id) => same(id, candidate.id))) as Found[]
  if (!latest && articles.some((article) => isOvertaken(article, stored.find((row) => same(row.id, article.id))))) return overtaken

  const next = articles.flatMap((article, index) => {
    const self = stored.find((row) => same(row.id, article.id))
    if (draftOverPublished(article, self)) return previous.filter((edge) => same(edge.from, article.id))
    const published = self?._status === 'published'
    const source = summaryOf(self ?? article)
    return refsOf[index]!.map((ref) => {
      const before = previous.find((edge) => same(edge.from, article.id) && edge.position === ref.position && edge.text === ref.text)
      return toEdge(article.id, published, source, ref, resolveReference(ref, candidates, article.id, before?.to), candidates)
    })
  })
  await replaceEdges(req, previous, next, ids)
  return stored
}

/**
 * Re-derives one article's links from its body, then settles what its save changes for others: pending or
 * ambiguous links elsewhere that its keys now answer, ambiguous ones its former keys may no longer answer, and the
 * published flag and summary on links to it. `created` says the save created the article; `previousVersion` is the
 * document as it was before the save (its latest version).
 */
export async function syncArticleLinks(
  req: PayloadRequest,
  article: Found & { body?: unknown },
  previousVersion?: Found,
  created = false,
): Promise<void> {
  await withReadAlsoLock(req, async () => {
    // The lookup of the targets reads the article's own row too: only when a later save wrote it first is the body
    // read back, and the links derived from that.
    let stored = await deriveLinks(req, [article], created)
    if (stored === overtaken) stored = (await deriveLinks(req, [await latestOf(req, article)], false, true)) as Found[]
    // Autosaves of a published story end here: the stored story, which other links answer to, did not change.
    if (draftOverPublished(article, stored[0])) return
    const published = stored[0]?._status === 'published' && article._status === 'published'
    const formerlyPublished = published && !created ? await formerlyPublishedKeys(req, article.id) : []
    if (published && stored[0]) await rememberFormerKeys(req, stored[0], formerlyPublished)
    await settleLinksTo(req, stored, [...keysOfVersion(previousVersion), ...formerlyPublished])
  })
}

/** What `deriveLinks` answers, writing nothing, when a later save of one of its articles was stored first. */
const overtaken = Symbol('overtaken')

/** Whether the stored row was written by a later save than the saved document. */
const isOvertaken = (article: { updatedAt?: null | string }, row: undefined | { updatedAt?: null | string }) =>
  Boolean(row?.updatedAt && article.updatedAt && Date.parse(row.updatedAt) > Date.parse(article.updatedAt))

/**
 * The article as its links must be derived: the saved document, or the stored row when a later save of the same
 * article was written before this one's links (on SQLite saves do not wait for each other, only their link syncs
 * do), so that the last body written is the one whose links stay.
 */
async function latestOf(req: PayloadRequest, article: Found & { body?: unknown; updatedAt?: null | string }) {
  const [row] = await rows<Found & { body?: unknown; updatedAt?: string }>(
    req,
    'articles',
    { id: { equals: article.id } },
    'id',
    { _status: true, body: true, headlineKey: true, publishedAt: true, slug: true, slugKey: true, title: true, updatedAt: true },
  )
  return isOvertaken(article, row) ? { ...row!, id: article.id } : article
}

/**
 * The same for a batch of new articles written together (a bulk import): their links resolve against each other
 * and everything stored, whatever their order, and other articles' pending links to them resolve, in a few
 * statements for the whole batch.
 */
export async function syncNewArticlesLinks(req: PayloadRequest, articles: (Found & { body?: unknown })[]): Promise<void> {
  if (articles.length === 0) return
  await withReadAlsoLock(req, async () => settleLinksTo(req, (await deriveLinks(req, articles, true, true)) as Found[]))
}

/**
 * Re-resolves other articles' links that `targets` may now answer, and refreshes the published flag and summary on
 * links that already point at them; also ambiguous links under `formerKeys` (names the targets had before this
 * save), whose tie may be gone. Links that need no change are not written.
 */
async function settleLinksTo(req: PayloadRequest, targets: Found[], formerKeys: string[] = []): Promise<void> {
  if (targets.length === 0) return
  const ids = targets.map((target) => String(target.id))
  const keys = targets.flatMap((target) => [target.headlineKey, target.slugKey]).filter((key): key is string => Boolean(key))
  const or: Where[] = [{ to: { in: ids } }]
  if (keys.length > 0) or.push({ headlineKey: { in: unique(keys) } }, { slugKey: { in: unique(keys) } })
  const former = unique(formerKeys).filter((key) => !keys.includes(key))
  if (former.length > 0) {
    or.push({ and: [{ state: { equals: 'ambiguous' } }, { or: [{ headlineKey: { in: former } }, { slugKey: { in: former } }] }] })
  }
  const affected = (await findEdges(req, { and: [{ or }, { from: { not_in: ids } }] })).filter((edge) => {
    const target = targets.find((candidate) => same(edge.to, candidate.id))
    if (!target) return edge.state === 'pending' || edge.state === 'ambiguous'
    const published = target._status === 'published'
    return edge.toPublished !== published || JSON.stringify(edge.target) !== JSON.stringify(summaryOf(target))
  })
  await reresolve(req, affected)
}

/** Resolves stored edges again against the articles that exist now (one lookup for all of them). */
async function reresolve(req: PayloadRequest, edges: Edge[], gone?: ArticleId): Promise<void> {
  if (edges.length === 0) return
  const targets = edges.flatMap((edge) => (edge.to === null ? [] : [edge.to]))
  const articles = await lookupArticles(req, edges.flatMap(keysOfEdge), targets, gone)
  const next = edges.map((edge): Edge => {
    const target = articles.find((article) => same(article.id, edge.to))
    // A resolved link stays on its target while the target exists, whatever it is called now.
    if (edge.state === 'resolved' && target) {
      return { ...edge, target: summaryOf(target), toPublished: target._status === 'published' }
    }
    const ref: LinkRef = { keys: keysOfEdge(edge), position: edge.position, text: edge.text, url: edge.url ?? undefined }
    const resolution = resolveReference(ref, articles, edge.from)
    return { ...toEdge(edge.from, edge.fromPublished, edge.source, ref, resolution, articles), id: edge.id, text: edge.text }
  })
  await replaceEdges(req, edges, next)
}

/**
 * Before an article is deleted: its own links and former names go, and links to it turn back into pending text (or
 * find another match among the articles that remain). Runs before the row goes, while the edges still name it.
 */
export async function releaseArticleLinks(req: PayloadRequest, id: ArticleId): Promise<void> {
  await withReadAlsoLock(req, async () => {
  await req.payload.db.deleteMany({ collection: readAlsoLinksSlug, req, where: { from: { equals: id } } })
  await req.payload.db.deleteMany({ collection: articleAliasesSlug, req, where: { article: { equals: id } } })
  const incoming = await findEdges(req, { or: [{ to: { equals: id } }, { state: { equals: 'ambiguous' } }] })
  const affected = incoming.filter((edge) => same(edge.to, id) || edge.candidates.some((candidate) => same(candidate, id)))
  const released = affected.map((edge) => (same(edge.to, id) ? { ...edge, state: 'pending' as const, to: null } : edge))
  await reresolve(req, released, id)
  })
}
