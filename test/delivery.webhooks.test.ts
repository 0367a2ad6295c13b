import type { Payload } from 'payload'

import { type Account, account, restAs } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { closedUrl, eventually, type Received, receiver } from './helpers/receiver'
import { type RunningServer, startTestServer } from './helpers/server'
import { toSlug } from '../src/fields/slug'

const secrets = {
  env: `env-secret-${runId}-0123456789abcdef`,
  flaky: `flaky-secret-${runId}-0123456789abcdef`,
  hanging: `hanging-secret-${runId}-0123456789abcdef`,
  main: `main-secret-${runId}-0123456789abcdef`,
}

let server: RunningServer
let payload: Payload
let rest: ReturnType<typeof restAs>
let editor: Account
let contributor: Account
let main: Awaited<ReturnType<typeof receiver>>
let flaky: Awaited<ReturnType<typeof receiver>>
let hanging: Awaited<ReturnType<typeof receiver>>
let envReceiver: Awaited<ReturnType<typeof receiver>>
const hooks: Record<'down' | 'flaky' | 'hanging' | 'main', number | string> = { down: 0, flaky: 0, hanging: 0, main: 0 }
const saved = { ...process.env }

beforeAll(async () => {
  main = await receiver(secrets.main)
  // Fails twice, then takes the delivery.
  flaky = await receiver(secrets.flaky, (n) => (n <= 2 ? 503 : 200))
  // Never answers the first request: the server's request timeout ends that attempt.
  hanging = await receiver(secrets.hanging, (n) => (n === 1 ? 'hang' : 200))
  envReceiver = await receiver(secrets.env)
  Object.assign(process.env, {
    NEWSROOM_WEBHOOK_SECRET: secrets.env,
    NEWSROOM_WEBHOOK_TIMEOUT_MS: '1500',
    NEWSROOM_WEBHOOK_URL: envReceiver.url,
  })
  server = await startTestServer('delivery-webhooks')
  // This process only reads and seeds: the server's own jobs runner sends every delivery.
  process.env.NEWSROOM_JOBS = 'worker'
  delete process.env.NEWSROOM_WEBHOOK_URL
  payload = await bootPayload('delivery-webhooks', server.env)
  rest = restAs(server.url)
  editor = await account(payload, server.url, 'editor', 'webhooks-editor')
  contributor = await account(payload, server.url, 'contributor', 'webhooks-contributor')
  // Webhooks of earlier runs on a shared database are switched off, so they do not call ports reused by this run.
  await payload.update({ collection: 'webhooks', data: { enabled: false }, where: { enabled: { equals: true } } })

  const create = async (name: string, url: string, secret: string, events?: string[]) => {
    const { body, status } = await rest(editor, 'POST', '/webhooks', { name: `${name} ${runId}`, secret, url, ...(events ? { events } : {}) })
    expect(status).toBe(201)
    return body.doc.id as number | string
  }
  hooks.main = await create('Site build', main.url, secrets.main)
  hooks.flaky = await create('Flaky cache', flaky.url, secrets.flaky, ['publish'])
  hooks.hanging = await create('Slow cache', hanging.url, secrets.hanging, ['publish'])
  hooks.down = await create('Build server that is down', await closedUrl(), `down-secret-${runId}-0123456789`, ['publish'])
}, 180_000)

afterAll(async () => {
  await payload?.update({ collection: 'webhooks', data: { enabled: false }, where: { name: { like: runId } } }).catch(() => undefined)
  await shutdown(payload)
  await server?.stop()
  await Promise.all([main, flaky, hanging, envReceiver].map((r) => r?.close()))
  process.env = saved
})

const forDoc = (list: Received[], collection: string, id: number | string, event?: string) =>
  list.filter((r) => r.body.collection === collection && r.body.id === id && (!event || r.body.event === event))

const deliveriesOf = async (id: number | string, webhook?: number | string) => {
  const where = `where[doc][equals]=${id}${webhook === undefined ? '' : `&where[webhook][equals]=${webhook}`}`
  const { body, status } = await rest(editor, 'GET', `/webhook-deliveries?${where}&limit=100&sort=id`)
  expect(status).toBe(200)
  return body.docs as { attempts: number; error?: string; event: string; status: string; statusCode?: number }[]
}

