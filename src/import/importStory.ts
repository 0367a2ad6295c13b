import type { Payload, PayloadRequest, TypedUser } from 'payload'

import crypto from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { slugify } from 'payload/shared'

import type { Article } from '../../payload-types'
import type { KnownSource, ParsedStory, ParseOptions } from './parse'

import { paragraphsToLexical } from '../lexical/paragraphs'
import { parseStory, StoryParseError } from './parse'

export type ImportStatus = 'created' | 'failed' | 'unchanged' | 'updated'

export type ImportResult = {
  authors?: string[]
  dropped?: ParsedStory['dropped']
  error?: string
  file: string
  id?: Article['id']
  publishedAt?: null | string
  readAlso?: { state: string; targetSlug: null | string; text: string }[]
  slug?: string
  sources?: string[]
  status: ImportStatus
  suggestedSources?: string[]
  title?: string
}

/** What one batch learns once and reuses for every story: sources (with ids) and authors found or created so far. */
export type ImportContext = { authorIds: Map<string, Article['id']>; knownSources: (KnownSource & { id: Article['id'] })[] }

export type ImportOptions = {
  context?: ImportContext
  file: string
  parse?: Omit<ParseOptions, 'knownSources'>
  publish?: boolean
  text: string
  user?: null | TypedUser
}

/** Loads what a batch reuses: all sources with their aliases (a newsroom has hundreds, not millions). */
export async function loadImportContext(payload: Payload): Promise<ImportContext> {
  const { docs } = await payload.find({ collection: 'sources', depth: 0, pagination: false, select: { aliases: true, name: true } })
  return { authorIds: new Map(), knownSources: docs.map((source) => ({ aliases: source.aliases, id: source.id, name: source.name })) }
}

const authorKey = (name: string) => name.toLowerCase()

/** Author ids for a byline, creating the missing ones; `created` collects new ones for the batch once committed. */
async function findOrCreateAuthors(
  req: PayloadRequest,
  authors: ParsedStory['authors'],
  known: ImportContext['authorIds'],
  created: Map<string, Article['id']>,
): Promise<Article['id'][]> {
  const unknown = authors.filter((author) => !known.has(authorKey(author.name)))
  const { docs } =
    unknown.length === 0
      ? { docs: [] }
      : await req.payload.find({
          collection: 'authors',
          depth: 0,
          overrideAccess: true,
          pagination: false,
          req,
          where: { name: { in: unknown.map((author) => author.name) } },
        })
  const ids: Article['id'][] = []
  for (const author of authors) {
    const key = authorKey(author.name)
    let id = known.get(key) ?? docs.find((doc) => authorKey(doc.name) === key)?.id
    id ??= (await req.payload.create({ collection: 'authors', data: author, depth: 0, overrideAccess: true, req })).id
    created.set(key, id)
    ids.push(id)
  }
  return ids
}

/**
 * Imports one story: parses it, finds or creates its authors, links its known sources, and creates the article (a
 * draft unless `publish`) or updates the one an earlier import of the same story made. All in one transaction: a
 * failure leaves nothing behind. Read-also lines become links through the Articles hooks.
 */
export async function importStory(payload: Payload, options: ImportOptions): Promise<ImportResult> {
  const { file, publish = false } = options
  const context = options.context ?? (await loadImportContext(payload))
  let story: ParsedStory
  try {
    story = parseStory(options.text, { ...options.parse, knownSources: context.knownSources })
  } catch (error) {
    if (error instanceof StoryParseError) return { error: error.message, file, status: 'failed' }
    throw error
  }
  const slug = slugify(story.headline) ?? ''
  const importHash = crypto.createHash('sha256').update(JSON.stringify({ publish, story })).digest('hex')
  const report = {
    authors: story.authors.map((author) => author.name),
    dropped: story.dropped,
    file,
    publishedAt: story.publishedAt,
    slug,
    sources: story.sources,
    suggestedSources: story.suggestedSources,
    title: story.headline,
  }

  const req = await createLocalReq({ user: options.user ?? undefined }, payload)
  const owns = await initTransaction(req)
  const newAuthors = new Map<string, Article['id']>()
  try {
    const { docs } = await payload.find({
      collection: 'articles',
      depth: 0,
      draft: true,
      limit: 1,
      overrideAccess: true,
      req,
      select: { importHash: true },
      where: { slug: { equals: slug } },
    })
    const existing = docs[0]
    if (existing && !existing.importHash) {
      throw new StoryParseError(`an article with the slug "${slug}" already exists and was not imported; rename one of them`)
    }
    if (existing?.importHash === importHash) {
      if (owns) await commitTransaction(req)
      return { ...report, id: existing.id, status: 'unchanged' }
    }

    const data = {
      _status: publish ? ('published' as const) : ('draft' as const),
      authors: await findOrCreateAuthors(req, story.authors, context.authorIds, newAuthors),
      body: paragraphsToLexical(story.paragraphs),
      dateline: story.dateline,
      hero: { caption: story.hero?.caption ?? null, credit: story.hero?.credit ?? null },
      importHash,
      publishedAt: story.publishedAt,
      slug,
      sources: context.knownSources.filter((source) => story.sources.includes(source.name)).map((source) => source.id),
      title: story.headline,
    }
    const saved = existing
      ? await payload.update({ collection: 'articles', data, depth: 0, draft: !publish, id: existing.id, overrideAccess: true, req })
      : await payload.create({ collection: 'articles', data, depth: 0, draft: !publish, overrideAccess: true, req })
    if (owns) await commitTransaction(req)
    for (const [key, id] of newAuthors) context.authorIds.set(key, id)
    return { ...report, id: saved.id, status: existing ? 'updated' : 'created' }
  } catch (error) {
    if (owns) await killTransaction(req)
    if (error instanceof StoryParseError) return { ...report, error: error.message, status: 'failed' }
    return { ...report, error: (error as Error).message, status: 'failed' }
  }
}

/** Adds each imported article's links, as they stand now (after the whole batch), to its report. */
export async function withReadAlso(payload: Payload, results: ImportResult[]): Promise<ImportResult[]> {
  const ids = results.flatMap((result) => (result.id === undefined ? [] : [result.id]))
  if (ids.length === 0) return results
  const { docs } = await payload.find({
    collection: 'read-also-links',
    depth: 0,
    pagination: false,
    sort: 'position',
    where: { from: { in: ids } },
  })
  return results.map((result) => ({
    ...result,
    readAlso:
      result.id === undefined
        ? undefined
        : docs
            .filter((link) => String(typeof link.from === 'object' ? link.from.id : link.from) === String(result.id))
            .map((link) => ({ state: link.state, targetSlug: link.target?.slug ?? null, text: link.text })),
  }))
}
