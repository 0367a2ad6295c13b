import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  turbopack: { root },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
