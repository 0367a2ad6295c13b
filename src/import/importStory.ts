import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Article, Author, Source } from '../documents'
import type { KnownSource, ParsedStory, ParseOptions } from './parse'

import { paragraphsToLexical } from '../lexical/paragraphs'
import { headlineKey, type LinkKey } from '../readAlso/keys'
import { configuredPrefixes } from '../readAlso/prefixes'
import { syncNewArticlesLinks } from '../readAlso/sync'
import { bulkArticleWriter, type ImportedArticle } from './bulkWrite'
import { beginOwnTransaction, retryWhileBusy } from './connection'
import { learnBatchChrome } from './parse'
import { contentHash, ledeInIdentity, nameKey, pageHash, type Prepared, prepareParts, prepareText, storyIdentity, type StoryText } from './prepare'
import { type Preparer, startPreparer } from './preparer'

export { contentHash, nameKey, pageHash, storyIdentity }

export type ImportStatus = 'conflict' | 'created' | 'failed' | 'unchanged' | 'updated'

export type ImportResult = {
  authors?: string[]
  /** The page's own address, when it prints one. */
  canonicalUrl?: null | string
  /** For an update: the fields whose imported value changed since the last import. */
  changed?: string[]
  confidence?: ParsedStory['confidence']
  /** The zone the page's date was printed in, or the one assumed. */
  dateZone?: null | string
  dropped?: ParsedStory['dropped']
  error?: string
  file: string
  id?: Article['id']
  /** What identifies the story across imports: "url:…", "id:…" or "fingerprint:…". */
  identity?: string
  modifiedAt?: null | string
  publishedAt?: null | string
  /** Set when the page's text breaks off in its last paragraph, which was kept as far as it goes. */
  cutOff?: string
  /** The page store's date stamp, when the page came with one: a low-confidence hint, never the publication date. */
  storeDateHint?: string
  readAlso?: { state: string; targetSlug: null | string; text: string }[]
  slug?: string
  sources?: string[]
  status: ImportStatus
  suggestedSources?: string[]
  title?: string
  /** Set when the page printed no headline: what was done instead. */
  untitled?: string
}

/** What one batch learns once and reuses for every story: sources (with ids) and authors found or created so far. */
export type ImportContext = { authorIds: Map<string, Article['id']>; knownSources: (KnownSource & { id: Article['id'] })[] }

export type ImportOptions = {
  /** Import with the rights of `user` (Payload's access control applies), as the HTTP endpoint does. */
  asCaller?: boolean
  /**
   * Open a transaction even on SQLite, where Payload runs requests without one because concurrent transactions
   * there fail at once with SQLITE_BUSY. For batch processes that make no concurrent writes (the CLI).
   */
  atomic?: boolean
  context?: ImportContext
  file: string
  /** Overwrite an imported story even when an editor has changed it since (otherwise: a conflict). */
  force?: boolean
  parse?: Omit<ParseOptions, 'knownSources'>
  publish?: boolean
  text: string
  user?: null | TypedUser
}

/** Loads what a batch reuses: all sources with their aliases (a newsroom has hundreds, not millions). */
export async function loadImportContext(payload: Payload): Promise<ImportContext> {
  const { docs } = await payload.find({ collection: 'sources', depth: 0, pagination: false, select: { aliases: true, name: true } })
  // Authors by name without case or accents, so that a byline in capitals finds the existing author.
  const authors = await payload.find({ collection: 'authors', depth: 0, pagination: false, select: { name: true } })
  const authorIds = new Map<string, Article['id']>()
  // Typed here, not by the app's generated types: the plugin reads the same fields in any app.
  for (const author of authors.docs as Pick<Author, 'id' | 'name'>[]) if (!authorIds.has(nameKey(author.name))) authorIds.set(nameKey(author.name), author.id)
  return { authorIds, knownSources: (docs as Pick<Source, 'aliases' | 'id' | 'name'>[]).map((source) => ({ aliases: source.aliases, id: source.id, name: source.name })) }
}

