/**
 * One HTTP host for both apps of the benchmark, so that they are served alike: Payload's REST endpoints
 * (`handleEndpoints`) and GraphQL on a plain node:http server, for the newsroom config or the bare one
 * (`node bench/server.ts ours|bare`). The admin panel (Next.js) is not served. Reports its peak resident memory
 * at /bench/memory (and resets it with ?reset=1). Prints "listening <port>" when ready.
 */
import http from 'node:http'

const app = process.argv[2] === 'bare' ? 'bare' : 'ours'
const { default: config } = app === 'bare' ? await import('./bare.config') : await import('../payload.config')
const { createPayloadRequest, getPayload, handleEndpoints } = await import('payload')
const { configToSchema } = await import('@payloadcms/graphql')
const { graphql } = await import('graphql')

const payload = await getPayload({ config })
const { schema } = configToSchema(payload.config)

/** GraphQL as Payload's /api/graphql route answers it; the newsroom's route keeps anonymous answers (src/readCache.ts). */
async function graphqlAnswer(request: Request): Promise<Response> {
  const payloadReq = await createPayloadRequest({ config, request })
  const { query, variables } = JSON.parse((await request.text()) || '{}')
  // As Payload's /api/graphql handler does: the request carries the document it runs.
  payloadReq.data = { query, variables }
  const result = await graphql({ contextValue: { headers: {}, req: payloadReq }, schema, source: query, variableValues: variables })
  return Response.json(result, { status: result.errors?.length ? 400 : 200 })
}
const graphqlRoute = app === 'bare' ? graphqlAnswer : (await import('../src/readCache')).cacheAnonymousGraphQL(graphqlAnswer, config)

let peak = process.memoryUsage().rss
setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20).unref()

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
    if (url.pathname === '/bench/memory') {
      res.end(JSON.stringify({ peak, rss: process.memoryUsage().rss }))
      if (url.searchParams.has('reset')) peak = process.memoryUsage().rss
      return
    }
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    const request = new Request(url, { body: body ? new Uint8Array(body) : undefined, headers, method: req.method })
    let response: Response
    if (url.pathname === '/api/graphql') {
      response = await graphqlRoute(request)
    } else {
      response = await handleEndpoints({ config, request })
    }
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  } catch (error) {
    res.writeHead(500)
    res.end(String(error))
  }
})
server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as { port: number }).port}`)
})
