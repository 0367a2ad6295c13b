/**
 * Reads at archive size never walk a whole table: the SQL that anonymous readers and signed-in staff cause for the
 * article list, an article at depth 2 and GraphQL with Read-also links is captured, and the database's own plan of
 * each statement (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL) must read articles, their versions and
 * link rows through an index. A list also costs the same number of statements whatever its page size.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Article, User } from '../payload-types'

import { captureSql, explain, fullScans, graphQLItem, graphQLList, planText, readerReq, reads, runGraphQL } from '../bench/plans'
import { isDraftInSeed, seedArchive } from '../bench/seed'
import { refreshStatistics } from '../src/db'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'

const archive = 10_000
let payload: Payload
let admin: User
let item: Article

const pickBody = (ids: Article['id'][]) => ({
  root: {
    children: ids.map((id) => ({ fields: { article: id, blockName: '', blockType: 'readAlso' }, format: '', type: 'block', version: 2 })),
    direction: null,
    format: '' as const,
    indent: 0,
    type: 'root',
    version: 1,
  },
})

beforeAll(async () => {
  // No scheduled-publish runner in this process: its periodic query would land among the statements counted here.
  process.env.NEWSROOM_JOBS = 'worker'
  payload = await bootPayload('query-plans')
  const { totalDocs } = await payload.count({ collection: 'articles' })
  const findItem = async () =>
    (
      await payload.find({
        collection: 'articles',
        depth: 0,
        limit: 1,
        where: { and: [{ _status: { equals: 'published' } }, { title: { like: 'Generated story number 14 about' } }] },
      })
    ).docs[0]
  // A shared PostgreSQL database keeps an earlier run's archive (when it holds the story read below); a fresh SQLite
  // file gets its own.
  if (totalDocs < archive || !(await findItem())) await seedArchive(payload, { prefix: `${runId} `, to: archive })
  // The newest stories pick other stories in their Read-also blocks, drafts among them: the first page of the list.
  const { docs: older } = await payload.find({ collection: 'articles', depth: 0, limit: 30, select: {}, sort: 'createdAt' })
  for (let n = 0; n < 12; n++) {
    await payload.create({
      collection: 'articles',
      data: { _status: 'published', body: pickBody(older.slice(n, n + 3).map((doc) => doc.id)), title: `Picker ${runId} ${n}` },
    })
  }
  await refreshStatistics(payload)
  admin = await payload.create({
    collection: 'users',
    data: { email: `plans-${runId}@example.com`, password: 'plans-password-1', role: 'admin' } as User & { password: string },
  })
  // A published story that links out and is linked to.
  item = (await findItem())!
  expect(isDraftInSeed(14)).toBe(false)
}, 900_000)

afterAll(async () => {
  await shutdown(payload)
})

const readers = [
  ['anonymous', () => null],
  ['signed-in', () => admin],
] as const

describe.each(readers)('%s reads', (_reader, user) => {
  it.each(['list ?depth=0&limit=20', 'list ?depth=1&limit=10', 'item ?depth=2', 'GraphQL list with links', 'GraphQL item with links'] as const)(
    '%s read articles, versions and links through indexes',
    async (name) => {
      const read = reads(payload, user(), item.id)[name]
      const statements = await captureSql(payload, read)
      expect(statements.length).toBeGreaterThan(0)
      const scans: { plan: string[]; scans: string[]; sql: string }[] = []
      for (const statement of statements) {
        const plan = await explain(payload, statement)
        const found = fullScans(plan, statement.sql)
        if (found.length) scans.push({ plan: planText(plan), scans: found, sql: statement.sql.slice(0, 400) })
      }
      expect(scans).toEqual([])
    },
  )

  it('runs as many statements for a list of 5 as for a list of 20', async () => {
    const list = (limit: number) =>
      // Newest created first: both pages start with the stories that pick others, so both need the one picks query.
      captureSql(payload, () => payload.find({ collection: 'articles', depth: 0, limit, overrideAccess: false, sort: '-createdAt', user: user() ?? undefined }))
    expect((await list(20)).length).toBe((await list(5)).length)
  })

  it('reads the Read-also links and backlinks of a page in as many statements for 5 stories as for 20 (REST depth 1, GraphQL), and GraphQL as a whole for 20 as for 40', async () => {
    // Populating authors or topics takes one statement per related collection the page happens to name; the links
    // and backlinks take a fixed number whatever the page's size, and GraphQL as a whole too.
    const onLinks = (statements: { sql: string }[]) => statements.filter((statement) => statement.sql.includes('read_also_links')).length
    const rest = (limit: number) =>
      captureSql(payload, () => payload.find({ collection: 'articles', depth: 1, limit, overrideAccess: false, sort: '-createdAt', user: user() ?? undefined }))
    expect(onLinks(await rest(20))).toBe(onLinks(await rest(5)))
    const graphQL = async (limit: number) => {
      const req = await readerReq(payload, user())
      return captureSql(payload, () => runGraphQL(payload, req, graphQLList.replace('Articles(limit: 10)', `Articles(limit: ${limit}, sort: "-createdAt")`)))
    }
    const [five, twenty, forty] = [await graphQL(5), await graphQL(20), await graphQL(40)]
    expect(onLinks(twenty)).toBe(onLinks(five))
    // As a whole too, between two pages that both go past the stories that pick others (which need a picks query).
    expect(forty.length).toBe(twenty.length)
  })

  it('reads both link joins of a GraphQL story in one statement: asking for backlinks too costs no statement more', async () => {
    const onLinks = (statements: { sql: string }[]) => statements.filter((statement) => statement.sql.includes('read_also_links')).length
    const backlinks = ' readAlsoFrom { docs { text from { title slug } } }'
    expect(graphQLItem).toContain(backlinks)
    const run = async (query: string) => {
      const req = await readerReq(payload, user())
      let answer: unknown
      const statements = await captureSql(payload, async () => (answer = await runGraphQL(payload, req, query, { id: Number(item.id) })))
      return { answer: JSON.stringify(answer), statements }
    }
    const both = await run(graphQLItem)
    const linksOnly = await run(graphQLItem.replace(backlinks, ''))
    expect(both.answer).toContain('"readAlsoFrom":{"docs":[{')
    expect(onLinks(both.statements)).toBe(onLinks(linksOnly.statements))
  })

  it('reads the links of a page of 600 stories (more than SQLite allows terms in one compound statement)', async () => {
    const page = await payload.find({ collection: 'articles', depth: 1, limit: 600, overrideAccess: false, user: user() ?? undefined })
    expect(page.docs).toHaveLength(600)
    expect(page.docs.filter((doc) => (doc.readAlso?.docs?.length ?? 0) > 0).length).toBeGreaterThan(100)
  })

  it('reads what the reader may see: links of the item, published stories only when anonymous', async () => {
    const { item: read, list } = {
      item: await reads(payload, user(), item.id)['item ?depth=2'](),
      list: await reads(payload, user(), item.id)['list ?depth=1&limit=10'](),
    }
    expect(read.readAlso?.docs?.length).toBe(3)
    expect(list.docs).toHaveLength(10)
    if (!user()) expect(list.docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  it('reads link rows of a draft only when signed in', async () => {
    const { docs: drafts } = await payload.find({ collection: 'articles', depth: 0, limit: 1, where: { title: { like: 'Generated story number 19 about' } } })
    expect(drafts[0]?._status).toBe('draft')
    const { totalDocs } = await payload.find({
      collection: 'read-also-links',
      overrideAccess: false,
      user: user() ?? undefined,
      where: { from: { equals: drafts[0]!.id } },
    })
    expect(totalDocs).toBe(user() ? 3 : 0)
  })
})

describe('link reads whatever the planner statistics say', () => {
  // SQLite chooses a join order by its statistics: figures that call the target's index poor (a file whose links
  // mostly wait for their targets) once led it to walk every link row for a range on the row id. The link reads keep
  // their ids outside and go through the indexes under any figures.
  it('reads links and backlinks of a page through indexes when the statistics call the index on targets poor', async () => {
    if (payload.db.name !== 'sqlite') return
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
    try {
      await client.execute(`DELETE FROM sqlite_stat1 WHERE tbl = 'read_also_links'`)
      // As analysed on a file of 1,000 stories whose links mostly wait for their targets: about 500 rows per value
      // of the target column (most are empty), which made the target's index look no better than a walk.
      for (const [index, stat] of [['from_position_idx', '2000 3 1'], ['read_also_links_from_idx', '2000 3'], ['read_also_links_to_idx', '2000 500'], ['read_also_links_published_to_idx', '2000 500']]) {
        await client.execute(`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('read_also_links', '${index}', '${stat}')`)
      }
      await client.execute('ANALYZE sqlite_schema')
      for (const user of [null, admin]) {
        const statements = await captureSql(payload, reads(payload, user, item.id)['list ?depth=1&limit=10'])
        const links = statements.filter((statement) => statement.sql.includes('read_also_links'))
        // Links (by their story) and backlinks (by their target), in one statement or more.
        const read = links.map((statement) => statement.sql).join('\n')
        expect(read).toMatch(/l\."from_id" = j\.value/)
        expect(read).toMatch(/l\."(published_)?to_id" = j\.value/)
        for (const statement of links) expect({ scans: fullScans(await explain(payload, statement), statement.sql), sql: statement.sql.slice(0, 200) }).toEqual({ scans: [], sql: statement.sql.slice(0, 200) })
      }
    } finally {
      await refreshStatistics(payload)
    }
  })
})

describe('a read of one story by id', () => {
  it('sends its link statement, and a staff reader its scheduled publications, before the story is read', async () => {
    for (const user of [null, admin]) {
      const statements = await captureSql(payload, reads(payload, user, item.id)['item ?depth=2'])
      const story = statements.findIndex((statement) => /^select\b.*\bfrom "articles"/is.test(statement.sql))
      const links = statements.findIndex((statement) => statement.sql.includes('read_also_links'))
      expect({ links: links >= 0, storyFirst: links > story }).toEqual({ links: true, storyFirst: false })
      const schedules = statements.findIndex((statement) => statement.sql.includes('payload_jobs'))
      if (user) expect({ schedules: schedules >= 0, storyFirst: schedules > story }).toEqual({ schedules: true, storyFirst: false })
      else expect(schedules).toBe(-1)
    }
  })
})

describe('the statements counted for a read', () => {
  it('are the read’s own: a query the process runs meanwhile for other work (a periodic job check) is not among them', async () => {
    const read = reads(payload, null, item.id)['item ?depth=2']
    const alone = await captureSql(payload, read)
    // Scheduled before the capture starts, so it runs as other work of the process, while the read is under way.
    const other = new Promise((resolve) => setImmediate(() => resolve(payload.count({ collection: 'payload-jobs' }))))
    const meanwhile = await captureSql(payload, async () => {
      await read()
      await other
    })
    expect(meanwhile.map((statement) => statement.sql)).toEqual(alone.map((statement) => statement.sql))
  })
})

describe('reads whose cost follows the page, not the archive', () => {
  it('computes jsonLd and bodyHtml of a page in as many statements for 20 stories as for 40', async () => {
    const page = (limit: number, field: 'bodyHtml' | 'jsonLd') =>
      captureSql(payload, () =>
        payload.find({
          collection: 'articles',
          context: { [field]: true },
          depth: 0,
          limit,
          overrideAccess: false,
          // Without the body: bodyHtml reads it itself.
          select: { [field]: true, title: true },
          sort: '-createdAt',
        }),
      )
    // (Both pages go past the newest stories, which name no author: populating the authors is one statement on both.)
    for (const field of ['jsonLd', 'bodyHtml'] as const) {
      const [twenty, forty] = [await page(20, field), await page(40, field)]
      expect({ field, statements: forty.length }).toEqual({ field, statements: twenty.length })
    }
    const { docs } = await payload.find({ collection: 'articles', context: { jsonLd: true }, depth: 0, limit: 3, overrideAccess: false, select: { jsonLd: true, title: true }, sort: '-createdAt' })
    for (const doc of docs as (Article & { jsonLd?: { headline?: string } })[]) expect(doc.jsonLd?.headline).toBe(doc.title)
  })

  it('answers a topic’s stories over GraphQL a page at a time, newest first, as over REST', async () => {
    const topic = await payload.create({ collection: 'topics', data: { name: `Harbour works ${runId}` } as never })
    const { docs: tagged } = await payload.find({ collection: 'articles', depth: 0, limit: 15, select: {}, sort: '-createdAt', where: { _status: { equals: 'published' } } })
    for (const story of tagged) await payload.update({ collection: 'articles', data: { topics: [topic.id] } as never, id: story.id })
    const req = await readerReq(payload, null)
    const answer = (await runGraphQL(payload, req, `{ Topic(id: ${Number(topic.id)}) { articles { docs { id publishedAt } hasNextPage } } }`)) as { Topic: { articles: { docs: { id: number; publishedAt: string }[]; hasNextPage: boolean } } }
    const { docs, hasNextPage } = answer.Topic.articles
    expect(docs).toHaveLength(10)
    expect(hasNextPage).toBe(true)
    const times = docs.map((doc) => Date.parse(doc.publishedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const all = (await runGraphQL(payload, await readerReq(payload, null), `{ Topic(id: ${Number(topic.id)}) { articles(limit: 0) { docs { id } hasNextPage } } }`)) as { Topic: { articles: { docs: unknown[]; hasNextPage: boolean } } }
    expect(all.Topic.articles).toMatchObject({ hasNextPage: false })
    expect(all.Topic.articles.docs).toHaveLength(15)
    // Page by page, every story once.
    const page = async (n: number) => ((await runGraphQL(payload, await readerReq(payload, null), `{ Topic(id: ${Number(topic.id)}) { articles(limit: 6, page: ${n}) { docs { id } hasNextPage } } }`)) as { Topic: { articles: { docs: { id: number }[]; hasNextPage: boolean } } }).Topic.articles
    const pages = [await page(1), await page(2), await page(3)]
    expect(pages.map((one) => [one.docs.length, one.hasNextPage])).toEqual([[6, true], [6, true], [3, false]])
    expect(new Set(pages.flatMap((one) => one.docs.map((doc) => doc.id))).size).toBe(15)
  })
})