const authorKey = nameKey

/**
 * Author ids for a byline, creating the missing ones; `created` collects the byline's authors for the batch once
 * committed, `made` the ids of those this call created (and nothing else).
 */
async function findOrCreateAuthors(
  req: PayloadRequest,
  authors: ParsedStory['authors'],
  known: ImportContext['authorIds'],
  created: Map<string, Article['id']>,
  overrideAccess = true,
  made?: Set<Article['id']>,
): Promise<Article['id'][]> {
  const unknown = authors.filter((author) => !known.has(authorKey(author.name)))
  const { docs } =
    unknown.length === 0
      ? { docs: [] }
      : await req.payload.find({
          collection: 'authors',
          depth: 0,
          overrideAccess,
          pagination: false,
          req,
          where: { name: { in: [...new Set(unknown.map((author) => author.name))] } },
        })
  const ids: Article['id'][] = []
  for (const author of authors) {
    const key = authorKey(author.name)
    let id = known.get(key) ?? created.get(key) ?? (docs as Pick<Author, 'id' | 'name'>[]).find((doc) => authorKey(doc.name) === key)?.id
    if (id === undefined) {
      id = ((await req.payload.create({ collection: 'authors', data: author, depth: 0, overrideAccess, req, user: req.user })) as Pick<Author, 'id'>).id
      made?.add(id)
    }
    created.set(key, id)
    ids.push(id)
  }
  return ids
}






/** What the parser reads a batch with: the prefixes the Articles collection converts with, so that the two agree. */
function parseInputs(payload: Payload, context: ImportContext, options: Pick<ImportOptions, 'parse'>): { parseOptions: ParseOptions; prefixes: string[] | undefined } {
  const prefixes = options.parse?.readAlsoPrefixes ?? configuredPrefixes(payload)
  return { parseOptions: { readAlsoPrefixes: configuredPrefixes(payload), ...options.parse, knownSources: context.knownSources }, prefixes }
}

/** Parses a story and works out what identifies it and what it would write, or why it fails (see prepareText). */
function prepare(payload: Payload, context: ImportContext, options: ImportOptions): ImportResult | Prepared {
  const { parseOptions, prefixes } = parseInputs(payload, context, options)
  return prepareText(options, parseOptions, prefixes)
}

const isPrepared = (value: ImportResult | Prepared): value is Prepared => 'story' in value

/** The article a story becomes, given its authors' ids. */
function articleData(context: ImportContext, prepared: Prepared, authors: Article['id'][], publish: boolean): ImportedArticle {
  const { importHash, slug, story } = prepared
  return {
    // (A title made up from the lede is an editor's to replace before the story goes out.)
    _status: publish && !prepared.untitled ? 'published' : 'draft',
    importedContentHash: prepared.contentHash,
    sourceKey: prepared.identity,
    sourceModifiedAt: story.modifiedAt,
    sourcePageHash: prepared.pageHash,
    authors,
    body: paragraphsToLexical(story.paragraphs),
    dateline: story.dateline,
    hero: { caption: story.hero?.caption ?? null, credit: story.hero?.credit ?? null },
    importHash,
    publishedAt: story.publishedAt,
    slug,
    sources: context.knownSources.filter((source) => story.sources.includes(source.name)).map((source) => source.id),
    title: story.headline,
  }
}

type Stored = Pick<Article, 'authors' | 'body' | 'dateline' | 'id' | 'importedContentHash' | 'importHash' | 'publishedAt' | 'slug' | 'sourceKey' | 'sourcePageHash' | 'title'>

/** Articles (any status) with the given identities or slugs, with what tells an earlier import of the same story. */
async function findStored(req: PayloadRequest, identities: string[], pages: string[], slugs: string[]): Promise<Stored[]> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
    req,
    select: { authors: true, body: true, dateline: true, importedContentHash: true, importHash: true, publishedAt: true, slug: true, sourceKey: true, sourcePageHash: true, title: true },
    where: { or: [{ sourceKey: { in: identities } }, { sourcePageHash: { in: pages } }, { slug: { in: slugs } }] },
  })
  return docs as Stored[]
}

