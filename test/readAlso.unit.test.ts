import { currentKeys, headlineKey, isUrl, slugKey, urlKey } from '../src/readAlso/keys'
import { collectReadAlso, convertReadAlsoParagraphs, readAlsoBlock } from '../src/readAlso/parse'
import { matchReadAlso } from '../src/readAlso/prefixes'
import { resolveReference } from '../src/readAlso/resolve'
import { toSlug } from '../src/fields/slug'
import { paragraphsToLexical } from '../src/lexical/paragraphs'

// Body paragraphs from ordinary reporting that open with the words of a Read-also prefix and must stay paragraphs.
const prose = [
  'Related-party transactions were not disclosed in the filing, the auditors said.',
  'Related-party loans made up a third of the bank’s book by the end of the year.',
  'Related costs, including security and transport, were not included in the estimate.',
  'Related to the case, a second man was detained in the port city on Tuesday.',
  'Related charges against the two officials were dropped in March.',
  'Related searches on the ministry’s website rose tenfold overnight.',
  'Related by marriage to the former president, he has denied any conflict of interest.',
  'Related industries – steel, shipbuilding and logistics – have also been hit.',
  'Related, the judge said, were the two charges the defence had asked to drop.',
  'Relatedly, the council has delayed its vote on the harbour budget.',
  'Related—and equally urgent—is the question of who pays for the repairs.',
  'Related-Party Disclosures Act amendments take effect next year.',
  'See also the case of the 2019 floods, when the same wall failed twice.',
  'See also how the city handled the evacuation in 2012, residents urged.',
  'See the full list of affected streets on the council’s website.',
  'See you in court, the mayor told the developer as he left the meeting.',
  'Seen from the harbour, the damage looked worse than officials admitted.',
  'Seeing the water rise, neighbours carried the elderly to the church hall.',
  'See-through barriers will replace the old concrete wall, the plans show.',
  'See also-ran candidates in the race for the council seat, who drew a combined 3 percent.',
  'Seemingly unconcerned, the minister left for a summit in Geneva.',
  'See page 4 of the report for the full methodology, the authors wrote.',
  'Seeking asylum, the family crossed the border on foot in February.',
  'Read also the minutes of the meeting, the opposition leader suggested to reporters.',
  'Read more about it in the report published by the harbour authority on Friday.',
  'Read more than 400 pages and you still would not find the figure, she said.',
  'Read aloud in court, the letter drew gasps from the gallery.',
  'Read together, the two documents suggest the ministry knew in advance.',
  'Read-across from the pilot study suggests costs could double.',
  'Read the statement in full on the ministry’s website.',
  'Readers also wrote in to ask how the wall would be paid for.',
  'Reading also between the lines, analysts saw a softening of tone.',
  'Read more-or-less as a threat, the remarks were condemned in Seoul.',
  'Read also-ran coverage of the race and you would think it was already over.',
  'Reads also like an apology, one diplomat said of the letter.',
  'Read, also, the small print on page 12, which sets the cap at 2 percent.',
  'Read more slowly, the clause seems to allow exports after all.',
  'Read more widely than any other paper in the region, the Courier closed in 2009.',
  'More than 300 homes were flooded, the fire service said.',
  'More: the figures released on Monday showed a sharp rise in claims.',
  'More related stories are expected as the inquiry continues, the editor said.',
  'More people read also the regional pages now than a decade ago.',
  'More rain is forecast for the weekend, with gusts of up to 90 km/h.',
  'More — much more — needs to be done, the union leader said.',
  'Moreover, the council has yet to publish the engineers’ report.',
  'More also needs to be spent on drainage, the report found.',
  'More-or-less every shop on the quay was closed by noon.',
  'More see also the need for a new bridge than a wall, a poll found.',
  'More read also the fine print: 12 percent said they had checked.',
  'Related also were the warnings from insurers, which went unheeded.',
  'See also, as the minister put it four times on the radio, the need for calm.',
  'See more of the photos in our gallery from the waterfront.',
  'Related—party members voted against the motion on Thursday.',
]

