import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { paragraphsToLexical } from '../src/lexical/paragraphs'
import { answer, cacheHeader, newCache, queriesOnly, readCacheBytes, uncoveredTables } from '../src/readCache'
import { rawRows, sqlAdapter } from '../src/sql'
import { type Account, account } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { story } from './helpers/stories'

/**
 * Anonymous reads are answered again while nothing they hold has changed (src/readCache.ts): every write, through
 * the server, through another process or in plain SQL, must show in the very next anonymous answer; signed-in
 * readers never get a kept answer; GraphQL mutations are never kept.
 */
let server: RunningServer
let payload: Payload
let editor: Account
let contributor: Account

beforeAll(async () => {
  server = await startTestServer('read-cache')
  // A second process on the same database: its writes reach the server only through the database.
  payload = await bootPayload('read-cache', server.env)
  editor = await account(payload, server.url, 'editor', 'cache-editor')
  contributor = await account(payload, server.url, 'contributor', 'cache-contributor')
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

const sqlOnly = () => Boolean(payload && sqlAdapter(payload))

async function get(path: string, who: Account | null = null) {
  const response = await fetch(`${server.url}/api${path}`, { headers: who ? { authorization: `JWT ${who.token}` } : {} })
  const text = await response.text()
  return { body: text ? JSON.parse(text) : undefined, cache: response.headers.get(cacheHeader), status: response.status, text }
}

async function graphql(query: string, who: Account | null = null) {
  const response = await fetch(`${server.url}/api/graphql`, {
    body: JSON.stringify({ query }),
    headers: { 'content-type': 'application/json', ...(who ? { authorization: `JWT ${who.token}` } : {}) },
    method: 'POST',
  })
  return { body: (await response.json()) as { data?: any; errors?: unknown[] }, cache: response.headers.get(cacheHeader), status: response.status }
}

const titles = (page: { docs: { title: string }[] }) => page.docs.map((doc) => doc.title)
const mine = (page: { docs: { title: string }[] }) => titles(page).filter((title) => title.includes(runId))

describe('anonymous reads', () => {
  it('are answered again until a write anywhere changes what they hold', async () => {
    if (!sqlOnly()) return
    const first = await story(payload, `Harbour cranes return ${runId}`)
    const list = `/articles?depth=1&limit=50&where[title][like]=${runId}`
    const item = `/articles/${first.id}?depth=2`

    const cold = await get(list)
    expect(cold.status).toBe(200)
    expect(cold.cache).toBe('miss')
    const warm = await get(list)
    expect(warm.cache).toBe('hit')
    expect(warm.text).toBe(cold.text)
    expect((await get(item)).cache).toBe('miss')
    expect((await get(item)).cache).toBe('hit')

    // A save through the server.
    const patched = await fetch(`${server.url}/api/articles/${first.id}`, {
      body: JSON.stringify({ title: `Harbour cranes return to work ${runId}` }),
      headers: { authorization: `JWT ${editor.token}`, 'content-type': 'application/json' },
      method: 'PATCH',
    })
    expect(patched.status).toBe(200)
    const afterSave = await get(list)
    expect(afterSave.cache).toBe('miss')
    expect(mine(afterSave.body)).toEqual([`Harbour cranes return to work ${runId}`])
    expect((await get(item)).body.title).toBe(`Harbour cranes return to work ${runId}`)

    // A save by another process on the same database.
    await payload.update({ collection: 'articles', data: { title: `Harbour cranes idle again ${runId}` }, id: first.id })
    expect(mine((await get(list)).body)).toEqual([`Harbour cranes idle again ${runId}`])
    expect((await get(item)).body.title).toBe(`Harbour cranes idle again ${runId}`)

    // A write in plain SQL, as a script of the newsroom's own would make it.
    const adapter = sqlAdapter(payload)!
    await rawRows(adapter, adapter.drizzle, `UPDATE articles SET title = 'Harbour cranes sold ${runId}' WHERE id = ${Number(first.id)} RETURNING id`)
    expect((await get(item)).body.title).toBe(`Harbour cranes sold ${runId}`)

    // A new story appears in the kept list; an unpublished one leaves it and its page at once.
    const second = await story(payload, `Ferry timetable changes ${runId}`)
    expect(mine((await get(list)).body).sort()).toEqual([`Ferry timetable changes ${runId}`, `Harbour cranes sold ${runId}`])
    await get(`/articles/${second.id}`)
    expect((await get(`/articles/${second.id}`)).cache).toBe('hit')
    await payload.update({ collection: 'articles', data: { _status: 'draft' }, id: second.id })
    expect((await get(`/articles/${second.id}`)).status).toBe(404)
    expect(mine((await get(list)).body)).toEqual([`Harbour cranes sold ${runId}`])

    // A deleted story is gone from its kept page.
    await payload.delete({ collection: 'articles', id: first.id })
    expect((await get(item)).status).toBe(404)
    expect(mine((await get(list)).body)).toEqual([])
  }, 60_000)

  it('show a renamed author on every story that names them', async () => {
    if (!sqlOnly()) return
    const author = await payload.create({ collection: 'authors', data: { kind: 'person', name: `Mara Quill ${runId}` } })
    const piece = await payload.create({
      collection: 'articles',
      data: { _status: 'published', authors: [author.id], body: paragraphsToLexical(['A report.']), title: `Bridge inspection ${runId}` },
    })
    const path = `/articles/${piece.id}?depth=1`
    expect((await get(path)).body.authors[0].name).toBe(`Mara Quill ${runId}`)
    expect((await get(path)).cache).toBe('hit')
    await payload.update({ collection: 'authors', data: { name: `Mara Quill-Okafor ${runId}` }, id: author.id })
    expect((await get(path)).body.authors[0].name).toBe(`Mara Quill-Okafor ${runId}`)
    expect((await get(`/authors/${author.id}`)).body.name).toBe(`Mara Quill-Okafor ${runId}`)
  })

  it('agree with a freshly computed answer after a draft is saved over a published story', async () => {
    if (!sqlOnly()) return
    const piece = await story(payload, `Library hours extended ${runId}`)
    let fresh = 0
    // The same read with a parameter Payload ignores is never kept: the answer as computed now.
    const agree = async (path: string) => {
      const kept = await get(path)
      const now = await get(`${path}&fresh=${++fresh}`)
      expect(kept.status).toBe(now.status)
      expect(kept.body).toEqual(now.body)
      return kept.body
    }
    const paths = [`/articles/${piece.id}?draft=true&depth=0`, `/articles/${piece.id}?depth=0`, `/articles?depth=0&draft=true&where[title][like]=${runId}`]
    for (const path of paths) await agree(path)
    const saved = await fetch(`${server.url}/api/articles/${piece.id}?draft=true`, {
      body: JSON.stringify({ title: `Library hours cut ${runId}` }),
      headers: { authorization: `JWT ${editor.token}`, 'content-type': 'application/json' },
      method: 'PATCH',
    })
    expect(saved.status).toBe(200)
    for (const path of paths) await agree(path)
    expect((await agree(paths[1]!)).title).toBe(`Library hours extended ${runId}`)
  })

  it('do not keep an answer over 256 KB, as the pages of a full pull are', async () => {
    if (!sqlOnly()) return
    const paragraphs = Array.from({ length: 700 }, (_, n) => `Paragraph ${n} of a very long report on the harbour's accounts, with enough words in it to weigh something.`.repeat(4))
    const long = await story(payload, `Harbour accounts in full ${runId}`, paragraphs)
    const short = await story(payload, `Harbour accounts in brief ${runId}`)
    const first = await get(`/articles/${long.id}?depth=0`)
    expect(first.text.length).toBeGreaterThan(256 * 1024)
    expect((await get(`/articles/${long.id}?depth=0`)).cache).toBe('miss')
    await get(`/articles/${short.id}?depth=0`)
    expect((await get(`/articles/${short.id}?depth=0`)).cache).toBe('hit')
  })

  it('many at once after a write all get the new answer', async () => {
    if (!sqlOnly()) return
    const piece = await story(payload, `Tram line opens ${runId}`)
    const path = `/articles/${piece.id}`
    await get(path)
    await payload.update({ collection: 'articles', data: { title: `Tram line opens early ${runId}` }, id: piece.id })
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(path)))
    expect(new Set(answers.map((answer) => answer.body.title))).toEqual(new Set([`Tram line opens early ${runId}`]))
    // Computed once: the others waited for that answer.
    expect(answers.filter((answer) => answer.cache === 'miss')).toHaveLength(1)
  })
})

