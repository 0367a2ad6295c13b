/**
 * Lookup keys: how a reference and an article meet. A headline key is the headline normalised (Unicode NFKC, case,
 * quotes, dashes, whitespace, trailing punctuation); a slug key is the slug, also the last path segment of a URL.
 */

export type LinkKey = `h:${string}` | `s:${string}`

export function headlineKey(headline: string): LinkKey {
  const normalised = headline
    .normalize('NFKC')
    .toLowerCase()
    // Single and double, straight and curly: house styles differ, the headline is the same.
    .replace(/[‘’‚‛′`´“”„‟″«»"]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?…'-]+$/u, '')
    .replace(/^'+/, '')
  return `h:${normalised}`
}

export function slugKey(slug: string): LinkKey {
  return `s:${slug.normalize('NFKC').toLowerCase().trim()}`
}

/** True for text that names a page rather than a headline: an absolute URL or a site path. */
export function isUrl(text: string): boolean {
  return /^(https?:\/\/\S+|\/\S*)$/i.test(text.trim())
}

/** The slug key of a URL: its last non-empty path segment, without query, fragment or file extension. */
export function urlKey(url: string): LinkKey | null {
  const path = url.trim().replace(/^https?:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? ''
  const segment = path.split('/').filter(Boolean).at(-1)
  if (!segment) return null
  let decoded = segment
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    // a malformed escape stays as written
  }
  return slugKey(decoded.replace(/\.(html?|php|aspx?)$/i, ''))
}

/** The keys an article answers to right now. */
export function currentKeys(article: { slug?: null | string; title?: null | string }): LinkKey[] {
  const keys: LinkKey[] = []
  if (article.title) keys.push(headlineKey(article.title))
  if (article.slug) keys.push(slugKey(article.slug))
  return keys
}
