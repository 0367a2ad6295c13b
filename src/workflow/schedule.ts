import type { CollectionBeforeOperationHook, Config, Endpoint, Field, FieldHook, JobsConfig, PayloadRequest, Where } from 'payload'

import { APIError, Forbidden } from 'payload'

import { hasRole } from '../access/roles'
import { editorsField } from '../access/content'
import { findRows } from '../sqlRows'

/** How often the in-process runner looks for due scheduled publications (seconds field first). */
export const defaultScheduleCron = '*/2 * * * * *'

type PendingSchedule = { at: string; type: 'publish' | 'unpublish' }

/**
 * The pending scheduled publications of a collection, read once per request: the documents of a list run their read
 * hooks side by side, so the first one's query (not its result) is what the others share.
 */
function pendingSchedules(req: PayloadRequest, collection: string): Promise<Map<string, PendingSchedule[]>> {
  const key = `newsroom:schedules:${collection}`
  const cached = req.context[key] as Promise<Map<string, PendingSchedule[]>> | undefined
  if (cached) return cached
  const loading = readSchedules(req, collection)
  req.context[key] = loading
  return loading
}

/** The scheduled publish and unpublish jobs of a collection that have yet to run. */
export function pendingSchedulesWhere(collection: string): Where {
  return {
    and: [
      { taskSlug: { equals: 'schedulePublish' } },
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { 'input.doc.relationTo': { equals: collection } },
    ],
  }
}

async function readSchedules(req: PayloadRequest, collection: string): Promise<Map<string, PendingSchedule[]>> {
  // One plain statement on the SQL adapters (the jobs of the task not yet completed; the rest is sifted here): a
  // staff member's every read of articles asks it, and Payload's adapter `find` costs several times the statement.
  const plain = await findRows(req, 'payload-jobs', { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { equals: null } }] }, 'waitUntil', {
    hasError: true,
    input: true,
    waitUntil: true,
  })
  const docs =
    plain?.filter((job) => job.hasError !== true && (job.input as { doc?: { relationTo?: unknown } } | null)?.doc?.relationTo === collection) ??
    (
      await req.payload.find({
        collection: 'payload-jobs',
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        req,
        // The job's input and time only: its log (a JSON aggregate of every attempt) is not read.
        select: { input: true, waitUntil: true },
        sort: 'waitUntil',
        where: pendingSchedulesWhere(collection),
      })
    ).docs
  const byDoc = new Map<string, PendingSchedule[]>()
  // The fields selected, typed alike in the app (its generated types) and in the plugin's build (Payload's own).
  for (const job of docs as { input?: unknown; waitUntil?: null | string }[]) {
    const input = job.input as { doc?: { value?: unknown }; type?: string } | undefined
    const id = input?.doc?.value
    if (id === undefined || !job.waitUntil) continue
    const list = byDoc.get(String(id)) ?? []
    list.push({ at: job.waitUntil, type: input?.type === 'unpublish' ? 'unpublish' : 'publish' })
    byDoc.set(String(id), list)
  }
  return byDoc
}

/** Ids of the stories of `collection` with a scheduled publish still to run (read afresh, not from the request's cache). */
export async function scheduledPublications(req: PayloadRequest, collection: string): Promise<string[]> {
  const schedules = await readSchedules(req, collection)
  return [...schedules].filter(([, list]) => list.some(({ type }) => type === 'publish')).map(([id]) => id)
}

const describeSchedules: FieldHook = async ({ collection, data, req }) => {
  if (!req.user || !hasRole(req, 'editor') || !collection || data?.id === undefined) return null
  const schedules = (await pendingSchedules(req, collection.slug)).get(String(data.id)) ?? []
  if (schedules.length === 0) return null
  return schedules.map(({ at, type }) => `${type === 'publish' ? 'Publish' : 'Unpublish'} ${at.replace('T', ' ').slice(0, 16)} UTC`).join('; ')
}

/**
 * `beforeOperation` of a collection with the `scheduled` column: an editor's read shows each story's pending
 * schedules, so they are read beside Payload's own statements (on PostgreSQL, on a connection of their own) instead
 * of after them, as the column's hook would. Reads that select fields leave it to the hook.
 */
export const readSchedulesEarly: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'read' && req.user && hasRole(req, 'editor') && !(args as { select?: unknown }).select) {
    pendingSchedules(req, collection.slug).catch(() => undefined)
  }
  return args
}

