import type { Endpoint } from 'payload'

import { hasRole } from '../../../src/access/roles'
import { importStory, withReadAlso } from '../../../src/import/importStory'
import { decodeStory, StoryParseError } from '../../../src/import/parse'

const statusCodes = { conflict: 409, created: 201, failed: 400, unchanged: 200, updated: 200 } as const

/**
 * POST /api/articles/import: the story importer for signed-in editors. The body is the story as plain text
 * (Content-Type text/plain, the file name in ?file=) or JSON { text, file?, publish? }. Contributors' imports land as
 * drafts; editors and admins may publish with ?publish=true. Answers with the import report.
 */
export const importStoryEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in to import stories.' }] }, { status: 401 })
    const query = req.searchParams
    let text: string
    let file = query.get('file') ?? 'upload.txt'
    let publish = query.get('publish') === 'true'
    try {
      if (req.headers.get('content-type')?.includes('application/json')) {
        const body = (await req.json?.()) as { file?: string; publish?: boolean; text?: unknown }
        if (typeof body?.text !== 'string') throw new StoryParseError('the JSON body needs a "text" string')
        text = decodeStory(new TextEncoder().encode(body.text))
        file = body.file ?? file
        publish = body.publish ?? publish
      } else {
        text = decodeStory(new Uint8Array(await new Response(req.body).arrayBuffer()))
      }
    } catch (error) {
      const message = error instanceof StoryParseError ? error.message : 'the request body could not be read as a story'
      return Response.json({ errors: [{ message }], file, status: 'failed' }, { status: 400 })
    }
    const canPublish = hasRole(req, 'editor')
    const result = await importStory(req.payload, { file, publish: publish && canPublish, text, user: req.user })
    const [report] = await withReadAlso(req.payload, [result])
    const note = publish && !canPublish ? 'Contributors import drafts; an editor publishes.' : undefined
    return Response.json(
      { ...report, ...(note ? { note } : {}), ...(result.error ? { errors: [{ message: result.error }] } : {}) },
      { status: statusCodes[result.status] },
    )
  },
  method: 'post',
  path: '/import',
}
