import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import type { HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import type { Article, ReadAlsoLink } from '../documents'

import { linkPositions } from './parse'

export type ArticleUrl = (target: { slug: string }) => string

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[char]!)

/**
 * The article body as HTML for site builds. Each Read-also block becomes a link to its target's URL when the link is
 * resolved, and plain text when it is pending, ambiguous or hidden. Pass the article as read with its `readAlso`
 * join (depth 1 or more), so the links are those the reader may see.
 */
export function articleBodyToHtml(
  article: Pick<Article, 'body' | 'readAlso'>,
  { articleUrl = ({ slug }) => `/articles/${slug}`, label = 'Read also' }: { articleUrl?: ArticleUrl; label?: string } = {},
): string {
  if (!article.body) return ''
  const links = new Map<number, ReadAlsoLink>()
  for (const link of article.readAlso?.docs ?? []) if (typeof link === 'object') links.set(link.position, link)
  const positions: Map<object, number> = linkPositions(article.body)

  const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      readAlso: ({ node }: { node: SerializedBlockNode }) => {
        const link = links.get(positions.get(node.fields) ?? -1)
        const fields = node.fields as { headline?: null | string; url?: null | string }
        const slug = link?.state === 'resolved' ? link.target?.slug : null
        // A hidden pick without a typed headline has no text a reader may see: it is left out.
        const text = escapeHtml((slug ? link?.target?.title : null) || link?.text || (link ? '' : fields.headline?.trim() || fields.url?.trim() || ''))
        if (!text) return ''
        const body = slug ? `<a href="${escapeHtml(articleUrl({ slug }))}">${text}</a>` : text
        return `<aside class="read-also${slug ? '' : ' read-also--pending'}">${escapeHtml(label)}: ${body}</aside>`
      },
    },
  })
  return convertLexicalToHTML({ converters, data: article.body as Parameters<typeof convertLexicalToHTML>[0]['data'] })
}