/** A read-only list column naming a story's pending scheduled publish or unpublish, for editors. */
export const scheduledField: Field = {
  name: 'scheduled',
  type: 'text',
  access: { create: () => false, read: editorsField, update: () => false },
  admin: { description: 'Pending scheduled publish or unpublish.', position: 'sidebar', readOnly: true },
  hooks: { afterRead: [describeSchedules] },
  label: 'Scheduled',
  virtual: true,
}

/**
 * POST /api/articles/:id/schedule with JSON { type: "publish" | "unpublish", at: ISO date }: queues the same job the
 * admin's Schedule drawer queues, run as the editor who scheduled it. Editors and admins only.
 */
export const scheduleEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new Forbidden(req.t)
    if (!hasRole(req, 'editor')) throw new APIError('Only an editor schedules a publication.', 403, {}, true)
    const id = req.routeParams?.id as string
    const body = (await req.json?.().catch(() => undefined)) as { at?: unknown; type?: unknown } | undefined
    const type = body?.type ?? 'publish'
    if (type !== 'publish' && type !== 'unpublish') throw new APIError('"type" must be "publish" or "unpublish".', 400, {}, true)
    const at = typeof body?.at === 'string' ? new Date(body.at) : undefined
    if (!at || Number.isNaN(at.getTime())) throw new APIError('"at" must be a date and time, e.g. 2026-05-01T08:00:00Z.', 400, {}, true)
    if (at.getTime() <= Date.now()) throw new APIError('"at" must lie in the future.', 400, {}, true)
    // Found through access, so a story the editor cannot see answers 404.
    await req.payload.findByID({ collection: 'articles', depth: 0, draft: true, id, overrideAccess: false, req })
    // The admin's drawer stores the id as a string too; the task converts it back.
    const input = { type, doc: { relationTo: 'articles', value: String(id) }, user: { relationTo: req.user.collection, value: req.user.id } }
    const job = await req.payload.jobs.queue({
      input: input as never,
      req,
      task: 'schedulePublish',
      waitUntil: at,
    })
    return Response.json({ at: at.toISOString(), id: job.id, type }, { status: 201 })
  },
  method: 'post',
  path: '/:id/schedule',
}

export type ScheduleOptions = {
  /** Cron (with seconds) of the runner inside the server process; false when a separate worker runs the jobs. */
  scheduleCron?: false | string
}

const editorsRunJobs = ({ req }: { req: PayloadRequest }) => hasRole(req, 'editor')

const runnerKey = Symbol.for('newsroom.jobRunner')

/**
 * Makes `payload` the one instance of this process whose cron runs jobs. A process can hold two Payload instances
 * (the Express host's and the one inside Next's bundle); each would run the queue on its own cron, and on SQLite two
 * runners in one process can claim the same job. The Express host starts its crons at boot, so that due jobs run
 * after a restart even before the first request reaches Next (whose instance starts its crons on its first request).
 */
export function claimJobRunner(payload: object): void {
  ;(globalThis as Record<symbol, unknown>)[runnerKey] = payload
}

/**
 * Adds the runner of scheduled publications to the app's jobs settings, keeping the app's own tasks, workflows and
 * runners. `NEWSROOM_JOBS=worker` leaves the jobs to a separate `payload jobs:run` process.
 */
export function withScheduleRunner(jobs: JobsConfig | undefined, { scheduleCron = defaultScheduleCron }: ScheduleOptions): Config['jobs'] {
  const own = jobs?.autoRun
  const inServer = scheduleCron !== false && process.env.NEWSROOM_JOBS !== 'worker'
  const ownShouldAutoRun = jobs?.shouldAutoRun
  return {
    ...jobs,
    // Payload lets every signed-in account run, queue and cancel jobs over HTTP (`/api/payload-jobs/run`): a
    // contributor could run the publishing queue. Editors and admins only, unless the app sets its own rules.
    access: { cancel: editorsRunJobs, queue: editorsRunJobs, run: editorsRunJobs, ...jobs?.access },
    shouldAutoRun: async (payload) => {
      const runner = (globalThis as Record<symbol, unknown>)[runnerKey]
      if (runner && runner !== payload) return false
      return ownShouldAutoRun ? ownShouldAutoRun(payload) : true
    },
    autoRun: async (payload) => {
      const hosts = typeof own === 'function' ? await own(payload) : (own ?? [])
      const runsDefault = hosts.some((entry) => (entry.queue ?? 'default') === 'default' || entry.allQueues)
      return inServer && !runsDefault ? [...hosts, { cron: scheduleCron, limit: 20, queue: 'default' }] : hosts
    },
  }
}
