/**
 * Import rate on the embedded default (a scratch SQLite file): 1,000 generated stories in the scraped-text shape
 * through the batch importer the CLI uses (parse, authors, sources, articles with their first versions, Read-also
 * links), against creating the same articles one by one with Payload's Local API (no parsing, authors or links).
 */
import { scratchPayload } from './scratch'

const { done, payload } = await scratchPayload('import')
const { importStories, loadImportContext } = await import('../src/import/importStory')
const { parseStory } = await import('../src/import/parse')
const { paragraphsToLexical } = await import('../src/lexical/paragraphs')

const count = Number(process.env.BENCH_STORIES ?? 1000)
const headline = (n: number) => `Generated story number ${n} about the harbour`
const story = (n: number) =>
  [
    'Join our community',
    headline(n),
    `by Reporter ${n % 25} and The Example Times news desk March ${1 + (n % 28)}, 2026 9:12 AM 3 min read`,
    `PORT ALDER — Paragraph one of story ${n}, the Northwind Wire reported.`,
    `Paragraph two, according to the weather service, with more words to make it a realistic length for a story.`,
    `Read also: ${headline((n + 7) % count)}`,
    'Paragraph three closes the story.',
    'Leave a Comment',
  ].join('\n\n')

for (const source of [
  { aliases: ['Northwind'], kind: 'news-agency' as const, name: 'Northwind Wire' },
  { aliases: ['the weather service'], kind: 'government' as const, name: 'Coastal Weather Service' },
]) {
  await payload.create({ collection: 'sources', data: source })
}
const context = await loadImportContext(payload)
const { knownSources } = context

const texts = Array.from({ length: count }, (_, n) => story(n))
let start = performance.now()
const results = await importStories(payload, { context, stories: texts.map((text, n) => ({ file: `story-${n}.txt`, text })) })
for (const result of results) {
  if (result.status !== 'created') throw new Error(`${result.file}: ${result.status} ${result.error ?? ''}`)
}
const importSeconds = (performance.now() - start) / 1000
const { totalDocs: resolved } = await payload.count({ collection: 'read-also-links', where: { state: { equals: 'resolved' } } })

start = performance.now()
for (const [n, text] of texts.entries()) {
  const parsed = parseStory(text, { knownSources })
  await payload.create({
    collection: 'articles',
    data: { body: paragraphsToLexical(parsed.paragraphs.filter((p) => !p.startsWith('Read also'))), slug: `bare-${n}`, title: `Bare ${parsed.headline}` },
    depth: 0,
    draft: true,
  })
}
const bareSeconds = (performance.now() - start) / 1000

console.log(`Import rate (SQLite, ${count} generated stories)`)
console.log(`  importer: ${(count / importSeconds).toFixed(1)} stories/s (target ≥ 200/s); ${resolved} Read-also links resolved`)
console.log(`  plain Payload creates of the same articles: ${(count / bareSeconds).toFixed(1)} articles/s`)
console.log(`  importer time / plain create time: ${(importSeconds / bareSeconds).toFixed(3)}`)
await done()
process.exit(0)
