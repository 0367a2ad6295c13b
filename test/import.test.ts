import type { Payload } from 'payload'

import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { ImportResult } from '../src/import/importStory'

import { paragraphsToLexical as paragraphs } from '../src/lexical/paragraphs'

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

  const onSqlite = env.DATABASE_URI.startsWith('file:')
  ;(onSqlite ? it : it.skip)('waits while another process writes to the embedded database, instead of failing (SQLite only)', async () => {
    const title = `Lock keeper retires after forty years ${runId}`
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-stories-'))
    fs.writeFileSync(path.join(dir, 'lock.txt'), `${title}\n\nThe keeper handed over the keys on Friday.`)
    // This process takes the database's write lock, as the running app does while it saves, and holds it.
    const client = (payload.db as unknown as { client: { transaction: (mode: string) => Promise<{ commit: () => Promise<void>; execute: (sql: string) => Promise<unknown> }> } }).client
    const writer = await client.transaction('write')
    await writer.execute(`update payload_migrations set updated_at = updated_at`)
    const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/import/cli.ts', '--json', dir], {
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve))
    await new Promise((resolve) => setTimeout(resolve, 6000))
    await writer.commit()
    expect(await exit).toBe(0)
    expect((JSON.parse(stdout) as ImportResult[])[0]).toMatchObject({ status: 'created', title })
  }, 60_000)

  it('takes a site’s own chrome rules from --rules, and refuses a bad rules file before importing anything', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-stories-'))
    fs.writeFileSync(path.join(dir, 'live.txt'), `Council meets on the flood wall ${runId}\n\nThe vote is on Tuesday.\n\nFollow our live blog for updates`)
    const rules = path.join(dir, 'rules.json')
    fs.writeFileSync(rules, JSON.stringify([{ pattern: '^follow our live blog', reason: 'live blog promo' }]))
    const { code, report } = runImport('--rules', rules, path.join(dir, 'live.txt'))
    expect(code).toBe(0)
    expect(report[0]).toMatchObject({ dropped: [{ line: 'Follow our live blog for updates', reason: 'live blog promo' }], status: 'created' })

    fs.writeFileSync(rules, '[{ "pattern": "(", "reason": "broken" }]')
    const bad = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/import/cli.ts', `--rules=${rules}`, dir], {
      encoding: 'utf8',
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
    })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^rules file .*rules\.json: rule 1 has an invalid pattern/m)
  })

  it('refuses unknown options with the usage line', () => {
    const result = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/import/cli.ts', '--frobnicate', 'x.txt'], {
      encoding: 'utf8',
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('usage: npm run import')
  })
})

