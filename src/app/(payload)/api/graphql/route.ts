/* Payload's GraphQL route, with anonymous queries answered from the newsroom's read cache (src/readCache.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { cacheAnonymousGraphQL } from '../../../../readCache'

export const POST = cacheAnonymousGraphQL(GRAPHQL_POST(config), config)

export const OPTIONS = REST_OPTIONS(config)
