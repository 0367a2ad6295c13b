import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { hasRole } from './roles'

const published: Where = { _status: { equals: 'published' } }

/** The signed-in user's id, for "own article" rules. */
const userId = (req: { user?: { id: number | string } | null }) => req.user?.id

/** What a contributor may still change: an article they created that has never been published. */
const ownUnpublished = (id: number | string): Where => ({
  and: [
    { createdBy: { equals: id } },
    { _status: { not_equals: 'published' } },
    // Stamped on first publish and not writable by contributors: covers a draft saved over a published story and
    // a story an editor has unpublished again.
    { publishedAt: { exists: false } },
  ],
})

/** Anonymous readers see published stories; contributors also their own; editors everything. */
export const readArticles: Access = ({ req }) => {
  const id = userId(req)
  if (id === undefined) return published
  if (hasRole(req, 'editor')) return true
  return { or: [published, { createdBy: { equals: id } }] }
}

/** Contributors create drafts only; publishing is an editor's. */
export const createArticles: Access = ({ data, req }) => {
  if (!req.user) return false
  return hasRole(req, 'editor') || (data as { _status?: string } | undefined)?._status !== 'published'
}

/**
 * Editors change any article; contributors only their own while it has never been published, and never to publish
 * it. Payload asks with `data: { _status: 'published' }` to decide whether to show Publish and Schedule.
 */
export const updateArticles: Access = async ({ data, req }) => {
  const id = userId(req)
  if (id === undefined) return false
  if (hasRole(req, 'editor')) return true
  if ((data as { _status?: string } | undefined)?._status === 'published') return false
  // A scheduled publication publishes the story as it is when the time comes: once an editor has scheduled it, a
  // contributor's later edits would go out unreviewed, so the story is the desk's until then.
  // Loaded here: the scheduling module imports this one for its field rules.
  const { scheduledPublications } = await import('../workflow/schedule')
  const scheduled = await scheduledPublications(req, 'articles')
  return scheduled.length > 0 ? { and: [ownUnpublished(id), { id: { not_in: scheduled } }] } : ownUnpublished(id)
}


/** Only editors read the version history (and restore from it). */
export const editorsOnly: Access = ({ req }) => hasRole(req, 'editor')

/** Field rule: only editors and admins set it. */
export const editorsField: FieldAccess = ({ req }) => hasRole(req, 'editor')
/** Field rule: nobody sets it through the API; the server does. */
export const serverOnly: FieldAccess = () => false
