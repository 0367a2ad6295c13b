import type { Payload } from 'payload'

import { jest } from '@jest/globals'
import os from 'node:os'
import { createLocalReq } from 'payload'

import { suiteEnv, runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { linksOf, story } from './helpers/stories'
import { paragraphsToLexical } from '../src/lexical/paragraphs'
import { headlineKey, slugKey } from '../src/readAlso/keys'
import { linksWritten, markDelete } from '../src/readAlso/markers'
import { convertReadAlsoParagraphs } from '../src/readAlso/parse'
import { repairInterruptedLinks } from '../src/readAlso/repair'

/**
 * The start-up repair of saves a killed process left half done, on the embedded SQLite database (where Payload saves
 * without transactions). A save writes its article row flagged `readAlsoPending` and clears the flag once the link rows
 * are written; a delete writes a marker row before it releases the links: a killed process leaves the flag (or the
 * marker), and the article row without its links. The cases below stop a save exactly there by writing the article
 * row through the database adapter, as the save does, and nothing after it.
 */
let payload: Payload

beforeAll(async () => {
  payload = await bootPayload('read-also-repair', suiteEnv('read-also-repair', { embedded: true }))
}, 300_000)

afterAll(async () => {
  await shutdown(payload)
})

const title = (text: string) => `${text} ${runId}`
const body = (paragraphs: string[]) => convertReadAlsoParagraphs(paragraphsToLexical(paragraphs))
/** Saves and deletes left open: delete markers and flagged article rows. */
const outstanding = async () =>
  (await payload.db.count({ collection: 'read-also-saves', where: {} })).totalDocs +
  (await payload.db.count({ collection: 'articles', where: { readAlsoPending: { exists: true } } })).totalDocs
/** What a start reads of articles and links: nothing but the flagged rows' index. */
const beyondFlags = (statements: string[]) =>
  statements.filter((sql) => /read_also_links/.test(sql) || (/articles/.test(sql) && !/^SELECT "id", "read_also_pending" FROM "articles" WHERE "read_also_pending" IS NOT NULL$/.test(sql)))

/** The SQL statements the database client runs while `work` does. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const client = (payload.db as unknown as { client: { batch: (...args: never[]) => unknown; execute: (...args: never[]) => unknown } }).client
  const execute = jest.spyOn(client, 'execute')
  const batch = jest.spyOn(client, 'batch')
  try {
    await work()
    const text = (statement: unknown) => (typeof statement === 'string' ? statement : String((statement as { sql?: string }).sql ?? ''))
    return [
      ...execute.mock.calls.map(([statement]) => text(statement)),
      ...batch.mock.calls.flatMap(([statements]) => (statements as unknown as unknown[]).map(text)),
    ]
  } finally {
    execute.mockRestore()
    batch.mockRestore()
  }
}

describe('repairing Read-also links on start', () => {
  it('reads no article and no link when no save was interrupted, only the index of flagged rows, whatever the archive', async () => {
    const target = await story(payload, title('Archive target'))
    for (let n = 0; n < 40; n++) await story(payload, title(`Archive story ${n}`), [`Paragraph ${n}.`, `Read also: ${target.title}`])

    const client = (payload.db as unknown as { client: { execute: (statement: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }).client
    const execute = jest.spyOn(client, 'execute')
    let flagRead: unknown
    try {
      await repairInterruptedLinks(payload)
      flagRead = execute.mock.calls.map(([statement]) => statement).find((statement) => /"articles"/.test(String((statement as { sql?: string }).sql ?? statement)))
    } finally {
      execute.mockRestore()
    }
    const statements = await statementsDuring(() => repairInterruptedLinks(payload))
    expect(beyondFlags(statements)).toEqual([])
    expect(statements).toHaveLength(2)
    // The flagged rows are read off their partial index, never by a walk of the archive.
    const sql = typeof flagRead === 'string' ? flagRead : (flagRead as { sql: string }).sql
    const plan = await client.execute(`EXPLAIN QUERY PLAN ${sql}`)
    expect(plan.rows.map((row) => String(row.detail))).toEqual([expect.stringMatching(/USING (COVERING )?INDEX articles_read_also_pending_idx/)])
  })

  it('gives an article saved without its links (killed in between) the links of its body on the next start', async () => {
    const target = await story(payload, title('Update target'))
    const source = await story(payload, title('Updated source'), ['Before the kill.'])
    expect(await linksOf(payload, source.id)).toEqual([])

    // The article row of an update, and nothing after it.
    const req = await createLocalReq({}, payload)
    await payload.db.updateOne({
      collection: 'articles',
      data: { body: body(['After the kill.', `Read also: ${target.title}`]), updatedAt: new Date().toISOString() },
      id: source.id,
      req,
    })
    expect(await linksOf(payload, source.id)).toEqual([])
    expect(await outstanding()).toBe(1)

    expect(await repairInterruptedLinks(payload)).toBe(1)
    expect(await linksOf(payload, source.id)).toEqual([expect.objectContaining({ state: 'resolved', text: target.title, to: target.title })])
    expect(await outstanding()).toBe(0)
  })

  it('finds a created article whose links were not written, and resolves links waiting for its headline', async () => {
    const target = await story(payload, title('Create target'))
    const headline = title('Created while killed')
    const waiting = await story(payload, title('Waiting for it'), ['Text.', `Read also: ${headline}`])
    expect(await linksOf(payload, waiting.id)).toEqual([expect.objectContaining({ state: 'pending', to: null })])

    // The article row of a create, and nothing after it: the id is not known before this write.
    const req = await createLocalReq({}, payload)
    const slug = `created-while-killed-${runId}`
    const now = new Date().toISOString()
    const created = await payload.db.create({
      collection: 'articles',
      data: {
        _status: 'published',
        body: body(['Text.', `Read also: ${target.title}`]),
        createdAt: now,
        headlineKey: headlineKey(headline),
        publishedAt: now,
        slug,
        slugKey: slugKey(slug),
        title: headline,
        updatedAt: now,
      },
      req,
    })
    expect(await linksOf(payload, created.id)).toEqual([])

    expect(await repairInterruptedLinks(payload)).toBe(1)
    expect(await linksOf(payload, created.id)).toEqual([expect.objectContaining({ state: 'resolved', to: target.title })])
    expect(await linksOf(payload, waiting.id)).toEqual([expect.objectContaining({ state: 'resolved', to: headline })])
    expect(await outstanding()).toBe(0)
  })

  it('gives back its links to an article whose delete was killed after releasing them', async () => {
    const target = await story(payload, title('Delete target'))
    const source = await story(payload, title('Almost deleted'), ['Text.', `Read also: ${target.title}`])
    const req = await createLocalReq({}, payload)
    await markDelete(req, source.id)
    await payload.db.deleteMany({ collection: 'read-also-links', req, where: { from: { equals: source.id } } })
    expect(await linksOf(payload, source.id)).toEqual([])

    await repairInterruptedLinks(payload)
    expect(await linksOf(payload, source.id)).toEqual([expect.objectContaining({ state: 'resolved', to: target.title })])
    expect(await outstanding()).toBe(0)
  })

  it('leaves alone a save that another live process of this host is running', async () => {
    const target = await story(payload, title('Running target'))
    const source = await story(payload, title('Being saved elsewhere'), ['Before.'])
    // Another process (this one's parent) has written the article row and is about to write its links.
    await payload.db.updateOne({
      collection: 'articles',
      data: { body: body(['After.', `Read also: ${target.title}`]), readAlsoPending: `${os.hostname()} ${process.ppid}` },
      id: source.id,
    })

    const statements = await statementsDuring(async () => expect(await repairInterruptedLinks(payload)).toBe(0))
    expect(beyondFlags(statements)).toEqual([])
    expect(await linksOf(payload, source.id)).toEqual([])
    expect(await outstanding()).toBe(1)

    // That process is gone (killed): its flag marks an interrupted save now.
    await payload.db.updateOne({ collection: 'articles', data: { readAlsoPending: `${os.hostname()} ${process.pid}` }, id: source.id })
    expect(await repairInterruptedLinks(payload)).toBe(1)
    expect(await linksOf(payload, source.id)).toEqual([expect.objectContaining({ state: 'resolved', to: target.title })])
    expect(await outstanding()).toBe(0)
  })

  it('leaves no flag or marker after saves that complete, fail or are deleted', async () => {
    const target = await story(payload, title('Marker target'))
    const source = await story(payload, title('Marker source'), ['Text.', `Read also: ${target.title}`])
    await payload.update({ collection: 'articles', data: { body: paragraphsToLexical(['Changed.', `Read also: ${target.title}`]) }, id: source.id })
    await payload.update({ collection: 'articles', data: { title: title('Marker source renamed') }, id: source.id })
    await expect(payload.create({ collection: 'articles', data: { slug: source.slug, title: title('Same slug') } })).rejects.toThrow()
    // An article row the database refuses (the slug is taken): nothing was written, nothing to repair.
    const req = await createLocalReq({}, payload)
    await expect(
      payload.db.create({ collection: 'articles', data: { _status: 'draft', slug: source.slug, title: title('Refused row') }, req }),
    ).rejects.toThrow()
    await payload.delete({ collection: 'articles', id: source.id })
    expect(await outstanding()).toBe(0)

    const statements = await statementsDuring(() => repairInterruptedLinks(payload))
    expect(beyondFlags(statements)).toEqual([])
    // Versions never keep the flag.
    const versions = await payload.db.findVersions({ collection: 'articles', limit: 0, pagination: false, where: { 'version.readAlsoPending': { exists: true } } })
    expect(versions.docs).toEqual([])
  })

  it('keeps the flag of a later save of the same story still in flight when an earlier one ends', async () => {
    const target = await story(payload, title('In flight target'))
    const source = await story(payload, title('Saved twice at once'), ['Before.'])
    const first = await createLocalReq({}, payload)
    const second = await createLocalReq({}, payload)
    const write = (req: typeof first, text: string, at: string) =>
      payload.db.updateOne({ collection: 'articles', data: { body: body([text, `Read also: ${target.title}`]), updatedAt: at }, id: source.id, req })
    await write(first, 'First body.', new Date(Date.now() + 1_000).toISOString())
    await write(second, 'Second body.', new Date(Date.now() + 2_000).toISOString())
    // The first save ends (its links written): the row is the second's now, whose links are still to come.
    await linksWritten(first, source.id)
    expect(await outstanding()).toBe(1)
    await linksWritten(second, source.id)
    expect(await outstanding()).toBe(0)
  })

  it('never shows the flag to an API reader, and a value a writer sends does not stay', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: `flag-editor-${runId}@example.com`, password: 'flag-password-1', role: 'editor' } as never,
    })
    const source = await story(payload, title('Flag never shown'), ['Text.'])
    const updated = await payload.update({ collection: 'articles', data: { readAlsoPending: 'someone else 1' } as never, id: source.id, overrideAccess: false, user: editor })
    expect(updated).not.toHaveProperty('readAlsoPending')
    const read = await payload.findByID({ collection: 'articles', id: source.id, overrideAccess: false, user: editor })
    expect(read).not.toHaveProperty('readAlsoPending')
    expect(await outstanding()).toBe(0)
    const anonymous = await payload.find({ collection: 'articles', overrideAccess: false, where: { id: { equals: source.id } } })
    expect(anonymous.docs[0]).not.toHaveProperty('readAlsoPending')
  })

  it('ends a save\'s flag in the same commit as its link rows and its change-log row', async () => {
    const target = await story(payload, title('Batch target'))
    const client = (payload.db as unknown as { client: { batch: (...args: never[]) => unknown; execute: (...args: never[]) => unknown } }).client
    const execute = jest.spyOn(client, 'execute')
    const batch = jest.spyOn(client, 'batch')
    const text = (statement: unknown) => (typeof statement === 'string' ? statement : String((statement as { sql?: string }).sql ?? ''))
    try {
      await story(payload, title('Batch source'), ['Text.', `Read also: ${target.title}`, 'Read also: A story nobody wrote yet'])
      const batches = batch.mock.calls.map(([list]) => (list as unknown as unknown[]).map(text))
      const alone = execute.mock.calls.map(([statement]) => text(statement))
      const links = batches.find((list) => list.some((sql) => /insert into "read_also_links"/.test(sql)))
      // Set by the article row's own insert, no statement of its own; cleared by the batch that writes the link rows,
      // with the change-log row.
      expect(alone.filter((sql) => /read_also_saves/.test(sql))).toEqual([])
      expect(alone.filter((sql) => /insert into "articles"/.test(sql))).toEqual([expect.stringContaining('"read_also_pending"')])
      expect(alone.filter((sql) => /^update "articles" set "read_also_pending"|insert into "change_log"/.test(sql))).toEqual([])
      expect(links?.filter((sql) => /update "articles" set "read_also_pending" = (null|\?)/.test(sql))).toHaveLength(1)
      expect(links?.filter((sql) => /insert into "change_log"/.test(sql))).toHaveLength(1)

      // A save that changes no link: its change-log row and the flag's clearing are one batch of their own.
      execute.mockClear()
      batch.mockClear()
      const { docs } = await payload.find({ collection: 'articles', where: { title: { equals: title('Batch source') } } })
      await payload.update({ collection: 'articles', data: { title: title('Batch source renamed') }, id: docs[0]!.id })
      const ending = batch.mock.calls.map(([list]) => (list as unknown as unknown[]).map(text))
      expect(execute.mock.calls.map(([statement]) => text(statement)).filter((sql) => /^update "articles" set "read_also_pending"|read_also_saves|insert into "change_log"/.test(sql))).toEqual([])
      expect(ending.filter((list) => list.some((sql) => /insert into "change_log"/.test(sql)) && list.some((sql) => /update "articles" set "read_also_pending" = (null|\?)/.test(sql)))).toHaveLength(1)
    } finally {
      execute.mockRestore()
      batch.mockRestore()
    }
    expect(await outstanding()).toBe(0)
    const { docs: logged } = await payload.find({ collection: 'change-log', sort: '-id', limit: 2, overrideAccess: true })
    expect(logged.map((row) => row.slug)).toEqual([expect.stringContaining('batch-source'), expect.stringContaining('batch-source')])
  })

  it('keeps the flag of a save whose link rows could not be written, and repairs it on the next start', async () => {
    const target = await story(payload, title('Refused links target'))
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
    await client.execute(`CREATE TRIGGER refuse_links BEFORE INSERT ON read_also_links BEGIN SELECT RAISE(ABORT, 'links refused'); END`)
    try {
      await expect(story(payload, title('Refused links source'), ['Text.', `Read also: ${target.title}`])).rejects.toThrow(/links refused/)
    } finally {
      await client.execute('DROP TRIGGER refuse_links')
    }
    expect(await outstanding()).toBe(1)
    const { docs } = await payload.find({ collection: 'articles', where: { title: { equals: title('Refused links source') } } })
    expect(docs).toHaveLength(1)
    expect(await linksOf(payload, docs[0]!.id)).toEqual([])

    expect(await repairInterruptedLinks(payload)).toBe(1)
    expect((await linksOf(payload, docs[0]!.id)).map((link) => link.state)).toEqual(['resolved'])
    expect(await outstanding()).toBe(0)
  })
})
