/**
 * Word and sentence measures the parser's stages share: word counts, sentence ends, title shapes.
 */

/** A line in title case: six words or more, all but a few small ones capitalised, no sentence inside it. */
export const titleCaseLine = (text: string) => {
  const words = text.split(/\s+/)
  if (words.length < 6 || /[.!?]\s/.test(text)) return false
  const capitalised = words.filter((word) => /^["“‘'(]?[\p{Lu}\d]/u.test(word)).length
  return capitalised * 5 >= words.length * 4
}
/** A teaser cut off mid-sentence: a word (or a comma) and then an ellipsis, no full stop before it ("… and hailed them..."). */
export const cutTeaser = /[\p{L}\d,;]\s?(?:\.{3}|…)$/u
export const emptyLabel = (text: string) => text.endsWith(':') && wordCount(text) <= 3
/** A name alone: one to four capitalised words ("Example Agency", "Jane Roe"). */
export const nameShape = /^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$/u
/** A sentence's closing mark, and the quote marks or brackets after it (a straight single quote too: "… right back.'"). */
export const sentenceEnd = /[.!?…。！？｡।۔؟]["”’'»」』)）]*$/
/** A paragraph of several sentences whose last is left open on a dash or a colon, for what follows to finish. */
export const leadIn = (text: string) => /(?:\s[-–—]|:)$/.test(text) && /[.!?]["”’)]*\s+\p{Lu}/u.test(withoutAbbreviations(text))
/**
 * A story's first paragraph opening on its first word or words set in capitals, as print papers and magazines set a
 * lede ("THE council in charge of …", "SOMEONE, OR SOMETHING HAD woken …"): the run in capitals holds a common word of
 * two letters or more (an acronym's run, "NASA said …", "UN WFP chief …", holds none), the sentence goes on in lower case.
 */
export function capitalsOpening(text: string): boolean {
  const run = /^((?:\p{Lu}[\p{Lu}'’-]*,?\s+){1,6})(?=\p{Lu}?\p{Ll})/u.exec(text)
  if (!run || !/\p{Ll}{3}/u.test(text.slice(run[0].length))) return false
  return run[1]!.split(/[\s,]+/).some((word) => /^(?:THE|AN|IN|ON|AT|AS|WHEN|WHILE|FOR|AFTER|BEFORE|OR|AND|OF|TO|IF|THIS|THAT|THERE|THESE|THOSE|SOME|SOMEONE|SOMETHING|ONE|TWO|THREE|MORE|MANY|MOST|WE|HE|SHE|THEY|HIS|HER|THEIR|OUR|MY|WHAT|WHO|HOW|WHY|EVERY|EACH|ALL|NOT|ONCE|LAST|FIRST|WAS|HAD|HAS|HAVE|BY|WITH|FROM|YOU|YOUR)$/.test(word))
}
export const hasClock = (text: string) => /\d[:.]\d{2}/.test(text)
/** Whether a character code is white space as `\s` matches it. */
const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
/**
 * The number of words (runs of anything but white space): counted in place, and remembered for the last few thousand
 * lines longer than a few words, as the rules ask it of every line many times.
 */
export const wordCount = (line: string) => (line.length < 24 ? countWords(line) : remembered(wordCounts, line, countWords))
const wordCounts = new Map<string, number>()
function countWords(line: string): number {
  let words = 0
  let inWord = false
  for (let at = 0; at < line.length; at++) {
    const space = isSpace(line.charCodeAt(at))
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}
export const isSentence = (line: string) => wordCount(line) >= 8 && sentenceEnd.test(line)
export const isBodyLike = (line: string) => wordCount(line) >= 18 && sentenceEnd.test(line)
/**
 * A paragraph of several finished sentences whose last one closes on something else (its sources in brackets, "…
 * (Sources: X and Y)"; a final full stop the page lost): forty words or more, two sentence breaks inside it. No title,
 * caption or picture's text runs so long.
 */
export const runsOnSentences = (line: string) => wordCount(line) >= 40 && /[.!?]["”’)]*\s+\p{Lu}.*?[.!?]["”’)]*\s+\p{Lu}/u.test(line)
/** A label: a few capitalised words (and the little words of names), no sentence ("University of Portvale, Lakeside"). */
export const labelShape = (text: string) => wordCount(text) <= 8 && !sentenceEnd.test(text) && !/[:;]$/.test(text) && text.split(/\s+/).every((word) => /^[\p{Lu}\d(]/u.test(word) || /^(?:of|the|and|for|de|la|du|der|van|von|al|el|at|in|on|&)$/.test(word))
export const finiteVerb = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|said|says|\p{Ll}+ed|found|took|made|went|came|saw|gave|told|left|got|began|ran|fell|hit|lost|won|led|held|met|paid|sent|spent|stood|sat|brought|bought|caught|fought|taught|thought|kept|felt|built|became|broke|chose|drove|flew|grew|knew|rode|rose|shot|spoke|stole|struck|threw|wore|wrote|drew|fled|sold|shut|cut|put|let|hurt|quit|won|sank|sang|swore|tore|woke|bit|hid|slid|spun|dug|stuck|swung|hung|lit|fed|bled|bred|dealt|meant|heard|read|laid|said|sought|slept|swept|wept)\b/u
/** A day and month printed without the year ("25 September", "Sept. 25, 10:32 AM", "Friday 25 September"). */
/** A weekday's name in full ("Monday" … "Sunday"). */
export const weekdayName = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`
export const monthName = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
/** A line with its abbreviations' full stops taken out ("U.S.", "Dr.", "Sept."), which end no sentence. */
export const withoutAbbreviations = (text: string) => text.replace(/(?:\b\p{Lu}\.)+|\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\./gu, 'X')
/** A line left open on a word no title ends with: a phrase set over two lines. */
export const openEnd = /\s(?:of|the|a|an|and|or|our|your|their|its|my|from)$/i
/** A sentence closed by a credit in brackets after its full stop: an agency's sign-off ("… within a week. (NAN)"). */
export const signedOffSentence = /\p{L}[.!?…]["”’]?\s*\([^()]{1,40}\)$/u
export const functionWord = /(?:^|\s)(?:the|a|an|of|to|and|or|but|in|on|for|with|at|by|from|that|which|who|is|are|was|were|be|been|has|have|had|its|their|his|her|our|as|than|into|over|under|about|after|before|all|those|these|this|will|would|could|should|can|may)$/

/** Common words of four letters or more, which say nothing of what a line is about. */
const commonWords = new Set(['about', 'after', 'also', 'been', 'before', 'does', 'each', 'even', 'from', 'have', 'here', 'into', 'just', 'like', 'made', 'make', 'many', 'more', 'most', 'much', 'only', 'other', 'over', 'said', 'says', 'since', 'some', 'such', 'than', 'that', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'very', 'were', 'what', 'when', 'where', 'which', 'while', 'will', 'with', 'would', 'your'])
/** What a line is about: its longer words, each by its first four letters ("agreed" and "agree", "fares" and "fare"). */
export const topicStems = (text: string): ReadonlySet<string> => remembered(stemsOf, text, () => {
  const stems = new Set<string>()
  for (const word of contentWords(text)) if (!commonWords.has(word)) stems.add(word.slice(0, 4))
  return stems
})
/** A line's longer words, lower-cased. */
export const contentWords = (text: string): ReadonlySet<string> => remembered(wordsOf, text, () => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []))
// The rules ask for the same lines' words many times over a page (each candidate title against the lines around it):
// the answers of the last few thousand lines are kept.
const stemsOf = new Map<string, ReadonlySet<string>>()
const wordsOf = new Map<string, ReadonlySet<string>>()
/** `read(key)`, kept for the last 8,000 keys asked (the cache is emptied when it is full). */
export function remembered<T>(cache: Map<string, T>, key: string, read: (key: string) => T): T {
  let known = cache.get(key)
  if (known === undefined) {
    if (cache.size >= 8000) cache.clear()
    known = read(key)
    cache.set(key, known)
  }
  return known
}
/** The share of `said` (a text's longer words) that comes back among the longer words of `text`: 0 to 1. */
export function wordsBack(said: ReadonlySet<string>, text: string): number {
  if (said.size === 0) return 0
  const again = contentWords(text)
  let shared = 0
  for (const word of said) if (again.has(word)) shared++
  return shared / said.size
}
/** Whether `lede` says again what `summary` says: most of the summary's longer words come back in it. */
export function paraphrases(summary: string, lede: string): boolean {
  if (wordCount(summary) > 60 || wordCount(lede) < wordCount(summary)) return false
  const said = contentWords(summary)
  return said.size >= 6 && wordsBack(said, lede) >= 0.7
}
/** Whether most of a summary's topics (three in five) come back in the paragraphs under it: a summary of eight topics or more. */
export function takenUpAgain(summary: string, later: readonly string[]): boolean {
  const own = topicStems(summary)
  if (own.size < 8) return false
  const again = new Set(later.flatMap((text) => [...topicStems(text)]))
  let shared = 0
  for (const stem of own) if (again.has(stem)) shared++
  return shared >= own.size * 0.6
}
