import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'

import { paragraphsToLexical } from '../../src/lexical/paragraphs'
import { bootPayload, shutdown } from '../helpers/payload'
import { submitUntilAdmin } from '../helpers/admin'
import { type RunningServer, startTestServer } from '../helpers/server'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const shots = path.resolve('test-results')
const password = 'correct horse battery staple'
const admin = { email: 'roles.admin@example.test', password }
const editor = { email: 'roles.editor@example.test', password }
const contributor = { email: 'roles.contributor@example.test', password }

let server: RunningServer
let payload: Payload
let browser: Browser
let page: Page
let draftId: number
let publishedId: number

beforeAll(async () => {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`)
  }
  server = await startTestServer('browser-roles', { embedded: true })
  payload = await bootPayload('browser-roles', server.env)
  browser = await chromium.launch({
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    executablePath,
    headless: true,
  })
  page = await browser.newPage({ baseURL: server.url })
  page.setDefaultTimeout(60_000)
  fs.mkdirSync(shots, { recursive: true })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await shutdown(payload)
  await server?.stop()
})

async function signIn(account: { email: string; password: string }) {
  await page.context().clearCookies()
  await page.goto('/admin/login')
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')
}

/** Opens an article's edit view and waits for its document controls. */
async function openArticle(id: number) {
  await page.goto(`/admin/collections/articles/${id}`)
  await page.locator('.doc-controls').waitFor()
  await page.locator('.rich-text-lexical').first().waitFor()
}

describe('roles in the admin panel', () => {
  it('registers the first account as the admin without offering a role', async () => {
    await page.goto('/admin')
    await page.waitForURL(/\/admin\/create-first-user/)
    await page.fill('#field-email', admin.email)
    await expect(page.locator('#field-role').count()).resolves.toBe(0)
    await page.fill('#field-password', admin.password)
    await page.fill('#field-confirm-password', admin.password)
    await submitUntilAdmin(page)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: admin.email } } })
    expect(docs[0]?.role).toBe('admin')

    const made = async (account: typeof editor, role: 'contributor' | 'editor') =>
      payload.create({ collection: 'users', data: { ...account, role } })
    await made(editor, 'editor')
    const writer = await made(contributor, 'contributor')
    const draft = await payload.create({
      collection: 'articles',
      data: { body: paragraphsToLexical(['A contributor writes.']), title: 'A contributor’s draft' },
      draft: true,
      user: writer,
    })
    draftId = draft.id
    const published = await payload.create({
      collection: 'articles',
      data: { _status: 'published', body: paragraphsToLexical(['Published reporting.']), title: 'A published story' },
    })
    publishedId = published.id
  })

  it('shows an editor Publish and Delete on a contributor’s draft', async () => {
    await signIn(editor)
    await openArticle(draftId)
    await page.locator('#action-save').waitFor()
    await page.locator('.doc-controls__popup button, .doc-controls__dots').first().click()
    await page.locator('#action-delete').waitFor()
    await page.screenshot({ fullPage: true, path: path.join(shots, 'roles-editor.png') })
  })

  it('shows a contributor no Publish and no Delete button, on their draft or on a published story', async () => {
    await signIn(contributor)
    await openArticle(draftId)
    // Their own draft is open for editing (saved by autosave) ...
    await expect(page.locator('#field-title').isEditable()).resolves.toBe(true)
    // ... but nothing publishes or deletes it.
    await expect(page.locator('#action-save').count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: /publish/i }).count()).resolves.toBe(0)
    const menu = page.locator('.doc-controls__popup button, .doc-controls__dots').first()
    if ((await menu.count()) > 0) await menu.click()
    await expect(page.locator('#action-delete').count()).resolves.toBe(0)
    await page.screenshot({ fullPage: true, path: path.join(shots, 'roles-contributor.png') })

    await openArticle(publishedId)
    await expect(page.locator('#field-title').isEditable()).resolves.toBe(false)
    await expect(page.getByRole('button', { name: /publish/i }).count()).resolves.toBe(0)
    await expect(page.locator('#action-delete').count()).resolves.toBe(0)
  })

  it('lets an admin unlock an account locked by wrong passwords', async () => {
    const login = (attempt: string) =>
      fetch(`${server.url}/api/users/login`, {
        body: JSON.stringify({ email: contributor.email, password: attempt }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
    for (let attempt = 0; attempt < 5; attempt++) await login('wrong password')
    expect((await login(contributor.password)).status).toBe(401)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: contributor.email } } })
    await signIn(admin)
    await page.goto(`/admin/collections/users/${docs[0]!.id}`)
    await page.locator('#force-unlock').click()
    await page.getByText(/unlocked/i).first().waitFor()
    expect((await login(contributor.password)).status).toBe(200)
  })
})
