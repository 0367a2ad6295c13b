import type { CollectionConfig, Field } from 'payload'

import { admins, adminsField, roles, selfOrAdmin } from '../src/access/roles'
import { guardRole, withRoleRules } from '../src/access/users'

const roleOptions = roles.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role }))

/** The role every newsroom account carries; the first account registered becomes an admin. */
export const roleField: Field = {
  name: 'role',
  type: 'select',
  access: { create: adminsField, update: adminsField },
  // The first account, registered while nobody is signed in, is always an admin: its form offers no choice.
  admin: { condition: (_data, _siblingData, { user }) => Boolean(user), position: 'sidebar' },
  defaultValue: 'contributor',
  hooks: { beforeChange: [guardRole] },
  options: roleOptions,
  required: true,
  saveToJWT: true,
}

export const Users: CollectionConfig = withRoleRules({
  slug: 'users',
  access: { create: admins, delete: admins, read: selfOrAdmin, unlock: admins, update: selfOrAdmin },
  admin: { defaultColumns: ['name', 'email', 'role'], group: 'Admin', useAsTitle: 'email' },
  // Payload's login lockout: five wrong passwords lock the account for ten minutes, or until an admin unlocks it.
  auth: { lockTime: 10 * 60 * 1000, maxLoginAttempts: 5 },
  fields: [{ name: 'name', type: 'text' }, roleField],
})
