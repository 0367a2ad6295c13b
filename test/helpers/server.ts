import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { suiteEnv } from './database'

export type RunningServer = {
  env: ReturnType<typeof suiteEnv>
  /** Kills the process at once (SIGKILL), as a power cut or the OOM killer would, and waits for it to be gone. */
  kill: () => Promise<void>
  stop: () => Promise<void>
  url: string
}

const root = path.resolve(import.meta.dirname, '..', '..')

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}

/**
 * Starts the real Express server (production build, as `npm start` runs it) in a child process on a free port and
 * waits until /healthz answers. `npm test` builds the admin first when the sources changed.
 */
export async function startTestServer(
  suite: string,
  { embedded = false, env = suiteEnv(suite, { embedded }), extraEnv = {} }: { embedded?: boolean; env?: ReturnType<typeof suiteEnv>; extraEnv?: Record<string, string> } = {},
): Promise<RunningServer> {
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, ...env, ...extraEnv, NODE_ENV: 'production', NODE_OPTIONS: '', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  if (Date.now() >= deadline) throw new Error(`server did not answer /healthz within 90 s:\n${output}`)

  const end = (signal: NodeJS.Signals) => () =>
    new Promise<void>((resolve) => {
      // Gone already: exited, or ended by a signal (then exitCode stays null).
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill(signal)
    })
  return { env, kill: end('SIGKILL'), stop: end('SIGTERM'), url }
}
