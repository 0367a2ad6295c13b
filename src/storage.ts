import type { Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

/**
 * Where uploaded media live. On the local disk of the server (`NEWSROOM_DATA_DIR/media`) unless S3_BUCKET names a
 * bucket of an S3-compatible object store, which several app servers then share: an image uploaded through one is
 * served by every other. Settings: S3_BUCKET, S3_REGION (default us-east-1), S3_ENDPOINT (for stores other than
 * AWS: MinIO, Ceph, R2, …), S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (else the AWS SDK's usual credential chain),
 * S3_FORCE_PATH_STYLE=true (bucket in the path rather than the host name, as most self-hosted stores need).
 *
 * The adapter is always in the config, enabled or not, so that the media schema (its `prefix` and `_objectKey`
 * columns, in the committed migrations) and the admin's import map are the same whichever storage a server uses.
 */
export function mediaStorage(env: NodeJS.ProcessEnv = process.env): Plugin {
  const bucket = env.S3_BUCKET?.trim() ?? ''
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (bucket && Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS credential chain')
  }
  return s3Storage({
    alwaysInsertFields: true,
    bucket,
    collections: { media: true },
    config: {
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      endpoint,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      region: env.S3_REGION?.trim() || 'us-east-1',
      // Stores other than AWS often reject the checksums the SDK adds to every request by default.
      ...(endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const } : {}),
    },
    enabled: bucket !== '',
  })
}
