import type { Payload, Where } from 'payload'

import { createHash } from 'node:crypto'
import { Router, type Request, type Response } from 'express'

import type { Article, Author, Topic } from '../documents'

import { changeLogSlug } from '../../collections/ChangeLog'
import { settings, type FeedOptions, type Resolved } from './settings'

export { settings, type FeedOptions }

const xmlEscape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' })[char]!)

const published: Where = { _status: { equals: 'published' } }

/**
 * Feeds and sitemap pages as last built, by their ETag (the path, the query and the newest change): a sitemap page of
 * a large archive takes seconds to build, and nothing in it changes until the change log does. The oldest go first
 * past `keptBytes` (a few full sitemap pages).
 */
const built = new Map<string, { body: string; type: string }>()
const keptBytes = 32 * 1024 * 1024
let builtBytes = 0
function keepBuilt(tag: string, type: string, body: string) {
  if (body.length > keptBytes / 4) return
  // (Two requests that missed the same tag at once both build it: the second replaces the first.)
  builtBytes += body.length - (built.get(tag)?.body.length ?? 0)
  built.delete(tag)
  built.set(tag, { body, type })
  for (const [key, old] of built) {
    if (builtBytes <= keptBytes) break
    built.delete(key)
    builtBytes -= old.body.length
  }
}

/**
 * ETag and Last-Modified from the newest row of the change log: any change to a story, author, source or topic gives
 * every feed a new validator. Answers 304, or what was built before under the same validator, and returns true when
 * it answered.
 */
async function notModified(payload: Payload, req: Request, res: Response): Promise<boolean> {
  const newest = await payload.find({ collection: changeLogSlug, depth: 0, limit: 1, overrideAccess: true, pagination: false, sort: '-id' })
  const head = newest.docs[0] as { createdAt: string; id: number } | undefined
  const tag = `"${createHash('sha256').update(`${req.path}?${JSON.stringify(req.query)}#${head?.id ?? 0}`).digest('hex').slice(0, 32)}"`
  const modified = new Date(head?.createdAt ?? 0)
  modified.setMilliseconds(0)
  res.setHeader('ETag', tag)
  res.setHeader('Last-Modified', modified.toUTCString())
  res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
  const ifNoneMatch = req.headers['if-none-match']
  const since = req.headers['if-modified-since']
  // An If-None-Match decides alone; If-Modified-Since counts only without one.
  const current =
    ifNoneMatch !== undefined
      ? ifNoneMatch.split(',').some((value) => value.trim() === tag || value.trim() === '*')
      : Boolean(since && !Number.isNaN(Date.parse(since)) && modified.getTime() <= Date.parse(since))
  if (current) {
    res.status(304).end()
    return true
  }
  // Built before under the same tag (a crawler's tag from before the change, or none): sent again as it was.
  const kept = built.get(tag)
  if (kept) {
    res.type(kept.type).send(kept.body)
    return true
  }
  res.locals.newsroomTag = tag
  return false
}

type Story = Article & { bodyHtml?: null | string }

const authorsOf = (article: Story) => (article.authors ?? []).filter((author): author is Author => typeof author === 'object')
const topicsOf = (article: Story) => (article.topics ?? []).filter((topic): topic is Topic => typeof topic === 'object')

/** Published stories, newest first, read as an anonymous reader would (the collection's access rules apply). */
async function latestStories(payload: Payload, limit: number, where?: Where): Promise<Story[]> {
  const found = await payload.find({
    collection: 'articles',
    context: { bodyHtml: true },
    depth: 1,
    limit,
    overrideAccess: false,
    // (No total: a feed is the newest few, and counting a topic's or an author's stories grows with the archive.)
    pagination: false,
    sort: '-publishedAt',
    where: where ? { and: [published, where] } : published,
  })
  return found.docs as Story[]
}

