import type { CollectionConfig } from 'payload'

import { anyone, editors, signedIn } from '../src/access/roles'

export const Sources: CollectionConfig = {
  slug: 'sources',
  access: { create: signedIn, delete: editors, read: anyone, update: editors },
  admin: {
    defaultColumns: ['name', 'kind', 'country'],
    description: 'Who stories cite: agencies, outlets, governments, organisations, people.',
    group: 'Newsroom',
    listSearchableFields: ['name', 'aliases'],
    useAsTitle: 'name',
  },
  defaultPopulate: { name: true, kind: true, url: true },
  fields: [
    { name: 'name', type: 'text', admin: { description: 'Full name, e.g. "Yonhap News Agency".' }, required: true, unique: true },
    {
      name: 'aliases',
      type: 'text',
      admin: { description: 'Other names a story may use, e.g. "Yonhap".' },
      hasMany: true,
      index: true,
    },
    {
      name: 'kind',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'organisation',
      options: [
        { label: 'News agency', value: 'news-agency' },
        { label: 'Outlet', value: 'outlet' },
        { label: 'Government', value: 'government' },
        { label: 'Organisation', value: 'organisation' },
        { label: 'Person', value: 'person' },
      ],
      required: true,
    },
    { name: 'url', type: 'text', admin: { position: 'sidebar' } },
    { name: 'country', type: 'text', admin: { position: 'sidebar' } },
    {
      name: 'articles',
      type: 'join',
      admin: { defaultColumns: ['title', 'publishedAt', '_status'] },
      collection: 'articles',
      defaultSort: '-publishedAt',
      on: 'sources',
    },
  ],
}
