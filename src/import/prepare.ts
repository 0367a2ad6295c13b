import crypto from 'node:crypto'

import type { Article } from '../documents'
import type { ImportResult } from './importStory'

import { paragraphsToLexical } from '../lexical/paragraphs'
import { convertReadAlsoParagraphs } from '../readAlso/parse'
import { toSlug } from '../slugify'
import { lineKey, type ParsedStory, type ParseOptions, parseStory, StoryParseError } from './parse'

/** Names compared without case or accents: "JANE ROE", "Jane Roe" and "Jané Roe" are one author. */
export const nameKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

export type Prepared = {
  bodyHash: string
  contentHash: string
  pageHash: string
  identity: string
  importHash: string
  report: Omit<ImportResult, 'status'>
  slug: string
  story: ParsedStory
  /** The page printed no headline: the title was made from the lede (see workingTitle), and the story is kept a draft. */
  untitled?: boolean
}

/**
 * A title for a story whose page prints none: the opening words of its first paragraph, without the dateline, up to the
 * end of the first sentence or twelve words (with an ellipsis where cut), its first letter a capital. An editor is told
 * to replace it.
 */
export function workingTitle(story: Pick<ParsedStory, 'dateline' | 'paragraphs'>): string {
  let lede = story.paragraphs[0] ?? ''
  if (story.dateline && lede.startsWith(story.dateline)) lede = lede.slice(story.dateline.length)
  lede = lede.replace(/^[\s,:;–—-]+/, '').trim()
  const sentence = /^.*?[.!?]["”’)]*(?=\s+["“‘]?\p{Lu}|$)/u.exec(lede)?.[0] ?? lede
  const words = sentence.split(/\s+/).filter(Boolean)
  const cut = words.length > 12
  const title = words.slice(0, 12).join(' ').replace(cut ? /[,;:.]+$/ : /[.]+$/, '')
  return `${title.charAt(0).toUpperCase()}${title.slice(1)}${cut ? '…' : ''}`
}

/** The text an article shows (headline, dateline, body text and Read-also references), hashed: what an editor edits. */
export function contentHash(article: { body?: Article['body']; dateline?: null | string; title: string }): string {
  const parts: string[] = [article.title, article.dateline ?? '']
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { children, fields, text } = node as { children?: unknown[]; fields?: { headline?: string; url?: string }; text?: string }
    if (typeof text === 'string') parts.push(text)
    if (fields) parts.push(fields.headline ?? '', fields.url ?? '')
    for (const child of children ?? []) walk(child)
  }
  walk(article.body?.root)
  return crypto.createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}

/**
 * What identifies a story across imports: the page's address or source id when it prints one, else a fingerprint of
 * its headline, byline and date (the same story corrected or re-scraped keeps them), with its lede when the page
 * prints neither byline nor date or when its headline is uncertain, and with all its paragraphs when the page printed
 * no headline.
 */
/**
 * Whether a story's fingerprint takes its lede: a page that prints neither byline nor date, or whose headline the
 * parser is unsure of (pages of one site opening on the same menu line, signed by the same desk on the same day, are
 * read with that line as their title): the lede tells them apart.
 */
export const ledeInIdentity = (story: ParsedStory) => (story.authors.length === 0 && !story.publishedAt) || story.confidence.headline === 'low'

export function storyIdentity(story: ParsedStory, untitled = false): string {
  if (story.canonicalUrl) return `url:${story.canonicalUrl.replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase()}`
  if (story.sourceId) return `id:${story.sourceId}`
  // (A title made from the lede is no evidence of its own: two pages opening on the same words are one story only when
  // their paragraphs are the same too. A headline alone is little more: two stories titled "Council approves budget",
  // neither signed nor dated, are one story only when they open on the same lede.)
  const text = untitled ? story.paragraphs.map(lineKey) : ledeInIdentity(story) ? story.paragraphs.slice(0, 1).map(lineKey) : []
  const basis = [lineKey(story.headline), ...story.authors.map((author) => nameKey(author.name)), story.publishedAt ?? '', ...text]
  return `fingerprint:${crypto.createHash('sha256').update(JSON.stringify(basis)).digest('hex').slice(0, 32)}`
}

/** The page as a whole, whatever the parser makes of it: a re-import of the same file finds its earlier import. */
export const pageHash = (text: string) =>
  crypto
    .createHash('sha256')
    .update(text.split(/\r\n?|\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n'))
    .digest('hex')

/**
 * Parses a story and works out what identifies it (slug, identity, page hash) and what it would write (hashes, body),
 * or why it fails. Pure: no database, so that a worker thread can run it for a large batch (src/import/preparer.ts).
 */
export function prepareText(
  { file, publish = false, text }: { file: string; publish?: boolean; text: string },
  parseOptions: ParseOptions,
  prefixes: string[] | undefined,
): ImportResult | Prepared {
  let story: ParsedStory
  try {
    story = parseStory(text, parseOptions)
  } catch (error) {
    if (error instanceof StoryParseError) return { error: error.message, file, status: 'failed' }
    throw error
  }
  // No headline on the page: a working title from the lede, reported as such (and the story kept a draft).
  const untitled = story.headline === ''
  if (untitled) story.headline = workingTitle(story)
  const slug = toSlug(story.headline)
  if (!slug) return { error: `the headline "${story.headline}" has no letter or digit to make a URL slug from`, file, status: 'failed' }
  const importHash = crypto.createHash('sha256').update(JSON.stringify({ publish, story })).digest('hex')
  const identity = storyIdentity(story, untitled)
  const body = convertReadAlsoParagraphs(paragraphsToLexical(story.paragraphs), prefixes)
  const contentHashValue = contentHash({ body, dateline: story.dateline, title: story.headline })
  const report = {
    authors: story.authors.map((author) => author.name),
    canonicalUrl: story.canonicalUrl,
    confidence: story.confidence,
    dateZone: story.dateZone,
    dropped: story.dropped,
    file,
    identity,
    modifiedAt: story.modifiedAt,
    publishedAt: story.publishedAt,
    slug,
    sources: story.sources,
    ...(story.storeDateHint ? { storeDateHint: story.storeDateHint } : {}),
    ...(story.endsCutOff ? { cutOff: `the page's text breaks off in the last paragraph ("${story.paragraphs.at(-1)!.slice(-40)}"): complete it from the source` } : {}),
    suggestedSources: story.suggestedSources,
    title: story.headline,
    ...(untitled ? { untitled: 'the page prints no headline: the title was made from the first paragraph and the story kept a draft' } : {}),
  }
  return { bodyHash: contentHash({ body, title: '' }), contentHash: contentHashValue, identity, importHash, pageHash: pageHash(text), report, slug, story, ...(untitled ? { untitled } : {}) }
}

/** A story as the importer hands it to preparation. */
export type StoryText = { file: string; publish?: boolean; text: string }

/**
 * Prepares the parts of a chunk that this thread takes from `counter` (an Int32 that every thread preparing the chunk
 * raises with Atomics) until none are left, so that each part is prepared once, by whichever thread takes it first.
 * Answers the parts taken here, by index.
 */
export function prepareParts(parts: StoryText[][], counter: SharedArrayBuffer, prepareOne: (story: StoryText) => ImportResult | Prepared): [number, (ImportResult | Prepared)[]][] {
  const taken = new Int32Array(counter)
  const done: [number, (ImportResult | Prepared)[]][] = []
  for (let at = Atomics.add(taken, 0, 1); at < parts.length; at = Atomics.add(taken, 0, 1)) done.push([at, parts[at]!.map(prepareOne)])
  return done
}
