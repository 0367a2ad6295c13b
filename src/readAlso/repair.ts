import type { Payload, Where } from 'payload'

import type { ReadAlsoSave } from '../documents'

import { createLocalReq } from 'payload'

import { readAlsoLinksSlug } from '../../collections/ReadAlsoLinks'
import { readAlsoSavesSlug } from '../../collections/ReadAlsoSaves'
import { clearFlags, deleteMarkers, flaggedSaves, runningElsewhere } from './markers'
import { collectReadAlso } from './parse'
import { syncArticleLinks } from './sync'

/**
 * Repairs what saves interrupted by a killed process (SIGKILL, power cut) left behind. On SQLite, where Payload saves
 * without transactions, a save writes the article row (flagged `readAlsoPending`) first and its link rows afterwards,
 * and a delete releases the links under a marker row (see src/readAlso/markers.ts): a process killed in between
 * leaves the flag or the marker, and a story whose links are missing or those of its previous body, or link rows of
 * an article deleted meanwhile. Runs before this process saves anything; flags and markers of saves that another live
 * process of this host is running are left to it.
 *
 * Without either (every normal start) this is one query on the empty markers table and one on the flag's index. With
 * them, it re-derives the links of the articles they name (and, for a create's marker an earlier version left, of
 * those updated since) where they do not match the body, removes link rows whose article no longer exists, then the
 * markers and flags. Returns the number of articles whose links were re-derived.
 */
export async function repairInterruptedLinks(payload: Payload): Promise<number> {
  if (!payload.collections[readAlsoSavesSlug]) return 0
  const { docs } = await payload.db.find({ collection: readAlsoSavesSlug, limit: 0, pagination: false })
  const markers = (docs as unknown as ReadAlsoSave[]).filter((marker) => !runningElsewhere(marker.owner))
  const flagged = (await flaggedSaves(payload)).filter((row) => !runningElsewhere(row.owner)).map((row) => row.id)
  if (markers.length === 0 && flagged.length === 0) return 0

  const named = [...new Set([...flagged, ...markers.flatMap((marker) => (marker.article ? [String(marker.article)] : []))])]
  const creates = markers.filter((marker) => !marker.article).map((marker) => String(marker.since))
  const since = creates.length > 0 ? creates.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : undefined
  const or: Where[] = []
  if (named.length > 0) or.push({ id: { in: named } })
  if (since) or.push({ updatedAt: { greater_than_equal: since } })

  const articles = await payload.find({
    collection: 'articles',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { _status: true, body: true, headlineKey: true, publishedAt: true, slug: true, slugKey: true, title: true, updatedAt: true },
    where: { or },
  })
  const ids = new Set(articles.docs.map((doc) => String(doc.id)))
  // The rows of those articles, of the named ones that are gone, and rows whose article's delete emptied their source.
  const links = await payload.find({
    collection: readAlsoLinksSlug,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { from: true, fromPublished: true, position: true, text: true },
    sort: 'position',
    where: { or: [{ from: { in: [...new Set([...ids, ...named])] } }, { from: { exists: false } }] },
  })
  const rows = new Map<string, string[]>()
  const orphans: (number | string)[] = []
  for (const link of links.docs) {
    const from = link.from == null ? null : String(typeof link.from === 'object' ? (link.from as { id: number | string }).id : link.from)
    if (from === null || !ids.has(from)) orphans.push(link.id)
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
  await deleteMarkers(payload, markers.map((marker) => marker.id))
  await clearFlags(payload, flagged)
  if (repaired + orphans.length > 0) {
    payload.logger.warn(`Read-also links: re-derived those of ${repaired} article(s) and removed ${orphans.length} row(s) of missing articles, left by an interrupted save`)
  }
  return repaired
}

/** Processes that have run the repair, per database: the app's second Payload instance (Next's) need not again. */
const repairedDatabases: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('newsroom-cms.readAlso.repaired')] ??= new Set<string>()) as Set<string>

/**
 * The repair as the plugin runs it on start (SQLite only), once per process and database: the first Payload instance
 * repairs before it serves; another one in the same process (Next's copy) would find only markers of saves running.
 * A repair that fails (a database not migrated yet, one locked by another process) does not stop the app: it is
 * logged, the markers stay, and the next start tries again.
 */
export async function repairOnStart(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const url = String((payload.db as unknown as { clientConfig?: { url?: string } }).clientConfig?.url ?? '')
  if (repairedDatabases.has(url)) return
  repairedDatabases.add(url)
  try {
    await repairInterruptedLinks(payload)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Read-also links: the repair of interrupted saves failed; it runs again on the next start' })
  }
}
