import type { CollectionConfig } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { knownStatus, workflowFields } from '../../src/access/articleFields'
import { createArticles, editorsField, editorsOnly, readArticles, updateArticles } from '../../src/access/content'
import { readSchedulesEarly, scheduledField, scheduleEndpoint } from '../../src/workflow/schedule'
import { newsroomSlug } from '../../src/fields/slug'
import { ReadAlsoBlock } from '../../src/readAlso/block'
import { defaultReadAlsoPrefixes } from '../../src/readAlso/prefixes'
import { readAlsoLinksSlug } from '../ReadAlsoLinks'
import { headlineKey, slugKey } from '../../src/readAlso/keys'
import { articleAliasesSlug } from '../ArticleAliases'
import { importStoryEndpoint } from './endpoints/importStory'
import { stableSort } from '../../src/hooks/stableSort'
import { fillLinkJoins, linkJoins, takeOverLinkJoins } from '../../src/readAlso/joins'
import { convertReadAlsoLines, deletedReadAlso, hideUnreachablePicks, keyOf, lockReadAlso, releaseReadAlso, syncReadAlso } from './hooks/readAlso'
import { setPublishedAt } from './hooks/setPublishedAt'

export type ArticlesOptions = {
  /** Line openers that turn a pasted paragraph into a Read-also block. */
  readAlsoPrefixes?: string[]
  /** The auth collection whose accounts are recorded as creators and editors of articles. */
  usersSlug?: string
}

export const articlesCollection = ({ readAlsoPrefixes = defaultReadAlsoPrefixes, usersSlug = 'users' }: ArticlesOptions = {}): CollectionConfig => ({
  slug: 'articles',
  // The newsroom's roles (README, "Users and roles"): contributors write and submit, editors publish.
  access: {
    create: createArticles,
    delete: editorsOnly,
    read: readArticles,
    readVersions: editorsOnly,
    update: updateArticles,
  },
  admin: {
    // Resolved through the package's own exports, so host apps that add the plugin get the same panel.
    components: { beforeListTable: ['newsroom-cms/client#ImportStories'] },
    defaultColumns: ['title', 'authors', 'publishedAt', '_status', 'workflow', 'scheduled'],
    description: 'Stories: headline, standfirst, body, byline and the sources they cite.',
    group: 'Newsroom',
    listSearchableFields: ['title', 'slug', 'dek'],
    useAsTitle: 'title',
  },
  // Read by the story importer, which writes bodies the way the beforeValidate hook would.
  custom: { readAlsoPrefixes },
  // Related articles, links and joins carry only what a teaser needs.
  defaultPopulate: { publishedAt: true, slug: true, title: true },
  // Newest first; creation time and id break ties (stories imported together share both times).
  defaultSort: ['-publishedAt', '-createdAt', '-id'],
  endpoints: [importStoryEndpoint, scheduleEndpoint],
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
            {
              name: 'body',
              type: 'richText',
              editor: lexicalEditor({
                features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [ReadAlsoBlock] })],
              }),
              label: false,
            },
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
        {
          description:
            'Links are derived from the "Read also" blocks of the body each time the article is saved. While a published story has unpublished changes, its links stay those of the published story until the changes are published.',
          fields: [
            {
              name: 'readAlso',
              type: 'join',
              admin: { allowCreate: false, defaultColumns: ['position', 'text', 'state', 'to', 'note'] },
              collection: readAlsoLinksSlug,
              defaultLimit: 100,
              defaultSort: linkJoins.readAlso.order,
              label: 'Read also (links from this story)',
              on: linkJoins.readAlso.on,
            },
            {
              name: 'readAlsoFrom',
              type: 'join',
              admin: { allowCreate: false, defaultColumns: ['from', 'text', 'state'] },
              collection: readAlsoLinksSlug,
              defaultLimit: 100,
              // Newest first by id: on SQLite the index on `to` holds the id, so one story's backlinks are read in
              // order off that index, a plan no planner statistics (stale ones in a long-lived connection) trade for
              // a walk of every link in creation order.
              defaultSort: linkJoins.readAlsoFrom.order,
              label: 'Linked from (backlinks)',
              on: linkJoins.readAlsoFrom.on,
            },
            {
              name: 'aliases',
              type: 'join',
              admin: { allowCreate: false, defaultColumns: ['key'] },
              collection: articleAliasesSlug,
              // Newest first by id (the order they were written in, ties none): a sort on the id needs no check of
              // the reader's access to a sorted field on every read, as a sort on `createdAt` does.
              defaultSort: '-id',
              label: 'Former headlines and slugs (still resolve)',
              on: 'article',
            },
          ],
          label: 'Links',
        },
      ],
    },
    newsroomSlug('title'),
    {
      name: 'importHash',
      type: 'text',
      admin: { description: 'Set by the story importer, to recognise a re-import of the same story.', hidden: true },
    },
    {
      name: 'sourceKey',
      type: 'text',
      admin: { description: 'Set by the story importer: the page address, source id or content fingerprint of an imported story.', hidden: true },
      index: true,
    },
    {
      name: 'sourcePageHash',
      type: 'text',
      admin: { description: 'Set by the story importer: a hash of the imported page as a whole, to find it again whatever was read from it.', hidden: true },
      index: true,
    },
    {
      name: 'importedContentHash',
      type: 'text',
      admin: { description: 'Set by the story importer: a hash of the headline, dateline and body it wrote, to notice an editor’s changes.', hidden: true },
    },
    {
      // On SQLite, the process saving the story while its Read-also links are not written yet (src/readAlso/markers.ts).
      name: 'readAlsoPending',
      type: 'text',
      access: { create: () => false, update: () => false },
      // Indexed by a partial index of the flagged rows only, in the migration that adds the column.
      hidden: true,
    },
    {
      name: 'sourceModifiedAt',
      type: 'date',
      admin: { description: 'The "Updated" time the imported page printed.', hidden: true },
    },
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'headlineKey',
          type: 'text',
          admin: { hidden: true },
          hooks: { beforeChange: [keyOf('title', headlineKey)] },
          index: true,
        },
        { name: 'slugKey', type: 'text', admin: { hidden: true }, hooks: { beforeChange: [keyOf('slug', slugKey)] }, index: true },
      ],
    },
    {
      name: 'publishedAt',
      type: 'date',
      access: { create: editorsField, update: editorsField },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set on first publish when left empty.',
        position: 'sidebar',
      },
      index: true,
    },
    ...workflowFields(usersSlug),
    scheduledField,
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
    afterChange: [syncReadAlso],
    afterDelete: [deletedReadAlso],
    afterOperation: [fillLinkJoins],
    afterRead: [hideUnreachablePicks],
    beforeChange: [setPublishedAt],
    beforeOperation: [lockReadAlso, stableSort, takeOverLinkJoins, readSchedulesEarly],
    beforeDelete: [releaseReadAlso],
    beforeValidate: [knownStatus, convertReadAlsoLines(readAlsoPrefixes)],
  },
  // The default list order read straight off one index: for anonymous readers (published only, newest first), and
  // for staff (every status). Stories share a publication time often (a day's imports dated without a time): an
  // index on publishedAt alone leaves each tie to a sort of all its rows. SQLite keys every index by id last, so
  // the whole order (publishedAt, createdAt, id) is the index's.
  indexes: [{ fields: ['_status', 'publishedAt', 'createdAt'] }, { fields: ['publishedAt', 'createdAt'] }],
  versions: {
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    maxPerDoc: 50,
  },
})
