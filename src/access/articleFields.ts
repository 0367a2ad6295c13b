import type { CollectionBeforeValidateHook, CollectionSlug, Field, FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { hasRole } from './roles'
import { editorsField, serverOnly } from './content'

export const workflowStates = [
  { label: 'Draft', value: 'draft' },
  { label: 'In review', value: 'review' },
  { label: 'Ready', value: 'ready' },
] as const

/** The signed-in user who creates the article; kept as it was on every later save. */
const stampCreator: FieldHook = ({ operation, originalDoc, req, value }) => {
  if (operation === 'create') return req.user?.id ?? value ?? null
  const original = originalDoc?.createdBy
  return (original && typeof original === 'object' ? original.id : original) ?? value ?? null
}

/** Newsroom accounts and the review state are the newsroom's own business: staff read them, readers do not. */
const staffOnly = ({ req }: { req: { user?: unknown } }) => Boolean(req.user)

/** Whoever saves the article (a scheduled publish saves as the editor who scheduled it). */
const stampEditor: FieldHook = ({ originalDoc, req, value }) => {
  if (req.user) return req.user.id
  const original = originalDoc?.updatedBy
  return value ?? (original && typeof original === 'object' ? original.id : original) ?? null
}

const onlyEditorsMarkReady: FieldHook = ({ originalDoc, req, value }) => {
  // Drafts skip field validation, so an unknown state would otherwise be stored as sent.
  if (value !== undefined && value !== null && !workflowStates.some((state) => state.value === value)) {
    const known = workflowStates.map((state) => `"${state.value}"`).join(', ')
    throw new ValidationError({ errors: [{ message: `The review state must be one of ${known}.`, path: 'workflow' }], req })
  }
  if (value === 'ready' && originalDoc?.workflow !== 'ready' && req.user && !hasRole(req, 'editor')) {
    throw new ValidationError({ errors: [{ message: 'Only an editor marks a story ready.', path: 'workflow' }], req })
  }
  return value
}

/**
 * Payload's `_status` is a select, but a draft save skips validation and would store any string ("Published",
 * "archived"): such a story is neither published nor a draft to readers, lists and access rules alike.
 */
export const knownStatus: CollectionBeforeValidateHook = ({ data, req }) => {
  const status = (data as { _status?: unknown } | undefined)?._status
  if (status !== undefined && status !== null && status !== 'draft' && status !== 'published') {
    throw new ValidationError({ errors: [{ message: '"_status" must be "draft" or "published".', path: '_status' }], req })
  }
  return data
}

/**
 * The publishing workflow block of the Articles sidebar: who created the story, who last changed it, and its
 * review state. Contributors move their drafts to "In review"; an editor marks a story "Ready".
 */
export const workflowFields = (usersSlug: string): Field[] => [
  {
    name: 'workflow',
    type: 'select',
    admin: { description: 'Contributors submit for review; an editor marks a story ready.', position: 'sidebar' },
    defaultValue: 'draft',
    index: true,
    label: 'Review',
    access: { read: staffOnly },
    options: workflowStates.map((state) => ({ ...state })),
    // A hook rather than `validate`: drafts skip validation, and a contributor only ever saves drafts.
    hooks: { beforeChange: [onlyEditorsMarkReady] },
  },
  {
    type: 'row',
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'createdBy',
        type: 'relationship',
        access: { create: serverOnly, read: staffOnly, update: serverOnly },
        admin: { readOnly: true, width: '50%' },
        hooks: { beforeChange: [stampCreator] },
        index: true,
        label: 'Created by',
        relationTo: usersSlug as CollectionSlug,
      },
      {
        name: 'updatedBy',
        type: 'relationship',
        access: { create: serverOnly, read: staffOnly, update: serverOnly },
        admin: { readOnly: true, width: '50%' },
        hooks: { beforeChange: [stampEditor] },
        label: 'Last changed by',
        relationTo: usersSlug as CollectionSlug,
      },
    ],
  },
]

export { editorsField }
