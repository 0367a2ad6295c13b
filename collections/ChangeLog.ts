import type { CollectionConfig } from 'payload'

import { editors } from '../src/access/roles'

export const changeLogSlug = 'change-log'

/**
 * One row per saved or deleted article, author, source or topic, in the order of their ids: what `/api/changes`
 * answers from. `published` is whether the document is visible to anonymous readers after the change, `wasPublished`
 * whether it was before; a row where both are false concerns a draft only and is shown to staff alone. Written by
 * hooks, never through the API; rows older than the retention are pruned.
 */
export const ChangeLog: CollectionConfig = {
  slug: changeLogSlug,
  access: { create: () => false, delete: () => false, read: editors, update: () => false },
  admin: {
    defaultColumns: ['collection', 'doc', 'slug', 'published', 'deleted', 'createdAt'],
    description: 'What changed, for site builds that pull changes since their last build (GET /api/changes).',
    group: 'Delivery',
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  fields: [
    { name: 'collection', type: 'text', index: true, required: true },
    { name: 'doc', type: 'text', index: true, required: true },
    { name: 'slug', type: 'text' },
    { name: 'published', type: 'checkbox', defaultValue: false, index: true },
    { name: 'wasPublished', type: 'checkbox', defaultValue: false, index: true },
    { name: 'deleted', type: 'checkbox', defaultValue: false },
    { name: 'status', type: 'text' },
  ],
  timestamps: true,
}
