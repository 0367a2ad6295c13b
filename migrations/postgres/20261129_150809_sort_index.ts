import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "publishedAt_createdAt_idx" ON "articles" USING btree ("published_at","created_at");
  CREATE INDEX "version_publishedAt_version_createdAt_idx" ON "_articles_v" USING btree ("version_published_at","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "publishedAt_createdAt_idx";
  DROP INDEX "version_publishedAt_version_createdAt_idx";`)
}