describe('Webhooks', () => {
  it('are for editors and admins only, and never show a secret back in full', async () => {
    const mine = await rest(editor, 'GET', `/webhooks/${hooks.main}`)
    expect(mine.status).toBe(200)
    expect(mine.body.url).toBe(main.url)
    expect(mine.body.secret).not.toContain(secrets.main.slice(0, 8))
    expect(mine.body.secret).toMatch(/^•+(cdef)?$/)
    const listed = await rest(editor, 'GET', '/webhooks?limit=100')
    expect(JSON.stringify(listed.body)).not.toContain(secrets.main)
    const graphql = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ Webhooks(limit: 100) { docs { secret } } }' }),
      headers: { authorization: `JWT ${editor.token}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(await graphql.text()).not.toContain(secrets.main)

    expect((await rest(contributor, 'GET', `/webhooks/${hooks.main}`)).status).toBe(403)
    expect((await rest(null, 'GET', '/webhooks')).status).toBe(403)
    expect((await rest(contributor, 'POST', '/webhooks', { name: 'x', secret: 'y'.repeat(20), url: 'http://127.0.0.1:1/' })).status).toBe(403)
    expect((await rest(contributor, 'GET', '/webhook-deliveries')).status).toBe(403)

    // Saving the form back with the masked value, or without the secret, keeps the stored one: signatures still verify.
    expect((await rest(editor, 'PATCH', `/webhooks/${hooks.main}`, { name: `Site build (renamed) ${runId}`, secret: mine.body.secret })).status).toBe(200)
    expect((await rest(editor, 'PATCH', `/webhooks/${hooks.main}`, { name: `Site build ${runId}` })).status).toBe(200)
    expect((await rest(editor, 'POST', '/webhooks', { name: 'short', secret: 'short', url: main.url })).status).toBe(400)
  })

  it('send a signed POST for publish, update, unpublish and delete, naming the paths to rebuild, and none for a draft save', async () => {
    const title = `Harbour bridge reopens ${runId}`
    const created = await rest(editor, 'POST', '/articles', { _status: 'published', title })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc as { id: number; slug: string }

    const published = await eventually('the publish delivery', () => forDoc(main.received, 'articles', id, 'publish')[0])
    expect(published.signed).toBe(true)
    expect(published.body).toMatchObject({ collection: 'articles', event: 'publish', id, slug })
    expect(published.body).not.toHaveProperty('previousSlug')
    expect(published.body.paths).toEqual(expect.arrayContaining([`/articles/${slug}`, '/rss.xml', '/sitemap.xml', '/news-sitemap.xml']))
    expect(published.headers['content-type']).toBe('application/json')
    // The timestamp header is the one inside the signed body.
    expect(Number(published.headers['x-newsroom-timestamp'])).toBe(published.body.timestamp)
    expect(Math.abs(published.body.timestamp - Date.now() / 1000)).toBeLessThan(600)
    // The NEWSROOM_WEBHOOK_URL endpoint gets it too, signed with NEWSROOM_WEBHOOK_SECRET.
    const fromEnv = await eventually('the env endpoint delivery', () => forDoc(envReceiver.received, 'articles', id, 'publish')[0])
    expect(fromEnv.signed).toBe(true)

    // A draft saved over the published story changes nothing readers see: no delivery is even queued.
    const before = (await deliveriesOf(id)).length
    const draft = await rest(editor, 'PATCH', `/articles/${id}?draft=true`, { _status: 'draft', title: `${title} (draft)` })
    expect(draft.status).toBe(200)
    expect((await deliveriesOf(id)).length).toBe(before)

    const renamedTitle = `Harbour bridge reopens early ${runId}`
    const renamed = await rest(editor, 'PATCH', `/articles/${id}`, { _status: 'published', slug: toSlug(renamedTitle), title: renamedTitle })
    expect(renamed.status).toBe(200)
    const updated = await eventually('the update delivery', () => forDoc(main.received, 'articles', id, 'update')[0])
    expect(updated.signed).toBe(true)
    expect(updated.body).toMatchObject({ event: 'update', previousSlug: slug, slug: toSlug(renamedTitle) })
    expect(updated.body.paths).toEqual(expect.arrayContaining([`/articles/${slug}`, `/articles/${toSlug(renamedTitle)}`]))

    expect((await rest(editor, 'PATCH', `/articles/${id}`, { _status: 'draft' })).status).toBe(200)
    const unpublished = await eventually('the unpublish delivery', () => forDoc(main.received, 'articles', id, 'unpublish')[0])
    expect(unpublished.signed).toBe(true)
    expect(unpublished.body).toMatchObject({ event: 'unpublish', slug: toSlug(renamedTitle) })

    const other = await rest(editor, 'POST', '/articles', { _status: 'published', title: `Ferry strike ends ${runId}` })
    expect(other.status).toBe(201)
    expect((await rest(editor, 'DELETE', `/articles/${other.body.doc.id}`)).status).toBe(200)
    const deleted = await eventually('the delete delivery', () => forDoc(main.received, 'articles', other.body.doc.id, 'delete')[0])
    expect(deleted.signed).toBe(true)
    expect(deleted.body).toMatchObject({ event: 'delete', slug: other.body.doc.slug })
    expect(deleted.body.paths).toContain(`/articles/${other.body.doc.slug}`)

    // Each delivery is in the admin's log, delivered at the first attempt.
    const log = await eventually('the logged outcomes', async () => {
      const rows = await deliveriesOf(id, hooks.main)
      return rows.length === 3 && rows.every((row) => row.status === 'delivered') ? rows : undefined
    })
    expect(log.map((row) => [row.event, row.attempts, row.statusCode])).toEqual([
      ['publish', 1, 204],
      ['update', 1, 204],
      ['unpublish', 1, 204],
    ])
  })

  it('tell builds about a renamed author, with the pages of the published stories that name them', async () => {
    const author = await rest(editor, 'POST', '/authors', { kind: 'person', name: `Min-ji Harbour ${runId}` })
    expect(author.status).toBe(201)
    const story = await rest(editor, 'POST', '/articles', { _status: 'published', authors: [author.body.doc.id], title: `Tide tables ${runId}` })
    expect(story.status).toBe(201)
    const newName = `Min-ji Seaport ${runId}`
    expect((await rest(editor, 'PATCH', `/authors/${author.body.doc.id}`, { name: newName, slug: toSlug(newName) })).status).toBe(200)
    const renamed = await eventually('the author update', () => forDoc(main.received, 'authors', author.body.doc.id, 'update')[0])
    expect(renamed.signed).toBe(true)
    expect(renamed.body).toMatchObject({ previousSlug: author.body.doc.slug, slug: toSlug(newName) })
    expect(renamed.body.paths).toEqual(
      expect.arrayContaining([`/articles/${story.body.doc.slug}`, `/authors/${author.body.doc.slug}/rss.xml`, `/authors/${toSlug(newName)}/rss.xml`]),
    )
  })

  it('retry a receiver that fails twice with exponential backoff until it takes the delivery, and one that times out', async () => {
    const created = await rest(editor, 'POST', '/articles', { _status: 'published', title: `Storm warning lifted ${runId}` })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const row = await eventually('the flaky delivery to succeed', async () => (await deliveriesOf(id, hooks.flaky)).find((r) => r.status === 'delivered'))
    expect(row).toMatchObject({ attempts: 3, statusCode: 200 })
    const attempts = forDoc(flaky.received, 'articles', id)
    expect(attempts).toHaveLength(3)
    // Every attempt is the same event under the same delivery id, each signed afresh with its own timestamp.
    expect(attempts.every((attempt) => attempt.signed)).toBe(true)
    expect(new Set(attempts.map((attempt) => attempt.body.delivery)).size).toBe(1)
    expect(new Set(attempts.map((attempt) => attempt.body.event))).toEqual(new Set(['publish']))

    const slow = await eventually('the delivery after a timeout', async () => (await deliveriesOf(id, hooks.hanging)).find((r) => r.status === 'delivered'))
    expect(slow).toMatchObject({ attempts: 2, statusCode: 200 })
    expect(forDoc(hanging.received, 'articles', id).every((attempt) => attempt.signed)).toBe(true)
  })

  it('announce stories imported in bulk, which the importer writes straight to the database', async () => {
    const { importStories } = await import('../src/import/importStory')
    const title = `Lock gates replaced ${runId}`
    const [result] = await importStories(payload, { publish: true, stories: [{ file: 'lock-gates.txt', text: `${title}\n\nThe old gates were a century old.` }] })
    expect(result).toMatchObject({ status: 'created' })
    const announced = await eventually('the imported story', () => forDoc(main.received, 'articles', result!.id!, 'publish')[0])
    expect(announced.signed).toBe(true)
    expect(announced.body.paths).toContain(`/articles/${announced.body.slug}`)
  })

  it('never hold up or fail a save when a receiver is down: the delivery is logged as retrying with the error', async () => {
    const created = await rest(editor, 'POST', '/articles', { _status: 'published', title: `Night buses return ${runId}` })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await rest(null, 'GET', `/articles/${id}`)).status).toBe(200)
    const row = await eventually('a failed attempt', async () => (await deliveriesOf(id, hooks.down)).find((r) => r.attempts >= 2))
    expect(row.status).toBe('retrying')
    expect(row.error).toMatch(/ECONNREFUSED|fetch failed/)
    // Disabling the webhook cancels what is still queued for it.
    expect((await rest(editor, 'PATCH', `/webhooks/${hooks.down}`, { enabled: false })).status).toBe(200)
    await eventually('the cancelled delivery', async () => (await deliveriesOf(id, hooks.down)).find((r) => r.status === 'cancelled'))
  })
})
