import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
  TaskConfig,
} from 'payload'

import { createHmac } from 'node:crypto'

import {
  webhookCollections,
  webhookDeliveriesSlug,
  type WebhookEvent,
  webhooksSlug,
} from '../../collections/Webhooks'
import type { DeliveryUrls } from './bodyHtml'
import { findRows } from '../sqlRows'
import { publicChangeKey, type PublicState } from './changes'

export const signatureHeader = 'X-Newsroom-Signature'
export const timestampHeader = 'X-Newsroom-Timestamp'
export const deliverWebhookTask = 'deliverWebhook'

export type WebhookOptions = {
  /** Retries after the first attempt; the waits double from `retryDelayMs` (1 s, 2 s, 4 s … by default). */
  retries?: number
  /** The first wait before a retry, in milliseconds. */
  retryDelayMs?: number
  /** How long one attempt waits for the receiver's answer; `NEWSROOM_WEBHOOK_TIMEOUT_MS` overrides it. */
  timeoutMs?: number
}

export const defaultWebhookOptions: Required<WebhookOptions> = { retries: 10, retryDelayMs: 1000, timeoutMs: 10_000 }

/** The body a receiver gets, before the delivery id and timestamp are added at each attempt. */
export type WebhookPayload = {
  collection: string
  event: WebhookEvent
  id: number | string
  paths: string[]
  previousSlug?: string
  slug: null | string
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`: the value of the X-Newsroom-Signature header. */
export function signBody(rawBody: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`
}

type Target = { url: string; webhook?: number | string }

type StoredWebhook = { collections?: null | string[]; enabled?: boolean | null; events?: null | string[]; id: number | string; secret?: string; url: string }

let warnedUnsigned = false

/** Enabled endpoints that asked for this event on this collection, plus the NEWSROOM_WEBHOOK_URL endpoint. */
async function targetsFor(req: PayloadRequest, event: WebhookEvent, collection: string): Promise<Target[]> {
  // Straight through the adapter: no read hooks run on the stored secrets. On the SQL adapters a plain statement
  // first asks whether any endpoint is enabled (most newsrooms have none, and a publish then pays nothing more);
  // only when one is does the adapter read their events and collections.
  const where = { enabled: { equals: true } }
  const enabled = await findRows(req, webhooksSlug, where, 'id', { enabled: true })
  const { docs } = enabled?.length === 0 ? { docs: [] } : await req.payload.db.find({ collection: webhooksSlug, limit: 0, pagination: false, req, where })
  const targets: Target[] = (docs as unknown as StoredWebhook[])
    .filter((hook) => (hook.events ?? []).includes(event))
    .filter((hook) => !hook.collections?.length || hook.collections.includes(collection))
    .map((hook) => ({ url: hook.url, webhook: hook.id }))
  const envUrl = process.env.NEWSROOM_WEBHOOK_URL
  if (envUrl) {
    if (process.env.NEWSROOM_WEBHOOK_SECRET) targets.push({ url: envUrl })
    else if (!warnedUnsigned) {
      warnedUnsigned = true
      req.payload.logger.error('NEWSROOM_WEBHOOK_URL is set without NEWSROOM_WEBHOOK_SECRET: no webhook is sent to it.')
    }
  }
  return targets
}

const relationIds = (value: unknown): (number | string)[] =>
  Array.isArray(value)
    ? value
        .map((entry) => (entry && typeof entry === 'object' ? (entry as { id?: number | string }).id : (entry as number | string)))
        .filter((id): id is number | string => id !== undefined && id !== null)
    : []

async function slugsOf(req: PayloadRequest, collection: 'authors' | 'topics', ids: (number | string)[]): Promise<string[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { slug: true },
    where: { id: { in: ids } },
  })
  return docs.map((doc) => (doc as { slug?: string }).slug).filter((slug): slug is string => Boolean(slug))
}

/** At most this many story pages are named for a change to an author, source or topic. */
const maxStoryPaths = 1000

const feedPaths = ['/rss.xml', '/feed.json']

/** The site paths whose pages show what changed: the story's page and the feeds and sitemaps that list it. */
async function pathsFor(
  req: PayloadRequest,
  urls: DeliveryUrls,
  collection: string,
  doc: Record<string, unknown>,
  slug: null | string,
  previousSlug: string | undefined,
): Promise<string[]> {
  const paths: string[] = []
  const slugs = [slug, previousSlug].filter((value): value is string => Boolean(value))
  if (collection === 'articles') {
    for (const value of slugs) paths.push(urls.articleUrl({ slug: value }))
    paths.push(...feedPaths, '/sitemap.xml', '/news-sitemap.xml')
    for (const author of await slugsOf(req, 'authors', relationIds(doc.authors))) paths.push(`/authors/${author}/rss.xml`)
    for (const topic of await slugsOf(req, 'topics', relationIds(doc.topics))) paths.push(`/topics/${topic}/rss.xml`)
  } else {
    if (collection === 'authors' || collection === 'topics') {
      for (const value of slugs) paths.push(`/${collection}/${value}/rss.xml`)
      paths.push(...feedPaths)
    }
    const stories = await req.payload.find({
      collection: 'articles',
      depth: 0,
      limit: maxStoryPaths,
      overrideAccess: true,
      pagination: false,
      req,
      select: { slug: true },
      sort: '-publishedAt',
      where: { and: [{ _status: { equals: 'published' } }, { [collection]: { in: [doc.id as number] } }] },
    })
    for (const story of stories.docs) {
      const storySlug = (story as { slug?: string }).slug
      if (storySlug) paths.push(urls.articleUrl({ slug: storySlug }))
    }
  }
  return [...new Set(paths)]
}

