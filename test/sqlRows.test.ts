import type { Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq } from 'payload'

import { findRows } from '../src/sqlRows'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { story } from './helpers/stories'

/**
 * The Read-also sync and the change log read rows as plain statements on the SQL adapters (src/sqlRows.ts): each
 * answer must be the one Payload's adapter gives for the same query, whatever the text in it, and anything the
 * module cannot say exactly must be left to Payload.
 */
let payload: Payload
let req: PayloadRequest
const sql = !(process.env.DATABASE_URI ?? '').startsWith('mongodb')

beforeAll(async () => {
  payload = await bootPayload('sql-rows')
  req = await createLocalReq({}, payload)
})

afterAll(async () => {
  await shutdown(payload)
})

const headline = (text: string) => `${text} ${runId}`

/** Payload's adapter's answer, sorted and shaped as `findRows` answers (the same fields, ids as they come). */
async function viaPayload(collection: string, where: Where, sort: string, select?: Record<string, true>) {
  const { docs } = await payload.db.find({ collection: collection as never, limit: 0, pagination: false, req, select, sort, where })
  return docs
}

const asJson = (docs: unknown[]) => JSON.parse(JSON.stringify(docs)) as Record<string, unknown>[]

;(sql ? describe : describe.skip)('rows read as plain statements', () => {
  it('answers what Payload answers for links, stories and former names, quotes and all', async () => {
    const quoted = headline("O'Brien's \"last\" word; DROP TABLE articles --")
    const target = await story(payload, quoted, ['A story with quotes in its headline.'])
    const source = await story(payload, headline('Points at the quoted one'), ['Opening.', `Read also: ${quoted}`, `Read also: ${headline("Nobody's story yet")}`])
    const keys = [target.headlineKey!, `h:${headline("nobody's story yet").toLowerCase()}`, "h:it's not there"]
    // A rename of the published target leaves its former headline as an alias.
    await payload.update({ collection: 'articles', data: { title: `${quoted} (renamed)` }, id: target.id })
    expect((await viaPayload('article-aliases', { key: { in: keys } }, 'id')).length).toBe(1)
    const wheres: [string, Where, string, Record<string, true>?][] = [
      ['read-also-links', { from: { in: [String(source.id)] } }, 'position'],
      ['read-also-links', { and: [{ or: [{ to: { in: [String(target.id)] } }, { headlineKey: { in: keys } }, { slugKey: { in: keys } }] }, { from: { not_in: [String(target.id)] } }] }, 'position'],
      ['read-also-links', { or: [{ to: { equals: target.id } }, { state: { equals: 'pending' } }] }, 'id'],
      ['articles', { or: [{ headlineKey: { in: keys } }, { slugKey: { in: keys } }, { id: { in: [String(source.id)] } }] }, 'id', { _status: true, headlineKey: true, publishedAt: true, slug: true, slugKey: true, title: true, updatedAt: true }],
      ['articles', { id: { equals: source.id } }, 'id', { _status: true, body: true, slug: true, updatedAt: true }],
      ['articles', { and: [{ id: { in: [] } }, { id: { not_in: [] } }] }, 'id', { title: true }],
      ['article-aliases', { key: { in: keys } }, 'id'],
    ]
    for (const [collection, where, sort, select] of wheres) {
      const plain = await findRows(req, collection, where, sort, select)
      expect(plain).toBeDefined()
      const expected = asJson(await viaPayload(collection, where, sort, select)).map((doc) =>
        Object.fromEntries(Object.entries(doc).filter(([key]) => key === 'id' || !select || select[key])),
      )
      const got = asJson(plain!).map((doc) => Object.fromEntries(Object.entries(doc).filter(([key]) => key in (expected[0] ?? doc))))
      expect(got).toEqual(expected)
    }
    const links = await findRows(req, 'read-also-links', { from: { in: [String(source.id)] } }, 'position')
    expect(links!.map((link) => [link.text, link.state])).toEqual([
      [quoted, 'resolved'],
      [headline("Nobody's story yet"), 'pending'],
    ])
    for (const article of [source, target]) await payload.delete({ collection: 'articles', id: article.id })
  })

  it('leaves to Payload what it cannot say exactly', async () => {
    // Operators, fields and orders it does not read: the caller asks Payload instead.
    expect(await findRows(req, 'articles', { title: { like: 'x' } }, 'id')).toBeUndefined()
    expect(await findRows(req, 'articles', { 'authors.name': { equals: 'x' } }, 'id')).toBeUndefined()
    expect(await findRows(req, 'articles', { publishedAt: { equals: new Date().toISOString() } }, 'id')).toBeUndefined()
    expect(await findRows(req, 'articles', { id: { equals: 1 } }, 'authors')).toBeUndefined()
    expect(await findRows(req, 'articles', { id: { equals: 1 } }, 'id', { authors: true })).toBeUndefined()
    expect(await findRows(req, 'articles', { title: { equals: 'nul\u0000byte' } }, 'id')).toBeUndefined()
    expect(await findRows(req, 'articles', { id: { in: ["1' OR '1'='1"] } }, 'id')).toBeUndefined()
  })
})
