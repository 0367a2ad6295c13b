import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContext, chromium, type Locator, type Page, type Response } from 'playwright-core'

import { runId } from '../helpers/database'
import { bootPayload, shutdown } from '../helpers/payload'
import { type RunningServer, startTestServer } from '../helpers/server'
import { story } from '../helpers/stories'

/**
 * An editor's day in the admin panel, in Debian's Chromium against the real server: each step asserts what the
 * editor sees and leaves a screenshot in test-results/screenshots/ (kept by CI); any error in the browser console
 * fails the step. Runs on the database DATABASE_URI names (a fresh SQLite file when unset); names carry the run id.
 */

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const shots = path.resolve('test-results', 'screenshots')
const password = 'correct horse battery staple'
const editor = { email: `day.editor-${runId}@example.test`, password }
const contributor = { email: `day.contributor-${runId}@example.test`, password }

const named = (text: string) => `${text} (${runId})`
const names = {
  author: named('Mara Lindqvist'),
  contributed: named('Night market returns to the old quay'),
  first: named('Harbour ferry fares rise for the first time in a decade'),
  imported: named('Lighthouse keepers’ cottage opens as a museum'),
  later: named('Ferry operator explains the new fares'),
  renamed: named('Storm wall vote: council approves the harbour flood barrier'),
  scheduled: named('Harbour festival programme announced'),
  source: named('Port Alder Harbour Authority'),
  target: named('Council approves harbour flood barrier'),
  tied: named('Quay traders meet the council'),
  topic: named('Harbour'),
  untied: named('Traders split over the quay plans'),
}

let server: RunningServer
let payload: Payload
let browser: Browser
let context: BrowserContext
let page: Page
const consoleErrors: string[] = []
const ids: Record<'contributed' | 'first' | 'later' | 'target' | 'tiedA' | 'tiedB' | 'untied', number> = {
  contributed: 0,
  first: 0,
  later: 0,
  target: 0,
  tiedA: 0,
  tiedB: 0,
  untied: 0,
}

