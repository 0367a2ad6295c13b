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

/** The body's form: what a client may send, and how it is read. */
type BodyForm = 'form' | 'json' | 'text'

class Unsupported extends Error {}

/**
 * The form of a body by its Content-Type: the story as text (`text/plain`, or bytes with no type or
 * `application/octet-stream`), JSON, or a form (`multipart/form-data` with the file, or URL-encoded fields). Anything
 * else (HTML, XML, …) is no story text this endpoint can read.
 */
function bodyForm(contentType: null | string): BodyForm {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === '' || type === 'text/plain' || type === 'application/octet-stream') return 'text'
  if (type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type)) return 'json'
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') return 'form'
  throw new Unsupported(`a body of type ${type} is not read: send the story as text/plain, as JSON { "text": "…" } or as a form with a "file" or "text" field`)
}

/** `publish` as given: true or false in JSON, "true" or "false" in a query or a form; anything else is refused. */
function publishFlag(value: unknown, where: 'the form' | 'the JSON body' | 'the query'): boolean | undefined {
  if (value === undefined || value === null) return undefined
  const json = where === 'the JSON body'
  if (json ? typeof value === 'boolean' : value === 'true' || value === 'false') return value === true || value === 'true'
  throw new StoryParseError(`"publish" in ${where} must be ${json ? 'true or false' : '"true" or "false"'}`)
}

/** The story's text, its file name and the publish flag from a body of the given form. */
async function readBody(form: BodyForm, bytes: Uint8Array, contentType: string): Promise<{ file?: string; publish?: boolean; text: string }> {
  if (form === 'text') return { text: decodeStory(bytes) }
  if (form === 'json') {
    let body: unknown
    try {
      body = JSON.parse(new TextDecoder().decode(bytes))
    } catch {
      throw new StoryParseError('the body is not valid JSON')
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new StoryParseError('the JSON body must be an object { "text": "…", "file"?: "…", "publish"?: true }')
    const { file, publish, text } = body as Record<string, unknown>
    if (typeof text !== 'string') throw new StoryParseError('the JSON body needs a "text" string')
    if (file !== undefined && typeof file !== 'string') throw new StoryParseError('"file" in the JSON body must be a string')
    return { file: file as string | undefined, publish: publishFlag(publish, 'the JSON body'), text: decodeStory(new TextEncoder().encode(text)) }
  }
  let fields: FormData
  try {
    fields = await new Response(bytes.slice().buffer as ArrayBuffer, { headers: { 'content-type': contentType } }).formData()
  } catch {
    throw new StoryParseError('the form body could not be read')
  }
  const upload = fields.get('file')
  const typed = fields.get('text')
  if (upload !== null && typed !== null) throw new StoryParseError('the form has both a "file" and a "text" field: send one story')
  const publish = publishFlag(fields.get('publish') ?? undefined, 'the form')
  if (upload instanceof Blob) return { file: 'name' in upload && typeof upload.name === 'string' && upload.name ? upload.name : undefined, publish, text: decodeStory(new Uint8Array(await upload.arrayBuffer())) }
  const text = typeof upload === 'string' ? upload : typed
  if (typeof text !== 'string') throw new StoryParseError('the form needs a "file" (the story\'s text file) or a "text" field')
  return { publish, text: decodeStory(new TextEncoder().encode(text)) }
}

/**
 * POST /api/articles/import: the story importer for signed-in editors. The body is the story as plain text
 * (Content-Type text/plain, the file name in ?file=), JSON { text, file?, publish? } or a form (multipart with the
 * text file in "file", or URL-encoded "text"); any other type is refused with 415. Contributors' imports land as
 * drafts; editors and admins may publish with ?publish=true. Answers with the import report. The size limit is checked
 * before the body is read (413), and the import runs with the caller's access rights: what Payload's access control
 * refuses them fails with 403 and writes nothing, and the report names no article they may not read.
 */
export const importStoryEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in to import stories.' }] }, { status: 401 })
    const query = req.searchParams
    let text: string
    let file = query.get('file') ?? 'upload.txt'
    let publish: boolean
    try {
      publish = publishFlag(query.get('publish') ?? undefined, 'the query') ?? false
      const contentType = req.headers.get('content-type') ?? ''
      const form = bodyForm(contentType)
      const bytes = await readCapped(req.body as ReadableStream<Uint8Array> | null, req.headers.get('content-length'))
      const body = await readBody(form, bytes, contentType)
      text = body.text
      file = body.file ?? file
      publish = body.publish ?? publish
    } catch (error) {
      if (error instanceof TooLarge) return Response.json({ errors: [{ message: error.message }], file, status: 'failed' }, { status: 413 })
      if (error instanceof Unsupported) return Response.json({ errors: [{ message: error.message }], file, status: 'failed' }, { status: 415 })
      const message = error instanceof StoryParseError ? error.message : 'the request body could not be read as a story'
      return Response.json({ errors: [{ message }], file, status: 'failed' }, { status: 400 })
    }
    const canPublish = hasRole(req, 'editor')
    const result = await importStory(req.payload, { asCaller: true, file, publish: publish && canPublish, text, user: req.user })
    const [report] = await withReadAlso(req.payload, [result], req.user)
    const note = publish && !canPublish ? 'Contributors import drafts; an editor publishes.' : undefined
    return Response.json(
      { ...report, ...(note ? { note } : {}), ...(result.error ? { errors: [{ message: result.error }] } : {}) },
      { status: result.status === 'failed' && /not allowed/i.test(result.error ?? '') ? 403 : statusCodes[result.status] },
    )
  },
  method: 'post',
  path: '/import',
}
