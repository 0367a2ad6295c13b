import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'

import { importStories } from '../src/import/importStory'
import { suiteEnv } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'

/**
 * On the embedded default, another process (an import from the command line, a second app server) holds the
 * database file for a moment while it writes. A save in this process then waits for it, not fails with "database is
 * locked" at once: also after this process ran a transaction of its own (a bulk import's chunk), which takes the
 * client's connection with it and leaves the client to open a new one.
 */
let payload: Payload
let file: string

beforeAll(async () => {
  const env = suiteEnv('sqlite-busy', { embedded: true })
  file = env.DATABASE_URI.replace(/^file:/, '')
  payload = await bootPayload('sqlite-busy', env)
}, 120_000)
afterAll(async () => {
  await shutdown(payload)
})

/** Another process takes the write lock and keeps it for `ms`; resolves once it holds it, with its exit. */
async function otherWriter(ms: number): Promise<{ done: Promise<number | null> }> {
  const script = `const Database = require('libsql'); const db = new Database(${JSON.stringify(file)}); db.exec('BEGIN IMMEDIATE'); console.log('held'); setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms})`
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  const done = new Promise<number | null>((resolve) => child.once('exit', resolve))
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve())
    child.once('exit', (code) => reject(new Error(`the other writer exited with ${code} before it held the lock`)))
  })
  return { done }
}

const story = (n: number) =>
  [`Harbour pilots vote on a new rota number ${n}`, 'By Dana Reyes', `Pilots at the port voted on rota ${n} on Monday, the union said.`, 'The new rota starts next month.'].join('\n\n')

describe.each(['before', 'after'] as const)('a save while another process writes, %s a bulk import in this process', (moment) => {
  it('waits for the other writer and lands', async () => {
    if (moment === 'after') {
      const results = await importStories(payload, { prepareInWorker: false, publish: true, stories: [1, 2, 3].map((n) => ({ file: `rota-${n}.txt`, text: story(n) })) })
      expect(results.map((result) => result.status)).toEqual(['created', 'created', 'created'])
    }
    const other = await otherWriter(700)
    const title = `Tide tables reprinted ${moment} an import`
    const saved = await payload.create({ collection: 'articles', data: { _status: 'published', title } as never })
    expect(await other.done).toBe(0)
    const { docs } = await payload.find({ collection: 'articles', where: { id: { equals: saved.id } } })
    expect(docs.map((doc) => doc.title)).toEqual([title])
  }, 60_000)
})
