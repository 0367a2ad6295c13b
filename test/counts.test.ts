import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { captureSql } from '../bench/plans'
import { importStories } from '../src/import/importStory'
import { type Account, account } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { story } from './helpers/stories'

/**
 * The totals of the default article lists come from per-status counts kept by database triggers (src/counts.ts),
 * not from counting the archive. They must equal what counting gives, for every reader, through every kind of write.
 */
let server: RunningServer
let payload: Payload
let editor: Account
let contributor: Account
let token: string

beforeAll(async () => {
  server = await startTestServer('counts')
  payload = await bootPayload('counts', server.env)
  editor = await account(payload, server.url, 'editor', 'counts-editor')
  contributor = await account(payload, server.url, 'contributor', 'counts-contributor')
  token = editor.token
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

type Page = { docs: unknown[]; hasNextPage: boolean; page: number; totalDocs: number; totalPages: number }

async function list(query: string, who: Account | null): Promise<Page> {
  const response = await fetch(`${server.url}/api/articles?depth=0&${query}`, { headers: who ? { authorization: `JWT ${who.token}` } : {} })
  expect(response.status).toBe(200)
  return (await response.json()) as Page
}

/** The default list's totals, and the totals Payload counts itself (a `where` beyond the status makes it count). */
async function expectTotalsRight(label: string) {
  // Anonymous readers and editors read their totals from the counts; a contributor's list (published stories and
  // their own drafts) is counted by Payload, and must agree as well.
  for (const who of [null, editor, contributor]) {
    const reader = who?.role ?? 'anonymous'
    const fromCounts = await list('limit=4&page=2', who)
    const counted = await list('limit=4&page=2&where[id][exists]=true', who)
    expect({ label, reader, totalDocs: fromCounts.totalDocs }).toEqual({ label, reader, totalDocs: counted.totalDocs })
    expect(fromCounts.totalPages).toBe(counted.totalPages)
    expect(fromCounts.hasNextPage).toBe(counted.hasNextPage)
    expect(fromCounts.docs).toEqual(counted.docs)
  }
  // GraphQL's default list takes the same path.
  const graphql = async (args: string) => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: `{ Articles(limit: 4, page: 2${args}) { totalDocs hasNextPage } }` }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    return ((await response.json()) as { data: { Articles: { hasNextPage: boolean; totalDocs: number } } }).data.Articles
  }
  expect({ label, graphql: await graphql('') }).toEqual({ label, graphql: await graphql(', where: { id: { exists: true } }') })
}

const sqlAdapter = () => ['postgres', 'sqlite'].includes(payload.db.name)

describe('list totals from the per-status counts', () => {
  it('reads the total of the anonymous and the staff list without counting articles', async () => {
    if (!sqlAdapter()) return
    for (const user of [undefined, (await payload.find({ collection: 'users', limit: 1, where: { email: { equals: editor.email } } })).docs[0]]) {
      const statements = await captureSql(payload, () => payload.find({ collection: 'articles', depth: 0, limit: 10, overrideAccess: false, user }))
      expect(statements.filter((statement) => /count\(/i.test(statement.sql) && /"articles"/.test(statement.sql))).toEqual([])
    }
  })

  it('equal the counted totals through creates, drafts, publishes, unpublishes, deletes, imports and concurrent saves', async () => {
    await expectTotalsRight('start')
    const published = await Promise.all(Array.from({ length: 6 }, (_, i) => story(payload, `Counted ${runId} ${i}`)))
    const drafts = await Promise.all(Array.from({ length: 3 }, (_, i) => story(payload, `Counted draft ${runId} ${i}`, undefined, { status: 'draft' })))
    await expectTotalsRight('after creates')
    const own = await fetch(`${server.url}/api/articles`, {
      body: JSON.stringify({ title: `Counted contributor draft ${runId}` }),
      headers: { authorization: `JWT ${contributor.token}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(own.status).toBe(201)
    await expectTotalsRight('after a contributor\'s own draft')
    const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    // Publish a draft and unpublish a story over HTTP, as an editor does.
    expect((await fetch(`${server.url}/api/articles/${drafts[0]!.id}`, { body: JSON.stringify({ _status: 'published' }), headers, method: 'PATCH' })).status).toBe(200)
    expect((await fetch(`${server.url}/api/articles/${published[0]!.id}`, { body: JSON.stringify({ _status: 'draft' }), headers, method: 'PATCH' })).status).toBe(200)
    // A draft saved over a published story leaves it published.
    expect((await fetch(`${server.url}/api/articles/${published[1]!.id}?draft=true`, { body: JSON.stringify({ title: `Counted ${runId} draft edit` }), headers, method: 'PATCH' })).status).toBe(200)
    await expectTotalsRight('after publish, unpublish and a draft edit')
    expect((await fetch(`${server.url}/api/articles/${published[2]!.id}`, { headers, method: 'DELETE' })).status).toBe(200)
    expect((await fetch(`${server.url}/api/articles/${drafts[1]!.id}`, { headers, method: 'DELETE' })).status).toBe(200)
    await expectTotalsRight('after deletes')
    const saves = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        fetch(`${server.url}/api/articles`, { body: JSON.stringify({ _status: i % 2 ? 'published' : 'draft', title: `Counted at once ${runId} ${i}` }), headers, method: 'POST' }),
      ),
    )
    expect(saves.map((save) => save.status)).toEqual(Array(8).fill(201))
    await expectTotalsRight('after concurrent saves')
    const imported = await importStories(payload, {
      publish: true,
      stories: Array.from({ length: 12 }, (_, i) => ({ file: `counted-${i}.txt`, text: `Counted import ${runId} ${i}\n\nA first paragraph of imported story ${i}.\n\nA second paragraph.` })),
    })
    expect(imported.filter((result) => result.status !== 'created')).toEqual([])
    await expectTotalsRight('after a bulk import')
    // A bulk delete over HTTP, one query for many stories.
    const bulk = await fetch(`${server.url}/api/articles?where[title][like]=Counted%20at%20once%20${runId}`, { headers, method: 'DELETE' })
    expect(bulk.status).toBe(200)
    await expectTotalsRight('after a bulk delete')
  })

  it('answers a page past the end with the right totals and no stories', async () => {
    for (const who of [null, editor, contributor]) {
      const counted = await list('limit=5&where[id][exists]=true', who)
      const past = await list(`limit=5&page=${counted.totalPages + 3}`, who)
      expect(past.docs).toEqual([])
      expect(past.totalDocs).toBe(counted.totalDocs)
      expect(past.hasNextPage).toBe(false)
    }
  })
})
