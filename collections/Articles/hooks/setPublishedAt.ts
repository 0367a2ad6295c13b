import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../src/documents'

/** Stamps the first publication time so feeds can sort by it; an editor's own date wins. */
export const setPublishedAt: CollectionBeforeChangeHook<Article> = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
