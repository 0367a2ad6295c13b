import fs from 'node:fs'
import path from 'node:path'

import { chromeRuleFinder, defaultChromeRules, siteChromeRules } from '../src/import/chrome'
import { findDate } from '../src/import/dates'
import { parseByline } from '../src/import/byline'
import { attributions, decodeStory, parseStory, StoryParseError } from '../src/import/parse'
import { prepareText } from '../src/import/prepare'
import { deskByline, neverTitle, sceneCaption, titleUnderLabel, wireLede, withoutSiteSuffix } from '../src/import/parse/headline'
import { creditLine, splitCaption } from '../src/import/parse/captions'
import { metaLine } from '../src/import/parse/meta'
import { paragraphsToLexical } from '../src/lexical/paragraphs'
import { convertReadAlsoParagraphs } from '../src/readAlso/parse'

const knownSources = [
  { aliases: ['Northwind'], name: 'Northwind Wire' },
  { aliases: ['the weather service'], name: 'Coastal Weather Service' },
  { aliases: [], name: 'Kremlin' },
]

/** A scraped page in the shape real sites produce, written for these tests. */
const scrapedPage = `Join our community of readers. Become a member today.
Port Alder council approves harbour flood wall
Port Alder council approves harbour flood wall
by Jane Roe and The Example Times news desk March 3, 2024 9:12 AM 3 min read
This audio is created with AI assistance
Workers inspect the old quay after the surge. (Photo by Sam Lee/Example Agency via Picture Desk)
PORT ALDER — The city council approved a flood wall on Tuesday, the Northwind Wire reported.
"We cannot wait," the mayor said, according to the weather service.
Read also: Storm surge floods Port Alder waterfront, hundreds evacuated
The Harbour Authority wrote in its report that repairs would take a year.
Join our community
Support us
The wall will cost 86 million crowns.
Leave a Comment
News Feed
Fishing fleet stays in port
Another headline from the sidebar`

describe('parseStory on a scraped page', () => {
  const story = parseStory(scrapedPage, { knownSources })

  it('finds the headline once, the byline with people and desks apart, and the date and time', () => {
    expect(story.headline).toBe('Port Alder council approves harbour flood wall')
    expect(story.authors).toEqual([
      { kind: 'person', name: 'Jane Roe' },
      { kind: 'desk', name: 'The Example Times news desk' },
    ])
    expect(story.publishedAt).toBe('2024-03-03T09:12:00.000Z')
  })

  it('finds the dateline, the hero caption with its credit, and the body in order', () => {
    expect(story.dateline).toBe('PORT ALDER')
    expect(story.hero).toEqual({ caption: 'Workers inspect the old quay after the surge.', credit: 'Photo by Sam Lee/Example Agency via Picture Desk' })
    expect(story.paragraphs).toEqual([
      'PORT ALDER — The city council approved a flood wall on Tuesday, the Northwind Wire reported.',
      '"We cannot wait," the mayor said, according to the weather service.',
      'Read also: Storm surge floods Port Alder waterfront, hundreds evacuated',
      'The Harbour Authority wrote in its report that repairs would take a year.',
      'The wall will cost 86 million crowns.',
    ])
    expect(story.readAlso).toEqual(['Storm surge floods Port Alder waterfront, hundreds evacuated'])
  })

  it('matches cited sources by name or alias and suggests unknown ones', () => {
    expect(story.sources.sort()).toEqual(['Coastal Weather Service', 'Northwind Wire'])
    expect(story.suggestedSources).toEqual(['Harbour Authority'])
  })

  it('reports every dropped line with a reason', () => {
    expect(story.dropped).toEqual([
      { line: 'Join our community of readers. Become a member today.', reason: 'membership banner' },
      { line: 'Port Alder council approves harbour flood wall', reason: 'repeated headline' },
      { line: 'This audio is created with AI assistance', reason: 'audio player note' },
      { line: 'Join our community', reason: 'membership banner' },
      { line: 'Support us', reason: 'donation appeal' },
      { line: 'Leave a Comment', reason: 'comment prompt' },
      { line: 'News Feed', reason: 'after the end of the story' },
      { line: 'Fishing fleet stays in port', reason: 'after the end of the story' },
      { line: 'Another headline from the sidebar', reason: 'after the end of the story' },
    ])
  })

  it('ends the story at a comment form, so the form\'s notices never read as its last paragraph', () => {
    for (const heading of ['Leave a Reply', 'Post a comment', 'Leave us a comment']) {
      const story = parseStory(
        ['Ferry timetable changes from Monday', 'The island ferry will run two extra crossings on weekdays, the operator said.', 'Tickets bought before the change stay valid.', heading, 'Your email address will not be published. Required fields are marked *', 'Name', 'Email'].join('\n\n'),
      )
      expect(story.paragraphs.at(-1)).toBe('Tickets bought before the change stay valid.')
    }
    // Inside a sentence the words are the story's own.
    const quoted = parseStory('Readers asked to weigh in\n\nThe council told residents to leave a comment on the plan before Friday.\n\nThe plan goes to a vote next month.')
    expect(quoted.paragraphs).toHaveLength(2)
  })

  it('takes site-specific chrome rules instead of the defaults', () => {
    const custom = parseStory('Headline here\n\nBody text.\n\nWeiterlesen im Abo', {
      chromeRules: [{ pattern: /^weiterlesen/i, reason: 'paywall' }],
    })
    expect(custom.dropped).toEqual([{ line: 'Weiterlesen im Abo', reason: 'paywall' }])
  })

  it('reads a site’s rules from JSON, before the defaults, and says what is wrong with a bad one', () => {
    const rules = siteChromeRules(JSON.stringify([{ pattern: '^follow our live blog', reason: 'live blog promo' }]))
    const story = parseStory('Headline here\n\nBody text.\n\nFollow our live blog for updates\n\nLeave a Comment', { chromeRules: rules })
    expect(story.dropped).toEqual([
      { line: 'Follow our live blog for updates', reason: 'live blog promo' },
      { line: 'Leave a Comment', reason: 'comment prompt' },
    ])
    expect(() => siteChromeRules('{')).toThrow(/^not JSON/)
    expect(() => siteChromeRules('{"pattern": "x"}')).toThrow('expected a JSON array of rules')
    expect(() => siteChromeRules('[{"pattern": "x"}]')).toThrow('rule 1 needs a "reason" string')
    expect(() => siteChromeRules('[{"pattern": "(", "reason": "r"}]')).toThrow(/^rule 1 has an invalid pattern/)
    expect(() => siteChromeRules('[{"pattern": "x", "reason": "r", "endsStory": "yes"}]')).toThrow('rule 1: "endsStory" must be true or false')
  })
})

describe('lines that only look like Read-also lines', () => {
  const body = [
    'Related-party transactions rose by a third last year, the auditors said in their report.',
    'See also the annex, which lists every contract the council signed without a tender.',
    'Read more about it in the report the harbour authority published on Friday, the mayor said.',
    'Also read the small print before you sign, the consumer office warned on Monday.',
    'Читайте также: the council’s own summary, which the opposition called misleading.',
    '関連記事: 港の防潮堤の工事は来年まで続く見込みです。',
  ]
  const story = parseStory(['Harbour audit finds untendered contracts', 'By Jane Roe', ...body].join('\n'))

  it('keeps them as paragraphs, in order, and makes none of them a Read-also line', () => {
    expect(story.paragraphs).toEqual(body)
    expect(story.readAlso).toEqual([])
  })

  it('takes "ALSO READ | …" and "Also read: …" as Read-also lines', () => {
    const page = parseStory('Harbour audit finds untendered contracts\nBy Jane Roe\nThe audit covered four years of contracts, the office said.\nALSO READ | Port trust approves second berth\nAlso read: Council delays vote on the harbour budget\nThe council will discuss the audit on Monday.')
    expect(page.readAlso).toEqual(['Port trust approves second berth', 'Council delays vote on the harbour budget'])
  })
})

describe('attributions', () => {
  it.each([
    ['the Yonhap News Agency reported on Sept. 15', ['Yonhap News Agency']],
    ['the minister said, according to Yonhap.', ['Yonhap']],
    ['According to the Kremlin, the meeting addressed cooperation.', ['Kremlin']],
    ['Reuters wrote in its report that talks stalled.', ['Reuters']],
    ['the Yonhap News Agency reported, citing South Korean Foreign Minister Park Jin.', ['South Korean Foreign Minister Park Jin', 'Yonhap News Agency']],
  ])('%j cites %j', (paragraph, names) => {
    expect(attributions(paragraph).sort()).toEqual([...names].sort())
  })
})

describe('bad input', () => {
  const bytes = (text: string) => new TextEncoder().encode(text)

  it.each([
    ['an empty file', new Uint8Array(), 'empty file'],
    ['only whitespace', bytes('  \n\n  '), 'empty file'],
    ['binary data', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'binary data'],
    ['Latin-1 text', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]), 'not UTF-8'],
    ['a 10 MB file', new Uint8Array(10 * 1024 * 1024).fill(0x61), 'at most 2 MB'],
  ])('refuses %s with a clear reason', (_, input, reason) => {
    expect(() => decodeStory(input)).toThrow(StoryParseError)
    expect(() => decodeStory(input)).toThrow(reason)
  })

  it('reads UTF-16 text with a byte-order mark', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'Hi'].flatMap((char) => [char.charCodeAt(0), 0])])
    expect(decodeStory(utf16)).toBe('Hi')
  })

  it('refuses text with no recognisable headline or no body', () => {
    expect(() => parseStory('Leave a Comment\nSupport us')).toThrow('no recognisable headline')
    expect(() => parseStory('Just a headline')).toThrow('no body')
  })
})

/** A page of the corpus (test/fixtures/pages), as stored. */
const corpusPage = (name: string) => fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/pages', `${name}.txt`), 'utf8')
const fixture = [path.resolve(process.cwd(), '..', 'shared'), path.resolve(process.cwd(), '..', '..', 'shared')]
  .map((dir) => path.join(dir, 'fixtures', 'seed-article.txt'))
  .find((file) => fs.existsSync(file)) ?? path.resolve(process.cwd(), '..', 'shared', 'fixtures', 'seed-article.txt')
const describeFixture = fs.existsSync(fixture) ? describe : describe.skip
if (!fs.existsSync(fixture)) console.warn(`Skipping the sample-story parser tests: ${fixture} is not there.`)

describeFixture('parseStory on the sample wire story', () => {
  it('finds the headline, both Read-also lines, the cited sources and the chrome', () => {
    const story = parseStory(fs.readFileSync(fixture, 'utf8'), {
      knownSources: [{ aliases: ['Yonhap'], name: 'Yonhap News Agency' }, { aliases: [], name: 'Kremlin' }],
    })
    expect(story.headline).toMatch(/^South Korea concerned over Russia-North Korea arms talks/)
    expect(story.readAlso).toEqual([
      'Putin, Kim meet at Russian cosmodrome ahead of expected arms talks',
      'South Korea pledges $2.3 billion in aid for Ukraine',
    ])
    expect(story.sources.sort()).toEqual(['Kremlin', 'Yonhap News Agency'])
    expect(story.dropped.map((drop) => drop.reason)).toEqual(['donation appeal', 'comment prompt'])
  })
})

describe('body paragraphs that only look like chrome', () => {
  const body = (story: ReturnType<typeof parseStory>) => story.paragraphs

  it('keeps a sentence that mentions an age ("2 hours ago") as a paragraph, not a date line', () => {
    const story = parseStory('Strong quake shakes the coastal towns\nBy Jane Roe\nMarch 3, 2024\nThe quake struck 2 hours ago.\nRescue teams reached the worst-hit villages by road before dawn, the civil defence office said on Sunday.')
    expect(body(story)).toEqual([
      'The quake struck 2 hours ago.',
      'Rescue teams reached the worst-hit villages by road before dawn, the civil defence office said on Sunday.',
    ])
    expect(story.publishedAt).toBe('2024-03-03T00:00:00.000Z')
  })

  it('still reads a line that is only an age ("By Jane Roe · 2 hours ago", "Updated 4 days ago") as the header', () => {
    const story = parseStory('Strong quake shakes the coastal towns\nBy Jane Roe · 2 hours ago\nUpdated 4 days ago\nRescue teams reached the worst-hit villages by road before dawn, the civil defence office said on Sunday.')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(body(story)).toEqual(['Rescue teams reached the worst-hit villages by road before dawn, the civil defence office said on Sunday.'])
  })

  it('does not take a transcript speaker label ("ANCHOR (voice-over): …") for the next story’s dateline', () => {
    const story = parseStory([
      'Storm floods the harbour district',
      'By Jane Roe',
      'ANCHOR: The storm reached the harbour district this morning, and the water is still rising.',
      '(BEGIN VIDEOTAPE)',
      'ANCHOR (voice-over): Fishing boats broke their moorings and drifted into the main street.',
      'RESIDENT: We lost everything on the ground floor in less than an hour.',
    ].join('\n'))
    expect(body(story)).toEqual([
      'ANCHOR: The storm reached the harbour district this morning, and the water is still rising.',
      '(BEGIN VIDEOTAPE)',
      'ANCHOR (voice-over): Fishing boats broke their moorings and drifted into the main street.',
      'RESIDENT: We lost everything on the ground floor in less than an hour.',
    ])
  })

  it('still ends a feed at the next story’s agency dateline', () => {
    const story = parseStory('Harbour wall approved\nBy Jane Roe\nThe council approved the wall on Tuesday, officials said.\nRail strike called off\nNORTHPORT (Example Wire) - Rail workers called off their strike on Wednesday.')
    expect(body(story)).toEqual(['The council approved the wall on Tuesday, officials said.'])
  })

  it('keeps a paragraph opening in lower case under a finished caption', () => {
    const story = parseStory([
      'Phone maker reports record quarter',
      'By Jane Roe',
      'The company reported its best quarter on record on Thursday, lifted by demand in Asia and Europe.',
      'Shoppers queue outside a store in the capital. (Photo by Sam Lee/Example Agency)',
      'iPhone sales rose by a fifth in the quarter, the company said, while sales of its laptops fell slightly.',
      'eBay said separately that its sales were flat.',
    ].join('\n'))
    expect(body(story)).toEqual([
      'The company reported its best quarter on record on Thursday, lifted by demand in Asia and Europe.',
      'iPhone sales rose by a fifth in the quarter, the company said, while sales of its laptops fell slightly.',
      'eBay said separately that its sales were flat.',
    ])
  })

  it('keeps story sentences that resemble comment-form, paywall, feed, share and bio lines', () => {
    const kept = [
      'Akismet, the spam filter used on many comment forms, was blamed by readers for hiding their comments, the editor said.',
      'Billed as the largest fair in the region, the show drew more than five thousand visitors on its first day.',
      'The shop promised to save 20% off the yearly bill for pensioners who sign up before March, the owner told the council.',
      'The wire service accepts no responsibility for errors in third party feeds, its lawyer said in court on Monday.',
      'The town council is now on WhatsApp, the mayor said, and residents can follow it for news of road closures.',
      'Share to the end of the month: that is what the fund promised each of the families who lost their homes.',
      'Court reporter Jane Roe is a witness in the case, the prosecutor said on Friday.',
    ]
    const story = parseStory(['Fair draws record crowds', 'By Sam Lee', 'The county fair opened on Saturday with record crowds and a new livestock hall, organisers said.', ...kept, 'It closes on Sunday.'].join('\n'))
    for (const paragraph of kept) expect(body(story)).toContain(paragraph)
    expect(body(story).at(-1)).toBe('It closes on Sunday.')
  })

  it('keeps one copy of a paragraph printed twice in a row', () => {
    const repeated = 'The council will vote on the budget next week, after two months of talks with the unions that represent its staff.'
    const story = parseStory(['Council budget talks end', 'By Jane Roe', 'The talks ended on Friday without a strike, the council said.', repeated, repeated, 'The unions said they would accept the offer.'].join('\n'))
    expect(body(story)).toEqual(['The talks ended on Friday without a strike, the council said.', repeated, 'The unions said they would accept the offer.'])
  })

  it('keeps a paragraph ending in a bracketed pair with a slash ("(EU/UK)") as a paragraph', () => {
    const paragraph = 'The agreement covers fishing rights, customs checks and the rules for trucks crossing the border (EU/UK)'
    const story = parseStory(['Fishing deal signed', 'By Jane Roe', 'The two sides signed the deal on Monday after a year of talks, officials said.', paragraph, 'It takes effect in June.'].join('\n'))
    expect(body(story)).toContain(paragraph)
  })

  it('keeps a first subhead without a full stop when ordinary paragraphs follow it', () => {
    const story = parseStory([
      'Harbour wall approved after long debate',
      'By Jane Roe',
      'March 3, 2024',
      'What the council decided on Tuesday night',
      'The council approved the flood wall by nine votes to four after a debate that lasted six hours.',
      'Work is due to start in the spring.',
    ].join('\n'))
    expect(body(story)[0]).toBe('What the council decided on Tuesday night')
  })

  it('keeps the items after a "Key points:" heading in the body', () => {
    const story = parseStory([
      'Harbour wall approved',
      'By Jane Roe',
      'The council approved the flood wall on Tuesday, officials said.',
      'Key points:',
      'Wall to be finished in two years',
      'Cost shared with the state',
      'The mayor said work would start in the spring.',
    ].join('\n'))
    expect(body(story)).toEqual(expect.arrayContaining(['Wall to be finished in two years', 'Cost shared with the state']))
    expect(story.dropped.map((line) => line.line)).not.toContain('Cost shared with the state')
  })

  it('ends a Read-more list at a blank line, so a later subhead stays a subhead', () => {
    const story = parseStory([
      'Harbour wall approved',
      'By Jane Roe',
      'The council approved the flood wall on Tuesday, officials said.',
      'Read more:',
      'Storm floods the old quay',
      'Port trust approves second berth',
      '',
      'What happens next',
      'The mayor said work would start in the spring.',
    ].join('\n'))
    expect(story.readAlso).toEqual(['Storm floods the old quay', 'Port trust approves second berth'])
    expect(body(story)).toContain('What happens next')
  })
})

describe('pages from sites the importer has never seen', () => {
  it('keeps a last paragraph that an agency signs in brackets, and takes the agency as the author', () => {
    const story = parseStory([
      'Ferry service resumes after storm',
      'The island ferry ran again on Monday after three days in port because of high seas.',
      'Operators said the first crossing of the day was full, with a queue of vans on the quay. (CNA)',
      '0 views0 comments',
    ].join('\n'))
    expect(story.paragraphs.at(-1)).toBe('Operators said the first crossing of the day was full, with a queue of vans on the quay. (CNA)')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'CNA' }])
  })

  it('never takes the page store’s header date as the publication date, only as a hint', () => {
    const page = (dateLine: string) =>
      [' date 2024-04-21 News', 'Villagers block road over water supply', dateLine, 'Residents of the village blocked the main road on Sunday to protest against the lack of water supply.'].join('\n')
    expect(parseStory(page('')).publishedAt).toBeNull()
    expect(parseStory(page('')).confidence.date).toBe('none')
    expect(parseStory(page('')).storeDateHint).toBe('2024-04-21')
    expect(parseStory(page('')).dropped.map((entry) => entry.line)).toContain('date 2024-04-21')
    expect(parseStory(page('April 20, 2024 08:51 pm')).publishedAt).toBe('2024-04-20T20:51:00.000Z')
    expect(parseStory(page('')).paragraphs[0]).toMatch(/^Residents of the village/)
    expect(parseStory(page('')).headline).toBe('Villagers block road over water supply')
  })

  it('splits a byline run into the first paragraph, and keeps the whole paragraph', () => {
    const story = parseStory(['Port workers end strike', 'Sept. 9, 2023', 'By Mirela Costa LISBON — Dock workers voted on Saturday to go back to work after a week on strike.'].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Mirela Costa' }])
    expect(story.paragraphs).toEqual(['LISBON — Dock workers voted on Saturday to go back to work after a week on strike.'])
  })

  it('does not split a paragraph that only mentions an update or a byline in its text', () => {
    const text = 'The council said the figures would be updated in May. Updated figures from the last survey were never published.'
    const story = parseStory(['Survey figures delayed again', 'By Jane Roe', text].join('\n'))
    expect(story.paragraphs).toEqual([text])
  })

  it('drops a title tag’s section and site names from the headline, and keeps a headline’s own second part', () => {
    expect(parseStory('Bridge repairs close river crossing | UK News | Northline News\nFerries will carry foot passengers across the river while engineers replace the bearings.').headline).toBe('Bridge repairs close river crossing')
    expect(parseStory('Ferry fares to fall from Monday | Three new routes added\nFerry fares on all harbour routes will fall by a fifth from Monday, the port trust said.').headline).toBe('Ferry fares to fall from Monday | Three new routes added')
  })

  it('ends a blog archive’s story at the next post’s date and title', () => {
    const story = parseStory([
      'Wednesday, June 12, 2024',
      'Library extends its evening hours',
      'The central library will stay open until nine on weekdays from July, the council said on Wednesday.',
      'Tuesday, June 11, 2024',
      'Allotment waiting list closes for the year',
      'The council has stopped adding names to the allotment waiting list because more than three hundred people are on it.',
    ].join('\n'))
    expect(story.paragraphs).toEqual(['The central library will stay open until nine on weekdays from July, the council said on Wednesday.'])
    expect(story.publishedAt).toBe('2024-06-12T00:00:00.000Z')
    expect(story.modifiedAt).toBeNull()
  })

  it('keeps a paragraph that quotes a newsletter sign-up or a contribution, and drops the credit and the widget', () => {
    const story = parseStory([
      'Market hall reopens after roof repairs',
      'By Dana Whitlock',
      'The covered market reopened on Saturday after four months of roof repairs, and most of its forty stalls were trading by noon.',
      '"Sign up for our newsletter and you will hear about the next closure first," the market manager told stallholders.',
      'Three traders said the Associated Press contributed to this report of lost takings, which they disputed.',
      'The Associated Press contributed to this report.',
      '[notice style="blue"]Text MARKET to 5050 for opening times[/notice]',
    ].join('\n'))
    expect(story.paragraphs.at(-1)).toBe('Three traders said the Associated Press contributed to this report of lost takings, which they disputed.')
    expect(story.paragraphs).toContain('"Sign up for our newsletter and you will hear about the next closure first," the market manager told stallholders.')
    expect(story.dropped.map((line) => line.reason)).toEqual(expect.arrayContaining(['contribution credit', 'page widget']))
  })

  it('reads a source name beside the date as a date line, and a title in capitals over a date is not a byline', () => {
    const aggregator = parseStory(['CityWire - Tue, 05/14/2019 - 10:42', 'Volunteers clear storm debris', 'More than two hundred volunteers spent Saturday hauling fallen branches out of the riverside park.'].join('\n'))
    expect(aggregator.headline).toBe('Volunteers clear storm debris')
    expect(aggregator.publishedAt).toBe('2019-05-14T10:42:00.000Z')
    const column = parseStory(['Why I Read The Fire Log First', 'June 3, 2011', 'Every Thursday the paper prints the fire department weekly log, and I read it before anything else.'].join('\n'))
    expect(column.headline).toBe('Why I Read The Fire Log First')
    expect(column.authors).toEqual([])
  })
})

describe('classes of real pages: wraps, promos, masthead dates, bios', () => {
  const lede = 'Engineers will close one lane of the ring road each night from Monday to resurface the northern section, the council said.'

  it('joins a paragraph hard-wrapped mid-sentence, but not lines a blank line sets apart', () => {
    const story = parseStory(['Ring road closures start next week', 'May 6, 2010', 'Engineers will close one lane of the ring road each night from Monday to', 'resurface the northern section, the council said.', 'The work should take three weeks.'].join('\n'))
    expect(story.paragraphs[0]).toBe(lede)
    expect(story.publishedAt).toBe('2010-05-06T00:00:00.000Z')
    const apart = parseStory(['Ring road closures start next week', lede, 'Crews will work on the section', '', 'nearest the river first.'].join('\n'))
    expect(apart.paragraphs).toContain('Crews will work on the section')
  })

  it('drops audio, advert, share-counter and channel prompts but keeps a paragraph that quotes one', () => {
    const quote = '“Join our WhatsApp group by clicking this link,” the notice on the bus shelter said, but the link was broken.'
    const story = parseStory(['Ring road closures start next week', 'SHARE NOW', '1281', 'Enhance your reading experience by listening to this article.', lede, 'Advertisement. Scroll to continue reading.', quote, 'Join our WhatsApp news group by clicking this link.', 'The work should take three weeks.'].join('\n'))
    expect(story.paragraphs).toEqual([lede, quote, 'The work should take three weeks.'])
  })

  it('takes the story’s own date over a masthead’s “today” above the headline, and drops the masthead date', () => {
    const story = parseStory(['Sunday, November 29, 2026', 'Ring road closures start next week', 'By Jane Roe', 'Published March 3, 2024', lede].join('\n'))
    expect(story.publishedAt).toBe('2024-03-03T00:00:00.000Z')
    expect(story.modifiedAt).toBeNull()
    expect(story.dropped.map((entry) => entry.line)).toContain('Sunday, November 29, 2026')
    // Printed alone, the date above the headline is still the story's.
    expect(parseStory(['Sunday, November 29, 2026', 'Ring road closures start next week', lede].join('\n')).publishedAt).toBe('2026-11-29T00:00:00.000Z')
  })

  it('ends the story at a writer’s bio and takes its name as the author, but keeps a paragraph that only mentions what someone covers', () => {
    const bio = parseStory(['Ring road closures start next week', lede, 'Sam Okafor covers roads and rail for the Daily Example. Reach him at sam@example.com.'].join('\n'))
    expect(bio.authors).toEqual([{ kind: 'person', name: 'Sam Okafor' }])
    expect(bio.paragraphs).toEqual([lede])
    const mention = 'Jane Roe covers the council meetings for the parish newsletter, the mayor said with a smile.'
    const kept = parseStory(['Ring road closures start next week', 'By John Doe', lede, mention, 'The work should take three weeks.'].join('\n'))
    expect(kept.paragraphs).toContain(mention)
    expect(kept.authors).toEqual([{ kind: 'person', name: 'John Doe' }])
  })

  it('reads an aggregator’s desk, place and Updated/Created line, with day-first dates in IST', () => {
    const story = parseStory(['Ring road closures start next week', 'Eastline News Desk | Pune | Updated: 11-08-2020 12:52 IST | Created: 11-08-2020 12:40 IST', lede].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Eastline News Desk' }])
    expect(story.publishedAt).toBe('2020-08-11T07:10:00.000Z')
    expect(story.modifiedAt).toBe('2020-08-11T07:22:00.000Z')
  })

  it('reads a US zone printed as ET with summer time, and a bracketed agency beside the time as the desk', () => {
    const summer = parseStory(['Ferry timetable changes', 'Published 6:02 a.m. ET July 3, 2024', 'The ferry company published a new timetable on Wednesday for the summer season.'].join('\n\n'))
    expect(summer.publishedAt).toBe('2024-07-03T10:02:00.000Z')
    const winter = parseStory(['Ferry timetable changes', 'Published 6:02 a.m. ET January 3, 2024', 'The ferry company published a new timetable on Wednesday for the winter season.'].join('\n\n'))
    expect(winter.publishedAt).toBe('2024-01-03T11:02:00.000Z')
    const credited = parseStory(['Ferry timetable changes', '(Xinhua) 09:30, May 4, 2023', 'The ferry company published a new timetable on Thursday for the coming months.'].join('\n\n'), { timeZone: 'Asia/Shanghai' })
    expect(credited.headline).toBe('Ferry timetable changes')
    expect(credited.authors).toEqual([{ kind: 'desk', name: 'Xinhua' }])
    expect(credited.publishedAt).toBe('2023-05-04T01:30:00.000Z')
  })

  it('keeps a Last Updated time as both publication and modification when it is the only date', () => {
    const body = 'The ferry company published a new timetable on Wednesday for the summer season.'
    const last = parseStory(['Ferry timetable changes', 'Last Updated: March 9, 2021 4:15 PM', body].join('\n\n'))
    expect(last.publishedAt).toBe('2021-03-09T16:15:00.000Z')
    expect(last.modifiedAt).toBe('2021-03-09T16:15:00.000Z')
  })
})

describe('store prefixes, call-letter bylines, caption credits and colon datelines', () => {
  const lede = 'The harbour board said on Monday that ferry timetables would change from the first of next month.'

  it('strips a store prefix that carries only a year and month from the headline, and keeps no date from it', () => {
    const story = parseStory([' date 2022-08 Ferry timetables change next month', 'By Jane Roe', lede].join('\n\n'))
    expect(story.headline).toBe('Ferry timetables change next month')
    expect(story.publishedAt).toBeNull()
  })

  it('reads a name with a social handle beside it as the byline, and call letters under the headline as a desk', () => {
    const handle = parseStory(['Ferry timetables change next month', 'Jane Roe @janeroe', 'May 3, 2021', lede].join('\n\n'))
    expect(handle.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    const rescue = 'Rescue boats pulled 41 people from the water after a passenger ferry overturned in strong winds, officials said.'
    const station = parseStory(['Ferry timetables change next month', 'KTVX', rescue].join('\n\n'))
    expect(station.authors).toEqual([{ kind: 'desk', name: 'KTVX' }])
    expect(station.paragraphs[0]).toBe(rescue)
    // A section label in capitals is no one's call letters.
    const section = parseStory(['Ferry timetables change next month', 'NEWS', lede].join('\n\n'))
    expect(section.authors).toEqual([])
  })

  it('takes a job title under the name as the byline’s affiliation, not a second author', () => {
    const story = parseStory(['Ferry timetables change next month', 'Jane Roe', 'Example.ca Digital Coordinator', 'Published May 3, 2021', lede].join('\n\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })

  it('drops a caption closed by a capitals name and agency, but keeps a sentence with a slash in it', () => {
    const caption = 'Workers load a ferry at the harbour in the morning JANE ROE / AFP'
    const kept = 'Talks between the two ports covered fares and timetables for the EU/UK crossing.'
    const story = parseStory(['Ferry timetables change next month', lede, caption, kept, 'The board meets again in June.'].join('\n\n'))
    expect(story.paragraphs).not.toContain(caption)
    expect(story.paragraphs).toContain(kept)
  })

  it('ends the story at a comment-section notice, and drops a source credit line without taking its date', () => {
    const story = parseStory(['Ferry timetables change next month', 'Resource: Harbour Review, May 15, 2015', lede, 'The board meets again in June.', 'Comments are posted from viewers like you and do not always reflect the views of this station. powered by Disqus', 'Bridge repairs begin'].join('\n\n'))
    expect(story.publishedAt).toBeNull()
    expect(story.paragraphs).toEqual([lede, 'The board meets again in June.'])
  })

  it('takes a lede that opens with its city and a colon as the first paragraph, not the standfirst right above it', () => {
    const summary = 'Ferry timetables will change next month, the harbour board has said.'
    const colonLede = 'Kochi: The harbour board said on Monday that ferry timetables would change from the first of next month.'
    const story = parseStory(['Ferry timetables change next month', 'By Jane Roe', summary, colonLede, 'The board meets again in June.'].join('\n\n'))
    expect(story.paragraphs[0]).toBe(colonLede)
    // A note is not a dateline: the paragraph above it stays the first.
    const note = parseStory(['Ferry timetables change next month', 'By Jane Roe', lede, 'Update: The board said on Tuesday that the change would start a week later than planned.'].join('\n\n'))
    expect(note.paragraphs[0]).toBe(lede)
  })
})

describe('agency credits, glued bylines, paywalls and restated ledes', () => {
  const headline = 'Ferry timetables change next month'
  const lede = 'The harbour board said on Monday that ferry timetables would change from the first of next month, with earlier sailings.'
  const second = 'Passengers with season tickets will be able to swap them for the new times at no cost, the board added.'

  it('takes an agency signing the last paragraph with a dash ("… -AA") as the desk author, keeping the sentence', () => {
    const last = 'The board meets again in June to review the first weeks of the new timetable. -AA'
    const story = parseStory([headline, lede, last].join('\n\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'AA' }])
    expect(story.paragraphs.at(-1)).toBe(last)
  })

  it('reads a date whose year follows the comma without a space, and strips a counter glued to the byline name', () => {
    const story = parseStory([headline, 'By Jane Roe00', 'Published September 28,2022', lede, second].join('\n\n'))
    expect(story.publishedAt).toBe('2022-09-28T00:00:00.000Z')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.paragraphs[0]).toBe(lede)
    // Only a name word carries a counter: a code or handle that ends in digits is kept whole.
    const coded = parseStory([headline, 'By Jane Roe qx78', 'Published September 28,2022', lede, second].join('\n\n'))
    expect(coded.authors).toEqual([{ kind: 'person', name: 'Jane Roe qx78' }])
  })

  it('keeps the story up to a paywall notice and drops what follows it', () => {
    const notice = 'The article you requested can be accessed only by subscribing to one of our plans.'
    const story = parseStory([headline, 'By Jane Roe', lede, notice, second].join('\n\n'))
    expect(story.paragraphs).toEqual([lede])
  })

  it('takes the lede, not the standfirst that restates it right above, as the first paragraph', () => {
    const summary = 'The harbour board says ferry timetables will change from the first of next month.'
    const story = parseStory([headline, 'By Jane Roe', summary, lede, second].join('\n\n'))
    expect(story.paragraphs[0]).toBe(lede)
    expect(story.standfirst).toBe(summary)
    // A first paragraph followed by one that says something else stays the first.
    const plain = parseStory([headline, 'By Jane Roe', lede, second].join('\n\n'))
    expect(plain.paragraphs[0]).toBe(lede)
  })

  it('splits a "Name/City" credit glued before the first sentence off as the byline', () => {
    const story = parseStory([headline, 'March 4, 2024', `Jane Roe/Lagos ${lede}`, second].join('\n\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.paragraphs[0]).toBe(lede)
  })
})

describe('edition labels, scene captions, pull quotes, page titles, editors and call letters', () => {
  const lede = 'The harbour board voted on Monday to back a new ferry timetable that adds two early sailings to the islands.'
  const second = 'The change will take effect in April, a month earlier than planned, the board said.'

  it('takes the title under a broadcaster’s edition label, but a short title-case line right over the byline is the headline', () => {
    const labelled = parseStory(['Northwind News North East', 'Harbour board backs new ferry timetable', 'Image caption, The quay at dawn', lede, second].join('\n\n'))
    expect(labelled.headline).toBe('Harbour board backs new ferry timetable')
    const short = parseStory(['Northfield Radio Archive', 'By Jane Roe', 'March 4, 2024', lede, second].join('\n\n'))
    expect(short.headline).toBe('Northfield Radio Archive')
  })

  it('drops an uncredited scene caption above the lede, but keeps a first paragraph in the present tense', () => {
    const caption = 'Passengers wait to board the morning ferry at the terminal in Port Alder on Monday.'
    const story = parseStory(['Harbour board backs new ferry timetable', 'By Jane Roe', caption, lede, second].join('\n\n'))
    expect(story.paragraphs).toEqual([lede, second])
    expect(story.hero?.caption).toBe(caption)
    const present = 'The harbour board meets on Thursday to decide whether the ferry to Skell Island will keep running through the winter.'
    const kept = parseStory(['Harbour board to decide on winter ferry', 'By Jane Roe', present, second].join('\n\n'))
    expect(kept.paragraphs).toEqual([present, second])
  })

  it('drops a pull quote that a paragraph quotes again, and keeps a quotation printed once', () => {
    const quoted = '“We are being cut off one boat at a time,” said Mary Blake, who runs the island shop.'
    const story = parseStory(['Harbour board backs new ferry timetable', 'By Jane Roe', '“We are being cut off one boat at a time”', lede, quoted].join('\n\n'))
    expect(story.paragraphs).toEqual([lede, quoted])
    const once = parseStory(['Harbour board backs new ferry timetable', 'By Jane Roe', lede, '“We will look at it again in the spring”', second].join('\n\n'))
    expect(once.paragraphs).toContain('“We will look at it again in the spring”')
  })

  it('takes the headline printed after the lede, keeping the lede as the first paragraph', () => {
    const story = parseStory(['Politics', lede, 'Harbour board backs new ferry timetable', 'By Jane Roe | March 4, 2024', second].join('\n\n'))
    expect(story.headline).toBe('Harbour board backs new ferry timetable')
    expect(story.paragraphs).toEqual([lede, second])
  })

  it('splits a byline run into a title-case dateline or carrying its agency from the first paragraph', () => {
    const place = parseStory(['Harbour board backs new ferry timetable', 'March 4, 2024', `By Jane Roe Port Alder — ${lede}`, second].join('\n\n'))
    expect(place.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(place.paragraphs[0]).toBe(`Port Alder — ${lede}`)
    const agency = parseStory(['Harbour board backs new ferry timetable', 'March 4, 2024', `Jane Roe, Reuters ${lede}`, second].join('\n\n'))
    expect(agency.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'Reuters' }])
    expect(agency.paragraphs[0]).toBe(lede)
  })

  it('takes a blog’s title from the page title without the site’s name, and reads a lower-case byline', () => {
    const story = parseStory(['How I mended the harbour wall | Tide Notes', 'Tide Notes', 'by jane roe', 'March 4, 2024', lede, second].join('\n\n'))
    expect(story.headline).toBe('How I mended the harbour wall')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    // A title with a dash of its own and no site's name beside it keeps its second part.
    const own = parseStory(['Harbour board backs timetable', 'By Jane Roe', 'Fares rise again - and more to come', lede].join('\n\n'))
    expect(own.headline).toBe('Harbour board backs timetable')
  })

  it('takes an editor as the author only when no writer is named; a desk that edits is a desk', () => {
    const alone = parseStory(['Harbour board backs new ferry timetable', 'Edited by: Digital Desk', 'March 4, 2024', lede, second].join('\n\n'))
    expect(alone.authors).toEqual([{ kind: 'desk', name: 'Digital Desk' }])
    const both = parseStory(['Harbour board backs new ferry timetable', 'Written By : Jane Roe', 'Edited By : Web Desk', 'March 4, 2024', lede, second].join('\n\n'))
    expect(both.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })

  it('drops mottos and keeps the real title over a slogan, and keeps a short title over its long deck', () => {
    const story = parseStory(['#Open journalism', 'No news is bad news', 'Harbour board backs new ferry timetable', 'By Jane Roe', lede, 'Independent journalism since 1821', second].join('\n\n'))
    expect(story.headline).toBe('Harbour board backs new ferry timetable')
    expect(story.paragraphs).toEqual([lede, second])
    const deck = parseStory(['Ferry timetable backed', 'The board says two early boats a week are all the route can pay for, leaving islanders hoping for more', 'March 4, 2024', lede].join('\n\n'))
    expect(deck.headline).toBe('Ferry timetable backed')
  })

  it('takes call letters under a person’s byline as the affiliation, and keeps a paragraph that names the station', () => {
    const mention = 'KXYZ asked the county for the inspection reports on the barn, which was built in 1932.'
    const story = parseStory(['Fire destroys barn on Route 9', 'By Jane Roe', 'KXYZ', 'Tuesday, March 5th 2024, 6:14 PM CST', lede, mention].join('\n\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.paragraphs).toEqual([lede, mention])
    const station = parseStory(['Fire destroys barn on Route 9', 'Posted: Mar 5, 2024 / 06:14 PM CST', 'WABC-TV', lede, second].join('\n\n'))
    expect(station.authors).toEqual([{ kind: 'desk', name: 'WABC-TV' }])
    expect(station.paragraphs[0]).toBe(lede)
  })
})

describe('closing credits, trailing chrome, masthead dates and picture labels', () => {
  const lede = 'The harbour board approved a new ferry timetable on Monday, adding two early sailings a week from April.'
  const second = 'Islanders had asked for the early boats for years, the board said.'

  it('ends the story at a closing credit and takes its outlet as the desk, but keeps a sentence that only mentions a first publication', () => {
    const credited = parseStory(['Harbour board backs new ferry timetable', lede, second, '(examplenews.lk)', 'Next story title here', 'Another lede about something else entirely, told at length for the test.'].join('\n\n'))
    expect(credited.authors).toEqual([{ kind: 'desk', name: 'examplenews.lk' }])
    expect(credited.paragraphs).toEqual([lede, second])
    const mention = 'Originally published in the Harbour Gazette in 1950, the timetable ran unchanged for forty years.'
    const kept = parseStory(['Harbour board backs new ferry timetable', 'By Jane Roe', lede, mention].join('\n\n'))
    expect(kept.paragraphs).toEqual([lede, mention])
  })

  it('does not sign a post with "by admin", and reads its posted date', () => {
    const post = parseStory(['Harbour board backs new ferry timetable', 'Posted on March 4, 2024 by admin', lede, second].join('\n\n'))
    expect(post.authors).toEqual([])
    expect(post.publishedAt).toBe('2024-03-04T00:00:00.000Z')
  })

  it('reads a date beside the header’s weather widget as the masthead’s, but a blog’s day heading as the story’s', () => {
    const masthead = parseStory(['21.5 C', 'Friday, March 8, 2024', 'Harbour board backs new ferry timetable', lede, second].join('\n\n'))
    expect(masthead.headline).toBe('Harbour board backs new ferry timetable')
    expect(masthead.publishedAt).toBeNull()
    const blog = parseStory(['Friday, March 8, 2024', 'Harbour board backs new ferry timetable', lede, second].join('\n\n'))
    expect(blog.publishedAt).toBe('2024-03-08T00:00:00.000Z')
  })

  it('drops a bracketed name the story names as a picture’s label, and keeps a transcript’s bracketed cue', () => {
    const label = parseStory(['Harbour board backs new ferry timetable', '(Jane Roe)', 'Board chair Jane Roe said the timetable would start in April, after a month of trial runs.', second].join('\n\n'))
    expect(label.paragraphs[0]).toMatch(/^Board chair Jane Roe/)
    const cue = parseStory(['Harbour board backs new ferry timetable', 'By Jane Roe', lede, '(BEGIN VIDEOTAPE)', second].join('\n\n'))
    expect(cue.paragraphs).toEqual([lede, '(BEGIN VIDEOTAPE)', second])
  })
})

describe('Read-also lines under the last paragraph', () => {
  const lede = 'The harbour board approved a new ferry timetable on Monday, adding two early sailings a week from April.'
  const second = 'Islanders had asked for the early boats for years, the board said.'

  it('keeps a Read-also line after the last paragraph as the link closing the body, after the prose', () => {
    const link = 'Read also: Island school asks for an earlier ferry'
    const story = parseStory(['Harbour board backs new ferry timetable', lede, second, link, 'Comments'].join('\n\n'))
    expect(story.paragraphs).toEqual([lede, second, link])
    expect(story.readAlso).toEqual(['Island school asks for an earlier ferry'])
    expect(story.closingReadAlso).toEqual([link])
  })

  it('leaves a Read-also line between paragraphs in the body', () => {
    const link = 'Read also: Island school asks for an earlier ferry'
    const story = parseStory(['Harbour board backs new ferry timetable', lede, link, second].join('\n\n'))
    expect(story.paragraphs).toEqual([lede, link, second])
    expect(story.closingReadAlso).toBeUndefined()
  })

  it('gives the titles listed under a closing Read-also line its prefix', () => {
    const story = parseStory(['Harbour board backs new ferry timetable', lede, second, 'READ MORE: Island school asks for an earlier ferry', 'Ferry crew strike called off', 'Quay repairs finish early'].join('\n\n'))
    const closing = ['READ MORE: Island school asks for an earlier ferry', 'READ MORE: Ferry crew strike called off', 'READ MORE: Quay repairs finish early']
    expect(story.paragraphs).toEqual([lede, second, ...closing])
    expect(story.closingReadAlso).toEqual(closing)
  })
})

describe('headline lines that are not the story’s', () => {
  const lede = 'The city council voted on Tuesday to close two branch libraries in the spring, saying the buildings were too costly to repair.'
  const second = 'Readers protested outside the council chamber before the vote.'

  it('drops a plugin’s licence notice, and keeps a sentence of the story about a licence', () => {
    const notice = parseStory(['License not validated', 'Council votes to close two branch libraries', 'Slider Pro: license key not validated. Please activate your copy.', lede, second].join('\n'))
    expect(notice.headline).toBe('Council votes to close two branch libraries')
    expect(notice.paragraphs).toEqual([lede, second])
    const quoted = 'The driving licence is invalid in three states, police said.'
    const story = parseStory(['Council votes to close two branch libraries', lede, quoted, 'The licence was not validated by the ministry until March.', second].join('\n'))
    expect(story.paragraphs).toEqual([lede, quoted, 'The licence was not validated by the ministry until March.', second])
  })

  it('takes a headline over its byline even when its words are not the lede’s, under a label that shares none either', () => {
    const story = parseStory(['Weekend Read', 'A quiet revolution in the back rooms', 'By Tomas Lind', lede, second].join('\n'))
    expect(story.headline).toBe('A quiet revolution in the back rooms')
  })

  it('reads a line left open on "of" or "the" as half of a slogan, not a headline', () => {
    const story = parseStory(['The Most Trusted Voice Of', 'The Library Towns And Villages', 'Council votes to close two branch libraries', 'Photo: File', lede, second].join('\n'))
    expect(story.headline).toBe('Council votes to close two branch libraries')
  })
})

describe('a dateline without its year', () => {
  const lede = 'Dhaka, Nov 3 – Two jute mills will reopen next week after workers and managers agreed on back pay, the ministry said.'
  it('names the place, and leaves the date to the one the page prints in full', () => {
    const story = parseStory(['Jute mills to reopen after wage deal', 'Published: 04 November 2025', lede, 'About two thousand workers are expected back.'].join('\n'))
    expect(story.dateline).toBe('Dhaka')
    expect(story.publishedAt).toBe('2025-11-04T00:00:00.000Z')
  })
  it('guesses no year when the dateline is the only date', () => {
    const story = parseStory(['Jute mills to reopen after wage deal', lede, 'About two thousand workers are expected back.'].join('\n'))
    expect(story.dateline).toBe('Dhaka')
    expect(story.publishedAt).toBeNull()
  })
})

describe('lines set between paragraphs', () => {
  const lede = 'Floods have cut off a dozen hill villages after three days of heavy rain, the disaster agency said on Monday.'
  it('keeps a long subhead that the paragraphs under it speak of, and drops a related story’s title that they do not', () => {
    const story = parseStory(
      [
        'Floods cut off hill villages',
        'By Sam Lee',
        lede,
        'Bridge repairs could take until next summer',
        'Engineers said the old bridge over the river had been badly damaged by the water.',
        'Repairs would need a crane that cannot reach the valley until the roads dry out.',
        'Families in the upper villages may not have a crossing before summer, they said.',
        'Government promises relief fund for flood victims',
        'The agency said more than four hundred families had left their homes.',
        'Schools will stay shut.',
      ].join('\n'),
    )
    expect(story.paragraphs).toContain('Bridge repairs could take until next summer')
    expect(story.paragraphs).toContain('Schools will stay shut.')
    expect(story.paragraphs).not.toContain('Government promises relief fund for flood victims')
    expect(story.dropped).toContainEqual({ line: 'Government promises relief fund for flood victims', reason: 'related link' })
  })
})

describe('update times alone, chrome around the lede and notes after the story', () => {
  const title = 'Harbour board backs new ferry timetable'
  const lede = 'The harbour board approved a new ferry timetable on Monday, adding two early sailings a week from April.'
  const second = 'Islanders had asked for the early boats for years, and the board said the crews were ready to start.'
  const last = 'The new timetable will be reviewed after the summer season, the board added.'

  it('reads an update time alone under the date line as a time on that day', () => {
    const story = parseStory([title, 'Published: Apr 14, 2019 7:05 AM', 'Updated: 11:52 AM', '', lede, second].join('\n'), { timeZone: 'Asia/Kuala_Lumpur' })
    expect(story.publishedAt).toBe('2019-04-13T23:05:00.000Z')
    expect(story.modifiedAt).toBe('2019-04-14T03:52:00.000Z')
    expect(story.paragraphs).toEqual([lede, second])
  })

  it('keeps an update note that is a sentence of the story', () => {
    const note = 'Updated at 11:52 am: The board has since confirmed the first sailing will leave at 5:40.'
    const story = parseStory([title, 'Published: Apr 14, 2019 7:05 AM', '', note, '', lede, '', second].join('\n'), { timeZone: 'Asia/Kuala_Lumpur' })
    expect(story.modifiedAt).toBeNull()
    expect(story.paragraphs).toEqual([note, lede, second])
  })

  it('drops a fact box and a row of media links between the date line and the lede', () => {
    const story = parseStory([title, 'Published: Apr 14, 2019 7:05 AM', '', 'Sailings: 6pm to midnight', '', 'Fares: From RM12', '', 'PHOTOS | VIDEO', '', lede, '', second].join('\n'))
    expect(story.paragraphs).toEqual([lede, second])
  })

  it('keeps labelled lines that are sentences, and one label alone, as the story’s', () => {
    const question = 'Q: Will the early sailings start in April?'
    const answer = 'A: Yes, the board said the crews were ready.'
    const note = 'Timetable: from April'
    expect(parseStory([title, 'Published: Apr 14, 2019 7:05 AM', '', question, '', answer, '', lede, '', second].join('\n')).paragraphs).toEqual([question, answer, lede, second])
    expect(parseStory([title, 'Published: Apr 14, 2019 7:05 AM', '', note, '', lede, '', second].join('\n')).paragraphs).toEqual([note, lede, second])
    // A transcript's speakers in capitals are no fact box.
    const host = 'HOST: Good morning and welcome'
    const guest = 'GUEST: Thanks for having me'
    expect(parseStory([title, 'Published: Apr 14, 2019 7:05 AM', '', host, '', guest, '', lede, '', second].join('\n')).paragraphs).toEqual([host, guest, lede, second])
  })

  it('reads "READ | <title>" as a Read-also line, kept under the first configured prefix', () => {
    const story = parseStory([title, lede, 'READ | Island school asks for an earlier ferry', second].join('\n\n'))
    expect(story.readAlso).toEqual(['Island school asks for an earlier ferry'])
    expect(story.paragraphs).toEqual([lede, 'Read also: Island school asks for an earlier ferry', second])
    const own = parseStory([title, lede, second, 'READ | Island school asks for an earlier ferry'].join('\n\n'), { readAlsoPrefixes: ['See more'] })
    expect(own.paragraphs).toEqual([lede, second, 'See more: Island school asks for an earlier ferry'])
    expect(own.closingReadAlso).toEqual(['See more: Island school asks for an earlier ferry'])
    // The article's body gets a Read-also block for it, as for the other prefixes.
    const body = convertReadAlsoParagraphs(paragraphsToLexical(story.paragraphs)) as unknown as { root: { children: { fields?: { blockType?: string; headline?: string }; type: string }[] } }
    expect(body.root.children.map((node) => node.fields?.headline ?? node.type)).toEqual(['paragraph', 'Island school asks for an earlier ferry', 'paragraph'])
  })

  it('reads "READ: <title>" and "Read | <title>" the same way', () => {
    for (const line of ['READ: Island school asks for an earlier ferry', 'Read | Island school asks for an earlier ferry']) {
      const story = parseStory([title, lede, line, second].join('\n\n'))
      expect(story.readAlso).toEqual(['Island school asks for an earlier ferry'])
      expect(story.paragraphs).toEqual([lede, 'Read also: Island school asks for an earlier ferry', second])
    }
  })

  it('keeps a paragraph that opens with "Read" as prose', () => {
    const read = 'Read together, the two letters show the board and the crews still disagree on pay.'
    const colon = 'Read: the statement the board sent to the crews is printed in full below.'
    const story = parseStory([title, lede, read, colon, second].join('\n\n'))
    expect(story.readAlso).toEqual([])
    expect(story.paragraphs).toEqual([lede, read, colon, second])
  })

  it('drops a row of links set apart by middle dots, but keeps a byline row and a sentence with dots', () => {
    const row = 'Multimedia · Reader Photos · Galleries Send us your photos · Send us your news tips'
    expect(parseStory([title, 'March 3, 2024', 'Jane Roe', row, lede, second].join('\n\n')).paragraphs).toEqual([lede, second])
    const byline = parseStory([title, 'By Jane Roe · Staff Writer · March 3, 2024', lede, second].join('\n\n'))
    expect(byline.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(byline.paragraphs).toEqual([lede, second])
    const stops = 'The new boats will call at Port Alder · Gull Island · North Quay · Harlow, the board said.'
    expect(parseStory([title, lede, stops, second].join('\n\n')).paragraphs).toEqual([lede, stops, second])
  })

  it('drops bulleted field labels with their short values, but keeps a list the story tells', () => {
    expect(parseStory([title, lede, '• Country:', '• India', second].join('\n')).paragraphs).toEqual([lede, second])
    const list = ['• What changes:', '• Two early sailings a week from April', '• A later last boat on Fridays.']
    expect(parseStory([title, lede, ...list, second].join('\n')).paragraphs).toEqual([lede, ...list, second])
  })

  it('drops a picture credit alone in brackets over the lede, and keeps a paragraph that closes on a courtesy', () => {
    const story = parseStory([title, '(Courtesy : Harbour Images)', lede, second].join('\n\n'))
    expect(story.paragraphs).toEqual([lede, second])
    const lent = 'The two spare boats are on loan for the summer (courtesy of the neighbouring island council).'
    expect(parseStory([title, lede, lent, second].join('\n\n')).paragraphs).toEqual([lede, lent, second])
  })

  it('drops an Instagram embed and a video teaser in the story, but keeps a sentence that opens with "Watch:" and a "Watch:" headline', () => {
    const story = parseStory([title, lede, 'View this post on Instagram', 'Watch: Harbour board meeting highlights', 'WATCH | Crews rehearse the early crossing', 'LISTEN | Islanders on the early boats', second].join('\n\n'))
    expect(story.paragraphs).toEqual([lede, second])
    const clip = 'Watch: the clip shows the first boat leaving the quay before dawn.'
    expect(parseStory([title, lede, clip, second].join('\n\n')).paragraphs).toEqual([lede, clip, second])
    const video = parseStory(['Watch: Crowds cheer as the first early ferry leaves Port Alder', 'March 3, 2024', lede, second].join('\n\n'))
    expect(video.headline).toBe('Watch: Crowds cheer as the first early ferry leaves Port Alder')
    expect(parseStory(['WATCH: Crowds cheer as the first early ferry leaves Port Alder', lede, second].join('\n\n')).headline).toBe('WATCH: Crowds cheer as the first early ferry leaves Port Alder')
  })

  it('ends the story at its date line when teasers follow it, but keeps the story going on under a date line', () => {
    const teasers = ['Island school asks for an earlier ferry', 'PORT ALDER: The island school has asked the U.K. operator for a boat that leaves before', 'Quay repairs finish a month early', 'PORT ALDER: Repairs to the old quay finished a month ahead of the date the']
    const story = parseStory([title, lede, second, 'Publish Date : 14 April 2019 07:05 AM', ...teasers].join('\n\n'))
    expect(story.paragraphs).toEqual([lede, second])
    expect(story.publishedAt).toBe('2019-04-14T07:05:00.000Z')
    const subhead = 'Crews ready'
    const going = parseStory([title, lede, second, 'Publish Date : 14 April 2019 07:05 AM', subhead, last].join('\n\n'))
    expect(going.paragraphs).toEqual([lede, second, subhead, last])
  })

  it('ends the story at a separator with another story under it, but keeps a story set in parts by separators', () => {
    const dated = `Lalitpur, Jun 3: ${lede}`
    const next = ['Villagers block road demanding bridge repairs', 'Dhading, Jun 3: Residents of two villages blocked the district road on Tuesday, demanding repairs to a bridge.']
    expect(parseStory([title, dated, second, '—', ...next].join('\n\n')).paragraphs).toEqual([dated, second])
    const parts = parseStory([title, lede, second, '—', 'The crews’ view', last].join('\n\n'))
    expect(parts.paragraphs).toEqual([lede, second, 'The crews’ view', last])
  })

  it('drops a newsroom’s promise of updates after the story, but keeps sentences that only sound like one', () => {
    for (const note of ['We will update this story as more information becomes available.', 'Stay with Channel 9 News for updates.', 'Stay tuned for updates.', 'More details to come.']) {
      expect(parseStory([title, lede, second, note].join('\n\n')).paragraphs).toEqual([lede, second])
    }
    const kept = ['We will update the timetable as more sailings are added, the board said.', 'Stay with the group for the walk back to the quay, guides told visitors.', 'Stay with the guide for the walk back to the quay.', 'More details to come in the spring budget.']
    expect(parseStory([title, lede, ...kept, second].join('\n\n')).paragraphs).toEqual([lede, ...kept, second])
  })

  it('drops an embed’s buttons and notices between paragraphs, but keeps a sentence that names the platform', () => {
    const leftovers = ['Watch on YouTube', 'Play Video', 'Tap to unmute', 'This video cannot be played', 'View on Instagram', 'Instagram post']
    expect(parseStory([title, lede, ...leftovers, second].join('\n\n')).paragraphs).toEqual([lede, second])
    const named = 'Watch on YouTube as the crews rehearse the crossing, the board told islanders.'
    expect(parseStory([title, lede, named, second].join('\n\n')).paragraphs).toEqual([lede, named, second])
  })
})

describe('lines over the lede', () => {
  const lede = 'The harbour board approved a new dredging contract on Tuesday after two years of delays, the board chair said in a statement after the meeting.'
  const second = 'Work on the outer channel is due to start in the spring and to take about eight months, the statement said.'
  it('keeps a short lede that is a sentence of reporting, a picture with a credit alone under it', () => {
    const short = 'The harbour board approved a new dredging contract on Tuesday.'
    const story = parseStory(['Board approves dredging contract', 'By Sam Lee', short, '© Provided by Example Photo Service', second].join('\n\n'))
    expect(story.paragraphs[0]).toBe(short)
  })
  it('keeps a short lede told with a participle that has a verb of its own', () => {
    for (const short of ['A man walking his dog found the missing boat on the beach on Sunday.', 'The annual meeting of the harbour board takes place on Friday.']) {
      const story = parseStory(['Board notes', 'By Sam Lee', short, second].join('\n\n'))
      expect(story.paragraphs[0]).toBe(short)
    }
  })
  it('drops a caption told with a participle, and a prompt ending in a colon, over the lede', () => {
    const story = parseStory(['Board approves dredging contract', 'By Sam Lee', 'A dredger working in the outer channel at dawn.', 'Get Example News in your Inbox:', lede, second].join('\n\n'))
    expect(story.paragraphs[0]).toBe(lede)
  })
  it('keeps a line ending in a colon that introduces a quotation', () => {
    const intro = 'The board chair put it this way:'
    const quote = '"We have waited two years for this contract, and the channel cannot wait any longer, because the ships are getting bigger every year."'
    const story = parseStory(['Board approves dredging contract', 'By Sam Lee', intro, quote, second].join('\n\n'))
    expect(story.paragraphs[0]).toBe(intro)
  })
  it('keeps a roundup’s first subhead printed right over its paragraph', () => {
    const story = parseStory(['Ports roundup', 'By Sam Lee', `Eastport\n${lede}`, `Westport\n${second}`].join('\n\n'))
    expect(story.paragraphs[0]).toBe('Eastport')
  })
  it('drops a place or institution label set apart over the lede', () => {
    const story = parseStory(['Board approves dredging contract', 'By Sam Lee', 'Port Authority of Eastport, Lakeside', lede, second].join('\n\n'))
    expect(story.paragraphs[0]).toBe(lede)
  })
})

describe('a site’s links under the story', () => {
  const head = ['Ferry fares to rise in spring', 'By Sam Lee', 'The island ferry operator will raise fares by six percent from April, it said on Monday, blaming higher fuel and crew costs.', 'Season tickets for residents will rise by half as much, the operator said.']
  it('keeps a single closing question and a single short closing line', () => {
    for (const closing of ['Will the islanders pay?', 'Will the islanders pay the new fares this summer?']) {
      const story = parseStory([...head, closing].join('\n\n'))
      expect(story.paragraphs.at(-1)).toBe(closing)
    }
  })
  it('keeps a closing list of full sentences set as bullets', () => {
    const list = ['• Adult singles rise to 12 crowns.', '• Cars rise to 40 crowns.']
    const story = parseStory([...head, ...list].join('\n\n'))
    expect(story.paragraphs.slice(-2)).toEqual(list)
  })
  it('drops a heading and its titles, questions and cut teasers', () => {
    const story = parseStory([...head, 'More for you', 'Harbour board names a new chair', 'Why Are Island Rents Rising So Fast?', 'The harbour board said on Friday that its new chair would...'].join('\n\n'))
    expect(story.paragraphs.at(-1)).toBe(head.at(-1))
  })
  it('drops a lone bulleted title under the last paragraph', () => {
    const story = parseStory([...head, '• Is the island ready for bigger ferries?'].join('\n\n'))
    expect(story.paragraphs.at(-1)).toBe(head.at(-1))
  })
})

describe('desks named alone', () => {
  const head = ['Ferry fares to rise in spring', 'The island ferry operator will raise fares by six percent from April, it said on Monday, blaming higher fuel and crew costs.']
  it('signs with an agency’s initials or an outlet’s name alone under the story, but not with a closing label or button', () => {
    expect(parseStory([...head, 'KTR'].join('\n\n')).authors).toEqual([{ kind: 'desk', name: 'KTR' }])
    expect(parseStory([...head, '*Harbour News'].join('\n\n')).authors).toEqual([{ kind: 'desk', name: 'Harbour News' }])
    for (const closing of ['END', 'MORE', 'Share This Post', 'More Top News']) expect(parseStory([...head, closing].join('\n\n')).authors).toEqual([])
  })
  it('signs with an outlet in brackets closing the last paragraph, not with a person’s name in brackets', () => {
    expect(parseStory([...head[0]!.split('\n'), `${head[1]} (Harbour Gazette)`].join('\n\n')).authors).toEqual([{ kind: 'desk', name: 'Harbour Gazette' }])
    expect(parseStory([...head[0]!.split('\n'), `${head[1]} (Jane Roe)`].join('\n\n')).authors).toEqual([])
  })
  it('keeps a name alone over the lede as the byline unless the lede names that person', () => {
    const summary = 'The operator says costs have risen for the third year running and it has no choice'
    expect(parseStory([head[0], summary, 'Jane Roe', head[1]].join('\n\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseStory([head[0], summary, 'Jane Roe', `${head[1]!.slice(0, -1)}, said its director Jane Roe.`].join('\n\n')).authors).toEqual([])
  })
})

describe('a question closing the story', () => {
  it('stays when the line under it is no link (a bio without its full stop goes)', () => {
    const story = parseStory(['Ferry fares to rise in spring', 'By Sam Lee', 'The island ferry operator will raise fares by six percent from April, it said on Monday, blaming higher fuel and crew costs.', 'Will the islanders keep paying?', 'Sam Lee writes about the islands'].join('\n\n'))
    expect(story.paragraphs.at(-1)).toBe('Will the islanders keep paying?')
  })
})

describe('headline words the story echoes', () => {
  const lede = 'Stalls selling jam, cakes and plants raised more than four thousand pounds for the village hall roof on Saturday, organisers said.'
  const rest = 'The tombola alone brought in six hundred pounds, and a brass band played through the afternoon.'
  it('keeps a short title the story never echoes when nothing else competes', () => {
    expect(parseStory(['A Grand Day Out', 'By Jane Roe', 'June 4, 2023', lede, rest].join('\n\n')).headline).toBe('A Grand Day Out')
  })
  it('keeps a title set in capitals when the story takes up its words', () => {
    expect(parseStory(['VILLAGE FETE RAISES FOUR THOUSAND POUNDS FOR HALL ROOF', 'June 4, 2023', lede, rest].join('\n\n')).headline).toBe('VILLAGE FETE RAISES FOUR THOUSAND POUNDS FOR HALL ROOF')
  })
  it('passes over a label the story never echoes for the title under the date that it does', () => {
    expect(parseStory(['Life & Leisure', 'June 4, 2023', 'Village fete raises four thousand pounds for hall roof', lede, rest].join('\n\n')).headline).toBe('Village fete raises four thousand pounds for hall roof')
  })
})

describe('a dateline with its agency and date, and a teaser cut short', () => {
  const lede = 'The island ferry operator will raise fares by six percent from April, it said on Monday, blaming higher fuel and crew costs.'
  const second = 'Season tickets will rise by less, the operator added.'
  it('reads the date from a dateline whose place is set in title case, and the agency there signs when no one else does', () => {
    const story = parseStory(['Ferry fares to rise in spring', 'Ferry fares to rise in spring', 'Port Alder, Northland (AFP) Mar 4, 2019 -', lede, second].join('\n'), { timeZone: 'UTC' })
    expect(story.headline).toBe('Ferry fares to rise in spring')
    expect(story.publishedAt).toBe('2019-03-04T00:00:00.000Z')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'AFP' }])
    const signed = parseStory(['Ferry fares to rise in spring', 'Port Alder, Northland (AFP) Mar 4, 2019 -', 'By Jane Roe', lede, second].join('\n'), { timeZone: 'UTC' })
    expect(signed.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
  it('drops a few words cut off mid-sentence under the story, but keeps a closing quote that trails off', () => {
    expect(parseStory(['Ferry fares to rise in spring', lede, second, 'On the north route t ...'].join('\n\n')).paragraphs.at(-1)).toBe(second)
    expect(parseStory(['Ferry fares to rise in spring', lede, second, '“We will see ...”'].join('\n\n')).paragraphs.at(-1)).toBe('“We will see ...”')
  })
})

describe('signatures under the story', () => {
  const head = ['Barn fire destroys winter hay store', 'Crews from Valley Channel 9’s area spent an hour on a barn fire at the Mill Lane farm on Saturday, the fire service said.', 'Valley Channel 9 spoke to the farmer, who said neighbours had offered to lend him feed.']
  it('reads a reporter’s sign-off naming the newsroom the story names, and drops it from the body', () => {
    const story = parseStory([...head, 'Tom Harkin Valley Channel 9.'].join('\n\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Tom Harkin' }])
    expect(story.paragraphs.at(-1)).toBe(head[2])
  })
  it('keeps a closing line whose tail the story never names, or whose name the story names', () => {
    expect(parseStory([...head, 'Ruth Calloway Mill Lane Stores.'].join('\n\n')).authors).toEqual([])
    const named = parseStory([head[0], head[1], 'Tom Harkin, the farmer, thanked Valley Channel 9 viewers.', 'Tom Harkin Valley Channel 9.'].join('\n\n'))
    expect(named.authors).toEqual([])
  })
  it('reads "Written by" in a blog footer with its category under it, but not a category alone', () => {
    expect(parseStory([...head, 'Written by Ruth Calloway', 'Posted in notebook'].join('\n\n')).authors).toEqual([{ kind: 'person', name: 'Ruth Calloway' }])
    expect(parseStory([...head, 'Posted in notebook', 'Leave a Reply'].join('\n\n')).authors).toEqual([])
  })
})

describe('an agency named alone between the summary and the lede', () => {
  const title = 'Airline shares slide after fuel bill jumps'
  const deck = 'But the carrier says summer bookings are running ahead of last year.'
  const lede = 'Shares in Northwind Air fell 6 percent on Thursday, a day after the carrier said its quarterly fuel bill had risen by a third.'
  const more = 'The carrier said it would add two routes in the autumn.'
  it('signs when the lede is printed right under it', () => {
    const story = parseStory([title, '', deck, '', 'AFP', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'AFP' }])
    expect(story.paragraphs[0]).toBe(lede)
  })
  it('does not sign when the lede names it as a source', () => {
    const named = `${lede.slice(0, -1)}, AFP reported.`
    expect(parseStory([title, '', deck, '', 'AFP', named, '', more].join('\n')).authors).toEqual([])
  })
})

describe('a caption closed by a bare picture label', () => {
  const title = 'Harbour contract inquiry ends'
  const lede = 'A tribunal cleared three council officials of any wrongdoing in awarding the harbour dredging contract on Tuesday.'
  it('drops "… . File picture" as the picture’s caption, not a paragraph', () => {
    const story = parseStory([title, 'The officials outside the tribunal in March. File picture', lede, 'The inquiry cost the council several hundred thousand euro.'].join('\n\n'))
    expect(story.paragraphs).not.toContain('The officials outside the tribunal in March. File picture')
    expect(story.paragraphs[0]).toBe(lede)
  })
  it('keeps a sentence that speaks of file photos', () => {
    const kept = 'The council kept the old maps on file. Library photos show the quay in 1910.'
    expect(parseStory([title, lede, kept].join('\n\n')).paragraphs).toContain(kept)
  })
})

describe('an outlet and its city under the date', () => {
  const title = 'Port Authority names new harbour master'
  const lede = 'The Port Authority on Sunday named a new harbour master for Takoradi, ending a search that had left the post empty for eight months.'
  it('signs as a desk right under the date line', () => {
    expect(parseStory([title, '30 April 2023', 'Coastal Ledger (Takoradi)', lede].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Coastal Ledger' }])
  })
  it('signs nothing and stays where the story lists places in its own words', () => {
    const listed = parseStory([title, '30 April 2023', lede, 'Western Region (Takoradi)', 'The new master starts in June.'].join('\n\n'))
    expect(listed.authors).toEqual([])
    expect(listed.paragraphs).toContain('Western Region (Takoradi)')
  })
})

describe('two title-shaped lines over the byline', () => {
  const lede = 'The city council is prepared to hire private bailiffs to recover unpaid parking fines, its deputy treasurer said on Friday, after the backlog of unpaid fines passed forty thousand.'
  const more = 'If the fines were still unpaid by the end of the month, private bailiffs could be called in, he said.'
  it('keeps the lower one when the story does not echo the upper one far better', () => {
    const story = parseStory(['Town Hall Diary: Money Matters This Week', 'Council may hire private bailiffs over unpaid parking fines', 'By Helen Ashdown', lede, more].join('\n'))
    expect(story.headline).toBe('Council may hire private bailiffs over unpaid parking fines')
  })
})

describe('a caption closed by who took the picture', () => {
  const lede = 'Border guards closed the main crossing on Wednesday, leaving hundreds of lorries queued along the highway.'
  it('keeps a sentence that tells of a photograph in the story’s words', () => {
    const kept = 'The guards would not say why. A photo by a driver showed the queue stretching past the town.'
    expect(parseStory(['Border crossing closed', lede, kept, 'Farmers asked for perishable goods to go first.'].join('\n\n')).paragraphs).toContain(kept)
  })
})

describe('a link prompt in the story', () => {
  const lede = 'A regional hospital group said on Monday that it had treated twice as many adult measles cases this spring as last year.'
  it('keeps a sentence that reports someone telling readers to click', () => {
    const kept = 'To find a clinic, click here, the group said in its post.'
    const quoted = 'For help, click here, said the notice on its website.'
    const story = parseStory(['Measles cases rise', lede, kept, quoted, 'Two walk-in clinics have opened.'].join('\n\n'))
    expect(story.paragraphs).toContain(kept)
    expect(story.paragraphs).toContain(quoted)
  })
})

describe('a feed’s repost credit', () => {
  const lede = 'County fire investigators say a blaze that destroyed a furniture warehouse on Harbor Road early Saturday was started deliberately.'
  it('signs with the outlet named before the link, not with a person so named', () => {
    expect(parseStory(['Warehouse blaze was arson', lede, 'from Eastfield Courier https://example.com/a?fromrss=1'].join('\n\n')).authors).toEqual([{ kind: 'desk', name: 'Eastfield Courier' }])
    expect(parseStory(['Warehouse blaze was arson', lede, 'from Jane Roe https://example.com/a'].join('\n\n')).authors).toEqual([])
  })
})

describe('a lede opening with its place in title case and an em dash', () => {
  it('keeps the first paragraph when the one under it opens with a name and a dash of its own', () => {
    const first = 'The harbour master said on Monday that two boats had been set alight overnight and that police were looking for a man on a bicycle.'
    const second = 'Ruth Avery — The inspector in charge said officers would patrol the quay every night this week.'
    expect(parseStory(['Boats set alight in harbour', first, second].join('\n\n')).paragraphs[0]).toBe(first)
  })
})

describe('finding the chrome rule of a line', () => {
  it('finds the same first rule as asking each rule in turn, for every line of the corpus and with a site rule of its own', () => {
    const dir = path.join('test', 'fixtures', 'pages')
    const lines = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => fs.readFileSync(path.join(dir, name), 'utf8').split('\n'))
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
    const own = siteChromeRules(JSON.stringify([{ pattern: '^(\\w+) again \\1$', reason: 'echo' }, { pattern: '^Harbour (?<part>desk)$', reason: 'desk' }]))
    for (const rules of [defaultChromeRules, [...own, ...defaultChromeRules]]) {
      const find = chromeRuleFinder(rules)
      const reported = /\b(?:said|says|told|according)\b/i
      const slow = (line: string) => rules.find((rule) => !(line.length > (rule.maxLength ?? Infinity)) && rule.pattern.test(line) && !(rule.keepsReports && reported.test(line)))
      for (const line of [...lines, 'twice again twice', 'Harbour desk', 'Loading...', 'Share this article']) expect([line, find(line)?.reason]).toEqual([line, slow(line)?.reason])
    }
    expect(lines.filter((line) => chromeRuleFinder(defaultChromeRules)(line)).length).toBeGreaterThan(100)
  })
})

describe('newsroom names in a byline', () => {
  const lede = 'The council voted on Monday to keep the old library open for another two years while a new site is found for it.'
  const page = (byline: string, top = 'Ledger Harbour') => [`${top} logo`, 'Library stays open for two more years', byline, lede, 'The vote was eleven to four.'].join('\n\n')
  it('reads a byline that ends in an agency’s name, or repeats the logo’s name, as a desk', () => {
    expect(parseStory(page('By Thomson Reuters')).authors).toEqual([{ kind: 'desk', name: 'Thomson Reuters' }])
    expect(parseStory(page('By Ledger Harbour')).authors).toEqual([{ kind: 'desk', name: 'Ledger Harbour' }])
  })
  it('keeps a person whose name is not the logo’s, and a surname that is also a company’s name', () => {
    expect(parseStory(page('By Ledger Hart')).authors).toEqual([{ kind: 'person', name: 'Ledger Hart' }])
    expect(parseStory(page('By Michael Bloomberg')).authors).toEqual([{ kind: 'person', name: 'Michael Bloomberg' }])
  })
})

describe('a date row with the place and the agency', () => {
  const lede = 'The river rose above its banks on Sunday night and the fire brigade moved forty families from the lower streets to the school hall.'
  const page = (row: string) => ['Floods reach the lower town', row, lede, 'The water began to fall on Monday afternoon.'].join('\n\n')
  it('reads the agency after the place, and the day with the comma glued to the year', () => {
    const story = parseStory(page('02 October,2022 08:15 AM IST | Port Alder | PTI'), { timeZone: 'Asia/Kolkata' })
    expect(story.authors).toEqual([{ kind: 'desk', name: 'PTI' }])
    expect(story.publishedAt).toBe('2022-10-02T02:45:00.000Z')
  })
  it('keeps the person of a byline row that opens with the name', () => {
    expect(parseStory(page('Jane Roe | AP | October 2, 2022')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'AP' }])
  })
  it('takes no caption with its picture credit ("Name. Pic/AFP") for a byline', () => {
    expect(parseStory(['Floods reach the lower town', 'Jane Roe. Pic/AFP', lede].join('\n\n')).authors).toEqual([])
  })
})

describe('a desk in brackets in the dateline', () => {
  const rest = 'The road will stay closed until the bridge has been inspected by the engineers from the capital.'
  it('signs the story with the site’s desk', () => {
    const lede = 'PORT ALDER (Harbour Web Desk) A lorry struck the old stone bridge on Monday night and cracked one of its arches, the police said.'
    expect(parseStory(['Lorry cracks old bridge', lede, rest].join('\n\n')).authors).toEqual([{ kind: 'desk', name: 'Harbour Web Desk' }])
  })
  it('signs the story with an agency or outlet named in the dateline when no byline names anyone', () => {
    const sign = (lede: string, ...above: string[]) => parseStory(['Lorry cracks old bridge', ...above, lede, rest].join('\n\n')).authors
    const said = 'A lorry struck the old stone bridge on Monday night and cracked one of its arches, the police said.'
    expect(sign(`PORT ALDER (Reuters) - ${said}`)).toEqual([{ kind: 'desk', name: 'Reuters' }])
    expect(sign(`PORT ALDER/NORTHWICK, Vale (Reuters) — ${said}`)).toEqual([{ kind: 'desk', name: 'Reuters' }])
    expect(sign(`SANDOWN, St Aubin (CMC) — ${said}`)).toEqual([{ kind: 'desk', name: 'CMC' }])
    expect(sign(`(Harbour News) – ${said}`)).toEqual([{ kind: 'desk', name: 'Harbour News' }])
    expect(sign(`Alder, May 4 (IANS) ${said}`)).toEqual([{ kind: 'desk', name: 'IANS' }])
    // A person's byline wins; the bracket adds nothing.
    expect(sign(`PORT ALDER (Reuters) - ${said}`, 'By Jane Roe')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
  it('takes no bracket mid-sentence, in a later paragraph, or naming a person, as the author', () => {
    const sign = (...paragraphs: string[]) => parseStory(['Lorry cracks old bridge', ...paragraphs].join('\n\n')).authors
    const plain = 'A lorry struck the old stone bridge on Monday night and cracked one of its arches, the police told the paper (City News Desk) later.'
    expect(sign(plain, rest)).toEqual([])
    expect(sign('The agency (Reuters) said a lorry struck the old stone bridge on Monday night and cracked one of its arches.', rest)).toEqual([])
    expect(sign('The Agency (Reuters) said a lorry struck the old stone bridge on Monday night and cracked one of its arches.', rest)).toEqual([])
    expect(sign(plain, rest, 'Officials said the repair would take weeks and cost more than the council had set aside for roads this year.', 'PORT ALDER (Reuters) - The road will stay closed until the bridge has been inspected by the engineers.')).toEqual([])
    expect(sign('PORT ALDER (Jane Roe) - A lorry struck the old stone bridge on Monday night and cracked one of its arches.', rest)).toEqual([])
  })
})

describe('a sign-off block under the story', () => {
  const body = ['Clinic opens at Asafo', 'The assembly handed over a new clinic on Tuesday, and the chief thanked the district for the building and its equipment.', 'The clinic will open to patients from Monday.']
  it('reads "BY : NAME" over a role in capitals as the author', () => {
    expect(parseStory([...body, 'BY : ESI MANSA OWUSU\nDISTRICT INFORMATION OFFICER\nASAFO DISTRICT'].join('\n\n')).authors).toEqual([{ kind: 'person', name: 'Esi Mansa Owusu' }])
  })
  it('takes no "By: Name" over another story’s title for the author', () => {
    expect(parseStory([...body, 'By: Jane Roe\nCouncil Approves Budget For The Coming Year\nMarket Hall To Reopen'].join('\n\n')).authors).toEqual([])
  })
})

describe('date rows with an outlet, a source or an empty byline label', () => {
  const lede = 'The harbour board approved a new timetable for the island ferry on Monday, adding two evening crossings in summer.'
  const rest = 'The changes take effect in May, the board said in a statement after its monthly meeting.'
  const parse = (...above: string[]) => parseStory(['Ferry timetable approved', ...above, lede, rest].join('\n\n'), { timeZone: 'UTC' })
  it('reads "<Outlet> <date> Last update: … ago" as the date and the outlet as a desk', () => {
    const story = parse('Alder Independent Thursday, 29 September 2005, 00:00 Last update: about 12 years ago')
    expect(story.publishedAt).toBe('2005-09-29T00:00:00.000Z')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Alder Independent' }])
    expect(parse('By Jane Roe', 'Alder Independent Thursday, 29 September 2005, 00:00').authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    // A person's name beside the date stays a person's byline.
    expect(parse('Jane Roe Thursday, 29 September 2005, 00:00').authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
  it('reads "<date> Source: x" as the date and the source as a desk when no one signs', () => {
    const story = parse('Wed, 4 Jun 2003 Source: hna')
    expect(story.publishedAt).toBe('2003-06-04T00:00:00.000Z')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'hna' }])
    expect(parse('By Jane Roe', 'Wed, 4 Jun 2003 Source: hna').authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    const sentence = 'Source: the board said on Wed, 4 Jun 2003 that the crossing would close for the winter months.'
    expect(parse('Wed, 4 Jun 2003', sentence).authors).toEqual([])
  })
  it('reads "By | <stamp> <date>|<category>|0 Comments" as the date, the stamp as the update, signed by no one', () => {
    const story = parse('By | 2017-06-15T15:59:46+00:00 4 July 2012|Island Ferries|0 Comments')
    expect(story.publishedAt).toBe('2012-07-04T00:00:00.000Z')
    expect(story.modifiedAt).toBe('2017-06-15T15:59:46.000Z')
    expect(story.authors).toEqual([])
    // Under the story, after a picture's file name and over the writer's bio and the comment form: a date row, no comment.
    const foot = parseStory(['Ferry timetable approved', lede, rest, 'Harbour View.jpg', 'By | 2017-06-15T15:59:46+00:00 4 July 2012|Island Ferries|0 Comments', 'About the Author:', 'Jane Roe is a travel writer who has covered the island ferries for many years.', 'Leave A Comment'].join('\n\n'), { timeZone: 'UTC' })
    expect(foot.publishedAt).toBe('2012-07-04T00:00:00.000Z')
    expect(foot.paragraphs.at(-1)).toBe(rest)
    // The same day twice is one publication.
    expect(parse('By | 2012-07-04T15:59:46+00:00 4 July 2012|Island Ferries|0 Comments').modifiedAt ?? null).toBeNull()
  })
  it('takes an outlet in capitals with a dangling separator between the date lines as a desk, and no section label', () => {
    expect(parse('Jun 3, 2021', 'HARBR |', 'Jun 3, 2021').authors).toEqual([{ kind: 'desk', name: 'HARBR' }])
    expect(parse('Jun 3, 2021', 'NEWS |', 'Jun 3, 2021').authors).toEqual([])
    expect(parse('Jun 3, 2021', 'HARBR |', 'Jun 3, 2021', 'By Jane Roe').authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})

describe('bylines at the foot and desk roles', () => {
  const lede = 'The harbour board approved a new timetable for the island ferry on Monday, adding two evening crossings in summer.'
  const rest = 'The changes take effect in May, the board said in a statement after its monthly meeting.'
  const parse = (...lines: string[]) => parseStory(['Ferry timetable approved', ...lines].join('\n\n'), { timeZone: 'UTC' })
  it('reads "(By Name)" alone closing the story as the author', () => {
    const story = parse(lede, rest, '(By Jane Roe)', 'Comments')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.paragraphs.at(-1)).toBe(rest)
    expect(parse('By John Doe', lede, rest, '(By Jane Roe)').authors).toEqual([{ kind: 'person', name: 'John Doe' }])
  })
  it('keeps a bracketed sentence opening with "By" and a credit mid-story out of the byline', () => {
    const story = parse(lede, rest, '(By then the board had already voted to keep the winter fares as they were.)')
    expect(story.authors).toEqual([])
    expect(story.paragraphs.at(-1)).toBe('(By then the board had already voted to keep the winter fares as they were.)')
    expect(parse(lede, '(By Jane Roe)', rest, 'The new timetable will be posted at the harbour office from next week.').authors).toEqual([])
  })
  it('reads "By Name" over the previous/next article links as the author, and not over another title', () => {
    expect(parse(lede, rest, 'By Jane Roe', 'Previous articleCouncil backs new market hall', 'Next articleSchool roof to be mended').authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parse(lede, rest, 'By Jane Roe', 'Council Backs New Market Hall', 'School Roof To Be Mended').authors).toEqual([])
  })
  it('takes "By XY Correspondent, City" as one desk, and a person with a role as the person', () => {
    expect(parse('By HT Correspondent, Port Alder', lede, rest).authors).toEqual([{ kind: 'desk', name: 'HT Correspondent' }])
    expect(parse('By Our Special Correspondent, Port Alder', lede, rest).authors).toEqual([{ kind: 'desk', name: 'Our Special Correspondent' }])
    expect(parse('By Jane Roe, Staff Correspondent', lede, rest).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
  it('reads an "About the Author:" bio opening with the name as the author only when nothing signs', () => {
    const bio = 'Jane Roe is a travel writer who has covered the island ferries for many years.'
    expect(parse(lede, rest, 'About the Author:', bio, 'Leave A Comment').authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parse('By John Doe', lede, rest, 'About the Author:', bio, 'Leave A Comment').authors).toEqual([{ kind: 'person', name: 'John Doe' }])
    expect(parse(lede, rest, 'About the Author:', 'The harbour board is a public body that runs the island ferries and the port.', 'Leave A Comment').authors).toEqual([])
  })
})

describe('a date label with no value', () => {
  const lede = 'The harbour board approved a new timetable for the island ferry on Monday, adding two evening crossings in summer.'
  const rest = 'The changes take effect in May, the board said in a statement after its monthly meeting.'
  it('takes "- Published" with no date after it for nothing', () => {
    const story = parseStory(['Ferry timetable approved', '- Published', lede, rest].join('\n'), { timeZone: 'UTC' })
    expect(story.paragraphs[0]).toBe(lede)
    expect(story.authors).toEqual([])
    expect(story.publishedAt).toBeNull()
  })
  it('still reads the label with its value, and keeps a sentence that opens with the word', () => {
    expect(parseStory(['Ferry timetable approved', '- Published 4 June 2023', lede, rest].join('\n'), { timeZone: 'UTC' }).publishedAt).toBe('2023-06-04T00:00:00.000Z')
    const sentence = 'Published in 1952, the first timetable listed only one crossing a day in winter.'
    expect(parseStory(['Ferry timetable approved', lede, sentence, rest].join('\n'), { timeZone: 'UTC' }).paragraphs).toContain(sentence)
  })
})

describe('a title over a second title-shaped line, over the story', () => {
  const lede = 'The council approved a new harbour wall in Eastvale on Tuesday after two winters of flooding, officials said.'
  const more = 'Work on the wall is due to start in the spring and to take a year.'

  it('keeps a lower headline under a shorter kicker that speaks of the same story', () => {
    const story = parseStory(['Eastvale harbour works', '', 'Council approves new harbour wall in Eastvale', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Council approves new harbour wall in Eastvale')
  })

  it('keeps a headline told with a participle when no title sits above it', () => {
    const story = parseStory(['Monday, 1 December 2014', '', 'Residents fleeing the floods in Eastvale', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Residents fleeing the floods in Eastvale')
  })

  it('keeps a short subhead told with a participle that sits between paragraphs', () => {
    const story = parseStory(['Council approves new harbour wall', '', lede, '', 'Workers clearing the old quay', '', more, '', 'The wall will cost four million pounds, the council said.'].join('\n'))
    expect(story.paragraphs).toContain('Workers clearing the old quay')
  })

  it('keeps a picture-credit-shaped sentence in the story as a paragraph', () => {
    const credit = 'Photo courtesy of the harbour trust shows the old quay before the storm, the council said in its report.'
    const story = parseStory(['Council approves new harbour wall', '', lede, '', credit, '', more].join('\n'))
    expect(story.paragraphs).toContain(credit)
  })
})

describe('a short title under a date, and a title in title case', () => {
  const lede = 'The council approved a new harbour wall in Eastvale on Tuesday after two winters of flooding, officials said.'
  const more = 'Work on the wall is due to start in the spring and to take a year.'

  it('still reads a name under the date as the byline when a title sits above them', () => {
    const story = parseStory(['Council approves new harbour wall', 'March 3, 2024', 'Jane Roe', lede, more].join('\n'))
    expect(story.headline).toBe('Council approves new harbour wall')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })

  it('does not take a summary sentence with a full stop for the title over a title-shaped line', () => {
    const story = parseStory(['Council approves new harbour wall', '', 'The council said the wall would be finished next year.', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Council approves new harbour wall')
  })
})

describe('a summary printed over the story and again as its last paragraph', () => {
  const summary = 'That sent the second seed Mira Holt into the semi-finals and forced the organisers to move the evening matches to the main court'
  const lede = 'Lena Varga, who has missed most of the season with a shoulder injury after reaching last year’s final, withdrew from the Lakeside Open on Tuesday.'

  it('is the summary, not the headline, even when a row the parser does not read sits between it and the title', () => {
    const story = parseStory(['Varga withdraws with shoulder injury', '', '12 June,2023 09:15 AM IST |  Lakeside  |  Example Wire', '', summary, '', lede, '', `${summary}.`, '', 'Related Stories'].join('\n'))
    expect(story.headline).toBe('Varga withdraws with shoulder injury')
    expect(story.paragraphs.at(-1)).toBe(`${summary}.`)
  })

  it('still takes a long headline printed again without a full stop in a list under the story', () => {
    const title = 'Varga withdraws from the Lakeside Open with a shoulder injury on the eve of her quarter-final'
    const story = parseStory([title, '', lede, '', 'The tournament said Holt would go through to the semi-finals.', '', 'Related Stories', '', title].join('\n'))
    expect(story.headline).toBe(title)
  })
})

describe('unheaded furniture under the story: comment rules, a platform footer, a category label, photo captions', () => {
  const lede = 'The council approved a new harbour wall in Eastvale on Tuesday after two winters of flooding, officials said.'
  const more = 'Work on the wall is due to start in the spring and to take a year.'
  const parse = (lines: string[]) => parseStory(['Council approves new harbour wall', '', ...lines].join('\n'))

  it('ends the story at a comment policy, a "Powered by" footer, an agency initials line and a category label', () => {
    for (const notice of ['Comments which are abusive will be removed.', 'Eastvale Post reserves the right to remove any comments.', 'Powered by Blogger.', 'Read The Rest: example.org', '(ENA)', 'Category: Local News']) {
      const story = parse([lede, '', more, '', notice, '', 'A reader wrote that the wall is far too late for the shops on the quay.'])
      expect(story.paragraphs).toEqual([lede, more])
    }
  })

  it('keeps sentences that speak of comments, power and categories', () => {
    const keep = [
      'The council said comments on the plan will be removed from the public file after six months.',
      'Residents who left comments reserve the right to speak at the hearing, the clerk told the meeting.',
      'Powered by two new pumps, the station can clear the quay in an hour.',
      'Category three storms have hit the coast twice since 2010.',
    ]
    for (const sentence of keep) expect(parse([lede, '', sentence, '', more]).paragraphs).toContain(sentence)
  })

  it('drops a caption with an image credit or an agency, keeps sentences about pictures', () => {
    const story = parse(['The quay at high tide. (Photo courtesy of Eastvale Council.)', '', lede, '', 'File picture of the old quay. AP', '', more])
    expect(story.paragraphs).toEqual([lede, more])
    const keep = [
      'File photos of the flooded quay were shown to the committee on Monday.',
      'The survey (photo by the harbour trust) showed the old wall cracked in three places, the engineer said.',
    ]
    for (const sentence of keep) expect(parse([lede, '', sentence, '', more]).paragraphs).toContain(sentence)
  })
})

describe('a section label glued before the title, the title printed again close by', () => {
  const lede = 'The council approved a new harbour wall in Eastvale on Tuesday after two winters of flooding, officials said.'
  const more = 'Work on the wall is due to start in the spring and to take a year.'

  it('takes the words the two lines share for the title', () => {
    expect(parseStory(['News Local Council approves new harbour wall in Eastvale', '', 'Council approves new harbour wall in Eastvale', '', lede, '', more].join('\n')).headline).toBe('Council approves new harbour wall in Eastvale')
    expect(parseStory(['//Council approves new harbour wall in Eastvale', '', lede, '', 'Council approves new harbour wall in Eastvale', '', more].join('\n')).headline).toBe('Council approves new harbour wall in Eastvale')
  })

  it('keeps a headline that a shorter line near it merely ends like', () => {
    const story = parseStory(['Storm damage: Council approves new harbour wall in Eastvale after two winters of floods', '', 'Two winters of floods', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Storm damage: Council approves new harbour wall in Eastvale after two winters of floods')
  })
})

describe('a schedule closing the story under its own heading', () => {
  const lede = 'The Islanders named a 26-man squad for their autumn series on Monday, with three uncapped forwards included.'
  const more = 'The coach said the young players had earned their chance after a strong club season.'

  it('keeps the heading and its dated rows', () => {
    const story = parseStory(['Islanders name autumn squad', '', lede, '', more, '', 'FIXTURES:', '', 'October 4: Islanders v Valmora, Port Adley', '', 'October 11-12: Islanders v Ostland, Eastvale'].join('\n'))
    expect(story.paragraphs.slice(-3)).toEqual(['FIXTURES:', 'October 4: Islanders v Valmora, Port Adley', 'October 11-12: Islanders v Ostland, Eastvale'])
  })

  it('still drops a run of titles with no dated rows under a heading', () => {
    const story = parseStory(['Islanders name autumn squad', '', lede, '', more, '', 'Latest:', '', 'Valmora coach quits after heavy defeat', '', 'Ostland name new captain for winter tour'].join('\n'))
    expect(story.paragraphs.at(-1)).toBe(more)
  })
})

describe('date rows with a lost bracket or an empty counter label', () => {
  const lede = 'MERLOWE - Firefighters contained a fire at a grain silo on the river port early on Tuesday, the port operator said.'
  const more = 'About 300 tonnes of wheat were lost, and loading at the other silos went on through the morning.'

  it('reads an agency credit whose opening bracket was lost, its time before the date', () => {
    const story = parseStory(['Grain silo fire contained at river port', '', 'Kyodo) 09:42, March 7, 2024', '', lede, '', more].join('\n'), { timeZone: 'Asia/Tokyo' })
    expect(story.publishedAt).toBe('2024-03-07T00:42:00.000Z')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Kyodo' }])
  })

  it('reads a numeric stamp followed by a counter label with no number', () => {
    const story = parseStory(['Grain silo fire contained at river port', '', '2019/4/9 08:05:12      view:', '', lede, '', more].join('\n'), { timeZone: 'Asia/Shanghai' })
    expect(story.publishedAt).toBe('2019-04-09T00:05:12.000Z')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a sentence that ends on a count and a colon', () => {
    const line = 'The open day of 2019 drew 500 visits:'
    const story = parseStory(['Grain silo fire contained at river port', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('bylines with a link arrow or a first name and an age', () => {
  const lede = 'Towns along the northern coast are stacking sandbags and clearing drains ahead of the highest tides in a decade, officials said on Friday.'
  const more = 'The coastguard will keep two extra crews on standby through Sunday night.'
  const page = (line: string) => ['Coastal towns brace for record tides', '', line, '', lede, '', more].join('\n')

  it('drops the arrow after a signed name', () => {
    expect(parseStory(page('By Marisol Quenca ->')).authors).toEqual([{ kind: 'person', name: 'Marisol Quenca' }])
  })

  it('reads a first name alone before an age as the writer', () => {
    expect(parseStory(page('Radoslaw 3 weeks ago')).authors).toEqual([{ kind: 'person', name: 'Radoslaw' }])
  })

  it('signs nothing with a label, an agency or a section before the age', () => {
    expect(parseStory(page('About 3 weeks ago')).authors).toEqual([])
    expect(parseStory(page('Politics 2 hours ago')).authors).toEqual([])
    expect(parseStory(page('Reuters 2 hours ago')).authors).not.toContainEqual({ kind: 'person', name: 'Reuters' })
  })

  it('keeps a sentence that mentions an age', () => {
    const line = 'Residents 3 weeks ago were told to expect this.'
    expect(parseStory(page(line)).paragraphs).toContain(line)
  })
})

describe('credit lines that sign as a desk when no one else does', () => {
  const lede = 'Hundreds of bus drivers in the city walked off the job on Monday after talks over rosters and overtime pay ended without a deal.'
  const more = 'The union said the strike would go on until the transit authority returned to the table.'
  const page = (...lines: string[]) => ['Bus drivers walk out at three city depots', '', ...lines].join('\n\n')

  it('reads a closing "Sourced from X" or "The source of this news is from X" note as the desk', () => {
    expect(parseStory(page(lede, more, 'Sourced from Westvale Police')).authors).toEqual([{ kind: 'desk', name: 'Westvale Police' }])
    expect(parseStory(page(lede, more, 'The source of this news is from Darva Morning News')).authors).toEqual([{ kind: 'desk', name: 'Darva Morning News' }])
  })

  it('reads "From Associated Press." under the title and a closing "Online Editors" as the desk', () => {
    expect(parseStory(page('From Associated Press.', lede, more)).authors).toEqual([{ kind: 'desk', name: 'Associated Press' }])
    expect(parseStory(page(lede, more, 'More to follow...', 'Online Editors')).authors).toEqual([{ kind: 'desk', name: 'Online Editors' }])
  })

  it('lets a byline win over a closing credit', () => {
    expect(parseStory(page('By Jane Roe', lede, more, 'Sourced from Westvale Police')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })

  it('signs nothing with a story sentence that opens "From …" or "The source of …"', () => {
    const from = 'From Monday the depots will run a reduced timetable, the authority said.'
    const source = 'The source of this news is from a driver who asked not to be named, the paper said.'
    for (const line of [from, source]) {
      const story = parseStory(page(lede, line, more))
      expect(story.authors).toEqual([])
      expect(story.paragraphs).toContain(line)
    }
  })

  it('keeps a person named like an agency a person', () => {
    expect(parseStory(page('By Anton Presser ->', lede, more)).authors).toEqual([{ kind: 'person', name: 'Anton Presser' }])
    expect(parseStory(page('Newsome 2 days ago', lede, more)).authors).toEqual([{ kind: 'person', name: 'Newsome' }])
    expect(parseStory(page('Written by Tomas Reuter for Reuters', lede, more)).authors).toEqual([
      { kind: 'person', name: 'Tomas Reuter' },
      { kind: 'desk', name: 'Reuters' },
    ])
  })

  it('does not sign with a site masthead over its own address in the footer', () => {
    expect(parseStory(page(lede, more, 'The Kelmore Express\nwww.kelmoreexpress.com')).authors).toEqual([])
  })
})

describe("an agency's initials in brackets alone under the story", () => {
  const lede = 'The ministry confirmed on Thursday that the tender for two new inter-island ferries will be published next month.'
  const more = 'A spokesman said the specifications had been revised to include hybrid engines.'
  const page = (...lines: string[]) => ['Ministry confirms ferry tender', '', ...lines].join('\n\n')

  it('signs as the desk when no one else does', () => {
    expect(parseStory(page(lede, more, '(RNA)', '*RNA reserves the copyright to the items it files.')).authors).toEqual([{ kind: 'desk', name: 'RNA' }])
  })

  it('gives way to a byline, and an "(END)" mark signs nothing', () => {
    expect(parseStory(page('By Jane Roe', lede, more, '(RNA)')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseStory(page(lede, more, '(END)')).authors).toEqual([])
  })
})

describe('an update line under the story', () => {
  const lede = 'Port Adley: The selectors will name two squads on 12 June, one for the winter tour and one for the home series, the board said.'
  const more = 'The board wants to know early which players are fit and free to travel, a spokesman said.'

  it('reads "Updated Date:" on the day of publication as the update', () => {
    const story = parseStory(['Islanders to name squads on 12 June', '', 'PTI, June 04, 2019', '', lede, '', more, '', 'Updated Date: June 04, 2019'].join('\n'))
    expect(story.publishedAt).toBe('2019-06-04T00:00:00.000Z')
    expect(story.modifiedAt).toBe('2019-06-04T00:00:00.000Z')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('leaves a day printed twice without an update label as the publication alone', () => {
    const story = parseStory(['Islanders to name squads on 12 June', '', 'PTI, June 04, 2019', '', lede, '', more, '', 'Date: June 04, 2019'].join('\n'))
    expect(story.modifiedAt).toBeNull()
  })
})

describe('footer furniture under the story: link prompts, comment-form notices, an empty list, a site tagline', () => {
  const lede = 'Ferry crews at Kellmouth stopped work on Monday after talks over new rotas broke down, the union said.'
  const more = 'The operator said it remained open to further talks later in the week.'

  it('drops them and keeps the last paragraph', () => {
    for (const footer of [
      ['Click here for more information.'],
      ['Tap here to read the full timetable'],
      ["Here's your chance to leave a comment!", 'You must be logged in to post a comment.'],
      ['Related Stories', 'No stories found.', 'X', 'Kellmouth Quay News'],
      ['Quayside Weekly', 'The best shipping site on the web. Every port, every tide, every day of the yea'],
    ]) {
      const story = parseStory(['Ferry crews walk out over rota changes', '', lede, '', more, '', ...footer.flatMap((line) => [line, ''])].join('\n'))
      expect(story.paragraphs).toEqual([lede, more])
    }
  })

  it('keeps sentences that resemble them', () => {
    const kept = [
      'Passengers who click here for the timetable find only last year’s, the union said.',
      'You must be logged in to post a comment on the council’s new forum, which opened in May.',
      'No stories were found in the archive for that year, the librarian said.',
      'The best shipping site on the web is still run by two volunteers in Kellmouth.',
    ]
    for (const line of kept) {
      const story = parseStory(['Ferry crews walk out over rota changes', '', lede, '', line, '', more].join('\n'))
      expect(story.paragraphs).toEqual([lede, line, more])
    }
  })
})

describe('a story of one long paragraph', () => {
  const paragraph = 'Seasonal workers at three orchards near Dunmere voted on Sunday to extend their strike into a second week after rejecting the latest pay offer. The workers said the offer would raise hourly rates by less than the rise in rents over the past year. Growers said the apples could be lost within days if the frost arrives early, and they urged both sides to return to talks'

  it('imports it when it closes on its sources in brackets or lost its final full stop, a picture under it', () => {
    for (const text of [`${paragraph}. (Sources: Valley Wire and Northwind Radio)`, paragraph]) {
      const story = parseStory(['Orchard workers vote to extend harvest strike', '', text, '', 'Photo: Pickers gather by the packing sheds as the vote is counted.', '', 'Comments are closed.'].join('\n'))
      expect(story.headline).toBe('Orchard workers vote to extend harvest strike')
      expect(story.paragraphs).toEqual([text])
    }
  })

  it('still reads a short caption closing on an agency in brackets as a caption', () => {
    const lede = 'Seasonal workers at three orchards near Dunmere voted on Sunday to extend their strike into a second week, their association said.'
    const story = parseStory(['Orchard workers vote to extend harvest strike', '', 'Pickers gather by the packing sheds as the vote is counted. (Northwind/Reuters)', '', lede, '', 'Growers urged both sides to return to talks.'].join('\n'))
    expect(story.paragraphs[0]).toBe(lede)
  })

  it('still refuses a page that is only navigation under a title', () => {
    expect(() => parseStory(['Orchard workers vote to extend harvest strike', '', 'Home', '', 'Search', '', 'Menu', '', 'Log in', '', 'Comments are closed.'].join('\n'))).toThrow(StoryParseError)
  })
})

describe("a post's title set again inside it", () => {
  const lede = 'Harbour police in Kellmouth have seized nine stolen boats and arrested four men in a raid on a boatyard near the old fish market, a spokesman said on Monday.'
  const more = 'The spokesman said the boats had been taken from marinas along the coast over the past three months.'

  it('drops the short line over the lede, set apart by a wider gap, that the lede says again', () => {
    const story = parseStory(['HARBOUR POLICE SPOKESMAN IN KELLMOUTH', '', '', '', 'Harbour police seize stolen boat in raid.', '', '', '', lede, more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a short lede at the story’s own spacing, or one the next paragraph does not repeat', () => {
    const short = 'Harbour police seize stolen boat in raid.'
    expect(parseStory(['Police raid boatyard', '', short, '', lede, '', more].join('\n')).paragraphs[0]).toBe(short)
    const other = 'Four men were charged with theft on Tuesday night.'
    expect(parseStory(['Police raid boatyard', '', '', other, '', '', lede, more].join('\n')).paragraphs[0]).toBe(other)
  })
})

describe("a caption under the title that is only the title's opening words", () => {
  const lede = 'In a statement issued on Friday, Tarvin Water Company said it sincerely regrets the sewage leak at Marrow Bay last month.'
  const more = 'Cleanup crews have now cleared the beach and the harbour, the company said.'

  it('keeps the title as the headline and drops the caption', () => {
    const story = parseStory(['Tarvin Water Company Apologises for Sewage Leak at Marrow Bay', '', 'Tarvin Water Company', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Tarvin Water Company Apologises for Sewage Leak at Marrow Bay')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a lede that opens with the title’s words', () => {
    const opening = 'Tarvin Water Company apologised on Friday for the sewage leak at Marrow Bay last month, saying it sincerely regrets it.'
    const story = parseStory(['Tarvin Water Company Apologises for Sewage Leak', '', opening, '', more].join('\n'))
    expect(story.paragraphs).toEqual([opening, more])
  })
})

describe('a last paragraph that lost its full stop', () => {
  const lede = "Valmora's grain exports from January to August rose 9% from the same period a year earlier, the trade ministry said on Thursday."
  const more = 'The country shipped 3.1 million tonnes of wheat and barley in that period.'

  it('keeps it when it closes on a reporting clause in the past tense', () => {
    const last = 'Valmora expects to export 4.5 million tonnes of grain this year, ministry figures showed'
    expect(parseStory(['Valmora grain exports up 9%', '', lede, '', more, '', last].join('\n')).paragraphs.at(-1)).toBe(last)
  })

  it('still drops a link title under the story that closes on "says"', () => {
    expect(parseStory(['Valmora grain exports up 9%', '', lede, '', more, '', 'Ostland to cut grain import duty, minister says'].join('\n')).paragraphs.at(-1)).toBe(more)
  })
})

describe("a station's slogan closing the page", () => {
  const lede = 'Dock workers in Kellmouth stayed off the job for a second day on Tuesday after talks over a new contract stalled.'
  const more = 'Union steward Mara Quill said the workers have gone without a raise for six years.'

  it('drops a few capitalised words closing on a cry', () => {
    expect(parseStory(['Dock strike enters second day', '', lede, '', more, '', 'One Harbour, One Voice, Every Day!'].join('\n')).paragraphs).toEqual([lede, more])
  })

  it('keeps a closing cry in the story’s own words or in quote marks', () => {
    for (const last of ['We will be back here every day until they listen!', '“Fair Pay For Dock Workers Now!”']) {
      expect(parseStory(['Dock strike enters second day', '', lede, '', more, '', last].join('\n')).paragraphs.at(-1)).toBe(last)
    }
  })
})

describe('a teaser for another story between the headline and the lede', () => {
  const lede = 'The Eastvale council on Thursday began debating a motion by two independent members calling for an early election.'
  const more = 'The motion follows reports that officials helped a developer buy harbour land below its market price.'
  const last = 'Members are expected to vote on the motion next week.'

  it('drops a title-shaped line that speaks of neither the headline nor the story', () => {
    const story = parseStory(['Council debates early election motion', '', 'Ferry timetable changes for the winter season announced', '', lede, '', more, '', last].join('\n'))
    expect(story.paragraphs[0]).toBe(lede)
    expect(story.standfirst ?? '').not.toContain('Ferry')
  })

  it('keeps a deck that speaks of the story as its standfirst or first paragraph', () => {
    const deck = 'Independent members want voters to choose a new council over harbour land sale'
    const story = parseStory(['Council debates early election motion', '', deck, '', lede, '', more, '', last].join('\n'))
    expect([story.standfirst, story.paragraphs[0]]).toContain(deck)
  })
})

describe('two title-shaped lines stacked over the date', () => {
  const lede = 'Squads for the tours of Valmora and Ostland are likely to be named later this week.'
  const more = 'The Islanders will go to Valmora right after the Harbour League final, where they will play three one-day matches.'

  it('takes the upper one as the headline when the lede retells it and none of the lower one', () => {
    const story = parseStory(['Squads for Valmora and Ostland tours set to be named', '', 'The Islanders will travel after the Harbour League final', '', 'Jun 3, 2021', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Squads for Valmora and Ostland tours set to be named')
  })

  it('keeps a kicker over the headline when the lede retells the lower line', () => {
    const story = parseStory(['Harbour League notebook', '', 'Squads for Valmora and Ostland tours set to be named', '', 'Jun 3, 2021', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Squads for Valmora and Ostland tours set to be named')
  })
})

describe('an agency or a role desk in a pipe row with the date', () => {
  const lede = 'Dockers at the port of Velmar stopped work on Monday, halting all six container cranes in a dispute over night-shift pay.'
  const more = 'The union said talks with the operator had broken down on Friday and that the stoppage would last two days.'

  it('reads "AGENCY | date - time.." as the agency desk and the date', () => {
    const story = parseStory(['Harbour cranes halted as dockers walk out', '', 'XINHUA | 12.04.2021 - 09:15..', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Xinhua' }])
    expect(story.publishedAt).toBe('2021-04-12T09:15:00.000Z')
    expect(story.paragraphs[0]).toBe(lede)
  })

  it('reads "XY Correspondent | City | date" as a desk', () => {
    const story = parseStory(['Harbour cranes halted as dockers walk out', 'NW Correspondent |  Port Alder |  14 Mar 2011', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'NW Correspondent' }])
    expect(story.publishedAt).toBe('2011-03-14T00:00:00.000Z')
  })

  it('keeps a person who opens the row as the author', () => {
    const story = parseStory(['Harbour cranes halted as dockers walk out', 'Jane Roe |  Port Alder |  14 Mar 2011', '', lede, '', more].join('\n'))
    expect(story.authors[0]).toEqual({ kind: 'person', name: 'Jane Roe' })
  })
})

describe('a station, an agency dateline with its full stop, and a masthead date', () => {
  const more = 'The fisheries ministers said each country would publish its fleet\'s catch every month.'
  const last = 'Inspectors from either side will be allowed on board.'

  it('reads a broadcaster\'s name over the date as a desk', () => {
    const story = parseStory(['Water board sorry over weekend supply cut', '', 'Harbourside Radio', 'Updated May 16, 2022', '', 'One of the two water boards apologised for cutting supply to the eastern districts.', '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Harbourside Radio' }])
  })

  it('keeps a person\'s name over the date a person', () => {
    const story = parseStory(['Water board sorry over weekend supply cut', '', 'Jane Radley', 'Updated May 16, 2022', '', 'One of the two water boards apologised for cutting supply to the eastern districts.', '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Radley' }])
  })

  it('reads "City, Mon D (AGENCY).-" as the agency desk', () => {
    const story = parseStory(['Ministers sign fishing accord', '', 'Calera, Nov 12 (EFE).- The ministers of Valmora and Ostland signed an accord here on Tuesday.', '', more, '', last].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'EFE' }])
  })

  it('drops a date above the headline far from the day the dateline prints', () => {
    const story = parseStory(['El Faro Latino', '', 'March 4, 2024', '', 'Ministers sign fishing accord', '', 'Calera, Nov 12 (EFE).- The ministers of Valmora and Ostland signed an accord here on Tuesday.', '', more, '', last].join('\n'))
    expect(story.publishedAt).toBeNull()
  })

  it('keeps a date above the headline on the day the dateline prints', () => {
    const story = parseStory(['El Faro Latino', '', 'November 12, 2024', '', 'Ministers sign fishing accord', '', 'Calera, Nov 12 (EFE).- The ministers of Valmora and Ostland signed an accord here on Tuesday.', '', more, '', last].join('\n'))
    expect(story.publishedAt).toBe('2024-11-12T00:00:00.000Z')
  })
})

describe('footer furniture under the story', () => {
  const lede = 'A grain truck overturned on County Road 14 near Halden on Thursday, spilling its load across both lanes.'
  const more = 'The driver was treated at the scene for minor injuries, the sheriff’s office said.'

  it('drops an ad-blocker notice and what follows it', () => {
    const story = parseStory(['Grain truck overturns near Halden', '', lede, '', more, '', 'Adblock Detected', '', 'We have detected that you are using an ad blocker in your browser.', '', 'Please refresh the page.'].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph that reports on ad blockers', () => {
    const last = 'Publishers say readers using an ad blocker cost the industry millions each year, according to a survey released on Monday.'
    expect(parseStory(['Grain truck overturns near Halden', '', lede, '', more, '', last].join('\n')).paragraphs.at(-1)).toBe(last)
  })

  it('drops a comment counter, an entity list’s heading and a hashtag row', () => {
    const story = parseStory(['Grain truck overturns near Halden', '', lede, '', more, '', 'Comments / 0', '', 'IN THIS ARTICLE', '#Halden#County Road 14#Grain Truck'].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph with a hashtag in it', () => {
    const last = 'Residents shared pictures of the spill under #HaldenRoad on Thursday afternoon.'
    expect(parseStory(['Grain truck overturns near Halden', '', lede, '', more, '', last].join('\n')).paragraphs.at(-1)).toBe(last)
  })

  it('drops a partner’s address and tagline, and keeps a paragraph that opens on a company’s address', () => {
    expect(parseStory(['Grain truck overturns near Halden', '', lede, '', more, '', 'NOVINY.NET - news from every corner of the country.'].join('\n')).paragraphs).toEqual([lede, more])
    const last = 'Shopfront.com - the online grocer that owns the truck - said the driver was not at fault, according to a statement.'
    expect(parseStory(['Grain truck overturns near Halden', '', lede, '', more, '', last].join('\n')).paragraphs.at(-1)).toBe(last)
  })
})

describe('a credit with the agency first, over the lede', () => {
  const lede = 'PORT ALDER, April 11 (Reuters) - Harbour Air said on Tuesday it will ground its fleet from Thursday ahead of a walkout by its mechanics.'
  const more = 'The mechanics’ union gave notice on Sunday that its members could stop work as early as Thursday morning.'

  it('drops a caption closing on "AGENCY/Name" and the picture’s title over it', () => {
    const caption = 'A Harbour Air turboprop taxis at Port Alder airport, March 2, 2022. REUTERS/Dana Kell'
    const story = parseStory(['Harbour Air to ground fleet as walkout nears', '', 'Planes at Port Alder airport', caption, '', lede, '', more].join('\n'))
    expect(story.paragraphs[0]).toBe(lede)
  })

  it('drops the credit alone on a line', () => {
    const story = parseStory(['Harbour Air to ground fleet as walkout nears', '', 'VALNEWS/Presidential Press Office', '', lede, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph that closes on a pair with a slash', () => {
    const last = 'The airline said the dispute would be settled by talks between the two unions and the TUC/Labour group.'
    expect(parseStory(['Harbour Air to ground fleet as walkout nears', '', lede, '', more, '', last].join('\n')).paragraphs.at(-1)).toBe(last)
  })

  it('keeps the headline printed again over the caption as its repeat, the deck above it out of the body', () => {
    const caption = 'Mechanics gather outside the Harbour Air hangar during a strike in Port Alder, on Feb. 11, 2022. REUTERS/Dana Kell'
    const story = parseStory(['Harbour Air to ground fleet as walkout nears', '', 'Mechanics firm on need for higher wages', '', 'Harbour Air to ground fleet as walkout nears', caption, '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Harbour Air to ground fleet as walkout nears')
    expect(story.paragraphs[0]).toBe(lede)
  })
})

describe('a picture described as such over the lede', () => {
  const lede = 'Harbourtel, the largest mobile network in the islands, has apologised for the outage that cut off calls over the weekend.'
  const more = 'Many subscribers could not make calls or go online from Saturday morning until late on Sunday.'

  it('drops "A file photo of …" as the picture’s caption', () => {
    const story = parseStory(['Harbourtel sorry for network failure', '', 'Web Desk', 'A file photo of the Harbourtel headquarters in Port Alder.', '', lede, '', more].join('\n'))
    expect(story.paragraphs[0]).toBe(lede)
  })

  it('keeps a paragraph that tells of a photo', () => {
    const photo = 'A photo of the outage map was shared thousands of times on Sunday.'
    expect(parseStory(['Harbourtel sorry for network failure', '', lede, '', photo, '', more].join('\n')).paragraphs).toEqual([lede, photo, more])
  })
})

describe('a deck lifted from a sentence in the middle of the story', () => {
  const title = 'Ostland evacuates 40,000 as Storm Verra nears coast'
  const lede = 'Nearly 40,000 people were moved from low-lying districts of Ostland on Sunday as Storm Verra heads for the coast, officials said.'
  const rest = ['The storm brought mudslides and floods to the north of Valmora over the weekend.', 'Schools in the port city of Halden will stay closed on Monday.', 'The storm passed over the Brisk Islands on Saturday without causing casualties.']

  it('takes the line under the title as the standfirst when a later paragraph says it again in one of its sentences', () => {
    const deck = 'Hundreds are missing in Valmora as rescue teams struggle to reach mountain villages cut off by floods and mudslides.'
    const later = 'Meanwhile, hundreds are missing in Valmora as rescue teams struggle to reach mountain villages cut off by floods and mudslides. The toll is expected to rise. Thousands have lost their homes.'
    const story = parseStory([title, deck, lede, ...rest, later].join('\n'))
    expect(story.paragraphs[0]).toBe(lede)
    expect(story.paragraphs).toContain(later)
  })

  it('keeps a lede that a later sentence only partly echoes', () => {
    const later = 'Meanwhile, officials in Valmora said on Sunday that 40,000 people had been moved from the coast last year. The toll is expected to rise. Thousands have lost their homes.'
    const story = parseStory([title, lede, ...rest, later].join('\n'))
    expect(story.paragraphs[0]).toBe(lede)
  })
})

describe('the next story on the page, its title and its picture’s caption after a wider gap', () => {
  const paragraphs = ['Prime Minister Ilse Varga announced on Sunday a reshuffle that creates two new ministries.', 'The Ministry of Fisheries will be split from the Ministry of Agriculture.', 'In another decree, the Culture Council and the Heritage Office were merged.']
  const body = paragraphs.join('\n\n')

  it('ends the story at a title whose caption is printed twice under it', () => {
    const caption = 'Ostland’s Foreign Minister Karl Emmen meets with Brisk’s Deputy Prime Minister Sara Holt. (Ostland Foreign Ministry)'
    const story = parseStory(['Valmora reshuffle creates two new ministries', '', body, '', '', '', 'Ostland and Brisk Discuss Ferry Links', '', caption, 'Ostland’s Foreign Minister Karl Emmen meets with'].join('\n'))
    expect(story.paragraphs).toEqual(paragraphs)
  })

  it('goes on after a title-shaped line set apart by a wider gap when no caption is under it', () => {
    const more = 'The new ministers will be sworn in on Tuesday at the presidential palace in Halden, officials said.'
    const story = parseStory(['Valmora reshuffle creates two new ministries', '', body, '', '', '', 'What Happens Next For The Cabinet', '', more].join('\n'))
    expect(story.paragraphs.at(-1)).toBe(more)
  })
})

describe('a title printed twice over a signed name and a share widget', () => {
  const lede = 'HALDEN (Reuters) - Ostland has not been invited to next week’s regional fisheries talks, a foreign ministry official said on Tuesday, after a dispute.'
  const more = 'The talks in Port Alder are meant to set catch limits for the coming season.'

  it('takes the title as the headline, the share widget’s run-together labels dropped', () => {
    const title = 'Ostland left out of fisheries talks - official'
    const story = parseStory([title, '', title, 'By Reuters', 'Share this articleComments', 'Share this articleClose Button', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph that asks readers to share the article', () => {
    const last = 'Share this article with anyone who fishes in the Brisk Islands, the ministry urged in its statement.'
    expect(parseStory(['Ostland left out of fisheries talks', '', lede, '', more, '', last].join('\n')).paragraphs.at(-1)).toBe(last)
  })
})

describe('a headline with the date and the byline run on after its full stop', () => {
  const lede = 'Folk singer Annika Dahl played an unplanned show in a Halden park after the festival stage she was booked for was shut.'
  const more = '"I could not leave without playing for them," she said afterwards.'

  it('cuts the headline from the date and the byline', () => {
    const story = parseStory(['Singer plays free show after Halden festival is called off. Aug. 12, 2019 08:15. by Mira Stenholt mira@example.com.', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Singer plays free show after Halden festival is called off')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph whose second sentence opens on a date', () => {
    const paragraph = 'The bridge closed for repairs in the spring. June 4, 2019 was the last day cars crossed it, according to a report by Harbour Council.'
    expect(parseStory(['Halden bridge to reopen', '', lede, '', paragraph, '', more].join('\n')).paragraphs).toContain(paragraph)
  })
})

describe('a header row of short parts set apart by bars, a clock time among them', () => {
  const lede = 'Ferry crews at Harbourline began a two-day strike on Monday, stopping all sailings between Port Alder and the Brisk Islands.'
  const more = 'The crews’ union gave the operator notice of the strike last month, the first by its members in twenty years.'

  it('is no paragraph, and the deck over it is no lede', () => {
    for (const row of ['09:40 | Port Alder, Mar. 14.', 'NORTHWIRE | 14.03.2021 - 09:40..']) {
      const story = parseStory(['Ferry operator cancels all sailings', '', 'Passengers face a second day without crossings.', '', row, lede, '', more].join('\n'))
      expect(story.paragraphs).toEqual([lede, more])
    }
  })

  it('keeps a line with a bar and a time that says something', () => {
    const line = 'The last ferry left at 09:40 | the operator said more sailings would be cancelled.'
    expect(parseStory(['Ferry operator cancels all sailings', '', line, '', lede, '', more].join('\n')).paragraphs).toContain(line)
  })
})

describe('dates in other languages, a foot update time and a credit row under the story', () => {
  const lede = 'The river ferry company will raise its fares by ten per cent from the first of April, its board said on Thursday.'
  const more = 'The company blamed higher fuel prices and the cost of repairing two of its oldest boats after the winter floods.'
  const last = "A passengers' group said it would ask the city council to review the increase."

  it('reads month names of other languages and the Vietnamese numbered month', () => {
    expect(findDate('22 Tháng 6, 2016 | Uncategorized')?.iso).toBe('2016-06-22T00:00:00.000Z')
    expect(findDate('07 Aralık 2007, 12:07', 'Europe/Istanbul')?.iso).toBe('2007-12-07T10:07:00.000Z')
    expect(findDate('3 março 2020')?.iso).toBe('2020-03-03T00:00:00.000Z')
    expect(findDate('12 février 2021')?.iso).toBe('2021-02-12T00:00:00.000Z')
    expect(findDate('5 Agustus 2022')?.iso).toBe('2022-08-05T00:00:00.000Z')
    expect(findDate('Mars 4, 2019')?.iso).toBe('2019-03-04T00:00:00.000Z')
    expect(findDate('15 enero 2021')?.iso).toBe('2021-01-15T00:00:00.000Z')
    expect(findDate('3 März 2020')?.iso).toBe('2020-03-03T00:00:00.000Z')
    expect(findDate('7 gennaio 2019')?.iso).toBe('2019-01-07T00:00:00.000Z')
    expect(findDate('9 ogos 2020')?.iso).toBe('2020-08-09T00:00:00.000Z')
  })

  it('reads "Updated : … GMT+08:00" under the story as the last change only', () => {
    const story = parseStory(['Ferry fares to rise by a tenth from spring', '', lede, '', more, '', last, '', 'Updated : 2021-05-12 05:21 GMT+08:00'].join('\n'))
    expect(story.publishedAt).toBeNull()
    expect(story.modifiedAt).toBe('2021-05-11T21:21:00.000Z')
  })

  it('keeps a story sentence that tells of an update on a date', () => {
    const sentence = 'The council updated its flood plan on 2 March 2021 after residents protested.'
    const story = parseStory(['Ferry fares to rise by a tenth from spring', '', lede, '', more, '', sentence].join('\n'))
    expect(story.paragraphs.at(-1)).toBe(sentence)
    expect(story.modifiedAt).toBeNull()
  })

  it('reads "XY Team | Published: … | Updated: …" under the story as the desk and its dates', () => {
    const story = parseStory(['Ferry fares to rise by a tenth from spring', '', lede, '', more, '', last, 'EC Team | Published: March 02, 2023 00:00:00 | Updated: March 03, 2023 09:15:00'].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'EC Team' }])
    expect(story.publishedAt).toBe('2023-03-02T00:00:00.000Z')
    expect(story.modifiedAt).toBe('2023-03-03T09:15:00.000Z')
    expect(story.paragraphs.at(-1)).toBe(last)
  })

  it('keeps a story sentence in which a team acts on a date', () => {
    const sentence = 'The Rescue Team said on March 3, 2023 that the search would go on through the night.'
    const story = parseStory(['Ferry fares to rise by a tenth from spring', '', 'By Jane Radley', '', lede, '', more, '', sentence].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Radley' }])
    expect(story.paragraphs.at(-1)).toBe(sentence)
  })
})

describe('credits and sign-offs under the story', () => {
  const head = ['Province sends water trucks to dry districts', '', 'The Northvale provincial water office says tanker trucks have started delivering drinking water to six districts.', '', 'Head of the office, Marit Olsen, said wells in more than forty villages had run dry since the start of the season.']
  const last = 'Olsen said a survey of the remaining wells would be finished by the end of the month.'

  it('reads "(Source: Agency)" and a bracketed institution under the story as desks', () => {
    expect(parseStory([...head, '', last, '(Source: Reuters)'].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Reuters' }])
    expect(parseStory([...head, '', last, '(Northvale Information Service)'].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Northvale Information Service' }])
  })

  it('signs nothing with a person\'s name or a place in brackets under the story', () => {
    expect(parseStory([...head, '', last, '(Marit Olsen)'].join('\n')).authors).toEqual([])
    expect(parseStory([...head, '', last, '(Northvale)'].join('\n')).authors).toEqual([])
  })

  it('reads a "--Name" sign-off under the story as its writer', () => {
    expect(parseStory([...head, '', last, '--Tomas Wendt'].join('\n')).authors).toEqual([{ kind: 'person', name: 'Tomas Wendt' }])
  })

  it('signs nothing with a speaker\'s name under a closing quotation', () => {
    const quote = '"We will not leave a single village without water this summer," the head of the office said.”'
    expect(parseStory([...head, '', quote, '— Marit Olsen'].join('\n')).authors).toEqual([])
  })

  it('reads an agency\'s sign-off with its country as the desk and ends the story there', () => {
    const story = parseStory([...head, '', last, '', 'Interfax-Valmora', 'PARTNERS.NET - the region\'s news in one place.'].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Interfax-Valmora' }])
    expect(story.paragraphs.at(-1)).toBe(last)
  })

  it('keeps a closing sentence that names an agency', () => {
    const sentence = 'Interfax reported later that the trucks had reached all six districts.'
    const story = parseStory([...head, '', sentence].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs.at(-1)).toBe(sentence)
  })
})

describe('a place before the byline, a clipping\'s source before the lede, a byline run on after the headline', () => {
  const title = 'Four held in Valmora before the vote'
  const lede = 'Police in Valmora arrested four officials of an opposition party overnight, as the country prepared for the vote, officials said.'
  const more = 'A police spokesman said they were suspected of planning to disrupt the vote, and would appear before a judge on Monday.'

  it('reads "Place - by Agency/Agency" as the agencies\' desks', () => {
    expect(parseStory([title, 'Port Adley - by Sapa/AFP', lede, more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Sapa' }, { kind: 'desk', name: 'AFP' }])
  })

  it('keeps a story sentence with a place, a dash and "by" in it', () => {
    const sentence = 'Port Adley - by far the largest city in the region - voted for the opposition in the last election.'
    const story = parseStory([title, '', lede, '', sentence, '', more].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toContain(sentence)
  })

  it('reads a clipping\'s "Outlet, Month D, YYYY" before the lede as the desk and the date', () => {
    const story = parseStory([title, '', `Coastal Courier, June 14, 2008 ${lede}`, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Coastal Courier' }])
    expect(story.publishedAt).toBe('2008-06-14T00:00:00.000Z')
  })

  it('signs nothing with a lede that opens on its day', () => {
    const story = parseStory([title, '', `On June 14, 2008 ${lede}`, '', more].join('\n'))
    expect(story.authors).toEqual([])
    const weekday = parseStory([title, '', `Saturday, June 14, 2008 ${lede}`, '', more].join('\n'))
    expect(weekday.authors).toEqual([])
  })

  it('keeps a headline that ends in a sentence with "by" in it', () => {
    const story = parseStory(['Bridge reopens after repairs. Traffic moves by 18:40 on Friday', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([])
  })
})

describe('parseStory: a title printed after the story', () => {
  const lede = 'The river authority of Castel Dray said on Monday it would open the northern sluice gates for the first time in ten years, after a wet winter left the reservoir close to full.'
  const more = 'The authority said farms below the dam had been told to move their livestock to higher fields before the weekend.'
  const last = 'Engineers will watch the banks downstream around the clock while the gates stay open.'

  it('reads a title-shaped line under the last paragraph, the lede taking up its topics, as the headline', () => {
    const story = parseStory([lede, '', more, '', last, '', 'River authority to open northern sluice gates', '', 'Leave a comment'].join('\n'))
    expect(story.headline).toBe('River authority to open northern sluice gates')
    expect(story.paragraphs).toEqual([lede, more, last])
  })

  it('keeps a closing line that speaks of other things than the lede', () => {
    const story = parseStory(['River authority opens gates', '', lede, '', more, '', last, '', 'Photographs by the Harbour Camera Club'].join('\n'))
    expect(story.headline).toBe('River authority opens gates')
    expect(story.paragraphs[0]).toBe(lede)
  })

  it('takes no line under the story for the title while the story goes on under it', () => {
    const story = parseStory([lede, '', 'Sluice gates to open on northern dam', '', more, '', last].join('\n'))
    expect(story.headline).not.toBe('Sluice gates to open on northern dam')
    expect(story.paragraphs).toContain(last)
  })
})

describe('parseStory: a lede the header rules took for a summary', () => {
  const title = 'Ferry crews walk out in Castel Dray'
  const body = 'Ama Serwaa of the union said about 60 deckhands and engineers had stopped work at six in the morning and would not return before Monday.'
  const more = 'The operator said it had offered talks and was running a reduced timetable with agency staff.'
  const twin = ['Passengers wait at the closed ticket office', 'Passengers wait at the closed ticket office']

  it('keeps a one-sentence lede that names its source over a picture printed twice', () => {
    const lede = 'Ferry crews walked off the job on Friday over a new rota, according to the Harbour Workers Union.'
    const story = parseStory([title, '', lede, '', ...twin, '', body, '', more].join('\n'))
    expect(story.paragraphs[0]).toBe(lede)
  })

  it('still takes a summary that reports nothing over a picture printed twice for the standfirst', () => {
    const summary = 'Crossings will be cut to one an hour until the dispute over the new rota is settled.'
    const story = parseStory([title, '', summary, '', ...twin, '', body, '', more].join('\n'))
    expect(story.standfirst).toBe(summary)
    expect(story.paragraphs[0]).toBe(body)
  })

  it('keeps a lead-in of several sentences left open on a dash as the first paragraph', () => {
    const leadIn = 'Crews on the crossing stopped work on Friday. Their union says the new rota breaks the agreement of 2019. Its secretary answered our questions -'
    const story = parseStory(['Ferry Crews Walk Out Over New Rota', '', leadIn, '', 'Question: Why did the crews stop work this week?', '', `Answer: ${more}`].join('\n'))
    expect(story.paragraphs[0]).toBe(leadIn)
  })

  it('keeps a lede set with a single bullet, and takes a run of summary bullets for the standfirst', () => {
    const single = parseStory([title, '', `• ${body}`, '', more, '', 'Talks are set for Tuesday.'].join('\n'))
    expect(single.paragraphs[0]).toBe(`• ${body}`)
    const run = parseStory([title, '', '• Crews stop work over a new rota', '• Crossings cut to one an hour', '', body, '', more].join('\n'))
    expect(run.paragraphs[0]).toBe(body)
  })
})

describe('parseStory: furniture run on to the title, a label or a bio', () => {
  const lede = 'A late spring storm closed the Harlow Pass road on Saturday and left two climbers missing on the north face, the rescue service said.'
  const more = 'Rescue teams reached a hut below the summit before dark but found no sign of the pair.'

  it('cuts a comment counter at nought off the title, and keeps a score', () => {
    expect(parseStory(['Storm closes Harlow Pass, two climbers missing 0', '', lede, '', more].join('\n')).headline).toBe('Storm closes Harlow Pass, two climbers missing')
    expect(parseStory(['Harlow Rovers 2 Castel United 0', '', lede, '', more].join('\n')).headline).toBe('Harlow Rovers 2 Castel United 0')
  })

  it('drops a label run on to its value, and keeps a sentence written after a colon with no space', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Storyline:Regional News')?.reason).toBe('category label')
    const sentence = 'Warning:The road over the pass was closed overnight and will not reopen before noon.'
    expect(find(sentence)).toBeUndefined()
    expect(parseStory(['Storm closes Harlow Pass', '', lede, '', sentence, '', more].join('\n')).paragraphs).toContain(sentence)
  })

  it('signs with the name a one-line "About the Author:" bio opens with when nothing else does', () => {
    const bio = 'About the Author: Jane Okafor covers mountain rescue and the weather for the valley papers.'
    const story = parseStory(['Storm closes Harlow Pass', '', lede, '', more, '', bio].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Okafor' }])
    expect(story.paragraphs).not.toContain(bio)
  })

  it('keeps a paragraph about the author of something else', () => {
    const sentence = 'About the author of the report, Jane Okafor, the rescue service said nothing more.'
    const story = parseStory(['Storm closes Harlow Pass', '', lede, '', sentence, '', more].join('\n'))
    expect(story.paragraphs).toContain(sentence)
    expect(story.authors).toEqual([])
  })
})

describe('parseStory: a name line under the title', () => {
  const title = 'Coastguard rescues 14 after fishing boat sinks off Cape Moray'
  const lede = 'The coastguard has rescued 14 crew members from a fishing boat that sank off Cape Moray late on Tuesday, a coastguard officer said.'
  const more = 'The search for the two missing men will go on through the night with a lifeboat and a helicopter.'

  it('signs with an outlet\'s name alone under the title as its desk when nothing else signs', () => {
    expect(parseStory([title, 'Coastline Herald', lede, more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Coastline Herald' }])
    expect(parseStory([title, 'By Jane Okafor', 'Coastline Herald', lede, more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Okafor' }])
  })

  it('does not sign with an outlet named between the paragraphs', () => {
    const story = parseStory([title, '', lede, '', 'Coastline Herald', '', more, '', 'The crew were taken to hospital in Port Moray.'].join('\n'))
    expect(story.authors).toEqual([])
  })

  it('signs with a name under the title that the title does not use, and not with one whose words it uses', () => {
    expect(parseStory([title, '', 'Jane Okafor', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Okafor' }])
    expect(parseStory(['Fishing boat sinks off Cape Moray', '', 'Moray Watch', '', lede, '', more].join('\n')).authors).toEqual([])
  })
})

describe('credits and sign-offs of the 23rd real-page set', () => {
  const title = 'Council votes to reopen the old ferry pier'
  const lede = 'The town council voted on Tuesday to reopen the old ferry pier at Marrow Bay after two years of repairs, ending a long dispute over who should pay for the work.'
  const more = 'The first sailings from the pier are planned for the spring, a council spokesman said.'

  it('reads a closing "information for this report was provided by" credit as the agencies\' desks and drops it', () => {
    const credit = 'Some information for this report was provided by AP, AFP and Reuters.'
    const story = parseStory([title, '', lede, '', more, '', credit].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'AP' }, { kind: 'desk', name: 'AFP' }, { kind: 'desk', name: 'Reuters' }])
    expect(story.paragraphs).not.toContain(credit)
    const joined = parseStory([title, '', lede, '', more, '', 'Reuters and AFP contributed to this report.'].join('\n'))
    expect(joined.authors).toEqual([{ kind: 'desk', name: 'Reuters' }, { kind: 'desk', name: 'AFP' }])
    expect(joined.paragraphs.at(-1)).toBe(more)
  })

  it('keeps story sentences about information provided by someone, and a credit to people signs nothing', () => {
    for (const sentence of ['Some information was provided by police on Tuesday, the council said.', 'Information was provided by Harbour Police.', 'Residents said some information for this report was provided by AP, AFP and Reuters.']) {
      const story = parseStory([title, '', lede, '', more, '', sentence].join('\n'))
      expect(story.authors).toEqual([])
      expect(story.paragraphs.at(-1)).toBe(sentence)
    }
    const people = parseStory([title, 'By Dana Whitlock', '', lede, '', more, '', 'Jane Roe and Sam Lee contributed to this report.'].join('\n'))
    expect(people.authors).toEqual([{ kind: 'person', name: 'Dana Whitlock' }])
    expect(people.paragraphs.at(-1)).toBe(more)
  })
  it('reads a "Source:" address under the story, its label misspelt or not, as the site\'s desk', () => {
    for (const label of ['Source', 'Soruce', 'Sorce', 'Sourse']) {
      const story = parseStory([title, '', lede, '', more, '', `${label}: http://www.bayside-courier.com/`, '', 'Leave a reply'].join('\n'))
      expect(story.authors).toEqual([{ kind: 'desk', name: 'bayside-courier.com' }])
      expect(story.paragraphs.at(-1)).toBe(more)
    }
  })

  it('signs nothing with an address under another label', () => {
    for (const label of ['Photo', 'Course', 'Sauce', 'Map']) {
      const story = parseStory([title, '', lede, '', more, '', `${label}: http://www.bayside-courier.com/`, '', 'Leave a reply'].join('\n'))
      expect(story.authors).toEqual([])
    }
  })
  it('reads "Section by from Outlet, date" under the title as the outlet\'s desk and the date', () => {
    const story = parseStory(['Ranger on patrol', '', title, '', 'Environment by from CNN, April 10, 2015', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.authors).toEqual([{ kind: 'desk', name: 'CNN' }])
    expect(story.publishedAt).toBe('2015-04-10T00:00:00.000Z')
  })

  it('keeps a sentence with "by from" in it, and signs nothing for a place after "by from"', () => {
    const sentence = 'The boat was pushed by from behind on April 10, 2015, and drifted onto the rocks, witnesses said.'
    const story = parseStory([title, '', lede, '', sentence, '', more].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toContain(sentence)
    const place = parseStory([title, '', 'Environment by from Marrow Bay, April 10, 2015', '', lede, '', more].join('\n'))
    expect(place.authors).toEqual([])
  })
  it('reads "— Name, Newsroom" at the foot as the writer and the newsroom\'s desk', () => {
    const story = parseStory([title, '', lede, '', more, '', 'Pier Reopening Replay 0:45', '', '', '— Jane Roe, Bayside News'].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'Bayside News' }])
    expect(story.paragraphs.at(-1)).toBe(more)
    const under = parseStory([title, '', lede, '', more, '', '— Jane Roe, Bayside News'].join('\n'))
    expect(under.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'Bayside News' }])
  })

  it('signs nothing with "— Name, Role" or "— Name, Place", nor under a quotation', () => {
    for (const signOff of ['— Jane Roe, Mayor', '— Jane Roe, Marrow Bay', '— Jane Roe, Harbour Master']) {
      expect(parseStory([title, '', lede, '', more, '', signOff].join('\n')).authors).toEqual([])
    }
    const quoted = parseStory([title, '', lede, '', '"We waited long enough for this pier," the mayor said. "Now the boats can come back."', '', '— Jane Roe, Bayside News'].join('\n'))
    expect(quoted.authors).toEqual([])
  })
  it('reads "Staff Reporter" alone under the title as the paper\'s desk', () => {
    for (const role of ['Staff Reporter', 'Staff Correspondent', 'Staff Writer']) {
      expect(parseStory([title, '', role, '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: role }])
    }
  })

  it('signs nothing with another role alone, and keeps a sentence about staff reporters', () => {
    expect(parseStory([title, '', 'Health Reporter', '', lede, '', more].join('\n')).authors).toEqual([])
    const sentence = 'Staff reporters at the paper walked out on Monday.'
    const story = parseStory([title, '', lede, '', sentence, '', more].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toContain(sentence)
  })
  it('reads "BY: Brand Region" (a network\'s brand and the region its edition serves) as a desk', () => {
    for (const brand of ['Loop Pacific', 'Wavelink Caribbean', 'Harbourline Africa']) {
      expect(parseStory([title, '', `BY: ${brand}`, '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: brand }])
    }
  })

  it('keeps a person whose given name is a region or whose surname resembles one', () => {
    expect(parseStory([title, '', 'By Asia Roe', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Asia Roe' }])
    expect(parseStory([title, '', 'By Jane Roe', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseStory([title, '', 'By: Georgia Pacifico', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Georgia Pacifico' }])
  })
})

describe('foot furniture, disclaimers, appeals and captions of the 23rd real-page set', () => {
  const title = 'Harbour board approves the new ferry quay at Marrow Bay'
  const lede = 'The harbour board voted on Tuesday to build a new ferry quay at Marrow Bay, ending a dispute over the old pier that had run for two years.'
  const more = 'Work on the quay is due to start in the spring and should take about eighteen months, the board chairman said.'
  const body = (...lines: string[]) => parseStory(lines.join('\n\n')).paragraphs

  it('drops an empty tag row, a tag hint and an excerpt\'s "continue reading" link under the story', () => {
    for (const foot of ['No tags for this post.', 'Find other news on this topic by clicking on the tags and category key words above.', 'Continue reading this piece here.', 'Continue reading the article at Example Weekly']) {
      expect(body(title, lede, more, foot)).toEqual([lede, more])
    }
  })

  it('keeps body sentences that only resemble the tag row, the tag hint or the link', () => {
    for (const sentence of ['There were no tags on the crates found at the quay, police said.', 'Find other news sources and check the tags on every photograph, the trainer told the new reporters.', 'Continue reading the story of the old mill and you find a town that never gave up.']) {
      expect(body(title, lede, sentence, more)).toEqual([lede, sentence, more])
    }
  })

  it('drops a site disclaimer over the title and keeps the title as the headline', () => {
    const disclaimer = 'The articles excerpted on this site report on the trade as the press sees it, and do not necessarily reflect the opinion of the guild.'
    const story = parseStory([disclaimer, title, lede, more].join('\n\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph about a statement that does not necessarily reflect someone\'s views', () => {
    const sentence = 'The statement does not necessarily reflect the views of all members of the union, its secretary said.'
    expect(body(title, lede, sentence, more)).toEqual([lede, sentence, more])
  })

  it('drops a paper\'s appeal for money at the foot and the short line that heads it', () => {
    const heading = 'Every small newsroom needs a little help now and then.'
    const appeal = 'Right now the Alder Ledger brings you free local news that no one else provides. Our costs grow as we grow. That is why we are asking you to consider supporting our work with a small monthly gift.'
    expect(body(title, lede, more, heading, appeal)).toEqual([lede, more])
  })

  it('keeps a closing paragraph about someone\'s need for help and a report of an appeal', () => {
    const need = 'The shelter says it needs your help to feed the dogs this winter.'
    const report = 'The charity is asking residents to consider donating blankets before the first frost, its director said.'
    expect(body(title, lede, more, need)).toEqual([lede, more, need])
    expect(body(title, lede, more, report)).toEqual([lede, more, report])
  })

  it('drops a caption inside the story that places people in the picture, and keeps a sentence that does so', () => {
    const caption = 'New harbour master Ana Kell (L), and deputy master Tomas Brenn'
    const sentence = 'Harbour master Ana Kell (left) opened the new slipway on Monday.'
    expect(body(title, lede, caption, more)).toEqual([lede, more])
    expect(body(title, lede, sentence, more)).toEqual([lede, sentence, more])
  })

  it('drops a scene caption glued over the lede by one line break', () => {
    const caption = 'A seaplane flies past the ash plume over the Tarn Hills near Dunmore on April 12.'
    expect(parseStory([title, `${caption}\n${lede}`, more].join('\n\n')).paragraphs).toEqual([lede, more])
    const reported = 'A seaplane flies the first scheduled route to the islands on April 12, the airline said.'
    expect(parseStory([title, reported, lede, more].join('\n\n')).paragraphs[0]).toBe(reported)
  })
})

describe('a title whose subject is two things joined by "and"', () => {
  const lede = 'A school bus and a delivery van collided on the coast road outside Marrow Bay on Friday, leaving nine people injured.'
  const more = 'The injured pupils were taken to hospital in Dunmore as a precaution, a police spokesman said.'

  it('reads "Bus and Delivery Van Collide, Leaving Nine Injured" as the headline, not a byline', () => {
    const title = 'Bus and Delivery Van Collide, Leaving Nine Injured'
    const story = parseStory([title, '', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('still reads bylines that open on a person or an agency and join another with "and"', () => {
    const title = 'Coast road reopens after crash'
    expect(parseStory([title, '', 'Jane Roe and John Doe', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'person', name: 'John Doe' }])
    expect(parseStory([title, '', 'By Tennet and Jane Roe', '', lede, '', more].join('\n')).authors.map((author) => author.name)).toContain('Jane Roe')
  })
})

describe('the foot of a page: print teaser, rating count, newsletter block, a last sentence with its full stop lost', () => {
  const title = 'Harbour board approves second ferry ramp'
  const lede = 'The Kessock harbour board on Tuesday approved plans for a second ferry ramp, ending a long dispute over its cost.'
  const more = 'Work is due to start in the spring, and the ramp should open before the summer crossings, the board said.'

  it('ends the story at a print teaser, a rating count, a newsletter heading or its pitch, and drops a picture element', () => {
    for (const foot of ["For more on this story, purchase a copy of today's Kessock Courier or subscribe to our e-Edition.", '0 users have voted.', 'Newsletter', 'Get top stories and blog posts emailed to you each day.', '♦ Receive daily updates directly in your inbox - Subscribe here to a topic.']) {
      expect(parseStory([title, lede, more, foot, 'Storm closes coast road for second day'].join('\n\n')).paragraphs).toEqual([lede, more])
    }
    expect(parseStory([title, '<image>data:image/png;base64,iVBORw0KGgo alt=""</image>', lede, more].join('\n\n')).paragraphs).toEqual([lede, more])
  })

  it('keeps paragraphs that speak of copies, votes, newsletters, inboxes and permission', () => {
    const copies = 'Residents who want a copy of the plans can buy one from the council office, a spokesman said.'
    const votes = 'By Friday evening 312 members had voted, and the count will close on Monday.'
    const inbox = 'She said she gets news updates emailed to her inbox by the port office every morning.'
    const permission = 'The photographs cannot be used without permission from the museum, the curator told the board.'
    for (const paragraph of [copies, votes, inbox, permission]) expect(parseStory([title, lede, paragraph, more].join('\n\n')).paragraphs).toEqual([lede, paragraph, more])
  })

  it('keeps a long last sentence whose full stop was lost, and still drops a link title under the story', () => {
    const last = 'The council says the new harbour master ran the port at Dunmore for nine years before retiring from the coast guard'
    expect(parseStory([title, lede, more, last, '2 thoughts on “', 'About time.'].join('\n\n')).paragraphs).toEqual([lede, more, last])
    const link = 'Storm closes coast road for a second day as crews clear fallen trees near Marrow Bay and Dunmore'
    expect(parseStory([title, lede, more, link].join('\n\n')).paragraphs).toEqual([lede, more])
  })
})

describe('a title in one pair of quote marks, or with a pointer run on after it', () => {
  const lede = 'The island council has named a harbour master from the mainland, ending months of argument over the port.'
  const more = 'Two fishing cooperatives have asked the council to explain how the candidates were chosen, their chairman said.'

  it('drops the marks around a whole title and a pointer emoji after it', () => {
    expect(parseStory(['“Harbour Master Appointment Sparks Debate”', lede, more].join('\n\n')).headline).toBe('Harbour Master Appointment Sparks Debate')
    expect(parseStory(['Council names new harbour master, others ⬇️', lede, more].join('\n\n')).headline).toBe('Council names new harbour master, others')
  })

  it('keeps the marks of a quote with its speaker, and of a quote inside the title', () => {
    expect(parseStory(['“We will not leave the port,” says harbour master', lede, more].join('\n\n')).headline).toBe('“We will not leave the port,” says harbour master')
    expect(parseStory(['Council calls new harbour master “the right choice”', lede, more].join('\n\n')).headline).toBe('Council calls new harbour master “the right choice”')
  })
})

describe('bylines: zones, contacts, slashes and sign-offs', () => {
  const title = 'Harbour budget approved after long debate'
  const lede = 'The council approved the new harbour budget on Monday after a long debate among members of the finance committee.'
  const more = 'Officials said the work on the northern pier would begin next spring and take about two years to complete in full.'

  it('reads a zone it knows (NPT) before "By:" and drops the handle after the name', () => {
    const story = parseStory([title, '', 'Published On: April 24, 2024 09:45 PM NPT By: Hillpost  | @HillpostDaily', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Hillpost' }])
    expect(story.publishedAt).toBe('2024-04-24T16:00:00.000Z')
  })

  it('leaves out the address in brackets after the name', () => {
    expect(parseStory([title, '', 'By Jane Roe (jane.roe@example.com)', '', 'March 3, 2021', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })

  it('reads two people set apart by a slash with a space after it', () => {
    expect(parseStory([title, '', 'March 3, 2021', '', 'Jane Roe/ Tomas al-Varga', '', lede, '', more].join('\n')).authors).toEqual([
      { kind: 'person', name: 'Jane Roe' },
      { kind: 'person', name: 'Tomas al-Varga' },
    ])
  })

  it('signs with the initials after a dash closing the last paragraph', () => {
    expect(parseStory([title, '', 'March 3, 2021', '', lede, '', `${more} – VNTB`].join('\n')).authors).toEqual([{ kind: 'desk', name: 'VNTB' }])
    // A closing sentence that names an organisation in capitals is no sign-off.
    expect(parseStory([title, '', 'March 3, 2021', '', lede, '', 'The money comes from a fund run by the UNDP.'].join('\n')).authors).toEqual([])
  })

  it('reads a name in capitals over the city it was filed from, right over the lede', () => {
    expect(parseStory([title, '', 'March 3, 2021', '', 'JANE ROE', '', 'Marrow', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })

  it('takes a recurring feature dated in its title for no one\'s name, and its date for the story\'s', () => {
    const dated = 'Smoke Watch Bulletin - August 15, 2021'
    const story = parseStory(['News', '', dated, '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.headline).toBe(dated)
    expect(story.publishedAt).toBe('2021-08-15T00:00:00.000Z')
    // A person's name beside the date still signs.
    expect(parseStory([title, '', 'Jane Roe - August 15, 2021', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})

describe('dates printed in the title or the lede', () => {
  const lede = 'PORT ALDER— The harbour board has raised the fees it charges cargo ships for a berth by a tenth, the first rise in six years.'
  const more = 'The board said the extra money would pay for dredging the eastern channel, which has silted up since the winter storms.'

  it('splits a date glued to the end of the title', () => {
    const story = parseStory(['Harbour board raises berth fees for cargo shipsTuesday, June 7, 2022', lede, more].join('\n'))
    expect(story.headline).toBe('Harbour board raises berth fees for cargo ships')
    expect(story.publishedAt).toBe('2022-06-07T00:00:00.000Z')
  })

  it('reads the full date opening the lede before the outlet\'s initials and a dash', () => {
    const dated = 'May 10, 2018 (EBN) - The government has raised the price of petrol and diesel after the cabinet approved a new pricing formula.'
    const story = parseStory(['Fuel prices rise under new formula', '', dated, '', more].join('\n'))
    expect(story.publishedAt).toBe('2018-05-10T00:00:00.000Z')
    // A lede that only mentions a date in its first words is no dateline.
    const mention = 'May 10, 2018 was the day the government raised the price of petrol and diesel under its new pricing formula.'
    expect(parseStory(['Fuel prices rise under new formula', '', mention, '', more].join('\n')).publishedAt).toBeNull()
  })
})

describe('bylines of local and regional papers', () => {
  const title = 'Council agrees to reopen the canal towpath after repairs'
  const lede = 'The towpath along the canal between the two locks will reopen to walkers and cyclists at the end of the month, the council said.'
  const more = 'Repairs to the path began last autumn after part of the bank slipped into the water during heavy rain.'

  it('reads a name printed twice beside the date (the picture\'s text and the name) once', () => {
    const story = parseStory([title, '', 'Jane Roe Jane Roe - 3rd March 2025', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    // Two different people beside the date are not one.
    expect(parseStory([title, '', 'Jane Roe, John Doe - 3rd March 2025', '', lede, '', more].join('\n')).authors).toEqual([
      { kind: 'person', name: 'Jane Roe' },
      { kind: 'person', name: 'John Doe' },
    ])
  })

  it('lets the writer under an outlet\'s credit sign, and the outlet sign alone', () => {
    const header = [' date 2023-08-14 Uganda: Fishermen Protest New Net Rules', '', '13 August 2023', 'Lakeside Monitor (Jinja)']
    expect(parseStory([...header, 'By Okello Namuganza', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Okello Namuganza' }])
    expect(parseStory([...header, '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Lakeside Monitor' }])
    // A lede opening with "By" and a day is the story's, and the outlet still signs.
    const byDay = 'By Tuesday, the fishermen had gathered at the landing site to protest against the new rules on nets.'
    const story = parseStory([...header, '', byDay, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Lakeside Monitor' }])
    expect(story.paragraphs[0]).toBe(byDay)
  })

  it('reads "Staff reports" where the byline goes as the paper\'s desk', () => {
    expect(parseStory([title, '', 'Staff reports', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Staff reports' }])
    expect(parseStory([title, '', 'From staff reports', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Staff reports' }])
    // A sentence about staff reports is the story's.
    const sentence = 'Staff reports from the depot showed the repairs had fallen weeks behind.'
    const story = parseStory([title, '', 'Jane Roe', 'March 3, 2021', '', sentence, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.paragraphs[0]).toBe(sentence)
  })

  it('adds no publisher\'s account printed under a signed byline, and still adds up names printed one per line', () => {
    const story = parseStory([title, '', 'By KRDN Staff', 'Posted by ', 'Prairie Public', 'Prairie Public', ' 2 days ago', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'KRDN Staff' }])
    expect(parseStory([title, '', 'Jane Roe', 'John Doe', 'March 3, 2021', '', lede, '', more].join('\n')).authors).toEqual([
      { kind: 'person', name: 'Jane Roe' },
      { kind: 'person', name: 'John Doe' },
    ])
  })

  it('reads the byline run on after a column\'s title printed again, and keeps a title with "by" in it', () => {
    const story = parseStory(['Local News', '', 'Garden Notes', '', 'Garden Notes by Jane Roe', lede, '', more].join('\n'))
    expect(story.headline).toBe('Garden Notes')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    // A title that says who did something, printed once, is the headline and signs nothing.
    const rescued = parseStory(['Local News', '', 'Hikers Rescued by Coast Guard Crew', '', lede, '', more].join('\n'))
    expect(rescued.headline).toBe('Hikers Rescued by Coast Guard Crew')
    expect(rescued.authors).toEqual([])
  })

  it('takes people named with their offices, line by line, for a caption, not a byline', () => {
    const caption = ['City Manager Dale Orrick, Commissioner Nina Platt,', '', 'Mayor Howard Levesque, Commissioner Tom Aldana']
    const story = parseStory([title, '', lede, '', ...caption, '', more].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toEqual([lede, more])
    // A sentence that names office holders is the story's.
    const sentence = 'Mayor Howard Levesque and Commissioner Tom Aldana cut the ribbon before the first lunch was served.'
    expect(parseStory([title, '', lede, '', sentence, '', more].join('\n')).paragraphs).toEqual([lede, sentence, more])
    // A writer's name with a comma after it, signed, still signs.
    expect(parseStory([title, '', 'By Jane Roe,', 'March 3, 2021', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })

  it('takes a word in capitals under a transcript for a speaker\'s tag cut off, and still reads an agency\'s initials under a story', () => {
    const transcript = ['JANE ROE, BYLINE: The water marks on the walls reach just above the knees.', '', 'JOHN DOE: We moved what we could upstairs.', '', 'ROE: The county expects an answer by the summer.']
    expect(parseStory([title, '', lede, '', ...transcript, '', 'DOE'].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', 'March 3, 2021', '', lede, '', more, '', 'CTK'].join('\n')).authors).toEqual([{ kind: 'desk', name: 'CTK' }])
  })

  it('reads the day closing the browser\'s title bar when the page prints no date, and the printed date before it', () => {
    const bar = `${title} | Example News - news from the region | Example | 14.03.2021`
    expect(parseStory([bar, '', title, '', lede, '', more].join('\n'), { timeZone: 'Europe/Berlin' }).publishedAt).toBe('2021-03-13T23:00:00.000Z')
    expect(parseStory([bar, '', title, '', 'March 16, 2021', '', lede, '', more].join('\n'), { timeZone: 'Europe/Berlin' }).publishedAt).toBe('2021-03-15T23:00:00.000Z')
    // A row of scores or a table line that ends on a date is no title bar.
    expect(parseStory(['Home | Away | 14.03.2021', '', title, '', lede, '', more].join('\n')).publishedAt).toBeNull()
  })

  it('reads the writer from the contact line closing the story, and keeps a contact for an office or a story sentence', () => {
    const story = parseStory([title, '', lede, '', more, '', 'Contact Jane Roe at 555-0187.'].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.paragraphs).toEqual([lede, more])
    // An office's number is the story's.
    const office = 'Contact City Hall at 555-0100.'
    expect(parseStory([title, '', lede, '', more, '', office].join('\n')).paragraphs.at(-1)).toBe(office)
    // A byline wins over the contact line.
    expect(parseStory([title, '', 'By John Doe', '', lede, '', more, '', 'Contact Jane Roe at 555-0187.'].join('\n')).authors).toEqual([{ kind: 'person', name: 'John Doe' }])
    // A sentence that gives a contact is the story's.
    const sentence = 'Contact Jane Roe at 555-0187 to book a seat for the dinner.'
    expect(parseStory([title, '', lede, '', more, '', sentence].join('\n')).paragraphs.at(-1)).toBe(sentence)
  })

  it('reads a name with its paper\'s role after it, without a comma, also in capitals after a lower-case "by"', () => {
    expect(parseStory([title, '', 'by JANE ROE  News Reporter', '', '03 October 2023 - 17:02', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseStory([title, '', '03 Oct, 2023 - 17:10', '', 'Jane Roe Herald Reporter', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    // A desk's name that ends in a role's word is still the desk's.
    expect(parseStory([title, '', 'By The Herald Reporter', '', '03 Oct, 2023 - 17:10', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'The Herald Reporter' }])
  })

  it('reads the place or the staff after a writer\'s name and a comma as no author, and keeps an agency or a second writer', () => {
    const byline = (line: string) => parseStory([title, '', line, '', 'October 3, 2023', '', lede, '', more].join('\n')).authors
    expect(byline('By Jane Roe, Abuja')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(byline('Jane Roe, Patch Staff')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(byline('By Jane Roe, Reuters')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'Reuters' }])
    expect(byline('By Jane Roe, John Doe')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'person', name: 'John Doe' }])
  })

  it('reads an update\'s label glued to the year before it', () => {
    const story = parseStory([title, '', 'Jane Roe Senior Reporter', '', '17:02, 3 Oct 2023Updated 18:15, 3 Oct 2023', '', lede, '', more].join('\n'), { timeZone: 'Europe/London' })
    expect([story.publishedAt, story.modifiedAt]).toEqual(['2023-10-03T16:02:00.000Z', '2023-10-03T17:15:00.000Z'])
    // A word glued to a figure inside a sentence is the story's.
    const sentence = 'The 2023Updated edition of the guide lists forty walks along the canal and the river.'
    expect(parseStory([title, '', 'October 3, 2023', '', lede, '', sentence].join('\n')).paragraphs.at(-1)).toBe(sentence)
  })
})

describe('a page that breaks off at its end', () => {
  const title = 'Harbour board approves new ferry timetable'
  const lede = 'The harbour board approved a new ferry timetable on Tuesday that adds two late sailings on weekdays.'
  const more = 'The board said the extra sailings would start in May and run until the end of the summer season.'

  it('keeps the paragraph the page breaks off in as its last', () => {
    const cut = 'The operator will hire four more deckhands. It has not said how it will pay for the extra fu'
    const story = parseStory([title, '', lede, '', more, '', cut].join('\n'))
    expect(story.paragraphs.at(-1)).toBe(cut)
  })

  it('keeps a last paragraph that only lacks its full stop, a sign-off, a number or a clip under it', () => {
    const keeps = [
      // One sentence with its full stop lost.
      'The operator expects the late sailings to carry three hundred passengers a night in the first month of the service',
      // Initials signing the story.
      'The operator will hire four more deckhands. The first will start in April. NPA',
      // A telephone number closing the appeal.
      'The timetable is posted at the terminal. Anyone with questions can call the board on 0800 555 111',
      // A reporting clause closing the last sentence.
      'The operator will hire four more deckhands. It will pay for them from the fares, the board chairman said',
      // The words over a clip the page plays.
      'The chairman spoke to our newsroom on Tuesday. Listen to the interview here:',
    ]
    for (const last of keeps) expect(parseStory([title, '', lede, '', more, '', last].join('\n')).paragraphs.at(-1)).toBe(last)
    // A paragraph broken off is the story's when the page goes on under it (the page was not cut there).
    const unfinished = 'The operator will hire four more deckhands. It has not said how it will pay for the extra fu'
    expect(parseStory([title, '', lede, '', more, '', unfinished, '', 'Share this article', '', '© 2024 Harbour News'].join('\n')).paragraphs).toContain(unfinished)
  })
})

describe('a caption printed twice over the byline, the first time cut short', () => {
  const title = 'Two hikers rescued from flooded canyon near Redmesa'
  const preview = 'Late Sunday, two hikers were rescued from a flooded slot canyon near Redmesa after a...'
  const full = 'Late Sunday, two hikers were rescued from a flooded slot canyon near Redmesa after a storm sent water through the narrows.(wxyz)'
  const lede = 'REDMESA (WXYZ) - Two hikers were rescued from a flooded slot canyon near Redmesa late Sunday.'
  const more = 'A sudden storm upstream sent a wall of water through the narrows shortly after 4 p.m. on Sunday afternoon.'

  it('takes the title over the pair for the headline, and neither copy for the story', () => {
    const story = parseStory([title, '', preview, full, 'By Marisol Eberhardt', 'Published: Mar. 14, 2022 at 7:05 AM MDT', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs[0]).toBe(lede)
    expect(story.paragraphs).not.toContain(full)
  })

  it('keeps a paragraph printed in full under its cut-short teaser when the story goes on under it', () => {
    const paragraph = 'Late Sunday, two hikers were rescued from a flooded slot canyon near Redmesa after a storm sent water through the narrows.'
    const story = parseStory([title, '', 'By Marisol Eberhardt', 'March 14, 2022', '', preview, paragraph, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toContain(paragraph)
  })
})

describe('captions closed by a bracketed copyright or a "Photograph:" credit', () => {
  const title = 'Harbour strike ends after nine days'
  const lede = 'Dock workers at Port Carrig have voted to accept a pay deal that ends a strike which halted shipping for nine days.'
  const more = 'The deal gives workers a rise of six per cent over two years and a review of night-shift rates in the autumn.'

  it('takes neither caption for the headline or the story', () => {
    for (const caption of ['Dock workers leave the picket line outside the harbour gates on Monday evening. Photograph: Aoife Brennan/Coast Wire', 'Union leader Marta Velasquez greets the port director in Carrig, 3 March 2019. [© Port Carrig 2019 - Source : PC.]']) {
      const story = parseStory([title, '', caption, '', lede, '', more].join('\n'))
      expect(story.headline).toBe(title)
      expect(story.paragraphs).toEqual([lede, more])
    }
  })

  it('keeps story sentences that speak of a photograph or the copyright sign', () => {
    const photograph = 'The museum will show one picture a week from the archive. Photograph: a harbour at dawn, taken by an unknown sailor.'
    const sign = 'The logo, printed with the © sign [and the year], will go on every crate that leaves the port from next month.'
    const story = parseStory([title, '', lede, '', photograph, '', sign, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, photograph, sign, more])
  })
})

describe('a radio story closing on the words that introduce its clip', () => {
  const title = 'Council warns of flooding risk on lakeshore road'
  const lede = 'The county council has warned drivers to avoid the lakeshore road after heavy rain raised the water level overnight.'
  const more = 'Crews are pumping water from the worst stretch and expect to reopen one lane by the evening.'

  it('keeps the speaker\'s introduction as the last paragraph', () => {
    const intro = 'Senior engineer Niamh Corrigan from the council\'s roads department says drivers should not take any chances:'
    expect(parseStory([title, '', lede, '', more, '', intro, '', 'More from Lakeland News'].join('\n')).paragraphs.at(-1)).toBe(intro)
  })

  it('still drops a label with a colon that names no speaker under the story', () => {
    for (const label of ['Share this story with your friends on:', 'Tags:', 'Follow the council for the latest updates on:']) {
      expect(parseStory([title, '', lede, '', more, '', label].join('\n')).paragraphs.at(-1)).toBe(more)
    }
  })
})

describe('a question set as a strapline between the title and the byline', () => {
  const lede = 'Police have asked for help from the public after a man was assaulted near Eastbridge bus station on Saturday night.'
  const more = 'Officers were called to Canal Street at around 11pm after reports that a man had been punched by a group of three people.'

  it('takes the title over the question for the headline', () => {
    const title = 'Appeal for witnesses after late-night assault near Eastbridge bus station'
    expect(parseStory([title, '', 'Did you see anything?', '', 'Tomasz Wren - 3rd March 2025', '', lede, '', more].join('\n')).headline).toBe(title)
  })

  it('keeps a question that is the title itself, over the byline', () => {
    const question = 'Who assaulted the man at Eastbridge bus station?'
    expect(parseStory(['News', '', question, '', 'Tomasz Wren - 3rd March 2025', '', lede, '', more].join('\n')).headline).toBe(question)
    expect(parseStory(['News', '', 'Who did this?', '', 'Tomasz Wren - 3rd March 2025', '', lede, '', more].join('\n')).headline).toBe('Who did this?')
  })
})

describe('a slogan or sponsor line left open on "from" over the headline', () => {
  const lede = 'A man wanted for stealing cattle across three counties has been arrested in Kirimo after two years on the run.'
  const more = 'The Kirimo police commander confirmed the arrest and said the suspect would appear in court on Monday.'

  it('takes the title under it for the headline', () => {
    const title = 'Wanted cattle thief cornered by police and arrested in Kirimo.'
    expect(parseStory(["Breaking News, Valley News. Today's latest from", '', '', title, '', lede, '', more].join('\n')).headline).toBe(title)
    expect(parseStory(['Support for Valley Radio comes from', 'Stay Connected', '', title, '', lede, '', more].join('\n')).headline).toBe(title)
  })

  it('keeps a title ending in "from" over the byline', () => {
    const title = 'Where the cattle thieves of Kirimo came from'
    expect(parseStory(['News', '', title, '', 'By Jane Roe', 'March 3, 2025', '', lede, '', more].join('\n')).headline).toBe(title)
  })
})

describe('a feed\'s repost footer under the story', () => {
  const title = 'Lagoon bridge tolls to rise in March, says ministry'
  const lede = 'The works ministry says tolls on the lagoon bridge will rise by a quarter from March to pay for repairs to its southern ramp.'
  const more = 'Transport unions have asked the ministry to delay the rise until the repairs are finished.'

  it('drops "The post … appeared first on …"', () => {
    const footer = `The post ${title} appeared first on The Harbour Courier.`
    expect(parseStory([title, '', lede, '', more, '', footer].join('\n')).paragraphs).toEqual([lede, more])
  })

  it('keeps a story sentence about a post that appeared first somewhere', () => {
    const sentence = 'The post office in Kerrin appeared first on the list of branches to close, the union said on Tuesday.'
    expect(parseStory([title, '', lede, '', sentence, '', more].join('\n')).paragraphs).toEqual([lede, sentence, more])
  })
})

describe('agency datelines and agency names', () => {
  const title = 'Port official rejects reports that the northern ferry line will close'
  const more = 'He added that two new ferries would join the line in the autumn.'

  it('signs a story with the agency between slashes in the dateline', () => {
    const lede = 'KERRINGTON, May 14. /TASS/. The port authority has rejected reports that the ferry line would close.'
    expect(parseStory([title, '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'TASS' }])
  })

  it('reads no agency from a sentence with slashes or a lede without a dated place', () => {
    const lede = 'The port authority said on May 14 that its /ferry/ timetable, shared on the agency wire, was final.'
    expect(parseStory([title, '', lede, '', more].join('\n')).authors).toEqual([])
  })

  it('drops the place before an agency name and the section label after it', () => {
    const lede = 'Dunmore claimed a 2-0 home win against Harlow in the river derby on Saturday evening.'
    expect(parseStory([title, '', 'KERRIN-Anadolu Agency', lede, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Anadolu Agency' }])
    expect(parseStory([title, '', 'Anadolu Agency ECONOMY', 'Published August 09,2019', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Anadolu Agency' }])
  })

  it('keeps a person who signs over an agency dateline', () => {
    const lede = 'KERRINGTON (Sputnik) - A ministry spokesman said on Tuesday that talks on the grain deal would go on.'
    expect(parseStory([title, 'By Jane Roe', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})

describe('a caption of names under the title', () => {
  const title = 'Anna Varga to announce new fuel relief in address on Thursday'
  const lede = 'In a televised address on Thursday evening, Anna Varga is to announce new relief for households hit by fuel bills.'
  const more = 'Opposition parties said the relief came too late for the winter.'

  it('reads no byline from a subject named by office or in the possessive', () => {
    expect(parseStory([title, '', 'Prime Minister Anna Varga / PHOTOPRESS', lede, '', more].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', 'KLOVE’s Mira, Dan Ho Jin, Lee Sun Ah', '', lede, '', more].join('\n')).authors).toEqual([])
  })

  it('keeps a signed byline and a story sentence naming the office holder', () => {
    const sentence = 'Prime Minister Anna Varga said the rebate would reach households before the end of the month.'
    const story = parseStory([title, 'By Jane Roe', '', lede, '', sentence, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.paragraphs).toContain(sentence)
  })
})

describe('a post counter after the date', () => {
  const title = 'Han Seo Rin and Park Do Yun to star in new weekend family drama'
  const lede = 'Han Seo Rin and Park Do Yun have been confirmed as the leads of a new weekend drama about two noodle shops.'
  const more = 'It is due to air early next year.'

  it('reads the date before a bare count in thousands', () => {
    const story = parseStory([title, '', 'Published on Nov 18, 2022 07:05 PM IST  |  88.4K', lede, '', more].join('\n'))
    expect(story.publishedAt).toBe('2022-11-18T13:35:00.000Z')
  })

  it('keeps a story sentence that ends in a figure in thousands', () => {
    const sentence = 'Tickets for the premiere on Nov 18, 2022 sold out within an hour, the channel said | 12K.'
    expect(parseStory([title, '', lede, '', sentence, '', more].join('\n')).paragraphs).toContain(sentence)
  })
})

describe('a byline with the writer\'s handle in brackets and the date after it', () => {
  const title = 'Harbour captain says second win was the team\'s reward for patience'
  const lede = 'The Harbour captain says victory in the second match was earned by every member of the squad.'
  const more = 'The third match begins on Friday.'

  it('reads the writer and the date', () => {
    const story = parseStory([title, '', 'Samir Qadri (@SamirQ45821) Published March 09, 2023 | 06:12 PM', lede, '', more].join('\n'), { timezone: 'Asia/Karachi' } as never)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Samir Qadri' }])
  })

  it('keeps a story sentence that quotes a handle in brackets', () => {
    const sentence = 'Samir Qadri (@SamirQ45821) posted a picture of the trophy on Saturday night, and it was shared thousands of times.'
    expect(parseStory([title, '', lede, '', sentence, '', more].join('\n')).paragraphs).toContain(sentence)
  })
})

describe('a newsroom\'s "<initials> Report" signature', () => {
  const title = 'Ferry fares to rise next month, says shipping minister'
  const lede = 'Ferry fares on the river routes will rise by a tenth from next month to cover the cost of fuel, the minister said today.'
  const more = 'Passenger groups said the rise would hurt daily commuters most.'

  it('signs as a desk over the date', () => {
    expect(parseStory([title, '', 'KVN Report', '12 June, 2023, 03:15 pm', '', lede, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'KVN Report' }])
  })

  it('keeps a story sentence that cites a report by initials', () => {
    const sentence = 'The IMF Report published in May had warned that fuel costs would climb through the year.'
    const story = parseStory([title, '', lede, '', sentence, '', more].join('\n'))
    expect(story.paragraphs).toContain(sentence)
    expect(story.authors).toEqual([])
  })
})

describe('a last paragraph the page cut off, and one that only looks unfinished', () => {
  const title = 'Ferry board meets on winter timetable'
  const lede = 'The ferry board in Kellwick met on Tuesday to set the winter timetable for the island crossing.'
  const more = 'Board members said the crossing carries about four hundred islanders a week between November and March.'

  it('keeps a quotation opened and never closed at the end of the page', () => {
    const cut = '"We will keep the early boat, the late boat and the freight run on Fridays, and we will look again at the Sunday serv'
    expect(parseStory([title, '', lede, '', more, '', cut].join('\n')).paragraphs).toEqual([lede, more, cut])
  })

  it('keeps an opening quote mark left dangling after the last sentence', () => {
    const cut = '"We will keep the early boat," said the chair. "'
    expect(parseStory([title, '', lede, '', more, '', cut].join('\n')).paragraphs).toEqual([lede, more, cut])
  })

  it('keeps a short closing sentence that only lacks its full stop', () => {
    const closing = 'The chair said the timetable was "a fair result" and the board would meet again in the spring'
    expect(parseStory([title, '', lede, '', more, '', closing].join('\n')).paragraphs).toEqual([lede, more, closing])
  })

  it('keeps a last sentence ending in a colon over the clip or tweets it introduces', () => {
    const closing = 'Islanders were quick to give their views online, and below are some of them:'
    expect(parseStory([title, '', lede, '', more, '', closing].join('\n')).paragraphs).toEqual([lede, more, closing])
  })

  it('keeps a quote trailing off with no link to a full story under it', () => {
    const closing = 'Asked about the Sunday boat, the chair said only: "We will see . . ."'
    expect(parseStory([title, '', lede, '', more, '', closing].join('\n')).paragraphs).toEqual([lede, more, closing])
  })

  it('drops the site\'s teaser cut over "Read Full Story"', () => {
    const teaser = 'On Wednesday the board chair told the island council that the Sunday boat . . .'
    expect(parseStory([title, '', lede, '', more, '', teaser, '', 'Read Full Story'].join('\n')).paragraphs).toEqual([lede, more])
  })
})

describe('a public newsroom\'s funding appeal', () => {
  const title = 'Valley council backs plan to buy motel for shelter'
  const lede = 'The Valley council voted on Wednesday to buy a closed motel on Route 9 and turn it into a shelter with forty beds.'
  const more = 'Council members said the purchase would be paid for with a state housing grant and would not touch the reserves.'

  it('drops the appeal over the headline and the editor\'s letter under the story', () => {
    const banner = 'We count on readers like you to protect our nonprofit newsroom. Become a monthly member and sustain local journalism.'
    const letter = "As Editor-in-Chief of our newsroom, I'm proud of the work our reporters do."
    const story = parseStory([banner, title, '', lede, '', more, '', letter, '', 'Simply put, we cannot do this essential work without your help.'].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps story sentences about members, editors and help', () => {
    const members = "The shelter's director said she would count on volunteers like the ones who helped last winter, and asked residents to become a member of its board."
    const editor = 'As editor of the town paper for twenty years, Ruth Kell said the council had never spent so much on one building.'
    expect(parseStory([title, '', lede, '', members, '', editor, '', more].join('\n')).paragraphs).toEqual([lede, members, editor, more])
  })
})

describe('a picture\'s alternative text under its file name', () => {
  const title = 'Harbour app maker launches phone and speaker to stay in race'
  const lede = 'Harbour Labs announced its third phone on Monday, saying it would sell for less than half the price of the leading models.'
  const more = 'The company also showed a speaker that it says will work with any phone sold in the region.'

  it('drops the alternative text under a one-word file name', () => {
    expect(parseStory([title, '', 'Written by Lena Marsh', 'harbourphone', 'Harbour phone and speaker', '', lede, '', more].join('\n')).paragraphs).toEqual([lede, more])
  })

  it('keeps a short opening line under a lower-case word that is no file name', () => {
    expect(parseStory([title, '', 'Written by Lena Marsh', '', lede, '', more].join('\n')).paragraphs).toEqual([lede, more])
  })
})

describe('a generation after the name in a byline', () => {
  const title = 'County board delays vote on new bridge tolls'
  const lede = 'The county board put off a vote on new tolls for the river bridge on Tuesday after more than forty residents signed up to speak against them.'

  it.each([
    ['By Walter Brandt Jr.', ['Walter Brandt Jr.']],
    ['By Walter Brandt, Jr.', ['Walter Brandt Jr.']],
    ['By Walter Brandt III and Celia Omondi', ['Walter Brandt III', 'Celia Omondi']],
    ['By Walter Brandt Sr., Staff Writer', ['Walter Brandt Sr.']],
  ])('reads %s', (byline, names) => {
    const story = parseStory([title, '', byline, '', lede].join('\n'))
    expect(story.authors.map((author) => author.name)).toEqual(names)
    expect(story.paragraphs).toEqual([lede])
  })

  it('still takes a line that ends a sentence for no byline', () => {
    const story = parseStory([title, '', 'By the end of the day the board had heard from everyone.', '', lede].join('\n'))
    expect(story.authors).toEqual([])
  })
})

describe('a byline broken over lines under its "By" label', () => {
  const title = 'Harbour talks can only end the dispute: minister'
  const lede = 'PORT ALDER: The fisheries minister says the dispute over the northern harbour cannot be settled by blockades and that both fleets must return to the table.'
  const more = 'The fleets have not yet said whether they will attend the talks next week.'

  it('signs the agency named under "By", its separator and date on the lines below', () => {
    const story = parseStory([title, 'By', 'AFP', '|', 'March 3, 2015', lede, more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'AFP' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('signs no sentence printed under a "By" label', () => {
    const sentence = 'Fishing boats blocked the harbour mouth for a third day on Monday.'
    const story = parseStory([title, 'By', sentence, '|', 'March 3, 2015', lede, more].join('\n'))
    expect(story.authors).toEqual([])
  })
})

describe('an agency credited as the source in the header', () => {
  const title = "'We never stopped believing,' says captain"
  const lede = 'The national hockey captain said on Wednesday that the side had never stopped believing it could win the series, even after losing the opening match by three goals.'
  const more = 'The side won the next two matches to take the series and will now travel to the qualifying tournament next month.'

  it('signs as a desk beside the date line when nothing else names anyone', () => {
    const story = parseStory([title, '', 'Source: IANS', 'Last updated on: June 12, 2019 18:20 IST', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'IANS' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('gives way to a byline that names the writer', () => {
    const story = parseStory([title, '', 'By Mira Okafor', 'Source: IANS', 'June 12, 2019 18:20 IST', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Mira Okafor' }])
  })

  it('signs nothing as a source that is no agency', () => {
    expect(parseStory([title, '', 'Source: Team website', 'June 12, 2019 18:20 IST', '', lede, '', more].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', 'Sources: police, coaches', 'June 12, 2019 18:20 IST', '', lede, '', more].join('\n')).authors).toEqual([])
  })
})

describe('a paper\'s header rows: the section before the date, the site before the editor, the paper and its city', () => {
  const title = 'Ferry strike: boat owners agree to talks after third day'
  const lede = 'Boat owners in Kochi agreed on Sunday to talks with the port authority, ending three days in which no ferry crossed to the islands.'
  const more = 'The owners stopped sailing on Thursday over a rise in the fee the port charges for each landing.'

  it('reads the date after a section in lower case and signs the editor, never the paper or its city', () => {
    const story = parseStory([title, '', 'kerala Updated: Mar 14, 2021, 09:41 IST', 'coastalexpress.com| Edited by: Rohan Varghese', 'Coastal Times, Kochi', '', lede, '', more].join('\n'))
    expect(story.publishedAt).toBe('2021-03-14T04:11:00.000Z')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Rohan Varghese' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a writer whose byline names the paper and the city', () => {
    const story = parseStory([title, '', 'By Rohan Varghese, Coastal Times, Kochi', 'Mar 14, 2021, 09:41 IST', '', lede, '', more].join('\n'))
    expect(story.authors.filter((author) => author.kind === 'person')).toEqual([{ kind: 'person', name: 'Rohan Varghese' }])
  })

  it('keeps a sentence in lower case that mentions an update', () => {
    const line = 'residents updated on March 14, 2021 said the ferries were running again.'
    const story = parseStory([title, '', 'Mar 14, 2021, 09:41 IST', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toContain(line)
  })
})

describe('a date and its time glued before the first sentence', () => {
  const title = 'Harbour club keeps its coach for two more seasons'
  const lede = 'Harbour City coach Tomas Reyes has agreed a new contract that keeps him at the club until 2021, and will also take charge of the regional side.'
  const more = 'The coach, who took over three years ago, led the side to its first league title last spring.'

  it('reads the date and keeps the sentence', () => {
    const story = parseStory([title, '', `March 4, 2019 11:20am EST ${lede}`, '', more].join('\n'))
    expect(story.publishedAt).toBe('2019-03-04T16:20:00.000Z')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('leaves a sentence that opens with a day and no time whole', () => {
    const opening = 'March 4, 2019 was the day Harbour City finally won the league, and the coach has not forgotten it.'
    const story = parseStory([title, '', 'May 2, 2021', '', opening, '', more].join('\n'))
    expect(story.paragraphs).toEqual([opening, more])
  })
})

describe('a day in figures with a two-digit year opening the lede', () => {
  const title = 'Bridge Closed After Barge Strikes Pier'
  const lede = 'The river bridge on Route 9 will stay closed at least through the weekend after a barge struck one of its piers Monday night, state engineers say.'
  const more = 'Inspectors spent Tuesday looking at the damaged pier from a boat and say they will need divers to finish the job.'

  it.each([
    ['03-14-06', '2006-03-14T00:00:00.000Z'],
    ['14-03-06', '2006-03-14T00:00:00.000Z'],
    ['11-02-98', '1998-11-02T00:00:00.000Z'],
  ])('reads %s as the date', (day, iso) => {
    const story = parseStory([title, '', `${day} - ${lede}`, '', more].join('\n'))
    expect(story.publishedAt).toBe(iso)
    expect(story.paragraphs).toEqual([`${day} - ${lede}`, more])
  })

  it('reads no score or impossible day, and keeps the date the page prints', () => {
    expect(parseStory([title, '', `3-1 - ${lede}`, '', more].join('\n')).publishedAt).toBeNull()
    expect(parseStory([title, '', `14-15-06 - ${lede}`, '', more].join('\n')).publishedAt).toBeNull()
    expect(parseStory([title, '', 'May 2, 2007', '', `03-14-06 - ${lede}`, '', more].join('\n')).publishedAt).toBe('2007-05-02T00:00:00.000Z')
  })
})

describe('a share bar button over the date line', () => {
  it('reads no byline in it', () => {
    expect(parseByline('Short Url')).toBeNull()
    expect(parseByline('Short URL')).toBeNull()
  })

  it('still reads a name that is no button', () => {
    expect(parseByline('Jane Short')).toEqual([{ kind: 'person', name: 'Jane Short' }])
  })
})

describe('a caption naming an official by office under the headline', () => {
  it('reads no byline in it', () => {
    expect(parseByline('Legal Affairs Minister and Attorney General Rowan Castell')).toBeNull()
    expect(parseByline('Attorney General Rowan Castell')).toBeNull()
    expect(parseByline('Rowan Castell, Home Secretary')).toBeNull()
  })

  it('still reads writers whose bylines resemble offices', () => {
    expect(parseByline('By Jane Minister')).toEqual([{ kind: 'person', name: 'Jane Minister' }])
    expect(parseByline('By Rowan Castell and Jane Roe')).toEqual([
      { kind: 'person', name: 'Rowan Castell' },
      { kind: 'person', name: 'Jane Roe' },
    ])
    expect(parseByline('By Rowan Castell, Political Editor')).toEqual([{ kind: 'person', name: 'Rowan Castell' }])
  })
})

describe('a newsroom run on after the signed name', () => {
  it('signs the person alone when a newsroom ending in "News" is run on after the name', () => {
    expect(parseByline('By Dana Whitlock Prairie News')).toEqual([{ kind: 'person', name: 'Dana Whitlock' }])
    expect(parseByline('By Dana Q. Whitlock Prairie News')).toEqual([{ kind: 'person', name: 'Dana Q. Whitlock' }])
  })

  it('leaves a newsroom that is all the byline, and a role before the newsroom, as a desk', () => {
    expect(parseByline('By The Daily Star News')).toEqual([{ kind: 'desk', name: 'The Daily Star News' }])
    expect(parseByline('By Staff Reporter Prairie News')?.every((author) => author.kind === 'desk')).toBe(true)
    expect(parseByline('By Prairie News')).toEqual([{ kind: 'desk', name: 'Prairie News' }])
  })
})

describe("a desk's staff named alone under the date line", () => {
  const title = 'Police seek witnesses after lorry overturns on ring road'
  const lede = 'Police are asking for witnesses after a lorry overturned on the northern ring road on Monday evening, blocking both lanes for several hours.'
  const more = 'The driver, a man in his 40s, was taken to hospital with injuries that are not thought to be serious.'

  it('signs the desk as printed and keeps the line out of the story', () => {
    const story = parseStory([title, 'Tuesday, May 09, 2023 - 14:20 PM', 'Digital Desk staff', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Digital Desk staff' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('reads no desk in a sentence about the staff', () => {
    const sentence = 'The news desk staff were told on Monday that the office would move to the harbour building next year.'
    const story = parseStory([title, 'Tuesday, May 09, 2023 - 14:20 PM', '', sentence, '', more].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs[0]).toBe(sentence)
  })
})

describe("a correspondent's role, the site's address and the place, then the date, on one line", () => {
  const title = 'Ferry fares to rise before the holiday season: Shipping Minister'
  const lede = 'The Shipping Minister said on Tuesday that ferry fares on the southern routes would rise by a tenth before the holiday season, as fuel costs had gone up.'
  const more = 'He told reporters after a meeting with ferry operators at the port office that the rise would be the first in four years.'

  it('signs the role as the desk and reads the date', () => {
    const story = parseStory([title, '', 'Staff Correspondent Examplenews24.com, Khulna | 2023-04-11 09:05:31', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Staff Correspondent' }])
    expect(story.publishedAt).toBe('2023-04-11T09:05:31.000Z')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a sentence about a correspondent and a site', () => {
    const sentence = 'Staff reporters at Examplenews24.com, the port office said, had asked the operators about the new fares.'
    const story = parseStory([title, '', '2023-04-11 09:05:31', '', sentence, '', more].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs[0]).toBe(sentence)
  })
})

describe("a station's copyright notice closing a story no one signs", () => {
  const title = 'Two hikers rescued from canyon after flash flood'
  const lede = 'PINE RIDGE, Ariz. -- Two hikers were lifted out of a canyon by helicopter Wednesday after a flash flood cut off the trail they had taken in the morning.'
  const more = 'Rescuers said both were cold and tired but unhurt when they were reached late in the afternoon.'
  const page = (...lines: string[]) => parseStory([title, '', 'Wednesday, June 12, 2019', '', ...lines].join('\n'))

  it('signs the station or the network as a desk', () => {
    expect(page(lede, '', more, '', 'Copyright © 2019 KXBT-TV. All Rights Reserved.').authors).toEqual([{ kind: 'desk', name: 'KXBT-TV' }])
    expect(page(lede, '', more, '', 'Copyright © 2018, Example Radio. All rights reserved.').authors).toEqual([{ kind: 'desk', name: 'Example Radio' }])
  })

  it('leaves the byline to sign, and a company notice unsigned', () => {
    expect(page('By Jane Roe', '', lede, '', more, '', 'Copyright © 2019 KXBT-TV. All Rights Reserved.').authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(page(lede, '', more, '', 'Copyright © 2019 Example Media Group. All Rights Reserved.').authors).toEqual([])
    expect(page(lede, '', more, '', 'Copyright © 2019 Jane Roe. All Rights Reserved.').authors).toEqual([])
  })
})

describe('a sentence closed inside straight single quotes', () => {
  const title = "'We kept our heads. That is what won it'"
  const deck = "'Whether we are behind or ahead, we keep talking to each other, and when the pressure comes we answer it on the pitch.'"
  const lede = "Harbour City captain Dev Malhotra on Tuesday called the shield win the calmest performance of his side's season, saying his young team mates never lost their shape when the visitors pressed."
  const more = 'The side came back from a goal down at half-time to win 2-1 with two goals in the last quarter of an hour.'

  it('drops a newsletter prompt over a quoted deck and keeps the deck out of the story', () => {
    const story = parseStory([title, '', 'By Asha Rao', 'May 14, 2019 18:20 IST', 'Get Example News in your Inbox:', '', deck, '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs.slice(-2)).toEqual([lede, more])
    expect(story.paragraphs).not.toContain('Get Example News in your Inbox:')
  })

  it('keeps a quoted paragraph inside the story as a paragraph', () => {
    const story = parseStory([title, '', 'By Asha Rao', '', lede, '', deck, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, deck, more])
  })

  it('keeps a plural possessive closing a title from reading as a finished sentence', () => {
    const story = parseStory(['Harbour City win the shield for the players', '', 'By Asha Rao', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Harbour City win the shield for the players')
  })
})

describe("an advert's placeholder tag between paragraphs", () => {
  const title = 'Ferry crew rescue two kayakers off Gull Point'
  const lede = 'Two kayakers were pulled from the water off Gull Point on Saturday afternoon after their boats overturned in a sudden squall, the harbour authority said.'
  const more = 'Both kayakers were taken to Harbour General Hospital to be treated for the cold and were released later the same evening.'

  it.each(['[Ads /]', '[post_ad]', 'More Port Alder Harbour News» [post_ad]'])('drops %s', (tag) => {
    expect(parseStory([title, '', 'By Marta Lindqvist', '', lede, tag, more].join('\n')).paragraphs).toEqual([lede, more])
  })

  it.each(['[Updated]', '[inaudible]'])('keeps a note in brackets, %s', (note) => {
    expect(parseStory([title, '', 'By Marta Lindqvist', '', lede, '', note, '', more].join('\n')).paragraphs).toContain(note)
  })
})

describe("a station's footer buttons under the story", () => {
  const title = 'Crews battle brush fire near Lakeside reservoir'
  const lede = 'Fire crews spent Thursday afternoon fighting a brush fire that burned about 40 acres near the Lakeside reservoir, the county fire service said.'
  const last = 'Officials said the cause of the fire was under investigation.'

  it('ends the story at "Send a News Tip", "Report a Typo" and "Related Topics:"', () => {
    const footer = ['Send a News Tip to Channel 9 News', 'Learn More About Channel 9 Apps', 'Report a Typo', 'Related Topics:', 'u.s. & worldbrush fire']
    expect(parseStory([title, '', 'By Dana Whitfield', '', lede, '', last, '', ...footer].join('\n')).paragraphs).toEqual([lede, last])
  })

  it('keeps a sentence about sending tips to the police', () => {
    const tips = 'Anyone who saw the fire start is asked to send a news tip or a photo to the fire service through its website.'
    expect(parseStory([title, '', 'By Dana Whitfield', '', lede, '', tips, '', last].join('\n')).paragraphs).toEqual([lede, tips, last])
  })
})

describe('a notice that comments are shut, under the story', () => {
  const title = 'Row over parking charges at Gull Point marina'
  const lede = 'Boat owners at Gull Point marina say new parking charges will cost some of them more than their moorings.'
  const last = '"Nobody asked us, and the price is more than many of us pay for the berth itself," said Liz Carver, who chairs the owners\' club.'

  it.each(['Sorry, we are not accepting comments on this article.', 'Comments have been disabled for this story.', 'Commenting is closed for this article.'])('drops "%s"', (notice) => {
    expect(parseStory([title, '', 'By Owen Pryce', '', lede, '', last, '', notice].join('\n')).paragraphs).toEqual([lede, last])
  })

  it('keeps a sentence that reports comments being closed', () => {
    const closed = 'The council said it was not accepting comments on the plan after Friday, and the vote would go ahead in July.'
    expect(parseStory([title, '', 'By Owen Pryce', '', lede, '', closed, '', last].join('\n')).paragraphs).toEqual([lede, closed, last])
  })
})

describe('a page cut off at its end on a figure or inside one long sentence', () => {
  const title = 'How a shipping recall works, step by step'
  const lede = "When a shipping line finds a fault in a container model, the steps that follow are set by the port authority's rules and are the same at every quay."
  const more = 'For a start, most recalls are begun by the container makers themselves. The port authority can order a recall only when a fault puts dock workers at risk.'
  const page = (last: string) => parseStory([title, '', 'By Priya Nandakumar', '', lede, '', more, '', last].join('\n')).paragraphs

  it('keeps a paragraph broken off on the first digit of a figure', () => {
    const cut = 'Once a maker has decided a model is unsafe, it tells the authority. The owner must then report the fault within 2'
    expect(page(cut)).toEqual([lede, more, cut])
  })

  it('keeps one long sentence broken off in a word', () => {
    const cut = 'The chair, who was removed over claims of misuse of public funds and conflicts of interest, has yet to return to her desk despite the High Court orde'
    expect(page(cut)).toEqual([lede, more, cut])
  })

  it('keeps a closing line that ends on a telephone number', () => {
    const phone = 'Owners with questions can call the authority. The line is open on weekdays on 0800 555 111'
    expect(page(phone)).toEqual([lede, more, phone])
  })

  it('keeps a closing sentence of twenty-odd words that only lacks its full stop', () => {
    const lost = 'The authority expects the review of the container rules to reach the ministers in the first week of the new financial year'
    expect(page(lost)).toEqual([lede, more, lost])
  })
})

describe("a station's dateline alone on its line, left open on its dash", () => {
  const title = 'Officials say 3 hikers rescued from flooded canyon'
  const caption = 'Three hikers rescued near Redmesa: Dana Pruitt reports on Channel 9 News at 6 p.m., March 2, 2021 (KXAM)'
  const lede = 'Officials say three hikers have been rescued.'
  const more = "The county sheriff's office said the hikers were found on a ledge above the water late Tuesday afternoon after a relative called for help."

  it('takes the title over the section label and the dateline, and drops the video caption', () => {
    const story = parseStory(['U.S. & WORLD', '', title, '', 'EMBED </>More Videos', '', caption, '', 'REDMESA, Ariz. (KXAM) --', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
    expect(story.authors).toEqual([{ kind: 'desk', name: 'KXAM' }])
  })

  it('keeps a dateline run on into its lede as the first paragraph', () => {
    const story = parseStory([title, '', `REDMESA, Ariz. (KXAM) -- ${lede}`, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([`REDMESA, Ariz. (KXAM) -- ${lede}`, more])
  })

  it('keeps a title in capitals that is no section label', () => {
    const story = parseStory(['HARBOUR FLOODS AGAIN', '', 'By Dana Pruitt', '', more].join('\n'))
    expect(story.headline).toBe('HARBOUR FLOODS AGAIN')
  })
})

describe('a deck over a bare "Published" label', () => {
  const title = 'Uproar as anglers barred from recording harbour board meeting'
  const deck = "A harbour board meeting broke up in uproar when anglers were told they could not record it, despite the board's own rules allowing the public to do so."
  const lede = 'Board members ended the meeting at Gull Point on Tuesday evening minutes after it opened, saying the anglers had no right to film the debate.'
  const more = 'The anglers had come to object to plans for a new slipway on the north quay, which they say will close the best fishing spot in the harbour.'

  it('reads the line between the title and the label as the standfirst', () => {
    const story = parseStory([title, '', deck, '', 'Published', '', lede, '', more].join('\n'))
    expect(story.standfirst).toBe(deck)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps the lede under the label as the first paragraph', () => {
    const story = parseStory([title, '', 'Published', '', lede, '', more].join('\n'))
    expect(story.standfirst).toBeNull()
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph of several sentences over the label as the story', () => {
    const opening = `${lede} The chair said the board would meet again next week.`
    const story = parseStory([title, '', opening, '', 'Published', '', more].join('\n'))
    expect(story.paragraphs[0]).toBe(opening)
  })
})

describe("a picture's caption printed twice, the second time with the agency's initials glued on", () => {
  const title = "Harbour City 'on a mission' at the Shield after injury setbacks"
  const caption = 'Malhotra gives his players instructions'
  const lede = 'Harbour City coach Dev Malhotra insisted Wednesday it was simply bad luck that two players were hurt in separate training drills on the eve of their Shield match.'
  const more = 'The side were already without their captain for the match at the Riverside Ground on Thursday, and now their second striker is also out.'

  it('takes the title over the caption and drops both copies', () => {
    const story = parseStory(['Advertisement', 'Advertisement', '', title, '', caption, `${caption}EXW`, lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a lede that opens with the line above it and goes on as a sentence', () => {
    const opening = 'Council backs harbour plan'
    const story = parseStory([opening, '', 'By Asha Rao', '', `${opening}NHS leaders called vital for the town, saying the two clinics on the quay would close without it.`, '', more].join('\n'))
    expect(story.headline).toBe(opening)
    expect(story.paragraphs).toHaveLength(2)
  })
})

describe("a picture's text of two words printed twice inside the story", () => {
  const title = 'Police arrest two suspects over bridge robberies in Eastvale'
  const lede = 'The Eastvale Police Command has arrested two suspects accused of robbing motorists caught in traffic on the Mill Road bridge over the past month.'
  const more = "The command's spokesman, Inspector Tunde Bakare, confirmed the arrests in a statement on Sunday."

  it('drops both copies under the lede', () => {
    expect(parseStory([title, '', lede, '', 'Eastvale Police', 'Eastvale Police', '', more].join('\n')).paragraphs).toEqual([lede, more])
  })

  it('keeps a subhead of two words printed once', () => {
    expect(parseStory([title, '', lede, '', 'Bridge closures', '', more].join('\n')).paragraphs).toEqual([lede, 'Bridge closures', more])
  })
})

describe("a picture's credit glued before the lede's dateline in brackets", () => {
  const title = 'Suspect held after two rangers hurt in dispute over timber at Redmesa'
  const lede = "(REDMESA, Ariz.) — A man suspected of injuring two park rangers at a remote camp in northern Arizona is in custody, the county sheriff's office has confirmed."
  const more = "The rangers were checking a report on Tuesday afternoon of a man cutting live trees inside the park boundary, the sheriff's office said."

  it('sets the credit apart and keeps the lede from its dateline on', () => {
    const story = parseStory([title, '', `TomasReyes/Example Stock${lede}`, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a lede with a bracket after a space whole', () => {
    const opening = "Two rangers hurt (REDMESA, Ariz.) — a man is in custody after two park rangers were injured at a remote camp, the sheriff's office said."
    expect(parseStory([title, '', opening, '', more].join('\n')).paragraphs).toEqual([opening, more])
  })
})

describe('a date glued before the deck, a cropped picture and a "MORE:" row of links', () => {
  const title = 'Dev Malhotra signs new deal with Harbour City'
  const deck = 'Harbour City coach Dev Malhotra has signed a new deal to stay in the role until 2021, and will also coach the county side.'
  const lede = 'Dev Malhotra has signed a new deal to coach Harbour City for the next two seasons, the club said on Monday.'
  const more = 'Malhotra led the side to the Shield final last year, where they lost 2-1 to Eastvale.'

  it('sets the date apart, reads the deck as the standfirst and drops the picture and the links', () => {
    const story = parseStory([title, '', 'LEAGUE', `March 4, 2019 5:12pm EST ${deck}`, 'Malhotra - cropped', 'Harbour City coach Dev Malhotra (Getty Images)', '', lede, '', 'MORE: Eastvale keeper opens up on leaving the clubRiverside captain sorry for late tackle', '', more].join('\n'), { timeZone: 'America/New_York' })
    expect(story.publishedAt).toBe('2019-03-04T22:12:00.000Z')
    expect(story.standfirst).toBe(deck)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a lede that opens on a date without a time', () => {
    const opening = 'March 4, 2019 was the day Harbour City coach Dev Malhotra signed the deal that kept him at the club until 2021.'
    expect(parseStory([title, '', 'By Asha Rao', '', opening, '', more].join('\n')).paragraphs).toEqual([opening, more])
  })

  it('keeps a sentence that quotes "more" in capitals inside it', () => {
    const shout = 'Fans chanted "MORE: we want more" as the coach walked out to sign the deal on the pitch before the match.'
    expect(parseStory([title, '', 'By Asha Rao', '', lede, '', shout].join('\n')).paragraphs).toEqual([lede, shout])
  })
})

describe("a writer's card under the story, the bio opening on the first name", () => {
  const title = "Malhotra's injury a big blow to the side – Coach"
  const lede = 'The coach of Harbour City, Tom Reyes, has said the injury to his winger, Dev Malhotra, is a big setback for the team.'
  const more = "The winger was forced off in the 37th minute of the goalless draw with Eastvale, a loss Reyes said would leave a gap in the side's attack."
  const last = 'Malhotra will have a scan on Tuesday to find out how bad the injury is.'
  const bio = 'Asha is an editor at Example Sport. She has covered football for a decade and has worked with several papers.'

  it('drops the card and the follow prompt, and the card names the writer', () => {
    const story = parseStory([title, '', lede, '', more, '', last, '', 'For the latest football news, follow us on Twitter and like our Facebook page.', '', 'Asha Rao', '', bio, '', 'Share', 'Published by', 'Asha Rao'].join('\n'))
    expect(story.paragraphs).toEqual([lede, more, last])
    expect(story.authors).toEqual([{ kind: 'person', name: 'Asha Rao' }])
  })

  it('keeps a closing paragraph about someone in the story who is an editor', () => {
    const subhead = 'Tom Reyes'
    const closing = 'Tom is a former editor of the club magazine and said he had never seen the squad so short of strikers.'
    const story = parseStory([title, '', 'By Asha Rao', '', lede, '', more, '', last, '', subhead, '', closing].join('\n'))
    expect(story.paragraphs).toContain(closing)
  })
})

describe("a picture agency's caption inside the story", () => {
  const title = 'Reyes: Malhotra injury a setback for Harbour City'
  const lede = 'The coach of Harbour City, Tom Reyes, has said the injury to his winger, Dev Malhotra, is a big setback for the team before the cup run.'
  const more = 'Malhotra will have a scan on Tuesday to find out how bad the injury is.'
  const page = (line: string) => parseStory([title, '', 'By Asha Rao', '', lede, '', line, '', more].join('\n')).paragraphs

  it('drops the caption in its fixed form', () => {
    expect(page('Dev Malhotra of Harbour City pulls up injured during the League One match between Eastvale and Harbour City at the Riverside Ground on March 07, 2021 in Port Alder, England.')).toEqual([lede, more])
  })

  it.each([
    'Malhotra was born on June 4, 1998 in Eastvale, England, and joined the club from its academy at fourteen.',
    'Malhotra was hurt during the League One match against Eastvale on March 7, 2021 in Port Alder, England, the club said.',
    '"He felt it during the match," Reyes said of the injury on March 7, 2021 in Port Alder, England.',
  ])('keeps a sentence of the story: %s', (sentence) => {
    expect(page(sentence)).toEqual([lede, sentence, more])
  })
})

describe('"Read: Title" between paragraphs', () => {
  const title = 'Residents fault councillors over state of Eastvale roads'
  const lede = 'Residents of Eastvale say their ward councillors have done little about roads that become impassable every time it rains.'
  const more = "The council's roads committee has not met since March, according to its published minutes."
  const page = (line: string) => parseStory([title, '', 'By Wanjiru Kamau', '', lede, '', line, '', more].join('\n'))

  it('reads the title as a Read-also link', () => {
    const story = page('Read: Most voters back early council poll – survey')
    expect(story.readAlso).toEqual(['Most voters back early council poll – survey'])
    expect(story.paragraphs).toEqual([lede, 'Read also: Most voters back early council poll – survey', more])
  })

  it.each(["Read: the council's statement, which runs to four pages, is printed in full below.", 'Read: He said the vote was fair. She did not agree with him at all.'])('keeps a line of the story that opens on "Read:": %s', (line) => {
    const story = page(line)
    expect(story.readAlso).toEqual([])
    expect(story.paragraphs).toContain(line)
  })
})

describe("a picture's alternative text in lower case between paragraphs", () => {
  const title = 'What harbour shops do when a fuel recall happens'
  const lede = 'Recalls of marine fuel are rarer than food recalls, but every chandler on the coast has a plan for one.'
  const more = 'Most recalls begin with a notice from the supplier to every shop that bought the batch, usually by email.'

  it('drops the words alone between two paragraphs', () => {
    expect(parseStory([title, '', 'By Asha Rao', '', lede, '', 'fuel pumps', '', more].join('\n')).paragraphs).toEqual([lede, more])
  })

  it('keeps a list of such words, one per line', () => {
    const story = parseStory([title, '', 'By Asha Rao', '', lede, '', 'flares', 'life jackets', 'spare fuel', '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, 'flares', 'life jackets', 'spare fuel', more])
  })
})

describe('a long picker or menu over the title', () => {
  const title = 'Machine Makers Expand Plants Across the Midlands'
  const lede = 'Recent investments in new plant space give a look at which industries and which regions are driving growth among machine makers this year.'
  const more = 'Elsewhere, a pump maker said it would double the size of its Eastvale works by the end of next year.'
  const regions = Array.from({ length: 70 }, (_, at) => `Region ${String.fromCharCode(65 + (at % 26))}${at}`)

  it('passes over seventy lines of a picker to the title under it', () => {
    const story = parseStory(['All', 'Suppliers', 'By Category, Company or Brand', 'All Regions', ...regions, '', title, '', 'Subscribe', title, '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
    expect(story.authors).toEqual([])
  })

  it('keeps a byline under a short menu', () => {
    const story = parseStory(['Home', 'News', 'Business', '', title, 'By Asha Rao', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Asha Rao' }])
  })

  it('keeps a list of short lines inside the story', () => {
    const towns = ['Northland', 'Southmoor', 'Eastvale', 'Westreach', 'Port Alder', 'Gull Point', 'Lakeside', 'Redmesa', 'Harbour City', 'Mill Valley', 'Stonebridge', 'Ashford']
    const story = parseStory([title, '', 'By Asha Rao', '', lede, '', 'The new plants will be in:', ...towns, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, 'The new plants will be in:', ...towns, more])
  })
})

describe('a caption closing on "(Photo courtesy: …)" between paragraphs', () => {
  const title = 'Gunmen rob harbour ferry office'
  const lede = 'Two armed men robbed the ticket office of the island ferry on Sunday before escaping on a motorbike, a police spokesman said.'
  const more = 'Inspector Dalia Morven said officers were still looking at footage from cameras along the quay.'
  const page = (line: string) => parseStory([title, '', 'By Asha Rao', '', lede, '', line, '', more].join('\n'))

  it('drops the caption', () => {
    expect(page('The undated photo shows the ferry office on the main quay. (Photo courtesy: Social media)').paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph that closes on a courtesy in brackets that is no picture\'s', () => {
    const line = 'The harbour board thanked the ferry staff for their patience. (A courtesy: the board said, that was long overdue.)'
    expect(page(line).paragraphs).toContain(line)
  })
})

describe('a tool bar of buttons set apart by bars', () => {
  const title = 'Harbour patients pick gentler treatments when asked'
  const lede = 'Patients choose less risky treatments when their doctors hand them the decision, says a survey from two harbour clinics.'
  const more = 'Those told to decide for themselves worried more about rare side effects, the authors found.'
  const page = (line: string) => parseStory([title, '', 'By Marta Linde — Posted March 4, 2011', '', line, '', lede, '', more].join('\n'))

  it('drops the bar', () => {
    expect(page('Print | Email | Respond | Reprints | Like Facebook | Share Twitter | Tweet Linkedin').paragraphs).toEqual([lede, more])
  })

  it('keeps a line with bars that says more than buttons do', () => {
    const line = 'Print | Email | Share the survey with your doctor before your next visit to the clinic.'
    expect(page(line).paragraphs).toContain(line)
  })
})

describe('a picture block between the date line and the lede', () => {
  const title = 'Coast guard ends phone alerts as search for missing trawler goes on'
  const lede = 'The coast guard says it has ended the phone alerts it sent to residents along the coast over the weekend.'
  const more = 'Crews from three stations will keep searching through Tuesday, a spokesperson said.'
  const page = (...block: string[]) => parseStory([title, '', 'By Lena Okafor', 'Posted October 3, 2022 6:12 pm', ...block, '', lede, '', more].join('\n'))

  it('drops the enlarge button with its topic tag and the caption closing on "Name/Outlet"', () => {
    const story = page('Trawler Search View image in full screen', 'Coast guard boats are seen at the quay in Port Alder. Crews are still searching for two fishermen. Tomas Reyes/Northshore News')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a sentence that speaks of full screens', () => {
    const line = 'Residents can now view the image in full screen on the coast guard website, the spokesperson said.'
    expect(parseStory([title, '', 'By Lena Okafor', '', lede, '', line, '', more].join('\n')).paragraphs).toEqual([lede, line, more])
  })

  it('keeps a paragraph with a quote that closes on two names and a slash', () => {
    const line = '"We are not giving up," the spokesperson said. Tomas Reyes/Northshore News'
    expect(parseStory([title, '', 'By Lena Okafor', '', lede, '', line, '', more].join('\n')).paragraphs).toContain(line)
  })
})

describe('a page cut off two letters into a word after an article', () => {
  const title = 'Ferry workers stay away from harbour day as row with council deepens'
  const lede = 'Port Alder harbour day went ahead on Monday without the ferry workers, who stayed away in protest.'
  const more = 'Councillor Miriam Oduya told the crowd that messages had been sent asking members to boycott the day.'
  const page = (line: string) => parseStory([title, '', 'By Joseph Waweru', '', lede, '', more, '', line].join('\n'))

  it('keeps the broken-off paragraph as the last', () => {
    const cut = 'The harbour master told the crowd that he had not asked for the flags and the stage from the co'
    expect(page(cut).paragraphs).toEqual([lede, more, cut])
  })

  it('keeps a last sentence that only lacks its full stop', () => {
    const line = 'The harbour master said the workers would be back at the quay on Tuesday as usual'
    expect(page(line).paragraphs).toEqual([lede, more, line])
  })
})

describe("an image slot's label between paragraphs", () => {
  const title = 'Water rate decisions due in a dozen regional cases'
  const lede = 'As the year draws to a close, regulators are expected to rule in a slate of water rate cases across the region.'
  const more = 'Boards in three districts have said they will not rule before the elections.'
  const page = (line: string) => parseStory([title, '', 'By Priya Nandakumar', '', lede, '', line, '', more].join('\n'))

  it.each(['RVX Image', 'Image', 'PHOTO'])('drops %s', (line) => {
    expect(page(line).paragraphs).toEqual([lede, more])
  })

  it.each(['Public Image', 'The picture', 'Big Picture'])('keeps a subheading %s', (line) => {
    expect(page(line).paragraphs).toContain(line)
  })
})

describe("a media file's name left between paragraphs", () => {
  const title = 'Teachers tell their own stories at a harbour town evening'
  const lede = 'Teachers from across Port Alder took the stage at the Old Quay hall on Tuesday night to tell true stories.'
  const more = "The evening was organised by the town's library and will run again in the spring."
  const page = (line: string) => parseStory([title, '', 'By Dana Whitlock', '', lede, '', line, '', more].join('\n'))

  it.each(['_Harbourtales3', 'Harbourtales12', 'IMG_2045', 'harbour_day_final.mp3'])('drops %s', (line) => {
    expect(page(line).paragraphs).toEqual([lede, more])
  })

  it.each(['COVID19', 'Listen below', 'Harbourtales'])('keeps %s', (line) => {
    expect(page(line).paragraphs).toContain(line)
  })
})

describe("a station's blog: masthead slogan over the date, post footer under the story", () => {
  const title = 'Ferry fares across the islands are set to rise by almost 8% from May'
  const lede = 'Figures from the Island Transport Board show two in three routes will go up by the largest amount allowed.'
  const more = 'Councillor Rita Holm says islanders have "no other way" to reach the hospital.'
  const page = (footer: string, ...after: string[]) =>
    parseStory(['Harbour FM News banner', '', '104.2 Harbour FM - Local news every hour', '', 'Monday 6 March 2023', '', title, '', lede, '', more, '', footer, '', ...after].join('\n'))

  it('takes the title under the date, not the slogan, and ends the story at the footer', () => {
    const story = page('posted by Harbour FM News Team @ 7:05 am', 'Top of Harbour FM News page here.', '', 'Ada Pryce', 'Ada presents both news and travel - find out more about her on the Presenters page.')
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('reads "Posted by Name at 10:15 AM No comments:" as the footer too', () => {
    expect(page('Posted by Ada Pryce at 10:15 AM No comments:', 'Ada presents both news and travel every weekday morning.').paragraphs).toEqual([lede, more])
  })

  it('keeps a sentence that tells who posted what and when', () => {
    const line = 'Posted by the ferry operator at 7:05 am, the notice gave passengers less than a day to change their plans.'
    expect(page(line).paragraphs).toEqual([lede, more, line])
  })

  it.each(['100 Days - What the new harbour board did', 'Protesters unfurl banner'])('keeps a title-shaped line %s', (line) => {
    const story = parseStory([line, '', 'By Ada Pryce', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(line)
  })
})

describe('a title set as a list of names', () => {
  const lede = 'The town council voted on Tuesday to close the old ferry terminal for a month while engineers repair the quay.'
  const more = 'Ferries will run from the fishing harbour until the work is finished, the council said.'

  it.each([
    'Harbour Mayor and Fire, Coastguard Chiefs Tour Terminal in Port Amid Storm Warning',
    'Regional Ports, Grain Crops Drive Growth',
    'Ferry Crews Demand Better Pay',
  ])('reads no byline in a title: %s', (title) => {
    expect(parseByline(title)).toBeNull()
    const story = parseStory([title, '', 'Mirela Castan', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Mirela Castan' }])
  })

  it.each([
    ['Jane Roe, John Doe and Ann Lee', ['Jane Roe', 'John Doe', 'Ann Lee']],
    ['Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['Ann Marie de Vries', ['Ann Marie de Vries']],
    ['Jane Q. Roe Smith', ['Jane Q. Roe Smith']],
  ])('still reads a byline of names: %s', (line, names) => {
    expect(parseByline(line)?.map((author) => author.name)).toEqual(names)
  })

  it('reads a byline of two names over a place line', () => {
    const title = 'Harbour Mayor Tours Ferry Terminal Amid Storm Warning'
    const story = parseStory([title, '', 'Jane Roe and John Doe', 'Port Alder', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.authors).toEqual([
      { kind: 'person', name: 'Jane Roe' },
      { kind: 'person', name: 'John Doe' },
    ])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('reads an outlet opening an unsigned credit', () => {
    expect(parseByline('Nordpress, Jane Roe')).toEqual([
      { kind: 'desk', name: 'Nordpress' },
      { kind: 'person', name: 'Jane Roe' },
    ])
  })
})

describe("an agency's name alone under the title, over the lead picture's caption", () => {
  const title = "Harbour City 'ready for the fight' after training injuries"
  const lede = 'Harbour City coach Andras Molnar said on Friday it was nothing but bad luck that two of his defenders were hurt in training.'
  const more = 'The club were already without their captain for the match on Saturday.'

  it('signs the story when the caption carries the same credit', () => {
    const story = parseStory([title, '', 'EFE', 'Molnar talks to his squad', 'Molnar talks to his squadEFE', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'EFE' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it.each(['Squad', 'Molnar'])('signs nothing with a word that is no agency over the caption: %s', (word) => {
    const story = parseStory([title, '', word, 'Molnar talks to his squad', 'Molnar talks to his squadEFE', lede, '', more].join('\n'))
    expect(story.authors).toEqual([])
  })
})

describe('"This post was last modified on …" under the story', () => {
  const title = "Varga's injury a big blow to the squad – Coach"
  const lede = 'The coach of Harbour City has said the latest injury to his winger is a serious set-back for the team.'
  const more = 'Varga will have a scan on Tuesday to find out how bad the injury is.'

  it('reads the time of the last change', () => {
    const story = parseStory([title, '', lede, '', more, '', 'This post was last modified on March 9, 2021 4:15 pm', '', 'Mira Kovac'].join('\n'))
    expect(story.modifiedAt).toBe('2021-03-09T16:15:00.000Z')
    expect(story.publishedAt).toBeNull()
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('reads "This article was updated on …" under the publication as the update', () => {
    const story = parseStory([title, '', 'Published March 8, 2021', 'This article was updated on March 9, 2021 4:15 pm', '', lede, '', more].join('\n'))
    expect(story.publishedAt).toBe('2021-03-08T00:00:00.000Z')
    expect(story.modifiedAt).toBe('2021-03-09T16:15:00.000Z')
  })

  it('keeps a sentence of the story about a post that was changed', () => {
    const line = 'This post was modified on March 9, 2021 after the club asked for a correction, the editor said.'
    const story = parseStory([title, '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
    expect(story.modifiedAt).toBeNull()
  })
})

describe("the next story's header under the story, its title over its date and again under it", () => {
  const title = 'Ferry operator cancels night crossings after engine fire — coastguard'
  const lede = 'PORT ALDER: A ferry operator cancelled all night crossings to the islands on Thursday after a fire broke out in the engine room of one of its boats.'
  const more = 'The operator said day crossings would run as normal while the boat was repaired.'
  const header = [title, '', 'Coastguard officers inspect the ferry at the harbour in Port Alder on March 14, 2024. (AP)', 'Short Url', 'Updated 14 March 2024', 'Follow', '', title, '']
  const next = 'Island council approves new harbour wall after winter storms'

  it("does not date the story by the next story's date", () => {
    const story = parseStory([...header, lede, '', more, '', '', next, '', 'Updated 02 February 2026', 'Follow', '', next, '', '  • Work is expected to start in the spring'].join('\n'))
    expect(story.publishedAt).toBe('2024-03-14T00:00:00.000Z')
    expect(story.modifiedAt).toBeNull()
    expect(story.paragraphs).toEqual([lede, more])
  })

  it("still reads the story's own update under it", () => {
    const story = parseStory([...header, lede, '', more, '', 'Updated 15 March 2024'].join('\n'))
    expect(story.publishedAt).toBe('2024-03-14T00:00:00.000Z')
    expect(story.modifiedAt).toBe('2024-03-15T00:00:00.000Z')
  })
})

describe('a blog\'s day heading over the title and "posted by … @ time" under the post', () => {
  const title = 'Thousands of households in the county face a rise in water bills from April'
  const lede = 'Figures from the regional water board show two in three suppliers are raising their charges by the largest amount allowed.'
  const more = 'The board says suppliers should think of families under pressure, but suppliers say they have no choice.'

  it.each([
    ['posted by Harbour Radio News Team @ 6:59 am', { kind: 'desk', name: 'Harbour Radio News Team' }],
    ['Posted by Jane Roe at 10:15 AM', { kind: 'person', name: 'Jane Roe' }],
  ])('signs the post and times it on the day: %s', (footer, author) => {
    const story = parseStory(['Tuesday 14 February 2023', '', title, '', lede, '', more, '', footer, '', 'Top of the news page here.'].join('\n'))
    expect(story.authors).toEqual([author])
    expect(story.publishedAt).toBe(footer.includes('6:59') ? '2023-02-14T06:59:00.000Z' : '2023-02-14T10:15:00.000Z')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('reads no time without the day heading', () => {
    const story = parseStory([title, '', lede, '', more, '', 'posted by Harbour Radio News Team @ 6:59 am'].join('\n'))
    expect(story.publishedAt).toBeNull()
  })

  it('keeps a sentence of the story that opens on "Posted by"', () => {
    const line = 'Posted by courier at 6:59 am, the letter from the board arrived two days late.'
    const story = parseStory(['Tuesday 14 February 2023', '', title, '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
    expect(story.publishedAt).toBe('2023-02-14T00:00:00.000Z')
  })
})

describe('a title of initials and title-case words over a bare name', () => {
  const lede = 'There has been no shortage of tablet launches over the past week, thanks to the trade fair now under way in Port Alder.'
  const more = 'Northwind has shown its first tablet for schools, with a rubber case that survives a drop from a desk.'

  it.each(['EXPO Tablet Launch Round-up', 'EXPO Tablet Makers Gather', 'Spring Tablet Launch Round-up'])('reads the title and the name under it: %s', (title) => {
    expect(parseByline(title)).toBeNull()
    const story = parseStory(['Summits Green', '', title, '', 'Nadia Ferrer', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Nadia Ferrer' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it.each(['Nadia Ferrer', 'Ana Maria Ferrer Ruiz', 'Jane Roe-Smith'])('still reads a name: %s', (name) => {
    expect(parseByline(name)).toEqual([{ kind: 'person', name }])
  })
})

describe("a name alone over the lede, under the lead picture's caption credited to that name", () => {
  const title = 'SHIRE MEETING: Long, heavy and soggy'
  const lede = 'The length of a shire meeting depends on the weight of the agenda. As I walk into the chambers, it feels heavy.'
  const more = 'There were many motions about the storm clean-up, too many to list them all here.'

  it('reads the name as the writer', () => {
    const story = parseStory([title, '', 'ABOVE: A flooded street in Millbrook after the storm. Photo: Rosa Tamblyn', '', 'Rosa Tamblyn', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Rosa Tamblyn' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('reads no writer when the caption credits someone else and names the person pictured', () => {
    const story = parseStory([title, '', 'ABOVE: Mayor Rosa Tamblyn in a flooded street. Photo: Ivo Kralj', '', 'Rosa Tamblyn', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([])
  })
})

describe("the paper's own correspondent named alone where the byline goes", () => {
  const title = 'Ferry fares to the islands rise for the second time this year'
  const lede = 'Passengers on the island ferries will pay a fifth more for a return ticket from next month, the operator said on Wednesday.'
  const more = 'The operator blamed the price of fuel and the cost of repairs to its oldest boat.'

  it.each(['Our Correspondent', 'Our Special Correspondent', 'LM Correspondent', 'Staff Reporter'])('signs as a desk: %s', (role) => {
    const story = parseStory([title, '', role, '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: role }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a role inside a sentence or a caption out of the byline', () => {
    const line = 'Our correspondent on the island said the first boat left half empty.'
    const caption = 'Our Correspondent waits for the morning ferry at the pier.'
    const story = parseStory([title, '', 'Jane Roe', '', lede, '', line, '', caption, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.paragraphs).toEqual([lede, line, caption, more])
  })
})

describe('a byline printed twice at the foot of the story', () => {
  const title = 'Library opens its doors on Sundays after a year of petitions'
  const lede = 'The town library will open on Sunday afternoons from next month, after more than a year of petitions from parents and students.'
  const more = 'Volunteers from the reading club have offered to run a story hour for children on the first Sunday of each month.'

  it('signs the person once', () => {
    const story = parseStory([title, '', lede, '', more, '', 'By Marta Kowal', '', 'By Marta Kowal'].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Marta Kowal' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('signs no one from two different names at the foot, nor from a sentence opening on "By"', () => {
    expect(parseStory([title, '', lede, '', more, '', 'By Marta Kowal', '', 'By Ivo Kralj'].join('\n')).authors).toEqual([])
    const line = 'By Sunday the queue had reached the corner.'
    const story = parseStory([title, '', lede, '', more, '', line].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toEqual([lede, more, line])
  })
})

describe("a section's label glued before the date, the zone's offset in brackets after it", () => {
  const title = 'Fishermen report the earliest ice on the northern shore in forty years'
  const lede = 'Ice formed along the northern shore three weeks earlier than usual this year, keeping the small fishing fleet in harbour.'
  const more = 'The port authority said icebreakers would clear the main channel by the end of the week.'

  it.each(['9 April 2017 06:20 (UTC +04:00)', '9 April 2017 06:20 (UTC+4)', '9 April 2017 06:20 UTC +04:00'])('reads the offset: %s', (line) => {
    expect(findDate(line)?.iso).toBe('2017-04-09T02:20:00.000Z')
  })

  it('reads the date and signs no one for the label', () => {
    const story = parseStory([title, '', 'World News 9 April 2017 06:20 (UTC +04:00)', '', lede, '', more].join('\n'))
    expect(story.publishedAt).toBe('2017-04-09T02:20:00.000Z')
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it("still reads a paper's own name beside the date as a desk, and a bracketed zone name as before", () => {
    expect(findDate('9 April 2017 06:20 (UTC)')?.iso).toBe('2017-04-09T06:20:00.000Z')
    const story = parseStory([title, '', 'Caspian News 9 April 2017 06:20 (UTC +04:00)', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Caspian News' }])
  })
})

describe('a picture\'s courtesy credit after a dash, under the headline or between paragraphs', () => {
  const title = 'Orchard growers lose a third of the plum crop to late frost'
  const lede = "Growers in the upper valley lost about a third of this year's plum crop to a frost that arrived after the trees had flowered."
  const more = 'Several growers said they would ask the county for help with the cost of frost fans before next spring.'

  it.each(['Picture Courtesy- Tomas Greer', 'Photo Courtesy – Valley Images Agency', 'Photo courtesy - Valley Images'])('signs no one and drops the credit: %s', (credit) => {
    expect(parseByline(credit)).toBeNull()
    const story = parseStory([title, '', credit, '', lede, '', credit, '', more].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a sentence about a courtesy and still reads the writer', () => {
    const line = 'The picture, courtesy of a neighbour, showed frost on the blossoms at dawn.'
    const story = parseStory([title, '', 'By Tomas Greer', '', lede, '', line, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Tomas Greer' }])
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe("the next story's lower-case kicker, title and picture credit under the story", () => {
  const title = 'Hear four tales from the school year, told by teachers who changed their minds'
  const lede = 'At the spring evening, four teachers stood up to tell stories from the past year, and the recordings are below.'
  const more = 'Lena Vasquez, who runs the reading club at Millbrook Library, said she found the kindest audience of her career.'

  it('ends the story before the kicker', () => {
    const story = parseStory(['night school', '', title, '', lede, '', more, '', 'ferry strike', '', 'Ferry crews won their first strike in decades. What happens next?', '', 'PHOTO: Tomas Redin / Harbour Ledger', 'Crew members from the island ferries '].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it("keeps a subhead under a picture's lower-case text, the story going on under it", () => {
    const subhead = 'Shorter shifts and more deckhands for crews'
    const after = 'Crews now work shorter shifts, and the company has hired twelve more deckhands for the winter timetable.'
    const story = parseStory([title, '', lede, '', more, '', 'ferry strike', '', subhead, '', after].join('\n'))
    expect(story.paragraphs).toEqual([lede, more, subhead, after])
  })

  it("drops a picture's lower-case text between paragraphs and goes on", () => {
    const after = 'Crews now work shorter shifts, and the company has hired twelve more deckhands for the winter timetable.'
    const story = parseStory([title, '', lede, '', 'ferry crews', '', more, '', after].join('\n'))
    expect(story.paragraphs).toEqual([lede, more, after])
  })
})

describe("a beat's label in title case between a headline in sentence case and the byline", () => {
  const lede = 'The Harrow Bend clerk has never received so many letters about the footbridge plans as this autumn.'
  const more = 'The Board of Wardens heard that 612 letters about the footbridge had arrived, a record for the town.'

  it('reads the headline over the label and drops the label', () => {
    const story = parseStory(['New footbridge plans draw record number of letters', '', 'Board of Wardens', 'By: ', 'Marta Kowalczyk', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('New footbridge plans draw record number of letters')
    expect(story.standfirst).toBeNull()
    expect(story.paragraphs).toEqual([lede, more])
  })

  it("keeps a short title-case headline under the site's sentence-case tagline", () => {
    const story = parseStory(['Your weekly paper from the valley towns', '', 'Footbridge Letters Pile Up', 'By: ', 'Marta Kowalczyk', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Footbridge Letters Pile Up')
  })

  it('keeps a short title-case headline under a summary printed over it', () => {
    const story = parseStory(['The clerk has received a record number of letters about the footbridge.', '', 'Footbridge Letters Pile Up', 'By: ', 'Marta Kowalczyk', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Footbridge Letters Pile Up')
  })
})

describe("a gallery inside the story, each picture's alternative text the headline again", () => {
  const title = 'Hail, gales shut Westmark ferries, flood low roads'
  const lede = 'Hail and gales in the west have stranded ferry passengers and flooded low roads on Saturday morning.'
  const more = 'Road crews were out with pumps at first light, and the council asked drivers to keep off the coast road.'
  const last = 'Forecasters expect the wind to ease by Sunday evening.'

  it('drops the captions and the bare credit under the repeats', () => {
    const story = parseStory([title, '', lede, '', title, '', 'Hail piles up against a fence in Millbrook (Rosa & Ivo Tamblyn)', '', title, '', '(Rosa and Ivo Tamblyn)', '', more, '', last].join('\n'))
    expect(story.paragraphs).toEqual([lede, more, last])
  })

  it.each([
    'Crews have cleared the coast road near the terminal (State Highway 1)',
    'The rescue was led by two volunteers from the village (Rosa and Ivo Tamblyn).',
    'Road crews run pumps day and night on the coast road (Mill Lane and Quay Street)',
  ])('keeps a line of the story under the repeat: %s', (line) => {
    const story = parseStory([title, '', lede, '', title, '', line, '', more, '', last].join('\n'))
    expect(story.paragraphs).toContain(line)
  })
})

describe('a subscription offer printed over the story', () => {
  const title = 'Mill Street bakery wins county prize for its rye loaf'
  const lede = "A small bakery on Mill Street has won the county fair's bread prize for the third year running with a dark rye loaf."
  const more = 'Owner Greta Holm said the recipe came from her grandmother and uses a starter that is older than the shop.'

  it.each([
    ['Already a subscriber? Log in', 'Only $1 for your first month'],
    ['Already have an account? Sign in here.', '$1 for 3 months'],
    ['Get unlimited digital access for just $1', 'Then $9.99/month. Cancel anytime.'],
  ])('drops the offer between the byline and the lede: %s / %s', (first, second) => {
    const story = parseStory([title, '', 'By Dario Fenn', 'June 11, 2023', '', first, second, '', lede, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
    expect(story.standfirst).toBeNull()
  })

  it('reads the headline under the offer', () => {
    const story = parseStory(['Only $1 for your first month', '', title, '', 'By Dario Fenn', 'June 11, 2023', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
  })

  it.each([
    'Already a subscriber to the village box scheme, Holm said she signs in every week to order flour.',
    'Loaves cost $1 for members this month.',
    'Then $2 a loaf, the price went up to $3 a loaf after the harvest failed.',
    'Only $1 for your first month of membership was the offer the bakers guild made to new shops.',
  ])('keeps a sentence of the story: %s', (line) => {
    const story = parseStory([title, '', 'By Dario Fenn', 'June 11, 2023', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('a browser notice opening the page or printed over the story', () => {
  const title = 'Library to open on Sundays from next month'
  const lede = 'The Millbrook public library will open on Sunday afternoons from May, the town council decided on Monday evening.'
  const more = 'Head librarian Tove Brandt said families had asked for weekend hours for years.'

  it.each([
    'Please update your browser',
    'You are using an outdated browser. Please upgrade your browser to improve your experience.',
    'JavaScript is disabled in your web browser. Some features of this site will not work.',
    'Your browser is out of date and may not display this site correctly.',
  ])('drops it: %s', (notice) => {
    const over = parseStory([notice, '', title, '', lede, '', more].join('\n'))
    expect(over.headline).toBe(title)
    const under = parseStory([title, '', 'By Hanna Ostrowski', 'April 2, 2024', '', notice, '', lede, '', more].join('\n'))
    expect(under.paragraphs).toEqual([lede, more])
  })

  it.each([
    'Please update your browser before the library closes its old catalogue, Brandt said.',
    'You are using an outdated browser if it no longer gets security fixes, the council told staff in a letter.',
    'JavaScript is disabled on the library computers for safety, according to the council.',
    'Your browser is out of date if it is more than two years old, Brandt says.',
  ])('keeps a sentence of the story: %s', (line) => {
    const story = parseStory([title, '', 'By Hanna Ostrowski', 'April 2, 2024', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('a "Must Read" or "Must Watch" label over a link inside the story', () => {
  const title = 'Harbour board backs plan for a second ferry berth at Port Alder'
  const lede = 'The harbour board voted on Tuesday to back a plan for a second ferry berth at Port Alder.'
  const more = 'Board chair Ivo Kralj said the new berth would let the island ferry and the freight boat load at the same time.'
  const last = 'Work on the berth is expected to start in the autumn and take about eighteen months.'

  it.each(['Must Read', 'Must Watch', 'MUST READ:', 'Must-see'])('drops the label and the link under it: %s', (label) => {
    const story = parseStory([title, '', 'By Lotte Verhoeven', 'March 3, 2024', '', lede, '', more, '', label, 'Ferry fares to rise in spring as fuel costs climb', '', last].join('\n'))
    expect(story.paragraphs).toEqual([lede, more, last])
  })

  it.each([
    'Must read the tide tables before sailing, captains warn.',
    'A must-read for anyone who uses the ferry, Kralj said of the report.',
  ])('keeps a sentence of the story: %s', (line) => {
    const story = parseStory([title, '', 'By Lotte Verhoeven', 'March 3, 2024', '', lede, '', line, '', more, '', last].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more, last])
  })
})

describe('a comment prompt under the story', () => {
  const title = 'Bakery wins county prize for its rye loaf for the third year'
  const lede = "A small bakery on Mill Street has won the county fair's bread prize for the third year running with a dark rye loaf."
  const more = 'Holm said she would put the prize money toward a second oven.'
  const comment = 'Marit K. says the rye is worth the queue every Saturday morning.'

  it.each([
    "What's your take? Leave a comment below.",
    'Share your thoughts in the comments below.',
    'What do you think? Let us know in the comments.',
    'Tell us what you think in the comments section below.',
  ])('ends the story at the prompt: %s', (prompt) => {
    const story = parseStory([title, '', 'By Dario Fenn', 'June 11, 2023', '', lede, '', more, '', prompt, '', comment].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it.each([
    'Share your thoughts with the harbour board at its open meeting on May 2.',
    'Tell us what you think, the bakers guild asked its members in a letter.',
    'Let us know when the loaves are ready, customers said to the bakers below.',
  ])('keeps a sentence of the story: %s', (line) => {
    const story = parseStory([title, '', 'By Dario Fenn', 'June 11, 2023', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe("a live blog's share bar under each post", () => {
  const title = 'Live updates: storm closes ferries and roads across Westmark'
  const posts = [
    'Ferries stayed in port on Saturday as a storm swept across Westmark, with gusts above 100 km/h on the coast.',
    'The coast road between Port Alder and Millbrook is closed after a landslip near the old quarry, police said.',
    'Forecasters expect the wind to drop by Sunday morning, but rain will go on into the afternoon.',
  ]

  it('drops the bar under every post', () => {
    const story = parseStory([title, '', 'March 9, 2024', '', ...posts.flatMap((post) => [post, '', 'Share this post', 'Copy link', 'Facebook Twitter Email', ''])].join('\n'))
    expect(story.paragraphs).toEqual(posts)
  })

  it('keeps a sentence of the story that asks readers to share a post', () => {
    const line = 'Share this post with neighbours who have no power, the council asked on its page.'
    const story = parseStory([title, '', 'March 9, 2024', '', posts[0], '', line, '', posts[1]].join('\n'))
    expect(story.paragraphs).toEqual([posts[0], line, posts[1]])
  })
})

describe("a station's player lines on its news page", () => {
  const title = 'Council agrees to fix potholes on the valley road before winter'
  const lede = 'The county council has agreed to repair the worst stretches of the valley road before the first frost.'
  const more = 'Roads manager Sven Arkwright told councillors on Monday that crews would start at the Millbrook end.'

  it('drops the player over the headline and over the lede', () => {
    const story = parseStory(['On Air Now', '', title, '', 'October 3, 2023', '', 'On Air: Afternoons with Pia Lund', 'Now Playing: Salt on the Window - The Quay Lanterns', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it.each([
    'On air now for thirty years, the afternoon show will end in June.',
    'Now playing at the town hall: a photo show of the valley road in the 1950s.',
    'Listen live to the council meeting on the station from 7pm, Arkwright said.',
  ])('keeps a sentence of the story: %s', (line) => {
    const story = parseStory([title, '', 'October 3, 2023', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('a header row that carries the byline and date beside its own labels', () => {
  const title = 'Ferry timetable changes from next month'
  const lede = 'The inter-island ferry will leave Port Alder half an hour earlier on weekdays from next month, the operator said on Friday.'
  const more = 'The change lets the boat make a second run to the outer islands before dark, manager Lina Kovac said.'

  it('reads the byline and date from a row with the sections the story is filed in', () => {
    const story = parseStory([title, '', 'Friday 7 March 2025 | Written by Lina Kovac | Published in Local, Transport', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Lina Kovac' }])
    expect(story.publishedAt).toBe('2025-03-07T00:00:00.000Z')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('reads the byline and date from a slash row with the source address and a link label', () => {
    const story = parseStory([title, '', 'By Staff reporter / March 7, 2025 / www.example.com / Article Link', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Staff reporter' }])
    expect(story.publishedAt).toBe('2025-03-07T00:00:00.000Z')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a sentence of the story that names a web address between slashes', () => {
    const line = 'Timetables are posted in the terminal / on www.example.com / and at the harbour office, Kovac said.'
    const story = parseStory([title, '', 'March 7, 2025', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe("a picture's stand-in text under the headline", () => {
  const title = 'Fishermen count the cost of a poor season on the lake'
  const lede = 'Fishermen on the northern shore say their catches have fallen by half this season, and many have stopped going out at night.'
  const more = 'The fisheries board says stocks will recover once the rains return, chairman Tatenda Moyo said.'

  it.each(['No Image', 'Image Unavailable', 'Photo Placeholder'])('signs no story: %s', (line) => {
    const story = parseStory([title, '', line, '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('still reads a name alone under the headline as the byline', () => {
    const story = parseStory([title, '', 'Rudo Banda', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Rudo Banda' }])
  })

  it('keeps a sentence of the story about a missing picture', () => {
    const line = 'No image of the sunken boat has been released, the police spokesman said on Monday.'
    const story = parseStory([title, '', 'Rudo Banda', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('a name over a public office under the headline', () => {
  const title = 'Harbour Board to review pilot licences'
  const lede = 'The Harbour Board will review how it grants and renews pilot licences after complaints from shipping agents, its director said.'
  const more = 'The review will look at the tests pilots sit and how often they are checked, he told reporters on Tuesday.'

  it("is the picture's caption, and the signed byline under it signs", () => {
    const story = parseStory([title, '', 'Marcus Ebanks', 'Acting Port Commissioner', '', 'By Delia Forbes', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Delia Forbes' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it.each(['Staff Writer', 'News Director', 'Business Reporter'])('keeps a name over a newsroom role as the byline: %s', (role) => {
    const story = parseStory([title, '', 'Delia Forbes', role, '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Delia Forbes' }])
  })

  it('keeps a name over an office inside the story, under its first paragraph', () => {
    const story = parseStory([title, '', 'By Delia Forbes', '', lede, '', 'Marcus Ebanks', 'Club President', '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Delia Forbes' }])
    expect(story.paragraphs).toEqual([lede, 'Marcus Ebanks', 'Club President', more])
  })
})

describe('a date over the headline when the lede names its own day as today', () => {
  const title = "Farmers' union to name its council candidates after weeks of delay"
  const more = 'Union secretary Grace Mwila said the delay was deliberate, so that rival groups could not lure away members.'
  const story = (lede: string) => parseStory(['Tuesday, October 8, 2024', '', title, '', lede, '', more].join('\n'))

  it("is the day the page was shown when the lede's day is another", () => {
    expect(story("The Farmers' Union says it will today, 3rd March, 2016 publish the names of the forty candidates it is backing.").publishedAt).toBeNull()
  })

  it("stays the story's date when the lede's day is the same", () => {
    expect(story("The Farmers' Union says it will today, 8 October 2024 publish the names of the forty candidates it is backing.").publishedAt).toBe('2024-10-08T00:00:00.000Z')
  })

  it('stays the story\'s date when the lede mentions an earlier date without "today"', () => {
    expect(story("The Farmers' Union, founded on 3rd March, 2016, says it will publish the names of the forty candidates it is backing.").publishedAt).toBe('2024-10-08T00:00:00.000Z')
  })
})

describe("a date in the masthead's block over the headline", () => {
  const title = "Port authority 'fell short' on ferry safety checks: Inspector"
  const lede = 'For the last eleven years the port authority has fallen short on the safety checks it owes the ferries, says the chief marine inspector.'
  const more = 'The inspector said the authority had checked fewer than half of the boats each year, and had no record for some of them.'

  it("is the header's today when it runs on under the site's name and slogan", () => {
    const story = parseStory(['Harbour City News', '', "All the harbour's stories in one place", 'Monday, Mar 16, 2026', '', title, '', lede, '', more].join('\n'))
    expect(story.publishedAt).toBeNull()
    expect(story.paragraphs).toEqual([lede, more])
  })

  it("stays the post's date when it stands apart from the blog's name and description", () => {
    const story = parseStory(['Harbour City News', '', "All the harbour's stories in one place", '', '', 'Monday, Mar 16, 2026', '', title, '', lede, '', more].join('\n'))
    expect(story.publishedAt).toBe('2026-03-16T00:00:00.000Z')
  })

  it('stays the story\'s date under a line that is no site\'s name', () => {
    const story = parseStory(['Weekend Read', 'Monday, Mar 16, 2026', '', title, '', lede, '', more].join('\n'))
    expect(story.publishedAt).toBe('2026-03-16T00:00:00.000Z')
  })
})

describe('a byline in lower case "by" right under the title', () => {
  const title = "Lessons from the sale of the port's grain terminal: A farmer's view"
  const lede = 'The report of the parliamentary committee on food supply was tabled last week by its chairman, and the government answered within a day.'
  const more = 'The committee has opposed the sale because the terminal holds most of the grain the country keeps for bad years.'

  it('is the byline, not the rest of the title', () => {
    const story = parseStory(['Opinion', title, 'by Ruwan Dissanayaka', 'ruwand@example.com', lede, more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Ruwan Dissanayaka' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('still joins a sentence broken over two lines that goes on with "by"', () => {
    const broken = ['The committee said the terminal had been run at a loss for the last six years', 'by the state grain board, which wants to sell it.']
    const story = parseStory([title, '', 'by Ruwan Dissanayaka', '', lede, '', ...broken, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, broken.join(' '), more])
  })
})

describe("a teaser's date in a block of other stories over the headline", () => {
  const title = 'Reef survey finds coral recovering after bleaching'
  const lede = 'Coral on the reefs around the island is growing back faster than scientists had expected, a survey by the marine trust has found.'
  const more = 'The trust will repeat the survey next year and share its counts with the fisheries ministry, a spokesman said.'

  it('dates no story: the teased story is another', () => {
    const story = parseStory(['More Top Stories', '', 'Local', '', 'Airport runway works finish early', '', '12 November 2024', '', title, '', lede, '', more].join('\n'))
    expect(story.publishedAt).toBeNull()
    expect(story.paragraphs).toEqual([lede, more])
  })

  it("stays the story's date over its headline with no block of stories above it", () => {
    const story = parseStory(['Local', '', 'Weekend edition', '', '12 November 2024', '', title, '', lede, '', more].join('\n'))
    expect(story.publishedAt).toBe('2024-11-12T00:00:00.000Z')
  })
})

describe('a share bar whose buttons read out what they do, under the picture', () => {
  const title = 'Hail storm flattens orchards across the Brenner valley'
  const lede = 'Growers in the Brenner valley lost much of this year\'s apple crop when a hail storm swept through the orchards on Monday evening.'
  const more = 'The regional farmers\' union said hailstones the size of walnuts fell for twenty minutes over two villages.'

  it('drops the buttons, alone or run together', () => {
    const story = parseStory([title, '', 'August 14, 2023', '', 'Share this item via WhatsApp', '', 'Share this item via WhatsApp whatsapp Share this item on Flipboard flipboard Share this item on Reddit reddit', '', lede, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it.each([
    'Share this item with a neighbour who has no internet, the union asked growers on Tuesday.',
    'Share this article on Facebook was the only advice the council gave.',
  ])('keeps a sentence of the story: %s', (line) => {
    const story = parseStory([title, '', 'August 14, 2023', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('a question put to the reader with a prompt to answer it in the chat, under the story', () => {
  const title = 'Observatory finds a comet older than the planets'
  const lede = 'Astronomers at the Aurelia observatory have found a small comet that formed before the planets, the observatory said on Friday.'
  const more = 'The team named the comet Lantern and will watch it for another two years as it drifts past the outer planets.'

  it.each(['Have you spotted anything odd in the night sky lately? Share it in the chat!', 'Which comet would you name next? Tell us in the comments below.'])('drops the prompt and what follows it: %s', (prompt) => {
    const story = parseStory([title, '', 'March 9, 2024', '', lede, '', more, '', prompt, '', 'Site Categories:'].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it.each([
    'Have you ever looked through a telescope? Most people in the valley have not, the club says in its leaflet.',
    '"Did you see it? Tell your friends," the director told the crowd in the chat room at the planetarium.',
  ])('keeps a sentence of the story: %s', (line) => {
    const story = parseStory([title, '', 'March 9, 2024', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('a short title in title case over its deck in sentence case, the story under both', () => {
  const lede = 'Astronomers pointing the Aurelia observatory at a faint cluster last month caught a tiny comet drifting across the frame, a surprise find.'
  const more = 'The team has named the comet Lantern and says it formed before the planets did, which makes it a rare find.'

  it('reads the upper line as the headline and the lower as its standfirst', () => {
    const story = parseStory(['Comet Lantern Sighting', '', 'Tiny comet drifts into view', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Comet Lantern Sighting')
    expect(story.standfirst).toBe('Tiny comet drifts into view')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a section label of words the story does not take up off the headline', () => {
    const story = parseStory(['Science And Space', '', 'Tiny comet drifts into view', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Tiny comet drifts into view')
  })
})

describe("a nonprofit newsroom's appeal under its own heading after the story", () => {
  const title = 'Harbour board approves second day of fee changes'
  const lede = 'The harbour board got through the second day of its fee review on Thursday after agreeing to several changes to the mooring charges.'
  const more = 'Board chair Ruth Castellano said the new charges would still leave the marina fund about $40,000 short.'
  const appeal = "We're a nonprofit newsroom, and serving our readers comes first. But local reporting depends on support from readers like you. Will you stand with your neighbors and give what you can today?"

  it('drops the heading, the appeal and what follows', () => {
    const story = parseStory([title, '', 'March 6, 2020', '', lede, '', more, '', 'Stand With Your Neighbors', '', appeal, '', 'Back to Top'].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it.each([
    '"We are a nonprofit newsroom and we depend on support from readers like you," the board chair said of the harbour paper.',
    'Neighbors Stand With Fishermen',
  ])('keeps the story: %s', (line) => {
    const story = parseStory([title, '', 'March 6, 2020', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe("an editorial's teaser and a tip prompt under the story", () => {
  const title = 'Councillors head south to watch the regional games'
  const lede = 'Several councillors have said they will follow the regional games even though the town team did not qualify for them.'
  const more = 'Councillor Ines Mahlangu said she would be watching from her living room and backs the hosts to take the trophy.'

  it('ends the story at the label and drops the prompt and the placeholder', () => {
    const story = parseStory([title, '', 'No Image', '', lede, '', more, '', "Editor's Comment", 'Road safety needs more than new signs', '', 'The rise in crashes on the ring road over the holidays points to habits that...', '', 'Have a Story? Send Us a tip'].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
    expect(story.authors).toEqual([])
  })

  it.each([
    "The editor's comment in last week's paper, which criticised the trip, drew dozens of letters, Mahlangu said.",
    'Have a story about the games? Several readers sent us photos of the opening match, which we print on page four.',
  ])('keeps a sentence of the story: %s', (line) => {
    const story = parseStory([title, '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('a labelled link to another story inside the story', () => {
  const title = 'Copper miners report higher output for the first quarter'
  const lede = 'Copper miners that have reported their first-quarter figures so far produced more metal than a year ago, a database shows.'
  const more = 'According to a trade database, forty companies have already published output for the quarter and raised their forecasts.'

  it.each(['• Related content: [VIDEO] Metals Council releases Q1 2024 Copper and Nickel Demand Trends report', 'Related coverage: Nickel price slides for a third month as Asian demand cools'])('drops it: %s', (link) => {
    const story = parseStory([title, '', lede, '', link, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a sentence that speaks of related content', () => {
    const line = 'Related content: that is what the council called the videos it posted about the mine, the minister said.'
    const story = parseStory([title, '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('the title printed again with an emoji before it', () => {
  const title = 'Breaking News: Harbour United Sign Winger from Ghana on Loan…'
  const lede = "Harbour United have confirmed the loan signing of a young Ghanaian winger, giving the side some pace before the winter fixtures."
  const more = 'The winger joins until the end of the season, with the club holding an option to make the deal permanent.'

  it('reads the plain title as the headline and drops its decorated copy', () => {
    const story = parseStory([title, '', ' ', '', ' ', '', '🚨 Breaking News: Harbour United Sign Winger from Ghana on Loan', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph of the story that opens with an emoji', () => {
    const line = '🚨 Fans queued outside the ground for two hours on Tuesday to catch a glimpse of the new signing.'
    const story = parseStory([title, '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('a title in sentence case, a lower-case byline and the e-mail address on the lines under it, no blank line between', () => {
  const title = "Selling the port authority and what it means for the islands: A resident's view"
  const lede = "The report of the parliamentary committee on maritime affairs was presented to parliament on 12 March by its chair, and the ministry answered it the same day."
  const more = 'However, the report argues that the ferry routes depend on the berths the port authority owns and could be cut by a buyer.'

  it('keeps the title alone as the headline and the byline a line of its own', () => {
    const story = parseStory(['Opinion', title, 'by Farida Oyelaran', 'foyelaran.harbourview@examplemail.com', lede, more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.authors.map((author) => author.name)).toEqual(['Farida Oyelaran'])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('still joins a sentence hard-wrapped before "by" and the rest of it', () => {
    const story = parseStory([title, '', 'March 12, 2024', '', 'The report of the parliamentary committee on maritime affairs was presented to parliament on Tuesday', 'by its chair, and the ministry answered it the same day.', '', more].join('\n'))
    expect(story.paragraphs).toEqual(['The report of the parliamentary committee on maritime affairs was presented to parliament on Tuesday by its chair, and the ministry answered it the same day.', more])
  })
})

describe("a picture's file name glued to the lede, or run on before the title printed again inside the story", () => {
  const title = 'Snowplough Driver Hurt After Truck Slides Off Road'
  const lede = 'ELMWOOD (KXYZ) – A county snowplough driver was hurt when his truck slid off Route 9 early Sunday morning.'
  const more = 'The driver was taken to hospital with injuries that were not thought to be serious, officials said.'

  it('splits the hyphenated file name off the lede and drops it', () => {
    const story = parseStory(['Can Growers Get a Fair Price for Their Berries?', '', 'Berry-farm-gate-pricesLast month, a state senator asked the agriculture department to look into the prices berry growers are paid.', '', more].join('\n'))
    expect(story.paragraphs).toEqual(['Last month, a state senator asked the agriculture department to look into the prices berry growers are paid.', more])
  })

  it('drops the file name with the title and the caption under them', () => {
    const story = parseStory([title, '', lede, '', 'elmwood plough crash 3 Snowplough Driver Hurt After Truck Slides Off Road', '', 'The driver was inside the cab when the truck slid off the road into a ditch. (KXYZ-TV)', '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it.each([
    'Well-known-local-brand tests are planned for next week, the county said in a statement on its website.',
    'The driver was inside the cab when the truck slid off the road into a ditch. (KXYZ-TV)',
  ])('keeps a paragraph of the story: %s', (line) => {
    const story = parseStory([title, '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe("a sponsor's card inside the story and a credit row set apart by slashes", () => {
  const title = "Record quarter lifts nickel miner's forecast"
  const lede = 'Full-year guidance was raised to 21,000-23,000 tonnes of nickel after the Valkara mine produced a record 6,120t in the quarter.'
  const more = 'The mill treated 1.4 million tonnes of ore in the quarter, 9% more than a year ago, the company said.'
  const card = ['Tundra drills wide intercepts', '', 'SPONSORED', '', 'tundra minerals inc', '', 'Tundra drills wide interceptssponsored-logo']

  it('drops the card wherever the site repeats it', () => {
    const story = parseStory([title, '', 'By Staff reporter', 'March 14, 2019', '', ...card, '', lede, '', ...card, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a subheading over a label that no card follows', () => {
    const story = parseStory([title, '', 'March 14, 2019', '', lede, '', 'Drilling results', '', 'SPONSORED', '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, 'Drilling results', more])
  })

  it('reads no paragraph in the slash-separated credit row', () => {
    const story = parseStory([title, '', 'By Staff reporter / March 14, 2019 / www.example-metals.com / Article Link', '', lede, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a sentence with slashes in it', () => {
    const line = 'Prices moved between $14 / lb and $16 / lb over the quarter, by March 14, 2019 / the end of the period.'
    const story = parseStory([title, '', 'March 14, 2019', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('teasers for other stories under the story, set apart by lone dashes', () => {
  const title = 'Vandals who damaged harbour statue identified'
  const lede = 'Harbour police say all three people involved in the damage to the statue on the quay have been identified.'
  const more = 'Police thanked the public for their help with the investigation and said no further details will be released.'

  it('ends the story at the first dash', () => {
    const teasers = ['Ferry Update: Island Terminal Parking FAQsThe island ferry terminal continues to take bookings from drivers.', 'Health board responds to water outage at Millbrook care homeThe health board is responding to a water outage.', 'Boil water notice lifted for Eastvale systemsThe county has lifted the boil water notice after two clean tests.']
    const story = parseStory([title, lede, more, ...teasers.flatMap((teaser) => ['-', teaser])].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it("keeps a story's sections set apart by dashes", () => {
    const sections = ['The statue was put up on the quay in 1962 to honour the net menders of the old harbour.', 'Volunteers from the harbour trust cleaned the statue on Sunday and repainted its base.', 'The trust said it would ask the council for a camera on the quay before the summer.']
    const story = parseStory([title, lede, more, ...sections.flatMap((section) => ['-', section])].join('\n'))
    expect(story.paragraphs).toEqual([lede, more, ...sections])
  })
})

describe("a promo menu's last item in title case over a title in sentence case", () => {
  it('keeps the title as the headline', () => {
    const title = 'Mobile library to visit the islands every fortnight'
    const story = parseStory(['Winter Lights Draw', '', 'Ours to Keep', '', 'Library Book Swap', '', title, '', "The county's mobile library will cross to the islands every second Thursday from January, the library service said.", '', 'The van will carry large-print books and a printer for forms, the service added on Monday.'].join('\n'))
    expect(story.headline).toBe(title)
  })
})

describe('a caption closing on a credit with a full stop, or on the picture\'s labelled source', () => {
  const title = 'Orchard frost leaves growers counting losses'
  const lede = 'A late frost swept through the valley on Thursday night, blackening blossom on apple and pear trees across the slopes.'
  const more = 'The growers\' association said it would survey members over the coming week to estimate what had been lost.'

  it('drops a caption inside the story closing on "Photo: Name."', () => {
    const caption = 'A grower inspects damaged blossom near Tellbridge, Friday, April 12. Photo: Edda M. Korvin.'
    const story = parseStory([title, '', lede, '', caption, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('reads the picture\'s text over a caption with "Image Source:" as no headline', () => {
    const story = parseStory(['Featured News', '', title, '', 'Head of the Growers Association', 'Head of the Growers Association, Oswin Pell. Image Source: Growers Association', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph that speaks of a photo and its source', () => {
    const line = 'The council said it had checked the photo. Its source: a resident who was walking past the orchard that night.'
    const story = parseStory([title, '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('a byline with the date run on, the name too long to be read as one', () => {
  const title = "'Ferries must sail as one fleet', says P.M. Tavita"
  const lede = 'Transport Minister Lemalu Tavita says the island ferry operators should share one timetable so that passengers can plan trips across the group.'
  const more = 'Tavita made the comments after a week of cancellations left dozens of travellers stranded at the northern wharf on Friday.'

  it('is neither the headline nor a paragraph', () => {
    const story = parseStory([title, '', "By Matai'a Sina Lealofi T - Ah Fale 01 June 2022, 3:12PM", '', lede, '', more].join('\n'), { timeZone: 'Pacific/Apia' })
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a title that opens on "By" and a date', () => {
    const own = 'By March 2025 the island ferries will share one timetable'
    const story = parseStory([own, '', lede, '', more].join('\n'))
    expect(story.headline).toBe(own)
  })
})

describe('a quotation set alone between the title and the story', () => {
  const lede = 'Every town should keep a public library, and one that its readers help to run.'
  const more = 'A library that opens too rarely is a closed book that teaches nobody, and the reading room is the only quiet place some students have.'

  it('is the story\'s opening, not its headline', () => {
    const title = 'Why a town still needs its library'
    const story = parseStory(['Opinion', '', title, '', '“A closed book teaches nobody.”', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs[0]).toBe('“A closed book teaches nobody.”')
  })

  it('keeps a quoted title with its speaker and no full stop', () => {
    const title = '“A closed library teaches nobody,” says reading room founder'
    const story = parseStory([title, '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
  })
})

describe('the title printed twice, then the lead picture\'s few words over its credit', () => {
  const title = 'Three Held After Harbour Warehouse Standoff'
  const lede = 'Armed police were called to the old harbour in Brennvik and three people were detained.'
  const more = 'Officers sealed off the corner of the fish market quay on Saturday evening, turning back traffic for several hours.'

  it('keeps the title as the headline and the picture out of the story', () => {
    const story = parseStory([title, '', '', title, '', 'Harbour patrol boat', '', 'Photo: Signe Aldarsdóttir.', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a short subheading inside the story with no credit under it', () => {
    const long = `${lede.slice(0, -1)} after a standoff that lasted most of the evening.`
    const story = parseStory([title, '', '', title, '', long, '', 'Road closures', '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual([long, 'Road closures', more])
  })
})

describe('a breadcrumb glued onto the title with no space, the title again under it', () => {
  const title = 'Orchard frost leaves growers counting losses in the valley'
  const lede = 'A late frost swept through the Harrow Valley on Tuesday night, blackening blossom on cherry and plum trees a week before the fruit was due to set.'
  const more = 'The growers\' cooperative said it would visit every member farm over the coming fortnight to work out what had been lost.'

  it('reads the title whole, its first word too', () => {
    const story = parseStory([`HomeNewsRegions${title}`, '', title, '', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
  })

  it('still reads a breadcrumb set apart by spaces', () => {
    const story = parseStory([`Home News Regions ${title}`, '', title, '', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
  })
})

describe('a comment section named for its members, with its sign-in prompt, under the story', () => {
  const title = 'Ferry crew walk out over rota changes'
  const lede = 'Crews on the Sundvik ferry walked off their shifts on Thursday morning in a dispute over new rotas, leaving commuters waiting.'
  const more = 'The company said it would meet the union on Monday and hoped to restore the full timetable by the weekend.'

  it('ends the story at the heading', () => {
    const story = parseStory([title, '', lede, '', more, '', 'Member comments', '', 'Log in here to leave a comment.', '', '', 'Harbour bridge to close for repairs in spring', '', 'The harbour bridge will close to cars for six weeks from April while its deck is resurfaced, the road authority said.'].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps sentences that speak of members\' comments and logging in', () => {
    const said = 'Member comments on the new rota were read out at the meeting, and staff were told to log in to comment on the plan.'
    const story = parseStory([title, '', lede, '', said, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, said, more])
  })
})

describe('one sentence under the title, then the title again over the lead picture\'s credit', () => {
  const title = 'Ferry crew walk out over new rotas'
  const summary = 'A ferry crew walked off their shifts on Thursday in a dispute that left hundreds of commuters stranded at the quay.'
  const lede = 'The crew of the Sundvik ferry stopped work at six in the morning, and the company cancelled the first two crossings of the day while it looked for replacements.'
  const more = 'The company said it would meet the union on Monday.'

  it('reads the sentence as the standfirst', () => {
    const story = parseStory([title, '', summary, '', title, 'Photo: Tormod Vange', '', lede, '', more].join('\n'))
    expect(story.standfirst).toBe(summary)
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps the paragraphs over the title printed again further down the story', () => {
    const second = 'A replacement bus ran around the fjord until noon, adding more than an hour to the trip for most passengers.'
    const story = parseStory([title, '', summary, '', second, '', title, 'Photo: Tormod Vange', '', lede, '', more].join('\n'))
    expect(story.paragraphs).toEqual([summary, second, lede, more])
  })
})

describe('a date line whose update time is glued to its label ("Last Updated At:16:20")', () => {
  const title = 'Ferry timetable cut for the winter months'
  const lede = 'The island ferry will sail four times a day instead of six from November, the operator said on Tuesday, citing rising fuel costs.'
  const more = 'Commuters who travel before eight in the morning will not be affected, the operator added in a statement.'

  it('reads the publication time and the update time on the same day', () => {
    const story = parseStory([title, '', '2021-03-09 16:05 Last Updated At:16:20', '', lede, '', more].join('\n'), { timeZone: 'Asia/Hong_Kong' })
    expect(story.publishedAt).toBe('2021-03-09T08:05:00.000Z')
    expect(story.modifiedAt).toBe('2021-03-09T08:20:00.000Z')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a sentence that says when a list was updated at a time', () => {
    const line = 'The sailing list was last updated at: the harbour office at 16:20 on Monday, after the storm warning was lifted.'
    const story = parseStory([title, '', '2021-03-09 16:05', '', lede, '', line, '', more].join('\n'), { timeZone: 'Asia/Hong_Kong' })
    expect(story.paragraphs).toEqual([lede, line, more])
    expect(story.modifiedAt).toBeNull()
  })

  it('keeps the lede first when the page prints it again whole under its pictures', () => {
    const third = 'The operator said the summer timetable would return in April if fuel prices fell.'
    const story = parseStory([title, '', '2021-03-09 16:05 Last Updated At:16:20', '', lede, '', more, '', third, '', 'More Images', lede, '', more].join('\n'), { timeZone: 'Asia/Hong_Kong' })
    expect(story.paragraphs[0]).toBe(lede)
    expect(story.standfirst).toBeNull()
  })
})

describe('an outlet credited as the source right by the date line ("Source: K7", "Via: TechLedger")', () => {
  const title = 'Night buses to run again on the river line'
  const lede = 'Night buses will run again on the river line from Monday after the city found drivers for the late shifts, the transport office said.'
  const more = 'The buses will leave the central square every half hour between midnight and five in the morning.'

  it('signs the story with the outlet under the date line', () => {
    const story = parseStory([title, '', 'NEWS 11.03.2022 18:40', 'Source: K7', '', lede, '', more].join('\n'), { timeZone: 'Europe/Belgrade' })
    expect(story.authors).toEqual([{ kind: 'desk', name: 'K7' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('signs the story with the outlet after "Via:"', () => {
    const story = parseStory([title, '', 'March 2, 2023', '', 'Via: TechLedger', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'TechLedger' }])
  })

  it("signs nothing with a person's name credited as the source", () => {
    const story = parseStory([title, '', 'March 2, 2023', '', 'Source: Jane Roe', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([])
  })

  it('keeps a paragraph that opens with "Via:" in the story', () => {
    const line = 'Via: the old coast road the trip takes four hours, one driver said, and most passengers sleep through it.'
    const story = parseStory([title, '', 'March 2, 2023', '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, more])
    expect(story.authors).toEqual([])
  })
})

describe('a signed byline with a long name, a hyphen set apart inside it, and the date glued on', () => {
  const title = "'Fishing grounds belong to the villages', says minister"
  const lede = 'The Minister of Fisheries says the coastal fishing grounds should stay under the care of the villages, and that no foreign fleet will fish inside the reef.'
  const more = 'The ministry will send officers to each district next month to map the grounds with the village councils, he said.'

  it('reads the writer and the date', () => {
    const story = parseStory([title, '', 'By Leota Sefo Tuilagi M - Ah Sam 14 March 2023, 10:05AM', '', lede, '', more].join('\n'), { timeZone: 'Pacific/Apia' })
    expect(story.headline).toBe(title)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Leota Sefo Tuilagi M - Ah Sam' }])
    expect(story.publishedAt).toBe('2023-03-13T21:05:00.000Z')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a sentence that opens with "By" and carries a date', () => {
    const line = 'By the end of the season - on 14 March 2023 - the last foreign boats had left the reef, officers said.'
    const story = parseStory([title, '', 'By Leota Sefo Tuilagi M - Ah Sam 14 March 2023, 10:05AM', '', lede, '', line, '', more].join('\n'), { timeZone: 'Pacific/Apia' })
    expect(story.paragraphs).toEqual([lede, line, more])
  })
})

describe('a summary over the story that introduces its writer by role and name ("Transport editor Jane Roe reports on …")', () => {
  const title = 'Bus cuts leave villages without a Sunday service'
  const paragraphs = [
    "The last bus out of Holmbrook on a Sunday leaves at ten past four, and from April there may be none at all under the county's new timetable.",
    'The plan would end Sunday services on four rural routes and cut the evening buses on two more, county officials said.',
    'Parish councils along the routes have asked for a meeting before the comment period closes at the end of the month.',
  ]

  it('signs the story with the writer and takes the summary as the standfirst', () => {
    const intro = 'Transport editor Mara Lindqvist reports on a county plan that would end Sunday buses to eleven villages from the spring.'
    const story = parseStory([title, '', intro, '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Mara Lindqvist' }])
    expect(story.standfirst).toBe(intro)
    expect(story.paragraphs).toEqual(paragraphs)
  })

  it("keeps a lede about a former editor's writing as the story's first paragraph", () => {
    const lede = 'Retired newspaper editor Tom Harker writes about his forty years at the Holmbrook Gazette in a book launched on Friday.'
    const story = parseStory([title, '', lede, '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toEqual([lede, ...paragraphs])
  })

  it('signs nothing with an editor named in a paragraph further down', () => {
    const line = 'Sports editor Mara Lindqvist reports on the match in tomorrow’s edition, the paper said.'
    const story = parseStory([title, '', paragraphs[0], '', line, '', paragraphs[1], '', paragraphs[2]].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toEqual([paragraphs[0], line, paragraphs[1], paragraphs[2]])
  })
})

describe('a date row with a bare counter set apart by a separator ("441 // 25 Nov 2018, 19:14 IST")', () => {
  const title = 'Numbers: Every cup final between the two island sides'
  const lede = 'The two island sides meet in the cup final again on Saturday, the ninth time they have played for the trophy since the competition began.'
  const more = 'The home side have won five of the eight finals so far, and the visitors three.'

  it('reads the date and leaves the counter out of the story', () => {
    const story = parseStory([title, '', 'Marek Odhiambo', 'ANALYST', '1,208   //    09 Mar 2021, 16:05 IST', '', lede, '', more].join('\n'), { timeZone: 'Asia/Kolkata' })
    expect(story.publishedAt).toBe('2021-03-09T10:35:00.000Z')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Marek Odhiambo' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('reads the counter after the date the same way', () => {
    const story = parseStory([title, '', 'Marek Odhiambo', '09 Mar 2021, 16:05 IST · 88', '', lede, '', more].join('\n'), { timeZone: 'Asia/Kolkata' })
    expect(story.publishedAt).toBe('2021-03-09T10:35:00.000Z')
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a paragraph of figures and dates set apart by slashes', () => {
    const stat = '312 // made in Nairobi on 09 Mar 2016, the highest total in the finals.'
    const story = parseStory([title, '', 'Marek Odhiambo', '1,208   //    09 Mar 2021, 16:05 IST', '', lede, '', stat, '', more].join('\n'), { timeZone: 'Asia/Kolkata' })
    expect(story.paragraphs).toEqual([lede, stat, more])
  })
})

describe('a writer\'s contact link beside a name alone on its line ("Contact Editor" / "Jane Roe,")', () => {
  const title = "Harbour Minister Says Coalition Partners Are Only 'Testing Limits'"
  const deck = 'Minister Halvorsen tells two coalition partners to stop threatening to walk out over the port budget.'
  const lede = 'Harbour Minister Tomas Halvorsen told two of the smaller coalition partners on Sunday to stop threatening to leave the government over the port budget.'
  const more = 'The Green League said on Thursday it would quit the coalition if the budget cut the money for the northern ferry routes.'

  it('signs the story with the name under the label, its trailing comma left out', () => {
    const story = parseStory([title, '', deck, '', 'Contact Editor', 'Orla Brennick,', '', 'Minister Tomas Halvorsen', 'Minister Tomas Halvorsen', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Orla Brennick' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('signs the story with the name over the label', () => {
    const story = parseStory([title, '', 'Orla Brennick', 'Email the author', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Orla Brennick' }])
  })

  it('signs nothing with a caption naming people over a comma, with no contact link beside it', () => {
    const story = parseStory([title, '', deck, '', 'Orla Brennick,', 'Tomas Halvorsen and Ines Varga at the port on Friday', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([])
  })

  it('keeps a paragraph that tells readers to contact the editor', () => {
    const note = 'Readers who saw the ferry leave the quay that night can contact the editor at the harbour office.'
    const story = parseStory([title, '', 'By Orla Brennick', '', lede, '', note, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Orla Brennick' }])
    expect(story.paragraphs).toEqual([lede, note, more])
  })
})

describe('a caption printed twice mid-story, the second time with a credit label glued on after its full stop', () => {
  const title = 'Ferry captain wins council seat in shire election'
  const lede = 'A retired ferry captain has won a seat on the shire council, as counting in the local elections entered its third day.'
  const second = 'Returning officers expect the final seats in the southern wards to be declared by Thursday afternoon.'
  const after = 'Ms Brask, who ran the island crossing for twenty-two years, took almost sixty per cent of the vote in the northern ward.'
  const last = 'The shire mayor held his own seat by fewer than two hundred votes, officials said on Monday.'
  const caption = 'Back at the helm: Odile Brask celebrates with supporters in Port Wenby.'

  it('leaves both copies out of the story', () => {
    const story = parseStory([title, '', 'By Corin Malvey', '', lede, '', second, '', caption, '', `${caption}Credit: Wenby Tide Gazette`, '', after, '', last].join('\n'))
    expect(story.paragraphs).toEqual([lede, second, after, last])
  })

  it('keeps a paragraph that merely repeats the one above and goes on with a sentence of its own', () => {
    const again = `${caption}Credits: the club paid for the party, the treasurer said after the count.`
    const story = parseStory([title, '', 'By Corin Malvey', '', lede, '', second, '', caption, '', again, '', after, '', last].join('\n'))
    expect(story.paragraphs).toContain(again)
  })
})

describe('a caption with its credit in brackets, then the caption again with the credit on a line of its own', () => {
  const head = ['Councillors try to patch up split over tram budget', '', 'By Mirela Ostvang', 'March 14, 2022 18:05']
  const caption = 'Council members of the ruling bloc gather on the steps of the town hall on Friday.'
  const body = [
    "Talks were held over the weekend to settle a quarrel inside Northport's ruling bloc ahead of next week's vote on the tram budget.",
    'Deputy mayor Ilse Varga phoned the transport councillor to settle a dispute over the route of the new eastern line.',
    'Both councillors said afterwards that the budget had enough support to pass.',
  ]

  it('leaves all three lines out of the story', () => {
    for (const credit of ['(photo credit: TOMAS VELLAN/REUTERS)', '(Photo: Tomas Vellan)']) {
      const story = parseStory([...head, `${caption} ${credit}`, caption, credit, ...body].join('\n'))
      expect(story.paragraphs).toEqual(body)
    }
  })

  it('keeps a paragraph printed again with a remark in brackets that is no credit', () => {
    const line = 'The budget vote was delayed twice last year after a row over the eastern line.'
    const story = parseStory([...head, body[0], line, `${line} (The council disputes this.)`, body[1], body[2]].join('\n'))
    expect(story.paragraphs).toContain(`${line} (The council disputes this.)`)
  })
})

describe('a caption under the title closing on a credit set with slashes ("… Photo / Example Agency / Jane Roe.")', () => {
  const title = 'Ferry rows, library fights and a long wait for a bridge'
  const body = [
    'As the regional reporting scheme moves to a new funder, its outgoing team looks back at the stories that changed things in small towns.',
    'A library reopened after a petition signed by half the town, and a ferry timetable was rewritten after commuters were stranded.',
    'The reporters work inside local newsrooms and share their stories with any outlet that wants them.',
  ]

  it('takes the caption and its credit out of the story', () => {
    for (const credit of ['Photo / LDR / Hemi Ostrander.', 'Photo / Hemi Ostrander', 'Photo / Getty Images']) {
      const caption = `Hemi Ostrander followed the row over the ferry timetable from the wharf to the chamber. ${credit}`
      const story = parseStory([title, '', caption, '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
      expect(story.paragraphs).toEqual(body)
    }
  })

  it('keeps a paragraph whose last sentence opens on "Photo /" and goes on in lower case', () => {
    const line = 'The club gave out its prizes for the year on Saturday. Photo / Video entries for next year close in May.'
    const story = parseStory([title, '', 'By Ana Reyes', '', body[0], '', line, '', body[1], '', body[2]].join('\n'))
    expect(story.paragraphs).toContain(line)
  })
})

describe("an appeal's heading under the story naming the paper whose journalism the reader should support", () => {
  const title = 'Assembly passes six bills after joint session'
  const body = [
    "The state assembly on Tuesday passed six bills sent up from its committees, clearing them for the governor's signature.",
    'They include a Ferry Services Bill, a Market Traders (Licensing) Bill and a Rural Roads Fund Bill.',
    'The bills were presented by the majority leader, Kunle Bankole, at a sitting presided over by the Speaker in Ilora.',
  ]

  it('ends the story at the heading', () => {
    const appeal = ["Support HARBOUR LEDGER's journalism of integrity and credibility", 'Good reporting is expensive to produce. Yet only good reporting can keep the powerful honest.', 'Donate']
    const story = parseStory([title, '', 'By Ana Reyes', '', ...[...body, ...appeal].flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it("keeps a paragraph about support for a paper's journalism", () => {
    const line = "Support The Ledger's reporting team grew after the trial, the editor said, with two new posts in the courts."
    const story = parseStory([title, '', 'By Ana Reyes', '', body[0], '', line, '', body[1], '', body[2]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1], body[2]])
  })
})

describe("a short last sentence closed by its agency's sign-off, over the site's appeal", () => {
  const title = 'Council approves new ferry timetable for the winter'
  const body = [
    'PORT ALDER — The town council on Monday approved a winter timetable for the island ferry, adding an early crossing on weekdays.',
    'Councillors said the change follows a survey of commuters who asked for a boat before seven in the morning.',
  ]
  const closing = 'The harbour office said the timetable would start on the first of December. (NAN)'
  const appeal = ["Support HARBOUR LEDGER's journalism of integrity and credibility", 'Good reporting costs money to make. We ask readers who can to help us keep doing it.', 'Donate']

  it('keeps the sentence as the last paragraph and lets its agency sign the story', () => {
    const story = parseStory([title, '', ...[...body, closing, ...appeal].flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs).toEqual([...body, closing])
    expect(story.authors).toEqual([{ kind: 'desk', name: 'NAN' }])
  })

  it('still drops a title of another story set between two paragraphs', () => {
    const teaser = 'Fishing fleet counts its losses after a stormy autumn season'
    const story = parseStory([title, '', 'By Ana Reyes', '', body[0], '', teaser, '', body[1], '', closing].join('\n'))
    expect(story.paragraphs).toEqual([...body, closing])
    expect(story.dropped).toContainEqual({ line: teaser, reason: 'related link' })
  })
})

describe('a closing wire credit that names where each reporter filed from, its editor after a comma', () => {
  const title = 'Shelling hits three towns in the south overnight, officials say'
  const body = [
    'PORT ALDER (Reuters) - Shelling hit three towns in the south overnight, regional officials said on Saturday, and crews were clearing roads by morning.',
    'Officials said power had been restored to most homes by noon and that schools would open on Monday as planned.',
  ]

  it('signs the reporters by name, without their places, and not the editor', () => {
    const credit = '(Reporting by Mira Kovalenko in Port Alder and Dan Whitlock in Washington DC, Editing by Rhona Fair)'
    const story = parseStory([title, '', ...[...body, credit].flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.authors).toEqual([
      { kind: 'person', name: 'Mira Kovalenko' },
      { kind: 'person', name: 'Dan Whitlock' },
    ])
  })

  it('keeps the semicolon form and a reporter whose name is followed by nothing', () => {
    const credit = 'Reporting by Mira Kovalenko; Additional reporting by Dan Whitlock in Geneva; Editing by Rhona Fair'
    const story = parseStory([title, '', ...[...body, credit].flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.authors).toEqual([
      { kind: 'person', name: 'Mira Kovalenko' },
      { kind: 'person', name: 'Dan Whitlock' },
    ])
  })
})

describe('a date line whose update is told only as an age with "an" or "a" ("Updated an hour ago")', () => {
  const lede = 'PORT ALDER (Reuters) - Dock workers voted on Tuesday to accept a new contract, ending a dispute that had slowed cargo for a month.'
  const second = 'The port authority said ships waiting at anchor would be berthed within two days.'
  const page = (dateLine: string) => ['#Business News', dateLine, '', 'Dock workers accept new contract', '', 'Reuters Staff', '', lede, '', second].join('\n')

  it('reads the publication from the date and leaves the age aside', () => {
    const story = parseStory(page('October 9, 2019 / 6:42 AM / Updated an hour ago'))
    expect(story.publishedAt).toBe('2019-10-09T06:42:00.000Z')
    expect(story.modifiedAt).toBeNull()
    expect(parseStory(page('October 9, 2019 / 6:42 AM / Updated a day ago')).publishedAt).toBe('2019-10-09T06:42:00.000Z')
  })

  it('keeps a body sentence that says something was updated an hour ago', () => {
    const said = 'The timetable, published on October 9, 2019, was updated an hour ago after complaints from drivers.'
    const story = parseStory(['Dock workers accept new contract', '', 'October 9, 2019', '', lede, '', said, '', second].join('\n'))
    expect(story.paragraphs).toContain(said)
  })
})

describe('a time printed in GMT, then the same moment on the local clock ("15:50 GMT 16:50 UK")', () => {
  it('reads the time in the zone printed first and keeps the second clock in the date', () => {
    const found = findDate('Last Updated: Tuesday, 14 September, 2004, 09:20 GMT 10:20 UK', 'Europe/London')
    expect(found?.iso).toBe('2004-09-14T09:20:00.000Z')
    expect(found?.text).toBe('Tuesday, 14 September, 2004, 09:20 GMT 10:20 UK')
    expect(findDate('14 September 2004 09:20 GMT (10:20 local)')?.iso).toBe('2004-09-14T09:20:00.000Z')
  })

  it('does not take a number after the zone for an offset or a second clock', () => {
    const found = findDate('14 September 2004 09:20 GMT 16 people were hurt', 'Europe/London')
    expect(found?.iso).toBe('2004-09-14T09:20:00.000Z')
    expect(found?.text).toBe('14 September 2004 09:20 GMT')
  })

  it('reads the labelled date under a site name and its slogan as the story\'s', () => {
    const body = ['Ferry crews on the island routes have voted to end an overtime ban that cancelled evening sailings.', 'The operator said a full timetable would return from Monday.']
    const story = parseStory(['Example News', 'watch One-Minute World News', 'Last Updated: Tuesday, 14 September, 2004, 09:20 GMT 10:20 UK', 'Ferry crews vote to end overtime ban', '', ...body.flatMap((p) => [p, ''])].join('\n'), { timeZone: 'Europe/London' })
    expect(story.publishedAt).toBe('2004-09-14T09:20:00.000Z')
    expect(story.paragraphs).toEqual(body)
  })
})

describe('an agency alone on the byline line, then a row of date, age, reading time and comments link set apart by bullets', () => {
  const title = 'Floodwater closes main road into Port Alder - police'
  const lede = 'PORT ALDER — Floodwater closed the main road into Port Alder on Tuesday after two days of heavy rain, police said.'
  const second = 'Drivers were told to use the coast road, which adds about forty minutes to the journey.'
  const page = (row: string) => [title, '', 'Reuters', row, '', lede, '', second].join('\n')

  it('reads the row as the date line and lets the agency sign', () => {
    for (const row of ['Mar 14, 2023  •  2 hours ago  •  < 1 minute read  •  Join the conversation', 'Mar 14, 2023 | less than 1 min read | Leave a comment']) {
      const story = parseStory(page(row), { timeZone: 'America/Toronto' })
      expect(story.publishedAt).toBe('2023-03-14T04:00:00.000Z')
      expect(story.authors).toEqual([{ kind: 'desk', name: 'Reuters' }])
      expect(story.paragraphs).toEqual([lede, second])
    }
  })

  it('keeps a paragraph that asks readers to join the conversation', () => {
    const asked = 'On March 14, 2023 the council asked residents to join the conversation about flood defences at a public meeting.'
    const story = parseStory([title, '', 'Mar 14, 2023', '', lede, '', asked, '', second].join('\n'))
    expect(story.paragraphs).toContain(asked)
  })
})

describe('an event promotion\'s dates under the byline, and other stories\' dates run on under the story', () => {
  const title = 'Harbour council to cap night-time ferry noise, residents can report breaches online'
  const body = [
    'The harbour council will cap engine noise from ferries berthing after 10pm, starting next month.',
    'Residents living along the quay have complained for years that idling engines kept them awake.',
    'The ferry operator said it would fit quieter generators to its two oldest boats by the summer.',
  ]
  const header = [title, '', 'Quieter nights ahead.', '', 'Lena Okafor | March 15, 2022, 06:41 PM', '']
  const promo = ['Events', '', 'Lantern Walk at Riverside Park', '', '04 March 2022 - 27 March 2022', '']

  it('dates the story by its byline, not by the event\'s range', () => {
    const story = parseStory([...header, ...promo, ...body.flatMap((p) => [p, ''])].join('\n'), { timeZone: 'Asia/Singapore' })
    expect(story.publishedAt).toBe('2022-03-15T10:41:00.000Z')
    expect(story.modifiedAt).toBeNull()
    expect(story.paragraphs).toEqual(body)
  })

  it('takes no update from a teaser\'s date under the story', () => {
    const teasers = ['Bakery on Quay Street holds bread-making classes for children', '', 'Knead it like a pro.', '', 'March 16, 2022, 02:10 PM']
    const story = parseStory([...header, ...body.flatMap((p) => [p, '']), ...teasers].join('\n'), { timeZone: 'Asia/Singapore' })
    expect(story.publishedAt).toBe('2022-03-15T10:41:00.000Z')
    expect(story.modifiedAt).toBeNull()
  })

  it('still reads an update printed with its label under the story', () => {
    const story = parseStory([...header, ...body.flatMap((p) => [p, '']), 'Updated: March 16, 2022, 02:10 PM'].join('\n'), { timeZone: 'Asia/Singapore' })
    expect(story.modifiedAt).toBe('2022-03-16T06:10:00.000Z')
  })

  it('keeps a paragraph that gives a festival\'s dates in a sentence', () => {
    const said = 'The festival runs from 04 March 2022 to 27 March 2022, organisers said, with the lantern walk on the last night.'
    const story = parseStory([...header, body[0], '', said, '', body[2]].join('\n'), { timeZone: 'Asia/Singapore' })
    expect(story.paragraphs).toContain(said)
  })
})

describe("a long notice that the browser has JavaScript off, over the title", () => {
  const notice =
    "JavaScript is disabled in your web browser or browser is too old to support JavaScript. Today almost every web page uses JavaScript, a small language that runs in the reader's browser. When it is switched off, parts of the web page may not work."
  const title = 'Library to open on Sundays from next month'
  const body = [
    'The central library in Eastvale will open on Sundays from next month, the town council said on Friday after a vote on its budget.',
    'Librarians said families had asked for weekend hours for years, and that the reading room fills up on Saturdays.',
  ]

  it('drops the notice and takes the title', () => {
    const story = parseStory([notice, '', title, '', 'By Ana Reyes', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
    expect(story.dropped).toContainEqual({ line: notice, reason: 'browser notice' })
  })

  it('keeps a paragraph that reports on JavaScript', () => {
    const line = 'JavaScript is disabled on the council website for now. Officials said the web page would stay plain until the attack is understood, and the library team agreed.'
    const story = parseStory([title, '', 'By Ana Reyes', '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe('a name printed twice in a row under the title, the person the story speaks of', () => {
  const title = 'Harbour traders say new licence rules shut them out'
  const body = [
    'Stallholders at the fish market in Port Linden say a new licence scheme from the harbour board leaves small family sellers with no place.',
    'Quenby-Hart, who has sold mussels on the quay for nineteen years, said the traders had not been asked before the rules were drawn up.',
  ]

  it("reads it as the picture's caption, not the writer", () => {
    const story = parseStory([title, '', 'Trader Marisol Quenby-Hart', '', 'Trader Marisol Quenby-Hart', '', 'Senior Business Reporter', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a writer printed twice whom the story does not name', () => {
    const story = parseStory([title, '', 'Ana Reyes', '', 'Ana Reyes', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Ana Reyes' }])
  })
})

describe('widget labels between the title and the byline ("Tagged:", "More on This", "Related Topics"), a credited caption under them', () => {
  const title = 'Lakeland: Water Board Moves Offices Upriver'
  const body = [
    "The Lakeland Water Board has moved the first 60 of its 410 staff to new offices in Upper Wendell, in line with the regional council's plan.",
    'The rest of the staff are expected to follow before the end of the year, when the lease on the port building runs out.',
  ]

  it('takes the title, not a label or the caption', () => {
    const story = parseStory([title, '', 'Tagged:', '', 'More on This', '', 'Related Topics', '', 'Photo: Lakeland Star', 'A view of the new river offices.', 'By Tomasz Okafor-Lind', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
    expect(story.dropped).toContainEqual({ line: 'More on This', reason: 'related-story list' })
  })

  it('keeps a sentence that opens with "More on this" and a short paragraph under a blank line after a credit', () => {
    const line = 'More on this later, the chairman told staff as the vans left the port on Monday morning with the first loads.'
    const short = 'The move went smoothly.'
    const story = parseStory([title, '', 'By Tomasz Okafor-Lind', '', body[0], '', line, '', 'Photo: Lakeland Star', '', short, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, short, body[1]])
  })
})

describe('a name printed twice right over the lede, with no "By" and no date', () => {
  const title = 'Ferry operator apologises to islanders after sailings cancelled'
  const body = [
    'A ferry operator has apologised to islanders after three sailings were cancelled without notice.',
    "The company's managing director wrote to the island's community council on Monday to say that passengers would be refunded in full.",
  ]

  it('reads the name as the byline', () => {
    const story = parseStory([title, '', 'Kilrush Pier', 'Kilrush Pier', 'Orla Venables', '', 'Orla Venables', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Orla Venables' }])
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a short line printed twice inside the story as it was', () => {
    const story = parseStory([title, '', 'By Orla Venables', '', body[0], '', 'Not again.', '', 'Not again.', '', body[1]].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Orla Venables' }])
    expect(story.paragraphs[0]).toBe(body[0])
    expect(story.paragraphs.at(-1)).toBe(body[1])
  })
})

describe('a caption closing on "Photo by Name /AGENCY", then again with "| License Photo"', () => {
  const title = 'Coastal towns weigh joint levy to rebuild storm walls'
  const caption = 'Workers repair a section of the sea wall in Port Galloway on Tuesday. Photo by Ravi Ostrander /NWP'
  const body = [
    'June 4 (NWP) -- Five towns along the northern shore are discussing a shared levy to pay for new storm walls after two winters of flooding.',
    'The mayors of the five towns met on Monday and agreed to ask their councils to vote on the plan before the end of summer.',
  ]

  it('takes the title and leaves both copies of the caption out of the story', () => {
    const story = parseStory([title, '', 'By Helena Marchetti', caption, `${caption} | License Photo`, '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Helena Marchetti' }])
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph that tells of a photo taken by someone', () => {
    const line = 'The mayor showed the council a picture of the broken wall. Photo by photo, the damage was plain to see, she said, and the towns had waited long enough.'
    const story = parseStory([title, '', 'By Helena Marchetti', '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe("a reader-funding appeal of several paragraphs over the title, a date label with no year, the deck again inside the story", () => {
  const title = 'Council orders review after flood warning reached residents a day late'
  const deck = 'Emergency planners say every warning must reach a phone within an hour of being issued.'
  const appeal = [
    'We need your help now',
    'Support from readers like you keeps The Harbour Post going.',
    'If you have found value in our reporting, please give what you can, so that we can keep writing the stories that matter here.',
  ]
  const body = [
    'THE COUNTY COUNCIL has ordered an independent review after a flood warning for the Carrow valley reached some residents more than a day late.',
    'About 240 homes along the river were told to move cars and pets to higher ground, but many of the messages arrived after the water had gone.',
    'The review is to report by the end of May, and the council has promised to publish it in full.',
  ]

  it('drops the appeal, takes the title and the lede, and leaves the repeated deck out', () => {
    const story = parseStory([...appeal, title, deck, 'LAST UPDATE | 12 Mar', body[0], body[1], deck, body[2]].flatMap((line) => [line, '']).join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
    expect(story.publishedAt).toBeNull()
  })

  it('keeps a paragraph under an appeal heading that reports rather than asks, and a quote about readers', () => {
    const quoted = '"Readers like you keep our reporting honest," the editor told the council, asking for our support and yours.'
    const story = parseStory([title, '', 'By Ana Reyes', '', body[0], '', 'Help us', '', body[1], '', quoted, '', body[2]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], body[1], quoted, body[2]])
  })
})

describe('a stock picture\'s credit under its label ("Source: AdobeStock / Jane Roe") over the lede', () => {
  const title = 'Trade Body: Regional Payment Apps Kept Unlicensed Lenders'
  const body = [
    'Payment apps popular in the northern provinces may have kept dozens of unlicensed lenders on their platforms for months, a trade body said.',
    'The finance office has asked the apps to hand over their records of the lenders payments by the end of the month.',
  ]

  it('leaves the credit out of the story', () => {
    const story = parseStory([title, '', 'Kasimir Ostberg', 'Last updated: | 1 min read', 'Source: AdobeStock / Marta Quillon', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph that opens with a source and names a stock library', () => {
    const line = 'Source: a manager at Adobe Stock told the trade body that the pictures of the lenders offices had been bought in bulk last year.'
    const story = parseStory([title, '', 'By Kasimir Ostberg', '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe('"Go deeper: <title>" and a lone "Go deeper" under the story, over the next story\'s teaser', () => {
  const title = 'Why we are changing how we cover the city budget'
  const body = [
    "The big picture: From next month our reporters will publish the council's spending figures as soon as they are released, with a short note.",
    '  • We will keep to this because we think it serves readers best.',
  ]
  const teaser = ['Go deeper: How the budget gets written', 'Go deeper', 'Library hours cut at three branches', 'The city library said Friday it will close three branches on Mondays from the spring to save money.']

  it('ends the story at the links', () => {
    const story = parseStory([title, '', 'By Priya Vantongeren', '', ...[...body, ...teaser].flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs.at(-1)).toBe(body[1].trim())
    expect(story.paragraphs).not.toContain(teaser[3])
  })

  it('keeps a paragraph that opens with "Go deeper" and reads as a sentence', () => {
    const line = 'Go deeper: the council wants every department to explain its spending in plain words by the summer, the mayor said.'
    const story = parseStory([title, '', 'By Priya Vantongeren', '', body[0], '', line, '', 'The first figures are due in June, when the council meets.'].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, 'The first figures are due in June, when the council meets.'])
  })
})

describe('a prompt to register for more of the site\'s news between the byline and the lede', () => {
  const title = 'Fire alarm test empties council chamber mid-vote'
  const body = [
    'A council vote on new parking charges was halted for forty minutes when a fire alarm test went off in the chamber.',
    'When members returned, the vote was taken again and the charges were approved by eleven votes to seven.',
  ]

  it('leaves the prompt out of the story', () => {
    const prompt = "Register for free to read more of the latest local news. It's easy and will only take a moment."
    const story = parseStory([title, '', 'By Callum Strachan', '', prompt, '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs).toEqual(body)
    expect(story.dropped).toContainEqual({ line: prompt, reason: 'registration prompt' })
  })

  it('keeps a paragraph about people registering to vote', () => {
    const line = 'Register to vote by Friday, the returning officer told residents, or you will not be able to take part in the by-election.'
    const story = parseStory([title, '', 'By Callum Strachan', '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe("an appeal over the story whose closing sentence is glued to the lede with no space", () => {
  const title = 'Ferry logbook leak lands harbour clerk in court'
  const lede = 'A harbour clerk who passed a confidential ferry logbook to a local paper appeared before Carrow District Court yesterday charged with breaching secrecy rules.'
  const rest = ['Judge Conall Breck adjourned the case until next month to allow the defence to see the evidence held by the authority.']
  const appeal = [
    'Your support helps us to tell the story',
    'From flood defences to school closures, The Lowland Courier is there when the story breaks, and we know how much it matters to sort the facts from the spin.',
    'The Lowland Courier is read by people of every party across the county, and we choose not to put our reporting behind a paywall.',
  ]

  it('drops the appeal and splits the lede from its closing sentence', () => {
    const story = parseStory([title, ...appeal, `Your support makes all the difference.${lede}`, ...rest].join('\n'))
    expect(story.paragraphs).toEqual([lede, ...rest])
  })

  it('keeps a story paragraph that mentions support, glued or not', () => {
    const line = 'The union said your support for the strike made the difference, and the council agreed to meet its members on Monday to settle the dispute.'
    const story = parseStory([title, '', 'By Ana Reyes', '', lede, '', line, '', ...rest].join('\n'))
    expect(story.paragraphs).toEqual([lede, line, ...rest])
  })
})

describe("one short sentence under the title, over the lead picture's caption and its credit", () => {
  const title = "Budget Office Quietly Cancels Councillors' Newspaper Subscriptions"
  const deck = "Councillors are reading yesterday's news now."
  const body = [
    "The city's budget office has cancelled the newspaper subscriptions used by councillors and their staff, even as they warn that the coverage is essential to their work.",
    'Several councillors have asked for the decision to be put to a vote at the next full meeting.',
  ]

  it('reads the sentence as the deck and starts the story at the lede', () => {
    const story = parseStory([title, '', deck, '', 'The old town hall on Market Square', 'Hanna Lindqvist/Harbour Press/Getty Images', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs).toEqual(body)
    expect(story.standfirst).toBe(deck)
  })

  it('keeps a short first sentence that has no credited picture under it', () => {
    const story = parseStory([title, '', deck, '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs.slice(-2)).toEqual(body)
  })
})

describe('a last paragraph broken off inside a word joined by a hyphen', () => {
  const title = 'Harbour board to publish its meeting papers online'
  const body = [
    'The harbour board will publish the papers for its monthly meetings online from April, after complaints that residents could only read them at the office.',
    '"People have a right to see what we are deciding and why," the chairman said at the meeting on Tuesday.',
  ]

  it('keeps the broken paragraph as the last', () => {
    const cut = 'Fishermen sent a letter to the board saying they “welcome” the change, which they read closely for mooring fees and long-te'
    const story = parseStory([title, '', 'By Rosalind Achterberg', '', ...[...body, cut].flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs).toEqual([...body, cut])
  })

  it('keeps a last paragraph that closes on a compound with a particle', () => {
    const last = 'Fishermen sent a letter to the board saying they “welcome” the change, which they read closely for mooring fees and the new sign-up'
    const story = parseStory([title, '', 'By Rosalind Achterberg', '', ...[...body, last].flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs.at(-1)).toBe(last)
  })
})

describe("a teaser for another story between the paragraphs: title, cut summary, section, age", () => {
  const title = 'Three arrested after cattle theft ring uncovered in Port Elridge'
  const body = [
    'Police in Port Elridge have arrested three men in connection with the theft of more than 60 cattle from farms in the district.',
    "The men, aged 28, 34 and 41, are expected to appear in the Port Elridge magistrate's court on Monday.",
  ]
  const teaser = ['Farmers walk out of market talks over auction fees', '', "Farmers' groups have walked out of talks with the district's auction houses over new fees, saying the charges would push small breeders out of the ...", 'News', '2 days ago']

  it('leaves the teaser out of the story', () => {
    const story = parseStory([title, '', 'By Ana Reyes', '', body[0], '', ...teaser, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph that trails off on an ellipsis inside the story', () => {
    const line = 'The farmers said the thieves had been getting bolder, and that some nights the dogs barked until ...'
    const story = parseStory([title, '', 'By Ana Reyes', '', body[0], '', 'Farmers count the cost of a long winter', '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toContain(line)
    expect(story.paragraphs.at(-1)).toBe(body[1])
  })
})

describe('a caption with its credit glued on with no space, over summary bullets and the lede', () => {
  const title = "Divers 'stumble' on a sunken schooner twice the size of any found in the bay"
  const caption = "An artist's impression of what a large schooner on the floor of the bay might look likeHarbour Heritage Studio"
  const bullets = ['Divers surveying a cable route found the wreck by chance.', 'The schooner is twice the size of any wreck found in the bay so far.']
  const body = [
    "They were looking for a place to lay a cable, but they found a ship. Divers checking the seabed off Greyhaven 'stumbled' on the wreck of a large schooner.",
    'The heritage office has asked boats to keep clear of the site while it is mapped by the survey team this month.',
  ]

  it('reads the caption and its credit apart from the bullets and the story', () => {
    const story = parseStory([title, '', caption, '', ...bullets.map((bullet) => `  • ${bullet}`), body[0], '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual(body)
    expect(story.standfirst).toBe(bullets.join(' '))
  })

  it('keeps a sentence of the story that runs a word into a capitalised name', () => {
    const line = 'The survey team named the wreck after the bay, and the local paper soon called it the deepGreyhaven Lady.'
    const story = parseStory([title, '', 'By Ana Reyes', '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe("a picture's caption over its shorter alternative text under the title, neither a sentence", () => {
  const title = "Assembly approves Lagoon Ports, Ferry Safety bills for governor's signature"
  const body = [
    'The state assembly, on Thursday, agreed with its committees on five bills, passing them for third reading.',
    'When the Speaker put the question to a voice vote, the members adopted it without dissent.',
  ]

  it('leaves both lines out of the story', () => {
    const story = parseStory([title, '', 'Police chief Bello Adewunmi-Clarke at the assembly plenary today', 'Assembly plenary', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a deck over a label whose words are not all in it', () => {
    const deck = 'Lawmakers clear five bills in one sitting before the recess'
    const story = parseStory([title, '', deck, 'Ilora Bureau', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.dropped.map((entry) => entry.reason)).not.toContain('photo caption')
    expect(story.paragraphs.slice(-2)).toEqual(body)
  })
})

describe('placeholder captions, icon names and an agency standards line', () => {
  const title = 'Harbour town keeps ferry timetable despite storm warnings'
  const body = [
    'Ferry services between Korovali and the outer islands will keep their winter timetable, the port authority said.',
    'The authority had weighed cutting the evening crossing after three storms in a fortnight.',
    'The next review of the timetable is due in March, when the authority will publish passenger figures.',
  ]

  it('drops a "No caption" placeholder over a photo credit', () => {
    const story = parseStory([title, '', body[0], '', body[1], '', 'No caption', 'Photo: Island Radio/ Tevita Moala', '', body[2]].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph that opens like a placeholder', () => {
    const line = 'No caption was given to the photograph when the council first published it, the clerk said.'
    const story = parseStory([title, '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })

  it('drops icon names around a repeated headline and does not join them to it', () => {
    const story = parseStory(['Homechevron_rightRegionchevron_rightHarbour town keeps...', '', title, '', 'text_fields', 'bookmark_border', title, 'cancel', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it('ends the story at an agency standards line but keeps a sentence about standards', () => {
    const line = 'Our standards: the crews will sail unless the wind passes forty knots, Vanua said.'
    const story = parseStory([title, '', body[0], '', line, '', body[1], '', 'Our Standards:The Example Trust Principles.', '0 : 0', '', 'Other story about boats in the harbour today'].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe("a login button over the title and a picture's label glued before it", () => {
  const title = "Norvale: Transport minister can't say when the new bridge opens"
  const body = [
    'Norvale - Anselm Drury, the transport minister, left a radio interview early after he could not say when the bridge would open.',
    'The programme, broadcast on a regional station, began with a report on the bridge, which was due to open two years ago.',
  ]

  it('takes the title from behind the label, not the button', () => {
    const story = parseStory(['Remember meForgot password?', '    Log in with Twitter', '', `article image${title}`, '', 'By Petra K. Lindqvist     May 14, 2014 in World', ...body].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a sentence that opens like the button', () => {
    const line = 'Log in with a library card and the archive of council minutes opens to any resident, the clerk said.'
    const story = parseStory([title, '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe('a channel promo with more words between the platform and "updates"', () => {
  const title = 'Lakeside town caps visitors at festival weekend'
  const body = [
    'The cap will apply from Friday until the end of the festival weekend, the council said.',
    'Residents were also asked to keep visits short and to meet outdoors where they could.',
  ]

  it('drops the promo between the byline and the story', () => {
    const story = parseStory([title, '', 'By Oren Maalouf', '', 'Follow us on Telegram for the latest updates on the festival: https://example.org/news', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a sentence that reports a council told people to follow its channel', () => {
    const line = 'Follow the council on Telegram for the latest updates, Councillor Ilse Varga told residents at the meeting.'
    const story = parseStory([title, '', 'By Oren Maalouf', '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe("an outlet and a dated stamp in the dateline's bracket", () => {
  const title = 'Bridge repairs close the river road for a week'
  const rest = [
    'Engineers said the work would start at dawn and that buses would take the longer route through the hills.',
    'Shops along the road were told they could stay open for deliveries made before eight in the morning.',
  ]

  it('signs the outlets and dates the story by the stamp', () => {
    const lede = 'MULTAN, (Westmark / Valley Wire News - 12th Sep, 2022 ) :The district office on Monday closed the river road so that crews could repair the old bridge.'
    const story = parseStory([title, '', lede, '', ...rest].join('\n'), { timeZone: 'Asia/Karachi' })
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Westmark' }, { kind: 'desk', name: 'Valley Wire News' }])
    expect(story.publishedAt).toBe('2022-09-11T19:00:00.000Z')
  })

  it('takes nothing from a sentence that brackets a dated remark', () => {
    const lede = 'The district office (Westmark - 12th Sep, 2022) said the river road would close so that crews could repair the old bridge.'
    const story = parseStory([title, '', lede, '', ...rest].join('\n'), { timeZone: 'Asia/Karachi' })
    expect(story.authors).toEqual([])
    expect(story.publishedAt).toBeNull()
  })

  it('leaves the date to the date line when the page prints one', () => {
    const lede = 'MULTAN, (Westmark - 12th Sep, 2022 ) :The district office on Monday closed the river road so that crews could repair the old bridge.'
    const story = parseStory([title, '', 'September 13, 2022', '', lede, '', ...rest].join('\n'), { timeZone: 'Asia/Karachi' })
    expect(story.publishedAt).toBe('2022-09-12T19:00:00.000Z')
  })
})

describe('a date row signed with the "Author:" label', () => {
  const title = 'Grant rules for village halls change in April'
  const body = [
    'Village halls applying for repair grants will have to show two quotes from builders from April, the county said on Tuesday.',
    'The change follows complaints that some grants had paid for work that cost far more than it should have.',
  ]

  it('signs the labelled name and dates the story, not the caption name above the row', () => {
    const story = parseStory([title, '', 'Ines Marchetti', 'Tuesday, 5 March 2019 Author: Colm Ferriter', '', ...body].join('\n'), { timeZone: 'Europe/London' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Colm Ferriter' }])
    expect(story.publishedAt).toBe('2019-03-05T00:00:00.000Z')
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph that opens with the word and a colon in a sentence', () => {
    const line = 'Author: that is the title the hall committee gave the retired teacher who wrote its history, and the name stuck.'
    const story = parseStory([title, '', 'By Colm Ferriter', '', body[0], '', line, '', body[1]].join('\n'), { timeZone: 'Europe/London' })
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
    expect(story.authors).toEqual([{ kind: 'person', name: 'Colm Ferriter' }])
  })
})

describe("a clipping service's row: paper, day, section and the writer in capitals", () => {
  const title = 'Saleyard upgrade finished before winter sales'
  const body = [
    'The council finished roofing the saleyard pens a month early, so the winter cattle sales can go ahead under cover.',
    'Agents said buyers had complained for years about standing in the rain while the pens were drafted.',
  ]

  it('signs the writer named at the end of the row, with the address named after the writer', () => {
    const row = 'Downs Farm Weekly - - LIVESTOCK - TAMSIN OAKE tamsin.oake@downsweekly.example.com.au'
    const story = parseStory([title, '', row, '', ...body].join('\n'), { timeZone: 'Australia/Brisbane' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Tamsin Oake' }])
    expect(story.paragraphs).toEqual(body)
  })

  it('reads the day when the row prints it', () => {
    const story = parseStory([title, '', 'Downs Farm Weekly - 12 Jun 2019 - LIVESTOCK - TAMSIN OAKE', '', ...body].join('\n'), { timeZone: 'Australia/Brisbane' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Tamsin Oake' }])
    expect(story.publishedAt).toBe('2019-06-11T14:00:00.000Z')
  })

  it('signs nothing from a notice row that ends in words in capitals', () => {
    const story = parseStory([title, '', 'Harbour Road Hall - - COMMUNITY NOTICES - ALL WELCOME', '', ...body].join('\n'), { timeZone: 'Australia/Brisbane' })
    expect(story.authors).toEqual([])
  })
})

describe("a guest writer's one-line bio over the column", () => {
  const title = 'Why the rail freight plan deserves a second look'
  const body = [
    'The government shelved its rail freight plan last spring, but the case for it has only grown stronger since.',
    'Road haulage costs rose by a fifth over the past two years, and the ports are short of lorry drivers.',
    'A modest subsidy for the first five years would move a large share of container traffic off the motorways.',
  ]

  it('signs the column with the bio and leaves the bio out of the story', () => {
    const story = parseStory([title, '', 'Ilse Brandvold is the former director of the Northern Freight Forum.', '', ...body].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Ilse Brandvold' }])
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a lede about the person the story goes on to name', () => {
    const lede = 'Ilse Brandvold is the new director of the Northern Freight Forum.'
    const rest = ['Brandvold takes over in March after ten years at the port authority.', ...body.slice(1)]
    const story = parseStory([title, '', lede, '', ...rest].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toEqual([lede, ...rest])
  })

  it('keeps a lede that says who announced the appointment', () => {
    const lede = 'Ilse Brandvold is the new director of the Northern Freight Forum, the board said on Monday.'
    const story = parseStory([title, '', lede, '', ...body].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs[0]).toBe(lede)
  })
})

describe('an archive notice between the title and the story', () => {
  const title = 'Ferry timetable changes for the winter season'
  const body = [
    'The ferry will sail four times a day instead of six from the first week of November, the operator said.',
    'The last crossing of the evening moves forward by an hour to avoid the worst of the winter weather.',
  ]

  it('drops the notice', () => {
    const notice = 'This is an archived article and its contents may be out of date. See the time stamp for when it was last updated.'
    const story = parseStory([title, '', notice, '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a sentence about an archived report that is the story', () => {
    const line = 'This is an archived report from 1962 that the museum found in a box of harbour office papers last spring.'
    const story = parseStory([title, '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe('a newsletter pitch as a bare phrase under the story', () => {
  const title = 'Seed bank opens a second storage hall'
  const body = [
    'The regional seed bank opened a second storage hall on Monday, doubling the number of varieties it can keep.',
    'The new hall is kept at minus eighteen degrees and holds samples sent by growers from four states.',
  ]

  it('drops the pitch', () => {
    const story = parseStory([title, '', ...body.flatMap((paragraph) => [paragraph, '']), '', 'Weekly crop and weather news in your inbox!'].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a short sentence that ends on the same words', () => {
    const line = 'Nobody wants more bad news in your inbox.'
    const story = parseStory([title, '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe('a caption whose credit names the page the picture came from', () => {
  const title = 'Island clinic gets a second doctor'
  const body = [
    'The island clinic will have a second doctor from January, the health office announced on Tuesday.',
    'Patients now wait up to a week for a routine visit, and the clinic closes when its only doctor is on leave.',
  ]

  it('drops the caption', () => {
    const story = parseStory([title, '', body[0], '', 'Health Officer Rosa Imperial ( Photo from Rosa Imperial’s Facebook)', '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a sentence that closes on photos from an event in brackets', () => {
    const line = 'The clinic showed its new rooms to residents on Saturday (photos from the open day are on its noticeboard).'
    const story = parseStory([title, '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe('a pull quote in typewriter quotes with its speaker, longer than the paragraph that quotes it', () => {
  const title = 'Lakeside library to open on Sundays'
  const body = [
    'The Lakeside library will open on Sunday afternoons from next month, the town council decided on Monday.',
    '"People asked for this at every meeting we held," she said.',
    'The extra hours will be paid for from the reading-room budget.',
  ]

  it('drops the pull quote', () => {
    const quote = "'People asked for this at every meeting we held' Head Librarian Mirela Szabo"
    const story = parseStory([title, '', body[0], '', quote, '', body[1], '', body[2]].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it("keeps an apostrophe inside a word from closing the quotation", () => {
    const line = "'Don't close the library on Sundays' was the slogan on the petition signed by 900 residents."
    const story = parseStory([title, '', body[0], '', line, '', body[2]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[2]])
  })
})

describe('a pull quote without quotation marks, its speaker after a dash', () => {
  const title = 'Millbrook council backs a longer skate park season'
  const body = [
    'The skate park in Millbrook will stay open until the end of November, the council decided on Tuesday.',
    'Lights will be added along the path so that the park can open after dark.',
  ]

  it('drops the pull quote', () => {
    const quote = 'Our kids should not have to skate in the car park when the days get short. - Tomas Reyes, Millbrook Youth Council'
    const story = parseStory([title, '', body[0], '', quote, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a sentence in the third person with a name and a body after a dash', () => {
    const line = 'The first prize went to the oldest entrant in the show. - Martha Olsen, Lakeside Garden Club'
    const story = parseStory([title, '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })

  it('keeps reported speech with a dash and a name after it', () => {
    const line = 'We will not close the park early again, the parks manager told residents. - Ines Kovac, Parks Department'
    const story = parseStory([title, '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe('a closing link to the entire article', () => {
  const title = 'Co-op cuts the price it pays for milk'
  const body = [
    'The regional dairy co-op will pay its members less for milk from next month, its board said on Friday.',
    'Members were told the cut reflects a surplus of butter and cheese across the country.',
  ]

  it('drops the link line', () => {
    const story = parseStory([title, '', ...body.flatMap((paragraph) => [paragraph, '']), 'Read the entire article here.'].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a sentence in which someone asks people to read the entire report', () => {
    const line = 'Read the entire report before judging the price cut, the board chair told members at the meeting.'
    const story = parseStory([title, '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe("a guest writer's one-line bio over the story", () => {
  const title = 'Why the plains grid needs more storage'
  const body = [
    'Every winter the grid across the plains comes closer to running short on the coldest mornings, and every winter the fix is put off again.',
    'Batteries and pumped water could carry the load for the few hours that matter, if regulators let the costs be shared.',
  ]

  it('drops the bio and signs the story with its name', () => {
    const story = parseStory([title, '', 'Dorota Wilk is a former chair of the Plains Grid Users Association.', '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs).toEqual(body)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Dorota Wilk' }])
  })

  it('keeps a lede that introduces the person the story is about', () => {
    const lede = 'Dorota Wilk is the new chair of the Plains Grid Users Association.'
    const rest = 'Wilk, who ran a wind farm for ten years, takes over from a chair who served two terms and will set out her plans for storage in the spring.'
    const story = parseStory([title, '', lede, '', rest, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([lede, rest, body[1]])
  })
})

describe('a page that opens on its title with the deck on the next line, no blank line between', () => {
  const title = 'Bridge repairs close the river road for a second week'
  const deck = 'County engineers say the road should reopen to cars on Friday'
  const body = [
    'The river road will stay closed until Friday while engineers finish repairs to the bridge deck, the county said on Monday.',
    'Buses are running on a diversion through the industrial estate, adding about ten minutes to each trip.',
  ]

  it('takes the first line as the headline and the second as the deck', () => {
    const story = parseStory([title, deck, ...body].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps the lede when the line under the title is the story itself', () => {
    const story = parseStory([title, ...body].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a sentence under the title as the lede when the story does not print it again', () => {
    const lede = 'The county has closed the river road again.'
    const story = parseStory([title, lede, ...body].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs[0]).toBe(lede)
  })
})

describe("a title's part number and its column's name after a separator", () => {
  const body = [
    'The county fair board voted on Tuesday to build a new livestock barn large enough for two hundred animals.',
    'Work will start after this summer’s fair and should be finished in time for the next one, the board said.',
  ]

  it('keeps a part number after a dash', () => {
    const title = 'How the fairground was built – Part 3'
    const story = parseStory([title, '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.headline).toBe(title)
  })

  it("keeps a column's name that the story calls its own edition", () => {
    const title = 'Fair board approves new barn | Fairground Notes Weekly'
    const lede = 'This week’s edition of Fairground Notes Weekly starts with the new barn and then turns to the ticket prices for the summer.'
    const story = parseStory([title, '', lede, '', ...body].join('\n'))
    expect(story.headline).toBe(title)
  })

  it("still cuts a site's name that the story merely mentions", () => {
    const lede = 'The board chair told the Valley Weekly that the barn would be the first new building at the fairground in thirty years.'
    const story = parseStory(['Fair board approves new barn | Valley Weekly', '', lede, '', ...body].join('\n'))
    expect(story.headline).toBe('Fair board approves new barn')
  })
})

describe("a page's title over the story's own longer title", () => {
  const short = 'Harbour master says the old quay is unsafe'
  const long = 'Harbour master says the old quay is unsafe after storms and asks the council to close it until repairs'
  const body = [
    'The old quay should be closed to the public until it is repaired, the harbour master told the council on Monday.',
    'Two storms this winter washed away part of the sea wall under the quay, leaving gaps in the paving.',
  ]

  it('takes the longer title and drops the stray arrow between them', () => {
    const story = parseStory([short, '', '>', '', long, '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.headline).toBe(long)
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps the title when the line under it is a deck with words of its own', () => {
    const deck = 'Storm damage leaves gaps in the paving and the council is asked to close the quay until spring'
    const story = parseStory([short, '', deck, '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.headline).toBe(short)
  })
})

describe('a caption that retells the story with "(pictured)" after the name', () => {
  const title = 'Island school gets a new head teacher'
  const body = [
    'The island school will have a new head teacher from September, the education board announced on Friday.',
    'Elin Morgan, who has taught on the island for twelve years, takes over from a head who is retiring.',
  ]

  it('drops the caption', () => {
    const caption = 'Elin Morgan (pictured outside the school gates), who has taught on the island for twelve years, takes over in September'
    const story = parseStory([title, '', body[0], '', caption, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph of the story that says "(pictured)" and closes on a full stop', () => {
    const line = 'Ms Morgan (pictured) said she wanted to start a school choir in her first term.'
    const story = parseStory([title, '', body[0], '', line, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], line, body[1]])
  })
})

describe("a column's label and title on the first line, a caption, then an opening question", () => {
  const body = [
    'The harbour board voted on Thursday to ban feeding the gulls anywhere between the lighthouse and the fish market, with a fine of fifty pounds.',
    'Traders on the quay said they had not been asked about the ban and would raise it at the next public meeting.',
  ]

  it('takes the column title and drops the caption', () => {
    const question = 'WHO among us has not lost a chip to a gull on the harbour wall?'
    const story = parseStory(['Harbour Notes: Gulls and the harbour board', '', 'Portnaven Harbour Board Offices on Quay Street.', '', question, '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.headline).toBe('Harbour Notes: Gulls and the harbour board')
    expect(story.paragraphs).toEqual([question, ...body])
  })

  it('keeps a short opening sentence with a verb under the headline', () => {
    const lede = 'The Harbour Board Offices Reopened.'
    const story = parseStory(['Gull feeding banned on the harbour', '', lede, '', ...body.flatMap((paragraph) => [paragraph, ''])].join('\n'))
    expect(story.paragraphs[0]).toBe(lede)
  })
})

describe('a paragraph printed twice in a row, the copies differing in their spaces alone', () => {
  const title = 'Reeve asks for village status after merger'
  const lede = 'The reeve of Lowmoor wants the village to keep a council of its own after it joins the larger district next year.'
  const rest = 'Lowmoor councillors meet the district council on Wednesday to go through the terms of the merger.'

  it('keeps one copy', () => {
    const story = parseStory([title, '', lede, '', lede.replace('it joins', 'itjoins'), '', rest].join('\n'))
    expect(story.paragraphs).toHaveLength(2)
    expect(story.paragraphs[1]).toBe(rest)
  })
})

describe("another story's teaser between two paragraphs: a question and a title, then its summary", () => {
  const title = 'River board asks again for money to replace old pumps'
  const body = [
    'The river board has asked the government for a third time for money to replace its oldest pumping stations.',
    'Three of the stations are more than fifty years old, the chief executive told councillors on Tuesday.',
  ]

  it('drops the teaser and its summary', () => {
    const teaser = 'Is YOUR home on a flood plain? Map shows the streets most at risk as insurers raise premiums across the county'
    const summary = 'An analysis of ten years of council flood records shows which streets flood most often and which have no defences at all'
    const story = parseStory([title, '', body[0], '', teaser, '', summary, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a question the story asks over a paragraph that lost its full stop', () => {
    const question = 'Why has the board been turned down twice? Ministers say other counties face worse risks and have waited longer'
    const next = 'The board says the pumps could fail in the next big storm and leave hundreds of homes under water, its chair said'
    const story = parseStory([title, '', body[0], '', question, '', next, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], question, next, body[1]])
  })
})

describe('a date with its weekday after the year and the time after a slash', () => {
  it('reads the time beside the weekday', () => {
    expect(findDate('March 11, 2014, Tuesday/ 18:45:00', 'Europe/Istanbul')?.iso).toBe('2014-03-11T16:45:00.000Z')
  })

  it('reads the day alone when the weekday closes the line', () => {
    expect(findDate('March 11, 2014, Tuesday', 'Europe/Istanbul')?.iso).toBe('2014-03-10T22:00:00.000Z')
  })

  it('takes no number after a weekday word that is not set apart from the day', () => {
    expect(findDate('March 11, 2014 Tuesday 18 people came', 'UTC')?.iso).toBe('2014-03-11T00:00:00.000Z')
  })
})

describe("a station's post stamp: the time, a dash, then the day", () => {
  const body = [
    'Councillors have postponed a decision on new parking charges for the city centre.',
    'Traders had warned that doubling the hourly rate would drive shoppers to the retail park on the ring road.',
  ]

  it('reads the stamp and signs with the station name glued to its band', () => {
    const story = parseStory(['Council delays parking vote', '', 'HarbourFM', '', '6:05 PM - 14 Mar 2016', '', ...body].join('\n'), { timeZone: 'Europe/Dublin' })
    expect(story.publishedAt).toBe('2016-03-14T18:05:00.000Z')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'HarbourFM' }])
    expect(story.paragraphs).toEqual(body)
  })

  it('reads no date from a score followed by a dash and a day', () => {
    expect(findDate('Won 4-2 - 14 Mar 2016', 'UTC')?.iso).toBe('2016-03-14T00:00:00.000Z')
  })

  it('keeps a sentence that names a station in the story', () => {
    const lede = 'HarbourFM will broadcast the council meeting live from the town hall on Thursday evening.'
    const story = parseStory(['Council delays parking vote', '', '6:05 PM - 14 Mar 2016', '', lede, '', ...body].join('\n'), { timeZone: 'Europe/Dublin' })
    expect(story.authors).toEqual([])
    expect(story.paragraphs[0]).toBe(lede)
  })
})

describe("an agency's credit and date row with the page's font-size control after it", () => {
  const body = [
    'The port authority opened a second container terminal on Tuesday, doubling the number of ships that can unload at once.',
    'Shipping lines had complained for years about queues of vessels waiting at anchor outside the harbour.',
  ]

  it('signs with the agency and reads the date', () => {
    const story = parseStory(['Port opens second terminal', '', 'Yonhap, August 22, 2017 Adjust font size:', '', ...body].join('\n'), { timeZone: 'Asia/Seoul' })
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Yonhap' }])
    expect(story.publishedAt).toBe('2017-08-21T15:00:00.000Z')
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a story line about a font size that names a year', () => {
    const line = 'In 2016 the agency redesigned its pages and readers were asked to choose a font size:'
    const story = parseStory(['Port opens second terminal', '', 'Yonhap, August 22, 2017', '', ...body, line, 'Most chose the larger one.'].join('\n\n'), { timeZone: 'Asia/Seoul' })
    expect(story.paragraphs).toContain(line)
  })
})

describe("a paper's staff named by role on the row of its dates", () => {
  const body = [
    'KARACHI: The provincial transport board said on Thursday that bus fares on all city routes would rise from April.',
    'The board blamed the rise on the cost of diesel, which has gone up three times since the autumn.',
  ]

  it('signs the desk and reads the publication and the update', () => {
    const header = "The Newspaper's Staff Reporter Published February 2, 2024 Updated February 2, 2024 08:40am"
    const story = parseStory(['Bus fares to rise in April', '', header, '', ...body].join('\n'), { timeZone: 'Asia/Karachi' })
    expect(story.authors).toEqual([{ kind: 'desk', name: "The Newspaper's Staff Reporter" }])
    expect(story.publishedAt).toBe('2024-02-01T19:00:00.000Z')
    expect(story.modifiedAt).toBe('2024-02-02T03:40:00.000Z')
    expect(story.paragraphs).toEqual(body)
  })

  it('signs nothing with a job title alone beside the date', () => {
    const story = parseStory(['Bus fares to rise in April', '', 'Senior Political Reporter Published February 2, 2024', '', ...body].join('\n'), { timeZone: 'Asia/Karachi' })
    expect(story.authors).toEqual([])
    expect(story.publishedAt).toBe('2024-02-01T19:00:00.000Z')
  })

  it("keeps a sentence about the paper's staff reporter", () => {
    const line = "The newspaper's staff reporter saw the first buses with the new fares on February 2, 2024, at the main depot."
    const story = parseStory(['Bus fares to rise in April', '', ...body, line].join('\n\n'), { timeZone: 'Asia/Karachi' })
    expect(story.paragraphs).toContain(line)
    expect(story.authors).toEqual([])
  })
})

describe('a byline with the paper after a hyphen set apart by spaces', () => {
  it('signs the person and the paper as a desk', () => {
    expect(parseByline('Carmela Dizon - The Harbor Star')).toEqual([
      { kind: 'person', name: 'Carmela Dizon' },
      { kind: 'desk', name: 'The Harbor Star' },
    ])
    expect(parseByline('Carmela Dizon - Reuters')).toEqual([
      { kind: 'person', name: 'Carmela Dizon' },
      { kind: 'desk', name: 'Reuters' },
    ])
  })

  it('reads no byline from a title naming a person and a programme', () => {
    expect(parseByline('Carmela Dizon - The Interview')).toBeNull()
    expect(parseByline('The Harbor - The Last Ferry')).toBeNull()
  })

  it('keeps a heading that names a person and a paper in the story', () => {
    const body = ['MANILA — The agriculture department ordered rice importers to open their warehouses within a week.', 'Importers who refuse will lose their permits for the rest of the year, the department said.']
    const line = 'Carmela Dizon - The Harbor Star said the inspections would begin on Monday, according to officials.'
    const story = parseStory(['Rice importers told to open warehouses', '', ...body, line].join('\n\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toContain(line)
  })
})

describe("a newsroom's byline beside a day without its year", () => {
  const title = 'Ports minister promises ferry subsidy for small islands'
  const body = [
    'Shipping Minister Nikos Varvakis said on Tuesday that the ferry subsidy would be extended to the smaller islands.',
    'Ferry owners said they had waited four months for money that was promised in the autumn.',
  ]

  it('signs the newsroom and dates nothing', () => {
    const story = parseStory([title, '', 'Newsroom March 14 09:30', '', ...body].join('\n'), { timeZone: 'Europe/Athens' })
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Newsroom' }])
    expect(story.publishedAt).toBeNull()
    expect(story.paragraphs).toEqual(body)
  })

  it("signs nothing with an event's heading and its day", () => {
    const story = parseStory([title, '', 'Island Regatta March 14', '', ...body].join('\n'), { timeZone: 'Europe/Athens' })
    expect(story.authors).toEqual([])
  })

  it('keeps a story line that opens with a name and a day', () => {
    const line = 'Newsroom staff will follow the vote on March 14 at 09:30 and report the result as soon as it is known.'
    const story = parseStory([title, '', ...body, line].join('\n\n'), { timeZone: 'Europe/Athens' })
    expect(story.paragraphs).toContain(line)
  })
})

describe("a date row with a label in the edition's own script", () => {
  const body = [
    'Local governments opened evacuation shelters in three coastal towns on Thursday as a typhoon approached.',
    'Disaster officials said more than four thousand families had moved to the shelters by the evening.',
  ]

  it('reads the date and leaves the row out of the story', () => {
    const story = parseStory(['Typhoon shelters opened', '', '2024/8/29 英字', '', ...body].join('\n'), { timeZone: 'Asia/Manila' })
    expect(story.publishedAt).toBe('2024-08-28T16:00:00.000Z')
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a story line in that script that carries a date', () => {
    const line = '2024年8月29日、台風が接近するなか、沿岸の三つの町で避難所が開設され、多くの家族が避難した。'
    const story = parseStory(['Typhoon shelters opened', '', ...body, line].join('\n\n'), { timeZone: 'Asia/Manila' })
    expect(story.paragraphs).toContain(line)
  })
})

describe("a closing paragraph signed off with the writer's name and the paper's initials after a slash", () => {
  const title = 'Jeepney drivers given three more months'
  const body = [
    'Jeepney drivers who have not yet joined a transport cooperative will have three more months to do so, the regulator said.',
    "Drivers' associations had asked for the deadline to be moved, saying many members could not afford the fees.",
  ]
  const closing = 'The chairman said the extension would be the last. He added that inspectors would begin checking the main terminals in the first week of January. Drivers found operating alone after that date would have their vehicles impounded by the traffic police. Ramon Villaflor/HMS'

  it('signs the writer and the paper and keeps the paragraph', () => {
    const story = parseStory([title, ...body, closing].join('\n\n'))
    expect(story.authors).toEqual([
      { kind: 'person', name: 'Ramon Villaflor' },
      { kind: 'desk', name: 'HMS' },
    ])
    expect(story.paragraphs.at(-1)).toBe(closing)
  })

  it("leaves a picture's caption with its photographer's credit to the picture", () => {
    const caption = 'Drivers queue at the regulator office in the capital. Ramon Villaflor/HMS'
    const story = parseStory([title, body[0]!, caption, body[1]!].join('\n\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).not.toContain(caption)
  })

  it('signs no one when a byline already signs the story', () => {
    const story = parseStory([title, 'By Lorna Abad', ...body, closing].join('\n\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Lorna Abad' }])
  })
})

describe('a date over the headline later than an event the lede says is still to come', () => {
  const title = "Lean budgets and long speeches: a week of the governor's briefings"
  const second = 'On Tuesday he spent most of the briefing defending the budget, which cuts spending on roads by a quarter.'

  it('takes the date above for the day the page was shown', () => {
    const lede = 'The state is due to present its new water plan on September 2. By Monday the governor still would not say what it holds.'
    const story = parseStory(['Thursday, September 19, 2024', '', title, '', lede, '', second].join('\n'), { timeZone: 'America/Mexico_City' })
    expect(story.publishedAt).toBeNull()
    expect(story.paragraphs).toEqual([lede, second])
  })

  it('keeps the date above when the event comes after it', () => {
    const lede = 'The state is due to present its new water plan on September 24. By Monday the governor still would not say what it holds.'
    const story = parseStory(['Thursday, September 19, 2024', '', title, '', lede, '', second].join('\n'), { timeZone: 'America/Mexico_City' })
    expect(story.publishedAt).toBe('2024-09-19T06:00:00.000Z')
  })

  it('keeps the date above when the lede tells of a past event on an earlier day', () => {
    const lede = 'The state presented its new water plan on September 2. By Monday the governor still would not say what it holds.'
    const story = parseStory(['Thursday, September 19, 2024', '', title, '', lede, '', second].join('\n'), { timeZone: 'America/Mexico_City' })
    expect(story.publishedAt).toBe('2024-09-19T06:00:00.000Z')
  })
})

describe('an app promo naming the phone stores under the story', () => {
  const title = 'Water rates to rise in the spring, utility says'
  const body = [
    'Households will pay more for water from April, the utility said on Monday, citing the cost of new treatment works.',
    'The board said the average bill would go up by about four dollars a month.',
  ]

  it('drops the promo', () => {
    const promo = 'For the latest news and updates download the Valley Post apps for iOS and Android.'
    const story = parseStory([title, '', ...body.flatMap((text) => [text, '']), promo].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph of the story about the apps', () => {
    const said = 'For the first time, customers can download the utility’s new billing apps for iOS and Android and pay by phone, from March on.'
    const story = parseStory([title, '', body[0], '', said, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], said, body[1]])
  })
})

describe('a related-list heading behind a menu arrow (">Related articles") inside the story', () => {
  const title = 'Port authority delays dredging of the main channel'
  const body = [
    'The port authority has delayed the dredging of the main shipping channel until the autumn, its director said on Friday.',
    'Shipping lines had asked for the work to be finished before the harvest season, when grain exports peak.',
  ]

  it('drops the heading and the titles under it, and the story goes on', () => {
    const story = parseStory([title, '', body[0], '', '>Related articles', '', 'Grain exports reach a record in the third quarter', '', 'New cranes arrive at the container terminal', '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })
})

describe('a "Related story" label over one title inside the story', () => {
  const title = 'Town council votes to reopen the old market hall'
  const body = [
    'The town council voted on Wednesday to reopen the old market hall as a weekend food market, the mayor said.',
    'Repairs to the roof and the floor will cost about two hundred thousand dollars and take six months, the council said.',
  ]
  const linked = 'Traders call for a covered market in the town centre as rents ri...'

  it('is a Read-also reference when the story goes on after the title', () => {
    const story = parseStory([title, '', body[0], '', '', 'Related story', '', linked, '', '', body[1]].join('\n'))
    expect(story.readAlso).toEqual([linked])
    expect(story.paragraphs).toEqual([body[0], `Related: ${linked}`, body[1]])
  })

  it('is no Read-also reference under the last paragraph', () => {
    const story = parseStory([title, '', ...body.flatMap((text) => [text, '']), 'Related story', '', 'Traders call for a covered market in the town centre'].join('\n'))
    expect(story.readAlso).toEqual([])
    expect(story.paragraphs).toEqual(body)
  })
})

describe('a caption whose "Photograph: Name/Paper" credit closes on a full stop, printed twice under the standfirst', () => {
  const title = 'Library hours to be extended over the winter'
  const body = [
    'The central library will stay open until ten at night from November, the council said on Monday.',
    'The longer hours will be paid for from the reading programme budget, a spokesman said.',
  ]
  const caption = 'The mayor at the opening of the reading room last spring. Photograph: Sam Lee/The Valley Post.'

  it('drops both copies of the caption', () => {
    const story = parseStory([title, '', caption, caption, '', ...body.flatMap((text) => [text, ''])].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph of the story that tells of a photograph', () => {
    const told = 'The council kept one photograph of the reading room in its archive. It shows the room full of children.'
    const story = parseStory([title, '', body[0], '', told, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], told, body[1]])
  })
})

describe("a picture's text printed twice in a row with its last words changed, the second copy with a credit", () => {
  const title = 'Ferry service to resume after repairs to the pier'
  const body = [
    'The island ferry will sail again from Monday after three weeks of repairs to the pier, the operator said on Friday.',
    'Tickets bought for cancelled crossings will be honoured until the end of the month, a spokeswoman said.',
  ]

  it('drops both copies', () => {
    const pair = ['Workers lift a new steel beam onto the pier at Crane Island on Wednesday.', 'Workers lift a new steel beam onto the pier at Crane Island last week. Port Authority']
    const story = parseStory([title, '', body[0], '', ...pair, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps two lines of the story that open alike and then part ways', () => {
    const pair = ['The operator said on Friday that the ferry would run a reduced timetable in the first week.', 'The operator said on Friday that the ferry would carry cars again from the second week on. Tom Hale']
    const story = parseStory([title, '', body[0], '', ...pair, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], ...pair, body[1]])
  })
})

describe("a picture's few words in sentence case between the headline and the lede", () => {
  const title = 'Two held after fire at timber yard'
  const body = [
    'Two men have been arrested by the Northfield police after a fire destroyed sheds at a timber yard on the ring road.',
    'The owner said the sheds had been empty since the summer and that no one was hurt.',
  ]

  it('is the picture\'s, not the lede', () => {
    const story = parseStory([title, '', 'Fire engines', '', ...body.flatMap((text) => [text, ''])].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a subhead of the same shape inside the story', () => {
    const story = parseStory([title, '', body[0], '', 'Earlier fires', '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], 'Earlier fires', body[1]])
  })

  it('keeps a short first sentence over the lede', () => {
    const story = parseStory([title, '', 'Police confirmed it.', '', ...body.flatMap((text) => [text, ''])].join('\n'))
    expect(story.paragraphs[0]).toBe('Police confirmed it.')
  })
})

describe("a template's placeholder left unfilled in the page", () => {
  const body = [
    'The county will open two new recycling centres in the spring, the environment officer said on Tuesday.',
    'Each centre will take garden waste, glass and old furniture, and both will open on Sundays.',
  ]

  it('is left out of the headline and the paragraphs', () => {
    const story = parseStory(['Two recycling centres to open in the spring ({{commentsTotal}})', '', body[0], '', '{{ author.name }}', '', body[1]].join('\n'))
    expect(story.headline).toBe('Two recycling centres to open in the spring')
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps braces the story prints that hold no placeholder name', () => {
    const braces = 'The form asks residents to write their street in the box marked {{ }} and to leave the rest blank, the officer said.'
    const story = parseStory(['Two recycling centres to open in the spring', '', body[0], '', braces, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], braces, body[1]])
  })
})

describe("a masthead's weather and exchange-rate widget, in another script, over a story in English", () => {
  const title = 'Night market to reopen after repairs'
  const body = [
    'The riverside night market will reopen on Friday after two months of repairs to its roof, the city said on Monday.',
    'Stall holders said the closure had cost them most of their summer trade.',
  ]
  const widget = ['21 日 東京', '', '28°C19°C', '為替', '¥10,000=P3,900', '']

  it('drops the widget printed twice over the headline', () => {
    const story = parseStory([...widget, ...widget, title, '', ...body.flatMap((text) => [text, ''])].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph that quotes a name in its own script and gives a temperature and a rate', () => {
    const quoted = 'The market, known locally as 夜市, drew crowds even at 31°C last year, when ¥10,000 bought about P3,900 of goods, the city said.'
    const story = parseStory([title, '', body[0], '', quoted, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], quoted, body[1]])
  })
})

describe("a wire portal's header: a ticker of headlines on one bulleted line under its label, a bare breadcrumb, a text-size button", () => {
  const title = 'Port chief steps down over tender row'
  const body = [
    'The head of the port authority stepped down on Wednesday after lawmakers questioned how a dredging contract was awarded.',
    'The board said his deputy would act in his place until a new chief is named.',
  ]

  it('drops the ticker, its label and the breadcrumb, and reads the credit line without its button', () => {
    const ticker = 'Copper output climbs for a third month  • Rail link to the northern port reopens  • Teachers call off planned strike'
    const story = parseStory(['Off the wire', ticker, 'You are here: Home', '', title, '', 'Example Wire, March 9, 2017 Adjust font size:', '', ...body.flatMap((text) => [text, ''])].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph that lists things between bullets in a sentence', () => {
    const listed = 'The board named three reasons • the cost • the delay • and the choice of contractor, its chairman said.'
    const story = parseStory([title, '', body[0], '', listed, '', body[1]].join('\n'))
    expect(story.paragraphs).toEqual([body[0], listed, body[1]])
  })

  it('keeps a sentence that speaks of the font size', () => {
    const font = 'Voters complained that the ballot papers were printed in a tiny font size, the observers said, and asked to change text size A'
    const story = parseStory([title, '', body[0], '', font, '', body[1]].join('\n'))
    expect(story.paragraphs).toContain(font)
  })
})

describe('the page cut off at the first letter of a sentence after the last full stop', () => {
  const title = 'Council approves new fishing quotas'
  const body = [
    'The council on Thursday approved new fishing quotas for the coming season after two months of talks.',
    'The quotas cut the catch of cod by a tenth but raise the limit for mackerel, officials said.',
  ]

  it('keeps the broken-off paragraph as the last', () => {
    const cut = 'The council will review the quotas in the spring, once the first survey of the season is done. T'
    const story = parseStory([title, '', ...body.flatMap((text) => [text, '']), cut].join('\n'))
    expect(story.paragraphs).toEqual([...body, cut])
  })

  it('keeps a closing paragraph that ends on a single capital after a full stop in a name', () => {
    const closing = 'The survey will be led by the marine institute, its director Jane Roe told the council on Thursday in Ward B.'
    const story = parseStory([title, '', ...body.flatMap((text) => [text, '']), closing].join('\n'))
    expect(story.paragraphs.at(-1)).toBe(closing)
  })
})

describe("a picture's text cut short before a name's last word, then printed in full under it", () => {
  const title = 'Police hold two over fake flood warnings'
  const body = [
    'Police are holding two people over fake flood warnings sent to thousands of phones at the weekend, the commander said.',
    'The two will appear in court once investigations are complete, he told reporters on Monday.',
  ]

  it('drops both copies and keeps the title above the date', () => {
    const story = parseStory([title, '', 'Tuesday April 14 2020', '', 'Regional police commander Joseph', '', 'Regional police commander Joseph Mwale', '', 'By Anna Chilongo', '', ...body.flatMap((text) => [text, ''])].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it('still reads a title over its own opening words as the headline', () => {
    const story = parseStory(['Harbour Board Approves New Quay', '', 'Harbour Board', '', ...body.flatMap((text) => [text, ''])].join('\n'))
    expect(story.headline).toBe('Harbour Board Approves New Quay')
  })
})

describe('a date run on to a source’s name or beside a read counter', () => {
  const title = 'Harbour ferry marks a century of crossings'
  const body = [
    'The harbour ferry carried its first passengers a hundred years ago this week, the operator said on Friday.',
    'Free crossings will run all weekend to mark the anniversary, with old timetables on show in the waiting hall.',
  ]

  it('reads the date glued to the source, and the source signs nothing', () => {
    const story = parseStory([title, '', 'Coastal Herald14-03-2025', ...body].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.publishedAt).toBe('2025-03-14T00:00:00.000Z')
    expect(story.authors).toEqual([])
  })

  it('reads the date beside a labelled counter, not the counter as a year', () => {
    const story = parseStory([title, '', '  12 Aug 2021    Read: 2017', ...body].join('\n'))
    expect(story.publishedAt).toBe('2021-08-12T00:00:00.000Z')
  })

  it('keeps a sentence whose number follows a colon', () => {
    const line = 'Visitors were asked one question at the door, and the answer most gave was plain: 2012 was the best year.'
    const story = parseStory([title, '', ...body, line].join('\n'))
    expect(story.paragraphs).toContain(line)
  })
})

describe('a desk or outlet credited on a line of its own in the header', () => {
  const title = 'Two fishermen rescued after boat capsizes off the coast'
  const lede = 'Two fishermen were pulled from the sea on Sunday morning after their boat capsized in rough water.'
  const more = 'The maritime agency said both men were taken to hospital for checks and were in stable condition.'

  const notice = 'Links to the website bernama.com are mandatory when quoting its materials.'

  it("signs with an agency alone over the lede on the agency's own page, the story citing it as its source", () => {
    const story = parseStory([title, '', title, '', 'Bernama', lede, '', 'According to Bernama, the pair were found clinging to a fuel drum.', '', more, '', notice].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Bernama' }])
  })

  it("does not sign with the agency cited as a source on a page that is not the agency's", () => {
    const story = parseStory([title, '', title, '', 'Bernama', lede, '', 'According to Bernama, the pair were found clinging to a fuel drum.', '', more].join('\n'))
    expect(story.authors).toEqual([])
  })

  it('does not sign with the agency when the story speaks of it otherwise', () => {
    const story = parseStory([title, '', title, '', 'Bernama', lede, '', 'Staff at the Bernama office in the port helped with the search.', '', more, '', notice].join('\n'))
    expect(story.authors).toEqual([])
  })

  it('signs with the outlet a header note says the story came from', () => {
    const story = parseStory([title, '', '3 March 2025', 'This content originally appeared on Harbour Chronicle.', '', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Harbour Chronicle' }])
  })

  it('keeps a sentence that says where some content first appeared', () => {
    const line = 'This content first appeared on Harbour Chronicle pages in 2019, and the ministry has never answered it.'
    const story = parseStory([title, '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toContain(line)
  })
})

describe("a network's edition named in the lede's dateline", () => {
  it('signs as a desk with a place of several words in title case', () => {
    const lede = 'Gran Valparaíso (CNN Chile) — Dock workers agreed on Thursday to return to the table after two weeks of stoppages.'
    const story = parseStory(['Port workers agree to resume talks', '', lede, '', 'The labour ministry brokered the meeting, which ran late into the night.'].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'CNN Chile' }])
  })

  it('still reads two capitals before a surname as a person', () => {
    expect(parseByline('by AP Dhillon')).toEqual([{ kind: 'person', name: 'AP Dhillon' }])
  })
})

describe("a share widget's heading between the title and the lede", () => {
  const title = 'Island council votes to keep night curfew for harbour bars'
  const lede = 'The island council on Tuesday voted to keep the midnight closing time for harbour bars for another three months.'

  it('signs nothing and is no headline', () => {
    const story = parseStory([title, '', title, '', 'Social Share', '', lede, '', 'Bar owners said they had lost a third of their weekend takings.'].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.authors).toEqual([])
  })

  it('still reads a writer named alone over the lede', () => {
    const story = parseStory([title, '', 'Jane Roe', lede, '', 'Bar owners said they had lost a third of their weekend takings.'].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})

describe("a site's desk and an agency run together beside the date", () => {
  const title = 'Prairie provinces ask Ottawa for more rail freight capacity'
  const lede = 'Three prairie provinces are asking the federal government to help expand rail freight capacity after a slow harvest season.'
  const more = 'The railways say they moved a record volume of grain this year and are already adding locomotives.'

  it('signs with both desks and reads the date', () => {
    const story = parseStory([title, '', 'Maple News Desk Canadian Press, 14 Oct, 2016 09:15 AM', lede, '', more].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Maple News Desk' }, { kind: 'desk', name: 'Canadian Press' }])
    expect(story.publishedAt).toBe('2016-10-14T09:15:00.000Z')
  })

  it('keeps a sentence naming a desk and an agency beside a date', () => {
    const line = 'The Metro Desk and Canadian Press staff met on 14 Oct 2016 to share the coverage.'
    const story = parseStory([title, '', lede, '', line, '', more].join('\n'))
    expect(story.paragraphs).toContain(line)
  })
})

describe('a date above the headline over a header whose own date slot is empty', () => {
  const title = 'High court orders fresh inquiry into collapse of harbour warehouse'
  const lede = 'The High Court on Friday ordered a fresh inquiry into the collapse of a harbour warehouse that injured eleven workers.'
  const more = 'Counsel for the port authority told the court it would cooperate fully with any new inquiry.'

  it("reads no date: the one above is the masthead's", () => {
    const story = parseStory(['Tuesday,04-March-2025', 'Breaking News', '', title, '', 'Published', '', 'on', '', lede, '', more].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.publishedAt).toBeNull()
  })

  it('still reads a date above the headline when the header prints no empty slot', () => {
    const story = parseStory(['Tuesday, March 4, 2025', title, '', lede, '', more].join('\n'))
    expect(story.publishedAt).toBe('2025-03-04T00:00:00.000Z')
  })
})

describe('site chrome over the headline', () => {
  const body = [
    'The council voted on Tuesday to keep the old library open for another year while a new site is found.',
    'Councillors said the building needed a new roof but that closing it would leave the town without a reading room.',
  ]
  const lines = (...head: string[]) => [...head, '', ...body.flatMap((text) => [text, ''])].join('\n')

  it('drops a social links heading over the date and keeps the title', () => {
    const story = parseStory(lines('Connect with us', 'Friday, 5 March 2027', '', 'Council keeps old library open for a year'))
    expect(story.headline).toBe('Council keeps old library open for a year')
    expect(story.dropped.map((entry) => entry.line)).toContain('Connect with us')
  })

  it('keeps a paragraph that asks readers to connect with the council', () => {
    const plea = 'Connect with us, the mayor told residents, and tell us which opening hours suit you best.'
    const story = parseStory(lines('Council keeps old library open for a year', '', plea))
    expect(story.paragraphs[0]).toBe(plea)
  })

  it('takes a back link glued before the title off it', () => {
    expect(parseStory(lines('« BackCouncil keeps old library open for a year')).headline).toBe('Council keeps old library open for a year')
    expect(parseStory(lines('Back to school rush hits library')).headline).toBe('Back to school rush hits library')
  })

  it("sets apart a source's name and the date glued to it", () => {
    const story = parseStory(lines('Council keeps old library open for a year', '', 'Council keeps old library open for a year', '', 'Valley Courier05-03-2027'))
    expect(story.headline).toBe('Council keeps old library open for a year')
    expect(story.publishedAt?.slice(0, 10)).toBe('2027-03-05')
  })
})

describe("a picture's caption among the story's paragraphs", () => {
  const title = 'Council keeps old library open for a year'
  const one = 'The council voted on Tuesday to keep the old library open for another year while a new site is found.'
  const two = 'Councillors said the building needed a new roof but that closing it would leave the town without a reading room.'
  const page = (...middle: string[]) => [title, '', one, '', ...middle, '', two].join('\n')

  it('drops a caption told with a participle, alone or over its credit', () => {
    for (const middle of [['Readers queuing for books at Eastvale Central Library'], ['Councillor Jane Roe speaking at the meeting', '(Image: Example Pictures)']]) {
      const story = parseStory(page(...middle))
      expect(story.paragraphs).toEqual([one, two])
      expect(story.dropped.find((entry) => entry.line === middle[0])?.reason).toBe('photo caption')
    }
  })

  it('keeps a short crosshead and a sentence that opens with a participle phrase', () => {
    expect(parseStory(page('Readers facing cuts')).paragraphs).toEqual([one, 'Readers facing cuts', two])
    const sentence = 'Readers queuing outside the old library on Tuesday were told the doors would open at ten.'
    expect(parseStory(page(sentence)).paragraphs).toEqual([one, sentence, two])
  })

  it('reads a caption that closes on "PHOTO | SOURCE" as the picture\'s', () => {
    const caption = 'Councillor Jane Roe at the library on Tuesday. She said the roof would be repaired within the year. PHOTO | COURTESY'
    const story = parseStory([title, '', caption, '', one, '', two].join('\n'))
    expect(story.paragraphs).toEqual([one, two])
  })
})

describe('a credit line between the headline and the story', () => {
  const title = 'Provinces ask Ottawa for more road money'
  const body = [
    'Two provinces are asking the federal government for more money for roads and bridges, saying their economies are recovering slowly.',
    'The premiers met in the capital on Thursday and said they would press the case together.',
  ]

  it('keeps desks and a date with its time, no "By", out of the story', () => {
    const story = parseStory([title, '', 'Valley News Desk Canadian Press, 14 Mar, 2016 9:15 AM', ...body.map((text) => `    ${text}`)].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a first line in words of its own that closes on a date with its time', () => {
    const lede = 'The premiers met in the capital, 14 Mar, 2016 9:15 AM'
    const story = parseStory([title, '', lede, '', ...body].join('\n'))
    expect(story.dropped.map((entry) => entry.line)).not.toContain(lede)
    expect([story.standfirst, ...story.paragraphs]).toContain(lede)
  })

  it('sets a byline with its outlet apart from the lede glued to it', () => {
    const story = parseStory([title, `by Jane Roe · Valley Evening Post${body[0]}`, body[1]].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it('still joins a sentence hard-wrapped before "by"', () => {
    const story = parseStory([title, '', 'The plan was drawn up over the winter and approved on Thursday', 'by the premiers of both provinces, officials said.', '', body[1]].join('\n'))
    expect(story.paragraphs[0]).toBe('The plan was drawn up over the winter and approved on Thursday by the premiers of both provinces, officials said.')
  })
})

describe('teaser cards for other stories between the byline and the story', () => {
  const title = 'Province to fund extra nurses for rural clinics'
  const body = [
    'The provincial government will pay for forty extra nurses to work in rural clinics over the winter months.',
    'Health officials said the nurses would be posted to clinics in small towns where patients wait weeks.',
  ]
  const card = (section: string, headline: string, summary: string) => [section, '', headline, '', summary, 'Read more']

  it('drops each card, its line, title, cut summary and link', () => {
    const page = [title, '', 'By Prairie Wire', ...card('LocalJane Roe - 0', 'Council approves new skate park near the arena', 'HILLCREST - The council has approved plans for a skate park beside the arena, with work due...'), '', ...body]
    const story = parseStory(page.join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph that trails off before a "Read more" link at the end of an excerpt page', () => {
    const trailing = 'Clinic managers said they welcomed the help, and that they would say more when the posts were filled...'
    const story = parseStory([title, '', ...body, '', trailing, 'Read more'].join('\n'))
    expect(story.paragraphs).toContain(trailing)
  })
})

describe('a paragraph broken off at the end of the page under a Read line', () => {
  const title = 'Port workers and shipping agents still at odds'
  const one = 'Talks between dock workers and the shipping agents have stalled for a third week over overtime rates.'
  const two = 'Union leaders met the port authority on Monday and asked it to step in as a mediator in the talks.'
  const cut = 'At a meeting days later, the union secretary thanked members for staying on, saying that he had no plans to ca'

  it('is no Read-also title when the site prefixes each of its links', () => {
    const story = parseStory([title, '', one, '', 'Read: Dock union threatens go-slow', '', two, '', 'Read: Cargo volumes fall again', '', cut].join('\n'))
    expect(story.readAlso).toEqual(['Dock union threatens go-slow', 'Cargo volumes fall again'])
    expect(story.paragraphs.at(-1)).toBe(cut)
  })

  it('still reads bare titles under a closing Read line as links', () => {
    const story = parseStory([title, '', one, '', two, '', 'READ MORE: Dock union threatens go-slow', 'Cargo volumes fall again at the southern port'].join('\n'))
    expect(story.readAlso).toEqual(['Dock union threatens go-slow', 'Cargo volumes fall again at the southern port'])
  })
})

describe('a "Preview" label and the source credit over the story', () => {
  const title = 'Clinics cut back office staff as costs climb'
  const body = [
    'Rising costs and thin margins have many clinic groups trimming their billing and management teams across the region this year.',
    'Most of the jobs going are in back offices rather than on the wards, according to a survey of forty groups.',
  ]

  it('drops the label, credits the source and keeps the story', () => {
    const story = parseStory([title, '', 'Preview', 'Source: ClinicWire', ...body].join('\n'))
    expect(story.paragraphs).toEqual(body)
    expect(story.authors).toEqual([{ kind: 'desk', name: 'ClinicWire' }])
  })

  it('keeps a sentence that speaks of a preview', () => {
    const preview = 'Preview screenings for the new clinic were held on Friday for staff and their families.'
    expect(parseStory([title, '', ...body, preview].join('\n')).paragraphs).toContain(preview)
  })
})

describe("a site's promo and its own list heading under the story", () => {
  const title = 'Ottawa sends money to Nova Scotia towns'
  const body = ['The federal government said Thursday it had sent $18 million to the province for roads and water lines.', 'The province will receive more over the ten years of the agreement.']

  it('ends the story at them', () => {
    const story = parseStory([title, '', ...body, 'For more Nova Scotia news, visit our dedicated provincial page.', 'ExampleNews.ca Top Stories', 'Crews pull back as wildfire grows', 'The fire doubled in size overnight, officials said.'].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a sentence that sends readers to a page for more of the story', () => {
    const more = 'For more news on the closures, residents were told to visit the council page, the mayor said.'
    expect(parseStory([title, '', ...body, more].join('\n')).paragraphs).toContain(more)
    const heading = 'Top stories from the council meeting were read out by the clerk on Thursday evening.'
    expect(parseStory([title, '', ...body, heading].join('\n')).paragraphs).toContain(heading)
  })
})

describe("the next story's title printed twice over its date", () => {
  const title = 'Harbour Scenes Shame The Island, Says Mayor'
  const body = ['The mayor said the clashes between fishermen and ferry crews at the harbour this morning had shamed the island.', 'She called on the ministry to sit both sides down before the summer season starts.']

  it('ends the story', () => {
    const next = ['Couple Get Engaged On The Cliffs', 'Couple Get Engaged On The Cliffs', 'June 3 2025 Share', 'A young couple shared the moment he proposed at sunset on the cliffs above the bay.']
    const story = parseStory([title, title, 'June 3 2025 Share', '', ...body, '', ...next].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('reads the title printed twice over the date at the top as the header', () => {
    const story = parseStory([title, title, 'June 3 2025 Share', '', ...body].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.publishedAt?.slice(0, 10)).toBe('2025-06-03')
    expect(story.paragraphs).toEqual(body)
  })
})

describe('a zone in capitals after a date stamp', () => {
  const title = 'Ferry operator adds a night crossing for the summer'
  const body = ['The ferry operator said on Monday it would add a night crossing between the two islands from June.', 'Tickets for the new crossing go on sale next week, the operator said.']

  it('reads the zone with the stamp and signs no one with its letters', () => {
    expect(findDate('2024-05-06 14:20 KST')?.iso).toBe('2024-05-06T05:20:00.000Z')
    const story = parseStory([title, '', 'Posted on : 2024-05-06 14:20 KST Modified on : 2024-05-06 15:00 KST', ...body].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.publishedAt).toBe('2024-05-06T05:20:00.000Z')
    expect(story.modifiedAt).toBe('2024-05-06T06:00:00.000Z')
  })

  it('reads no zone from words in lower case after a stamp', () => {
    expect(findDate('2024-05-06 14:20 et al.', 'UTC')?.iso).toBe('2024-05-06T14:20:00.000Z')
  })
})

describe("a writer's name run on into the city's bureau", () => {
  const title = 'Council opens two new clinics in the north'
  const body = ['The council opened two new clinics in the northern districts on Tuesday, saying they would serve 40 000 people.', 'Both clinics will open six days a week, officials said.']

  it('reads the person and the bureau apart', () => {
    expect(parseStory([title, '', '- Jane Roe Mzuzu Bureau', '', ...body].join('\n')).authors).toEqual([
      { kind: 'person', name: 'Jane Roe' },
      { kind: 'desk', name: 'Mzuzu Bureau' },
    ])
  })

  it('keeps a bureau named for its work whole', () => {
    expect(parseByline('Federal Investigation Bureau')?.some((author) => author.kind === 'person') ?? false).toBe(false)
    expect(parseByline('Jane Roe Visitors Bureau')?.some((author) => author.name === 'Jane Roe') ?? false).toBe(false)
  })
})

describe("an agency's full name signing off after the last full stop", () => {
  const title = 'Rangers seize boats on the northern shore'
  const body = ['Rangers found three boats hidden under reeds near the river mouth on Sunday, officials said.']

  it('signs as a desk, glued to the stop by a dash or in brackets', () => {
    expect(parseStory([title, '', ...body, 'The nets were taken to the district office.—Lakeland News Agency'].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Lakeland News Agency' }])
    expect(parseStory([title, '', ...body, 'The nets were taken to the district office. (AGENCIES)'].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Agencies' }])
  })

  it('reads no sign-off from a sentence that names an agency', () => {
    const story = parseStory([title, '', ...body, 'The figures were confirmed on Monday by the Lakeland News Agency.'].join('\n'))
    expect(story.authors).toEqual([])
  })
})

describe("outlets sharing the lede's dateline bracket", () => {
  const title = 'Town treasurer sentenced for embezzlement'
  const rest = ['He must also repay $210,000, the judge ordered.']

  it('signs each outlet, and no place printed in the bracket', () => {
    expect(parseStory([title, '', 'ALDER FALLS, Ore. (KXYZPortland/AP) -- A former town treasurer was sentenced to three years in prison Friday.', ...rest].join('\n')).authors).toEqual([
      { kind: 'desk', name: 'KXYZPortland' },
      { kind: 'desk', name: 'AP' },
    ])
    expect(parseStory([title, '', '(LTN|GALLE) – A former town treasurer was sentenced to three years in prison on Friday.', ...rest].join('\n')).authors).toEqual([{ kind: 'desk', name: 'LTN' }])
  })

  it("reads no outlet from people's names in a bracket", () => {
    expect(parseStory([title, '', 'The two lawyers (Jane Roe/John Doe) – who asked for a lighter sentence – said they would appeal on Friday.', ...rest].join('\n')).authors).toEqual([])
  })
})

describe("a date above the headline and the story's age under it", () => {
  const title = 'Fishing crews warned over night landings'
  const body = ['Fishing crews landing catches at night on unlit beaches have been warned they face fines, the coast guard said.', 'Three boats came close to colliding with patrol vessels in the past month.']

  it('reads the date above as the day the page was shown when the age is in days', () => {
    expect(parseStory(['Thursday, April 17, 2025', '', title, '', 'Jane Roe', '41 days ago', '', ...body].join('\n')).publishedAt).toBeNull()
  })

  it('keeps the date above when the age is in hours', () => {
    expect(parseStory(['Thursday, April 17, 2025', '', title, '', 'Jane Roe', '5 hours ago', '', ...body].join('\n')).publishedAt?.slice(0, 10)).toBe('2025-04-17')
  })
})

describe('a title printed twice over a standfirst with no full stop', () => {
  const title = 'Nine hikers rescued after storm on Mount Orrin'
  const deck = 'Crews reached a group stranded overnight on a ridge above the pass, bringing all nine down safely'
  const body = ['Rescue crews on Sunday reached nine hikers who had spent the night stranded on a ridge above the pass, park officials said.', 'Two of the hikers were treated for mild hypothermia at the ranger station before going home.']

  it('reads the title as the headline and the line under the pair as the standfirst', () => {
    const story = parseStory([title, '', title, '', deck, '', ...body].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })

  it("keeps a picture's text printed twice under the headline as a caption", () => {
    const picture = 'Rescue crews climb towards the stranded group on the ridge'
    const story = parseStory([title, '', ...body.slice(0, 1), '', picture, picture, '', ...body.slice(1)].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs).toEqual(body)
  })
})

describe("a newsroom's name and a social prompt under the closing Read-also lines", () => {
  const title = 'Ferry runs aground off Kellin Point'
  const body = ['A passenger ferry ran aground on a sandbar off Kellin Point early Tuesday, and all 140 people on board were taken off safely, the coast guard said.', 'The operator said the ferry would be refloated on the evening tide and inspected.']
  const related = ['Related: Fog delays island crossings for a third day', 'Related: Harbour pilots call for new channel markers']

  it('ends the story at the Read-also lines', () => {
    const story = parseStory([title, '', ...body, ...related, 'The Coastal Press', 'Like us on Facebook and follow us on Twitter.'].join('\n'))
    expect(story.paragraphs.filter((text) => !text.startsWith('Related:'))).toEqual(body)
    expect(story.readAlso).toEqual(['Fog delays island crossings for a third day', 'Harbour pilots call for new channel markers'])
  })

  it('keeps a bare title under them as a Read-also title, and a sentence about following a club', () => {
    const story = parseStory([title, '', ...body, ...related, 'Island council backs new pier plan'].join('\n'))
    expect(story.readAlso).toContain('Island council backs new pier plan')
    const follow = 'Fans were asked to follow the club on Twitter and Facebook for news of the rescheduled match.'
    expect(parseStory([title, '', ...body, follow].join('\n')).paragraphs).toContain(follow)
  })
})

describe("a caption closing on its source's name and \"photo\" in brackets", () => {
  const title = 'Lakeview mayor opens new bus depot'
  const body = ['Lakeview mayor Nandita Rao opened the city’s first depot for electric buses on Harlow Road on Friday.', 'She said the depot has charging points for 120 buses and a workshop for the transport corporation.']

  it('drops it between the date and the lede', () => {
    const caption = 'Mayor Nandita Rao with transport officials at the new depot on Harlow Road on Friday. (LT photo)'
    const story = parseStory([title, 'By LT Correspondent, Lakeview', 'PUBLISHED ON MAR 04, 2022 11:15 PM IST', caption, '', ...body].join('\n'))
    expect(story.paragraphs).toEqual(body)
    expect(story.hero).toEqual({ caption: caption.slice(0, -11), credit: 'LT photo' })
  })

  it('keeps a paragraph that speaks of a photo in brackets', () => {
    const aside = 'The winning picture was taken at dawn from the old pier by a local nurse, the club said (see photo).'
    expect(parseStory([title, '', ...body, aside].join('\n')).paragraphs).toContain(aside)
  })
})

describe("a caption glued to its picture's file name", () => {
  const title = 'Former county treasurer gets six years for fraud'
  const body = ['Former Harlow County treasurer Dean Pruitt was sentenced to six years in federal prison on Tuesday for diverting flood relief money.', 'A jury found him guilty in March of wire fraud and money laundering, prosecutors said.']

  it('drops it as a caption', () => {
    const glued = 'harlow-treasurer--9b41c7d2.jpgFormer treasurer Dean Pruitt leaves the federal courthouse in Millford on Tuesday afternoon.'
    const story = parseStory([title, '', glued, '', ...body].join('\n'))
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph that names a file', () => {
    const named = 'A file named harbour-plan.jpg was posted on the council’s website on Monday and removed within an hour, officials said.'
    expect(parseStory([title, '', ...body, named].join('\n')).paragraphs).toContain(named)
  })
})

describe("a link out to the site's coverage, its link's words lost", () => {
  const title = 'Millford council approves budget with flood defences'
  const body = ['The Millford city council approved a $310 million budget on Monday that sets aside money for new flood walls.', 'The budget takes effect on July 1, the city clerk said.']

  it('drops it', () => {
    const link = 'You can see’s complete coverage here.'
    expect(parseStory([title, '', ...body, link].join('\n')).paragraphs).toEqual(body)
  })

  it('keeps a sentence of the story that speaks of coverage or of updates here', () => {
    const told = 'Find updates on the road closures on the county website, the sheriff said here on Monday.'
    const here = 'Read the stories of the victims and you see why people want the walls here.'
    expect(parseStory([title, '', ...body, told, here].join('\n')).paragraphs).toEqual([...body, told, here])
  })
})

describe('a promo label "READ SOME MORE" between paragraphs', () => {
  const title = 'Landslide buries mountain highway in Nepal'
  const body = ['A landslide triggered by two days of heavy rain buried a stretch of mountain highway in western Nepal on Tuesday, officials said.', 'Army engineers were working to clear the debris, but more rain was forecast for the next two days.']

  it('drops it', () => {
    expect(parseStory([title, '', body[0], '', 'READ SOME MORE', '', body[1]].join('\n')).paragraphs).toEqual(body)
  })

  it('keeps a sentence that asks readers to read some more', () => {
    const more = 'Read some more of the reports from the valley and you will see how far the rain reached.'
    expect(parseStory([title, '', ...body, more].join('\n')).paragraphs).toContain(more)
  })
})

describe('a one-sentence last paragraph the page cut inside a word', () => {
  const title = 'Growers told to get the seed in before the rains'
  const body = ['Provincial agriculture chief Ruth Ndlovu urged farmers on Monday to have their land ready before the first rains.', '“Collection points will stay open on weekends until the end of the month,” she said.']

  it('keeps it when the word breaks off on letters no word ends on', () => {
    const cut = 'Ndlovu said the council also heard a report on the training days held for young farmers acr'
    expect(parseStory([title, '', ...body, cut].join('\n')).paragraphs).toEqual([...body, cut])
  })

  it('keeps a last sentence that only lacks its full stop', () => {
    const whole = 'Ndlovu said the council also heard a report on the training days held for young farmers in the north'
    expect(parseStory([title, '', ...body, whole].join('\n')).paragraphs).toEqual([...body, whole])
  })
})

describe('a short last paragraph without its full stop over the comment form', () => {
  const title = 'Port board approves new harbour fees: chairman'
  const body = ['The chairman of the port authority said on Tuesday that the board had approved a new schedule of harbour fees.', 'The agents accepted the new charges after the board agreed to phase them in over two years.']
  const form = ['Leave a Reply', '', 'Please enter your comment!', 'Please enter your name here']

  it('keeps it when it is told as a sentence', () => {
    const last = 'The full schedule is expected to be published by the end of the week'
    expect(parseStory([title, '', ...body, last, '', ...form].join('\n')).paragraphs).toEqual([...body, last])
  })

  it('drops a run of link titles there, and a title without the articles', () => {
    const links = ['The council has approved a new budget for the harbour', 'Ferry fares to rise in the spring']
    expect(parseStory([title, '', ...body, ...links, '', ...form].join('\n')).paragraphs).toEqual(body)
    expect(parseStory([title, '', ...body, 'Full schedule expected to be published by end of week', '', ...form].join('\n')).paragraphs).toEqual(body)
  })
})

describe("a title glued to its picture's numbered label and caption", () => {
  const body = ['Kuala Lumpur (VNA) – Malaysia’s parliament has passed a bill setting up a permanent fund for flood relief, weeks before the monsoon.', 'The fund will start with 2 billion MYR and will pay for relief centres, temporary housing and repairs to roads.']

  it('reads the title as the headline and the rest as the caption', () => {
    const story = parseStory(['Malaysia passes flood relief bill ahead of monsoon image 1Deputy Prime Minister Ahmad Zahir speaks to reporters on October 3. (Photo: example.com)', '', ...body].join('\n'))
    expect(story.headline).toBe('Malaysia passes flood relief bill ahead of monsoon')
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a paragraph that counts pictures, no credit closing it', () => {
    const counted = 'The ministry released the photo 1A of the flooded bridge, and officials said more pictures of the damage would follow.'
    expect(parseStory(['Malaysia passes flood relief bill', '', ...body, counted].join('\n')).paragraphs).toContain(counted)
  })
})

describe("a writer's contact address by the byline", () => {
  const title = 'Library branch to reopen after roof repairs'
  const body = ['The Eastfield branch library will reopen on Saturday after eight months of repairs to its leaking roof, the city said.', 'Staff spent the past week moving about 20,000 books back onto the shelves from a warehouse across town.']

  it('drops the protected address, labelled, with a handle, or glued to the lede', () => {
    for (const contact of ['[email protected]', 'Email: [email protected]', '[email protected] | @twhitlow', 'Email the author']) {
      expect(parseStory([title, '', 'By Tomasz Whitlow', '', contact, '', ...body].join('\n')).paragraphs).toEqual(body)
    }
    expect(parseStory([title, '', 'By Tomasz Whitlow', '', `[email protected]${body[0]}`, '', body[1]].join('\n')).paragraphs).toEqual(body)
  })

  it('keeps a paragraph that gives an address, a quote about mail, and another language', () => {
    const lines = [
      'Residents can send comments to the library board at [email protected] until the end of the month.',
      '"Email me at the office," the branch manager said, adding that she reads every message herself.',
      'Las sugerencias pueden enviarse por correo a la biblioteca hasta el viernes, dijo la directora.',
    ]
    expect(parseStory([title, '', ...body, ...lines].join('\n')).paragraphs).toEqual([...body, ...lines])
  })
})

describe("a paywall's teaser over the subscribe box and the sidebar", () => {
  const title = 'Mill owners agree to share river water in dry months'
  const lede = 'Three mill owners on the upper river have agreed to take turns drawing water during dry summers, ending a quarrel that reached the courts last year.'
  const sidebar = ['Most Read', '', 'Bakery on Mill Street closes after forty years of business downtown', '', 'Council names new fire chief as budget talks stall']

  it('keeps the teaser and stops at the notice', () => {
    for (const notice of ['Subscribe to continue reading', 'This article is for subscribers only.', 'You have reached your free article limit.', 'To continue reading, please log in or create a free account.', 'Want to read more? Subscribe now for full access.', 'Get unlimited access to local news for 99 cents a month.']) {
      expect(parseStory([title, '', 'March 12, 2024', '', lede, '', notice, '', 'Subscribers get unlimited access to every story and the e-edition.', '', ...sidebar].join('\n')).paragraphs).toEqual([lede])
    }
  })

  it('keeps body prose about subscribers, a quote, and another language', () => {
    const lines = [
      'This story is for members of the cooperative who missed the spring meeting, the chair wrote in the newsletter.',
      '"Subscribe to continue reading, they tell you, and then the price doubles," one mill owner complained on Tuesday.',
      'Die Müller wollen sich im Sommer abwechseln, wenn das Wasser knapp wird, sagte der Vorsitzende.',
      'Subscribers to the water board bulletin will get the new rota by post before the end of April.',
    ]
    expect(parseStory([title, '', lede, ...lines].join('\n')).paragraphs).toEqual([lede, ...lines])
  })
})

describe("a community site's poster line under the title", () => {
  const title = 'Riverside book swap draws record crowd'
  const body = ['More than 300 people came to the Riverside book swap on Saturday, the largest turnout since the volunteers started it.', "Children's picture books ran out within the first hour, and the cookbook table was cleared soon after."]

  it('is neither the headline nor a paragraph', () => {
    for (const poster of ['Submitted by Riverside Library', 'Posted by jsmith in Community News', 'Posted by jsmith in Community News | 2 comments']) {
      const story = parseStory([title, '', poster, '', 'March 4, 2024', '', ...body].join('\n'))
      expect(story.headline).toBe(title)
      expect(story.paragraphs).toEqual(body)
    }
    expect(parseStory(['Book swap', '', 'Posted by jsmith in Community News', '', ...body].join('\n')).headline).toBe('Book swap')
  })

  it('leaves a title and prose that open the same way', () => {
    expect(parseStory(['Shared by Millions, a Meme Outlives Its Maker', '', 'March 4, 2024', '', ...body].join('\n')).headline).toBe('Shared by Millions, a Meme Outlives Its Maker')
    const lines = ['Posted by a neighbour on Sunday night, the video of the queue had been watched thousands of times by Monday.', 'Submitted by residents in the spring, the petition asks for a crossing near the school.', 'Publicado por la biblioteca, el aviso pide voluntarios para la próxima feria.']
    expect(parseStory([title, '', ...body, ...lines].join('\n')).paragraphs).toEqual([...body, ...lines])
  })
})

describe("the next story's title and teaser run on under the last paragraph", () => {
  const header = ['Ferry operator adds winter sailings to the outer islands', '', 'By Mateo Lindqvist', '', 'November 14, 2024', '']
  const body = ['The ferry operator will add a third weekly sailing to the outer islands from December, after islanders complained.', 'The extra crossing will leave the mainland on Wednesdays and return the same evening, weather permitting.']
  const teaser = 'The council wants owners of empty upper floors on the high street to turn them into flats.'

  it('ends the story at a kicker in capitals, a date line under the title, or a "Next:" label', () => {
    const title = 'Empty shop units to become homes above the high street'
    for (const after of [['HOUSING', title, teaser], [title, 'November 13, 2024', teaser], [`Next: ${title}`, teaser]]) {
      expect(parseStory([...header, ...body, ...after].join('\n\n')).paragraphs).toEqual(body)
    }
  })

  it('keeps a subhead in capitals, a dated entry and prose about what comes next when the story goes on', () => {
    const more = ['Island councillors said the change would make it easier for older residents to keep hospital appointments.', 'The operator said it would review the timetable again in the spring.', 'A second boat may be chartered if the trial works.']
    const subhead = ['WHAT CHANGES', 'Timetable for the outer islands this winter', ...more]
    expect(parseStory([...header, ...body, ...subhead].join('\n\n')).paragraphs).toEqual([...body, ...subhead])
    const dated = ['Sailing cancelled by the first storm', 'November 13, 2024', ...more]
    expect(parseStory([...header, ...body, ...dated].join('\n\n')).paragraphs).toEqual(expect.arrayContaining(more))
    const prose = ['Next, the operator will ask the islands which day suits them best for the extra boat.', '"Next winter will be easier," one islander said.', 'Próximo invierno habrá tres barcos por semana, dijo el operador.']
    expect(parseStory([...header, ...body, ...prose].join('\n\n')).paragraphs).toEqual([...body, ...prose])
  })
})

describe("a lede opening on its outlet's tag and a dash, no place before it", () => {
  const title = 'Council approves new ferry timetable after months of complaints'
  const rest = ['Councillors said the extra sailings would be paid for by a small rise in parking charges at both terminals.', 'The new timetable takes effect at the start of May, the council said.']

  it('keeps the lede as the first paragraph as printed, neither headline nor byline', () => {
    for (const lede of ['(Northwind Press) — The regional council voted on Monday to add two early ferry crossings on weekdays, ending a dispute.', 'The Kestrel Valley Courier -- The regional council voted on Monday to add two early ferry crossings on weekdays.']) {
      for (const header of [['By Priya Castellano', 'March 4, 2024'], ['March 4, 2024'], []]) {
        const story = parseStory([title, ...header, lede, ...rest].join('\n\n'))
        expect(story.headline).toBe(title)
        expect(story.paragraphs).toEqual([lede, ...rest])
      }
    }
  })

  it('keeps paragraphs that open on brackets or a double hyphen in prose, a quote and another language', () => {
    const lines = [
      '(Laughter) — the mayor paused before reading out the new times, and the room went quiet again.',
      'The old timetable -- printed in 1998 and never changed -- still hangs in the waiting room at the north terminal.',
      '"(Honestly) — we waited for this for years," said one commuter on the morning boat.',
      '(Agence locale) — Le conseil a voté lundi pour deux traversées de plus en semaine.',
    ]
    expect(parseStory([title, 'March 4, 2024', ...rest, ...lines].join('\n\n')).paragraphs).toEqual([...rest, ...lines])
  })
})

describe('a signature at the foot of a story the top names nobody', () => {
  const title = 'Ferry timetable cut for winter months'
  const body = ['The island ferry will run four crossings a day instead of six from the start of October, the operator said on Thursday.', 'The operator blamed a shortage of deck crew and the rising cost of fuel for the change.']

  it("signs with the site's staff, the paper's code after a desk's initials, and the author box's bio", () => {
    expect(parseStory([title, '', ...body, 'Northwind Staff', '', 'Share this story'].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Northwind Staff' }])
    expect(parseStory([title, '', ...body, '—/RCV (LDG)'].join('\n')).authors).toEqual([{ kind: 'desk', name: 'LDG' }])
    expect(parseStory([title, '', ...body.slice(0, 1), `${body[1]} -AVT/HBD`].join('\n')).authors).toEqual([{ kind: 'desk', name: 'HBD' }])
    const bio = 'Hannah Oduya has covered housing and planning for the paper since 2019.'
    expect(parseStory([title, '', ...body, 'About the author', bio].join('\n')).authors).toEqual([{ kind: 'person', name: 'Hannah Oduya' }])
  })

  it('reads no signature in a staff of another kind, initials alone or a sentence that opens on a name', () => {
    expect(parseStory([title, '', ...body, 'Hospital Staff'].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', ...body, '—/RCV'].join('\n')).authors).toEqual([])
    const prose = 'Tomas Reyes has worked the evening crossing for eleven years and said the change would hit commuters hardest.'
    expect(parseStory([title, '', ...body, prose].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', ...body, prose].join('\n')).paragraphs).toContain(prose)
    const slash = 'The crew will be paid under the old scale until March, the union said (see table/FAQ).'
    expect(parseStory([title, '', ...body, slash].join('\n')).authors).toEqual([])
  })
})

describe("a writer's credit with the agency after a comma, alone under the story", () => {
  const title = 'Drought pushes grain prices to a two-year high'
  const body = ['Wheat and maize prices rose for a fourth week as a long dry spell cut harvest forecasts, traders said on Monday.', 'Millers said bread prices in the shops would probably follow within a month.']

  it('signs with the person and the agency', () => {
    expect(parseStory([title, '', ...body, 'Darius Whitfield, The Associated Press', '', 'More in Business'].join('\n')).authors).toEqual([
      { kind: 'person', name: 'Darius Whitfield' },
      { kind: 'desk', name: 'The Associated Press' },
    ])
  })

  it('reads no writer in a role beside a name, a credit with the story going on under it, or a sentence', () => {
    const role = parseStory([title, '', ...body, 'Mara Lindqvist, Press Secretary'].join('\n'))
    expect(role.authors).toEqual([])
    const more = 'Forecasters expect a change in the weather by early September, though they warned it might come too late.'
    const between = parseStory([title, '', ...body, 'Darius Whitfield, Reuters', more].join('\n'))
    expect(between.authors).toEqual([])
    expect(between.paragraphs).toEqual([...body, more])
    const said = 'The figures were confirmed by Darius Whitfield, a trader at the grain exchange, The Associated Press reported.'
    expect(parseStory([title, '', ...body, said].join('\n')).paragraphs).toContain(said)
  })
})

describe('a role between "by" and the name, a colon after it', () => {
  const title = 'Library opening hours to be cut at three branches'
  const body = ['Three branch libraries will open on four days a week instead of six from April under savings agreed by the county council.', 'Campaigners handed in a petition with more than two thousand names asking for the branches to be spared.']

  it('signs with the name alone', () => {
    expect(parseStory([title, 'By local democracy reporter Lucy Ambrose:', '', ...body].join('\n')).authors).toEqual([{ kind: 'person', name: 'Lucy Ambrose' }])
    expect(parseByline('By Chief Reporter Lucy Ambrose')).toEqual([{ kind: 'person', name: 'Lucy Ambrose' }])
  })

  it('keeps a role alone as a desk, a role after the name, and a sentence that runs on with "by"', () => {
    expect(parseByline('By Staff Reporter')).toEqual([{ kind: 'desk', name: 'Staff Reporter' }])
    expect(parseByline('By Lucy Ambrose, Staff Writer')).toEqual([{ kind: 'person', name: 'Lucy Ambrose' }])
    const lede = 'By the time the reporter Lucy Ambrose arrived, the council had already voted:'
    expect(parseByline(lede)).toBeNull()
    const story = parseStory([title, '', ...body, lede, 'Three members were absent.'].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs).toContain(lede)
  })
})

describe("the site's own name on the byline's line", () => {
  const title = 'School board approves later start times'
  const body = ['The school board voted on Tuesday to push back the start of the high school day by forty minutes from the autumn term.', 'Board members said the change followed a survey in which most parents and teachers backed a later start.']

  it('signs as a desk when the page prints it as its masthead, title suffix or copyright holder', () => {
    expect(parseStory(['Riverside Post', title, 'By Riverside Post', 'March 3, 2024', '', ...body].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Riverside Post' }])
    expect(parseStory([`${title} - Harbour Star`, title, 'Harbour Star | June 18, 2022', '', ...body].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Harbour Star' }])
  })

  it('keeps a person whose surname is a paper word, on a page with another name or none', () => {
    expect(parseStory(['Riverside Post', title, 'By Emily Post', 'March 3, 2024', '', ...body].join('\n')).authors).toEqual([{ kind: 'person', name: 'Emily Post' }])
    expect(parseStory([title, 'By Daniel Star', 'March 3, 2024', '', ...body].join('\n')).authors).toEqual([{ kind: 'person', name: 'Daniel Star' }])
    const quoted = parseStory(['Valley News', title, 'By Daniel Star', 'March 3, 2024', '', ...body, 'Daniel Star, a parent, said the change was overdue.'].join('\n'))
    expect(quoted.authors).toEqual([{ kind: 'person', name: 'Daniel Star' }])
  })
})

describe('a date with its month named between slashes, and an aggregator row of date, paper and city', () => {
  const title = 'Water utility plans new reservoir north of town'
  const body = ['The regional water utility has asked for permission to build a reservoir in the hills north of the town to cope with dry summers.', 'Farmers whose land would be flooded said they had not yet been offered a fair price.']

  it('reads the date, and the paper as the source that signs when no one else does', () => {
    expect(findDate('Business Monday 25/May/2020 10:22 AM')?.iso).toBe('2020-05-25T10:22:00.000Z')
    const story = parseStory([title, 'March 3, 2024 / Riverside Gazette (Springfield)', '', ...body].join('\n'))
    expect(story.publishedAt).toBe('2024-03-03T00:00:00.000Z')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Riverside Gazette' }])
    const signed = parseStory([title, 'By Tendai Mushore', 'March 3, 2024 / Riverside Gazette (Springfield)', '', ...body].join('\n'))
    expect(signed.authors).toEqual([{ kind: 'person', name: 'Tendai Mushore' }])
  })

  it('reads no date in a path or a fraction, and no source in a person and a place', () => {
    expect(findDate('See /may/2020 archive')).toBeNull()
    expect(findDate('tickets 25/May/20 at the door')).toBeNull()
    const person = parseStory([title, 'March 3, 2024 / Jane Roe (Springfield)', '', ...body].join('\n'))
    expect(person.authors).not.toContainEqual({ kind: 'desk', name: 'Jane Roe' })
  })
})

describe("a lower-case user name opening a blog theme's meta row", () => {
  const title = 'Pier reopens after storm repairs'
  const body = ['The town pier reopened to the public on Saturday after five months of repairs to its storm-damaged decking.', 'Anglers were among the first back on the pier, some arriving before the gates opened at eight.']

  it('signs with the user, and with no one for a role account, reading the date', () => {
    expect(parseStory([title, 'neo 17 hours ago 2 min read 44 Views', '', ...body].join('\n')).authors).toEqual([{ kind: 'person', name: 'neo' }])
    const admin = parseStory([title, 'admin March 3, 2024', '', ...body].join('\n'))
    expect(admin.authors).toEqual([])
    expect(admin.publishedAt).toBe('2024-03-03T00:00:00.000Z')
  })

  it('reads no user in a label, a sentence or another language', () => {
    expect(parseStory([title, 'updated 17 hours ago', '', ...body].join('\n')).authors).toEqual([])
    const prose = 'residents March 3, 2024 was the day the pier closed, and nobody expected it to take this long to reopen.'
    expect(parseStory([title, '', ...body, prose].join('\n')).paragraphs).toContain(prose)
    expect(parseStory([title, 'publicado March 3, 2024', '', ...body].join('\n')).authors).not.toContainEqual({ kind: 'person', name: 'publicado' })
  })
})

describe("a byline in capitals with the agency's name glued on", () => {
  const title = 'Crews gain ground on two hillside fires as winds ease'
  const body = ['Fire crews gained ground on two hillside fires east of the city on Sunday as the wind dropped, officials said.', 'Residents of three valley roads were allowed back to their homes on Sunday evening.']

  it('signs with the people, the agency and the place run on after them left out', () => {
    const story = parseStory([title, 'By MARA QUILLON and TEODOR VASKEAssociated PressThe Associated PressPORT ALDER, Ore.', '', ...body].join('\n'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Mara Quillon' }, { kind: 'person', name: 'Teodor Vaske' }])
    expect(parseByline('By Mara Quillon and Teodor Vaske Associated Press')).toEqual([{ kind: 'person', name: 'Mara Quillon' }, { kind: 'person', name: 'Teodor Vaske' }, { kind: 'desk', name: 'Associated Press' }])
  })

  it('reads no byline in prose, a quotation or another language that open alike', () => {
    const prose = 'By SUNDAY EVENING the Associated Press had counted more than forty fires burning across the western states.'
    expect(parseStory([title, '', ...body, prose].join('\n')).paragraphs).toContain(prose)
    const quote = '"By NOON we knew the Associated Press would call it," the campaign manager said.'
    expect(parseStory([title, '', ...body, quote].join('\n')).paragraphs).toContain(quote)
    expect(parseStory([title, 'Por MARA QUILLONAgencia EFE', '', ...body].join('\n')).authors).not.toContainEqual({ kind: 'person', name: 'Mara Quillon' })
  })
})

describe('a closing source credit with its colon printed twice', () => {
  const title = 'Ferry operator adds late sailing for the summer season'
  const body = ['The island ferry operator will add a late evening sailing from the mainland from next month, the company said.', 'Islanders had asked for a later boat for years, saying the last sailing left too early.']

  it('signs with the outlet named, as a desk', () => {
    expect(parseStory([title, '', ...body, 'Source:: Northwind News Top Stories', 'Leave a Reply'].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Northwind News Top Stories' }])
  })

  it('keeps prose, a quotation and another language that print a double colon', () => {
    const prose = 'The timetable lists the new sailing as 21::30 in one place and 21:30 in another, which the company said it would correct.'
    expect(parseStory([title, '', ...body, prose].join('\n')).paragraphs).toContain(prose)
    const quote = '"Source:: that is what the old terminal screens used to print," the harbour master said.'
    expect(parseStory([title, '', ...body, quote].join('\n')).paragraphs).toContain(quote)
    expect(parseStory([title, '', ...body, 'Fuente:: Northwind News Top Stories'].join('\n')).authors).toEqual([])
  })
})

describe("a writer's name and, after a comma, the paper's", () => {
  it('signs with the person and the paper as a desk', () => {
    expect(parseByline('Tomas R. Vendel, Lakeside Sentinel')).toEqual([{ kind: 'person', name: 'Tomas R. Vendel' }, { kind: 'desk', name: 'Lakeside Sentinel' }])
    expect(parseByline('By Jane Roe, Harbour Post')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'Harbour Post' }])
  })

  it('keeps people listed with "and" whose surnames are papers\' words, and a place after the name', () => {
    expect(parseByline('By Jane Roe, Emily Post and Ann Poe')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'person', name: 'Emily Post' }, { kind: 'person', name: 'Ann Poe' }])
    expect(parseByline('By Jane Roe, Li Sun and Ann Poe')?.every((author) => author.kind === 'person')).toBe(true)
    expect(parseByline('By Jane Roe, Abuja')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    const title = 'Lakeside towns brace for a wetter spring'
    const prose = 'Tomas Vendel, Lakeside Sentinel editor for thirty years, said he had never seen the river so high.'
    expect(parseStory([title, '', 'Residents along the lower river had only just dried out their homes when forecasters warned of more rain.', prose].join('\n')).paragraphs).toContain(prose)
  })
})

describe("a writer's name in capitals alone under the last paragraph", () => {
  const title = 'Two guards held over missing goats at county depot'
  const body = ['Two guards at a county depot have been arrested after three goats kept there as evidence went missing overnight.', 'Detectives said they were still looking for a third man who is believed to have driven the animals away.']

  it('signs the story when it is the last line of the page', () => {
    expect(parseStory([title, '', ...body, '', 'WANJIRU TEMBO'].join('\n')).authors).toEqual([{ kind: 'person', name: 'Wanjiru Tembo' }])
  })

  it('reads no writer in a heading over more text, a button or a link label in another language', () => {
    const over = parseStory([title, '', ...body, 'WANJIRU TEMBO', 'The county said the depot would get new locks before the end of the month.'].join('\n'))
    expect(over.authors).toEqual([])
    expect(parseStory([title, '', ...body, 'SHARE THIS STORY'].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', ...body, 'LIRE AUSSI'].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', ...body, 'LEER MÁS'].join('\n')).authors).toEqual([])
  })
})

describe('a byline for the story and its pictures, and the place after the station', () => {
  it('signs with the person and the station, the place left out', () => {
    expect(parseByline('Photos and Story by Lena Marsh, KXPR – Port Alder')).toEqual([{ kind: 'person', name: 'Lena Marsh' }, { kind: 'desk', name: 'KXPR' }])
    expect(parseByline('Story and photos by Lena Marsh')).toEqual([{ kind: 'person', name: 'Lena Marsh' }])
  })

  it('keeps a desk after the dash, and reads no byline in a caption credit or prose', () => {
    expect(parseByline('By Lena Marsh – Reuters')).toEqual([{ kind: 'person', name: 'Lena Marsh' }, { kind: 'desk', name: 'Reuters' }])
    expect(parseByline('Photo courtesy of Lena Marsh')).toBeNull()
    const title = 'Harbour schools close out the rowing season'
    const prose = 'Photos and stories by past crews line the walls of the boathouse, some of them older than the club itself.'
    expect(parseStory([title, '', 'The harbour schools finished their rowing season on Saturday with the last of the regatta finals.', prose].join('\n')).paragraphs).toContain(prose)
  })
})

describe("an outlet's initials and its newsroom's word in capitals under the title", () => {
  const title = 'Port council urged to resume weekly sittings'
  const body = ['A spokesperson for the regional government on Tuesday urged the port council to resume its weekly sittings as soon as possible.', 'Several members have stayed away from the chamber for a month, leaving the council without a quorum to pass the harbour budget.']

  it('signs as a desk, named as printed', () => {
    const story = parseStory([title, '', 'KVN NEWS', '', ...body].join('\n'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'KVN NEWS' }])
    expect(story.paragraphs[0]).toBe(body[0])
  })

  it("reads no outlet in a section's label or a kicker over the title, and none over a writer's byline or in prose", () => {
    expect(parseStory([title, '', 'TOP NEWS', '', 'text', '', ...body].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', 'NATIONAL NEWS', '', 'text', '', ...body].join('\n')).authors).toEqual([])
    expect(parseStory(['KVN NEWS', title, '', ...body].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', 'By Jane Roe', '', 'KVN NEWS', '', ...body].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    const prose = 'KVN NEWS crews were turned away from the chamber on Tuesday, the station said.'
    expect(parseStory([title, '', ...body, prose].join('\n')).paragraphs).toContain(prose)
  })
})

describe("an agency's credit in brackets after the day alone, opening the lede", () => {
  const title = 'Coastal League Results'
  const results = 'Results from the Coastal League on Saturday (kick-off times are local) Harbour Town (1) 2 Scorers: J. Marr 12 Port Alder (0) 1 Scorers: R. Vance 68 Attendance: 4,210'

  it('signs with the agency as a desk, named as printed', () => {
    expect(parseStory([title, '', `Mar 14 (STATZ) - ${results}`].join('\n')).authors).toEqual([{ kind: 'desk', name: 'STATZ' }])
    expect(parseStory([title, '', `May 4 (Reuters) - ${results}`].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Reuters' }])
  })

  it('reads no agency in a weekday or a note in brackets, nor after a day in another language', () => {
    const lede = 'The harbour council met for the first time in a month and agreed to pass the budget before the summer recess begins.'
    expect(parseStory([title, '', `June 5 (Monday) – ${lede}`].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', `Mar 14 (est.) - ${lede}`].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', `14 mars (STATZ) - ${lede}`].join('\n')).authors).toEqual([])
  })
})

describe("a date with the zone's letters between it and its time", () => {
  it('reads the time in the zone printed', () => {
    expect(findDate('2021-03-15 SGT 09:20')?.iso).toBe('2021-03-15T01:20:00.000Z')
    expect(findDate('2020-11-10 HKT 11:44')?.iso).toBe('2020-11-10T03:44:00.000Z')
    const story = parseStory(["Council Says It Won't Rush Changes To Ferry Fares", '', '2021-03-15 SGT 09:20', '', 'The acting transport secretary has dismissed as speculative reports that the ferry operator will raise its fares.', 'Reports said the ferry board could discuss fares at a meeting later in the week.'].join('\n'))
    expect(story.publishedAt).toBe('2021-03-15T01:20:00.000Z')
  })

  it('reads no time in a figure, in lower-case words or in prose after the date', () => {
    expect(findDate('2020-11-10 IST 11.50 per cent')?.iso).toBe('2020-11-09T18:30:00.000Z')
    expect(findDate('2020-11-10 et 11:44')?.text).not.toContain('11:44')
    expect(findDate('Since 2020-11-10 EST 2 arrests have been made')?.iso).toBe('2020-11-10T05:00:00.000Z')
  })
})

describe("a weekday's date above the title over a writer's byline with no date beside it", () => {
  const title = 'Six referees who left the game in strange ways'
  const body = ["After a week away at the coast, the league's longest-serving referee came home to a letter telling him he would not be needed.", 'Officials at the league said the decision had been made months earlier, but nobody had found the right moment to tell him.']

  it("reads no date from the masthead's today", () => {
    const story = parseStory(['Wednesday 8 March 2023', '', title, '', 'Orla Cassidy', '', 'Orla Cassidy', '', ...body].join('\n'))
    expect(story.publishedAt).toBeNull()
    expect(story.authors).toEqual([{ kind: 'person', name: 'Orla Cassidy' }])
  })

  it("keeps a blog's day heading, a byline under an opening note, and a byline dated under the title", () => {
    expect(parseStory(['Wednesday 8 March 2023', '', title, '', ...body].join('\n')).publishedAt).toBe('2023-03-08T00:00:00.000Z')
    const note = 'Club Notes Comment: Here we go again, another season and another referee shown the door without so much as a thank you.'
    expect(parseStory(['Wednesday 8 March 2023', '', title, '', note, '', 'By Orla Cassidy', '', ...body].join('\n')).publishedAt).toBe('2023-03-08T00:00:00.000Z')
    expect(parseStory(['Wednesday 8 March 2023', '', title, '', 'By Orla Cassidy', 'March 2, 2023', '', ...body].join('\n')).publishedAt).toBe('2023-03-02T00:00:00.000Z')
  })
})

describe('a line near the title taken for it: a cut-down copy, the lede\'s opening words, a date line, leaked script, a glued byline', () => {
  const body = ['The harbour board approved the new quay on Tuesday after a two-year wait for funding from the regional council.', 'Work is due to start in the spring and should take about eighteen months, the board said.']

  it('takes the title over its shortened copy, the lede\'s opening words and a date line under leaked script', () => {
    expect(parseStory(['- Home', '- News', '- Harbour board approves...', 'Harbour board approves new quay [March 2024]', '', ...body].join('\n')).headline).toBe('Harbour board approves new quay [March 2024]')
    const opening = 'The harbour board approved the new quay on Tuesday'
    expect(parseStory(['Quay approved after two-year funding wait', '', opening, '', ...body].join('\n')).headline).toBe('Quay approved after two-year funding wait')
    const script = ['Board Says It Won\'t Rush The New Quay', '', '"); jQuery("#21 h3").html("', '"); jQuery(document).ready(function() { var player = audioplayer("p1"); player.setup({ width: "100%" }); });', '2024-03-12 HKT 09:41', ...body]
    const story = parseStory(script.join('\n'))
    expect(story.headline).toBe('Board Says It Won\'t Rush The New Quay')
    expect(story.paragraphs.join('\n')).not.toContain('jQuery')
    expect(parseStory(['Board approves new quay after long waitBy Jane Roe and John Doe', '', ...body].join('\n')).headline).toBe('Board approves new quay after long wait')
  })

  it('keeps a title that only resembles them: an ellipsis of its own, the lede\'s words, a year, a glued word, script in prose', () => {
    expect(parseStory(['The pier reopens at last...', '', ...body].join('\n')).headline).toBe('The pier reopens at last...')
    const echoed = 'Harbour board approves new quay after long delay'
    expect(parseStory([echoed, '', `${echoed}, and the fishing fleet says it is about time.`, ...body].join('\n')).headline).toBe(echoed)
    expect(parseStory(['2024 Harbour Festival Programme', '', ...body].join('\n')).headline).toBe('2024 Harbour Festival Programme')
    expect(parseStory(['Harbour choir rehearses StandBy Me for the festival', '', ...body].join('\n')).headline).toBe('Harbour choir rehearses StandBy Me for the festival')
    const prose = "The board's website, built with jQuery (a script library), crashed when the vote was announced."
    expect(parseStory(['Quay plan approved', '', ...body, prose].join('\n')).paragraphs).toContain(prose)
  })
})

describe('a long cut-off last paragraph under a crosshead', () => {
  const title = 'Council keeps the night ferry'
  const body = ['The island council has agreed to keep the night ferry running through the winter after a petition from residents.', 'Councillors voted seven to two in favour on Thursday, with the two against citing the cost of each crossing.']
  const cut = 'The weather office in Eastvale says a wet spring following a mild winter means that farmers and growers on the eastern side of the island should prepare for a late'

  it('keeps a long sentence the page breaks off in, under a finished paragraph or a crosshead over one', () => {
    expect(parseStory([title, '', ...body, '', cut].join('\n')).paragraphs.at(-1)).toBe(cut)
    expect(parseStory([title, '', ...body, '', 'Eastvale', '', cut].join('\n')).paragraphs.at(-1)).toBe(cut)
  })

  it('keeps closing lines that only resemble one: an address, a list of routes, a sentence not last', () => {
    const address = 'Full details of the new timetable, the fares for each crossing and the booking rules are on the council website at example.org/ferry'
    expect(parseStory([title, '', ...body, address].join('\n')).paragraphs).toContain(address)
    const routes = 'Ferry timetables: Port Alder to Eastvale, Eastvale to the northern quays, the northern quays to Port Alder and back again via the outer pier'
    expect(parseStory([title, '', ...body, routes].join('\n')).paragraphs).toContain(routes)
    const earlier = 'The weather office says a wet spring following a mild winter means that farmers on the eastern side should prepare for a late harvest'
    expect(parseStory([title, '', body[0]!, earlier, body[1]!].join('\n')).paragraphs).toContain(earlier)
  })
})

describe('a prompt to follow the site on a platform under a Read-also line', () => {
  const title = 'Harbour authority closes lanes on the coast road'
  const body = ['Motorists have been told to expect slow traffic on the coast road while the harbour authority resurfaces two junctions.', 'The work begins on Saturday and should last about ten days, the authority said.']

  it('reads the prompt as the site\'s, not as a Read-also title', () => {
    const story = parseStory([title, '', ...body, '', 'Read also: Police open a help desk at the ferry terminal', '', 'Follow Us on Follow Harbour Portal News at Google News'].join('\n'))
    expect(story.readAlso).toEqual(['Police open a help desk at the ferry terminal'])
    expect(chromeRuleFinder(defaultChromeRules)('Follow us on Telegram')?.reason).toBe('share bar')
  })

  it('keeps prose about following someone, and a prompt in another language, as they were read', () => {
    const finder = chromeRuleFinder(defaultChromeRules)
    expect(finder('Fans can follow the team on Facebook.')).toBeUndefined()
    expect(finder('Follow the money on Facebook and you find the advertisers')).toBeUndefined()
    expect(finder('Síguenos en Google News')).toBeUndefined()
    const prose = 'Follow the coast road on foot and you reach the old lighthouse within the hour.'
    expect(parseStory([title, '', ...body, prose].join('\n')).paragraphs).toContain(prose)
  })
})

describe('a video label between paragraphs and an embedded post printed as text', () => {
  const title = 'Thousands in Eastvale wake without power'
  const body = ['EASTVALE - Thousands of households woke up without electricity this morning after the utility cut supply to four districts.', 'The utility said it was protecting the grid from overload during repairs to a substation.']
  const closing = 'It said customers should have power again by nine o\'clock.'

  it('leaves the label and the post out of the story, which ends on its last paragraph', () => {
    const post = ['Load Easing Notice', '', '', '', 'Date: 12 May 2024#DocksidePower', '', '', '', 'Areas affected tomorrow from 05:00 to 09:00. pic.twitter.com/Ab12Cd Dockside Power (@DocksidePower) May 12, 2024']
    const story = parseStory([title, '', body[0]!, '', 'You may also want to watch:', '', body[1]!, '', closing, '', ...post].join('\n'))
    expect(story.paragraphs).toEqual([...body, closing])
  })

  it('keeps prose that only resembles them: a sentence about watching, a handle in a quote, a hashtag in a paragraph', () => {
    const watch = 'You may also want to watch the full debate, which the council streams on its website.'
    expect(parseStory([title, '', ...body, watch].join('\n')).paragraphs).toContain(watch)
    const handle = 'The utility posted the notice from its account (@DocksidePower) on Sunday morning, hours before the cuts began.'
    expect(parseStory([title, '', ...body, handle, closing].join('\n')).paragraphs).toContain(handle)
    const tagged = 'Residents shared pictures of dark streets under the tag #EastvaleGrid, many of them asking why no warning was given.'
    expect(parseStory([title, '', body[0]!, tagged, body[1]!].join('\n')).paragraphs).toContain(tagged)
  })
})

describe('a summary over a lede that opens on its dateline', () => {
  const title = 'Thousands in Northgate without water'
  const lede = 'NORTHGATE - Thousands of homes in three suburbs woke up without running water this morning.'
  const more = ['The utility said it was protecting its pipes from bursting during repairs to the main pumping station.', "It said taps should run again after ten o'clock."]

  it('reads the summary as the standfirst and the dateline paragraph as the first', () => {
    const summary = 'Northgate Water shut off supply to several suburbs at 6am under its planned schedule.'
    const story = parseStory([title, '', summary, '', lede, '', ...more].join('\n'))
    expect(story.paragraphs[0]).toBe(lede)
    expect(story.standfirst).toBe(summary)
    const agency = 'Port Alder (Harbour Mission News) – Police have denied that anyone was killed during the overnight clashes.'
    expect(parseStory([title, '', summary, '', agency, '', ...more].join('\n')).paragraphs[0]).toBe(agency)
  })

  it('keeps a first paragraph that only resembles a summary: a quote, a question, no dateline under it, another language', () => {
    const quote = '"We had no warning at all," said one resident of Millbrook.'
    expect(parseStory([title, '', quote, '', lede, '', ...more].join('\n')).paragraphs[0]).toBe(quote)
    const question = 'Why did the taps in three suburbs run dry overnight?'
    expect(parseStory([title, '', question, '', lede, '', ...more].join('\n')).paragraphs[0]).toBe(question)
    const first = 'Thousands of homes in three suburbs woke up without running water this morning.'
    expect(parseStory([title, '', first, '', ...more].join('\n')).paragraphs[0]).toBe(first)
    const plainLede = 'Northgate: Das Wasser wurde am Morgen in drei Vororten abgestellt, teilte der Versorger mit.'
    expect(parseStory([title, '', plainLede, '', ...more].join('\n')).paragraphs[0]).toBe(plainLede)
  })
})

describe('a last line broken off right after the subject of a clause it opens', () => {
  const title = 'Neighbour objects to yard extension'
  const body = ['A planning application to keep a yard extension at a farm supplies depot has drawn an objection from the family next door.', 'The depot owners are seeking permission to retain the extension, which was laid out last autumn without consent.']

  it('keeps the broken-off line as the last', () => {
    const cut = 'The neighbour said the proposed extension would do nothing at all to "stop the lorries, the lights and the dust" which he claim'
    expect(parseStory([title, '', ...body, cut].join('\n')).paragraphs.at(-1)).toBe(cut)
  })

  it('keeps lines that only resemble it: a clause that goes on past its verb, one that is not the last', () => {
    const goesOn = 'The neighbour said the extension would do nothing to "stop the lorries and the dust" which he says have ruined summer evenings'
    expect(parseStory([title, '', ...body, goesOn].join('\n')).paragraphs).toContain(goesOn)
    const middle = 'The neighbour said the proposed extension would do nothing at all to "stop the lorries, the lights and the dust" which he claim'
    expect(parseStory([title, '', body[0]!, middle, body[1]!].join('\n')).paragraphs).toContain(middle)
  })
})

describe('bylines and datelines that only resemble a credit', () => {
  const title = 'Harbour board agrees new berth fees after long talks'
  const body = [
    'The harbour board in Keldmouth agreed on Tuesday to raise berth fees for ferries and fishing boats from next month.',
    'Ferry operators said they would pass part of the rise on to passengers during the summer season.',
  ]

  it('reads two names joined by a slash, but not two sections', () => {
    expect(parseByline('Tamsin Okafor/Rufus K. Delmore')).toEqual([{ kind: 'person', name: 'Tamsin Okafor' }, { kind: 'person', name: 'Rufus K. Delmore' }])
    expect(parseByline('Local News/Top Stories')).toBeNull()
    expect(parseByline('Jane Roe/AFP')).toBeNull()
  })

  it("takes no credit from a later paragraph's bracket without the dateline's day", () => {
    const later = 'Keldmouth (Northwire) The board met again in the evening to set the date for the next review of the fees.'
    expect(parseStory([title, '', body[0]!, '', later, '', body[1]!].join('\n')).authors).toEqual([])
  })

  it("reads a place in capitals before an agency, not before another body's name", () => {
    expect(parseByline('PORT VALERIAN - The Associated Press')).toEqual([{ kind: 'desk', name: 'The Associated Press' }])
    expect(parseByline('PORT VALERIAN - Harbour Board')).toBeNull()
  })

  it("drops a syndicate's initials after the paper and place, and keeps a name in capitals only beside a place in ordinary case", () => {
    expect(parseByline('By Orla Penhale, Corrin Valley Herald, Wexmoor (TNS).')).toEqual([{ kind: 'person', name: 'Orla Penhale' }, { kind: 'desk', name: 'Corrin Valley Herald' }])
    expect(parseByline('TOBIAS MWANSA, Kasenga')).toEqual([{ kind: 'person', name: 'TOBIAS MWANSA' }])
    expect(parseByline('By TOBIAS MWANSA, Kasenga')?.[0]).toEqual({ kind: 'person', name: 'Tobias Mwansa' })
  })

  it('takes no name over an empty date label when the lede names the same person', () => {
    const lede = 'Dalia Ferrow won the river marathon for the second year in a row on Sunday, pulling away from the leaders in the last five kilometres.'
    expect(parseStory(['Ferrow takes second title in a row', '', 'Dalia Ferrow', '', 'Published', '', lede, '', ...body].join('\n')).authors).toEqual([])
  })

  it("reads no outlet from a stamp whose bracket runs into a sentence in lower case", () => {
    const lede = 'HARLOW, (Westmark / Valley Wire News - 11th Apr, 2023) the city court on Tuesday put off the hearing of a case about damaged shops.'
    const story = parseStory([title, '', lede, '', ...body].join('\n'), { timeZone: 'Asia/Karachi' })
    expect(story.authors).toEqual([])
    expect(story.publishedAt).toBeNull()
  })

  it("signs no person named in a closing source line with an address", () => {
    expect(parseStory([title, '', ...body, '', 'Source: Jane Roe https://www.example.com/jane-roe/berth-fees'].join('\n')).authors).toEqual([])
  })

  it('keeps a body sentence that says when a photograph was taken', () => {
    const sentence = 'The photograph was taken on May 2, 2023, the day before the board first met, a clerk told the hearing.'
    expect(parseStory([title, '', ...body, '', sentence].join('\n')).paragraphs).toContain(sentence)
  })

  it('keeps a weekday date at the top when no stamp with its time follows', () => {
    const story = parseStory(['Thursday, August 14, 2025', '', title, '', ...body].join('\n'))
    expect(story.publishedAt).toBe('2025-08-14T00:00:00.000Z')
  })

  it("reads names joined by '&' unless every part opens with the article", () => {
    expect(parseByline('A New Roof & A New Head Teacher')).toBeNull()
    expect(parseByline('A Kumar & Ravi Sen')).toEqual([{ kind: 'person', name: 'A Kumar' }, { kind: 'person', name: 'Ravi Sen' }])
  })
})

describe('an update time in brackets after the date', () => {
  const title = 'Ferry timetable changes for the winter season'
  const lede = 'HARBOURTON: The island ferry will sail four times a day instead of six from November, the operator said on Monday.'
  it('reads the bracketed update as the modified time, and a body sentence with an update in brackets stays the story', () => {
    const story = parseStory([title, '', '02 Oct 2024 09:15AM (Updated: 02 Oct 2024 04:40PM)', lede, 'Fares stay the same.'].join('\n'), { timeZone: 'Asia/Singapore' })
    expect(story.publishedAt).toBe('2024-10-02T01:15:00.000Z')
    expect(story.modifiedAt).toBe('2024-10-02T08:40:00.000Z')
    const sentence = 'The operator published its winter timetable on 2 Oct 2024 (updated after complaints from islanders), a spokesman said.'
    expect(parseStory([title, '', lede, sentence].join('\n')).paragraphs).toContain(sentence)
  })
})

describe('the last line of a page the store cut off, and closing lines that only resemble one', () => {
  const title = 'Quarry road to reopen after landslip repairs'
  const body = ['The road past the Brackwell quarry will reopen on Friday, four weeks after a landslip closed it.', 'Crews cleared the last of the rock on Tuesday and the county has since rebuilt the wall above the bend.']
  const page = (last: string) => parseStory([title, '', 'By Oren Hallisey', '', ...body, last].join('\n')).paragraphs

  it('keeps a sentence broken off in its last word or on a small word as the last paragraph', () => {
    for (const cut of ['The county has said the wall will be checked again after the first heavy rai', 'Drivers were asked to keep to the speed limit on the new stretch, which is one of the steepest in', '"We will open it as soon as the last check is done, and not a day before," the engineer'])
      expect(page(cut).at(-1)).toBe(cut)
  })

  it('drops a title, a credit or a label cut off under the story', () => {
    for (const line of ['Flooded pits delay reopening of', 'The source of this report is from Brackwell Weekly', 'Tags: quarry', 'Related Sto', 'Share this arti'])
      expect(page(line)).toEqual(body)
  })
})

describe('promos, notes and paywall boxes under a story, and story lines that only resemble them', () => {
  const title = 'Ferry fares to rise in April'
  const body = ['Fares on the island ferry will rise by a tenth from April, the operator said on Monday.', 'The operator said fuel and crew costs had risen faster than its income for three years running.']
  const page = (...tail: string[]) => parseStory([title, '', 'By Linnea Askvik', '', ...body, ...tail].join('\n')).paragraphs

  it('drops an aggregator note, a paywall perks row, an appeal heading and a gallery link', () => {
    expect(page('(The above story is verified and authored by Harbour Wire staff. The views in the above post are not ours)')).toEqual(body)
    expect(page('Cancel anytime. No ads. Auto-renewal. Unlimited access to the web and app.')).toEqual(body)
    expect(page('Local journalism matters - now more than ever', 'Your support keeps our reporters on the quays.')).toEqual(body)
    expect(page('Photos of the new ferry', 'The new boat enters service in May.')).toEqual([...body, 'The new boat enters service in May.'])
  })

  it('keeps story lines that speak of the same things', () => {
    const lines = ['The above figures were verified by the harbour board, the operator said.', 'Passengers can cancel anytime before sailing, and no ads will be shown on the new booking site.', 'Local journalism matters to the islanders, who followed the fare talks closely.', 'Cartoons about the fare rise have filled the letters page of the island paper for weeks.']
    for (const line of lines) expect(page(line)).toEqual([...body, line])
  })
})

describe('a story whose page breaks off in its last paragraph', () => {
  const title = 'Quarry road to reopen after landslip repairs'
  const body = ['The road past the Brackwell quarry will reopen on Friday, four weeks after a landslip closed it.', 'Crews cleared the last of the rock on Tuesday and the county has since rebuilt the wall above the bend.']
  it('says so, for an editor to complete it, and says nothing of a story that ends on its full stop', () => {
    const cut = 'The county has said the wall will be checked again after the first heavy rai'
    const broken = parseStory([title, '', ...body, cut].join('\n'))
    expect(broken.paragraphs.at(-1)).toBe(cut)
    expect(broken.endsCutOff).toBe(true)
    expect(parseStory([title, '', ...body].join('\n')).endsCutOff).toBeUndefined()
    const prepared = prepareText({ file: 'cut.txt', text: [title, '', ...body, cut].join('\n') }, {}, undefined)
    expect('report' in prepared && prepared.report.cutOff).toMatch(/breaks off in the last paragraph \(".*heavy rai"\)/)
  })
})

describe('credits at the foot and the head of a story, and lines that only resemble them', () => {
  const title = 'Harbour board approves new fuel depot'
  const body = ['The harbour board on Tuesday approved plans for a second fuel depot on the east quay, ending a year of argument.', 'Work on the depot is due to start in the spring, the board said in a statement.']
  const page = (...tail: string[]) => parseStory([title, '', ...body, ...tail].join('\n'))

  it("signs with a wire's name after the closing dash, not with a person's or a speaker's", () => {
    expect(page('The depot will hold fuel for the fishing fleet. — Antara').authors).toEqual([{ kind: 'desk', name: 'Antara' }])
    expect(page('The depot will hold fuel for the fishing fleet. — Hamid Rosli').authors).toEqual([])
    expect(page('"We will build it before the winter." — Rosli').authors).toEqual([])
  })

  it("signs with an outlet in brackets opening the lede, not with another bracket there", () => {
    const lede = (bracket: string) => parseStory([title, '', `(${bracket}) The harbour board on Tuesday approved plans for a second fuel depot on the east quay, ending a year of argument.`, body[1]].join('\n')).authors
    expect(lede('Eastport Express')).toEqual([{ kind: 'desk', name: 'Eastport Express' }])
    for (const bracket of ['Updated', 'Jane Roe', 'File photo']) expect(lede(bracket)).toEqual([])
  })

  it("signs with agencies' initials joined by a slash under the story, not with a section's pair", () => {
    expect(page('', 'KBT/NSA').authors).toEqual([{ kind: 'desk', name: 'KBT' }, { kind: 'desk', name: 'NSA' }])
    expect(page('', 'US/UK').authors).toEqual([])
  })

  it('signs with "-BY" and a name at the foot, and keeps a sentence that opens on "By"', () => {
    expect(page('', '-BY Kojo Asantewaa').authors).toEqual([{ kind: 'person', name: 'Kojo Asantewaa' }])
    const sentence = 'By then the first tankers had already been told to use the west quay instead.'
    expect(page(sentence).paragraphs.at(-1)).toBe(sentence)
  })

  it('signs with an outlet after a bare "Source" at the foot, not with other words after it', () => {
    expect(page('', 'Source Chronicle Kessland').authors).toEqual([{ kind: 'desk', name: 'Chronicle Kessland' }])
    for (const line of ['Source Code', 'Source Jane Roe']) expect(page('', line).authors).toEqual([])
  })

  it('reads a byline whose label is printed twice once, and a name that opens on "By" whole', () => {
    expect(parseStory([title, '', 'By By The Monitor Reporter @LakeMonitor', '', ...body].join('\n')).authors).toEqual([{ kind: 'desk', name: 'The Monitor Reporter' }])
    expect(parseStory([title, '', 'By Byron Keel', '', ...body].join('\n')).authors).toEqual([{ kind: 'person', name: 'Byron Keel' }])
  })

  it("reads an agency glued to its date, and leaves another source's name glued so unsigned", () => {
    const glued = (line: string) => parseStory([title, '', line, ...body].join('\n'), { timeZone: 'America/New_York' })
    const agency = glued('Canadian PressMar 9, 2021, 4:05 PM EST')
    expect(agency.authors).toEqual([{ kind: 'desk', name: 'Canadian Press' }])
    expect(agency.publishedAt).toBe('2021-03-09T21:05:00.000Z')
    expect(glued('Harbour GazetteMar 9, 2021, 4:05 PM EST').authors).toEqual([])
  })

  it('reads "Posted by" with its date right over the title, not with a paragraph between them', () => {
    const over = (...head: string[]) => parseStory([...head, title, '', ...body].join('\n'), { timeZone: 'Asia/Riyadh' })
    const posted = over('Posted by : Idris Kamara Monday, February 8, 2021', '')
    expect(posted.authors).toEqual([{ kind: 'person', name: 'Idris Kamara' }])
    expect(posted.publishedAt).toBe('2021-02-07T21:00:00.000Z')
    expect(over('Posted by : Idris Kamara Monday, February 8, 2021', 'The ferry timetable for the spring was published on the board.', '').authors).toEqual([])
  })

  it("does not read a headline's phrase as a person's name, and keeps names that share its words' letters", () => {
    expect(parseByline('Expect Heavy Rain')).toBeNull()
    expect(parseByline('Fuel Prices Soar')).toBeNull()
    expect(parseByline('Marcus Rainford')).toEqual([{ kind: 'person', name: 'Marcus Rainford' }])
    expect(parseByline('Jane Price')).toEqual([{ kind: 'person', name: 'Jane Price' }])
  })
})

describe("a summary's box over the lede under its label", () => {
  const title = 'Harbour bridge to stay shut until May'
  const lede = 'The swing bridge over the Ostermoor harbour will stay shut until the middle of May, the port authority said on Tuesday, after engineers found cracks in two of its main gears.'
  const tail = ['Buses will carry foot passengers around the basin every ten minutes while the bridge is closed.', 'The authority said the repairs would cost about half a million.']
  it('is the standfirst: its paragraph and its points', () => {
    const summary = 'The harbour bridge will stay shut until May after engineers found cracks in its gears. Buses will run around the basin in its place.'
    const story = parseStory([title, '', 'Synopsis', summary, 'Key Takeaways', '- The bridge stays shut until May.', '- Buses run in its place.', lede, ...tail].join('\n'))
    expect(story.paragraphs).toEqual([lede, ...tail])
  })
  it('leaves the story under the label when nothing under it says the paragraph again, and dashes inside the story', () => {
    const first = 'Fishermen on the north quay say the closure has added an hour to their mornings, and some have stopped landing their catch in the town at all.'
    const dashed = '- A ferry will run from the north quay on Saturdays.'
    expect(parseStory([title, '', 'In brief', first, ...tail, dashed].join('\n')).paragraphs).toEqual([first, ...tail, dashed])
  })
})

describe('a link to another story after "See also" with no mark between', () => {
  const title = 'Ash from Mount Teralo closes two village schools'
  const body = ['Two village schools on the slope of Mount Teralo were closed on Monday as ash fell for a third day.', 'Teachers will send lessons home on paper until the schools reopen, the district office said.']
  const page = (line: string) => parseStory([title, '', body[0], '', line, '', body[1]].join('\n'))
  it('is a Read-also reference', () => {
    const story = page('See also Harbour Fishermen Count the Cost of the Spring Storms')
    expect(story.readAlso).toEqual(['Harbour Fishermen Count the Cost of the Spring Storms'])
    expect(story.paragraphs).toEqual([body[0], 'Read also: Harbour Fishermen Count the Cost of the Spring Storms', body[1]])
  })
  it('leaves a sentence that opens on the same words', () => {
    for (const line of ['See also how the fares on the island ferry compare with those on the mainland.', 'See also Figure 3 of the district report, which maps the ash.']) {
      const story = page(line)
      expect(story.readAlso).toEqual([])
      expect(story.paragraphs).toEqual([body[0], line, body[1]])
    }
  })
})

describe('lines with no letter and no figure left by the page markup', () => {
  const title = 'City treasurer charged over water plant contracts'
  const body = ['Prosecutors charged a former city treasurer on Tuesday with taking kickbacks from three building firms, the district office said.', 'A lawyer for the treasurer said his client would contest the charges.']
  const page = (line: string) => parseStory([title, '', body[0], '', line, '', body[1]].join('\n')).paragraphs
  it('are never paragraphs', () => {
    for (const line of ['![]() |', '| |', '[ ]', '( )']) expect(page(line)).toEqual(body)
  })
  it('leaves a short line of the story with a word or a figure in it', () => {
    for (const line of ['The vote: 12–3.', '“No.”']) expect(page(line)).toEqual([body[0], line, body[1]])
  })
})

describe('the headline printed again under the byline, then a short sentence over a longer lede', () => {
  const title = 'Floods cut off three valley towns'
  const sentence = 'More than 4,000 people have left their homes after floods cut off three towns in the Marrow valley.'
  const rest = ['The river burst its banks on Sunday night after four days of rain, flooding the main road and the railway line that link the towns to the coast.', 'Army trucks brought drinking water and blankets to the towns on Monday, the regional council said.']
  const caption = 'Residents carry furniture out of a flooded house after heavy rain in Alderbridge, Feb. 3, 2021. (AP Photo)'
  it('keeps the sentence as the first paragraph when the lead picture and its caption stand between', () => {
    const story = parseStory([title, '', 'ALDERBRIDGE - The Associated Press', title, '', caption, '', sentence, '', ...rest].join('\n'))
    expect(story.paragraphs).toEqual([sentence, ...rest])
  })
  it('reads the sentence right under the title as the standfirst', () => {
    const story = parseStory([title, '', 'ALDERBRIDGE - The Associated Press', title, '', sentence, '', ...rest].join('\n'))
    expect(story.standfirst).toBe(sentence)
    expect(story.paragraphs).toEqual(rest)
  })
})

describe('a kicker over the title, and short titles that only resemble one', () => {
  const lede = 'Floodwater closed the main road into Varnholm on Sunday after the river rose over its banks for the second time this winter.'
  const more = 'The council said the road would stay shut until engineers had checked the bridge at the edge of the town.'

  it('takes the title under a name and a word after a dash', () => {
    const story = parseStory(['Varnholm - floods', '', 'Floodwater closes main road into Varnholm again', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Floodwater closes main road into Varnholm again')
  })

  it('keeps a title of that shape over its byline or its lede', () => {
    expect(parseStory(['Varnholm - floods', '', 'By Mira Tolland', '', lede, '', more].join('\n')).headline).toBe('Varnholm - floods')
    expect(parseStory(['Varnholm - floods', '', lede, '', more].join('\n')).headline).toBe('Varnholm - floods')
  })

  it('takes a member named in the title as the title, and a plea to become one as no title', () => {
    const title = 'Varnholm council member quits over flooded road'
    const body = ['A Varnholm council member quit on Sunday, saying the council had ignored warnings about the flooded road for two winters.', more]
    expect(parseStory([title, '', ...body].join('\n')).headline).toBe(title)
    expect(parseStory(['Become a member of the Courier today', title, '', ...body].join('\n')).headline).toBe(title)
  })
})

describe('a picture caption printed twice under the title, and a deck that only resembles one', () => {
  const lede = 'Fares on the island ferry will rise by a tenth from April, the operator said on Monday, blaming the cost of fuel.'
  const more = 'The operator said crew costs had also risen faster than its income for three years running.'

  it('takes neither the caption cut off on a small word nor the caption whole, nor a summary label', () => {
    const cut = 'Passengers queue at the ferry terminal at the end of'
    const whole = `${cut} the pier in Kessby`
    const story = parseStory(['Ferry fares to rise in April', '', cut, '', whole, '', 'In Summary', '', 'By Mira Tolland', '', lede, '', more].join('\n'))
    expect(story.headline).toBe('Ferry fares to rise in April')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Mira Tolland' }])
    expect(story.paragraphs).toEqual([lede, more])
  })

  it('keeps a title over a deck that opens on its words, and a title that opens on a summary word', () => {
    expect(parseStory(['Ferry fares to rise', '', 'Ferry fares to rise by a tenth in April as fuel costs climb', '', 'By Mira Tolland', '', lede, '', more].join('\n')).headline).toBe('Ferry fares to rise')
    expect(parseStory(['Summary of ferry fare rise published', '', 'By Mira Tolland', '', lede, '', more].join('\n')).headline).toBe('Summary of ferry fare rise published')
  })
})

describe('a title closing on who said it, and a site name that only resembles that', () => {
  const body = ['The Member of Parliament for Lower Kessby, Tomas Verhel, said on Monday that ferry fares would rise by a tenth in April.', 'He said the operator had warned the ministry of the rise in a letter sent at the start of the year.']

  it('keeps an office and its place that the story names as the title\'s attribution', () => {
    expect(parseStory(['Ferry fares to rise in April – Lower Kessby MP', ...body].join('\n')).headline).toBe('Ferry fares to rise in April – Lower Kessby MP')
  })

  it('cuts such a tail when the story names no such place', () => {
    expect(parseStory(['Ferry fares to rise in April – Portvale Chief', ...body].join('\n')).headline).toBe('Ferry fares to rise in April')
  })
})

describe('a crosshead over the last line of a page the store cut off, and a title printed under the story', () => {
  const lede = "With Norland's rowing tour of Varnholm only weeks away, the national federation has named an eighteen-strong squad for the regattas. In a surprise move, the federation said on Monday that Ilse Marrow will captain the sprint crews."
  const paragraphs = [
    lede,
    'The tour will open with three long-distance races followed by three sprint events, the federation said, after weighing the risk of spring floods on the Kessby river.',
    'Tomas Verhel will lead the long-distance crews with Ilse Marrow as his deputy. It is not known whether Verhel asked to step back from the sprints or whether the selectors wanted fresh legs.',
    "Norland's Squad for the Varnholm Regattas",
    'Tomas Verhel (Captain), Ilse Marrow (Deputy), Anka Rosse, Piet Lumen, Sarie Dalm, Joost Hemmer, Lina Kavel, Wim Osterhout, Rika Sol, Bram Teller, Nel Vossen, Dirk Alder',
    'Reserves: Arno Lutz, Britt Maes, Cas Noord, Dewi Oort.',
  ]
  /** The page as the store kept it, its first 1,900 bytes or a few more: the story, then `tail`, padded with lines of the story over them. */
  const stored = (tail: string[]) => {
    const filler = 'The crews trained on the river through the wet winter, the coach said.'
    const body = [...paragraphs]
    while (new TextEncoder().encode([...body, ...tail].join('\n\n')).length < 1900) body.splice(2, 0, filler)
    return [...body, ...tail].join('\n\n')
  }

  it('gives no headline when the crosshead sits over a paragraph broken off at the store limit', () => {
    const text = stored(["Varnholm's Squad for the Regattas vs Norland", 'Earlier on Friday the Varnh'])
    expect(new TextEncoder().encode(text).length).toBeGreaterThanOrEqual(1900)
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(2000)
    const story = parseStory(text)
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toBe(lede)
  })

  it('takes a title printed under the story with nothing but furniture under it', () => {
    const story = parseStory([...paragraphs.slice(0, 3), '', 'Norland names squad for Varnholm rowing regattas', '', 'Share'].join('\n'))
    expect(story.headline).toBe('Norland names squad for Varnholm rowing regattas')
  })
})

describe("a share widget's label over an untitled story, and titles that only resemble one", () => {
  const body = ['POLICE in Kessby have detained the harbour union leader Anka Rosse over a strike that had been called for Friday at the container terminal.', 'The union said the strike had been called over wages owed to its members since the winter.']

  it('gives no headline when the label is all there is over the byline and the story', () => {
    const story = parseStory(['Spread This News', '', 'By Staff Reporter', '', ...body].join('\n'))
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toBe(body[0])
  })

  it('takes the title under the label, and a title that opens on "Share"', () => {
    expect(parseStory(['Spread This News', '', 'Kessby police detain harbour union leader', '', 'By Staff Reporter', '', ...body].join('\n')).headline).toBe('Kessby police detain harbour union leader')
    expect(parseStory(['Share prices fall as harbour strike drags on', '', 'By Staff Reporter', '', ...body].join('\n')).headline).toBe('Share prices fall as harbour strike drags on')
  })
})

describe('summary bullets between a title with its deck and the lede, and a story told in bullets', () => {
  const lede = 'KESSBY: Transport Minister Ilse Marrow said on Thursday that the ferry talks with Varnholm were on track and that a deal would be signed later today.'
  const bullets = ['• Marrow says accord with island negotiators expected within hours.', '• Island negotiators have been in Kessby since May 2.', '• New sailings crucial as island towns face a winter of shortages.']

  it('reads the title against the lede under the bullets, and takes it over its longer deck', () => {
    const story = parseStory(['Ferry talks on track, deal due today: Marrow', '', 'Transport minister says last round of talks under way in Kessby, no quarrel over fares', '', 'Tomas Verhel', ...bullets, '', lede, '', 'The minister spoke to reporters after a harbour safety meeting on the quay.'].join('\n'))
    expect(story.headline).toBe('Ferry talks on track, deal due today: Marrow')
  })

  it('keeps the title of a story told in bullets alone', () => {
    const items = ['• The ferry to Varnholm will sail twice a day from the first of June, the operator said.', '• Fares will stay at last year’s prices until the end of the summer season.', '• A night sailing will be added in July if the island towns ask for one.']
    expect(parseStory(['Ferry to Varnholm to sail twice a day from June', '', 'By Tomas Verhel', '', ...items].join('\n')).headline).toBe('Ferry to Varnholm to sail twice a day from June')
  })
})

describe("a cookie notice under the story and a player's consent prompt, and sentences that only resemble them", () => {
  it('drops the notice and the prompt but keeps a sentence about consent and cookies', () => {
    const lines = ['Bakers win fight over market stalls', '', 'The town council has agreed to keep the bakers’ stalls on Market Square for another five years.', '', 'We need your consent to load this clipbox contentWe use clipbox to manage extra content that can set cookies on your device. Manage Preferences', '', 'By continuing to use their ovens, the bakers agree to sell cookies at cost on fair days, the council said.', '', 'The stalls will open at six every Saturday.', '', 'By continuing to use the site, you agree to the use of cookies. Find out more here']
    const story = parseStory(lines.join('\n'))
    expect(story.paragraphs).toEqual(['The town council has agreed to keep the bakers’ stalls on Market Square for another five years.', 'By continuing to use their ovens, the bakers agree to sell cookies at cost on fair days, the council said.', 'The stalls will open at six every Saturday.'])
  })
})

describe('a paywall prompt after a premium teaser, and a sentence that only resembles one', () => {
  const lede = 'FARMERS in the Ostra valley will receive seed two weeks earlier than last season, Agriculture Minister Petra Kallum said on Tuesday.'

  it('ends the story at the prompt', () => {
    const story = parseStory([lede, '', 'To continue reading this premium story, login to your account or Subscribe using the buttons below.', 'Log In Subscribe'].join('\n'))
    expect(story.paragraphs).toEqual([lede])
  })

  it('keeps a sentence that reports someone asking readers to subscribe', () => {
    const line = 'To continue reading the full report, subscribe to the ministry bulletin, Kallum told farmers at the meeting.'
    expect(parseStory([lede, '', line].join('\n')).paragraphs).toEqual([lede, line])
  })
})

describe('a caption with its credit in double brackets, and a sentence that only resembles one', () => {
  it('drops the caption between paragraphs and keeps a sentence with a single bracket', () => {
    const lines = ['River keeps rising in the Vessa valley', '', 'Hundreds of families were moved to school halls on Sunday as the river rose for a third day.', '', 'A man carries a goat through floodwater in Orlen village on Saturday. ((Ivo Danek/Valley Press))', '', 'The fire service said its boats had reached every farm cut off by the water. (Reporting by the valley desk.)', '', 'Forecasters said the rain would ease by Tuesday.']
    expect(parseStory(lines.join('\n')).paragraphs).toEqual(['Hundreds of families were moved to school halls on Sunday as the river rose for a third day.', 'The fire service said its boats had reached every farm cut off by the water. (Reporting by the valley desk.)', 'Forecasters said the rain would ease by Tuesday.'])
  })
})

describe('a store-cut last line under a crosshead, and a short page that only resembles one', () => {
  const paras = ['The Orlen town council has approved a plan to rebuild the old grain market as a covered hall for local traders.', 'Building is due to start in the spring and should take about eighteen months, the planning office said.']

  it('keeps no heading and link under a story the page stored whole', () => {
    const story = parseStory(['Orlen approves covered hall for old grain market', '', ...paras.flatMap((p) => [p, '']), 'More from the valley', '', 'The harbour reopens'].join('\n'))
    expect(story.paragraphs).toEqual(paras)
  })
})

describe('a comment counter by the dateline, and a numbered point that only resembles one', () => {
  const lede = 'Resorts around Lake Ardal welcomed twice as many visitors from the northern provinces in the first four months of the year.'

  it('takes the lede under the counter, and keeps a numbered point of the story', () => {
    const story = parseStory(['Visitors from the north double at Lake Ardal resorts', '', 'May 14, 2019 | 09:40', '(0) user say', lede, '', '(2) Users say the new bus routes are too slow.', '', 'Hotel owners said they were hiring extra staff.'].join('\n'))
    expect(story.paragraphs).toEqual([lede, '(2) Users say the new bus routes are too slow.', 'Hotel owners said they were hiring extra staff.'])
  })
})

describe('a dateline alone over the lede and a video promo under the story, and lines that only resemble them', () => {
  const lede = 'Over 300 fishermen have been detained after clashes at the Varholm harbour, the police said.'

  it('drops the dateline and ends the story at the promo', () => {
    const story = parseStory(['Fishermen detained after harbour clashes', 'Varholm –', lede, 'The harbour was calm again on Tuesday.', 'Watch the video “Fishermen Say Talks Broke Down” here:', 'Varholm', 'Varholm is a port town on the western coast of Ostland.'].join('\n'))
    expect(story.paragraphs).toEqual([lede, 'The harbour was calm again on Tuesday.'])
  })

  it('keeps a sentence that tells of a video', () => {
    const line = 'Police said they would watch the video “Quay at Night” before naming anyone.'
    expect(parseStory(['Fishermen detained after harbour clashes', '', lede, '', line, '', 'The harbour was calm again on Tuesday.'].join('\n')).paragraphs).toEqual([lede, line, 'The harbour was calm again on Tuesday.'])
  })
})

describe("a picture's alternative text in lower case glued to its caption over the lede, and a lede that only resembles one", () => {
  const body = ['Resorts around Lake Ardal had their busiest summer on record, the regional tourism office said on Monday.', 'Hotel owners said they would keep extra staff on into the autumn.']

  it('drops the glued alternative text', () => {
    expect(parseStory(['Lake Ardal Resorts Just Had Their Busiest Summer Ever', '', 'lake ardal summer visitors recordPort Selvik.', '', ...body].join('\n')).paragraphs).toEqual(body)
  })

  it('keeps a lede in lower case that names a brand', () => {
    const lede = 'the new iPhone sold out in Port Selvik within minutes on Friday, shop owners said.'
    expect(parseStory(['Phones sell out in Port Selvik', '', lede, '', ...body].join('\n')).paragraphs[0]).toBe(lede)
  })
})

describe("a widget's bare heading inside the story, and a heading over the site's teasers", () => {
  const body = ['After clinching the northern league title with a win over Kessby on Saturday, Varholm coach Mara Velde said she was proud of her squad.', 'Goals from Ilse Brand and Noor Hallik in the second half turned the match after Kessby had taken an early lead.']

  it('reads on past the heading when the story goes on under it', () => {
    const on = ['"Very proud of the group. Nobody gave us a chance in August, and these players answered every question put to them," Velde said.', 'Velde also praised her defenders for keeping eleven clean sheets across the season, saying the back line carried the side.']
    expect(parseStory(['Velde proud as Varholm take the title', '', ...body, 'Trending', ...on].join('\n')).paragraphs).toEqual([...body, ...on])
  })

  it('ends the story at the heading over teasers of other stories', () => {
    const teasers = ['A ferry operator on the southern coast has cut two crossings a day from its winter timetable after fuel prices rose.', 'The regional council has approved a new covered market hall for the old grain quarter of the harbour town of Orlen.']
    expect(parseStory(['Velde proud as Varholm take the title', '', ...body, 'Trending', ...teasers].join('\n')).paragraphs).toEqual(body)
  })
})

describe('people then their paper after a hyphen', () => {
  it('reads two people and the paper as a desk', () => {
    expect(parseByline('Lorna Castell and Benito Marak - The Harbor Star')).toEqual([
      { kind: 'person', name: 'Lorna Castell' },
      { kind: 'person', name: 'Benito Marak' },
      { kind: 'desk', name: 'The Harbor Star' },
    ])
  })

  it('leaves a title joined by "and" over a paper no byline', () => {
    expect(parseByline('Storms and Floods - The Harbor Star')).toBeNull()
  })
})

describe("a picture's caption with its credit glued on or dated after a comma, and story lines that only resemble one", () => {
  const lede = 'Several roads across Millbrook County were closed on Friday after heavy rain sent creeks over their banks, officials said.'
  const next = 'Crews worked through the morning to clear fallen trees from the main routes into Harwick, the highways office said.'

  it('drops the label and the caption with its glued credit', () => {
    const story = parseStory(['Flooding closes roads in Millbrook', '', lede, '', 'Storm Damage', 'A tree lies across Quarry Road on Friday in Harwick.Tomas Ferrer / Millbrook Ledger via Picture Desk', '', next].join('\n'))
    expect(story.paragraphs).toEqual([lede, next])
  })

  it('keeps a crosshead over a paragraph and a sentence dated with "on"', () => {
    const dated = 'The county first opened the Lenton shelter after a flood on March 4, 2024.'
    const story = parseStory(['Flooding closes roads in Millbrook', '', lede, '', 'Shelters Open', dated, '', next].join('\n'))
    expect(story.paragraphs).toEqual([lede, 'Shelters Open', dated, next])
  })
})

describe("a paywalled stub's next paragraph cut off in a word, and a list of teasers cut short", () => {
  const lede = 'Tuesday night, members of the Harwick town council met at the old customs house to discuss parking along the harbour front. The council agreed to take up a draft plan at its next meeting.'

  it('keeps the paragraph cut off in a word over the page\'s own lines', () => {
    const cut = 'Mayor Ines Carrow said the plan would set aside spaces for boat crews, which she described as a f...'
    expect(parseStory(['Harwick council weighs harbour parking rules', '', lede, '', cut, '', 'Reader Comments(0)'].join('\n')).paragraphs).toEqual([lede, cut])
  })

  it('drops teasers of other stories cut short under the story', () => {
    const teasers = ['Lenton ferry crossings cut back for the winter, the operator says a...', 'Quarry Road reopens after the floods, with a new speed limit on the b...']
    expect(parseStory(['Harwick council weighs harbour parking rules', '', lede, '', ...teasers].join('\n')).paragraphs).toEqual([lede])
  })
})

describe("an embedded post's text under its signature and a sponsored block's note under the story, and story lines that only resemble them", () => {
  const lede = 'Homes in eastern Harwick will be without power for four hours on Sunday morning while crews replace a transformer, the operator said.'
  const signature = 'Planned Outage Notice— Harwick Grid (@harwick_grid) May 10, 2024'

  it('drops the post\'s lines under its signature', () => {
    const story = parseStory(['Power cut planned for Harwick', lede, 'The work will affect about 3,000 customers.', signature, 'Date: 12 May 2024#HarwickGrid', 'See the map for the streets affected from 06:00 to 10:00. pic.twitter.com/Xy7Lm2Qa9B'].join('\n'))
    expect(story.paragraphs).toEqual([lede, 'The work will affect about 3,000 customers.'])
  })

  it('keeps the story going on under a post and a sentence about a library funded by the council', () => {
    const on = 'The operator said it chose an early start to keep the outage away from the busiest hours of the day.'
    const funded = 'This content library was funded by the council and opened to readers in 2019.'
    expect(parseStory(['Power cut planned for Harwick', lede, signature, on, funded].join('\n')).paragraphs).toEqual([lede, on, funded])
  })
})

describe('a byline over the story on a page with no title line, and a title that only opens like one', () => {
  const body = ['Harbour Rovers beat Kessby Town two goals to one in the cup semi-final at Selvik Park on Sunday afternoon.', 'Rovers will meet Port Alder in the final next month, the league said after the match.']

  it('gives no headline over a byline the rules do not read', () => {
    expect(parseStory(['[By Marta Ossel]', '', ...body].join('\n')).headline).toBe('')
    expect(parseStory(['From Marta Ossel, Port Alder', '', ...body].join('\n')).headline).toBe('')
  })

  it('keeps a title that opens on "From" and runs on in words of its own', () => {
    expect(parseStory(['From Here to the Coast, Rovers March On', '', ...body].join('\n')).headline).toBe('From Here to the Coast, Rovers March On')
  })
})

describe('a summary line or a site promo opening a page with no title line, and titles that only resemble them', () => {
  const lede = 'The new wing of the Selvapur district hospital will open in September, the health minister told reporters on Friday.'
  const body = [lede, 'Forty nurses have been hired and will begin training next month, the minister said.']

  it('gives no headline over a site promo or a standfirst under the date line', () => {
    expect(parseStory(['More on Example Online', ...body].join('\n')).headline).toBe('')
    const standfirst = 'The minister also said that the new wing of the hospital will not open before the monsoon'
    const story = parseStory(['14 June 2031', '', standfirst, '', ...body].join('\n'))
    expect(story.headline).toBe('')
    expect(story.paragraphs).toEqual(body)
  })

  it('keeps a long title under the date line that reports no speech', () => {
    const title = 'Hospital wing in Selvapur to open in September after two years of building work'
    expect(parseStory(['14 June 2031', '', title, '', ...body].join('\n')).headline).toBe(title)
  })
})

describe('a deck under the title over a picture and the byline, and a label over the title', () => {
  const body = ['PORT ALDER -- Finance Minister Ines Varga on Friday rejected the myth that Ostland leans toward one trading bloc, calling such talk unhelpful at the trade forum.', 'She said Ostland would keep selling grain and timber to every bloc that paid on time.']
  const picture = ['', '20310614 varga forum', '', 'Ines Varga speaks at the trade forum in Port Alder. (Photo by Tomas Venn)', '', 'By Tomas Venn', '']

  it('takes the title over its deck', () => {
    expect(parseStory(['Varga rejects myth of a lean toward one bloc', '', 'Minister calls talk of a side unhelpful', ...picture, ...body].join('\n')).headline).toBe('Varga rejects myth of a lean toward one bloc')
  })

  it('takes the title under a short label, not the label', () => {
    expect(parseStory(['Trade Forum', '', 'Varga rejects myth of a lean toward one bloc', ...picture, ...body].join('\n')).headline).toBe('Varga rejects myth of a lean toward one bloc')
  })
})

describe('a title printed twice, first glued to a label with straight quotes, then in curly quotes', () => {
  const body = ['Mayor Ines Varga avoided her first big defeat in Port Alder when the council approved her harbour plan on Thursday.', 'The opposition said it had won promises on fishing rights in return for its support.']

  it('keeps the title whole', () => {
    const title = 'Mayor wins “at the last minute” the vote on her harbour plan'
    expect(parseStory(['NewsMayor wins "at the last minute" the vote on her harbour plan', '', title, '', ...body].join('\n')).headline).toBe(title)
  })

  it('still takes the title from under a label of words of its own', () => {
    expect(titleUnderLabel([{ text: 'News Local Mayor wins the vote on her harbour plan' }, { text: 'Mayor wins the vote on her harbour plan' }], 0)).toBe('Mayor wins the vote on her harbour plan')
  })
})

describe("a title printed twice over a wire's credit and where it was filed, and a lede that opens on the wire's name", () => {
  const title = 'Ostland warns envoys over talks with exiled rival'
  const body = ["Ostland's president warned foreign envoys on Tuesday against meeting the country's best-known exiled politician, who is touring the region.", 'Venn, who left Ostland three years ago, has asked to meet ministers in four neighbouring capitals this month.']

  it('takes the title, not the credit', () => {
    expect(parseStory([title, title, 'Reuters, Selvik, Ostland', ...body].join('\n')).headline).toBe(title)
  })

  it('keeps a lede that opens on the wire and a place in the story', () => {
    const lede = 'Reuters, Selvik, and two other agencies were told on Tuesday that envoys should not meet the exiled politician.'
    const story = parseStory([title, title, lede, ...body].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs[0]).toBe(lede)
  })
})

describe("a person's initials closing the title, and a site's initials", () => {
  const body = ['Harbour Party leader Hanna Kessel has said that President Ines Varga is losing sleep because she will face a stronger rival in the October election.', 'Ms. Kessel says she is calm because the people of Ostland are with her after years of rising prices.']

  it('keeps initials the picture caption under the title spells out', () => {
    expect(withoutSiteSuffix('Varga is afraid of a strong rival – HK', new Set(['hanna kessel']), true)).toBe('Varga is afraid of a strong rival – HK')
    expect(parseStory(['Varga is afraid of a strong rival – HK', '', 'Hanna Kessel', '', ...body].join('\n')).headline).toBe('Varga is afraid of a strong rival – HK')
  })

  it("cuts a site's initials printed as its masthead", () => {
    expect(withoutSiteSuffix('Varga is afraid of a strong rival – HK', new Set(['hk', 'harbour party news']), true)).toBe('Varga is afraid of a strong rival')
  })
})

describe("a page with no title line cut off at the store's limit, and a title printed under a short story", () => {
  const body = ['SELVIK – The regional football final will be played at the new Selvik stadium on Saturday, the first match at the ground since the fire.', 'The town council said about nine thousand tickets had been sold by Thursday evening for the final.']

  it('keeps the cut-off last line as the end of the story, no title', () => {
    const text = fs.readFileSync(path.join('test', 'fixtures', 'pages', 'untitled-store-cut-hyphen-01.txt'), 'utf8')
    const story = parseStory(text)
    expect(story.headline).toBe('')
    expect(story.paragraphs.at(-1)).toBe('The final will be the first of a three-')
  })

  it('takes a title printed under a story the store kept whole', () => {
    expect(parseStory([...body, '', 'Selvik stadium ready for regional football final'].join('\n')).headline).toBe('Selvik stadium ready for regional football final')
  })
})

describe("a blog row's comments counter after the date, and a revision mark in the dateline's brackets", () => {
  const title = 'Harbor Ferry Fares to Rise in March'
  const body = ['Fares on the harbor ferry will rise by 50 cents in March, the port authority said on Friday, the first increase in six years.', 'The authority said fuel and insurance costs had risen sharply and that the ferry had lost money for three years in a row.']

  it('reads "No Comments" after the date as the counter, no one\'s name', () => {
    const story = parseStory([title, '', 'By February 2, 2019 No Comments', '', ...body].join('\n'))
    expect(story.authors).toEqual([])
    expect(story.publishedAt).toBe('2019-02-02T00:00:00.000Z')
  })

  it('still signs a name printed after the date', () => {
    expect(parseStory([title, '', 'February 2, 2019 by Jane Roe', '', ...body].join('\n')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })

  it('reads no revision mark in the dateline as a desk, and still an agency there', () => {
    expect(parseStory([title, '', `SELVIK (UPDATED) – ${body[0]}`, body[1]].join('\n')).authors).toEqual([])
    expect(parseStory([title, '', `SELVIK (Reuters) – ${body[0]}`, body[1]].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Reuters' }])
  })
})

describe("a lede's dateline carrying the day with its year", () => {
  const title = 'Port Alder approves new harbour wall after winter storms'
  const rest = 'The town council on Sunday approved a new harbour wall after two winter storms flooded the fish market and the ferry terminal.'
  const body = ['The wall will be two metres higher than the old one and will be built in stages, the council said.', 'Fishermen welcomed the decision but said they wanted the work finished before the autumn storms.']

  it('dates the story by the day in the dateline, in the zone the site prints', () => {
    expect(parseStory([title, '', `PORT ALDER - 3 March 2024: ${rest}`, ...body].join('\n'), { timeZone: 'Africa/Cairo' }).publishedAt).toBe('2024-03-02T22:00:00.000Z')
    expect(parseStory([title, '', `PORT ALDER, March 3, 2024 — ${rest}`, ...body].join('\n')).publishedAt).toBe('2024-03-03T00:00:00.000Z')
  })

  it('takes no day without its year, and no day a sentence opens with', () => {
    expect(parseStory([title, '', `PORT ALDER, March 3 — ${rest}`, ...body].join('\n')).publishedAt).toBeNull()
    expect(parseStory([title, '', `On March 3, 2024 — a Sunday — ${rest}`, ...body].join('\n')).publishedAt).toBeNull()
    expect(parseStory([title, '', `Port Alder, March 3, 2024 — ${rest}`, ...body].join('\n')).publishedAt).toBeNull()
  })
})

describe('an age printed with its unit cut short ("11 sec ago")', () => {
  const title = 'Island council backs plan for second ferry berth'
  const body = ['SELVIK: The island council has backed a plan to build a second ferry berth at Selvik harbour, saying the single berth is too small.', 'The council said queues for the evening ferry had reached two hours on some days last August.']

  it('reads the age line as the header, not the story', () => {
    const story = parseStory([title, '', title, 'Updated 11 sec ago', '', ...body].join('\n'))
    expect(story.headline).toBe(title)
    expect(story.paragraphs[0]).toBe(body[0])
  })

  it('keeps a sentence that tells an age in seconds', () => {
    const line = 'The rocket cleared the tower 11 sec ago, the launch director said as the crowd cheered at the viewing site.'
    expect(parseStory([title, '', ...body, line].join('\n')).paragraphs).toContain(line)
  })
})

describe("a picture's caption closing on its credit, over a title-less story or under the title", () => {
  const body = ['PORT ALDER - The harbour board has approved a second ferry berth for Port Alder, its chairman said on Tuesday, after a summer of queues at the quay.', 'Work on the berth is expected to start in the spring and take about eighteen months, the board said in a statement.']

  it('reads a page opening on a credited caption as untitled', () => {
    for (const caption of ['Harbour board chairman Tomas Brenn at the quay - file photo', 'Harbour board chairman Tomas Brenn at the quay. [Jane Roe, Example Gazette]', 'Harbour board chairman Tomas Brenn (file photo)']) {
      const story = parseStory([caption, ...body].join('\n'))
      expect(story.headline).toBe('')
      expect(story.paragraphs[0]).toBe(body[0])
    }
  })

  it('takes the title over a caption closing on an agency or a handle', () => {
    const title = 'Harbour board approves second ferry berth'
    expect(parseStory([title, title, 'The quay at Port Alder on March 7, 2023. (EXA)', ...body].join('\n')).headline).toBe(title)
    expect(parseStory([title, '', 'Queues at the quay: ferry wait "endless". @quaywatcher', '', ...body].join('\n')).headline).toBe(title)
  })

  it('keeps a title labelled as a gallery or a video, or naming a handle, as the title', () => {
    for (const title of ['Harbour board approves second ferry berth (Photos)', 'Harbour board approves second ferry berth [Video]', 'Fans cheer as @alderfc lift the harbour cup', 'Harbour board approves second ferry berth - Press Association']) {
      expect(parseStory([title, '', 'By Jane Roe', '', ...body].join('\n')).headline.startsWith(title.replace(/ - Press Association$/, ''))).toBe(true)
    }
  })

  it('keeps a paragraph closing on a wire credit in the story', () => {
    const wire = 'Ferry operators welcomed the decision, saying the second berth would end the summer queues at the quay for good. (EXA)'
    const story = parseStory(['Harbour board approves second ferry berth', '', 'By Jane Roe', '', ...body, wire].join('\n'))
    expect(story.paragraphs.at(-1)).toBe(wire)
  })
})

describe("a title's attribution cut short ('– Govt'), and a site's short name", () => {
  const paragraphs = new Set([
    'the government of ostland said on tuesday that the complaint over the ferry contract was an attempt to embarrass the islands',
    'protesters from sudan gathered outside the department on monday as the talks on the ferry contract went on into the night',
  ])

  it('keeps a short form of a word the story prints whole', () => {
    expect(withoutSiteSuffix('Ferry complaint is meant to embarrass the islands – Govt', paragraphs, true)).toBe('Ferry complaint is meant to embarrass the islands – Govt')
    expect(withoutSiteSuffix('Night nurses for rural clinics from next month - Dept', paragraphs, true)).toBe('Night nurses for rural clinics from next month - Dept')
  })

  it("cuts a site's name that only resembles one", () => {
    expect(withoutSiteSuffix('Ferry complaint is meant to embarrass the islands – Sun', paragraphs, true)).toBe('Ferry complaint is meant to embarrass the islands')
    expect(withoutSiteSuffix('Ferry complaint is meant to embarrass the islands – Prst', paragraphs, true)).toBe('Ferry complaint is meant to embarrass the islands')
    expect(withoutSiteSuffix('Ferry complaint is meant to embarrass the islands – Govt', new Set(), true)).toBe('Ferry complaint is meant to embarrass the islands')
  })
})

describe("an update's label over a title with figures in it, and a date's label line", () => {
  const body = ['The harbour board has approved a second ferry berth for Port Alder, its chairman said on Tuesday, after a summer of queues at the quay.', 'Work on the berth is expected to start in the spring and take about eighteen months, the board said in a statement.']

  it('takes the labelled title over an update line under the byline', () => {
    const title = 'UPDATE: Harbour Board Says 2 More Ferry Berths Will Open'
    const story = parseStory([title, '', 'By Jane Roe', '', 'Update, 2:10 p.m.: The board has confirmed that two more berths will open at the north quay', '', ...body].join('\n'))
    expect(story.headline).toBe(title)
  })

  it("still reads a date's label and its figures as no title", () => {
    const title = 'Harbour board approves second ferry berth'
    for (const label of ['Last Updated: Sat, 30 Jan 2010 21h25', 'Updated on Thursday 4 March 2021 at 10h20 GMT', 'Posted on 3.1.2017 by the harbour desk']) {
      expect(parseStory([label, '', title, '', ...body].join('\n')).headline).toBe(title)
      expect(parseStory([title, '', label, '', ...body].join('\n')).headline).toBe(title)
    }
  })
})

describe('a greeting to the reader opening a page with no title line, and titles that open on "Welcome to"', () => {
  const body = ['The Speaker led the clerks into the chamber, read the opening prayer and called the house to order shortly before ten.', 'Members then turned to the report of the ferries committee on the winter timetable, which will be debated next week.']

  it('reads the greeting as the first words of the story', () => {
    const greeting = 'Welcome to another sitting day in the Harbour Assembly of the Province of Ostland!'
    const story = parseStory([greeting, '', ...body].join('\n'))
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toBe(greeting)
  })

  it('keeps a title that opens on "Welcome to" as the title', () => {
    for (const title of ['Welcome to the new normal!', 'Welcome to Port Alder, the town that never sleeps', 'Welcome to the assembly: new members sworn in after the by-election']) {
      expect(parseStory([title, '', 'By Jane Roe', '', ...body].join('\n')).headline).toBe(title)
      expect(parseStory([title, '', ...body].join('\n')).headline).toBe(title)
    }
  })
})

describe("a tool bar with the paper's subscribe and forum links", () => {
  const find = chromeRuleFinder(defaultChromeRules)

  it('drops the bar of buttons', () => {
    expect(find('Email | Print | Subscribe | Comments | Forum')?.reason).toBe('share buttons')
  })

  it('keeps lines that only name a forum or a subscription', () => {
    expect(find('Forum | Harbour business leaders meet in Port Alder')).toBeUndefined()
    expect(find('Comments | Forum rules for readers of the Harbour Daily')).toBeUndefined()
    expect(find('Readers can subscribe, print the form or comment on the forum.')).toBeUndefined()
  })
})

describe("a caption opening on the photographer's and the paper's names in brackets, set apart by a bar", () => {
  const body = ['The county board approved a plan to resurface forty miles of rural roads over the next three years, paid for with fuel tax.', 'Members said the worst stretches near the river would be done first, starting in the spring.']

  it('takes the bracketed credit and its sentence for a caption', () => {
    const story = parseStory(['County board closes its session', '', '(Jane Marlow | The Valley Courier) Board chair Ruth Okafor opens the final meeting in Millbrook, Tuesday, April 9, 2024.', '', ...body].join('\n\n'))
    expect(story.paragraphs[0]).toBe(body[0])
  })

  it('keeps a paragraph opening on a section label or a bracket with no bar', () => {
    const video = '(Video | 2:30) The board chair explains the road plan in a short film recorded at the county building on Tuesday.'
    expect(parseStory(['County board closes its session', '', video, '', ...body].join('\n\n')).paragraphs).toContain(video)
    const aside = '(Jane Marlow contributed reporting) The board will meet again in September to set the budget for next year.'
    expect(parseStory(['County board closes its session', '', ...body, '', aside].join('\n\n')).paragraphs).toContain(aside)
  })
})

describe("a figure's caption label alone on its line, its caption under it", () => {
  const find = chromeRuleFinder(defaultChromeRules)
  const body = ['The main road bridge into Port Alder has been closed to traffic after engineers found cracks in its central span.', 'Drivers are being sent on a diversion of about twelve miles through Millbrook while the damage is assessed.']

  it('drops the label and the caption under it', () => {
    const story = parseStory(['Harbour bridge closed after cracks found', '', ...body, '', 'Image caption,', '', 'Queues built up on the Millbrook road on Monday', '', 'A council spokesman said the bridge would reopen only when it was safe.'].join('\n\n'))
    expect(story.paragraphs).not.toContain('Queues built up on the Millbrook road on Monday')
    expect(story.paragraphs.at(-1)).toBe('A council spokesman said the bridge would reopen only when it was safe.')
  })

  it('keeps a sentence that speaks of a caption, and a paragraph under a line that is no label', () => {
    expect(find('The image caption, written by an intern, named the wrong bridge.')).toBeUndefined()
    expect(find('Image captions')).toBeUndefined()
    const story = parseStory(['Harbour bridge closed after cracks found', '', ...body, '', 'Image gallery', '', 'The council said buses would keep running on the diversion at peak times.'].join('\n\n'))
    expect(story.paragraphs).toContain('The council said buses would keep running on the diversion at peak times.')
  })
})

describe("a newsletter's sign-up box scraped onto one line under the story", () => {
  const find = chromeRuleFinder(defaultChromeRules)

  it('drops the box', () => {
    expect(find('Close Sign up for free Harbour Newsletters Get the latest regional news delivered straight to your inbox By submitting above, you agree to our privacy policy. Success!')?.reason).toBe('newsletter prompt')
  })

  it('keeps a paragraph about people signing up for a newsletter', () => {
    expect(find('Sign up for the free library newsletters has doubled since the spring, and the library now plans to print a paper copy for readers who have no computer at home or at work.')).toBeUndefined()
    expect(find('Sign up for our newsletter')?.reason).toBe('newsletter prompt')
  })
})

describe("a video's label with its running time, its title under it", () => {
  const find = chromeRuleFinder(defaultChromeRules)
  const head = ['Coalition signs deal after ten weeks of talks', '', "Ostland's two largest parties have formally signed a coalition agreement after the autumn election."]

  it('drops the label and the title', () => {
    const story = parseStory([...head, '', 'Watch video 02:10', '', 'New cabinet named', '', 'The deal gives the Harbour Party six ministries, including finance and transport.'].join('\n\n'))
    expect(story.paragraphs).toEqual([head[2], 'The deal gives the Harbour Party six ministries, including finance and transport.'])
  })

  it('keeps a sentence or a crosshead under a label with no running time', () => {
    expect(find('Watch video of the signing at 10:30')).toBeUndefined()
    const story = parseStory([...head, '', 'Watch video 02:10', '', 'Ministers will be sworn in on Tuesday.', '', 'The deal gives the Harbour Party six ministries.'].join('\n\n'))
    expect(story.paragraphs).toContain('Ministers will be sworn in on Tuesday.')
    const crosshead = parseStory([...head, '', 'Budget first', '', 'The deal gives the Harbour Party six ministries, including finance and transport.'].join('\n\n'))
    expect(crosshead.paragraphs).toContain('Budget first')
  })
})

describe("a picture's label and source, each closed by a colon, opening a long caption", () => {
  const body = ['MILLBROOK: Officials on Tuesday moved against shops breaking the health rules in several parts of Millbrook.', 'The district office said inspections would go on through the week and that repeat offenders would lose their licences.']
  const caption = 'Photo: File: Two bakeries and a clothes shop were sealed in the old market, four stalls were fined, a cafe was closed for the week, and six people were fined for not keeping their distance at the bus station.'

  it('takes the line for the picture', () => {
    expect(parseStory(['Millbrook shops sealed', '', caption, '', ...body].join('\n\n')).paragraphs[0]).toBe(body[0])
  })

  it('keeps a paragraph that speaks of a photo with a colon in it', () => {
    const line = 'Photo evidence: Inspectors said pictures taken in the market showed crowds queuing without masks on Monday.'
    expect(parseStory(['Millbrook shops sealed', '', ...body, '', line].join('\n\n')).paragraphs).toContain(line)
  })
})

describe("a writer's sign-off under the story, a dash and a name closed by a suffix's full stop", () => {
  const body = ["A Millbrook County sheriff's deputy was arrested Tuesday on charges of harassment and menacing, the sheriff's office said.", 'The sheriff\'s office said an internal review would begin once the criminal case is settled.']

  it('drops the sign-off and takes the writer', () => {
    const story = parseStory([...body, '', '-- Dana Whitfield Jr.', '', 'dwhitfield@valleycourier.com'].join('\n\n'))
    expect(story.paragraphs.at(-1)).toBe(body[1])
    expect(story.authors).toEqual([{ kind: 'person', name: 'Dana Whitfield Jr.' }])
  })

  it('keeps a dashed line with the story going on under it, and one under a quotation', () => {
    const more = parseStory([...body, '', '-- Dana Whitfield Jr.', '', 'Deputies at the county jail said the booking took about three hours on Tuesday.'].join('\n\n'))
    expect(more.paragraphs).toContain('-- Dana Whitfield Jr.')
    const quoted = parseStory([body[0], '', 'The sheriff said: "We will cooperate fully with the investigation. The review starts today."', '', '— Sam Porter Sr.'].join('\n\n'))
    expect(quoted.authors).toEqual([])
  })
})

describe("an author card under the story: the writer's title, a dash, then a bio of what kind of journalist", () => {
  const find = chromeRuleFinder(defaultChromeRules)

  it('drops the card', () => {
    expect(find('Journalist - a journalist known for clear writing on trade and the sea, who brings readers the facts')?.reason).toBe('author card')
  })

  it('keeps a paragraph that opens on a role and a dash', () => {
    expect(find('Editor - a post she held for ten years - Jane Roe left the paper in 2019 to teach.')).toBeUndefined()
    expect(find('Reporters - the journalists who covered the trial - were kept out of the courtroom on Monday.')).toBeUndefined()
  })
})

describe("a page cut at the store's limit inside a bracketed aside with a clause before its colon", () => {
  const text = fs.readFileSync(path.join('test', 'fixtures', 'pages', 'store-cut-bracket-colon-01.txt'), 'utf8')
  const cut = text.slice(text.lastIndexOf('\n') + 1)

  it('keeps the cut-off aside as the end of the story', () => {
    expect(parseStory(text).paragraphs.at(-1)).toBe(cut)
  })

  it("does not keep a site's label with its value cut off in the same place", () => {
    const label = 'More From Harbour City News: Ferry fares to rise again as the port authority sets out its pla'
    const story = parseStory(text.slice(0, text.lastIndexOf('\n') + 1) + label)
    expect(story.paragraphs).not.toContain(label)
  })
})

describe("a picture's caption naming who is in it, a role and a name, with no credit", () => {
  const story = [
    'The minister told the assembly on Tuesday that the ferry contract would be put out to tender again after two bidders withdrew.',
    'Roe said the department had taken legal advice and that no money had been paid to either bidder so far.',
    'Members of the opposition asked for the full correspondence with the bidders to be published before the summer.',
  ].join('\n\n')

  it('reads a page that opens on such a caption as untitled', () => {
    expect(parseStory(`Transport Minister Jane Roe\n\n${story}`).headline).toBe('')
    expect(parseStory(`Photo: Example Assembly\nOpposition leader Jane Roe (Greens) during the ferry debate\n\n${story}`).headline).toBe('')
  })

  it('does not take it over the title printed above it', () => {
    expect(parseStory(`Ferry contract to be put out to tender again\n\nTransport Minister Jane Roe\n\nBy Sam Lee\n\n${story}`).headline).toBe('Ferry contract to be put out to tender again')
  })

  it('keeps titles that say what the person did', () => {
    expect(parseStory(`Minister Jane Roe defends ferry contract\n\n${story}`).headline).toBe('Minister Jane Roe defends ferry contract')
    expect(parseStory(`Minister Jane Roe Defends Ferry Contract\n\n${story}`).headline).toBe('Minister Jane Roe Defends Ferry Contract')
    expect(parseStory(`Assembly grills transport minister Jane Roe\n\n${story}`).headline).toBe('Assembly grills transport minister Jane Roe')
    expect(parseStory(`Transport Minister Jane Roe: no money paid to bidders\n\n${story}`).headline).toBe('Transport Minister Jane Roe: no money paid to bidders')
  })
})

describe('desks and outlets credited alone on a line: near misses that sign nothing', () => {
  const story = (lines: string[]) => parseStory(lines.join('\n\n'))
  const body = ['The council met on Tuesday to discuss the new parking rules for the town centre and the cost of the plan.', 'Members agreed to hold a public meeting next month before a final vote in the spring.', 'The plan would add two hundred spaces near the station, officials said.']

  it('reads no sports side or help desk under the title as a desk', () => {
    for (const label of ['Team USA', 'Team Europe', 'Help Desk', 'Rescue Team']) expect(story(['Council weighs new parking rules', label, ...body]).authors).toEqual([])
  })

  it('reads no labelled source that names no outlet under the story', () => {
    for (const credit of ['Sources: Example Residents', 'Sources said the vote could slip.', 'Source: Jane Roe']) expect(story(['Council weighs new parking rules', ...body, credit]).authors).toEqual([])
  })

  it('reads no "About" heading as a card when the name is not printed again under it', () => {
    expect(story(['Council weighs new parking rules', ...body, 'About Town Council', 'The town council meets on the first Tuesday of each month.']).authors).toEqual([])
  })

  it('reads no bar in the lede after a sentence as a dateline credit', () => {
    expect(story(['Council weighs new parking rules', 'Members said the plan | which they call Park Smart | would cost too much to run each year, officials said.', ...body]).authors).toEqual([])
  })

  it('signs with a bio only when it says the person is a writer', () => {
    expect(story(['Council weighs new parking rules', ...body, 'Jane Roe is a Resident who has lived near the station for twenty years.']).authors).toEqual([])
  })
})

describe("a widget's error box printed as lines, one piece a line", () => {
  const find = chromeRuleFinder(defaultChromeRules)

  it('drops its pieces', () => {
    for (const line of ['• Oops!', 'Whoops, we couldn’t load this content.', 'Unable to load the video.', 'There was a problem loading the comments.', 'Please try again later.', 'Sorry, an unexpected error occurred. Please try again.']) {
      expect(find(line)?.reason).toBe('page widget')
    }
  })

  it('keeps sentences of the story that use the same words', () => {
    expect(find('Oops, I did it again.')).toBeUndefined()
    expect(find('Sorry!')).toBeUndefined()
    expect(find('Something went wrong at the plant on Tuesday.')).toBeUndefined()
    expect(find('Please try again to reach the office later this week.')).toBeUndefined()
    expect(find('"Something went wrong," she said.')).toBeUndefined()
  })
})

describe("an archive's notice that the story is old", () => {
  const find = chromeRuleFinder(defaultChromeRules)

  it('drops the notice in its shapes', () => {
    for (const line of ['This article was published 20/3/2019 (343 days ago), so information in it may no longer be current.', 'This article is more than 5 years old.', 'This story was published over a year ago.', 'Archived: this article is from 2014 and may be out of date.', 'Please note: this content is more than 12 months old and some details may have changed.']) {
      expect(find(line)?.reason).toBe('old article notice')
    }
  })

  it('keeps sentences about a report or a story of some age', () => {
    expect(find('This report was commissioned three years ago by the council.')).toBeUndefined()
    expect(find('This story is one of the oldest the town tells.')).toBeUndefined()
    expect(find('This story was published in 2019, and may have changed the debate.')).toBeUndefined()
    expect(find('This article is more than 5 years old, the archivist said, and may be out of date.')).toBeUndefined()
  })

  it('drops the cry heading the notice, not a cry in the story', () => {
    const page = 'Ferry adds weekend sailings\n\nHey there, time traveller!\nThis article is more than 5 years old.\n\nThe ferry company will run a second boat on Saturdays and Sundays from June, it said on Wednesday.\n\nWhat a summer!\n\nTickets go on sale next month, the company said.\n'
    const story = parseStory(page)
    expect(story.paragraphs[0]).toMatch(/^The ferry company/)
    expect(story.paragraphs).toContain('What a summer!')
  })
})

describe('a revision note: what the desk changed in the story', () => {
  const find = chromeRuleFinder(defaultChromeRules)

  it('drops the note', () => {
    for (const line of ['Update, Jan. 26: Headline changed, details of the indictment added .', 'UPDATE (March 4): Headline revised to reflect the vote count.', 'Updated 3:15 p.m.: Comments from the mayor added.', "Editor's note: This story was updated on March 3 to include a response from the ministry.", 'This article has been updated to reflect the latest figures.']) {
      expect(find(line)?.reason).toBe('revision note')
    }
  })

  it('keeps news under an update label, and a correction closing a wire story', () => {
    expect(find('Update: The road has been reopened.')).toBeUndefined()
    expect(find('Update: Details of the plan were changed by council on Friday.')).toBeUndefined()
    expect(find('Update, 5 p.m.: Police said the bridge would reopen on Monday.')).toBeUndefined()
    expect(find('Headline changed after readers complained, the editor said.')).toBeUndefined()
    expect(find('An earlier version of this story gave the wrong year for the founding.')).toBeUndefined()
  })
})

describe("a writer's bio under the story with the role as the site sets it", () => {
  const story = (last: string) => parseStory(`Farmers urged to plant more cassava\n\nFarmers in the northern districts have been urged to plant more cassava, the agriculture ministry said on Monday.\n\nMinister Peter Banda said cassava needs less rain than maize.\n\n${last}\n`)

  it('drops the bio and its name line, and takes the writer', () => {
    for (const [bio, name] of [
      ['Grace Mwale\n\nGrace Mwale is a Journalist who reports on farming and rural life.', 'Grace Mwale'],
      ['Tomas Reyes is a Senior Reporter at the Highland Weekly, covering health.', 'Tomas Reyes'],
      ['Ana Costa is a freelance Writer based in the capital.', 'Ana Costa'],
    ]) {
      const parsed = story(bio!)
      expect(parsed.paragraphs.at(-1)).toBe('Minister Peter Banda said cassava needs less rain than maize.')
      expect(parsed.authors.map((author) => author.name)).toEqual([name])
    }
  })

  it('keeps a closing paragraph about someone the story names, or with the story going on under it', () => {
    expect(story('Peter Banda is a Journalist by training who entered politics in 2011.').paragraphs.at(-1)).toBe('Peter Banda is a Journalist by training who entered politics in 2011.')
    expect(story('Mary Tembo is a Reporter who was detained in May.\n\nShe was released on bail on Friday after three weeks in custody.').paragraphs.at(-1)).toBe('She was released on bail on Friday after three weeks in custody.')
  })
})

describe('a revision note is not the update stamp alone', () => {
  const find = chromeRuleFinder(defaultChromeRules)

  it('leaves "This article was updated on <date>" to the date reading, and drops what the update added', () => {
    expect(find('This article was updated on March 3, 2024 at 10:00')?.reason).not.toBe('revision note')
    expect(find('This story was updated on March 3 to include comments from the mayor.')?.reason).toBe('revision note')
  })
})

describe("a picture's caption with its credit's label left empty", () => {
  it('drops the caption, its repeat and the empty credit, and keeps the lede under them', () => {
    const story = parseStory('Council splits over harbour wall\n\nOld harbour wall 12 (photo credit: )\nOld harbour wall 12\n(photo credit: )\nThe town council failed to agree on Wednesday how to repair the harbour wall before the storms.\n\nThe mayor said the council would vote again next month.\n')
    expect(story.paragraphs[0]).toMatch(/^The town council failed/)
    expect(story.paragraphs).not.toContain('Old harbour wall 12')
  })

  it('keeps a paragraph closing on a bracket with a colon in it that is no credit', () => {
    const story = parseStory('Council splits over harbour wall\n\nThe town council failed to agree on Wednesday how to repair the harbour wall before the storms.\n\nThe mayor listed the options (stone: £2m; concrete: £800,000).\n\nThe council will vote again next month.\n')
    expect(story.paragraphs).toContain('The mayor listed the options (stone: £2m; concrete: £800,000).')
  })
})

describe('a deck of summary points run into one line with bullets, over the lede', () => {
  const page = (deck: string) => `Parties strike deal on river bill\n\n${deck}\n\nThe Greens and the Farmers' Union reached a deal on the river bill on Sunday, hours after the premier pulled it from the agenda.\n\nBoth parties said they hoped to bring the bill back before the summer recess.\n`

  it('takes the deck as the standfirst, the lede under it as the first paragraph', () => {
    const story = parseStory(page('Parties agree to draft the bill together, which needs a two-thirds vote • Deal reached after the premier pulled the bill'))
    expect(story.paragraphs[0]).toMatch(/^The Greens and the Farmers/)
  })

  it('keeps a lede with its dateline set off by a bullet', () => {
    expect(parseStory(page('PORT ALDER • The council voted on Monday to close the old harbour bridge to lorries from next spring.')).paragraphs[0]).toMatch(/^PORT ALDER • The council voted/)
    expect(parseStory(page('Port Alder, Ostland • The council voted on Monday to close the old harbour bridge to lorries from next spring.')).paragraphs[0]).toMatch(/^Port Alder, Ostland • The council voted/)
  })
})

describe("page furniture inside the story: file names, widget buttons, read-the-story links, paywall notices", () => {
  const find = chromeRuleFinder(defaultChromeRules)

  it('drops picture file names with hyphens, underscores and long numbers', () => {
    for (const name of ['A320-200_Harbour_Air', 'Skyline-8841', 'DSC-04512', 'IMG-20240311_harbour', 'Pier_7-2291_wide']) expect(find(name)?.reason).toBe('media file name')
  })

  it('keeps terms with short numbers and hyphenated words', () => {
    for (const text of ['17-Nov-2009', 'March-2024', 'COVID-19', 'G-20', 'F-35', 'Well-being', 'Covid-19 update', '2024-2025', 'Boeing 737-800 grounded']) expect(find(text)?.reason).not.toBe('media file name')
  })

  it('drops buttons named with their kind and links to the full story', () => {
    for (const text of ['Share Button', 'Print icon', 'Facebook Icon', 'Comments Button', 'Close btn']) expect(find(text)?.reason).toBe('share buttons')
    for (const text of ['Read Story In Detail', 'View full report »', 'Read article in full', 'Read news in detail', 'See the rest of the story']) expect(find(text)?.reason).toBe('link button')
  })

  it('keeps lines that only mention buttons or stories', () => {
    expect(find('Share button campaign')).toBeUndefined()
    expect(find('Read the full story of the flood in the museum’s new book, the curator said.')).toBeUndefined()
    expect(find('Panic Button')).toBeUndefined()
  })

  it('drops a paywall notice in the text, keeps a sentence about subscriptions', () => {
    for (const text of ['For access to this article please sign in or subscribe.', 'To access this story, log in or register.', 'Please sign in or subscribe to read this article.', 'You must be logged in to view this content.']) expect(find(text)?.reason).toBe('paywall notice')
    expect(find('For access to the archive, members must sign in at the front desk, the library said.')).toBeUndefined()
    expect(find('Readers must subscribe to read the paper online from next year.')).toBeUndefined()
  })
})

describe("a picture's caption credited to its source in any form: an outlet in brackets, a courtesy line, a credit between the caption's two copies", () => {
  const page = (middle: string, last = 'The council will meet again next week to decide on the repairs, the mayor told reporters.') => `Storm floods harbour road\n\nThe harbour road was flooded on Monday after a night of heavy rain across the district.\n\n${middle}\n\nCrews spent the morning pumping water out of shops along the seafront, the fire service said.\n\n${last}\n`

  it('drops a caption closing on an outlet in brackets, however its name is written', () => {
    for (const caption of ['Water covers the road near the quay. (9News)', 'Sandbags line the seafront on Monday. (Supplied)', 'A car stalls in the flood near the market. (Harbour Post)', 'Shopkeepers clear mud from a doorway. (AAP Image/Jane Roe)']) expect(parseStory(page(caption)).paragraphs).not.toContain(caption)
  })

  it('keeps a last paragraph signed off with an outlet in brackets, and brackets that label or explain', () => {
    expect(parseStory(page('Water covers the road near the quay.', 'The mayor said repairs would start next week. (Harbour Post)')).paragraphs.at(-1)).toBe('The mayor said repairs would start next week. (Harbour Post)')
    for (const text of ['The mayor spoke to reporters at the quay. (Video)', 'Two crews came from the neighbouring district. (Updated)', 'The road was reopened by the afternoon, the police said. (Harbour Post)']) expect(parseStory(page(text)).paragraphs).toContain(text)
  })

  it('drops a courtesy credit alone on its line, keeps a sentence opening on courtesy', () => {
    expect(parseStory(page('Courtesy Harbour TV')).paragraphs).not.toContain('Courtesy Harbour TV')
    expect(parseStory(page('Courtesy of the Harbour Trust')).paragraphs).not.toContain('Courtesy of the Harbour Trust')
    const sentence = 'Courtesy of the harbour trust, families can stay in the school hall until the water goes down.'
    expect(parseStory(page(sentence)).paragraphs).toContain(sentence)
  })

  it('drops a caption printed twice around its credit, keeps a paragraph repeated with no credit between', () => {
    const story = parseStory(page('Water covers the road near the quay on Monday.\nAFP via Getty Images\n\nWater covers the road near the quay on Monday.'))
    expect(story.paragraphs).not.toContain('Water covers the road near the quay on Monday.')
    expect(story.paragraphs).not.toContain('AFP via Getty Images')
    const quoted = parseStory(page('The fire service said crews pumped water out of twelve shops.\nThe fire service said the crews would stay overnight.'))
    expect(quoted.paragraphs.join(' ')).toContain('The fire service said crews pumped water out of twelve shops.')
  })
})

describe('headline: captions, credits, list headings, date labels and close marks are no titles (near misses)', () => {
  const storyOf = (title: string, under: string[] = []) =>
    parseStory([title, '', ...under, '', 'The harbour board voted on Monday to raise mooring fees by a tenth from the start of next year, its chairman said.', '', 'Jane Roe, who chairs the board, said the money would pay for new pontoons at the east quay.', '', 'Boat owners said they would ask the council to step in before the fees rise.'].join('\n'))
  it('reads who is in the picture, doing what, as a caption and not its title', async () => {
    const { namedCaption } = await import('../src/import/parse/headline')
    const always = () => true
    expect(namedCaption('Harbour board chairman Jane Roe speaking to reporters', always)).toBe('Jane Roe')
    expect(namedCaption('County deputy governor Jane Roe addressing members of the press', always)).toBe('Jane Roe')
    expect(namedCaption('Board chairman Jane Roe arrives for the meeting', always)).toBe('Jane Roe')
    expect(namedCaption('Minister Jane Roe gestures during the debate', always)).toBe('Jane Roe')
    expect(namedCaption('Jane Roe addressing the press', always)).toBe('Jane Roe')
    // Titles: what the person did, in words of its own, or set in title case.
    expect(namedCaption('Minister Jane Roe resigns over the fees', always)).toBeNull()
    expect(namedCaption('Minister Jane Roe Arrives For Talks', always)).toBeNull()
    expect(namedCaption('Jane Roe Making Waves', always)).toBeNull()
    expect(namedCaption('Jane Roe building a new harbour', always)).toBeNull()
    expect(storyOf('Harbour board raises mooring fees', ['Board chairman Jane Roe speaking to reporters']).headline).toBe('Harbour board raises mooring fees')
  })
  it('reads a credit "via" an agency as a credit, and a title routing something via a place as a title', async () => {
    const { pictureCredit } = await import('../src/import/parse/headline')
    for (const credit of ['Jane Roe/Example Agency via Example Wire', 'Handout via Reuters', 'Courtesy of the Roe family via AP', 'Supplied via Example News', 'Jane Roe/Getty Images']) expect(pictureCredit.test(credit)).toBe(true)
    for (const title of ['Trains via the tunnel resume', 'Aid Flows via Border Crossing Again After Talks', 'AC/DC Announce Tour', 'Ferry Service via Port Alder', 'Mooring fees to rise via new levy']) expect(pictureCredit.test(title)).toBe(false)
  })
  it('reads a list heading as the page\'s, and a title that opens on its words as a title', async () => {
    const { listHeading } = await import('../src/import/parse/headline')
    for (const heading of ['Top Stories of the Day', 'Latest News', 'Trending Now', 'Most Read This Week', "Today's Headlines", "Editor's Picks", 'More Stories', 'News of the Day']) expect(listHeading.test(heading)).toBe(true)
    for (const title of ['Top stories of the day dominated by the vote', 'Latest news on the ferry strike', 'Trending hashtag leads to arrest', 'More stories emerge of harbour fraud']) expect(listHeading.test(title)).toBe(false)
    expect(storyOf('Top stories of the day dominated by the fees vote').headline).toBe('Top stories of the day dominated by the fees vote')
  })
  it('reads a day\'s or an issue\'s label with its date as a date line, and a title with a date as a title', async () => {
    const { dateLabelRest } = await import('../src/import/parse/headline')
    expect(dateLabelRest('Business News of Thursday, ')).toBe(true)
    expect(dateLabelRest(' | Vol. 116 -- No. 49')).toBe(true)
    expect(dateLabelRest("Today's Paper: ")).toBe(true)
    expect(dateLabelRest('Harbour fees to rise from ')).toBe(false)
    expect(dateLabelRest('Election results expected by ')).toBe(false)
    expect(storyOf('Mooring fees to rise from 1 January 2025').headline).toBe('Mooring fees to rise from 1 January 2025')
  })
  it('drops a close button\'s mark from the end of a title, not a letter of a name', () => {
    expect(storyOf('Harbour board raises mooring fees x').headline).toBe('Harbour board raises mooring fees')
    expect(storyOf('Harbour board raises mooring fees ×').headline).toBe('Harbour board raises mooring fees')
    expect(storyOf('Harbour board hires Generation X').headline).toBe('Harbour board hires Generation X')
  })
})

describe("a desk's name in capitals: the outlet's initials kept, the newsroom's words in ordinary case", () => {
  it('writes the newsroom words as a reader does and keeps the initials', () => {
    expect(parseByline('By KTN NEWS DESK')).toEqual([{ kind: 'desk', name: 'KTN News Desk' }])
    expect(parseByline('By WXYZ STAFF')).toEqual([{ kind: 'desk', name: 'WXYZ Staff' }])
    expect(parseByline('By GMA NEWS ONLINE')).toEqual([{ kind: 'desk', name: 'GMA News Online' }])
    expect(parseByline('By 9News Staff')).toEqual([{ kind: 'desk', name: '9News Staff' }])
    expect(parseByline('By 10 News Digital Team')).toEqual([{ kind: 'desk', name: '10 News Digital Team' }])
  })

  it('still writes a person named in capitals in title case, and a desk of ordinary words too', () => {
    expect(parseByline('By JANE ROE')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseByline('By CITY NEWS DESK')).toEqual([{ kind: 'desk', name: 'City News Desk' }])
    expect(parseByline('By 2 Men')).toBeNull()
    expect(parseByline('By 3 Ways To Save')).toBeNull()
  })
})

describe("a site's address credited as the source in the header", () => {
  const page = (credit: string) => `Clinic opens evening hours\n\nPublished: 21 February 2023\n\n${credit}\n\nThe children's clinic on Mill Street will open three evenings a week from March, the district health office said.\n\nThe clinic will add a second nurse for the evening sessions.\n`

  it('signs nothing, whether printed with www, in capitals or as a full address', () => {
    expect(parseStory(page('Source: www.harbour-example.com')).authors).toEqual([])
    expect(parseStory(page('Source: Harbour-Example.net')).authors).toEqual([])
    expect(parseStory(page('Source: harbourexample.co.uk')).authors).toEqual([])
  })

  it("still signs with an outlet's name credited the same way", () => {
    expect(parseStory(page('Source: K7')).authors).toEqual([{ kind: 'desk', name: 'K7' }])
  })
})

describe("a section's label or a paper's issue line beside the date", () => {
  const page = (line: string) => `Library extends its weekend hours\n\n${line}\n\nThe town library will stay open until six on Saturdays and Sundays from next month, the library board decided on Tuesday.\n\nTwo part-time staff will be hired to cover the extra time.\n`

  it('dates the story from the line', () => {
    expect(parseStory(page('Business News of Thursday, 24 November 2022'), { timeZone: 'UTC' }).publishedAt).toBe('2022-11-24T00:00:00.000Z')
    expect(parseStory(page('Other News Materials 9 February 2009 10:36 (UTC +04:00)'), { timeZone: 'UTC' }).publishedAt).toBe('2009-02-09T06:36:00.000Z')
    expect(parseStory(page('March 28, 2013 | Vol. 116 -- No. 49'), { timeZone: 'UTC' }).publishedAt).toBe('2013-03-28T00:00:00.000Z')
    expect(parseStory(page('Vol. XII No. 7 · 3 May 2021'), { timeZone: 'UTC' }).publishedAt).toBe('2021-05-03T00:00:00.000Z')
    expect(parseStory(page('Issue 1234 | March 28, 2013'), { timeZone: 'UTC' }).publishedAt).toBe('2013-03-28T00:00:00.000Z')
  })

  it("keeps an outlet's name beside the date as its signature", () => {
    expect(parseStory(page('Harbour News 9 April 2017'), { timeZone: 'UTC' }).authors).toEqual([{ kind: 'desk', name: 'Harbour News' }])
  })
})

describe("a wire agency's name alone over a lede that opens on the wire's dateline", () => {
  const lede = 'MORIKA - Heavy rain washed away a section of the rail line in the northern province on Saturday, stranding about 300 passengers, officials said.'
  const more = 'Crews expect to reopen the line by the middle of next week.'

  it('signs the story, bare or in brackets', () => {
    expect(parseStory(['Floods cut rail line in northern province', '(Kyodo)', '|', lede, more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Kyodo' }])
    expect(parseStory(['Floods cut rail line in northern province', '', 'Sad scenes at the station.', 'Associated Press', '', `PORT ALDER, Ostland — ${lede.slice(9)}`, '', more].join('\n')).authors).toEqual([{ kind: 'desk', name: 'Associated Press' }])
  })

  it("signs nothing over a lede with no dateline, nor as a person's name in brackets", () => {
    expect(parseStory(['Floods cut rail line in northern province', '(Jane Roe)', '|', lede, more].join('\n')).authors).toEqual([])
  })
})

describe("a blog's links to the posts beside this one under the story", () => {
  const page = (links: string) => `County orders homes near the river cleared\n\nResidents living on the river flats have been told to move to higher ground after two days of heavy rain.\n\nThe county said buses would run to the school hall.\n\n${links}\n`

  it('signs nothing', () => {
    for (const links of ['Previous Post Next Post', 'Older Post Newer Post', 'Next Article Previous Article', 'Newer Posts Older Posts']) expect(parseStory(page(links)).authors).toEqual([])
  })

  it("still reads a paper's name closing the story", () => {
    expect(parseStory(page('Harbour Post')).authors).toEqual([{ kind: 'desk', name: 'Harbour Post' }])
  })
})

describe('"Last Update" under the story, its time told in the local zone and in GMT', () => {
  const page = (stamp: string) => `Desert highway reopens after sandstorm\n\nThe desert highway between the two oasis towns reopened on Friday after crews cleared drifts left by the sandstorm.\n\nTraffic police said drivers should still expect patches of sand on the road.\n\n${stamp}\n`

  it('is the last change, read at the GMT time', () => {
    expect(parseStory(page('Last Update: Wednesday, 10 July 2019 KSA 14:05 - GMT 11:05')).modifiedAt).toBe('2019-07-10T11:05:00.000Z')
    expect(parseStory(page('Last update: 09:40 GMT / 12:40 AST, Friday, 5 April 2024')).modifiedAt).toBe('2024-04-05T09:40:00.000Z')
  })

  it('keeps a plain "UPDATE:" note in the story as text, dating nothing', () => {
    const story = parseStory(page('UPDATE: The road was closed again on Saturday morning.'))
    expect(story.modifiedAt).toBeNull()
    expect(story.publishedAt).toBeNull()
  })
})

describe("a figure's caption label alone on its line, its caption on the next", () => {
  const page = (label: string) => `Town counts cost of flash floods\n\n${label}\n\nShopkeeper Ann Marsh at her counter after the water went down\n\nA clean-up is under way in a market town after a night of thunderstorms sent water pouring through its high street.\n\nThe council said skips would be left in the square.\n`

  it('drops the label and its caption, in any of its names', () => {
    for (const label of ['Media caption,', 'Image caption,', 'Video caption', 'Caption:', 'Pie de foto,', 'Légende :', 'Legenda da imagem,', 'Bildunterschrift:', 'Maelezo ya picha,']) {
      const story = parseStory(page(label))
      expect(story.paragraphs[0]).toMatch(/^A clean-up is under way/)
      expect(story.paragraphs.join('\n')).not.toContain('Shopkeeper Ann Marsh')
    }
  })

  it('keeps a paragraph that speaks of a caption', () => {
    const story = parseStory(page('The media caption, printed under the picture, named the wrong street.'))
    expect(story.paragraphs[0]).toBe('The media caption, printed under the picture, named the wrong street.')
  })
})

describe('a reading time alone on its line, full stop and all', () => {
  const page = (line: string) => `Harbour ferry fares to rise\n\nMarch 3, 2024 09:52\n${line}\n\nThe harbour ferry will cost more from Monday, the operator said.\n\nCommuters' groups said they would ask the council to step in.\n`

  it('is no paragraph, however it is told', () => {
    for (const line of ['1 minute read.', '3 mins read', '3-minute read', '5 minutes to read', 'Read in 2 minutes', 'Reading time: 4 minutes', 'Est. reading time 2 min', '< 1 min read', 'Lesezeit: 3 Minuten', 'Temps de lecture : 2 min', '3 min de lectura', 'Tiempo de lectura: 5 minutos', 'Leestijd 4 minuten']) {
      expect(parseStory(page(line)).paragraphs[0]).toBe('The harbour ferry will cost more from Monday, the operator said.')
    }
  })

  it('keeps sentences about reading and minutes', () => {
    for (const line of ['Reading time for the bill is 40 minutes, the Speaker said.', 'It takes 5 minutes to read the report.']) expect(parseStory(page(line)).paragraphs[0]).toBe(line)
  })
})

describe("a print-and-mail bar's buttons run together on a line", () => {
  const page = (bar: string) => `Curfew lifted in two river districts\n\nMonday, June 10, 2019\n\n${bar}\n\nResidents were allowed back on the streets last night after police lifted a three-day curfew.\n\nShopkeepers said they had lost most of the weekend's trade.\n`

  it('is no paragraph', () => {
    for (const bar of ['Print this page Email A Friend!', 'Print this article | Email this article', 'Email to a friend Print', 'Send to a friend · Print this story', 'Imprimir Enviar por correo', 'Email a friend', 'Print Email Share']) {
      expect(parseStory(page(bar)).paragraphs[0]).toMatch(/^Residents were allowed back/)
    }
  })

  it('keeps sentences that tell of printing and mailing', () => {
    for (const line of ['Print the page and email a friend a copy, the teacher said.', 'Send this to a friend if you care.']) expect(parseStory(page(line)).paragraphs[0]).toBe(line)
  })
})

describe("a blog's comment section headed by its count and the post's title", () => {
  const page = (heading: string) => `Two cars and a bus collide\n\nTraffic was turned back at the bridge on Tuesday after two cars and a minibus collided.\n\nThe road reopened shortly after six in the evening.\n\n${heading}\n\n  1. Mary Lowe June 4, 2019 at 7:30 pm\n\n    That bend needs a proper sign.\n`

  it('ends the story, in the words of any theme or language', () => {
    for (const heading of ['7 Responses to Two cars and a bus collide', 'One Response to “Two cars and a bus collide”', '12 Comments on Two cars and a bus collide', 'No Responses to Two cars and a bus collide', '5 replies to Two cars and a bus collide', '3 commentaires sur « Deux voitures »', '2 comentarios en «Dos coches»', '4 Kommentare zu „Zwei Autos“']) {
      const story = parseStory(page(heading))
      expect(story.paragraphs.at(-1)).toBe('The road reopened shortly after six in the evening.')
      expect(story.authors).toEqual([])
    }
  })

  it('keeps a sentence of the story that opens so', () => {
    for (const line of ['Two comments on the bill drew criticism from the minister.', 'Three responses to the crisis were considered, the minister said', 'Two thoughts on the budget: it is too small. It is late.']) expect(parseStory(page(line)).paragraphs).toContain(line)
  })
})

describe("a publisher's note about itself in a box on every page", () => {
  const page = (box: string) => `Lakeside Daily\n\n${box}\n\nFishermen protest over new net rules\n\nBy Tom Okafor\n\nThe lake's fishermen tied up their boats on Thursday and marched to the fisheries office.\n\nFisheries officials said the change was needed to protect young fish.\n`

  it('is no paragraph, and the headline under it is read', () => {
    for (const box of ['Harbour Media is an independent media house free from political ties. We publish three newspapers.', "Example Media is Kenya's leading independent media group; our titles reach millions.", 'The Daily Example is a privately owned, non-partisan news organisation. We publish every day.', 'Example Post est un média indépendant. Nous publions chaque jour.']) {
      const story = parseStory(page(box))
      expect(story.headline).toBe('Fishermen protest over new net rules')
      expect(story.paragraphs[0]).toMatch(/^The lake's fishermen/)
    }
  })

  it('keeps sentences about an outlet told by someone, or with no we', () => {
    for (const line of ['Reuters is an independent news agency, the spokesman said, and we respect it.', 'The Harbour Times is a newspaper founded in 1901 that closed last year after its owner died.']) {
      expect(parseStory(`Fishermen protest over new net rules\n\n${line}\n\nFisheries officials said the change was needed.\n`).paragraphs[0]).toBe(line)
    }
  })
})

describe("a newsroom's call for its readers' stories with a way to reach it", () => {
  const page = (line: string) => `Two held after shooting at bus stop\n\nA man was shot and wounded while waiting at a bus stop in the town centre on Saturday night.\n\nTwo men were arrested a short distance away.\n\n${line}\n`

  it('is no paragraph', () => {
    for (const line of ['We want to highlight your success stories - stories about challenges you overcame. Contact us at 555-0100 or', 'Do you have a story to share? Email us at news@example.com', "We'd love to hear from you: send your photos and videos on WhatsApp to 555 0100.", 'Share your story with us. Call 555-0100.']) {
      expect(parseStory(page(line)).paragraphs.at(-1)).toBe('Two men were arrested a short distance away.')
    }
  })

  it("keeps an appeal that someone made, and a sentence about readers' stories", () => {
    for (const line of ['We want to hear from anyone who saw the crash, the inspector said, urging witnesses to call 911.', 'Residents who have a story about the flood were asked to contact the council.']) expect(parseStory(page(line)).paragraphs.at(-1)).toBe(line)
  })
})

describe('an app\'s or a streaming service\'s promo line ending on "Anytime. Anywhere."', () => {
  const page = (line: string) => `Storm cuts power to island villages\n\nA storm cut power to a dozen island villages overnight, the power company said.\n\nCrews expect to restore supply by Sunday.\n\n${line}\n`

  it('is no paragraph', () => {
    for (const line of ['Stream the best of Example TV on ViewPlus. Anytime. Anywhere.', 'Watch live news on the Example app - anytime, anywhere', 'Download the Example News app: anywhere, anytime.']) {
      expect(parseStory(page(line)).paragraphs.at(-1)).toBe('Crews expect to restore supply by Sunday.')
    }
  })

  it('keeps sentences that say anytime, anywhere', () => {
    for (const line of ['Earthquakes can strike anytime, anywhere.', 'Watch out: thieves strike anytime, anywhere, police warned.']) expect(parseStory(page(line)).paragraphs.at(-1)).toBe(line)
  })
})

describe('a letter to the readers over the story, asking them to pay or subscribe', () => {
  const story = 'Dock workers at the container port stayed off the job for an eighth day on Monday.'
  const page = (greeting: string, body: string, signOff: string) => `Port strike enters its second week\n\nMarch 12, 2024 08:15\n\n${greeting}\n${body}\n\n${signOff}\n\nJane Roe, Publisher, Harbour Chronicle Group\n\n\n${story}\n\nUnion leaders said they would meet the employers again on Thursday.\n`

  it('is the site\'s, greeting, appeal, sign-off and the names signed under it', () => {
    for (const [greeting, signOff] of [['Dear Reader,', 'Thank you,'], ['Dear valued subscriber,', 'Sincerely,'], ['Chers lecteurs,', 'Merci,'], ['Liebe Leserinnen und Leser,', 'Danke,'], ['Querido lector:', 'Atentamente,']]) {
      const parsed = parseStory(page(greeting!, 'Good reporting costs money. For $4 a month you can become a member and support our work.', signOff!))
      expect(parsed.paragraphs[0]).toBe(story)
      expect(parsed.authors).toEqual([])
    }
  })

  it('leaves a letter that asks for nothing to the story', () => {
    const parsed = parseStory('Paper moves to the quay\n\nMarch 12, 2024 08:15\n\nThe Harbour Chronicle printed its last edition on Market Street on Sunday.\n\nDear readers,\nToday the paper moves to its new offices on the quay, after ninety years on Market Street.\n\nThank you,\n\nJane Roe, Publisher\n\nThe move took three weeks, the paper said.\n')
    expect(parsed.paragraphs).toContain('Dear readers,')
    expect(parsed.paragraphs).toContain('Today the paper moves to its new offices on the quay, after ninety years on Market Street.')
  })
})

describe("a picture's text printed twice, the copies run together with no blank line between", () => {
  const caption = 'Soldiers walk through the covered market in the old town on the first night of the new patrols, which the army will run until the end of the month.'
  const lede = '"Now we can stay open after dark again," said a fruit seller who has worked in the market for thirty years.'
  const more = 'Traders said thefts had doubled since the start of the year, and several stalls closed at sunset.'

  it("is the picture's, where the story's paragraphs are set apart by blank lines", () => {
    const story = parseStory(`Market traders welcome night patrols\n\nJune 3, 2022\n${caption}\n${caption}\n\n${lede}\n\n${more}\n`)
    expect(story.paragraphs).toEqual([lede, more])
    const within = parseStory(`Market traders welcome night patrols\n\nJune 3, 2022\n\n${lede}\n\n${caption}\n${caption}\n\n${more}\n\nA police spokesman said the patrols would be reviewed.\n`)
    expect(within.paragraphs).not.toContain(caption)
  })

  it('keeps one copy of a paragraph printed twice with a blank line between, or on a page with no blank lines', () => {
    expect(parseStory(`Market traders welcome night patrols\n\nJune 3, 2022\n\n${lede}\n\n${caption}\n\n${caption}\n\n${more}\n`).paragraphs).toEqual([lede, caption, more])
    expect(parseStory(`Market traders welcome night patrols\nJune 3, 2022\n${lede}\n${caption}\n${caption}\n${more}\n`).paragraphs).toEqual([lede, caption, more])
  })
})

describe("a box of other stories' headlines between two paragraphs, without a heading", () => {
  const titles = ["Island's ferry operator to cut winter sailings by a third", 'Heart surgery waiting lists: ‘We were told it could be two more years’', 'Working from home: Staff ‘are being told to come back five days a week’']
  const page = (over: string) => ['Woman charged over arson at harbour warehouse', 'A woman has been charged with arson after a fire destroyed a warehouse on the harbour front early on Sunday.', over, ...titles, 'The court heard that the warehouse had been empty for several months.', 'She will appear again next week.'].join('\n')

  it('is the site\'s', () => {
    const story = parseStory(page('The accused appeared before the district court on Monday and was remanded in custody.'))
    for (const title of titles) expect(story.paragraphs).not.toContain(title)
    expect(story.paragraphs).toContain('The court heard that the warehouse had been empty for several months.')
  })

  it('keeps a list the story brings in', () => {
    for (const over of ['The charges against her are as follows:', 'Prosecutors listed the charges, which include the following.']) {
      const story = parseStory(page(over))
      for (const title of titles) expect(story.paragraphs).toContain(title)
    }
  })
})

describe('a standfirst of one sentence over the lede, told again further down', () => {
  const lede = "Officially the council's ruling group took no position on Tuesday, leaving its members free to vote as they wished."

  it('is no paragraph of the story', () => {
    const story = parseStory(`Council split over market hall sale\n\nCouncillor Jane Roe proposes that two thirds of the council must approve any sale of the market hall.\n\n${lede}\n\nUnder the motion, put forward by Councillor Jane Roe and eleven others, two thirds of the council would have to approve any sale of the market hall.\n\nA final vote is due next month.\n`)
    expect(story.paragraphs[0]).toBe(lede)
  })

  it('keeps a lede that a statement quoted further down says again', () => {
    const first = 'A man has been arrested in the harbour district as part of an investigation into an armed gang.'
    const story = parseStory(`Man arrested in gang inquiry\n\n${first}\n\nThe 57-year-old was arrested following the search of a house in the harbour district.\n\n“A man was arrested in the harbour district as part of an ongoing investigation into an armed gang,” a police spokesperson said.\n\nHe is being questioned by detectives.\n`)
    expect(story.paragraphs[0]).toBe(first)
  })
})

describe("a picture's caption between paragraphs told as the things shown and what was done with them", () => {
  const lede = 'Coastguard officers in the eastern district have arrested three men whom they caught with boxes of ammunition and other items believed to have been brought into the country illegally.'
  const next = 'Reports are that in the early hours of Sunday morning, an intelligence-led operation at the river mouth found the boat moored near the old jetty with its lights off.'
  const page = (line: string) => `Three held after ammunition found on boat\n\n${lede}\n\n${line}\n\n${next}\nAs a result of the search, the men were arrested.\nThey are expected in court on Monday.\n`

  it("is the picture's", () => {
    for (const line of ['The crates that Police found on the jetty', 'The rifles that Customs seized at the port', 'Some of the cash that Police recovered in the house', 'The car which Police stopped on the highway']) {
      expect(parseStory(page(line)).paragraphs).not.toContain(line)
    }
  })

  it('keeps a crosshead', () => {
    expect(parseStory(page('The road that never was')).paragraphs).toContain('The road that never was')
  })
})

describe("a broadcaster's caption label run on with its caption on one line", () => {
  const page = (line: string) => `Town counts cost of flash floods\n\nA clean-up is under way in a market town after a night of thunderstorms sent water pouring through its high street.\n\n${line}\n\nThe council said skips would be left in the square.\n`

  it("is the picture's", () => {
    for (const line of ['Media caption, Residents describe the flood', 'Image caption, Sandbags outside the bakery on Mill Lane', 'Video caption, Watch: the moment the roof fell']) expect(parseStory(page(line)).paragraphs).not.toContain(line)
  })

  it('keeps sentences that speak of captions', () => {
    for (const line of ['Image captions, he said, were often wrong.', 'The media caption, printed under the picture, named the wrong street.']) expect(parseStory(page(line)).paragraphs).toContain(line)
  })
})

describe('a call to comment between the lead picture and the story', () => {
  const page = (prompt: string) => `Harbour town counts cost of storm surge\n\nVolunteers stack sandbags along the quay wall. PIC: Jane Roe\n${prompt}\n\nShopkeepers on the lower quay spent Sunday pumping water from their cellars after a storm surge pushed the sea over the harbour wall.\n\nThe county council said forty properties had been flooded overnight.\n`

  it('is no headline, in any wording or language', () => {
    for (const prompt of ['Have your say', 'Your say', 'Comment on this story', 'Share your views', 'View comments (12)', 'Join the debate', 'Votre avis', 'Ihre Meinung', 'Deja tu comentario']) expect(parseStory(page(prompt)).headline).toBe('Harbour town counts cost of storm surge')
  })

  it('leaves a title that opens with the same words a title', () => {
    for (const title of ['Have your say on the new bus routes', 'Your say: readers on the harbour wall']) expect(parseStory(`${title}\n\nBy Jane Roe\n\nThe council has opened a consultation on the routes, which would link the quay to the station.\n\nReplies close at the end of the month.\n`).headline).toBe(title)
  })
})

describe("a page that opens on its first paragraph and the wire's dateline, no title printed", () => {
  const lede = 'PORT ALDER, May 3 (ONA) -- Board President Mara Venn Solberg has chaired a meeting of the Ostland Harbour Board held at the Port Alder container terminal.'
  const second = 'The meeting of the Harbour Board, held at the container terminal in Port Alder and chaired by Board President Mara Venn Solberg, was attended by Board Vice President Tomas Rhee and the Harbour Master of Port Alder.'
  const more = 'The board also approved a plan to move the fish market to the eastern quay.'

  it('reads the dateline in its many shapes', () => {
    for (const text of [
      'PORT ALDER, 19th November, 2025 (ONA) -- The Harbour Board has approved a new deep-water berth at the container terminal on the north quay.',
      'Port Alder, Jan. 19, 2026 (Example News) – The governor has assured residents that the ferry service will resume before the end of the month.',
      'NEW DELHI, March 3 (PTI): The court on Monday asked the state to explain why the hearing had been put off three times since the spring.',
      'Port Alder, Mar 3 (EXA) The mayor said on Monday that the bridge would stay shut to lorries until engineers had finished their survey.',
      'KATHMANDU, Nov 20 (Reuters) - Police rearrested seven prisoners who had escaped during the protests in September, officials said on Thursday.',
      'PORT ALDER — The board voted on Tuesday to close the old fish market and move its traders to the eastern quay next spring.',
      'SÃO VICENTE, 4 de maio (Lusa) - O conselho aprovou na segunda-feira um novo cais para os navios de carga que chegam ao porto.',
    ]) expect(wireLede(text)).toBe(true)
  })

  it('leaves titles that open on a place and a dash, and sentences with brackets in them', () => {
    for (const text of [
      'LONDON - Police hunt man after stabbing in park near the station',
      'PARIS (AFP) - Strike ends.',
      'Harbour Board (HB) chairman resigns after a long row over the berth contract with the council and the union.',
      'The Harbour Board (HB) said on Monday that the berth would open next year, ahead of the schedule agreed with the union.',
    ]) expect(wireLede(text)).toBe(false)
  })

  it('gives no headline and keeps the paragraph as the lede', () => {
    const story = parseStory([lede, '', second, '', more].join('\n'))
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toBe(lede)
  })

  it('still reads the title printed over such a lede', () => {
    expect(parseStory(['Harbour Board meets at the container terminal', '', lede, '', second, '', more].join('\n')).headline).toBe('Harbour Board meets at the container terminal')
  })
})

describe("a header's stamp, a date among labels and figures, over a story printed without its title", () => {
  const body = 'The county council has agreed to keep the mobile library running for another two years after residents collected more than 3,000 signatures.\n\nCouncillors had proposed ending the service in April, but the cabinet member said on Tuesday that the van would keep its round.\n'

  it('is no headline, and dates the story', () => {
    for (const stamp of ['Updated: May 3, 2024 Credibility: 85%', 'Published: 3 May 2024 | Reading time: 4 min', 'Posted: May 3, 2024 Comments: 0']) {
      const story = parseStory(`${stamp}\n\n${body}`, { timeZone: 'UTC' })
      expect(story.headline).toBe('')
      expect(story.publishedAt).toBe('2024-05-03T00:00:00.000Z')
    }
    expect(parseStory(`May 3, 2024 · Views: 1,203\n\n${body}`, { timeZone: 'UTC' }).headline).toBe('')
  })

  it('leaves a title with a figure and a date in it a title', () => {
    for (const title of ['Turnout: 65% on May 3, 2024 as the county votes', 'Library vote: 3,000 sign by May 3, 2024']) expect(parseStory(`${title}\n\n${body}`, { timeZone: 'UTC' }).headline).toBe(title)
  })
})

describe("a desk's byline printed without its \"By\" between the deck and the date", () => {
  const page = (byline: string) => `Harbour Board delays berth vote\n\nTraders ask for more time to study the plans\n\n${byline}\n\nTuesday, March 5, 2024\n\nThe Harbour Board has put off a vote on the new berth after traders at the fish market asked for more time to study the plans.\n\nThe board will meet again next Monday.\n`

  it('signs the story and is no headline', () => {
    for (const byline of ['Courier staff reporter', 'Staff writer', 'Times Staff', 'A staff reporter', 'Our Correspondent']) {
      const story = parseStory(page(byline), { timeZone: 'UTC' })
      expect(story.headline).toBe('Harbour Board delays berth vote')
      expect(story.authors).toEqual([{ kind: 'desk', name: byline }])
    }
  })

  it('leaves staff that are no byline', () => {
    for (const line of ['Hospital staff', 'Newsroom staff walk out', 'The Reporter']) expect(deskByline.test(line)).toBe(false)
  })
})

describe('a title\'s tail or deck opening on a dash over a story printed without its title', () => {
  const body = 'The commander of the eastern division on Friday said officers had been moved to the harbour district after a second break-in at the fuel depot.\nTwo men were seen climbing the fence late on Wednesday, and a watchman called the police.\nThe division will keep extra officers at the depot until new lights are put up.\n'

  it('is no headline, whatever the dash', () => {
    for (const fragment of ['— Port Alder police say patrols stepped up', '– police say on alert', '-- Minister vows to act', '- Police on alert in the harbour district']) {
      const story = parseStory(`${fragment}\n${body}`)
      expect(story.headline).toBe('')
      expect(story.paragraphs[0]).toMatch(/^The commander/)
    }
  })

  it('leaves a title with a figure after a minus sign or a dash inside it', () => {
    for (const title of ['-5C: coldest night of the winter in the hills', 'Depot raided again – police step up patrols']) expect(parseStory(`${title}\n${body}`).headline).toBe(title)
  })
})

describe("another story's teaser over a story printed without its title, the teaser again under a Read-also label", () => {
  const teaser = 'Due to open in the spring, the two electric boats will carry up to 40 cars each on the half-hour crossing to the island'
  const page = (label: string, top = teaser) => `${top}\nLorries heavier than 40 tonnes will be banned from the old harbour bridge from next month, the county council said on Monday.\nThe ban is meant to protect the bridge's iron spans until a new crossing is built further upstream.\n${label}\nPolice will enforce the ban with cameras at both ends of the bridge.\n`

  it('is no headline, the label over the teaser or on its line', () => {
    for (const label of [`ALSO READ:\n${teaser}`, `Read also:\n${teaser}`, `Related: ${teaser}`, `READ MORE: ${teaser}`]) {
      const story = parseStory(page(label))
      expect(story.headline).toBe('')
      expect(story.paragraphs[0]).toMatch(/^Lorries heavier/)
    }
  })

  it('leaves a title printed over the story a title, whatever the Read-also label carries', () => {
    expect(parseStory(page(`Read also:\n${teaser}`, 'Heavy lorries banned from old harbour bridge')).headline).toBe('Heavy lorries banned from old harbour bridge')
  })
})

describe("a picture's caption telling its scene over a story printed without its title", () => {
  const body = 'Two players from the visiting side must stay in isolation before the final, the league said on Monday.\n\nThe players travelled with the squad on the team bus from the airport.\n'

  it('is no headline', () => {
    for (const caption of ['The team bus after arriving at the Harbour Stadium', 'The presidential plane after landing in Port Alder', 'A crowd outside the court while waiting for the verdict']) {
      expect(sceneCaption(caption)).toBe(true)
      expect(parseStory(`${caption}\n\n${body}`).headline).toBe('')
    }
  })

  it('leaves titles that say what happened or ask', () => {
    for (const title of ['The plane lands after circling for an hour', 'The team after winning: what next?', 'Players isolated after testing positive', 'The squad was tested after arriving', 'The mayor resigns after losing the vote']) expect(sceneCaption(title)).toBe(false)
    expect(parseStory(`Players isolated after testing positive\n\n${body}`).headline).toBe('Players isolated after testing positive')
  })
})

describe("a publisher's note about itself in a box over the title", () => {
  const body = 'Island residents will pay the same ferry fares next year after the county council agreed to cover the rise in fuel costs.\n\nThe freeze will be reviewed in the autumn.\n'

  it('is read as such in its wordings', () => {
    for (const note of [
      'Harbour Media Group is an independent media house with no ties to any party or owner. We publish two newspapers.',
      'We are a non-profit newsroom covering the islands and the coast, funded by our readers.',
      "Harbour Group is Ostland's leading newspaper publisher; our titles reach every county.",
      'Harbour News Ltd is the largest independent publisher of local news in the north, and we answer to our readers alone.',
    ]) expect(chromeRuleFinder(defaultChromeRules)(note)?.reason).toBe('publisher boilerplate')
  })

  it('leaves sentences of a story about a paper', () => {
    for (const sentence of ['The Harbour Courier is a newspaper that has been printed since 1870.', 'Jane Roe is an independent candidate for the harbour ward.', 'The station is the only local broadcaster left in the county.', "Harbour Group is Ostland's leading newspaper publisher, with titles in every county."]) expect(chromeRuleFinder(defaultChromeRules)(sentence)).toBeUndefined()
  })

  it('does not hide the title under it', () => {
    const story = parseStory(`×\nCourier\n\nHarbour Media Group is an independent media house with no ties to any party or owner. We publish two newspapers: the Courier, a daily, and the Sunday Courier, a weekly.\n\nFerry fares frozen for island residents\n\nBY JANE ROE\n\n${body}`)
    expect(story.headline).toBe('Ferry fares frozen for island residents')
    expect(story.paragraphs[0]).toMatch(/^Island residents/)
  })
})

describe('summary points printed without bullets over a story printed without its title', () => {
  const lede = 'Road crews are working through the night to clear the pass road after a second day of heavy snow left drifts of up to two metres and stranded dozens of drivers near the summit.'
  const more = 'The county said buses would take stranded drivers down to the valley once one lane was open.'

  it('gives no headline, the points the page’s and the lede the first paragraph', () => {
    for (const points of [
      ['Heavy snow has closed the mountain passes.', 'Drivers were stranded overnight at two service stations.', 'Three villages in the upper valley are cut off.'],
      ['Snow closes the passes.', 'Dozens of drivers stranded overnight.', 'Three villages cut off.', 'More snow due at the weekend.'],
    ]) {
      const story = parseStory([...points, lede, more].join('\n\n'))
      expect(story.headline).toBe('')
      expect(story.paragraphs[0]).toBe(lede)
    }
  })

  it('leaves a title closed by a full stop over its deck, and two short paragraphs over a lede', () => {
    expect(parseStory(['Snow closes the mountain passes.', 'Crews work through the night.', lede, more].join('\n\n')).headline).not.toBe('')
    expect(parseStory(['Snow Closes All Three Mountain Passes.', 'Drivers were stranded overnight at two service stations.', 'Three villages in the upper valley are cut off.', lede, more].join('\n\n')).headline).toBe('Snow Closes All Three Mountain Passes.')
  })
})

describe('a signed byline with the writer\'s job title run on after the name, no comma between', () => {
  it('keeps the name and drops the title', () => {
    expect(parseByline('By Tomasz K. Brennan Bureau Chief')).toEqual([{ kind: 'person', name: 'Tomasz K. Brennan' }])
    expect(parseByline('By Jane Roe Senior Reporter')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseByline('By Ana Lima Political Editor')).toEqual([{ kind: 'person', name: 'Ana Lima' }])
    expect(parseByline('By Jan Novák Chief Correspondent')).toEqual([{ kind: 'person', name: 'Jan Novák' }])
    expect(parseByline('By Mei Lin Chen Health Writer')).toEqual([{ kind: 'person', name: 'Mei Lin Chen' }])
  })

  it('leaves a role alone, with no name before it, as the desk it was', () => {
    expect(parseByline('By Our Chief Correspondent')).toEqual([{ kind: 'desk', name: 'Our Chief Correspondent' }])
    expect(parseByline('By Staff Reporter')).toEqual([{ kind: 'desk', name: 'Staff Reporter' }])
    expect(parseByline('By Senior Staff Writer')).toEqual([{ kind: 'desk', name: 'Senior Staff Writer' }])
    expect(parseByline('By Local News Reporter')).toEqual([{ kind: 'desk', name: 'Local News Reporter' }])
  })
})

describe('a web edition\'s or network\'s name ("X Online", "X Network", "X Newswire") as a byline', () => {
  it('is a desk, signed or beside its date', () => {
    expect(parseByline('By Riverline Online')).toEqual([{ kind: 'desk', name: 'Riverline Online' }])
    expect(parseByline('By Harbour Network')).toEqual([{ kind: 'desk', name: 'Harbour Network' }])
    expect(parseByline('Jane Roe, Example Online')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'Example Online' }])
    const story = parseStory('Grain silos approved for river port\n\nRiverline Online, Tuesday 14 May 2024\nThe river port authority approved on Tuesday a plan to build four new grain silos on the eastern quay before the harvest.\nThe silos should be finished by the end of September, the authority said.\n')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Riverline Online' }])
  })

  it('leaves a person\'s name a person\'s', () => {
    expect(parseByline('By Jane Roe')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseByline('Jane Online')).toBeNull()
  })
})

describe('a page\'s counters glued to the end of a signed name', () => {
  it('drops the digits, up to six of them', () => {
    expect(parseByline('By Marios Leontiou0347')).toEqual([{ kind: 'person', name: 'Marios Leontiou' }])
    expect(parseByline('By Jane Roe12')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseByline('By Ana Lima104512')).toEqual([{ kind: 'person', name: 'Ana Lima' }])
  })

  it('keeps an ordinal set apart and reads a code as no name', () => {
    expect(parseByline('By Jane Roe 2nd')).toEqual([{ kind: 'person', name: 'Jane Roe 2nd' }])
    expect(parseByline('By x7b12')).toBeNull()
  })
})

describe('a paper\'s one-word name before its staff\'s role, alone where the byline goes', () => {
  const page = (byline: string) => `Bus operators freeze fares across eastern parishes\n\n${byline}\n\nTuesday, October 8, 2019\n\nCommuters in the eastern parishes will pay the same bus fares until at least March after operators agreed to hold prices.\n\nPassenger groups welcomed the decision but said late buses were their main complaint.\n`

  it('signs as the paper\'s desk, in either case', () => {
    expect(parseStory(page('Courier staff reporter')).authors).toEqual([{ kind: 'desk', name: 'Courier staff reporter' }])
    expect(parseStory(page('Gleaner Staff Reporter')).authors).toEqual([{ kind: 'desk', name: 'Gleaner Staff Reporter' }])
    expect(parseStory(page('Nation staff writers')).authors).toEqual([{ kind: 'desk', name: 'Nation staff writers' }])
  })

  it('leaves a rank before the role, a signed role and a named writer as they were', () => {
    expect(parseStory(page('Senior Staff Writer')).authors).toEqual([])
    expect(parseStory(page('By Staff Reporter')).authors).toEqual([{ kind: 'desk', name: 'Staff Reporter' }])
    expect(parseStory(page('Jane Roe Staff Reporter')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})

describe('a lede\'s dateline with the day and its year, then the agency or site in brackets', () => {
  const page = (lede: string) => `Coastal rail link reaches its halfway mark\n\n${lede} Work on the coastal rail link passed its halfway mark on Tuesday, the transport ministry said.\n\nThe ministry said the line would open to passengers in the spring of 2027.\n`

  it('is signed by the bracket and dated by the day', () => {
    for (const [lede, name, day] of [
      ['PORT ALDER, 21st October, 2025 (HNA) --', 'HNA', '2025-10-21'],
      ['Ikeja, Feb. 3, 2026 (Harbour247news) –', 'Harbour247news', '2026-02-03'],
      ['Kigali, 2nd March 2024 (New Times):', 'New Times', '2024-03-02'],
      ['SANDMERE, November 4th, 2025 (Example Wire) —', 'Example Wire', '2025-11-04'],
    ] as const) {
      const story = parseStory(page(lede))
      expect(story.authors).toEqual([{ kind: 'desk', name }])
      expect(story.publishedAt?.slice(0, 10)).toBe(day)
    }
  })

  it('names no one for a revision label, and dates nothing without the year', () => {
    expect(parseStory(page('PORT ALDER, 21st October, 2025 (Updated) --')).authors).toEqual([])
    expect(parseStory(page('Madrid, May 4 (Example Wire) –')).publishedAt).toBeNull()
  })
})

describe('the paper\'s own name in the lede\'s dateline over an agency\'s initials closing the story', () => {
  const page = (dateline: string, close: string) => `Health ministry opens two new isolation wards\n\n${dateline} The health ministry has opened two new isolation wards at the regional hospital as cases rise.\n\nDoctors urged residents to report fevers early.\n\n${close}\n`

  it('is signed by the agency', () => {
    expect(parseStory(page('Port Alder, Vale | THE HARBOUR LEDGER |', 'XNA')).authors).toEqual([{ kind: 'desk', name: 'XNA' }])
    expect(parseStory(page('PORT ALDER (Harbour Ledger) —', 'KNS')).authors).toEqual([{ kind: 'desk', name: 'KNS' }])
  })

  it('keeps an agency named in the dateline, and the paper when nothing closes the story', () => {
    expect(parseStory(page('PORT ALDER (Reuters) —', 'XNA')).authors).toEqual([{ kind: 'desk', name: 'Reuters' }])
    expect(parseStory(page('Port Alder, Vale | THE HARBOUR LEDGER |', 'Share this story')).authors).toEqual([{ kind: 'desk', name: 'THE HARBOUR LEDGER' }])
  })
})

describe('a page\'s score for the story closing the date\'s row ("Credibility: 85%", "Rating: 4.5/5")', () => {
  const page = (stamp: string) => `Water supply restored to four districts\n\n${stamp}\n\nThe state water corporation has restored supply to four districts after repairing a burst trunk main over the weekend.\n\nResidents were advised to run their taps for a few minutes before drinking the water.\n`

  it('leaves the row a date line', () => {
    expect(parseStory(page('Updated: Mar 3, 2025 Credibility: 90%')).publishedAt).toBe('2025-03-03T00:00:00.000Z')
    expect(parseStory(page('Published: Mar 3, 2025 Rating: 4.5/5')).publishedAt).toBe('2025-03-03T00:00:00.000Z')
    expect(parseStory(page('Mar 3, 2025 Trust score: 92 %')).publishedAt).toBe('2025-03-03T00:00:00.000Z')
    expect(parseStory(page('Updated: Mar 3, 2025 Credibility: 90%')).headline).toBe('Water supply restored to four districts')
  })

  it('does not date the story by a sentence with a share in it', () => {
    expect(parseStory(page('Turnout on Mar 3, 2025 reached: 85%')).publishedAt).toBeNull()
  })
})

describe('a blog theme\'s comment heading with the title left out of quotes ("7 Responses to Title")', () => {
  const page = (heading: string) => `Bridge lane closed after lorry strikes railing\n\nOne lane of the harbour bridge was closed on Tuesday after a lorry struck the railing on the southern approach.\n\nEngineers said repairs would take two days.\n\n${heading}\n\n1. Delia Marchbank\nDelia Marchbank June 4, 2024 at 8:12 pm\n\nThat railing has been loose for months.\n`

  it('ends the story, so its commenters sign nothing and their times date nothing', () => {
    for (const heading of ['3 Responses to Bridge lane closed after lorry strikes railing', 'Two Replies to Bridge lane closed', '12 thoughts on Bridge lane closed after lorry strikes railing']) {
      const story = parseStory(page(heading))
      expect(story.authors).toEqual([])
      expect(story.publishedAt).toBeNull()
      expect(story.paragraphs.at(-1)).toBe('Engineers said repairs would take two days.')
    }
  })

  it('leaves a sentence about responses in the story', () => {
    const story = parseStory(`Council weighs two plans for the old market\n\nThe council received 40 responses to its consultation on the old market.\n\nTwo responses to the plan came from traders' groups.\n\nA decision is due in June.\n`)
    expect(story.paragraphs).toContain("Two responses to the plan came from traders' groups.")
  })
})

describe('a comment\'s row, its time and the reply button after it', () => {
  const page = (row: string) => `Minister defends new ferry contract\n\nThe transport minister on Tuesday defended the award of the new inter-island ferry contract.\n\nThe minister said the contract would be tabled in the House next week.\n\nRelated Articles\n\n1. Harbour-Watcher\n${row}\n\nNot again\n`

  it('dates nothing and signs nothing', () => {
    for (const row of ['March 12, 2019 at 4:15 pm Reply', 'Lenora Price 12 March 2019 at 16:15 | Reply', 'March 12, 2019 at 4:15 pm REPLY']) {
      const story = parseStory(page(row))
      expect(story.publishedAt).toBeNull()
      expect(story.authors).toEqual([])
    }
  })

  it('leaves a date row without the button a date', () => {
    expect(parseStory(`Minister defends new ferry contract\n\nMarch 12, 2019 at 4:15 pm\n\nThe transport minister on Tuesday defended the award of the new inter-island ferry contract.\n\nThe minister said the contract would be tabled in the House next week.\n`).publishedAt).toBe('2019-03-12T16:15:00.000Z')
  })
})

describe('a header\'s weather widget, the temperature then the city, over the day\'s date', () => {
  const page = (widget: string) => `${widget}\n14 March, 2025\n\nCouncil to widen pavements on harbour road\n\nThe council will widen the pavements along the harbour road in the autumn, after complaints from pedestrians.\n\nShop owners said they supported the plan.\n`

  it('makes the date the day the page was shown, not the story\'s', () => {
    for (const widget of ['27° Valletta,', '31°C Colombo', '-4 °F Fargo', '12.5° Port Alder']) expect(parseStory(page(widget)).publishedAt).toBeNull()
  })

  it('leaves a date with no widget beside it the story\'s', () => {
    expect(parseStory(page('Home / News')).publishedAt).toBe('2025-03-14T00:00:00.000Z')
  })
})

describe('the newsroom signing as itself on a line of its own ("Newsroom", "Harbour Newsroom")', () => {
  const story = (header: string) => parseStory(`${header}\n\nFerry crews will stop work for 24 hours on Friday in a dispute over new rosters, their union said on Tuesday.\n\nTalks between the two sides are due to resume next week.\n`)

  it('is the desk\'s byline where the byline goes', () => {
    expect(story('Ferry crews to strike on Friday over rosters\n\nCrews say new rosters leave them too little rest\n\nNewsroom').authors).toEqual([{ kind: 'desk', name: 'Newsroom' }])
    expect(story('Ferry crews to strike on Friday over rosters\n\nHarbour Newsroom').authors).toEqual([{ kind: 'desk', name: 'Harbour Newsroom' }])
  })

  it('signs nothing as a menu\'s item over the headline', () => {
    expect(story('Home\nNewsroom\nContact\n\nFerry crews to strike on Friday over rosters').authors).toEqual([])
  })
})

describe('an unsigned name with the writer\'s job title run on after it, no comma between', () => {
  const page = (byline: string) => `Desalination plant to double output by 2027\n\n${byline}\n10:40 April 2, 2024\n\nThe state water company will double the output of its coastal desalination plant by 2027, it said on Tuesday.\n\nThe company said bills would not rise to pay for the work.\n`

  it('keeps the name (an initial in it or not) and drops the title', () => {
    expect(parseStory(page('Tomasz K. Brennan Bureau Chief')).authors).toEqual([{ kind: 'person', name: 'Tomasz K. Brennan' }])
    expect(parseStory(page('Jane Roe Senior Columnist')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseStory(page('Jane Q. Roe Staff Writer')).authors).toEqual([{ kind: 'person', name: 'Jane Q. Roe' }])
    expect(parseStory(page('Jane Roe, Bureau Chief')).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })

  it('leaves a role alone with no name', () => {
    expect(parseStory(page('Senior Staff Writer')).authors).toEqual([])
  })
})

describe('a paper\'s correspondent named by role in a byline set in capitals', () => {
  it('is the paper\'s desk, named in title case, the place after it no name', () => {
    expect(parseByline('BY OUR CORRESPONDENT')).toEqual([{ kind: 'desk', name: 'Our Correspondent' }])
    expect(parseByline('BY OUR SPECIAL CORRESPONDENT, LAKESIDE')).toEqual([{ kind: 'desk', name: 'Our Special Correspondent' }])
    expect(parseByline('BY HT CORRESPONDENT')).toEqual([{ kind: 'desk', name: 'HT Correspondent' }])
  })

  it('leaves a person\'s name in capitals a person\'s', () => {
    expect(parseByline('BY JANE ROE')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseByline('BY JANE ROE AND JOHN DOE')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'person', name: 'John Doe' }])
  })
})

describe('a byline\'s label in other languages ("Por", "Av", beside "Von" and "Par")', () => {
  it('signs the name after it, also in capitals or with a colon', () => {
    expect(parseByline('Por Juan Pérez')).toEqual([{ kind: 'person', name: 'Juan Pérez' }])
    expect(parseByline('POR JUAN CARLOS PÉREZ')).toEqual([{ kind: 'person', name: 'Juan Carlos Pérez' }])
    expect(parseByline('Av Ola Nordmann')).toEqual([{ kind: 'person', name: 'Ola Nordmann' }])
    const story = parseStory('Nuevo puente abre al tráfico en el puerto\n\nPOR JUAN CARLOS PÉREZ\n\nEl nuevo puente del puerto abrió al tráfico el lunes después de tres años de obras, según el ayuntamiento.\n\nLa obra costó 40 millones de euros.\n')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Juan Carlos Pérez' }])
  })

  it('is no label inside a word ("Portia", "Avalanche"), nor a given name that is also a label elsewhere ("Oleh")', () => {
    expect(parseByline('Portia Jones')).toEqual([{ kind: 'person', name: 'Portia Jones' }])
    expect(parseByline('By Oleh Kovalenko')).toEqual([{ kind: 'person', name: 'Oleh Kovalenko' }])
    expect(parseByline('Avalanche Warning Issued')).toBeNull()
  })
})

describe('the lead picture\'s alternative text under the title: its opening words again in lower case', () => {
  it('is no headline, printed once or twice over the date', () => {
    const story = parseStory('Ferry shelter reopens after winter storm damage\n\nferry shelter reopens after storm\nferry shelter reopens after storm\nPosted at 9:00 AM, Jan 5, 2021\n\nThe ferry shelter on the east quay reopened on Tuesday after repairs to the roof that the January storm tore open.\n\nThe council said the work cost less than expected.\n')
    expect(story.headline).toBe('Ferry shelter reopens after winter storm damage')
  })

  it('leaves a title in lower case with no title over it a title', () => {
    const story = parseStory('ferry shelter reopens after storm\nPosted at 9:00 AM, Jan 5, 2021\n\nThe ferry shelter on the east quay reopened on Tuesday after repairs to the roof that the January storm tore open.\n\nThe council said the work cost less than expected.\n')
    expect(story.headline).toBe('ferry shelter reopens after storm')
  })
})

describe('a title tag\'s tails: a web address, or a headline the page prints again alone', () => {
  it('drops a web address as the site\'s name', () => {
    expect(withoutSiteSuffix('Orchard growers count the cost of a late frost | orchardnews.co.uk')).toBe('Orchard growers count the cost of a late frost')
    expect(withoutSiteSuffix('Rates held at 4% - www.example.com')).toBe('Rates held at 4%')
  })

  it('drops every tail when the page prints the words before them alone', () => {
    const lines = new Set(['ferry crews walk out over night shifts'])
    expect(withoutSiteSuffix('Ferry crews walk out over night shifts | ENGLISH | Harbour Post', lines)).toBe('Ferry crews walk out over night shifts')
  })

  it('keeps a tail in words of its own or a title whose head is not printed alone', () => {
    expect(withoutSiteSuffix('Ferry crews walk out - St.Louis')).toBe('Ferry crews walk out - St.Louis')
    expect(withoutSiteSuffix('Ferry crews walk out | ENGLISH', new Set(['ferry crews']))).toBe('Ferry crews walk out | ENGLISH')
  })
})

describe('a body\'s name and a participle as a title ("City Council convening Monday to elect new chair")', () => {
  const story = (title: string) => parseStory(`${title}\n\nThe council in Selvik will meet on Monday to elect a new chair, its office said on Thursday morning.\nSelvik City Council will sit in an extra session at 9 a.m. on Monday, the office said in a statement.\nTalks among Jane Roe and three other leaders have gone on since then.\n`)

  it('is the title, no caption naming who is in the picture', () => {
    expect(story('Selvik City Council convening Monday to elect new chair').headline).toBe('Selvik City Council convening Monday to elect new chair')
  })

  it('leaves a person\'s name and a participle a caption', () => {
    expect(story('Jane Roe speaking at the launch').headline).toBe('')
  })
})

describe('a feature cut short after its lede, the writer\'s name over its "By:" label and role', () => {
  const page = 'Ostland\n\nThe long wait: Ferry delays leave island towns short of supplies\n\nBoats at the quay in Varholm. Photo / Jane Roe\n\nTomas Lind\nBy:\n\nHarbour Post reporter based in Varholm\n\nOn the steep lane where her mother kept a shop for forty years, Anna Berg watches the empty sea and counts the days.\n\nDown at the quay the cranes stand idle over a pile of crates that have waited a week for a boat to take them to the\n'

  it('keeps the title, though one sentence of the story does not take up its words, and signs the story with the name', () => {
    const story = parseStory(page)
    expect(story.headline).toBe('The long wait: Ferry delays leave island towns short of supplies')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Tomas Lind' }])
  })
})

describe('a template\'s text key left untranslated ("news.modal.header", "site.nameHarbour …")', () => {
  const find = chromeRuleFinder(defaultChromeRules)

  it('is the page\'s alone on a line, and no word of the title it is glued before', () => {
    expect(find('news.modal.header')?.reason).toBe('template key')
    expect(find('article.share.title')?.reason).toBe('template key')
    const story = parseStory('site.harbourNew Harbour Board Holds First Meeting Monday\nThe new harbour board is holding its first meeting at 9am on Monday. It was named by the port authority two weeks after the old board stepped down.\nUnder the port\'s rules, the board must elect a chair at its first meeting.\nnews.modal.header\n')
    expect(story.headline).toBe('New Harbour Board Holds First Meeting Monday')
    expect(story.paragraphs).not.toContain('news.modal.header')
  })

  it('leaves host names and abbreviations alone', () => {
    expect(find('www.example.com')?.reason).not.toBe('template key')
    expect(find('news.example.com')?.reason).not.toBe('template key')
    expect(find('harbour.example.online')?.reason).not.toBe('template key')
  })
})
describe('a byline with its date after a double slash ("By Jane Roe // 2021.04.12.")', () => {
  it('signs the name alone, without the slashes', () => {
    expect(parseByline('By Jane Roe //')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    const story = parseStory('Old mill to reopen as a library\n\nBy Jane Roe // 2021.04.12.\n\nThe town\'s old mill will reopen as a library next spring, the council said on Monday.\n\nWork on the roof begins in the summer.\n', { timeZone: 'UTC' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.publishedAt).toBe('2021-04-12T00:00:00.000Z')
  })
})

describe('a brief\'s foot credit "Compiled by Jane Roe from press reports"', () => {
  it('signs the writer who compiled it; the reports it came from are no one\'s name', async () => {
    const { parseCreditsLine } = await import('../src/import/byline')
    expect(parseCreditsLine('Compiled by Jane Roe from press reports')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseCreditsLine('Compiled by Jane Roe from wire services and agencies')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseCreditsLine('Compiled by Jane Roe')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseCreditsLine('Reporting by Jane Roe; Compiled by John Doe')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'person', name: 'John Doe' }])
  })
})

describe('a source credit that names the kind of document ("Source: Release")', () => {
  it('names no desk: a press release or a statement is no outlet', () => {
    const story = parseStory('Police seek witnesses after a shed fire\n\nPolice are asking for the public\'s help after a garden shed burned down overnight in Lakeside.\n\nOfficers said the fire was set on purpose and that no one was hurt.\n\nSource: Release\n\nPolice remind drivers of school zone limits\n')
    expect(story.authors).toEqual([])
    const outlet = parseStory('Police seek witnesses after a shed fire\n\nPolice are asking for the public\'s help after a garden shed burned down overnight in Lakeside.\n\nOfficers said the fire was set on purpose and that no one was hurt.\n\nSource: Nordpress\n')
    expect(outlet.authors).toEqual([{ kind: 'desk', name: 'Nordpress' }])
  })
})

describe('a source credit under the lede that names two outlets ("Source: Dnevnik, Nordwire")', () => {
  it('signs each outlet as a desk', () => {
    const story = parseStory('Mayor says the bridge cannot be saved\n\nThe mayor has said the old stone bridge cannot be saved and will be replaced within five years.\n\nSource: Dnevnik, Nordwire\n\nSpeaking to the daily Dnevnik, the mayor said engineers had found cracks in two of the bridge\'s arches this spring.\n\nThe bridge was closed to lorries last year after a survey found the arches could no longer carry heavy loads.\n')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Dnevnik' }, { kind: 'desk', name: 'Nordwire' }])
  })

  it('signs none when one of the names is no outlet\'s', () => {
    const story = parseStory('Mayor says the bridge cannot be saved\n\nThe mayor has said the old stone bridge cannot be saved and will be replaced within five years.\n\nSource: Dnevnik, City Engineers\n\nSpeaking to the daily Dnevnik, the mayor said engineers had found cracks in two of the bridge\'s arches this spring.\n\nThe bridge was closed to lorries last year after a survey found the arches could no longer carry heavy loads.\n')
    expect(story.authors).toEqual([])
  })
})

describe('a picture gallery\'s button under the title ("Start Slideshow", "View Gallery")', () => {
  it('is no one\'s name', () => {
    expect(parseByline('Start Slideshow')).toBeNull()
    expect(parseByline('View Gallery')).toBeNull()
    expect(parseByline('By Jane Roe')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})

describe('a byline set in capitals whose words the page spells with an inner capital ("BY PORTBIZ STAFF", "PortBiz")', () => {
  it('takes the spelling the title or the story gives', () => {
    const story = parseStory('PortBiz deals report for June\n\nBY PORTBIZ STAFF\n\nHere is the PortBiz deals report for the first week of June.\n\nA boat builder has bought a smaller yard across the bay.\n')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'PortBiz Staff' }])
    const person = parseStory('Harbour fees to rise in spring\n\nBY JANE MCDONALD\n\nHarbour fees will rise in the spring, the port authority said, as Jane McDonald reported last week.\n\nThe authority said the rise would pay for dredging.\n')
    expect(person.authors).toEqual([{ kind: 'person', name: 'Jane McDonald' }])
  })

  it('keeps the title case when the page spells the words no other way', () => {
    const story = parseStory('Harbour fees to rise in spring\n\nBY PORTBIZ STAFF\n\nHarbour fees will rise in the spring, the port authority said.\n\nThe authority said the rise would pay for dredging.\n')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Portbiz Staff' }])
  })
})

describe('a date under a listed story\'s title in a related-story list under the story', () => {
  it('is the listed story\'s, no date of this one', () => {
    const story = parseStory('Two farmers detained in land dispute\n\nValley News Desk\n\nTwo farmers were detained on Monday after a quarrel over grazing rights turned into a fight at the market, police said.\n\nBoth men were released later in the day, according to their lawyer.\n\nrelated news\nVillage council votes to fence the common pasture\n26 April 2024\n/news/village-council-votes-to-fence-the-common-pasture-1234\n', { timeZone: 'UTC' })
    expect(story.publishedAt).toBeNull()
    expect(story.dropped).toContainEqual({ line: '26 April 2024', reason: 'related-story list' })
  })
})

describe('a header over the title that prints the publication and, under it, the update ("~ Modified On: …")', () => {
  it('reads the update as the last change, a tilde before its label as a list mark', () => {
    const story = parseStory('Date published: 14 March 2024 10:12\n ~ Modified On: 14 March 2024 11:40\n\nFerry service resumes after storm\n\nHarbour News Desk\n\nFerry service to the outer islands resumed on Thursday after a storm that had kept boats in port since Monday.\n\nAbout 400 passengers were taken across on the first two sailings.\n', { timeZone: 'UTC' })
    expect(story.publishedAt).toBe('2024-03-14T10:12:00.000Z')
    expect(story.modifiedAt).toBe('2024-03-14T11:40:00.000Z')
  })
})

describe('the header\'s date under a one-sentence deck, a subheading under the date ("Summary." / "Apr 4, 2024, updated …" / "Subheading")', () => {
  it('dates the story, the deck is the standfirst and the story goes on under the date', () => {
    const story = parseStory('Notes from the harbour town hall this spring\n\nThis week our column looks at a quiet budget vote and a bus shelter puzzle.\n\nApr 4, 2024, updated Apr 5, 2024\n\nQuiet budget vote\n\nThe council passed its spring budget on Tuesday in under ten minutes, the shortest debate anyone could remember.\n\nCouncillors said the figures had been settled in committee weeks earlier.\n', { timeZone: 'UTC' })
    expect(story.publishedAt).toBe('2024-04-04T00:00:00.000Z')
    expect(story.modifiedAt).toBe('2024-04-05T00:00:00.000Z')
    expect(story.standfirst).toBe('This week our column looks at a quiet budget vote and a bus shelter puzzle.')
    expect(story.paragraphs.at(-1)).toBe('Councillors said the figures had been settled in committee weeks earlier.')
  })
})

describe('a site\'s own address beside the date on the header\'s row ("Nordnews.lt 2023.05.02 10:15")', () => {
  it('signs as the site\'s desk when no one else does', () => {
    const story = parseStory('Parliament ends its spring session with a new holiday\n\nNordnews.lt 2023.05.02 10:15\n\nParliament closed its spring session on Tuesday after passing more than forty laws, among them a new public holiday.\n\nThe new holiday will first be observed next summer.\n', { timeZone: 'UTC' })
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Nordnews.lt' }])
    expect(story.publishedAt).toBe('2023-05-02T10:15:00.000Z')
  })

  it('lets a writer who signs take the byline, and reads no place with a full stop as an address', () => {
    const story = parseStory('Parliament ends its spring session with a new holiday\n\nBy Jane Roe\n\nNordnews.lt 2023.05.02 10:15\n\nParliament closed its spring session on Tuesday after passing more than forty laws, among them a new public holiday.\n\nThe new holiday will first be observed next summer.\n', { timeZone: 'UTC' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    const place = parseStory('Parliament ends its spring session with a new holiday\n\nSt.Louis 2023.05.02 10:15\n\nParliament closed its spring session on Tuesday after passing more than forty laws, among them a new public holiday.\n\nThe new holiday will first be observed next summer.\n', { timeZone: 'UTC' })
    expect(place.authors).toEqual([])
  })
})

describe('a writer\'s name printed over its "By:" label, the role under the label ("Jane Roe" / "By:" / "Valley Times reporter")', () => {
  it('signs the name over the label and leaves the role out of the story', () => {
    const story = parseStory('Dry autumn leaves valley farms short of winter feed\n\nJane Roe\nBy:\n\nValley Times reporter based in Riverton\n\nHalf the paddocks on the upper valley farms are bare after the driest autumn in forty years.\n\nFarmers said hay prices had almost doubled since the start of the season.\n')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.paragraphs[0]).toBe('Half the paddocks on the upper valley farms are bare after the driest autumn in forty years.')
  })

  it('leaves a title over the label to the title when the label\'s own name is under it', () => {
    const story = parseStory('Footbridge Letters Pile Up\nBy:\nJane Roe\n\nThe clerk has received a record number of letters about the footbridge this month.\n\nMost ask for it to reopen.\n')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})

describe('"Author: Jane Roe" under the last paragraph, a name printed twice under the title with no label', () => {
  it('signs the labelled writer, not the header\'s unlabelled name', () => {
    const page = 'Night Buses Added For The Festival Weekend\n\nLisbon Morning\n\nLisbon Morning\n\nThe city will run extra night buses on all main routes during the festival weekend, the transport office said.\n\nTickets bought for the festival will be valid on the night buses.\n\nAuthor: Jane Roe\n\n  • Share\n'
    expect(parseStory(page).authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })

  it('leaves a signed byline over the story as it is', () => {
    const page = 'Night Buses Added For The Festival Weekend\n\nBy John Doe\n\nThe city will run extra night buses on all main routes during the festival weekend, the transport office said.\n\nTickets bought for the festival will be valid on the night buses.\n\nAuthor: Jane Roe\n'
    expect(parseStory(page).authors).toEqual([{ kind: 'person', name: 'John Doe' }])
  })
})
describe('an advert\'s slot printed as the story\'s resumption ("Story continues below", "Article content continued")', () => {
  it('drops the slot\'s lines and keeps the paragraphs around them', () => {
    const story = parseStory('Mill to close its second line\n\nThe paper mill will close its second line in June, the owners said on Monday.\n\nStory continues below\nThis advertisement has not loaded yet, but your article continues below.\n\nArticle content continued\n\nAbout 40 jobs are affected by the closure, the union said.\n')
    expect(story.paragraphs).toEqual(['The paper mill will close its second line in June, the owners said on Monday.', 'About 40 jobs are affected by the closure, the union said.'])
  })

  it('leaves a sentence that says a story continues to the story', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('The story continues below the fold of every local paper, she said.')).toBeUndefined()
  })
})

describe('a proofreading prompt\'s question alone on its line ("Seen a mistake?")', () => {
  it('ends the story there', () => {
    const story = parseStory('Ferry adds a late crossing\n\nThe ferry will add a crossing at ten in the evening from May, the operator said.\n\nTickets go on sale next week.\n\nSeen a mistake?\n\nSelect the text and press Ctrl+Enter\n\nMost read\n')
    expect(story.paragraphs).toEqual(['The ferry will add a crossing at ten in the evening from May, the operator said.', 'Tickets go on sale next week.'])
  })
})

describe('a writer\'s address in angle brackets under the byline ("<[email protected]>")', () => {
  it('is the contact widget, not the first paragraph', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('<[email protected]>')?.reason).toBe('contact address')
    expect(find('<jane.roe@example.com>')?.reason).toBe('contact address')
  })
})

describe('a membership appeal that asks whether the reader liked the story ("Liked it? Take a second to support …")', () => {
  it('ends the story there', () => {
    const story = parseStory('Library extends its hours\n\nThe town library will stay open until nine on weekdays from March, the council said.\n\nLiked it? Take a second to support Town Notes on Patreon!\nBecome a patron\nMore News\n')
    expect(story.paragraphs).toEqual(['The town library will stay open until nine on weekdays from March, the council said.'])
  })

  it('leaves a quoted question about liking something to the story', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Liked it? Support for the plan grew after the vote, the mayor said.')).toBeUndefined()
  })
})

describe('a video player\'s controls printed as text over the story', () => {
  it('drops the countdown, the queue\'s notice, the buttons and a read counter', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    for (const line of ['Autoplay in... 6 (Cancel)', 'Up next in 5', 'Up Next No more videos! Playlist is empty -', 'Replay', 'Cancel', 'Next', 'Skip Ad']) expect(find(line)?.reason).toBe('video player')
    expect(find('1117 Reads')?.reason).toBe('share counter')
  })

  it('leaves sentences that begin with the same words to the story', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Up next, the council will hear from residents of the harbour district.')).toBeUndefined()
    expect(find('Next week the ferry will run on its winter timetable.')).toBeUndefined()
  })
})

describe('an outlet\'s notes about its own content: no warrant for its briefs\' accuracy, its independence, an opinion label', () => {
  it('drops each as the site\'s', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('The Valley Courier cannot vouch for the accuracy of the information presented in its news briefs.')?.reason).toBe('site disclaimer')
    expect(find('We do not guarantee the accuracy of the information published on this site.')?.reason).toBe('site disclaimer')
    expect(find('Our journalism rests on impartiality. North Radio is independent and not tied to any political or commercial interests.')?.reason).toBe('site disclaimer')
    expect(find('This is an opinion article by an external contributor. The views belong to the writer.')?.reason).toBe('opinion note')
  })

  it('leaves a paragraph that reports the same to the story', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('The ministry cannot vouch for the accuracy of the figures in its report, a spokesperson said.')).toBeUndefined()
    expect(find('Our reporting found the councillor had political interests in the firm, and that the firm was not independent.')).toBeUndefined()
  })
})

describe('a list heading under the story with the site\'s name before it ("Example.com Top Stories")', () => {
  it('ends the story there', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Northline.ca Top Stories')?.endsStory).toBe(true)
    expect(find('Example News MOST READ')?.endsStory).toBe(true)
  })

  it('leaves a title that only holds the words to the story', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Why the top stories of the year were about water')).toBeUndefined()
    expect(find('Storm Latest News')).toBeUndefined()
  })
})

describe('a threaded comment\'s header as a list item under the story ("• Jane December 17, 2018 (10:32 am)")', () => {
  it('ends the story at the first comment', () => {
    const story = parseStory('Water main repaired on Hill Street\n\nCrews repaired a burst water main on Hill Street overnight, the city said on Tuesday.\n\nThe street reopened to traffic at six.\n\n  • Rosa March 4, 2024 (9:20 am)\n\n    The water was brown for an hour after, so run your taps.\n')
    expect(story.paragraphs).toEqual(['Crews repaired a burst water main on Hill Street overnight, the city said on Tuesday.', 'The street reopened to traffic at six.'])
  })

  it('leaves a byline with its time and a list item of the story alone', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Jane Roe December 17, 2018 (10:39 am)')).toBeUndefined()
    expect(find('• The council met on March 3, 2024 at 8:12 pm')).toBeUndefined()
  })
})

describe('a caption closed by its credit as a sentence of its own ("… Photos on this page courtesy of …")', () => {
  it('is the picture\'s, and the deck over it is the standfirst', () => {
    const story = parseStory(corpusPage('courtesy-credit-sentence-01'))
    expect(story.standfirst).toBe('Reporters covering the legislature should track who pays for its campaigns.')
    expect(story.paragraphs[0]).toMatch(/^While the national parliament/)
    expect(story.paragraphs.some((paragraph) => /courtesy/.test(paragraph))).toBe(false)
  })

  it('leaves a paragraph that reports a courtesy to the story', () => {
    const story = parseStory('Museum reopens\n\nThe museum reopened on Monday after a year of repairs, its director said.\n\nVisitors were given a tour by the staff. Tours courtesy of the volunteers will run every weekend, she said.\n')
    expect(story.paragraphs).toHaveLength(2)
  })
})

describe('a deck under the title, then the date, then a section\'s heading over the story', () => {
  it('reads the date as the header\'s and the deck as the standfirst, not the date as the next post\'s', () => {
    const story = parseStory(corpusPage('deck-over-date-subheading-01'))
    expect(story.standfirst).toMatch(/^In its third week/)
    expect(story.publishedAt).toBe('2024-04-12T00:00:00.000Z')
    expect(story.paragraphs.at(-1)).toBe('She says she has not yet found a loaf she cannot improve.')
  })
})

describe('a summary under the title, the title again as the picture\'s text over its caption already read, then the story', () => {
  it('reads the summary as the standfirst and the story from the paragraph under the caption', () => {
    const story = parseStory(corpusPage('deck-title-again-caption-01'))
    expect(story.standfirst).toMatch(/^Police in Aarhus detained a cyclist/)
    expect(story.paragraphs[0]).toMatch(/^The cyclist was detained/)
  })
})

describe('a noun phrase naming who is in the picture over a credit alone on its line, inside the story', () => {
  it('is the picture\'s caption', () => {
    const story = parseStory(corpusPage('noun-caption-over-credit-01'))
    expect(story.paragraphs).not.toContain('Harbour Mayor Lena Ostrowski and deputy mayor Tomas Reyes.')
  })

  it('leaves a paragraph that says what happened over a credit to the story', () => {
    const story = parseStory('Sea wall repairs begin\n\nCrews began repairs to the sea wall on Monday, the council said.\n\nThe work was delayed by the spring storms.\n\nPhoto: Coast Radio / Ana Pereira\n\nThe repairs will take about six weeks.\n')
    expect(story.paragraphs).toContain('The work was delayed by the spring storms.')
  })
})

describe('a gallery\'s counter ("1 of 1") under a few words with no full stop', () => {
  it('drops the counter and the caption over it', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('1 of 1')?.reason).toBe('gallery counter')
    expect(find('3 / 12')?.reason).toBe('gallery counter')
    const story = parseStory(corpusPage('gallery-counter-caption-01'))
    expect(story.paragraphs[0]).toMatch(/^Winger Mika Tuilagi limped off/)
  })

  it('leaves a byline over a counter a byline', () => {
    const story = parseStory('Sharks sign new coach\n\nBy Jane Roe\n\n1 of 3\n\nThe Sharks have signed a new head coach on a three-year deal, the club said on Monday.\n\nShe starts in June.\n')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})

describe('another story\'s card (title, one-sentence summary) under the closing Read-also line', () => {
  it('is the page\'s, and the Read-also line stays the story\'s link', () => {
    const story = parseStory(corpusPage('read-also-then-teaser-card-01'))
    expect(story.readAlso).toEqual(['Aalborg bridge closed for repairs until March'])
    expect(story.paragraphs.join('\n')).not.toMatch(/traffic officers|four largest cities/)
  })

  it('leaves a crosshead and a last paragraph of several sentences under a Read-also line to the story', () => {
    const story = parseStory('Ferry fares rise\n\nFares on the island ferry will rise by a tenth from May, the operator said.\n\nThe operator blamed fuel costs.\n\nPassengers have complained.\n\nREAD ALSO: Ferry adds a late crossing\n\nWhat the new fares mean for daily commuters\n\nA monthly pass will cost 20 more. Single tickets rise by one.\n')
    expect(story.paragraphs.at(-1)).toBe('A monthly pass will cost 20 more. Single tickets rise by one.')
  })
})

describe('another story\'s card under the story: title, one-sentence summary, a row with a date and a comment count', () => {
  it('ends the story over the card', () => {
    const story = parseStory(corpusPage('teaser-card-comment-row-01'))
    expect(story.paragraphs.at(-1)).toBe('A first draft of the budget is due in September, when parliament returns.')
  })

  it('leaves a story\'s own header row under its title and deck alone', () => {
    const story = parseStory('Port workers vote to accept new pay offer\n\nDock workers at the three main ports voted on Friday to accept a pay offer.\n\nEconomy Friday, June 14, 2024 09:30 Comments: 0\n\nThe vote ends a dispute that began in March, when the unions rejected a first offer.\n\nThe new deal runs for two years.\n')
    expect(story.paragraphs.at(-1)).toBe('The new deal runs for two years.')
  })
})

describe('a date under a numbered breadcrumb ("1. News"), its update\'s label glued on in lower case', () => {
  it('reads the publication and the update', () => {
    const story = parseStory(corpusPage('date-glued-lower-update-01'), { timeZone: 'Europe/London' })
    expect(story.publishedAt).toBe('2024-03-12T00:00:00.000Z')
    expect(story.modifiedAt).toBe('2024-03-14T09:05:00.000Z')
  })

  it('reads an update\'s label glued to a time in another language too', () => {
    const story = parseStory('Port fees rise\n\n12.03.2024 08:10Actualizat 13.03.2024 10:00\n\nBy Ana Pop\n\nThe port raised its fees by a tenth on Tuesday, the operator said in a statement.\n\nShippers said they would pass the cost on.\n')
    expect(story.publishedAt).toBe('2024-03-12T08:10:00.000Z')
    expect(story.modifiedAt).toBe('2024-03-13T10:00:00.000Z')
  })
})

describe('a day printed with its year in two digits ("14 Mar 22" alone under the title, "3 May \'19")', () => {
  it('reads the story\'s day', () => {
    const story = parseStory(corpusPage('date-two-digit-year-01'), { timeZone: 'Europe/London' })
    expect(story.publishedAt).toBe('2022-03-14T00:00:00.000Z')
    expect(findDate('Thu 28 Jan 21, 10:30')?.iso).toBe('2021-01-28T10:30:00.000Z')
    expect(findDate("Posted 3 May '19")?.iso).toBe('2019-05-03T00:00:00.000Z')
    expect(findDate('28 Jan 99')?.iso).toBe('1999-01-28T00:00:00.000Z')
  })

  it('reads no year from a figure after a month inside a sentence', () => {
    expect(findDate('On 28 Jan 21 people were hurt.')).toBeNull()
    expect(findDate('The vote was held on 28 Jan 21')).toBeNull()
  })
})

describe('"By HT Correspondent" alone on its line: a paper\'s initials and a role, signed', () => {
  it('signs as the desk named in full', () => {
    const story = parseStory(corpusPage('signed-initials-role-desk-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'LC Correspondent' }])
  })

  it('still reads a person\'s name with the role run on after it', () => {
    const story = parseStory('Harbour dredging begins\n\nBy Jane Roe Senior Correspondent\n\nMarch 3, 2024\n\nDredging of the harbour mouth began on Monday and will take six weeks, the port authority said.\n\nShips will be guided in by tugs meanwhile.\n')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})

describe('a dateline\'s bracket in capitals naming a paper and its network ("(THE STAR/ASIA NEWS NETWORK) -")', () => {
  it('signs as one desk, written as a sentence writes the names', () => {
    const story = parseStory(corpusPage('dateline-caps-network-credit-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'The Harbour Times/Pacific News Network' }])
  })

  it('leaves a station and an agency two desks, and places in the bracket no one', () => {
    const shared = parseStory('Bridge reopens after repairs\n\nTRENTON, N.J. (KXYZ/AP) -- The river bridge reopened on Monday after three months of repairs, state officials said.\n\nTolls are unchanged.\n')
    expect(shared.authors.map((author) => author.name)).toEqual(['KXYZ', 'AP'])
    const places = parseStory('Bridge reopens after repairs\n\nPORT ALDER (NORTH VALE/SOUTH VALE) - The river bridge reopened on Monday after three months of repairs, state officials said.\n\nTolls are unchanged.\n')
    expect(places.authors).toEqual([])
  })
})

describe('a name with the comma the theme prints before the date, the date\'s row on the next line ("Jane Roe," / "• Mar 11 2024, 10:20 ist")', () => {
  it('signs the story', () => {
    const story = parseStory(corpusPage('name-comma-over-date-list-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Priya Raman' }])
    const agency = parseStory('Shares edge higher\n\nReuters\nReuters,\n  • Mar 11 2024, 10:20 ist\n\nShares edged higher on Monday as energy stocks gained, dealers said after the open.\n\nThe index rose 0.2 per cent.\n')
    expect(agency.authors).toEqual([{ kind: 'desk', name: 'Reuters' }])
  })

  it('leaves names broken over lines with no date under them unsigned', () => {
    const story = parseStory('Harbour festival opens\n\nJane Roe, John Doe,\nSam Lee and Ann Poe at the opening.\n\nThe harbour festival opened on Saturday with a parade of tall ships, the organisers said.\n\nIt runs for a week.\n')
    expect(story.authors).toEqual([])
  })
})
describe('the last line cut off where the page store stopped keeping the page', () => {
  const read = (name: string) => parseStory(fs.readFileSync(path.resolve(process.cwd(), `test/fixtures/pages/${name}.txt`), 'utf8'))

  it('keeps a quote cut off after its speaker\'s verb and colon as the story\'s last paragraph', () => {
    const story = read('store-cut-speech-colon-01')
    expect(story.paragraphs.at(-1)).toBe('She added: “I know some people are worried about the cos')
    expect(story.endsCutOff).toBe(true)
  })

  it('keeps a paragraph cut off on a label the story opens its own paragraphs on', () => {
    expect(read('store-cut-story-label-01').paragraphs.at(-1)).toBe('Our verdict: The tram stops are done, which wheelchai')
  })

  it('keeps the story\'s numbered list when its next item is cut off', () => {
    const story = read('store-cut-numbered-list-01')
    expect(story.paragraphs.at(-1)).toBe('Lot 5 – Emergen')
    expect(story.paragraphs).toContain('Lot 1 – Civil engineering works')
  })

  it('still drops a label of the page\'s with its value under the story', () => {
    const story = parseStory('Ferry fares rise\n\nFares on the island ferry will rise by a tenth from May, the operator said.\n\nThe operator blamed fuel costs.\n\nTags: ferry, fares, isla')
    expect(story.paragraphs.at(-1)).toBe('The operator blamed fuel costs.')
  })
})

describe('the site\'s pitches to its reader under the story', () => {
  it('drops a newsletter\'s or an advertiser\'s question and button, a call to the site\'s videos and a newsletter box\'s heading with its pitch', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Like what you read? Sign up for our morning email.')?.reason).toBe('newsletter prompt')
    expect(find('Looking to advertise your services to local firms? Contact our sales team.')?.reason).toBe('advertising pitch')
    expect(find('Check out our latest podcasts here:')?.reason).toBe('promo')
    expect(find('NEWSLETTER | Keep up with the latest news')?.reason).toBe('newsletter prompt')
    const story = parseStory(corpusPage('site-pitch-under-story-01'))
    expect(story.paragraphs.at(-1)).toMatch(/^The new jobs will be advertised locally first/)
  })

  it('leaves the story\'s own questions and sentences about videos alone', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Did you enjoy the festival? Most of the visitors we met said they would come back next year.')).toBeUndefined()
    expect(find('Looking to expand into Asia? The firm opened an office in Singapore in May.')).toBeUndefined()
    expect(find('Watch the videos the police released on Monday, which show the car leaving the road.')).toBeUndefined()
  })
})

describe('a Read-also line set whole in brackets between paragraphs', () => {
  it('is a link, kept as the line in its brackets', () => {
    const story = parseStory(corpusPage('read-also-in-brackets-01'))
    expect(story.readAlso).toEqual(['New patrol boat joins harbour fleet', 'Marina owners count the cost of a wet summer'])
    expect(story.paragraphs).toContain('Read Also: New patrol boat joins harbour fleet')
    expect(story.paragraphs.at(-1)).toMatch(/^The fine will go towards a fund/)
  })

  it('leaves a sentence in brackets the story\'s', () => {
    const story = parseStory('Ferry fares rise\n\nFares on the island ferry will rise by a tenth from May, the operator said.\n\n(The operator blamed fuel costs, which have doubled.)\n\nPassengers have complained.\n')
    expect(story.readAlso).toEqual([])
    expect(story.paragraphs).toContain('(The operator blamed fuel costs, which have doubled.)')
  })
})

describe('a donation box\'s heading naming the outlet and what the money is for', () => {
  it('ends the story over the appeal', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Support The Example Post and Fearless Reporting')?.reason).toBe('donation appeal')
    expect(find('SUPPORT EXAMPLE NEWS FOR INDEPENDENT MEDIA')?.reason).toBe('donation appeal')
    const story = parseStory(corpusPage('donation-heading-for-journalism-01'))
    expect(story.paragraphs.at(-1)).toMatch(/^The mayor will start the clock/)
  })

  it('leaves a sentence about support for journalism the story\'s', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Support for local journalism has fallen sharply in the region, the survey found.')).toBeUndefined()
    expect(find('Support Grows for Press Freedom Bill in Media')).toBeUndefined()
    expect(find('Support grows for citizen journalism')).toBeUndefined()
  })
})

describe('a date line the date reader cannot read, between the deck and the title printed again', () => {
  it('is the header\'s, and so is the deck over it', () => {
    const story = parseStory(corpusPage('date-stamp-unread-under-deck-01'))
    expect(story.paragraphs[0]).toMatch(/^Dairy farmers should not accept the first offer/)
    expect(story.paragraphs).not.toContain('Posted on Mar 14 ,08:05')
    expect(story.standfirst).toMatch(/^Processors have raised their offers/)
  })

  it('leaves an update note with words of its own to the story', () => {
    const story = parseStory('Ferry fares rise\n\nFares on the island ferry will rise by a tenth from May, the operator said.\n\nThe operator blamed fuel costs.\n\nUpdated at 10:29 with the minister\'s reply\n\nThe minister said she would look into it.\n')
    expect(story.paragraphs).toContain("Updated at 10:29 with the minister's reply")
  })
})

describe('a publisher\'s notices over the title: its group, its legal and print-copy terms, a cookie banner\'s sentences, a desk\'s tagline', () => {
  it('are the page\'s, and the story reads from its own title and lede', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find("We'll assume we have your consent to use cookies, so you won't need to sign in again.")?.reason).toBe('cookie notice')
    expect(find('Your browser has cookies turned off. Turn them on to use this site.')?.reason).toBe('cookie notice')
    expect(find('Example Weekly is part of Example Holdings')?.reason).toBe('masthead')
    expect(find('Printed for:')?.reason).toBe('print label')
    const story = parseStory(corpusPage('publisher-notices-over-title-01'))
    expect(story.headline).toBe('Why box shortages are hitting small exporters hardest')
    expect(story.paragraphs[0]).toMatch(/^SMALL exporters are struggling/)
  })

  it('leaves the story\'s sentences about cookies, ownership and desks alone', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('The regulator said sites must not assume that users agree to cookies, a practice it called widespread.')).toBeUndefined()
    expect(find('The port is part of a wider plan to expand trade with the north.')).toBeUndefined()
    expect(find('Coverage from the local newsroom has shrunk since the paper closed its office.')).toBeUndefined()
  })
})

describe('the first item of a list the story brings in with a colon, cut off where the page store stopped', () => {
  it('is the story\'s last paragraph, the sentence over it too', () => {
    const story = parseStory(corpusPage('store-cut-list-intro-01'))
    expect(story.paragraphs.at(-1)).toBe('• Investigators point to a worn rail: Early findings suggest a section of track that was due to be')
    expect(story.paragraphs.at(-2)).toMatch(/^On safety, we have two reports/)
    expect(story.endsCutOff).toBe(true)
  })
})

describe('a standfirst that speaks of the piece itself ("… takes us through …", "We look at …")', () => {
  it('is the standfirst, and the lede under it the first paragraph', () => {
    const story = parseStory(corpusPage('standfirst-about-the-piece-01'))
    expect(story.standfirst).toMatch(/takes us through the station's unlikely rise/)
    expect(story.paragraphs[0]).toMatch(/^In the spring of 1994/)
  })

  it('leaves a lede that reports the news the first paragraph', () => {
    const story = parseStory('Budget gives council room to hire\n\nThe new budget gives us a chance to hire more teachers, the mayor told the council on Monday evening.\n\nThe council approved the budget by eleven votes to two after a debate that lasted most of the evening.\n\nIt takes effect in April.\n')
    expect(story.paragraphs[0]).toMatch(/^The new budget gives us a chance/)
  })
})
describe('a site\'s glued brand and its bureau\'s city alone over the date ("5Knews Nairobi" / "Wed, 13 Mar 2019 08:15 GMT")', () => {
  it('signs as the outlet\'s desk', () => {
    const story = parseStory(corpusPage('outlet-bureau-over-date-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: '5Knews Nairobi' }])
  })

  it('reads a common word that merely ends on a post\'s word as no outlet', () => {
    const story = parseStory('Port workers agree new rota\n\nOutpost Nairobi\n\nWed, 13 Mar 2019 08:15 GMT\n\nDock workers at the port have accepted a new shift rota after two days of talks, their union said.\n\nThe rota starts next month.\n')
    expect(story.authors.some((author) => author.kind === 'desk')).toBe(false)
  })
})

describe('a release\'s label and its issuer under the date ("Press Release: Harbour District Police")', () => {
  it('signs the issuer as a desk, the label no paragraph', () => {
    const story = parseStory(corpusPage('release-issuer-label-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Harbour District Police' }])
    const french = parseStory('Fermeture du port\n\nCommuniqué de presse : Ville de Port-Alder\n\nLe port restera fermé lundi pour des travaux sur la digue, a annoncé la mairie.\n\nIl rouvrira mardi.\n')
    expect(french.authors).toEqual([{ kind: 'desk', name: 'Ville de Port-Alder' }])
  })

  it('leaves the titles of other releases listed under the story unsigned', () => {
    const story = parseStory('Man charged after marina break-in\n\nTuesday, 18 April 2023, 2:10 pm\n\nA man has been charged after boats at the harbour marina were broken into overnight on Sunday.\n\nHe is due in court on Wednesday.\n\nPress Release: Council Approves Budget\n\nPress Release: Ferry Timetable Changes\n')
    expect(story.authors).toEqual([])
  })

  it('leaves a label before a sentence unsigned', () => {
    const story = parseStory('Port closes for repairs\n\nPress release: the port will close on Monday for repairs to the sea wall\n\nThe port will close on Monday for repairs to the sea wall, the council said.\n\nIt reopens on Tuesday.\n')
    expect(story.authors).toEqual([])
  })
})

describe('an outlet\'s name right under the header\'s age line, over the lede ("Updated 3 min ago" / "Coastline Times")', () => {
  it('signs as the outlet\'s desk', () => {
    const story = parseStory(corpusPage('outlet-under-age-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Coastline Times' }])
  })

  it('leaves a place\'s name under the stamp no one\'s', () => {
    const story = parseStory('Council approves bus route\n\nUpdated 3 min ago\nMarlow Harbour\n\nMARLOW: The regional council approved a new bus route along the coast on Thursday, councillors said.\n\nBuses will run every hour.\n')
    expect(story.authors).toEqual([])
  })
})

describe('a glued brand in camel case and its bureau\'s city over the date ("HarbourNews Lisbon")', () => {
  it('signs as the outlet\'s desk, no person', () => {
    const story = parseStory('Port workers agree new rota\n\nHarbourNews Lisbon\n\nWed, 13 Mar 2019 08:15 GMT\n\nDock workers at the port have accepted a new shift rota after two days of talks, their union said.\n\nThe rota starts next month.\n')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'HarbourNews Lisbon' }])
    const person = parseStory('Port workers agree new rota\n\nJane Roe\n\nWed, 13 Mar 2019 08:15 GMT\n\nDock workers at the port have accepted a new shift rota after two days of talks, their union said.\n\nThe rota starts next month.\n')
    expect(person.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})
describe('the page\'s first title over a shorter title-shaped deck, then the story', () => {
  it('reads the upper line as the headline and the lower one as its deck', () => {
    const story = parseStory(corpusPage('first-title-over-deck-01'))
    expect(story.headline).toBe('Slow and steady as the island ferry finally gets its new engines')
    const dated = parseStory(corpusPage('first-title-over-deck-02'))
    expect(dated.headline).toBe('Clinics lose night nurses to new county rota')
    expect(dated.standfirst).toBe('Health board moves staff to cover weekend shifts')
  })

  it('leaves a slogan set first, speaking of one topic of the story by chance, to the page', () => {
    const story = parseStory('This site is meant for licensed health staff only\n\nCounty funds extra placements for trainee nurses\n\nThe county will pay for two hundred extra placements for trainee nurses in its hospitals and clinics from September, the health board said on Tuesday.\n\nThe board said the money would come from its training budget.\n\nUnions welcomed the news.\n')
    expect(story.headline).toBe('County funds extra placements for trainee nurses')
  })
})

describe('the site\'s notices (browser, cookies, owner and rights) over the title', () => {
  it('reads the first title-shaped line under them as the headline, its deck and labels kept out of the story', () => {
    const story = parseStory(corpusPage('site-notices-over-title-01'))
    expect(story.headline).toBe('Why grain ships are waiting a week to unload')
    expect(story.paragraphs[0]).toMatch(/^SHIPPING agents say/)
    expect(story.paragraphs.join('\n')).not.toMatch(/Norland Media Group|Cookies are switched off|Essential coverage/)
  })

  it('leaves a page of short items, each under its own title, to its first', () => {
    const story = parseStory('Police Log\n\nCourts and Crime\n\nDeputies were called to a farm on Mill Road late Friday after the owner reported a broken gate and missing tools.\n\nThe owner said the shed had been locked the night before.\n\nBike stolen\n\nA bicycle chained outside the library was taken some time on Monday afternoon.\n\nAnyone who saw anything is asked to call the sheriff\'s office.\n')
    expect(story.headline).not.toBe('Bike stolen')
  })
})

describe('the title printed twice over a shorter deck, a name or two alone, then the date line', () => {
  it('reads the pair as the headline and its repeat, no picture\'s text', () => {
    const story = parseStory(corpusPage('title-twice-deck-name-date-01'))
    expect(story.headline).toBe('Copper climbs past 9,800; zinc near two-month high')
    expect(story.paragraphs[0]).toMatch(/^Base metals rose/)
  })
})

describe('a feature set out in parts, the same crossheads over each part', () => {
  it('reads the title over its deck, not a crosshead, and opens the story on its first sentence', () => {
    const story = parseStory(corpusPage('feature-parts-crossheads-01'))
    expect(story.headline).toBe('Room for improvement? Health board graded on its grants to village pharmacies')
    expect(story.paragraphs[0]).toBe('A £20m grant meant to keep village pharmacies open at weekends.')
    expect(story.paragraphs).toContain('What the board says')
  })

  it('leaves a title printed twice over the story and again under it a title', () => {
    const story = parseStory('Ferry fares to rise in spring\n\nFerry fares to rise in spring\n\nFares on the island ferry will rise by a tenth from April, the operator said on Monday.\n\nThe operator blamed the cost of fuel and a new pier levy.\n\nPassengers have until March to buy season tickets at the old price.\n\nFerry fares to rise in spring\n')
    expect(story.headline).toBe('Ferry fares to rise in spring')
  })
})

describe('a promo line set first over the title and the byline, sharing a word with the story', () => {
  it('leaves the promo to the page', () => {
    const story = parseStory('Follow the latest news from across the county\n\nBridge closes after lorry strikes railings\n\nBy Jane Roe\n\nThe county bridge over the river was closed on Monday after a lorry struck its railings during the morning rush.\n\nEngineers said the bridge would stay shut until the railings were checked.\n\nDrivers were told to use the ring road.\n')
    expect(story.headline).toBe('Bridge closes after lorry strikes railings')
  })
})

describe('a title over a plea or a picture\'s note, then a short line over the story', () => {
  const story = '\n\nFares on the island ferry will rise by a tenth from April, the operator said on Monday.\n\nThe operator blamed the cost of fuel and a new pier levy on its boats.\n\nPassengers have until March to buy season tickets at the old price, it said.\n\nIslanders said the rise would hit families who cross to the mainland for work.\n\nThe operator said it would review fares again in the autumn.\n\nA councillor said the island needed a cheaper service.\n'
  it('keeps the title over them the headline: they are no site notices over it', () => {
    expect(parseStory(`Ferry fares to rise in spring\n\nBy Jane Roe\n\nGet unlimited access to all our journalism for just one pound a week, and cancel whenever you like, with no fees at all.\n\nPrices and timetables${story}`).headline).toBe('Ferry fares to rise in spring')
    expect(parseStory(`Ferry fares to rise in spring\n\nThe image above shows the old harbour at dawn in the winter of last year, taken from the top of the lighthouse by a reader.\n\nWhat the rise means${story}`).headline).toBe('Ferry fares to rise in spring')
  })
})

describe('a ticker set first over the title, one word shared with the story by chance', () => {
  it('leaves the ticker to the page and reads the title under it', () => {
    const story = parseStory('Weather warning for heavy rain in place until midnight\n\nBridge closes after lorry strikes railings\n\nBy Jane Roe\n\nThe county bridge over the river was closed on Monday after a lorry struck its railings during the morning rush.\n\nEngineers said the bridge would stay shut until the railings were checked.\n\nDrivers were told to use the ring road.\n')
    expect(story.headline).toBe('Bridge closes after lorry strikes railings')
  })
})

describe('the page\'s first title over a short tagline and a longer deck, then the story', () => {
  const story = '\n\nORCHARD owners across the upper valley started picking apples in the second week of August, almost a month before the usual date.\n\nGrowers said the early blossom in March and weeks without rain through the summer had ripened the fruit faster than any year they could remember.\n\nThe shortage of pickers has made the early start harder, as many seasonal workers had booked other jobs for August.\n\nThe growers\' association said farms were sharing crews and asking students to help until the end of the month.\n\nBuyers expect smaller fruit this year.\n'
  const deck = 'Early blossom, weeks without rain and a shortage of pickers have moved the picking season into August'
  it('reads the title as the headline, the tagline and the deck kept out of the story', () => {
    const page = parseStory(corpusPage('title-tagline-deck-01'))
    expect(page.headline).toBe('How a Dry Summer Brought the Apple Harvest Forward')
    expect(page.paragraphs[0]).toMatch(/^ORCHARD owners across/)
    expect(page.paragraphs.join('\n')).not.toMatch(/Your guide to the valley|Early blossom, weeks/)
  })

  it('reads a title in sentence case under a section\'s one-word label the same way', () => {
    for (const title of ['How a dry summer brought the apple harvest forward', 'Dry summer brings apple harvest forward']) {
      const page = parseStory(`Farming\n\n${title}\n\nYour guide to the valley's farms\n\n${deck}${story}`)
      expect(page.headline).toBe(title)
      expect(page.paragraphs[0]).toMatch(/^ORCHARD owners across/)
    }
  })
})
describe('a comment section headed by its count after a dash ("Comments - 12")', () => {
  it('ends the story, the comments under it not read as paragraphs', () => {
    const story = parseStory(corpusPage('comment-count-dash-01'))
    expect(story.paragraphs.at(-1)).toMatch(/^A council officer said the repairs/)
    expect(story.paragraphs).not.toContain('Comments - 12')
  })

  it('leaves a sentence about comments alone', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Comments - 12 of them - poured in after the vote.')).toBeUndefined()
  })
})

describe('an agency\'s codes and tag heading under the story ("AB/XNA40211873", "News Code 205517", "Tags")', () => {
  it('are no paragraphs: the code is the page\'s id, the tag heading ends the story', () => {
    const story = parseStory(corpusPage('story-code-footer-01'))
    expect(story.paragraphs.at(-1)).toMatch(/^Island councils said/)
    expect(story.sourceId).toBe('205517')
    expect(story.paragraphs).not.toContain('AB/XNA40211873')
  })

  it('leaves a sentence that names a code or tags alone', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Tags on the crates showed they came from the port.')).toBeUndefined()
    expect(find('UN/GA12345 was the resolution number, the envoy said.')).toBeUndefined()
  })
})

describe('a writer\'s one-line bio over the lede by the first name alone ("Mira is a contributing writer for …")', () => {
  it('is no paragraph and names no author', () => {
    const story = parseStory(corpusPage('first-name-bio-over-lede-01'))
    expect(story.paragraphs[0]).toMatch(/^A survey of 2,400 trees/)
    expect(story.authors).toEqual([])
  })

  it('leaves a lede about a reporter the story goes on about', () => {
    const story = parseStory('Reporter freed after two days\n\nOmar is a freelance reporter who was held for two days at the border crossing.\n\nOmar was released on Friday after his paper appealed to the ministry.\n\nHe said he had been treated well.\n')
    expect(story.paragraphs[0]).toMatch(/^Omar is a freelance reporter/)
  })
})

describe('a caption over the lede told as who is shown, a participle and the dated day ("…, Jane Okafor, pictured on Monday, March 3, 2025.")', () => {
  it('is the picture\'s, not the first paragraph', () => {
    const story = parseStory(corpusPage('participle-date-caption-01'))
    expect(story.paragraphs[0]).toMatch(/^The port authority said on Monday/)
  })

  it('leaves a lede with a verb of its own before the participle', () => {
    const story = parseStory('Council names new clerk\n\nThe council named a new clerk, Jane Okafor, appointed on Monday, March 3, 2025.\n\nShe replaces a clerk who retired after twenty years.\n\nThe council said she would start in April.\n')
    expect(story.paragraphs[0]).toMatch(/^The council named a new clerk/)
  })
})

describe('a video player over the lede: its prompt quoting the title, the title, its summary, the share bar', () => {
  it('is the player\'s, the story starting under its buttons', () => {
    const story = parseStory(corpusPage('video-player-over-lede-01'))
    expect(story.paragraphs[0]).toMatch(/^The island's ferry operator has apologised/)
    expect(story.dropped).toContainEqual({ line: expect.stringMatching(/^Dozens of passengers/), reason: 'video summary' })
  })

  it('leaves a sentence about clicking on a video alone', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Click to play video, the sign said, but nothing happened when she did.')).toBeUndefined()
  })
})

describe('a picture\'s caption printed twice, the second copy closing on the credit\'s bare slash ("… Mandatory Credit: … /")', () => {
  it('is the picture\'s, both copies, and the story starts under them', () => {
    const story = parseStory(corpusPage('caption-twice-bare-mark-01'))
    expect(story.paragraphs[0]).toMatch(/^Harbour City have kept their most reliable player/)
    expect(story.paragraphs.some((paragraph) => paragraph.includes('Mandatory Credit'))).toBe(false)
  })
})

describe('"Next: <title>" between the story\'s paragraphs, the story going on under it', () => {
  it('is a Read-also link, and the story\'s last paragraph is the one under it', () => {
    const story = parseStory(corpusPage('next-link-inside-story-01'))
    expect(story.readAlso).toEqual(['Ten transfers that changed the league for good'])
    expect(story.paragraphs.at(-1)).toMatch(/^The captain said he had never thought of leaving/)
  })

  it('still ends the story over the next story\'s one-sentence teaser', () => {
    const story = parseStory(corpusPage('after-story-teaser-03'))
    expect(story.readAlso).toEqual([])
    expect(story.paragraphs.at(-1)).toBe('The operator said it would review the timetable again in the spring.')
  })
})

describe('a release\'s label with its issuer over a short lede ("Press Release: Port Alder Coastguard")', () => {
  it('is the header\'s, not the first paragraph', () => {
    const story = parseStory(corpusPage('press-release-issuer-01'))
    expect(story.paragraphs[0]).toMatch(/^Two kayakers were rescued/)
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Port Alder Coastguard' }])
  })
})
describe('a lede opening on one word in capitals, then a body\'s name and its initials in brackets ("THE Harbour Police Service (HPS) has …")', () => {
  it('signs nothing: the bracket spells out an initialism, no dateline\'s outlet', () => {
    const story = parseStory(corpusPage('lede-capital-word-initialism-01'))
    expect(story.authors).toEqual([])
  })

  it('still reads the outlet in a dateline set in capitals', () => {
    const story = parseStory('Council approves bus route\n\nPORT ALDER (KXYZ) The regional council approved a new bus route along the coast on Thursday, councillors said.\n\nBuses will run every hour.\n')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'KXYZ' }])
  })
})

describe('a network\'s initials and its station\'s city signing ("By KXBT Portland")', () => {
  it('signs as the station\'s desk, no person', () => {
    const story = parseStory(corpusPage('network-city-byline-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'KXBT Portland' }])
    expect(parseByline('By ABC Brisbane')).toEqual([{ kind: 'desk', name: 'ABC Brisbane' }])
  })

  it('leaves a short given name in capitals a person\'s ("By DAN Roe")', () => {
    expect(parseByline('By DAN Roe')).toEqual([{ kind: 'person', name: 'DAN Roe' }])
  })
})

describe('a signed byline between the teaser a page prints over its story and a lede opening on its dateline', () => {
  it('signs, and the story starts at the dateline under it', () => {
    const story = parseStory(corpusPage('byline-between-teaser-and-dateline-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Marta Ossel' }])
    expect(story.paragraphs[0]).toMatch(/^PORT ALDER - Police on Tuesday/)
  })

  it('leaves a byline over a paragraph with no dateline unread, and the paragraphs over it the story\'s', () => {
    const story = parseStory('Ferry crew held after collision\n\nTwo crew members of a ferry were held on Tuesday after eleven passengers were hurt in the harbour.\n\nThe harbour master said the ferry was going too fast.\nBy Marta Ossel\n\nThe passengers were treated for cuts and bruises and went home the same evening.\n')
    expect(story.authors).toEqual([])
    expect(story.paragraphs[0]).toMatch(/^Two crew members/)
  })
})

describe('an outlet\'s initials alone under the writer\'s contact address, closing the page ("[email protected]" / "EOX")', () => {
  it('sign as the outlet\'s desk and leave the body, also on a page cut at the store\'s limit', () => {
    const story = parseStory(corpusPage('initials-under-contact-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'EOX' }])
    expect(story.paragraphs.at(-1)).toMatch(/handled a difficult situation/)
  })

  it('leaves a word in capitals with its vowels unsigned when no contact address is over it', () => {
    const story = parseStory('Ferry passenger arrested\n\nA passenger on the evening ferry was arrested when the boat docked on Friday.\n\nHe is due in court on Monday.\n\nEOX\n')
    expect(story.authors).toEqual([])
  })
})

describe('a picture\'s caption alone over the story, its credit a stock or file label or a mail address', () => {
  it('is no headline: "Stock picture: <source>" and "… Credit: [email protected]" over a page that prints no title', () => {
    const stock = parseStory(corpusPage('stock-picture-label-first-01'))
    expect(stock.headline).toBe('')
    expect(stock.paragraphs[0]).toMatch(/^Two men in balaclavas/)
    const mailed = parseStory(corpusPage('caption-mail-credit-first-01'))
    expect(mailed.headline).toBe('')
    expect(mailed.paragraphs[0]).toMatch(/^A ferry carrying 212 passengers/)
    const plain = parseStory('Image of the quay at dusk. Credit: jane.roe@example.com\n\nA ferry carrying 212 passengers was held at the quay in Port Alder on Tuesday morning after a fault was found in one of its engines.\n\nThe operator offered refunds.\n')
    expect(plain.headline).toBe('')
  })

  it('leaves a title that opens on "Stock" or speaks of credit a title', () => {
    const market = parseStory('Stock market: harbour shares fall for a third day\n\nShares in the three firms that run the port at Port Alder fell for a third day on Tuesday after the harbour authority raised its fees.\n\nTraders said the fall was likely to continue.\n')
    expect(market.headline).toBe('Stock market: harbour shares fall for a third day')
    const credit = parseStory('Store card rules change. Credit: what it means for you\n\nShoppers in Port Alder will pay more to use store cards from next month under rules agreed by the council on Tuesday.\n\nThe council said the change was overdue.\n')
    expect(credit.headline).toBe('Store card rules change. Credit: what it means for you')
  })
})

describe('a title set as a list\'s item, alone ("• <title>" between unmarked lines)', () => {
  it('reads the title without the mark', () => {
    const story = parseStory(corpusPage('lone-bullet-title-01'))
    expect(story.headline).toBe('Port Alder harbour police to give update on break-in at customs shed')
    expect(story.paragraphs[0]).toMatch(/^Harbour police in Port Alder/)
  })

  it('leaves the mark on a line that is one item of a run of marked lines', () => {
    const story = parseStory('• Ferry held at the quay\n• Fault found in engine\n\nA ferry carrying 212 passengers was held at the quay in Port Alder on Tuesday morning after a fault was found in one of its engines.\n\nThe operator offered refunds.\n')
    expect(story.headline).not.toBe('Ferry held at the quay')
  })
})

describe('a site\'s date bar with a comma after each part, alone over an untitled story ("Tuesday, 14, March, 2023")', () => {
  it('is no headline, and the story starts under it', () => {
    const story = parseStory(corpusPage('comma-date-bar-untitled-01'))
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toMatch(/^On February 20, the mayor of Port Alder/)
  })

  it('leaves a title that opens on a date and says more a title', () => {
    const story = parseStory('Tuesday, 14, March: the day the ferry came back\n\nThe ferry between Port Alder and Selvik sailed again on Tuesday after six weeks of repairs to the north quay.\n\nThe operator said the timetable would stay the same.\n')
    expect(story.headline).toBe('Tuesday, 14, March: the day the ferry came back')
  })
})

describe('a share widget\'s mail link or a news feed\'s toggle alone over an untitled story', () => {
  it('is no headline: "Send this page to someone via email", "Show news feed"', () => {
    for (const name of ['share-page-email-untitled-01', 'feed-toggle-untitled-01']) {
      const story = parseStory(fs.readFileSync(path.resolve(process.cwd(), `test/fixtures/pages/${name}.txt`), 'utf8'))
      expect(story.headline).toBe('')
    }
  })

  it('leaves a title that speaks of sending or a feed a title', () => {
    const sent = parseStory('Send this page to the council, residents urge\n\nResidents of Port Alder on Tuesday urged the council to read a petition on the repairs to the north quay.\n\nThe council said it would reply within a month.\n')
    expect(sent.headline).toBe('Send this page to the council, residents urge')
    const feed = parseStory('Show cattle feed prices soar\n\nThe price of cattle feed at the Selvik agricultural show rose by a third this year, farmers said on Friday.\n\nOrganisers blamed the dry summer.\n')
    expect(feed.headline).toBe('Show cattle feed prices soar')
  })
})

describe('a date line the rules do not read over the title ("14.03.2023, 15:37 5781")', () => {
  it('is dropped and the title under it read as the headline', () => {
    const story = parseStory(corpusPage('date-views-over-title-01'))
    expect(story.headline).toBe('Mayor holds meeting on repairs to the north quay of Port Alder')
    expect(story.paragraphs[0]).toMatch(/^The mayor of Port Alder, Aino Varholm, held a meeting/)
    // The row with its time is read as the story's date, the figure after it as a counter.
    expect(story.publishedAt).toBe('2023-03-14T15:37:00.000Z')
    // A date line no date rule reads is the page's header all the same: dropped, the title under it the headline.
    const unread = parseStory(corpusPage('date-views-over-title-01').replace('14.03.2023, 15:37 5781', '14 Mar 2023 5781'))
    expect(unread.headline).toBe('Mayor holds meeting on repairs to the north quay of Port Alder')
    expect(unread.dropped).toContainEqual({ line: '14 Mar 2023 5781', reason: 'date line' })
  })

  it('leaves a page with no title under the same line untitled, its story from the first paragraph', () => {
    const story = parseStory('14.03.2023, 15:37 5781\n\nThe mayor of Port Alder held a meeting on Tuesday on the repairs to the north quay, the city hall reports.\n\nThe work is due to finish in May.\n')
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toMatch(/^The mayor of Port Alder held a meeting/)
  })
})
describe("a writer's card under the story with the outlet's name between the name and the bio", () => {
  const title = 'Valley council approves new river footbridge'
  const lede = 'BRENNA FALLS — The district council on Tuesday approved plans for a footbridge across the Ostra river, linking the market quarter with the rail halt.'
  const more = 'Councillors voted eleven to four in favour after a debate that ran for almost three hours.'
  const last = "Work on the foundations is expected to begin in September, once the river's summer level has dropped."

  it('drops the card, its outlet line and its work-history bio, and the card names the writer', () => {
    const story = parseStory(corpusPage('author-card-outlet-line-01'))
    expect(story.paragraphs.at(-1)).toBe(last)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Tomas Varga' }])
  })

  it('reads the same card with the bio right under the name', () => {
    const bio = 'Tomas Varga has worked for the Valley News Review as a reporter since 2009.'
    const story = parseStory([title, '', lede, '', more, '', 'The bridge will carry pedestrians and cyclists.', '', last, '', 'Tomas Varga', '', bio].join('\n'))
    expect(story.paragraphs).toEqual([lede, more, 'The bridge will carry pedestrians and cyclists.', last])
  })

  it('keeps a closing paragraph on someone the story names who has worked somewhere as an editor', () => {
    const quote = '"People have waited a long time to cross here," the council\'s chair, Ilse Marchetti, said after the vote.'
    const closing = 'Ilse Marchetti has worked for the council as an editor of its newsletter since 2004 and said the bridge was the largest job of her career.'
    const story = parseStory([title, '', 'By Tomas Varga', '', lede, '', quote, '', more, '', last, '', 'Ilse Marchetti', '', 'Chair', '', closing].join('\n'))
    expect(story.paragraphs).toContain(closing)
  })
})

describe('a numbered comment thread closing the page with no heading and no closing line', () => {
  const title = 'Orchard growers open their gates for blossom weekend'
  const lede = "Fruit growers across the Marrow valley will open their orchards to visitors this weekend, the growers' association said on Thursday."
  const more = 'Eleven farms are taking part, and a shuttle bus will run between them from the station at Kelby every half hour.'
  const last = 'Entry to the farms is free, though the association asks visitors to keep to the marked paths.'

  it('drops the comments, their names and times, and takes no date from them', () => {
    const story = parseStory(corpusPage('numbered-comments-page-end-01'))
    expect(story.paragraphs.at(-1)).toMatch(/^Entry to the farms is free/)
    expect(story.publishedAt).toBeNull()
  })

  it('drops a one-word comment under its number, name and time', () => {
    const story = parseStory([title, '', lede, '', more, '', last, '', '', '  1. Anonymous', '    April 11, 2024 at 8:40 am', '', '    Thanks'].join('\n'))
    expect(story.paragraphs).toEqual([lede, more, last])
  })

  it("keeps the story's own numbered list whose items are not followed by a comment's time", () => {
    const results = ['1. Greta Holm', '2 hours 41 minutes', '2. Lena Borg', '2 hours 44 minutes']
    const story = parseStory([title, '', lede, '', more, '', 'The results of the orchard run were:', '', ...results.flatMap((line) => [line, ''])].join('\n'))
    expect(story.paragraphs.join('\n')).toContain('Greta Holm')
    expect(story.paragraphs.join('\n')).toContain('Lena Borg')
  })

  it('keeps a name over a dated line at the page end when no number opens it', () => {
    const page = [title, '', lede, '', more, '', last, '', 'Greta Holm', 'April 11, 2024 at 8:40 am', '', 'We went last time and it was lovely.'].join('\n')
    expect(parseStory(page).paragraphs).toContain('We went last time and it was lovely.')
  })
})

describe('a picture credit label on its own line over the photographer\'s name ("Photo by" / "Jane Roe")', () => {
  const title = 'Harbour Weekly #12: Ferry Strike Ends & A New Bakery On Quay Street'
  const lede = "The ferry crews' strike that stopped sailings to the outer islands for nine days ended on Tuesday, when the union accepted a pay offer."
  const more = "On Quay Street, a family bakery opened in the old chandler's shop, which had stood empty for more than a decade."

  it('drops the label and the name under it, and the story starts at the lede', () => {
    const story = parseStory(corpusPage('photo-by-label-01'))
    expect(story.paragraphs[0]).toMatch(/^The ferry crews' strike/)
    expect(story.paragraphs.join('\n')).not.toContain('Oskar Lind')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Sigrun Dalby' }])
  })

  it('keeps the sentence under a bare label, and a short line under it that is no name', () => {
    const story = parseStory([title, '', 'By Sigrun Dalby', '', lede, '', 'Photo by', '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, more])
    const listed = parseStory([title, '', 'By Sigrun Dalby', '', lede, '', 'Photo by', '', 'the harbour trust', '', more].join('\n'))
    expect(listed.paragraphs).toContain(more)
  })
})

describe('a republished story\'s header: the note naming an outlet with an abbreviation ("St. Kilda Gazette") and a house ad over the lede', () => {
  const title = 'Harbour Traders Say Quay Closure Was Badly Planned'
  const lede = "Traders on the old quay have said that last week's two-day closure of the quay road was badly planned and cost them a weekend's trade."
  const more = 'The harbour authority said notices had been posted a fortnight before the closure.'

  it('drops the note and the ad, the story starts at the lede, and the outlet signs as a desk', () => {
    const story = parseStory(corpusPage('syndication-note-abbreviated-outlet-01'))
    expect(story.paragraphs[0]).toMatch(/^Traders on the old quay/)
    expect(story.authors).toEqual([{ kind: 'desk', name: 'St. Kilda Gazette' }])
  })

  it('keeps a sentence of the story that urges traders to promote their business', () => {
    const own = "Promote your business with the council's new directory, the mayor told traders."
    const story = parseStory([title, '', '4 June 2024', '', lede, '', own, '', more].join('\n'))
    expect(story.paragraphs).toEqual([lede, own, more])
  })

  it('leaves a note whose outlet ends a sentence that goes on unread as a credit', () => {
    const own = 'This content originally appeared on St. Kilda Gazette. It was edited for length.'
    const story = parseStory([title, '', '4 June 2024', '', lede, '', more, '', own].join('\n'))
    expect(story.authors).toEqual([])
  })
})

describe('a dated row closing on its time, then the reads\' counter bare ("17.03.2025, 15:37 5781")', () => {
  it('dates the story by the row, and the counter is no part of the date', () => {
    const story = parseStory(corpusPage('timed-date-bare-counter-01'), { timeZone: 'Asia/Almaty' })
    expect(story.publishedAt).toBe('2024-11-04T04:12:00.000Z')
    expect(story.headline).toBe('Regional council approves new bus depot for Karavel district')
  })

  it('leaves a paragraph that opens on a day and a time with a figure and words after them in the body', () => {
    const story = parseStory('Buses leave depot\n\nThe operator moved its fleet to the new depot at the weekend, a spokeswoman said.\n\n04.11.2024, 09:12 1437 passengers had been carried by the first buses from the depot, the operator said.\n\nWork on the old depot begins next year.\n')
    expect(story.paragraphs).toContain('04.11.2024, 09:12 1437 passengers had been carried by the first buses from the depot, the operator said.')
  })
})

describe('a closing "Source:" credit naming a public office ("Source: Office of the Prime Minister")', () => {
  it('signs the office as a desk', () => {
    const story = parseStory(corpusPage('closing-source-office-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Office of the Deputy Premier' }])
    expect(story.paragraphs.at(-1)).toMatch(/as soon as the harbour reopened\.$/)
  })

  it('signs no one from a closing credit naming a person with an office before the name', () => {
    const story = parseStory('Delegation visits island\n\nA delegation arrived on Thursday to assess the flood damage, officials said.\n\nIt will meet aid agencies on Friday.\n\nSource: Deputy Premier Osric Vane\n')
    expect(story.authors).toEqual([])
  })
})

describe('a byline row with its day and time set apart by bullets ("By Jane Roe • 25 October 2022 • 18:15")', () => {
  it('signs the writer and dates the story to the minute', () => {
    const story = parseStory(corpusPage('byline-bullet-date-time-01'), { timeZone: 'Europe/Madrid' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Lucas Ferreiro' }])
    expect(story.publishedAt).toBe('2024-06-14T09:20:00.000Z')
    expect(findDate('14 June 2024 · 11:20')?.iso).toBe('2024-06-14T11:20:00.000Z')
  })

  it('reads no time from a figure after the bullet that is no clock', () => {
    expect(findDate('14 June 2024 • 11 photos')?.iso).toBe('2024-06-14T00:00:00.000Z')
  })
})

describe('an outlet\'s name and its desk set apart by a slash ("Example Bulletin/News Desk")', () => {
  it('signs as the desk, as printed', () => {
    const story = parseStory(corpusPage('outlet-slash-desk-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Harbour Ledger/News Desk' }])
    expect(story.paragraphs[0]).toMatch(/^The port authority of Velmora/)
  })

  it('signs no desk from a help desk after a slash', () => {
    const story = parseStory('Port opens new quay\n\nHarbour Ledger/Help Desk\n\nThe port authority said on Tuesday that a new quay would double the number of containers it can handle.\n\nThe first berth opens next year.\n')
    expect(story.authors).toEqual([])
  })
})
describe('a dateline on its own line with the filing agency after the day ("Baku, May 21, AZERTAC")', () => {
  it('signs the agency as a desk, and the line is neither the headline nor the story\'s', () => {
    const story = parseStory(corpusPage('dateline-line-agency-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'VELTA' }])
    expect(story.headline).toBe('Solar farm near Dorvan connected to national grid')
    expect(story.paragraphs[0]).toMatch(/^The first section of a solar farm/)
  })

  it('signs no one from a place and a day with a weekday after them', () => {
    const story = parseStory('Solar farm connected to grid\n\nDorvan, June 12, Wednesday\n\nThe first section of a solar farm near the town has been connected to the national grid, the ministry said.\n\nTwo more sections follow next year.\n')
    expect(story.authors).toEqual([])
  })
})

describe('a republished story\'s credit naming an outlet with an abbreviation in its name ("… originally appeared on Mt. Verity Courier.")', () => {
  it('signs the outlet as a desk, and the credit and the advertisers\' call under it leave the body', () => {
    const story = parseStory(corpusPage('syndicated-credit-abbrev-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Mt. Verity Courier' }])
    expect(story.paragraphs[0]).toMatch(/^The fishing cooperative at Pelican Point/)
  })

  it('signs no desk from a credit whose abbreviation\'s dot closes a sentence with more after it', () => {
    const story = parseStory('Cold store opens\n\n11 February 2025\nThis content originally appeared on St. Anne Weekly. Reprinted with permission.\n\nThe cooperative opened its cold store on Monday, its chairman said.\n\nThe store holds forty tonnes.\n')
    expect(story.authors).toEqual([])
  })
})

describe('reader comments numbered under the story with no closing line, the page ending in the list ("1. Jane Roe" / "March 4, 2024 at 7:45 pm" / the comment)', () => {
  it('end the story, and the comment\'s time dates nothing', () => {
    const story = parseStory(corpusPage('numbered-comment-unclosed-01'))
    expect(story.publishedAt).toBeNull()
    expect(story.paragraphs.at(-1)).toMatch(/^The head teacher thanked parents/)
  })

  it('leaves a numbered list of names in the body when no day and time is under the first', () => {
    const story = parseStory('Council names new members\n\nThe council named its new members on Monday after a vote that lasted most of the evening.\n\nThe mayor said the new members would start work next month.\n\n1. Marisol Tern\n\n2. Osric Vane\n\nBoth will sit on the housing committee.\n')
    expect(story.paragraphs).toContain('1. Marisol Tern')
    expect(story.paragraphs.at(-1)).toBe('Both will sit on the housing committee.')
  })
})

describe('a breadcrumb trail glued to the title\'s first word over the title alone ("HomeNewsIsland NewsVellmar ferry fares …" over "Vellmar ferry fares …")', () => {
  it('reads the title whole, its first word kept', () => {
    const story = parseStory(corpusPage('breadcrumb-glued-trail-01'))
    expect(story.headline).toBe('Vellmar ferry fares to rise in spring')
  })

  it('keeps the title whole when the trail is glued to it with no words between', () => {
    const lines = [{ text: 'HomeNewsIsland NewsVellmar ferry fares to rise in spring' }, { text: 'Vellmar ferry fares to rise in spring' }]
    expect(titleUnderLabel(lines, 1)).toBeNull()
  })

  it('still takes the shared words when the other line has a label of its own words before them', () => {
    const lines = [{ text: 'Island News Ferry fares to rise in spring' }, { text: 'Vellmar ferry fares to rise in spring' }]
    expect(titleUnderLabel(lines, 1)).toBe('ferry fares to rise in spring')
  })
})

describe('a section\'s label of one word glued before a title printed once ("Asia Dravenian Army Shells …", "News Port council …")', () => {
  it('drops the label from the headline', () => {
    const story = parseStory(corpusPage('section-label-lone-title-01'))
    expect(story.headline).toBe('Dravenian Army Shells Three Villages Near Lake Orsk')
  })

  it('drops a section\'s own name the story prints only in lower case', () => {
    const story = parseStory('News Varnholt council approves harbour budget for next year\n\nThe Varnholt council approved the harbour budget on Tuesday after a long debate, the mayor said.\n\nThe budget pays for new moorings, the council said, and the local news agency reported a close vote.\n')
    expect(story.headline).toBe('Varnholt council approves harbour budget for next year')
  })

  it('keeps a first word the story prints elsewhere', () => {
    const story = parseStory('Harbour Varnholt Council Approves Budget For Next Year\n\nThe Varnholt council approved the harbour budget on Tuesday after a long debate, the mayor said.\n\nThe budget pays for new moorings, the council said.\n')
    expect(story.headline).toBe('Harbour Varnholt Council Approves Budget For Next Year')
  })

  it('keeps a first word the story leaves out when no name of the story follows it', () => {
    const story = parseStory('Bumper Harvest Expected Across The Valley This Year\n\nFarmers in the valley expect a large harvest this year after a mild spring, the growers\' union said.\n\nPrices may fall as a result, the union said.\n')
    expect(story.headline).toBe('Bumper Harvest Expected Across The Valley This Year')
  })

  it('keeps a title opening on a question\'s word before a capitalised one', () => {
    const story = parseStory('Why Varnholt Council Voted Against The Harbour Plan\n\nThe Varnholt council voted against the harbour plan on Tuesday, saying it cost too much.\n\nThe mayor said a smaller plan would be put forward in the spring.\n')
    expect(story.headline).toBe('Why Varnholt Council Voted Against The Harbour Plan')
  })
})

describe('a page opening on a sentence broken at a link\'s anchor (the linked name alone on the first line, the sentence carried on under it from its verb)', () => {
  it('gives no headline, and the story opens on the linked name', () => {
    const story = parseStory(corpusPage('link-broken-first-line-01'))
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toBe('Tarrow Port Holdings and the Olsen Lines group')
  })

  it('keeps a title over a line in lower case that opens on no verb', () => {
    const story = parseStory('Tarrow port reopens after repairs\nupdated 3 hours ago\n\nThe port of Tarrow reopened on Monday after two months of repairs to its main quay, the harbour board said.\n\nShips queued outside the harbour overnight.\n')
    expect(story.headline).toBe('Tarrow port reopens after repairs')
  })

  it('keeps a title set apart from the story by a blank line', () => {
    const story = parseStory('Tarrow Port Holdings and the Olsen Lines group\n\nreported quarterly results on Tuesday that beat forecasts by a wide margin.\n\nShares rose 6% after hours.\n')
    expect(story.headline).toBe('Tarrow Port Holdings and the Olsen Lines group')
  })
})

describe('a title set in title case that reads as a role and a name up to a verb ("Dr Osterlund Appointed Minister in Ports Office")', () => {
  it('is the headline, no picture\'s caption, when the story prints the verb in lower case only', () => {
    const story = parseStory(corpusPage('title-case-role-verb-title-01'))
    expect(story.headline).toBe('Dr Osterlund Appointed Minister in Ports Office')
  })

  it('still reads a role and a name the story prints in full, under the title, as the picture\'s caption', () => {
    const story = parseStory('Mooring fees to rise at the east quay\n\nBoard chairman Tomas Ekdal at the quay\n\nThe harbour board voted on Monday to raise mooring fees by a tenth from the start of next year, its chairman said.\n\nTomas Ekdal, who chairs the board, said the money would pay for new pontoons at the east quay.\n')
    expect(story.headline).toBe('Mooring fees to rise at the east quay')
    expect(story.paragraphs).not.toContain('Board chairman Tomas Ekdal at the quay')
  })
})

describe('summary points set as a list\'s items under the byline, no title printed over them ("• Four held", "• Boat seized", "• \'We warned them\' – Halvorsen")', () => {
  it('give no headline, the byline signs, and the story opens on its lede', () => {
    const story = parseStory(corpusPage('bullet-points-untitled-01'))
    expect(story.headline).toBe('')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Anneke Solvang' }])
    expect(story.paragraphs[0]).toMatch(/^Four men were among the suspects/)
  })

  it('keeps a title printed over the list', () => {
    const story = parseStory('Harbour engine thieves held in Kessby raid\n\n• Four held\n• Boat seized\n• Councillor speaks\n\nFour men were among the suspects held in a joint coastguard and police operation at the fishing harbour of Kessby yesterday, in connection with a string of thefts of outboard engines.\n\nA boat was also seized, police said.\n')
    expect(story.headline).toBe('Harbour engine thieves held in Kessby raid')
  })
})
describe('a comment box\'s notice to a subscriber under the story ("With your current subscription plan you can comment on stories …")', () => {
  it('ends the story', () => {
    const story = parseStory(corpusPage('subscriber-comment-notice-01'))
    expect(story.paragraphs.at(-1)).toBe('The company said it would review the timetable in February after talks with the island council.')
    expect(story.paragraphs.join('\n')).not.toMatch(/display name/)
  })

  it('keeps a paragraph that reports a paper\'s rule on comments and subscriptions', () => {
    const story = parseStory('Paper limits comments\n\nThe Harbour Gazette will let readers comment only with a paid subscription from March, its editor said.\n\nUnder the new rules, readers must create a display name before their first comment, the editor said on Monday.\n\nThe change follows a rise in abusive posts.\n')
    expect(story.paragraphs).toContain('Under the new rules, readers must create a display name before their first comment, the editor said on Monday.')
    expect(story.paragraphs.at(-1)).toBe('The change follows a rise in abusive posts.')
  })
})

describe('a site\'s note under the story that its other-language versions are machine-translated ("The English, … versions are automatically generated by the AI …")', () => {
  it('ends the story, and the list after it is not read as paragraphs', () => {
    const story = parseStory(corpusPage('machine-translation-note-01'))
    expect(story.paragraphs.at(-1)).toBe('Shipping agents said the closure would delay container deliveries to inland towns by two to three days.')
    expect(story.paragraphs.join('\n')).not.toMatch(/translated automatically/)
  })

  it('keeps a paragraph that reports a translation\'s errors', () => {
    const story = parseStory('Treaty text corrected\n\nThe foreign ministry corrected the English text of the fisheries treaty on Friday.\n\nThe English version of the treaty was translated automatically and contained errors in two articles, the minister said.\n\nBoth parliaments will vote on the corrected text next month.\n')
    expect(story.paragraphs).toContain('The English version of the treaty was translated automatically and contained errors in two articles, the minister said.')
    expect(story.paragraphs.at(-1)).toBe('Both parliaments will vote on the corrected text next month.')
  })

  it('keeps a story\'s own sentence on a machine translation when it warns of no errors and points to no original', () => {
    const story = parseStory('Library adds new catalogue\n\nThe city library opened its new catalogue on Tuesday.\n\nThe Spanish and French versions of the catalogue are translated automatically by a program the library bought last year.\n\nThe catalogue lists forty thousand books.\n')
    expect(story.paragraphs).toContain('The Spanish and French versions of the catalogue are translated automatically by a program the library bought last year.')
    expect(story.paragraphs.at(-1)).toBe('The catalogue lists forty thousand books.')
  })
})

describe('a social network\'s post embedded between the paragraphs, its credit under it ("Posted by Example Radio on Tuesday, March 4, 2025")', () => {
  it('leaves the body, the post\'s text and its credit alike, and the story goes on under it', () => {
    const story = parseStory(corpusPage('embedded-post-credit-01'))
    expect(story.paragraphs.join('\n')).not.toMatch(/^Pier Closed/m)
    expect(story.paragraphs.join('\n')).not.toMatch(/Posted by/)
    expect(story.paragraphs.at(-1)).toMatch(/^Local fishermen said/)
    expect(story.publishedAt).toBeNull()
  })

  it('leaves a blog\'s own footer in the same words, under the post\'s last paragraph, as it was', () => {
    const text = 'Garden notes: the first frost\n\nThe first frost came to the allotments on Sunday night, two weeks earlier than last year, and took the last of the beans with it.\n\nMost of us had lifted the potatoes already, and the leeks will stand the cold well enough until spring.\n\nPosted by Hollis Greaves on Tuesday, March 4, 2025\n'
    const story = parseStory(text)
    expect(story.paragraphs.at(-1)).toBe('Most of us had lifted the potatoes already, and the leeks will stand the cold well enough until spring.')
    expect(story.paragraphs.join('\n')).not.toMatch(/Posted by/)
  })
})

describe('a run of teasers for other stories under the story, each summary cut short with two dots or three however long ("… from the Gotse..")', () => {
  it('leaves the body, and the story ends on its own last paragraph', () => {
    const story = parseStory(corpusPage('cut-teaser-run-long-01'))
    expect(story.paragraphs.at(-1)).toBe('Fishermen welcomed the plan, saying three boats had been lost at their moorings in the past five years.')
    expect(story.paragraphs.join('\n')).not.toMatch(/night bus/)
  })

  it('keeps the story\'s own paragraphs trailing off on an ellipsis when fewer than three close it, or when a quote closes after the dots', () => {
    const two = parseStory('Storm cuts power to Bellam\n\nA storm cut power to most of Bellam on Sunday night, the grid operator said.\n\nCrews worked through the night to restore lines on the coast road, where three poles had fallen across the road and the houses beyond them were left in the dark for many hours, and then...\n\nBy morning the lights came back on in every street of the town except the harbour, where the cables had been under water for most of the night and would need drying out...\n')
    expect(two.paragraphs.at(-1)).toMatch(/^By morning the lights came back/)
    const quoted = parseStory('Choir wins regional prize\n\nThe Bellam choir won the regional prize on Saturday, its director said.\n\n“We sang the first piece better than we ever have, and then the second one started and I thought…”\n\n“The judges seemed to like the second piece best, but we were not sure until the very end…”\n\n“When they read out our name we could not believe it, and everyone started crying…”\n')
    expect(quoted.paragraphs.at(-1)).toMatch(/^“When they read out our name/)
  })
})

describe('a byline\'s template printed with its fields left empty ("By on")', () => {
  it('is no paragraph of the story, signs no one, and the title over it stays the headline', () => {
    const story = parseStory(corpusPage('empty-byline-by-on-01'))
    expect(story.headline).toBe('Boatyards Expand Slipways Ahead of Busy Season')
    expect(story.authors).toEqual([])
    expect(story.paragraphs).not.toContain('By on')
  })

  it('keeps a short line that only opens on "By" with words of its own', () => {
    const story = parseStory('Yard opens slipway\n\nThe Pell Point yard opened its new slipway on Monday, its manager said.\n\nBy and large\n\nThe owners said the work had gone to plan.\n')
    expect(story.paragraphs).toContain('By and large')
  })
})

describe('an advertisement\'s label with its ad slot\'s number after it, the ad left out ("Advertisement 27")', () => {
  it('leaves the body between the paragraphs and over the title', () => {
    const story = parseStory(corpusPage('ad-slot-number-01'))
    expect(story.headline).toBe('Hospital ship to visit the southern islands')
    expect(story.paragraphs.join('\n')).not.toMatch(/^Advertisement/m)
    expect(story.paragraphs.at(-1)).toBe('The ship last visited the islands four years ago.')
  })

  it('keeps a line that names an advertisement with more than its number', () => {
    const story = parseStory('Council bans billboards\n\nThe council banned new billboards on the coast road on Tuesday, its chairman said.\n\nAdvertisement 27 of the new rules\n\nThe ban starts in June.\n')
    expect(story.paragraphs).toContain('Advertisement 27 of the new rules')
  })
})
describe('a name alone under the title, over a short lede of one sentence set apart as its own paragraph', () => {
  it('signs the story, and the short lede opens it', () => {
    const story = parseStory(corpusPage('bare-name-short-lede-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Tomas Berglund' }])
    expect(story.paragraphs[0]).toBe('The Eastcliff harbour pool will reopen to swimmers next month.')
  })

  it('signs no one when the short sentence under the name speaks of that person', () => {
    const story = parseStory('Harbour pool to reopen after repairs\n\nIrma Castell\n\nIrma Castell will swim the first length when the pool reopens.\n\nWorkers finished relining the seawater basin on Friday, two weeks ahead of the schedule the town council set in the spring.\n\nThe council said lifeguards would be on duty every afternoon.\n')
    expect(story.authors).toEqual([])
  })
})

describe('a name alone between the title\'s one-sentence summary and the lede, each block set apart by a blank line', () => {
  it('signs the story, and the summary stays out of the body', () => {
    const story = parseStory(corpusPage('deck-name-spaced-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Helga Sundqvist' }])
    expect(story.paragraphs[0]).toMatch(/^NORDHAVN — Fares on the island ferry/)
    expect(story.paragraphs).not.toContain('Operator blames fuel costs and says the winter timetable will not change.')
  })

  it('signs no one when the lede under the name names that person', () => {
    const story = parseStory('Ferry fares to rise by a tenth in spring\n\nOperator blames fuel costs and says the winter timetable will not change.\n\nArne Lindqvist\n\nNORDHAVN — Arne Lindqvist, the operator\'s chief executive, said on Tuesday that fares would rise by ten percent from April.\n\nIslanders said the rise would hit commuters hardest.\n')
    expect(story.authors).toEqual([])
  })
})

describe('an outlet in the lede\'s dateline bracket ("KORVALA (LNR) — …") and the writer\'s card under the story (name, outlet, bio)', () => {
  it('signs the writer the card names, not the outlet in the bracket', () => {
    const story = parseStory(corpusPage('dateline-agency-author-card-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Elin Haraldsen' }])
    expect(story.paragraphs.at(-1)).toMatch(/^Exporters must register/)
  })

  it('still signs the outlet in the bracket when no card names a writer', () => {
    const story = parseStory('Grain board cuts export quota\n\nKORVALA (LNR) — The grain board cut next season\'s wheat export quota by a fifth on Thursday, citing a dry spring and low reserves.\n\nThe new quota allows traders to ship 1.2 million tonnes abroad between July and June.\n\nThe board will review the figure in October.\n')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'LNR' }])
  })
})

describe('a section\'s label alone under the title ("Local News"), over the lede', () => {
  it('signs no one, and stays out of the body', () => {
    const story = parseStory(corpusPage('section-label-under-title-01'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs[0]).toMatch(/^The quick return of stalls/)
  })

  it('still signs an outlet\'s own name printed there ("Lakeside News")', () => {
    const story = parseStory('Mayor Credits Residents for Smooth Reopening of Old Town Market\n\nLakeside News\n\nThe quick return of stalls and shoppers to the Old Town market was made possible by residents who kept to the new rules, the mayor said.\n\nThe market will open on Sundays as well from next month, the council said.\n')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Lakeside News' }])
  })
})

describe('an outlet\'s name with the byline row\'s dot after it alone under the title ("KPE News ·"), no writer named', () => {
  it('signs the outlet as a desk', () => {
    const story = parseStory(corpusPage('outlet-dot-under-title-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'KPE News' }])
    expect(story.paragraphs[0]).toMatch(/^Firefighters are battling a fire/)
  })

  it('signs no desk from a section\'s label set the same way ("Local News ·")', () => {
    const story = parseStory('Fire crews tackle blaze at harbour fish plant\n\nLocal News ·\n\nFirefighters are battling a fire at a fish processing plant on the Port Elda waterfront, and police have closed Quay Road.\n\nPolice are asking drivers to avoid the area.\n')
    expect(story.authors).toEqual([])
  })
})

describe('two dates or more in a row under the story, each alone on its line ("12 March 2025, 08:15" / "12 March 2025, 06:40")', () => {
  it('are a list\'s stamps: none dates the story, none is in the body', () => {
    const story = parseStory(corpusPage('stamp-run-under-story-01'), { timeZone: 'Europe/Berlin' })
    expect(story.publishedAt).toBeNull()
    expect(story.paragraphs).not.toContain('12 March 2025, 08:15')
  })

  it('still dates the story from one date alone under it', () => {
    const story = parseStory('Barriers raised on the Senn\n\nFlood barriers on the lower Senn river were raised on Tuesday for the third time this year, the regional water board said.\n\nThe board said the barriers would stay up until at least Friday.\n\n12 March 2025, 08:15\n', { timeZone: 'Europe/Berlin' })
    expect(story.publishedAt).toBe('2025-03-12T07:15:00.000Z')
  })
})

describe('"Source: <outlet>" in the header, under the lead picture\'s caption, over a lede whose dateline bracket holds the outlet\'s initials ("(MSW)")', () => {
  it('signs the outlet by the name the header spells out', () => {
    const story = parseStory(corpusPage('source-spelled-over-bracket-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Mountain Science Wire' }])
  })

  it('signs the bracket\'s outlet when its initials are not the credited source\'s', () => {
    const story = parseStory('Glacier Melt Speeds Up Across the Northern Range\n\nSource: Mountain Science Wire\n\nKESSELBERG, Ostland, June 14, 2019 (ENS) – Glaciers in the northern range are losing ice twice as fast as they did a decade ago, a survey found.\n\nThe survey measured forty glaciers over three summers.\n')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'ENS' }])
  })
})

describe('an agency named in the lede\'s dateline without brackets ("Dornbay, Mar 14, VNS: …", "Khovsgol/STEPPEWIRE/. …")', () => {
  it('signs the initials after the place and the day, before the colon', () => {
    const story = parseStory(corpusPage('dateline-unbracketed-agency-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'VNS' }])
  })

  it('signs the name in capitals between slashes after the place', () => {
    const story = parseStory(corpusPage('dateline-unbracketed-agency-02'), { timeZone: 'Asia/Ulaanbaatar' })
    expect(story.authors).toEqual([{ kind: 'desk', name: 'STEPPEWIRE' }])
  })

  it('signs no one for a country\'s short name there, nor for a slash in a sentence', () => {
    const country = parseStory('Talks on fishing quotas end without a deal\n\nLondon, May 4, UK: Talks between the two sides on next year\'s fishing quotas ended without a deal on Thursday, officials said.\n\nBoth sides said they would meet again next month.\n')
    expect(country.authors).toEqual([])
    const sentence = parseStory('Council weighs parking fees\n\nThe council said drivers and/or riders/. Some members asked for a cheaper permit for residents who park overnight on their own street.\n\nA vote is due next month.\n')
    expect(sentence.authors).toEqual([])
  })
})

describe('a wire agency\'s copyright notice alone right under the last paragraph ("© Kyodo")', () => {
  it('signs the agency as the desk', () => {
    const story = parseStory(corpusPage('wire-copyright-under-story-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Kyodo' }])
  })

  it('signs no one for the site\'s own notice set the same way ("© Harbour Evening Post")', () => {
    const story = parseStory('Ferry sailings suspended as storm nears\n\nFerry operators on Wednesday suspended all sailings to the northern islands as a storm moved up the coast.\n\nOperators said they hoped to resume sailings on Friday if the sea calms.\n\n© Harbour Evening Post\n')
    expect(story.authors).toEqual([])
  })
})

describe('a news theme\'s meta row under the title: a name, the post\'s age, its sections, the comments\' link and the views\' counter', () => {
  it('signs the name as the writer', () => {
    const story = parseStory(corpusPage('theme-meta-row-name-age-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Dana Whitcombe' }])
    expect(story.paragraphs[0]).toMatch(/^A water main broke/)
  })

  it('signs no one for an outlet\'s name before the age and the counter, nor for a sentence that ends on views', () => {
    const outlet = parseStory('Water main break closes Elm Street\n\nCoastal Herald 3 days ago 1,200 Views\n\nA water main broke under Elm Street early Tuesday, flooding two blocks of the road.\n\nThe road is expected to reopen by evening.\n')
    expect(outlet.authors).toEqual([])
    const sentence = parseStory('Clip of harbour seal goes viral\n\nA short clip of a harbour seal napping on a dinghy, posted 3 days ago, has drawn 12,000 views.\n\nThe owner of the dinghy said the seal left on its own after an hour.\n')
    expect(sentence.authors).toEqual([])
  })
})

describe('the alternative text of the writer\'s portrait right over a name alone in the byline\'s block ("Reporter photo" / "MIN HA-EUN")', () => {
  it('signs the name as printed', () => {
    const story = parseStory(corpusPage('portrait-alt-over-name-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'MIN HA-EUN' }])
  })

  it('signs a name in title case too, and no one for a place or a body under the label', () => {
    const named = parseStory('Ferry fares to rise in spring\n\nAuthor photo\nDana Whitcombe\n\nFerry fares on the island routes will rise by five percent in April, the operator said on Monday.\n\nThe operator said fuel costs had risen sharply over the winter.\n')
    expect(named.authors).toEqual([{ kind: 'person', name: 'Dana Whitcombe' }])
    const place = parseStory('Ferry fares to rise in spring\n\nAuthor photo\nHarbour City Council\n\nFerry fares on the island routes will rise by five percent in April, the operator said on Monday.\n\nThe operator said fuel costs had risen sharply over the winter.\n')
    expect(place.authors).not.toContainEqual({ kind: 'person', name: 'Harbour City Council' })
  })
})
describe('a page that opens on the lead picture\'s caption closing on its credit in brackets ("… (PHOTO PROVIDED TO EXAMPLE DAILY)"), no title over the story', () => {
  it('prints no title, and the caption stays out of the body', () => {
    const story = parseStory(corpusPage('credited-caption-untitled-03'))
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toMatch(/^PORT ALDER - The city's rail operator/)
  })

  it('keeps a title closing on a bracket that names pictures but no source ("… (Photos inside)")', () => {
    const story = parseStory('Council passes the harbour budget. (Photos inside)\n\nPORT ALDER - The council passed the harbour budget on Monday after a debate that ran until two in the morning.\n\nThe mayor said the vote would let work on the quay begin in spring.\n')
    expect(story.headline).toBe('Council passes the harbour budget. (Photos inside)')
  })
})

describe('a site\'s banner with a label and a colon ("Island Radio Awards: Example FM …") over the title, right over the date line', () => {
  it('takes the line the story takes up, over the date, for the title', () => {
    const story = parseStory(corpusPage('promo-banner-over-title-01'))
    expect(story.headline).toBe('Ferry Timetable Cuts Could Leave Island Pupils Without a Way to Reach the Mainland High School')
    expect(story.paragraphs[0]).toMatch(/^Pupils from the outer islands/)
  })

  it('keeps a title with a label and a colon that the story takes up over its deck ("Ferry Cuts: Island Pupils Face …")', () => {
    const story = parseStory('Ferry Cuts: Island Pupils Face Long Wait for the Mainland School\n\nThe operator plans to drop the early sailing that takes outer island pupils to the mainland high school before lessons begin\n\nMar 6, 2024 | Local News\n\nPupils from the outer islands could soon have no ferry that gets them to the mainland high school before the first bell, after the operator proposed dropping its early sailing from the spring timetable.\n\nThe operator told the island council on Tuesday that the early crossing carries fewer than forty passengers on most days.\n\nA decision on the timetable is expected before the end of the month.\n')
    expect(story.headline).toBe('Ferry Cuts: Island Pupils Face Long Wait for the Mainland School')
  })
})

describe('a site\'s name and slogan printed over and over above the title, as each of its headers prints them', () => {
  it('are the masthead\'s: the title under them is the headline, and they stay out of the body', () => {
    const story = parseStory(corpusPage('masthead-repeated-over-title-01'))
    expect(story.headline).toBe('Library to stay open through the night during exam weeks')
    expect(story.paragraphs[0]).toMatch(/^The college library will stay open/)
    expect(story.paragraphs).not.toContain('The Northbrook Lantern')
  })

  it('still takes a title printed again between the site\'s name, which the story takes up', () => {
    const story = parseStory('The Northbrook Lantern\n\nLibrary to stay open through the night during exam weeks\n\nThe Northbrook Lantern\n\nLibrary to stay open through the night during exam weeks\n\nThe Northbrook Lantern\n\nThe college library will stay open through the night for the last three weeks of the spring term, the student council announced on Wednesday.\n\nTwo security staff will be on duty overnight.\n')
    expect(story.headline).toBe('Library to stay open through the night during exam weeks')
  })
})

describe('another story\'s card over the title (its title, its byline row "Maya Okafor, Contributor • April 9, 2024", a share link), the story\'s title right over its lede', () => {
  it('takes the story\'s own title, and neither the card\'s byline nor its date signs or dates the story', () => {
    const story = parseStory(corpusPage('card-over-title-01'))
    expect(story.headline).toBe('Council backs plan for a second bike shelter by the library')
    expect(story.authors).toEqual([])
    expect(story.publishedAt).toBeNull()
  })

  it('keeps a title the story takes up over its own byline row and a standfirst', () => {
    const story = parseStory('Council backs plan for a second bike shelter by the library\nMaya Okafor, Contributor • April 9, 2024\n\nMembers say the only shelter on campus is full by nine each morning\n\nThe student council voted on Tuesday to pay for a second covered bike shelter beside the library, after complaints that the only shelter on campus is full by nine in the morning.\n\nThe new shelter will hold about eighty bicycles and will be built over the summer break.\n\nThe money will come from the council reserve fund.\n')
    expect(story.headline).toBe('Council backs plan for a second bike shelter by the library')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Maya Okafor' }])
  })
})

describe('a reporter\'s name alone on the page\'s first line ("Ramesh Adhikari"), right over a lede opening on its dateline, no title printed', () => {
  it('prints no title, and the name signs the story', () => {
    const story = parseStory(corpusPage('name-over-dateline-untitled-01'))
    expect(story.headline).toBe('')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Ramesh Adhikari' }])
    expect(story.paragraphs[0]).toMatch(/^DHUNGESANGU: Floodwater/)
  })

  it('keeps a title of two capitalised words whose words the story prints ("Bridges Swept")', () => {
    const story = parseStory('Bridges Swept\n\nDHUNGESANGU: Floodwater from the swollen Seti river has swept away two suspension bridges in the northern villages of the district, cutting off more than three hundred households on Wednesday night.\n\nLocal officials said no one was on the bridges when they collapsed.\n')
    expect(story.headline).toBe('Bridges Swept')
    expect(story.authors).toEqual([])
  })
})

describe('a page with no title opening on a short sentence closed by who said it in the past tense ("…, police said.")', () => {
  it('prints no title: the sentence is the story\'s first paragraph', () => {
    const story = parseStory(corpusPage('said-lede-untitled-01'))
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toBe('A landslide closed the coast road on Tuesday, police said.')
  })

  it('keeps a title that tells who says it in the present ("…, police say.")', () => {
    const story = parseStory('Landslide closes the coast road, police say.\n\nA section of the hillside above the road near Carrick Point gave way shortly before dawn, covering both lanes with mud, rock and fallen trees.\n\nNo one was hurt, but drivers face a detour of about twenty kilometres.\n')
    expect(story.headline).toBe('Landslide closes the coast road, police say.')
  })
})

describe('a site\'s name of a few capitalised words on the first line, right over the title with no blank line between, the date under the title', () => {
  it('takes the title the story takes up, not the site\'s name over it', () => {
    const story = parseStory(corpusPage('site-name-over-title-unspaced-01'))
    expect(story.headline).toBe("Quarry Plan Wins Approval Despite Residents' Objections")
    expect(story.paragraphs[0]).toMatch(/^The county planning board approved/)
  })

  it('keeps a short title in capitals the story takes up over its deck and the date', () => {
    const story = parseStory("Ridgeway Quarry Approved\nBoard backs the expansion despite residents' letters of objection\nMarch 8, 2024\nThe county planning board approved the expansion of the Ridgeway quarry on Thursday night, despite more than three hundred letters of objection from residents of the villages below it.\nThe company says the expansion will add fifteen years to the life of the quarry.\nResidents said they would consider an appeal at the next sitting of the board.\n")
    expect(story.headline).toBe('Ridgeway Quarry Approved')
  })
})

describe('a site\'s name of a few capitalised words on the first line, right over the title with no blank line between, the lede under the title', () => {
  it('takes the title the story takes up, not the site\'s name over it', () => {
    const story = parseStory(corpusPage('site-name-over-title-unspaced-02'))
    expect(story.headline).toBe('Quarry plan wins approval despite objections')
    expect(story.paragraphs[0]).toMatch(/^The county planning board approved/)
  })

  it('keeps a short title in capitals the story takes up over its deck and the lede', () => {
    const story = parseStory("Ridgeway Quarry Approved\nBoard backs the expansion despite residents' letters of objection\nThe county planning board approved the expansion of the Ridgeway quarry on Thursday night, despite more than three hundred letters of objection from residents of the villages below it.\nThe company says the expansion will add fifteen years to the life of the quarry.\n")
    expect(story.headline).toBe('Ridgeway Quarry Approved')
  })
})

describe('a page with no title opening on a short sentence that opens on an article and tells in the past ("The county planning board approved …")', () => {
  it('prints no title: the sentence is the story\'s first paragraph', () => {
    const story = parseStory(corpusPage('article-past-lede-untitled-01'))
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toBe('The county planning board approved the expansion of the Ridgeway quarry.')
  })

  it('keeps a title with a full stop that tells in the present ("The county board approves …")', () => {
    const story = parseStory('The county board approves the Ridgeway quarry expansion at last.\nMore than three hundred residents had written letters of objection, and dozens spoke at the four-hour hearing on Thursday night.\nThe company says the expansion will add fifteen years to the life of the quarry.\n')
    expect(story.headline).toBe('The county board approves the Ridgeway quarry expansion at last.')
  })
})
describe('the newsletter sign-up link\'s label alone between the byline\'s lines and the lede ("Email newsletter signup")', () => {
  it('is chrome, and the role lines over it stay out of the body', () => {
    const story = parseStory(corpusPage('newsletter-signup-label-01'), { timeZone: 'America/Chicago' })
    expect(story.paragraphs[0]).toMatch(/^Starting next week, the Millbrook Public Library/)
    expect(story.paragraphs).not.toContain('Email newsletter signup')
  })

  it('keeps a paragraph that speaks of a newsletter sign-up', () => {
    const story = parseStory('Library adds evening hours\n\nThe library will stay open later on Tuesdays and Thursdays this winter, the board said.\n\nThe newsletter signup drive brought in three hundred new readers.\n\nThe hours will be reviewed in March.\n')
    expect(story.paragraphs).toContain('The newsletter signup drive brought in three hundred new readers.')
  })
})

describe('a page that breaks off right after a comma in its last paragraph ("… and a reply is expected within weeks,")', () => {
  it('keeps the paragraph as the story\'s last, cut off', () => {
    const story = parseStory(corpusPage('comma-cut-last-01'), { timeZone: 'Asia/Colombo' })
    expect(story.paragraphs.at(-1)).toBe('Chairman Ruwan Silva said these proposals are being studied and a reply is expected within weeks,')
    expect(story.endsCutOff).toBe(true)
  })

  it('still leaves out a link\'s title in title case that ends on a comma under the story', () => {
    const story = parseStory("Water board weighs higher rates\n\nThe regional water board says household rates may have to rise before the dry season, its chairman said on Monday.\n\nHe said two of the district's reservoirs were already below half their usual level for March.\n\nWater Rates Are Set To Rise In Four Districts This Year,\n")
    expect(story.paragraphs.at(-1)).toBe("He said two of the district's reservoirs were already below half their usual level for March.")
  })
})

describe('a roundup: a sentence under the title over paragraphs that open on the datelines of several places ("NORTHWICK: …", "EASTFIELD: …")', () => {
  it('reads the sentence as the roundup\'s lede, not a summary over the first dateline', () => {
    const story = parseStory(corpusPage('roundup-datelines-01'))
    expect(story.standfirst).toBeNull()
    expect(story.paragraphs[0]).toMatch(/^Strong winds tore roofs off/)
  })

  it('still reads a summary over a wire lede as the standfirst when one other dateline follows and the summary names neither place', () => {
    const story = parseStory("Ministers meet over fishing quotas\n\nThe talks are expected to run late into the night as both sides dig in over the share of the catch.\n\nBRUSSELS — Fisheries ministers from the bloc's coastal states met on Monday to settle next year's quotas for the northern waters.\n\nOfficials said a deal on cod remained out of reach after two earlier rounds of talks ended without agreement.\n\nOSLO — Norway's fisheries minister said on Monday that his country would not accept a cut to its herring share.\n\nThe talks resume on Tuesday.\n")
    expect(story.standfirst).toBe('The talks are expected to run late into the night as both sides dig in over the share of the catch.')
    expect(story.paragraphs[0]).toMatch(/^BRUSSELS — /)
  })
})

describe('reader comments printed as a numbered list with no name or date ("1. …") over "Comments are closed.", set apart by a wider gap', () => {
  it('are no paragraphs of the story', () => {
    const story = parseStory(corpusPage('numbered-comment-closed-01'))
    expect(story.paragraphs.at(-1)).toBe('The council will meet traders next month before taking a final decision on the charges. (Harbour Times)')
    expect(story.paragraphs.some((paragraph) => paragraph.startsWith('1. '))).toBe(false)
  })

  it('keeps a numbered list the story sets with its own paragraphs\' gap over the closing line', () => {
    const story = parseStory('Council names its priorities\n\nThe city council set out its priorities for the year at Monday\'s meeting, led by roads and housing.\n\nDeputy Mayor Anil Perera said the list had been drawn up after a survey of residents.\n\n1. Repair the harbour road before the winter storms arrive.\n\n2. Build two hundred affordable homes on the old depot site.\n\nComments are closed.\n')
    expect(story.paragraphs.at(-1)).toBe('2. Build two hundred affordable homes on the old depot site.')
  })
})

describe('a caption closing on its photographer and an outlet whose brand sets its last word in lower case ("Tom Becker/Millbrook independent")', () => {
  it('is a caption, not a paragraph', () => {
    const story = parseStory(corpusPage('caption-lowercase-outlet-01'))
    expect(story.paragraphs.some((paragraph) => paragraph.endsWith('Tom Becker/Millbrook independent'))).toBe(false)
    expect(story.paragraphs).toContain('Kent Valley pulled one back with ten minutes to play, but the Millbrook defence held on through five minutes of stoppage time.')
  })

  it('keeps a paragraph closing on a name, a slash and a place with a word that is no paper\'s', () => {
    const story = parseStory('Millbrook hosts the regional final\n\nMillbrook will host the regional final on Saturday after the school board approved the use of its new field.\n\nThe final kicks off at noon. Tom Becker/Millbrook athletics\n\nTickets cost $5 at the gate.\n')
    expect(story.paragraphs).toContain('The final kicks off at noon. Tom Becker/Millbrook athletics')
  })
})

describe('a short lede whose subject is a noun that a picture\'s scene verb spells, with a word in "-ing" after it ("A new tram line serving …")', () => {
  it('is the lede, not the lead picture\'s caption', () => {
    const story = parseStory(corpusPage('scene-noun-lede-01'))
    expect(story.paragraphs[0]).toBe('A new tram line serving the northern suburbs of Kessby opened to passengers on Sunday.')
  })

  it('still reads a scene told with the verb in "-s" and a word in "-ing" ("… stands waving …") as a caption', () => {
    const story = parseStory("Ferry service returns to the islands\n\nHarbour master Jane Roe stands waving at the first ferry outside the terminal on Monday.\n\nThe ferry service to the outer islands resumed on Monday after six weeks of repairs to the harbour's main ramp, the port authority said.\n\nThe authority said sailings would run on the winter timetable until April.\n")
    expect(story.paragraphs[0]).toMatch(/^The ferry service to the outer islands resumed/)
  })
})

describe('"About Jane Roe" under the story over a bio that opens on the same name ("Dana Cole has been the station\'s news director …")', () => {
  it('is the author card: it ends the story and names the author', () => {
    const story = parseStory(corpusPage('about-name-bio-01'))
    expect(story.paragraphs.at(-1)).toBe('Route 61 was closed for about four hours while crews cleared the grain and towed the truck.')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Dana Cole' }])
  })

  it('keeps a profile\'s crossheads naming the people it is about, each over its paragraphs', () => {
    const story = parseStory("Three candidates run for mayor\n\nThree candidates are running for mayor in next month's election, the first open race in twelve years.\n\nAbout Jane Roe\n\nJane Roe has served two terms on the council and chairs its budget committee.\n\nShe says her first priority would be repairing the harbour road.\n\nAbout John Doe\n\nJohn Doe has run the hardware store on Main Street since 1998.\n")
    expect(story.paragraphs).toContain('About John Doe')
    expect(story.paragraphs.at(-1)).toBe('John Doe has run the hardware store on Main Street since 1998.')
  })
})

describe('a Read-also line the page store cut off before its title\'s second word ("RELATED: Ha"), the page\'s last line', () => {
  it('is no Read-also, and the story ends over it', () => {
    const story = parseStory(corpusPage('cut-readalso-title-01'))
    expect(story.readAlso).toEqual([])
    expect(story.paragraphs.at(-1)).toMatch(/^The board will hold its next public meeting/)
  })

  it('keeps a title of several words closing a page the store cut at the same length', () => {
    const page = corpusPage('cut-readalso-title-01').replace(/RELATED: Ha$/, 'RELATED: Harbour dredging plan approved')
    const story = parseStory(page)
    expect(story.readAlso).toEqual(['Harbour dredging plan approved'])
  })
})

describe('a caption that a gallery repeats, run together on one line two to four times over', () => {
  it('is read once, as a caption, and the lede under it opens the story', () => {
    const story = parseStory(corpusPage('repeated-caption-line-01'))
    expect(story.paragraphs[0]).toMatch(/^The Kessby Wolves needed overtime/)
  })

  it('keeps a paragraph whose two sentences differ, whatever they share', () => {
    const story = parseStory('Wolves win again in overtime\n\nThe Wolves won in overtime on Saturday for the second game running at the Kessby Arena. The Wolves won in overtime on Saturday for the second game running at the Kessby Arena again.\n\nNils Aho scored the winner 48 seconds into the extra period.\n')
    expect(story.paragraphs[0]).toMatch(/^The Wolves won in overtime on Saturday/)
  })
})

describe('a title in a headline\'s style between the paragraphs, right over a crosshead with no paragraph between them', () => {
  it('is a link to another story, and the crosshead under it stays', () => {
    const story = parseStory(corpusPage('teaser-over-crosshead-01'))
    expect(story.paragraphs).not.toContain('Jane Roe wins second term as mayor in Port Alder landslide')
    expect(story.paragraphs).toContain('Kessby')
  })

  it('keeps a crosshead of the story\'s own, with its articles, over a sub-heading', () => {
    const story = parseStory("Council sets out its spending plans\n\nThe city council approved its spending plans for the coming year at a long meeting on Monday night.\n\nHere is a look at what the council decided on each of the main budget lines.\n\nWhat the council decided on its roads budget\n\nRoads\n\nThe roads budget rises by four percent, with most of the money going to resurfacing the harbour road and the bridges over the river.\n\nParks\n\nThe parks budget stays flat for the third year in a row, though the council added money for two new playgrounds.\n")
    expect(story.paragraphs).toContain('What the council decided on its roads budget')
  })
})
describe('a lede\'s place and day, then the agency\'s initials and a spaced dash ("Tamsor, Mar. 4, KPA - …")', () => {
  it('signs the agency as the desk', () => {
    const story = parseStory(corpusPage('dateline-unbracketed-agency-dash-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'KPA' }])
  })

  it('signs no one for a country\'s short name there, nor for a sentence that names a day and initials', () => {
    const country = parseStory('Talks resume on fishing rights\n\nLondon, Mar. 4, UK - Talks on fishing rights resumed on Tuesday after a pause of two months, officials said.\n\nBoth sides said they hoped to agree on quotas before the summer.\n')
    expect(country.authors).toEqual([])
    const sentence = parseStory('Clinic hours extended\n\nThe clinic said that on Mar. 4, KPA staff would hand out the new cards to patients in the district.\n\nThe cards replace the paper forms used since the clinic opened.\n')
    expect(sentence.authors).toEqual([])
  })
})

describe('a byline row with a capital I standing for the bar and the day glued to the month\'s abbreviation ("Jane ROE I Tuesday, Feb.11, 2025")', () => {
  it('signs the name and dates the story', () => {
    const story = parseStory(corpusPage('byline-capital-i-bar-glued-day-01'), { timeZone: 'Africa/Lagos' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Adaeze NWOSU' }])
    expect(story.publishedAt).toBe('2025-02-10T23:00:00.000Z')
  })

  it('reads the glued day only after a month\'s abbreviation, and keeps a sentence with the pronoun before a day as the story\'s', () => {
    expect(findDate('Sec.11, 2025')).toBeNull()
    const sentence = parseStory('Ferry jetties nearly done\n\nThe director said: "When I visited on Tuesday, Feb. 11, 2025, the jetties were nearly done, and I was pleased."\n\nThe office will publish a timetable once all six jetties are open.\n')
    expect(sentence.authors).toEqual([])
    expect(sentence.paragraphs[0]).toMatch(/^The director said/)
  })
})

describe('a lede opening on its weekday and day with the year, then a dash ("Thursday, June 13, 2024 - Residents …")', () => {
  it('dates the story on that day', () => {
    const story = parseStory(corpusPage('lede-weekday-date-dash-01'), { timeZone: 'Africa/Nairobi' })
    expect(story.publishedAt).toBe('2024-06-12T21:00:00.000Z')
  })

  it('dates nothing by a weekday and day without the year, nor by a sentence that opens on a weekday', () => {
    const noYear = parseStory('Boil notice for lakeside estates\n\nThursday, June 13 - Residents of three lakeside estates have been told to boil their drinking water for the rest of the week.\n\nThe company said crews were replacing the damaged pipe.\n')
    expect(noYear.publishedAt).toBeNull()
    const sentence = parseStory('Boil notice for lakeside estates\n\nThursday, June 13, 2024 was the day the residents of three estates were told to boil their water, the company recalled.\n\nThe company said crews were replacing the damaged pipe.\n')
    expect(sentence.publishedAt).toBeNull()
  })
})

describe('a name alone in title case on the page\'s last line, right under the story ("Kelechi Nwankwo")', () => {
  it('signs the name as the writer', () => {
    const story = parseStory(corpusPage('closing-name-title-case-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Kelechi Nwankwo' }])
  })

  it('signs no one for a person the story speaks of, a list\'s heading or a place there', () => {
    const body = 'Crews began clearing the storm drains along the coast road on Monday.\n\nThe engineer, Mary Ogundipe, said the drains had not been cleared for two years.\n\nTraders said water had entered their stalls three times last year.\n\n'
    expect(parseStory(`Drains cleared\n\n${body}Mary Ogundipe\n`).authors).toEqual([])
    expect(parseStory(`Drains cleared\n\n${body}Latest Posts\n`).authors).toEqual([])
    expect(parseStory(`Drains cleared\n\n${body}Coast Road\n`).authors).toEqual([])
  })
})

describe('a press release\'s day over the line saying when it was issued ("9 March, 2023" / "Update #2; issued at 0945 hours")', () => {
  it('dates the story at that time on that day', () => {
    const story = parseStory(corpusPage('release-issued-hours-01'), { timeZone: 'Pacific/Auckland' })
    expect(story.publishedAt).toBe('2023-03-08T20:45:00.000Z')
  })

  it('keeps the day alone for four figures that are no clock, and for a sentence of the story about an issue time', () => {
    const body = 'The harbour ferry crossing reopened this morning after engineers checked the landing ramps damaged in the storm, the controller said.\n\nSailings will run every hour until dusk while repairs to the northern ramp continue.\n'
    expect(parseStory(`Ferry crossing reopens\n\n9 March, 2023\nUpdate #2; issued at 2745 hours\n\n${body}`, { timeZone: 'Pacific/Auckland' }).publishedAt).toBe('2023-03-08T11:00:00.000Z')
    const sentence = parseStory(`Ferry crossing reopens\n\n9 March, 2023\n\nThe first warning of the storm was issued at 0945 hours on Tuesday by the regional forecasters, well before the wind picked up over the harbour.\n\n${body}`, { timeZone: 'Pacific/Auckland' })
    expect(sentence.publishedAt).toBe('2023-03-08T11:00:00.000Z')
  })
})

describe('a republished story\'s credit under it, the first outlet in brackets then its writer ("(Diario del Río) by Marisol Quintero, with Valley Tribune content")', () => {
  it('signs the writer and the outlet, not the editors\' initials under it', () => {
    const story = parseStory(corpusPage('republished-bracket-outlet-by-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Marisol Quintero' }, { kind: 'desk', name: 'Diario del Río' }])
  })

  it('takes no outlet from a picture\'s credit set the same way', () => {
    const story = parseStory('Bridge to open in March\n\nThe mayor said on Thursday that the new bridge to the southern bank would open to traffic in the first week of March.\n\nContractors told the council that the deck was now complete and that only the lighting remained.\n\nThe council has promised a free bus across the bridge for the first month.\n\n(Photo) by Marisol Quintero\n')
    expect(story.authors).not.toContainEqual({ kind: 'desk', name: 'Photo' })
  })
})

describe('a site\'s link or box, or a street\'s name, on the page\'s last line under a story no one signs ("Contact Us", "Marine Drive")', () => {
  it('signs no one for words no one is named by, and still signs a name', () => {
    const body = 'Crews began clearing the storm drains along the coast road on Monday.\n\nThe engineer said the drains had not been cleared for two years.\n\nTraders said water had entered their stalls three times last year.\n\n'
    for (const last of ['Contact Us', 'Advertise Here', 'Print Friendly', 'Weather Alerts', 'Marine Drive', 'Photo Gallery']) {
      expect(parseStory(`Drains cleared\n\n${body}${last}\n`).authors).toEqual([])
    }
    expect(parseStory(`Drains cleared\n\n${body}Tomas Becker\n`).authors).toEqual([{ kind: 'person', name: 'Tomas Becker' }])
  })
})
describe('a link to the same story in another language, its label and the version\'s title', () => {
  it('is left out, and the lede under it opens the story', () => {
    const story = parseStory(corpusPage('language-link-01'))
    expect(story.paragraphs[0]).toMatch(/^The harbour board agreed on Tuesday/)
    expect(story.paragraphs.join('\n')).not.toMatch(/Lire en français|Read in English/)
  })

  it('keeps a paragraph that opens on a language\'s name in a sentence of its own', () => {
    const story = parseStory('Harbour board agrees to reopen ferry talks\n\nThe harbour board agreed on Tuesday to reopen talks with the ferry operators.\n\nIn English ports, such talks usually take months, the board chair said on Tuesday.\n\nBoard chair Sam Lee said the first meeting would take place next week.\n')
    expect(story.paragraphs).toContain('In English ports, such talks usually take months, the board chair said on Tuesday.')
  })
})

describe('a caption run together with itself on one line, then printed once more under it', () => {
  it('is the picture\'s, and a lede opening on its first words in capitals over it stays the story\'s first paragraph', () => {
    const story = parseStory(corpusPage('glued-caption-twice-01'))
    expect(story.paragraphs[0]).toMatch(/^THE coalition running Millbrook council/)
    expect(story.paragraphs.join('\n')).not.toMatch(/The planned route would cut across farmland/)
  })

  it('keeps a paragraph printed twice with a full stop, one copy of it', () => {
    const story = parseStory('Bypass vote set for next month\n\nThe council has set a date for its vote on the northern bypass.\n\nThe route would cut across farmland north of the mill.The route would cut across farmland north of the mill.\nThe route would cut across farmland north of the mill.\n\nCouncillors have been unable to agree on a route for the road for more than a decade.\n')
    expect(story.paragraphs.join('\n')).toMatch(/The route would cut across farmland north of the mill\./)
  })
})

describe('a picture\'s alternative text right over its caption credited "(Outlet: Photographer)", a blank line under the pair', () => {
  it('is the picture\'s, as its caption is, and the story reads on without either', () => {
    const story = parseStory(corpusPage('figure-alt-over-credit-01'))
    expect(story.paragraphs[0]).toBe('The water came up faster than anyone in Kessby expected.')
    expect(story.paragraphs).not.toContain('Flooded paddock near Kessby, Ostland.')
    expect(story.paragraphs.join('\n')).not.toMatch(/Example Radio: Sam Lee/)
  })

  it('keeps a short paragraph over such a caption where the story\'s paragraphs run on with no blank line between them', () => {
    const story = parseStory('Coast road closed by floods\n\nThe coast road near Kessby was closed on Monday after heavy rain.\nFarmers moved cattle from the fields near Kessby.\nWhole fields have disappeared under water near Kessby.(Example Radio: Sam Lee)\nThe council says the drains will be cleared before the winter storms arrive.\nPumps were brought in from two counties away to clear the water.\n')
    expect(story.paragraphs).toContain('Farmers moved cattle from the fields near Kessby.')
  })
})
describe('a title with the site\'s genre label in lower case run on before it, over a date line printed without its dates', () => {
  it('reads the title without the label, and neither the label nor the empty date line as the headline', () => {
    const story = parseStory(corpusPage('genre-label-empty-date-01'))
    expect(story.headline).toBe('Four lessons from a week on the flooded river towns')
    expect(story.paragraphs[0]).toBe('Nobody warns you about the smell.')
    expect(story.paragraphs).not.toContain('Posted , updated')
  })

  it('keeps a paragraph that opens on the word analysis and a colon in capitals, and a title kicker in capitals', () => {
    const story = parseStory('Analysis: Harbour tolls set to double next year\n\nThe harbour board voted on Tuesday to double its tolls from January, citing the cost of dredging the channel.\n\nAnalysis: the board says the rise will pay for itself within three years, though shippers dispute the figures.\n')
    expect(story.headline).toBe('Analysis: Harbour tolls set to double next year')
    expect(story.paragraphs).toContain('Analysis: the board says the rise will pay for itself within three years, though shippers dispute the figures.')
  })
})

describe('a title telling its news with "to" and a verb, a word in -ing after it, under the site\'s name', () => {
  it('is the headline, not a picture\'s caption', () => {
    const story = parseStory(corpusPage('future-title-ing-noun-01'))
    expect(story.headline).toBe('Campaign to save village swimming pool closing')
  })

  it('still reads a caption whose participle comes before the "to" as a caption', () => {
    const story = parseStory('Bridge reopens after six months of repairs\n\nWorkers preparing to open the bridge\n\nThe Tarn bridge reopened to traffic on Monday morning after six months of repairs to its deck and railings.\n\nDrivers had faced a long detour through the town centre while the work went on.\n')
    expect(story.headline).toBe('Bridge reopens after six months of repairs')
    expect(story.paragraphs).not.toContain('Workers preparing to open the bridge')
  })
})

describe('a summary of the story cut off by the store\'s length, no full stop, over the title and the story', () => {
  it('is no headline: the shorter line under it is', () => {
    const story = parseStory(corpusPage('cut-summary-over-title-01'))
    expect(story.headline).toBe('Islanders face two-hour ferry queues')
    expect(story.paragraphs[0]).toMatch(/^Residents of Inishcarra are waiting/)
  })

  it('keeps a long headline over its shorter subtitle as the headline', () => {
    const story = parseStory('Harbour board approves dredging of the main channel after two years of delays\n\nWork to start in May\n\nThe harbour board approved plans on Tuesday to dredge the main shipping channel, ending two years of delays over the dredging contract.\n\nThe work is expected to start in May and take about four months.\n')
    expect(story.headline).toBe('Harbour board approves dredging of the main channel after two years of delays')
  })
})

describe('a page with no title that opens on one finished sentence of two clauses joined by a comma and "and", each with its verb', () => {
  it('prints no title; the sentence is the story\'s first paragraph', () => {
    const story = parseStory(corpusPage('two-clause-sentence-first-01'))
    expect(story.headline).toBe('')
    expect(story.paragraphs[0]).toBe('The promenade cafes are fed up, and the council won’t listen.')
  })

  it('keeps a title that joins two nouns with a comma and "and", no second verb, as the title', () => {
    const story = parseStory('Ferry fares rise again, and longer queues.\n\nThe ferry company raised its fares for the second time this year on Monday, blaming the cost of fuel.\n\nPassengers at the harbour said the queues had also grown since the spring timetable began.\n')
    expect(story.headline).toBe('Ferry fares rise again, and longer queues.')
  })
})

describe('the page\'s skip links glued in one run and a contact block\'s telephone numbers over the title', () => {
  it('takes neither the skip links nor a number for the headline', () => {
    expect(parseStory(corpusPage('skip-links-glued-01')).headline).toBe('Ferry boom')
    const story = parseStory(corpusPage('contact-phone-over-title-01'))
    expect(story.headline).toBe('Ostland Shares Climb Most in a Month as Banks Beat Forecasts')
    expect(story.paragraphs[0]).toMatch(/^Ostland shares rose the most in a month/)
  })

  it('keeps a title that opens on "Back to" or carries a figure as the title', () => {
    const lede = 'The Kessby ferry returned to its summer timetable on Monday after four weeks of repairs to its engine, the operator said.'
    expect(parseStory(`Back to the islands: ferry resumes summer sailings\n\n${lede}\n\nPassengers said the queues at the quay were short on the first morning.\n`).headline).toBe('Back to the islands: ferry resumes summer sailings')
    expect(parseStory(`Ferry carries 1 200 000 passengers in record year\n\n${lede}\n\nPassengers said the queues at the quay were short on the first morning.\n`).headline).toBe('Ferry carries 1 200 000 passengers in record year')
  })
})

describe('the title printed twice, once with its marks and once with the site\'s name glued on after it', () => {
  it('is the copy printed with its marks, not the one with the site\'s name', () => {
    const story = parseStory(corpusPage('title-copy-glued-site-name-01'))
    expect(story.headline).toBe('Stop the night racers: Harbour Police Chief')
    expect(story.paragraphs).not.toContain('Stop the night racers Harbour Police Chief Kessby Evening Ledger')
  })

  it('keeps a longer title whose extra words the story names as the title', () => {
    const story = parseStory('Ferry strike ends\n\nFerry strike ends Kessby Harbour Reopens\n\nThe strike that shut Kessby Harbour for a week ended on Monday, and Kessby Harbour reopens to the ferries from Tuesday morning.\n\nCrews voted to accept a new pay offer late on Sunday night, the union said.\n')
    expect(story.headline).toBe('Ferry strike ends Kessby Harbour Reopens')
  })
})

describe('a digest\'s title over its first crosshead, a save button\'s label glued on after the title', () => {
  it('is the headline without the button\'s words; the crosshead and the lead-in stay in the story', () => {
    const story = parseStory(corpusPage('digest-crosshead-under-title-01'))
    expect(story.headline).toBe('Harbour Board sees busier quays, ferry fares to rise again')
    expect(story.paragraphs[0]).toBe('Today\'s top stories from the Ledger\'s business desk:')
  })

  it('keeps a title over the page title that prints it again with the site\'s name as the headline', () => {
    const story = parseStory('Ferry fares to rise again - Port Alder Ledger\n\nFerry fares to rise again\n\nThe Kessby Ferry Company will raise fares by six per cent from next month, its second rise this year, the company said on Monday.\n\nIsland residents will keep their discount, the company said.\n')
    expect(story.headline).toBe('Ferry fares to rise again')
  })

  it('keeps a sentence of the story that speaks of adding whole', () => {
    const story = parseStory('Harbour fees rise\n\nThe harbour board raised its fees on Monday, a move traders said would add to ...\n\nTraders said the rise would be passed on to shoppers.\n')
    expect(story.paragraphs[0]).toBe('The harbour board raised its fees on Monday, a move traders said would add to ...')
  })
})
describe('a link button under the story whose ellipsis is closed with a full stop ("View more….")', () => {
  it('is no paragraph: the story ends on the paragraph over it', () => {
    const story = parseStory(corpusPage('view-more-ellipsis-stop-01'))
    expect(story.paragraphs).not.toContain('View more….')
    expect(story.paragraphs.at(-1)).toMatch(/the mayor’s office said in a statement\.$/)
  })

  it('keeps a one-word answer closed with a full stop as the story\'s', () => {
    const story = parseStory('Ferry crew back at work after talks\n\nThe ferry crews returned to work on Monday after two days of talks with the operator.\n\nAsked whether the strike was over, the union’s secretary gave a single word.\n\nMore.\n\nThe operator said talks would go on next week.\n')
    expect(story.paragraphs).toContain('More.')
  })
})

describe('a topic\'s tag set with a bullet between the header and the lede ("• Ostland")', () => {
  it('is no paragraph: the story opens on the lede under it', () => {
    const story = parseStory(corpusPage('bullet-topic-tag-01'))
    expect(story.paragraphs).not.toContain('• Ostland')
    expect(story.paragraphs[0]).toMatch(/^A winter storm flooded the main coastal road/)
  })

  it('keeps a lede set with a bullet as the story\'s', () => {
    const story = parseStory('Harbour fees rise in spring\n\n• The harbour board raised its mooring fees by a tenth on Monday, the first rise in six years.\n\nOwners of small boats said they would pay the new fees from April.\n')
    expect(story.paragraphs[0]).toMatch(/^• The harbour board raised/)
  })
})

describe('a site\'s notice over the story closing on a prompt to learn more ("… has been acquired by …. Click here to learn more.")', () => {
  it('is no paragraph: the story opens on the lede', () => {
    const story = parseStory(corpusPage('acquired-site-notice-01'))
    expect(story.paragraphs.some((paragraph) => /has been acquired by/.test(paragraph))).toBe(false)
    expect(story.paragraphs[0]).toMatch(/^After two days of debate at the harbour office/)
  })

  it('keeps a paragraph that reports someone\'s words before such a prompt', () => {
    const story = parseStory('Harbour board publishes ferry survey\n\nThe harbour board published its passenger survey on Tuesday, a year after it was ordered.\n\nMost passengers wanted an earlier morning sailing, the board’s chair said. Click here to learn more.\n\nThe board will discuss the survey next month.\n')
    expect(story.paragraphs).toContain('Most passengers wanted an earlier morning sailing, the board’s chair said. Click here to learn more.')
  })
})

describe('a picture\'s caption between two paragraphs told as a name and a participle, closed with a full stop', () => {
  it('is no paragraph of the story', () => {
    const story = parseStory(corpusPage('named-participle-caption-01'))
    expect(story.paragraphs).not.toContain('Tomas Brennick counting votes during the budget debate.')
    expect(story.paragraphs).toContain('It found little to cut.')
  })

  it('keeps a sentence that opens on a name and has a verb of its own', () => {
    const story = parseStory('Harbour budget passes\n\nThe harbour board approved its budget on Tuesday after a long debate.\n\nTomas Brennick, counting the votes, said the result was closer than expected.\n\nThe new budget takes effect in July.\n')
    expect(story.paragraphs).toContain('Tomas Brennick, counting the votes, said the result was closer than expected.')
  })
})

describe('a person\'s name alone under the closing Read-also line, on a page that prints each Read-also line with its prefix between paragraphs', () => {
  it('is no Read-also title', () => {
    const story = parseStory(corpusPage('name-under-read-also-01'))
    expect(story.readAlso).toEqual(['Two Men Held Over Fake Charity Collections In Port Alder', 'Two Men Held Over Fake Charity Collections In Port Alder'])
  })

  it('still reads bare titles under a closing prefixed line as Read-also titles where no prefixed line stands between paragraphs', () => {
    const story = parseStory('Ferry fares rise in spring\n\nThe ferry operator said on Monday that fares on the island routes would rise by a tenth from April.\n\nPassengers’ groups said the rise would hit islanders who cross daily for work.\n\nRead more:\n\nHarbour board approves new berth\n\nIsland school to close in June\n')
    expect(story.readAlso).toEqual(['Harbour board approves new berth', 'Island school to close in June'])
  })
})

describe('a picture\'s caption told in the present as the page\'s last line, cut off under the story\'s last paragraph', () => {
  it('is no paragraph: the story ends on the paragraph over it', () => {
    const story = parseStory(corpusPage('cut-scene-caption-last-01'))
    expect(story.paragraphs.at(-1)).toMatch(/^The marina has drawn weekly protests/)
  })

  it('keeps a story\'s sentence cut off there, with its verb before the scene\'s word, as the story\'s last paragraph', () => {
    const story = parseStory('Council delays rent vote\n\nThe council delayed its vote on the new rents for council homes on Tuesday after a long debate.\n\nTenants had asked for more time to read the plans before the vote.\n\nThe council will hold its vote on the rents in the autumn, after a new round of meetings with the tenants of the')
    expect(story.paragraphs.at(-1)).toMatch(/^The council will hold its vote/)
  })
})

describe('a pull quote over the lede that the story quotes again with a word of it changed', () => {
  it('is no paragraph: the story opens on the lede', () => {
    const story = parseStory(corpusPage('pull-quote-word-changed-01'))
    expect(story.paragraphs[0]).toMatch(/^Harbour police chief Anselm Brask said/)
    expect(story.paragraphs.some((paragraph) => paragraph.startsWith('"Some may say'))).toBe(false)
  })

  it('keeps a quoted lede whose words the story takes up only in part', () => {
    const story = parseStory('Harbour chief defends tea\n\n"We will not close the harbour station to visitors, whatever the council decides next month," the chief said.\n\nThe harbour police chief defended his officers on Tuesday after the council questioned the cost of the station.\n\nHe said the council could decide what it liked about the station, but visitors would still be welcome there.\n')
    expect(story.paragraphs[0]).toMatch(/^"We will not close the harbour station/)
  })
})

describe('a broadcast\'s page: the clip\'s summary, its details ("Source: … | Duration: …"), then the transcript on speakers\' tags', () => {
  it('opens the story on the first speaker\'s words, the summary its standfirst, the details no paragraph', () => {
    const story = parseStory(corpusPage('transcript-clip-summary-01'))
    expect(story.standfirst).toMatch(/^Gales across the western isles have cut power/)
    expect(story.paragraphs[0]).toMatch(/^JANE ROWLEY, PRESENTER: /)
    expect(story.paragraphs).not.toContain('Source: Evening Report | Duration: 6min 12sec')
  })

  it('keeps the speaker\'s words the page broke off in as the last paragraph', () => {
    const story = parseStory(corpusPage('transcript-clip-summary-01'))
    expect(story.paragraphs.at(-1)).toBe("AGNES MORAY: Oh, it came up to about here on the cupboards, I'd say, maybe a bit hig")
  })

  it('keeps a paragraph over a transcript with no clip details under it as the story\'s first', () => {
    const story = parseStory('Harbour board on the new berth\n\nThe harbour board chair spoke to us about the plans for a second berth at Port Selden.\n\nJANE ROWLEY, PRESENTER: Why does the harbour need a second berth?\n\nTOM ASHBY, HARBOUR BOARD CHAIR: Because the ferries are getting bigger every year.\n')
    expect(story.paragraphs[0]).toMatch(/^The harbour board chair spoke to us/)
  })
})

describe('a deck of two lines under the title (a sentence, then a line in a headline\'s style with no full stop) over the lead picture\'s credited caption', () => {
  it('is the standfirst: the story opens on the lede under the picture', () => {
    const story = parseStory(corpusPage('two-line-deck-over-picture-01'))
    expect(story.paragraphs[0]).toMatch(/^Port Selden council sat until past two in the morning/)
    expect(story.standfirst).toMatch(/^A late vote added \$400,000/)
  })

  it('keeps a lede and a crosshead over a credited picture as the story\'s', () => {
    const story = parseStory('Harbour budget passes after long night\n\nPort Selden council passed its harbour budget at two in the morning after a long debate, the mayor said.\n\nCouncillors clash over harbour fees\n\nMayor Ilse Varga answers a question during the debate. (Anna Krell/Coast News)\n\nThe budget raises harbour fees by three per cent from April.\n')
    expect(story.paragraphs[0]).toMatch(/^Port Selden council passed its harbour budget/)
  })
})

describe('an editor\'s note over the story sending the reader to the outlet\'s live blog or other coverage', () => {
  it('is no paragraph: the story opens on the lede', () => {
    const story = parseStory(corpusPage('editors-note-live-blog-01'))
    expect(story.paragraphs[0]).toMatch(/^The Port Selden harbour office has told islanders/)
  })

  it('keeps an editor\'s note that tells the reader something of the story', () => {
    const story = parseStory('Ferry fares rise in spring\n\nEditor\'s note: The ferry operator declined to say how many sailings would be cut.\n\nThe ferry operator said on Monday that fares on the island routes would rise by a tenth from April.\n\nPassengers’ groups said the rise would hit islanders who cross daily for work.\n')
    expect(story.paragraphs).toContain('Editor\'s note: The ferry operator declined to say how many sailings would be cut.')
  })
})
describe('a "Source:" line under the story naming a paper whose last word is also a surname ("Post", "Star")', () => {
  it('signs the paper as a desk', () => {
    const story = parseStory(corpusPage('source-credit-paper-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Avel Post' }])
  })

  it('signs no person named after the label', () => {
    const story = parseStory('Council approves new bus lanes\n\nThe city council approved two new bus lanes on Tuesday after a long debate.\n\nWork on the lanes will begin in the spring, officials said.\n\nThe lanes are expected to cut journey times by ten minutes.\n\nSource: city council\n')
    expect(story.authors).toEqual([])
  })
})

describe('a byline that names a desk, then after a comma the city it files from ("by Example Reporters, New York")', () => {
  it('signs the desk alone, not the city', () => {
    const story = parseStory(corpusPage('desk-byline-city-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'HarbourReporters' }])
  })

  it('reads a city opening on a place\'s word after a person too, and still signs two people', () => {
    expect(parseByline('By Jane Roe, San Marco')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseByline('By Jane Roe, Newt Harlan')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'person', name: 'Newt Harlan' }])
  })
})

describe('a post stamp under the story with the year in two digits and a twelve-hour clock ("Posted on 6/12/24 9:40AM by Jane Roe")', () => {
  it('dates the story and signs the writer', () => {
    const story = parseStory(corpusPage('post-stamp-short-year-01'), { timeZone: 'America/Los_Angeles' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Tessa Wren' }])
    expect(story.publishedAt).toBe('2024-06-12T16:40:00.000Z')
  })

  it('reads no date from the same figures without the clock, nor with a 24-hour clock', () => {
    expect(findDate('The vote was 3/21/24 in favour', 'UTC')).toBeNull()
    expect(findDate('Score 3/21/24 17:15 after the break', 'UTC')).toBeNull()
  })
})

describe('a dateline with its agency alone on its line ("Port Avel (AVN)"), the lede under it opening on the dash', () => {
  it('signs the agency as a desk', () => {
    const story = parseStory(corpusPage('split-dateline-agency-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'AVN' }])
  })

  it('signs nothing from a place and a bracket over a lede that opens on no dash', () => {
    const story = parseStory('Ferry service resumes\n\nPort Avel (AVN)\n\nThe ferry to the outer islands resumed on Monday after a week of storms.\n\nOperators said the timetable would return to normal by the weekend.\n')
    expect(story.authors).toEqual([])
  })
})

describe('the story\'s day in square brackets alone on its line over the byline ("[March 5, 2024]")', () => {
  it('dates the story', () => {
    const story = parseStory(corpusPage('bracketed-date-line-01'), { timeZone: 'America/New_York' })
    expect(story.publishedAt).toBe('2024-03-05T05:00:00.000Z')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Tessa Wren' }, { kind: 'person', name: 'Owen Marlow' }])
  })

  it('reads a bracketed line of words with a figure in it as no date', () => {
    const story = parseStory('Harbour workers vote to strike\n\n[Updated with 3 new quotes]\n\nHarbour workers voted on Tuesday to strike next month over pay, their union said.\n\nThe union said talks with the port authority had broken down.\n')
    expect(story.publishedAt).toBeNull()
  })
})

describe('a weather box\'s heading alone under the story ("The Weather Network")', () => {
  it('signs no desk', () => {
    const story = parseStory(corpusPage('closing-weather-box-01'))
    expect(story.authors).toEqual([])
  })

  it('still signs a paper\'s name alone under the last paragraph', () => {
    const story = parseStory('Township adopts spring road budget\n\nThe township board approved a spring road budget of $412,000 on Tuesday, the largest in five years.\n\nWork on the first roads is expected to start once the frost is out of the ground.\n\nValley Herald\n')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Valley Herald' }])
  })
})

describe('a writer\'s name alone under the closing Read-also line, the site\'s lists under it', () => {
  it('signs the writer and is no Read-also title', () => {
    const story = parseStory(corpusPage('writer-under-closing-links-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Meera Kapadia' }])
    expect(story.readAlso).not.toContain('Meera Kapadia')
  })

  it('keeps a name the story speaks of as a title under the link, signing no one', () => {
    const story = parseStory('Relief boats leave for flooded districts\n\nThe chief minister, Ravi Tandon, said the boats would leave on Monday.\n\nOfficials said crews had been trained in flood rescue.\n\nAlso read: Farmers protest new seed rules\n\nRavi Tandon\n')
    expect(story.authors).toEqual([])
  })
})

describe('a writer\'s row with the outlet\'s name left out of its brackets ("Jane Roe ( - March 14, 2022 - 9:05am")', () => {
  it('signs the writer and dates the story', () => {
    const story = parseStory(corpusPage('emptied-outlet-bracket-byline-01'), { timeZone: 'Asia/Manila' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Marisol Dantes' }])
    expect(story.publishedAt).toBe('2022-03-14T01:05:00.000Z')
  })

  it('signs no one from a sentence with an emptied bracket and no date', () => {
    const story = parseStory('Councillors trade barbs over flood resolution\n\nCouncillors on Monday clashed over the missing names of six members on a resolution.\n\nJane Roe ( - a councillor, said the document never reached her office.\n\nThe majority bloc filed its own resolution on Tuesday.\n')
    expect(story.authors).toEqual([])
  })
})

describe('a person\'s name alone between the title and its copy over the story', () => {
  it('signs the writer', () => {
    const story = parseStory(corpusPage('name-between-title-copies-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Marisol Dantes' }])
  })

  it('signs no section label between the two copies', () => {
    const story = parseStory('Councillors walk out over flood resolution\n\nLocal News\nCouncillors walk out over flood resolution\n\nCouncillors on Wednesday walked out of a meeting over a resolution calling for faster flood relief.\n\nThe council\'s secretary said the office would look into the matter.\n')
    expect(story.authors).toEqual([])
  })
})

describe('a date over the site\'s own links ("About Us", "Contact Us") printed as plain lines above the title', () => {
  it('is the masthead\'s day and dates nothing', () => {
    const story = parseStory(corpusPage('masthead-date-over-site-links-01'))
    expect(story.publishedAt).toBeNull()
  })

  it('still dates the story from a day over the title with no site links between', () => {
    const story = parseStory('June 3, 2019\n\nPort police face criticism over late find\n\nThe island\'s police were mocked as slow on Wednesday after saying a body found weeks ago was that of a missing trader.\n\nMost papers ran editorials that ridiculed the police.\n')
    expect(story.publishedAt).toBe('2019-06-03T00:00:00.000Z')
  })
})

describe('a lede opening on the day alone and an outlet\'s name in brackets ("Aug 4 (Harbour Today) - …")', () => {
  it('signs the outlet in the dateline, not the source line under the story', () => {
    const story = parseStory(corpusPage('day-outlet-bracket-lede-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Harbour Today' }])
  })

  it('signs nothing from a day and a weekday or a word in brackets', () => {
    const story = parseStory('Ferry timetable changes\n\nJune 5 (Monday) - The ferry company will run an extra boat each morning from next week.\n\nThe company said the change followed complaints from commuters.\n')
    expect(story.authors).toEqual([])
  })
})

describe('a story\'s paragraph closing on a prompt to learn more', () => {
  it('stays the story\'s when its sentence is not about the site itself', () => {
    const paragraph = 'The ministry published its full report on the harbour works on Monday. Click here to learn more.'
    const story = parseStory(`Harbour works fall behind schedule\n\nThe harbour works will finish a year later than planned, the ministry said on Monday.\n\n${paragraph}\n\nThe contractor blamed the weather for most of the delay.\n`)
    expect(story.paragraphs).toContain(paragraph)
  })
})

describe('a date and its time with the page\'s age in words after them ("March 14, 2019 / 9:20 AM / a day ago")', () => {
  it('dates the story from the row', () => {
    const story = parseStory(corpusPage('date-then-age-in-words-01'))
    expect(story.publishedAt).toBe('2019-03-14T09:20:00.000Z')
  })

  it('still reads a sentence telling an age as no date line', () => {
    const story = parseStory('Harbour cranes halted\n\nThe cable snapped a day ago, the port authority said on Wednesday, and no one was hurt.\n\nEngineers will inspect the other cables this week.\n')
    expect(story.publishedAt).toBeNull()
  })
})

describe('the print edition\'s note closing the story ("Published in The Valemont Herald, March 9th, 2021.")', () => {
  it('dates the story on the day it ran in print and is no paragraph of it', () => {
    const story = parseStory(corpusPage('print-edition-note-date-01'), { timeZone: 'Asia/Karachi' })
    expect(story.publishedAt).toBe('2021-03-08T19:00:00.000Z')
    expect(story.paragraphs.at(-1)).toBe('The transport office added that it would review the fares again at the end of the year.')
  })

  it('leaves a sentence naming a journal and a day, with more after it, to the story', () => {
    const paragraph = 'Published in The Lancet, March 9, 2021, the study followed four thousand patients.'
    const story = parseStory(`Study links sleep and memory\n\nResearchers found that older adults who slept longer remembered more.\n\n${paragraph}\n\nThe team plans a larger trial next year.\n`)
    expect(story.paragraphs).toContain(paragraph)
  })
})

describe('a weekday and a part of the day on a line of its own over a report ("Saturday Evening;")', () => {
  it('signs nothing and is no paragraph of the story', () => {
    const story = parseStory(corpusPage('weekday-part-of-day-heading-01'))
    expect(story.authors).toEqual([])
    expect(story.paragraphs[0]).toMatch(/^Harbour Town, in front of a full crowd/)
  })

  it('still signs a writer whose name is printed alone under the title', () => {
    const story = parseStory('Harbour Town edge Rovers\n\nJane Fairweather\n\nHarbour Town beat the Valley Rovers by a penalty on Saturday evening in front of a full crowd.\n\nThe Rovers stay top of the table.\n')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Fairweather' }])
  })
})

describe('a site\'s name of a word, "in" and a place signed as the byline ("By: Living in Valmora")', () => {
  it('signs the whole name as a desk', () => {
    const story = parseStory(corpusPage('site-name-word-in-place-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Living in Valmora' }])
  })

  it('still drops the place a person or an agency files from', () => {
    expect(parseByline('By Jane Roe in Valmora')).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(parseByline('By AFP in Valmora')).toEqual([{ kind: 'desk', name: 'AFP' }])
  })
})

describe('a signed byline with the writer\'s service on the next line ("By Lina Marsh" / "Valemont News Service")', () => {
  it('signs the person and the service as a desk', () => {
    const story = parseStory(corpusPage('byline-then-service-line-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Lina Marsh' }, { kind: 'desk', name: 'Valemont News Service' }])
  })

  it('leaves a role under the name to the writer and a section label to the page', () => {
    const role = parseStory('Ferry maker delays electric boat\n\nBy Lina Marsh\nStaff Writer\n\nThe region\'s first electric ferry will not enter service before spring, its builder said on Friday.\n\nThe yard blamed a shortage of battery cells.\n')
    expect(role.authors).toEqual([{ kind: 'person', name: 'Lina Marsh' }])
    const section = parseStory('Ferry maker delays electric boat\n\nBy Lina Marsh\nLocal News\n\nThe region\'s first electric ferry will not enter service before spring, its builder said on Friday.\n\nThe yard blamed a shortage of battery cells.\n')
    expect(section.authors).toEqual([{ kind: 'person', name: 'Lina Marsh' }])
  })
})
describe('the site\'s notices, award banners and market tickers over the title', () => {
  it('never takes a subscription or billing notice, an award banner or a ticker as the headline', () => {
    const story = parseStory(corpusPage('site-notice-over-title-01'))
    expect(story.headline).toBe('Orchard growers count losses after late frost in Velden valley')
  })

  it('keeps a title that speaks of subscriptions or markets in words of its own', () => {
    const story = parseStory('Streaming service raises subscription prices for a second year\n\nThe streaming service said on Monday that monthly subscription prices would rise by a tenth from June.\n\nThe company blamed higher costs for the films it licenses.\n')
    expect(story.headline).toBe('Streaming service raises subscription prices for a second year')
  })
})

describe('a headline and its deck run together on one line', () => {
  it('takes the title before the deck as the headline', () => {
    const story = parseStory(corpusPage('title-deck-one-line-01'))
    expect(story.headline).toBe('Room to breathe')
  })

  it('keeps a long title whole where the capitalised word inside it is a name the story prints', () => {
    const title = 'Water rises in the old town as the river Tamsen bursts its banks, and shops close for a second day'
    const story = parseStory(`${title}\n\nThe river Tamsen burst its banks on Tuesday night after two days of rain, flooding the old town's main street.\n\nShop owners said they expected to stay closed until the weekend.\n`)
    expect(story.headline).toBe(title)
  })
})

describe('a title over the site\'s name alone, over a teaser cut off on an ellipsis', () => {
  it('takes the title as the headline and the site\'s name as its desk', () => {
    const story = parseStory(corpusPage('outlet-under-title-teaser-01'))
    expect(story.headline).toBe('Island ferry captain steps aside – deputy will sail the winter route')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Harbourline Post' }])
    expect(story.paragraphs[0]).toMatch(/^After a stormy autumn season/)
  })
})
describe('a desk\'s note closing the story: where and when it first ran, or that more will follow', () => {
  it('drops a wire\'s and a print edition\'s dated note under the last paragraph', () => {
    for (const name of ['publication-note-foot-01', 'publication-note-foot-02']) {
      const story = parseStory(corpusPage(name))
      expect(story.paragraphs.at(-1)).not.toMatch(/published/i)
    }
  })

  it('drops "More to follow…" over the writer\'s name', () => {
    const story = parseStory(corpusPage('developing-note-foot-01'))
    expect(story.paragraphs.at(-1)).toMatch(/^She said:/)
  })

  it('keeps story sentences that open the same way', () => {
    const kept = [
      'Published in The Lancet, the study followed 4,000 patients for ten years.',
      'The report by Example Press was first published May 2, 2021, and later withdrawn.',
      'More to come from the council on Tuesday, when the budget is set.',
    ]
    const story = parseStory(`Clinic waiting times fall for first time in years\n\nWaiting times at the town's clinic fell last year for the first time since 2015, figures show.\n\n${kept.join('\n\n')}\n\nThe clinic said it had hired six more nurses.\n`)
    for (const paragraph of kept) expect(story.paragraphs).toContain(paragraph)
  })
})

describe('an audio player\'s or a paywall\'s notes printed over the story', () => {
  it('drops the player\'s notes and starts the story at the lede', () => {
    const story = parseStory(corpusPage('audio-player-notes-01'))
    expect(story.paragraphs[0]).toMatch(/^HARBOURSIDE:/)
    expect(story.paragraphs.join('\n')).not.toMatch(/listen to articles|AI tool|summary of this article|^3 min$/m)
  })

  it('drops the paywall\'s free-read offer and its sign-in line', () => {
    const story = parseStory(corpusPage('paywall-free-read-01'))
    expect(story.paragraphs).not.toContain('Read this article for free:')
    expect(story.paragraphs).not.toContain('Already have an account? Log in here »')
  })

  it('keeps story sentences about audio made by AI', () => {
    const kept = ['This audio was generated by an AI tool to mimic the mayor’s voice.', 'You can now listen to the council meetings online, the clerk said.']
    const story = parseStory(`Fake recording of mayor spread online\n\nA recording in which the mayor appears to cancel the town fair was fake, the council said on Friday.\n\n${kept.join('\n\n')}\n\nPolice are investigating.\n`)
    for (const paragraph of kept) expect(story.paragraphs).toContain(paragraph)
  })
})

describe('a sidebar\'s "Trending Stories" heading left between two paragraphs', () => {
  it('is dropped and the story goes on under it', () => {
    const story = parseStory(corpusPage('trending-heading-midbody-01'))
    expect(story.paragraphs).not.toContain('Trending Stories')
    expect(story.paragraphs.at(-1)).toBe('Anyone with information is asked to contact police.')
  })
})

describe('a story closing on its own list, each item opening on a dash, under a sentence ending on a colon', () => {
  it('keeps the items as the story\'s last lines', () => {
    const story = parseStory(corpusPage('charges-list-foot-01'))
    expect(story.paragraphs.at(-1)).toBe('-Driving Without a License')
    expect(story.paragraphs).toContain('-Theft of a Motor Vehicle')
  })

  it('still drops a run of links under a heading that speaks of stories', () => {
    const story = parseStory('Harbour fees rise for fishing boats\n\nThe harbour board raised mooring fees for fishing boats by a tenth on Monday.\n\nOwners said the rise would hit small crews hardest.\n\nHere are more of the latest stories from our harbour desk:\n\n-Ferry crews to strike next week\n\n-New lighthouse keeper named\n\n-Storm damages the north pier\n')
    expect(story.paragraphs).not.toContain('-Ferry crews to strike next week')
    expect(story.paragraphs).not.toContain('-Storm damages the north pier')
  })
})

describe('a writer\'s card by the byline with its "Most Recent Stories" heading and "View All" link', () => {
  it('starts the story at the lede under the card', () => {
    const story = parseStory(corpusPage('author-card-recent-stories-01'))
    expect(story.paragraphs[0]).toBe('Mara Quell is heading back to television for the first time in a decade.')
    expect(story.paragraphs).not.toContain('View All')
  })

  it('keeps a sentence about someone\'s recent stories', () => {
    const paragraph = 'The court heard Roe’s most recent stories were invented.'
    const story = parseStory(`Reporter dismissed over invented interviews\n\nA reporter at the Harbour Ledger has been dismissed after an inquiry found she invented interviews.\n\n${paragraph}\n\nThe paper has apologised to its readers.\n`)
    expect(story.paragraphs).toContain(paragraph)
  })
})

describe('the lead picture\'s caption right over its labelled credit ("Image Credit: File") under the title', () => {
  it('is the picture\'s, and the story starts under it', () => {
    const story = parseStory(corpusPage('caption-over-image-credit-01'))
    expect(story.paragraphs[0]).toMatch(/^Manama:/)
    expect(story.paragraphs).not.toContain('King Rashid Bin Khalid Al Noor of Bahrain.')
  })

  it('keeps a paragraph of the story over a picture\'s credit further down', () => {
    const paragraph = 'The new bridge will carry four lanes of traffic and a cycle path.'
    const story = parseStory(`Harbour bridge plan approved\n\nThe council approved plans for a new bridge across the harbour on Monday.\n\n${paragraph}\nImage Credit: File\n\nWork is due to start next spring.\n`)
    expect(story.paragraphs).toContain(paragraph)
  })

  it('keeps a lede told in the story\'s small words right over the credit', () => {
    const lede = 'The council approved plans for a new bridge across the harbour on Monday.'
    const story = parseStory(`Harbour bridge plan approved\n\n${lede}\nImage Credit: File\n\nThe new bridge will carry four lanes of traffic and a cycle path.\n\nWork is due to start next spring.\n`)
    expect(story.paragraphs[0]).toBe(lede)
  })
})

describe('a site\'s award banners in capitals ("WEBSITE OF THE YEAR") and its advertisers\' link ("Advertise with X.")', () => {
  it('are the site\'s: the title and the story are found under them', () => {
    const story = parseStory(corpusPage('site-award-banner-01'))
    expect(story.headline).toBe('Editorial: Council must come clean on the cost of the harbour tunnel')
    expect(story.paragraphs.at(-1)).toBe('Ratepayers deserve to see those papers in full, and to hear why they were kept back.')
  })

  it('keeps an awards story\'s crosshead and a sentence about advertising', () => {
    const kept = ['PLAYER OF THE YEAR', 'Advertise with confidence, the council told traders.']
    const finder = chromeRuleFinder(defaultChromeRules)
    for (const line of kept) expect(finder(line)).toBeUndefined()
  })
})

describe('a story\'s tool bar printed as its buttons\' words run together ("comments Print")', () => {
  it('is dropped from the body', () => {
    const story = parseStory(corpusPage('toolbar-words-run-01'))
    expect(story.paragraphs).not.toContain('comments Print')
  })

  it('leaves a sentence that names the buttons\' words', () => {
    expect(chromeRuleFinder(defaultChromeRules)('Share the comments.')).toBeUndefined()
    expect(chromeRuleFinder(defaultChromeRules)('Print and email ballots will both be counted.')).toBeUndefined()
  })
})

describe('a picture\'s caption naming only where it came from ("A Reuters image") between paragraphs', () => {
  it('is dropped and the story goes on under it', () => {
    const story = parseStory(corpusPage('photo-source-caption-01'))
    expect(story.paragraphs).not.toContain('A Harbourwire image')
    expect(story.paragraphs).toContain('Four of the suspects were stopped in a van at a checkpoint outside the town, police said.')
  })

  it('leaves a sentence about an image', () => {
    expect(chromeRuleFinder(defaultChromeRules)('A rare image.')).toBeUndefined()
    expect(chromeRuleFinder(defaultChromeRules)('A Reuters image of the crash was shared widely.')).toBeUndefined()
  })
})

describe('an audio player\'s summary link naming its service, the service\'s button under it ("BRIEF")', () => {
  it('drops the button and starts the story at the lede, not the standfirst over the repeated title', () => {
    const story = parseStory(corpusPage('audio-player-notes-02'))
    expect(story.paragraphs[0]).toMatch(/^HARBOURSIDE:/)
    expect(story.paragraphs).not.toContain('BRIEF')
  })

  it('keeps a line that only shares the name when no summary link is over it', () => {
    const story = parseStory('Harbour fees rise\n\nThe harbour board raised mooring fees on Monday.\n\nBRIEF\n\nOwners said the rise would hit small crews hardest.\n')
    expect(story.paragraphs).toContain('Owners said the rise would hit small crews hardest.')
  })
})

describe('a magazine\'s issue note and template label over the title, the writer\'s note under the byline', () => {
  it('takes the title over the byline, drops the note on the writer and starts at the lede', () => {
    const story = parseStory(corpusPage('magazine-issue-note-01'))
    expect(story.headline).toBe('Night Desks Go Quiet')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Helena Marsh' }])
    expect(story.paragraphs[0]).toMatch(/^Fewer regional papers/)
    expect(story.paragraphs).not.toContain('Helena Marsh is a TFR editorial fellow.')
  })

  it('reads issue notes as no title, and titles that open on "From" as titles', () => {
    for (const note of ['From AJR, April/May 2007', 'From The Example Review, Winter 2019 issue', 'From the March 2024 issue', 'From Harbour Quarterly, Vol. 12, No. 3, Spring 2021']) expect(neverTitle(note)).toBe(true)
    for (const title of ['From Farm to Table, 2024', 'From Kyiv to Lviv by night train', 'From the Archive: Harbour Fire of 1921']) expect(neverTitle(title)).toBe(false)
  })

  it('keeps a lede that introduces someone the story goes on about, even one named like the writer', () => {
    const page = 'Harbour pilot retires\n\nBy Ana Ruiz\n\nAna Ruiz is a harbour pilot who has guided ships into port for forty years.\n\nRuiz said she would miss the night calls most of all, and the quiet of the water before dawn.\n'
    const story = parseStory(page)
    expect(story.paragraphs[0]).toBe('Ana Ruiz is a harbour pilot who has guided ships into port for forty years.')
  })

  it('keeps a "Drop Cap" inside a sentence', () => {
    expect(chromeRuleFinder(defaultChromeRules)('The drop cap on the first page was painted by hand.')).toBeUndefined()
    expect(chromeRuleFinder(defaultChromeRules)('Drop Cap')).toBeDefined()
  })
})

describe('a weekly magazine\'s column: issue list, numbered issue note, standing title over its deck, icon label after the byline', () => {
  it('takes the standing title, the writer without the icon\'s label, the issue\'s day, and starts at the lede', () => {
    const story = parseStory(corpusPage('numbered-issue-column-01'))
    expect(story.headline).toBe('Editor’s Note')
    expect(story.standfirst).toBe('Lighthouses, late trains, and the letters you sent about both.')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Tomas Ferreira' }])
    expect(story.publishedAt).toBe('2015-05-07T00:00:00.000Z')
    expect(story.paragraphs[0]).toMatch(/^A reader wrote in last month/)
    expect(story.paragraphs).not.toContain('The cover of issue 47')
    expect(story.paragraphs).not.toContain('Cover photograph by the coastal heritage trust.')
  })

  it('reads a numbered issue note and a contents heading as no title, and keeps titles that merely open so', () => {
    for (const note of ['From Issue #30 November 21, 2013', 'From Issue No. 12, May 2024', 'From issue #7 3 March 2019', 'In this issue', 'Also in this issue']) expect(neverTitle(note)).toBe(true)
    for (const title of ['From Issue #30 to the front page: a magazine grows up', 'In this issue of trust, voters hold the cards']) expect(neverTitle(title)).toBe(false)
  })

  it('drops an issue list\'s rows and leaves a sentence about an issue', () => {
    expect(chromeRuleFinder(defaultChromeRules)('Issue #24 August 29, 2013 Aug 29, 2013 Aug 29')).toBeDefined()
    expect(chromeRuleFinder(defaultChromeRules)('Issue No. 3 May 2024')).toBeDefined()
    expect(chromeRuleFinder(defaultChromeRules)('Issue #24 sold out in two days.')).toBeUndefined()
  })

  it('signs a byline without its icons\' labels, and keeps a sentence that mentions an icon', () => {
    const story = parseStory('Harbour fees rise\n\nBy Jane Roe Email icon LinkedIn icon\n\nThe harbour board raised mooring fees on Monday, its first rise in six years.\n\nOwners said the rise would hit small crews hardest.\n')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    const quote = parseStory('Logo row stays\n\nBy Jane Roe\n\nBy the Twitter icon on the old sign, a second mark had been painted over years ago.\n\nThe council said it would restore both.\n')
    expect(quote.paragraphs[0]).toBe('By the Twitter icon on the old sign, a second mark had been painted over years ago.')
  })

  it('keeps a section label over a title-shaped line as a label: the standing title alone is a column\'s', () => {
    const story = parseStory('Opinion\n\nThe council got the ferry timetable wrong.\n\nBy Jane Roe\n\nThe new timetable leaves the island without a boat between nine and noon, and nobody asked the people who ride it.\n\nIt should be changed before summer.\n')
    expect(story.headline).toBe('The council got the ferry timetable wrong.')
  })
})

describe('a long cookie banner glued after the crawler\'s date, over the masthead and the title', () => {
  it('is the site\'s: the title over the byline is the headline, the byline and its time are read', () => {
    const story = parseStory(corpusPage('crawl-cookie-banner-01'))
    expect(story.headline).toBe('Lifeboat crew called out twice in one night off Kinsale')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Orla Brennan' }])
    expect(story.paragraphs.some((paragraph) => /cookies/i.test(paragraph))).toBe(false)
  })

  it('keeps a sentence of the story about a site\'s cookies', () => {
    expect(chromeRuleFinder(defaultChromeRules)('The regulator said the site uses cookies without asking, and fined its owner.')).toBeUndefined()
  })
})

describe('a line printed twice and glued (a picture\'s alternative text and its caption)', () => {
  it('reads as the picture\'s twice-printed caption, and the title under it is the headline', () => {
    const story = parseStory(corpusPage('caption-glued-twice-01'))
    expect(story.headline).toMatch(/^From a parking fee freeze/)
    expect(story.paragraphs.some((paragraph) => paragraph.includes('Councillor Amina Osei speaks'))).toBe(false)
  })

  it('keeps a line that only repeats a word or two', () => {
    const story = parseStory('Harbour fees rise\n\nThe harbour board raised mooring fees on Monday.\n\nBye bye\n\nOwners said the rise would hit small crews hardest.\n')
    expect(story.paragraphs).toContain('Bye bye')
  })
})

describe('a paper\'s box about itself between the title and the byline (contact line, link row, galleries link)', () => {
  it('is dropped: the desk byline signs and the story starts at the lede', () => {
    const story = parseStory(corpusPage('paper-contact-box-01'))
    expect(story.headline).toBe('Ohio sheriff revives chain gangs for county road crews')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'The Columbus Courier' }])
    expect(story.paragraphs[0]).toMatch(/^A county sheriff in eastern Ohio/)
  })

  it('keeps sentences that speak of reaching someone or of a gallery', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('The mayor can be reached at home most evenings, her staff said.')).toBeUndefined()
    expect(find('Tom | Dick | Harry')).toBeUndefined()
    expect(find('The photo gallery opened in 1998.')).toBeUndefined()
    expect(find('Jane Roe can be reached at jroe@example.com or 555-0100.')).toBeDefined()
  })
})

describe('an ads.txt record over the title and a reader-support plea under the story', () => {
  it('are the site\'s', () => {
    const story = parseStory(corpusPage('ads-txt-line-01'))
    expect(story.headline).toMatch(/^Court upholds province's limit/)
    expect(story.paragraphs.at(-1)).toBe('The organisers said they would consider an appeal once they had read the full ruling.')
  })

  it('keeps a list of places and a charity\'s plea told in the story', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Paris, France, direct')).toBeUndefined()
    expect(find('The shelter needs your support to survive, the director said. Please donate, she added.')).toBeUndefined()
  })
})

describe('links to other stories under a topic\'s label glued to the title ("Storm damage:In Mayfield, …")', () => {
  it('are Read-also lines, not a box of teasers', () => {
    const story = parseStory(corpusPage('glued-label-links-01'))
    expect(story.readAlso).toEqual(['In Mayfield, neighbours sort through what the wind left behind', 'Benton families wait for power as crews clear downed lines', 'Marina owners count the boats lost on Kentucky Lake'])
  })

  it('leaves a sentence after a glued colon and a time of day', () => {
    const story = parseStory('Harbour fees rise\n\nThe harbour board raised mooring fees on Monday.\n\nUpdate:The road has reopened to traffic.\n\nThe vote was at 10:30 on Monday, and the board met again later.\n')
    expect(story.readAlso).toEqual([])
    expect(story.paragraphs).toContain('Update:The road has reopened to traffic.')
  })
})

describe('a date\'s label left without its date ("Published" / "on"), the outlet\'s name and the summary under it', () => {
  it('keeps the title over the label as the headline, the outlet as the desk, the summary as the standfirst, and splits glued links', () => {
    const story = parseStory(corpusPage('date-label-no-date-01'))
    expect(story.headline).toBe('Three held over arson attacks on delivery vans in Derry depots')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Derry Live' }])
    expect(story.standfirst).toBe('Police say the fires were started at two depots on the same night last month')
    expect(story.readAlso).toEqual(['Depot workers ‘shaken’ after second fire in a month', 'Man released on bail after van fire arrest'])
  })
})

describe('a long notice of several sentences over the masthead\'s date and the title', () => {
  it('is no title: the title under the date is the headline and the story starts at its lede', () => {
    const story = parseStory(corpusPage('notice-over-masthead-date-01'))
    expect(story.headline).toBe('Lithuania: Speaker calls early vote on the coalition agreement')
    expect(story.paragraphs[0]).toMatch(/^The Speaker of the Seimas/)
  })
})

describe('a channel\'s invitation opening on "Please", a picture\'s numbered label, a paywall\'s note', () => {
  it('are the site\'s, and sentences like them stay', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Please join the Example Daily WhatsApp Channel to get the latest news and views that matter.')?.reason).toBe('channel promo')
    expect(find('ảnh 1')?.reason).toBe('photo label')
    expect(find('*This story is part of the Example Times subscription, to read more, please subscribe.')?.reason).toBe('paywall')
    expect(find('To read more about the budget, see our explainer.')).toBeUndefined()
    expect(find('He said to read more, subscribe to journals.')).toBeUndefined()
  })
})

describe('a desk credit after a slash under the deck ("/ Source: staff and news service reports")', () => {
  it('signs the story as a desk, and the title over the deck is the headline', () => {
    const story = parseStory(corpusPage('source-credit-slash-01'))
    expect(story.headline).toBe('Jury reaches verdict in harbour fraud trial')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'staff and news service reports' }])
  })

  it('leaves a source named in a sentence alone', () => {
    const story = parseStory('Harbour fees rise\n\nThe harbour board raised mooring fees on Monday.\n\nSource: the board said the figures were provisional.\n')
    expect(story.authors).toEqual([])
  })
})

describe('a magazine\'s "Words:" credit and the summary under it', () => {
  it('signs the writer, and the summary under the credit is the standfirst, not the first paragraph', () => {
    const story = parseStory(corpusPage('words-credit-01'))
    expect(story.authors).toEqual([{ kind: 'person', name: 'Fiona Lennox' }])
    expect(story.standfirst).toBe('A round-up of planning news in Scotland: 3 June-9 June, 2019')
    expect(story.paragraphs[0]).toMatch(/^Proposals for a new ferry terminal/)
  })

  it('keeps a lede printed without its full stop under the byline as the first paragraph', () => {
    const story = parseStory('Harbour berths to open\n\nBy Jane Roe\n\nThe harbour board has confirmed that three more berths will open by the summer\n\nWork on the north quay began last autumn after two winters of storms damaged the old pier.\n')
    expect(story.paragraphs[0]).toBe('The harbour board has confirmed that three more berths will open by the summer')
  })

  it('reads a list\'s label ("Quick Thoughts") as no one\'s name', () => {
    expect(parseByline('Quick Thoughts')).toBeNull()
    expect(parseByline('QUICK THOUGHTS')).toBeNull()
    expect(parseByline('By Jonathan Quick')).toEqual([{ kind: 'person', name: 'Jonathan Quick' }])
  })
})

describe('a page\'s "Story Continued Below" marker and a sign-up box\'s small print inside the story', () => {
  it('are dropped, the story on both sides of them kept', () => {
    const story = parseStory(corpusPage('story-continued-marker-01'))
    expect(story.paragraphs).not.toContain('Story Continued Below')
    expect(story.paragraphs.some((paragraph) => paragraph.startsWith('By signing up'))).toBe(false)
    expect(story.paragraphs).toContain('Then came the list of what was still waiting.')
  })

  it('keeps a sentence that says a story continued', () => {
    expect(chromeRuleFinder(defaultChromeRules)('The story continued below the fold.')).toBeUndefined()
  })
})

describe('a feed of other stories under the story with no heading, each a title over its one-paragraph summary', () => {
  it('is cut off: the story ends at its own last paragraph', () => {
    const story = parseStory(corpusPage('untitled-feed-pairs-01'))
    expect(story.paragraphs.at(-1)).toBe('Police reminded paddlers to file a trip plan with someone on shore and to carry a whistle and a light.')
  })

  it('keeps a round-up\'s items, each a crosshead over its paragraph', () => {
    const items = ['Ferry terminal plan clears first stage', 'Proposals for a new ferry terminal at the north harbour cleared the first planning stage this week.', 'Town centre deal fills empty shops', 'A deal between the council and a property group will bring eleven empty units back into use.', 'Housing site sold to builder', 'A builder has bought forty hectares of former mine land for a new settlement of up to two thousand homes.', 'Library reopens after repairs', 'The central library reopened on Monday after a year of repairs to its roof and windows.']
    const page = `Planning round-up: the week across the region\n\nBy Jane Roe\n\nHere is the week in planning across the region, from the harbour to the old coalfield.\n\nCouncils approved fewer schemes than last month, officials said.\n\nThe figures were published on Friday.\n\n${items.join('\n\n')}\n`
    expect(parseStory(page).paragraphs.at(-1)).toBe('The central library reopened on Monday after a year of repairs to its roof and windows.')
  })

  it('keeps a story\'s own crossheads, which speak of its topics', () => {
    const page = 'Harbour fees rise again\n\nThe harbour board raised mooring fees on Monday for the second time this year.\n\nOwners said the rise would hit small crews hardest.\n\nThe board said costs had gone up.\n\nWhat the harbour board says\n\nThe harbour board said the mooring fees had not covered repairs to the quay for a decade.\n\nWhat owners of small boats say\n\nOwners of small boats said the fees would push them to moor elsewhere along the coast.\n\nWhat happens to the harbour fees next\n\nThe harbour fees will be reviewed again by the board in the spring, the chair said.\n'
    expect(parseStory(page).paragraphs.at(-1)).toBe('The harbour fees will be reviewed again by the board in the spring, the chair said.')
  })
})

describe('a notice\'s title naming what happened and where ("Road Closure, Wellington Central")', () => {
  it('is the headline, not two people\'s names', () => {
    const story = parseStory('Road Closure, Harbour Central\nPolice are responding to a report of a suspicious item at a shop on Quay Street, Harbour Central.\nThe road will be closed between Mill Lane and the ferry terminal while staff assess the item.\n')
    expect(story.headline).toBe('Road Closure, Harbour Central')
    expect(story.authors).toEqual([])
  })

  it('still signs a byline that names a writer', () => {
    expect(parseByline('By Jane Roe, Harbour Central')).not.toBeNull()
  })
})

describe('a follow box\'s heading named again in its prompt ("Harbour news" / "Don\'t miss out on the headlines from Harbour news. …")', () => {
  it('is the box\'s, dropped with its prompt', () => {
    const story = parseStory('Ferry fares to rise in spring\n\nThe harbour board said on Monday that ferry fares would rise by a tenth from April.\n\nHarbour news\n\nDon\'t miss out on the headlines from Harbour news. Followed categories will be added to My News.\n\nOwners of small boats said the rise would hit them hardest, and asked for a discount.\n')
    expect(story.paragraphs).not.toContain('Harbour news')
    expect(story.paragraphs.at(-1)).toMatch(/^Owners of small boats/)
  })

  it('keeps a short line that no prompt names', () => {
    const story = parseStory('Ferry fares to rise in spring\n\nThe harbour board said on Monday that ferry fares would rise by a tenth from April.\n\nWhat owners say\n\nOwners of small boats said the rise would hit them hardest, and asked for a discount.\n')
    expect(story.paragraphs).toContain('What owners say')
  })
})

describe('a columnist\'s name alone under the title, and the line naming the column inside it', () => {
  it('signs the column; the title is the headline and the columnist\'s line is the writer\'s card', () => {
    const story = parseStory(corpusPage('column-name-tagline-01'))
    expect(story.headline).toBe('Old friends from the newsroom leave a long shadow')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Walter Ames' }])
    expect(story.paragraphs).not.toContain('Walter Ames writes a weekly column for The Harbour Gazette.')
  })

  it('keeps a sentence that says more than who writes the column', () => {
    expect(chromeRuleFinder(defaultChromeRules)('Jane Roe writes a weekly column for the paper, and she said the council was wrong.')).toBeUndefined()
    expect(chromeRuleFinder(defaultChromeRules)('Smith writes a column.')).toBeUndefined()
  })
})

describe('a breadcrumb that ends on the title, the masthead\'s date over it, and a short subtitle under the title', () => {
  it('takes the title the trail names, no date from the masthead, and the subtitle as the standfirst', () => {
    const story = parseStory(corpusPage('breadcrumb-title-deck-01'))
    expect(story.headline).toMatch(/^Coastal State University Wins/)
    expect(story.publishedAt).toBeNull()
    expect(story.standfirst).toBe('Awards will fund research on reefs and coastal erosion')
    expect(story.paragraphs[0]).toMatch(/^The National Ocean Foundation/)
  })

  it('keeps a short first paragraph printed without its full stop under a title when no lede follows it', () => {
    const story = parseStory('Harbour berths open\n\nThe harbour board opened three berths\n\nOwners cheered.\n')
    expect(story.paragraphs[0]).toBe('The harbour board opened three berths')
  })
})

describe('a reprinting site\'s credit row ("Credit: By Jane Roe, Courier Staff | The Courier | www.courier.com 14 March 2013 ~~")', () => {
  it('signs the writer and the paper and dates the story, under the site\'s long menu', () => {
    const story = parseStory(corpusPage('credit-row-reprint-01'))
    expect(story.headline).toMatch(/^Council hears objections to dredging plan/)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Lena Ortiz' }, { kind: 'desk', name: 'The Bayside Courier' }])
    expect(story.publishedAt).toBe('2013-03-14T00:00:00.000Z')
  })

  it('leaves a picture\'s credit alone', () => {
    const story = parseStory('Harbour fees rise\n\nCredit: Harbour Board\n\nThe harbour board raised mooring fees on Monday, its first rise in six years.\n\nOwners said the rise would hit small crews hardest.\n')
    expect(story.authors).toEqual([])
  })
})

describe('a section\'s name between the title and its copy ("Title" / "News" / "Title")', () => {
  it('is the page\'s label, no picture\'s credit: the title is the headline', () => {
    const story = parseStory(corpusPage('section-between-title-copies-01'))
    expect(story.headline).toBe('Irish embassy thanks Welsh police after missing walker is found')
    expect(story.paragraphs[0]).toMatch(/^THE Irish embassy in London/)
  })

  it('still reads a caption, its credit and the caption again as the picture\'s', () => {
    const story = parseStory('Harbour fees rise\n\nThe harbour board raised mooring fees on Monday, its first rise in six years.\n\nBoats moored at the north quay on Monday\nReuters\nBoats moored at the north quay on Monday\n\nOwners said the rise would hit small crews hardest.\n')
    expect(story.paragraphs.some((paragraph) => paragraph.startsWith('Boats moored'))).toBe(false)
  })
})

describe('a sign-in wall, a search box\'s prompt, a video box and a metered paywall\'s notes', () => {
  it('are the site\'s: the review is found between them and ends before the paywall', () => {
    const story = parseStory(corpusPage('login-wall-notes-01'))
    expect(story.headline).toMatch(/^Review: Harbour Players/)
    expect(story.paragraphs[0]).toMatch(/^As backstage comedies go/)
    expect(story.paragraphs.at(-1)).toBe('The run continues at the Harbour Playhouse until the end of the month.')
  })

  it('keeps sentences that only share their words', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Support our reporting, the editor said.')).toBeUndefined()
    expect(find('Caption: Jane Roe')).toBeUndefined()
    expect(find('What are you looking for in a mayor, she asked the crowd.')).toBeUndefined()
    expect(find('Caption: A crowd gathers outside the town hall on Monday.')?.reason).toBe('photo caption')
  })
})

describe('a desk\'s byline with the place in capitals and the date on one row ("Staff Reporter KANNUR July 29, 2022 20:49 IST")', () => {
  it('signs the desk and dates the story in the zone it names', () => {
    const story = parseStory(corpusPage('desk-place-date-01'))
    expect(story.headline).toBe('Security stepped up on border roads near Mangaluru')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Staff Reporter' }])
    expect(story.publishedAt).toBe('2022-08-14T13:35:00.000Z')
  })
})

describe('a byline with the lead picture\'s caption glued on after the name ("By Jane RoeThe flooded roads")', () => {
  it('signs the name alone', () => {
    expect(parseStory(corpusPage('byline-glued-caption-01')).authors).toEqual([{ kind: 'person', name: 'Adebayo Okonjo' }])
  })

  it('leaves a name with a capital inside it and a desk after "and" as they are', () => {
    expect(parseByline('By Jane McDonald and The Team')).toEqual([{ kind: 'person', name: 'Jane McDonald' }, { kind: 'desk', name: 'The Team' }])
  })
})

describe('a wire agency\'s name after the title\'s dash ("… says minister – Bernama")', () => {
  it('signs the story as the agency when nothing else does, and is no part of the headline', () => {
    const story = parseStory(corpusPage('title-agency-suffix-01'))
    expect(story.headline).toBe('Exam results out two weeks early to speed up university intake, says minister')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Bernama' }])
  })

  it('leaves a byline\'s writer alone', () => {
    const story = parseStory('Exam results out early, says minister – Bernama\n\nBy Jane Roe\n\nThis year\'s exam results will be released two weeks earlier than usual, the education minister said on Monday.\n\nSchools will receive the results first.\n')
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
  })
})

describe('a breadcrumb run together under the masthead\'s date, a picture box\'s label, an embed\'s notice and a premium wall', () => {
  it('are the site\'s: no date from the masthead, and the story ends before the wall', () => {
    const story = parseStory(corpusPage('glued-breadcrumb-date-01'))
    expect(story.headline).toBe('Regional engineering firm moves its head office to Milwaukee')
    expect(story.publishedAt).toBeNull()
    expect(story.paragraphs.at(-1)).toBe('City officials said the move would bring the firm\'s total workforce in the region to more than five hundred.')
    expect(story.paragraphs.some((paragraph) => paragraph.startsWith('Image |') || paragraph.startsWith('Open Full Embed'))).toBe(false)
  })

  it('keeps sentences that open on the same words', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('HomeKit lets users control lights.')).toBeUndefined()
    expect(find('Homeowners said the rise was unfair.')).toBeUndefined()
    expect(find('This is a premium product for serious cooks, the owner said.')).toBeUndefined()
  })
})

describe('a related-posts list under the story, each row a section glued to the post\'s age ("- Regional News11 months ago")', () => {
  it('ends the story, its first row split from the follow invitation it is glued to', () => {
    const story = parseStory(corpusPage('related-posts-rows-01'))
    expect(story.paragraphs.at(-1)).toBe('Extra officers will be stationed at the pier and in the main square until the end of the festival, he added.')
  })

  it('keeps a sentence that tells how long ago something happened', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('- The ferry sank 40 years ago')).toBeUndefined()
    expect(find('Police said the crash happened two hours ago.')).toBeUndefined()
  })
})

describe('a title opening on "Video:", a byline row with the comments\' counter after its date, and small labels in the story', () => {
  it('takes the title as the headline, the desk without the counter, and drops the labels', () => {
    const story = parseStory(corpusPage('video-title-counter-01'))
    expect(story.headline).toBe('Video: Minister Responds To Court Ruling On Work Permit')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Island Press' }])
    expect(story.paragraphs).not.toContain('Follow topic:')
    expect(story.paragraphs).not.toContain('– Advertising –')
  })

  it('still reads a short "Video:" credit under a picture as a credit, and keeps a sentence about following', () => {
    expect(creditLine.test('Video: Jane Roe/Example TV')).toBe(true)
    expect(creditLine.test('Video: Minister Responds To Court Ruling On Work Permit')).toBe(false)
    expect(chromeRuleFinder(defaultChromeRules)('Follow the money, the auditor said.')).toBeUndefined()
  })
})

describe('a page whose only title is the last step of its breadcrumb ("Home » Industry » <title>")', () => {
  it('takes that step as the headline, flagged as weak evidence', () => {
    const story = parseStory(corpusPage('breadcrumb-only-title-01'))
    expect(story.headline).toBe("Ministry Rejects Weekly's Report On Loan Talks")
    expect(story.confidence.headline).toBe('low')
    expect(story.paragraphs[0]).toMatch(/^The finance ministry has rejected/)
  })

  it('takes no section\'s name from a trail as a headline', () => {
    const story = parseStory('Home » News » Local\n\nThe harbour board raised mooring fees on Monday, its first rise in six years.\n\nOwners said the rise would hit small crews hardest.\n')
    expect(story.headline).toBe('')
  })
})

describe('a section\'s label in capitals closing on "News" over a long title, the date and the wire\'s byline under it', () => {
  it('takes the title, not the label, as the headline', () => {
    const story = parseStory(corpusPage('section-label-news-01'))
    expect(story.headline).toMatch(/^A ferry carrying 80 passengers ran aground/)
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Northwind Wire' }])
  })

  it('still takes a short title in capitals over its byline', () => {
    const story = parseStory('MAYOR QUITS OVER BUDGET ROW\n\nBy Jane Roe\n\nThe mayor of Port Alder resigned on Monday after the council rejected her budget for a third time.\n\nShe will stay on until a successor is chosen.\n')
    expect(story.headline).toBe('MAYOR QUITS OVER BUDGET ROW')
  })
})

describe('a wire and the outlet that runs its story set apart by a slash, with the date ("NTB/The Nordic Post · 3 Nov 2015, 09:12"), and a share bar of networks\' names', () => {
  it('signs both as desks, dates the story and drops the share bar', () => {
    const story = parseStory(corpusPage('wire-slash-outlet-01'), { timeZone: 'Europe/Oslo' })
    expect(story.authors).toEqual([{ kind: 'desk', name: 'NTB' }, { kind: 'desk', name: 'The Nordic Post' }])
    expect(story.paragraphs[0]).toMatch(/^On Tuesday the city council voted/)
    expect(story.paragraphs).not.toContain('Facebook Twitter Google+ reddit')
  })

  it('keeps sentences and names that mention the networks', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Facebook is testing a new button')).toBeUndefined()
    expect(find('Twitter and Facebook')).toBeUndefined()
    expect(parseByline('Jane Roe/John Doe')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'person', name: 'John Doe' }])
  })
})

describe('an app banner over the title (its icon, store rating and e-paper) and a paywall\'s offer and plea under the story', () => {
  it('takes the title as the headline and ends the story before the offer', () => {
    const story = parseStory(corpusPage('app-banner-paywall-01'))
    expect(story.headline).toBe('Lake levels fall to a ten-year low as the dry season drags on')
    expect(story.paragraphs.at(-1)).toMatch(/^The water authority said the level had dropped/)
  })

  it('keeps a sentence that asks people to stand with someone', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('The union said the strike would go on. "Stand with us," its leader told the crowd.')).toBeUndefined()
    expect(find('Get full access to the report, the minister told the committee, was all they asked.')).toBeUndefined()
  })
})

describe('two papers signing together, the date glued to the second\'s name ("Kyiv Pravda, Odesa PravdaTuesday, 14 May 2024, 10:05"), and a "Source:" line under the lede', () => {
  it('signs both papers as desks and reads the story on past the source line', () => {
    const story = parseStory(corpusPage('two-pravda-desks-01'), { timeZone: 'Europe/Kyiv' })
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Kyiv Pravda' }, { kind: 'desk', name: 'Odesa Pravda' }])
    expect(story.publishedAt).toBe('2024-05-14T07:05:00.000Z')
    expect(story.paragraphs.at(-1)).toBe("The terminals handle about a fifth of the region's grain exports.")
  })

  it('still reads a paper and its city as one desk', () => {
    expect(parseByline('By Jane Roe, Lakeside Times, Abuja')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'Lakeside Times' }])
  })
})

describe('a news theme\'s author box: the writer\'s picture text, then the name with the date glued on ("Photo of Jane Roe Jane Roe06/03/2023")', () => {
  it('signs the writer and dates the story', () => {
    const story = parseStory(corpusPage('avatar-name-date-01'), { timeZone: 'Europe/Dublin' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Ciara Nolan' }])
    expect(story.publishedAt).toBe('2023-06-11T23:00:00.000Z')
  })

  it('still signs no one for an aggregator\'s source glued to its date', () => {
    const story = parseStory('Harbour fees rise for the first time in six years\n\nStraits Herald11-07-2025\n\nThe harbour board raised its mooring fees on Monday for the first time in six years.\n\nOwners said the rise would hit small crews hardest.\n')
    expect(story.authors).toEqual([])
    expect(story.publishedAt).toBe('2025-07-11T00:00:00.000Z')
  })
})

describe('a caption printed twice, the second copy with its credit\'s initials glued on in brackets ("… morning.(MVN)"), between the deck and the byline', () => {
  it('drops both copies, signs the byline and takes the sentence over them as the standfirst', () => {
    const story = parseStory(corpusPage('caption-bracket-credit-01'), { timeZone: 'America/Chicago' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Dana Whitfield' }])
    expect(story.standfirst).toBe('Fire officials are treating the barn as a total loss.')
    expect(story.paragraphs[0]).toMatch(/^Millbrook, Tenn\. \(WXYZ\)/)
  })
})

describe('bylines that join a second writer with "with" and name the outlet after "for"', () => {
  it('signs both writers of "By A, with B"', () => {
    expect(parseStory(corpusPage('byline-with-writer-01')).authors).toEqual([{ kind: 'person', name: 'Sam Walsh' }, { kind: 'person', name: 'Priya Raman' }])
    expect(parseByline('By Jane Roe with John Doe')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'person', name: 'John Doe' }])
  })

  it('signs the writer and the outlet of "By A for KNR"', () => {
    expect(parseStory(corpusPage('byline-for-outlet-01')).authors).toEqual([{ kind: 'person', name: 'Mere Tane' }, { kind: 'desk', name: 'KNR' }])
    expect(parseByline('By Jane Roe for RNZ')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'RNZ' }])
    expect(parseByline('By Jane Roe for The Guardian')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'The Guardian' }])
  })

  it('reads no byline in a title that names what something is for, nor a credit line after "with"', () => {
    expect(parseByline('Tories Vote for EU')).toBeNull()
    expect(parseByline('Jane Roe for Congress')).toBeNull()
    expect(parseByline('Big Win for BJP')).toBeNull()
    expect(parseByline('Lionel Messi for PSG')).toBeNull()
    const story = parseStory('Big Win for BJP\n\nThe party won 40 of the 60 seats in the state assembly election, officials said on Sunday.\n\nIts leaders said the result was a vote for stability.\n')
    expect(story.headline).toBe('Big Win for BJP')
    expect(story.paragraphs[0]).toMatch(/^The party won 40/)
    expect(parseByline('By Jane Roe, with Additional Reporting by John Doe')?.some((author) => /Additional/.test(author.name)) ?? false).toBe(false)
  })
})

describe('a reading time printed with its label first ("Read Time = 2 min") under a title and an archive picture\'s label', () => {
  it('takes the title, not the reading time, as the headline, and drops both labels', () => {
    const story = parseStory(corpusPage('read-time-equals-01'))
    expect(story.headline).toBe('Minister Says Delays Hold Up New Airport Safety Law')
    expect(story.paragraphs).not.toContain('File Photo')
  })
})

describe('a news group\'s "Article content" label between runs of the story, a "preferred source" prompt and small lines of the site inside a story', () => {
  it('drops them and keeps the story whole', () => {
    expect(parseStory(corpusPage('article-content-label-01')).paragraphs).not.toContain('Article content')
    const prompt = parseStory(corpusPage('preferred-source-prompt-01'))
    expect(prompt.paragraphs.some((paragraph) => paragraph.includes('preferred source'))).toBe(false)
    expect(prompt.paragraphs.at(-1)).toBe('Police said each call had forced a full evacuation of the school.')
    const small = parseStory(corpusPage('small-chrome-lines-01'))
    expect(small.paragraphs).toEqual([
      'The council will review parking charges in the town centre after a petition from traders gathered more than 900 signatures.',
      'Traders say the charges, raised in January, have cut the number of shoppers on weekdays.',
      'The review will report to the council in June.',
    ])
  })

  it('keeps sentences about sources, shares and comments', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('The article content was checked by two editors.')).toBeUndefined()
    expect(find('Share on the market fell by a third.')).toBeUndefined()
    expect(find('Readers can scroll down to make a comment on the plan, the council said.')).toBeUndefined()
  })
})

describe('a news archive\'s header under the byline: the day with its weekday and edition ("May 2, 2002, Thursday Metro/Final") and the paper\'s copyright', () => {
  it('dates the story from the header row and reads the story under the copyright line', () => {
    const story = parseStory(corpusPage('archive-header-row-01'), { timeZone: 'America/New_York' })
    expect(story.publishedAt).toBe('2002-05-02T04:00:00.000Z')
    expect(story.paragraphs[0]).toMatch(/^\(HARTLEY COUNTY, Ohio\)/)
    expect(story.paragraphs.at(-1)).toBe('A hearing has been set for June.')
  })
})

describe('a membership box under the story ("Become a … member today … Sign up here.") and the site\'s sections after it', () => {
  it('ends the story at the box', () => {
    const story = parseStory(corpusPage('membership-box-end-01'))
    expect(story.paragraphs.at(-1)).toBe('The family said rising rents and energy bills had made the branch impossible to keep open.')
    expect(story.paragraphs).not.toContain('Multimedia')
  })

  it('keeps a sentence that reports a call to become a member', () => {
    expect(chromeRuleFinder(defaultChromeRules)('The club said fans could become a member today and join the vote on the new stadium, its chairman said.')).toBeUndefined()
  })
})

describe('a masthead\'s slogan in another script over an English story ("صوت الناس" over the date and the title)', () => {
  it('is the site\'s: the title is the headline and the masthead\'s date dates nothing', () => {
    const story = parseStory(corpusPage('other-script-slogan-01'), { timeZone: 'Asia/Dubai' })
    expect(story.headline).toBe('Port expansion plans stall as shipping lines hold back')
    expect(story.publishedAt).toBeNull()
  })

  it('keeps a story in that script whole', () => {
    const story = parseStory('ارتفاع أسعار الوقود في المدينة\n\nقالت الحكومة يوم الاثنين إن أسعار الوقود سترتفع بنسبة عشرة في المئة اعتبارا من الشهر المقبل بسبب ارتفاع التكاليف.\n\nوقال مسؤولون إن الزيادة ستكون مؤقتة وإنها ستراجع بعد ستة أشهر من تطبيقها.\n')
    expect(story.headline).toBe('ارتفاع أسعار الوقود في المدينة')
    expect(story.paragraphs).toHaveLength(2)
  })
})

describe('an advertisement\'s marker glued on before a paragraph ("Article continues after this advertisementThe storm …")', () => {
  it('is left out of the paragraph', () => {
    const story = parseStory(corpusPage('glued-ad-marker-01'))
    expect(story.paragraphs[1]).toMatch(/^The storm was expected to make landfall/)
    expect(story.paragraphs.at(-1)).toBe('The coast guard suspended all sea travel in the affected areas until further notice.')
  })
})

describe('links to other stories set between paragraphs without a colon label: "READ MORE" alone over the title, "Click here for an update: “…”", "[ANALYSIS] …"', () => {
  it('are Read-also lines', () => {
    expect(parseStory(corpusPage('bare-read-more-label-01')).readAlso).toEqual(['Opposition leader accuses Government of dodging rent questions'])
    expect(parseStory(corpusPage('click-here-update-link-01')).readAlso).toEqual(['Second suspect released without charge in Limassol brawl case'])
    expect(parseStory(corpusPage('bracket-genre-link-01')).readAlso).toEqual(['What the next leader must do to win back young voters'])
  })

  it('keeps a "Read more" button under the story out of the Read-also lines, and a subhead over the story\'s next part in it', () => {
    const story = parseStory('Harbour fees rise for the first time in six years\n\nThe harbour board raised its mooring fees on Monday for the first time in six years, its chairman said.\n\nOwners said the rise would hit small crews hardest.\n\nRead more\n\nOther stories from the harbour board this week\n')
    expect(story.readAlso).toEqual([])
    const subhead = parseStory('Harbour fees rise for the first time in six years\n\nThe harbour board raised its mooring fees on Monday for the first time in six years, its chairman said.\n\nWhat owners say\n\nOwners said the rise would hit small crews hardest, and several said they would move to other ports.\n')
    expect(subhead.readAlso).toEqual([])
  })
})

describe('the page\'s last line cut off by the page store where it prints again a line of the site\'s or a caption above it ("Article con")', () => {
  it('is the cut-off copy, no paragraph', () => {
    expect(parseStory(corpusPage('cut-off-chrome-copy-01')).paragraphs.at(-1)).toBe('Council will debate the transit budget next month.')
    expect(parseStory(corpusPage('cut-off-caption-copy-01')).paragraphs.at(-1)).toBe('The operator said the work had been slowed by high winds and flooded roads.')
  })

  it('keeps a cut-off last paragraph that prints nothing above it again', () => {
    const cut = 'Crews expect to finish the work in the remote valleys by Thursday, the operator said, adding that it would publish a list of the areas still waiting for a conn'
    const page = corpusPage('cut-off-caption-copy-01').replace(/\n Farmer Seán Keane[^\n]*\nFarmer Seán Keane looking at a fal$/u, `\n${cut}`)
    expect(parseStory(page).paragraphs.at(-1)).toBe(cut)
  })
})

describe('captions closing on a wire\'s handout credit ("THE CANADIAN PRESS/HO - Example Service") or on the photographer and the site in brackets ("(Sam Lee, harbournews.com)")', () => {
  it('are the picture\'s, and the story starts under them', () => {
    expect(parseStory(corpusPage('wire-handout-caption-01')).paragraphs[0]).toMatch(/^The provincial wildfire service is fighting/)
    expect(parseStory(corpusPage('name-site-caption-credit-01')).paragraphs[0]).toMatch(/^HARBOUR CITY -- Councillors/)
  })

  it('keeps a sentence that reports someone, closing on the same brackets', () => {
    const story = parseStory('Harbour fees rise for the first time in six years\n\nThe harbour board raised its mooring fees on Monday for the first time in six years.\n\nThe chairman said the rise was fair. (Jane Roe, harbournews.com)\n\nOwners said the rise would hit small crews hardest.\n')
    expect(story.paragraphs).toContain('The chairman said the rise was fair. (Jane Roe, harbournews.com)')
  })
})

describe('a one-sentence standfirst over a lede that opens in capitals ("THE ORDER FOR the two by-elections …"), and a standfirst asking its question over the lead picture\'s credited caption', () => {
  it('reads the sentence as the standfirst and the story from the lede', () => {
    const capitals = parseStory(corpusPage('capitals-lede-standfirst-01'))
    expect(capitals.standfirst).toBe('Voters in the two constituencies will go to the polls next month.')
    expect(capitals.paragraphs[0]).toMatch(/^THE ORDER FOR/)
    const question = parseStory(corpusPage('question-standfirst-caption-01'))
    expect(question.standfirst).toMatch(/How will a team with no ministerial experience cope with the pressure\?$/)
    expect(question.paragraphs[0]).toMatch(/^Most people who start a new job/)
  })

  it('keeps a lede that reports someone over a lede-like second paragraph, and a lede over an inline picture that asks nothing', () => {
    const reported = parseStory('Minister sets date for two by-elections\n\nThe minister said voters would go to the polls next month.\n\nTHE ORDER FOR the two by-elections was made in the Dáil today.\n')
    expect(reported.paragraphs[0]).toBe('The minister said voters would go to the polls next month.')
    const inline = parseStory('Council approves new library for the harbour district\n\nThe council approved a new library for the harbour district on Monday after two years of debate.\n\nThe old reading room on Quay Street. Photo: Jane Roe/Example Agency\n\nThe library will open in 2027 and will hold about 40,000 books, a reading garden and a room for the local history society.\n')
    expect(inline.paragraphs[0]).toBe('The council approved a new library for the harbour district on Monday after two years of debate.')
  })
})

describe('a republished story\'s note right under the title ("This content originally appeared on Island Radio News.")', () => {
  it('signs the story with the outlet as a desk and stays out of the story', () => {
    const story = parseStory(corpusPage('syndication-note-under-title-01'))
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Island Radio News' }])
    expect(story.paragraphs[0]).toMatch(/^Police in the eastern division/)
  })
})

describe('a public broadcaster\'s picture: its opening words, the caption with its credit and "hide caption", "toggle caption", the credit again; a sponsor\'s slot inside the story', () => {
  it('takes the title as the headline and drops the picture\'s lines and the slot', () => {
    const story = parseStory(corpusPage('hide-caption-button-01'))
    expect(story.headline).toBe('Farmers block roads in protest over new fuel tax')
    expect(story.paragraphs[0]).toMatch(/^LISBON, Portugal/)
    expect(story.paragraphs).not.toContain('Sponsor Message')
  })

  it('keeps a sentence that speaks of a caption', () => {
    expect(chromeRuleFinder(defaultChromeRules)('The museum chose to hide the caption, the curator said.')).toBeUndefined()
  })
})

describe('bylines with where the story was filed or the wire\'s bureau: "By A / Manila, Philippines", "Reuters Madrid", "A skrifar"', () => {
  it('sign the writer or the wire only', () => {
    expect(parseStory(corpusPage('byline-slash-place-01')).authors).toEqual([{ kind: 'person', name: 'Dana Whitfield' }])
    expect(parseStory(corpusPage('wire-city-byline-01'), { timeZone: 'Asia/Kolkata' }).authors).toEqual([{ kind: 'desk', name: 'Reuters' }])
    const nordic = parseStory(corpusPage('nordic-writes-byline-01'))
    expect(nordic.authors).toEqual([{ kind: 'person', name: 'Jóna Björk Sigurðardóttir' }])
    expect(nordic.paragraphs[0]).toMatch(/^Knattspyrnustjóri/)
  })

  it('keeps an agency\'s full name and a second outlet after a bar', () => {
    expect(parseByline('By Jane Roe | Reuters')).toEqual([{ kind: 'person', name: 'Jane Roe' }, { kind: 'desk', name: 'Reuters' }])
    expect(parseByline('Anadolu Agency')).toBeNull()
  })
})

describe('icons named with their screen-reader descriptions and a markets ticker still loading, around a business story', () => {
  it('are the site\'s, over and under the story', () => {
    const story = parseStory(corpusPage('icon-descriptions-01'))
    expect(story.headline).toMatch(/^A \$12 billion drugmaker/)
    expect(story.paragraphs.at(-1)).toBe('The company had paused work on the drug two years ago after mixed trial results, then restarted it last spring.')
  })
})

describe('a picture\'s credit naming only the site it came from ("Images | pixabay.com") between the date and the lede', () => {
  it('is the picture\'s, and the story starts under it', () => {
    expect(parseStory(corpusPage('image-credit-site-01')).paragraphs[0]).toMatch(/^The number of flu cases/)
    expect(chromeRuleFinder(defaultChromeRules)('Images | the story of a city')).toBeUndefined()
  })
})

describe('lines that resemble the new bylines and site lines but are the story\'s', () => {
  it('reads given names that are also wires\' names, and a wire\'s unit, as no wire\'s bureau', () => {
    expect(parseByline('Pap Ndiaye')).toEqual([{ kind: 'person', name: 'Pap Ndiaye' }])
    expect(parseByline('Antara Haldar')).toEqual([{ kind: 'person', name: 'Antara Haldar' }])
    expect(parseByline('AFP Photo')).toBeNull()
    expect(parseByline('AFP Nairobi')).toEqual([{ kind: 'desk', name: 'AFP' }])
  })

  it('reads two bands or teams as no outlets, and a paper that "writes" as no person', () => {
    expect(parseByline('The Beatles and The Rolling Stones')).toBeNull()
    expect(parseByline('Dagens Nyheter skriver')).toBeNull()
  })

  it('keeps sentences that mention members, icons, a preferred source, standing with someone and an e-paper', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Fans who become a club member before June get priority access to playoff tickets, and can join online or at the ground.')).toBeUndefined()
    expect(find('Rap icon A Boogie Wit da Hoodie will open the North American leg, organisers said.')).toBeUndefined()
    expect(find('Make Australia a preferred source of critical minerals, says US senator')).toBeUndefined()
    expect(find('Union rep Jane Roe addressed the picket line. Our newsroom cannot survive these cuts. Stand with us.')).toBeUndefined()
    expect(find('the switch to an e-paper')).toBeUndefined()
  })

  it('keeps a lede that opens on an acronym in the story', () => {
    const acronym = parseStory('Measles cases rise across the region\n\nMeasles cases in the region rose tenfold last year.\n\nWHO regional director Jane Roe urged parents to vaccinate their children before the summer holidays.\n')
    expect(acronym.paragraphs[0]).toBe('Measles cases in the region rose tenfold last year.')
  })

  it('keeps a slogan the story quotes in another script under its lead-in', () => {
    const story = parseStory('Protesters march through the capital\n\nThousands of people marched through the capital on Sunday, most of them carrying the same banner, officials said.\n\nThe banner bore a single slogan:\n\nНет войне\n\nPolice said the march passed off peacefully and no one was detained.\n')
    expect(story.paragraphs).toContain('Нет войне')
  })
})

describe('date rows with a counter, an at sign, icon labels and text-size buttons', () => {
  it('reads "12:00 AM" before a counter as midnight, not noon', () => {
    expect(parseStory(corpusPage('stamp-ampm-count-01'), { timeZone: 'Asia/Dhaka' }).publishedAt).toBe('2022-06-18T18:00:00.000Z')
  })

  it('reads the time after an at sign', () => {
    expect(findDate('May. 07, 2014 @ 05:03 PM', 'America/New_York')?.iso).toBe('2014-05-07T21:03:00.000Z')
    expect(parseStory(corpusPage('date-at-sign-01'), { timeZone: 'America/New_York' }).publishedAt).toBe('2014-05-07T21:03:00.000Z')
  })

  it('reads a date and a reading time under their icons\' names, and the story under them', () => {
    const story = parseStory(corpusPage('icon-labels-date-01'), { timeZone: 'Europe/London' })
    expect(story.publishedAt).toBe('2019-04-10T23:00:00.000Z')
    expect(story.paragraphs[0]).toMatch(/^The northern ports handled/)
    expect(story.paragraphs.join('\n')).not.toMatch(/icon/)
  })

  it('reads a published and updated row with the text-size buttons at its end', () => {
    const story = parseStory(corpusPage('text-size-stamp-01'), { timeZone: 'Asia/Kolkata' })
    expect([story.publishedAt, story.modifiedAt]).toEqual(['2022-09-21T01:36:00.000Z', '2022-09-21T08:04:00.000Z'])
    expect(story.authors).toEqual([{ kind: 'person', name: 'Meera Kulkarni' }])
    expect(story.paragraphs[0]).toMatch(/^HARBOURTON: Two cyclists/)
  })

  it('drops "Time taken to read" and the text-size buttons over the lede', () => {
    const story = parseStory(corpusPage('read-time-font-buttons-01'))
    expect(story.paragraphs[0]).toMatch(/^NORTHTOWN:/)
    expect(story.paragraphs.join('\n')).not.toMatch(/Time taken|^• A$/m)
  })

  it('keeps a sentence that mentions an icon, a label\'s figures and the letter A as the story\'s', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('A+ grades rose at every school in the district this year.')).toBeUndefined()
    const story = parseStory('Flag icon returns to the museum\n\nThe city museum on Monday put the old harbour flag back on display after two years of repairs.\n\nCurators said the flag icon had drawn more visitors than any other piece before it was taken down.\n')
    expect(story.headline).toBe('Flag icon returns to the museum')
    expect(story.paragraphs).toHaveLength(2)
  })
})

describe('site lines around a story: a reader poll, a machine summary\'s notice, a print edition\'s note, account buttons', () => {
  it('ends the story at a reader poll', () => {
    const story = parseStory(corpusPage('reader-poll-end-01'))
    expect(story.paragraphs.at(-1)).toMatch(/the regulator's chairman told reporters\.$/)
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Do you like the content of this article?')?.endsStory).toBe(true)
    expect(find('Was this article helpful?')?.endsStory).toBe(true)
    expect(find('What do you think of the plan to close the library on Sundays?')).toBeUndefined()
  })

  it('drops the notice that a summary was generated by AI, and keeps a sentence that reports one', () => {
    const story = parseStory(corpusPage('ai-summary-notice-01'))
    expect(story.paragraphs[0]).toMatch(/^HARBOUR CITY – The seven members/)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Rosa Villanueva' }])
    expect(chromeRuleFinder(defaultChromeRules)('An AI-generated summary of the ruling was wrong on two points, the court said.')).toBeUndefined()
  })

  it('ends the story at the note that it also ran in the e-paper, and drops "Share Now:"', () => {
    const story = parseStory(corpusPage('print-edition-note-01'), { timeZone: 'Asia/Kathmandu' })
    expect(story.paragraphs.at(-1)).toMatch(/day's walk from the district headquarters\.$/)
    expect(story.authors).toEqual([{ kind: 'desk', name: 'Valley News Service' }])
    expect(chromeRuleFinder(defaultChromeRules)('This article appears to show that the print edition outsold the website last year.')).toBeUndefined()
  })

  it('takes the title under a row of account buttons and a menu\'s empty counter', () => {
    const story = parseStory(corpusPage('account-buttons-title-01'))
    expect(story.headline).toBe('States raise their offers to battery makers in race for factories')
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Register of voters grows by a tenth')).toBeUndefined()
    expect(find('More (and faster) trains')).toBeUndefined()
  })
})

describe('captions closing on "Photo supplied" or on a copyright holder after a bar', () => {
  it('are the pictures\', in the header and among the paragraphs', () => {
    const story = parseStory(corpusPage('caption-credit-supplied-01'))
    expect(story.paragraphs[0]).toMatch(/^Provincial officials said on Monday/)
    expect(story.paragraphs.join('\n')).not.toMatch(/Photo supplied|©/)
    expect(story.authors).toEqual([{ kind: 'person', name: 'Sok Dara' }])
  })

  it('keeps a paragraph that ends on "supplied" or names a copyright', () => {
    const story = parseStory('Water tankers sent to dry villages\n\nThe district sent six water tankers to villages in the hills on Monday after their wells ran dry.\n\nOfficials said the water would be supplied free of charge until the rains came, and that more tankers were on the way.\n\nThe district office holds the © on the maps it published with the plan.\n')
    expect(story.paragraphs).toHaveLength(3)
  })
})

describe('a paper named with Hindi\'s "daily"', () => {
  it('is a desk', () => {
    expect(parseByline('By Dainik Example')).toEqual([{ kind: 'desk', name: 'Dainik Example' }])
  })
})

describe('a wire\'s note that dates the story, and a writer set apart from the outlet by a dash', () => {
  it('takes the day and the wire from "This report by X was first published <day>." on a page that prints no other date', () => {
    const story = parseStory(corpusPage('wire-note-date-desk-01'), { timeZone: 'America/Toronto' })
    expect(story.publishedAt).toBe('2025-05-28T04:00:00.000Z')
    expect(story.authors).toEqual([{ kind: 'desk', name: 'The Maple Press' }])
  })

  it('keeps a byline that names its writer over the same note', () => {
    const story = parseStory('Bank profit rises\n\nBy Jane Roe\n\nMarch 3, 2025\n\nMaple Coast Bank reported a higher quarterly profit on Tuesday, helped by fees from its wealth business.\n\nRevenue rose by a tenth, the bank said.\n\nThis report by The Maple Press was first published May 28, 2025.\n', { timeZone: 'America/Toronto' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Jane Roe' }])
    expect(story.publishedAt).toBe('2025-03-03T05:00:00.000Z')
  })

  it('reads "Name - Outlet | date" as the writer, the outlet and the date', () => {
    const story = parseStory(corpusPage('writer-dash-outlet-row-01'), { timeZone: 'America/New_York' })
    expect(story.authors).toEqual([{ kind: 'person', name: 'Dana Whitcombe' }, { kind: 'desk', name: 'Coastal Baseball Network' }])
    expect(story.publishedAt).toBe('2025-04-02T15:15:00.000Z')
    // (A title set apart from its section by a dash is no writer's row.)
    expect(parseStory('Police Scotland - Latest figures | May 3, 2024\n\nPolice Scotland said on Friday that 31 people had been arrested over the last week, bringing the total to 197.\n\nA further 207 fines were issued, the force said.\n').authors).toEqual([])
  })
})

describe('links glued to their label, captions glued to their copy, and what ends a story', () => {
  it('reads "Read moreTitle" between paragraphs as a Read-also line', () => {
    expect(parseStory(corpusPage('glued-read-more-link-01'), { timeZone: 'Europe/Berlin' }).readAlso).toEqual(['Charity warehouses targeted across the region', 'Fire service: Arson cases rose by a fifth last year'])
  })

  it('keeps "Read more" glued to a sentence as the story\'s', () => {
    const story = parseStory('Council to review bus routes\n\nThe council will review all bus routes in the city next year, its transport chief said on Monday.\n\nRead moreThe review follows complaints about late buses in the east of the city.\n\nA report is due in the spring.\n')
    expect(story.readAlso).toEqual([])
  })

  it('reads a caption printed twice with no space between its copies as one caption, the summary over it as the standfirst', () => {
    const story = parseStory(corpusPage('glued-twin-caption-01'))
    expect(story.paragraphs[0]).toMatch(/^New council figures showed/)
    expect(story.standfirst).toMatch(/^More than 4,000 drivers/)
    expect(story.paragraphs.at(-1)).toMatch(/^Campaigners for disabled people/)
  })

  it('ends the story at "In other news – <title>" and at a syndicating site\'s note that it edited the copy', () => {
    expect(parseStory(corpusPage('other-news-title-end-01')).paragraphs.at(-1)).toBe('The suspects will appear in court on Tuesday.')
    expect(parseStory(corpusPage('edited-source-note-01')).paragraphs.at(-1)).toMatch(/not been allowed to see the evidence against him\.$/)
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('In other news, the council voted to close the pool.')).toBeUndefined()
    expect(find('A message from the editor')).toBeUndefined()
  })

  it('reads "This file photo shows …" over the lede as a caption, and keeps a sentence about a video or a photo someone posted', () => {
    const court = parseStory(corpusPage('picture-shows-caption-01'))
    expect(court.paragraphs[0]).toMatch(/^A court has handed down/)
    // (…and the breadcrumb over the title, "News / Harbour Affairs", which the story takes up, is no title.)
    expect(court.headline).toBe('Court jails eleven over harbour protest')
    const story = parseStory('Police officer suspended over arrest video\n\nA police officer has been suspended after a video of an arrest was shared widely online, the force said on Monday.\n\nThis video shows the officer pushing a man to the ground outside a shop.\n\nThis photo posted by a witness shows a crowd gathering as the man was led away.\n\nThe force said an inquiry had begun.\n')
    expect(story.paragraphs).toHaveLength(4)
  })
})

describe('a theme\'s links to the posts beside the story, a tips prompt and a live story\'s label', () => {
  it('reads "Previous articleTitle" as the site\'s link, ending the story', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    expect(find('Previous articleDeputies arrest two after chase through downtown Millbrook')?.endsStory).toBe(true)
    expect(find('Previous articles in this series looked at the port.')).toBeUndefined()
    expect(parseStory(corpusPage('theme-post-links-end-01')).paragraphs.at(-1)).toBe('The highway patrol is investigating the cause of the crash.')
  })

  it('ends the story at a prompt to email news tips, and keeps a sentence about tips', () => {
    expect(parseStory(corpusPage('tips-prompt-end-01')).paragraphs.at(-1)).toBe("The transport authority said it would meet the drivers' union on Wednesday.")
    expect(chromeRuleFinder(defaultChromeRules)('Police said residents could email tips to a dedicated address, and more than 200 had done so.')).toBeUndefined()
  })

  it('drops "ORIGINAL: 6:55 a.m." between a live story\'s parts and keeps both parts', () => {
    const story = parseStory(corpusPage('live-original-label-01'))
    expect(story.paragraphs).toHaveLength(4)
    expect(story.paragraphs.join('\n')).not.toMatch(/ORIGINAL/)
  })
})

describe('lines that resemble the new site lines, date rows and captions but are the story\'s', () => {
  it('keeps questions to an interviewee or a reader, and sentences about AI summaries and journals', () => {
    const find = chromeRuleFinder(defaultChromeRules)
    for (const line of ['What do you think of the report?', 'Was the report useful?', 'Was this news?', 'An AI-generated summary of the news falsely claimed the suspect had shot himself.', 'The summary was produced by AI researchers at the university and published Tuesday.', 'This report was published in the latest issue of the journal Nature Medicine.', 'A-', 'A+']) expect(find(line)).toBeUndefined()
  })

  it('reads a famous person named after "icon" as no byline, and a bar-less copyright as no caption\'s credit', () => {
    expect(metaLine('Fashion icon Jane Roe, 29 December 2022', undefined)).toBeNull()
    expect(splitCaption('The trial continues on Monday. © Example News Agency')).toBeNull()
  })

  it('reads an at sign before a rate or a price as no time', () => {
    expect(findDate('March 31, 2024 @ 7.50% p.a.', 'Asia/Kolkata')?.iso).toBe('2024-03-30T18:30:00.000Z')
    expect(findDate('Offer valid till May 7, 2024 @ 12.99 only', 'Asia/Kolkata')?.iso).toBe('2024-05-06T18:30:00.000Z')
  })
})
