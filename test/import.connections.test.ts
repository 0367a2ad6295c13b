import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { importStories, importStory } from '../src/import/importStory'
import { runId, suiteEnv } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'

/**
 * On the embedded SQLite file, every chunk of a bulk import runs in a transaction. A transaction must not leave a
 * database connection open behind it: a 100,000-story import is 400 chunks, and a connection left open per chunk
 * keeps its file handle and page cache for the rest of the process's life.
 */
const procFd = '/proc/self/fd'
const hasProc = fs.existsSync(procFd)

let payload: Payload
let file: string
/** Handles on the file before any import: the adapter's own connection. */
let atBoot = 0

beforeAll(async () => {
  const env = suiteEnv('import-connections', { embedded: true })
  const dbPath = env.DATABASE_URI.replace(/^file:/, '')
  file = path.join(fs.realpathSync(path.dirname(dbPath)), path.basename(dbPath))
  payload = await bootPayload('import-connections', env)
  if (hasProc) atBoot = openHandles()
}, 120_000)

afterAll(async () => {
  await shutdown(payload)
})

/** Open file descriptors of this process on the database file itself (not its -wal or -shm files). */
function openHandles(): number {
  let count = 0
  for (const fd of fs.readdirSync(procFd)) {
    try {
      if (fs.readlinkSync(path.join(procFd, fd)) === file) count++
    } catch {
      // Closed between the listing and the read (the listing's own descriptor, for one).
    }
  }
  return count
}

const story = (n: number) =>
  [`Lock keepers report on gate number ${n} ${runId}`, 'By Dana Reyes', `The gate ${n} was inspected on Monday, the keepers said.`, 'Repairs start next month.'].join('\n\n')
const stories = (from: number, count: number) => Array.from({ length: count }, (_, k) => ({ file: `gate-${from + k}.txt`, text: story(from + k) }))

const describeWithProc = hasProc ? describe : describe.skip
if (!hasProc) console.warn(`skipping the import connection tests: ${procFd} is absent, so open file descriptors cannot be counted here`)

describeWithProc('the bulk importer on a SQLite file', () => {
  it('opens no new database connection per chunk', async () => {
    const first = await importStories(payload, { chunkSize: 2, prepareInWorker: false, stories: stories(0, 2) })
    expect(first.map((result) => result.status)).toEqual(['created', 'created'])
    const afterOneChunk = openHandles()
    // The adapter's connection, and at most one for the importer.
    expect(afterOneChunk).toBeLessThanOrEqual(atBoot + 1)

    const more = await importStories(payload, { chunkSize: 2, prepareInWorker: false, stories: stories(2, 10) })
    expect(more.map((result) => result.status)).toEqual(Array(10).fill('created'))
    // Five more chunks, five more transactions: not one more handle on the file.
    expect(openHandles()).toBe(afterOneChunk)
  })

  it('runs atomic imports started at once in one process one after another, each whole', async () => {
    const before = openHandles()
    const four = stories(20, 4)
    const results = await Promise.all(four.map((one) => importStory(payload, { ...one, atomic: true })))
    expect(results.map((result) => result.status)).toEqual(['created', 'created', 'created', 'created'])
    const titles = four.map((one) => one.text.split('\n')[0]!)
    const { docs } = await payload.find({ collection: 'articles', depth: 0, draft: true, pagination: false, where: { title: { in: titles } } })
    expect(docs.map((doc) => doc.title).sort()).toEqual([...titles].sort())
    expect(openHandles()).toBe(before)
  })

  it('ends a failed transaction so that the next import goes on', async () => {
    // Without the rights to create its author, the import fails inside its transaction, which is rolled back.
    const failed = await importStory(payload, { ...stories(30, 1)[0]!, asCaller: true, atomic: true, user: null })
    expect(failed.status).toBe('failed')
    const [next] = await Promise.all([importStory(payload, { ...stories(31, 1)[0]!, atomic: true })])
    expect(next!.status).toBe('created')
    const { totalDocs } = await payload.count({ collection: 'articles', where: { title: { equals: `Lock keepers report on gate number 30 ${runId}` } } })
    expect(totalDocs).toBe(0)
  })

})
