/**
 * The plugin as a user installs it: a plain Payload 3 app (test/host-app/fixture: its own `users` with a
 * `displayName`, its own `pages`, SQLite, no `transpilePackages`) gets the package `npm pack` makes, generates its
 * import map and types, type-checks a script that uses its collections and the plugin's through the typed Local API,
 * creates and runs its migrations, runs `next build` and `next start`, and is used over HTTP. Then the same with the
 * package installed from a folder link (`file:`), as developers try plugins.
 *
 * Nothing is downloaded: the host's node_modules holds links to the packages this repository installed (the same
 * versions the host's package.json names), and the package itself is unpacked from the tarball as npm does, or
 * linked to this repository for the folder install. The apps run under .host-app/ inside the repository.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { paragraphsToLexical } from '../../src/lexical/paragraphs'

const repo = path.resolve(import.meta.dirname, '../..')
const fixture = path.join(repo, 'test/host-app/fixture')
const workRoot = path.join(repo, '.host-app')

/**
 * The host runs as a plain app: none of the options this repository's own scripts give Node, but the one the README
 * tells hosts on Node 20 to set: without `--conditions=production`, Payload's CLI there was seen to exit 0 without
 * doing its work (`payload generate:types` writing no file in about one run in five, with or without this plugin).
 */
const hostEnv = (dir: string): NodeJS.ProcessEnv => {
  const { NODE_OPTIONS: _options, DATABASE_URI: _uri, NEWSROOM_DATA_DIR: _data, ...rest } = process.env
  return {
    ...rest,
    CI: 'true',
    DATABASE_URI: `file:${path.join(dir, 'host.db')}`,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    NODE_OPTIONS: '--conditions=production',
    PAYLOAD_SECRET: 'host-app-secret',
  }
}

function run(dir: string, command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: hostEnv(dir), maxBuffer: 64 * 1024 * 1024 })
  const output = `${result.stdout}\n${result.stderr}`
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status} in ${dir}:\n${output.slice(-6000)}`)
  return output
}

let tarball: string | undefined
/**
 * `npm pack` of this repository (its prepack builds dist/), once for the whole suite; NEWSROOM_PACKAGE names another
 * tarball to try instead (such as one packed from an earlier commit).
 */
function pack(): string {
  if (tarball) return tarball
  fs.rmSync(workRoot, { force: true, recursive: true })
  fs.mkdirSync(workRoot, { recursive: true })
  if (process.env.NEWSROOM_PACKAGE) return (tarball = path.resolve(process.env.NEWSROOM_PACKAGE))
  const output = run(repo, 'npm', ['pack', '--json', '--pack-destination', workRoot])
  const [{ filename }] = JSON.parse(output.slice(output.indexOf('[\n'), output.lastIndexOf(']') + 1)) as { filename: string }[]
  tarball = path.join(workRoot, filename)
  return tarball
}

/** A copy of the fixture whose node_modules links to this repository's packages, plus newsroom-cms as given. */
function hostApp(name: string, install: (modules: string) => void): string {
  const dir = path.join(workRoot, name)
  fs.cpSync(fixture, dir, { recursive: true })
  const modules = path.join(dir, 'node_modules')
  fs.mkdirSync(modules)
  for (const entry of fs.readdirSync(path.join(repo, 'node_modules'))) {
    if (entry === 'newsroom-cms' || entry === '.package-lock.json') continue
    fs.symlinkSync(path.join(repo, 'node_modules', entry), path.join(modules, entry))
  }
  install(modules)
  return dir
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** Starts `next start` and resolves once it answers; rejects with its output if it exits first. */
async function start(dir: string): Promise<{ process: ChildProcess; url: string }> {
  const port = await freePort()
  const child = spawn(path.join(dir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env: hostEnv(dir) })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`)
    const up = await fetch(`${url}/api/pages?limit=1`).then((response) => response.status < 500, () => false)
    if (up) return { process: child, url }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const json = { 'content-type': 'application/json' }

