import { currentKeys, headlineKey, isUrl, slugKey, urlKey } from '../src/readAlso/keys'
import { collectReadAlso, convertReadAlsoParagraphs, readAlsoBlock } from '../src/readAlso/parse'
import { matchReadAlso } from '../src/readAlso/prefixes'
import { resolveReference } from '../src/readAlso/resolve'
import { paragraphsToLexical } from '../src/lexical/paragraphs'

describe('matchReadAlso', () => {
  it.each([
    ['Read also: Putin, Kim meet at Russian cosmodrome', 'Putin, Kim meet at Russian cosmodrome'],
    ['READ MORE — “South Korea pledges aid”', 'South Korea pledges aid'],
    ['see also – Harbour wall approved', 'Harbour wall approved'],
    ['Related:https://news.example/a/b', 'https://news.example/a/b'],
    ['  Read   also ： Fullwidth colon', 'Fullwidth colon'],
  ])('finds the reference in %j', (line, reference) => {
    expect(matchReadAlso(line)).toBe(reference)
  })

  it.each(['Readers also said: nothing', 'Read also', 'Related: ', 'He said: Read also: not at the start'])('ignores %j', (line) => {
    expect(matchReadAlso(line)).toBeNull()
  })

  it('uses the prefixes a site configures instead of the defaults', () => {
    expect(matchReadAlso('Lesen Sie auch: Ein Titel', ['Lesen Sie auch'])).toBe('Ein Titel')
    expect(matchReadAlso('Read also: A title', ['Lesen Sie auch'])).toBeNull()
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
  const twin = { _status: 'draft', id: 3, linkKeys: [headlineKey('Wall approved'), slugKey('wall-2')], slug: 'wall-2', title: 'Wall approved' }
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

  it('prefers a current headline over a former one', () => {
    const taken = { _status: 'published', id: 4, linkKeys: [headlineKey('Old name'), slugKey('old-2')], slug: 'old-2', title: 'Old name' }
    expect(resolveReference(ref('Old name'), [renamed, taken], 9)).toMatchObject({ state: 'resolved', to: 4 })
  })

  it('flags a link to the article itself', () => {
    expect(resolveReference(ref('Wall approved'), [a], 1)).toMatchObject({ state: 'self', to: null })
    expect(resolveReference({ articleId: 1, keys: [] }, [a], 1)).toMatchObject({ state: 'self' })
  })
})