describe('npm run import: output, zones and re-imports', () => {
  const page = (n: number, extra = '') =>
    [
      'Skip to content',
      `Spring offer ${runId}: a year of reading for the price of a month`,
      `Pier ${n} reopens after storm repairs ${runId}`,
      `By JOSÉ ÁLVAREZ ${runId}`,
      '2026-03-05 09:30',
      `The pier reopened on Monday after two months of repairs, the harbour office said, and ferries will call again.${extra}`,
      'Share',
    ].join('\n')

  it('pipes the whole --json report of a large batch into another program, which parses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-large-'))
    for (let n = 0; n < 400; n++) fs.writeFileSync(path.join(dir, `${String(n).padStart(3, '0')}.txt`), page(n))
    // The reader starts late and reads slowly, as jq or a script on a busy machine does.
    const reader = `setTimeout(() => { let s = ''; process.stdin.on('data', (d) => (s += d)); process.stdin.on('end', () => { const r = JSON.parse(s); console.log(r.length, s.length, r.filter((x) => x.status === 'created').length) }) }, 1500)`
    const cli = `${JSON.stringify(process.execPath)} --conditions=development --import tsx src/import/cli.ts --json ${JSON.stringify(dir)}`
    const result = spawnSync('sh', ['-c', `${cli} 2>/dev/null | ${JSON.stringify(process.execPath)} -e ${JSON.stringify(reader)}`], {
      encoding: 'utf8',
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
      timeout: 300_000,
    })
    expect(result.stderr).toBe('')
    const [count, bytes, created] = result.stdout.trim().split(' ').map(Number)
    expect(count).toBe(400)
    expect(created).toBe(400)
    expect(bytes).toBeGreaterThan(256 * 1024)
  })

  it('prints nothing but the report on stdout when run as the README writes it, `npm run import -- --json …`', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-npm-'))
    for (let n = 600; n < 603; n++) fs.writeFileSync(path.join(dir, `${n}.txt`), page(n))
    // The project's .npmrc decides, not a loglevel the caller's npm passed down.
    const { npm_config_loglevel: _loglevel, ...inherited } = process.env
    const result = spawnSync('npm', ['run', 'import', '--', '--json', dir], {
      encoding: 'utf8',
      env: { ...inherited, ...env, NODE_OPTIONS: '' },
      timeout: 120_000,
    })
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as ImportResult[]
    expect(report.map((story) => story.status)).toEqual(['created', 'created', 'created'])
  })

  it('reads dates without a zone in --timezone, says so, learns the batch chrome, and matches authors without case or accents', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-zone-'))
    for (let n = 500; n < 505; n++) fs.writeFileSync(path.join(dir, `${n}.txt`), page(n))
    const { code, report, stderr } = runImport('--timezone', 'Europe/Kyiv', dir)
    expect(code).toBe(0)
    expect(report[0]).toMatchObject({
      authors: [`José Álvarez ${runId}`],
      confidence: { authors: 'high', date: 'medium', headline: 'high' },
      dateZone: 'Europe/Kyiv',
      publishedAt: '2026-03-05T07:30:00.000Z',
      status: 'created',
      title: `Pier 500 reopens after storm repairs ${runId}`,
    })
    expect(report[0]!.dropped).toContainEqual({ line: `Spring offer ${runId}: a year of reading for the price of a month`, reason: 'recurs on 5 of 5 pages of the batch' })
    expect(stderr).toMatch(/learned from this batch: 3 line\(s\) .*"skip to content", "spring offer .*", "share"/)
    // One author for all five, whatever the case and accents of the byline.
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-zone-'))
    fs.writeFileSync(path.join(again, 'a.txt'), page(506).replace(`By JOSÉ ÁLVAREZ ${runId}`, `By Jose Alvarez ${runId}`))
    expect(runImport(again).code).toBe(0)
    return payload.count({ collection: 'authors', where: { name: { like: `lvarez ${runId}` } } }).then(({ totalDocs }) => expect(totalDocs).toBe(1))
  })

  it('refuses an unknown --timezone before importing anything', () => {
    const result = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/import/cli.ts', '--timezone', 'Mars/Olympus', 'x.txt'], {
      encoding: 'utf8',
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--timezone Mars/Olympus: not a time zone name')
  })

  it('updates a story read wrongly before once the page is read better, and reports what changed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-better-'))
    const headline = `Quay ${runId} reopens to ferries`
    const text = [headline, headline, `Harbour office confirms the date ${runId}`, `By Sam Lee ${runId}`, 'The quay reopened on Monday after repairs, the harbour office said.'].join('\n')
    fs.writeFileSync(path.join(dir, 'quay.txt'), text)
    const rules = path.join(dir, 'rules.json')
    // First import with a site rule that (wrongly) drops the real headline: the line under it is taken for it.
    fs.writeFileSync(rules, JSON.stringify([{ pattern: `^quay ${runId} reopens`, reason: 'mistaken rule' }]))
    const before = runImport('--rules', rules, path.join(dir, 'quay.txt'))
    expect(before.report[0]).toMatchObject({ status: 'created', title: `Harbour office confirms the date ${runId}` })
    const after = runImport(path.join(dir, 'quay.txt'))
    expect(after.report[0]).toMatchObject({ changed: ['title', 'slug'], id: before.report[0]!.id, status: 'updated', title: headline })
    // One article, now under the right headline: no second one was made.
    expect((await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: before.report[0]!.id! })).title).toBe(headline)
    expect((await payload.count({ collection: 'articles', where: { title: { like: `quay ${runId} reopens` } } })).totalDocs).toBeLessThanOrEqual(1)
  })

  it('never overwrites an editor’s changes: a re-import is a conflict unless --force', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-conflict-'))
    const file = path.join(dir, 'dock.txt')
    const text = (extra: string) => [`Dock ${runId} gets new cranes`, `By Sam Lee ${runId}`, `https://example.org/news/dock-${runId}`, `The dock will get two new cranes next year, the port said.${extra}`].join('\n')
    fs.writeFileSync(file, text(''))
    const first = runImport(file).report[0]!
    expect(first).toMatchObject({ canonicalUrl: `https://example.org/news/dock-${runId}`, identity: `url:https://example.org/news/dock-${runId}`, status: 'created' })
    await payload.update({ collection: 'articles', data: { dateline: 'EDITED' }, draft: true, id: first.id!, overrideAccess: true })
    fs.writeFileSync(file, text(' Work starts in May.'))
    const conflict = runImport(file)
    expect(conflict.code).toBe(1)
    expect(conflict.report[0]).toMatchObject({ id: first.id, status: 'conflict' })
    expect(conflict.report[0]!.error).toMatch(/an editor has changed article .* since it was imported; it was left as it is \(import with --force to overwrite\)/)
    const kept = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: first.id! })
    expect(kept.dateline).toBe('EDITED')
    const forced = runImport('--force', file)
    expect(forced.report[0]).toMatchObject({ id: first.id, status: 'updated' })
    const overwritten = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: first.id! })
    expect(JSON.stringify(overwritten.body)).toContain('Work starts in May.')
  })
})