function hostAppSuite(name: string, install: (modules: string) => void) {
  describe(`a Payload app with the plugin ${name}`, () => {
    let dir: string
    let server: { process: ChildProcess; url: string } | undefined
    let token = ''
    const api = async <T>(pathname: string, init: RequestInit = {}): Promise<{ body: T; status: number }> => {
      const response = await fetch(`${server!.url}/api${pathname}`, {
        ...init,
        headers: { ...json, ...(token ? { authorization: `JWT ${token}` } : {}), ...init.headers },
      })
      return { body: (await response.json()) as T, status: response.status }
    }

    beforeAll(() => {
      dir = hostApp(name.replace(/\W+/g, '-'), install)
    })

    afterAll(async () => {
      if (server && server.process.exitCode === null) {
        const exited = new Promise((resolve) => server!.process.once('exit', resolve))
        server.process.kill()
        await exited
      }
    })

    it('generates its import map and types, and its own types stay exact in a script using both', () => {
      run(dir, 'node_modules/.bin/payload', ['generate:importmap'])
      run(dir, 'node_modules/.bin/payload', ['generate:types'])
      const importMap = fs.readFileSync(path.join(dir, 'src/app/(payload)/admin/importMap.js'), 'utf8')
      expect(importMap).toContain("from 'newsroom-cms/client'")
      expect(importMap).toContain("from '@payloadcms/plugin-seo/client'")
      const types = fs.readFileSync(path.join(dir, 'payload-types.ts'), 'utf8')
      expect(types).toContain('displayName: string')
      expect(types).toMatch(/interface Page \{/)
      // scripts/seed.ts: the host's pages and users, the plugin's articles and the users' role, by their types.
      run(dir, 'node_modules/.bin/tsc', ['--noEmit', '-p', 'tsconfig.json'])
    })

    it('creates and runs its migrations, builds with next build and starts with next start', async () => {
      run(dir, 'node_modules/.bin/payload', ['migrate:create', 'initial'])
      const migrations = fs.readdirSync(path.join(dir, 'migrations')).filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      expect(migrations).toHaveLength(1)
      const migration = fs.readFileSync(path.join(dir, 'migrations', migrations[0]!), 'utf8')
      for (const table of ['pages', 'users', 'articles', 'read_also_links']) expect(migration).toContain(`CREATE TABLE \\\`${table}\\\``)
      run(dir, 'node_modules/.bin/payload', ['migrate'])
      run(dir, 'node_modules/.bin/next', ['build'])
      server = await start(dir)
    })

    it('serves the admin, whose first account is an admin with its own display name', async () => {
      const page = await fetch(`${server!.url}/admin/create-first-user`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<html')
      const admin = { displayName: 'Host Admin', email: 'admin@host.example', password: 'a long password' }
      const created = await api<{ user: { displayName: string; role: string } }>('/users/first-register', { body: JSON.stringify(admin), method: 'POST' })
      expect(created.status).toBe(200)
      expect(created.body.user).toMatchObject({ displayName: 'Host Admin', role: 'admin' })
      const login = await api<{ token: string }>('/users/login', { body: JSON.stringify(admin), method: 'POST' })
      token = login.body.token
      // The Articles list renders the plugin's admin component from the import map.
      const list = await fetch(`${server!.url}/admin/collections/articles`, { headers: { authorization: `JWT ${token}` } })
      expect(list.status).toBe(200)
      expect(await list.text()).toContain('import-stories')
    })

    it("keeps the host's pages and users working, users carrying the newsroom role", async () => {
      const page = await api<{ doc: { id: number } }>('/pages', { body: JSON.stringify({ path: '/about', title: 'About us' }), method: 'POST' })
      expect(page.status).toBe(201)
      const found = await api<{ docs: { title: string }[] }>('/pages?where[path][equals]=/about')
      expect(found.body.docs.map((doc) => doc.title)).toEqual(['About us'])
      const user = { displayName: 'Desk Editor', email: 'editor@host.example', password: 'a long password', role: 'editor' }
      const created = await api<{ doc: { id: number } }>('/users', { body: JSON.stringify(user), method: 'POST' })
      expect(created.status).toBe(201)
      const read = await api<{ displayName: string; email: string; role: string }>(`/users/${created.body.doc.id}`)
      expect(read.body).toMatchObject({ displayName: 'Desk Editor', email: 'editor@host.example', role: 'editor' })
    })

    it('resolves a Read-also line to the story it names', async () => {
      const target = await api<{ doc: { id: number; slug: string } }>('/articles', {
        body: JSON.stringify({ _status: 'published', body: paragraphsToLexical(['The budget passed.']), title: 'Parliament passes the budget' }),
        method: 'POST',
      })
      expect(target.status).toBe(201)
      const story = await api<{ doc: { id: number } }>('/articles', {
        body: JSON.stringify({
          _status: 'published',
          body: paragraphsToLexical(['Ministers met on Monday.', 'Read also: Parliament passes the budget']),
          title: 'Ministers meet',
        }),
        method: 'POST',
      })
      expect(story.status).toBe(201)
      type Link = { state: string; target: { slug: string; title: string } | null; text: string }
      const read = await fetch(`${server!.url}/api/articles/${story.body.doc.id}?depth=1`)
      const article = (await read.json()) as { readAlso: { docs: Link[] } }
      expect(article.readAlso.docs.map(({ state, target, text }) => ({ slug: target?.slug, state, text }))).toEqual([
        { slug: target.body.doc.slug, state: 'resolved', text: 'Parliament passes the budget' },
      ])
      // The host's own migrations have no per-status counts table: the list's total is Payload's count, and right.
      type Page = { totalDocs: number }
      const listed = (await (await fetch(`${server!.url}/api/articles?limit=1&depth=0`)).json()) as Page
      const counted = (await (await fetch(`${server!.url}/api/articles?limit=1&depth=0&where[id][exists]=true`)).json()) as Page
      expect(listed.totalDocs).toBeGreaterThanOrEqual(2)
      expect(listed.totalDocs).toBe(counted.totalDocs)
    })
  })
}

describe('the packed package', () => {
  it('holds the build, its declarations and no part of the app, tests or tools', () => {
    const file = pack()
    const unpacked = path.join(workRoot, 'unpacked')
    fs.mkdirSync(unpacked, { recursive: true })
    run(unpacked, 'tar', ['-xzf', file, '--strip-components=1'])
    const files = (fs.readdirSync(unpacked, { recursive: true }) as string[]).filter((file) => fs.statSync(path.join(unpacked, file)).isFile())
    expect(files).toContain('dist/src/plugin.js')
    expect(files).toContain('dist/src/plugin.d.ts')
    expect(files).toContain('dist/src/components/ImportStories.js')
    expect(files.filter((file) => !file.startsWith('dist/')).sort()).toEqual(['README.md', 'package.json'])
    // Nothing shipped augments Payload's generated types or refers to the app's own.
    for (const file of files) {
      const text = fs.readFileSync(path.join(unpacked, file), 'utf8')
      expect([file, /^\s*declare module ['"]payload['"]/m.test(text), /from ['"][./]*payload-types/.test(text)]).toEqual([file, false, false])
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as Record<string, Record<string, string>>
    expect(Object.keys(manifest.dependencies!).sort()).toEqual(['@sindresorhus/transliterate', 'dataloader'])
    expect(manifest.private).toBeUndefined()
  })
})

hostAppSuite('installed from the packed tarball', (modules) => {
  const target = path.join(modules, 'newsroom-cms')
  fs.mkdirSync(target)
  run(modules, 'tar', ['-xzf', pack(), '-C', target, '--strip-components=1'])
})

hostAppSuite('installed from a folder link', (modules) => {
  pack() // builds dist/, which a folder install uses as it is
  fs.symlinkSync(repo, path.join(modules, 'newsroom-cms'))
})
