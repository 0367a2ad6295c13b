import type { LinkKey } from './keys'
import type { LinkRef } from './parse'

import { currentKeys } from './keys'

export type ArticleId = number | string

/** The id of a relationship value, whether stored as an id or populated as a document. */
export const idOf = (value: unknown): ArticleId | null =>
  value && typeof value === 'object' ? ((value as { id?: ArticleId }).id ?? null) : ((value as ArticleId | null | undefined) ?? null)

/** What resolution needs to know of an article that answers to some key. */
export type Candidate = {
  _status?: null | string
  id: ArticleId
  publishedAt?: null | string
  linkKeys?: null | string[]
  slug?: null | string
  title?: null | string
}

export type LinkState = 'ambiguous' | 'pending' | 'resolved' | 'self'

export type Resolution = {
  candidates: ArticleId[]
  note: null | string
  state: LinkState
  to: ArticleId | null
}

const same = (a: ArticleId, b: ArticleId) => String(a) === String(b)
const describe = (article: Candidate) => `"${article.title ?? article.slug ?? article.id}" (id ${article.id})`

/**
 * Resolves one reference against the articles that answer to its keys: an explicitly picked article first, then each
 * key in order (URL slug, then headline), preferring articles whose current headline or slug matches over those
 * that only used to, and published articles over drafts. `previous` keeps an earlier resolution when it is still a match, so links do not flip when a
 * second story later takes the same headline. Self-links and ties are flagged, never guessed.
 */
export function resolveReference(
  ref: Pick<LinkRef, 'articleId' | 'keys'>,
  articles: Candidate[],
  self: ArticleId | undefined,
  previous?: ArticleId | null,
): Resolution {
  if (ref.articleId !== undefined) {
    if (self !== undefined && same(ref.articleId, self)) {
      return { candidates: [], note: 'This link points at the article itself.', state: 'self', to: null }
    }
    const exists = articles.some((article) => same(article.id, ref.articleId!))
    return exists
      ? { candidates: [], note: null, state: 'resolved', to: ref.articleId }
      : { candidates: [], note: 'The picked article no longer exists.', state: 'pending', to: null }
  }

  for (const key of ref.keys) {
    const matching = articles.filter((article) => article.linkKeys?.includes(key))
    if (matching.length === 0) continue
    const others = matching.filter((article) => self === undefined || !same(article.id, self))
    if (others.length === 0) {
      return { candidates: [], note: 'This link matches only the article itself.', state: 'self', to: null }
    }
    const kept = previous !== undefined && previous !== null && others.find((article) => same(article.id, previous))
    if (kept) return { candidates: [], note: null, state: 'resolved', to: kept.id }
    const current = others.filter((article) => currentKeys(article).includes(key as LinkKey))
    const named = current.length > 0 ? current : others
    // Of several stories with one name, a published one beats unpublished drafts: readers can only mean it.
    const published = named.filter((article) => article._status === 'published')
    const best = published.length > 0 ? published : named
    if (best.length === 1) return { candidates: [], note: null, state: 'resolved', to: best[0]!.id }
    return {
      candidates: best.map((article) => article.id),
      note: `Matches ${best.length} articles: ${best.map(describe).join(', ')}. Pick one in the block.`,
      state: 'ambiguous',
      to: null,
    }
  }
  return { candidates: [], note: null, state: 'pending', to: null }
}
