import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { parseByline } from '../src/import/byline'
import { findDate } from '../src/import/dates'
import { accuracy, bar, evaluateCorpus, fields, scorePage } from '../src/import/eval'
import { learnBatchChrome, lineKey, parseStory } from '../src/import/parse'

const corpus = path.join('test', 'fixtures', 'pages')

describe('npm run import:eval', () => {
  it('reaches the bar on every field over the page corpus (30+ pages, 8+ site layouts)', () => {
    const results = evaluateCorpus(corpus)
    expect(results.length).toBeGreaterThanOrEqual(30)
    expect(new Set(results.map((result) => result.site)).size).toBeGreaterThanOrEqual(8)
    const scores = accuracy(results)
    const failures = results.flatMap((result) => result.failures.map((failure) => `${result.file} ${failure.field}`))
    for (const field of fields) expect({ field, failures, score: scores[field] }).toEqual({ field, failures, score: expect.any(Number) })
    for (const field of fields) expect(scores[field]).toBeGreaterThanOrEqual(bar[field])
  })

  it('prints the per-field accuracy and exits 0 at the bar; exits 1 on a corpus below it', () => {
    const run = (dir: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/import/eval.ts', dir], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })
    const ok = run(corpus)
    expect(ok.status).toBe(0)
    for (const field of fields) expect(ok.stdout).toMatch(new RegExp(`${field}\\s+100\\.0%`))
    const bad = run(path.join('test', 'fixtures', 'pages-below-bar'))
    expect(bad.status).toBe(1)
    expect(bad.stdout).toMatch(/headline\s+0\.0%.*BELOW/)
  })

  it('ends quietly, with its own exit code, when the reader of its output stops early (`| head`)', () => {
    // The JSON report of the corpus is far larger than a pipe holds, so the writer meets the closed pipe.
    const script = `node --import tsx src/import/eval.ts ${JSON.stringify(corpus)} --json | head -c 200 >/dev/null; echo "status \${PIPESTATUS[0]}"`
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })
    expect(run.stderr).not.toMatch(/EPIPE|Error/)
    expect(run.stdout.trim()).toBe('status 0')
  })
})

describe('npm run import:eval -- <folder> --batch', () => {
  const batches = path.join('test', 'fixtures', 'batches')
  const folders = fs.readdirSync(batches)

  it('reads each folder of one site as one import batch and reaches the bar on every field', () => {
    expect(folders.length).toBeGreaterThanOrEqual(2)
    for (const folder of folders) {
      const results = evaluateCorpus(path.join(batches, folder), { batch: true })
      expect(results.length).toBeGreaterThanOrEqual(4)
      const failures = results.flatMap((result) => result.failures.map((failure) => `${folder}/${result.file} ${failure.field}: ${JSON.stringify(failure.got)}`))
      expect(failures).toEqual([])
    }
  })

  it('learns the furniture that recurs on the pages of the batch, which a page read alone may take for its headline', () => {
    const folder = path.join(batches, 'valley-radio')
    const alone = evaluateCorpus(folder)
    const together = evaluateCorpus(folder, { batch: true })
    const headlinesMissed = (results: typeof alone) => results.filter((result) => result.failures.some((failure) => failure.field === 'headline')).length
    expect(headlinesMissed(together)).toBe(0)
    expect(headlinesMissed(alone)).toBeGreaterThanOrEqual(headlinesMissed(together))
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/import/eval.ts', folder, '--batch'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/read as one batch/)
  })
})

describe('sentences a batch learns', () => {
  const series = 'This story is part of Harbour Lives, a series about the people who work on the water.'
  const appeal = 'Readers like you keep this newsroom going, so become a member today and keep it free.'
  const template = 'The quay reopened on Monday after two months of repairs, the port said, and ferries will call again.'

  it('learns a sentence that opens nearly every page of the batch (an appeal over every story)', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) => [...(n <= 5 ? [appeal] : []), `Quay ${n} reopens after repairs`, `Quay ${n} reopened on Monday, the port said.`].join('\n'))
    expect(learnBatchChrome(pages).has(lineKey(appeal))).toBe(true)
  })

  it('leaves a sentence that stories print under their headlines, whether half of them share it (a series) or all (one template)', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) => [`Quay ${n} reopens after repairs`, template, ...(n <= 3 ? [series] : [])].join('\n'))
    const learned = learnBatchChrome(pages)
    expect(learned.has(lineKey(template))).toBe(false)
    expect(learned.has(lineKey(series))).toBe(false)
  })
})

