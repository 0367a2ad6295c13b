import type { Payload, PayloadHandler, PayloadRequest, SanitizedConfig } from 'payload'

import { generationIgnores, generationTable } from './generation'
import { rawRows, sqlAdapter } from './sql'

/**
 * Answers to anonymous readers, served again while nothing they hold has changed.
 *
 * Every anonymous reader of a list or a story is answered the same for the same URL, until something is written. The
 * migrations keep a content generation (src/generation.ts), raised by database triggers in the same transaction as
 * every write to a table an answer can hold, from any app server or process. Each anonymous REST read of articles,
 * authors, sources, topics and media, and each anonymous GraphQL query, reads that number first (one indexed row):
 * when an answer to the same request was computed at the same generation, it is sent again; otherwise the request is
 * answered as always and its answer kept under the number read before computing it (its data is at least that new).
 * A write, on this server or any other, changes the number, and the next request computes afresh: no answer outlives
 * the data it was made of. Signed-in requests (a token in a header or cookie) never touch the cache.
 *
 * On by default where the migrations installed the generation (SQLite and PostgreSQL); off on MongoDB, in a host app
 * whose database lacks the table, and when a table of the database has no trigger (a migration added a table
 * without one: the start-up log names it). `NEWSROOM_READ_CACHE_MB` sets its size per server (default 32; 0 turns it
 * off).
 */
/** An answer: its body, headers and status; `keep` when it may be served again. */
export type Entry = { body: string; headers: [string, string][]; keep: boolean; status: number }

export type Cache = {
  bytes: number
  entries: Map<string, Entry>
  generation: string
  maxBytes: number
  pending: Map<string, Promise<Entry | undefined>>
  read: () => Promise<string>
}

const caches = new WeakMap<object, Cache>()
const collections = ['articles', 'authors', 'sources', 'topics', 'media']

export const cacheHeader = 'x-newsroom-cache'

/**
 * The largest answer kept, in bytes: a reader's page of a list or a story (tens of kilobytes) is, a site build's page
 * of a full pull (hundreds, each asked for once) is not, so a pull neither fills the cache nor grows the server.
 */
const largestKept = 256 * 1024

/** The cache's size per server in bytes, from NEWSROOM_READ_CACHE_MB: 32 MB unless set, 0 (off) when set to 0. */
export function readCacheBytes(value = process.env.NEWSROOM_READ_CACHE_MB): number {
  if (value === undefined || value.trim() === '') return 32 * 1024 * 1024
  const mb = Number(value)
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`NEWSROOM_READ_CACHE_MB must be a number of megabytes (0 turns the read cache off); got "${value}"`)
  return Math.floor(mb * 1024 * 1024)
}

/** An empty cache of `maxBytes` whose generation `read` gives (exported for its tests). */
export function newCache(maxBytes: number, read: () => Promise<string>): Cache {
  return { bytes: 0, entries: new Map(), generation: '', maxBytes, pending: new Map(), read }
}

/** Tables of the database that no generation trigger covers (empty when every one is covered). */
export async function uncoveredTables(payload: Payload): Promise<string[] | undefined> {
  const adapter = sqlAdapter(payload)
  if (!adapter) return undefined
  const sqlite = payload.db.name === 'sqlite'
  const tables = await rawRows(
    adapter,
    adapter.drizzle,
    sqlite
      ? `SELECT name FROM sqlite_master WHERE type = 'table'`
      : `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = current_schema()`,
  )
  const names = tables.map((row) => String(row.name))
  if (!names.includes(generationTable)) return undefined
  const covered = await rawRows(
    adapter,
    adapter.drizzle,
    sqlite
      ? `SELECT tbl_name AS name, count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE '${generationTable}\\_%' ESCAPE '\\' GROUP BY tbl_name`
      : `SELECT relname AS name, count(*) AS n FROM pg_catalog.pg_trigger JOIN pg_catalog.pg_class ON pg_class.oid = tgrelid
         WHERE tgname IN ('${generationTable}', '${generationTable}_truncate') AND relnamespace = current_schema()::regnamespace GROUP BY relname`,
  )
  // SQLite: one trigger per kind of write (insert, update, delete); PostgreSQL: rows, and truncation.
  const full = new Set(covered.filter((row) => Number(row.n) >= (sqlite ? 3 : 2)).map((row) => String(row.name)))
  return names.filter((name) => !generationIgnores(name) && !full.has(name)).sort()
}

