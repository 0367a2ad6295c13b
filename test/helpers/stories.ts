import type { Payload, Where } from 'payload'

import type { Article } from '../../payload-types'

import { paragraphsToLexical } from '../../src/lexical/paragraphs'

/** Creates a published (or draft) article whose body is the given paragraphs. */
export async function story(
  payload: Payload,
  title: string,
  paragraphs: string[] = ['A paragraph of reporting.'],
  { slug, status = 'published' }: { slug?: string; status?: 'draft' | 'published' } = {},
): Promise<Article> {
  return payload.create({
    collection: 'articles',
    data: { _status: status, body: paragraphsToLexical(paragraphs), slug, title },
    draft: status === 'draft',
  })
}

export type LinkView = { note?: null | string; state: string; text: string; to: null | string }

/** An article's links in order, as a reader with the given access sees them: text, state and target headline. */
export async function linksOf(payload: Payload, from: Article['id'], asAnonymous = false): Promise<LinkView[]> {
  const where: Where = { from: { equals: from } }
  const { docs } = await payload.find({
    collection: 'read-also-links',
    depth: 1,
    overrideAccess: !asAnonymous,
    pagination: false,
    sort: 'position',
    where,
  })
  return docs.map((link) => ({
    note: link.note,
    state: link.state,
    text: link.text,
    to: link.to === null || link.to === undefined ? null : (link.target?.title ?? `id ${typeof link.to === 'object' ? link.to.id : link.to} without a title`),
  }))
}
