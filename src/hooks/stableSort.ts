import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Makes a list's order total, so that pages never overlap or skip: a sort that does not name `createdAt` and `id`
 * gets them appended, in the direction of its last key (Payload appends only `createdAt`, which stories imported
 * together share). `createdAt` before `id` keeps the order the one the `_status, publishedAt, createdAt` index
 * reads (SQLite keeps the row id in every index).
 */
export const stableSort: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read') return args
  const list = args as { sort?: string | string[] }
  if (list.sort === undefined) return args
  const keys = (Array.isArray(list.sort) ? list.sort : String(list.sort).split(','))
    .map((key) => String(key).trim())
    .filter(Boolean)
  if (keys.length === 0) return args
  const named = (field: string) => keys.some((key) => key.replace(/^-/, '') === field)
  const direction = keys[keys.length - 1]!.startsWith('-') ? '-' : ''
  for (const field of ['createdAt', 'id']) if (!named(field)) keys.push(`${direction}${field}`)
  list.sort = keys
  return args
}
