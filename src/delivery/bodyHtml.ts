import type { Field, FieldHook } from 'payload'

import type { Article, ReadAlsoLink } from '../documents'

import { readAlsoLinksSlug } from '../../collections/ReadAlsoLinks'
import { articleBodyToHtml } from '../readAlso/html'

export type DeliveryUrls = {
  /** The path of a story on the site, from its slug; `/articles/<slug>` unless configured. */
  articleUrl: (article: { slug: string }) => string
  /** The site's base URL, prefixed to story paths in rendered bodies (empty: site-relative links). */
  siteUrl: string
}

export const defaultArticleUrl: DeliveryUrls['articleUrl'] = ({ slug }) => `/articles/${slug}`

/** Whether this read asked for the rendered body: a REST `select`, a GraphQL field, or `context.bodyHtml` locally. */
function asked(req: Parameters<FieldHook>[0]['req']): boolean {
  if (req.payloadAPI === 'GraphQL') return true
  if (req.payloadAPI === 'REST') {
    const select = (req.query as { select?: Record<string, unknown> } | undefined)?.select
    return Boolean(select && (select.bodyHtml === true || select.bodyHtml === 'true'))
  }
  return req.context?.bodyHtml === true
}

/**
 * `bodyHtml`: the body rendered by the Lexical HTML converters with Read-also blocks as links to their targets' pages
 * (plain text while pending, or while the target is not visible to the reader). Computed on read, only when asked.
 */
export function bodyHtmlField({ articleUrl, siteUrl }: DeliveryUrls): Field {
  const render: FieldHook<Article> = async ({ originalDoc, req, siblingData }) => {
    if (!asked(req)) return undefined
    const id = originalDoc?.id ?? (siblingData as { id?: number }).id
    if (id === undefined) return undefined
    let body = (siblingData as Partial<Article>).body ?? originalDoc?.body
    if (body === undefined) {
      const doc = await req.payload.findByID({ collection: 'articles', depth: 0, disableErrors: true, id, overrideAccess: true, req, select: { body: true } })
      body = (doc as null | Pick<Article, 'body'>)?.body
    }
    if (!body) return ''
    // The links as this reader may see them: anonymous readers get unpublished targets as pending text.
    const links = await req.payload.find({
      collection: readAlsoLinksSlug,
      depth: 1,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      req,
      sort: 'position',
      where: { from: { equals: id } },
    })
    return articleBodyToHtml(
      { body, readAlso: { docs: links.docs as ReadAlsoLink[] } },
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