// Openers that must become Read-also blocks, and the reference they carry.
const references: [string, string][] = [
  ['Read also: Putin, Kim meet at Russian cosmodrome', 'Putin, Kim meet at Russian cosmodrome'],
  ['READ MORE — “South Korea pledges aid”', 'South Korea pledges aid'],
  ['see also – Harbour wall approved', 'Harbour wall approved'],
  ['Related:https://news.example/a/b', 'https://news.example/a/b'],
  ['  Read   also ： Fullwidth colon', 'Fullwidth colon'],
  ['Related - Storm surge floods the waterfront', 'Storm surge floods the waterfront'],
  ['Related — Storm surge floods the waterfront', 'Storm surge floods the waterfront'],
  ['“Read also: Engineers warn on sea defences”', 'Engineers warn on sea defences'],
  ['See also : Related-party deals under scrutiny', 'Related-party deals under scrutiny'],
  ['Read more -- Council votes today', 'Council votes today'],
  ['RELATED: more flooding expected', 'more flooding expected'],
  // A quotation inside the title keeps its closing mark; marks set around the whole title go.
  ['READ MORE: Men held over number of ‘hoax bomb calls’', 'Men held over number of ‘hoax bomb calls’'],
  ['Read also: Mayor says ‘no’ to harbour plan', 'Mayor says ‘no’ to harbour plan'],
  ["Read also: Storm victims: 'We lost everything'", "Storm victims: 'We lost everything'"],
  ['Read also: ‘Harbour fees rise’', 'Harbour fees rise'],
  ["Read also: 'Harbour fees rise'", 'Harbour fees rise'],
  ['Read also: Harbour fees rise”', 'Harbour fees rise'],
  ['Read also: Mayor’s ‘plan’', 'Mayor’s ‘plan’'],
  ["Read also: Storm victims: 'We're fine'", "Storm victims: 'We're fine'"],
  ["Read also: 'Kim's talks'", "Kim's talks"],
]

describe('matchReadAlso', () => {
  it('has enough prose to guard against false matches', () => {
    expect(prose.length).toBeGreaterThanOrEqual(50)
    expect(prose.every((line) => /^(Related|See|Read|More)/.test(line))).toBe(true)
  })

  it.each(prose)('leaves the paragraph %j alone', (line) => {
    expect(matchReadAlso(line)).toBeNull()
    const body = paragraphsToLexical(['Opening.', line])
    expect(convertReadAlsoParagraphs(body)).toBe(body)
  })

  it.each(references)('finds the reference in %j', (line, reference) => {
    expect(matchReadAlso(line)).toBe(reference)
  })

  it.each(['Read also', 'Related: ', 'Related - ', 'He said: Read also: not at the start', 'Read also—Glued dash', 'Related-party'])(
    'ignores %j',
    (line) => {
      expect(matchReadAlso(line)).toBeNull()
    },
  )

  it('takes an opener without a separator only when the rest of the line is a link', () => {
    expect(matchReadAlso('Read also Putin, Kim meet', undefined, { linkText: 'Putin, Kim meet' })).toBe('Putin, Kim meet')
    expect(matchReadAlso('Read also “Putin, Kim meet”', undefined, { linkText: 'Putin, Kim meet' })).toBe('Putin, Kim meet')
    expect(matchReadAlso('Read also Putin, Kim meet', undefined, { linkText: 'Read also Putin, Kim meet' })).toBe('Putin, Kim meet')
    expect(matchReadAlso('Read more about it in the report', undefined, { linkText: 'the report' })).toBeNull()
    expect(matchReadAlso('Read also Putin, Kim meet')).toBeNull()
  })

  it('uses the prefixes a site configures instead of the defaults', () => {
    expect(matchReadAlso('Lesen Sie auch: Ein Titel', ['Lesen Sie auch'])).toBe('Ein Titel')
    expect(matchReadAlso('Read also: A title', ['Lesen Sie auch'])).toBeNull()
  })
})

