import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { ValidationError } from 'payload'
import sharp from 'sharp'

import { paragraphsToLexical } from '../src/lexical/paragraphs'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload('collections')
})

afterAll(async () => {
  await shutdown(payload)
})

const unique = (text: string) => `${text} ${runId}`

describe('demo content', () => {
  it('loads interlinked demo stories, with bylines and cited sources, into an empty database', async () => {
    const { docs } = await payload.find({ collection: 'articles', depth: 1, where: { title: { like: 'Port Alder council' } } })
    expect(docs).toHaveLength(1)
    const [story] = docs
    expect(story!._status).toBe('published')
    expect(story!.authors?.map((author) => typeof author === 'object' && author.name)).toContain('Tomas Reyes')
    const links = await payload.find({ collection: 'read-also-links', sort: 'position', where: { from: { equals: story!.id } } })
    expect(links.docs.map((link) => [link.state, link.target?.title])).toEqual([
      ['resolved', 'Storm surge floods Port Alder waterfront, hundreds evacuated'],
      ['resolved', 'Engineers warn ageing sea defences need urgent repair'],
    ])
  })

  it('leaves the demo link to a story nobody has written yet pending', async () => {
    const { docs } = await payload.find({ collection: 'read-also-links', where: { text: { equals: 'Harbour Authority to publish storm damage report' } } })
    expect(docs.map((link) => link.state)).toEqual(['pending'])
  })
})

describe('authors', () => {
  it('creates a person and a desk, lists the person’s articles and the article’s byline in order', async () => {
    const person = await payload.create({
      collection: 'authors',
      data: { jobTitle: 'Seoul correspondent', kind: 'person', name: unique('Jane Roe'), slug: '' },
    })
    expect(person.slug).toBe(`jane-roe-${runId}`)
    const desk = await payload.create({ collection: 'authors', data: { kind: 'desk', name: unique('The Example Times news desk'), slug: '' } })
    expect(desk.kind).toBe('desk')

    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', authors: [person.id, desk.id], slug: '', title: unique('Byline test story') },
    })
    const read = await payload.findByID({ collection: 'authors', depth: 1, id: person.id })
    expect(read.articles?.docs?.map((doc) => (typeof doc === 'object' ? doc.id : doc))).toEqual([article.id])
    const byline = await payload.findByID({ collection: 'articles', depth: 1, id: article.id })
    expect(byline.authors?.map((author) => typeof author === 'object' && author.name)).toEqual([person.name, desk.name])

    await payload.delete({ collection: 'articles', id: article.id })
    await payload.delete({ collection: 'authors', id: person.id })
    await payload.delete({ collection: 'authors', id: desk.id })
    expect((await payload.find({ collection: 'authors', where: { id: { in: [person.id, desk.id] } } })).totalDocs).toBe(0)
  })
})

describe('sources', () => {
  it('keeps aliases and lists the articles that cite the source', async () => {
    const source = await payload.create({
      collection: 'sources',
      data: { aliases: ['Yonhap'], country: 'South Korea', kind: 'news-agency', name: unique('Yonhap News Agency') },
    })
    expect(source.aliases).toEqual(['Yonhap'])
    const byAlias = await payload.find({ collection: 'sources', where: { aliases: { in: ['Yonhap'] } } })
    expect(byAlias.docs.map((doc) => doc.id)).toContain(source.id)

    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', slug: '', sources: [source.id], title: unique('Seoul weighs sanctions') },
    })
    const cited = await payload.findByID({ collection: 'sources', depth: 1, id: source.id })
    const citing = cited.articles?.docs?.[0]
    expect(typeof citing === 'object' && citing.title).toBe(article.title)

    await payload.delete({ collection: 'articles', id: article.id })
    await payload.delete({ collection: 'sources', id: source.id })
  })

  it('refuses a second source with the same name', async () => {
    const name = unique('Kremlin press office')
    await payload.create({ collection: 'sources', data: { kind: 'government', name } })
    await expect(payload.create({ collection: 'sources', data: { kind: 'government', name } })).rejects.toBeInstanceOf(
      ValidationError,
    )
  })
})

