import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, CollectionBeforeValidateHook, FieldHook } from 'payload'

import type { Article } from '../../../payload-types'

import { currentKeys } from '../../../src/readAlso/keys'
import { convertReadAlsoParagraphs } from '../../../src/readAlso/parse'
import { releaseArticleLinks, syncArticleLinks } from '../../../src/readAlso/sync'

/** Pasted "Read also: …" paragraphs become Read-also blocks in the same place, before the body is validated. */
export const convertReadAlsoLines =
  (prefixes: string[]): CollectionBeforeValidateHook<Article> =>
  ({ data }) =>
    data?.body ? { ...data, body: convertReadAlsoParagraphs(data.body, prefixes) } : data

/** The headline and slug keys the article answers to: its current ones and every earlier one, so old links keep resolving. */
export const rememberLinkKeys: FieldHook<Article, string[] | null | undefined> = ({ data, originalDoc, value }) => [
  ...new Set([...(originalDoc?.linkKeys ?? value ?? []), ...currentKeys({ slug: data?.slug, title: data?.title })]),
]

/** Hook `context` flag for bulk writers that settle links themselves afterwards. */
export const skipReadAlsoSync = 'skipReadAlsoSync'

export const syncReadAlso: CollectionAfterChangeHook<Article> = async ({ context, doc, req }) => {
  if (!context[skipReadAlsoSync]) await syncArticleLinks(req, doc)
  return doc
}

export const releaseReadAlso: CollectionBeforeDeleteHook = async ({ context, id, req }) => {
  if (!context[skipReadAlsoSync]) await releaseArticleLinks(req, id)
}
