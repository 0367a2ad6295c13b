import type { Page } from 'playwright-core'

/**
 * Submits the admin's first-account or login form and waits for the dashboard. A click that lands while the form is
 * still processing the last typed field (or before the page took over the form) can be swallowed; then it is clicked
 * once more.
 */
export async function submitUntilAdmin(page: Page): Promise<void> {
  const atAdmin = (url: URL) => url.pathname === '/admin'
  await page.click('button[type="submit"]')
  const arrived = await page.waitForURL(atAdmin, { timeout: 10_000 }).then(
    () => true,
    () => false,
  )
  if (arrived) return
  await page.click('button[type="submit"]', { timeout: 5_000 }).catch(() => undefined)
  await page.waitForURL(atAdmin)
}
