import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`read_also_saves\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article\` text,
  	\`since\` text NOT NULL,
  	\`owner\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`read_also_saves\`;`)
}
