/**
 * Generated archives for the benchmarks and the query-plan test: stories in the scraped-text shape the importer
 * reads, each with three Read-also lines to other stories (some to drafts, some to nothing yet), written through
 * the bulk importer the CLI uses. One story in ten stays a draft.
 */
import type { Payload } from 'payload'

import type { ImportResult } from '../src/import/importStory'

export const seedHeadline = (n: number) => `Generated story number ${n} about the harbour`

/** The text of story `n` of an archive of `total`: byline, dateline, sources and three Read-also lines. */
export function seedStory(n: number, total: number, prefix = ''): string {
  return [
    `${prefix}${seedHeadline(n)}`,
    `by Reporter ${n % 25} and The Example Times news desk March ${1 + (n % 28)}, 2026 9:12 AM 3 min read`,
    `PORT ALDER — Paragraph one of story ${n}, the Northwind Wire reported.`,
    'Paragraph two, according to the weather service, with more words to make it a realistic length for a story.',
    `Read also: ${prefix}${seedHeadline((n + 7) % total)}`,
    'Paragraph three has a little more reporting in it.',
    `Read also: ${prefix}${seedHeadline((n * 31 + 3) % total)}`,
    `Read also: ${prefix}${seedHeadline(total + n)}`,
    'Paragraph four closes the story.',
  ].join('\n\n')
}

export const isDraftInSeed = (n: number) => n % 10 === 9

/** The sources the generated stories cite, created once per database. */
export async function seedSources(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'sources' })
  if (totalDocs > 0) return
  for (const source of [
    { aliases: ['Northwind'], kind: 'news-agency' as const, name: 'Northwind Wire' },
    { aliases: ['the weather service'], kind: 'government' as const, name: 'Coastal Weather Service' },
  ]) {
    await payload.create({ collection: 'sources', data: source })
  }
}

/**
 * Imports stories `from`..`to`-1 of an archive of `total` (nine in ten published). Calls
 * `importStories` in two batches, published and drafts, and fails on any story that was not created.
 */
export async function seedArchive(payload: Payload, { from = 0, prefix = '', to, total = to }: { from?: number; prefix?: string; to: number; total?: number }) {
  await seedSources(payload)
  const { importStories } = await import('../src/import/importStory')
  const numbers = Array.from({ length: to - from }, (_, i) => from + i)
  const batch = (draft: boolean) =>
    numbers.filter((n) => isDraftInSeed(n) === draft).map((n) => ({ file: `story-${n}.txt`, text: seedStory(n, total, prefix) }))
  const results: ImportResult[] = [
    ...(await importStories(payload, { publish: true, stories: batch(false) })),
    ...(await importStories(payload, { publish: false, stories: batch(true) })),
  ]
  const failed = results.filter((result) => result.status !== 'created')
  if (failed.length) throw new Error(`seed: ${failed.length} stories not created, first: ${failed[0]!.file} ${failed[0]!.status} ${failed[0]!.error ?? ''}`)
  return results
}
