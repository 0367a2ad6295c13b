import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The flag of a save whose Read-also links are not written yet (src/readAlso/markers.ts). Its index holds the
 * flagged rows only (written by hand: Payload's `index` would index every row and every version), so a start finds
 * them without reading the archive and a save's index write is the flag's own.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`read_also_pending\` text;`)
  await db.run(sql`CREATE INDEX \`articles_read_also_pending_idx\` ON \`articles\` (\`read_also_pending\`) WHERE \`read_also_pending\` IS NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_read_also_pending\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`articles_read_also_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`read_also_pending\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_read_also_pending\`;`)
}