type Decision = { existing?: Stored; result?: { error?: string; id?: Article['id']; status: ImportStatus } }

/**
 * What an import of `story` does given the stored articles: create, update the earlier import of the same story
 * (same identity; or, for imports made before identities, same slug and headline), report it unchanged, report a
 * conflict when an editor has changed the article since (unless `force`), or fail when the slug belongs to another
 * story.
 */
function decide(story: Prepared, stored: Stored[], force: boolean): Decision {
  const same =
    stored.find((doc) => doc.sourceKey === story.identity) ??
    // The same page file again, read differently (a better parser, new site rules): its earlier import.
    stored.find((doc) => doc.importHash && doc.sourcePageHash === story.pageHash) ??
    stored.find((doc) => !doc.sourceKey && doc.importHash && doc.slug === story.slug && headlineKey(doc.title) === headlineKey(story.story.headline))
  if (same) {
    const edited = same.importedContentHash && contentHash(same) !== same.importedContentHash
    // (An editor's change is a conflict even when the page is the same as before: importing it again would undo the
    // change, which only --force does.)
    if (same.importHash === story.importHash && !edited) return { existing: same, result: { id: same.id, status: 'unchanged' } }
    if (edited && !force) {
      return {
        existing: same,
        result: {
          error: `an editor has changed article ${same.id} ("${same.title}") since it was imported; it was left as it is (import with --force to overwrite)`,
          id: same.id,
          status: 'conflict',
        },
      }
    }
    return { existing: same }
  }
  const clash = stored.find((doc) => doc.slug === story.slug)
  if (clash && !clash.importHash) return { result: { error: notImported(story.slug), status: 'failed' } }
  if (clash && headlineKey(clash.title) !== headlineKey(story.story.headline)) return { result: { error: otherStory(story.slug, clash.title), status: 'failed' } }
  // The same headline with most of the same paragraphs: the story corrected where its identity is made of its words
  // (a lede put right on an unsigned page, a byline read where none was before), not another page.
  if (clash && sameStory(clash, story)) return decide(story, [{ ...clash, sourceKey: story.identity }], force)
  if (clash) return { result: { error: otherPage(story.slug), status: 'failed' } }
  return {}
}

/** The text of a stored body's paragraphs (and other blocks of text), each as a comparable key. */
function paragraphKeys(body: Stored['body']): string[] {
  const keys: string[] = []
  const text = (node: unknown): string => {
    const { children, text: own } = (node ?? {}) as { children?: unknown[]; text?: string }
    return typeof own === 'string' ? own : (children ?? []).map(text).join('')
  }
  for (const block of body?.root?.children ?? []) {
    const key = headlineKey(text(block))
    if (key.length > 2) keys.push(key)
  }
  return keys
}

/**
 * Whether a stored import is the story corrected: only where the story's identity is made of its words (a page that
 * prints no byline and no date, or whose headline is uncertain: see storyIdentity), the stored article as unsigned as
 * the story, and the two sharing at least half the paragraphs of the shorter of them, two at least. (Two pages of one
 * story signed or dated differently, as two sites print it, stay two.)
 */
