import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`read_also_links_from_idx\` ON \`read_also_links\` (\`from_id\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_state_idx\` ON \`read_also_links\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_to_idx\` ON \`read_also_links\` (\`to_id\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_slug_key_idx\` ON \`read_also_links\` (\`slug_key\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_headline_key_idx\` ON \`read_also_links\` (\`headline_key\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_from_published_idx\` ON \`read_also_links\` (\`from_published\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_updated_at_idx\` ON \`read_also_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`read_also_links_created_at_idx\` ON \`read_also_links\` (\`created_at\`);`)
}
