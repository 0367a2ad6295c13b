import type { Config, FlattenedField } from 'payload'

import { limits } from './limitSettings'

type JoinResolver = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown

/**
 * The config's `graphQL.queries` hook, used for the moment Payload hands out its built types: the join fields of
 * authors, sources and topics (their `articles`) answer a page, as over REST, instead of every story. Payload's
 * GraphQL resolver (3.90) reads every joined document when the query gives no `limit` and ignores the field's
 * `defaultSort`: a topic's stories were read whole, thousands per topic. A query without `limit` gets the field's
 * `defaultLimit` (10 unless set) in its `defaultSort`, a limit of 0, below 0 or over MAX_PAGE_LIMIT gets
 * MAX_PAGE_LIMIT, and `count` with `limit: 0` still only counts. (The articles' own link joins have a resolver of
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
        field.resolve = (parent, args, ctx, info) => {
          const asked = args.limit
          if (args.count && asked === 0) return original(parent, args, ctx, info)
          const { pageLimit } = limits()
          const limit = asked === undefined || asked === null ? (join.defaultLimit ?? 10) : typeof asked !== 'number' || asked <= 0 || asked > pageLimit ? pageLimit : asked
          return original(parent, { ...args, limit, sort: args.sort ?? join.defaultSort }, ctx, info)
        }
      }
    }
    return incoming?.queries ? incoming.queries(graphQL, context) : {}
  }
  return { ...incoming, queries }
}
