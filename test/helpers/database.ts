import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A suffix that keeps one run's titles and slugs apart from another's on a shared server database. */
export const runId = Math.random().toString(36).slice(2, 8)


/**
 * The environment a suite runs the app with: DATABASE_URI when given (postgres://… or mongodb://…), otherwise a
 * fresh SQLite file of the suite's own (always, when `embedded`); and a scratch data folder for uploads.
 * With `own`, a server database is one of the suite's own too (a new database next to the given one, which the
 * adapter creates on first connect), for a suite whose figures count every story, not only its own.
 */
export function suiteEnv(
  name: string,
  { embedded = false, own = false } = {},
): Record<'DATABASE_URI' | 'NEWSROOM_DATA_DIR' | 'PAYLOAD_SECRET', string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-${name}-`))
  const given = embedded ? undefined : process.env.DATABASE_URI
  let uri = given && !given.startsWith('file:') ? given : `file:${path.join(dataDir, 'test.db')}`
  if (own && !uri.startsWith('file:')) {
    const url = new URL(uri)
    const base = url.pathname.replace(/^\//, '') || 'newsroom'
    url.pathname = `/${base}_${name.replace(/\W+/g, '_')}_${runId}`.toLowerCase()
    uri = url.toString()
  }
  return {
    DATABASE_URI: uri,
    NEWSROOM_DATA_DIR: dataDir,
    PAYLOAD_SECRET: 'test-secret-for-newsroom-suites',
  }
}

