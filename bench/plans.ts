/**
 * What SQL the reads of readers and staff issue, and how the database runs it: captures the statements drizzle
 * sends while a read runs (REST-shaped Local API reads with the reader's access, and GraphQL executed in-process
 * with the reader's request), and asks the database for each statement's plan (`EXPLAIN QUERY PLAN` on SQLite,
 * `EXPLAIN` on PostgreSQL).
 */
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

import { configToSchema } from '@payloadcms/graphql'
import { graphql } from 'graphql'
import { createLocalReq } from 'payload'

const ownWork = new AsyncLocalStorage<symbol>()

export type Statement = { params: unknown[]; sql: string }

type Session = { logger: { logQuery: (sql: string, params: unknown[]) => void } }
type Drizzle = { session: Session }

/**
 * Runs `read` and returns every statement drizzle sent for it: statements of other work the process does meanwhile
 * (a periodic check of stale jobs, another request) are not the read's and are left out. The adapter's logger is
 * restored afterwards.
 */
export async function captureSql(payload: Payload, read: () => Promise<unknown>): Promise<Statement[]> {
  const session = (payload.db as unknown as { drizzle: Drizzle }).drizzle.session
  const previous = session.logger
  const statements: Statement[] = []
  const mine = Symbol('read')
  session.logger = {
    logQuery: (sql, params) => {
      if (ownWork.getStore() === mine) statements.push({ params, sql })
      else previous.logQuery(sql, params)
    },
  }
  try {
    await ownWork.run(mine, read)
  } finally {
    session.logger = previous
  }
  return statements
}

/** One step of a plan: what it does, and its place in the plan's tree (ids of the database's own numbering). */
export type PlanStep = { detail: string; id: number; parent: number; relation?: string }

/** The plan of one statement: SQLite's EXPLAIN QUERY PLAN rows, or PostgreSQL's EXPLAIN (FORMAT JSON) nodes. */
export async function explain(payload: Payload, { params, sql }: Statement): Promise<PlanStep[]> {
  if (payload.db.name === 'sqlite') {
    const client = (payload.db as unknown as { client: { execute: (q: { args: unknown[]; sql: string }) => Promise<{ rows: Record<string, unknown>[] }> } }).client
    const { rows } = await client.execute({ args: params as unknown[], sql: `EXPLAIN QUERY PLAN ${sql}` })
    return rows.map((row) => ({ detail: String(row.detail), id: Number(row.id), parent: Number(row.parent) }))
  }
  const pool = (payload.db as unknown as { pool: { query: (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> } }).pool
  const { rows } = await pool.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)
  type Node = Record<string, unknown> & { Plans?: Node[] }
  const steps: PlanStep[] = []
  const walk = (node: Node, parent: number) => {
    const id = steps.length + 1
    const cond = [node['Index Cond'], node['Recheck Cond'], node.Filter].filter(Boolean).join(' ')
    steps.push({ detail: `${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}${cond ? ` ${cond}` : ''}`, id, parent, relation: node['Relation Name'] as string | undefined })
    for (const child of node.Plans ?? []) walk(child, id)
  }
  const document = rows[0]!['QUERY PLAN'] as { Plan: Node }[]
  walk(document[0]!.Plan, 0)
  return steps
}

/** A plan as indented text, for failure messages and the bench's notes. */
export const planText = (plan: PlanStep[]) => {
  const depth = new Map<number, number>()
  return plan.map((step) => {
    const level = (depth.get(step.parent) ?? -1) + 1
    depth.set(step.id, level)
    return `${'  '.repeat(level)}${step.detail}`
  })
}

/** Tables a read must never walk whole. */
export const watchedTables = ['articles', '_articles_v', 'read_also_links']

/** Columns with a handful of values: an equality on them alone still selects a fixed share of the table. */
const flagColumns = ['_status', 'version__status', 'from_published', 'to_published', 'latest', 'state']

/**
 * Steps of a plan that read a whole watched table, or a fixed share of it: a scan without a key, or a search on
 * flag columns only, unless that walk follows an index in the statement's own order under its LIMIT (it stops
 * after the page). `select count(*)` statements, Payload's total of a paginated list, are left out: a total
 * reads every matching row on any database, bare Payload's the same.
 */
