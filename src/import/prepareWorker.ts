/**
 * A worker thread that prepares stories of a large import (parse, slug, hashes, body) while the main thread writes
 * the previous chunk (src/import/preparer.ts). Each request is a chunk in parts shared with the main thread: the worker
 * takes parts from the counter both threads raise and answers, by id, the parts it took (by index) with their
 * preparations in order.
 */
import { parentPort } from 'node:worker_threads'

import type { ParseOptions } from './parse'

import { prepareParts, prepareText, type StoryText } from './prepare'

type Request = { counter: SharedArrayBuffer; id: number; parseOptions: ParseOptions; parts: StoryText[][]; prefixes: string[] | undefined }

parentPort?.on('message', ({ counter, id, parseOptions, parts, prefixes }: Request) => {
  try {
    parentPort!.postMessage({ id, parts: prepareParts(parts, counter, (story) => prepareText(story, parseOptions, prefixes)) })
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error), id })
  }
})
