import type {
  CollectionAfterChangeHook,
  CollectionAfterReadHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeValidateHook,
  FieldHook,
} from 'payload'

import type { Article } from '../../../payload-types'

import { convertReadAlsoParagraphs, readAlsoBlocks } from '../../../src/readAlso/parse'
import { lockBeforeWriting } from '../../../src/readAlso/lock'
import { releaseArticleLinks, syncArticleLinks } from '../../../src/readAlso/sync'

/**
 * Pasted "Read also: …" paragraphs become Read-also blocks in the same place, before the body is validated. On
 * PostgreSQL the save also takes the link-sync lock here, before it writes anything (see `lockBeforeWriting`).
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

export const syncReadAlso: CollectionAfterChangeHook<Article> = async ({ context, doc, operation, previousDoc, req }) => {
  if (!context[skipReadAlsoSync]) await syncArticleLinks(req, doc, previousDoc, operation === 'create')
  return doc
}

export const releaseReadAlso: CollectionBeforeDeleteHook = async ({ context, id, req }) => {
  if (!context[skipReadAlsoSync]) await releaseArticleLinks(req, id)
}

/**
 * A picked article that was deleted, or that this reader may not see, leaves no dead or hidden id in the body: the
 * block keeps its headline and the pick reads as empty. One query, only when the body holds unpopulated picks.
 */
export const hideUnreachablePicks: CollectionAfterReadHook<Article> = async ({ doc, overrideAccess, req }) => {
  const picks = readAlsoBlocks(doc.body as Parameters<typeof readAlsoBlocks>[0]).filter(
    (fields) => fields.article !== null && fields.article !== undefined && typeof fields.article !== 'object',
  )
  if (picks.length === 0) return doc
  const { docs } = await req.payload.find({
    collection: 'articles',
    depth: 0,
    overrideAccess: Boolean(overrideAccess),
    pagination: false,
    req,
    select: {},
    where: { id: { in: picks.map((fields) => fields.article as number | string) } },
  })
  const reachable = new Set(docs.map((article) => String(article.id)))
  for (const fields of picks) if (!reachable.has(String(fields.article))) fields.article = null
  return doc
}
