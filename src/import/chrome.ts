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
