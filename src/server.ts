import config from '@payload-config'
import express from 'express'
import next from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload } from 'payload'

import { bodyLimits } from './http/body'
import { securityHeaders } from './http/headers'
import { queryChecks } from './http/query'
import { deliveryRoutes } from './delivery/feeds'
import { claimJobRunner } from './workflow/schedule'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The site's icon: a folded front page. Browsers ask for /favicon.ico whatever the page's head names. */
const icon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="3" y="4" width="26" height="24" rx="3" fill="#1f2933"/>' +
  '<rect x="7" y="8" width="18" height="4" fill="#f5f7fa"/><rect x="7" y="15" width="8" height="9" fill="#f5f7fa"/>' +
  '<rect x="17" y="15" width="8" height="2" fill="#f5f7fa"/><rect x="17" y="19" width="8" height="2" fill="#f5f7fa"/>' +
  '<rect x="17" y="23" width="5" height="1" fill="#f5f7fa"/></svg>'

/**
 * One Express process: /healthz, then Payload's Next.js app (admin at /admin, REST at /api, GraphQL at
 * /api/graphql). Payload starts first so that migrations and demo content are in place before the first request.
 */
export async function startServer({ port = Number(process.env.PORT ?? 3000) } = {}) {
  const dev = process.env.NODE_ENV !== 'production'
  // No outbound requests at run time: Next's usage telemetry stays off unless asked for.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  // Next's bundle loads its own copy of Payload, whose error classes must match the instance that throws them:
  // this process keeps a separate instance (own cache key) for start-up work and /healthz. Its start runs the
  // plugin's repair of saves a killed server left half done (SQLite), before anything is served. Its crons run the
  // jobs queue from the start (scheduled publications, webhook deliveries), not from the first request.
  const payload = await getPayload({ config, cron: true, key: 'express-host' })
  claimJobRunner(payload)
  const nextApp = next({ dev, dir: root })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const app = express()
  app.disable('x-powered-by')
  app.use(securityHeaders())
  app.get('/healthz', async (_req, res) => {
    try {
      await payload.count({ collection: 'users', overrideAccess: true })
      res.json({ database: payload.db.name, status: 'ok' })
    } catch (error) {
      res.status(503).json({ error: (error as Error).message, status: 'database unavailable' })
    }
  })
  app.get(['/favicon.ico', '/favicon.svg'], (_req, res) => {
    res.set({ 'cache-control': 'public, max-age=86400', 'content-type': 'image/svg+xml' }).send(icon)
  })
  app.use(queryChecks())
  app.use(bodyLimits())
  // Feeds and sitemaps of published content (src/delivery/feeds.ts).
  app.use(deliveryRoutes(payload))
  // Express 5 rejects a bare '*' route: hand every other request to Next.
  app.use((req, res) => handle(req, res))

  const server = app.listen(port, () => {
    payload.logger.info(`Newsroom listening on http://localhost:${port}/admin (${dev ? 'development' : 'production'})`)
  })
  return server
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  startServer().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
