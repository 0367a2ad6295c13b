import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "read_also_links_from_published_idx";
  CREATE INDEX "_status_publishedAt_createdAt_idx" ON "articles" USING btree ("_status","published_at","created_at");
  CREATE INDEX "version__status_version_publishedAt_version_createdAt_idx" ON "_articles_v" USING btree ("version__status","version_published_at","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_publishedAt_createdAt_idx";
  DROP INDEX "version__status_version_publishedAt_version_createdAt_idx";
  CREATE INDEX "read_also_links_from_published_idx" ON "read_also_links" USING btree ("from_published");`)
}
