import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionAfterReadHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeValidateHook,
  FieldHook,
  PayloadRequest,
} from 'payload'

import type { Article } from '../../../src/documents'

import { convertReadAlsoParagraphs, readAlsoBlocks } from '../../../src/readAlso/parse'
import { lockBeforeWriting } from '../../../src/readAlso/lock'
import { linksWritten, markDelete } from '../../../src/readAlso/markers'
import { reachability } from '../../../src/readAlso/reachability'
import { releaseArticleLinks, syncArticleLinks } from '../../../src/readAlso/sync'

/** The operations that may change links; reads never take the link-sync lock. */
const writes = new Set(['create', 'delete', 'restoreVersion', 'update'])

/**
 * On PostgreSQL, a save or delete of articles takes the link-sync lock first thing in its transaction, before
 * Payload reads the stored article: two at once on one story go one after the other, the second reading what the
 * first left (an update or delete of a story deleted meanwhile finds nothing and answers 404), and none writes
 * anything before it holds the lock (see `lockBeforeWriting`).
 */
export const lockReadAlso: CollectionBeforeOperationHook = async ({ args, context, operation, req }) => {
  if (writes.has(operation) && !context?.[skipReadAlsoSync]) await lockBeforeWriting(req)
  return args
}

/**
 * Pasted "Read also: …" paragraphs become Read-also blocks in the same place, before the body is validated. The
 * lock is taken again here for writers that run no operation hooks (free when `lockReadAlso` took it already).
 */
export const convertReadAlsoLines =
  (prefixes: string[]): CollectionBeforeValidateHook<Article> =>
  async ({ context, data, req }) => {
    if (!context[skipReadAlsoSync]) await lockBeforeWriting(req)
    return data?.body ? { ...data, body: convertReadAlsoParagraphs(data.body, prefixes) } : data
  }

/** Keeps a lookup key in step with the field it is derived from (the headline or the slug). */
export const keyOf =
  (source: 'slug' | 'title', toKey: (text: string) => string): FieldHook<Article, null | string | undefined> =>
  ({ data, originalDoc }) => {
    const text = data?.[source] ?? originalDoc?.[source]
    return text ? toKey(text) : null
  }

/** Hook `context` flag for bulk writers that settle links themselves afterwards. */
export const skipReadAlsoSync = 'skipReadAlsoSync'

/**
 * Derives the saved article's links. On SQLite the save's marker (written with its article row, see
 * src/readAlso/markers.ts) goes once they are written; a sync that fails leaves it, so that the next start re-derives
 * the links of a story whose row was saved without them.
 */
export const syncReadAlso: CollectionAfterChangeHook<Article> = async ({ context, doc, operation, previousDoc, req }) => {
  if (context[skipReadAlsoSync]) return doc
  await syncArticleLinks(req, doc, previousDoc, operation === 'create')
  await linksWritten(req, doc.id)
  return doc
}

/** Releases the links of an article about to be deleted; on SQLite under a marker that goes with the article's row. */
export const releaseReadAlso: CollectionBeforeDeleteHook = async ({ context, id, req }) => {
  if (context[skipReadAlsoSync]) return
  await markDelete(req, id)
  await releaseArticleLinks(req, id)
}

/** The article's row is gone as well: its delete left nothing to repair. */
export const deletedReadAlso: CollectionAfterDeleteHook = async ({ context, id, req }) => {
  if (!context[skipReadAlsoSync]) await linksWritten(req, id)
}

/**
 * A picked article that was deleted, or that this reader may not see, leaves no dead or hidden id in the body: the
 * block keeps its headline and the pick reads as empty. Only bodies with unpopulated picks ask, and all the
 * documents of one read ask together: one query per list, not one per article.
 */
export const hideUnreachablePicks: CollectionAfterReadHook<Article> = async ({ doc, overrideAccess, req }) => {
  const picks = readAlsoBlocks(doc.body as Parameters<typeof readAlsoBlocks>[0]).filter(
    (fields) => fields.article !== null && fields.article !== undefined && typeof fields.article !== 'object',
  )
  if (picks.length === 0) return doc
  const loader = reachability(req, Boolean(overrideAccess))
  const reachable = await loader.loadMany(picks.map((fields) => String(fields.article)))
  picks.forEach((fields, index) => {
    if (reachable[index] !== true) fields.article = null
  })
  return doc
}
