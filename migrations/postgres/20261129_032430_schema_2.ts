import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_workflow" AS ENUM('draft', 'review', 'ready');
  CREATE TYPE "public"."enum__articles_v_version_workflow" AS ENUM('draft', 'review', 'ready');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
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
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "read_also_links_from_published_idx";
  ALTER TABLE "users" ALTER COLUMN "role" DROP NOT NULL;
  ALTER TABLE "articles" ADD COLUMN "source_key" varchar;
  ALTER TABLE "articles" ADD COLUMN "source_page_hash" varchar;
  ALTER TABLE "articles" ADD COLUMN "imported_content_hash" varchar;
  ALTER TABLE "articles" ADD COLUMN "source_modified_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "workflow" "enum_articles_workflow" DEFAULT 'draft';
  ALTER TABLE "articles" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_source_key" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_source_page_hash" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_imported_content_hash" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_source_modified_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow" "enum__articles_v_version_workflow" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "read_also_links" ADD COLUMN "published_to_id" integer;
  ALTER TABLE "read_also_links" ADD COLUMN "source_title" varchar;
  ALTER TABLE "read_also_links" ADD COLUMN "source_slug" varchar;
  ALTER TABLE "read_also_links" ADD COLUMN "source_published_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "change_log_id" integer;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "change_log_collection_idx" ON "change_log" USING btree ("collection");
  CREATE INDEX "change_log_doc_idx" ON "change_log" USING btree ("doc");
  CREATE INDEX "change_log_published_idx" ON "change_log" USING btree ("published");
  CREATE INDEX "change_log_was_published_idx" ON "change_log" USING btree ("was_published");
  CREATE INDEX "change_log_updated_at_idx" ON "change_log" USING btree ("updated_at");
  CREATE INDEX "change_log_created_at_idx" ON "change_log" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "read_also_links" ADD CONSTRAINT "read_also_links_published_to_id_articles_id_fk" FOREIGN KEY ("published_to_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_change_log_fk" FOREIGN KEY ("change_log_id") REFERENCES "public"."change_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_source_key_idx" ON "articles" USING btree ("source_key");
  CREATE INDEX "articles_source_page_hash_idx" ON "articles" USING btree ("source_page_hash");
  CREATE INDEX "articles_workflow_idx" ON "articles" USING btree ("workflow");
  CREATE INDEX "articles_created_by_idx" ON "articles" USING btree ("created_by_id");
  CREATE INDEX "articles_updated_by_idx" ON "articles" USING btree ("updated_by_id");
  CREATE INDEX "_status_publishedAt_createdAt_idx" ON "articles" USING btree ("_status","published_at","created_at");
  CREATE INDEX "_articles_v_version_version_source_key_idx" ON "_articles_v" USING btree ("version_source_key");
  CREATE INDEX "_articles_v_version_version_source_page_hash_idx" ON "_articles_v" USING btree ("version_source_page_hash");
  CREATE INDEX "_articles_v_version_version_workflow_idx" ON "_articles_v" USING btree ("version_workflow");
  CREATE INDEX "_articles_v_version_version_created_by_idx" ON "_articles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_articles_v_version_version_updated_by_idx" ON "_articles_v" USING btree ("version_updated_by_id");
  CREATE INDEX "version__status_version_publishedAt_version_createdAt_idx" ON "_articles_v" USING btree ("version__status","version_published_at","version_created_at");
  CREATE INDEX "read_also_links_published_to_idx" ON "read_also_links" USING btree ("published_to_id");
  -- Links written before: the linking story's summary, the published target, and one row per (story, position).
  UPDATE "read_also_links" AS "link" SET "source_title" = "articles"."title", "source_slug" = "articles"."slug", "source_published_at" = "articles"."published_at" FROM "articles" WHERE "articles"."id" = "link"."from_id";
  UPDATE "read_also_links" SET "published_to_id" = "to_id" WHERE "state" = 'resolved' AND "to_published" = true;
  DELETE FROM "read_also_links" WHERE "id" NOT IN (SELECT MIN("id") FROM "read_also_links" GROUP BY "from_id", "position");
  CREATE UNIQUE INDEX "from_position_idx" ON "read_also_links" USING btree ("from_id","position");
  CREATE INDEX "payload_locked_documents_rels_change_log_id_idx" ON "payload_locked_documents_rels" USING btree ("change_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "change_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "change_log" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_created_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_updated_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "read_also_links" DROP CONSTRAINT "read_also_links_published_to_id_articles_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_change_log_fk";
  
  DROP INDEX "articles_source_key_idx";
  DROP INDEX "articles_source_page_hash_idx";
  DROP INDEX "articles_workflow_idx";
  DROP INDEX "articles_created_by_idx";
  DROP INDEX "articles_updated_by_idx";
  DROP INDEX "_status_publishedAt_createdAt_idx";
  DROP INDEX "_articles_v_version_version_source_key_idx";
  DROP INDEX "_articles_v_version_version_source_page_hash_idx";
  DROP INDEX "_articles_v_version_version_workflow_idx";
  DROP INDEX "_articles_v_version_version_created_by_idx";
  DROP INDEX "_articles_v_version_version_updated_by_idx";
  DROP INDEX "version__status_version_publishedAt_version_createdAt_idx";
  DROP INDEX "read_also_links_published_to_idx";
  DROP INDEX "from_position_idx";
  DROP INDEX "payload_locked_documents_rels_change_log_id_idx";
  ALTER TABLE "users" ALTER COLUMN "role" SET NOT NULL;
  CREATE INDEX "read_also_links_from_published_idx" ON "read_also_links" USING btree ("from_published");
  ALTER TABLE "articles" DROP COLUMN "source_key";
  ALTER TABLE "articles" DROP COLUMN "source_page_hash";
  ALTER TABLE "articles" DROP COLUMN "imported_content_hash";
  ALTER TABLE "articles" DROP COLUMN "source_modified_at";
  ALTER TABLE "articles" DROP COLUMN "workflow";
  ALTER TABLE "articles" DROP COLUMN "created_by_id";
  ALTER TABLE "articles" DROP COLUMN "updated_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_source_key";
  ALTER TABLE "_articles_v" DROP COLUMN "version_source_page_hash";
  ALTER TABLE "_articles_v" DROP COLUMN "version_imported_content_hash";
  ALTER TABLE "_articles_v" DROP COLUMN "version_source_modified_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow";
  ALTER TABLE "_articles_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "read_also_links" DROP COLUMN "published_to_id";
  ALTER TABLE "read_also_links" DROP COLUMN "source_title";
  ALTER TABLE "read_also_links" DROP COLUMN "source_slug";
  ALTER TABLE "read_also_links" DROP COLUMN "source_published_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "change_log_id";
  DROP TYPE "public"."enum_articles_workflow";
  DROP TYPE "public"."enum__articles_v_version_workflow";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
