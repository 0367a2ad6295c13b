import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { databaseKind, dataDir } from './db'

/**
 * PAYLOAD_SECRET signs sessions. Production on a database server must set it; the embedded default keeps a generated
 * one in ./data so that a fresh clone runs without set-up and sessions survive restarts.
 */
export function payloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  // `next build` evaluates the config without serving anything; the real secret is read when the server starts.
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'next-build-has-no-sessions'
  if (process.env.NODE_ENV === 'production' && databaseKind() !== 'sqlite') {
    throw new Error('PAYLOAD_SECRET must be set in production (any long random string).')
  }
  const file = path.join(dataDir(), '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir(), { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  console.warn(`PAYLOAD_SECRET is not set: generated one into ${file}. Set PAYLOAD_SECRET for any shared deployment.`)
  return secret
}
