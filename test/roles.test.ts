import type { Payload } from 'payload'

import { type Account, account, graphqlAs, restAs } from './helpers/accounts'
import { runId } from './helpers/database'
import { bootPayload, shutdown } from './helpers/payload'
import { type RunningServer, startTestServer } from './helpers/server'
import { paragraphsToLexical } from '../src/lexical/paragraphs'

let server: RunningServer
let payload: Payload
let rest: ReturnType<typeof restAs>
let graphql: ReturnType<typeof graphqlAs>
let admin: Account
let editor: Account
let alice: Account // contributor
let bob: Account // another contributor

const body = (text: string) => paragraphsToLexical([text])

beforeAll(async () => {
  server = await startTestServer('roles')
  payload = await bootPayload('roles', server.env)
  rest = restAs(server.url)
  graphql = graphqlAs(server.url)
  admin = await account(payload, server.url, 'admin', 'roles-admin')
  editor = await account(payload, server.url, 'editor', 'roles-editor')
  alice = await account(payload, server.url, 'contributor', 'roles-alice')
  bob = await account(payload, server.url, 'contributor', 'roles-bob')
}, 180_000)

afterAll(async () => {
  await shutdown(payload)
  await server?.stop()
})

/** A draft created over REST by the given account. */
async function draftBy(who: Account, title: string) {
  const created = await rest(who, 'POST', '/articles?draft=true', { body: body('Reporting.'), title })
  expect(created.status).toBe(201)
  return created.body.doc as { createdBy: any; id: number; updatedBy: any }
}

async function publishedByEditor(title: string) {
  const created = await rest(editor, 'POST', '/articles', { _status: 'published', body: body('Reporting.'), title })
  expect(created.status).toBe(201)
  return created.body.doc as { id: number; publishedAt: string; slug: string }
}

