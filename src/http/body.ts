import type { NextFunction, Request, Response } from 'express'

import { limits } from '../limits'

const problem = (res: Response, status: number, message: string) => res.status(status).json({ errors: [{ message }] })

/** Endpoints that read their own bodies under their own, smaller limit (the story import: 2 MB, streamed). */
const ownLimits = [/^\/api\/articles\/import\/?$/]

const isUpload = (type: string) => type.startsWith('multipart/')
const isJSON = (type: string) => type === '' || type.includes('json')

/**
 * Reads request bodies before they reach Payload's route handlers: a body longer than its route's limit answers
 * 413 (JSON and other bodies MAX_JSON_BODY, multipart uploads MAX_UPLOAD_BODY), from its Content-Length before
 * anything is read, or as soon as a streamed body passes the limit; a JSON body that does not parse, or that is not
 * an object, answers 400 naming the problem. The body that passes is handed on unchanged.
 */
export function bodyLimits() {
  const { jsonBodyBytes, uploadBodyBytes } = limits()
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
    const isApi = req.path.startsWith('/api/')
    const type = String(req.headers['content-type'] ?? '').toLowerCase()
    const limit = isUpload(type) ? uploadBodyBytes : jsonBodyBytes
    const declared = req.headers['content-length']
    if (declared !== undefined && Number(declared) > limit) {
      problem(res, 413, `The request body is ${declared} bytes; the limit for this request is ${limit} bytes.`)
      // The rest of the body is read and dropped, so that the client sees the answer.
      req.resume()
      return
    }
    // The admin's own posts (server actions) are read by Next, which caps them itself.
    if (!isApi || ownLimits.some((path) => path.test(req.path))) return next()
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    req.on('data', (chunk: Buffer) => {
      if (over) return
      size += chunk.length
      if (size > limit) {
        over = true
        chunks.length = 0
        problem(res, 413, `The request body is over the limit for this request (${limit} bytes).`)
        return
      }
      chunks.push(chunk)
    })
    req.on('error', () => undefined)
    req.on('end', () => {
      if (over) return
      const body = Buffer.concat(chunks)
      if (body.length && isJSON(type) && type !== '') {
        let parsed: unknown
        try {
          parsed = JSON.parse(body.toString('utf8'))
        } catch (error) {
          return problem(res, 400, `The request body is not valid JSON: ${(error as Error).message}.`)
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
          return problem(res, 400, `The request body must be a JSON object, not ${Array.isArray(parsed) ? 'a list' : String(parsed === null ? 'null' : typeof parsed)}.`)
      }
      // Payload's route handlers read the body through a web Request made from this request, which iterates it:
      // hand them the bytes read here, and let the request count as unread.
      Object.defineProperties(req, {
        readableAborted: { configurable: true, value: false },
        readableDidRead: { configurable: true, value: false },
        [Symbol.asyncIterator]: {
          configurable: true,
          value: async function* () {
            if (body.length) yield body
          },
        },
      })
      next()
    })
  }
}
