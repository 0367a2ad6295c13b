import type { Payload, PayloadRequest } from 'payload'

import type { Article } from '../documents'

import { articlesCollection } from '../../collections/Articles'
import { defaultArticleUrl } from '../delivery/bodyHtml'
import { withChangeLog } from '../delivery/changes'
import { notifyImported, withWebhooks } from '../delivery/webhooks'
import { headlineKey, slugKey } from '../readAlso/keys'
import { lockBeforeWriting } from '../readAlso/lock'
import { convertReadAlsoParagraphs } from '../readAlso/parse'
import { configuredPrefixes } from '../readAlso/prefixes'
import { isApiOnly } from '../hooks/apiOnly'
import { sqlAdapter, sqlSession } from '../sql'

/** An article as the importer builds it, before the Articles hooks would run. */
export type ImportedArticle = {
  _status: 'draft' | 'published'
  authors: Article['id'][]
  body: NonNullable<Article['body']>
  dateline: null | string
  hero: { caption: null | string; credit: null | string }
  importedContentHash: string
  importHash: string
  publishedAt: null | string
  sourceKey: string
  sourceModifiedAt: null | string
  sourcePageHash: string
  slug: string
  sources: Article['id'][]
  title: string
}

/** An article as written, in the shape the Read-also sync reads. */
export type WrittenArticle = Pick<Article, '_status' | 'body' | 'headlineKey' | 'id' | 'publishedAt' | 'slug' | 'slugKey' | 'title'>

/** Columns an import leaves empty. Any other column the importer does not write means Articles was extended. */
// readAlsoPending flags a save outside a transaction (src/readAlso/markers.ts); this writer runs in one.
const untouchedColumns = new Set(['dek', 'hero_image', 'id', 'meta_description', 'meta_image', 'meta_title', 'readAlsoPending'])

const emptyArticle: ImportedArticle = {
  _status: 'draft',
  authors: [],
  body: { root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } },
  dateline: null,
  hero: { caption: null, credit: null },
  importedContentHash: '',
  importHash: '',
  publishedAt: null,
  sourceKey: '',
  sourceModifiedAt: null,
  sourcePageHash: '',
  slug: '',
  sources: [],
  title: '',
}

/**
 * Writes many new articles in a handful of multi-row INSERTs (articles, their relationships, their first versions
 * and those versions' relationships) in the caller's transaction, producing the rows Payload's create would: the
 * Articles hooks' work (Read-also blocks, lookup keys, publication time, slug) is done here with the same helpers,
 * and test/import.test.ts compares the result with a Payload create of the same story. Returns a reason instead when
 * the database or the collection is not one this can write for: a document database, or an Articles collection
 * that an app extended with fields or hooks of its own (those must run, so such imports go through Payload).
 */
