import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "change_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc" varchar NOT NULL,
  	"slug" varchar,
  	"published" boolean DEFAULT false,
  	"was_published" boolean DEFAULT false,
  	"deleted" boolean DEFAULT false,
  	"status" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "change_log_id" integer;
  CREATE INDEX "change_log_collection_idx" ON "change_log" USING btree ("collection");
  CREATE INDEX "change_log_doc_idx" ON "change_log" USING btree ("doc");
  CREATE INDEX "change_log_published_idx" ON "change_log" USING btree ("published");
  CREATE INDEX "change_log_was_published_idx" ON "change_log" USING btree ("was_published");
  CREATE INDEX "change_log_updated_at_idx" ON "change_log" USING btree ("updated_at");
  CREATE INDEX "change_log_created_at_idx" ON "change_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_change_log_fk" FOREIGN KEY ("change_log_id") REFERENCES "public"."change_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_change_log_id_idx" ON "payload_locked_documents_rels" USING btree ("change_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "change_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "change_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_change_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_change_log_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "change_log_id";`)
}
