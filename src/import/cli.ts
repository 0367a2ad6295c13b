/**
 * npm run import -- [--publish] [--json] [--force] [--timezone Europe/Kyiv] [--rules site-rules.json] <file|dir>…
 * Imports plain-text stories into the database that DATABASE_URI names (the embedded default when unset). Exits
 * non-zero when any file failed. Progress goes to stderr; the report (or, with --json, one JSON document) to stdout.
 * --rules adds a site's own chrome rules (see siteChromeRules in chrome.ts) before the defaults. --timezone names the
 * zone dates without one are read in (UTC otherwise). --force overwrites imported stories an editor has changed since.
 */
import fs from 'node:fs'
import path from 'node:path'

// Payload's log lines go to stderr so that --json output stays parseable; an import never loads the demo stories.
process.env.NEWSROOM_LOG ??= 'stderr'
process.env.NEWSROOM_DEMO ??= 'off'

const usage = 'usage: npm run import -- [--publish] [--json] [--force] [--timezone Europe/Kyiv] [--rules site-rules.json] <file|dir>…'

/**
 * A path as the caller typed it, from the folder `npm run` was started in (npm runs the script from the package's own
 * folder and says where it was called from in INIT_CWD).
 */
function fromCaller(target: string): string {
  const calledFrom = process.env.INIT_CWD
  if (!target || !calledFrom || path.isAbsolute(target) || path.resolve(calledFrom) === process.cwd()) return target
  return path.relative(process.cwd(), path.resolve(calledFrom, target))
}

function storyFiles(target: string): string[] {
  if (!fs.existsSync(target)) return [target]
  if (!fs.statSync(target).isDirectory()) return [target]
  return fs
    .readdirSync(target)
    .sort()
    .flatMap((name) => {
      const full = path.join(target, name)
      return fs.statSync(full).isDirectory() ? storyFiles(full) : name.toLowerCase().endsWith('.txt') ? [full] : []
    })
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set<string>()
  const targets: string[] = []
  let rulesFile: string | undefined
  let timeZone: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--rules') rulesFile = fromCaller(argv[++index] ?? '')
    else if (arg.startsWith('--rules=')) rulesFile = fromCaller(arg.slice('--rules='.length))
    else if (arg === '--timezone') timeZone = argv[++index] ?? ''
    else if (arg.startsWith('--timezone=')) timeZone = arg.slice('--timezone='.length)
    else if (arg.startsWith('--')) flags.add(arg)
    else targets.push(fromCaller(arg))
  }
  const unknown = [...flags].filter((flag) => !['--force', '--json', '--publish'].includes(flag))
  if (unknown.length > 0 || targets.length === 0 || rulesFile === '') {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n${usage}` : usage)
    return 2
  }
  if (timeZone !== undefined) {
    const { isTimeZone } = await import('./dates')
    if (!timeZone || !isTimeZone(timeZone)) {
      console.error(`--timezone ${timeZone}: not a time zone name (such as Europe/Kyiv or Asia/Seoul)`)
      return 2
    }
  }
  let chromeRules
  if (rulesFile !== undefined) {
    const { siteChromeRules } = await import('./chrome')
    try {
      chromeRules = siteChromeRules(fs.readFileSync(rulesFile, 'utf8'))
    } catch (error) {
      console.error(`rules file ${rulesFile}: ${(error as Error).message}`)
      return 2
    }
  }
  const found = targets.map((target) => ({ files: storyFiles(target), target }))
  const files = found.flatMap((entry) => entry.files)
  // A folder that holds no story is named, not passed over in silence (a path that is no folder is its own file).
  const empty = found.filter((entry) => entry.files.length === 0).map((entry) => entry.target)

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { decodeStory, StoryParseError } = await import('./parse')
  const { importStories, withReadAlso } = await import('./importStory')
  const payload = await getPayload({ config })

  type Unreadable = { error: string; file: string; status: 'failed' }
  const inputs: ({ file: string; text: string } | Unreadable)[] = files.map((file) => {
    try {
      return { file, text: decodeStory(fs.readFileSync(file)) }
    } catch (error) {
      const reason = error instanceof StoryParseError ? error.message : `cannot read: ${(error as Error).message}`
      return { error: reason, file, status: 'failed' }
    }
  })
  const readable = inputs.filter((input): input is { file: string; text: string } => 'text' in input)
  const started = Date.now()
  let learned: string[] = []
  const imported = await importStories(payload, {
    force: flags.has('--force'),
    onLearned: (lines) => (learned = lines),
    onProgress: (done, total) => {
      if (total < 20) return
      const rate = done / Math.max((Date.now() - started) / 1000, 0.001)
      process.stderr.write(`imported ${done}/${total} (${rate.toFixed(1)} stories/s)\n`)
    },
    parse: { chromeRules, timeZone },
    publish: flags.has('--publish'),
    stories: readable,
  })
  let next = 0
  const results = [
    ...inputs.map((input) => ('text' in input ? imported[next++]! : input)),
    ...empty.map((folder) => ({ error: 'no .txt files in this folder', file: folder, status: 'failed' as const })),
  ]
  const report = await withReadAlso(payload, results)

  if (learned.length > 0) {
    process.stderr.write(`learned from this batch: ${learned.length} line(s) recurring on most pages are treated as site chrome: ${learned.map((line) => JSON.stringify(line)).join(', ')}\n`)
  }
  if (flags.has('--json')) {
    // Written in full before the process exits, however slowly the reading end of a pipe drains it (or until the
    // reader closes it).
    await new Promise<void>((resolve, reject) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(error) : resolve())))
  } else {
    for (const result of report) {
      const line = result.error ? `${result.status}: ${result.error}` : `${result.status} ${result.slug}${result.changed?.length ? ` (changed: ${result.changed.join(', ')})` : ''}`
      console.log(`${result.file}: ${line}`)
      for (const link of result.readAlso ?? []) console.log(`    read also "${link.text}": ${link.state}${link.targetSlug ? ` → ${link.targetSlug}` : ''}`)
      if (result.suggestedSources?.length) console.log(`    unknown sources (add them to Sources?): ${result.suggestedSources.join(', ')}`)
      const weak = Object.entries(result.confidence ?? {}).filter(([, level]) => level === 'low' || level === 'none')
      if (result.cutOff) console.log(`    ${result.cutOff}`)
      if (result.untitled) console.log(`    ${result.untitled}: "${result.title}"`)
      if (weak.length) console.log(`    check: ${weak.map(([field, level]) => (level === 'none' ? `no ${field} found` : `${field} uncertain`)).join(', ')}`)
      if (result.dateZone && !result.dateZone.startsWith('+') && result.publishedAt) console.log(`    date read in ${result.dateZone}`)
      if (result.dropped?.length) console.log(`    dropped ${result.dropped.length} line(s): ${[...new Set(result.dropped.map((drop) => drop.reason))].join(', ')}`)
    }
    const count = (status: string) => report.filter((result) => result.status === status).length
    console.log(`${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('conflict')} conflicts, ${count('failed')} failed`)
  }
  await (await import('../db')).refreshStatistics(payload)
  await payload.db.destroy?.()
  // Exit only once everything written has left the process: a pipe's reader may be slower than the import.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
  return report.some((result) => result.status === 'failed' || result.status === 'conflict') ? 1 : 0
}

// A reader that stops early (`| head`) closes the pipe: the rest of the report is not wanted, which is no error, and
// the import finishes all the same (its exit code says how it went).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
