import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "read_also_saves" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article" varchar,
  	"since" timestamp(3) with time zone NOT NULL,
  	"owner" varchar
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "read_also_saves" CASCADE;`)
}
