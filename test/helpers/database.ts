import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * The environment a suite runs the app with: DATABASE_URI when given (postgres://… or mongodb://…), otherwise a
 * fresh SQLite file of the suite's own (always, when `embedded`); and a scratch data folder for uploads.
 */
export function suiteEnv(
  name: string,
  { embedded = false } = {},
): Record<'DATABASE_URI' | 'NEWSROOM_DATA_DIR' | 'PAYLOAD_SECRET', string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-${name}-`))
  const given = embedded ? undefined : process.env.DATABASE_URI
  return {
    DATABASE_URI: given && !given.startsWith('file:') ? given : `file:${path.join(dataDir, 'test.db')}`,
    NEWSROOM_DATA_DIR: dataDir,
    PAYLOAD_SECRET: 'test-secret-for-newsroom-suites',
  }
}

/** A suffix that keeps one run's titles and slugs apart from another's on a shared server database. */
export const runId = Math.random().toString(36).slice(2, 8)
