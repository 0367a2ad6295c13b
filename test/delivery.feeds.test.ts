import type { Payload } from 'payload'

import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { restAs } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { paragraphsToLexical } from '../src/lexical/paragraphs'

let server: RunningServer
let payload: Payload
let rest: ReturnType<typeof restAs>

const site = 'https://news.example'
const publication = 'The Example & <Times>'

beforeAll(async () => {
  Object.assign(process.env, {
    NEWSROOM_LANGUAGE: 'ko',
    NEWSROOM_PUBLICATION_NAME: publication,
    NEWSROOM_SITE_URL: site,
    NEWSROOM_SITEMAP_PAGE_SIZE: '3',
  })
  server = await startTestServer('delivery-feeds')
  payload = await bootPayload('delivery-feeds', server.env)
  rest = restAs(server.url)
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['category', 'dc:creator', 'item', 'sitemap', 'url'].includes(name) })
const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/
const w3c = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers })
  return { headers: response.headers, status: response.status, text: await response.text() }
}

async function xml(path: string) {
  const response = await get(path)
  expect(response.status).toBe(200)
  expect(XMLValidator.validate(response.text)).toBe(true)
  return { doc: parser.parse(response.text), response }
}

describe('feeds and sitemaps', () => {
  let fresh: { id: number; publishedAt: string; slug: string; title: string }
  let old: { id: number; slug: string; title: string }
  let draft: { id: number; slug: string; title: string }
  let topicSlug: string
  let authorSlug: string

  beforeAll(async () => {
    const author = await payload.create({ collection: 'authors', data: { kind: 'desk', name: `Markets & <Money> desk ${runId}` } })
    const topic = await payload.create({ collection: 'topics', data: { name: `Bonds & rates ${runId}` } })
    authorSlug = author.slug!
    topicSlug = topic.slug!
    const created = await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        authors: [author.id],
        body: paragraphsToLexical(['Yields rose & fell <sharply>.']),
        dek: 'Traders & <banks> react.',
        title: `Rates & <bonds> rise ${runId}`,
        topics: [topic.id],
      },
      draft: false,
    })
    fresh = created as typeof fresh
    old = (await payload.create({
      collection: 'articles',
      data: { _status: 'published', publishedAt: new Date(Date.now() - 5 * 24 * 3600 * 1000).toISOString(), title: `Old harbour notes ${runId}` },
      draft: false,
    })) as typeof old
    draft = (await payload.create({ collection: 'articles', data: { _status: 'draft', title: `Unannounced merger ${runId}` }, draft: true })) as typeof draft
  }, 60_000)

  it('/rss.xml is RSS 2.0 with content:encoded, dc:creator and categories, escaped, published stories only', async () => {
    const { doc, response } = await xml('/rss.xml')
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
    expect(response.text).not.toContain(draft.title)
    expect(doc.rss['@_version']).toBe('2.0')
    const channel = doc.rss.channel
    expect(channel.title).toBe(publication)
    expect(channel.link).toBe(`${site}/`)
    expect(typeof channel.description).toBe('string')
    expect(channel.language).toBe('ko')
    expect(channel.lastBuildDate).toMatch(rfc822)
    const item = channel.item.find((entry: { title: string }) => entry.title === fresh.title)
    expect(item).toBeDefined()
    expect(item.link).toBe(`${site}/articles/${fresh.slug}`)
    expect(item.guid['#text']).toBe(item.link)
    expect(item.pubDate).toMatch(rfc822)
    expect(Date.parse(item.pubDate)).toBe(Math.floor(Date.parse(fresh.publishedAt) / 1000) * 1000)
    expect(item.description).toBe('Traders & <banks> react.')
    expect(item['dc:creator']).toEqual([`Markets & <Money> desk ${runId}`])
    expect(item.category).toEqual([`Bonds & rates ${runId}`])
    expect(item['content:encoded']).toContain('<p>Yields rose &amp; fell &lt;sharply&gt;.</p>')
    // Newest first.
    const dates = channel.item.map((entry: { pubDate: string }) => Date.parse(entry.pubDate))
    expect(dates).toEqual([...dates].sort((a: number, b: number) => b - a))
  })

  it('/feed.json is JSON Feed 1.1', async () => {
    const response = await get('/feed.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json/)
    expect(response.text).not.toContain(draft.title)
    const feed = JSON.parse(response.text)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBe(publication)
    expect(feed.feed_url).toBe(`${site}/feed.json`)
    const item = feed.items.find((entry: { title: string }) => entry.title === fresh.title)
    expect(item).toMatchObject({
      authors: [{ name: `Markets & <Money> desk ${runId}` }],
      date_published: new Date(fresh.publishedAt).toISOString(),
      id: `${site}/articles/${fresh.slug}`,
      summary: 'Traders & <banks> react.',
      tags: [`Bonds & rates ${runId}`],
      url: `${site}/articles/${fresh.slug}`,
    })
    expect(item.date_modified).toMatch(w3c)
    expect(item.content_html).toContain('<p>Yields rose &amp; fell &lt;sharply&gt;.</p>')
  })

  it('per topic and per author feeds hold only their stories; an unknown slug is 404', async () => {
    for (const path of [`/topics/${topicSlug}/rss.xml`, `/authors/${authorSlug}/rss.xml`]) {
      const { doc } = await xml(path)
      expect(doc.rss.channel.item.map((entry: { title: string }) => entry.title)).toEqual([fresh.title])
    }
    const missing = await get('/topics/no-such-topic-anywhere/rss.xml')
    expect(missing.status).toBe(404)
    expect(missing.text).toContain('no-such-topic-anywhere')
  })

  it('/sitemap.xml is an index of pages holding every published story once, with lastmod', async () => {
    const { doc } = await xml('/sitemap.xml')
    const pages = doc.sitemapindex.sitemap as { lastmod: string; loc: string }[]
    const total = (await rest(null, 'GET', '/articles?limit=1')).body.totalDocs as number
    expect(pages.length).toBe(Math.ceil(total / 3))
    const locs: string[] = []
    for (const page of pages) {
      expect(page.lastmod).toMatch(w3c)
      expect(page.loc.startsWith(`${site}/sitemaps/`)).toBe(true)
      const { doc: urlset } = await xml(page.loc.slice(site.length))
      const urls = urlset.urlset.url as { lastmod: string; loc: string }[]
      expect(urls.length).toBeLessThanOrEqual(3)
      for (const url of urls) expect(url.lastmod).toMatch(w3c)
      locs.push(...urls.map((url) => url.loc))
    }
    expect(locs.length).toBe(total)
    expect(new Set(locs).size).toBe(total)
    expect(locs).toContain(`${site}/articles/${fresh.slug}`)
    expect(locs).toContain(`${site}/articles/${old.slug}`)
    expect(locs).not.toContain(`${site}/articles/${draft.slug}`)
    expect((await get(`/sitemaps/articles-${pages.length + 1}.xml`)).status).toBe(404)
  })

  it('/news-sitemap.xml lists the last 48 hours with publication name, language and date', async () => {
    const { doc, response } = await xml('/news-sitemap.xml')
    expect(response.text).not.toContain(draft.title)
    const urls = doc.urlset.url as { loc: string; 'news:news': Record<string, any> }[]
    const entry = urls.find((url) => url.loc === `${site}/articles/${fresh.slug}`)
    expect(entry).toBeDefined()
    const news = entry!['news:news']
    expect(news['news:publication']['news:name']).toBe(publication)
    expect(news['news:publication']['news:language']).toBe('ko')
    expect(news['news:publication_date']).toBe(new Date(fresh.publishedAt).toISOString())
    expect(news['news:title']).toBe(fresh.title)
    expect(urls.some((url) => url.loc === `${site}/articles/${old.slug}`)).toBe(false)
  })

  it('answers 304 to a current ETag or Last-Modified, and 200 with a new ETag after a change', async () => {
    for (const path of ['/rss.xml', '/feed.json', '/sitemap.xml', '/news-sitemap.xml']) {
      const first = await get(path)
      const tag = first.headers.get('etag')!
      const modified = first.headers.get('last-modified')!
      expect(tag).toMatch(/^".+"$/)
      expect(modified).toMatch(rfc822)
      expect((await get(path, { 'if-none-match': tag })).status).toBe(304)
      expect((await get(path, { 'if-modified-since': modified })).status).toBe(304)
      expect((await get(path, { 'if-none-match': '"something-else"' })).status).toBe(200)
    }
    const before = (await get('/rss.xml')).headers.get('etag')
    await payload.create({ collection: 'articles', data: { _status: 'published', title: `Late edition ${runId}` }, draft: false })
    const after = await get('/rss.xml', { 'if-none-match': before! })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
    expect(after.text).toContain(`Late edition ${runId}`)
  })

  it('sends a feed or sitemap page built before again, and builds it anew as soon as a story changes', async () => {
    const first = await get('/sitemaps/articles-1.xml')
    const again = await get('/sitemaps/articles-1.xml')
    expect(again.status).toBe(200)
    expect(again.text).toBe(first.text)
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'))
    const listed = (first.text.match(/<loc>[^<]*\/articles\/([^<]+)<\/loc>/) ?? [])[1]!
    const { docs } = await payload.find({ collection: 'articles', depth: 0, limit: 1, where: { slug: { equals: listed } } })
    await payload.update({ collection: 'articles', data: { _status: 'draft' }, id: docs[0]!.id })
    const after = await get('/sitemaps/articles-1.xml')
    expect(after.text).not.toContain(`/articles/${listed}<`)
    await payload.update({ collection: 'articles', data: { _status: 'published' }, id: docs[0]!.id })
    const rss = await get('/rss.xml')
    expect((await get('/rss.xml')).text).toBe(rss.text)
    await payload.create({ collection: 'articles', data: { _status: 'published', title: `Later edition ${runId}` }, draft: false })
    expect((await get('/rss.xml')).text).toContain(`Later edition ${runId}`)
  })

  it('builds the news sitemap for each request: a story leaves it when its 48 hours are over, whatever else changed', async () => {
    const edge = await payload.create({ collection: 'articles', data: { _status: 'published', publishedAt: new Date(Date.now() - 48 * 3600 * 1000 + 4000).toISOString(), title: `On the edge ${runId}` }, draft: false })
    expect((await get('/news-sitemap.xml')).text).toContain(`/articles/${edge.slug}<`)
    await new Promise((resolve) => setTimeout(resolve, 5000))
    expect((await get('/news-sitemap.xml')).text).not.toContain(`/articles/${edge.slug}<`)
  })
})
