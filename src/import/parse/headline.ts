import { parseByline } from '../byline'
import { escapeRegExp } from '../../text'
import { lineKey } from './lines'
import { finiteVerb, isBodyLike, monthName, wordCount } from './words'

/**
 * Headline evidence: a title's site suffix, its words shared with the lines around it, names in the paragraphs.
 */

/** Whether `name` has a word of four letters or more that `title` uses too (any case). */
export const titleWordsOf = (title: string, name: string) => {
  const words = new Set(title.toLowerCase().split(/[^\p{L}\d]+/u))
  return name.split(/\s+/).some((word) => word.length >= 4 && words.has(word.toLowerCase()))
}

/** A title tag's tail: a section's or the site's name ("| UK News", "- The Example Times", "| Sky News"). */
export const siteSuffix = /\s+[|–—-]\s+((?:the\s+)?[\p{L}\d&'’. ]{2,40})$/u
/** A kicker over a title: a place's or a topic's name, a spaced dash, a word or two ("Norland - strikes", "Port Ellery – floods"). */
export const kicker = /^\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)?\s+[-–]\s+\p{L}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*)?$/u
/** A label over a story's summary or its list of points ("In Summary", "Key points", "At a glance", "Synopsis"). */
export const summaryLabel = /^(?:in\s+)?(?:summary|synopsis|brief|short)\s*:?$|^(?:key|main)\s+(?:points|takeaways|facts)\s*:?$|^at\s+a\s+glance\s*:?$/i
/**
 * A share widget's label ("Spread This News", "Share this story", "Share on"), its mail link ("Send this page to someone
 * via email") or a news feed's toggle ("Show news feed"): the page's, never a title.
 */
export const shareLabel = /^(?:(?:share|spread)(?:\s+(?:this|the))?(?:\s+(?:news|story|article|post|page|love|on|via))?|(?:send|e-?mail)\s+this\s+(?:page|story|article|link)\s+to\s+(?:someone|a\s+friend)(?:\s+(?:via|by)\s+e-?mail)?|(?:show|hide)\s+(?:the\s+)?(?:news\s+)?feed)\s*:?$/i
/** The words a broadcaster's or paper's edition label carries ("Example News Yorkshire", "Example TV Anglia"). */
/**
 * A column's standing title, the same over every week's piece: "Editor’s Note", "Editor's Letter", "Letter from the
 * Editor", "From the Editor", "From the Publisher's Desk", "Publisher's Note". Over that week's one-sentence summary it is
 * the headline, the summary its deck.
 */
export const standingColumn = /^(?:(?:an?\s+|the\s+)?(?:editor|editors|publisher|publishers|editor-in-chief)['’]?s['’]?\s+(?:note|letter|notebook|desk|column|corner)|(?:a\s+)?(?:letter|note|word)\s+from\s+the\s+(?:editor|editors|publisher|editor-in-chief)s?|from\s+the\s+(?:editor|editors|publisher)['’]?s?(?:['’]?s?\s+desk)?)$/i
export const networkWord = /\b(?:News|TV|Radio|Television|FM|Channel|Network)\b/
export const siteWords = /\b(news|times|post|herald|tribune|daily|online|tv|radio|today|press|journal|gazette|chronicle|observer|telegraph|guardian|independent|express|mail|star|standard|weekly|media|network|magazine|live|bbc|cnn|reuters|afp|ap)$/i

/**
 * A call to readers to comment, printed as a button or a heading by the story ("Have your say", "Share your views", "Your
 * say", "Join the debate", "Comment on this story", "Tell us what you think", "View comments (12)", "Votre avis", "Ihre
 * Meinung", "Deja tu comentario"): the page's, never a title. The whole line, a count at most after it: a title that opens
 * so runs on in words of its own ("Have your say on the new bus routes", "Your say: the budget").
 */
export const commentPrompt =
  /^(?:(?:have|add|share|post|leave|give|send)\s+(?:us\s+)?your\s+(?:say|views?|comments?|thoughts|opinions?|voice|reactions?)|your\s+(?:say|views|comments|thoughts|reactions)|join\s+the\s+(?:discussion|debate|conversation)|(?:comment|comments)\s+on\s+this\s+(?:story|article|post|report)|tell\s+us\s+what\s+you\s+think|(?:read|view|show|see|load)\s+(?:all\s+)?(?:\d+\s+)?comments|(?:votre|ton)\s+avis|(?:ihre|deine)\s+meinung|(?:deja|dejar|danos)\s+tu\s+(?:comentario|opinión)|(?:tu|su)\s+opinión|(?:lascia|dicci)\s+la\s+tua(?:\s+opinione)?|dê\s+a\s+sua\s+opinião)\s*(?:\(\d+\))?\s*[?:!.]?$/iu

/**
 * A story's first paragraph opening on its wire dateline: the place in capitals or title case, its date or country at
 * most, the agency in brackets and a dash or a colon or nothing ("DUBAI, 19th November, 2025 (WAM) -- The council …",
 * "Lagos, Jan. 19, 2026 (Example News) – The governor …", "NEW DELHI, March 3 (PTI): The court …", "Port Alder, Mar 3
 * (EXA) The mayor …", "KATHMANDU, Nov 20 (Reuters) - Police …"), or the place in capitals and a dash ("PORT ALDER — The
 * board …"). Read with `wireLede`: then a finished sentence of a dozen words or more. A title so opened has no full stop
 * ("LONDON - Police hunt man after stabbing"), or says too little ("PARIS (AFP) - Strike ends.").
 */
