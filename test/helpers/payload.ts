import type { Payload } from 'payload'

import { suiteEnv } from './database'

/**
 * Boots the project's own config through the Local API on the suite's database (migrations and demo content
 * included), or on the database of a running test server when given its environment.
 */
export async function bootPayload(suite: string, env = suiteEnv(suite)): Promise<Payload> {
  Object.assign(process.env, env)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}

/** Closes the database connection so jest can exit. */
export async function shutdown(payload: Payload | undefined): Promise<void> {
  await payload?.db?.destroy?.()
}
