import type { CollectionSlug, RowField, TextField, Validate } from 'payload'

import transliterate from '@sindresorhus/transliterate'
import { slugField } from 'payload'

// A run of Latin, Greek or Cyrillic letters with the marks that go with them: these scripts are spelled in Latin
// letters in URLs. Letters of every other script are kept as written, with their combining marks.
const transliterated = /(?:[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]\p{M}*)+/gu

/**
 * A URL slug for a headline or name in any language: Latin, Greek and Cyrillic letters transliterated to plain Latin
 * ("Café crème" → "cafe-creme", "Путин" → "putin"; Payload's default gives "caf-crme"), letters of other scripts kept
 * whole with their combining marks ("हिन्दी समाचार" → "हिन्दी-समाचार", "북한-미사일"), apostrophes dropped ("Kim's" →
 * "kims"), every other run of punctuation and space one hyphen. Empty when the text has no letter or digit.
 */
export function toSlug(text: string): string {
  return text
    .normalize('NFC')
    .replace(transliterated, (run) => transliterate(run))
    .toLowerCase()
    .replace(/['’‘`´ʼ]/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    // A mark with no letter before it (after punctuation) is not part of a word.
    .replace(/(^|-)\p{M}+/gu, '$1')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC')
}

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
