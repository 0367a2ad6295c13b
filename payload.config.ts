import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { databaseFromEnv, dataDir, prepareDatabase } from './src/db'
import { seedDemoContent } from './src/demo/seed'
import { hardening, originSettings, requestLimitSettings } from './src/limits'
import { newsroom } from './src/plugin'
import { payloadSecret } from './src/secret'
import { mediaStorage } from './src/storage'

const root = path.dirname(fileURLToPath(import.meta.url))

const { graphQL: graphQLLimits, upload } = requestLimitSettings()

export default buildConfig({
  ...originSettings(),
  admin: {
    avatar: 'default',
    importMap: { baseDir: root, importMapFile: path.join(root, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' · Newsroom' },
  },
  db: databaseFromEnv(),
  editor: lexicalEditor(),
  graphQL: { ...graphQLLimits, schemaOutputFile: path.join(root, 'schema.graphql') },
  // Command-line tools keep stdout for their own output.
  logger: process.env.NEWSROOM_LOG === 'stderr' ? { destination: process.stderr, options: { level: 'warn' } } : undefined,
  onInit: async (payload) => {
    await prepareDatabase(payload)
    if (process.env.NEWSROOM_DEMO !== 'off') await seedDemoContent(payload)
  },
  // Media on the local disk, or in an S3 bucket shared by several servers when S3_BUCKET is set (src/storage.ts).
  plugins: [newsroom({ mediaDir: path.join(dataDir(), 'media') }), mediaStorage(), hardening()],
  secret: payloadSecret(),
  sharp,
  telemetry: false,
  upload,
  // Types are generated on purpose (npm run generate) and checked in CI, never as a side effect of starting.
  typescript: { autoGenerate: false, outputFile: path.join(root, 'payload-types.ts') },
})
