import type { PayloadRequest } from 'payload'

/**
 * Whether a read asked for a computed field (`bodyHtml`, `jsonLd`), which costs a rendering or a query per story and
 * is left out otherwise: a REST `select` naming it, a GraphQL document that mentions it (the field's name appears in
 * the query or one of its fragments; a document Payload did not hand over, as in-process GraphQL, counts as asking),
 * or `context[field]` (the Local API, or a hook reading on behalf of any request).
 */
export function askedFor(req: Partial<PayloadRequest>, field: string): boolean {
  if (req.context?.[field] === true) return true
  if (req.payloadAPI === 'GraphQL') {
    const query = (req.data as undefined | { query?: unknown })?.query
    return typeof query === 'string' ? new RegExp(`\\b${field}\\b`).test(query) : true
  }
  if (req.payloadAPI === 'REST') {
    const select = (req.query as undefined | { select?: Record<string, unknown> })?.select
    return Boolean(select && (select[field] === true || select[field] === 'true'))
  }
  return false
}
