import type { CollectionConfig } from 'payload'

export const readAlsoSavesSlug = 'read-also-saves'

/**
 * Saves of articles whose Read-also links are being written, on SQLite, where Payload saves without transactions: a
 * row is written just before a save writes its article row (or a delete releases its links) and removed once the
 * link rows are written. A row still here when the app starts is a save that a killed process left half done; the
 * start-up repair re-derives what it may have left stale (src/readAlso/repair.ts). Normally empty. Nobody reads or
 * writes it through the API.
 */
export const ReadAlsoSaves: CollectionConfig = {
  slug: readAlsoSavesSlug,
  access: { create: () => false, delete: () => false, read: () => false, update: () => false },
  admin: { hidden: true },
  fields: [
    // The saved or deleted article; empty for a create, whose id is not known before its row is written.
    { name: 'article', type: 'text' },
    // No later than the article row's updatedAt: a create is found again as an article updated since then.
    { name: 'since', type: 'date', required: true },
    // The process that saves ("<host> <pid>"): a start leaves alone the markers of saves another process is running.
    { name: 'owner', type: 'text' },
  ],
  graphQL: false,
  lockDocuments: false,
  timestamps: false,
}