describe('expectations written by other hands', () => {
  const page = [
    'Ferry fares to rise  by a fifth from January',
    'By Jane Roe',
    'Published: 2023-09-14T06:37:00+03:00',
    'The island ferry company will raise fares by about 20 percent from January, it said on Thursday.',
    'Subscribe to our newsletter',
    'The company blamed higher fuel and insurance costs.',
  ].join('\n')

  it('scores a page alike whatever the precision of its times, the spacing of its lines or the fields left out', () => {
    const loose = {
      authors: ['Jane Roe'],
      first: 'The island ferry company will raise fares by about 20\u00a0percent from January, it said on Thursday. ',
      headline: 'Ferry fares to rise by a fifth from January',
      last: 'The company blamed higher fuel  and insurance costs.',
      modifiedAt: null,
      publishedAt: '2023-09-14T03:37:00Z',
      site: 'elsewhere',
    }
    expect(scorePage('a.txt', page, loose as never).failures).toEqual([])
  })

  it('still fails a field a page gets wrong', () => {
    const wrong = {
      authors: [{ kind: 'desk', name: 'Jane Roe' }],
      chrome: ['Subscribe  to our newsletter'],
      first: 'The company blamed higher fuel and insurance costs.',
      headline: 'Ferry fares to rise',
      last: 'The company blamed higher fuel and insurance costs.',
      publishedAt: '2023-09-14T06:37:00Z',
      readAlso: [],
      site: 'elsewhere',
    }
    expect(scorePage('a.txt', page, wrong as never).failures.map((failure) => failure.field)).toEqual(['headline', 'authors', 'date', 'bodyStart'])
  })
})

