import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_key\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_page_hash\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`imported_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_modified_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_source_key_idx\` ON \`articles\` (\`source_key\`);`)
  await db.run(sql`CREATE INDEX \`articles_source_page_hash_idx\` ON \`articles\` (\`source_page_hash\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_key\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_page_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_imported_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_modified_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_source_key_idx\` ON \`_articles_v\` (\`version_source_key\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_source_page_hash_idx\` ON \`_articles_v\` (\`version_source_page_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_source_key_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_source_page_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`source_key\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`source_page_hash\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`imported_content_hash\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`source_modified_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_source_key_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_source_page_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_source_key\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_source_page_hash\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_imported_content_hash\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_source_modified_at\`;`)
}