describe('signed-in reads', () => {
  it('never get a kept answer, and never leave one for anonymous readers', async () => {
    if (!sqlOnly()) return
    const draft = await payload.create({
      collection: 'articles',
      data: { _status: 'draft', body: paragraphsToLexical(['Unchecked.']), createdBy: Number(contributor.id), title: `Draft on rents ${runId}` },
      draft: true,
    })
    const list = `/articles?depth=0&limit=50&where[title][like]=rents ${runId}`
    for (const who of [contributor, editor, contributor]) {
      const answer = await get(list, who)
      expect(answer.cache).toBeNull()
      expect(titles(answer.body)).toEqual([`Draft on rents ${runId}`])
    }
    expect(titles((await get(list)).body)).toEqual([])
    expect(titles((await get(list)).body)).toEqual([])
    expect(titles((await get(list, editor)).body)).toEqual([`Draft on rents ${runId}`])
    expect((await get(`/articles/${draft.id}`)).status).toBe(404)
    expect((await get(`/articles/${draft.id}`, editor)).status).toBe(200)
  })
})

describe('GraphQL', () => {
  it('keeps anonymous queries until a write, never mutations or signed-in queries', async () => {
    if (!sqlOnly()) return
    const piece = await story(payload, `Reservoir levels rise ${runId}`)
    const query = `{ Articles(where: { title: { like: "Reservoir ${runId}" } }) { docs { title } } }`
    const cold = await graphql(query)
    expect(cold.cache).toBe('miss')
    const warm = await graphql(query)
    expect(warm.cache).toBe('hit')
    expect(warm.body).toEqual(cold.body)
    expect(warm.body.data.Articles.docs).toEqual([{ title: `Reservoir levels rise ${runId}` }])
    await payload.update({ collection: 'articles', data: { title: `Reservoir levels fall ${runId}` }, id: piece.id })
    const fresh = await graphql(query)
    expect(fresh.cache).toBe('miss')
    expect(fresh.body.data.Articles.docs).toEqual([{ title: `Reservoir levels fall ${runId}` }])
    expect((await graphql(query, editor)).cache).toBeNull()

    const mutation = `mutation { createArticle(data: { title: "Not allowed ${runId}" }) { id } }`
    for (let i = 0; i < 2; i++) {
      const denied = await graphql(mutation)
      expect(denied.cache).toBeNull()
      expect(denied.body.errors?.length).toBeGreaterThan(0)
    }
  })

  it('tells queries from mutations by the document, not its first word', () => {
    expect(queriesOnly('{ Articles { docs { title } } }')).toBe(true)
    expect(queriesOnly('query List { Articles { docs { title } } }')).toBe(true)
    expect(queriesOnly('# mutation in a comment\nquery { Articles(where: { title: { equals: "mutation" } }) { totalDocs } }')).toBe(true)
    expect(queriesOnly('query A { Articles { totalDocs } } mutation B { deleteArticle(id: 1) { id } }')).toBe(false)
    expect(queriesOnly('mutation { logoutUser }')).toBe(false)
    expect(queriesOnly('subscription { x }')).toBe(false)
    expect(queriesOnly('query { Articles(where: { title: { equals: "unclosed }) { totalDocs } }')).toBe(false)
    expect(queriesOnly('fragment F on Article { title } mutation { deleteArticle(id: 1) { ...F } }')).toBe(false)
  })
})

