import type { PayloadRequest, Where } from 'payload'

import type { LinkRef } from './parse'
import type { ArticleId, Candidate, Resolution } from './resolve'

import { readAlsoLinksSlug } from '../../collections/ReadAlsoLinks'
import { lockReadAlso } from './lock'
import { collectReadAlso } from './parse'
import { resolveReference } from './resolve'

type Body = Parameters<typeof collectReadAlso>[0]

type TargetSummary = { publishedAt: null | string; slug: null | string; title: null | string }

/** A stored edge as the sync reads and writes it (ids only). */
type Edge = Resolution & {
  from: ArticleId
  fromPublished: boolean
  id?: ArticleId
  keys: string[]
  position: number
  target: TargetSummary
  text: string
  toPublished: boolean
  url: null | string
}

const noTarget: TargetSummary = { publishedAt: null, slug: null, title: null }

const summaryOf = (article: Candidate | undefined): TargetSummary =>
  article ? { publishedAt: article.publishedAt ?? null, slug: article.slug ?? null, title: article.title ?? null } : noTarget

const idOf = (value: unknown): ArticleId | null =>
  value && typeof value === 'object' ? ((value as { id: ArticleId }).id ?? null) : ((value as ArticleId | null) ?? null)

const unique = <T>(values: T[]) => [...new Set(values)]

/** One batched, indexed query: the articles answering to any of `keys`, plus those with the given ids. */
async function lookupArticles(req: PayloadRequest, keys: string[], ids: ArticleId[], exclude?: ArticleId): Promise<Candidate[]> {
  const or: Where[] = []
  if (keys.length > 0) or.push({ linkKeys: { in: unique(keys) } })
  if (ids.length > 0) or.push({ id: { in: unique(ids.map(String)) } })
  if (or.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'articles',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { _status: true, linkKeys: true, publishedAt: true, slug: true, title: true },
    where: exclude === undefined ? { or } : { and: [{ or }, { id: { not_equals: exclude } }] },
  })
  return docs as Candidate[]
}

async function findEdges(req: PayloadRequest, where: Where): Promise<Edge[]> {
  const { docs } = await req.payload.find({
    collection: readAlsoLinksSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'position',
    where,
  })
  return docs.map((doc) => ({
    candidates: ((doc.candidates as unknown[] | null) ?? []).map((value) => idOf(value)!),
    from: idOf(doc.from)!,
    fromPublished: Boolean(doc.fromPublished),
    id: doc.id,
    keys: (doc.keys as null | string[]) ?? [],
    note: (doc.note as null | string) ?? null,
    position: doc.position as number,
    state: doc.state as Edge['state'],
    target: {
      publishedAt: doc.target?.publishedAt ?? null,
      slug: doc.target?.slug ?? null,
      title: doc.target?.title ?? null,
    },
    text: doc.text as string,
    to: idOf(doc.to),
    toPublished: Boolean(doc.toPublished),
    url: (doc.url as null | string) ?? null,
  }))
}

const comparable = ({ id: _id, ...edge }: Edge) =>
  JSON.stringify({ ...edge, candidates: edge.candidates.map(String), from: String(edge.from), to: edge.to === null ? null : String(edge.to) })

/**
 * Writes `next` over `previous` (matched by id or position): unchanged edges are left alone, so a re-save that
 * changes no link writes nothing. Edges are derived state, written through the adapter without hooks.
 */
async function replaceEdges(req: PayloadRequest, previous: Edge[], next: Edge[]): Promise<void> {
  const db = req.payload.db
  const kept = new Set<ArticleId>()
  for (const edge of next) {
    const old = previous.find((candidate) => (edge.id !== undefined ? candidate.id === edge.id : candidate.position === edge.position && String(candidate.from) === String(edge.from)))
    if (old && comparable({ ...edge, id: old.id }) === comparable(old)) {
      kept.add(old.id!)
      continue
    }
    if (old) await db.deleteOne({ collection: readAlsoLinksSlug, req, where: { id: { equals: old.id } } })
    if (old) kept.add(old.id!)
    const { id: _id, ...data } = edge
    const now = new Date().toISOString()
    await db.create({ collection: readAlsoLinksSlug, data: { ...data, createdAt: now, updatedAt: now }, req })
  }
  const removed = previous.filter((edge) => !kept.has(edge.id!)).map((edge) => edge.id!)
  if (removed.length > 0) await db.deleteMany({ collection: readAlsoLinksSlug, req, where: { id: { in: removed } } })
}

