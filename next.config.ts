import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(fileURLToPath(import.meta.url))

/**
 * The admin of this repository imports its own package (the import map names `newsroom-cms/client`): from the sources,
 * not from the published build in dist/, which exists only after `npm run build:plugin`. Each export of package.json
 * maps dist/<path>.js back to <path>.ts or .tsx.
 */
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { import?: string }>
  name: string
}
const ownSources = Object.fromEntries(
  Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const built = typeof target === 'string' ? target : target.import
    const match = built?.match(/^\.\/dist\/(.+)\.js$/)
    const source = match && ['.ts', '.tsx'].map((ext) => `./${match[1]}${ext}`).find((file) => fs.existsSync(path.join(root, file)))
    return source ? [[path.posix.join(pkg.name, subpath), source]] : []
  }),
)

const nextConfig: NextConfig = {
  // No X-Powered-By header (the Express host sends none either).
  poweredByHeader: false,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  turbopack: { resolveAlias: ownSources, root },
  // `npm run typecheck` checks the whole project (tests included); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
