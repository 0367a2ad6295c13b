import type { Payload } from 'payload'

import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { runId, suiteEnv } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'

/**
 * Media on shared object storage: two app servers on one database, each with its own data folder, configured with
 * the same S3 bucket (a local S3-compatible server in this process). An image uploaded through one is served by the
 * other; a server left on the local-disk default has no such file.
 */
type FakeS3 = { close: () => Promise<void>; run: () => Promise<{ port: number }> }
const S3rver = createRequire(import.meta.url)('@20minutes/s3rver') as new (options: Record<string, unknown>) => FakeS3

const bucket = 'newsroom-media'

describe('media in a shared S3 bucket', () => {
  const servers: RunningServer[] = []
  let s3: FakeS3
  let s3Dir: string
  let payload: Payload
  let token: string

  beforeAll(async () => {
    s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-s3-'))
    s3 = new S3rver({ address: '127.0.0.1', configureBuckets: [{ name: bucket }], directory: s3Dir, port: 0, silent: true })
    const { port } = await s3.run()
    const storage = {
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_FORCE_PATH_STYLE: 'true',
      S3_REGION: 'us-east-1',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    }
    // One database (PostgreSQL when DATABASE_URI says so, else one SQLite file), three data folders.
    const first = suiteEnv('storage-a')
    servers.push(await startTestServer('storage-a', { env: first, extraEnv: storage }))
    servers.push(await startTestServer('storage-b', { env: { ...suiteEnv('storage-b'), DATABASE_URI: first.DATABASE_URI }, extraEnv: storage }))
    servers.push(await startTestServer('storage-local', { env: { ...suiteEnv('storage-local'), DATABASE_URI: first.DATABASE_URI } }))
    payload = await bootPayload('storage', first)
    const editor = { email: `storage-${runId}@example.test`, password: 'correct horse battery staple' }
    await payload.create({ collection: 'users', data: { ...editor, role: 'editor' } })
    const login = await fetch(`${servers[0]!.url}/api/users/login`, { body: JSON.stringify(editor), headers: { 'content-type': 'application/json' }, method: 'POST' })
    token = ((await login.json()) as { token: string }).token
  }, 400_000)

  afterAll(async () => {
    await shutdown(payload)
    await Promise.all(servers.map((server) => server.stop()))
    await s3?.close()
  })

  it('serves an image uploaded through one server from the other', async () => {
    const [a, b, local] = servers as [RunningServer, RunningServer, RunningServer]
    const image = await sharp({ create: { background: '#b22222', channels: 3, height: 12, width: 16 } }).png().toBuffer()
    const filename = `harbour-${runId}.png`
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), filename)
    form.append('_payload', JSON.stringify({ alt: 'The harbour wall at dawn', credit: 'Jane Roe / Example Agency' }))
    const uploaded = await fetch(`${a.url}/api/media`, { body: form, headers: { authorization: `JWT ${token}` }, method: 'POST' })
    const created = (await uploaded.json()) as { doc: { filename: string; id: number; url: string } }
    expect(uploaded.status).toBe(201)
    expect(created.doc.filename).toBe(filename)

    // Read back anonymously through the other server, at the URL the document gives.
    const served = await fetch(`${b.url}${created.doc.url}`)
    expect({ status: served.status, type: served.headers.get('content-type') }).toEqual({ status: 200, type: 'image/png' })
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true)
    expect(((await (await fetch(`${b.url}/api/media/${created.doc.id}`)).json()) as { url: string }).url).toBe(created.doc.url)

    // The file is in the bucket, on neither server's disk; a server on the local-disk default cannot serve it.
    expect(fs.existsSync(path.join(a.env.NEWSROOM_DATA_DIR, 'media', filename))).toBe(false)
    expect(fs.readdirSync(s3Dir, { recursive: true }).map(String).some((entry) => entry.includes(filename))).toBe(true)
    // The document exists there, its file does not: a 404 that says so.
    const missing = await fetch(`${local.url}${created.doc.url}`)
    expect({ body: await missing.json(), status: missing.status }).toEqual({
      body: { errors: [{ message: `The file "${filename}" is not stored on this server.` }] },
      status: 404,
    })

    // Deleting it through the second server removes it from the bucket for both.
    expect((await fetch(`${b.url}/api/media/${created.doc.id}`, { headers: { authorization: `JWT ${token}` }, method: 'DELETE' })).status).toBe(200)
    expect((await fetch(`${a.url}${created.doc.url}`)).status).toBe(404)
    expect(fs.readdirSync(s3Dir, { recursive: true }).map(String).some((entry) => entry.includes(filename))).toBe(false)
  }, 300_000)
})
