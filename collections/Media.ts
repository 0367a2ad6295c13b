import type { CollectionConfig, CollectionSlug, Field, PayloadRequest } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'
import { headersWithCors } from 'payload'

import { anyone, editors, signedIn } from '../src/access/roles'

/** Who took or owns the picture; newsrooms print it with every use. */
export const creditField: Field = {
  name: 'credit',
  type: 'text',
  admin: { description: 'e.g. "Jane Roe / Example Agency".' },
  required: true,
}

/**
 * A file whose document exists but which is not on this server's disk (a server left on local disk among servers
 * sharing object storage, or a file removed by hand) is a 404 that says so; Payload's own fallback answers 500.
 * Stands aside when a storage adapter serves the collection (it turns local storage off and adds its own handler).
 */
async function missingLocalFile(req: PayloadRequest, { params }: { params: { collection: string; filename: string } }): Promise<Response | void> {
  const upload = req.payload.collections[params.collection as CollectionSlug]?.config.upload
  if (!upload || upload.disableLocalStorage || !upload.staticDir) return
  const dir = path.resolve(upload.staticDir)
  const file = path.resolve(dir, params.filename)
  if (!file.startsWith(dir + path.sep)) return // Payload refuses it with a 400
  try {
    await fs.access(file)
  } catch {
    req.payload.logger.warn(`${params.collection}: the file ${params.filename} is not in ${dir}`)
    return Response.json(
      { errors: [{ message: `The file "${params.filename}" is not stored on this server.` }] },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 404 },
    )
  }
}

export function mediaCollection(staticDir: string): CollectionConfig {
  return {
    slug: 'media',
    access: { create: signedIn, delete: editors, read: anyone, update: editors },
    admin: { defaultColumns: ['filename', 'alt', 'credit'], group: 'Newsroom' },
    fields: [
      { name: 'alt', type: 'text', admin: { description: 'Describes the image for readers who cannot see it.' }, required: true },
      creditField,
    ],
    // (Payload types a handler as answering a Response or nothing, not a Promise of either.)
    upload: { handlers: [missingLocalFile as (req: PayloadRequest, args: { params: { collection: string; filename: string } }) => Promise<void>], mimeTypes: ['image/*'], staticDir: path.resolve(staticDir) },
  }
}