/**
 * Installs the cache on the app's REST reads (the find and find-by-id endpoints Payload adds to each collection)
 * when the database keeps the content generation on every table. Called once on start.
 */
export async function cacheAnonymousReads(payload: Payload): Promise<void> {
  if (caches.has(payload)) return
  const maxBytes = readCacheBytes()
  if (!maxBytes) return
  const adapter = sqlAdapter(payload)
  const uncovered = adapter ? await uncoveredTables(payload) : undefined
  if (!adapter || !uncovered) return
  if (uncovered.length) {
    payload.logger.warn(`The read cache is off: no content-generation trigger on ${uncovered.join(', ')} (add one in the migration that created it).`)
    return
  }
  const statement = `SELECT value FROM ${generationTable} WHERE id = 1`
  const cache = newCache(maxBytes, async () => String((await rawRows(adapter, adapter.drizzle, statement))[0]?.value ?? ''))
  caches.set(payload, cache)
  for (const slug of collections) {
    const endpoints = (payload.collections as Record<string, { config: { endpoints: unknown } } | undefined>)[slug]?.config.endpoints as
      | { handler: PayloadHandler; method: string; path: string }[]
      | false
      | undefined
    if (!Array.isArray(endpoints)) continue
    for (const path of ['/', '/:id']) {
      // Payload adds its own endpoints after a collection's custom ones: the last GET on the path is its own.
      let index = endpoints.length - 1
      while (index >= 0 && !(endpoints[index]!.method === 'get' && endpoints[index]!.path === path)) index--
      if (index < 0) continue
      const endpoint = endpoints[index]!
      endpoints[index] = { ...endpoint, handler: cachedHandler(cache, endpoint.handler) }
    }
  }
}

/** Whether a cache serves this app's anonymous reads. */
export function readCacheActive(payload: Payload): boolean {
  return caches.has(payload)
}

/**
 * The answer for `key` at the current generation: kept, being computed by another request, or computed now by
 * `compute` (and kept when it is a success, the generation has not moved meanwhile, and it fits).
 */
export async function answer(cache: Cache, key: string, compute: () => Promise<Entry | undefined>): Promise<{ entry?: Entry; hit: boolean }> {
  const generation = await cache.read()
  if (generation !== cache.generation) {
    cache.entries.clear()
    cache.pending.clear()
    cache.bytes = 0
    cache.generation = generation
  }
  const kept = cache.entries.get(key)
  if (kept) {
    // Least recently used goes first.
    cache.entries.delete(key)
    cache.entries.set(key, kept)
    return { entry: kept, hit: true }
  }
  const pending = cache.pending.get(key)
  if (pending) return { entry: await pending, hit: true }
  const computing = compute()
  cache.pending.set(key, computing)
  let entry: Entry | undefined
  try {
    entry = await computing
  } finally {
    if (cache.pending.get(key) === computing) cache.pending.delete(key)
  }
  if (entry?.keep && cache.generation === generation && entry.body.length * 2 <= Math.min(cache.maxBytes / 8, largestKept)) {
    cache.entries.set(key, entry)
    cache.bytes += entry.body.length * 2
    for (const [oldest, old] of cache.entries) {
      if (cache.bytes <= cache.maxBytes) break
      cache.entries.delete(oldest)
      cache.bytes -= old.body.length * 2
    }
  }
  return { entry, hit: false }
}

const respond = (entry: Entry, hit: boolean) => {
  const headers = new Headers(entry.headers)
  headers.set(cacheHeader, hit ? 'hit' : 'miss')
  return new Response(entry.body, { headers, status: entry.status })
}

/** What of a response is kept: its headers but cookies. */
const keptHeaders = (response: Response): [string, string][] => [...response.headers].filter(([name]) => name !== 'set-cookie')