beforeAll(async () => {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`)
  }
  server = await startTestServer('browser-day')
  payload = await bootPayload('browser-day', server.env)

  // What the newsroom already has this morning: accounts, a byline, a source, a topic and some stories.
  const editorUser = await payload.create({ collection: 'users', data: { ...editor, name: 'Day Editor', role: 'editor' } })
  await payload.create({ collection: 'users', data: { ...contributor, name: 'Day Contributor', role: 'contributor' } })
  await payload.create({ collection: 'authors', data: { kind: 'person', name: names.author } })
  await payload.create({ collection: 'sources', data: { kind: 'organisation', name: names.source } })
  await payload.create({ collection: 'topics', data: { name: names.topic } })
  ids.target = (await story(payload, names.target, ['Councillors voted for the barrier on Tuesday.'])).id
  ids.tiedA = (await story(payload, names.tied, ['One report of the meeting.'], { slug: `quay-traders-a-${runId}` })).id
  ids.tiedB = (await story(payload, names.tied, ['Another report of the meeting.'], { slug: `quay-traders-b-${runId}` })).id
  // One line two published stories answer to, and one that names the story itself.
  ids.untied = (await story(payload, names.untied, ['Traders disagree.', `Read also: ${names.tied}`, `Read also: ${names.untied}`])).id
  const scheduled = await story(payload, names.scheduled, ['The programme runs for a week.'], { status: 'draft' })
  await payload.jobs.queue({
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: String(scheduled.id) },
      user: { relationTo: 'users', value: editorUser.id },
    } as never,
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + 30 * 24 * 3600 * 1000),
  })

  browser = await chromium.launch({
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    executablePath,
    headless: true,
  })
  context = await browser.newContext({ baseURL: server.url, viewport: { height: 1000, width: 1400 } })
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
  page.on('console', (message) => {
    // The resource a "Failed to load resource" error is about is in the message's location, not its text.
    const source = message.location().url
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}${source && source !== page.url() ? ` (${source})` : ''}`)
  })
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: page error: ${error.message}`))
  fs.mkdirSync(shots, { recursive: true })
}, 240_000)

afterEach(() => {
  const seen = consoleErrors.splice(0)
  expect(seen).toEqual([])
})

afterAll(async () => {
  await browser?.close()
  await shutdown(payload)
  await server?.stop()
})

const shot = (name: string) => page.screenshot({ fullPage: true, path: path.join(shots, `editors-day-${name}.png`) })

async function signIn(account: { email: string; password: string }) {
  await context.clearCookies()
  await page.goto('/admin/login')
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')
}

/** Opens a story's edit view on its Story tab (the admin reopens the tab last used) and waits for its body. */
async function openStory(id: number) {
  await page.goto(`/admin/collections/articles/${id}`)
  await storyTab()
}

async function storyTab() {
  await page.getByRole('button', { exact: true, name: 'Story' }).click()
  await page.locator('.rich-text-lexical [contenteditable="true"]').first().waitFor()
}

const body = () => page.locator('.rich-text-lexical [contenteditable="true"]').first()

/** Pastes text where the caret is, as the clipboard would: Lexical's own paste handling runs. */
async function paste(text: string) {
  await body().evaluate((element, pasted) => {
    const data = new DataTransfer()
    data.setData('text/plain', pasted)
    element.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }))
  }, text)
}

/**
 * Pastes a line and waits for the autosave that carries it: the editor hands its changes to the form when the
 * browser is idle, so a Publish clicked at once could save the body as it was before the paste.
 */
async function pasteAndAutosave(text: string) {
  const kept = page.waitForResponse((response) => response.url().includes('autosave=true') && (response.request().postData() ?? '').includes(text))
  await paste(text)
  expect((await kept).status()).toBe(200)
}

/**
 * Clicks Publish (or Publish changes) and waits for the server to accept the save. A click that lands while an
 * autosave of the same form is in flight can be swallowed by the form; then it is clicked once more.
 */
async function publish() {
  const isSave = (response: Response) =>
    /\/api\/articles\/\d+/.test(response.url()) && response.request().method() === 'PATCH' && !response.url().includes('autosave=true')
  const first = page.waitForResponse(isSave, { timeout: 10_000 })
  await page.locator('#action-save').click()
  let saved = await first.catch(() => undefined)
  if (!saved) {
    const second = page.waitForResponse(isSave)
    await page.locator('#action-save').click()
    saved = await second
  }
  expect(saved.status()).toBe(200)
}

/** Picks an option of a relationship or select field in the sidebar, typing to narrow the list. */
async function choose(field: string, option: string) {
  await page.locator(`#field-${field}`).click()
  await page.keyboard.type(option.slice(0, 20))
  await page.locator('.rs__option', { hasText: option }).first().click()
  await page.keyboard.press('Escape')
  await expect(page.locator(`#field-${field}`).innerText()).resolves.toContain(option)
}

/** The state line of the Read-also block whose headline input holds `headline`; with `state`, once it reads so. */
const blockState = (headline: string, state?: string): Locator =>
  page
    .locator('.LexicalEditorTheme__block-readAlso', { has: page.locator(`input[value="${headline}"]`) })
    .locator(state ? `.read-also-state[data-state="${state}"]` : '.read-also-state')

