import type { Field, FieldHook } from 'payload'

import type { Article, ReadAlsoLink } from '../documents'

import { readAlsoLinksSlug } from '../../collections/ReadAlsoLinks'
import { articleBodyToHtml } from '../readAlso/html'
import { batchedLinksOf } from '../readAlso/joins'
import { askedFor, storyForField } from './asked'

export type DeliveryUrls = {
  /** The path of a story on the site, from its slug; `/articles/<slug>` unless configured. */
  articleUrl: (article: { slug: string }) => string
  /** The site's base URL, prefixed to story paths in rendered bodies (empty: site-relative links). */
  siteUrl: string
}

export const defaultArticleUrl: DeliveryUrls['articleUrl'] = ({ slug }) => `/articles/${slug}`

/**
 * `bodyHtml`: the body rendered by the Lexical HTML converters with Read-also blocks as links to their targets' pages
 * (plain text while pending, or while the target is not visible to the reader). Computed on read, only when asked.
 */
export function bodyHtmlField({ articleUrl, siteUrl }: DeliveryUrls): Field {
  const render: FieldHook<Article> = async ({ originalDoc, req, siblingData }) => {
    if (!askedFor(req, 'bodyHtml')) return undefined
    const id = originalDoc?.id ?? (siblingData as { id?: number }).id
    if (id === undefined) return undefined
    let body = (siblingData as Partial<Article>).body ?? originalDoc?.body
    if (body === undefined) {
      const doc = await storyForField(req, 'bodyHtml', { depth: 0, select: { body: true } }, id)
      body = (doc as null | Pick<Article, 'body'>)?.body
    }
    if (!body) return ''
    // The links as this reader may see them: anonymous readers get unpublished targets as pending text.
    // One statement for every story of the read that renders its body, where the SQL adapters allow.
    const links =
      (await batchedLinksOf(req, id)) ??
      (
        await req.payload.find({
          collection: readAlsoLinksSlug,
          depth: 1,
          limit: 0,
          overrideAccess: false,
          pagination: false,
          req,
          sort: 'position',
          where: { from: { equals: id } },
        })
      ).docs
    return articleBodyToHtml(
      { body, readAlso: { docs: links as ReadAlsoLink[] } },
      { articleUrl: (target) => `${siteUrl.replace(/\/+$/, '')}${articleUrl(target)}` },
    )
  }
  return {
    name: 'bodyHtml',
    type: 'textarea',
    admin: { description: 'The body as HTML, for site builds.', hidden: true },
    hooks: { afterRead: [render] },
    virtual: true,
  }
}
