/**
 * A site build that keeps a folder of published stories in step with the newsroom API.
 *
 *   node --import tsx examples/site-build/build.ts --api http://localhost:3000 --out ./site [--follow] [--full]
 *
 * First run (or --full, or a cursor the server no longer accepts): remembers the change cursor, then pulls every
 * published story over GraphQL, 100 at a time in id order, with its authors, topics, Read-also links and bodyHtml,
 * writing one JSON file per story to <out>/articles/<id>.json. Later runs apply what /api/changes reports since the
 * stored cursor (<out>/state.json): upserts re-fetch the story, deletes (and unpublishes) remove its file, and a change
 * to an author, topic or source re-fetches the stories that show it, and so does a change to a story's Read-also links
 * (a target renamed, published or withdrawn). --follow keeps polling every few seconds.
 * Prints one JSON line of figures at the end of each pass.
 */
import { GraphQLClient, gql } from 'graphql-request'
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values: options } = parseArgs({
  options: {
    api: { default: process.env.NEWSROOM_API ?? 'http://localhost:3000', type: 'string' },
    follow: { default: false, type: 'boolean' },
    full: { default: false, type: 'boolean' },
    interval: { default: '5', type: 'string' },
    out: { default: './site', type: 'string' },
    'page-size': { default: '100', type: 'string' },
  },
})

const api = options.api!.replace(/\/+$/, '')
const out = path.resolve(options.out!)
const pageSize = Number(options['page-size'])
const client = new GraphQLClient(`${api}/api/graphql`)

const storyFields = gql`
  fragment Story on Article {
    id
    slug
    title
    dek
    dateline
    publishedAt
    updatedAt
    bodyHtml
    authors { id name slug kind }
    topics { id name slug }
    readAlso(limit: 50, sort: "position") { docs { text state target { slug title } } }
  }
`

const storiesQuery = gql`
  ${storyFields}
  query Stories($where: Article_where, $limit: Int!, $page: Int!) {
    Articles(where: $where, limit: $limit, page: $page, sort: "id") { docs { ...Story } hasNextPage }
  }
`

type Story = { authors?: { id: number }[] | null; id: number; sources?: unknown; topics?: { id: number }[] | null; [key: string]: unknown }
type Page = { Articles: { docs: Story[]; hasNextPage: boolean } }
type Change = { collection: string; id: number; op: 'delete' | 'upsert'; slug: null | string }
/** The change cursor, and since when Read-also links were last looked at (the server's clock, a little early). */
type State = { cursor: string; linksSince: string }

type LinksPage = { docs: { from?: null | number }[]; hasNextPage: boolean }

/** Stories whose Read-also links changed since `since` (REST: GraphQL hands a DateTime filter over as a Date). */
async function storiesWithChangedLinks(since: string, onStory: (id: number) => void) {
  for (let page = 1; ; page++) {
    const query = `where[updatedAt][greater_than]=${encodeURIComponent(since)}&select[from]=true&depth=0&limit=500&sort=id&page=${page}`
    const response = await fetch(`${api}/api/read-also-links?${query}`)
    if (!response.ok) throw new Error(`GET /api/read-also-links: ${response.status} ${await response.text()}`)
    const body = (await response.json()) as LinksPage
    for (const link of body.docs) if (typeof link.from === 'number') onStory(link.from)
    if (!body.hasNextPage) return
  }
}

/** A moment a few seconds before the server's answer was sent, from its Date header. */
const serverTime = (response: Response) => new Date(new Date(response.headers.get('date') ?? Date.now()).getTime() - 5000).toISOString()

const published = { _status: { equals: 'published' } }
const file = (id: number) => path.join(out, 'articles', `${id}.json`)
const stateFile = path.join(out, 'state.json')

async function write(story: Story) {
  const target = file(story.id)
  // Written whole, then renamed, so a reader of the folder never sees half a story.
  await fs.writeFile(`${target}.tmp`, `${JSON.stringify(story, null, 2)}\n`)
  await fs.rename(`${target}.tmp`, target)
}

/** Every published story matching `where`, page by page; each page is written before the next is asked for. */
async function eachStory(where: object, onPage: (stories: Story[]) => Promise<void>) {
  for (let page = 1; ; page++) {
    const { Articles } = await client.request<Page>(storiesQuery, { limit: pageSize, page, where: Object.keys(where).length ? { AND: [published, where] } : published })
    await onPage(Articles.docs)
    if (!Articles.hasNextPage) return
  }
}

async function changesSince(cursor: string): Promise<{ at: string; changes: Change[]; next: string } | 'expired'> {
  const changes: Change[] = []
  let at: string | undefined
  for (;;) {
    const response = await fetch(`${api}/api/changes?since=${encodeURIComponent(cursor)}&limit=1000`)
    if (response.status === 410) return 'expired'
    if (!response.ok) throw new Error(`GET /api/changes: ${response.status} ${await response.text()}`)
    at ??= serverTime(response)
    const body = (await response.json()) as { changes: Change[]; hasMore: boolean; next: string }
    changes.push(...body.changes)
    cursor = body.next
    if (!body.hasMore) return { at, changes, next: cursor }
  }
}