/** The stories an anonymous reader finds under a headline, over REST. */
async function publicList(title: string): Promise<{ _status?: string; title: string }[]> {
  const query = new URLSearchParams({ depth: '0', 'where[title][equals]': title })
  const response = await fetch(`${server.url}/api/articles?${query}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: { _status?: string; title: string }[] }).docs
}

describe('an editor’s day in the admin panel', () => {
  it('signs in and sees the newsroom dashboard', async () => {
    await signIn(editor)
    const panel = page.locator('.newsroom-dashboard')
    await panel.waitFor()
    await expect(panel.locator('h3').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^In review \(\d+\)$/),
      expect.stringMatching(/^Scheduled \(\d+\)$/),
      expect.stringMatching(/^Recently published \(\d+\)$/),
      expect.stringMatching(/^Read-also links needing an editor \(\d+\)$/),
    ])
    await shot('01-dashboard')
  })

  it('writes a story with byline, source and topic, pastes a Read-also line and sees it resolved in place', async () => {
    await page.goto('/admin/collections/articles/create')
    await page.locator('#field-title').waitFor()
    await page.fill('#field-title', names.first)
    await choose('authors', names.author)
    await choose('sources', names.source)
    await choose('topics', names.topic)
    await body().click()
    await page.keyboard.type('Ferry fares rise by a fifth from Monday, the operator said.')
    await page.keyboard.press('Enter')
    await pasteAndAutosave(`Read also: ${names.target}`)
    // Still a paragraph in the editor: the server turns it into a block on save.
    await expect(page.locator('.read-also-state').count()).resolves.toBe(0)
    await publish()
    ids.first = Number(/\/articles\/(\d+)/.exec(page.url())![1])

    const state = blockState(names.target)
    await state.locator('a.read-also-state__target').waitFor()
    await expect(state.getAttribute('data-state')).resolves.toBe('resolved')
    await expect(state.innerText()).resolves.toContain(`Links to ${names.target}`)
    await expect(state.locator('a').getAttribute('href')).resolves.toBe(`/admin/collections/articles/${ids.target}`)
    // The block's fields read as editors speak, and no "Untitled" block name.
    const block = page.locator('.LexicalEditorTheme__block-readAlso').first()
    await expect(block.locator('.field-label').allInnerTexts()).resolves.toEqual(['Headline', 'URL', 'Pick a story'])
    await expect(block.getByText('Untitled').count()).resolves.toBe(0)
    // What was saved: the byline, source and topic picked.
    const saved = await payload.findByID({ collection: 'articles', depth: 1, id: ids.first })
    expect(saved.authors?.map((author) => typeof author === 'object' && author.name)).toEqual([names.author])
    expect(saved.sources?.map((source) => typeof source === 'object' && source.name)).toEqual([names.source])
    expect(saved.topics?.map((topic) => typeof topic === 'object' && topic.name)).toEqual([names.topic])
    await shot('02-resolved-in-place')
  })

  it('follows the block to its target and finds the backlink on the Links tab', async () => {
    await blockState(names.target).locator('a').click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${ids.target}$`))
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(names.target)
    await page.getByRole('button', { name: 'Links' }).click()
    const backlinks = page.locator('.field-type.join', { hasText: 'Linked from (backlinks)' })
    await backlinks.getByText(names.first).first().waitFor()
    await expect(backlinks.locator('tbody tr').allInnerTexts()).resolves.toEqual([expect.stringContaining('Resolved')])
    await shot('03-backlink')
  })

  it('pastes a line for a story not written yet, writes it, and finds the first story’s block resolved without saving it again', async () => {
    await openStory(ids.first)
    // The caret at the end of the first paragraph, then a new paragraph for the line.
    const first = body().locator('p', { hasText: 'Ferry fares rise by a fifth' })
    await first.click()
    await first.evaluate((paragraph) => {
      const range = document.createRange()
      range.selectNodeContents(paragraph)
      range.collapse(false)
      window.getSelection()?.removeAllRanges()
      window.getSelection()?.addRange(range)
    })
    await page.keyboard.press('Enter')
    await pasteAndAutosave(`Read also: ${names.later}`)
    await publish()
    const pending = blockState(names.later, 'pending')
    await pending.waitFor()
    await expect(pending.innerText()).resolves.toContain('No story with this headline yet')
    await blockState(names.target, 'resolved').waitFor()
    await shot('04-pending')
    const published = await payload.findByID({ collection: 'articles', depth: 0, id: ids.first })

    await page.goto('/admin/collections/articles/create')
    await page.locator('#field-title').waitFor()
    await page.fill('#field-title', names.later)
    await body().click()
    await page.keyboard.type('The operator blamed fuel costs.')
    await publish()
    ids.later = Number(/\/articles\/(\d+)/.exec(page.url())![1])

    await openStory(ids.first)
    const resolved = blockState(names.later)
    await resolved.locator('a').waitFor()
    await expect(resolved.getAttribute('data-state')).resolves.toBe('resolved')
    await expect(resolved.locator('a').getAttribute('href')).resolves.toBe(`/admin/collections/articles/${ids.later}`)
    // Nobody saved the first story since: its published version is the one from before.
    const now = await payload.findByID({ collection: 'articles', depth: 0, id: ids.first })
    expect(now.updatedAt).toBe(published.updatedAt)
    await shot('05-resolved-later')
  })

  it('renames the target, and the link holds under its new headline', async () => {
    await openStory(ids.target)
    // The new headline reaches the server's draft first (autosave), so Publish does not race that save.
    const kept = page.waitForResponse((response) => response.url().includes('autosave=true') && (response.request().postData() ?? '').includes(names.renamed))
    await page.fill('#field-title', names.renamed)
    expect((await kept).status()).toBe(200)
    await publish()
    await openStory(ids.first)
    const state = blockState(names.target)
    await state.getByText(names.renamed).waitFor()
    await expect(state.getAttribute('data-state')).resolves.toBe('resolved')
    await expect(state.locator('a').getAttribute('href')).resolves.toBe(`/admin/collections/articles/${ids.target}`)
    await shot('06-renamed-target')
  })

  it('imports a .txt page from the Articles list and opens the imported story', async () => {
    await page.goto('/admin/collections/articles')
    await page.getByText('Import stories from text files').click()
    const text = [
      names.imported,
      `by ${names.author}`,
      'The cottage at the end of the breakwater opens to visitors on Saturday.',
      'Volunteers restored the lamp room over two winters.',
      `Read also: ${names.later}`,
    ].join('\n\n')
    await page.setInputFiles('input[aria-label="Story files"]', [{ buffer: Buffer.from(text), mimeType: 'text/plain', name: 'lighthouse.txt' }])
    await page.getByRole('button', { name: 'Import' }).click()
    const row = page.locator('.import-stories__report tbody tr').first()
    await row.getByText(`${names.later}: resolved`).waitFor()
    await expect(row.innerText()).resolves.toContain('created')
    await shot('07-import-report')

    await row.getByRole('link', { name: names.imported }).click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+$/)
    await storyTab()
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(names.imported)
    await body().getByText('Volunteers restored the lamp room over two winters.').waitFor()
    // The byline field fetches its author's name after the form renders; wait for it rather than read it once.
    await page.locator('#field-authors').getByText(names.author).waitFor()
    const state = blockState(names.later)
    await state.locator('a').waitFor()
    await expect(state.getAttribute('data-state')).resolves.toBe('resolved')
    await shot('08-imported-story')
  })

  it('as a contributor, submits a story for review and finds no Publish or Delete', async () => {
    await signIn(contributor)
    await page.goto('/admin/collections/articles/create')
    await page.locator('#field-title').waitFor()
    await page.fill('#field-title', names.contributed)
    await body().click()
    await page.keyboard.type('Stalls open at dusk from Friday.')
    // Contributors save by autosave; the review state goes with the next one.
    const submitted = page.waitForResponse(
      (response) => response.url().includes('autosave=true') && (response.request().postData() ?? '').includes('"review"'),
    )
    await choose('workflow', 'In review')
    expect((await submitted).status()).toBe(200)
    ids.contributed = Number(/\/articles\/(\d+)/.exec(page.url())![1])

    await expect(page.locator('#action-save').count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: /publish/i }).count()).resolves.toBe(0)
    const menu = page.locator('.doc-controls__popup button, .doc-controls__dots').first()
    if ((await menu.count()) > 0) await menu.click()
    await expect(page.locator('#action-delete').count()).resolves.toBe(0)
    await shot('09-contributor-submits')

    // Their dashboard lists it in review; scheduling is an editor's, so no Scheduled list.
    await page.goto('/admin')
    const review = page.locator('[data-section="review"]')
    await review.getByRole('link', { name: names.contributed }).waitFor()
    await expect(page.locator('[data-section="scheduled"]').count()).resolves.toBe(0)
    await expect(publicList(names.contributed)).resolves.toEqual([])
    await shot('10-contributor-dashboard')
  })

  it('as an editor, finds the story on the dashboard, publishes it and sees it in the public list', async () => {
    await signIn(editor)
    const panel = page.locator('.newsroom-dashboard')
    await panel.locator('[data-section="review"]').getByRole('link', { name: names.contributed }).waitFor()
    const scheduled = panel.locator('[data-section="scheduled"] li', { hasText: names.scheduled })
    await expect(scheduled.innerText()).resolves.toMatch(/Publish \d{4}-\d\d-\d\d \d\d:\d\d UTC/)
    await expect(scheduled.getByRole('link').getAttribute('href')).resolves.toMatch(/\/admin\/collections\/articles\/\d+$/)
    await panel.locator('[data-section="published"]').getByRole('link', { name: names.first }).waitFor()
    const needing = panel.locator('[data-section="read-also"] li', { hasText: names.untied })
    await expect(needing.allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('pick one'), expect.stringContaining('points at its own story')]),
    )
    await shot('11-editor-dashboard')

    await panel.locator('[data-section="review"]').getByRole('link', { name: names.contributed }).click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${ids.contributed}$`))
    await page.locator('#action-save').waitFor()
    await publish()
    await page.locator('.doc-controls').getByText(/^(Published|Changed)$/).first().waitFor()
    await expect(publicList(names.contributed)).resolves.toEqual([expect.objectContaining({ _status: 'published', title: names.contributed })])
    await shot('12-editor-publishes')

    await page.goto('/admin')
    await page.locator('[data-section="published"]').getByRole('link', { name: names.contributed }).waitFor()
  })

  it('picks one of two stories for an ambiguous line in one click, from the dashboard; a line naming its own story is flagged', async () => {
    await page.goto('/admin')
    await page.locator('[data-section="read-also"] li', { hasText: 'pick one' }).filter({ hasText: names.untied }).getByRole('link').click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${ids.untied}$`))
    await storyTab()
    const tied = blockState(names.tied)
    const choices = tied.getByRole('button')
    await choices.nth(1).waitFor()
    await expect(tied.getAttribute('data-state')).resolves.toBe('ambiguous')
    await expect(tied.innerText()).resolves.toContain('Several stories have this headline. Pick a story:')
    await expect(choices.allInnerTexts()).resolves.toEqual([
      `${names.tied} (published, id ${ids.tiedA})`,
      `${names.tied} (published, id ${ids.tiedB})`,
    ])
    const self = blockState(names.untied, 'self')
    await self.waitFor()
    await expect(self.innerText()).resolves.toContain('This points at the story itself')
    await shot('13-ambiguous')

    const picked = page.waitForResponse(
      (response) => response.url().includes('autosave=true') && (response.request().postData() ?? '').includes(`"article":${ids.tiedB}`),
    )
    await choices.nth(1).click()
    expect((await picked).status()).toBe(200)
    // The pick fills the block's "Pick a story" field; saving makes the link.
    await page.locator('.LexicalEditorTheme__block-readAlso', { has: page.locator(`input[value="${names.tied}"]`) }).getByText(names.tied, { exact: true }).first().waitFor()
    await tied.getByText('publish the changes to update the link').waitFor()
    await publish()
    await tied.locator('a').waitFor()
    await expect(tied.getAttribute('data-state')).resolves.toBe('resolved')
    await expect(tied.locator('a').getAttribute('href')).resolves.toBe(`/admin/collections/articles/${ids.tiedB}`)
    await shot('14-picked')
  })
})