export function bulkArticleWriter(
  payload: Payload,
): { reason: string } | { write: (req: PayloadRequest, articles: ImportedArticle[]) => Promise<WrittenArticle[]> } {
  const adapter = sqlAdapter(payload)
  const main = adapter?.tables.articles
  const rels = adapter?.tables.articles_rels
  const versions = adapter?.tables._articles_v
  const versionRels = adapter?.tables._articles_v_rels
  if (!adapter || !main || !rels || !versions || !versionRels) return { reason: `the ${payload.db.name} adapter has no SQL tables` }

  const config = payload.collections.articles?.config
  // The change log's and the webhooks' hooks are the newsroom's own too; their rows and jobs are written below.
  const own = withWebhooks(withChangeLog(articlesCollection()), { articleUrl: defaultArticleUrl, siteUrl: '' }).hooks ?? {}
  const changeLog = adapter.tables.change_log
  for (const [kind, hooks] of Object.entries(config?.hooks ?? {})) {
    const expected = own[kind as keyof typeof own]?.length ?? 0
    if ((hooks as unknown[]).filter((hook) => !isApiOnly(hook)).length !== expected) return { reason: `Articles has ${kind} hooks added by the app` }
  }
  const prefixes = configuredPrefixes(payload)

  const written = (article: ImportedArticle, now: string, user: unknown = null) => ({
    _status: article._status,
    body: convertReadAlsoParagraphs(article.body, prefixes),
    createdAt: now,
    createdBy: user,
    dateline: article.dateline,
    generateSlug: false,
    headlineKey: headlineKey(article.title),
    hero_caption: article.hero.caption,
    hero_credit: article.hero.credit,
    importedContentHash: article.importedContentHash,
    importHash: article.importHash,
    publishedAt: article.publishedAt ?? (article._status === 'published' ? now : null),
    slug: article.slug,
    slugKey: slugKey(article.slug),
    sourceKey: article.sourceKey,
    sourceModifiedAt: article.sourceModifiedAt,
    sourcePageHash: article.sourcePageHash,
    title: article.title,
    updatedAt: now,
    updatedBy: user,
    workflow: 'draft',
  })
  const sample = written(emptyArticle, '')
  const columns = Object.entries(main).flatMap(([key, value]) => (value && typeof value === 'object' && 'columnType' in value ? [key] : []))
  const extra = columns.filter((column) => !(column in sample) && !untouchedColumns.has(column))
  if (extra.length > 0) return { reason: `Articles has fields added by the app (${extra.join(', ')})` }
  const missing = Object.keys(sample).filter((column) => !(column in main) || !(`version_${column}` in versions))
  if (missing.length > 0) return { reason: `the articles table lacks ${missing.join(', ')}` }

  const relationRows = (parent: unknown, article: ImportedArticle, prefix: string) => [
    ...article.authors.map((id, index) => ({ authorsID: id, order: index + 1, parent, path: `${prefix}authors` })),
    ...article.sources.map((id, index) => ({ order: index + 1, parent, path: `${prefix}sources`, sourcesID: id })),
  ]

  return {
    write: async (req, articles) => {
      if (articles.length === 0) return []
      const session = await sqlSession(req, adapter)
      // The content lock before the first write, as a save takes it (link syncs and the change log's order need it).
      await lockBeforeWriting(req)
      const now = new Date().toISOString()
      const rows = articles.map((article) => written(article, now, req.user?.id ?? null))
      // Matched back by slug (unique), not by position: RETURNING promises no order.
      const ids = new Map((await session.insert(main).values(rows).returning({ id: main.id, slug: main.slug })).map((row) => [row.slug, row.id]))
      const idOf = (article: ImportedArticle) => ids.get(article.slug) as Article['id']

      const relations = articles.flatMap((article) => relationRows(idOf(article), article, ''))
      if (relations.length > 0) await session.insert(rels).values(relations)
      const versionRows = rows.map((row, index) => ({
        ...Object.fromEntries(Object.entries(row).map(([column, value]) => [`version_${column}`, value])),
        autosave: false,
        createdAt: now,
        latest: true,
        parent: idOf(articles[index]!),
        updatedAt: now,
      }))
      const versionIds = new Map((await session.insert(versions).values(versionRows).returning({ id: versions.id, parent: versions.parent })).map((row) => [String(row.parent), row.id]))
      const versionRelations = articles.flatMap((article) =>
        relationRows(versionIds.get(String(idOf(article))), article, 'version.'),
      )
      if (versionRelations.length > 0) await session.insert(versionRels).values(versionRelations)
      if (changeLog) {
        await session.insert(changeLog).values(
          rows.map((row, index) => ({
            collection: 'articles',
            createdAt: now,
            deleted: false,
            doc: String(idOf(articles[index]!)),
            published: row._status === 'published',
            slug: row.slug,
            status: row._status,
            updatedAt: now,
            wasPublished: false,
          })),
        )
      }

      const stories = rows.map((row, index) => ({ ...row, id: idOf(articles[index]!) }) as WrittenArticle)
      await notifyImported(req, stories.map((story, index) => ({ ...story, authors: articles[index]!.authors })))
      return stories
    },
  }
}
