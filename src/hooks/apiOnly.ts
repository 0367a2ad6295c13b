/**
 * Hooks that do nothing for the Local API (they check what REST and GraphQL clients send). Server-side writers that
 * bypass Payload's operations, such as the bulk story importer, may skip them without losing a rule.
 */
const apiOnlyHooks = new WeakSet<object>()

export function apiOnly<T extends object>(hook: T): T {
  apiOnlyHooks.add(hook)
  return hook
}

export const isApiOnly = (hook: unknown): boolean => typeof hook === 'function' && apiOnlyHooks.has(hook)
