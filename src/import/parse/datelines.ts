import { authorKind, oneWordDesks } from '../byline'
import { findDate, type FoundDate } from '../dates'
import { monthName, wordCount } from './words'

/**
 * Datelines: a lede's place (and agency or desk) before its first sentence.
 */

/** "Port Alder — The council …": a dateline with its place in title case, an em dash after it. */
export const titleCaseDateline = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:,\s*\p{Lu}[\p{L}.]+)?\s+—\s+\p{Lu}/u
export const datelinePattern = /^([A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s+\S/
/**
 * "Kochi: The state government …", "KOLKATA: Having seen …": a lede that opens with its city and a colon. A brief's
 * own labels ("Details: …", "Context: …") name no place.
 */
export const colonDateline = { test: (line: string) => colonDatelineShape.test(line) && !/^(?:update|updated|note|editor|warning|watch|read|photo|video|opinion|analysis|exclusive|breaking|live|related|source|sources|also|listen|correction|clarification|disclaimer|q|a|details|context|background|flashback|meanwhile|reality|bottom line|big picture|state of play|zoom in|zoom out)\b/i.test(line) }
const colonDatelineShape = /^(?:\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?|\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?):\s+(?:The|A|An|\p{Lu}\p{Ll}+)\s\S+(?:\s\S+){5}/u
/** A dateline alone on its line, left open on its dash for the lede under it ("TRENTON, Fla. (KXYZ) --", "PORT ALDER —"). */
export const openDateline = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.]{1,14}(?:\s\p{Lu}[\p{L}.]{1,14})?)?\s*(?:\([^)]{1,40}\))?\s*[-–—]{1,2}$/u
/** "NEWPORT, VT", "PORT ALDER, Ore.": a dateline in capitals with its state, alone on a line. */
export const datelineAlone = /^\p{Lu}[\p{Lu}.'’ -]{1,30},\s*\p{Lu}[\p{L}.]{1,14}(?:\s\p{Lu}[\p{L}.]{1,14})?$/u
/** "Georgia, Tbilisi, Feb. 7 /Agency, J. Roe/": places and a day, then the agency (and its reporter) between slashes. */
export const agencySlashDateline = new RegExp(String.raw`^(\p{Lu}[\p{L}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}){0,2},\s*(?:${String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`}\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?))\s*\/\s*([^/]{2,60}?)\s*\/$`, 'u')
/**
 * "KATHMANDU (Neo Web Desk) Nepal: …", "PORT ALDER, Vale (Reuters) — …", "Madrid, May 4 (IANS) …", "(Example News) – …",
 * "Santiago, Nov 27 (EFE).- …" (a full stop before the dash, as Spanish-language agencies print it): the
 * agency, outlet or desk named in brackets right after the lede's place (or opening the lede) signs a story that no one
 * else signs. The place is capitalised words (a region or a day after a comma); the bracket must be followed by a dash or
 * a colon unless the place is set in capitals or carries its day, so that a sentence's bracket ("The agency (Reuters)
 * said") signs nothing.
 */
export const datelineDesk = new RegExp(
  String.raw`^(?:(\p{Lu}[\p{L}.'’-]*(?:[\s/]+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,2})?((?:,\s*|\s+|^)(?:${String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`}\s+\d{1,2}|\d{1,2}\s+${String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`})(?:,?\s*\d{4})?)?\s*)?\((\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\)(\.?\s*[-–—:]{1,2}\s|\s)`,
  'u',
)
const outletWords = String.raw`\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}`
/**
 * "LAHORE, (Example / Example Wire News - 4th Mar, 2022 ) :The …": the outlet (and the sister sites it shares the story
 * with, set apart by slashes) and the day with its year, stamped together in the bracket after the lede's place, a
 * colon or a dash after it, or the lede's first word right after it ("PORT ALDER, (Example / Example Wire News - 5th
 * May, 2025) The council …"). Each outlet signs; the day is the story's (it carries its year).
 */
const bracketStamp = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30})?,?\s*\(\s*(${outletWords}(?:\s*\/\s*${outletWords}){0,2})\s+[-–—]\s+((?:\d{1,2}(?:st|nd|rd|th)?\s+${monthName}|${monthName}\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4})\s*\)(?:\s*[:–—-]{1,2}|\s+(?=["“‘]?\p{Lu}))`,
  'u',
)
/**
 * "CAIRO - 10 June 2021: At a meeting …", "PORT ALDER, March 3, 2024 — The council …": the lede's place in capitals, then
 * the day with its year, a colon or a dash after it: the day is the story's (it carries its year), and no one is credited.
 * (Without the year, "DHAKA, Nov 3 –", the day dates nothing.)
 */
const placeYearDay = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}.'’ -]{1,30}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?\s*(?:,|\s[-–—])\s*((?:\d{1,2}(?:st|nd|rd|th)?\s+${monthName}\.?|${monthName}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d{2})\s*(?::|[-–—]{1,2})\s+["“‘]?\p{Lu}`,
  'u',
)
/**
 * "DUBAI, 19th November, 2025 (WAM) -- The …", "Lagos, Jan. 19, 2026 (Naija247news) – The …": the lede's place (capitals
 * or title case), the day with its year (with an ordinal or a comma in it or not), then the agency or site in brackets
 * and a dash or colon: the bracket signs and the day is the story's. (Without the year, "Madrid, May 4 (IANS) –", see
 * datelineDesk: the day dates nothing.)
 */