function sameStory(stored: Stored, story: Prepared): boolean {
  if (!ledeInIdentity(story.story) || !stored.sourceKey?.startsWith('fingerprint:')) return false
  if ((stored.authors?.length ?? 0) > 0 !== story.story.authors.length > 0) return false
  const before = new Set(paragraphKeys(stored.body))
  const now = new Set(story.story.paragraphs.map(headlineKey))
  const shared = [...now].filter((key) => before.has(key)).length
  if (shared < 2 || shared * 2 < Math.min(before.size, now.size)) return false
  // What differs must read as a correction: the paragraphs that changed mostly in the same words, or one paragraph
  // added or taken out. (Two stories that end on the same standing paragraphs differ in their own words.)
  const gone = [...before].filter((key) => !now.has(key as LinkKey))
  const added = [...now].filter((key) => !before.has(key))
  if (gone.length + added.length <= 1) return true
  const words = (keys: string[]) => new Set(keys.join(' ').match(/[\p{L}\p{N}]+/gu) ?? [])
  const [old, fresh] = [words(gone), words(added)]
  const common = [...old].filter((word) => fresh.has(word)).length
  return common >= 0.6 * new Set([...old, ...fresh]).size
}

/** The fields an update changes, for the report. */
function changedFields(existing: Stored, data: ImportedArticle, prepared: Prepared): string[] {
  const changed: string[] = []
  if (existing.title !== data.title) changed.push('title')
  if (existing.slug !== data.slug) changed.push('slug')
  if ((existing.dateline ?? null) !== data.dateline) changed.push('dateline')
  if (contentHash({ body: existing.body, title: '' }) !== prepared.bodyHash) changed.push('body')
  const ids = (authors: Stored['authors']) => (authors ?? []).map((author) => String(typeof author === 'object' ? author.id : author)).join(',')
  if (ids(existing.authors) !== ids(data.authors)) changed.push('authors')
  // (A story imported without a date is stamped when published; only a date the page gives is compared.)
  if (data.publishedAt && Date.parse(data.publishedAt) !== Date.parse(existing.publishedAt ?? '')) changed.push('publishedAt')
  return changed
}

/** What went wrong, in words: the database's own message rather than the query the SQL layer wraps it in. */
function reasonOf(error: unknown): string {
  const { cause, message } = error as Error
  return /^Failed query/.test(message) && cause instanceof Error ? cause.message : message
}

const notImported = (slug: string) =>
  `an article with the slug "${slug}" already exists and was not imported; rename one of them`

// Headlines that differ only in punctuation share a slug; an import never takes one story for the other.
const otherPage = (slug: string) =>
  `an imported article with the slug "${slug}" comes from another page with the same headline; rename one of them`

const otherStory = (slug: string, title: string) =>
  `an imported article with the slug "${slug}" has another headline ("${title}"); rename one of them`

// Said to a caller who may not read the article an import matched: neither its id nor its headline.
const notYours = 'this story was imported before as an article you may not read; nothing was written (an editor can re-import it)'
const otherUnread = (slug: string) => `an article you may not read has the slug "${slug}"; rename the story`

/**
 * Whether the caller of an import over HTTP may read an article as the importer read it: its newest version, draft
 * or not (a published story an editor is revising shows its draft's headline to the importer, not to a contributor).
 */
async function mayRead(req: PayloadRequest, id: Article['id']): Promise<boolean> {
  const { docs } = await req.payload.find({ collection: 'articles', depth: 0, draft: true, limit: 1, overrideAccess: false, pagination: false, req, select: {}, where: { id: { equals: id } } })
  return docs.length > 0
}

/**
 * What a decision tells a caller who imports with their own rights: an article they may not read (another
 * contributor's draft) is never named, nor counted as their story's earlier import.
 */
async function forCaller(req: PayloadRequest, decision: Decision, stored: Stored[], slug: string): Promise<Decision> {
  const matched = decision.existing ?? (decision.result?.status === 'failed' ? stored.find((doc) => doc.slug === slug) : undefined)
  if (!matched || (await mayRead(req, matched.id))) return decision
  if (decision.existing) return { result: { error: notYours, status: 'conflict' } }
  return { result: { error: otherUnread(slug), status: 'failed' } }
}

/**
 * Removes the authors an import created when its article was not saved and no transaction took them back (SQLite
 * serving requests): unless another story names them by then.
 */
