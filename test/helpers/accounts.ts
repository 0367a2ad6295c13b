import type { Payload } from 'payload'

import { runId } from './database'

export type Role = 'admin' | 'contributor' | 'editor'
export type Account = { email: string; id: number | string; password: string; role: Role; token: string }

const password = 'correct horse battery staple'

/** Creates an account with the given role through the Local API and signs it in over HTTP. */
export async function account(payload: Payload, url: string, role: Role, name: string): Promise<Account> {
  const email = `${name}-${runId}@example.test`
  const user = await payload.create({ collection: 'users', data: { email, name, password, role } })
  const login = await fetch(`${url}/api/users/login`, {
    body: JSON.stringify({ email, password }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  if (login.status !== 200) throw new Error(`${email} could not sign in: ${login.status} ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  return { email, id: user.id, password, role, token }
}

/** A REST client that signs its requests as the given account (anonymous when none). */
export const restAs =
  (url: string) =>
  async (who: Account | null, method: string, path: string, body?: unknown): Promise<{ body: any; status: number }> => {
    const response = await fetch(`${url}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(who ? { authorization: `JWT ${who.token}` } : {}) },
      method,
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON
    }
    return { body: parsed, status: response.status }
  }

/** A GraphQL client that answers { data, errors } as the given account. */
export const graphqlAs =
  (url: string) =>
  async (who: Account | null, query: string, variables: Record<string, unknown> = {}): Promise<{ data: any; errors?: any[]; status: number }> => {
    const response = await fetch(`${url}/api/graphql`, {
      body: JSON.stringify({ query, variables }),
      headers: { 'content-type': 'application/json', ...(who ? { authorization: `JWT ${who.token}` } : {}) },
      method: 'POST',
    })
    return { ...((await response.json()) as { data: any; errors?: any[] }), status: response.status }
  }
