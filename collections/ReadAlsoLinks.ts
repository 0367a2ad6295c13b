import type { AccessResult, CollectionAfterReadHook, CollectionBeforeOperationHook, CollectionConfig, FieldAccess, Where } from 'payload'

import { hasRole } from '../src/access/roles'
import { reachability } from '../src/readAlso/reachability'

export const readAlsoLinksSlug = 'read-also-links'

/** True when an anonymous reader may see where this link points: it is resolved to a published story. */
const showsTarget = (doc: { state?: unknown; toPublished?: unknown } | undefined) =>
  Boolean(doc && doc.state === 'resolved' && doc.toPublished)

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/**
 * Readers never learn of a story they may not read through a link to it: for anonymous readers an unpublished
 * target, for contributors one they did not create (the Articles read rule decides). Such a link reads as pending
 * text. Editors see every link as it is.
 */
const hideUnpublishedTarget: CollectionAfterReadHook = async ({ doc, overrideAccess, req }) => {
  if (overrideAccess || hasRole(req, 'editor') || showsTarget(doc)) return doc
  const to = idOf(doc?.to)
  if (req.user && doc?.state !== 'ambiguous' && to !== null && to !== undefined && (await reachability(req, false).load(String(to)))) return doc
  return { ...doc, candidates: [], note: null, state: 'pending', target: null, to: null }
}

/**
 * Fields that tell where a link points, or whether it points anywhere. Signed-in staff read and query them; an
 * anonymous reader reads them on each row (the afterRead hook blanks them when the target is not published) but may
 * neither filter nor sort by them, as a `where` or `sort` could probe for unpublished stories by title or id. Query
 * checks ask without a document, so they get false.
 */
const targetField: FieldAccess = ({ doc, req }) => Boolean(req.user) || doc !== undefined

/** `where` with every condition on `to` (or a path through it) put on `publishedTo` instead. */
const onPublishedTargets = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) return [key, value.map(onPublishedTargets)]
      if (key === 'to' || key.startsWith('to.')) return [`publishedTo${key.slice(2)}`, value]
      return [key, value]
    }),
  )

/**
 * An anonymous query by target (a backlinks join asks "links whose `to` is this article") is answered from
 * `publishedTo`, which names the target only while it is published: backlinks of published stories work, and a
 * query for an unpublished story's id finds nothing, as if no link pointed there.
 */
const queryPublishedTargets: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const where = 'where' in args ? (args.where as undefined | Where) : undefined
  if ((operation !== 'read' && operation !== 'count') || req.user || args.overrideAccess || !where) return args
  return { ...args, where: onPublishedTargets(where) }
}

/** Fields an anonymous reader never needs: lookup keys and the target's publication flag. */
const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * The "Read also" edges between articles, derived from article bodies by the Articles hooks: one row per link, in
 * order, with its resolved target or its pending text. Nobody writes them directly; edit the article instead.
 */
export const ReadAlsoLinks: CollectionConfig = {
  slug: readAlsoLinksSlug,
  access: {
    create: () => false,
    delete: () => false,
    // The rows of a story follow its own read rule: anonymous readers see those of published stories, contributors
    // also those of their own drafts (a row names its story's headline and slug), editors all.
    read: ({ req }): AccessResult => {
      if (!req.user) return { fromPublished: { equals: true } }
      if (hasRole(req, 'editor')) return true
      return { or: [{ fromPublished: { equals: true } }, { 'from.createdBy': { equals: req.user.id } }] }
    },
    update: () => false,
  },
  admin: {
    defaultColumns: ['text', 'state', 'from', 'to'],
    description: 'Derived from the "Read also" lines of article bodies. Edit the article to change a link.',
    group: 'Newsroom',
    hidden: ({ user }) => !user,
    useAsTitle: 'text',
  },
  defaultPopulate: {
    from: true,
    note: true,
    position: true,
    source: true,
    state: true,
    target: true,
    text: true,
    to: true,
    toPublished: true,
    url: true,
  },
  defaultSort: 'position',
  fields: [
    { name: 'from', type: 'relationship', index: true, relationTo: 'articles', required: true },
    { name: 'position', type: 'number', admin: { description: 'Order of appearance in the body, from 0.' }, required: true },
    {
      name: 'text',
      type: 'text',
      admin: { description: 'The headline or URL as written; empty when an article was picked without one.' },
      // Written by the link sync only, which may leave it empty; never through a form.
      required: true,
    },
    { name: 'url', type: 'text' },
    {
      name: 'state',
      type: 'select',
      access: { read: targetField },
      index: true,
      options: [
        { label: 'Resolved', value: 'resolved' },
        { label: 'Pending', value: 'pending' },
        { label: 'Ambiguous', value: 'ambiguous' },
        { label: 'Links to itself', value: 'self' },
      ],
      required: true,
    },
    { name: 'to', type: 'relationship', access: { read: targetField }, index: true, relationTo: 'articles' },
    {
      name: 'target',
      type: 'group',
      access: { read: targetField },
      admin: { description: 'What a teaser needs of the target, kept current when the target changes.' },
      fields: [
        { name: 'title', type: 'text' },
        { name: 'slug', type: 'text' },
        { name: 'publishedAt', type: 'date' },
      ],
    },
    {
      name: 'note',
      type: 'text',
      access: { read: targetField },
      admin: { description: 'Why the link needs an editor: the articles involved.' },
    },
    {
      name: 'candidates',
      type: 'json',
      access: { read: staffOnly },
      admin: { description: 'Ids of the articles an ambiguous link could mean.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'slugKey',
          type: 'text',
          access: { read: staffOnly },
          admin: { description: 'Slug key from the URL, when one was given.' },
          index: true,
        },
        {
          name: 'headlineKey',
          type: 'text',
          access: { read: staffOnly },
          admin: { description: 'Normalised headline key.' },
          index: true,
        },
      ],
    },
    // Not indexed: most links come from published stories, so an index on it only tempts the planner away from
    // `from`/`to` in the joins that anonymous reads filter by it.
    { name: 'fromPublished', type: 'checkbox', defaultValue: false },
    { name: 'toPublished', type: 'checkbox', access: { read: targetField }, defaultValue: false },
    {
      name: 'publishedTo',
      type: 'relationship',
      admin: { description: 'The target while it is published: what anonymous queries by target see.', hidden: true },
      index: true,
      relationTo: 'articles',
    },
    {
      name: 'source',
      type: 'group',
      admin: { description: 'What a backlink needs of the linking story, kept current when it changes.' },
      fields: [
        { name: 'title', type: 'text' },
        { name: 'slug', type: 'text' },
        { name: 'publishedAt', type: 'date' },
      ],
    },
  ],
  hooks: { afterRead: [hideUnpublishedTarget], beforeOperation: [queryPublishedTargets] },
  // One row per position of a story's links, whatever saves run at once.
  indexes: [{ fields: ['from', 'position'], unique: true }],
}
