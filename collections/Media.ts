import type { CollectionConfig, Field } from 'payload'

import path from 'node:path'

import { anyone, editors, signedIn } from '../src/access/roles'

/** Who took or owns the picture; newsrooms print it with every use. */
export const creditField: Field = {
  name: 'credit',
  type: 'text',
  admin: { description: 'e.g. "Jane Roe / Example Agency".' },
  required: true,
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
    upload: { mimeTypes: ['image/*'], staticDir: path.resolve(staticDir) },
  }
}
