import type { CollectionSlug, RowField, TextField, Validate } from 'payload'

import { slugField } from 'payload'

import { toSlug } from '../slugify'

export { toSlug }


/** Unique-slug check with a message an editor can act on, before the database's unique index would refuse it. */
const uniqueSlug: Validate<string, unknown, unknown, TextField> = async (value, { collectionSlug, id, req }) => {
  if (!value) return 'A slug is required: give the document a title or type a slug.'
  if (!collectionSlug || !req.payload) return true
  const clash = await req.payload.find({
    collection: collectionSlug as CollectionSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
  })
  const other = clash.docs[0]
  return other ? `The slug "${value}" is already used by another document (id ${other.id}); choose a different slug.` : true
}

/**
 * Payload's slug field (generated from `useAsSlug`, editable, unique) with `toSlug` for any language and a readable
 * clash message.
 */
export function newsroomSlug(useAsSlug: string): RowField {
  return slugField({
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) =>
        field.type === 'text' && field.name === 'slug' ? ({ ...field, validate: uniqueSlug } as TextField) : field,
      ),
    }),
    // Generated on save, so API clients (GraphQL input types included) need not send one; `uniqueSlug` still insists.
    required: false,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? toSlug(valueToSlugify) || undefined : undefined),
    useAsSlug,
  })
}
