import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'

import { submitUntilAdmin } from '../helpers/admin'
import { type RunningServer, startTestServer } from '../helpers/server'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const shots = path.resolve('test-results')
const editor = { email: 'first.editor@example.test', password: 'correct horse battery staple' }

let server: RunningServer
let browser: Browser
let page: Page

beforeAll(async () => {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`)
  }
  // A fresh embedded database: the first visitor must be offered to register the admin.
  server = await startTestServer('browser', { embedded: true })
  browser = await chromium.launch({
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    executablePath,
    headless: true,
  })
  page = await browser.newPage({ baseURL: server.url })
  page.setDefaultTimeout(60_000)
  fs.mkdirSync(shots, { recursive: true })
}, 180_000)

/** Who the browser's session cookie signs in, as the API tells it. */
async function signedInAs(): Promise<null | { email: string; role: string }> {
  const { user } = (await (await page.request.get('/api/users/me')).json()) as { user: null | { email: string; role: string } }
  return user ? { email: user.email, role: user.role } : null
}

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})


describe('the admin panel in a browser', () => {
  it('asks the first visitor to register the admin account', async () => {
    await page.goto('/admin')
    await page.waitForURL(/\/admin\/create-first-user/)
    await page.fill('#field-email', editor.email)
    await page.fill('#field-password', editor.password)
    await page.fill('#field-confirm-password', editor.password)
    await submitUntilAdmin(page)
    await page.screenshot({ path: path.join(shots, 'dashboard.png') })
    await expect(page.getByRole('link', { name: 'Articles' }).first().isVisible()).resolves.toBe(true)
    // The first account registered is an admin.
    await expect(signedInAs()).resolves.toEqual({ email: editor.email, role: 'admin' })
  })

  it('logs out and back in', async () => {
    await page.goto('/admin/logout')
    await page.waitForURL(/\/admin\/login/)
    await expect(signedInAs()).resolves.toBeNull()
    await page.fill('#field-email', editor.email)
    await page.fill('#field-password', editor.password)
    await submitUntilAdmin(page)
    await expect(signedInAs()).resolves.toEqual({ email: editor.email, role: 'admin' })
  })

  it('lists the demo stories under Articles', async () => {
    await page.goto('/admin/collections/articles')
    const headline = page.getByText('Port Alder council approves harbour flood wall after record storm surge')
    await headline.waitFor()
    // The byline column fills in once the authors are loaded.
    await page.getByText('Tomas Reyes').first().waitFor()
    const rows = page.locator('table tbody tr')
    const listed = await rows.allInnerTexts()
    expect(listed.find((row) => row.includes('Port Alder council approves harbour flood wall'))).toContain('Tomas Reyes')
    expect(listed.some((row) => row.includes('Storm surge floods Port Alder waterfront, hundreds evacuated'))).toBe(true)
    await page.screenshot({ fullPage: true, path: path.join(shots, 'articles.png') })
  })

  it('imports .txt stories from the Articles list and shows the report, links as they stand after all files', async () => {
    await page.goto('/admin/collections/articles')
    await page.getByText('Import stories from text files').click()
    const story = 'Ferry terminal plans unveiled on the old quay\n\nby Mara Lindqvist\n\nThe plans were shown on Monday.\n\nRead also: Storm surge floods Port Alder waterfront, hundreds evacuated\n\nRead also: Quay traders welcome ferry plans\n\nLeave a Comment'
    const second = 'Quay traders welcome ferry plans\n\nShop owners said the terminal would bring customers.\n\nRead also: Ferry terminal plans unveiled on the old quay'
    await page.setInputFiles('input[aria-label="Story files"]', [
      { buffer: Buffer.from(story), mimeType: 'text/plain', name: 'ferry.txt' },
      { buffer: Buffer.from(second), mimeType: 'text/plain', name: 'traders.txt' },
    ])
    await page.getByRole('button', { name: 'Import' }).click()
    const rows = page.locator('.import-stories__report tbody tr')
    // Shown once every file is in: the first story's link to the second one.
    await rows.nth(0).getByText('Quay traders welcome ferry plans: resolved').waitFor()
    await expect(rows.count()).resolves.toBe(2)
    const first = await rows.nth(0).innerText()
    expect(first).toContain('created')
    expect(first).toContain('Storm surge floods Port Alder waterfront, hundreds evacuated: resolved')
    expect(first).toContain('Leave a Comment (comment prompt)')
    await expect(rows.nth(1).innerText()).resolves.toContain('Ferry terminal plans unveiled on the old quay: resolved')
    await page.screenshot({ fullPage: true, path: path.join(shots, 'import.png') })
  })

  it('shows a story’s Read-also blocks in the editor and its links and backlinks in the Links tab', async () => {
    await page.goto('/admin/collections/articles')
    await page.getByText('Port Alder council approves harbour flood wall after record storm surge').click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    await page.locator('.rich-text-lexical').first().waitFor()
    const blocks = page.locator('.rich-text-lexical input[value="Storm surge floods Port Alder waterfront, hundreds evacuated"]')
    await blocks.first().waitFor()
    await expect(blocks.count()).resolves.toBe(1)
    await page.screenshot({ fullPage: true, path: path.join(shots, 'story.png') })

    await page.getByRole('button', { name: 'Links' }).click()
    await page.getByText('Read also (links from this story)').waitFor()
    await page.getByText('Resolved').first().waitFor()
    const links = await page.locator('table tbody tr').allInnerTexts()
    expect(links.filter((row) => row.includes('Resolved'))).toEqual([
      expect.stringContaining('Storm surge floods Port Alder waterfront, hundreds evacuated'),
      expect.stringContaining('Engineers warn ageing sea defences need urgent repair'),
    ])
    await page.screenshot({ fullPage: true, path: path.join(shots, 'links.png') })
  })
})