describe('npm run import: identities, editors’ changes and the command line', () => {
  const cli = (args: string[], extraEnv: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/import/cli.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env, NODE_OPTIONS: '', ...extraEnv },
      timeout: 120_000,
    })

  it('never merges pages read under the same uncertain headline: the menu line over three stories of one day', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-menu-'))
    const menu = `Home | News | Sport ${runId} | Business | Opinion | Weather`
    for (const n of [1, 2, 3]) {
      fs.writeFileSync(path.join(dir, `n${n}.txt`), [menu, 'By Alma Reyes', 'May 9, 2025', `Story ${n}: the council met on Tuesday to discuss matter ${n}, officials said.`, `A second paragraph on matter ${n} follows.`].join('\n\n'))
    }
    const first = runImport(dir)
    expect(first.report.map((story) => story.status)).toEqual(['created', 'failed', 'failed'])
    expect(first.report[1]!.error).toMatch(/comes from another page with the same headline; rename one of them/)
    // Imported again, the first is the same story and the others still fail: nothing flips from one story to another.
    const again = runImport(dir)
    expect(again.report.map((story) => story.status)).toEqual(['unchanged', 'failed', 'failed'])
    const stored = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: first.report[0]!.id! })
    expect(JSON.stringify(stored.body)).toContain('matter 1,')
  })

  it('never takes two stories under one uncertain headline for one because they end on the same standing paragraphs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-standing-'))
    const menu = `Home | News | Politics ${runId} | Business | Opinion | Weather`
    const closing = ['The council meets every second Tuesday in the old town hall.', 'Minutes of the meeting will be published on the council website.']
    fs.writeFileSync(path.join(dir, 'a.txt'), [menu, 'By Alma Reyes', 'May 9, 2025', 'Ferry fares will rise by a tenth from June, the council decided on Tuesday, officials said.', ...closing].join('\n\n'))
    fs.writeFileSync(path.join(dir, 'b.txt'), [menu, 'By Alma Reyes', 'May 9, 2025', 'Two village schools will close at the end of the year, councillors agreed on Tuesday, officials said.', ...closing].join('\n\n'))
    const { report } = runImport(dir)
    expect(report.map((story) => story.status)).toEqual(['created', 'failed'])
    const kept = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: report[0]!.id! })
    expect(JSON.stringify(kept.body)).toContain('Ferry fares')
  })

  it('updates an unsigned, undated story whose lede was corrected, instead of taking it for another page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-corrected-'))
    const file = path.join(dir, 'skate.txt')
    const text = (when: string) => [`Council approves skate park ${runId}`, `The council approved the riverside skate park on ${when} after a two-year campaign by residents.`, 'Work is due to start in spring.', 'The park will be lit until ten at night.'].join('\n\n')
    fs.writeFileSync(file, text('Thursday'))
    const first = runImport(file).report[0]!
    expect(first.status).toBe('created')
    fs.writeFileSync(file, text('Wednesday'))
    const corrected = runImport(file)
    expect(corrected.code).toBe(0)
    expect(corrected.report[0]).toMatchObject({ changed: ['body'], id: first.id, status: 'updated' })
    expect((await payload.count({ collection: 'articles', where: { title: { equals: `Council approves skate park ${runId}` } } })).totalDocs).toBe(1)
  })

  it('reports an editor’s change as a conflict even when the page is unchanged, and --force puts the page back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-unchanged-'))
    const file = path.join(dir, 'mill.txt')
    fs.writeFileSync(file, [`Old mill ${runId} to become a library`, `By Sam Lee ${runId}`, 'May 2, 2025', 'The old mill will become the town library, the council said.'].join('\n\n'))
    const first = runImport(file).report[0]!
    await payload.update({ collection: 'articles', data: { title: `Old mill ${runId} to become a library (edited)` }, draft: true, id: first.id!, overrideAccess: true })
    const again = runImport(file)
    expect(again.code).toBe(1)
    expect(again.report[0]).toMatchObject({ id: first.id, status: 'conflict' })
    expect((await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: first.id! })).title).toBe(`Old mill ${runId} to become a library (edited)`)
    expect(runImport('--force', file).report[0]).toMatchObject({ changed: ['title'], id: first.id, status: 'updated' })
    expect((await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: first.id! })).title).toBe(`Old mill ${runId} to become a library`)
  })

  it('says which fields changed when only the date did (another zone)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-rezoned-'))
    fs.writeFileSync(path.join(dir, 'tram.txt'), [`Tram line ${runId} extended`, `By Sam Lee ${runId}`, '2025-03-05 10:30', 'The tram line will run to the new stadium, the city said.'].join('\n\n'))
    expect(runImport('--timezone', 'Europe/Kyiv', dir).report[0]).toMatchObject({ publishedAt: '2025-03-05T08:30:00.000Z', status: 'created' })
    expect(runImport(dir).report[0]).toMatchObject({ changed: ['publishedAt'], publishedAt: '2025-03-05T10:30:00.000Z', status: 'updated' })
  })

  it('names a folder with no stories, reads paths from where it was called, and ends quietly when its reader stops early', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-paths-'))
    fs.mkdirSync(path.join(parent, 'notes'))
    fs.writeFileSync(path.join(parent, 'notes', 'readme.md'), 'not a story')
    fs.mkdirSync(path.join(parent, 'pages'))
    for (let n = 0; n < 60; n++) fs.writeFileSync(path.join(parent, 'pages', `${n}.txt`), [`Bridge ${n} repainted ${runId}`, `By Sam Lee ${runId}`, 'June 3, 2025', `Bridge ${n} was repainted in the town's colours, the council said.`].join('\n\n'))
    // Relative to the folder npm was called from (INIT_CWD), as `cd … && npm run import -- pages` gives it.
    const empty = cli(['--json', 'notes'], { INIT_CWD: parent })
    expect(empty.status).toBe(1)
    expect(JSON.parse(empty.stdout)).toEqual([{ error: 'no .txt files in this folder', file: path.relative(process.cwd(), path.join(parent, 'notes')), status: 'failed' }])
    const command = `${JSON.stringify(process.execPath)} --conditions=development --import tsx src/import/cli.ts --json pages`
    const piped = spawnSync('sh', ['-c', `{ ${command} 2>"$ERR"; echo $? > "$CODE"; } | head -c 100 > /dev/null`], {
      encoding: 'utf8',
      env: { ...process.env, ...env, CODE: path.join(parent, 'code'), ERR: path.join(parent, 'err'), INIT_CWD: parent, NODE_OPTIONS: '' },
      timeout: 120_000,
    })
    expect(piped.status).toBe(0)
    expect(fs.readFileSync(path.join(parent, 'err'), 'utf8')).not.toMatch(/EPIPE|Error/)
    expect(fs.readFileSync(path.join(parent, 'code'), 'utf8').trim()).toBe('0')
    // The import went on to the end though nobody read its report.
    const after = runImport(path.join(parent, 'pages'))
    expect(after.report.filter((story) => story.status === 'unchanged')).toHaveLength(60)
  })
})

