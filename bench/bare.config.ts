/**
 * The bare app the benchmark compares with: the same Payload version, database and collections with the same
 * fields, access rules, indexes and versions as the newsroom, with every collection and field hook, every join
 * field and every custom endpoint taken out. It runs on the database the newsroom app created (joins are not
 * columns, so the schema is the same).
 */
import type { CollectionConfig, Config, Field } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { applyMigrations, databaseFromEnv, dataDir } from '../src/db'
import { newsroom } from '../src/plugin'

function bareFields(fields: Field[]): Field[] {
  return fields
    .filter((field) => field.type !== 'join')
    .map((field) => {
      const bare = { ...field, hooks: undefined } as Field & Record<string, unknown>
      if ('fields' in field && Array.isArray(field.fields)) Object.assign(bare, { fields: bareFields(field.fields) })
      if (field.type === 'tabs') Object.assign(bare, { tabs: field.tabs.map((tab) => ({ ...tab, fields: bareFields(tab.fields) })) })
      if (field.type === 'blocks') Object.assign(bare, { blocks: field.blocks.map((block) => ({ ...block, fields: bareFields(block.fields) })) })
      return bare as Field
    })
}

const bareCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, components: undefined },
  endpoints: [],
  fields: bareFields(collection.fields),
  hooks: {},
})

const newsroomConfig = newsroom({ mediaDir: `${dataDir()}/media` })({ collections: [] } as unknown as Config) as Config

export default buildConfig({
  admin: { user: 'users' },
  collections: (newsroomConfig.collections ?? []).map(bareCollection),
  db: databaseFromEnv(),
  editor: lexicalEditor(),
  logger: { destination: process.stderr, options: { level: 'warn' } },
  onInit: applyMigrations,
  secret: process.env.PAYLOAD_SECRET ?? 'bench',
  telemetry: false,
  typescript: { autoGenerate: false },
})
