import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Articles per `_status`, kept by triggers in the same transaction as every write to `articles` (src/counts.ts reads
 * list totals from it instead of counting the archive). Written by hand: the table is not a Payload collection.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "article_status_counts" ("status" text PRIMARY KEY NOT NULL, "n" bigint NOT NULL DEFAULT 0);
  LOCK TABLE "articles" IN SHARE MODE;
  DELETE FROM "article_status_counts";
  INSERT INTO "article_status_counts" ("status", "n") SELECT coalesce("_status"::text, ''), count(*) FROM "articles" GROUP BY 1;
  CREATE OR REPLACE FUNCTION "article_status_counts_change"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      UPDATE "article_status_counts" SET "n" = "n" - 1 WHERE "status" = coalesce(OLD."_status"::text, '');
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
      INSERT INTO "article_status_counts" ("status", "n") VALUES (coalesce(NEW."_status"::text, ''), 1)
        ON CONFLICT ("status") DO UPDATE SET "n" = "article_status_counts"."n" + 1;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER "article_status_counts_insert_delete" AFTER INSERT OR DELETE ON "articles"
    FOR EACH ROW EXECUTE FUNCTION "article_status_counts_change"();
  CREATE TRIGGER "article_status_counts_update" AFTER UPDATE OF "_status" ON "articles"
    FOR EACH ROW WHEN (OLD."_status" IS DISTINCT FROM NEW."_status") EXECUTE FUNCTION "article_status_counts_change"();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "article_status_counts_update" ON "articles";
  DROP TRIGGER IF EXISTS "article_status_counts_insert_delete" ON "articles";
  DROP FUNCTION IF EXISTS "article_status_counts_change"();
  DROP TABLE IF EXISTS "article_status_counts";`)
}