describe('importing a batch of stories', () => {
  const load = async () => {
    const { importStories, importStory, loadImportContext, withReadAlso } = await import('../src/import/importStory')
    const { bulkArticleWriter } = await import('../src/import/bulkWrite')
    return { bulkArticleWriter, importStories, importStory, loadImportContext, withReadAlso }
  }
  const storyText = (headline: string, readAlso: string[], extra = '') =>
    [
      headline,
      `by Ines Okafor ${runId} and The Example Times news desk April 2, 2026 7:30 AM 2 min read`,
      'Pilots wait for the tide at the outer mark (Photo by Tom Reyes/Harbour Pictures)',
      `PORT ALDER — Dredging starts next week, the Northwind Wire reported.${extra}`,
      ...readAlso.map((headline) => `Read also: ${headline}`),
      'Leave a Comment',
    ].join('\n\n')

  /** An article as a reader of the API sees it, without what differs between any two saves (ids, times). */
  async function snapshot(id: number | string) {
    const article = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id, overrideAccess: true })
    const { docs: versions } = await payload.findVersions({ collection: 'articles', depth: 0, where: { parent: { equals: id } } })
    const { docs: links } = await payload.find({ collection: 'read-also-links', depth: 0, sort: 'position', where: { from: { equals: id } } })
    const stable = (value: unknown) =>
      JSON.parse(JSON.stringify(value).replace(/"id":"ra[0-9a-z]+"/g, '"id":"block"')) as Record<string, unknown>
    const { createdAt: _c, id: _i, readAlso: _r, readAlsoFrom: _f, aliases: _a, updatedAt: _u, ...fields } = stable(article)
    return {
      fields,
      links: links.map(({ state, target, text, to }) => ({ state, target, text, to })),
      versions: versions.map((version) => {
        const { createdAt: _vc, id: _vi, updatedAt: _vu, ...rest } = stable(version.version)
        return { latest: version.latest, rest }
      }),
    }
  }

  it('writes new stories in bulk exactly as a one-by-one import writes them', async () => {
    const { bulkArticleWriter, importStories, importStory } = await load()
    expect(bulkArticleWriter(payload)).not.toHaveProperty('reason')
    const target = await payload.create({ collection: 'articles', data: { _status: 'published', title: `Dredging plan approved ${runId}` } })
    const text = storyText(`Dredging begins at the outer harbour ${runId}`, [`Dredging plan approved ${runId}`])

    for (const publish of [false, true]) {
      const [bulk] = await importStories(payload, { publish, stories: [{ file: 'bulk.txt', text }] })
      expect(bulk).toMatchObject({ status: 'created' })
      const written = await snapshot(bulk!.id!)
      expect(written.links).toEqual([
        { state: 'resolved', target: { publishedAt: target.publishedAt, slug: target.slug, title: target.title }, text: target.title, to: target.id },
      ])
      await payload.delete({ collection: 'articles', id: bulk!.id!, overrideAccess: true })

      const single = await importStory(payload, { file: 'single.txt', publish, text })
      expect(single).toMatchObject({ status: 'created' })
      const { fields, ...rest } = await snapshot(single.id!)
      // Publishing without a date in the story stamps the time of the save; this story carries its own date.
      expect({ fields, ...rest }).toEqual(written)
      expect(fields).toMatchObject({ _status: publish ? 'published' : 'draft', authors: expect.any(Array), sources: expect.any(Array) })
      await payload.delete({ collection: 'articles', id: single.id!, overrideAccess: true })
    }
  })

  it('imports a page that prints no headline as a draft under a working title from its lede, and says so, even with publish', async () => {
    const { importStories, importStory } = await load()
    const lede = `The lock keepers on the Alder canal walked out on Monday over night shifts ${runId}, and barges queued for a mile.`
    const text = `Skip to content\nMenu\n${lede}\nThe canal trust said talks would resume on Thursday.`
    for (const run of [() => importStories(payload, { publish: true, stories: [{ file: 'untitled.txt', text }] }).then(([result]) => result!), () => importStory(payload, { file: 'untitled.txt', publish: true, text })]) {
      const result = await run()
      expect(result).toMatchObject({ confidence: { headline: 'none' }, status: 'created', title: 'The lock keepers on the Alder canal walked out on Monday over…' })
      expect(result.untitled).toMatch(/no headline/)
      const article = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: result.id!, overrideAccess: true })
      expect(article).toMatchObject({ _status: 'draft', title: result.title })
      // The lede stays the story's first paragraph.
      expect(JSON.stringify(article.body)).toContain('The lock keepers on the Alder canal')
      await payload.delete({ collection: 'articles', id: result.id!, overrideAccess: true })
    }
    // Another page without a title that opens on the same words is another story: it never updates the first.
    const [one] = await importStories(payload, { stories: [{ file: 'one.txt', text }] })
    const [other] = await importStories(payload, { stories: [{ file: 'other.txt', text: text.replace('queued for a mile', 'queued for two miles') }] })
    expect(one).toMatchObject({ status: 'created' })
    expect(other).toMatchObject({ status: 'failed' })
    expect(other!.error).toMatch(/another page with the same headline/)
    await payload.delete({ collection: 'articles', id: one!.id!, overrideAccess: true })
  })

  it('never takes two pages with the same headline and neither byline nor date for one story: the second fails on the slug, the first stays', async () => {
    const { importStories, importStory } = await load()
    const headline = `Bakery wins regional bread prize ${runId}`
    const first = `${headline}\n\nA family bakery on the market square has won the regional prize for its rye loaf.\n\nThe owners said the recipe stays a secret.`
    const second = `${headline}\n\nThe Old Mill Bakery has won the regional prize for its rye loaf, its third in a row.\n\nIts owner said the oven is older than the town hall.`
    for (const run of [(file: string, text: string) => importStories(payload, { stories: [{ file, text }] }).then(([result]) => result!), (file: string, text: string) => importStory(payload, { file, text })]) {
      const one = await run('one.txt', first)
      const other = await run('other.txt', second)
      expect(one).toMatchObject({ status: 'created' })
      expect(other).toMatchObject({ status: 'failed' })
      expect(other.error).toMatch(/another page with the same headline/)
      const article = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: one.id!, overrideAccess: true })
      expect(JSON.stringify(article.body)).toContain('A family bakery on the market square')
      // The same page again is the same story.
      expect(await run('one-again.txt', first)).toMatchObject({ id: one.id, status: 'unchanged' })
      await payload.delete({ collection: 'articles', id: one.id!, overrideAccess: true })
    }
  })

  it('resolves links within and across chunks in any order, and settles links that were waiting for the batch', async () => {
    const { importStories, withReadAlso } = await load()
    for (const order of ['forward', 'reversed'] as const) {
      const name = (n: number) => `Tide gauge report ${n} ${order} ${runId}`
      const waiting = await payload.create({
        collection: 'articles',
        data: { body: paragraphs([`Read also: ${name(3)}`]), title: `Earlier story waiting for gauge 3 ${order} ${runId}` },
      })
      const stories = [
        { file: '0.txt', text: storyText(name(0), [name(3)]) },
        { file: '1.txt', text: storyText(name(1), [name(2), name(0)]) },
        { file: '2.txt', text: storyText(name(2), []) },
        { file: '3.txt', text: storyText(name(3), [name(0)]) },
        // The same headline again later in the batch: an update of the first, never a second article.
        { file: '0-again.txt', text: storyText(name(0), [name(3)], ' Work stops at night.') },
      ]
      const batch = order === 'forward' ? stories : [...stories.slice(0, 4).reverse(), stories[4]!]
      const report = await withReadAlso(payload, await importStories(payload, { chunkSize: 2, stories: batch }))
      const byName = (file: string) => report.find((result) => result.file === file)!
      expect(report.map((result) => result.status)).toEqual(['created', 'created', 'created', 'created', 'updated'])
      expect(byName('0-again.txt').id).toBe(byName('0.txt').id)
      expect(byName('1.txt').readAlso).toEqual([
        { state: 'resolved', targetSlug: byName('2.txt').slug, text: name(2) },
        { state: 'resolved', targetSlug: byName('0.txt').slug, text: name(0) },
      ])
      expect(byName('3.txt').readAlso).toEqual([{ state: 'resolved', targetSlug: byName('0.txt').slug, text: name(0) }])
      expect(byName('0-again.txt').readAlso).toEqual([{ state: 'resolved', targetSlug: byName('3.txt').slug, text: name(3) }])
      const { docs } = await payload.find({ collection: 'read-also-links', depth: 0, where: { from: { equals: waiting.id } } })
      expect(docs.map((link) => [link.state, link.to])).toEqual([['resolved', byName('3.txt').id]])
      expect((await payload.count({ collection: 'articles', where: { title: { equals: name(0) } } })).totalDocs).toBe(1)
    }
  })

  it('never takes one story for another whose headline differs only in punctuation (same slug)', async () => {
    const { importStories } = await load()
    const first = `Live: storm reaches the coast ${runId}`
    const second = `Live — storm reaches the coast ${runId}`
    const results = await importStories(payload, {
      stories: [
        { file: 'first.txt', text: storyText(first, []) },
        { file: 'second.txt', text: storyText(second, [], ' A different story.') },
      ],
    })
    expect(results.map((result) => result.status)).toEqual(['created', 'failed'])
    expect(results[1]!.error).toBe(`an imported article with the slug "${results[0]!.slug}" has another headline ("${first}"); rename one of them`)
    const stored = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: results[0]!.id! })
    expect(stored.title).toBe(first)
  })

  it('writes a chunk whole or not at all: a story the database refuses fails alone, leaving nothing of it behind', async () => {
    const { importStories, withReadAlso } = await load()
    const refused = `Refused link ${runId}`
    // A database rule standing in for any failure while a chunk is written: it refuses one Read-also line.
    const sqlite = payload.db.name === 'sqlite'
    const run = (statement: string) =>
      sqlite
        ? (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute(statement)
        : (payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }).pool.query(statement)
    if (sqlite) {
      await run(`create trigger refuse_link before insert on read_also_links when new.text = '${refused}' begin select raise(abort, 'refused by a database rule'); end`)
    } else {
      await run(`create function refuse_link() returns trigger language plpgsql as $$ begin if new.text = '${refused}' then raise exception 'refused by a database rule'; end if; return new; end $$`)
      await run('create trigger refuse_link before insert on read_also_links for each row execute function refuse_link()')
    }
    try {
      const name = (n: number) => `Quay wall repair ${n} ${runId}`
      const results = await importStories(payload, {
        stories: [
          { file: 'first.txt', text: storyText(name(1), [name(3)]) },
          { file: 'refused.txt', text: storyText(name(2), [refused]).replace(`Ines Okafor ${runId}`, `Only In Refused ${runId}`) },
          { file: 'third.txt', text: storyText(name(3), [name(1)]) },
          // (A line without a letter or figure is page markup, never a title: what is left is a title and no story.)
          { file: 'no-body.txt', text: '!!! ???\n\nA story whose headline has no letters.' },
        ],
      })
      const report = await withReadAlso(payload, results)
      expect(report.map((result) => result.status)).toEqual(['created', 'failed', 'created', 'failed'])
      expect(report[1]!.error).toMatch(/refused by a database rule/)
      expect(report[3]!.error).toBe('no body: only a headline was found')
      expect((await payload.count({ collection: 'articles', where: { title: { equals: name(2) } } })).totalDocs).toBe(0)
      expect((await payload.count({ collection: 'authors', where: { name: { equals: `Only In Refused ${runId}` } } })).totalDocs).toBe(0)
      expect(report[0]!.readAlso).toEqual([{ state: 'resolved', targetSlug: report[2]!.slug, text: name(3) }])
      expect(report[2]!.readAlso).toEqual([{ state: 'resolved', targetSlug: report[0]!.slug, text: name(1) }])
    } finally {
      await run(sqlite ? 'drop trigger refuse_link' : 'drop trigger refuse_link on read_also_links')
      if (!sqlite) await run('drop function refuse_link')
    }
  })
})

describe('importing with the caller’s rights', () => {
  it('goes through Payload’s access control: without a user allowed to create articles, nothing is written', async () => {
    const { importStory } = await import('../src/import/importStory')
    const title = `Access checked import ${runId}`
    const result = await importStory(payload, { asCaller: true, file: 'x.txt', text: `${title}\nBy Nora Vale ${runId}\nThe council met on Tuesday and approved the plan, officials said.`, user: null })
    expect(result).toMatchObject({ error: 'You are not allowed to perform this action.', status: 'failed' })
    expect((await payload.count({ collection: 'articles', where: { title: { equals: title } } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'authors', where: { name: { equals: `Nora Vale ${runId}` } } })).totalDocs).toBe(0)
  })
})
