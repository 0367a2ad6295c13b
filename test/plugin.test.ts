import type { CollectionConfig, Payload, Plugin } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, getPayload } from 'payload'

import { newsroom } from '../src/plugin'
import { suiteEnv } from './helpers/database'

/** An existing Payload app, shaped like Payload's blank template, that adds the newsroom with one line. */
function hostApp(extra: CollectionConfig[] = [], plugins: Plugin[] = [], env = suiteEnv('plugin')) {
  return buildConfig({
    collections: [
      { slug: 'users', auth: true, fields: [{ name: 'displayName', type: 'text' }] },
      { slug: 'media', fields: [{ name: 'alt', type: 'text', required: true }], upload: { staticDir: `${env.NEWSROOM_DATA_DIR}/media` } },
      { slug: 'pages', fields: [{ name: 'title', type: 'text' }] },
      ...extra,
    ],
    db: sqliteAdapter({ client: { url: env.DATABASE_URI.startsWith('file:') ? env.DATABASE_URI : `file:${env.NEWSROOM_DATA_DIR}/host.db` } }),
    plugins: [newsroom(), ...plugins],
    secret: env.PAYLOAD_SECRET,
    telemetry: false,
    typescript: { autoGenerate: false },
  })
}

describe('newsroom() in an existing Payload app', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getPayload({ config: hostApp(), key: 'host-app' })
  })

  afterAll(async () => {
    await payload?.db?.destroy?.()
  })

  it('adds the newsroom collections beside the app’s own', () => {
    expect(Object.keys(payload.collections)).toEqual(
      expect.arrayContaining(['pages', 'users', 'media', 'articles', 'authors', 'sources', 'topics']),
    )
  })

  it('extends the app’s users with a role and its media with a credit, keeping their fields', () => {
    const names = (slug: 'media' | 'users') => payload.collections[slug].config.flattenedFields.map((field) => field.name)
    expect(names('users')).toEqual(expect.arrayContaining(['displayName', 'role']))
    expect(names('media')).toEqual(expect.arrayContaining(['alt', 'credit']))
  })

  it('stores and reads an article with its byline', async () => {
    const author = await payload.create({ collection: 'authors', data: { kind: 'person', name: 'Host App Reporter' } })
    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', authors: [author.id], title: 'A story in someone else’s app' },
    })
    expect(article.slug).toBe('a-story-in-someone-elses-app')
    const read = await payload.findByID({ collection: 'articles', depth: 1, id: article.id })
    expect(read.authors?.map((byline) => typeof byline === 'object' && byline.name)).toEqual(['Host App Reporter'])
  })

  it('refuses an app that already has a collection it would add, naming it', async () => {
    await expect(hostApp([{ slug: 'articles', fields: [] }])).rejects.toThrow(/already defines the collection\(s\) "articles"/)
  })
})

describe('importing stories in an app that extended Articles', () => {
  // The app's own plugin adds a field with a default value to the newsroom's Articles.
  const kicker: Plugin = (config) => ({
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug === 'articles'
        ? { ...collection, fields: [...collection.fields, { name: 'kicker', type: 'text', defaultValue: 'News' }] }
        : collection,
    ),
  })
  let plain: Payload
  let extended: Payload

  beforeAll(async () => {
    plain = await getPayload({ config: hostApp(), key: 'host-app-plain' })
    extended = await getPayload({ config: hostApp([], [kicker], suiteEnv('plugin-extended')), key: 'host-app-extended' })
  })

  afterAll(async () => {
    await plain?.db?.destroy?.()
    await extended?.db?.destroy?.()
  })

  it('writes in bulk for the newsroom as shipped, and through Payload once the app added a field, so its rules run', async () => {
    const { bulkArticleWriter } = await import('../src/import/bulkWrite')
    const { importStories } = await import('../src/import/importStory')
    expect(bulkArticleWriter(plain)).not.toHaveProperty('reason')
    expect(bulkArticleWriter(extended)).toEqual({ reason: 'Articles has fields added by the app (kicker)' })

    const [result] = await importStories(extended, { stories: [{ file: 'kicker.txt', text: 'Ferry timetable changes\n\nThe winter timetable starts on Monday.' }] })
    expect(result).toMatchObject({ status: 'created' })
    const article = await extended.findByID({ collection: 'articles', depth: 0, draft: true, id: result!.id! })
    expect(article).toMatchObject({ kicker: 'News', title: 'Ferry timetable changes' })
  })
})
