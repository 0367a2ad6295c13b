import type { CollectionConfig } from 'payload'

import { anyone, editors, signedIn } from '../src/access/roles'
import { newsroomSlug } from '../src/fields/slug'

export const Authors: CollectionConfig = {
  slug: 'authors',
  access: { create: signedIn, delete: editors, read: anyone, update: editors },
  admin: {
    defaultColumns: ['name', 'kind', 'jobTitle'],
    description: 'People and desks named in bylines.',
    group: 'Newsroom',
    useAsTitle: 'name',
  },
  defaultPopulate: { name: true, kind: true, slug: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    newsroomSlug('name'),
    {
      name: 'kind',
      type: 'select',
      admin: { description: 'A desk is a shared byline such as "The Example Times news desk".', position: 'sidebar' },
      defaultValue: 'person',
      options: [
        { label: 'Person', value: 'person' },
        { label: 'Desk', value: 'desk' },
      ],
      required: true,
    },
    { name: 'jobTitle', type: 'text', admin: { condition: (data) => data?.kind !== 'desk' } },
    { name: 'bio', type: 'textarea' },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'links',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true },
            { name: 'url', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'articles',
      type: 'join',
      admin: { defaultColumns: ['title', 'publishedAt', '_status'] },
      collection: 'articles',
      defaultSort: '-publishedAt',
      on: 'authors',
    },
  ],
}
