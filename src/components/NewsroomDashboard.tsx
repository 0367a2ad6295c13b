import type { Payload, ServerProps, TypedUser, Where } from 'payload'

import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { pendingSchedulesWhere } from '../workflow/schedule'

type Id = number | string
type Item = { detail?: string; href: string; id: string; title: string }
type Section = { empty: string; items: Item[]; name: string; title: string; total: number }

const listed = 8

const utc = (date: null | string | undefined) => (date ? `${date.replace('T', ' ').slice(0, 16)} UTC` : '')
const isEditor = (user: TypedUser) => ['admin', 'editor'].includes(String((user as { role?: unknown }).role))

/**
 * Stories as the signed-in user may read them: as last saved (drafts and autosaves included) with `latest`, else as
 * published (a story with unpublished changes is still published).
 */
type StoryRow = { _status?: null | string; id: Id; publishedAt?: null | string; title: string; updatedAt: string; workflow?: null | string }

async function stories(payload: Payload, user: TypedUser, where: Where, sort: string, { latest = true, limit = listed } = {}) {
  // Typed here, not by the host's generated types, which may or may not know the articles collection.
  return (await payload.find({
    collection: 'articles',
    depth: 0,
    draft: latest,
    limit,
    overrideAccess: false,
    select: { _status: true, publishedAt: true, title: true, updatedAt: true, workflow: true },
    sort,
    user,
    where,
  })) as unknown as { docs: StoryRow[]; totalDocs: number }
}

/** Pending scheduled publications of articles, soonest first; only editors schedule, and only they see them. */
async function scheduled(payload: Payload, user: TypedUser, articleURL: (id: Id) => string): Promise<Section | null> {
  if (!isEditor(user)) return null
  const { docs: jobs, totalDocs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: listed,
    overrideAccess: true,
    sort: 'waitUntil',
    where: pendingSchedulesWhere('articles'),
  })
  const plans = jobs.flatMap((job) => {
    const input = job.input as { doc?: { value?: Id }; type?: string } | undefined
    const id = input?.doc?.value
    return id === undefined ? [] : [{ at: job.waitUntil, id: String(id), job: String(job.id), type: input?.type === 'unpublish' ? 'Unpublish' : 'Publish' }]
  })
  const ids = [...new Set(plans.map((plan) => plan.id))]
  const found = ids.length > 0 ? (await stories(payload, user, { id: { in: ids } }, 'id', { limit: ids.length })).docs : []
  return {
    empty: 'Nothing is scheduled.',
    items: plans.flatMap((plan) => {
      const story = found.find((doc) => String(doc.id) === plan.id)
      return story ? [{ detail: `${plan.type} ${utc(plan.at)}`, href: articleURL(story.id), id: plan.job, title: story.title }] : []
    }),
    name: 'scheduled',
    title: 'Scheduled',
    total: totalDocs,
  }
}

/** Read-also links an editor should look at: ties and self-links first, then lines still waiting for their story. */
async function linksNeedingAnEditor(payload: Payload, user: TypedUser, articleURL: (id: Id) => string): Promise<Section> {
  const find = (states: string[]) =>
    payload.find({
      collection: 'read-also-links',
      depth: 0,
      limit: listed,
      overrideAccess: false,
      sort: '-updatedAt',
      user,
      where: { state: { in: states } },
    })
  const [tied, waiting] = await Promise.all([find(['ambiguous', 'self']), find(['pending'])])
  const describe: Record<string, string> = {
    ambiguous: 'several stories have this headline: pick one',
    pending: 'no story with this headline yet',
    self: 'points at its own story',
  }
  const items = [...tied.docs, ...waiting.docs].slice(0, listed).map((link) => {
    const from = typeof link.from === 'object' ? link.from.id : link.from
    return {
      detail: `“${link.text || '(a picked story)'}”: ${describe[link.state] ?? link.state}`,
      href: articleURL(from),
      id: String(link.id),
      title: link.source?.title || `Story ${from}`,
    }
  })
  return {
    empty: 'Every Read-also line has found its story.',
    items,
    name: 'read-also',
    title: 'Read-also links needing an editor',
    total: tied.totalDocs + waiting.totalDocs,
  }
}

/**
 * Above the admin dashboard: what the newsroom is working on, as the signed-in user may see it (the Local API with
 * their access): stories in review, scheduled publications, what was published last, and Read-also links that need
 * an editor. Each entry opens the story.
 */
export async function NewsroomDashboard({ payload, user }: ServerProps) {
  if (!user) return null
  const { routes } = payload.config
  const articleURL = (id: Id) => formatAdminURL({ adminRoute: routes.admin, path: `/collections/articles/${id}`, relative: true })
  const asItems = (docs: { _status?: null | string; id: Id; publishedAt?: null | string; title: string; updatedAt: string }[], when: 'publishedAt' | 'updatedAt') =>
    docs.map((doc) => ({
      detail: when === 'publishedAt' ? `published ${utc(doc.publishedAt)}` : `last changed ${utc(doc.updatedAt)}`,
      href: articleURL(doc.id),
      id: String(doc.id),
      title: doc.title,
    }))

  const [review, published, schedule, links] = await Promise.all([
    stories(payload, user, { workflow: { equals: 'review' } }, '-updatedAt'),
    stories(payload, user, { _status: { equals: 'published' } }, '-publishedAt', { latest: false }),
    scheduled(payload, user, articleURL),
    linksNeedingAnEditor(payload, user, articleURL),
  ])
  const sections: Section[] = [
    { empty: 'No story is waiting for review.', items: asItems(review.docs, 'updatedAt'), name: 'review', title: 'In review', total: review.totalDocs },
    ...(schedule ? [schedule] : []),
    {
      empty: 'Nothing has been published yet.',
      items: asItems(published.docs, 'publishedAt'),
      name: 'published',
      title: 'Recently published',
      total: published.totalDocs,
    },
    links,
  ]

  return (
    <section aria-label="Newsroom desk" className="newsroom-dashboard" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ marginBottom: 'var(--base)' }}>Newsroom desk</h2>
      <div style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' }}>
        {sections.map((section) => (
          <div
            className={`newsroom-dashboard__section newsroom-dashboard__section--${section.name}`}
            data-section={section.name}
            key={section.name}
            style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m, 4px)', padding: 'var(--base)' }}
          >
            <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>
              {section.title} <span className="newsroom-dashboard__count">({section.total})</span>
            </h3>
            {section.items.length === 0 ? (
              <p style={{ color: 'var(--theme-elevation-500)', margin: 0 }}>{section.empty}</p>
            ) : (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {section.items.map((item) => (
                  <li key={item.id} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
                    <Link href={item.href}>{item.title}</Link>
                    {item.detail && <div style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em' }}>{item.detail}</div>}
                  </li>
                ))}
              </ul>
            )}
            {section.total > section.items.length && (
              <p style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em', margin: 0 }}>and {section.total - section.items.length} more</p>
            )}
          </div>
        ))}
      </div>
    </section>
  )
}
