import type { Payload } from 'payload'

import { type Account, account, restAs } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { eventually, receiver } from './helpers/receiver'
import { type RunningServer, startTestServer } from './helpers/server'

/**
 * The server killed (SIGKILL) while its jobs runner is in the middle of a job: the job must not stay claimed forever.
 * A webhook delivery is the job here: its receiver holds the first request open, the server is killed while it waits,
 * and a restarted server must deliver it after the job's lease (a few seconds here, minutes by default) runs out.
 */
// The server runs its jobs (this process, which sets NEWSROOM_JOBS=worker for itself, does not).
const lease = { NEWSROOM_JOB_LEASE_SECONDS: '3', NEWSROOM_JOBS: 'server', NEWSROOM_WEBHOOK_TIMEOUT_MS: '2000' }
const secret = `lease-secret-${runId}-0123456789abcdef`
const saved = { ...process.env }

let server: RunningServer
let payload: Payload
let editor: Account
let hook: Awaited<ReturnType<typeof receiver>>

beforeAll(async () => {
  // The first attempt at each delivery is left without an answer; later ones are taken.
  hook = await receiver(secret, (n) => (n === 1 ? 'hang' : 200))
  server = await startTestServer('jobs-kill', { extraEnv: lease })
  // This process only seeds and reads: the server's runner runs every job.
  process.env.NEWSROOM_JOBS = 'worker'
  payload = await bootPayload('jobs-kill', server.env)
  editor = await account(payload, server.url, 'editor', 'jobs-kill-editor')
  await payload.update({ collection: 'webhooks', data: { enabled: false }, where: { enabled: { equals: true } } })
}, 180_000)

afterAll(async () => {
  await payload?.update({ collection: 'webhooks', data: { enabled: false }, where: { name: { like: runId } } }).catch(() => undefined)
  await shutdown(payload)
  await server?.stop()
  await hook?.close()
  process.env = saved
})

describe('a job whose server was killed while running it', () => {
  it('is handed back to the queue once its lease runs out, and runs to the end on the restarted server', async () => {
    const rest = restAs(server.url)
    const created = await rest(editor, 'POST', '/webhooks', { events: ['publish'], name: `Lease ${runId}`, secret, url: hook.url })
    expect(created.status).toBe(201)
    const title = `Harbour cranes idle after storm ${runId}`
    const story = await rest(editor, 'POST', '/articles', { _status: 'published', title })
    expect(story.status).toBe(201)
    const id = story.body.doc.id as number

    // The runner sent the delivery and waits for the answer: kill the server now.
    await eventually('the first attempt', () => (hook.received.some((r) => r.body.id === id) ? true : undefined))
    await server.kill()
    const deliveries = await payload.find({ collection: 'webhook-deliveries' as never, depth: 0, overrideAccess: true, where: { doc: { equals: String(id) } } })
    const ours = new Set((deliveries.docs as { id: number | string }[]).map((delivery) => String(delivery.id)))
    const claimed = await payload.find({ collection: 'payload-jobs', limit: 0, overrideAccess: true, where: { processing: { equals: true }, taskSlug: { equals: 'deliverWebhook' } } })
    const stuck = claimed.docs.filter((job) => ours.has(String((job.input as { delivery?: string }).delivery)))
    expect(stuck).toHaveLength(1)

    server = await startTestServer('jobs-kill', { env: server.env, extraEnv: lease })
    const delivered = await eventually('the delivery on the restarted server', async () => {
      const { docs } = await payload.find({ collection: 'webhook-deliveries' as never, depth: 0, overrideAccess: true, where: { doc: { equals: String(id) } } })
      const done = (docs as { status: string }[]).find((doc) => doc.status === 'delivered')
      return done
    }, 60_000)
    expect(delivered).toMatchObject({ status: 'delivered' })
    expect(hook.received.filter((r) => r.body.id === id).length).toBe(2)
    // Nothing is left claimed: the job is done (kept as completed, or removed as Payload does by default). The task
    // marks its delivery before the runner marks the job, so the job's own row is waited for, a few seconds at most.
    const open = () =>
      payload
        .find({ collection: 'payload-jobs', overrideAccess: true, where: { id: { in: stuck.map((job) => job.id) } } })
        .then(({ docs }) => docs.filter((job) => job.processing || !job.completedAt))
    await eventually('the job released', async () => ((await open()).length === 0 ? true : undefined), 15_000).catch(() => undefined)
    expect(await open()).toEqual([])
  }, 180_000)
})