describe('the cache size', () => {
  it('is 32 MB unless NEWSROOM_READ_CACHE_MB says otherwise, 0 turns it off, and a bad value is named', () => {
    expect(readCacheBytes(undefined)).toBe(32 * 1024 * 1024)
    expect(readCacheBytes('')).toBe(32 * 1024 * 1024)
    expect(readCacheBytes('8')).toBe(8 * 1024 * 1024)
    expect(readCacheBytes('0.5')).toBe(512 * 1024)
    expect(readCacheBytes('0')).toBe(0)
    for (const bad of ['lots', '-1', '32MB']) {
      expect(() => readCacheBytes(bad)).toThrow(`NEWSROOM_READ_CACHE_MB must be a number of megabytes (0 turns the read cache off); got "${bad}"`)
    }
  })

  it('holds no more than its size: the least recently used answer goes first, and a write empties it', async () => {
    let generation = '1'
    // Answers of 50 characters (100 bytes as kept); room for ten of them.
    const cache = newCache(1000, async () => generation)
    let computed = 0
    const ask = (key: string) =>
      answer(cache, key, async () => {
        computed++
        return { body: key.padEnd(50, '.'), headers: [], keep: true, status: 200 }
      })
    for (let n = 1; n <= 10; n++) expect((await ask(`page ${n}`)).hit).toBe(false)
    expect(cache.bytes).toBe(1000)
    // Page 1 is read again, so page 2 is now the least recently used and makes room for page 11.
    expect((await ask('page 1')).hit).toBe(true)
    expect((await ask('page 11')).hit).toBe(false)
    expect(cache.bytes).toBeLessThanOrEqual(1000)
    expect((await ask('page 1')).hit).toBe(true)
    expect((await ask('page 2')).hit).toBe(false)
    expect(computed).toBe(12)
    generation = '2'
    expect((await ask('page 1')).hit).toBe(false)
    expect([...cache.entries.keys()]).toEqual(['page 1'])
  })

  it('keeps no answer larger than an eighth of its size', async () => {
    const cache = newCache(800, async () => '1')
    const big = () => answer(cache, 'big', async () => ({ body: 'x'.repeat(51), headers: [], keep: true, status: 200 }))
    expect((await big()).hit).toBe(false)
    expect((await big()).hit).toBe(false)
    expect(cache.bytes).toBe(0)
  })
})

