/**
 * npm run backup -- <folder>      copies the embedded SQLite database and the uploads into <folder>, while the app
 *                                 serves: the copy is one consistent snapshot (SQLite's VACUUM INTO, a read
 *                                 transaction in write-ahead-log mode, so saves go on meanwhile), checked with
 *                                 PRAGMA integrity_check before the command reports success.
 * npm run restore -- <folder>     puts a backup back in place; the app must be stopped first.
 * The database is the one DATABASE_URI (file:…) names, or ./data/newsroom.db; uploads are NEWSROOM_DATA_DIR/media.
 */
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '../src/db'

function databaseFile(): string {
  const uri = process.env.DATABASE_URI
  if (uri && !uri.startsWith('file:')) throw new Error('backup and restore are for the embedded SQLite database (DATABASE_URI unset or file:…); use pg_dump for PostgreSQL')
  return path.resolve(uri ? uri.slice('file:'.length) : path.join(dataDir(), 'newsroom.db'))
}

export async function backup(folder: string): Promise<{ articles: number; file: string }> {
  const source = databaseFile()
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`)
  fs.mkdirSync(folder, { recursive: true })
  const target = path.resolve(folder, 'newsroom.db')
  if (fs.existsSync(target)) throw new Error(`${target} exists already; back up into an empty folder`)
  const client = createClient({ url: `file:${source}` })
  try {
    await client.execute('PRAGMA busy_timeout = 5000')
    await client.execute({ args: [target], sql: 'VACUUM INTO ?' })
  } finally {
    client.close()
  }
  const copy = createClient({ url: `file:${target}` })
  try {
    const check = await copy.execute('PRAGMA integrity_check')
    if (String(check.rows[0]?.[0]) !== 'ok') throw new Error(`the copy failed its integrity check: ${JSON.stringify(check.rows)}`)
    const articles = Number((await copy.execute('SELECT count(*) FROM articles')).rows[0]?.[0])
    const media = path.join(dataDir(), 'media')
    if (fs.existsSync(media)) fs.cpSync(media, path.join(folder, 'media'), { recursive: true })
    return { articles, file: target }
  } finally {
    copy.close()
  }
}

export function restore(folder: string): string {
  const from = path.resolve(folder, 'newsroom.db')
  if (!fs.existsSync(from)) throw new Error(`no backup at ${from}`)
  const target = databaseFile()
  fs.mkdirSync(path.dirname(target), { recursive: true })
  // The old write-ahead log belongs to the old file: it must not be replayed over the restored one.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true })
  fs.copyFileSync(from, target)
  const media = path.join(folder, 'media')
  if (fs.existsSync(media)) fs.cpSync(media, path.join(dataDir(), 'media'), { recursive: true })
  return target
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const [command, folder] = process.argv.slice(2)
  try {
    if (!folder || (command !== 'backup' && command !== 'restore')) throw new Error('usage: npm run backup -- <folder> | npm run restore -- <folder>')
    if (command === 'backup') {
      const { articles, file } = await backup(folder)
      console.log(`Backed up ${articles} articles to ${file}`)
    } else console.log(`Restored ${restore(folder)}`)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
