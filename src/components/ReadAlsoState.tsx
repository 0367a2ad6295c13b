'use client'

import type { UIFieldClientComponent } from 'payload'

import { useConfig, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import { linkPositions, readAlsoBlocks, type ReadAlsoFields } from '../readAlso/parse'

type Id = number | string
type LinkState = 'ambiguous' | 'pending' | 'resolved' | 'self'

/** A row of `read-also-links` as a signed-in reader gets it at depth 0. */
type LinkRow = {
  candidates?: Id[] | null
  note?: null | string
  position: number
  state: LinkState
  target?: { slug?: null | string; title?: null | string } | null
  text: string
  to?: { id: Id } | Id | null
  toPublished?: boolean | null
}

type Candidate = { _status?: null | string; id: Id; title?: null | string }

type Body = Parameters<typeof readAlsoBlocks>[0]

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' ? ((value as { id?: Id }).id ?? null) : ((value as Id | null | undefined) ?? null)

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The text the link sync stores for a block: its headline, else its URL, else nothing (a pick alone). */
const textOf = (fields: Pick<ReadAlsoFields, 'headline' | 'url'>) => trimmed(fields.headline) || trimmed(fields.url)

const sameValues = (a: Partial<ReadAlsoFields>, b: Partial<ReadAlsoFields>) =>
  trimmed(a.headline) === trimmed(b.headline) && trimmed(a.url) === trimmed(b.url) && String(idOf(a.article) ?? '') === String(idOf(b.article) ?? '')

const tone: Record<'muted' | LinkState, string> = {
  ambiguous: 'var(--theme-warning-500, #b7791f)',
  muted: 'var(--theme-elevation-400)',
  pending: 'var(--theme-elevation-500)',
  resolved: 'var(--theme-success-500, #2f855a)',
  self: 'var(--theme-error-500, #c53030)',
}

const heading: Record<LinkState, string> = {
  ambiguous: 'Needs a pick',
  pending: 'Waiting',
  resolved: 'Linked',
  self: 'Points at this story',
}

/**
 * Inside a Read-also block of the article body: what the block's link resolved to when the story was last saved,
 * read from the links the server derived (`read-also-links`, as the signed-in user may read them). Resolved links
 * name their target and open it; pending ones say that no story has the headline yet; ambiguous ones list the
 * stories they could mean, each one click to pick; a link to the story itself says so. It reads the links again
 * after every save of the story (and when the editor comes back to the tab), so it shows what another story's
 * creation or renaming did without a reload.
 */
export const ReadAlsoState: UIFieldClientComponent = ({ path }) => {
  const { config } = useConfig()
  const { collectionSlug, data, hasPublishedDoc, id: storyId, lastUpdateTime } = useDocumentInfo()
  const sibling = (name: string) => (path.includes('.') ? `${path.slice(0, path.lastIndexOf('.'))}.${name}` : name)
  const blockId = useFormFields(([fields]) => fields[sibling('id')]?.value) as string | undefined
  const headline = useFormFields(([fields]) => fields[sibling('headline')]?.value) as null | string | undefined
  const url = useFormFields(([fields]) => fields[sibling('url')]?.value) as null | string | undefined
  const { setValue: pick, value: picked } = useField<Id | null>({ path: sibling('article') })

  const [links, setLinks] = useState<LinkRow[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [candidates, setCandidates] = useState<Candidate[]>([])
  const [visits, setVisits] = useState(0)

  const apiURL = (endpoint: `/${string}`) => formatAdminURL({ apiRoute: config.routes.api, path: endpoint, serverURL: config.serverURL })
  const adminURL = (id: Id) =>
    formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/articles/${id}`, relative: true })

  // Coming back to the tab (after creating the story this block names, say) reads the links again.
  useEffect(() => {
    const again = () => document.visibilityState === 'visible' && setVisits((count) => count + 1)
    window.addEventListener('focus', again)
    document.addEventListener('visibilitychange', again)
    return () => {
      window.removeEventListener('focus', again)
      document.removeEventListener('visibilitychange', again)
    }
  }, [])

  const savedAt = (data as { updatedAt?: string } | undefined)?.updatedAt
  useEffect(() => {
    if (storyId === undefined || storyId === null || collectionSlug !== 'articles') return
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', limit: '200', sort: 'position', 'where[from][equals]': String(storyId) })
    fetch(`${apiURL('/read-also-links')}?${query}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        const { docs } = (await response.json()) as { docs: LinkRow[] }
        setLinks(docs)
        setFailed(false)
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true)
      })
    return () => controller.abort()
    // The document's saved time changes with every save, autosaves included.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storyId, collectionSlug, savedAt, lastUpdateTime, visits])

  /** This block as it was last saved, and the position of its link among the story's links. */
  const saved = useMemo(() => {
    const body = (data as { body?: Body } | undefined)?.body
    const fields = readAlsoBlocks(body).find((block) => blockId !== undefined && block.id === blockId)
    return fields ? { fields, position: linkPositions(body).get(fields) } : undefined
  }, [data, blockId])

  const link = useMemo(() => {
    if (!saved || saved.position === undefined || !links) return undefined
    const row = links.find((candidate) => candidate.position === saved.position)
    // A published story's links stay those of the published version while drafts are saved over it.
    return row && row.text === textOf(saved.fields) ? row : undefined
  }, [saved, links])

  const candidateIds = link?.state === 'ambiguous' ? (link.candidates ?? []).map(String) : []
  const candidateKey = candidateIds.join(',')
  useEffect(() => {
    if (candidateKey === '') return setCandidates([])
    const controller = new AbortController()
    const query = new URLSearchParams({
      depth: '0',
      draft: 'true',
      limit: '50',
      'select[_status]': 'true',
      'select[title]': 'true',
      'where[id][in]': candidateKey,
    })
    fetch(`${apiURL('/articles')}?${query}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => (response.ok ? ((await response.json()) as { docs: Candidate[] }).docs : []))
      .then((docs) => setCandidates(docs))
      .catch(() => undefined)
    return () => controller.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [candidateKey])

  const onPick = useCallback((id: Id) => pick(typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id), [pick])

  // Saved as a draft of a published story (autosaves included): its links follow once the changes are published.
  const pickedAndSaved = saved ? idOf(saved.fields.article) : null
  const behind = Boolean(link && pickedAndSaved !== null && String(idOf(link.to) ?? '') !== String(pickedAndSaved))

  const current = { article: picked, headline, url }
  const changed = saved ? !sameValues(current, saved.fields) : textOf(current) !== '' || idOf(picked) !== null
  const empty = textOf(current) === '' && idOf(picked) === null

  let state: 'muted' | LinkState = 'muted'
  let content: React.ReactNode
  if (empty) {
    content = 'Type the headline of a story, its URL, or pick a story.'
  } else if (storyId === undefined || storyId === null) {
    content = 'Save the story to link this.'
  } else if (failed) {
    content = 'The link’s state could not be read.'
  } else if (!link) {
    if (!saved || saved.position === undefined) content = 'Not saved yet: save the story to link this.'
    else if (hasPublishedDoc && (data as { _status?: string } | undefined)?._status !== 'published')
      content = 'Readers still see the published story: publish the changes to link this.'
    else content = links ? 'Not linked yet: save the story to link this.' : 'Reading the link…'
  } else {
    state = link.state
    const to = idOf(link.to)
    if (link.state === 'resolved' && to !== null) {
      const title = link.target?.title || `story ${to}`
      content = (
        <>
          Links to{' '}
          <Link className="read-also-state__target" href={adminURL(to)}>
            {title}
          </Link>
          {link.toPublished ? '' : ' (not published yet: readers see the headline only)'}
        </>
      )
    } else if (link.state === 'pending') {
      content = link.note
        ? link.note
        : saved?.fields.headline?.trim()
          ? 'No story with this headline yet. The link resolves by itself once one is created or renamed to it.'
          : 'No story at this URL yet. The link resolves by itself once a story has that slug.'
    } else if (link.state === 'self') {
      content = 'This points at the story itself. Change the headline or pick another story.'
    } else {
      const shown = candidateIds.map((id) => candidates.find((candidate) => String(candidate.id) === id) ?? { id })
      content = (
        <>
          Several stories have this headline. Pick a story:
          <span className="read-also-state__candidates" style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 4)', marginTop: 'calc(var(--base) / 4)' }}>
            {shown.map((candidate) => {
              const chosen = String(idOf(picked) ?? '') === String(candidate.id)
              const title = 'title' in candidate && candidate.title ? candidate.title : `Story ${candidate.id}`
              const status = '_status' in candidate && candidate._status === 'published' ? 'published' : 'draft'
              return (
                <button
                  aria-pressed={chosen}
                  className={`btn btn--size-small ${chosen ? 'btn--style-primary' : 'btn--style-secondary'}`}
                  disabled={chosen}
                  key={String(candidate.id)}
                  onClick={() => onPick(candidate.id)}
                  style={{ margin: 0 }}
                  title={`Link to “${title}” (${status}, id ${candidate.id})`}
                  type="button"
                >
                  {title} ({status}, id {String(candidate.id)})
                </button>
              )
            })}
          </span>
        </>
      )
    }
  }

  return (
    <div
      aria-live="polite"
      className="read-also-state"
      data-state={state}
      style={{
        borderLeft: `3px solid ${tone[state]}`,
        marginBottom: 'var(--base)',
        padding: 'calc(var(--base) / 4) calc(var(--base) / 2)',
      }}
    >
      {state !== 'muted' && <strong style={{ color: tone[state], marginRight: '0.5em' }}>{heading[state]}:</strong>}
      {content}
      {changed && link && !empty && <em className="read-also-state__unsaved"> Changed since the last save: save the story to update the link.</em>}
      {!changed && behind && <em className="read-also-state__unpublished"> Saved with a picked story: publish the changes to update the link.</em>}
    </div>
  )
}
