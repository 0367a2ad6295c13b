import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { ParseOptions } from './parse'
import type { Prepared, StoryText } from './prepare'
import type { ImportResult } from './importStory'

/**
 * Prepares the stories of a large import in a worker thread, so that parsing the next chunk (about half the time of
 * an import) overlaps writing this one. Each call answers one chunk's preparations in order, exactly as
 * `prepareText` answers them on the main thread; any failure of the worker rejects, and the caller prepares that
 * chunk itself.
 */
type Answer = ImportResult | Prepared

export type Preparer = {
  close: () => Promise<void>
  prepare: (stories: StoryText[], parseOptions: ParseOptions, prefixes: string[] | undefined) => Promise<Answer[]>
  /**
   * Prepares a chunk in parts shared with the calling thread: the worker takes parts from `counter` (an Int32 it
   * raises with Atomics) until none are left, as the caller may too, and answers the parts it took by index.
   */
  share: (parts: StoryText[][], counter: SharedArrayBuffer, parseOptions: ParseOptions, prefixes: string[] | undefined) => Promise<[number, Answer[]][]>
}

/**
 * The worker next to this module: the built package runs its JavaScript; from the TypeScript sources (the app, its
 * CLI and tests), a worker does not inherit the loader that runs TypeScript, so it registers tsx's before loading.
 */
function spawnWorker(): Worker {
  // Paths built at run time: a bundler (the admin's Next.js build) must not try to bundle the worker, which only the
  // command-line import starts.
  const here = path.dirname(fileURLToPath(import.meta.url))
  const fromSource = import.meta.url.endsWith('.ts')
  const worker = path.join(here, ['prepareWorker', fromSource ? 'ts' : 'js'].join('.'))
  if (!fromSource) return new Worker(worker)
  const tsx = createRequire(import.meta.url).resolve(['tsx', 'cjs', 'api'].join('/'))
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(worker)})`, { eval: true })
}

export function startPreparer(): Preparer {
  const worker = spawnWorker()
  let next = 0
  const waiting = new Map<number, { reject: (error: Error) => void; resolve: (parts: [number, Answer[]][]) => void }>()
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error)
    waiting.clear()
  }
  worker.on('message', (message: { error?: string; id: number; parts?: [number, Answer[]][] }) => {
    const call = waiting.get(message.id)
    waiting.delete(message.id)
    if (message.parts) call?.resolve(message.parts)
    else call?.reject(new Error(message.error ?? 'the preparing worker answered nothing'))
  })
  const share: Preparer['share'] = (parts, counter, parseOptions, prefixes) =>
    new Promise((resolve, reject) => {
      const id = next++
      waiting.set(id, { reject, resolve })
      try {
        worker.postMessage({ counter, id, parseOptions, parts, prefixes })
      } catch (error) {
        waiting.delete(id)
        reject(error as Error)
      }
    })
  worker.on('error', failAll)
  worker.on('exit', (code) => failAll(new Error(`the preparing worker exited (${code})`)))
  return {
    close: async () => {
      await worker.terminate()
    },
    // A list of stories is one part that no other thread takes.
    prepare: async (stories, parseOptions, prefixes) => (await share([stories], new SharedArrayBuffer(4), parseOptions, prefixes))[0]?.[1] ?? [],
    share,
  }
}
