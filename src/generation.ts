/**
 * The content generation: one number in the table `content_generation` that database triggers raise with every
 * write to a table a reader's answer can depend on, in the same transaction as the write, whoever writes (Payload on
 * any app server, the bulk importer, SQL of your own). An answer computed after reading generation N holds data at
 * least as new as N, so it may be served again for as long as the generation is still N (src/readCache.ts).
 *
 * Shared by the migrations that install the triggers and by the start-up check that every table has them.
 */
export const generationTable = 'content_generation'

/**
 * Tables whose writes never change what an anonymous reader is answered: Payload's own bookkeeping of the admin
 * (preferences, document locks, sessions), the jobs queue (a job that publishes a story writes the story's rows),
 * the migrations log, the per-status counts (written by the articles' own triggers), and the generation itself.
 * Version tables (`_articles_v`) are covered: a draft saved over a published story writes only those.
 */
export function generationIgnores(table: string): boolean {
  return (
    table === generationTable ||
    table === 'article_status_counts' ||
    table === 'payload_migrations' ||
    table.startsWith('payload_preferences') ||
    table.startsWith('payload_locked_documents') ||
    table.startsWith('payload_jobs') ||
    table.endsWith('_sessions') ||
    // SQLite's own tables, and those of tools that keep state beside the app's (Litestream, Cloudflare D1).
    table.startsWith('sqlite_') ||
    table.startsWith('_litestream') ||
    table.startsWith('_cf_')
  )
}
