import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { generationIgnores, generationTable } from '../../src/generation'

/**
 * The content generation (src/generation.ts): one row, raised by triggers on every table whose rows a reader's
 * answer can hold, in the same transaction as each insert, update and delete. Written by hand: the table is not a
 * Payload collection. A migration that adds a table must add its triggers too (`installGenerationTriggers`); until it
 * does, the server finds the table uncovered on start and serves no answer from its read cache.
 */
export async function installGenerationTriggers(db: MigrateUpArgs['db']): Promise<void> {
  const rows = (await db.all(sql`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)) as unknown[]
  const names = rows.map((row) => (Array.isArray(row) ? row[0] : (row as { name: string }).name) as string)
  for (const table of names.filter((name) => !generationIgnores(name))) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      const trigger = `${generationTable}_${table}_${event.toLowerCase()}`
      await db.run(sql.raw(`CREATE TRIGGER IF NOT EXISTS \`${trigger}\` AFTER ${event} ON \`${table}\` BEGIN
        UPDATE \`${generationTable}\` SET \`value\` = \`value\` + 1 WHERE \`id\` = 1;
      END;`))
    }
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql.raw(`CREATE TABLE IF NOT EXISTS \`${generationTable}\` (\`id\` integer PRIMARY KEY NOT NULL, \`value\` integer NOT NULL DEFAULT 0);`))
  await db.run(sql.raw(`INSERT INTO \`${generationTable}\` (\`id\`, \`value\`) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM \`${generationTable}\` WHERE \`id\` = 1);`))
  await installGenerationTriggers(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  const rows = (await db.all(sql.raw(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '${generationTable}\\_%' ESCAPE '\\'`))) as unknown[]
  for (const row of rows) {
    const name = (Array.isArray(row) ? row[0] : (row as { name: string }).name) as string
    await db.run(sql.raw(`DROP TRIGGER IF EXISTS \`${name}\`;`))
  }
  await db.run(sql.raw(`DROP TABLE IF EXISTS \`${generationTable}\`;`))
}
