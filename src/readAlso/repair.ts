import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { readAlsoLinksSlug } from '../../collections/ReadAlsoLinks'
import { collectReadAlso } from './parse'
import { syncArticleLinks } from './sync'

/**
 * Re-derives the links of every article whose link rows do not match its body, and removes rows left by articles
 * that no longer exist. On SQLite, where Payload saves without transactions, a save writes the article row first and
 * its link rows afterwards: a process killed in between (SIGKILL, power cut) leaves a story whose links are missing
 * or those of its previous body. The server runs this on start, before it serves; it reads every article body once.
 */
export async function repairInterruptedLinks(payload: Payload): Promise<number> {
  const articles = await payload.find({
    collection: 'articles',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { _status: true, body: true, headlineKey: true, publishedAt: true, slug: true, slugKey: true, title: true, updatedAt: true },
  })
  const links = await payload.find({
    collection: readAlsoLinksSlug,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { from: true, fromPublished: true, position: true, text: true },
    sort: 'position',
  })
  const rows = new Map<string, string[]>()
  const orphans: (number | string)[] = []
  const ids = new Set(articles.docs.map((doc) => String(doc.id)))
  for (const link of links.docs) {
    const from = String(typeof link.from === 'object' && link.from ? link.from.id : link.from)
    if (!ids.has(from)) orphans.push(link.id)
    else rows.set(from, [...(rows.get(from) ?? []), `${link.position}\u0000${link.text}\u0000${Boolean(link.fromPublished)}`])
  }
  if (orphans.length > 0) await payload.db.deleteMany({ collection: readAlsoLinksSlug, where: { id: { in: orphans } } })
  let repaired = 0
  for (const doc of articles.docs) {
    const published = doc._status === 'published'
    const expected = collectReadAlso(doc.body as never).map((ref) => `${ref.position}\u0000${ref.text}\u0000${published}`)
    if (JSON.stringify(rows.get(String(doc.id)) ?? []) === JSON.stringify(expected)) continue
    const req = await createLocalReq({}, payload)
    await syncArticleLinks(req, doc as never)
    repaired++
  }
  if (repaired + orphans.length > 0) {
    payload.logger.warn(`Read-also links: re-derived those of ${repaired} article(s) and removed ${orphans.length} row(s) of missing articles, left by an interrupted save`)
  }
  return repaired
}
