import type { PayloadRequest } from 'payload'

import DataLoader from 'dataloader'

type Reachability = DataLoader<string, boolean>

/** Per request and access mode: which article ids the reader can reach, asked in one query per batch of reads. */
const reachabilityByRequest = new WeakMap<PayloadRequest, Map<boolean, Reachability>>()

export function reachability(req: PayloadRequest, overrideAccess: boolean): Reachability {
  let loaders = reachabilityByRequest.get(req)
  if (!loaders) reachabilityByRequest.set(req, (loaders = new Map()))
  let loader = loaders.get(overrideAccess)
  if (!loader) {
    loader = new DataLoader<string, boolean>(
      async (ids) => {
        const { docs } = await req.payload.find({
          collection: 'articles',
          depth: 0,
          overrideAccess,
          pagination: false,
          req,
          select: {},
          // In id order, so that the database looks the ids up by key instead of walking the published-first
          // index that gives the default order.
          sort: 'id',
          where: { id: { in: [...ids] } },
        })
        const found = new Set(docs.map((article) => String(article.id)))
        return ids.map((id) => found.has(id))
      },
      // Batched, not cached: a request that deletes or unpublishes an article and reads again sees the change.
      { cache: false },
    )
    loaders.set(overrideAccess, loader)
  }
  return loader
}