function rss(options: Resolved, { description, link, self, stories, title }: { description: string; link: string; self: string; stories: Story[]; title: string }) {
  const items = stories.map((story) => {
    const url = options.siteUrl + options.articleUrl({ slug: story.slug ?? String(story.id) })
    return [
      '<item>',
      `<title>${xmlEscape(story.title)}</title>`,
      `<link>${xmlEscape(url)}</link>`,
      `<guid isPermaLink="true">${xmlEscape(url)}</guid>`,
      story.publishedAt ? `<pubDate>${new Date(story.publishedAt).toUTCString()}</pubDate>` : '',
      story.dek ? `<description>${xmlEscape(story.dek)}</description>` : '',
      ...authorsOf(story).map((author) => `<dc:creator>${xmlEscape(author.name)}</dc:creator>`),
      ...topicsOf(story).map((topic) => `<category>${xmlEscape(topic.name)}</category>`),
      `<content:encoded>${xmlEscape(story.bodyHtml ?? '')}</content:encoded>`,
      '</item>',
    ].join('')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${xmlEscape(title)}</title>`,
    `<link>${xmlEscape(link)}</link>`,
    `<description>${xmlEscape(description)}</description>`,
    `<language>${xmlEscape(options.language)}</language>`,
    `<lastBuildDate>${new Date().toUTCString()}</lastBuildDate>`,
    `<atom:link href="${xmlEscape(self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n')
}

function jsonFeed(options: Resolved, { home, self, stories, title }: { home: string; self: string; stories: Story[]; title: string }) {
  return {
    feed_url: self,
    home_page_url: home,
    items: stories.map((story) => {
      const url = options.siteUrl + options.articleUrl({ slug: story.slug ?? String(story.id) })
      return {
        authors: authorsOf(story).map((author) => ({ name: author.name })),
        content_html: story.bodyHtml ?? '',
        ...(story.publishedAt ? { date_published: new Date(story.publishedAt).toISOString() } : {}),
        date_modified: new Date(story.updatedAt).toISOString(),
        id: url,
        ...(story.dek ? { summary: story.dek } : {}),
        tags: topicsOf(story).map((topic) => topic.name),
        title: story.title,
        url,
      }
    }),
    language: options.language,
    title,
    version: 'https://jsonfeed.org/version/1.1',
  }
}

/** Feeds and sitemaps of published content, for the Express host. */
export function deliveryRoutes(payload: Payload, options: FeedOptions = {}): Router {
  const config = settings(options)
  const router = Router()
  const send = (res: Response, type: string, body: string) => {
    if (typeof res.locals.newsroomTag === 'string') keepBuilt(res.locals.newsroomTag, type, body)
    return res.type(type).send(body)
  }
  const fail = (res: Response, error: unknown) => {
    payload.logger.error(error)
    res.status(500).type('text/plain').send('The feed could not be built.')
  }

  router.get('/rss.xml', async (req, res) => {
    try {
      if (await notModified(payload, req, res)) return
      const stories = await latestStories(payload, config.feedSize)
      send(res, 'application/rss+xml; charset=utf-8', rss(config, {
        description: `The latest stories from ${config.publicationName}`,
        link: config.siteUrl + '/',
        self: `${config.siteUrl}/rss.xml`,
        stories,
        title: config.publicationName,
      }))
    } catch (error) {
      fail(res, error)
    }
  })

  router.get('/feed.json', async (req, res) => {
    try {
      if (await notModified(payload, req, res)) return
      const stories = await latestStories(payload, config.feedSize)
      send(res, 'application/feed+json; charset=utf-8', JSON.stringify(jsonFeed(config, { home: config.siteUrl + '/', self: `${config.siteUrl}/feed.json`, stories, title: config.publicationName })))
    } catch (error) {
      fail(res, error)
    }
  })

  for (const [collection, field, prefix] of [['topics', 'topics', 'topics'], ['authors', 'authors', 'authors']] as const) {
    router.get(`/${prefix}/:slug/rss.xml`, async (req, res) => {
      try {
        const found = await payload.find({ collection, depth: 0, limit: 1, overrideAccess: false, pagination: false, where: { slug: { equals: req.params.slug } } })
        const owner = found.docs[0] as Author | Topic | undefined
        if (!owner) {
          res.status(404).type('text/plain').send(`No ${collection === 'topics' ? 'topic' : 'author'} has the slug "${req.params.slug}".`)
          return
        }
        if (await notModified(payload, req, res)) return
        const stories = await latestStories(payload, config.feedSize, { [field]: { in: [owner.id] } })
        send(res, 'application/rss+xml; charset=utf-8', rss(config, {
          description: `${config.publicationName}: ${owner.name}`,
          link: `${config.siteUrl}/${prefix}/${owner.slug}`,
          self: `${config.siteUrl}/${prefix}/${owner.slug}/rss.xml`,
          stories,
          title: `${owner.name} | ${config.publicationName}`,
        }))
      } catch (error) {
        fail(res, error)
      }
    })
  }

  router.get('/sitemap.xml', async (req, res) => {
    try {
      if (await notModified(payload, req, res)) return
      const total = await payload.count({ collection: 'articles', overrideAccess: false, where: published })
      const pages = Math.max(1, Math.ceil(total.totalDocs / config.sitemapPageSize))
      const now = new Date().toISOString()
      const entries = Array.from({ length: pages }, (_, index) =>
        `<sitemap><loc>${xmlEscape(`${config.siteUrl}/sitemaps/articles-${index + 1}.xml`)}</loc><lastmod>${now}</lastmod></sitemap>`,
      )
      send(res, 'application/xml; charset=utf-8', [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ...entries,
        '</sitemapindex>',
      ].join('\n'))
    } catch (error) {
      fail(res, error)
    }
  })

  router.get('/sitemaps/articles-:page.xml', async (req, res) => {
    try {
      const page = Number(req.params.page)
      if (!Number.isInteger(page) || page < 1) {
        res.status(404).type('text/plain').send(`"${req.params.page}" is not a sitemap page number.`)
        return
      }
      if (await notModified(payload, req, res)) return
      const found = await payload.find({
        collection: 'articles',
        depth: 0,
        limit: config.sitemapPageSize,
        overrideAccess: false,
        page,
        select: { slug: true, updatedAt: true },
        sort: 'id',
        where: published,
      })
      if (found.docs.length === 0 && page > 1) {
        res.status(404).type('text/plain').send(`The sitemap has ${found.totalPages} page(s); there is no page ${page}.`)
        return
      }
      const urls = found.docs.map((doc) => {
        const loc = config.siteUrl + config.articleUrl({ slug: doc.slug ?? String(doc.id) })
        return `<url><loc>${xmlEscape(loc)}</loc><lastmod>${new Date(doc.updatedAt).toISOString()}</lastmod></url>`
      })
      send(res, 'application/xml; charset=utf-8', [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ...urls,
        '</urlset>',
      ].join('\n'))
    } catch (error) {
      fail(res, error)
    }
  })

  router.get('/news-sitemap.xml', async (req, res) => {
    try {
      if (await notModified(payload, req, res)) return
      // The last 48 hours change with the clock, not only with the change log: this one is built for each request.
      delete res.locals.newsroomTag
      const since = new Date(Date.now() - 48 * 3600 * 1000).toISOString()
      // Google News reads at most 1,000 URLs from one news sitemap.
      const found = await payload.find({
        collection: 'articles',
        depth: 0,
        limit: 1000,
        overrideAccess: false,
        select: { publishedAt: true, slug: true, title: true },
        sort: '-publishedAt',
        where: { and: [published, { publishedAt: { greater_than_equal: since } }] },
      })
      const urls = found.docs.map((doc) => {
        const loc = config.siteUrl + config.articleUrl({ slug: doc.slug ?? String(doc.id) })
        return [
          `<url><loc>${xmlEscape(loc)}</loc><news:news>`,
          `<news:publication><news:name>${xmlEscape(config.publicationName)}</news:name><news:language>${xmlEscape(config.language)}</news:language></news:publication>`,
          `<news:publication_date>${new Date(doc.publishedAt!).toISOString()}</news:publication_date>`,
          `<news:title>${xmlEscape(doc.title)}</news:title>`,
          '</news:news></url>',
        ].join('')
      })
      send(res, 'application/xml; charset=utf-8', [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
        ...urls,
        '</urlset>',
      ].join('\n'))
    } catch (error) {
      fail(res, error)
    }
  })

  return router
}