describe('topics', () => {
  it('nests topics and shows the path as breadcrumbs', async () => {
    const asia = await payload.create({ collection: 'topics', data: { name: unique('Asia'), slug: '' } })
    const peninsula = await payload.create({
      collection: 'topics',
      data: { name: 'Korean Peninsula', parent: asia.id, slug: unique('korean-peninsula').replace(' ', '-') },
    })
    const read = await payload.findByID({ collection: 'topics', depth: 1, id: peninsula.id })
    expect(read.breadcrumbs?.map((crumb) => crumb.label)).toEqual([asia.name, 'Korean Peninsula'])
    expect(read.breadcrumbs?.at(-1)?.url).toBe(`/${asia.slug}/${peninsula.slug}`)
    expect(typeof read.parent === 'object' && read.parent?.name).toBe(asia.name)

    await payload.delete({ collection: 'topics', id: peninsula.id })
    await payload.delete({ collection: 'topics', id: asia.id })
  })
})

describe('articles', () => {
  it('generates the slug from the headline and stamps the first publication time', async () => {
    const title = unique('South Korea concerned over arms talks, hints at sanctions')
    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', body: paragraphsToLexical(['Seoul is worried.']), dateline: 'SEOUL', dek: 'A standfirst.', slug: '', title },
    })
    expect(article.slug).toBe(`south-korea-concerned-over-arms-talks-hints-at-sanctions-${runId}`)
    expect(article.publishedAt).toEqual(expect.any(String))

    // The slug stays when the headline changes; the publication time stays on later publishes.
    const updated = await payload.update({ collection: 'articles', data: { title: unique('Seoul hints at sanctions') }, id: article.id })
    expect(updated.slug).toBe(article.slug)
    expect(updated.publishedAt).toBe(article.publishedAt)

    await payload.delete({ collection: 'articles', id: article.id })
  })

  it('makes readable slugs from headlines in any language, and asks for a slug when a headline has no letters', async () => {
    const cases: [string, string][] = [
      [`Café crème: Zürich’s Øresund deal ${runId}`, `cafe-creme-zuerichs-oresund-deal-${runId}`],
      [`Путин и Ким встретились ${runId}`, `putin-i-kim-vstretilis-${runId}`],
      [`북한, 미사일 발사 ${runId}`, `북한-미사일-발사-${runId}`],
      [`हिन्दी समाचार ${runId}`, `हिन्दी-समाचार-${runId}`],
      [`Straße — “A – B” ${runId}`, `strasse-a-b-${runId}`],
    ]
    for (const [title, slug] of cases) {
      const article = await payload.create({ collection: 'articles', data: { title } })
      expect(article.slug).toBe(slug)
      await payload.delete({ collection: 'articles', id: article.id })
    }
    await expect(payload.create({ collection: 'articles', data: { title: '!!! ???' } })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: expect.stringContaining('A slug is required'), path: 'slug' })] },
    })
  })

  it('rejects a slug that another article uses with a message naming the slug', async () => {
    const slug = `clash-${runId}`
    const first = await payload.create({ collection: 'articles', data: { slug, title: unique('First story') } })
    const attempt = payload.create({ collection: 'articles', data: { slug, title: unique('Second story') } })
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    await expect(attempt).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: expect.stringContaining(`"${slug}" is already used`), path: 'slug' })] },
    })
    expect((await payload.count({ collection: 'articles', where: { title: { equals: unique('Second story') } } })).totalDocs).toBe(0)
    await payload.delete({ collection: 'articles', id: first.id })
  })

  it('keeps drafts from anonymous readers and shows them to signed-in staff', async () => {
    const draft = await payload.create({ collection: 'articles', data: { slug: '', title: unique('Embargoed story') } })
    expect(draft._status).toBe('draft')
    const anonymous = await payload.find({ collection: 'articles', overrideAccess: false, where: { id: { equals: draft.id } } })
    expect(anonymous.totalDocs).toBe(0)
    const editor = await payload.create({
      collection: 'users',
      data: { email: `editor-${runId}@example.test`, password: 'correct horse battery', role: 'editor' },
    })
    const staff = await payload.find({ collection: 'articles', overrideAccess: false, user: editor, where: { id: { equals: draft.id } } })
    expect(staff.totalDocs).toBe(1)
    await payload.delete({ collection: 'articles', id: draft.id })
    await payload.delete({ collection: 'users', id: editor.id })
  })
})

