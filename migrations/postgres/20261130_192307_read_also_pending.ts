import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The flag of a save whose Read-also links are not written yet (src/readAlso/markers.ts; set on SQLite only), with an
 * index of the flagged rows only (written by hand: Payload's `index` would index every row and every version).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "read_also_pending" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_read_also_pending" varchar;
  CREATE INDEX "articles_read_also_pending_idx" ON "articles" USING btree ("read_also_pending") WHERE "read_also_pending" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "articles_read_also_pending_idx";
   ALTER TABLE "articles" DROP COLUMN "read_also_pending";
  ALTER TABLE "_articles_v" DROP COLUMN "version_read_also_pending";`)
}
