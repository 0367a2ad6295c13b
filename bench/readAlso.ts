/**
 * Read-also save cost, on the embedded default (a scratch SQLite file), in one run:
 *   - the median save of an article with three Read-also lines against the same article without them;
 *   - the same save with 1,000 and with 10,000 articles stored.
 * Saves are measured both as creates (links written) and as re-saves of an edited paragraph (links unchanged).
 * Prints ratios; absolute times depend on the machine and are shown for context only.
 */
import type { Payload } from 'payload'

import { scratchPayload } from './scratch'

const { done, payload } = await scratchPayload('read-also')
const { paragraphsToLexical } = await import('../src/lexical/paragraphs')
const { headlineKey, slugKey } = await import('../src/readAlso/keys')

const iterations = Number(process.env.BENCH_ITERATIONS ?? 60)
const targets = ['Harbour wall approved after record surge', 'Fishing fleet stays in port', 'Engineers warn on sea defences']
const reporting = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of ordinary reporting, long enough to look like a real one.`)
const plainBody = (n: number) => paragraphsToLexical([`Lead paragraph ${n}.`, ...reporting])
const linkedBody = (n: number) =>
  paragraphsToLexical([`Lead paragraph ${n}.`, ...reporting.slice(0, 3), ...targets.map((t) => `Read also: ${t}`), ...reporting.slice(3)])

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await run()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Stores articles straight through the adapter (no hooks), with their lookup keys, until `total` exist. */
async function fillTo(payload: Payload, total: number) {
  const { totalDocs } = await payload.count({ collection: 'articles' })
  for (let n = totalDocs; n < total; n++) {
    const title = n < targets.length ? targets[n]! : `Archive story number ${n}`
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    await payload.db.create({
      collection: 'articles',
      data: { _status: 'published', body: plainBody(n), headlineKey: headlineKey(title), slug, slugKey: slugKey(slug), title },
    })
  }
}

type Variant = 'linked' | 'plain'

async function measure(payload: Payload, label: string, runs = iterations) {
  const samples: Record<`${'create' | 'resave'}-${Variant}`, number[]> = {
    'create-linked': [],
    'create-plain': [],
    'resave-linked': [],
    'resave-plain': [],
  }
  const body = (variant: Variant, n: number) => (variant === 'linked' ? linkedBody(n) : plainBody(n))
  for (let i = -5; i < runs; i++) {
    for (const variant of ['plain', 'linked'] as Variant[]) {
      const title = `Bench ${label} ${variant} run ${i + 5}`
      let id: number | string = 0
      const create = await timed(async () => {
        id = (await payload.create({ collection: 'articles', data: { _status: 'published', body: body(variant, i), title } })).id
      })
      const resave = await timed(() =>
        payload.update({ collection: 'articles', data: { body: body(variant, i + 1000) }, id }),
      )
      if (i >= 0) {
        samples[`create-${variant}`].push(create)
        samples[`resave-${variant}`].push(resave)
      }
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)])) as Record<keyof typeof samples, number>
}

await fillTo(payload, 1000)
// A first pass warms the JIT and caches so that the 1,000 and 10,000 figures compare like with like.
await measure(payload, 'warm-up', 20)
const atThousand = await measure(payload, '1k')
await fillTo(payload, 10000)
const atTenThousand = await measure(payload, '10k')

const ms = (value: number) => `${value.toFixed(1)} ms`
const ratio = (a: number, b: number) => (a / b).toFixed(3)
console.log(`Read-also save cost (SQLite, ${iterations} saves per median)`)
for (const kind of ['create', 'resave'] as const) {
  const plain1 = atThousand[`${kind}-plain`]
  const linked1 = atThousand[`${kind}-linked`]
  const linked10 = atTenThousand[`${kind}-linked`]
  const plain10 = atTenThousand[`${kind}-plain`]
  console.log(`  ${kind} at 1,000 stored: plain ${ms(plain1)}, with 3 Read-also lines ${ms(linked1)}`)
  console.log(`  ${kind} at 10,000 stored: plain ${ms(plain10)}, with 3 Read-also lines ${ms(linked10)}`)
  console.log(`    3 lines / none (1,000 stored):            ${ratio(linked1, plain1)}  (target ≤ 1.15)`)
  console.log(`    10,000 stored / 1,000 stored (3 lines):   ${ratio(linked10, linked1)}  (target ≤ 1.2)`)
}
await done()
process.exit(0)