describe('coverage', () => {
  it('every table of the migrated database raises the generation, and a table without it is named', async () => {
    if (!sqlOnly()) return
    expect(await uncoveredTables(payload)).toEqual([])
    const adapter = sqlAdapter(payload)!
    // A write to any table an answer is made of raises it, versions included (a draft saved over a published story
    // writes only those, as far as Payload goes).
    const generation = async () => Number((await rawRows(adapter, adapter.drizzle, 'SELECT value FROM content_generation WHERE id = 1'))[0]!.value)
    await story(payload, `Coverage ${runId}`)
    for (const written of ['articles', '_articles_v', 'articles_rels', 'read_also_links', 'authors', 'users']) {
      const before = await generation()
      await rawRows(adapter, adapter.drizzle, `UPDATE ${written} SET id = id WHERE id = (SELECT max(id) FROM ${written}) RETURNING id`)
      expect({ table: written, raised: (await generation()) > before }).toEqual({ table: written, raised: true })
    }
    const table = `scratch_${runId}`
    await rawRows(adapter, adapter.drizzle, `CREATE TABLE ${table} (id integer PRIMARY KEY)`).catch(() => [])
    try {
      expect(await uncoveredTables(payload)).toEqual([table])
    } finally {
      await rawRows(adapter, adapter.drizzle, `DROP TABLE ${table}`).catch(() => [])
    }
  })
})
