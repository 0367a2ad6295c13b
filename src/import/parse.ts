import { headlineKey } from '../readAlso/keys'
import { matchReadAlso } from '../readAlso/prefixes'
import { looseLiteral } from '../text'
import { type ChromeRule, defaultChromeRules } from './chrome'

export type KnownSource = { aliases?: null | string[]; name: string }

export type ParsedStory = {
  authors: { kind: 'desk' | 'person'; name: string }[]
  dateline: null | string
  /** Lines left out of the story, each with the reason. */
  dropped: { line: string; reason: string }[]
  headline: string
  hero: null | { caption: string; credit: null | string }
  /** Body paragraphs in order, Read-also lines included (the article turns them into blocks). */
  paragraphs: string[]
  publishedAt: null | string
  readAlso: string[]
  /** Known sources the story cites, by their canonical name. */
  sources: string[]
  /** Attributions to names that match no known source, for an editor to add. */
  suggestedSources: string[]
}

export type ParseOptions = { chromeRules?: ChromeRule[]; knownSources?: KnownSource[]; readAlsoPrefixes?: string[] }

export class StoryParseError extends Error {}

const months = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?'
const dateText = `(?:${months})\\.?\\s+\\d{1,2},\\s+\\d{4}(?:,?\\s+\\d{1,2}:\\d{2}\\s*[AP]\\.?M\\.?)?`
const dateOnly = new RegExp(`^(?:(?:Published|Updated)(?: on)?:?\\s+)?(${dateText})(?:\\s+\\d+\\s+min read)?$`, 'i')
const byline = new RegExp(`^by\\s+(.+?)(?:\\s+(${dateText}))?(?:\\s+\\d+\\s+min read)?$`, 'i')
const photoCredit = /^(.*?)\s*\(((?:photo|photograph|image|picture)(?:\s+by|:)\s*[^)]+)\)\s*$/i
const datelinePattern = /^([A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s+\S/
const deskWords = /\b(desk|staff|newsroom|bureau|team|editors|editorial board)\b/i

/** A date such as "March 3, 2024 9:12 AM" as an ISO timestamp (UTC), or null when it does not parse. */
function toIso(text: string): null | string {
  const normalised = text.replace(/(\d)\s*([AP])\.?M\.?/i, '$1 $2M').replace(/\bSept\b/i, 'Sep').replace(',', '')
  const time = Date.parse(`${normalised} UTC`)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

function splitAuthors(names: string): ParsedStory['authors'] {
  return names
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((name) => name.trim().replace(/\.$/, ''))
    .filter(Boolean)
    .map((name) => ({ kind: deskWords.test(name) ? 'desk' : 'person', name }))
}

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
 * Reads a story in the scraped-text shape: headline, byline and date, hero caption, body paragraphs with inline
 * "Read also" lines, and the sources it cites, dropping site chrome and saying why. Pure: no database.
 */
export function parseStory(text: string, options: ParseOptions = {}): ParsedStory {
  const rules = options.chromeRules ?? defaultChromeRules
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const story: ParsedStory = {
    authors: [],
    dateline: null,
    dropped: [],
    headline: '',
    hero: null,
    paragraphs: [],
    publishedAt: null,
    readAlso: [],
    sources: [],
    suggestedSources: [],
  }

  let ended = false
  for (const line of lines) {
    if (ended) {
      story.dropped.push({ line, reason: 'after the end of the story' })
      continue
    }
    const rule = rules.find((candidate) => candidate.pattern.test(line))
    if (rule) {
      story.dropped.push({ line, reason: rule.reason })
      ended = Boolean(rule.endsStory)
      continue
    }
    if (!story.headline) {
      if (/[.!?]["”’]?$/.test(line) && line.split(' ').length > 25) {
        story.dropped.push({ line, reason: 'text before the headline' })
        continue
      }
      story.headline = line
      continue
    }
    if (headlineKey(line) === headlineKey(story.headline)) {
      story.dropped.push({ line, reason: 'repeated headline' })
      continue
    }
    const by = byline.exec(line)
    if (by && story.authors.length === 0 && story.paragraphs.length === 0) {
      story.authors = splitAuthors(by[1]!)
      if (by[2]) story.publishedAt = toIso(by[2])
      continue
    }
    const date = dateOnly.exec(line)
    if (date && story.paragraphs.length === 0) {
      story.publishedAt ??= toIso(date[1]!)
      continue
    }
    const photo = photoCredit.exec(line)
    if (photo) {
      if (!story.hero && story.paragraphs.length === 0) story.hero = { caption: photo[1]!, credit: photo[2]! }
      else story.dropped.push({ line, reason: 'photo caption' })
      continue
    }
    const readAlso = matchReadAlso(line, options.readAlsoPrefixes)
    if (readAlso) story.readAlso.push(readAlso)
    else if (story.paragraphs.length === 0) story.dateline = datelinePattern.exec(line)?.[1]?.trim() ?? null
    story.paragraphs.push(line)
  }

  if (!story.headline) throw new StoryParseError('no recognisable headline: the text has no line that could be one')
  if (story.paragraphs.length === 0) throw new StoryParseError('no body: only a headline was found')

  const known = new Map<string, string>()
  for (const source of options.knownSources ?? []) {
    for (const name of [source.name, ...(source.aliases ?? [])]) known.set(sourceKey(name), source.name)
  }
  const cited = new Set<string>()
  const suggested = new Set<string>()
  for (const paragraph of story.paragraphs) {
    if (matchReadAlso(paragraph, options.readAlsoPrefixes)) continue
    for (const [name, canonical] of known) if (cites(paragraph, name)) cited.add(canonical)
    for (const name of attributions(paragraph)) if (!known.has(sourceKey(name))) suggested.add(name.replace(/^the\s+/i, ''))
  }
  story.sources = [...cited]
  story.suggestedSources = [...suggested].filter((name) => !cited.has(name))
  return story
}

export const maxStoryBytes = 2 * 1024 * 1024

/** Decodes an uploaded file as text, refusing what is not a story: empty, binary, oversized or not UTF-8/UTF-16. */
export function decodeStory(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new StoryParseError('empty file')
  if (bytes.length > maxStoryBytes) {
    throw new StoryParseError(`file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a story is at most ${maxStoryBytes / 1024 / 1024} MB`)
  }
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  else {
    if (bytes.includes(0)) throw new StoryParseError('binary data, not text')
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new StoryParseError('not UTF-8 text (another encoding, such as Latin-1?); convert the file to UTF-8')
    }
  }
  text = text.replace(/^\uFEFF/, '')
  const control = [...text].filter((char) => /[\u0000-\u0008\u000E-\u001F]/.test(char)).length
  if (control > text.length / 100) throw new StoryParseError('binary data, not text')
  if (!text.trim()) throw new StoryParseError('empty file')
  return text
}