describe('slugs', () => {
  // Expected slugs written out by hand: Latin, Greek and Cyrillic in plain Latin letters, other scripts whole.
  const headlines: [string, string, string][] = [
    ['English', 'Storm surge floods Port Alder waterfront', 'storm-surge-floods-port-alder-waterfront'],
    ['English', 'Kim’s “arms talks” — what we know', 'kims-arms-talks-what-we-know'],
    ['French', 'Café crème : la crise des prix', 'cafe-creme-la-crise-des-prix'],
    ['German', 'Zürich: Straße gesperrt', 'zuerich-strasse-gesperrt'],
    ['Danish', 'Ærø og Øresund', 'aero-og-oresund'],
    ['Polish', 'Łódź płonie', 'lodz-plonie'],
    ['Icelandic', 'Þórður á Ísafirði', 'thordur-a-isafirdi'],
    ['Turkish', 'İstanbul’da iş kazası', 'istanbulda-is-kazasi'],
    ['Vietnamese', 'Việt Nam hôm nay', 'viet-nam-hom-nay'],
    ['Spanish', '¿Qué pasó en Señora Niña?', 'que-paso-en-senora-nina'],
    ['Russian', 'Путин и Ким встретились', 'putin-i-kim-vstretilis'],
    ['Russian', 'Щедрый ёж', 'schedriy-yozh'],
    ['Ukrainian', 'Харків і Львів', 'kharkiv-i-lviv'],
    ['Bulgarian', 'София днес', 'sofiya-dnes'],
    ['Greek', 'Αθήνα: νέα μέτρα', 'athina-nea-metra'],
    ['Greek', 'Ελλάδα και Κύπρος', 'ellada-kai-kypros'],
    ['Hindi', 'हिन्दी समाचार', 'हिन्दी-समाचार'],
    ['Hindi', 'दिल्ली में बारिश', 'दिल्ली-में-बारिश'],
    ['Marathi', 'मुंबई पाऊस', 'मुंबई-पाऊस'],
    ['Bengali', 'বাংলা সংবাদ', 'বাংলা-সংবাদ'],
    ['Tamil', 'தமிழ் செய்திகள்', 'தமிழ்-செய்திகள்'],
    ['Thai', 'ข่าวไทย วันนี้', 'ข่าวไทย-วันนี้'],
    ['Thai', 'กรุงเทพฯ น้ำท่วม', 'กรุงเทพฯ-น้ำท่วม'],
    ['Arabic', 'مرحبا بالعالم العربي', 'مرحبا-بالعالم-العربي'],
    ['Arabic', 'القُدس اليَوم', 'القُدس-اليَوم'],
    ['Hebrew', 'שלום עולם חדשות', 'שלום-עולם-חדשות'],
    ['Hebrew', 'יְרוּשָׁלַיִם היום', 'יְרוּשָׁלַיִם-היום'],
    ['Chinese', '北京发布新规定', '北京发布新规定'],
    ['Chinese', '台北 颱風 警報', '台北-颱風-警報'],
    ['Japanese', '東京の天気 予報', '東京の天気-予報'],
    ['Korean', '북한, 미사일 발사', '북한-미사일-발사'],
    ['Georgian', 'ქართული ამბები', 'ქართული-ამბები'],
    ['mixed', 'Seoul 서울: Путин – 2026', 'seoul-서울-putin-2026'],
    ['none', '!!! ???', ''],
  ]

  it('covers enough headlines and scripts', () => {
    expect(headlines.length).toBeGreaterThanOrEqual(30)
    expect(new Set(headlines.map(([language]) => language)).size).toBeGreaterThanOrEqual(10)
  })

  it.each(headlines)('%s: %j → %j', (_language, headline, slug) => {
    expect(toSlug(headline)).toBe(slug)
  })
})

describe('keys', () => {
  it('normalises headlines: Unicode form, case, quotes, dashes, whitespace and trailing punctuation', () => {
    const plain = headlineKey("Seoul's minister warns - talks 'extremely serious'")
    expect(headlineKey('Seoul’s  Minister warns — talks ‘extremely serious’.')).toBe(plain)
    expect(headlineKey('ＳＥＯＵＬ’S minister warns – talks "extremely serious"!')).toBe(plain)
    expect(headlineKey('Seoul minister warns - talks extremely serious')).not.toBe(plain)
  })

  it('takes the last path segment of a URL as a slug key', () => {
    expect(urlKey('https://news.example/world/2026/putin-kim-meet?utm=x#top')).toBe(slugKey('putin-kim-meet'))
    expect(urlKey('/news/putin-kim-meet/')).toBe(slugKey('putin-kim-meet'))
    expect(urlKey('https://news.example/archive/putin-kim-meet.html')).toBe(slugKey('putin-kim-meet'))
    expect(urlKey('https://news.example/')).toBeNull()
    expect(isUrl('https://news.example/a')).toBe(true)
    expect(isUrl('Putin, Kim meet')).toBe(false)
  })

  it('gives an article one key for its headline and one for its slug', () => {
    expect(currentKeys({ slug: 'a-b', title: 'A b' })).toEqual([headlineKey('A b'), slugKey('a-b')])
  })
})

