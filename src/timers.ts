import type { Payload } from 'payload'

/**
 * Runs `task` now and then every `intervalMs` while the database connection is open, logging its failures; the timer
 * does not keep a process alive.
 */
export function whileConnected(payload: Payload, intervalMs: number, name: string, task: () => Promise<unknown>): void {
  let closed = false
  let running = false
  const run = () => {
    if (closed || running) return
    running = true
    task()
      .catch((err: unknown) => {
        if (!closed) payload.logger.error({ err, msg: `${name} failed` })
      })
      .finally(() => (running = false))
  }
  run()
  const timer = setInterval(run, intervalMs)
  timer.unref()
  const destroy = payload.db.destroy?.bind(payload.db)
  payload.db.destroy = async () => {
    closed = true
    clearInterval(timer)
    await destroy?.()
  }
}