const statusOf = async (id: number | string) =>
  (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as { _status: string; dek?: null | string; title: string; workflow: string }

describe('ownership', () => {
  it('records the creator and the last editor, set by the server whatever the client sends', async () => {
    const created = await rest(alice, 'POST', '/articles?draft=true', {
      createdBy: bob.id,
      title: `Ownership ${runId}`,
      updatedBy: bob.id,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const asEditor = await rest(editor, 'GET', `/articles/${id}?draft=true&depth=0`)
    expect(asEditor.body).toMatchObject({ createdBy: alice.id, updatedBy: alice.id, workflow: 'draft' })

    expect((await rest(editor, 'PATCH', `/articles/${id}?draft=true`, { createdBy: editor.id, dek: 'Edited.' })).status).toBe(200)
    const after = await rest(editor, 'GET', `/articles/${id}?draft=true&depth=0`)
    expect(after.body).toMatchObject({ createdBy: alice.id, dek: 'Edited.', updatedBy: editor.id })

    // Each version records who made it.
    const versions = await rest(editor, 'GET', `/articles/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`)
    expect(versions.status).toBe(200)
    expect(versions.body.docs.map((v: any) => v.version.updatedBy)).toEqual([alice.id, editor.id])
  })
})

describe('anonymous readers', () => {
  it('read published stories and never a draft, a version or an account', async () => {
    const published = await publishedByEditor(`Anonymous published ${runId}`)
    const draft = await draftBy(alice, `Anonymous draft ${runId}`)
    expect((await rest(null, 'GET', `/articles/${published.id}`)).status).toBe(200)
    expect((await rest(null, 'GET', `/articles/${draft.id}`)).status).toBe(404)
    expect((await rest(null, 'GET', `/articles/${draft.id}?draft=true`)).status).toBe(404)
    const list = await rest(null, 'GET', `/articles?draft=true&limit=0&where[title][like]=${encodeURIComponent(runId)}`)
    expect(list.body.docs.map((doc: any) => doc._status)).not.toContain('draft')
    expect((await rest(null, 'GET', '/articles/versions')).status).toBe(403)
    expect((await rest(null, 'GET', '/users')).status).toBe(403)
    expect((await rest(null, 'POST', '/articles', { title: `Anonymous write ${runId}` })).status).toBe(403)
    expect((await rest(null, 'DELETE', `/articles/${published.id}`)).status).toBe(403)
    expect((await rest(null, 'PATCH', `/articles/${draft.id}?draft=true`, { dek: 'Anonymous edit.' })).status).toBe(403)
    expect((await rest(null, 'PATCH', `/articles/${published.id}`, { _status: 'draft' })).status).toBe(403)
    expect((await rest(null, 'DELETE', `/articles?where[id][exists]=true`)).status).toBe(403)
    const at = new Date(Date.now() + 3_600_000).toISOString()
    expect((await rest(null, 'POST', `/articles/${draft.id}/schedule`, { at, type: 'publish' })).status).toBe(403)
    expect(await statusOf(published.id)).toMatchObject({ _status: 'published' })
    expect((await statusOf(draft.id)).dek ?? null).toBeNull()
  })

  it('never learn who wrote or changed a story in the newsroom, or its review state', async () => {
    const published = await publishedByEditor(`Anonymous staff fields ${runId}`)
    const anonymous = (await rest(null, 'GET', `/articles/${published.id}`)).body
    expect(anonymous.title).toBe(`Anonymous staff fields ${runId}`)
    for (const field of ['createdBy', 'updatedBy', 'workflow']) expect(anonymous).not.toHaveProperty(field)
    const staff = (await rest(editor, 'GET', `/articles/${published.id}?depth=0`)).body
    expect(staff).toMatchObject({ createdBy: editor.id, updatedBy: editor.id, workflow: expect.any(String) })
    // Nor by asking: a where on those fields is refused, so it cannot probe who wrote what.
    expect((await rest(null, 'GET', `/articles?where[createdBy][equals]=${editor.id}`)).status).toBeGreaterThanOrEqual(400)
    const read = await graphql(null, `query ($id: Int!) { Article(id: $id) { title createdBy { id } workflow } }`, { id: published.id })
    expect(read.data?.Article).toMatchObject({ createdBy: null, title: `Anonymous staff fields ${runId}`, workflow: null })
  })
})

describe('contributors', () => {
  it('create drafts and edit their own while unpublished', async () => {
    const own = await draftBy(alice, `Alice own ${runId}`)
    expect((await rest(alice, 'GET', `/articles/${own.id}?draft=true`)).status).toBe(200)
    const edited = await rest(alice, 'PATCH', `/articles/${own.id}?draft=true`, { dek: 'Alice edits.' })
    expect(edited.status).toBe(200)
    // A save without ?draft=true still leaves the story a draft.
    expect((await rest(alice, 'PATCH', `/articles/${own.id}`, { dek: 'Alice again.' })).status).toBe(200)
    expect(await statusOf(own.id)).toMatchObject({ _status: 'draft', dek: 'Alice again.' })
  })

  it("neither read nor edit another contributor's draft", async () => {
    const bobs = await draftBy(bob, `Bob own ${runId}`)
    expect((await rest(alice, 'GET', `/articles/${bobs.id}?draft=true`)).status).toBe(404)
    const edit = await rest(alice, 'PATCH', `/articles/${bobs.id}?draft=true`, { dek: 'Alice was here.' })
    expect(edit.status).toBe(403)
    expect((await statusOf(bobs.id)).dek ?? null).toBeNull()
  })

  it('read published stories but cannot edit, unpublish or delete them', async () => {
    const published = await publishedByEditor(`Published for contributors ${runId}`)
    expect((await rest(alice, 'GET', `/articles/${published.id}`)).status).toBe(200)
    expect((await rest(alice, 'PATCH', `/articles/${published.id}`, { dek: 'Changed.' })).status).toBe(403)
    expect((await rest(alice, 'PATCH', `/articles/${published.id}`, { _status: 'draft' })).status).toBe(403)
    expect((await rest(alice, 'PATCH', `/articles/${published.id}`, { slug: `moved-${runId}` })).status).toBe(403)
    expect((await rest(alice, 'DELETE', `/articles/${published.id}`)).status).toBe(403)
    expect(await statusOf(published.id)).toMatchObject({ _status: 'published' })
  })

  it('cannot publish, whether on create, on update or by restoring', async () => {
    const created = await rest(alice, 'POST', '/articles', { _status: 'published', title: `Alice publishes ${runId}` })
    expect(created.status).toBe(403)
    expect((await payload.count({ collection: 'articles', where: { title: { equals: `Alice publishes ${runId}` } } })).totalDocs).toBe(0)

    const own = await draftBy(alice, `Alice tries to publish ${runId}`)
    const publish = await rest(alice, 'PATCH', `/articles/${own.id}`, { _status: 'published' })
    expect(publish.status).toBe(403)
    expect(await statusOf(own.id)).toMatchObject({ _status: 'draft' })

    // Restoring a published version of her own story would publish it.
    expect((await rest(editor, 'PATCH', `/articles/${own.id}`, { _status: 'published' })).status).toBe(200)
    expect((await rest(editor, 'PATCH', `/articles/${own.id}`, { _status: 'draft' })).status).toBe(200)
    const versions = await rest(editor, 'GET', `/articles/versions?where[parent][equals]=${own.id}&where[version._status][equals]=published`)
    expect((await rest(alice, 'POST', `/articles/versions/${versions.body.docs[0].id}`)).status).toBe(403)
    expect(await statusOf(own.id)).toMatchObject({ _status: 'draft' })
  })

  it('cannot edit their own story once an editor has published it, even as a draft over it', async () => {
    const own = await draftBy(alice, `Alice then editor ${runId}`)
    expect((await rest(editor, 'PATCH', `/articles/${own.id}`, { _status: 'published' })).status).toBe(200)
    expect((await rest(alice, 'PATCH', `/articles/${own.id}?draft=true`, { dek: 'A draft over it.' })).status).toBe(403)
    expect((await rest(alice, 'PATCH', `/articles/${own.id}?draft=true&autosave=true`, { dek: 'An autosave.' })).status).toBe(403)
    expect((await statusOf(own.id)).dek ?? null).toBeNull()
  })

  it('cannot store a status or review state that does not exist (drafts skip field validation)', async () => {
    const own = await draftBy(alice, `Alice odd status ${runId}`)
    const odd = await rest(alice, 'PATCH', `/articles/${own.id}`, { _status: 'Published' })
    expect(odd.status).toBe(400)
    expect(odd.body.errors[0].data.errors[0].message).toBe('"_status" must be "draft" or "published".')
    expect((await rest(alice, 'POST', '/articles', { _status: 'archived', title: `Alice archived ${runId}` })).status).toBe(400)
    expect((await payload.count({ collection: 'articles', where: { title: { equals: `Alice archived ${runId}` } } })).totalDocs).toBe(0)
    const state = await rest(alice, 'PATCH', `/articles/${own.id}?draft=true`, { workflow: 'approved' })
    expect(state.status).toBe(400)
    expect(JSON.stringify(state.body)).toMatch(/review state must be one of/)
    expect(await statusOf(own.id)).toMatchObject({ _status: 'draft', workflow: 'draft' })
  })

  it('cannot change their draft once an editor has scheduled it: the scheduled publish would carry unreviewed edits', async () => {
    const own = await draftBy(alice, `Alice scheduled by the desk ${runId}`)
    const other = await draftBy(alice, `Alice not scheduled ${runId}`)
    const at = new Date(Date.now() + 3_600_000).toISOString()
    expect((await rest(editor, 'POST', `/articles/${own.id}/schedule`, { at, type: 'publish' })).status).toBe(201)
    expect((await rest(alice, 'GET', `/articles/${own.id}?draft=true`)).status).toBe(200)
    expect((await rest(alice, 'PATCH', `/articles/${own.id}?draft=true`, { dek: 'After the schedule.' })).status).toBe(403)
    const viaGraphql = await graphql(alice, `mutation ($id: Int!) { updateArticle(id: $id, draft: true, data: { dek: "GraphQL" }) { id } }`, { id: own.id })
    expect(viaGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await statusOf(own.id)).dek ?? null).toBeNull()
    // Her other drafts stay hers to edit; the desk still edits the scheduled one.
    expect((await rest(alice, 'PATCH', `/articles/${other.id}?draft=true`, { dek: 'Still mine.' })).status).toBe(200)
    expect((await rest(editor, 'PATCH', `/articles/${own.id}?draft=true`, { dek: 'Desk edit.' })).status).toBe(200)
  })

  it('cannot run, read or queue jobs (the publishing queue)', async () => {
    expect((await rest(null, 'GET', '/payload-jobs/run')).status).toBe(401)
    expect((await rest(null, 'GET', '/payload-jobs')).status).toBe(403)
    expect((await rest(alice, 'GET', '/payload-jobs/run')).status).toBe(401)
    expect((await rest(alice, 'GET', '/payload-jobs')).status).toBe(403)
    expect((await rest(alice, 'POST', '/payload-jobs', { input: {}, taskSlug: 'schedulePublish' })).status).toBe(403)
    expect((await rest(editor, 'GET', '/payload-jobs/run?limit=1')).status).toBe(200)
  })

  it('cannot set the publication time', async () => {
    const own = await draftBy(alice, `Alice dates ${runId}`)
    const patched = await rest(alice, 'PATCH', `/articles/${own.id}?draft=true`, { publishedAt: '2020-01-01T00:00:00.000Z' })
    expect(patched.status).toBe(200)
    expect(patched.body.doc.publishedAt ?? null).toBeNull()
  })

  it('submit for review; only an editor marks a story ready', async () => {
    const own = await draftBy(alice, `Alice submits ${runId}`)
    expect((await rest(alice, 'PATCH', `/articles/${own.id}?draft=true`, { workflow: 'review' })).status).toBe(200)
    const ready = await rest(alice, 'PATCH', `/articles/${own.id}?draft=true`, { workflow: 'ready' })
    expect(ready.status).toBe(400)
    expect(JSON.stringify(ready.body)).toMatch(/Only an editor marks a story ready/)
    expect(await statusOf(own.id)).toMatchObject({ workflow: 'review' })
    expect((await rest(editor, 'PATCH', `/articles/${own.id}?draft=true`, { workflow: 'ready' })).status).toBe(200)
    expect(await statusOf(own.id)).toMatchObject({ workflow: 'ready' })
    // Editors find stories waiting for review in the list.
    const waiting = await rest(editor, 'GET', `/articles?draft=true&where[workflow][equals]=ready&where[id][equals]=${own.id}`)
    expect(waiting.body.totalDocs).toBe(1)
  })

  it('cannot delete, not even their own draft, one by one or in bulk; bulk edits touch only their own drafts', async () => {
    const own = await draftBy(alice, `Alice bulk own ${runId}`)
    const bobs = await draftBy(bob, `Bob bulk ${runId}`)
    expect((await rest(alice, 'DELETE', `/articles/${own.id}`)).status).toBe(403)
    expect((await rest(alice, 'DELETE', `/articles/${bobs.id}`)).status).toBe(403)
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    expect((await rest(alice, 'DELETE', '/articles?where[id][exists]=true')).status).toBe(403)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)

    const bulk = await rest(alice, 'PATCH', `/articles?draft=true&where[title][contains]=${encodeURIComponent(`bulk`)}`, {
      dek: `Bulk by Alice ${runId}`,
    })
    expect(bulk.status).toBeLessThan(500)
    expect((await statusOf(own.id)).dek).toBe(`Bulk by Alice ${runId}`)
    expect((await statusOf(bobs.id)).dek ?? null).toBeNull()
  })

  it('cannot schedule a publication', async () => {
    const own = await draftBy(alice, `Alice schedules ${runId}`)
    const at = new Date(Date.now() + 3_600_000).toISOString()
    const scheduled = await rest(alice, 'POST', `/articles/${own.id}/schedule`, { at, type: 'publish' })
    expect(scheduled.status).toBe(403)
    expect(scheduled.body.errors[0].message).toMatch(/Only an editor schedules/)
  })

  it("never see another contributor's draft through its Read-also link rows, nor where a published story's link points when they may not read the target", async () => {
    const target = await publishedByEditor(`Linked by drafts ${runId}`)
    const bobs = await rest(bob, 'POST', '/articles?draft=true', {
      body: paragraphsToLexical(['Reporting.', `Read also: Linked by drafts ${runId}`]),
      title: `Bob's embargoed story ${runId}`,
    })
    expect(bobs.status).toBe(201)
    const bobsId = bobs.body.doc.id
    const backlinkSources = async (who: Account) =>
      ((await rest(who, 'GET', `/articles/${target.id}`)).body.readAlsoFrom.docs as { source?: { title?: string } }[]).map((link) => link.source?.title)
    expect(await backlinkSources(bob)).toEqual([`Bob's embargoed story ${runId}`])
    expect(await backlinkSources(editor)).toEqual([`Bob's embargoed story ${runId}`])
    expect(await backlinkSources(alice)).toEqual([])
    expect((await rest(alice, 'GET', `/read-also-links?where[from][equals]=${bobsId}`)).body.totalDocs).toBe(0)
    const viaGraphql = await graphql(alice, `query ($id: Int!) { Article(id: $id) { readAlsoFrom { docs { source { title } } } } }`, { id: target.id })
    expect(JSON.stringify(viaGraphql.data)).not.toContain('embargoed')
    const rows = await graphql(alice, `{ ReadAlsoLinks(limit: 0) { docs { source { title } } } }`)
    expect(JSON.stringify(rows.data)).not.toContain(`Bob's embargoed story ${runId}`)

    // A published story linking to an editor's unpublished story: the link reads as pending text to a contributor.
    const unpublished = await rest(editor, 'POST', '/articles?draft=true', { body: body('Not yet.'), title: `Desk embargo ${runId}` })
    const linking = await rest(editor, 'POST', '/articles', {
      _status: 'published',
      body: paragraphsToLexical(['Reporting.', `Read also: Desk embargo ${runId}`]),
      title: `Desk links ahead ${runId}`,
    })
    const firstLink = async (who: Account) => (await rest(who, 'GET', `/articles/${linking.body.doc.id}`)).body.readAlso.docs[0]
    expect(await firstLink(editor)).toMatchObject({ state: 'resolved', target: { title: `Desk embargo ${runId}` }, to: unpublished.body.doc.id })
    expect(await firstLink(alice)).toMatchObject({ state: 'pending', target: null, to: null })
    // Her own draft as a target she sees resolved.
    const hers = await draftBy(alice, `Alice's target ${runId}`)
    const toHers = await rest(editor, 'POST', '/articles', {
      _status: 'published',
      body: paragraphsToLexical(['Reporting.', `Read also: Alice's target ${runId}`]),
      title: `Desk links to Alice ${runId}`,
    })
    expect((await rest(alice, 'GET', `/articles/${toHers.body.doc.id}`)).body.readAlso.docs[0]).toMatchObject({ state: 'resolved', to: hers.id })
  })

  it('read no version history', async () => {
    const own = await draftBy(alice, `Alice versions ${runId}`)
    expect((await rest(alice, 'GET', `/articles/versions?where[parent][equals]=${own.id}`)).status).toBe(403)
  })

  it('suggest Authors and Sources but cannot delete them; cannot touch Topics', async () => {
    const author = await rest(alice, 'POST', '/authors', { name: `Alice's author ${runId}` })
    expect(author.status).toBe(201)
    const source = await rest(alice, 'POST', '/sources', { name: `Alice's source ${runId}` })
    expect(source.status).toBe(201)
    expect((await rest(alice, 'PATCH', `/authors/${author.body.doc.id}`, { name: 'Renamed' })).status).toBe(403)
    expect((await rest(alice, 'PATCH', `/sources/${source.body.doc.id}`, { name: 'Renamed' })).status).toBe(403)
    expect((await rest(alice, 'DELETE', `/authors/${author.body.doc.id}`)).status).toBe(403)
    expect((await rest(alice, 'DELETE', `/sources/${source.body.doc.id}`)).status).toBe(403)
    expect((await rest(alice, 'POST', '/topics', { name: `Alice's topic ${runId}` })).status).toBe(403)
    const topic = await rest(editor, 'POST', '/topics', { name: `Editor's topic ${runId}` })
    expect(topic.status).toBe(201)
    expect((await rest(alice, 'DELETE', `/topics/${topic.body.doc.id}`)).status).toBe(403)
    expect((await rest(alice, 'DELETE', '/topics?where[id][exists]=true')).status).toBe(403)
    expect((await payload.findByID({ collection: 'topics', id: topic.body.doc.id })).id).toBe(topic.body.doc.id)
  })

  it('see only their own account and cannot raise their role', async () => {
    const users = await rest(alice, 'GET', '/users?limit=0')
    expect(users.status).toBe(200)
    expect(users.body.docs.map((user: any) => user.id)).toEqual([alice.id])
    expect((await rest(alice, 'GET', `/users/${bob.id}`)).status).toBe(404)
    const raise = await rest(alice, 'PATCH', `/users/${alice.id}`, { role: 'admin' })
    expect(raise.status).toBe(403)
    expect(raise.body.errors[0].message).toMatch(/Only an admin changes roles/)
    expect((await payload.findByID({ collection: 'users', id: alice.id })).role).toBe('contributor')
    expect((await rest(alice, 'PATCH', `/users/${bob.id}`, { name: 'Renamed by Alice' })).status).toBe(403)
    expect((await rest(alice, 'POST', '/users', { email: `x-${runId}@example.test`, password: 'x-password-1', role: 'admin' })).status).toBe(403)
  })

  it('are held to the same rules by the Local API with overrideAccess: false', async () => {
    const own = await draftBy(alice, `Alice local ${runId}`)
    const user = await payload.findByID({ collection: 'users', id: alice.id })
    await expect(
      payload.update({ collection: 'articles', data: { _status: 'published' }, id: own.id, overrideAccess: false, user: { ...user, collection: 'users' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'articles', id: own.id, overrideAccess: false, user: { ...user, collection: 'users' } })).rejects.toMatchObject({
      status: 403,
    })
  })
})

describe('editors', () => {
  it("read, edit, publish, unpublish, schedule and delete anyone's stories", async () => {
    const alices = await draftBy(alice, `Editor takes over ${runId}`)
    expect((await rest(editor, 'GET', `/articles/${alices.id}?draft=true`)).status).toBe(200)
    expect((await rest(editor, 'PATCH', `/articles/${alices.id}?draft=true`, { dek: 'Edited by the desk.' })).status).toBe(200)
    expect((await rest(editor, 'PATCH', `/articles/${alices.id}`, { _status: 'published' })).status).toBe(200)
    expect((await rest(null, 'GET', `/articles/${alices.id}`)).status).toBe(200)
    expect((await rest(editor, 'PATCH', `/articles/${alices.id}`, { _status: 'draft' })).status).toBe(200)
    expect((await rest(null, 'GET', `/articles/${alices.id}`)).status).toBe(404)
    const at = new Date(Date.now() + 3_600_000).toISOString()
    expect((await rest(editor, 'POST', `/articles/${alices.id}/schedule`, { at, type: 'publish' })).status).toBe(201)
    expect((await rest(editor, 'POST', `/articles/${alices.id}/schedule`, { at: 'tomorrow', type: 'publish' })).status).toBe(400)
    expect((await rest(editor, 'DELETE', `/articles/${alices.id}`)).status).toBe(200)
    expect((await rest(editor, 'GET', `/articles/${alices.id}?draft=true`)).status).toBe(404)
  })

  it('delete in bulk with a where', async () => {
    const one = await draftBy(alice, `Bulk delete one ${runId}`)
    const two = await draftBy(bob, `Bulk delete two ${runId}`)
    const where = `where[and][0][title][like]=${encodeURIComponent('Bulk delete')}&where[and][1][title][like]=${runId}`
    const deleted = await rest(editor, 'DELETE', `/articles?${where}`)
    expect(deleted.status).toBe(200)
    expect((await payload.count({ collection: 'articles', where: { id: { in: [one.id, two.id] } } })).totalDocs).toBe(0)
  })

  it('manage Topics but not accounts or their own role', async () => {
    const topic = await rest(editor, 'POST', '/topics', { name: `Desk topic ${runId}` })
    expect(topic.status).toBe(201)
    expect((await rest(editor, 'DELETE', `/topics/${topic.body.doc.id}`)).status).toBe(200)
    expect((await rest(editor, 'GET', `/users/${alice.id}`)).status).toBe(404)
    expect((await rest(editor, 'PATCH', `/users/${editor.id}`, { role: 'admin' })).status).toBe(403)
    expect((await rest(editor, 'POST', '/users', { email: `e-${runId}@example.test`, password: 'x-password-1' })).status).toBe(403)
    expect((await rest(editor, 'DELETE', `/users/${alice.id}`)).status).toBe(403)
  })
})

describe('admins', () => {
  it('create accounts and set roles', async () => {
    const created = await rest(admin, 'POST', '/users', { email: `made-by-admin-${runId}@example.test`, password: 'x-password-1', role: 'editor' })
    expect(created.status).toBe(201)
    expect(created.body.doc.role).toBe('editor')
    const demoted = await rest(admin, 'PATCH', `/users/${created.body.doc.id}`, { role: 'contributor' })
    expect(demoted.status).toBe(200)
    expect(demoted.body.doc.role).toBe('contributor')
    expect((await rest(admin, 'DELETE', `/users/${created.body.doc.id}`)).status).toBe(200)
  })

  it('cannot demote or delete the last admin', async () => {
    // Other suites on a shared database may have left admins behind; this one must be the only one.
    await payload.update({ collection: 'users', data: { role: 'editor' }, where: { and: [{ role: { equals: 'admin' } }, { id: { not_equals: admin.id } }] } })
    const demote = await rest(admin, 'PATCH', `/users/${admin.id}`, { role: 'editor' })
    expect(demote.status).toBe(400)
    expect(JSON.stringify(demote.body)).toMatch(/last admin cannot be demoted/)
    const remove = await rest(admin, 'DELETE', `/users/${admin.id}`)
    expect(remove.status).toBe(400)
    expect(JSON.stringify(remove.body)).toMatch(/last admin cannot be deleted/)
    expect((await payload.findByID({ collection: 'users', id: admin.id })).role).toBe('admin')

    const second = await rest(admin, 'POST', '/users', { email: `second-admin-${runId}@example.test`, password: 'x-password-1', role: 'admin' })
    expect(second.status).toBe(201)
    expect((await rest(admin, 'PATCH', `/users/${second.body.doc.id}`, { role: 'editor' })).status).toBe(200)

    // With two admins, one bulk request may not take both away: its documents' checks would each see the other.
    const third = await rest(admin, 'POST', '/users', { email: `third-admin-${runId}@example.test`, password: 'x-password-1', role: 'admin' })
    expect(third.status).toBe(201)
    const bothAdmins = `where[role][equals]=admin`
    const bulkDemote = await rest(admin, 'PATCH', `/users?${bothAdmins}`, { role: 'editor' })
    expect(bulkDemote.status).toBe(400)
    expect(JSON.stringify(bulkDemote.body)).toMatch(/demote every admin/)
    const bulkDelete = await rest(admin, 'DELETE', `/users?${bothAdmins}`)
    expect(bulkDelete.status).toBe(400)
    expect(JSON.stringify(bulkDelete.body)).toMatch(/delete every admin/)
    expect((await payload.count({ collection: 'users', where: { role: { equals: 'admin' } } })).totalDocs).toBe(2)
    // Taking away one of the two in bulk is fine.
    expect((await rest(admin, 'DELETE', `/users?where[id][equals]=${third.body.doc.id}`)).status).toBe(200)
    expect((await payload.count({ collection: 'users', where: { role: { equals: 'admin' } } })).totalDocs).toBe(1)
  })

  it('unlock an account locked by wrong passwords', async () => {
    const login = (password: string) =>
      fetch(`${server.url}/api/users/login`, {
        body: JSON.stringify({ email: bob.email, password }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
    for (let attempt = 0; attempt < 5; attempt++) expect((await login('wrong password')).status).toBe(401)
    const locked = await login(bob.password)
    expect(locked.status).toBe(401)
    expect(JSON.stringify(await locked.json())).toMatch(/locked/i)
    expect((await rest(editor, 'POST', '/users/unlock', { email: bob.email })).status).toBe(403)
    expect((await rest(admin, 'POST', '/users/unlock', { email: bob.email })).status).toBe(200)
    expect((await login(bob.password)).status).toBe(200)
  })
})

describe('GraphQL obeys the same rules', () => {
  const publish = `mutation ($id: Int!) { updateArticle(id: $id, data: { _status: published }) { id _status } }`

  it('refuses a contributor publishing, deleting or reading another draft; lets an editor publish', async () => {
    const own = await draftBy(alice, `GraphQL own ${runId}`)
    const bobs = await draftBy(bob, `GraphQL bob ${runId}`)
    const denied = await graphql(alice, publish, { id: own.id })
    expect(denied.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await statusOf(own.id)).toMatchObject({ _status: 'draft' })

    const removed = await graphql(alice, `mutation ($id: Int!) { deleteArticle(id: $id) { id } }`, { id: own.id })
    expect(removed.errors?.[0]?.extensions?.statusCode).toBe(403)

    const read = await graphql(alice, `query ($id: Int!) { Article(id: $id, draft: true) { id title } }`, { id: bobs.id })
    expect(read.errors?.[0]?.extensions?.statusCode).toBe(404)

    const edit = await graphql(alice, `mutation ($id: Int!) { updateArticle(id: $id, draft: true, data: { dek: "Alice" }) { id } }`, { id: bobs.id })
    expect(edit.errors?.[0]?.extensions?.statusCode).toBe(403)

    const users = await graphql(alice, `{ Users(limit: 0) { docs { id } } }`)
    expect(users.data.Users.docs.map((user: any) => user.id)).toEqual([alice.id])

    const raise = await graphql(alice, `mutation ($id: Int!) { updateUser(id: $id, data: { role: admin }) { role } }`, { id: alice.id })
    expect(raise.errors?.[0]?.extensions?.statusCode).toBe(403)

    const allowed = await graphql(editor, publish, { id: own.id })
    expect(allowed.errors).toBeUndefined()
    expect(allowed.data.updateArticle._status).toBe('published')
  })

  it('refuses anonymous writes; lets a contributor neither delete, restore nor read versions; publishes nothing on create', async () => {
    const published = await publishedByEditor(`GraphQL matrix published ${runId}`)
    const bobs = await draftBy(bob, `GraphQL matrix bob ${runId}`)
    const code = (result: { errors?: any[] }) => result.errors?.[0]?.extensions?.statusCode
    expect(code(await graphql(null, `mutation { createArticle(data: { title: "Anonymous" }) { id } }`))).toBe(403)
    expect(code(await graphql(null, `mutation ($id: Int!) { updateArticle(id: $id, data: { _status: draft }) { id } }`, { id: published.id }))).toBe(403)
    expect(code(await graphql(null, `mutation ($id: Int!) { deleteArticle(id: $id) { id } }`, { id: published.id }))).toBe(403)
    const read = await graphql(null, `query ($id: Int!) { Article(id: $id) { title } }`, { id: published.id })
    expect(read.data.Article.title).toBe(`GraphQL matrix published ${runId}`)

    expect(code(await graphql(alice, `mutation ($id: Int!) { deleteArticle(id: $id) { id } }`, { id: bobs.id }))).toBe(403)
    expect(code(await graphql(alice, `mutation ($id: Int!) { updateArticle(id: $id, data: { _status: draft }) { id } }`, { id: published.id }))).toBe(403)
    expect(code(await graphql(alice, `mutation { createArticle(data: { title: "Alice GraphQL publish", _status: published }) { id } }`))).toBe(403)
    expect(code(await graphql(alice, `{ versionsArticles { docs { id } } }`))).toBe(403)
    const versions = await rest(editor, 'GET', `/articles/versions?where[parent][equals]=${published.id}&depth=0`)
    expect(code(await graphql(alice, `mutation ($id: Int!) { restoreVersionArticle(id: $id) { id } }`, { id: versions.body.docs[0].id }))).toBe(403)
    expect(code(await graphql(alice, `mutation { createTopic(data: { name: "Alice GraphQL topic" }) { id } }`))).toBe(403)
    const author = await rest(alice, 'POST', '/authors', { name: `Alice GraphQL author ${runId}` })
    expect(code(await graphql(alice, `mutation ($id: Int!) { deleteAuthor(id: $id) { id } }`, { id: author.body.doc.id }))).toBe(403)
    const readOther = await graphql(alice, `query ($id: Int!) { User(id: $id) { email } }`, { id: bob.id })
    expect(code(readOther)).toBe(404)
    expect(await statusOf(published.id)).toMatchObject({ _status: 'published' })
    expect(await statusOf(bobs.id)).toMatchObject({ _status: 'draft' })
  })

  it("lets an editor unpublish and delete anyone's story, but not raise their own role; refuses demoting the last admin", async () => {
    const bobs = await draftBy(bob, `GraphQL editor deletes ${runId}`)
    const published = await graphql(editor, `mutation ($id: Int!) { updateArticle(id: $id, data: { _status: published }) { _status } }`, { id: bobs.id })
    expect(published.data.updateArticle._status).toBe('published')
    const unpublished = await graphql(editor, `mutation ($id: Int!) { updateArticle(id: $id, data: { _status: draft }) { _status } }`, { id: bobs.id })
    expect(unpublished.errors).toBeUndefined()
    expect(unpublished.data.updateArticle._status).toBe('draft')
    expect((await rest(null, 'GET', `/articles/${bobs.id}`)).status).toBe(404)
    // The delete answers with the deleted story, not an error.
    const deleted = await graphql(editor, `mutation ($id: Int!) { deleteArticle(id: $id) { id title } }`, { id: bobs.id })
    expect(deleted.errors).toBeUndefined()
    expect(deleted.data.deleteArticle).toEqual({ id: bobs.id, title: `GraphQL editor deletes ${runId}` })
    expect((await rest(editor, 'GET', `/articles/${bobs.id}?draft=true`)).status).toBe(404)

    const raise = await graphql(editor, `mutation ($id: Int!) { updateUser(id: $id, data: { role: admin }) { role } }`, { id: editor.id })
    expect(raise.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await graphql(editor, `mutation { createUser(data: { email: "g-${runId}@example.test", password: "x-password-1" }) { id } }`)).errors?.[0]?.extensions?.statusCode).toBe(403)

    await payload.update({ collection: 'users', data: { role: 'editor' }, where: { and: [{ role: { equals: 'admin' } }, { id: { not_equals: admin.id } }] } })
    const demote = await graphql(admin, `mutation ($id: Int!) { updateUser(id: $id, data: { role: editor }) { role } }`, { id: admin.id })
    expect(demote.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(demote.errors?.[0]?.message).toMatch(/last admin cannot be demoted/)
    const created = await graphql(admin, `mutation { createUser(data: { email: "made-${runId}@example.test", password: "x-password-1", role: editor }) { id role } }`)
    expect(created.data.createUser.role).toBe('editor')
  })

  it('shows anonymous readers no drafts', async () => {
    const draft = await draftBy(alice, `GraphQL anonymous ${runId}`)
    const read = await graphql(null, `query ($id: Int!) { Article(id: $id, draft: true) { id } }`, { id: draft.id })
    expect(read.data?.Article ?? null).toBeNull()
  })
})