async function latestCursor(): Promise<State> {
  const response = await fetch(`${api}/api/changes?since=latest`)
  if (!response.ok) throw new Error(`GET /api/changes?since=latest: ${response.status}`)
  return { cursor: ((await response.json()) as { next: string }).next, linksSince: serverTime(response) }
}

async function saveState(state: State) {
  await fs.writeFile(`${stateFile}.tmp`, JSON.stringify(state))
  await fs.rename(`${stateFile}.tmp`, stateFile)
}

async function fullPull(): Promise<number> {
  // The cursor first: whatever changes while the pull runs is applied by the next incremental pass.
  const state = await latestCursor()
  const kept = new Set<string>()
  let stories = 0
  await eachStory({}, async (page) => {
    for (const story of page) {
      await write(story)
      kept.add(`${story.id}.json`)
    }
    stories += page.length
  })
  for (const name of await fs.readdir(path.join(out, 'articles'))) if (!kept.has(name)) await fs.rm(path.join(out, 'articles', name))
  await saveState(state)
  return stories
}

async function readLocal(id: number): Promise<Story | undefined> {
  try {
    return JSON.parse(await fs.readFile(file(id), 'utf8')) as Story
  } catch {
    return undefined
  }
}

async function incremental(state: State): Promise<{ changes: number; deleted: number; fetched: number } | 'expired'> {
  const answer = await changesSince(state.cursor)
  if (answer === 'expired') return 'expired'
  const { at, changes, next } = answer
  // The last change of each story decides; a change to an author, topic or source refreshes the stories showing it.
  const stories = new Map<number, Change['op']>()
  const related = { authors: new Set<number>(), sources: new Set<number>(), topics: new Set<number>() }
  for (const change of changes) {
    if (change.collection === 'articles') stories.set(change.id, change.op)
    else if (change.collection in related) related[change.collection as keyof typeof related].add(change.id)
  }
  let deleted = 0
  for (const [id, op] of stories) {
    if (op === 'delete') {
      await fs.rm(file(id), { force: true })
      deleted++
    }
  }
  const refresh = new Set([...stories].filter(([, op]) => op === 'upsert').map(([id]) => id))
  if (related.authors.size || related.topics.size || related.sources.size) {
    // Stories that show them now (renamed, say), and local stories that showed one that is gone.
    const where = {
      OR: (['authors', 'topics', 'sources'] as const).filter((key) => related[key].size).map((key) => ({ [key]: { in: [...related[key]] } })),
    }
    await eachStory(where, async (page) => page.forEach((story) => refresh.add(story.id)))
    for (const name of await fs.readdir(path.join(out, 'articles'))) {
      const local = await readLocal(Number(name.replace(/\.json$/, '')))
      if (!local) continue
      const shows = (list: { id: number }[] | null | undefined, ids: Set<number>) => (list ?? []).some((entry) => ids.has(entry.id))
      if (shows(local.authors, related.authors) || shows(local.topics, related.topics)) refresh.add(local.id)
    }
  }
  // A story whose Read-also link changed (its target renamed, published or withdrawn) renders a different body.
  await storiesWithChangedLinks(state.linksSince, (id) => {
    if (stories.get(id) !== 'delete') refresh.add(id)
  })
  let fetched = 0
  const ids = [...refresh]
  for (let start = 0; start < ids.length; start += pageSize) {
    const batch = ids.slice(start, start + pageSize)
    const seen = new Set<number>()
    // GraphQL's id filter has no `in`: one `equals` per id.
    await eachStory({ OR: batch.map((id) => ({ id: { equals: id } })) }, async (page) => {
      for (const story of page) {
        await write(story)
        seen.add(story.id)
        fetched++
      }
    })
    // Not published any more (a later change will say so too): not on the site.
    for (const id of batch) if (!seen.has(id)) await fs.rm(file(id), { force: true })
  }
  await saveState({ cursor: next, linksSince: at })
  return { changes: changes.length, deleted, fetched }
}

async function pass(): Promise<Record<string, unknown>> {
  const started = performance.now()
  await fs.mkdir(path.join(out, 'articles'), { recursive: true })
  const state = options.full ? undefined : await fs.readFile(stateFile, 'utf8').then((text) => JSON.parse(text) as State).catch(() => undefined)
  let result: Record<string, unknown>
  if (state) {
    const applied = await incremental(state)
    result = applied === 'expired' ? { kind: 'full', reason: 'cursor expired', stories: await fullPull() } : { kind: 'incremental', ...applied }
  } else {
    result = { kind: 'full', stories: await fullPull() }
  }
  return { ...result, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), seconds: (performance.now() - started) / 1000 }
}

console.log(JSON.stringify(await pass()))
options.full = false
while (options.follow) {
  await new Promise((resolve) => setTimeout(resolve, Number(options.interval) * 1000))
  console.log(JSON.stringify(await pass()))
}
