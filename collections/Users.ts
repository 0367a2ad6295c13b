import type { CollectionConfig, Field } from 'payload'

import { admins, adminsField, selfOrAdmin } from '../src/access/roles'
import { roles } from '../src/access/roles'

/** The role every newsroom account carries; the first account registered becomes an admin. */
export const roleField: Field = {
  name: 'role',
  type: 'select',
  access: { create: adminsField, update: adminsField },
  admin: { position: 'sidebar' },
  defaultValue: 'contributor',
  hooks: {
    beforeChange: [
      async ({ operation, req, value }) => {
        if (operation !== 'create') return value
        const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
        return totalDocs === 0 ? 'admin' : value
      },
    ],
  },
  options: roles.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
  required: true,
  saveToJWT: true,
}

export const Users: CollectionConfig = {
  slug: 'users',
  access: { create: admins, delete: admins, read: selfOrAdmin, update: selfOrAdmin },
  admin: { defaultColumns: ['name', 'email', 'role'], group: 'Admin', useAsTitle: 'email' },
  auth: true,
  fields: [{ name: 'name', type: 'text' }, roleField],
}
