import type { PayloadRequest } from 'payload'

import DataLoader from 'dataloader'

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

type StoryRead = { depth: number; populate?: Record<string, Record<string, true>>; select: Record<string, true> }

const storyLoaders = new WeakMap<PayloadRequest, Map<string, DataLoader<number | string, null | Record<string, unknown>>>>()

/**
 * A story read whole by id for a computed field, as `findByID` reads it (every status, no access check), but the
 * stories of one read asked together in one `find`: a list of fifty that asks for `jsonLd` is one statement, not
 * fifty. Answers are not kept past the tick they were asked in (a request that writes between two reads reads anew).
 */
export function storyForField(req: PayloadRequest, name: string, read: StoryRead, id: number | string): Promise<null | Record<string, unknown>> {
  let byName = storyLoaders.get(req)
  if (!byName) storyLoaders.set(req, (byName = new Map()))
  let loader = byName.get(name)
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const unique = [...new Set(ids.map(String))]
        const { docs } = await req.payload.find({
          collection: 'articles',
          depth: read.depth,
          limit: unique.length,
          overrideAccess: true,
          pagination: false,
          populate: read.populate as never,
          req,
          select: read.select as never,
          where: { id: { in: unique } },
        })
        const byId = new Map((docs as Record<string, unknown>[]).map((doc) => [String(doc.id), doc]))
        return ids.map((id) => byId.get(String(id)) ?? null)
      },
      { cache: false },
    )
    byName.set(name, loader)
  }
  return loader.load(id)
}
