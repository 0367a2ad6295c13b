import { headlineKey } from '../../readAlso/keys'
import { iconName } from '../chrome'
import { findDate, type FoundDate } from '../dates'
import { handleBeside, signingAgencies } from './bylines'
import type { Meta } from './meta'
import { functionWord, hasClock, sentenceEnd, wordCount } from './words'

/**
 * Lines as the parser reads them: their keys, the scraper's header, lines glued together and split apart (`unglue`),
 * lines wrapped onto the next (`wrapped`), and the per-line record `Line`.
 */

/** An image's file name or a scraper's picture label standing alone ("2-2016 Gun1", "IMG_2034.jpg"). */
export const fileName = /^(?:[\p{L}\d._-]*\d[\p{L}\d._-]*)(?:\s+[\p{L}\d._-]*\d[\p{L}\d._-]*){0,2}$|^\S+\.(?:jpe?g|png|gif|webp)$/iu
/** A scraper's header line: a label ("date", "crawled") or an address, then an ISO date, then whatever the page began with. */
const crawlHeader = /^(?:(https?:\/\/\S+)\s+(?:(?:date|crawled|fetched|retrieved|scraped)(?:\s+(?:at|on))?\s*:?\s*)?|(?:date|crawl(?:ed)?(?: date)?|fetched|retrieved|scraped)(?:\s+(?:at|on))?\s*:?\s*)(\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)(?:\s+(.*))?$/i
/**
 * A scraper's header on the first lines ("date 2021-08-11 Metro", "https://example.com/story 2021-08-11"): the date the
 * page was fetched or stamped, kept apart from the page's text (what follows it on the line stays, in `rawLines`). The
 * story's own date wins over it; it is used only when the page prints none.
 */
export function takeCrawlHeader(rawLines: string[], timeZone: string | undefined): { date: FoundDate | null; text: string; url: null | string } {
  for (let at = 0, seen = 0; at < rawLines.length && seen < 3; at++) {
    if (!rawLines[at]!.trim()) continue
    seen++
    const header = crawlHeader.exec(rawLines[at]!.trim())
    if (!header) continue
    const date = findDate(header[2]!, timeZone)
    const url = header[1] ?? null
    const text = rawLines[at]!.trim().slice(0, rawLines[at]!.trim().length - (header[3]?.length ?? 0)).trim()
    rawLines[at] = header[3] ?? ''
    return { date, text, url }
  }
  return { date: null, text: '', url: null }
}
/** A key for comparing lines across pages and within one: case, quotes, dashes, spacing and end punctuation ignored. */
export const lineKey = (line: string) => headlineKey(line).slice(2)
/** Emoji set before a line as decoration ("🚨 Breaking: …", "📢 …"); not the ©, ® or ™ that open a notice. */
export const leadingPictographs = /^(?:(?![©®™])[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]\s*)+/u
/** A list item's mark opening a line ("• ", "▪ "); the second also counts an asterisk as one. */
export const bullet = /^[•·▪■●◦‣]\s/
export const bulletOrStar = /^[•·▪■●◦‣*]\s/
export const promo = /\b(subscri(?:be|ption)|sign up|sign in|log ?in|newsletter|% off|sale|offer|donate|donation|membership|members?\b|download (?:our|the) app|cookies?|advertisement|sponsored|shop now|deal|discount|free trial|podcast|watch live|live tv|menu|search)(?:\b|(?=\p{Lu}))/iu