describe('parse', () => {
  it('turns Read-also paragraphs into blocks in place and leaves other paragraphs alone', () => {
    const body = paragraphsToLexical(['First.', 'Read also: Harbour wall approved', 'Last.', 'See also: https://news.example/x/wall'])
    const converted = convertReadAlsoParagraphs(body)
    const kinds = converted.root.children.map((node) => node.type)
    expect(kinds).toEqual(['paragraph', 'block', 'paragraph', 'block'])
    expect(collectReadAlso(converted).map(({ position, text, url }) => ({ position, text, url }))).toEqual([
      { position: 0, text: 'Harbour wall approved', url: undefined },
      { position: 1, text: 'https://news.example/x/wall', url: 'https://news.example/x/wall' },
    ])
  })

  it('returns the same body when there is nothing to convert', () => {
    const body = paragraphsToLexical(['Nothing to see.'])
    expect(convertReadAlsoParagraphs(body)).toBe(body)
  })

  it('prefers the URL key, then the headline key, and keeps an explicit pick', () => {
    const block = readAlsoBlock('Harbour wall approved', 'https://news.example/x/harbour-wall')
    const picked = { ...readAlsoBlock('Anything'), fields: { blockType: 'readAlso', article: { id: 7 }, headline: null } }
    const [linked, chosen] = collectReadAlso({ root: { children: [block, picked], type: 'root' } })
    expect(linked!.keys).toEqual([slugKey('harbour-wall'), headlineKey('Harbour wall approved')])
    expect(chosen!.articleId).toBe(7)
  })
})

describe('resolveReference', () => {
  const a = { _status: 'published', id: 1, linkKeys: [headlineKey('Wall approved'), slugKey('wall')], slug: 'wall', title: 'Wall approved' }
  const renamed = { _status: 'published', id: 2, linkKeys: [headlineKey('Old name'), slugKey('old'), headlineKey('New name'), slugKey('new')], slug: 'new', title: 'New name' }
  const twin = { _status: 'published', id: 3, linkKeys: [headlineKey('Wall approved'), slugKey('wall-2')], slug: 'wall-2', title: 'Wall approved' }
  const ref = (text: string) => ({ keys: [headlineKey(text)] })

  it('resolves a unique match, stays pending without one', () => {
    expect(resolveReference(ref('Wall approved'), [a], 9)).toMatchObject({ state: 'resolved', to: 1 })
    expect(resolveReference(ref('No such story'), [a], 9)).toMatchObject({ state: 'pending', to: null })
  })

  it('resolves by a former headline', () => {
    expect(resolveReference(ref('Old name'), [renamed], 9)).toMatchObject({ state: 'resolved', to: 2 })
  })

  it('flags a tie with the articles involved, and keeps an earlier choice that still matches', () => {
    const tie = resolveReference(ref('Wall approved'), [a, twin], 9)
    expect(tie.state).toBe('ambiguous')
    expect(tie.candidates).toEqual([1, 3])
    expect(tie.note).toContain('(id 1)')
    expect(tie.note).toContain('(id 3)')
    expect(resolveReference(ref('Wall approved'), [a, twin], 9, 3)).toMatchObject({ state: 'resolved', to: 3 })
  })

  it('prefers the one published story of several that share a headline', () => {
    const draftTwin = { ...twin, _status: 'draft' }
    expect(resolveReference(ref('Wall approved'), [a, draftTwin], 9)).toMatchObject({ state: 'resolved', to: 1 })
    expect(resolveReference(ref('Wall approved'), [{ ...a, _status: 'draft' }, draftTwin], 9)).toMatchObject({ state: 'ambiguous' })
  })

  it('prefers a current headline over a former one', () => {
    const taken = { _status: 'published', id: 4, linkKeys: [headlineKey('Old name'), slugKey('old-2')], slug: 'old-2', title: 'Old name' }
    expect(resolveReference(ref('Old name'), [renamed, taken], 9)).toMatchObject({ state: 'resolved', to: 4 })
  })

  it('flags a link to the article itself', () => {
    expect(resolveReference(ref('Wall approved'), [a], 1)).toMatchObject({ state: 'self', to: null })
    expect(resolveReference({ articleId: 1, keys: [] }, [a], 1)).toMatchObject({ state: 'self' })
  })
})
