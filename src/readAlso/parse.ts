import type { LinkKey } from './keys'

import { headlineKey, isUrl, urlKey } from './keys'
import { matchReadAlso } from './prefixes'
import { idOf } from './resolve'

export const readAlsoBlockSlug = 'readAlso'

type LexicalNode = { [key: string]: unknown; children?: LexicalNode[]; text?: string; type?: string }
type Body = { [key: string]: unknown; root: LexicalNode }

export type ReadAlsoFields = {
  article?: { id: number | string } | null | number | string
  blockType: typeof readAlsoBlockSlug
  headline?: null | string
  id?: string
  url?: null | string
}

/** One "Read also" reference in a body, in order of appearance. */
export type LinkRef = {
  articleId?: number | string
  /** Lookup keys in order of preference: the URL's slug, then the headline. */
  keys: LinkKey[]
  position: number
  text: string
  url?: string
}

const textOf = (node: LexicalNode): string => node.text ?? (node.children ?? []).map(textOf).join('')

const findLink = (node: LexicalNode): LexicalNode | undefined =>
  node.type === 'link' || node.type === 'autolink' ? node : (node.children ?? []).map(findLink).find(Boolean)

let counter = 0
const blockId = () => `ra${Date.now().toString(36)}${(counter++).toString(36)}`

/** The Read-also block that a pasted line becomes: a URL goes to `url`, anything else is a headline. */
export function readAlsoBlock(reference: string, href?: string): LexicalNode {
  const fields: ReadAlsoFields = isUrl(reference)
    ? { blockType: readAlsoBlockSlug, headline: null, id: blockId(), url: reference }
    : { blockType: readAlsoBlockSlug, headline: reference, id: blockId(), url: href ?? null }
  return { type: 'block', fields: { blockName: '', ...fields }, format: '', version: 2 }
}

/**
 * Turns top-level paragraphs that open with a Read-also prefix into Read-also blocks, in place. Returns the same body
 * object when nothing changed, so callers can skip a write.
 */
export function convertReadAlsoParagraphs<T extends Body | null | undefined>(body: T, prefixes?: string[]): T {
  if (!body?.root?.children) return body
  let changed = false
  const children = body.root.children.map((node) => {
    if (node.type !== 'paragraph') return node
    const link = findLink(node)
    const reference = matchReadAlso(textOf(node), prefixes, { linkText: link ? textOf(link) : undefined })
    if (!reference) return node
    changed = true
    const href = (link?.fields as { url?: string } | undefined)?.url
    return readAlsoBlock(reference, href)
  })
  return changed ? ({ ...body, root: { ...body.root, children } } as T) : body
}

/** The fields of every Read-also block in a body, depth first, for callers that adjust them in place. */
export function readAlsoBlocks(body: Body | null | undefined): ReadAlsoFields[] {
  const found: ReadAlsoFields[] = []
  const visit = (node: LexicalNode) => {
    const fields = node.fields as ReadAlsoFields | undefined
    if (node.type === 'block' && fields?.blockType === readAlsoBlockSlug) found.push(fields)
    node.children?.forEach(visit)
  }
  if (body?.root) visit(body.root)
  return found
}

/** The reference a block makes, or null for a block with nothing in it (no headline, URL or pick): it is no link. */
function referenceOf(fields: ReadAlsoFields, position: number): LinkRef | null {
  const headline = fields.headline?.trim() || undefined
  const url = fields.url?.trim() || undefined
  const articleId = idOf(fields.article) ?? undefined
  const keys = [url ? urlKey(url) : null, headline ? headlineKey(headline) : null].filter((key) => key !== null)
  if (keys.length === 0 && articleId === undefined) return null
  return { articleId, keys, position, text: headline ?? url ?? '', url }
}

/**
 * The link position of each Read-also block that makes a link, keyed by the block's fields object: empty blocks
 * take none, so the n-th link is the n-th block that says something.
 */
export function linkPositions(body: Body | null | undefined): Map<ReadAlsoFields, number> {
  const positions = new Map<ReadAlsoFields, number>()
  for (const fields of readAlsoBlocks(body)) if (referenceOf(fields, positions.size)) positions.set(fields, positions.size)
  return positions
}

/** Every Read-also block in a body that makes a link, depth first, with the key it resolves by. */
export function collectReadAlso(body: Body | null | undefined): LinkRef[] {
  const refs: LinkRef[] = []
  for (const fields of readAlsoBlocks(body)) {
    const ref = referenceOf(fields, refs.length)
    if (ref) refs.push(ref)
  }
  return refs
}
