import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Boots the app (`bare`: the bare app of bench/bare.config.ts) on a scratch SQLite file (the embedded default) with no
 * demo content and logs on stderr, and returns it with a function that closes and removes it.
 */
export async function scratchPayload(name: string, app: 'bare' | 'ours' = 'ours'): Promise<{ done: () => Promise<void>; payload: Payload }> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-bench-${name}-`))
  Object.assign(process.env, {
    DATABASE_URI: `file:${path.join(scratch, 'bench.db')}`,
    NEWSROOM_DATA_DIR: scratch,
    NEWSROOM_DEMO: 'off',
    NEWSROOM_LOG: 'stderr',
    PAYLOAD_SECRET: 'bench',
  })
  const { getPayload } = await import('payload')
  const { default: config } = app === 'bare' ? await import('./bare.config') : await import('../payload.config')
  const payload = await getPayload({ config })
  return {
    done: async () => {
      await payload.db.destroy?.()
      fs.rmSync(scratch, { force: true, recursive: true })
    },
    payload,
  }
}
