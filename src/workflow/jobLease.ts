import type { Payload, Where } from 'payload'

import { whileConnected } from '../timers'

/**
 * Jobs of the newsroom's own tasks that a runner claimed (`processing`) and then stopped working on: its process was
 * killed, the machine lost power. Payload only picks jobs that are not processing, so such a job would wait forever;
 * a scheduled publication would never happen, a webhook never be delivered. A runner touches a job (its updatedAt) when
 * it claims it and each time it records progress, so a job processing with no touch for longer than the lease is one
 * nobody runs any more: it is handed back to the queue, and a runner picks it up again like a retry.
 *
 * Only the newsroom's own tasks are released: their runs are short and bounded (a publication, one webhook request
 * with a timeout), so a lease of minutes cannot cut a live run short. An app's own long tasks are left to the app.
 */
export const newsroomTaskSlugs = ['schedulePublish', 'deliverWebhook']

export const defaultJobLeaseSeconds = 300

export function staleJobsWhere(leaseSeconds: number, now = Date.now()): Where {
  return {
    and: [
      { processing: { equals: true } },
      { completedAt: { exists: false } },
      { taskSlug: { in: newsroomTaskSlugs } },
      { updatedAt: { less_than: new Date(now - leaseSeconds * 1000).toISOString() } },
    ],
  }
}

/** Hands the newsroom's jobs left processing for longer than the lease back to the queue; answers how many. */
export async function releaseStaleJobs(payload: Payload, leaseSeconds: number): Promise<number> {
  const released = (await payload.db.updateJobs({
    data: { processing: false },
    returning: true,
    where: staleJobsWhere(leaseSeconds),
  })) as { id: number | string; taskSlug?: null | string }[] | null
  const count = released?.length ?? 0
  if (count > 0) {
    const list = released!.map((job) => `${job.id} (${job.taskSlug})`).join(', ')
    payload.logger.warn(`Jobs: handed back to the queue ${count} job(s) left processing for over ${leaseSeconds} s by a runner that stopped: ${list}`)
  }
  return count
}

/**
 * Releases stale jobs at start and then every half lease (at most every minute), in every process that boots the app:
 * the server's own runner and a separate `payload jobs:run` worker alike. The timer does not keep a process alive and
 * stops when the database connection is closed.
 */
export function watchStaleJobs(payload: Payload, leaseSeconds: number): void {
  whileConnected(payload, Math.min(leaseSeconds * 500, 60_000), 'Jobs: releasing stale jobs', () => releaseStaleJobs(payload, leaseSeconds))
}
