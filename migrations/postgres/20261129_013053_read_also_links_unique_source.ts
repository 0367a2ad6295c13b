import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "read_also_links" ADD COLUMN "source_title" varchar;
  ALTER TABLE "read_also_links" ADD COLUMN "source_slug" varchar;
  ALTER TABLE "read_also_links" ADD COLUMN "source_published_at" timestamp(3) with time zone;
  UPDATE "read_also_links" AS "link" SET "source_title" = "articles"."title", "source_slug" = "articles"."slug", "source_published_at" = "articles"."published_at" FROM "articles" WHERE "articles"."id" = "link"."from_id";
  DELETE FROM "read_also_links" WHERE "id" NOT IN (SELECT MIN("id") FROM "read_also_links" GROUP BY "from_id", "position");
  CREATE UNIQUE INDEX "from_position_idx" ON "read_also_links" USING btree ("from_id","position");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "from_position_idx";
  ALTER TABLE "read_also_links" DROP COLUMN "source_title";
  ALTER TABLE "read_also_links" DROP COLUMN "source_slug";
  ALTER TABLE "read_also_links" DROP COLUMN "source_published_at";`)
}
