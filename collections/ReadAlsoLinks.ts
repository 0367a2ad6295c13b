import type { CollectionAfterReadHook, CollectionConfig } from 'payload'

export const readAlsoLinksSlug = 'read-also-links'

/** Anonymous readers never learn of an unpublished target: such a link reads as pending text. */
const hideUnpublishedTarget: CollectionAfterReadHook = ({ doc, overrideAccess, req }) => {
  if (overrideAccess || req.user || (doc.state === 'resolved' && doc.toPublished)) return doc
  return { ...doc, candidates: [], note: null, state: 'pending', target: null, to: null }
}

/**
 * The "Read also" edges between articles, derived from article bodies by the Articles hooks: one row per link, in
 * order, with its resolved target or its pending text. Nobody writes them directly; edit the article instead.
 */
export const ReadAlsoLinks: CollectionConfig = {
  slug: readAlsoLinksSlug,
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => (req.user ? true : { fromPublished: { equals: true } }),
    update: () => false,
  },
  admin: {
    defaultColumns: ['text', 'state', 'from', 'to'],
    description: 'Derived from the "Read also" lines of article bodies. Edit the article to change a link.',
    group: 'Newsroom',
    hidden: ({ user }) => !user,
    useAsTitle: 'text',
  },
  defaultPopulate: { note: true, position: true, state: true, target: true, text: true, to: true, toPublished: true, url: true },
  defaultSort: 'position',
  fields: [
    { name: 'from', type: 'relationship', index: true, relationTo: 'articles', required: true },
    { name: 'position', type: 'number', admin: { description: 'Order of appearance in the body, from 0.' }, required: true },
    { name: 'text', type: 'text', admin: { description: 'The headline or URL as written.' }, required: true },
    { name: 'url', type: 'text' },
    {
      name: 'state',
      type: 'select',
      index: true,
      options: [
        { label: 'Resolved', value: 'resolved' },
        { label: 'Pending', value: 'pending' },
        { label: 'Ambiguous', value: 'ambiguous' },
        { label: 'Links to itself', value: 'self' },
      ],
      required: true,
    },
    { name: 'to', type: 'relationship', index: true, relationTo: 'articles' },
    {
      name: 'target',
      type: 'group',
      admin: { description: 'What a teaser needs of the target, kept current when the target changes.' },
      fields: [
        { name: 'title', type: 'text' },
        { name: 'slug', type: 'text' },
        { name: 'publishedAt', type: 'date' },
      ],
    },
    { name: 'note', type: 'text', admin: { description: 'Why the link needs an editor: the articles involved.' } },
    {
      name: 'candidates',
      type: 'json',
      admin: { description: 'Ids of the articles an ambiguous link could mean.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'slugKey', type: 'text', admin: { description: 'Slug key from the URL, when one was given.' }, index: true },
        { name: 'headlineKey', type: 'text', admin: { description: 'Normalised headline key.' }, index: true },
      ],
    },
    // Not indexed: most links come from published stories, so an index on it only tempts the planner away from
    // `from`/`to` in the joins that anonymous reads filter by it.
    { name: 'fromPublished', type: 'checkbox', defaultValue: false },
    { name: 'toPublished', type: 'checkbox', defaultValue: false },
  ],
  hooks: { afterRead: [hideUnpublishedTarget] },
}
