import type { CollectionConfig } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'

import { publishedOrSignedIn, signedIn } from '../../src/access/roles'
import { newsroomSlug } from '../../src/fields/slug'
import { setPublishedAt } from './hooks/setPublishedAt'

export const Articles: CollectionConfig = {
  slug: 'articles',
  access: {
    create: signedIn,
    delete: signedIn,
    read: publishedOrSignedIn,
    readVersions: signedIn,
    update: signedIn,
  },
  admin: {
    defaultColumns: ['title', 'authors', 'topics', 'publishedAt', '_status'],
    description: 'Stories: headline, standfirst, body, byline and the sources they cite.',
    group: 'Newsroom',
    listSearchableFields: ['title', 'slug', 'dek'],
    useAsTitle: 'title',
  },
  // Related articles, links and joins carry only what a teaser needs.
  defaultPopulate: { publishedAt: true, slug: true, title: true },
  defaultSort: '-publishedAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: { description: 'The headline as readers see it.' },
      label: 'Headline',
      required: true,
    },
    {
      name: 'dek',
      type: 'textarea',
      admin: { description: 'Standfirst: one or two sentences under the headline.' },
      label: 'Standfirst',
    },
    {
      type: 'tabs',
      tabs: [
        {
          fields: [
            { name: 'body', type: 'richText', editor: lexicalEditor(), label: false },
          ],
          label: 'Story',
        },
        {
          fields: [
            {
              name: 'hero',
              type: 'group',
              fields: [
                { name: 'image', type: 'upload', relationTo: 'media' },
                { name: 'caption', type: 'textarea' },
                {
                  name: 'credit',
                  type: 'text',
                  admin: { description: 'Overrides the image credit, e.g. "Photo: Jane Roe / Agency".' },
                },
              ],
              label: 'Hero image',
            },
          ],
          label: 'Media',
        },
      ],
    },
    newsroomSlug('title'),
    {
      name: 'publishedAt',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set on first publish when left empty.',
        position: 'sidebar',
      },
      index: true,
    },
    {
      name: 'dateline',
      type: 'text',
      admin: { description: 'Where the story was filed, e.g. "SEOUL".', position: 'sidebar' },
    },
    {
      name: 'authors',
      type: 'relationship',
      admin: { position: 'sidebar' },
      hasMany: true,
      label: 'Byline',
      relationTo: 'authors',
    },
    {
      name: 'sources',
      type: 'relationship',
      admin: { description: 'Who the story cites.', position: 'sidebar' },
      hasMany: true,
      relationTo: 'sources',
    },
    {
      name: 'topics',
      type: 'relationship',
      admin: { position: 'sidebar' },
      hasMany: true,
      relationTo: 'topics',
    },
  ],
  hooks: {
    beforeChange: [setPublishedAt],
  },
  versions: {
    drafts: { autosave: { interval: 1500 } },
    maxPerDoc: 50,
  },
}
