import type { CollectionBeforeDeleteHook, CollectionBeforeOperationHook, CollectionConfig, CollectionSlug, FieldHook, Where } from 'payload'

import { APIError } from 'payload'

import { hasRole } from './roles'

const adminCount = async (req: Parameters<FieldHook>[0]['req'], slug: string) =>
  (await req.payload.count({ collection: slug as CollectionSlug, overrideAccess: true, req, where: { role: { equals: 'admin' } } })).totalDocs

/**
 * The first account is always an admin. On later saves the last admin keeps the role: demoting them would leave
 * nobody to manage accounts. Server code acting without a signed-in user (scripts, seeds) is trusted.
 */
export const guardRole: FieldHook = async ({ collection, operation, originalDoc, req, value }) => {
  const slug = collection?.slug ?? 'users'
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({ collection: slug as CollectionSlug, overrideAccess: true, req })
    return totalDocs === 0 ? 'admin' : value
  }
  if (req.user && originalDoc?.role === 'admin' && value !== undefined && value !== 'admin' && (await adminCount(req, slug)) <= 1) {
    throw new APIError('The last admin cannot be demoted; make another account an admin first.', 400, {}, true)
  }
  return value
}

/** Only an admin changes a role: a request that tries anyway is refused outright rather than silently ignored. */
export const refuseRoleChange: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'update' || operation === 'updateByID') && req.user && !hasRole(req, 'admin')) {
    const data = (args as { data?: { role?: unknown } }).data
    if (data && 'role' in data && data.role !== undefined && data.role !== (req.user as { role?: unknown }).role) {
      throw new APIError('Only an admin changes roles.', 403, {}, true)
    }
  }
  return args
}

/**
 * A bulk delete or demotion runs its documents' hooks side by side, each seeing the others' admins still there: so
 * the whole request is checked first, and refused when it would leave no admin.
 */
export const keepAnAdminInBulk: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!req.user || (operation !== 'delete' && operation !== 'update')) return args
  const { data, where } = args as { data?: { role?: unknown }; where?: Where }
  if (!where) return args
  if (operation === 'update' && (!data || !('role' in data) || data.role === undefined || data.role === 'admin')) return args
  const slug = collection.slug as CollectionSlug
  const matched = (await req.payload.count({ collection: slug, overrideAccess: true, req, where: { and: [where, { role: { equals: 'admin' } }] } })).totalDocs
  if (matched > 0 && matched >= (await adminCount(req, slug))) {
    throw new APIError(
      `This request would ${operation === 'delete' ? 'delete' : 'demote'} every admin; make another account an admin first.`,
      400,
      {},
      true,
    )
  }
  return args
}

/** The last admin cannot be deleted by anyone signed in. */
export const keepLastAdmin: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!req.user) return
  const doc = await req.payload.findByID({ collection: collection.slug as CollectionSlug, depth: 0, id, overrideAccess: true, req })
  if ((doc as { role?: string }).role === 'admin' && (await adminCount(req, collection.slug)) <= 1) {
    throw new APIError('The last admin cannot be deleted; make another account an admin first.', 400, {}, true)
  }
}

/** Adds the role rules to a users collection (the newsroom's own, or an app's). */
export function withRoleRules(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeDelete: [...(hooks.beforeDelete ?? []), keepLastAdmin],
      beforeOperation: [...(hooks.beforeOperation ?? []), refuseRoleChange, keepAnAdminInBulk],
    },
  }
}