describe('headline by evidence', () => {
  it('skips a shop advert and a membership counter that open the page, and says how sure it is', () => {
    const story = parseStory(
      [
        'Autumn offer: three months of digital access for the price of one',
        '12,408 readers support our newsroom',
        'Ferry fares to rise by a fifth from January',
        'By Jane Roe, Transport Correspondent',
        'Sept. 14, 2023',
        'The island ferry company will raise fares by about 20 percent from January, it said on Thursday.',
        'The company blamed higher fuel and insurance costs.',
      ].join('\n'),
    )
    expect(story.headline).toBe('Ferry fares to rise by a fifth from January')
    expect(story.confidence.headline).toBe('high')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.publishedAt).toBe('2023-09-14T00:00:00.000Z')
    expect(story.paragraphs[0]).toMatch(/^The island ferry company/)
  })

  it('flags a headline chosen on weak evidence as low confidence instead of failing', () => {
    const story = parseStory('Home\nHigh tides\nThe tide came in at noon and went out again in the evening, as it does every day of the year.')
    expect(story.headline).toBe('High tides')
    expect(story.confidence.headline).toBe('low')
  })

  it('gives no headline, with no confidence, to a page whose text opens with the story and keeps its first paragraph', () => {
    const lede = 'The tide came in at noon and went out again in the evening, as it does on every day of the year in the bay.'
    // A section's one-word label over the lede, the lede alone, the lede under menus, a sentence cut off at the top.
    for (const page of [`Home\nTides\n${lede}`, lede, `Menu\nSearch\n${lede}\nIt was calm.`, `and then, at last, the boats could leave the harbour for the open sea.\n${lede}`]) {
      const story = parseStory(page)
      expect(story.headline).toBe('')
      expect(story.confidence.headline).toBe('none')
      expect(story.paragraphs).toContain(lede)
    }
    // A byline and a date over the lede are the story's, read as under a title.
    const signed = parseStory(`Home | News | Coast\nBy Jane Roe\nMarch 3, 2024\n${lede}\nThe harbour master said the season would open in May.`)
    expect(signed.headline).toBe('')
    expect(signed.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(signed.publishedAt).toBe('2024-03-03T00:00:00.000Z')
    expect(signed.paragraphs[0]).toBe(lede)
    // So does a scraper's date stamp run on before the lede on its line: kept as the store's hint, not the story's date.
    const stamped = parseStory(` date 2020-04-13 ${lede}\nThe harbour master said the season would open in May.`)
    expect(stamped.headline).toBe('')
    expect(stamped.paragraphs[0]).toBe(lede)
    expect(stamped.storeDateHint).toMatch(/^2020-04-13/)
  })

  it('drops a picture caption or a header date line that a page without a title prints first, and keeps the lede', () => {
    const lede = 'The ferry to the outer islands will run twice a day from Monday, the operator said, after a month of repairs to its only boat.'
    for (const top of ['Passengers board the ferry at the north quay on May 2, 2025. — Example Wire', 'Captain Ana Ruiz |', 'Latest update May 2nd, 2025 9:40 AM']) {
      const story = parseStory(`${top}\n${lede}\nTickets go on sale on Friday.`)
      expect(story.headline).toBe('')
      expect(story.paragraphs).toEqual([lede, 'Tickets go on sale on Friday.'])
    }
    // A bar inside a title ("Ferry returns | Islands") and a dash inside a sentence stay the title's.
    expect(parseStory(`Ferry returns to the outer islands | Islands\n${lede}`).headline).toMatch(/^Ferry returns to the outer islands/)
    expect(parseStory(`Ferry back on the water — for now\n${lede}`).headline).toBe('Ferry back on the water — for now')
  })

  it('keeps a title that closes on a full stop when it stands over the byline, or is printed in title case', () => {
    const lede = 'The council in Hartwell, which voted last year to shut its library to save money, has reversed the decision.'
    const overByline = parseStory(`The town that voted to close its only library has changed its mind, and is hiring.\nBy Owen Clarke\n${lede}\nIt opens in May.`)
    expect(overByline.headline).toBe('The town that voted to close its only library has changed its mind, and is hiring.')
    const titleCase = parseStory(`Town That Voted To Close Its Only Library Has Changed Its Mind And Is Hiring.\n${lede}\nIt opens in May.`)
    expect(titleCase.headline).toBe('Town That Voted To Close Its Only Library Has Changed Its Mind And Is Hiring.')
    // …and one opening in lower case right over its byline ("x7k2 …", an id set before the title) is the title too.
    const lower = parseStory(`x7k2 Harbour library reopens after a year of repairs\n\nby Jane Roe March 3, 2026 9:12 AM\n\n${lede}\n\nIt opens in May.`)
    expect(lower.headline).toBe('x7k2 Harbour library reopens after a year of repairs')
    // …or when the first paragraph says it again in other words.
    const restated = parseStory(`The town library that voted to close in the spring has been reopened by the council.\n\nThe town library, which the council voted to close in the spring, has been reopened after a petition.\nIt opens in May.`)
    expect(restated.headline).toBe('The town library that voted to close in the spring has been reopened by the council.')
  })

  it('treats a line that recurs across a batch as chrome, never as the headline', () => {
    const pages = ['Harbour', 'Quay', 'Dock', 'Pier'].map(
      (name) => `Winter gift guide: forty ideas under twenty crowns\n${name} reopens after repairs\nBy Sam Lee\nThe ${name.toLowerCase()} reopened on Monday after two months of repairs, the port said.`,
    )
    const learned = learnBatchChrome(pages)
    expect([...learned.keys()]).toEqual(['winter gift guide: forty ideas under twenty crowns'])
    const story = parseStory(pages[0]!, { batchChrome: learned, batchSize: pages.length })
    expect(story.headline).toBe('Harbour reopens after repairs')
    expect(story.dropped).toContainEqual({ line: 'Winter gift guide: forty ideas under twenty crowns', reason: 'recurs on 4 of 4 pages of the batch' })
  })
})

