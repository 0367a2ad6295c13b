import type { Endpoint, Field, FieldHook, PayloadRequest } from 'payload'

import type { Article, Author, Media, Topic } from '../documents'

import { settings, type FeedOptions } from './settings'
import { askedFor, storyForField } from './asked'

type Thing = Record<string, unknown>

const absolute = (base: string, url: string) => (/^https?:\/\//.test(url) ? url : `${base}${url.startsWith('/') ? '' : '/'}${url}`)

/**
 * schema.org NewsArticle for a story read at depth 1 (authors, topics and hero image populated): desks are
 * Organizations, people Persons; the hero image carries its credit; topics are the article sections.
 */
export function newsArticleJsonLd(article: Article, options: FeedOptions & { mediaBase?: string } = {}): Thing {
  const config = settings(options)
  const url = config.siteUrl + config.articleUrl({ slug: article.slug ?? String(article.id) })
  const authors = (article.authors ?? []).filter((author): author is Author => typeof author === 'object')
  const topics = (article.topics ?? []).filter((topic): topic is Topic => typeof topic === 'object')
  const image = typeof article.hero?.image === 'object' && article.hero.image ? (article.hero.image as Media) : null
  const credit = article.hero?.credit || image?.credit
  const publisher: Thing = { '@type': 'Organization', name: config.publicationName, url: `${config.siteUrl}/` }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    articleSection: topics.map((topic) => topic.name),
    author: authors.map((author) => ({
      '@type': author.kind === 'desk' ? 'Organization' : 'Person',
      name: author.name,
      ...(author.kind !== 'desk' && author.jobTitle ? { jobTitle: author.jobTitle } : {}),
      ...(author.slug ? { url: `${config.siteUrl}/authors/${author.slug}` } : {}),
    })),
    ...(article.publishedAt ? { datePublished: new Date(article.publishedAt).toISOString() } : {}),
    dateModified: new Date(article.updatedAt).toISOString(),
    ...(article.dek ? { description: article.dek } : {}),
    headline: article.title,
    ...(image?.url
      ? {
          image: {
            '@type': 'ImageObject',
            ...(article.hero?.caption ? { caption: article.hero.caption } : {}),
            ...(credit ? { creditText: credit } : {}),
            ...(image.height ? { height: image.height } : {}),
            url: absolute(options.mediaBase || config.siteUrl, image.url),
            ...(image.width ? { width: image.width } : {}),
          },
        }
      : {}),
    inLanguage: config.language,
    isAccessibleForFree: true,
    mainEntityOfPage: { '@id': url, '@type': 'WebPage' },
    publisher,
    url,
  }
}

const mediaBase = (req: PayloadRequest) => req.payload.config.serverURL || undefined

/** Bylines need the job title, which the authors' default population leaves out. */
const populate = { authors: { jobTitle: true, kind: true, name: true, slug: true } } as const

const jsonLdSelect = { authors: true, dek: true, hero: true, publishedAt: true, slug: true, title: true, topics: true, updatedAt: true } as const

/** `jsonLd`: the story's NewsArticle structured data, computed on read when asked (REST select, GraphQL, context). */
export function jsonLdField(options: FeedOptions = {}): Field {
  const render: FieldHook<Article> = async ({ originalDoc, req, siblingData }) => {
    if (!askedFor(req, 'jsonLd')) return undefined
    const id = originalDoc?.id ?? (siblingData as { id?: number }).id
    if (id === undefined) return undefined
    // The same story with its byline, topics and image, as this reader may see them.
    // Gone when the document is the one a delete answers with (GraphQL's deleteArticle reads it back).
    const doc = await storyForField(req, 'jsonLd', { depth: 1, populate, select: jsonLdSelect }, id)
    if (!doc) return null
    return newsArticleJsonLd(doc as unknown as Article, { ...options, mediaBase: mediaBase(req) })
  }
  return {
    name: 'jsonLd',
    type: 'json',
    admin: { hidden: true },
    hooks: { afterRead: [render] },
    virtual: true,
  }
}

/** `GET /api/articles/:id/jsonld`: the NewsArticle JSON-LD of a story the caller may read (404 otherwise). */
export function jsonLdEndpoint(options: FeedOptions = {}): Endpoint {
  return {
    handler: async (req) => {
      const id = String(req.routeParams?.id ?? '')
      if (!/^\d+$/.test(id)) {
        return Response.json({ errors: [{ message: `"${id}" is not a story id.` }] }, { status: 404 })
      }
      const found = await req.payload.find({
        collection: 'articles',
        depth: 1,
        limit: 1,
        overrideAccess: false,
        pagination: false,
        populate,
        req,
        select: jsonLdSelect,
        where: { id: { equals: id } },
      })
      const doc = found.docs[0]
      if (!doc) {
        return Response.json({ errors: [{ message: `No story with id "${id}" is visible to you.` }] }, { status: 404 })
      }
      return new Response(JSON.stringify(newsArticleJsonLd(doc as Article, { ...options, mediaBase: mediaBase(req) })), {
        headers: { 'content-type': 'application/ld+json; charset=utf-8' },
      })
    },
    method: 'get',
    path: '/:id/jsonld',
  }
}
