/**
 * Builds the Next.js admin when the sources changed since the last build, so `npm start` and the HTTP tests always
 * serve the code in the working tree. The stamp is a hash of every file the build reads.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const inputs = ['package-lock.json', 'next.config.ts', 'payload.config.ts', 'payload-types.ts', 'tsconfig.json', 'collections', 'migrations', 'src']
const stampFile = path.join(root, '.next', 'newsroom-build-stamp')

function filesUnder(entry: string): string[] {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return []
  if (!fs.statSync(full).isDirectory()) return [entry]
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

export function sourceStamp(): string {
  const hash = crypto.createHash('sha256')
  for (const file of inputs.flatMap(filesUnder)) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file)))
  }
  return hash.digest('hex')
}

export function ensureBuild(): void {
  const stamp = sourceStamp()
  const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stampFile)
  if (built && fs.readFileSync(stampFile, 'utf8') === stamp) return
  console.log('Building the admin (next build; about a minute on first run)…')
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`)
  fs.writeFileSync(stampFile, stamp)
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) ensureBuild()
