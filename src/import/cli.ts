/**
 * npm run import -- [--publish] [--json] [--rules site-rules.json] <file|dir>…
 * Imports plain-text stories into the database that DATABASE_URI names (the embedded default when unset). Exits
 * non-zero when any file failed. Progress goes to stderr; the report (or, with --json, one JSON document) to stdout.
 * --rules adds a site's own chrome rules (see siteChromeRules in chrome.ts) before the defaults.
 */
import fs from 'node:fs'
import path from 'node:path'

// Payload's log lines go to stderr so that --json output stays parseable; an import never loads the demo stories.
process.env.NEWSROOM_LOG ??= 'stderr'
process.env.NEWSROOM_DEMO ??= 'off'

const usage = 'usage: npm run import -- [--publish] [--json] [--rules site-rules.json] <file|dir>…'

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
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--rules') rulesFile = argv[++index] ?? ''
    else if (arg.startsWith('--rules=')) rulesFile = arg.slice('--rules='.length)
    else if (arg.startsWith('--')) flags.add(arg)
    else targets.push(arg)
  }
  const unknown = [...flags].filter((flag) => !['--json', '--publish'].includes(flag))
  if (unknown.length > 0 || targets.length === 0 || rulesFile === '') {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n${usage}` : usage)
    return 2
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
  const files = targets.flatMap(storyFiles)

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
  const imported = await importStories(payload, {
    onProgress: (done, total) => {
      if (total < 20) return
      const rate = done / Math.max((Date.now() - started) / 1000, 0.001)
      process.stderr.write(`imported ${done}/${total} (${rate.toFixed(1)} stories/s)\n`)
    },
    parse: { chromeRules },
    publish: flags.has('--publish'),
    stories: readable,
  })
  let next = 0
  const results = inputs.map((input) => ('text' in input ? imported[next++]! : input))
  const report = await withReadAlso(payload, results)

  if (flags.has('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  } else {
    for (const result of report) {
      const line = result.status === 'failed' ? `${result.status}: ${result.error}` : `${result.status} ${result.slug}`
      console.log(`${result.file}: ${line}`)
      for (const link of result.readAlso ?? []) console.log(`    read also "${link.text}": ${link.state}${link.targetSlug ? ` → ${link.targetSlug}` : ''}`)
      if (result.suggestedSources?.length) console.log(`    unknown sources (add them to Sources?): ${result.suggestedSources.join(', ')}`)
      if (result.dropped?.length) console.log(`    dropped ${result.dropped.length} line(s): ${[...new Set(result.dropped.map((drop) => drop.reason))].join(', ')}`)
    }
    const count = (status: string) => report.filter((result) => result.status === status).length
    console.log(`${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('failed')} failed`)
  }
  await (await import('../db')).refreshStatistics(payload)
  await payload.db.destroy?.()
  return report.some((result) => result.status === 'failed') ? 1 : 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
