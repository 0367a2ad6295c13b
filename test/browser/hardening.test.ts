import { type Browser, chromium, type Page } from 'playwright-core'

import { submitUntilAdmin } from '../helpers/admin'
import { type RunningServer, startTestServer } from '../helpers/server'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const admin = { email: 'csp.admin@example.test', password: 'correct horse battery staple' }

let server: RunningServer
let browser: Browser
let page: Page
const violations: string[] = []
const writes: number[] = []

beforeAll(async () => {
  server = await startTestServer('browser-csp', { embedded: true })
  browser = await chromium.launch({ args: ['--no-sandbox', '--disable-gpu', '--no-first-run'], executablePath, headless: true })
  page = await browser.newPage({ baseURL: server.url })
  page.setDefaultTimeout(60_000)
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.request().method() !== 'GET') writes.push(response.status())
  })
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`))
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the admin works under the content security policy', () => {
  it('registers, lists and opens a story with no policy violation', async () => {
    const response = await page.goto('/admin')
    expect(response?.headers()['content-security-policy']).toMatch(/script-src/)
    await page.waitForURL(/\/admin\/create-first-user/)
    await page.fill('#field-email', admin.email)
    await page.fill('#field-password', admin.password)
    await page.fill('#field-confirm-password', admin.password)
    await submitUntilAdmin(page)
    await page.goto('/admin/collections/articles')
    await page.getByRole('link', { name: /Port Alder council/ }).first().click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    await expect(page.locator('#field-title').inputValue()).resolves.toMatch(/Port Alder council/)
    // A save from the admin passes the input checks the API applies.
    await page.fill('#field-title', 'Port Alder council approves harbour flood wall, edited under the policy')
    const saved = page.waitForResponse((r) => /\/api\/articles\/\d+/.test(r.url()) && r.request().method() === 'PATCH' && !r.url().includes('autosave'))
    await page.getByRole('button', { name: /publish changes/i }).click()
    expect((await saved).status()).toBe(200)
    expect(writes.filter((status) => status >= 400)).toEqual([])
    await page.goto('/admin/logout')
    await page.waitForURL(/\/admin\/login/)
    expect(violations).toEqual([])
  })
})
