import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`change_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc\` text NOT NULL,
  	\`slug\` text,
  	\`published\` integer DEFAULT false,
  	\`was_published\` integer DEFAULT false,
  	\`deleted\` integer DEFAULT false,
  	\`status\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`change_log_collection_idx\` ON \`change_log\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`change_log_doc_idx\` ON \`change_log\` (\`doc\`);`)
  await db.run(sql`CREATE INDEX \`change_log_published_idx\` ON \`change_log\` (\`published\`);`)
  await db.run(sql`CREATE INDEX \`change_log_was_published_idx\` ON \`change_log\` (\`was_published\`);`)
  await db.run(sql`CREATE INDEX \`change_log_updated_at_idx\` ON \`change_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`change_log_created_at_idx\` ON \`change_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`read_also_links_from_published_idx\`;`)
  await db.run(sql`ALTER TABLE \`read_also_links\` ADD \`published_to_id\` integer REFERENCES articles(id);`)
  await db.run(sql`ALTER TABLE \`read_also_links\` ADD \`source_title\` text;`)
  await db.run(sql`ALTER TABLE \`read_also_links\` ADD \`source_slug\` text;`)
  await db.run(sql`ALTER TABLE \`read_also_links\` ADD \`source_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`read_also_links_published_to_idx\` ON \`read_also_links\` (\`published_to_id\`);`)
  // Links written before: the linking story's summary, the published target, and one row per (story, position).
  await db.run(
    sql`UPDATE \`read_also_links\` SET \`source_title\` = (SELECT \`title\` FROM \`articles\` WHERE \`articles\`.\`id\` = \`read_also_links\`.\`from_id\`), \`source_slug\` = (SELECT \`slug\` FROM \`articles\` WHERE \`articles\`.\`id\` = \`read_also_links\`.\`from_id\`), \`source_published_at\` = (SELECT \`published_at\` FROM \`articles\` WHERE \`articles\`.\`id\` = \`read_also_links\`.\`from_id\`);`,
  )
  await db.run(sql`UPDATE \`read_also_links\` SET \`published_to_id\` = \`to_id\` WHERE \`state\` = 'resolved' AND \`to_published\` = 1;`)
  await db.run(
    sql`DELETE FROM \`read_also_links\` WHERE \`id\` NOT IN (SELECT MIN(\`id\`) FROM \`read_also_links\` GROUP BY \`from_id\`, \`position\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`from_position_idx\` ON \`read_also_links\` (\`from_id\`,\`position\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'contributor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_key\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_page_hash\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`imported_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_modified_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_source_key_idx\` ON \`articles\` (\`source_key\`);`)
  await db.run(sql`CREATE INDEX \`articles_source_page_hash_idx\` ON \`articles\` (\`source_page_hash\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_idx\` ON \`articles\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_by_idx\` ON \`articles\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_createdAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_key\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_page_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_imported_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_modified_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_source_key_idx\` ON \`_articles_v\` (\`version_source_key\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_source_page_hash_idx\` ON \`_articles_v\` (\`version_source_page_hash\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_idx\` ON \`_articles_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_by_idx\` ON \`_articles_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_version_createdAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`change_log_id\` integer REFERENCES change_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_log_id_idx\` ON \`payload_locked_documents_rels\` (\`change_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`change_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`dek\` text,
  	\`body\` text,
  	\`hero_image_id\` integer,
  	\`hero_caption\` text,
  	\`hero_credit\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`import_hash\` text,
  	\`headline_key\` text,
  	\`slug_key\` text,
  	\`published_at\` text,
  	\`dateline\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "dek", "body", "hero_image_id", "hero_caption", "hero_credit", "generate_slug", "slug", "import_hash", "headline_key", "slug_key", "published_at", "dateline", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "dek", "body", "hero_image_id", "hero_caption", "hero_credit", "generate_slug", "slug", "import_hash", "headline_key", "slug_key", "published_at", "dateline", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_hero_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_headline_key_idx\` ON \`articles\` (\`headline_key\`);`)
  await db.run(sql`CREATE INDEX \`articles_slug_key_idx\` ON \`articles\` (\`slug_key\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_dek\` text,
  	\`version_body\` text,
  	\`version_hero_image_id\` integer,
  	\`version_hero_caption\` text,
  	\`version_hero_credit\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_import_hash\` text,
  	\`version_headline_key\` text,
  	\`version_slug_key\` text,
  	\`version_published_at\` text,
  	\`version_dateline\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_dek", "version_body", "version_hero_image_id", "version_hero_caption", "version_hero_credit", "version_generate_slug", "version_slug", "version_import_hash", "version_headline_key", "version_slug_key", "version_published_at", "version_dateline", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_dek", "version_body", "version_hero_image_id", "version_hero_caption", "version_hero_credit", "version_generate_slug", "version_slug", "version_import_hash", "version_headline_key", "version_slug_key", "version_published_at", "version_dateline", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_hero_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_headline_key_idx\` ON \`_articles_v\` (\`version_headline_key\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_key_idx\` ON \`_articles_v\` (\`version_slug_key\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_read_also_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from_id\` integer NOT NULL,
  	\`position\` numeric NOT NULL,
  	\`text\` text NOT NULL,
  	\`url\` text,
  	\`state\` text NOT NULL,
  	\`to_id\` integer,
  	\`target_title\` text,
  	\`target_slug\` text,
  	\`target_published_at\` text,
  	\`note\` text,
  	\`candidates\` text,
  	\`slug_key\` text,
  	\`headline_key\` text,
  	\`from_published\` integer DEFAULT false,
  	\`to_published\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`from_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`to_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_read_also_links\`("id", "from_id", "position", "text", "url", "state", "to_id", "target_title", "target_slug", "target_published_at", "note", "candidates", "slug_key", "headline_key", "from_published", "to_published", "updated_at", "created_at") SELECT "id", "from_id", "position", "text", "url", "state", "to_id", "target_title", "target_slug", "target_published_at", "note", "candidates", "slug_key", "headline_key", "from_published", "to_published", "updated_at", "created_at" FROM \`read_also_links\`;`)
  await db.run(sql`DROP TABLE \`read_also_links\`;`)
  await db.run(sql`ALTER TABLE \`__new_read_also_links\` RENAME TO \`read_also_links\`;`)
  await db.run(sql`CREATE INDEX \`read_also_links_from_idx\` ON \`read_also_links\` (\`from_id\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_state_idx\` ON \`read_also_links\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_to_idx\` ON \`read_also_links\` (\`to_id\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_slug_key_idx\` ON \`read_also_links\` (\`slug_key\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_headline_key_idx\` ON \`read_also_links\` (\`headline_key\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_from_published_idx\` ON \`read_also_links\` (\`from_published\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_updated_at_idx\` ON \`read_also_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_created_at_idx\` ON \`read_also_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`articles_id\` integer,
  	\`authors_id\` integer,
  	\`sources_id\` integer,
  	\`topics_id\` integer,
  	\`read_also_links_id\` integer,
  	\`article_aliases_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`read_also_links_id\`) REFERENCES \`read_also_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_aliases_id\`) REFERENCES \`article_aliases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "articles_id", "authors_id", "sources_id", "topics_id", "read_also_links_id", "article_aliases_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "articles_id", "authors_id", "sources_id", "topics_id", "read_also_links_id", "article_aliases_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_read_also_links_id_idx\` ON \`payload_locked_documents_rels\` (\`read_also_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_article_aliases_id_idx\` ON \`payload_locked_documents_rels\` (\`article_aliases_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'contributor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
}
