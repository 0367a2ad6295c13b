/**
 * A worker thread that prepares stories of a large import (parse, slug, hashes, body) while the main thread writes
 * the previous chunk (src/import/preparer.ts). Answers each request by id: a list of stories with their preparations
 * in order, or, for a chunk in parts shared with the main thread, the parts it took (by index) with theirs.
 */
import { parentPort } from 'node:worker_threads'

import type { ParseOptions } from './parse'

import { prepareText } from './prepare'

type Story = { file: string; publish?: boolean; text: string }
type Request = { id: number; parseOptions: ParseOptions; prefixes: string[] | undefined } & (
  | { counter: SharedArrayBuffer; parts: Story[][]; stories?: undefined }
  | { counter?: undefined; parts?: undefined; stories: Story[] }
)

parentPort?.on('message', ({ counter, id, parseOptions, parts, prefixes, stories }: Request) => {
  try {
    if (stories) {
      parentPort!.postMessage({ id, prepared: stories.map((story) => prepareText(story, parseOptions, prefixes)) })
      return
    }
    // Parts are taken one at a time from the counter the main thread takes from too, so neither waits on the other.
    const taken = new Int32Array(counter)
    const done: [number, ReturnType<typeof prepareText>[]][] = []
    for (let at = Atomics.add(taken, 0, 1); at < parts.length; at = Atomics.add(taken, 0, 1)) {
      done.push([at, parts[at]!.map((story) => prepareText(story, parseOptions, prefixes))])
    }
    parentPort!.postMessage({ id, parts: done })
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error), id })
  }
})
