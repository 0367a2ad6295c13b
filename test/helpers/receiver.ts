import { createHmac, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import net from 'node:net'

export type Received = { body: any; headers: http.IncomingHttpHeaders; raw: string; signed: boolean }

/**
 * A real HTTP receiver that checks each request's signature against its own secret, answering with `answer(n)` for
 * the n-th attempt at a delivery (a status, or 'hang' to keep the request open without an answer).
 */
export async function receiver(secret: string, answer: (n: number) => 'hang' | number = () => 204) {
  const received: Received[] = []
  const sockets = new Set<net.Socket>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`)
      const given = Buffer.from(String(req.headers['x-newsroom-signature'] ?? ''))
      const signed = given.length === expected.length && timingSafeEqual(given, expected)
      received.push({ body: JSON.parse(raw), headers: req.headers, raw, signed })
      const body = received[received.length - 1].body
      const reply = answer(received.filter((r) => r.body.delivery === body.delivery).length)
      if (reply === 'hang') return
      res.writeHead(reply, { 'content-type': 'text/plain' }).end(reply >= 400 ? 'not now' : '')
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
  return { close, received, url: `http://127.0.0.1:${port}/hooks/newsroom` }
}

/** A URL nobody listens on: a port that was free a moment ago. */
export async function closedUrl(): Promise<string> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as net.AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return `http://127.0.0.1:${port}/hooks`
}

/** Polls until `probe` returns a value, up to a generous bound (deliveries run on the server's jobs queue). */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, boundMs = 90_000): Promise<T> {
  const until = Date.now() + boundMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
