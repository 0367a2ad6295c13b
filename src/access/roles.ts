import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const roles = ['contributor', 'editor', 'admin'] as const
export type Role = (typeof roles)[number]

const rank: Record<Role, number> = { admin: 3, contributor: 1, editor: 2 }

/** True when the request's user holds `role` or a higher one. */
export function hasRole(req: Pick<PayloadRequest, 'user'>, role: Role): boolean {
  const userRole = (req.user as { role?: Role } | null)?.role
  return Boolean(userRole && rank[userRole] >= rank[role])
}

export const anyone: Access = () => true
export const signedIn: Access = ({ req }) => Boolean(req.user)
export const editors: Access = ({ req }) => hasRole(req, 'editor')
export const admins: Access = ({ req }) => hasRole(req, 'admin')
export const adminsField: FieldAccess = ({ req }) => hasRole(req, 'admin')

/** Signed-in staff read everything; anonymous readers only what is published. */
export const publishedOrSignedIn: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }

/** Admins manage every account; everyone else reads and edits only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  return hasRole(req, 'admin') ? true : { id: { equals: req.user.id } }
}
