import type { Payload, Where } from 'payload'

import { rawRows, sqlAdapter, sqlSession } from './sql'

/**
 * Totals of article lists without counting the archive. Payload answers every paginated list with `totalDocs`,
 * which it counts: `count(*)` over every published story for the anonymous list, over every story for the staff
 * list. That count grows with the archive (2 ms on SQLite and 30–45 ms on PostgreSQL at 100,000 stories, where the
 * rest of the list takes about 1 ms). The migration `article_status_counts` keeps the number of articles per
 * `_status` in a table of its own, by triggers in the same transaction as every insert, delete and status change,
 * whoever writes (Payload, the bulk importer, a script in SQL). A list filtered by nothing else than `_status` (the
 * default lists of readers and staff, and their GraphQL twins) reads its total from there; any other list is
 * counted by Payload as before.
 */
export const statusCountsTable = 'article_status_counts'

type FindArgs = Parameters<Payload['db']['find']>[0]
type FindResult = Awaited<ReturnType<Payload['db']['find']>>

/**
 * The statuses a `where` keeps when it says nothing else: `[]` for no condition at all, `[status]` for one
 * `_status` equality (nested in `and` lists, as Payload merges access rules), undefined for anything else.
 */
export function onlyStatus(where: undefined | Where): string[] | undefined {
  if (!where) return []
  const statuses = new Set<string>()
  const walk = (node: Where): boolean => {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'and' && Array.isArray(value)) {
        if (!value.every((part) => part && typeof part === 'object' && walk(part as Where))) return false
      } else if (key === '_status' && value && typeof value === 'object' && Object.keys(value).length === 1 && typeof (value as { equals?: unknown }).equals === 'string') {
        statuses.add((value as { equals: string }).equals)
      } else return false
    }
    return true
  }
  if (!walk(where) || statuses.size > 1) return undefined
  return [...statuses]
}

async function readTotal(payload: Payload, args: FindArgs, statuses: string[]): Promise<number> {
  const adapter = sqlAdapter(payload)!
  const db = args.req ? await sqlSession(args.req as Parameters<typeof sqlSession>[0], adapter) : adapter.drizzle
  const filter = statuses.length ? ` WHERE status = '${statuses[0]!.replaceAll("'", "''")}'` : ''
  const [row] = await rawRows(adapter, db, `SELECT coalesce(sum(n), 0) AS total FROM ${statusCountsTable}${filter}`)
  return Number(row?.total ?? 0)
}

async function tableExists(payload: Payload): Promise<boolean> {
  const adapter = sqlAdapter(payload)
  if (!adapter) return false
  const raw =
    payload.db.name === 'sqlite'
      ? `SELECT count(*) AS found FROM sqlite_master WHERE type = 'table' AND name = '${statusCountsTable}'`
      : `SELECT count(*) AS found FROM pg_catalog.pg_tables WHERE tablename = '${statusCountsTable}' AND schemaname = current_schema()`
  const [row] = await rawRows(adapter, adapter.drizzle, raw)
  return Number(row?.found ?? 0) > 0
}

const installed = new WeakSet<object>()

/**
 * Has the adapter answer the totals of article lists filtered by `_status` alone from the counts table, on SQLite
 * and PostgreSQL, when the table exists (the app's migrations create it; a host app without it keeps Payload's
 * counting). The page itself is read as before, without Payload's count.
 */
export async function countArticlesByStatus(payload: Payload): Promise<void> {
  if (installed.has(payload.db) || !['postgres', 'sqlite'].includes(payload.db.name) || !(await tableExists(payload))) return
  installed.add(payload.db)
  const find = payload.db.find.bind(payload.db)
  payload.db.find = (async (args: FindArgs): Promise<FindResult> => {
    const statuses = args.collection === 'articles' && args.pagination !== false && args.limit ? onlyStatus(args.where) : undefined
    if (!statuses) return find(args)
    const limit = args.limit!
    const page = args.page && args.page > 0 ? args.page : 1
    const [result, totalDocs] = await Promise.all([find({ ...args, page, pagination: false }), readTotal(payload, args, statuses)])
    const totalPages = Math.ceil(totalDocs / limit)
    return {
      ...result,
      hasNextPage: page < totalPages,
      hasPrevPage: page > 1,
      limit,
      nextPage: page < totalPages ? page + 1 : null,
      page,
      pagingCounter: (page - 1) * limit + 1,
      prevPage: page > 1 ? page - 1 : null,
      totalDocs,
      totalPages,
    } as FindResult
  }) as Payload['db']['find']
}
