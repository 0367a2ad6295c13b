import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "source_key" varchar;
  ALTER TABLE "articles" ADD COLUMN "source_page_hash" varchar;
  ALTER TABLE "articles" ADD COLUMN "imported_content_hash" varchar;
  ALTER TABLE "articles" ADD COLUMN "source_modified_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_source_key" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_source_page_hash" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_imported_content_hash" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_source_modified_at" timestamp(3) with time zone;
  CREATE INDEX "articles_source_key_idx" ON "articles" USING btree ("source_key");
  CREATE INDEX "articles_source_page_hash_idx" ON "articles" USING btree ("source_page_hash");
  CREATE INDEX "_articles_v_version_version_source_key_idx" ON "_articles_v" USING btree ("version_source_key");
  CREATE INDEX "_articles_v_version_version_source_page_hash_idx" ON "_articles_v" USING btree ("version_source_page_hash");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_source_key_idx";
  DROP INDEX "articles_source_page_hash_idx";
  DROP INDEX "_articles_v_version_version_source_key_idx";
  DROP INDEX "_articles_v_version_version_source_page_hash_idx";
  ALTER TABLE "articles" DROP COLUMN "source_key";
  ALTER TABLE "articles" DROP COLUMN "source_page_hash";
  ALTER TABLE "articles" DROP COLUMN "imported_content_hash";
  ALTER TABLE "articles" DROP COLUMN "source_modified_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_source_key";
  ALTER TABLE "_articles_v" DROP COLUMN "version_source_page_hash";
  ALTER TABLE "_articles_v" DROP COLUMN "version_imported_content_hash";
  ALTER TABLE "_articles_v" DROP COLUMN "version_source_modified_at";`)
}