const personName = String.raw`\p{Lu}[\p{Ll}'’.-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|(?:de|van|von|al|bin|da|di|del|la|le)\s+\p{Lu}[\p{Ll}'’-]+)){1,3}?`
/** "By Jane Roe LONDON — The council …": a byline run into the dateline of the first paragraph. */
const bylineIntoDateline = new RegExp(String.raw`^((?:By|Written by)\s+${personName}(?:\s+(?:and|&)\s+${personName})?)\s+(\p{Lu}{2,}[\p{Lu} ,.'’]*\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s+\S.*)$`, 'u')
/** "Jane Roe Staff Writer The council …": a name and role run into the first sentence. */
const bylineIntoSentence = new RegExp(
  String.raw`^((?:By\s+)?${personName})\s+((?:Senior |Chief |Special |Staff |Political |Foreign |Business |Sports |Local |News |Contributing )?(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Journalist))\s+(\p{Lu}.*[.!?…]["”’)]*)$`,
  'u',
)
/** "By Jane Roe Port Alder — The council …": a signed name of two words run into a dateline in title case. */
const bylineIntoPlace = /^((?:By|Written by)\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{L}.'’-]+(?:[ ,]+\p{Lu}[\p{L}.'’-]+){0,3}\s*[—–-]{1,2}\s+\p{Lu}.*)$/u
/** "Jane Roe, Reuters The council …": a name and the agency the person writes for, run into the first sentence. */
const bylineAgencyIntoSentence = new RegExp(
  String.raw`^((?:By\s+)?${personName},\s+(?:${Object.values(signingAgencies).join('|')}|(?:The\s+)?Associated Press|Agence France-Presse|PA Media|Press Association))\s+((?:The|A|An|\p{Lu}\p{Ll}+)\s.*[.!?…]["”’)]*)$`,
  'u',
)
/** "Jane Roe/Lagos The state governor …": a name, a slash and one capitalised word (the city), then a sentence. */
const nameCityIntoSentence = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\/\p{Lu}\p{Ll}+\s+(\p{Lu}.*[.!?…]["”’)]*)$/u
/** "… building on them. By Jane Roe": a summary, then the byline on the same line. */
const bylineAfterSummary = new RegExp(String.raw`^(.*[.!?…]["”’)]*)\s+(By\s+${personName}(?:\s+(?:and|&)\s+${personName})?)$`, 'u')
/** "… for residents. Updated 14 September 2023 10:32": a date label run onto the end of a summary. */
const labelledDateAfter = /^(.*[.!?…]["”’)]*)\s+((?:Last updated|Updated|Published|Posted|First published)\b\s*:?\s*.{4,60})$/
const labelledDateFirst = /^(?:Last updated|Updated|Published|Posted|First published)\b/

/**
 * A line that a scraper ran together from a header part and the text beside it, split again: a byline glued to the
 * first paragraph ("By Jane Roe LONDON — The …", "Jane Roe Staff Writer The council …") or a labelled date glued to
 * a summary, after it or before it. Any other line comes back as it is. One pass of fixed patterns per line.
 */
/** A title, then (after its full stop) a date with its year and maybe its time, then "by" and a name: the header in one line. */
const titleDateByline = /^(\p{Lu}[^.!?]{10,200}?)\.\s+((?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?),?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?)\.?\s+(by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s+\S+@\S+)?$/u
/**
 * "by Jane Roe · Example Evening NewsWe were sat …": a byline with the outlet after a middle dot or a bar, glued with no
 * space to the first sentence (the outlet's last letter in lower case, the sentence's first in capitals).
 */
const bylineOutletIntoSentence = new RegExp(String.raw`^((?:[Bb]y|Written by)\s+${personName}\s*[·•|]\s*\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4}\p{Ll})(\p{Lu}\p{Ll}*\s.*[.!?…]["”’)]*)$`, 'u')
/** A caption's credit in brackets closing it: "(Photo: example.com)", "(Image: Example Agency)", "[Photo by Jane Roe]". */
const creditTail = /[([]\s*(?:photo|photograph|image|picture|credit|source)s?\s*(?:by\s+|:)\s*[^()[\]]{2,80}[)\]]$/i
/** The text of a line that is one text run together twice (four words or more), or null. */
function printedTwice(line: string): null | string {
  if (line.length < 20) return null
  const half = Math.floor(line.length / 2)
  const copy = line.slice(0, half)
  return (line.length % 2 === 0 || line[half] === ' ') && line.endsWith(copy) && copy.split(/\s+/).length >= 4 ? copy : null
}

/** A Read-also opener at a line's start, and one glued on later in it (see unglue). */
const readOpener = String.raw`(?:READ MORE|Read more|READ ALSO|Read also|ALSO READ|Also read|RELATED|Related)\s*:`
const firstReadOpener = new RegExp(`^${readOpener}\\s*\\S`, 'u')
const nextReadOpener = new RegExp(`(?<=\\S)(?=${readOpener}\\s*\\S)`, 'u')

function unglue(line: string, timeZone: string | undefined): string[] {
  if (line.length < 20 || line.length > 2000) return [line]
  // "READ MORE: First title’READ MORE: Second title": two links under the same opener run together (no line break
  // between the page's list items): one line each.
  // "… by following us on Facebook.- Regional News11 months ago": a related-posts list's first row (its section and age)
  // glued on after the line over it; the row is a line of its own.
  const postRow = /^(.*[.!?”"])\s*([-–•]\s*\p{Lu}[\p{L}&'’]*(?:\s\p{Lu}[\p{L}&'’]*){0,3}\s?\d{1,2}\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$/u.exec(line)
  if (postRow) return [...unglue(postRow[1]!, timeZone), postRow[2]!]
  const first = firstReadOpener.exec(line)
  const again = first ? line.slice(first[0].length).search(nextReadOpener) : -1
  if (first && again >= 0) {
    const cut = first[0].length + again
    return [line.slice(0, cut).trim(), ...unglue(line.slice(cut).trim(), timeZone)]
  }
  // "article imageNorvale: Minister …": a picture's label in lower case glued, with no space, before the title.
  const imageLabel = /^((?:(?:article|featured|main|lead|story|post|header|top)\s+)?(?:image|photo|picture))(\p{Lu}\S*(?:\s+\S+){2,})$/u.exec(line)
  if (imageLabel && !sentenceEnd.test(imageLabel[2]!.replace(/["”’)]+$/, ''))) return [imageLabel[1]!, imageLabel[2]!]
  // "analysis: Five things …": the story's genre as the site's label prints it, in lower case, run on before the title
  // with its colon. (A sentence never opens in lower case; a kicker of the title's own, "WATCH: …", "Exclusive: …", is
  // capitalised and stays.)
  const genreLabel = /^((?:analysis|opinion|explainer|exclusive|comment|editorial|review|interview|feature|perspective|column|podcast|video|live|fact check)\s*:)\s+([\p{Lu}\d"“‘'].*)$/u.exec(line)
  if (genreLabel && wordCount(genreLabel[2]!) >= 3 && !sentenceEnd.test(genreLabel[2]!.replace(/["”’)]+$/, ''))) return [genreLabel[1]!, genreLabel[2]!]
  // "Cabinet approves budget as vote nears image 1Prime Minister … (Photo: example.com)": the title, then the lead
  // picture's numbered label (its alternative text: "image 1", "photo 2", or "hinh anh 1" as Vietnamese sites label it),
  // its caption glued on with no space and closing on the picture's credit.
  const numberedPicture = /\s\d{1,2}\p{Lu}/u.test(line) ? /^(\p{Lu}.{10,250}?\S)\s+((?:image|photo|picture|hinh anh|hình ảnh|ảnh)\s+\d{1,2})(\p{Lu}.{10,600}[)\]])$/u.exec(line) : null
  if (numberedPicture && !sentenceEnd.test(numberedPicture[1]!) && creditTail.test(numberedPicture[3]!)) return [numberedPicture[1]!, numberedPicture[2]!, numberedPicture[3]!]
  const outlet = /[·•|]/.test(line) ? bylineOutletIntoSentence.exec(line) : null
  if (outlet && wordCount(outlet[2]!) >= 8) return [outlet[1]!, outlet[2]!]
  // "Jane Roe/Lagos The state governor …": the reporter's name and the city filed from, glued before the first sentence.
  const credit = line.indexOf('/') > 0 && line.indexOf('/') < 40 ? nameCityIntoSentence.exec(line) : null
  if (credit && wordCount(credit[2]!) >= 8) return [`By ${credit[1]!}`, credit[2]!]
  // "… and building on them. By Jane Roe": a byline closing the standfirst.
  const closing = / By \p{Lu}/u.test(line) ? bylineAfterSummary.exec(line) : null
  if (closing && wordCount(closing[1]!) >= 5) return [closing[1]!, closing[2]!]
  const dateline = /^(?:By|Written by)\s/.test(line) ? bylineIntoDateline.exec(line) ?? bylineIntoPlace.exec(line) : null
  if (dateline && wordCount(dateline[2]!) >= 8) return [dateline[1]!, dateline[2]!]
  const agency = line.indexOf(',') > 0 && line.indexOf(',') < 40 ? bylineAgencyIntoSentence.exec(line) : null
  if (agency && wordCount(agency[2]!) >= 8) return [agency[1]!, agency[2]!]
  const role = /\s(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Journalist)\s/.test(line) ? bylineIntoSentence.exec(line) : null
  if (role && wordCount(role[3]!) >= 6) return [`${role[1]!}, ${role[2]!}`, role[3]!]
  const after = /\b(?:Updated|Published|Posted)\b/.test(line) ? labelledDateAfter.exec(line) : null
  if (after && wordCount(after[1]!) >= 5) {
    const found = findDate(after[2]!, timeZone)
    // The label and its date close the line: nothing but the date (and its time and zone) after the label.
    if (found && !after[2]!.slice(found.end).replace(/[\s|·•,]+/g, '')) return [after[1]!, after[2]!]
  }
  // "Your support makes all the difference.A reporter who …": an appeal's closing sentence to the reader glued, with no
  // space, to the lede under it.
  const appealClose = /^(\p{Lu}[^.!?]{5,100}[.!])(\p{Lu}\p{Ll}*\s.*)$/u.exec(line)
  if (appealClose && wordCount(appealClose[1]!) <= 12 && /\byour? (?:support|donation|contribution|help)\b/i.test(appealClose[1]!) && wordCount(appealClose[2]!) >= 8 && sentenceEnd.test(appealClose[2]!)) return [appealClose[1]!, appealClose[2]!]
  // "[email protected]The council voted …": the page's stand-in for the writer's protected address (see the chrome
  // rules) glued, with no space, before the lede.
  const gluedAddress = /^(\[email(?:\s|\u00a0|&#160;)protected\])\s*(\p{Lu}.*)$/u.exec(line)
  if (gluedAddress && wordCount(gluedAddress[2]!) >= 6 && sentenceEnd.test(gluedAddress[2]!)) return [gluedAddress[1]!, gluedAddress[2]!]
  // "Berry-farm-pricesLast month, …": a picture's file name, its words joined by hyphens or underscores, glued before the
  // first sentence with no space.
  const fileName = /^((?:\p{Lu}?\p{Ll}+|\d+)(?:[-_](?:\p{Ll}{2,}|\d+)){2,})(\p{Lu}\p{Ll}*[\s,].*)$/u.exec(line)
  if (fileName && wordCount(fileName[2]!) >= 8 && sentenceEnd.test(fileName[2]!)) return [fileName[1]!, fileName[2]!]
  // "… on Friday.ANI | New Delhi | Updated: 03-04-2020 11:53 IST": an aggregator's date line glued to the summary's full stop.
  const gluedLine = /\|/.test(line) ? /^(.*\S[.!?…]["”’)]*)(\p{Lu}[\p{L}\d&.'’ -]{1,40}?\s*\|.*\b(?:Updated|Created|Published|Posted)\b.*)$/u.exec(line) : null
  if (gluedLine && wordCount(gluedLine[1]!) >= 5 && findDate(gluedLine[2]!, timeZone)) return [gluedLine[1]!, gluedLine[2]!]
  // "Singer holds free concert after festival is called off. July. 30, 2019 07:29. by Jane Roe jane@example.com.": the
  // headline with the date and the byline run on after its full stop, as one line (the writer's address after the name
  // is a contact, left out).
  const header = / by \p{Lu}/u.test(line) ? titleDateByline.exec(line) : null
  if (header && wordCount(header[1]!) >= 4) return [header[1]!, header[2]!, header[3]!]
  // "Crews gain ground as smoke spreads across the WestBy JANE ROE and JOHN DOEExample Agency…": the title with the byline
  // glued on with no space (a lower-case letter closing the title, "By" and a capital opening the byline): the title, then
  // the credit line as printed.
  const gluedByline = /\p{Ll}By\s+\p{Lu}/u.test(line) ? /^(\p{Lu}[^.!?]{10,250}?\p{Ll}{2})(By\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}.{2,250})$/u.exec(line) : null
  if (gluedByline && wordCount(gluedByline[1]!) >= 4 && wordCount(gluedByline[2]!) <= 30) return [gluedByline[1]!, gluedByline[2]!]
  // "Police condemn attack on officerWednesday, March 31, 2021": the title with its date glued on (a weekday opening
  // right after the title's last letter), the date closing the line.
  const gluedDate = /\p{Ll}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s/u.test(line) ? /^(\p{Lu}.{10,200}?\p{Ll})((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s.{6,40})$/u.exec(line) : null
  if (gluedDate && wordCount(gluedDate[1]!) >= 4 && !sentenceEnd.test(gluedDate[1]!)) {
    const found = findDate(gluedDate[2]!, timeZone)
    if (found && found.start === 0 && !gluedDate[2]!.slice(found.end).trim()) return [gluedDate[1]!, gluedDate[2]!]
  }
  // "Jane Roe/Example Stock(PORT ALDER, Calif.) — A man …": a picture's credit glued, with no space, before a lede that
  // opens on its place in capitals in brackets (as a radio network's stories print their dateline).
  const creditIntoDateline = line.includes('(') ? /^([^\s(][^()]{1,80}?[\p{L}\d.])(\(\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.]{1,14}(?:\s\p{Lu}[\p{L}.]{1,14})?)?\)\s*[—–-]{1,2}\s.*)$/u.exec(line) : null
  if (creditIntoDateline && wordCount(creditIntoDateline[1]!) <= 6 && !sentenceEnd.test(creditIntoDateline[1]!) && wordCount(creditIntoDateline[2]!) >= 8) return [creditIntoDateline[1]!, creditIntoDateline[2]!]
  /**
   * The line split after the date it opens with (found within `within` characters, with its time when `clock`), when a
   * finished sentence that `sentence` accepts follows it.
   */
  const dateBefore = (within: number, clock: boolean, sentence: (rest: string) => boolean): null | string[] => {
    const found = findDate(line, timeZone)
    if (!found || found.start >= within || (clock && !hasClock(found.text))) return null
    const rest = line.slice(found.end).trim()
    return sentence(rest) && sentenceEnd.test(rest) ? [line.slice(0, found.end).trim(), rest] : null
  }
  // "February 19, 2018 3:07pm EST England coach Jane Roe has …": the header's date and time, no label, glued before the
  // deck or lede (a month's name or a day's figure opening the line, the clock in the date).
  const monthFirst = /^(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/.test(line)
  const glued = monthFirst ? dateBefore(1, true, (rest) => /^\p{Lu}\p{Ll}*\s/u.test(rest) && wordCount(rest) >= 8) : null
  if (glued) return glued
  const labelled = labelledDateFirst.test(line) ? dateBefore(30, false, (rest) => /^\p{Lu}/u.test(rest) && wordCount(rest) >= 5) : null
  if (labelled) return labelled
  // (…and a deck's shorter sentence after a date with its year and time: "February 19, 2018 3:07pm EST England coach …".)
  const dated = /^\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4},?\s+\d{1,2}:\d{2}/u.test(line) ? dateBefore(1, true, (rest) => /^\p{Lu}/u.test(rest) && wordCount(rest) >= 5) : null
  if (dated) return dated
  return [line]
}
/** A fact box's short lines over the story ("Polling: 8am to 5pm", "Vote count: From 6pm", "Results: 8pm"). */
/** (A label in capitals, "HOST: Good morning", is a speaker's in a transcript, as for empty labels below.) */
export const factLine = /^\p{Lu}(?=[\p{L} ]{0,19}\p{Ll})[\p{L} ]{1,20}:\s+\S[^.!?]{0,30}$/u
/** A link printed as "READ | Title" or "READ: Title" (a bare "READ" in capitals, then a bar or a colon), or "Read | Title". */
/** (…or "Read: Title", a colon after "Read" and a title, capitalised, with no sentence's mark in it; "Read: the rest …" is a sentence.) */
export const bareReadLink = /^(?:READ\s*[|｜:]|Read\s+[|｜]|Read:(?=\s+\p{Lu}[^.!?]{8,150}$))\s+(\S.{2,200})$/u
/**
 * "Tennessee tornado damage:In Hardin County, survivors sift through what is left": a link to another story under a topic's
 * label, the label's colon glued to the linked title with no space (as a network of local papers prints them between
 * paragraphs). A label of one to five words, a title of four words or more that closes no sentence.
 */
export const gluedLabelLink = /^\p{Lu}[\p{L}\d'’&-]*(?:\s+[\p{L}\d'’&-]+){0,4}:(?=["“‘'\p{Lu}\d])((?=\S+\s+\S+\s+\S+\s+\S)\S.{10,200}?)$/u
export const gluedLabelTitle = (line: string) => {
  const title = gluedLabelLink.exec(line)?.[1]
  return title && !/[.!?]["”’')]*$/u.test(title) && !/^\d{1,2}(?:\s|$)/.test(title) ? title : null
}
/**
 * "See also Title": the opener of a link to another story and the link's title after it, no colon, dash or bar between
 * (the page set the link right after the words): a title of three words or more, capitalised, no sentence's mark at its
 * end. "See also how the fares compare …" is a sentence.
 */
// ("Read moreExample minister warns of …": the same with the opener glued to the title, no space between, as a link box's
// label and its link run together; "Read more" too, and the title may hold a colon, "Secret service: Kids …".)
export const spacedReadLink = /^(?:(?:See also|SEE ALSO|Read also|READ ALSO|Also read|ALSO READ)\s+(?=["“‘]?[\p{Lu}\d][^.!?:;]{8,150}[^.!?:;,\s]$)|(?:See also|Read also|Also read|Read more|Read More)(?=\p{Lu}))((?=\S+\s+\S+\s+\S)["“‘]?[\p{Lu}\d][^.!?;]{8,150}[^.!?:;,\s])$/u
/**
 * Whether `next` carries on the sentence `line` broke off: it opens in lower case, and `line` stops without its end, on a
 * comma or a word no title ends with ("of", "the", "those"), or on a long line in sentence case (not a title).
 */
function wrapped(line: string, next: string): boolean {
  // A name that opens in lower case ("iPhone", "eBay") starts a sentence of its own; a credit in brackets ends a caption.
  // (An icon's name under a line, "cancel", is a button of its own.)
  if (!/^\p{Ll}(?!\p{Lu})/u.test(next) || iconName.test(next) || sentenceEnd.test(line) || /[:;)\]]$/.test(line) || /^https?:/.test(next)) return false
  // A byline set in lower case under the title ("by Jane Roe"), a name and nothing more, and the writer's e-mail address
  // alone under it are header lines of their own, no sentence carried on.
  // (…nor is one with the outlet after a middle dot or a bar, "by Jane Roe · Example News", whatever runs on after it.)
  if (/^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|di|del|la|le|bin|al))*\s+\p{Lu}[\p{L}.'’-]*(?:\s*[·•|]\s*\p{Lu}.*)?$/u.test(next) || /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(next)) return false
  const words = line.split(/\s+/)
  if (words.length < 4) return false
  if (/,$/.test(line) || functionWord.test(line)) return true
  const capitalised = words.filter((word) => /^["“‘'(]?\p{Lu}/u.test(word)).length
  return words.length >= 8 && capitalised * 2 < words.length
}

/**
 * The page's lines as text, each with the blank lines before it: white space collapsed, hard-wrapped sentences joined
 * and glued header parts split apart again; empty lines left out.
 */
export function splitLines(rawLines: string[], timeZone: string | undefined): { blankBefore: boolean; blanks: number; from: number; line: string }[] {
  return rawLines
    // Markdown-style headings ("# Headline") and list bullets come from some scrapers; the text is what counts.
    .map((line) => line.replace(/\s+/g, ' ').trim().replace(/^#{1,6}\s+/, ''))
    // A social handle printed beside the author's name ("Jane Roe @janeroe"): the name is the byline.
    .map((line) => line.replace(handleBeside, '$1'))
    // A text-size control glued on after the header's line ("Example Agency, May 3, 2016 Adjust font size:", "… Text size
    // A A A"): the page's button, not the line's.
    // (Only on a header's short line: a sentence of the story that speaks of the text size keeps its words.)
    .map((line) => {
      const control = /\s+(?:(?:adjust|change) (?:font|text) size\s*:?|(?:font|text) size\s*:|(?:font|text) size(?:\s*[Aa+−-]){1,3})$/iu.exec(line)
      return control && control.index > 0 && line.slice(0, control.index).split(/\s+/).length <= 10 ? line.slice(0, control.index) : line
    })
    // A save button's label glued on after a title ("… on rise again Add to ...", "… Save to my list"): the page's button,
    // not the title's words. (Capitalised mid-line, after a line of twenty words at most that closes no sentence: a
    // sentence that speaks of adding keeps its words, "… will add to …".)
    .map((line) => {
      const button = /\s+(?:Add|Save)\s+to\s*(?:\.{3}|…|(?:my\s+)?(?:[Ff]avou?rites|[Rr]eading [Ll]ist|[Ww]atchlist|[Bb]ookmarks|[Pp]laylist|[Ll]ist))$/u.exec(line)
      const before = button ? line.slice(0, button.index) : ''
      return button && before.split(/\s+/).length >= 3 && before.split(/\s+/).length <= 20 && !/[.!?:;,]["”’]?$/u.test(before) ? before : line
    })
    // An advertisement's marker glued on before or after a paragraph ("Article continues after this advertisementHe said
    // …", "… the mayor said.Story continues below advertisement"): the slot's, no word of the paragraph.
    .map((line) => line.replace(/^(?:[Aa]rticle|[Ss]tory) continues (?:after|below) (?:this )?(?:advertisement|ad)(?=\p{Lu}|["“‘])|(?<=[.!?]["”’)]?)\s?(?:[Aa]rticle|[Ss]tory) continues (?:after|below) (?:this )?(?:advertisement|ad)$/u, ''))
    // A template's placeholder the page never filled in ("… in line ({{commentsTotal}})", "{{ author.name }}"), bracketed
    // or bare: no word of the page's.
    .map((line) => line.replace(/\s*([(\[]?)\{\{\s*[\p{L}_$][\p{L}\d_$.]*\s*\}\}([)\]]?)/gu, (match, open: string, close: string) => (open && !close ? open : !open && close ? close : '')).trim())
    // Whether a blank line comes before each line: a block of lines set apart (a list's end).
    // …and how many: a wider gap than the story's own between paragraphs sets another story apart.
    .map((line, at, all) => {
      let blanks = 0
      while (at - blanks > 0 && !all[at - blanks - 1]) blanks++
      return { blankBefore: blanks > 0, blanks, from: at, line }
    })
    // A paragraph hard-wrapped by the page or the scraper (a sentence broken over two lines, the next opening in lower
    // case) is joined again, so that neither half is taken for a headline or a paragraph of its own.
    .reduce<{ blankBefore: boolean; blanks: number; from: number; line: string }[]>((joined, entry) => {
      const last = joined.at(-1)
      if (last && entry.line && last.line && !entry.blankBefore && wrapped(last.line, entry.line)) last.line = `${last.line} ${entry.line}`
      else joined.push({ ...entry })
      return joined
    }, [])
    // Header parts the scraper ran together with the text beside them are set apart again.
    // (…and a line printed twice and glued, with or without a space between, "Crowds at the quay on Monday.Crowds at the
    // quay on Monday." (a picture's alternative text and its caption, a title and its copy in the page's markup), is two
    // copies, each a line of its own, as a caption printed twice is read. Printed once more beside it, the three are read
    // as they stand: see the captions.)
    .flatMap(({ blankBefore, blanks, from, line }, index, all) => {
      const copy = printedTwice(line)
      const parts = copy && all[index - 1]?.line !== copy && all[index + 1]?.line !== copy ? [copy, copy] : unglue(line, timeZone)
      return parts.map((part, at) => ({ blankBefore: blankBefore && at === 0, blanks: at === 0 ? blanks : 0, from, line: part }))
    })
    .filter(({ line }) => Boolean(line))
}

/** A line as the parser reads it; `from` is the raw line of the text it starts on. */
export type Line = { affiliation?: boolean; blankBefore: boolean; blanks: number; chrome?: { endsStory?: boolean; list?: boolean; reason: string }; from: number; key: string; meta: Meta | null; text: string }

/** Six words or more, each wholly in capitals, with nothing but spaces (or an ampersand) between them. */
export const allCapsRow = /^(?:[\p{Lu}\d]+(?:\s+&)?\s+){5,}[\p{Lu}\d]+$/u

/** Letters of the scripts written without spaces between words: Chinese, Japanese kana, Korean. */
const spacelessScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
/** Letters of the scripts written with spaces between words other than the Latin one: Arabic, Cyrillic, Greek, Hebrew, Devanagari, Thai and the rest. */
const otherLetters = /[^\P{L}\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu

/**
 * The short lines of a widget in another language on a page whose story is in a Latin script (a Japanese masthead's
 * "13 日 マニラ" or "両替レート" over an English story): no Latin letter in them, some Chinese, Japanese or Korean, and
 * the page's Latin letters outnumbering those many times over. Their indexes.
 */
export function otherScriptLines(texts: readonly string[]): Set<number> {
  const all = texts.join(' ')
  const latin = all.match(/\p{Script=Latin}/gu)?.length ?? 0
  const spaceless = all.match(spacelessScript)?.length ?? 0
  // (…and so a masthead's slogan in Arabic, Cyrillic, Hebrew or any other script with spaces, "بالشعب و للشعب" over an
  // English story: no Latin letter in it, a few words, letters of that script the page prints far fewer of.)
  const others = all.match(otherLetters)?.length ?? 0
  const found = new Set<number>()
  if ((spaceless === 0 || latin < spaceless * 8) && (others === 0 || latin < others * 8)) return found
  texts.forEach((text, index) => {
    // (A sentence in that script, closed by its full stop or led in by a label's colon, is quoted text, no widget's.)
    // (…and so is a slogan the story quotes under its lead-in, "… bearing a single slogan:" / "Нет войне".)
    if (text.length > 40 || /\p{Script=Latin}/u.test(text) || /[.!?。！？:：؟]/u.test(text) || /[:：]\s*$/u.test(texts[index - 1] ?? '')) return
    if (latin >= spaceless * 8 && (text.match(spacelessScript)?.length ?? 0) >= 2) found.add(index)
    else if (latin >= others * 8 && (text.match(otherLetters)?.length ?? 0) >= 4 && wordCount(text) <= 6) found.add(index)
  })
  return found
}
