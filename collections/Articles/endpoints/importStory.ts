import type { Endpoint } from 'payload'

import { hasRole } from '../../../src/access/roles'
import { importStory, withReadAlso } from '../../../src/import/importStory'
import { decodeStory, maxStoryBytes, StoryParseError } from '../../../src/import/parse'

const statusCodes = { conflict: 409, created: 201, failed: 400, unchanged: 200, updated: 200 } as const

class TooLarge extends Error {}

const limit = `a story is at most ${maxStoryBytes / 1024 / 1024} MB`

/**
 * The request body, read only up to the size limit: a Content-Length over it is refused before anything is read, and
 * a body sent without one (chunked) is cut off as soon as it passes the limit.
 */
async function readCapped(body: null | ReadableStream<Uint8Array> | undefined, declared: null | string): Promise<Uint8Array> {
  if (declared && Number(declared) > maxStoryBytes) throw new TooLarge(`the request body is ${(Number(declared) / 1024 / 1024).toFixed(1)} MB; ${limit}`)
  if (!body) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxStoryBytes) {
      await reader.cancel()
      throw new TooLarge(`the request body is over ${maxStoryBytes / 1024 / 1024} MB; ${limit}`)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/**
 * POST /api/articles/import: the story importer for signed-in editors. The body is the story as plain text
 * (Content-Type text/plain, the file name in ?file=) or JSON { text, file?, publish? }. Contributors' imports land as
 * drafts; editors and admins may publish with ?publish=true. Answers with the import report. The size limit is checked
 * before the body is read (413), and the import runs with the caller's access rights: what Payload's access control
 * refuses them fails with 403 and writes nothing.
 */
export const importStoryEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in to import stories.' }] }, { status: 401 })
    const query = req.searchParams
    let text: string
    let file = query.get('file') ?? 'upload.txt'
    let publish = query.get('publish') === 'true'
    try {
      const bytes = await readCapped(req.body as ReadableStream<Uint8Array> | null, req.headers.get('content-length'))
      if (req.headers.get('content-type')?.includes('application/json')) {
        let body: { file?: string; publish?: boolean; text?: unknown }
        try {
          body = JSON.parse(new TextDecoder().decode(bytes)) as typeof body
        } catch {
          throw new StoryParseError('the body is not valid JSON')
        }
        if (typeof body?.text !== 'string') throw new StoryParseError('the JSON body needs a "text" string')
        text = decodeStory(new TextEncoder().encode(body.text))
        file = body.file ?? file
        publish = body.publish ?? publish
      } else {
        text = decodeStory(bytes)
      }
    } catch (error) {
      if (error instanceof TooLarge) return Response.json({ errors: [{ message: error.message }], file, status: 'failed' }, { status: 413 })
      const message = error instanceof StoryParseError ? error.message : 'the request body could not be read as a story'
      return Response.json({ errors: [{ message }], file, status: 'failed' }, { status: 400 })
    }
    const canPublish = hasRole(req, 'editor')
    const result = await importStory(req.payload, { asCaller: true, file, publish: publish && canPublish, text, user: req.user })
    const [report] = await withReadAlso(req.payload, [result])
    const note = publish && !canPublish ? 'Contributors import drafts; an editor publishes.' : undefined
    return Response.json(
      { ...report, ...(note ? { note } : {}), ...(result.error ? { errors: [{ message: result.error }] } : {}) },
      { status: result.status === 'failed' && /not allowed/i.test(result.error ?? '') ? 403 : statusCodes[result.status] },
    )
  },
  method: 'post',
  path: '/import',
}
