import { looseLiteral } from '../../text'
import type { KnownSource } from '../parse'

/**
 * Sources a story cites: attributions in paragraphs, closing credits, source labels and addresses.
 */

const before = String.raw`(?:[Aa]ccording to|[Cc]iting|[Rr]eported by|[Ss]ource[sd]? (?:at|in|from))\s+`
const after = String.raw`\s+(?:reported|said|says|wrote|announced|stated|confirmed|told)\b`
const properName = String.raw`((?:[A-Z][\w.’'&-]*)(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w.’'&-]*)*)`

/** Names a paragraph attributes information to: "the X reported", "according to X", "citing X", "X wrote". */
export function attributions(paragraph: string): string[] {
  const patterns = [new RegExp(before + String.raw`(?:the\s+)?` + properName, 'g'), new RegExp(String.raw`\b(?:the\s+)?` + properName + after, 'g')]
  const names = patterns.flatMap((pattern) => [...paragraph.matchAll(pattern)].map((match) => match[1]!))
  return names
    .map((name) => name.replace(/[’']s$/, '').replace(/[.,;:]+$/, '').trim())
    .filter((name) => !/^(He|She|They|It|We|I|The|This|That|But|And|However)$/.test(name))
}

/** Whether a paragraph attributes something to `name` (any case): "according to the weather service", "Northwind said". */
function cites(paragraph: string, name: string): boolean {
  const bare = looseLiteral(name.replace(/^the\s+/i, ''))
  return new RegExp(`${before}(?:the\\s+)?${bare}\\b|\\b${bare}${after}`, 'i').test(paragraph)
}

const sourceKey = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").trim()

/**
 * The known sources the paragraphs cite, by their canonical names, and the names they attribute information to that
 * match no known source (for an editor to add). Read-also lines cite nothing.
 */
export function citedSources(paragraphs: string[], knownSources: readonly KnownSource[], isReadAlso: (paragraph: string) => boolean): { sources: string[]; suggested: string[] } {
  const known = new Map<string, string>()
  for (const source of knownSources) {
    for (const name of [source.name, ...(source.aliases ?? [])]) known.set(sourceKey(name), source.name)
  }
  const cited = new Set<string>()
  const suggested = new Set<string>()
  for (const paragraph of paragraphs) {
    if (isReadAlso(paragraph)) continue
    for (const [name, canonical] of known) if (cites(paragraph, name)) cited.add(canonical)
    for (const name of attributions(paragraph)) if (!known.has(sourceKey(name))) suggested.add(name.replace(/^the\s+/i, ''))
  }
  return { sources: [...cited], suggested: [...suggested].filter((name) => !cited.has(name)) }
}
/** A source named the way reporting names it: "according to X", "X said", "X told". */
export const reportedSource = /\b(?:according to|said|told)\b/
export const attribution = /\b(said|says|told|added|wrote|asked|according)\b/i
export const urlLine = /^(?:(?:canonical|source|url|original(?: url)?|link|permalink)\s*:\s*)?(https?:\/\/\S+)$/i
// (…also an agency's "News Code 148490", "News ID: 55210", "Item no. 4471": a label of the content system and a number.)
export const sourceIdLine = /^(?:(?:article|story|source|content|document)\s*(?:id|no\.?|number)\s*[:#]?\s*([\w-]{4,})|(?:news|item|post)\s*(?:id|no\.?|number|code)\s*[:#]?\s*(\d[\d-]{3,}))$/i
/**
 * The outlet a closing credit names: "Source: X", "(example.com)", "*This article was first published by X", "Full story:
 * X", "via X".
 */
export const creditedName = (text: string) =>
  text
    .replace(/^[*:]\s*/, '')
    .replace(/^from\s+(\p{Lu}.*?)\s+https?:\/\/\S+$/u, '$1')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^(?:sources?|(?:(?:get|read|see)\s+)?(?:the\s+)?full (?:story|article|report)(?:\s+(?:at|on|in))?)\s*::?\s*|^via\s+|^(?:edited |an? )?translat(?:ed|ion) (?:from|of a report by) (?:the )?/i, '')
    .replace(/^(?:this (?:article|story|post|report|piece) (?:was |has been )?)?(?:first|originally) (?:published|posted) (?:by|in|on)\s+/i, '')
    .replace(/[.\s]+$/, '')
const creditNames = String.raw`((?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’ -]{0,80}?(?:,\s*(?:and\s+)?(?:the\s+)?\p{Lu}[\p{L}.&'’ -]{0,80}?)*)`
/**
 * A closing credit for the story's sources, in the words that say so: "Some information for this report was provided by
 * AP, AFP and Reuters.", "AP and Reuters contributed to this report.", "Material from Reuters was used in this report."
 * (the names in the first group that matched).
 */
export const contributionCredit = new RegExp(
  String.raw`^(?:(?:Some |Additional |Further |More )?(?:[Ii]nformation|[Mm]aterial|[Rr]eporting|[Dd]etails) for this (?:report|story|article) (?:was|were|has been|have been) (?:provided|supplied|contributed|gathered) by ${creditNames}|${creditNames} contributed (?:reporting |information )?to this (?:report|story|article)|(?:Material|Information) from ${creditNames} (?:was|were) used in this (?:report|story|article))\.?$`,
  'u',
)
/** "Source: http://www.example.com/": a label, then an address (the label, and the address's host without "www."). */
export const labelledUrl = /^([\p{L}]{4,8})\s*:\s*https?:\/\/(?:www\.)?([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)(?:[/?#]\S*)?$/u
/** "Source", "Sources", or the same misspelt by one letter left out, added, changed or two swapped ("Soruce", "Sorce"). */
export function nearSourceLabel(label: string): boolean {
  const a = label.toLowerCase()
  return ['source', 'sources'].some((b) => {
    if (Math.abs(a.length - b.length) > 1) return false
    // Optimal string alignment distance, at most one edit.
    const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
    for (let i = 1; i <= a.length; i++) {
      const row = [i]
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1)
      }
      rows.push(row)
    }
    return rows[a.length]![b.length]! <= 1
  })
}
