import type { CollectionBeforeOperationHook, CollectionSlug, CollectionConfig, Config, Field, Plugin, PayloadRequest, Where } from 'payload'

import depthLimit from 'graphql-depth-limit'
import { APIError, ValidationError } from 'payload'
import { apiOnly } from './hooks/apiOnly'

/**
 * Request limits and input checks for the app, read from the environment:
 * - MAX_JSON_BODY (bytes, default 4 MiB: room for a 2 MB story sent to the import endpoint) and MAX_UPLOAD_BODY
 *   (default 20 MiB): request bodies over these get 413;
 * - MAX_PAGE_LIMIT (default 1000): the largest `limit` a list request may ask for (larger ones are capped);
 * - GRAPHQL_MAX_DEPTH (default 10) and GRAPHQL_MAX_COMPLEXITY (default 1000).
 */
export { limits } from './limitSettings'
import { limits } from './limitSettings'

type Problem = { message: string; path: string }

const systemKeys = new Set(['id', 'createdAt', 'updatedAt', '_status', 'password', 'confirm-password'])
const rowKeys = new Set(['id', 'blockType', 'blockName'])
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const describe = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`)
/** A date the databases store: parseable, in the years 1 to 9999 (PostgreSQL refuses a year 0, which JavaScript reads). */
const validDate = (value: unknown) => {
  if (!(typeof value === 'string' || value instanceof Date)) return false
  const date = new Date(value as string)
  const year = date.getUTCFullYear()
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999
}

/** The data fields of a list of fields, with rows, collapsibles, unnamed groups and unnamed tabs flattened. */
function dataFields(fields: Field[]): Field[] {
  return fields.flatMap((field): Field[] => {
    if (field.type === 'row' || field.type === 'collapsible') return dataFields(field.fields)
    if (field.type === 'group' && !('name' in field && field.name)) return dataFields(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab): Field[] =>
        'name' in tab && tab.name ? [{ fields: tab.fields, name: tab.name, type: 'group' } as Field] : dataFields(tab.fields),
      )
    if (field.type === 'ui') return []
    return [field]
  })
}

/** A numeric id as the SQL adapters store it: a whole number within the column's range (PostgreSQL's serial is 32-bit). */
function validId(value: unknown, db: string): boolean {
  const text = String(value).trim()
  if (!/^-?\d+$/.test(text)) return false
  const number = Number(text)
  return db === 'postgres' ? Math.abs(number) <= 2147483647 : Number.isSafeInteger(number)
}

/** Related ids by target collection, each with the path it was given at. */
type RelationIds = Map<string, Map<number | string, string>>

/** Checks data against the collection's fields: known keys only, values of the field's type; collects related ids. */
function checkData(fields: Field[], data: Record<string, unknown>, prefix: string, problems: Problem[], ids: RelationIds, allowed: Set<string>) {
  const byName = new Map(dataFields(fields).map((field) => ['name' in field ? field.name : '', field] as const))
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key
    const field = byName.get(key)
    if (!field) {
      if (!allowed.has(key)) problems.push({ message: `"${path}" is not a field of this collection.`, path })
      continue
    }
    if (value === null || value === undefined) continue
    checkValue(field, value, path, problems, ids)
  }
}

function checkValue(field: Field, value: unknown, path: string, problems: Problem[], ids: RelationIds) {
  const wrong = (expected: string) => problems.push({ message: `"${path}" must be ${expected}, not ${describe(value)}.`, path })
  const many = 'hasMany' in field && field.hasMany
  const each = (check: (item: unknown, itemPath: string) => void, expected: string) => {
    if (many) {
      if (!Array.isArray(value)) return wrong(`a list of ${expected}`)
      value.forEach((item, index) => item !== null && check(item, `${path}.${index}`))
    } else check(value, path)
  }
  const scalar = (type: string, expected: string) =>
    each((item, itemPath) => {
      if (typeof item !== type) problems.push({ message: `"${itemPath}" must be ${expected}, not ${describe(item)}.`, path: itemPath })
    }, expected)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return scalar('string', 'text')
    case 'number':
      return each((item, itemPath) => {
        if (typeof item !== 'number' || !Number.isFinite(item))
          problems.push({ message: `"${itemPath}" must be a number, not ${describe(item)}.`, path: itemPath })
      }, 'numbers')
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : wrong('true or false')
    case 'date':
      return validDate(value) ? undefined : problems.push({ message: `"${path}" is not a valid date: ${JSON.stringify(value)}.`, path })
    case 'richText':
      return isRecord(value) ? undefined : wrong('a rich-text document (an object)')
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number')
        ? undefined
        : wrong('a [longitude, latitude] pair')
    case 'group':
      if (!isRecord(value)) return wrong('an object')
      return checkData(field.fields, value, path, problems, ids, new Set())
    case 'array':
      if (!Array.isArray(value)) return wrong('a list')
      return value.forEach((row, index) =>
        isRecord(row)
          ? checkData(field.fields, row, `${path}.${index}`, problems, ids, rowKeys)
          : problems.push({ message: `"${path}.${index}" must be an object, not ${describe(row)}.`, path: `${path}.${index}` }),
      )
    case 'blocks': {
      if (!Array.isArray(value)) return wrong('a list of blocks')
      const blocks = field.blocks ?? []
      return value.forEach((row, index) => {
        const rowPath = `${path}.${index}`
        const block = isRecord(row) ? blocks.find((b) => b.slug === row.blockType) : undefined
        if (!isRecord(row) || !block)
          return problems.push({ message: `"${rowPath}" is not a block this field accepts.`, path: rowPath })
        checkData(block.fields, row, rowPath, problems, ids, rowKeys)
      })
    }
    case 'relationship':
    case 'upload': {
      const targets: string[] = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return each((item, itemPath) => {
        let target = targets[0]!
        let id: unknown = item
        if (Array.isArray(field.relationTo)) {
          if (!isRecord(item) || !targets.includes(String(item.relationTo)))
            return problems.push({ message: `"${itemPath}" must name one of ${targets.join(', ')} in relationTo.`, path: itemPath })
          target = String(item.relationTo)
          id = item.value
        }
        if (isRecord(id)) id = id.id
        if (typeof id !== 'number' && typeof id !== 'string')
          return problems.push({ message: `"${itemPath}" must be the id of a ${target} document, not ${describe(id)}.`, path: itemPath })
        const seen = ids.get(target) ?? new Map<number | string, string>()
        seen.set(id, itemPath)
        ids.set(target, seen)
      }, `${targets.join('/')} ids`)
    }
    default:
      return undefined // json, join (ignored on write)
  }
}

/** Reports related documents that do not exist (a save would otherwise fail half-way on the database's key check). */
async function missingRelations(req: PayloadRequest, ids: RelationIds, problems: Problem[]) {
  for (const [collection, wanted] of ids) {
    const numeric = req.payload.db.defaultIDType === 'number'
    const valid = [...wanted.keys()].filter((id) => !numeric || (/^\d+$/.test(String(id)) && validId(id, req.payload.db.name)))
    for (const [id, path] of wanted)
      if (!valid.includes(id)) {
        problems.push({ message: `"${path}": ${JSON.stringify(id)} is not a valid ${collection} id.`, path })
      }
    if (!valid.length) continue
    const found = await req.payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      limit: valid.length,
      overrideAccess: true,
      pagination: false,
      req,
      select: {} as never,
      where: { id: { in: valid } },
    })
    const present = new Set(found.docs.map((doc) => String((doc as { id: unknown }).id)))
    for (const id of valid)
      if (!present.has(String(id))) {
        const path = wanted.get(id)!
        problems.push({ message: `"${path}": no ${collection} document has the id ${id}.`, path })
      }
  }
}

/**
 * The join field a dotted query path reaches through a relationship (`authors.articles`), which Payload cannot query
 * (it fails inside the adapter); a join field of the queried collection itself (`readAlso`) can be queried.
 */
function joinThroughRelation(fieldsOf: (slug: string) => Field[] | undefined, fields: Field[], path: string): string | undefined {
  let current: Field[] | undefined = fields
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    const field: Field | undefined = current && dataFields(current).find((candidate) => 'name' in candidate && candidate.name === segment)
    if (!field) return undefined
    if (field.type === 'join') return index > 0 ? segments.slice(0, index + 1).join('.') : undefined
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') current = fieldsOf(field.relationTo)
    else if (field.type === 'group' || field.type === 'array') current = field.fields
    else return undefined
  }
  return undefined
}

/** Checks a where query's values against the field types (dates, numbers, ids) so a bad value is a 400, not a 500. */
function checkWhere(fields: Field[], where: unknown, numericIds: boolean, problems: Problem[], db: string, fieldsOf: (slug: string) => Field[] | undefined) {
  if (!isRecord(where)) return
  const byName = new Map(dataFields(fields).map((field) => ['name' in field ? field.name : '', field] as const))
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (Array.isArray(condition)) condition.forEach((part) => checkWhere(fields, part, numericIds, problems, db, fieldsOf))
      else if (isRecord(condition)) Object.values(condition).forEach((part) => checkWhere(fields, part, numericIds, problems, db, fieldsOf))
      continue
    }
    if (!isRecord(condition)) continue
    const through = joinThroughRelation(fieldsOf, fields, key)
    if (through) {
      problems.push({ message: `"${key}" cannot be queried: "${through}" lists documents that refer to a related document, and a query cannot follow it from here.`, path: key })
      continue
    }
    let shapeOk = true
    const isPoint = byName.get(key)?.type === 'point'
    for (const [operator, raw] of Object.entries(condition)) {
      // Payload's SQL adapters implement no "all" operator (the query would fail inside the adapter).
      if (operator === 'all' && db !== 'mongoose') {
        shapeOk = false
        problems.push({ message: `The operator "all" is not supported on this database; use "in" (any of the values) or one "equals" condition per value joined with "and".`, path: key })
        continue
      }
      // PostgreSQL stores rich text and JSON as jsonb, which has no text comparison.
      const jsonField = byName.get(key)?.type === 'richText' || byName.get(key)?.type === 'json'
      if (jsonField && db === 'postgres' && ['like', 'not_like', 'contains'].includes(operator)) {
        shapeOk = false
        problems.push({ message: `The operator "${operator}" cannot search the structured field "${key}" on this database; search the headline or summary, or use "exists".`, path: key })
        continue
      }
      if (['near', 'within', 'intersects'].includes(operator)) {
        if (!isPoint) {
          shapeOk = false
          problems.push({ message: `The operator "${operator}" applies to point fields only; "${key}" is not one.`, path: key })
        }
        continue
      }
      const listOperator = ['in', 'not_in', 'all'].includes(operator)
      const items = listOperator && Array.isArray(raw) ? raw : [raw]
      if (items.some((item) => typeof item === 'object' && item !== null && !(item instanceof Date))) {
        shapeOk = false
        problems.push({ message: `The query value for "${key}" (${operator}) must be ${listOperator ? 'a list of values' : 'a single value'}, not ${describe(raw)}.`, path: key })
      }
    }
    if (!shapeOk) continue
    const field = byName.get(key)
    const kind =
      key === 'id'
        ? numericIds
          ? 'id'
          : undefined
        : field?.type === 'date' || key === 'createdAt' || key === 'updatedAt'
          ? 'date'
          : field?.type === 'number'
            ? 'number'
            : ((field?.type === 'relationship' || field?.type === 'upload') && !Array.isArray(field.relationTo)) || field?.type === 'join'
              ? numericIds
                ? 'id'
                : undefined
              : field?.type === 'checkbox'
                ? 'boolean'
                : field?.type === 'select' || field?.type === 'radio'
                  ? 'option'
                  : undefined
    if (!kind) continue
    const options =
      field && (field.type === 'select' || field.type === 'radio') ? field.options.map((option) => (typeof option === 'string' ? option : option.value)) : []
    const expected = { boolean: 'true or false', date: 'a valid date', id: 'a valid id (a whole number)', number: 'a valid number', option: `one of ${options.map((option) => JSON.stringify(option)).join(', ')}` }[kind]
    for (const [operator, raw] of Object.entries(condition)) {
      if (['exists', 'near', 'within', 'intersects'].includes(operator)) continue
      // Text comparisons match part of the stored text: any text will do on SQLite, which compares every column as
      // text; PostgreSQL has no text match on its dates, numbers, booleans and enums (choices).
      if (['like', 'not_like', 'contains'].includes(operator)) {
        if (db === 'postgres')
          problems.push({
            message: `The operator "${operator}" cannot match part of ${kind === 'option' ? 'the choice' : 'the field'} "${key}" on this database; use "equals" or "in" with ${expected}${kind === 'date' || kind === 'number' ? ', or a range' : ''}.`,
            path: key,
          })
        continue
      }
      const values = Array.isArray(raw) ? raw : typeof raw === 'string' && /^(not_)?in$|^all$/.test(operator) ? raw.split(',') : [raw]
      for (const value of values) {
        // An empty value means "none" to Payload, except on a joined list (an id of ''), a checkbox or a choice
        // (PostgreSQL stores both as types that have no empty value).
        if (value === null || value === 'null' || (value === '' && !['boolean', 'option'].includes(kind) && field?.type !== 'join')) continue
        const ok =
          kind === 'date'
            ? validDate(value)
            : kind === 'boolean'
              ? [true, false, 'true', 'false'].includes(value as string)
              : kind === 'option'
                ? options.includes(String(value))
                : kind === 'id'
                  ? validId(value, db)
                  : String(Number(value)) === String(value).trim() && Number.isFinite(Number(value))
        if (!ok)
          problems.push({
            message: `The query value ${JSON.stringify(value)} for "${key}" (${operator}) is not ${expected}.`,
            path: key,
          })
      }
    }
  }
}

const checkInput: CollectionBeforeOperationHook = apiOnly(async ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const numericIds = req.payload.db.defaultIDType === 'number'
  const fieldsOf = (slug: string) => req.payload.collections[slug as CollectionSlug]?.config.fields
  // A list asks for at most MAX_PAGE_LIMIT documents: a larger limit, or none (0 or no pagination), gets that many.
  // Only a caller's list: Payload's REST and GraphQL handlers leave `overrideAccess` unset, while every Local API
  // call made while serving the request sets it (Payload's own population of relationships, a hook's lookup with
  // `pagination: false`). Capping those would add a count statement to each and cut what they are meant to read whole.
  const list = args as { limit?: number; overrideAccess?: boolean; page?: number; pagination?: boolean }
  if (operation === 'read' && list.overrideAccess === undefined && ('limit' in list || 'pagination' in list)) {
    const { pageLimit } = limits()
    const limit = Number(list.limit ?? 10)
    if (list.page !== undefined && !(Number.isInteger(Number(list.page)) && Number(list.page) >= 1))
      throw new ValidationError({ collection: collection.slug, errors: [{ message: `"page" must be a whole number from 1, not ${JSON.stringify(list.page)}.`, path: 'page' }] }, req.t)
    if (list.limit !== undefined && Number.isFinite(limit) && !Number.isInteger(limit))
      throw new ValidationError({ collection: collection.slug, errors: [{ message: `"limit" must be a whole number, not ${JSON.stringify(list.limit)}.`, path: 'limit' }] }, req.t)
    if (list.pagination === false || !Number.isFinite(limit) || limit <= 0 || limit > pageLimit) {
      list.pagination = true
      list.limit = pageLimit
    }
  }
  // The page of a joined list (`joins[readAlso][limit]=…`): whole numbers, at most MAX_PAGE_LIMIT documents.
  const joins = (args as { joins?: unknown }).joins
  if (operation === 'read' && isRecord(joins)) {
    const { pageLimit } = limits()
    for (const [path, join] of Object.entries(joins)) {
      if (!isRecord(join)) continue
      for (const [name, minimum] of [['limit', 0], ['page', 1]] as const) {
        if (join[name] === undefined) continue
        const value = Number(join[name])
        if (!Number.isInteger(value) || value < minimum)
          throw new ValidationError(
            { collection: collection.slug, errors: [{ message: `"joins[${path}][${name}]" must be a whole number from ${minimum}, not ${JSON.stringify(join[name])}.`, path: `joins.${path}.${name}` }] },
            req.t,
          )
        if (name === 'limit' && (value === 0 || value > pageLimit)) join.limit = pageLimit
      }
      // Its where, against the joined collection's fields.
      const field = dataFields(collection.fields).find((candidate) => 'name' in candidate && candidate.name === path)
      const joinedFields = field?.type === 'join' && typeof field.collection === 'string' ? req.payload.collections[field.collection]?.config.fields : undefined
      if (join.where !== undefined && joinedFields) {
        const problems: Problem[] = []
        if (!isRecord(join.where)) problems.push({ message: `"joins[${path}][where]" must be a set of conditions.`, path: `joins.${path}.where` })
        else
          checkWhere(joinedFields, join.where, numericIds, problems, req.payload.db.name, fieldsOf)
        if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems.map((problem) => ({ ...problem, message: `joins[${path}]: ${problem.message}` })) }, req.t)
      }
    }
  }
  const problems: Problem[] = []
  const fields = collection.fields
  const where = (args as { where?: Where }).where
  if (where !== undefined && where !== null && !isRecord(where))
    problems.push({ message: `"where" must be a set of conditions such as where[title][equals]=…, not ${JSON.stringify(where)}.`, path: 'where' })
  else if (where) checkWhere(fields, where, numericIds, problems, req.payload.db.name, fieldsOf)
  // The REST routes hand a malformed id on as NaN: name the id as it was given.
  const id = (args as { id?: number | string }).id
  const givenId = (req.routeParams as { id?: string } | undefined)?.id ?? id
  const badId = id !== undefined && numericIds && !(/^\d+$/.test(String(id)) && validId(id, req.payload.db.name))
  if (badId && operation === 'read')
    throw new APIError(`"${givenId}" is not a valid ${collection.slug} id: no such document.`, 404, { id: givenId }, true)
  if (badId) problems.push({ message: `"${givenId}" is not a valid ${collection.slug} id.`, path: 'id' })
  const data = (args as { data?: unknown }).data
  if ((operation === 'create' || operation === 'update') && data !== undefined) {
    if (!isRecord(data)) {
      problems.push({ message: 'The request body must be a JSON object of field values.', path: '' })
    } else {
      const ids: RelationIds = new Map()
      const allowed = new Set([...systemKeys, ...(collection.auth ? ['email', 'username'] : [])])
      checkData(fields, data, '', problems, ids, allowed)
      if (!problems.length) await missingRelations(req, ids, problems)
    }
  }
  if (problems.length) {
    throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  }
  return args
})

/**
 * The app's hardening: every collection checks REST and GraphQL input before any write (unknown fields, values of
 * the wrong type, related documents that do not exist, bad values in where queries, malformed ids), and list
 * requests are capped at MAX_PAGE_LIMIT.
 */
export const hardening =
  (): Plugin =>
  (config: Config): Config => {
    return {
      ...config,
      collections: (config.collections ?? []).map(
        (collection): CollectionConfig => ({
          ...collection,
          hooks: { ...collection.hooks, beforeOperation: [checkInput, ...(collection.hooks?.beforeOperation ?? [])] },
        }),
      ),
    }
  }

/**
 * The public URL and the origins allowed to call the API from a browser, from SERVER_URL and CORS_ORIGINS (a comma-
 * separated list, or `*`); cookie-authenticated writes are accepted only from those origins and the server's own.
 */
export function originSettings(): Pick<Config, 'cors' | 'csrf' | 'serverURL'> {
  const serverURL = process.env.SERVER_URL?.replace(/\/+$/, '') || undefined
  const listed = (process.env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean)
  const cors = listed.includes('*') ? '*' : listed
  const csrf = [...new Set([...(serverURL ? [serverURL] : []), ...listed.filter((origin) => origin !== '*')])]
  return { cors, csrf, ...(serverURL ? { serverURL } : {}) }
}

/** GraphQL limits (depth, complexity) and Payload's own cap on uploaded file size. */
export function requestLimitSettings(): Pick<Config, 'upload'> & { graphQL: Pick<NonNullable<Config['graphQL']>, 'maxComplexity' | 'validationRules'> } {
  const { graphQLMaxComplexity, graphQLMaxDepth, uploadBodyBytes } = limits()
  return {
    graphQL: { maxComplexity: graphQLMaxComplexity, validationRules: () => [depthLimit(graphQLMaxDepth)] },
    upload: { limits: { fileSize: uploadBodyBytes } },
  }
}

