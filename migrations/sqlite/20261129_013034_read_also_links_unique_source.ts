import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`read_also_links\` ADD \`source_title\` text;`)
  await db.run(sql`ALTER TABLE \`read_also_links\` ADD \`source_slug\` text;`)
  await db.run(sql`ALTER TABLE \`read_also_links\` ADD \`source_published_at\` text;`)
  // Links written before: the linking story's summary, and one row per (story, position) before the unique index.
  await db.run(
    sql`UPDATE \`read_also_links\` SET \`source_title\` = (SELECT \`title\` FROM \`articles\` WHERE \`articles\`.\`id\` = \`read_also_links\`.\`from_id\`), \`source_slug\` = (SELECT \`slug\` FROM \`articles\` WHERE \`articles\`.\`id\` = \`read_also_links\`.\`from_id\`), \`source_published_at\` = (SELECT \`published_at\` FROM \`articles\` WHERE \`articles\`.\`id\` = \`read_also_links\`.\`from_id\`);`,
  )
  await db.run(
    sql`DELETE FROM \`read_also_links\` WHERE \`id\` NOT IN (SELECT MIN(\`id\`) FROM \`read_also_links\` GROUP BY \`from_id\`, \`position\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`from_position_idx\` ON \`read_also_links\` (\`from_id\`,\`position\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`from_position_idx\`;`)
  await db.run(sql`ALTER TABLE \`read_also_links\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`ALTER TABLE \`read_also_links\` DROP COLUMN \`source_slug\`;`)
  await db.run(sql`ALTER TABLE \`read_also_links\` DROP COLUMN \`source_published_at\`;`)
}