async function dropUnusedAuthors(payload: Payload, created: Set<Article['id']>): Promise<void> {
  for (const id of created) {
    const where = { authors: { in: [id] } }
    const used =
      (await payload.count({ collection: 'articles', overrideAccess: true, where })).totalDocs +
      (await payload.countVersions({ collection: 'articles', overrideAccess: true, where: { 'version.authors': { in: [id] } } })).totalDocs
    if (used === 0) await payload.delete({ collection: 'authors', id, overrideAccess: true })
  }
}

/**
 * A transaction for the request; on SQLite only when `atomic` (see ImportOptions). On a SQLite file, on the
 * importer's own connection (see connection.ts); there, as on an in-memory database, another process writing at
 * that moment (the app serving editors) makes BEGIN fail with SQLITE_BUSY, so it is tried again.
 */
async function openTransaction(req: PayloadRequest, atomic = false): Promise<boolean> {
  if (await initTransaction(req)) return true
  if (!atomic || req.payload.db.name !== 'sqlite') return false
  const own = await beginOwnTransaction(req.payload)
  if (own) {
    req.transactionID = own
    return true
  }
  // Loaded only here: a host on another database need not have the SQL adapters' shared package.
  const { beginTransaction } = await import('@payloadcms/drizzle')
  req.transactionID = (await retryWhileBusy(() => beginTransaction.call(req.payload.db as never, { behavior: 'immediate' }))) ?? undefined
  return Boolean(req.transactionID)
}

/**
 * Imports one story: parses it, finds or creates its authors, links its known sources, and creates the article (a
 * draft unless `publish`) or updates the one an earlier import of the same story made, through Payload's Local API
 * and the Articles hooks. In one transaction (on SQLite only when `atomic`): a failure leaves nothing behind.
 */
export async function importStory(payload: Payload, options: ImportOptions): Promise<ImportResult> {
  const context = options.context ?? (await loadImportContext(payload))
  const prepared = prepare(payload, context, options)
  if (!isPrepared(prepared)) return prepared
  const { importHash, report, slug, story } = prepared
  const publish = (options.publish ?? false) && !prepared.untitled

  const req = await createLocalReq({ user: options.user ?? undefined }, payload)
  const owns = await openTransaction(req, options.atomic)
  const newAuthors = new Map<string, Article['id']>()
  const madeAuthors = new Set<Article['id']>()
  // Over HTTP the caller's own rights apply (overrideAccess false); the command line imports as the system.
  const overrideAccess = !options.asCaller
  try {
    const stored = await findStored(req, [prepared.identity], [prepared.pageHash], [slug])
    const decision = decide(prepared, stored, options.force ?? false)
    const { existing, result } = options.asCaller ? await forCaller(req, decision, stored, slug) : decision
    if (result) {
      if (owns) await commitTransaction(req)
      return { ...report, ...result }
    }
    const authors = await findOrCreateAuthors(req, story.authors, context.authorIds, newAuthors, overrideAccess, madeAuthors)
    const data = articleData(context, prepared, authors, publish)
    const saved = (
      existing
        ? await payload.update({ collection: 'articles', data, depth: 0, draft: !publish, id: existing.id, overrideAccess, req, user: req.user })
        : await payload.create({ collection: 'articles', data, depth: 0, draft: !publish, overrideAccess, req, user: req.user })
    ) as Pick<Article, 'id'>
    if (owns) await commitTransaction(req)
    for (const [key, id] of newAuthors) context.authorIds.set(key, id)
    return existing ? { ...report, changed: changedFields(existing, data, prepared), id: saved.id, status: 'updated' } : { ...report, id: saved.id, status: 'created' }
  } catch (error) {
    if (owns) await killTransaction(req)
    else await dropUnusedAuthors(payload, madeAuthors).catch((cleanup: unknown) => payload.logger.error(`story import could not remove the authors it created: ${reasonOf(cleanup)}`))
    return { ...report, error: reasonOf(error), status: 'failed' }
  }
}

