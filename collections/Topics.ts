import type { CollectionConfig } from 'payload'

import { anyone, editors } from '../src/access/roles'
import { newsroomSlug } from '../src/fields/slug'

/** Topics form a tree (Asia › Korean Peninsula); the nested-docs plugin adds `parent` and `breadcrumbs`. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: {
    defaultColumns: ['name', 'slug', 'parent'],
    description: 'Subjects and regions, nested.',
    group: 'Newsroom',
    useAsTitle: 'name',
  },
  defaultPopulate: { name: true, slug: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    newsroomSlug('name'),
    { name: 'description', type: 'textarea' },
    {
      name: 'articles',
      type: 'join',
      admin: { defaultColumns: ['title', 'publishedAt', '_status'] },
      collection: 'articles',
      defaultSort: '-publishedAt',
      on: 'topics',
    },
  ],
}
