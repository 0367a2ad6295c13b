import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { generationIgnores, generationTable } from '../../src/generation'

/**
 * The content generation (src/generation.ts): one row, raised once per transaction, when it commits, by triggers on
 * every table whose rows a reader's answer can hold (so the new number and the new rows become visible together). Written by hand: the table is not a Payload collection. A migration that adds a
 * table must add its trigger too (`installGenerationTriggers`); until it does, the server finds the table uncovered
 * on start and serves no answer from its read cache.
 */
export async function installGenerationTriggers(db: MigrateUpArgs['db']): Promise<void> {
  const result = (await db.execute(sql`SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename`)) as unknown as { rows: { tablename: string }[] }
  for (const { tablename } of result.rows.filter((row) => !generationIgnores(row.tablename))) {
    // Deferred to the commit: the row's lock is the transaction's last, held only while it commits, so no save
    // waits on it with other locks held (no deadlock with a writer that took them in another order).
    await db.execute(sql.raw(`DROP TRIGGER IF EXISTS "${generationTable}" ON "${tablename}";
      DROP TRIGGER IF EXISTS "${generationTable}_truncate" ON "${tablename}";
      CREATE CONSTRAINT TRIGGER "${generationTable}" AFTER INSERT OR UPDATE OR DELETE ON "${tablename}"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "${generationTable}_raise"();
      CREATE TRIGGER "${generationTable}_truncate" AFTER TRUNCATE ON "${tablename}"
      FOR EACH STATEMENT EXECUTE FUNCTION "${generationTable}_raise"();`))
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`
  CREATE TABLE IF NOT EXISTS "${generationTable}" ("id" integer PRIMARY KEY NOT NULL, "value" bigint NOT NULL DEFAULT 0);
  INSERT INTO "${generationTable}" ("id", "value") VALUES (1, 0) ON CONFLICT ("id") DO NOTHING;
  CREATE OR REPLACE FUNCTION "${generationTable}_raise"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- Once per transaction: later statements of the same transaction find it raised already.
    IF coalesce(current_setting('newsroom.generation_raised', true), '') IS DISTINCT FROM txid_current()::text THEN
      UPDATE "${generationTable}" SET "value" = "value" + 1 WHERE "id" = 1;
      PERFORM set_config('newsroom.generation_raised', txid_current()::text, true);
    END IF;
    RETURN NULL;
  END $$;`))
  await installGenerationTriggers(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  const result = (await db.execute(sql.raw(`SELECT tgname, relname FROM pg_catalog.pg_trigger JOIN pg_catalog.pg_class ON pg_class.oid = tgrelid WHERE tgname IN ('${generationTable}', '${generationTable}_truncate')`))) as unknown as { rows: { relname: string; tgname: string }[] }
  for (const { relname, tgname } of result.rows) await db.execute(sql.raw(`DROP TRIGGER IF EXISTS "${tgname}" ON "${relname}";`))
  await db.execute(sql.raw(`DROP FUNCTION IF EXISTS "${generationTable}_raise"(); DROP TABLE IF EXISTS "${generationTable}";`))
}