describe('bylines and dates as pages print them', () => {
  it.each([
    ['by Jane Roe', ['Jane Roe (person)']],
    ['By Jane Roe and Sam Lee', ['Jane Roe (person)', 'Sam Lee (person)']],
    ['Jane Roe, Sam Lee and Ana Kovač', ['Jane Roe (person)', 'Sam Lee (person)', 'Ana Kovač (person)']],
    ['by Jane Roe and The Example Times news desk', ['Jane Roe (person)', 'The Example Times news desk (desk)']],
    ['Jane Roe | Anadolu Agency', ['Jane Roe (person)', 'Anadolu Agency (desk)']],
    ['Jane Roe, Staff Writer', ['Jane Roe (person)']],
    ['By JANE ROE and SAM LEE', ['Jane Roe (person)', 'Sam Lee (person)']],
    ['Jane Roe, News Director', ['Jane Roe (person)']],
    ['Written by Jane Roe for Reuters', ['Jane Roe (person)', 'Reuters (desk)']],
    ['By Jane Roe for The Valley Gazette', ['Jane Roe (person)', 'The Valley Gazette (desk)']],
  ])('%j', (line, names) => {
    expect(parseByline(line)?.map((author) => `${author.name} (${author.kind})`)).toEqual(names)
  })

  it.each([
    ['Sept. 14, 2023', '2023-09-14T00:00:00.000Z', 'UTC (assumed)'],
    ['14 September 2023', '2023-09-14T00:00:00.000Z', 'UTC (assumed)'],
    ['2023-09-14', '2023-09-14T00:00:00.000Z', 'UTC (assumed)'],
    ['2023-09-14T06:37:00+03:00', '2023-09-14T03:37:00.000Z', '+03:00'],
    ['September 14, 2023 6:37 AM', '2023-09-14T06:37:00.000Z', 'UTC (assumed)'],
    ['Thursday, September 14, 2023 6:37 PM EDT', '2023-09-14T22:37:00.000Z', 'EDT'],
    ['Thu 14 Sep 2023 10.30 BST', '2023-09-14T09:30:00.000Z', 'BST'],
    ['Updated: Sep 14, 2023, 19:06 IST', '2023-09-14T13:36:00.000Z', 'IST'],
    ['Updated 3:12 PM EDT, September 14, 2023', '2023-09-14T19:12:00.000Z', 'EDT'],
    ['14.09.2023', '2023-09-14T00:00:00.000Z', 'UTC (assumed)'],
    ['Published on 14/09/2023 – 06:37 GMT+2', '2023-09-14T04:37:00.000Z', 'GMT+2'],
    ['9/14/2023 6:37:10 PM', '2023-09-14T18:37:10.000Z', 'UTC (assumed)'],
    ['4/7/2023 6:37 PM', '2023-04-07T18:37:00.000Z', 'UTC (assumed)'],
    ['4/7/2023 18:37', '2023-07-04T18:37:00.000Z', 'UTC (assumed)'],
    ['12:30, 03 November 2025 | GMT +6', '2025-11-03T06:30:00.000Z', 'GMT +6'],
    ['Last updated: 19:02, 3 Nov 2025 | GMT +6', '2025-11-03T13:02:00.000Z', 'GMT +6'],
    ['12:30, 03 November 2025 | ET Bureau', '2025-11-03T12:30:00.000Z', 'UTC (assumed)'],
    ['03.11.2025 14:20', '2025-11-03T14:20:00.000Z', 'UTC (assumed)'],
    ['14:20 | 03.11.2025', '2025-11-03T14:20:00.000Z', 'UTC (assumed)'],
    ['Published at 12:30, 03 November 2025 (GMT+6)', '2025-11-03T06:30:00.000Z', 'GMT+6'],
    ['3.11.2025 u 14:20', '2025-11-03T14:20:00.000Z', 'UTC (assumed)'],
    ['03. 11. 2025. 14:20', '2025-11-03T14:20:00.000Z', 'UTC (assumed)'],
    ['Last Updated: Sat, Jan 30, 2010 21:25 hrs', '2010-01-30T21:25:00.000Z', 'UTC (assumed)'],
    ['2022 Mar 28, 10:43, Saint Lucia', '2022-03-28T10:43:00.000Z', 'UTC (assumed)'],
    ['Published 28.12.22, 12:40 AM', '2022-12-28T00:40:00.000Z', 'UTC (assumed)'],
  ])('%j', (line, iso, zone) => {
    expect(findDate(line)).toMatchObject({ iso, zone })
  })

  it('reads a two-digit year only with a time beside it, and a year-first date only when no year follows', () => {
    expect(findDate('Version 2.10.24 of the app')).toBeNull()
    expect(findDate('Scores 28.12.22 and 4.5.19')).toBeNull()
    expect(findDate('In 2022 Mar 28 was a Monday')).toMatchObject({ iso: '2022-03-28T00:00:00.000Z' })
    expect(findDate('Budget 2024 May 14, 2025')).toMatchObject({ iso: '2025-05-14T00:00:00.000Z' })
  })

  it('reads a date without a zone in the zone given for the batch, and says so', () => {
    expect(findDate('2023-09-14 15:30', 'Europe/Kyiv')).toMatchObject({ iso: '2023-09-14T12:30:00.000Z', zone: 'Europe/Kyiv' })
    expect(findDate('January 10, 2024 09:00', 'Europe/Kyiv')).toMatchObject({ iso: '2024-01-10T07:00:00.000Z' })
  })

  it('reads an update time printed without its day as the same day, in the zone printed once for both', () => {
    const story = parseStory('Quay reopens after repairs\nSeptember 14, 2023 09:12 am | Updated 04:45 pm IST\nThe quay reopened on Thursday after two months of repairs, the port said.')
    expect(story.publishedAt).toBe('2023-09-14T03:42:00.000Z')
    expect(story.modifiedAt).toBe('2023-09-14T11:15:00.000Z')
  })

  it('keeps both the Published and the Updated time', () => {
    const story = parseStory('Quay reopens\nPublished 2023-09-14T06:37:00+03:00\nUpdated 2023-09-14T10:05:00+03:00\nThe quay reopened on Thursday after two months of repairs, the port said.')
    expect(story.publishedAt).toBe('2023-09-14T03:37:00.000Z')
    expect(story.modifiedAt).toBe('2023-09-14T07:05:00.000Z')
    expect(story.dateZone).toBe('+03:00')
  })

  it('reads "Reporting by A; Editing by B" at the foot as the byline, without the editor', () => {
    const story = parseStory('Quay reopens\nThe quay reopened on Thursday after two months of repairs, the port said.\nReporting by Jane Roe in Oslo; Editing by Sam Lee')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.paragraphs).toEqual(['The quay reopened on Thursday after two months of repairs, the port said.'])
  })
})

describe('body boundaries', () => {
  it('keeps a paragraph that says "support us" inside a quote, and drops the promo line', () => {
    const quote = '“Support us now, or the harbour closes,” a trader told the council on Tuesday.'
    const story = parseStory(`Quay reopens\nBy Jane Roe\nThe quay reopened on Thursday after two months of repairs, the port said.\n${quote}\nSupport us\nThe port expects more ships next year.`)
    expect(story.paragraphs).toEqual(['The quay reopened on Thursday after two months of repairs, the port said.', quote, 'The port expects more ships next year.'])
    expect(story.dropped).toContainEqual({ line: 'Support us', reason: 'donation appeal' })
  })
})

describe('confidence', () => {
  it('is high for a headline the page prints twice above its byline', () => {
    const story = parseStory('Menu\nQuay reopens to ferries\nQuay reopens to ferries\nBy Jane Roe\nThe quay reopened on Monday after repairs, the harbour office said.')
    expect(story.confidence).toEqual({ authors: 'high', date: 'none', headline: 'high' })
  })
})
