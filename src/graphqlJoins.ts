import type { Config, FlattenedField } from 'payload'

import { limits } from './limitSettings'

type JoinResolver = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown

/**
 * The config's `graphQL.queries` hook, used for the moment Payload hands out its built types: the join fields of
 * authors, sources and topics (their `articles`) answer a page, as over REST, instead of every story. Payload's
 * GraphQL resolver (3.90) reads every joined document when the query gives no `limit` and ignores the field's
 * `defaultSort`: a topic's stories were read whole, thousands per topic. A query without `limit` gets the field's
 * `defaultLimit` (10 unless set) in its `defaultSort`, a limit of 0, below 0 or over MAX_PAGE_LIMIT gets
 * MAX_PAGE_LIMIT, `count` with `limit: 0` still only counts, and `page` counts pages of that limit. (The articles' own link joins have a resolver of
 * their own: src/readAlso/joins.ts.)
 */
export function withBoundedGraphQLJoins(incoming: Config['graphQL']): NonNullable<Config['graphQL']> {
  const queries: NonNullable<NonNullable<Config['graphQL']>['queries']> = (graphQL, context) => {
    type Built = { config?: { flattenedFields?: FlattenedField[] }; graphQL?: { type?: { getFields?: () => Record<string, { resolve?: JoinResolver }> } } }
    const collections = (context as unknown as { collections?: Record<string, Built> }).collections ?? {}
    for (const [slug, collection] of Object.entries(collections)) {
      if (slug === 'articles') continue
      const fields = collection.graphQL?.type?.getFields?.() ?? {}
      for (const join of collection.config?.flattenedFields ?? []) {
        if (join.type !== 'join') continue
        const field = fields[join.name]
        const original = field?.resolve
        if (!field || !original) continue
        field.resolve = async (parent, args, ctx, info) => {
          const asked = args.limit
          if (args.count && asked === 0) return original(parent, args, ctx, info)
          const { pageLimit } = limits()
          const limit = asked === undefined || asked === null ? join.defaultLimit || 10 : typeof asked !== 'number' || asked <= 0 || asked > pageLimit ? pageLimit : asked
          const sort = args.sort ?? join.defaultSort
          const page = typeof args.page === 'number' && args.page > 1 ? args.page : 1
          if (page === 1) return original(parent, { ...args, limit, page: undefined, sort }, ctx, info)
          // Payload's resolver asks for one story more than the page to tell whether another follows, and its offset
          // counts that one too (page 2 of 10 started at the 12th story): a later page is read from the start and cut.
          const answer = (await original(parent, { ...args, limit: limit * page, page: undefined, sort }, ctx, info)) as { docs: unknown[]; hasNextPage: boolean }
          return { ...answer, docs: answer.docs.slice(limit * (page - 1)) }
        }
      }
    }
    return incoming?.queries ? incoming.queries(graphQL, context) : {}
  }
  return { ...incoming, queries }
}