export function fullScans(plan: PlanStep[], sql: string): string[] {
  if (/^select count\(/i.test(sql)) return []
  const tables = new Map<string, string>(watchedTables.map((table) => [table, table]))
  // Aliases as drizzle writes them ("articles" "articles") and as plain SQL does ("read_also_links" AS l).
  for (const [, table, alias] of sql.matchAll(/"(\w+)"\s+(?:AS\s+)?"?(\w+)"?/gi)) if (watchedTables.includes(table!)) tables.set(alias!, table!)
  const limited = /\blimit\b/i.test(sql)
  const byId = new Map(plan.map((step) => [step.id, step]))
  const found: string[] = []
  for (const step of plan) {
    if (step.relation !== undefined) {
      if (!watchedTables.includes(step.relation)) continue
      if (/^Seq Scan/.test(step.detail)) found.push(`${step.detail} on ${step.relation}`)
      else if (flagOnly(step.detail.replace(/^.*? using \S+ /, ''))) {
        // Read in index order up to a Limit, no Sort in between: the page only.
        let node = byId.get(step.parent)
        let ordered = false
        while (node) {
          // An incremental sort only orders ties of the index order, streaming up to the Limit.
          if (/^Sort|^Hash|^Aggregate|^Materialize/.test(node.detail)) break
          if (/^Limit/.test(node.detail)) {
            ordered = true
            break
          }
          node = byId.get(node.parent)
        }
        if (!ordered) found.push(`${step.detail} on ${step.relation}`)
      }
      continue
    }
    const match = step.detail.match(/^(SCAN|SEARCH) (\S+)(?: AS \S+)?(?: USING (COVERING )?INDEX \S+| USING (?:INTEGER )?PRIMARY KEY| USING ROWID SEARCH)?(?: \((.*)\))?/)
    if (!match) continue
    const [, kind, name, , keys] = match
    if (!tables.has(name!)) continue
    const usesIndex = / USING /.test(step.detail)
    const wide = kind === 'SCAN' || flagOnly(keys ?? '')
    if (!wide) continue
    // An index walk in the statement's order, cut by its LIMIT: no temporary sort beside it, not even of the
    // order's last terms (then every row tied on the index's part of the order is read and sorted, and a day of
    // stories sharing one publication time is read whole).
    const sortedBeside = plan.some((other) => other.parent === step.parent && /^USE TEMP B-TREE FOR (RIGHT PART OF |LAST \d+ TERMS OF )?ORDER BY/.test(other.detail))
    const topLevel = step.parent === 0 || /^(CO-ROUTINE|MATERIALIZE|SUBQUERY)/.test(byId.get(step.parent)?.detail ?? '')
    if (usesIndex && limited && topLevel && !sortedBeside) continue
    found.push(`${step.detail} (${tables.get(name!)})`)
  }
  return found
}

/** True when every column an index condition names is a flag column (or it names none). */
function flagOnly(condition: string): boolean {
  const plain = condition.replace(/::[a-z ]+/gi, '').replace(/[()]/g, ' ')
  const columns = [...plain.matchAll(/"?([a-z_][a-z0-9_]*)"?\s*(?:=|<|>|IN\b|>=|<=)/gi)].map(([, column]) => column!.toLowerCase())
  return columns.every((column) => flagColumns.includes(column))
}

/** A request as the reader makes it: anonymous (no user) or signed in. */
export async function readerReq(payload: Payload, user: null | TypedUser): Promise<PayloadRequest> {
  return createLocalReq({ user: user ?? undefined }, payload)
}

let schema: ReturnType<typeof configToSchema> | undefined

/** Executes a GraphQL document in-process, as /api/graphql would for the request's reader. */
export async function runGraphQL(payload: Payload, req: PayloadRequest, source: string, variables?: Record<string, unknown>) {
  schema ??= configToSchema(payload.config)
  // As Payload's /api/graphql handler does: a GraphQL request, carrying the document it runs.
  req.payloadAPI = 'GraphQL'
  req.data = { query: source, variables }
  const result = await graphql({ contextValue: { headers: {}, req }, schema: schema.schema, source, variableValues: variables })
  if (result.errors?.length) throw new Error(`GraphQL: ${result.errors.map((error) => error.message).join('; ')}`)
  return result.data
}

export const graphQLList = `{ Articles(limit: 10) { docs { id title slug publishedAt
  readAlso { docs { text state target { title slug } } } readAlsoFrom { docs { text from { title slug } } } } } }`

export const graphQLItem = `query($id: Int!) { Article(id: $id) { id title slug publishedAt
  readAlso { docs { text state target { title slug } } } readAlsoFrom { docs { text from { title slug } } } } }`

/** The reads the issue measures, by name: REST list and item, GraphQL list and item with links. */
export function reads(payload: Payload, user: null | TypedUser, itemId: number | string) {
  const access = { overrideAccess: false, user: user ?? undefined } as const
  return {
    'GraphQL item with links': async () => runGraphQL(payload, await readerReq(payload, user), graphQLItem, { id: Number(itemId) }),
    'GraphQL list with links': async () => runGraphQL(payload, await readerReq(payload, user), graphQLList),
    'item ?depth=2': () => payload.findByID({ ...access, collection: 'articles', depth: 2, id: itemId }),
    'list ?depth=0&limit=20': () => payload.find({ ...access, collection: 'articles', depth: 0, limit: 20 }),
    'list ?depth=1&limit=10': () => payload.find({ ...access, collection: 'articles', depth: 1, limit: 10 }),
  }
}