function toEdge(from: ArticleId, fromPublished: boolean, ref: LinkRef, resolution: Resolution, articles: Candidate[]): Edge {
  const target = resolution.to === null ? undefined : articles.find((article) => String(article.id) === String(resolution.to))
  const text = ref.text || target?.title || ''
  return {
    ...resolution,
    from,
    fromPublished,
    keys: ref.keys.length > 0 ? ref.keys : target?.linkKeys?.slice(0, 1) ?? [],
    position: ref.position,
    target: summaryOf(target),
    text,
    toPublished: target?._status === 'published',
    url: ref.url ?? null,
  }
}

/**
 * Re-derives one article's links from its body, then settles what its save changes for others: pending or
 * ambiguous links elsewhere that its keys now answer, and the published flag on links pointing at it.
 */
export async function syncArticleLinks(req: PayloadRequest, article: { body?: unknown; id: ArticleId }): Promise<void> {
  await lockReadAlso(req)
  const refs = collectReadAlso(article.body as Body)
  const explicit = refs.flatMap((ref) => (ref.articleId === undefined ? [] : [ref.articleId]))
  const [previous, articles] = await Promise.all([
    findEdges(req, { from: { equals: article.id } }),
    lookupArticles(req, refs.flatMap((ref) => ref.keys), [...explicit, article.id]),
  ])
  const self = articles.find((candidate) => String(candidate.id) === String(article.id))
  const published = self?._status === 'published'

  const next = refs.map((ref) => {
    const before = previous.find((edge) => edge.position === ref.position && edge.text === ref.text)
    return toEdge(article.id, published, ref, resolveReference(ref, articles, article.id, before?.to), articles)
  })
  await replaceEdges(req, previous, next.map((edge) => ({ ...edge, id: undefined })))

  if (self) await settleLinksTo(req, self)
}

/**
 * Re-resolves other articles' links that may now point at `target`, and refreshes the published flag and summary
 * on links that already do. Links that need no change are not written.
 */
async function settleLinksTo(req: PayloadRequest, target: Candidate): Promise<void> {
  const keys = target.linkKeys ?? []
  const or: Where[] = [{ to: { equals: target.id } }]
  if (keys.length > 0) or.push({ and: [{ keys: { in: keys } }, { state: { in: ['pending', 'ambiguous'] } }] })
  const current = JSON.stringify(summaryOf(target))
  const published = target._status === 'published'
  const affected = (await findEdges(req, { and: [{ or }, { from: { not_equals: target.id } }] })).filter(
    (edge) =>
      String(edge.to) !== String(target.id) || edge.toPublished !== published || JSON.stringify(edge.target) !== current,
  )
  await reresolve(req, affected)
}

/** Resolves stored edges again against the articles that exist now (one lookup for all of them). */
async function reresolve(req: PayloadRequest, edges: Edge[], gone?: ArticleId): Promise<void> {
  if (edges.length === 0) return
  const targets = edges.flatMap((edge) => (edge.to === null ? [] : [edge.to]))
  const articles = await lookupArticles(req, edges.flatMap((edge) => edge.keys), targets, gone)
  const next = edges.map((edge): Edge => {
    const target = edge.to === null ? undefined : articles.find((article) => String(article.id) === String(edge.to))
    // A resolved link stays on its target while the target exists, whatever it is called now.
    if (edge.state === 'resolved' && target) {
      return { ...edge, target: summaryOf(target), toPublished: target._status === 'published' }
    }
    const ref: LinkRef = { keys: edge.keys as LinkRef['keys'], position: edge.position, text: edge.text, url: edge.url ?? undefined }
    return { ...toEdge(edge.from, edge.fromPublished, ref, resolveReference(ref, articles, edge.from), articles), id: edge.id }
  })
  await replaceEdges(req, edges, next)
}

/**
 * Before an article is deleted: its own links go, and links to it turn back into pending text (or find another
 * match among the articles that remain). Runs before the row goes, while the edges still name it.
 */
export async function releaseArticleLinks(req: PayloadRequest, id: ArticleId): Promise<void> {
  await lockReadAlso(req)
  await req.payload.db.deleteMany({ collection: readAlsoLinksSlug, req, where: { from: { equals: id } } })
  const incoming = await findEdges(req, { or: [{ to: { equals: id } }, { candidates: { in: [id] } }] })
  const released = incoming.map((edge) => (String(edge.to) === String(id) ? { ...edge, state: 'pending' as const, to: null } : edge))
  await reresolve(req, released, id)
}
