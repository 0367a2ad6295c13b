import type { CollectionConfig, Config, Field } from 'payload'

import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { seoPlugin } from '@payloadcms/plugin-seo'
import path from 'node:path'

import { ArticleAliases } from '../collections/ArticleAliases'
import { ChangeLog } from '../collections/ChangeLog'
import { articlesCollection } from '../collections/Articles'
import { Authors } from '../collections/Authors'
import { creditField, mediaCollection } from '../collections/Media'
import { ReadAlsoLinks } from '../collections/ReadAlsoLinks'
import { ReadAlsoSaves } from '../collections/ReadAlsoSaves'
import { Sources } from '../collections/Sources'
import { Topics } from '../collections/Topics'
import { roleField, Users } from '../collections/Users'
import { WebhookDeliveries, Webhooks } from '../collections/Webhooks'
import { withRoleRules } from './access/users'
import { countArticlesByStatus } from './counts'
import { cacheAnonymousReads } from './readCache'
import { bodyHtmlField, defaultArticleUrl, type DeliveryUrls } from './delivery/bodyHtml'
import { changesEndpoint, defaultChangesRetentionDays, rememberWrittenRows, withChangeLog } from './delivery/changes'
import { jsonLdEndpoint, jsonLdField } from './delivery/jsonLd'
import { defaultWebhookOptions, deliverWebhookTaskConfig, type WebhookOptions, withWebhooks } from './delivery/webhooks'
import { withBoundedGraphQLJoins } from './graphqlJoins'
import { withBatchedGraphQLJoins } from './readAlso/joins'
import { markInterruptibleSaves } from './readAlso/markers'
import { defaultReadAlsoPrefixes } from './readAlso/prefixes'
import { repairOnStart } from './readAlso/repair'
import { refreshStaleStatistics } from './statistics'
import { whileConnected } from './timers'
import { defaultJobLeaseSeconds, watchStaleJobs } from './workflow/jobLease'
import { defaultScheduleCron, withScheduleRunner } from './workflow/schedule'

export type NewsroomOptions = {
  /** The path of a story on the site, from its slug (default `/articles/<slug>`): links in `bodyHtml`. */
  articleUrl?: DeliveryUrls['articleUrl']
  /** How many days `/api/changes` remembers deletions; an older cursor answers 410 ("pull everything"). */
  changesRetentionDays?: number
  /**
   * Seconds without progress after which a job of the newsroom's own (a scheduled publication, a webhook delivery)
   * still marked as running is taken for one whose runner was killed, and is run again (default 300;
   * `NEWSROOM_JOB_LEASE_SECONDS`). Must exceed the webhook request timeout.
   */
  jobLeaseSeconds?: number
  /** Where the Media collection stores uploads when the app has no `media` collection of its own. */
  mediaDir?: string
  /** Line openers that mark a pasted "Read also" paragraph; case, quotes and dashes do not matter. */
  readAlsoPrefixes?: string[]
  /**
   * Cron (seconds first) of the runner of scheduled publications inside the server process, or false when a separate
   * worker (`payload jobs:run`) runs them. `NEWSROOM_JOBS=worker` turns the in-process runner off too.
   */
  scheduleCron?: false | string
  /** The site's base URL, e.g. "https://news.example"; `NEWSROOM_SITE_URL` when not given. */
  siteUrl?: string
  /** Retries, first retry delay and request timeout of webhook deliveries (the Webhooks collection). */
  webhooks?: WebhookOptions
}

const defaults: Required<NewsroomOptions> = {
  articleUrl: defaultArticleUrl,
  changesRetentionDays: defaultChangesRetentionDays,
  jobLeaseSeconds: Number(process.env.NEWSROOM_JOB_LEASE_SECONDS) || defaultJobLeaseSeconds,
  mediaDir: path.resolve('data', 'media'),
  readAlsoPrefixes: defaultReadAlsoPrefixes,
  scheduleCron: defaultScheduleCron,
  siteUrl: process.env.NEWSROOM_SITE_URL ?? '',
  webhooks: defaultWebhookOptions,
}

/** The newsroom's own panel above the admin dashboard (src/components/NewsroomDashboard.tsx). */
const newsroomDashboardComponent = 'newsroom-cms/components/NewsroomDashboard#NewsroomDashboard'

const ownSlugs = ['articles', 'authors', 'sources', 'topics', ReadAlsoLinks.slug, ReadAlsoSaves.slug, ArticleAliases.slug, ChangeLog.slug, Webhooks.slug, WebhookDeliveries.slug]

function withField(collection: CollectionConfig, field: Field): CollectionConfig {
  const name = 'name' in field ? field.name : undefined
  const present = collection.fields.some((existing) => 'name' in existing && existing.name === name)
  return present ? collection : { ...collection, fields: [...collection.fields, field] }
}

/**
 * The newsroom content model as a Payload plugin: Articles, Authors, Sources and Topics, plus the Users role and
 * Media credit they rely on. An app that already has `users` or `media` keeps its own, extended with what is missing.
 */
