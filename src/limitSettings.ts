/**
 * The request limits read from the environment (see src/limits.ts), in a module of their own that the plugin can load
 * without the app's GraphQL validation rules.
 */
function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`)
  return value
}

export const limits = () => ({
  graphQLMaxComplexity: numberFromEnv('GRAPHQL_MAX_COMPLEXITY', 1000),
  graphQLMaxDepth: numberFromEnv('GRAPHQL_MAX_DEPTH', 10),
  jsonBodyBytes: numberFromEnv('MAX_JSON_BODY', 4 * 1024 * 1024),
  pageLimit: numberFromEnv('MAX_PAGE_LIMIT', 1000),
  uploadBodyBytes: numberFromEnv('MAX_UPLOAD_BODY', 20 * 1024 * 1024),
})

