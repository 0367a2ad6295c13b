import { oneWordDesks } from '../byline'
import { lineKey } from './lines'
import { metaLine } from './meta'
import { sentenceEnd, wordCount } from './words'

/**
 * Chrome learnt across a batch of pages: lines that recur on many of them.
 */

/** Lines (by key) that recur across a batch of pages: on at least half of them and on at least three. */
export function learnBatchChrome(texts: string[]): Map<string, number> {
  const learned = new Map<string, number>()
  if (texts.length < 4) return learned
  const pages = texts.map((text) => {
    const seen = new Map<string, string>()
    for (const raw of text.split(/\r\n?|\n/)) {
      const line = raw.replace(/\s+/g, ' ').trim()
      const key = line ? lineKey(line) : ''
      if (key && !seen.has(key)) seen.set(key, line)
    }
    return seen
  })
  const counts = new Map<string, { count: number; line: string }>()
  for (const page of pages) {
    for (const [key, line] of page) {
      const entry = counts.get(key)
      if (entry) entry.count++
      else counts.set(key, { count: 1, line })
    }
  }
  const floor = Math.max(3, Math.ceil(texts.length / 2))
  // A sentence that opens nearly every page of one site, above anything of the page's own, is the site's (a membership
  // appeal, a funding notice). A sentence further down is a story's, however many pages print it (a paragraph a series
  // shares, or generated stories written from one template).
  const sentenceFloor = Math.max(4, Math.ceil((texts.length * 3) / 4))
  const opening = new Map<string, number>()
  for (const page of pages) {
    for (const key of page.keys()) {
      if ((counts.get(key)?.count ?? 0) < floor) break
      opening.set(key, (opening.get(key) ?? 0) + 1)
    }
  }
  for (const [key, { count, line }] of counts) {
    // Bylines and dates are their authors': only the page furniture (banners, menus, adverts, appeals) is learned.
    if (count < floor || (sentenceEnd.test(line) && wordCount(line) >= 8 && (opening.get(key) ?? 0) < sentenceFloor)) continue
    // (An agency's one-word name alone signs a story only with evidence on its page: recurring, it is the masthead's.)
    const meta = metaLine(line, undefined)
    if (meta && !(meta.unsigned && !meta.station && oneWordDesks.test(line))) continue
    learned.set(key, count)
  }
  return learned
}