export type BatchOptions = Omit<ImportOptions, 'file' | 'text'> & {
  /** How many new stories are written per transaction. */
  chunkSize?: number
  /** The lines the batch taught the parser to treat as chrome (by line key). */
  onLearned?: (lines: string[]) => void
  onProgress?: (done: number, total: number) => void
  /**
   * Prepare (parse, hash) the next chunk in a worker thread while this one is written: by default for batches of
   * more than two chunks on the SQL adapters (`NEWSROOM_IMPORT_WORKER=0` turns it off).
   */
  prepareInWorker?: boolean
  stories: { file: string; text: string }[]
}

/** Stories per part of a chunk that the preparing worker and the main thread share. */
const partSize = 25

type BulkWriter = Exclude<ReturnType<typeof bulkArticleWriter>, { reason: string }>

/**
 * One chunk of a batch on the SQL adapters. What needs no write (bad input, unchanged re-imports, slug clashes) is
 * decided from one query; new stories are written together in one transaction with one Read-also pass. Returns
 * a result per story, or none for those that must go one by one: updates, repeats of a slug within the chunk, and
 * every new story when the chunk could not be written.
 */
async function importChunk(
  payload: Payload,
  writer: BulkWriter,
  context: ImportContext,
  options: BatchOptions,
  prepared: (ImportResult | Prepared)[],
): Promise<(ImportResult | undefined)[]> {
  const results: (ImportResult | undefined)[] = prepared.map((story) => (isPrepared(story) ? undefined : story))
  const req = await createLocalReq({ user: options.user ?? undefined }, payload)
  const owns = await openTransaction(req, true)
  const newAuthors = new Map<string, Article['id']>()
  const fresh: Prepared[] = []
  try {
    const ready = prepared.filter(isPrepared)
    const stored = await findStored(req, [...new Set(ready.map((story) => story.identity))], [...new Set(ready.map((story) => story.pageHash))], [...new Set(ready.map((story) => story.slug))])
    const seen = new Set<string>()
    for (const [index, story] of prepared.entries()) {
      if (!isPrepared(story) || seen.has(story.slug) || seen.has(story.identity) || seen.has(story.pageHash)) continue
      seen.add(story.slug)
      seen.add(story.identity)
      seen.add(story.pageHash)
      const { existing, result } = decide(story, stored, options.force ?? false)
      if (result) results[index] = { ...story.report, ...result }
      else if (!existing) fresh.push(story)
    }

    const byline = fresh.flatMap((story) => story.story.authors)
    const authorIds = await findOrCreateAuthors(req, byline, context.authorIds, newAuthors)
    const authorId = new Map(byline.map((author, index) => [authorKey(author.name), authorIds[index]!]))
    const articles = fresh.map((story) =>
      articleData(context, story, story.story.authors.map((author) => authorId.get(authorKey(author.name))!), options.publish ?? false),
    )
    const written = await writer.write(req, articles)
    await syncNewArticlesLinks(req, written)
    if (owns) await commitTransaction(req)
    for (const [key, id] of newAuthors) context.authorIds.set(key, id)
    fresh.forEach((story, n) => (results[prepared.indexOf(story)] = { ...story.report, id: written[n]!.id, status: 'created' }))
  } catch (error) {
    if (owns) await killTransaction(req)
    payload.logger.warn(`${fresh.length} new stories could not be written at once (${reasonOf(error)}); importing them one by one`)
  }
  return results
}

/**
 * Imports many stories, with the same results as `importStory` for each, in file order. On the SQL adapters, in
 * chunks (`importChunk`): new stories in a few multi-row INSERTs per chunk (see bulkWrite.ts) with one Read-also
 * pass, so a chunk lands whole or not at all; the rest through `importStory` one by one, which reports each failure
 * on its own file. Elsewhere (MongoDB, or an Articles collection extended by the app) every story goes through
 * `importStory`.
 */
