/**
 * A worker thread that prepares stories of a large import (parse, slug, hashes, body) while the main thread writes
 * the previous chunk (src/import/preparer.ts). Answers each request by id with the stories' preparations in order.
 */
import { parentPort } from 'node:worker_threads'

import type { ParseOptions } from './parse'

import { prepareText } from './prepare'

type Request = { id: number; parseOptions: ParseOptions; prefixes: string[] | undefined; stories: { file: string; publish?: boolean; text: string }[] }

parentPort?.on('message', ({ id, parseOptions, prefixes, stories }: Request) => {
  try {
    parentPort!.postMessage({ id, prepared: stories.map((story) => prepareText(story, parseOptions, prefixes)) })
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error), id })
  }
})
