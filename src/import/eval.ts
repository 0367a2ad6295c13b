/**
 * npm run import:eval [-- dir] [--json] [--batch]
 * Measures the story parser on a corpus of scraped pages (default test/fixtures/pages): each `name.txt` comes with
 * `name.json` holding what a reader sees on the page (headline, authors, publishedAt, first and last body paragraph,
 * Read-also lines, the chrome lines that must not reach the body, the site whose layout it follows). Prints the
 * accuracy of each field and exits non-zero when one is below the bar. Needs no database. With `--batch` the folder's
 * pages are read as one import batch, as `npm run import -- <dir>` reads them: lines that recur on most of its pages are
 * learnt as the site's chrome (learnBatchChrome) before each page is parsed.
 */
import fs from 'node:fs'
import path from 'node:path'

import { learnBatchChrome, type ParseOptions, parseStory } from './parse'

export type Expected = {
  authors: { kind: 'desk' | 'person'; name: string }[]
  chrome: string[]
  first: string
  headline: string
  last: string
  modifiedAt?: string
  /** Paragraphs that look like chrome but are the story's ("… support us," a trader said): they must stay. */
  mustKeep?: string[]
  publishedAt: null | string
  readAlso: string[]
  site: string
  /** The zone the site prints its times in when it prints none (as `--timezone` would give it). */
  timezone?: string
}

export const fields = ['headline', 'authors', 'date', 'bodyStart', 'bodyEnd', 'readAlso', 'chromeFree'] as const
export type Field = (typeof fields)[number]

/** The bar each field must reach, in percent. */
export const bar: Record<Field, number> = { authors: 95, bodyEnd: 95, bodyStart: 95, chromeFree: 100, date: 95, headline: 100, readAlso: 95 }

export type PageResult = { failures: { field: Field; got: unknown; want: unknown }[]; file: string; site: string }

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** A line as a reader compares it: runs of spaces (no-break ones too) as one, no spaces at the ends, composed. */
const text = (line: unknown) => (typeof line === 'string' ? line.normalize('NFC').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim() : line)

/** An instant as a reader compares it: "2023-09-14T06:37:00Z" and "…00.000Z" are the same time; none is null. */
const instant = (value: unknown) => {
  if (value === undefined || value === null || value === '') return null
  const time = typeof value === 'string' ? Date.parse(value) : NaN
  return Number.isNaN(time) ? value : new Date(time).toISOString()
}

/**
 * Expectations as people write them, in the shape the scorer compares: instants whatever their precision, a
 * missing `modifiedAt`, `readAlso`, `chrome` or `mustKeep` as none, an author given by name alone (matched by name
 * whatever the kind read), lines whatever their spacing.
 */
type Loose = Omit<Expected, 'authors' | 'chrome' | 'readAlso'> & {
  authors?: (string | { kind?: 'desk' | 'person'; name: string })[]
  chrome?: string[]
  readAlso?: string[]
}

/** Scores one page: which fields the parser got right, and what it read instead where it did not. */
export function scorePage(file: string, page: string, expected: Loose, options: ParseOptions = {}): PageResult {
  const failures: PageResult['failures'] = []
  const check = (field: Field, got: unknown, want: unknown) => {
    if (!same(got, want)) failures.push({ field, got, want })
  }
  let story
  try {
    story = parseStory(page, { ...options, timeZone: expected.timezone })
  } catch (error) {
    for (const field of fields) failures.push({ field, got: (error as Error).message, want: 'a story' })
    return { failures, file, site: expected.site }
  }
  check('headline', text(story.headline), text(expected.headline))
  const wanted = (expected.authors ?? []).map((author) => (typeof author === 'string' ? { name: author } : author))
  const got = story.authors.map((author, index) => `${text(author.name)}${wanted[index]?.kind === undefined ? '' : ` (${author.kind})`}`)
  check('authors', got, wanted.map((author) => `${text(author.name)}${author.kind === undefined ? '' : ` (${author.kind})`}`))
  check(
    'date',
    { modifiedAt: instant(story.modifiedAt), publishedAt: instant(story.publishedAt) },
    { modifiedAt: instant(expected.modifiedAt), publishedAt: instant(expected.publishedAt) },
  )
  const paragraphs = story.paragraphs.map(text)
  check('bodyStart', paragraphs[0], text(expected.first))
  // The prose ends before the Read-also lines that close the body.
  check('bodyEnd', paragraphs.at(-1 - (story.closingReadAlso?.length ?? 0)), text(expected.last))
  check('readAlso', story.readAlso.map(text), (expected.readAlso ?? []).map(text))
  const chrome = new Set((expected.chrome ?? []).map(text))
  const chromeInBody = paragraphs.filter((paragraph) => chrome.has(paragraph as string))
  const lost = (expected.mustKeep ?? []).map(text).filter((paragraph) => !paragraphs.includes(paragraph))
  check('chromeFree', { chromeInBody, lost }, { chromeInBody: [], lost: [] })
  return { failures, file, site: expected.site ?? 'unnamed' }
}

/**
 * Every page of a corpus folder, scored; with `batch`, the folder's pages read as one import batch (the chrome that
 * recurs on most of them learnt first, as importStories learns it).
 */
export function evaluateCorpus(dir: string, { batch = false }: { batch?: boolean } = {}): PageResult[] {
  const pages = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const json = path.join(dir, name.replace(/\.txt$/, '.json'))
      if (!fs.existsSync(json)) throw new Error(`${name} has no ${path.basename(json)} with what the page should give`)
      return { expected: JSON.parse(fs.readFileSync(json, 'utf8')) as Loose, name, text: fs.readFileSync(path.join(dir, name), 'utf8') }
    })
  const batchChrome = batch ? learnBatchChrome(pages.map((page) => page.text)) : new Map<string, number>()
  const options: ParseOptions = batchChrome.size > 0 ? { batchChrome, batchSize: pages.length } : {}
  return pages.map((page) => scorePage(page.name, page.text, page.expected, options))
}

/** Per-field accuracy in percent. */
export function accuracy(results: PageResult[]): Record<Field, number> {
  return Object.fromEntries(
    fields.map((field) => [field, results.length === 0 ? 0 : (100 * results.filter((result) => !result.failures.some((failure) => failure.field === field)).length) / results.length]),
  ) as Record<Field, number>
}

function main(argv: string[]): number {
  const dir = argv.find((arg) => !arg.startsWith('--')) ?? path.join('test', 'fixtures', 'pages')
  const results = evaluateCorpus(dir, { batch: argv.includes('--batch') })
  const scores = accuracy(results)
  const below = fields.filter((field) => scores[field] < bar[field])
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ accuracy: scores, bar, below, pages: results.length, results }, null, 2)}\n`)
  } else {
    const sites = new Set(results.map((result) => result.site))
    console.log(`${results.length} pages from ${sites.size} site layouts in ${dir}${argv.includes('--batch') ? ', read as one batch' : ''}`)
    for (const field of fields) {
      console.log(`  ${field.padEnd(11)} ${scores[field].toFixed(1).padStart(5)}%  (bar ${bar[field]}%)${scores[field] < bar[field] ? '  BELOW' : ''}`)
    }
    for (const result of results) {
      for (const failure of result.failures) console.log(`  ${result.file}: ${failure.field}: got ${JSON.stringify(failure.got)}, want ${JSON.stringify(failure.want)}`)
    }
  }
  return below.length > 0 ? 1 : 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  // A reader that stops early (`| head`) closes the pipe: the rest of the report is not wanted, which is no error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
  process.exitCode = main(process.argv.slice(2))
}
