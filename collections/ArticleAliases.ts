import type { CollectionConfig } from 'payload'

import { signedIn } from '../src/access/roles'

export const articleAliasesSlug = 'article-aliases'

/**
 * Headlines and slugs an article used to have, as lookup keys, so that links written with an old name or an old URL
 * still find it. Written by the Articles hooks when an article is renamed; rows exist only for renamed articles.
 */
export const ArticleAliases: CollectionConfig = {
  slug: articleAliasesSlug,
  access: { create: () => false, delete: () => false, read: signedIn, update: () => false },
  admin: { defaultColumns: ['key', 'article'], group: 'Newsroom', hidden: true, useAsTitle: 'key' },
  fields: [
    { name: 'key', type: 'text', index: true, required: true },
    { name: 'article', type: 'relationship', index: true, relationTo: 'articles', required: true },
  ],
}
