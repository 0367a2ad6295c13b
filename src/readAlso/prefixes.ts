import type { Payload } from 'payload'

import { looseLiteral } from '../text'

/** The one list of line openers that mark a "Read also" reference; sites may pass their own to the plugin. */
export const defaultReadAlsoPrefixes = ['Read also', 'Also read', 'Read more', 'See also', 'Related']

/** The prefixes the app's Articles collection was built with (the plugin's `readAlsoPrefixes`), kept in its `custom`. */
export function configuredPrefixes(payload: Payload): string[] | undefined {
  return (payload.collections.articles?.config.custom as { readAlsoPrefixes?: string[] } | undefined)?.readAlsoPrefixes
}

const quotes = `"'“”„‟‘’‚‛«»‹›`

const dashes = '\\-‐‑‒–—―−'

/**
 * The reference in a line such as `Read also: Putin, Kim meet…` or `READ MORE — “Headline”`, or null when the line is
 * not one. Case, quote and dash styles do not matter, but the opener must be followed by a real separator: a colon,
 * or a dash or a bar with space on both sides ("ALSO READ | …"; "Related-party transactions…" and "Read more about it…" stay prose). Without a
 * separator the line is one only when the rest of it is a link: pass the link's text as `linkText`
 * (`Read also <a>Putin, Kim meet</a>`, or the whole line linked).
 */
export function matchReadAlso(
  line: string,
  prefixes: string[] = defaultReadAlsoPrefixes,
  { linkText }: { linkText?: string } = {},
): null | string {
  const alternatives = prefixes.map((prefix) => looseLiteral(prefix.trim())).join('|')
  const opener = `^[\\s${quotes}]*(?:${alternatives})`
  const text = line.normalize('NFKC').trim()
  const separated = new RegExp(`${opener}(?:\\s*[:：]|\\s+(?:[${dashes}]+|\\|)(?=\\s))\\s*(.+)$`, 'iu').exec(text)
  let reference = separated?.[1]
  if (!reference && linkText?.trim()) {
    const linked = new RegExp(`${opener}\\s+(.+)$`, 'iu').exec(text)?.[1]
    const link = linkText.normalize('NFKC').trim()
    // The link must carry the whole reference: the line is the opener and the link, nothing else.
    if (linked && (stripQuotes(linked) === stripQuotes(link) || link === text)) reference = linked
  }
  return (reference && stripQuotes(reference)) || null
}

const openers: Record<string, string> = { '’': '‘', '”': '“', '»': '«', '›': '‹' }
/**
 * The reference without the quotes set around it: `“Headline”` is `Headline`. A closing mark of a quotation opened inside
 * the title stays (`Men held over ‘hoax calls’`, `Storm victims: 'We're fine'`); an apostrophe is no quotation's mark.
 */
const stripQuotes = (text: string) => {
  const quoted = text.trim()
  const inner = quoted.replace(new RegExp(`^[${quotes}]+`, 'u'), '')
  let end = inner.length
  while (end > 0 && quotes.includes(inner[end - 1]!)) {
    const mark = inner[end - 1]!
    const body = inner.slice(0, end - 1)
    // The quotation opened last in the title is still open: its opening mark comes after the last mark that closes one.
    const opened = openers[mark] ? body.lastIndexOf(openers[mark]!) : Math.max(-1, ...[...body.matchAll(new RegExp(`(?:^|[\\s(:—–-])${mark}(?=\\p{L})`, 'gu'))].map((found) => found.index + found[0].length - 1))
    const closed = Math.max(-1, ...[...body.matchAll(new RegExp(`(?<=[\\p{L}\\d.!?,])${mark}(?=[\\s,.;:!?)]|$)`, 'gu'))].map((found) => found.index))
    if (opened > closed) break
    end--
  }
  return inner.slice(0, end).trim()
}