function cachedHandler(cache: Cache, handler: PayloadHandler): PayloadHandler {
  return async (req: PayloadRequest) => {
    // Signed-in readers, and GET requests made of a POST (their query is in the body), are answered as always.
    if (req.user || req.data !== undefined || !req.url) return handler(req)
    const url = new URL(req.url)
    let passed: Response | undefined
    const { entry, hit } = await answer(cache, `${url.pathname}${url.search}`, async () => {
      const response = await handler(req)
      if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) {
        passed = response
        return undefined
      }
      // Only its type: Payload adds the CORS headers of each request around the handler's answer.
      return { body: await response.text(), headers: [['content-type', response.headers.get('content-type')!]], keep: true, status: 200 }
    })
    if (passed) return passed
    if (!entry) return handler(req)
    return respond(entry, hit)
  }
}

/** Whether a request carries credentials Payload would read (a token or API key in a header, a session cookie). */
function signedIn(request: Request, cookiePrefix: string): boolean {
  if (request.headers.get('authorization')) return true
  const cookie = request.headers.get('cookie')
  return Boolean(cookie && cookie.includes(`${cookiePrefix}-token=`))
}

/**
 * Whether a GraphQL document holds queries only (no mutation, no subscription): its top-level words, outside
 * strings, comments and selections. Anything it cannot read is treated as not a query.
 */
export function queriesOnly(document: string): boolean {
  let depth = 0
  let sawOperation = false
  for (let i = 0; i < document.length; i++) {
    const char = document[i]!
    if (char === '#') {
      while (i < document.length && document[i] !== '\n') i++
    } else if (char === '"') {
      if (document.startsWith('"""', i)) {
        const end = document.indexOf('"""', i + 3)
        if (end < 0) return false
        i = end + 2
      } else {
        i++
        while (i < document.length && document[i] !== '"') i += document[i] === '\\' ? 2 : 1
        if (i >= document.length) return false
      }
    } else if (char === '{' || char === '(') {
      if (depth === 0 && char === '{') sawOperation = true
      depth++
    } else if (char === '}' || char === ')') {
      depth--
      if (depth < 0) return false
    } else if (depth === 0 && /[A-Za-z_]/.test(char)) {
      let end = i
      while (end < document.length && /\w/.test(document[end]!)) end++
      const word = document.slice(i, end)
      if (word === 'mutation' || word === 'subscription') return false
      i = end - 1
    }
  }
  return depth === 0 && sawOperation
}

type Handler = (request: Request, ...rest: never[]) => Promise<Response>

/**
 * Wraps the app's GraphQL route (`GRAPHQL_POST(config)`) so that anonymous queries are answered from the same cache
 * as REST reads. Mutations, signed-in requests and answers with errors are never kept.
 */
export function cacheAnonymousGraphQL<H extends Handler>(handler: H, config: Promise<SanitizedConfig> | SanitizedConfig): H {
  return (async (request: Request, ...rest: never[]) => {
    const { getPayload } = await import('payload')
    const payload = await getPayload({ config: await config })
    const cache = caches.get(payload)
    if (!cache || request.method !== 'POST' || signedIn(request, payload.config.cookiePrefix)) return handler(request, ...rest)
    const body = await request.text()
    const again = () => new Request(request.url, { body, headers: request.headers, method: request.method })
    if (body.length > 64 * 1024 || !(request.headers.get('content-type') ?? '').includes('json')) return handler(again(), ...rest)
    let document: unknown
    try {
      document = (JSON.parse(body) as { query?: unknown }).query
    } catch {
      return handler(again(), ...rest)
    }
    if (typeof document !== 'string' || !queriesOnly(document)) return handler(again(), ...rest)
    // The origin is part of the key: the answer's CORS headers depend on it.
    const key = `graphql ${request.headers.get('origin') ?? ''} ${new URL(request.url).search} ${body}`
    const { entry, hit } = await answer(cache, key, async () => {
      const response = await handler(again(), ...rest)
      const text = await response.text()
      const keep = response.status === 200 && !/^\{"errors"|,"errors":\[/.test(text)
      return { body: text, headers: keptHeaders(response), keep, status: response.status }
    })
    return respond(entry!, hit)
  }) as H
}
