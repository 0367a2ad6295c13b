import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Articles per `_status`, kept by triggers in the same transaction as every write to `articles` (src/counts.ts reads
 * list totals from it instead of counting the archive). Written by hand: the table is not a Payload collection.
 * The triggers never raise a conflict (no INSERT OR IGNORE): Payload saves with an upsert, whose conflict policy
 * would override the trigger's own.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE IF NOT EXISTS \`article_status_counts\` (\`status\` text PRIMARY KEY NOT NULL, \`n\` integer NOT NULL DEFAULT 0);`)
  await db.run(sql`DELETE FROM \`article_status_counts\`;`)
  await db.run(sql`INSERT INTO \`article_status_counts\` (\`status\`, \`n\`) SELECT coalesce(\`_status\`, ''), count(*) FROM \`articles\` GROUP BY coalesce(\`_status\`, '');`)
  await db.run(sql`CREATE TRIGGER \`article_status_counts_insert\` AFTER INSERT ON \`articles\` BEGIN
    INSERT INTO \`article_status_counts\` (\`status\`, \`n\`) SELECT coalesce(NEW.\`_status\`, ''), 0 WHERE NOT EXISTS (SELECT 1 FROM \`article_status_counts\` WHERE \`status\` = coalesce(NEW.\`_status\`, ''));
    UPDATE \`article_status_counts\` SET \`n\` = \`n\` + 1 WHERE \`status\` = coalesce(NEW.\`_status\`, '');
  END;`)
  await db.run(sql`CREATE TRIGGER \`article_status_counts_delete\` AFTER DELETE ON \`articles\` BEGIN
    UPDATE \`article_status_counts\` SET \`n\` = \`n\` - 1 WHERE \`status\` = coalesce(OLD.\`_status\`, '');
  END;`)
  await db.run(sql`CREATE TRIGGER \`article_status_counts_update\` AFTER UPDATE OF \`_status\` ON \`articles\`
    WHEN coalesce(OLD.\`_status\`, '') IS NOT coalesce(NEW.\`_status\`, '') BEGIN
    UPDATE \`article_status_counts\` SET \`n\` = \`n\` - 1 WHERE \`status\` = coalesce(OLD.\`_status\`, '');
    INSERT INTO \`article_status_counts\` (\`status\`, \`n\`) SELECT coalesce(NEW.\`_status\`, ''), 0 WHERE NOT EXISTS (SELECT 1 FROM \`article_status_counts\` WHERE \`status\` = coalesce(NEW.\`_status\`, ''));
    UPDATE \`article_status_counts\` SET \`n\` = \`n\` + 1 WHERE \`status\` = coalesce(NEW.\`_status\`, '');
  END;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER IF EXISTS \`article_status_counts_insert\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`article_status_counts_delete\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`article_status_counts_update\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`article_status_counts\`;`)
}
