import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { learnBatchChrome } from '../src/import/parse'
import { prepareText } from '../src/import/prepare'
import { startPreparer } from '../src/import/preparer'
import { suiteEnv } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'

/**
 * A large import prepares (parses and hashes) the next chunk in a worker thread while it writes the current one
 * (src/import/preparer.ts). What the worker answers must be what the main thread would: the same stories, slugs,
 * identities and hashes, so that a later import on either path recognises them.
 */
const corpus = path.join('test', 'fixtures', 'pages')
const pages = fs
  .readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: fs.readFileSync(path.join(corpus, file), 'utf8') }))

describe('preparing in a worker thread', () => {
  it('answers exactly what the main thread prepares, for every page of the corpus and a page that fails', async () => {
    const stories = [...pages, { file: 'empty.txt', text: '\n\n' }]
    const batchChrome = learnBatchChrome(stories.map((story) => story.text))
    const options = { batchChrome, batchSize: stories.length, knownSources: [{ aliases: ['the weather service'], id: 1, name: 'Coastal Weather Service' }] }
    const preparer = startPreparer()
    try {
      const inWorker = await preparer.prepare(stories, options, undefined)
      const here = stories.map((story) => prepareText(story, options, undefined))
      expect(inWorker).toHaveLength(stories.length)
      expect(inWorker).toEqual(here)
      expect(inWorker.at(-1)).toMatchObject({ file: 'empty.txt', status: 'failed' })
    } finally {
      await preparer.close()
    }
  })

  it('shares a chunk in parts with the main thread: each part prepared once, by either, and the same either way', async () => {
    const parts = Array.from({ length: Math.ceil(pages.length / 10) }, (_, at) => pages.slice(at * 10, (at + 1) * 10))
    const counter = new SharedArrayBuffer(4)
    const preparer = startPreparer()
    try {
      // Started and loaded before the race begins.
      await preparer.prepare(pages.slice(0, 1), {}, undefined)
      const inWorker = preparer.share(parts, counter, {}, undefined)
      // This thread takes parts from the same counter until none are left, as the importer does after writing a chunk.
      const taken = new Int32Array(counter)
      const here: [number, unknown[]][] = []
      for (let at = Atomics.add(taken, 0, 1); at < parts.length; at = Atomics.add(taken, 0, 1)) here.push([at, parts[at]!.map((story) => prepareText(story, {}, undefined))])
      const there = await inWorker
      const indices = [...here, ...there].map(([at]) => at).sort((a, b) => a - b)
      expect(indices).toEqual(parts.map((_, at) => at))
      expect(there.length).toBeGreaterThan(0)
      for (const [at, answers] of there) expect(answers).toEqual(parts[at]!.map((story) => prepareText(story, {}, undefined)))
    } finally {
      await preparer.close()
    }
  })

  it('rejects, and leaves the chunk to the main thread, when the options cannot be handed over', async () => {
    const preparer = startPreparer()
    try {
      await expect(preparer.prepare(pages.slice(0, 1), { knownSources: [{ aliases: [], id: 1, name: 'X', toString: () => 'x' } as never] }, undefined)).rejects.toThrow()
    } finally {
      await preparer.close()
    }
  })
})

describe('a batch imported through the worker', () => {
  let payload: Payload
  beforeAll(async () => {
    // A database of its own: the whole corpus is imported, headlines that other suites' stories share included.
    payload = await bootPayload('import-worker', suiteEnv('import-worker', { own: true }))
  }, 120_000)
  afterAll(async () => {
    await shutdown(payload)
  })

  it('creates what the main thread would, and a re-import prepared on the main thread finds every story unchanged', async () => {
    const { importStories } = await import('../src/import/importStory')
    // Some corpus pages share a headline on purpose: those fail alike on both paths ("comes from another page").
    const stories = pages.map((page) => ({ file: page.file, text: page.text }))
    const first = await importStories(payload, { chunkSize: 40, prepareInWorker: true, publish: true, stories })
    const created = first.filter((result) => result.status === 'created')
    expect(created.length).toBeGreaterThan(pages.length * 0.8)
    const again = await importStories(payload, { chunkSize: 40, prepareInWorker: false, publish: true, stories })
    expect(again.map((result) => [result.file, result.status === 'created' ? 'created' : result.status])).toEqual(
      first.map((result) => [result.file, result.status === 'created' ? 'unchanged' : result.status]),
    )
  }, 120_000)
})