const ledeDateline = /^\p{Lu}[\p{L}.'’ -]{1,30}(?:,\s*[\p{L}\d.,' ]{1,40}?)?\s*\(\s*\p{L}[\p{L}\d .&'’/-]{1,30}\)\s*(?:[-–—]{1,2}\s+|:\s+|\s+(?=[\p{Lu}"“‘]))|^\p{Lu}{2}[\p{Lu}.'’ -]{0,30}(?:,\s*[\p{L}\d.,' ]{1,40}?)?\s+[-–—]{1,2}\s+(?=[\p{Lu}"“‘\d])/u
export function wireLede(text: string): boolean {
  const dateline = ledeDateline.exec(text)
  return Boolean(dateline) && /[.!?]["”’)]*$/u.test(text) && wordCount(text.slice(dateline![0].length)) >= 12
}

/**
 * A desk's byline, its staff signing for the paper: "Observer staff reporter", "Staff writer", "Gazette Staff Writer", "By
 * Staff Correspondent", "Times Staff", "Post staff", "Our Correspondent", "From our own correspondent", "A staff
 * reporter". Who wrote the story, never its title. (A staff's role, or "staff" after a paper's name: "Hospital staff" and
 * "Newsroom staff walk out" are no bylines.)
 */
const staffRole = String.raw`(?:reporters?|writers?|correspondents?|report|photographers?|journalists?)`
export const deskByline = new RegExp(String.raw`^(?:(?:by|from)\s+)?(?:(?:(?:the\s+)?\p{Lu}[\p{L}\d'’.&-]*\s+){0,3}staff\s+${staffRole}|(?:the\s+)?(?:\p{Lu}[\p{L}\d'’.&-]*\s+){0,2}(?:news|times|post|herald|tribune|daily|gazette|chronicle|observer|telegraph|guardian|express|mail|star|standard|journal|press|record|courier|mirror|sun|nation|reporter)\s+staff|(?:our|a|an)\s+(?:own\s+)?(?:staff\s+|special\s+|senior\s+)?${staffRole}|staff)$`, 'iu')

/**
 * A picture's caption telling a scene, no title: a thing or people named with an article, then when the picture was
 * taken, a participle after "after", "during", "before", "while", "upon" or "following", and no verb of its own ("The
 * presidential plane after landing in Port Alder", "A crowd outside the court while waiting for the verdict", "The team
 * bus after arriving at the stadium"). A title says what happened ("The plane lands after circling for an hour", "The
 * mayor resigns after losing the vote") or asks ("The team after winning: what next?").
 */
const sceneCaptionShape = /^(?:The|A|An|Two|Three|Four|Several|Some)\s+(?:[\p{L}\d'’-]+\s+){0,7}?(?:after|during|before|while|upon|following)\s+\p{Ll}{2,}ing\b[^.!?:;"“”]{0,60}$/u
// (Before the time, no verb: none in the past or with an auxiliary, nor a word in lower case ending in "s", a verb in the
// present as often as a plural: "The mayor resigns after losing the vote".)
export const sceneCaption = (text: string) => {
  if (!sceneCaptionShape.test(text)) return false
  const named = text.replace(/\s(?:after|during|before|while|upon|following)\s.*$/u, '')
  return !finiteVerb.test(named) && !/\s\p{Ll}+[^sui\s]s(?=\s|$)/u.test(named)
}

/**
 * A byline's shape, read or not: "By Jane Roe", "BY JANE ROE", "[By Jane Roe]", "From Jane Roe, Port Alder" (a name of two
 * to four capitalised words and the place filed from), "By Jane Roe • Published: 3 May 2024 • 10:20" (a name, then a bar's
 * items). Who wrote the story, never its title. ("From Here to the Coast" runs on in words of its own.)
 */
export const bylineShaped = /^[[(]?(?:(?:By|BY)\s*:?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+[•|·]\s+[^.!?]{0,60})?|(?:From|FROM)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?)[\])]?$/u

/**
 * A picture's credit alone on a line, who took it and through whom it came: "Jane Roe/Example Agency via Example Wire",
 * "Handout via Reuters", "Courtesy of the Roe family via AP", "Supplied via Example News", "Jane Roe/Getty Images",
 * "Pool/Example Wire". Capitalised words only ("of", "the", "and" aside), ten at most: a title that routes something
 * "via" a place says what happened in words of its own ("Trains via the tunnel resume").
 */
const creditWord = String.raw`(?:[Hh]andout|[Ss]upplied|[Cc]ourtesy|[Pp]ool|[Ff]ile|[Pp]hoto|[Pp]icture|[Ss]taff|[Cc]ontributed|[Ff]amily|[Ss]creenshot|[Ss]creengrab)`
const wire = String.raw`(?:AP|AFP|Reuters|Associated\s+Press|Getty\s+Images|EPA|Bloomberg|Xinhua|Shutterstock|Alamy|Instagram|Twitter|X|Facebook|TikTok|YouTube|Social\s+Media|ZUMA(?:\s+Press)?|Sipa|Anadolu|Pool)`
const creditSegment = String.raw`(?:the\s+)?[\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+(?:of|the|and|&|family|[\p{Lu}\d][\p{L}\d.&'’-]*))*`
export const pictureCredit = new RegExp(String.raw`^(?=(?:\S+\s+){0,9}\S+$)(?:(?=.*(?:\/|\b${creditWord}\b).*\svia\s)(?:[Cc]ourtesy\s+(?:of\s+)?)?${creditSegment}(?:\s*\/\s*${creditSegment})*\s+via\s+${creditSegment}|(?:[Cc]ourtesy\s+(?:of\s+)?)?${creditSegment}(?:\s*\/\s*${creditSegment})*\s+via\s+(?:the\s+)?${wire}|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*(?:\p{Lu}[\p{L}.&'’-]*\s+)*(?:Getty\s+Images|Shutterstock|Alamy(?:\s+Stock\s+Photo)?|Pool|Handout|Staff|File|Images|Photos?))$`, 'u')

/**
 * A community site's poster line under its title ("Posted by jsmith in Community News", "Submitted by Riverside
 * Library", "Shared by the Friends of the Park on 4 March"): who put the post up, never the headline. A name, then at
 * most the section ("in …"), the date ("on …") or a bar's items: a title that opens so runs on in words of its own
 * ("Shared by Millions, a Meme Outlives Its Maker"), and a sentence closes on its full stop.
 */
export const posterLine = /^(?:Posted|Submitted|Shared|Uploaded|Contributed|Added)\s+by\s*:?\s+(?:the\s+)?[\p{L}\d_.'’@-]+(?:\s+(?:of|the|and|&|for|[\p{Lu}\d][\p{L}\d_.'’-]*)){0,6}(?:\s*(?:\b(?:in|on|at)\b|[|·•]|[-–—](?=\s))\s*(?:(?![.!?]["”’)]*$).){1,80})?$/u

/**
 * "Headline | Section | Site" as title tags print it: the headline without the section's and the site's names. A tail
 * that is a site's name by its words ("… | Sky News"), or one the page prints on a line of its own (its masthead), goes;
 * so does a tail of capitalised words after a headline in sentence case on the page's first line ("Ten things I learned
 * - Crumb Diaries"), where the page title stands.
 */
/** Whether a paragraph-length line among `pageLines` (line keys) names `name` as words of its own. */
export function namedInParagraphs(name: string, pageLines: Set<string>): boolean {
  // (Read as the paragraphs are, marks between words as spaces: "Quenby-Hart" is "quenby hart" in both.)
  const bare = (text: string) => lineKey(text).replace(/[^\p{L}\d' ]+/gu, ' ').replace(/\s+/g, ' ').trim()
  const phrase = ` ${bare(name)} `
  // A person's name ("Jane Roe") counts when the story names the person by the surname ("Jane Ann Roe", "Roe said").
  const person = !siteWords.test(name) && parseByline(name)?.length === 1 && parseByline(name)![0]!.kind === 'person'
  const surname = person ? ` ${bare(name.split(/\s+/).at(-1)!)} ` : null
  for (const key of pageLines) {
    if (key.length <= 60 || wordCount(key) < 12) continue
    const words = ` ${key.replace(/[^\p{L}\d' ]+/gu, ' ')} `
    if (words.includes(phrase) || (surname && surname.length > 4 && words.includes(surname))) return true
  }
  return false
}

// (Quote marks compared as one: a title printed with straight quotes and again with curly ones, "in extremis" and
// “in extremis”, is the same title.)
const titleWords = (text: string) => text.replace(/[–—]/g, '-').replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'").replace(/^[/|>»›\s]+/, '').split(/\s+/).filter(Boolean).map((word) => word.toLowerCase())

/** A title's words in lower case, without the marks around them ("‘worst" is "worst"). */
export const titleWordList = (text: string) => text.toLowerCase().split(/\s+/).map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean)

/** How many words two titles end on alike, counted from the end. */
function sharedTailWords(own: readonly string[], theirs: readonly string[]): number {
  let shared = 0
  while (shared < own.length && shared < theirs.length && own[own.length - 1 - shared] === theirs[theirs.length - 1 - shared]) shared++
  return shared
}

/**
 * Whether `line` is `tail` under a label: it ends on every word of `tail` (compared as titles are: case, dashes and
 * leading arrows aside), and what comes before is a breadcrumb (a "»", "›", ">", "/" or "|" in it) or shorter than the
 * tail. A headline that merely ends on a short line's words ("… after two winters of floods" over "Two winters of
 * floods") is not one.
 */
export function endsOnWordsOf(line: string, tail: string): boolean {
  const own = titleWords(line)
  const theirs = titleWords(tail)
  if (theirs.length === 0 || theirs.length >= own.length || sharedTailWords(own, theirs) < theirs.length) return false
  const label = own.slice(0, own.length - theirs.length)
  return label.some((word) => /^[»›>/|]+$/.test(word)) || label.length < theirs.length
}

/**
 * The title a chosen headline line carries after a label of a few words ("News Local", "Cricket Cricket", "//"), when a
 * line within three of it ends on the same words (four or more, most of the line) with at most four others before them:
 * those shared words, spelt as the other line spells them when it is the title alone. Null when no such line is there.
 */
export function titleUnderLabel(lines: readonly { chrome?: unknown; text: string }[], at: number): null | string {
  const text = lines[at]!.text.trim()
  const own = titleWords(text)
  if (own.length < 5) return null
  for (let other = Math.max(0, at - 3); other <= Math.min(lines.length - 1, at + 3); other++) {
    const line = lines[other]!
    if (other === at || line.chrome || isBodyLike(line.text)) continue
    const theirs = titleWords(line.text)
    const shared = sharedTailWords(own, theirs)
    const before = own.length - shared
    if (shared < 4 || before === 0 && !/^[/|>»›]/.test(text) || before > 4 || theirs.length - shared > 4 || shared < own.length * 0.6) continue
    if (theirs.length === shared) return line.text.trim().replace(/^[/|>»›\s]+/, '')
    // (The other line is this one with a label glued to its first word, "NewsHarbour fees rise …" near "Harbour fees rise
    // …", a trail of the site's sections before it or not, "HomeNewsIsland NewsHarbour fees rise …": this line is the
    // title whole.)
    const glued = theirs[theirs.length - shared - 1]
    if (before === 1 && glued && glued.length > own[0]!.length && glued.endsWith(own[0]!)) return null
    // (The label glued on with no space, "HomeNewsRegionsOrchard frost …" over "Orchard frost …": the other line is the
    // title whole, its first word run into the label's last.)
    if (theirs.length === shared + 1 && text.endsWith(line.text.trim()) && /\p{Ll}$/u.test(text.slice(0, text.length - line.text.trim().length))) return line.text.trim()
    return text.split(/\s+/).slice(-shared).join(' ').replace(/^[/|>»›]+/, '')
  }
  return null
}

/** "Part 1", "Part Two", "Part II", "Pt. 3": a part of a series. */
const seriesPart = /^(?:part|pt\.?)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)$/i

/** Whether a paragraph among `pageLines` (line keys) calls `name` the story's own series: "this week's edition of X". */
function ownSeries(name: string, pageLines: Set<string>): boolean {
  const phrase = lineKey(name)
  const series = new RegExp(String.raw`\b(?:(?:this|today|tonight|this week|this month)[’']s\s+(?:edition\s+of\s+|issue\s+of\s+|instal+ment\s+of\s+)?|(?:edition|issue|instal+ment)\s+of\s+)(?:the\s+)?${escapeRegExp(phrase)}\b`, 'u')
  for (const key of pageLines) if (key.length > 60 && series.test(key)) return true
  return false
}

/** An office its holder speaks from, closing a title's attribution ("… – Lower Kessby MP", "… – Harbour Board Chairman"). */
const office = /\s(?:MPs?|MCEs?|DCEs?|Minister|Mayor|Governor|President|Senator|Chief|CEO|Chairman|Chairperson|Chairwoman|Spokesperson|Spokesman|Spokeswoman|Commissioner|Ambassador|Envoy|Secretary|Speaker|Lawmaker|Coach|Manager|Director|Leader)$/u

/**
 * Whether a title's tail is who said it, an office and where it is held ("Lower Kessby MP"), the story's paragraphs naming
 * the place ("The Member of Parliament for Lower Kessby, …"): the title's attribution, no site's name.
 */
function officeOfNamed(name: string, pageLines: Set<string>): boolean {
  const held = office.exec(name)
  return Boolean(held) && held!.index > 0 && namedInParagraphs(name.slice(0, held!.index), pageLines)
}

/** Whether `name` is two or three initials ("JR") and a line of its own among `pageLines` is a name of as many words with them ("jane roe"). */
function initialsOfCaptioned(name: string, pageLines: Set<string>): boolean {
  if (!/^\p{Lu}{2,3}$/u.test(name)) return false
  const initials = name.toLowerCase()
  for (const key of pageLines) {
    const words = key.split(' ')
    if (words.length === initials.length && words.every((word, at) => word.length >= 2 && /^\p{L}+$/u.test(word) && word[0] === initials[at])) return true
  }
  return false
}

/**
 * Whether `name` is one word cut short the way a title cuts a word to save room ("Govt", "Dept", "Cttee"), and a
 * paragraph-length line among `pageLines` (line keys) prints that word whole ("government"): the same first and last
 * letter, the letters of the short form in order, four letters or more left out. A title's attribution ("… – Govt"), no
 * site's name.
 */
export function shortFormInParagraphs(name: string, pageLines: Set<string>): boolean {
  const short = /^(\p{Lu}\p{Ll}{2,4})\.?$/u.exec(name)?.[1]?.toLowerCase()
  // (A short form keeps the word's consonants, its last two among them: "Sun" and "Mail" are words of their own; "Post" in
  // "protest" leaves out too few.)
  if (!short || /[aeiouy]/.test(short.slice(2)) || /[aeiouy]/.test(short.at(-2)!)) return false
  const pattern = new RegExp(`\\b${[...short].map((letter, at) => (at === 0 ? letter : `\\p{Ll}*${letter}`)).join('')}\\b`, 'gu')
  for (const key of pageLines) {
    if (key.length <= 60 || wordCount(key) < 12) continue
    for (const word of key.match(pattern) ?? []) if (word.length >= short.length + 4) return true
  }
  return false
}

/** A web address as a title tag's tail names its site ("example.gr", "news.example.co.uk"): lower case, no spaces. */
const webHost = /^(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,6}$/

export function withoutSiteSuffix(headline: string, pageLines: Set<string> = new Set(), first = false): string {
  // "Headline | Section | Site" over the headline printed alone on the page: the words before a separator that the page
  // prints as a line of their own, three or more, are the title, the tails of four words at most each the tag's.
  for (const separator of headline.matchAll(/\s+[|–—-]\s+/gu)) {
    const head = headline.slice(0, separator.index)
    if (wordCount(head) < 3 || !pageLines.has(lineKey(head))) continue
    // (A part of a series, a person's initials or a column the story calls its own are the title's: see below.)
    const tails = headline.slice(separator.index).split(/\s+[|–—-]\s+/u).slice(1).map((tail) => tail.trim())
    if (tails.every((tail) => tail && wordCount(tail) <= 4 && !seriesPart.test(tail) && !initialsOfCaptioned(tail, pageLines) && !ownSeries(tail, pageLines))) return head
  }
  let text = headline
  for (let n = 0; n < 3; n++) {
    const suffix = siteSuffix.exec(text)
    if (!suffix || wordCount(suffix[1]!) > 4) break
    const name = suffix[1]!.trim()
    // A part of a series ("… – Part 1", "| Part Two", "- Part II") is the title's own, no site's name.
    if (seriesPart.test(name)) break
    // Nor are a person's initials ("… – JR") when the page prints the name they stand for on a line of its own, the
    // caption of the person's picture ("Jane Roe"): the title's attribution, no site's name.
    if (initialsOfCaptioned(name, pageLines)) break
    // Nor is a column's name the story gives as its own series ("… | Projects Weekly" over "This week's edition of
    // Projects Weekly …").
    if (ownSeries(name, pageLines)) break
    // With no other evidence, a capitalised tail of the page's first line is its site's name, unless the story's own
    // paragraphs name it: "… – Met Service" over a story that quotes the Met Service is the headline's attribution, and so
    // is "… – Lower Kessby MP" over a story of the MP for Lower Kessby.
    // An em dash is prose ("… — Met Service"), not a title tag's separator.
    const titled =
      first &&
      !/^\s+—/.test(suffix[0]) &&
      /\s\p{Ll}{3,}/u.test(text.slice(0, suffix.index)) &&
      name.split(/\s+/).every((word) => /^[\p{Lu}\d&]/u.test(word)) &&
      !namedInParagraphs(name, pageLines) &&
      !officeOfNamed(name, pageLines) &&
      !shortFormInParagraphs(name, pageLines)
    if (!siteWords.test(name) && !pageLines.has(lineKey(name)) && !titled && !webHost.test(name)) break
    const rest = text.slice(0, suffix.index)
    if (wordCount(rest) < 3) break
    text = rest
  }
  return text
}

const finishedSentence = /[\p{L}\d)'’"”][.!?]["”’'»]?\s*/u.source
/** The credits a caption closes on, for `creditedCaption`. */
const captionCredits = [
  new RegExp(`${finishedSentence}\\(\\p{Lu}{2,6}\\)$`, 'u'),
  new RegExp(`${finishedSentence}(?:<[a-z]+>\\s*)*@[A-Za-z\\d_.]{2,30}(?:\\s*</[a-z]+>)*$`, 'u'),
  /\s\[\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[,/|]\s*(?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}\s*\]$/u,
  /\s\(\s*(?:file|archive|stock|handout|library|press)(?:\s+(?:photo|photograph|picture|pic|image)s?)?\s*\)$/iu,
  /\s[-–—]\s*(?:file|archive|stock|handout|library|press)\s+(?:photo|photograph|picture|pic|image)s?$/iu,
  // (…a picture's label and its source after the full stop, a dash or a bar before them or not: "… on Monday. —Photo:
  // Example Agency", "… in the chamber. Picture: Jane Roe", "… at the quay. | Image credit: Example Port Authority".)
  new RegExp(`${finishedSentence}(?:[-–—|]\\s*)?(?:photo|photograph|picture|pic|image)s?(?:\\s+credit)?\\s*:\\s*\\p{Lu}[\\p{L}\\d&.'’/ -]{1,50}$`, 'iu'),
  // (…or the picture's label and who took or gave it in brackets after the full stop: "… on Monday. (PHOTO PROVIDED TO
  // EXAMPLE DAILY)", "… at the quay. (Photo: Jane Roe)", "… in the chamber. (Picture supplied by the council)".)
  new RegExp(`${finishedSentence}\\(\\s*(?:photo|photograph|picture|pic|image)s?(?:\\s+credit)?(?:\\s*[:/]|\\s+(?:by|from|provided|supplied|courtesy|taken|sent|via)\\b)[^()]{1,60}\\)$`, 'iu'),
  // (…or "Credit:" and the photographer's mail address, as printed or as the page's mail guard left it: "… at the quay.
  // Credit: jane.roe@example.com", "… Credit: [email protected]".)
  new RegExp(`${finishedSentence}(?:[-–—|]\\s*)?(?:(?:photo|photograph|picture|pic|image)s?\\s+)?credit\\s*:\\s*(?:\\[email\\s+protected\\]|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)$`, 'iu'),
]

/**
 * A picture's caption closing on its credit, as pages print it under the lead picture, never a title: a finished
 * sentence, then an agency's initials in brackets ("… on Monday. (EXA)") or a handle ("… at the quay. @janeroe", its
 * markup left in or not: "<strong> @janeroe</strong>"); the photographer and the paper in square brackets ("… in Port
 * Alder. [Jane Roe, Example Gazette]"); a file picture's label in brackets or after a dash ("Jane Roe (file photo)", "…
 * members - press photo"), or a picture's label and its source ("… on Monday. (Photo provided to Example Daily)"). A
 * caption runs to thirty words at most, its credit in brackets aside. ("(Photos)" and "[Video]" alone close titles too: a
 * label must say whose or what kind of picture it is.)
 */
export function creditedCaption(text: string): boolean {
  // (The credit in brackets at its end aside: a caption of thirty words may close on a long one.)
  if (wordCount(text.replace(/\s*[([][^()[\]]{1,60}[)\]]$/, '')) > 30) return false
  return captionCredits.some((shape) => shape.test(text))
}

/** A role a person in a picture is named by ("minister", "scrum-half", "chairwoman", "MP", "Sen."). */
const roleWord =
  /^(?:minister|president|vice-president|premier|chancellor|mayor|governor|senator|sen\.|rep\.|representative|congress(?:wo)?man|lawmaker|legislator|mps?|mks?|meps?|mlas?|mpps?|tds?|councill?or|council(?:wo)?man|alderman|speaker|secretary|commissioner|ambassador|envoy|spokes(?:wo)?(?:man|person)|chair(?:man|woman|person)?|leader|chief|head|director|ceo|cfo|founder|co-founder|owner|president|officer|inspector|sheriff|judge|justice|magistrate|lawyer|attorney|prosecutor|general|commander|colonel|major|captain|lieutenant|sergeant|coach|manager|striker|forward|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|center-back|scrum-half|fly-half|out-half|hooker|prop|lock|flanker|batter|batsman|bowler|pitcher|quarterback|guard|centre|center|player|captain|skipper|star|champion|actor|actress|singer|rapper|musician|artist|author|writer|poet|director|producer|presenter|host|candidate|nominee|activist|campaigner|professor|prof\.|dr\.?|doctor|teacher|principal|pastor|bishop|archbishop|imam|rabbi|priest|king|queen|prince|princess|sheikh|emir|sultan)$/i
/** Words that qualify a role ("former", "new", "opposition", "deputy", "national security"). */
const roleModifier = /^(?:former|ex-\S+|new|late|then|acting|interim|deputy|vice|assistant|associate|senior|junior|chief|prime|foreign|finance|health|transport|education|defen[cs]e|interior|home|justice|trade|energy|agriculture|environment|culture|sports?|security|labou?r|housing|economy|tourism|opposition|coalition|party|union|club|team|national|state|federal|local|regional|county|district|board|council|committee|company|police|hospital|university|school|provincial|province|municipal|metropolitan|town|village|ward|city|veteran|outgoing|incoming|elected|caretaker|the|of|and|for|&)$/i
/** What a picture's caption may say after the name: where or when it was taken ("during the debate", "at the launch"). */
const scenePlace = String.raw`(?:during|at|outside|inside|in|on|with|after|before|following|ahead\s+of|near|beside|alongside|behind)`
/** Words in "-ing" that name a thing, no doing: "building", "meeting", "morning". */
const ingNouns = String.raw`(?:meeting|building|ruling|funding|hearing|opening|spending|housing|training|morning|evening|ceiling|wedding|clothing|warning|shooting|bombing|killing|landing|offering|setting|ending|beginning|something|nothing|everything|anything|painting|reading|rating|recording|saving|shipping|parking|marketing|banking|planning|polling|voting|bidding|boxing|mining|nursing|printing|trading|viewing|wording|being|during|according|including|following|regarding|concerning|sibling|evening|string|spring|thing|king|ring|wing|swing)`
/** A participle opening what follows a name ("addressing the press"), none of the -ing nouns. */
const participleFirst = new RegExp(String.raw`^(?!${ingNouns}\b)\p{Ll}{3,}ing\s`, 'u')
/**
 * …or what the person is doing in the picture, told as captions tell it: a participle ("speaking to reporters",
 * "addressing members of the press", "gesturing as she leaves") or a verb of the picture's moment in the present tense
 * ("arrives for the summit", "gestures during the debate", "looks on", "poses with the trophy", "waves to supporters").
 */
const sceneVerb = String.raw`(?:(?!${ingNouns}\b)\p{Ll}{3,}ing|arrives|departs|leaves|gestures|waves|smiles|poses|looks\s+on|reacts|listens|speaks|addresses|attends|celebrates|walks|sits|stands|greets|shakes|delivers|holds|gives|chats|talks|prays|casts)`
// (A place's word may be capitalised, "Minister Jane Roe At The Summit"; the verb after a name is read in lower case only.)
const scenePlaced = new RegExp(String.raw`^(?:\([^()]{1,40}\)\s*)*(?:${scenePlace}\s+[^.!?:;"“”]{2,80})?$`, 'iu')
const sceneDoing = new RegExp(String.raw`^(?:\([^()]{1,40}\)\s*)*${sceneVerb}(?:\s+[^.!?:;"“”]{1,80})?$`, 'u')
const sceneHead = new RegExp(String.raw`^(.*?)(?=\s+\(|\s+${scenePlace}\s|\s+${sceneVerb}(?:\s|$)|$)`, 'iu')
const sceneTail = { test: (rest: string) => scenePlaced.test(rest) || sceneDoing.test(rest) }

/**
 * A word naming a body, no person ("Tallinn City Council", "Harbour Rail Union", "Supreme Court"): the name alone before a
 * participle is then a title's subject ("City Council meeting Sunday to elect a mayor"), no one in a picture.
 */
const bodyWord = /^(?:Council|City|County|Municipality|Party|Court|Parliament|Government|Ministry|Cabinet|Committee|Board|Union|Bank|Company|Corporation|Group|Agency|Commission|Assembly|Senate|Congress|Army|Navy|Police|Office|Department|Club|School|University|College|Hospital|Church|Association|Society|Foundation|Authority|Service|Institute|Team|United|Federation|League|Trust|Fund)$/
/**
 * A picture's caption that names who is in it and nothing else: a role, then the person's name, then at most what the
 * picture shows them at or doing ("Minister Jane Roe", "Harbour United striker Jane Roe", "Former finance minister Jane
 * Roe (left)", "Opposition leader Jane Roe during the budget debate", "County deputy governor Jane Roe addressing members
 * of the press", "Harbour Board chairman Jane Roe arrives for the meeting"). A title says what the person did ("Minister
 * Jane Roe resigns", "Rovers sign striker Jane Roe"): a word of its own, not a role's or a place's, before or after the
 * name. The name, or null. `capitalised` says whether a capitalised word is a name the story prints capitalised too (a
 * title set in title case capitalises its verbs: "Minister Jane Roe Resigns", and "Minister Jane Roe Arrives For Talks"
 * is a title: the words after the name are read in lower case only).
 */
export function namedCaption(text: string, capitalised: (word: string) => boolean): null | string {
  if (wordCount(text) > 16 || /[.!?:;"“”|]$/u.test(text) || /[:;"“”|]/.test(text)) return null
  const head = sceneHead.exec(text)![1]!
  const rest = text.slice(head.length).trim()
  if (!sceneTail.test(rest)) return null
  const words = head.split(/\s+/)
  let role = -1
  for (let at = words.length - 3; at >= 0 && role < 0; at--) if (roleWord.test(words[at]!)) role = at
  // (A name alone, two or three capitalised words, then a participle in lower case: "Jane Roe addressing the press",
  // "Jane Ann Roe speaking at the launch". "Jane Roe Making Waves" is a title in title case.)
  if (role < 0 && words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}\p{Ll}[\p{L}'’.-]*$/u.test(word)) && !words.some((word) => bodyWord.test(word)) && participleFirst.test(rest) && sceneDoing.test(rest) && words.every((word) => capitalised(word))) return words.join(' ')
  if (role < 0) return null
  // (The name: two to four capitalised words after the role.)
  const name = words.slice(role + 1)
  if (name.length < 2 || name.length > 4 || !name.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word))) return null
  return words.slice(0, role).every((word, at) => roleWord.test(word) || roleModifier.test(word) || (/^\p{Lu}/u.test(word) && capitalised(word)) || (at === 0 && /^(?:New|Former|The)$/.test(word))) ? name.join(' ') : null
}

/**
 * A heading over a list of the site's other stories, never a title: "Top Stories", "Top Stories of the Day", "Latest
 * News", "Today's Headlines", "Trending Now", "Most Read This Week", "More Stories", "Editor's Picks", "News of the Day",
 * "Related Articles", "Popular Posts". (A title names what happened: "Top stories of the day dominated by the vote" runs
 * on in words of its own.)
 */
export const listHeading =
  /^(?:(?:today['’]s|this\s+week['’]s|the\s+day['’]s|our)\s+)?(?:(?:(?:top|latest|trending|popular|featured|related|recommended|recent|more|other|breaking|editor['’]?s|must[-\s]read|most\s+(?:read|popular|viewed|shared|commented))\s+)?(?:stories|news|headlines|articles|posts|picks|videos|updates|reads)|trending|most\s+(?:read|popular|viewed|shared)|editor['’]?s\s+picks?)(?:\s+(?:of\s+the\s+(?:day|week|month)|today|this\s+week|right\s+now|now|for\s+you|on\s+\p{L}+))?\s*:?$/iu

/**
 * A page's date line with a label of a few words that says it is a day's or an issue's page, never a title: "Business
 * News of Thursday, 24 November 2022", "Headlines for 3 May 2024", "Today's Paper: 3 May 2024", "March 28, 2013 | Vol.
 * 116 -- No. 49", "Issue 212, 3 May 2024". (A feature's own name with its date, "Smoke Watch Bulletin - August 15,
 * 2021", is a title.) `rest` is the line with its date taken out.
 */
export function dateLabelRest(rest: string): boolean {
  const bare = rest
    .replace(/\b(?:vol(?:ume)?|no|nr|issue|iss|edition|ed|page|pp?|year|yr|number|num)\.?\s*[\dIVXLC]+\b/giu, ' ')
    .replace(/\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?\b|\b\p{Lu}{2,5}\b|[\s|·•,/()–—:-]+/gu, ' ')
    .trim()
  if (!bare) return true
  const words = bare.split(/\s+/)
  return words.length <= 5 && words.some((word) => /^(?:news|headlines|edition|paper|issue|archives?|stories)$/i.test(word)) && words.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|for|on|the|from|and|&|today['’]s)$/i.test(word))
}

/** A stamp's label ("Updated:", "Reading time:", "Credibility:"), a figure and its unit ("85%", "4 min", "1,203 views"), a time. */
const stampLabel = /[\p{L}'’]+(?:\s+[\p{L}'’]+)?\s*:(?=\s|$)/gu
const stampFigure = /\d[\d.,]*\s*(?:%|mins?\b|minutes?\b|secs?\b|seconds?\b|hours?\b|hrs?\b|words?\b|views?\b|reads?\b|shares?\b|comments?\b)?(?:\s+read\b)?|\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/giu
/**
 * A header's stamp, a date among labels and figures only ("Updated: 3 May 2024 Credibility: 85%", "Published: 3 May 2024 |
 * Reading time: 4 min", "3 May 2024 · Views: 1,203", "Posted: 3 May 2024 Comments: 0"): the page's, never a title. `rest`
 * is the line with its date taken out; a label must be there, and nothing but labels, figures and marks besides. (A
 * title names what happened in words no label takes: "Turnout: 65% on 3 May 2024 as the county votes".)
 */
export function stampRest(rest: string): boolean {
  const labels = rest.match(stampLabel)
  if (!labels || labels.length === 0 || rest.length > 120) return false
  return !/\p{L}/u.test(rest.replace(stampLabel, ' ').replace(stampFigure, ' '))
}

/**
 * A template's text key left untranslated and glued before the title ("site.nameHarbour reopens …"): dotted lowercase
 * words, two or more, run into a capitalised word. The page's, no word of the title.
 */
export const gluedKey = /^[a-z][a-z\d_]+(?:\.[a-z][a-z\d_]+)+(?=\p{Lu}\p{Ll})/u

/** A close button's mark glued to the end of a title ("… after the talks x", "… ×", "… ✕"): the page's, no word of it. */
export const closeMark = /\s+[x×✕✖✗]$/u

/**
 * A run of the page's skip links and home links, one or more, glued together or set apart ("Skip to main content", "Jump
 * to main navigationJump to main content", "Skip to content | Skip to search", "Go to the Example Times homepage", "Back
 * to home page"): the page's navigation for screen readers and keyboards, never a title, on any site.
 */
const skipLink = String.raw`(?:(?:skip|jump|go|move|return|back)\s+to\s+(?:the\s+)?(?:main\s+|primary\s+|page\s+|site\s+)?(?:content|contents|navigation|nav|menu|search|footer|header|sidebar|top)|skip\s+(?:navigation|nav|links?)|(?:go|back|return)\s+to\s+(?:the\s+)?(?:[\p{L}\d&'’.-]+\s+){0,5}home\s?page)`
export const skipLinks = new RegExp(String.raw`^(?:${skipLink}\s*[|·•,]?\s*)+$`, 'iu')

/**
 * A telephone number alone on its line, or a few of them, a label before it at most ("+1 555 010 2000", "+44 20 7946
 * 0000", "Tel: (555) 010-2200", "Call us: 0800 555 0100", "01320202020"): a contact block's, never a title, on any site.
 * Seven to fifteen digits in groups set apart by spaces, dots, dashes or brackets; an international "+" before them, a
 * label, brackets round an area code or a last group of four (555-0100) say it is a number to call. `isDate` tells a date
 * set in figures ("12.03.2021 09:15"), a date line's, apart.
 */
const phoneLabel = String.raw`(?:(?:tel(?:ephone)?|phone|ph|fax|mobile|mob|cell|call(?:\s+us)?|hotline|helpline|whats\s?app|toll[-\s]?free|switchboard|office|desk|enquiries|inquiries|contact(?:\s+us)?)\.?\s*[:.]?\s*)`
const phoneNumber = String.raw`(?:\+\s?\d{1,3}[\s.-]*)?(?:\(\d{1,5}\)[\s.-]*)?(?:0\d{9,11}|\d{1,5}(?:[\s.-]+\d{1,5}){0,5})`
const phoneLine = new RegExp(String.raw`^${phoneLabel}?(${phoneNumber})(?:\s*(?:[/,;|]|or)\s*${phoneLabel}?${phoneNumber})*$`, 'iu')
export function phoneOnly(text: string, isDate: (text: string) => boolean): boolean {
  const line = text.trim()
  const shape = phoneLine.exec(line)
  if (!shape) return false
  const first = shape[1]!
  const digits = first.replace(/\D/g, '').length
  if (digits < 7 || digits > 15) return false
  const called = /^\+/.test(first) || /\(\d{1,5}\)/.test(first) || new RegExp(`^${phoneLabel}\\S`, 'iu').test(line) || /\d{3}[\s.-]\d{4}$/.test(first) || /^0\d{9,11}$/.test(first)
  // (A run of years, "2020 2021 2022", is no number to call.)
  return called && !/^(?:(?:19|20)\d{2}\s*)+$/.test(first) && !isDate(line)
}

/**
 * Whether `line` is `title` printed again as a title tag prints it, the site's name run on after it with no separator and
 * the title's marks dropped ("Harbour fees rise: council says" under it as "Harbour fees rise council says Example Daily"):
 * every word of the title in order, then one to five capitalised words that no paragraph of the story names (among
 * `pageLines`, line keys). The page's copy of the title; the printed one, marks and all, is the headline. (A longer title
 * that runs on in words of the story's, "Floods hit the valley" over "Floods hit the valley as Port Alder empties", is no
 * such copy.)
 */
export function titleWithGluedName(line: string, title: string, pageLines: Set<string>): boolean {
  const own = titleWordList(line)
  const theirs = titleWordList(title)
  const extra = own.length - theirs.length
  if (theirs.length < 3 || extra < 1 || extra > 5 || !theirs.every((word, at) => own[at] === word)) return false
  const tokens = line.trim().split(/\s+/)
  const tail = tokens.slice(-extra)
  if (tokens.length !== own.length || !tail.every((word) => /^[\p{Lu}\d][\p{L}\d&'’.-]*$/u.test(word))) return false
  return !/\s[|–—-]\s/.test(line) && !namedInParagraphs(tail.join(' '), pageLines)
}

/**
 * Whether `line` is a crosshead of a digest under its title `title`: every word of the crosshead among the title's, the
 * title longer by half again at least, no sentence and no label or breadcrumb over the crosshead's words ("Harbour sees
 * better times" under "Harbour Board sees better times, fares to rise again"). A title's copy with a label before it,
 * "News » Harbour sees better times", ends on the line's words; one with the site's name after a title tag's separator,
 * "Harbour sees better times - Example Daily", is the page title over its headline.
 */
export function digestCrosshead(line: string, title: string): boolean {
  const own = titleWordList(line)
  const theirs = titleWordList(title)
  if (own.length < 3 || theirs.length * 2 < own.length * 3 || theirs.length > 30 || /[.!?:;]["”’]?$/u.test(title) || /[»›>/|]|\s[–—-]\s/u.test(title)) return false
  const words = new Set(theirs)
  if (!own.every((word) => words.has(word))) return false
  return !endsOnWordsOf(title, line) && !theirs.join(' ').endsWith(own.join(' '))
}

/**
 * A line no site prints as a story's title: the site's notices to its reader about a subscription, a bill or an account
 * ("We have noticed an issue with your subscription billing details", "Your subscription will end shortly",
 * "Subscription Notification"), a paywall's offer ("Gain unlimited access to all of Example Post") and a market ticker's
 * label of exchanges and indices ("STOCK MARKET BSE NSE"). (The site's award banner, "WEBSITE OF THE YEAR", is chrome.)
 */
const accountNotice =
  /\bbilling\s+(?:details|information|info|address)\b|\byour\s+(?:subscription|membership|free\s+trial|trial|access|account)\s+(?:will|has|is|needs?)\s+(?:end|expir|run|lapse|been\s+(?:suspended|paused|cancell?ed)|about\s+to)|^(?:subscription|subscriber|account|billing|payment|membership)\s+(?:notification|notice|alert|reminder|update|status)s?$|^(?:get|gain|enjoy|unlock|want)\s+unlimited\s+(?:digital\s+)?access\b/iu
const exchange = String.raw`(?:stock\s+markets?|markets?|stocks?|shares|indices|bse|nse|nyse|nasdaq|sensex|nifty(?:\s*50)?|dow(?:\s+jones)?|s&p(?:\s*500)?|ftse(?:\s*100)?|nikkei(?:\s*225)?|hang\s+seng|dax|cac(?:\s*40)?|asx(?:\s*200)?|kospi|tsx|jse|psx|kse(?:\s*100)?|gold|silver|crude|brent|[+-]?\d[\d.,]*%?|[▲▼↑↓])`
const marketTicker = new RegExp(String.raw`^(?=.*\b(?:bse|nse|nyse|nasdaq|sensex|nifty|dow|s&p|ftse|nikkei|hang\s+seng|dax|kospi|tsx|jse|psx|kse|asx)\b)${exchange}(?:[\s|·•,]+${exchange})+$`, 'iu')
/**
 * A magazine's note on the issue a story ran in, over the story: "From AJR, April/May 2007", "From The Example Review,
 * Winter 2019 issue", "From the March 2024 issue", "From Issue #30 November 21, 2013". It names a publication and an
 * issue, never the story.
 */
const issueMonth = String.raw`(?:${monthName}|(?:Spring|Summer|Fall|Autumn|Winter))`
const issueNote = new RegExp(
  String.raw`^From\s+(?:(?:the\s+)?(?:${issueMonth}(?:\s*[/–-]\s*${issueMonth})?\s+)?\d{4}\s+(?:print\s+)?(?:issue|edition)|(?:the\s+|The\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4},\s+(?:(?:Vol\.|Volume|No\.|Issue)\s*\d+[,;]?\s+)*(?:${issueMonth}(?:\s*[/–-]\s*${issueMonth})?\s+)?(?:\d{1,2},?\s+)?\d{4}(?:\s+(?:print\s+)?(?:issue|edition))?)$`,
  'u',
)
/** "From Issue #30 November 21, 2013", "From Issue No. 12, May 2024": the issue's number, then the day it came out. */
export const numberedIssue = new RegExp(String.raw`^From\s+(?:the\s+)?Issue\s*(?:#\s*|No\.?\s*|Number\s+)\d{1,4}\s*[,:;|·–-]?\s+((?:${monthName}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\d{1,2}(?:st|nd|rd|th)?\s+${monthName},?\s+|${issueMonth}\s+)?\d{4})$`, 'iu')
/** "In this issue", "Also in this edition", "More from this issue": the heading of a magazine's contents list. */
const contentsHeading = /^(?:(?:also\s+)?in|inside|more\s+(?:from|in))\s+this\s+(?:issue|edition)$/i
export const neverTitle = (text: string) =>
  accountNotice.test(text) || marketTicker.test(text.trim()) || issueNote.test(text.trim()) || numberedIssue.test(text.trim()) || contentsHeading.test(text.trim())