export async function importStories(payload: Payload, options: BatchOptions): Promise<ImportResult[]> {
  const { chunkSize = 250, onProgress, stories } = options
  const context = options.context ?? (await loadImportContext(payload))
  // Lines that recur on most pages of the batch are the site's furniture: the parser treats them as chrome.
  const batchChrome = learnBatchChrome(stories.map((story) => story.text))
  options.onLearned?.([...batchChrome.keys()])
  if (batchChrome.size > 0) options = { ...options, parse: { ...options.parse, batchChrome, batchSize: stories.length } }
  const writer = bulkArticleWriter(payload)
  if ('reason' in writer) payload.logger.debug(`story import writes one article at a time: ${writer.reason}`)
  const bulk = !('reason' in writer)
  const inWorker = bulk && (options.prepareInWorker ?? (stories.length > 2 * chunkSize && process.env.NEWSROOM_IMPORT_WORKER !== '0'))
  const preparer = inWorker ? await startPreparerOrNot(payload) : undefined
  const { parseOptions, prefixes } = parseInputs(payload, context, options)
  const here = (story: StoryText) => prepareText(story, parseOptions, prefixes)
  /**
   * The next chunk, prepared in parts of 25 that the worker and this thread share: the worker starts on them while
   * this thread writes the chunk before, and this thread prepares the parts the worker has not reached when it is
   * done writing, so that neither waits for the other. Parts the worker could not prepare (it failed, or cannot be
   * handed the options) are prepared here; without a worker, this thread prepares the whole chunk.
   */
  const share = (start: number) => {
    const chunk = stories.slice(start, start + chunkSize).map((story) => ({ file: story.file, publish: options.publish, text: story.text }))
    const parts = Array.from({ length: Math.ceil(chunk.length / partSize) }, (_, at) => chunk.slice(at * partSize, (at + 1) * partSize))
    const counter = new SharedArrayBuffer(4)
    const inWorker = (preparer?.share(parts, counter, parseOptions, prefixes) ?? Promise.resolve([])).catch((error: unknown) => {
      payload.logger.debug(`story import prepares part of a chunk on the main thread: ${reasonOf(error)}`)
      return []
    })
    return async () => {
      const done = new Map(prepareParts(parts, counter, here))
      for (const [at, answers] of await inWorker) done.set(at, answers)
      return parts.flatMap((part, at) => done.get(at) ?? part.map(here))
    }
  }
  const results: ImportResult[] = []
  let next = bulk ? share(0) : undefined
  try {
    for (let start = 0; start < stories.length; start += chunkSize) {
      const chunk = stories.slice(start, start + chunkSize)
      const prepared = await next?.()
      next = bulk && start + chunkSize < stories.length ? share(start + chunkSize) : undefined
      const decided = prepared && !('reason' in writer) ? await importChunk(payload, writer, context, options, prepared) : []
      for (const [index, story] of chunk.entries()) {
        results.push(decided[index] ?? (await importStory(payload, { atomic: true, ...options, ...story, context })))
      }
      onProgress?.(results.length, stories.length)
    }
  } finally {
    await preparer?.close()
  }
  return results
}

async function startPreparerOrNot(payload: Payload): Promise<Preparer | undefined> {
  try {
    return startPreparer()
  } catch (error) {
    payload.logger.debug(`story import prepares on the main thread: ${reasonOf(error)}`)
    return undefined
  }
}

/** Adds each imported article's links, as they stand now (after the whole batch), to its report. */
export async function withReadAlso(payload: Payload, results: ImportResult[], caller?: TypedUser): Promise<ImportResult[]> {
  const ids = results.flatMap((result) => (result.id === undefined ? [] : [result.id]))
  if (ids.length === 0) return results
  const { docs } = await payload.find({
    collection: 'read-also-links',
    depth: 0,
    // Over HTTP, the links as the caller may read them (a link to a story they may not read is pending text).
    ...(caller ? { overrideAccess: false, user: caller } : {}),
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