/**
 * Records one delivery per endpoint and queues its job, in the save's own transaction: nothing is queued for a save
 * that rolls back, and the job runner sees the job only once the save has committed. No request leaves from here.
 */
async function queueDeliveries(
  req: PayloadRequest,
  urls: DeliveryUrls,
  event: WebhookEvent,
  collection: string,
  doc: Record<string, unknown>,
  slug: null | string,
  previousSlug: string | undefined,
  known?: Target[],
): Promise<void> {
  const targets = known ?? (await targetsFor(req, event, collection))
  if (targets.length === 0) return
  const payload: WebhookPayload = {
    collection,
    event,
    id: doc.id as number | string,
    paths: await pathsFor(req, urls, collection, doc, slug, previousSlug),
    ...(previousSlug ? { previousSlug } : {}),
    slug,
  }
  for (const target of targets) {
    const now = new Date().toISOString()
    const delivery = await req.payload.db.create({
      collection: webhookDeliveriesSlug,
      data: {
        attempts: 0,
        collection,
        createdAt: now,
        doc: String(doc.id),
        event,
        payload,
        slug,
        status: 'queued',
        updatedAt: now,
        url: target.url,
        webhook: target.webhook ?? null,
      },
      req,
    })
    await req.payload.jobs.queue({ input: { delivery: String(delivery.id) } as never, req, task: deliverWebhookTask as never })
  }
}

const hasDrafts = (collection: Pick<CollectionConfig, 'versions'>) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

/** Which event a save is for readers, from what they saw before and after it (undefined: none, e.g. a draft save). */
export function eventOf(
  operation: 'create' | 'update',
  before: PublicState,
  after: PublicState,
  savedStatus: string | undefined,
  drafts: boolean,
): WebhookEvent | undefined {
  if (after.published) {
    // Saving a draft over a published story leaves the published version as it was.
    if (drafts && savedStatus !== 'published') return undefined
    return operation === 'update' && before.published ? 'update' : 'publish'
  }
  return before.published ? 'unpublish' : undefined
}

function notifyChange(urls: DeliveryUrls): CollectionAfterChangeHook {
  return async ({ collection, context, doc, operation, req }) => {
    const change = context[publicChangeKey(collection.slug, doc.id)] as { after: PublicState; before: PublicState } | undefined
    if (!change) return doc
    const { after, before } = change
    const event = eventOf(operation, before, after, (doc as { _status?: string })._status, hasDrafts(collection))
    if (!event) return doc
    const slug = event === 'unpublish' ? (before.slug ?? after.slug) : (after.slug ?? before.slug)
    const previousSlug = event === 'update' && before.slug && before.slug !== after.slug ? before.slug : undefined
    await queueDeliveries(req, urls, event, collection.slug, doc, slug, previousSlug)
    return doc
  }
}

function notifyDelete(urls: DeliveryUrls): CollectionAfterDeleteHook {
  return async ({ collection, doc, req }) => {
    const wasPublished = hasDrafts(collection) ? (doc as { _status?: string })._status === 'published' : true
    if (!wasPublished) return
    await queueDeliveries(req, urls, 'delete', collection.slug, doc, (doc as { slug?: string }).slug ?? null, undefined)
  }
}

/** The site URLs each collection's webhook hook was built with, for writers that bypass Payload's hooks. */
const hookUrls = new WeakMap<object, DeliveryUrls>()

/**
 * Queues the `publish` deliveries of stories written straight to the database (the bulk importer), in the caller's
 * transaction, as the Articles hooks would have.
 */
export async function notifyImported(req: PayloadRequest, stories: { _status?: null | string; authors?: unknown; id: number | string; slug?: null | string }[]): Promise<void> {
  const hook = req.payload.collections.articles?.config.hooks?.afterChange?.find((candidate) => hookUrls.has(candidate))
  const published = stories.filter((story) => story._status === 'published')
  if (!hook || published.length === 0) return
  const targets = await targetsFor(req, 'publish', 'articles')
  if (targets.length === 0) return
  for (const story of published) {
    await queueDeliveries(req, hookUrls.get(hook)!, 'publish', 'articles', story as Record<string, unknown>, story.slug ?? null, undefined, targets)
  }
}

