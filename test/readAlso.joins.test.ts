/**
 * The Read-also joins of an article (`readAlso`, `readAlsoFrom`) are read for a whole page in one statement per join
 * (src/readAlso/joins.ts) instead of through Payload's join machinery. Every reader must get exactly what Payload's
 * own joins give: this suite asks the real server both ways, REST (the fast path by default, Payload's when the
 * request names the joins) and GraphQL (the fast path by default, Payload's resolver when a sort is given), as an
 * anonymous reader, a contributor and an editor, on stories with every kind of link.
 */
import type { Payload } from 'payload'


import type { Article } from '../payload-types'

import { paragraphsToLexical } from '../src/lexical/paragraphs'
import { type Account, graphqlAs, restAs } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { story } from './helpers/stories'

let server: RunningServer
let payload: Payload
let rest: ReturnType<typeof restAs>
let graphql: ReturnType<typeof graphqlAs>
const readers: Record<string, Account | null> = { anonymous: null }
const ids: Article['id'][] = []
let hub: Article

const headline = (text: string) => `${text} ${runId}`

async function signIn(email: string, password: string, id: number | string, role: Account['role']): Promise<Account> {
  const login = await fetch(`${server.url}/api/users/login`, { body: JSON.stringify({ email, password }), headers: { 'content-type': 'application/json' }, method: 'POST' })
  const { token } = (await login.json()) as { token: string }
  return { email, id, password, role, token }
}

