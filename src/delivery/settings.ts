import { defaultArticleUrl, type DeliveryUrls } from './bodyHtml'

/* The delivery settings, apart from the feed routes (which need Express) so that the plugin can use them alone. */

export type FeedOptions = Partial<DeliveryUrls> & {
  /** Items per RSS and JSON feed. */
  feedSize?: number
  /** The publication's language (ISO 639), for feeds and the Google News sitemap. */
  language?: string
  /** The publication's name, for feeds and the Google News sitemap. */
  publicationName?: string
  /** URLs per sitemap page; at most 50,000, the sitemap protocol's limit. */
  sitemapPageSize?: number
}

export type Resolved = Required<Omit<FeedOptions, 'articleUrl' | 'siteUrl'>> & DeliveryUrls

export function settings(options: FeedOptions): Resolved {
  return {
    articleUrl: options.articleUrl ?? defaultArticleUrl,
    feedSize: options.feedSize ?? 50,
    language: options.language ?? process.env.NEWSROOM_LANGUAGE ?? 'en',
    publicationName: options.publicationName ?? process.env.NEWSROOM_PUBLICATION_NAME ?? 'Newsroom',
    siteUrl: (options.siteUrl ?? process.env.NEWSROOM_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    sitemapPageSize: Math.min(options.sitemapPageSize ?? Number(process.env.NEWSROOM_SITEMAP_PAGE_SIZE ?? 50_000), 50_000),
  }
}
