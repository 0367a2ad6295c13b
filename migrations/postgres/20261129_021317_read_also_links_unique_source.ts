import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "read_also_links" ADD COLUMN "published_to_id" integer;
  ALTER TABLE "read_also_links" ADD COLUMN "source_title" varchar;
  ALTER TABLE "read_also_links" ADD COLUMN "source_slug" varchar;
  ALTER TABLE "read_also_links" ADD COLUMN "source_published_at" timestamp(3) with time zone;
  ALTER TABLE "read_also_links" ADD CONSTRAINT "read_also_links_published_to_id_articles_id_fk" FOREIGN KEY ("published_to_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "read_also_links_published_to_idx" ON "read_also_links" USING btree ("published_to_id");
  UPDATE "read_also_links" AS "link" SET "source_title" = "articles"."title", "source_slug" = "articles"."slug", "source_published_at" = "articles"."published_at" FROM "articles" WHERE "articles"."id" = "link"."from_id";
  UPDATE "read_also_links" SET "published_to_id" = "to_id" WHERE "state" = 'resolved' AND "to_published" = true;
  DELETE FROM "read_also_links" WHERE "id" NOT IN (SELECT MIN("id") FROM "read_also_links" GROUP BY "from_id", "position");
  CREATE UNIQUE INDEX "from_position_idx" ON "read_also_links" USING btree ("from_id","position");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "read_also_links" DROP CONSTRAINT "read_also_links_published_to_id_articles_id_fk";
  
  DROP INDEX "read_also_links_published_to_idx";
  DROP INDEX "from_position_idx";
  ALTER TABLE "read_also_links" DROP COLUMN "published_to_id";
  ALTER TABLE "read_also_links" DROP COLUMN "source_title";
  ALTER TABLE "read_also_links" DROP COLUMN "source_slug";
  ALTER TABLE "read_also_links" DROP COLUMN "source_published_at";`)
}
