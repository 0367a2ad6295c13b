import type { Payload } from 'payload'

import { looseLiteral } from '../text'

/** The one list of line openers that mark a "Read also" reference; sites may pass their own to the plugin. */
export const defaultReadAlsoPrefixes = ['Read also', 'Read more', 'See also', 'Related']

/** The prefixes the app's Articles collection was built with (the plugin's `readAlsoPrefixes`), kept in its `custom`. */
export function configuredPrefixes(payload: Payload): string[] | undefined {
  return (payload.collections.articles?.config.custom as { readAlsoPrefixes?: string[] } | undefined)?.readAlsoPrefixes
}

const quotes = `"'“”„‟‘’‚‛«»‹›`

/**
 * The reference in a line such as `Read also: Putin, Kim meet…` or `READ MORE — “Headline”`, or null when the line is
 * not one. Case, quote and dash styles do not matter.
 */
export function matchReadAlso(line: string, prefixes: string[] = defaultReadAlsoPrefixes): null | string {
  const alternatives = prefixes.map((prefix) => looseLiteral(prefix.trim())).join('|')
  const pattern = new RegExp(`^[\\s${quotes}]*(?:${alternatives})\\s*[:：\\-‐‑‒–—―]\\s*(.+)$`, 'iu')
  const match = pattern.exec(line.normalize('NFKC').trim())
  if (!match?.[1]) return null
  const reference = match[1].trim().replace(new RegExp(`^[${quotes}]+|[${quotes}]+$`, 'gu'), '').trim()
  return reference || null
}