export const newsroom =
  (options: NewsroomOptions = {}) =>
  (incoming: Config): Config => {
    const settings = { ...defaults, ...options }
    const webhookTimeoutMs = Number(process.env.NEWSROOM_WEBHOOK_TIMEOUT_MS) || settings.webhooks.timeoutMs || defaultWebhookOptions.timeoutMs
    if (!(settings.jobLeaseSeconds * 1000 > webhookTimeoutMs)) {
      throw new Error(
        `newsroom(): jobLeaseSeconds (${settings.jobLeaseSeconds}) must be longer than the webhook request timeout (${webhookTimeoutMs} ms), or a delivery still waiting for its answer would be run twice.`,
      )
    }
    const existing = incoming.collections ?? []
    const taken = existing.filter((collection) => ownSlugs.includes(collection.slug))
    if (taken.length > 0) {
      throw new Error(
        `newsroom(): the app already defines the collection(s) ${taken.map((c) => `"${c.slug}"`).join(', ')}, which the newsroom plugin provides; remove or rename them.`,
      )
    }

    const usersSlug = incoming.admin?.user ?? 'users'
    const hasUsers = existing.some((collection) => collection.slug === usersSlug)
    const hasMedia = existing.some((collection) => collection.slug === 'media')

    const collections = existing.map((collection) => {
      if (collection.slug === usersSlug) return withRoleRules(withField(collection, roleField))
      if (collection.slug === 'media') return withField(collection, { ...creditField, required: false } as Field)
      return collection
    })
    if (!hasUsers) collections.push(Users)
    if (!hasMedia) collections.push(mediaCollection(settings.mediaDir))
    const articles = articlesCollection({ readAlsoPrefixes: settings.readAlsoPrefixes, usersSlug })
    const urls = { articleUrl: settings.articleUrl, siteUrl: settings.siteUrl }
    const withBody = withField(articles, bodyHtmlField(urls))
    const delivered = { ...withField(withBody, jsonLdField(urls)), endpoints: [...(articles.endpoints || []), jsonLdEndpoint(urls)] }
    collections.push(delivered, Authors, Sources, Topics, ReadAlsoLinks, ReadAlsoSaves, ArticleAliases)
    collections.push(ChangeLog, Webhooks, WebhookDeliveries)
    const jobs = withScheduleRunner(incoming.jobs, { scheduleCron: settings.scheduleCron })

    const config: Config = {
      ...incoming,
      admin: {
        ...incoming.admin,
        components: { ...incoming.admin?.components, beforeDashboard: [...(incoming.admin?.components?.beforeDashboard ?? []), newsroomDashboardComponent] },
        user: usersSlug,
      },
      collections: collections.map((collection) => withWebhooks(withChangeLog(collection), urls)),
      graphQL: withBoundedGraphQLJoins(withBatchedGraphQLJoins(incoming.graphQL)),
      endpoints: [...(incoming.endpoints ?? []), changesEndpoint({ retentionDays: settings.changesRetentionDays })],
      jobs: { ...jobs, tasks: [...(jobs?.tasks ?? []), deliverWebhookTaskConfig(settings.webhooks)] },
      // SQLite: saves mark the window between an article row and its link rows, and a start after a killed
      // process repairs what such a save left half done (after the app's own start-up, its migrations included).
      // Then jobs a killed runner left claimed go back to the queue once their lease is over.
      onInit: async (payload) => {
        markInterruptibleSaves(payload)
        rememberWrittenRows(payload)
        await incoming.onInit?.(payload)
        // List totals from the per-status counts the migrations keep, not from counting the archive.
        await countArticlesByStatus(payload)
        // Anonymous REST reads answered again while the content generation the migrations keep has not moved.
        await cacheAnonymousReads(payload)
        await repairOnStart(payload)
        watchStaleJobs(payload, settings.jobLeaseSeconds)
        // SQLite, when NEWSROOM_STATS_CHECK_SECONDS is set: the connection's planner statistics follow other
        // processes' imports and the archive's growth. Off by default: its ANALYZE, run while another process (an
        // import) writes, can leave this connection on its old snapshot, and its later writes then fail
        // (SQLITE_BUSY_SNAPSHOT; seen in test/import.test.ts).
        const statsSeconds = Number(process.env.NEWSROOM_STATS_CHECK_SECONDS)
        if (payload.db.name === 'sqlite' && statsSeconds > 0) {
          whileConnected(payload, statsSeconds * 1000, 'Planner statistics check', () => refreshStaleStatistics(payload))
        }
      },
    }

    return [
      nestedDocsPlugin({
        collections: ['topics'],
        generateLabel: (_, doc) => String(doc.name ?? ''),
        generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug ?? '')}`, ''),
      }),
      seoPlugin({
        collections: ['articles'],
        generateDescription: ({ doc }) => (doc as { dek?: string }).dek ?? '',
        generateTitle: ({ doc }) => (doc as { title?: string }).title ?? '',
        uploadsCollection: 'media',
      }),
    ].reduce<Config>((acc, plugin) => plugin(acc) as Config, config)
  }

export { cacheAnonymousGraphQL } from './readCache'