describe('users', () => {
  // The first account becoming an admin is checked in the browser test, on a fresh database.
  it('makes an account created without a role, once an account exists, a contributor', async () => {
    const existing = await payload.create({
      collection: 'users',
      data: { email: `existing-${runId}@example.test`, password: 'correct horse battery', role: 'editor' },
    })
    const user = await payload.create({
      collection: 'users',
      // No role given: the generated type requires one, the field's default supplies it.
      data: { email: `writer-${runId}@example.test`, password: 'correct horse battery' } as RequiredDataFromCollectionSlug<'users'>,
    })
    expect(user.role).toBe('contributor')
    await payload.delete({ collection: 'users', id: user.id })
    await payload.delete({ collection: 'users', id: existing.id })
  })
})

describe('media', () => {
  const png = () => sharp({ create: { background: '#336699', channels: 3, height: 8, width: 12 } }).png().toBuffer()

  it('stores an image with alt text and a credit', async () => {
    const data = await png()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Harbour at dusk', credit: 'Jane Roe / Example Agency' },
      file: { data, mimetype: 'image/png', name: `harbour-${runId}.png`, size: data.length },
    })
    expect(image.width).toBe(12)
    expect(image.credit).toBe('Jane Roe / Example Agency')

    const article = await payload.create({
      collection: 'articles',
      data: { hero: { caption: 'The old quay.', image: image.id }, slug: '', title: unique('Story with a hero image') },
    })
    const read = await payload.findByID({ collection: 'articles', depth: 1, id: article.id })
    expect(typeof read.hero?.image === 'object' && read.hero.image?.alt).toBe('Harbour at dusk')

    await payload.delete({ collection: 'articles', id: article.id })
    await payload.delete({ collection: 'media', id: image.id })
  })

  it('refuses an image without alt text', async () => {
    const data = await png()
    await expect(
      payload.create({
        collection: 'media',
        data: { credit: 'Jane Roe' } as never,
        file: { data, mimetype: 'image/png', name: `no-alt-${runId}.png`, size: data.length },
      }),
    ).rejects.toThrow(/alt/i)
  })
})

describe('paging the article list', () => {
  it('never repeats or skips a story across pages, for stories imported together (same publication and creation time)', async () => {
    const { importStories } = await import('../src/import/importStory')
    const marker = `Batch paging ${runId}`
    const results = await importStories(payload, {
      publish: true,
      stories: Array.from({ length: 30 }, (_, index) => ({
        file: `paging-${index}.txt`,
        text: [`${marker} story ${index}`, 'PORT ALDER — A paragraph of reporting for the paging check.', 'A second paragraph.'].join('\n\n'),
      })),
    })
    expect(results.filter((result) => result.status !== 'created')).toEqual([])
    // The dateline, which every story of the batch shares and no index orders, leaves the database to sort the ties.
    for (const sort of [undefined, '-publishedAt', 'publishedAt', 'dateline', '-dateline']) {
      const seen: (number | string)[] = []
      for (let page = 1; page <= 6; page++) {
        const { docs } = await payload.find({ collection: 'articles', depth: 0, limit: 5, overrideAccess: false, page, sort, where: { title: { like: marker } } })
        seen.push(...docs.map((doc) => doc.id))
      }
      expect({ sort, stories: new Set(seen).size, read: seen.length }).toEqual({ sort, stories: 30, read: 30 })
    }
  })
})