/** Adds the webhook hooks to a collection whose changes reach published pages (after the change-log hooks). */
export function withWebhooks(collection: CollectionConfig, urls: DeliveryUrls): CollectionConfig {
  if (!(webhookCollections as readonly string[]).includes(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  const onChange = notifyChange(urls)
  hookUrls.set(onChange, urls)
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), onChange],
      afterDelete: [...(hooks.afterDelete ?? []), notifyDelete(urls)],
    },
  }
}

type Delivery = {
  attempts?: null | number
  id: number | string
  payload: WebhookPayload
  url: string
  webhook?: { id: number | string } | null | number | string
}

const describeFailure = (error: unknown, timeoutMs: number): string => {
  const err = error as { cause?: { code?: string; message?: string }; message?: string; name?: string }
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `No answer within ${timeoutMs} ms.`
  const cause = err?.cause?.code ?? err?.cause?.message
  return cause ? `${err.message ?? 'Request failed'} (${cause})` : (err?.message ?? String(error))
}

/**
 * The job that sends one delivery: signs the body, POSTs it with a timeout, records the outcome on the delivery, and
 * throws on anything but a 2xx answer so that the jobs queue retries it with exponential backoff.
 */
export function deliverWebhookTaskConfig(options: WebhookOptions = {}): TaskConfig {
  const { retries, retryDelayMs, timeoutMs: defaultTimeout } = { ...defaultWebhookOptions, ...options }
  return {
    slug: deliverWebhookTask,
    handler: async ({ input, job, req }) => {
      const { payload } = req
      const id = (input as { delivery: string }).delivery
      const delivery = (await payload.findByID({
        collection: webhookDeliveriesSlug as CollectionSlug,
        depth: 0,
        disableErrors: true,
        id,
        overrideAccess: true,
      })) as Delivery | null
      if (!delivery) return { output: {} }
      const record = (data: Record<string, unknown>) =>
        payload.update({ collection: webhookDeliveriesSlug as CollectionSlug, data, depth: 0, id, overrideAccess: true })

      let url = delivery.url
      let secret = process.env.NEWSROOM_WEBHOOK_SECRET
      const webhookId = delivery.webhook && typeof delivery.webhook === 'object' ? delivery.webhook.id : delivery.webhook
      if (webhookId !== undefined && webhookId !== null) {
        const hook = (await payload.db.findOne({ collection: webhooksSlug, where: { id: { equals: webhookId } } })) as StoredWebhook | null
        if (!hook || !hook.enabled) {
          await record({ error: 'The webhook was deleted or disabled before this delivery was sent.', nextAttemptAt: null, status: 'cancelled' })
          return { output: {} }
        }
        url = hook.url
        secret = hook.secret
      }
      if (!secret) {
        await record({ error: 'No secret to sign with.', nextAttemptAt: null, status: 'failed' })
        return { output: {} }
      }

      const attempt = (job.totalTried ?? 0) + 1
      const timeoutMs = Number(process.env.NEWSROOM_WEBHOOK_TIMEOUT_MS) || defaultTimeout
      const timestamp = Math.floor(Date.now() / 1000)
      const rawBody = JSON.stringify({ ...delivery.payload, delivery: String(id), timestamp })
      let statusCode: null | number = null
      let failure: string | undefined
      try {
        const response = await fetch(url, {
          body: rawBody,
          headers: {
            'content-type': 'application/json',
            'user-agent': 'newsroom-webhooks/1',
            [signatureHeader]: signBody(rawBody, secret),
            [timestampHeader]: String(timestamp),
            'X-Newsroom-Delivery': String(id),
            'X-Newsroom-Event': delivery.payload.event,
          },
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        })
        statusCode = response.status
        const text = await response.text().catch(() => '')
        if (!response.ok) failure = `The receiver answered ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`
      } catch (error) {
        failure = describeFailure(error, timeoutMs)
      }

      if (!failure) {
        await record({ attempts: attempt, deliveredAt: new Date().toISOString(), error: null, nextAttemptAt: null, status: 'delivered', statusCode })
        return { output: { statusCode } }
      }
      const final = attempt > retries
      // The queue waits 2^(tries so far) × the delay before the next attempt (payload's exponential backoff).
      const next = final ? null : new Date(Date.now() + 2 ** (attempt - 1) * retryDelayMs).toISOString()
      await record({ attempts: attempt, error: failure, nextAttemptAt: next, status: final ? 'failed' : 'retrying', statusCode })
      throw new Error(`Webhook delivery ${String(id)} to ${url}, attempt ${attempt}: ${failure}`)
    },
    inputSchema: [{ name: 'delivery', type: 'text', required: true }],
    label: 'Deliver a webhook',
    outputSchema: [{ name: 'statusCode', type: 'number' }],
    retries: { attempts: retries, backoff: { delay: retryDelayMs, type: 'exponential' } },
  } as TaskConfig
}