const placeYearAgency = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’ -]{1,30}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?,\s*((?:\d{1,2}(?:st|nd|rd|th)?\s+${monthName}\.?|${monthName}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d{2})\s*\(\s*(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})\s*\)\.?\s*(?::|[-–—]{1,2})\s+["“‘]?\p{Lu}`,
  'u',
)
export function datelineStamp(lede: string): { credits: string[]; day: string } | null {
  const m = bracketStamp.exec(lede)
  if (m) return { credits: m[1]!.split(/\s*\/\s*/), day: m[2]! }
  const agency = placeYearAgency.exec(lede)
  if (agency && !/^(?:updated?|corrected|correction|refiled?|revised|clarified|exclusive|breaking)$/i.test(agency[2]!)) return { credits: [agency[2]!], day: agency[1]! }
  const day = placeYearDay.exec(lede)
  return day ? { credits: [], day: day[1]! } : null
}
const placeDayInitials = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*(?:${monthName}\s+\d{1,2}|\d{1,2}\s+${monthName}),\s*(\p{Lu}{2,6})\s*(?::|\s[-–—]{1,2})\s+["“‘]?\p{Lu}`, 'u')
/** The last word of an outlet's name ("Harbour Express", "Valley Times", "Example News"). */
const outletTail = /\s(?:News|Times|Post|Herald|Tribune|Daily|Online|Today|Press|Journal|Gazette|Chronicle|Observer|Telegraph|Guardian|Independent|Express|Mail|Star|Standard|Weekly|Media|Network|Magazine|Mirror|Monitor|Sun|Courier|Record|Nation|Citizen|Leader|Argus|Examiner|Dispatch|Bulletin|Review|Radio|TV|Television)$/u
const capitalsOutlet = String.raw`\p{Lu}[\p{Lu}&.'’-]+(?:\s+\p{Lu}[\p{Lu}&.'’-]+){0,3}`
const capitalsNetwork = new RegExp(String.raw`^\p{Lu}[\p{Lu}.'’ -]{1,40}?(?:,\s*\p{Lu}[\p{L}.]{1,14})?\s*\((${capitalsOutlet}(?:\s*\/\s*${capitalsOutlet}){1,2})\)\.?\s*[-–—:]{1,2}\s+\S`, 'u')
/**
 * "PORT ALDER (THE HARBOUR TIMES/PACIFIC NEWS NETWORK) - …": the place in capitals, then in the bracket a paper's name and
 * the network it shares its copy through, set apart by a slash and set in capitals, as a network's member papers credit
 * the copy they pass on: one credit, the paper through its network, written as the paper writes it in a sentence ("The
 * Harbour Times/Pacific News Network"). Each part is an outlet's name of two words or more ("The" and a name, or a name
 * ending in a paper's, a network's or a newsroom's word); a one-word agency in it ("(KXYZ/AP)") makes the parts the
 * outlets that each sign (see datelineCredits), and places ("(PORT ALDER/VALE)") sign nothing.
 */
function capitalsNetworkCredit(lede: string): null | string {
  const m = capitalsNetwork.exec(lede)
  if (!m) return null
  const parts = m[1]!.split(/\s*\/\s*/)
  const outlet = (part: string) => /\s/.test(part) && !oneWordDesks.test(part) && (/^THE\s/.test(part) || outletTail.test(titleCaseWords(part)))
  if (!parts.every(outlet)) return null
  return parts.map(titleCaseWords).join('/')
}
/** Words in capitals written as a name is in a sentence ("THE HARBOUR TIMES" as "The Harbour Times"). */
const titleCaseWords = (text: string) => text.toLowerCase().replace(/\p{L}[\p{L}'’]*/gu, (word, at: number) => (at > 0 && /^(?:of|and|the|on|in|for|de|la)$/.test(word) ? word : word[0]!.toUpperCase() + word.slice(1)))
/** The name in a lede's dateline brackets, when the bracket sits where a dateline's credit does (see datelineDesk). */
export function datelineCredit(lede: string): string | null {
  const stamp = datelineStamp(lede)
  // (A stamp naming several outlets signs with them all: see datelineCredits.)
  if (stamp) return stamp.credits.length === 1 ? stamp.credits[0]! : null
  // "Kampala, Uganda | THE EXAMPLE | The police …", "PORT ALDER | Example News | …": the place, then the outlet between
  // bars, then the lede: the outlet signs as a bracket there does.
  const barred = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s*\|\s*((?:The\s+|THE\s+)?\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})\s*\|\s*["“‘]?\p{Lu}/u.exec(lede)
  if (barred) return barred[1]!
  // "MOSCOW, June 26. /TASS/. …": the place in capitals and the day, then the agency between slashes.
  const slashed = /^\p{Lu}[\p{Lu}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30})?,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\.?\s*\/(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\/\.?\s/u.exec(lede)
  if (slashed) return slashed[1]!
  // "ULAANBAATAR/MONTSAME/. The …", "Uvs/MONTSAME/. With …": the place (capitals or title case, no day), then the agency's
  // name set in capitals between slashes, a full stop or none after it and the lede's first word capitalised.
  const placeSlashed = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*\/\s*(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,2})\s*\/\.?\s+["“‘]?\p{Lu}/u.exec(lede)
  if (placeSlashed) return placeSlashed[1]!
  // "Srinagar, Dec 3, KNT: The …", "Accra, Nov. 15, XNA - The …": the place and the day (no year), then the agency's
  // initials in capitals and a colon or a spaced dash, as some regional agencies stamp their copy. (A country's or a body's short name there, "UK", "UN", is no agency.)
  const initials = placeDayInitials.exec(lede)
  if (initials && !/^(?:UK|US|USA|UAE|EU|UN|NY|DC)$/.test(initials[1]!)) return initials[1]!
  const network = capitalsNetworkCredit(lede)
  if (network) return network
  const m = datelineDesk.exec(lede)
  if (!m) return null
  const [, place, day, name, after] = m
  // "MANILA, Philippines (UPDATED) – …", "PORT ALDER (Corrected) — …": the story's revision label in the dateline's
  // brackets, where wires print an update's mark, names no agency.
  if (/^(?:updated?|corrected|correction|refiled?|revised|clarified|exclusive|breaking)$/i.test(name!)) return null
  // "(Harbour Express) The minister said …": the outlet alone in brackets opening the lede, no place before it and no dash
  // after it, the lede's first word capitalised: an outlet's name (its last word a paper's or a site's, or an agency's)
  // credits it; another bracket there ("(Updated) The …", "(Jane Roe) The …") names no outlet.
  const bareOutlet = !place && !day && after === ' ' && /^\p{Lu}/u.test(lede.slice(m[0].length)) && (oneWordDesks.test(name!) || outletTail.test(name!))
  // (The place in capitals is the whole place up to its region's comma, "PORT ALDER (KXYZ) The …": a lede that opens on one
  // word set in capitals, as papers set the first word, then a name in title case, "THE Harbour Police Service (HPS) has
  // said …", is a sentence, and its bracket spells out an initialism, no outlet.)
  if (!/[-–—:]/.test(after!) && !day && !(place && /^\p{Lu}{2,}(?!\p{Ll})/u.test(place) && !/\p{Ll}/u.test(place.split(',')[0]!)) && !bareOutlet) return null
  // "Aug 30 (OPTA) - …", "May 4 (Reuters) - …": the day alone before the bracket, no place, as wires print a brief; the
  // bracket must be an agency's (its known name, or its name in capitals) and a dash after it: "June 5 (Monday) – …" names a
  // day, no agency. ("Jul 12 (Example Today) - …": an outlet's name, its last word a paper's or a site's, signs the same.)
  if (!place && day && !(/[-–—]/.test(after!) && (oneWordDesks.test(name!) || /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})?$/u.test(name!) || outletTail.test(name!)))) return null
  return name!
}
/**
 * The paragraph whose dateline credits the story: the first, or, when the page prints a teaser or a summary over the lede
 * ("Synopsis", its key points, a site's blurb), the first of the opening ten that opens with its place and day and the
 * agency in brackets ("Port Alder, May 5 (Example Wire) The council …"); a dateline's day and bracket together are the
 * lede's wherever the page set it.
 */
export function datelineLede(paragraphs: readonly string[]): string | undefined {
  const first = paragraphs[0]
  if (first === undefined || datelineCredit(first)) return first
  return paragraphs.slice(1, 10).find((paragraph) => {
    const m = datelineDesk.exec(paragraph)
    return Boolean(m?.[1] && m[2] && wordCount(paragraph) >= 12)
  }) ?? first
}
const sharedName = String.raw`\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,2}`
/**
 * "TRENTON, N.J. (KXYZNewYork/AP) -- …", "(UTV|COLOMBO) – …": the lede's dateline bracket naming two or three outlets (a
 * station's site and the agency whose copy it ran), set apart by slashes or bars, the dash or colon after it; or the outlet
 * and its city, as some sites print the place inside the bracket. Each outlet signs as a desk; a place (one word that is
 * no agency's name, no call letters and no run-together brand, or words in capitals) signs nothing. The outlets, or null.
 */
const sharedBracket = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,2}\s*)?\((${sharedName}(?:\s*[/|]\s*${sharedName}){1,2})\)\.?\s*[-–—:]{1,2}\s`, 'u')
export function datelineCredits(lede: string): null | string[] {
  const stamp = datelineStamp(lede)
  if (stamp) return stamp.credits.length > 1 ? stamp.credits : null
  const m = sharedBracket.exec(lede)
  if (!m) return null
  const parts = m[1]!.split(/\s*[/|]\s*/)
  // (Call letters have one vowel at most, "UTV", "KXYZ"; a city in capitals has more, "GALLE".)
  const outlet = (part: string) => oneWordDesks.test(part) || (/^\p{Lu}{2,5}(?:-(?:TV|FM|AM))?$/u.test(part) && (part.replace(/-.*/, '').match(/[AEIOUY]/g)?.length ?? 0) <= 1) || /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(part) || (/\s/.test(part) && /\p{Ll}/u.test(part) && authorKind(part) === 'desk')
  const place = (part: string) => !outlet(part) && (/^\p{Lu}\p{Ll}+$/u.test(part) || /^[\p{Lu}\s.'’-]+$/u.test(part))
  if (!parts.every((part) => outlet(part) || place(part))) return null
  const outlets = parts.filter(outlet)
  return outlets.length > 0 ? outlets : null
}
/** The first paragraph of another story in a feed: "PARIS (Reuters) - …", "SEOUL, Sept. 12 (Yonhap) -- …", "HALIFAX, Nova Scotia (AP) — …". */
/** The agency in brackets is a name ("(Reuters)"), and a dash follows: a speaker's label ("ANCHOR (voice-over): …") is not one. */
export const agencyDateline = /^(?:\p{Lu}[\p{Lu} .,'’/-]{1,40}(?:,\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?(?=\s*\())?(?:,\s*\p{Lu}\p{Ll}{2,4}\.?\s+\d{1,2})?\s*)?\(\p{Lu}[^)]{1,39}\)\s*[-–—]{1,2}\s/u
/** "Dhaka, Nov 3 – …", "Kathmandu, 28 August: …": a place and a day (the year left out) opening the lede. */
export const placeDayDateline = new RegExp(String.raw`^(\p{Lu}[\p{L}.'’ -]{1,30}?),\s*(?:${monthName}\s+\d{1,2}|\d{1,2}\s+${monthName})(?:,?\s*\d{4})?\s*[:–—-]{1,2}\s+\S`, 'u')
/**
 * The place a lede opens with, as its dateline. A dateline's day is never the story's date: without its year it says
 * nothing of the year, and the page prints its own date elsewhere when it has one (no year anywhere: no date).
 */
export const datelineOf = (text: string) => (datelinePattern.exec(text) ?? placeDayDateline.exec(text))?.[1]?.trim() ?? null

/**
 * "The city is set to host the summit on June 6.", "The council will vote on 14 March": an event the lede says is still to
 * come, on a day printed without its year; the day, read in the year 2000 (only its month and day count), or null.
 */
const upcomingEvent = new RegExp(String.raw`\b(?:will|(?:is|are) (?:set|due|scheduled|expected|to)(?: to)?|plans? to)\b[^.!?]{0,80}?\bon\s+((?:${monthName}\s+\d{1,2}|\d{1,2}\s+${monthName})(?:st|nd|rd|th)?)\b(?!,?\s*\d{4})`, 'u')
export function upcomingDay(lede: string): FoundDate | null {
  const day = upcomingEvent.exec(lede)?.[1]
  return day ? findDate(`${day.replace(/(\d)(?:st|nd|rd|th)$/, '$1')}, 2000`) : null
}