beforeAll(async () => {
  server = await startTestServer('read-also-joins')
  payload = await bootPayload('read-also-joins', server.env)
  rest = restAs(server.url)
  graphql = graphqlAs(server.url)
  // Accounts are signed in over HTTP last, so that no kept-alive connection idles through the seeding. On a fresh
  // database the first account is made an admin whatever role it asks for: an admin account comes first.
  await payload.create({ collection: 'users', data: { email: `joins-admin-${runId}@example.test`, password: `pw-${runId}`, role: 'admin' } })
  const editor = await payload.create({ collection: 'users', data: { email: `joins-editor-${runId}@example.test`, password: `pw-${runId}`, role: 'editor' } })
  const contributor = await payload.create({ collection: 'users', data: { email: `joins-writer-${runId}@example.test`, password: `pw-${runId}`, role: 'contributor' } })

  const published = await story(payload, headline('Joins published target'))
  const draft = await story(payload, headline('Joins draft target'), undefined, { status: 'draft' })
  const twin = headline('Joins twin headline')
  await story(payload, twin, undefined, { slug: `joins-twin-a-${runId}` })
  await story(payload, twin, undefined, { slug: `joins-twin-b-${runId}` })
  const source = await story(payload, headline('Joins source story'), [
    'An opening paragraph.',
    `Read also: ${published.title}`,
    `Read also: ${draft.title}`,
    `Read also: ${headline('Joins story nobody wrote')}`,
    `Read also: ${twin}`,
  ])
  // A story that names itself as well.
  const self = await story(payload, headline('Joins self story'))
  await payload.update({ collection: 'articles', data: { body: paragraphsToLexical(['Text.', `Read also: ${self.title}`]) }, id: self.id })
  const draftSource = await story(payload, headline('Joins draft source'), [`Read also: ${published.title}`], { status: 'draft' })
  const contributorDraft = await payload.create({
    collection: 'articles',
    data: { _status: 'draft', body: paragraphsToLexical([`Read also: ${published.title}`]), title: headline('Joins contributor draft') },
    draft: true,
    overrideAccess: false,
    user: contributor,
  })
  // A story cited more often than a join's default limit (100), by published stories and drafts.
  hub = await story(payload, headline('Joins much-cited story'))
  for (let index = 0; index < 102; index++) await story(payload, headline(`Joins citing story ${index}`), [`Read also: ${hub.title}`])
  for (let index = 0; index < 2; index++) await story(payload, headline(`Joins citing draft ${index}`), [`Read also: ${hub.title}`], { status: 'draft' })
  const { docs } = await payload.find({ collection: 'articles', depth: 0, pagination: false, where: { title: { like: runId } } })
  ids.push(...docs.map((doc) => doc.id))
  // The seeding kept this process busy for longer than the server keeps an idle connection open: the first request
  // on a pooled connection the server has since closed fails with "other side closed", and is only a warm-up here.
  await fetch(`${server.url}/api/articles?limit=1`).catch(() => undefined)
  readers.contributor = await signIn(`joins-writer-${runId}@example.test`, `pw-${runId}`, contributor.id, 'contributor')
  readers.editor = await signIn(`joins-editor-${runId}@example.test`, `pw-${runId}`, editor.id, 'editor')
  const roles = await payload.find({ collection: 'users', where: { id: { in: [editor.id, contributor.id] } } })
  expect(roles.docs.map((user) => user.role).sort()).toEqual(['contributor', 'editor'])
  expect(ids).toEqual(expect.arrayContaining([published.id, draft.id, source.id, draftSource.id, contributorDraft.id, hub.id]))
}, 600_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

/** Payload's own joins: the request names both joins, with the fields' own default limit and order. */
const payloadJoins = 'joins[readAlso][limit]=100&joins[readAlso][sort]=position&joins[readAlsoFrom][limit]=100&joins[readAlsoFrom][sort]=-id'

describe.each(['anonymous', 'contributor', 'editor'])('as %s', (reader) => {
  it.each([0, 1, 2])('REST lists at depth %i carry the same links and backlinks as Payload’s joins', async (depth) => {
    const query = `/articles?where[id][in]=${ids.join(',')}&depth=${depth}&limit=200&sort=id`
    const fast = await rest(readers[reader]!, 'GET', query)
    const slow = await rest(readers[reader]!, 'GET', `${query}&${payloadJoins}`)
    expect(fast.status).toBe(200)
    expect(fast.body.docs.length).toBeGreaterThan(reader === 'anonymous' ? 100 : 105)
    expect(fast.body).toEqual(slow.body)
    const cited = fast.body.docs.find((doc: Article) => doc.id === hub.id)
    expect(cited.readAlsoFrom.docs).toHaveLength(100)
    expect(cited.readAlsoFrom.hasNextPage).toBe(true)
  })

  it('REST items at depths 0 to 2 carry the same links and backlinks as Payload’s joins', async () => {
    for (const id of ids.slice(0, 12).concat(hub.id)) {
      for (const depth of [0, 1, 2]) {
        const fast = await rest(readers[reader]!, 'GET', `/articles/${id}?depth=${depth}`)
        const slow = await rest(readers[reader]!, 'GET', `/articles/${id}?depth=${depth}&${payloadJoins}`)
        expect({ depth, id, status: fast.status }).toEqual({ depth, id, status: slow.status })
        expect(fast.body).toEqual(slow.body)
      }
    }
  })

  it('GraphQL lists and items resolve the same links and backlinks as Payload’s resolver', async () => {
    const link = `id from { id title } position text url state to { id title } target { title slug publishedAt } note candidates
      slugKey headlineKey fromPublished toPublished source { title slug publishedAt } createdAt updatedAt`
    const list = (args: { from: string; links: string }) => `query {
      Articles(where: { title: { like: "${runId}" } }, limit: 200, sort: "id") { docs { id title
        readAlso${args.links} { docs { ${link} } hasNextPage }
        readAlsoFrom${args.from} { docs { ${link} } hasNextPage }
      } } }`
    const fast = await graphql(readers[reader]!, list({ from: '', links: '' }))
    const slow = await graphql(readers[reader]!, list({ from: '(sort: "-id")', links: '(sort: "position")' }))
    expect(fast.errors).toBeUndefined()
    expect(fast.data.Articles.docs.length).toBeGreaterThan(reader === 'anonymous' ? 100 : 105)
    expect(fast.data).toEqual(slow.data)
    const cited = fast.data.Articles.docs.find((doc: Article) => doc.id === hub.id)
    // GraphQL joins without a limit give every row, as Payload's resolver does; drafts' links only to editors.
    expect(cited.readAlsoFrom.docs.length).toBe(reader === 'editor' ? 104 : 102)
    // A limit is honoured: the first two of them, and more to come. (Payload's own resolver answers every row here.)
    const firstTwo = await graphql(readers[reader]!, `query { Article(id: ${hub.id}) { readAlsoFrom(limit: 2) { docs { id } hasNextPage } } }`)
    expect(firstTwo.data.Article.readAlsoFrom).toEqual({ docs: cited.readAlsoFrom.docs.slice(0, 2).map(({ id }: { id: number }) => ({ id })), hasNextPage: true })

    const item = (args: string) => `query ($id: Int!) { Article(id: $id) { id readAlso${args} { docs { ${link} } hasNextPage } } }`
    for (const id of ids.slice(0, 8)) {
      const one = await graphql(readers[reader]!, item(''), { id: Number(id) })
      const other = await graphql(readers[reader]!, item('(sort: "position")'), { id: Number(id) })
      expect(one).toEqual(other)
    }
  })
})

describe('a save read back in the same request', () => {
  // The mutation's bodyHtml is rendered while the save runs (before the links are written) and reads the links then;
  // the joins are read once the save is done, and must not be answered from that earlier read.
  it('answers the links the save wrote in the joins over GraphQL, even when the body was rendered during the save', async () => {
    const source = await story(payload, headline('Joins story edited to link'), ['Opening.', `Read also: ${headline('Joins nothing by this name')}`])
    const target = await story(payload, headline('Joins target of the edit'))
    const mutation = await graphql(
      readers.editor!,
      `mutation ($id: Int!, $data: mutationArticleUpdateInput!) { updateArticle(id: $id, data: $data) { bodyHtml readAlso { docs { state target { slug } } } } }`,
      { data: { body: paragraphsToLexical(['Opening.', `Read also: ${target.title}`]) }, id: Number(source.id) },
    )
    expect(mutation.errors).toBeUndefined()
    expect(mutation.data.updateArticle.bodyHtml).toContain('Opening.')
    expect(mutation.data.updateArticle.readAlso.docs).toEqual([{ state: 'resolved', target: { slug: target.slug } }])
  })
})
