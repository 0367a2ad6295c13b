import type { Payload } from 'payload'

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { ImportResult } from '../src/import/importStory'

import { runId, suiteEnv } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'

const env = suiteEnv('import')
let payload: Payload

beforeAll(async () => {
  payload = await bootPayload('import', env)
})

afterAll(async () => {
  await shutdown(payload)
})

const harbour = `Harbour board backs new ferry terminal ${runId}`
const ferry = `Ferry operator signs ten-year lease ${runId}`

/** Sample stories written for these tests, in the scraped-text shape. */
const stories: Record<string, Buffer | string> = {
  'a-harbour.txt': `${harbour}\n\nby Mara Lindqvist ${runId} March 5, 2026 8:00 AM\n\nPORT ALDER — The harbour board voted for a new ferry terminal, the Northwind Wire reported.\n\nRead also: ${ferry}\n\nLeave a Comment`,
  'b-ferry.txt': `${ferry}\n\nThe operator signed the lease on Thursday, according to Northwind.\n\nRead also: ${harbour}`,
  'c-empty.txt': '',
  'd-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
  'e-latin1.txt': Buffer.from('Caf\xe9 opens on the quay\n\nIt opened.', 'latin1'),
}

function writeStories(names: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-stories-'))
  for (const name of names) fs.writeFileSync(path.join(dir, name), stories[name]!)
  return dir
}

function runImport(...args: string[]): { code: number; report: ImportResult[]; stderr: string } {
  const result = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/import/cli.ts', '--json', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, NODE_OPTIONS: '' },
    timeout: 120_000,
  })
  if (!result.stdout.trim().startsWith('[')) throw new Error(`import printed no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  return { code: result.status ?? -1, report: JSON.parse(result.stdout) as ImportResult[], stderr: result.stderr }
}

const byFile = (report: ImportResult[], name: string) => report.find((result) => path.basename(result.file) === name)!

describe('npm run import', () => {
  it('imports a folder: drafts with bylines, sources and links; bad files fail with a reason and the rest still import', () => {
    const dir = writeStories(Object.keys(stories))
    const { code, report } = runImport(dir)
    expect(code).toBe(1)
    expect(report.map((result) => [path.basename(result.file), result.status])).toEqual([
      ['a-harbour.txt', 'created'],
      ['b-ferry.txt', 'created'],
      ['c-empty.txt', 'failed'],
      ['d-binary.txt', 'failed'],
      ['e-latin1.txt', 'failed'],
    ])
    expect(byFile(report, 'c-empty.txt').error).toBe('empty file')
    expect(byFile(report, 'd-binary.txt').error).toBe('binary data, not text')
    expect(byFile(report, 'e-latin1.txt').error).toMatch(/not UTF-8/)

    const harbourReport = byFile(report, 'a-harbour.txt')
    expect(harbourReport).toMatchObject({
      authors: [`Mara Lindqvist ${runId}`],
      dropped: [{ line: 'Leave a Comment', reason: 'comment prompt' }],
      publishedAt: '2026-03-05T08:00:00.000Z',
      sources: ['Northwind Wire'],
      title: harbour,
    })
    // Links as they stand after the whole batch: the ferry story was imported after the harbour story.
    const ferryReport = byFile(report, 'b-ferry.txt')
    expect(harbourReport.readAlso).toEqual([{ state: 'resolved', targetSlug: ferryReport.slug, text: ferry }])
    expect(ferryReport.readAlso).toEqual([{ state: 'resolved', targetSlug: harbourReport.slug, text: harbour }])
  })

  it('is idempotent: the same stories again are unchanged, never duplicated; --publish updates them', async () => {
    const dir = writeStories(['a-harbour.txt', 'b-ferry.txt'])
    const again = runImport(dir)
    expect(again.code).toBe(0)
    expect(again.report.map((result) => result.status)).toEqual(['unchanged', 'unchanged'])
    expect((await payload.count({ collection: 'articles', where: { title: { equals: harbour } } })).totalDocs).toBe(1)
    expect((await payload.count({ collection: 'authors', where: { name: { equals: `Mara Lindqvist ${runId}` } } })).totalDocs).toBe(1)

    const published = runImport('--publish', path.join(dir, 'a-harbour.txt'))
    expect(published.report.map((result) => result.status)).toEqual(['updated'])
    const article = await payload.findByID({ collection: 'articles', id: published.report[0]!.id! })
    expect(article._status).toBe('published')
  })

  it('refuses a story whose headline belongs to a hand-written article, creating nothing', async () => {
    const title = `Hand-written story ${runId}`
    await payload.create({ collection: 'articles', data: { title } })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-stories-'))
    fs.writeFileSync(path.join(dir, 'clash.txt'), `${title}\n\nby Brand New Writer ${runId}\n\nA paragraph.`)
    const { code, report } = runImport(dir)
    expect(code).toBe(1)
    expect(report[0]).toMatchObject({ status: 'failed' })
    expect(report[0]!.error).toMatch(/already exists and was not imported/)
    expect((await payload.count({ collection: 'authors', where: { name: { equals: `Brand New Writer ${runId}` } } })).totalDocs).toBe(0)
  })

  it('refuses unknown options with the usage line', () => {
    const result = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/import/cli.ts', '--force', 'x.txt'], {
      encoding: 'utf8',
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('usage: npm run import')
  })
})
