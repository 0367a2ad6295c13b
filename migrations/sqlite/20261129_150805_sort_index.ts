import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`publishedAt_createdAt_idx\` ON \`articles\` (\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedAt_version_createdAt_idx\` ON \`_articles_v\` (\`version_published_at\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_publishedAt_version_createdAt_idx\`;`)
}
