/** Site chrome: lines a scraped page carries that are not the story. One place, configurable per site. */
export type ChromeRule = {
  /** Drop every line after this one too (a trailing "News Feed" and what follows it). */
  endsStory?: boolean
  pattern: RegExp
  reason: string
}

export const defaultChromeRules: ChromeRule[] = [
  { pattern: /^we[’']ve been working hard to bring you\b/i, reason: 'donation appeal' },
  { pattern: /^consider supporting\b/i, reason: 'donation appeal' },
  { pattern: /^(support us|donate|become a (member|patron|supporter))\b/i, reason: 'donation appeal' },
  { pattern: /^join (our|the) community\b/i, reason: 'membership banner' },
  { pattern: /^(become a member|membership)\b.*\b(now|today|here)\b/i, reason: 'membership banner' },
  { pattern: /^subscribe\b.*\b(newsletter|now|today)\b/i, reason: 'newsletter prompt' },
  { pattern: /^this audio is (created|generated) with ai assistance\.?$/i, reason: 'audio player note' },
  { pattern: /^(listen to (this|the) (article|story)|\d+ min (read|listen))\.?$/i, reason: 'audio player note' },
  { pattern: /^leave a comment\.?$/i, reason: 'comment prompt' },
  { pattern: /^(share|share this (article|story)|tweet|email|print)$/i, reason: 'share buttons' },
  { pattern: /^(advertisement|sponsored content)$/i, reason: 'advertisement' },
  { endsStory: true, pattern: /^(news feed|latest news|most read|related (stories|articles))$/i, reason: 'site navigation' },
]

/**
 * A site's own rules from JSON, an array of `{ "pattern": "^read our live blog", "reason": "live blog promo",
 * "endsStory": false }` (patterns are case-insensitive regular expressions), placed before the defaults. Throws an
 * error that names the rule and what is wrong with it.
 */
export function siteChromeRules(json: string): ChromeRule[] {
  let rules: unknown
  try {
    rules = JSON.parse(json)
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`)
  }
  if (!Array.isArray(rules)) throw new Error('expected a JSON array of rules: [{ "pattern": "…", "reason": "…" }]')
  const own = rules.map((rule: unknown, index): ChromeRule => {
    const { endsStory = false, pattern, reason } = (rule ?? {}) as Record<string, unknown>
    const where = `rule ${index + 1}`
    if (typeof pattern !== 'string' || !pattern) throw new Error(`${where} needs a "pattern" string`)
    if (typeof reason !== 'string' || !reason.trim()) throw new Error(`${where} needs a "reason" string`)
    if (typeof endsStory !== 'boolean') throw new Error(`${where}: "endsStory" must be true or false`)
    try {
      return { endsStory, pattern: new RegExp(pattern, 'i'), reason: reason.trim() }
    } catch (error) {
      throw new Error(`${where} has an invalid pattern: ${(error as Error).message}`)
    }
  })
  return [...own, ...defaultChromeRules]
}
