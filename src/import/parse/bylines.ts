import { agencyName, type Author, authorKind, jobTitle, oneWordDesks, parseByline } from '../byline'
import { escapeRegExp } from '../../text'
import { sentenceEnd, wordCount } from './words'

/**
 * Byline lines: writers named with their roles, desks, agencies that sign a story, writers' bios and contact lines.
 */

/** A name of two to four capitalised words ("By" before it or not), then a social handle alone ("Jane Roe @janeroe"). */
export const handleBeside = /^((?:by\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+@[A-Za-z0-9_]{2,15}$/iu
/** A broadcaster's call letters or an agency's initials alone ("CGTN", "WBEZ"). */
export const callLetters = /^\p{Lu}{2,5}(?:-(?:TV|FM|AM|DT|HD\d?))?$/u
/** Section labels printed in capitals that are no one's call letters. */
export const sectionWords = /^(?:NEWS|WORLD|WATCH|TOP|HOME|MENU|SPORT|SPORTS|LOCAL|LIVE|VIDEO|PHOTO|PHOTOS|AUDIO|OPED|OP|ED|TECH|ARTS|FOOD|STYLE|SHOP|PLAY|LISTEN|MORE|ALL|NEW|HOT|UPDATE|US|UK|EU|UN|FAQ|RSS)$/

/**
 * "Source: The Harbour Ledger https://www.example.com/news/…": the outlet a story was taken from, by its name and the
 * address of its copy, on the line under the last paragraph; it signs as a desk when no one else does. A name that is
 * a person's ("Source: Jane Roe https://…") or a sentence signs nothing. The outlet, or null.
 */
export function sourceWithAddress(line: string | undefined): null | string {
  const m = line === undefined ? null : /^[Ss]ource\s*:\s*((?:The\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4})\s+https?:\/\/\S+$/u.exec(line.trim())
  if (m) return authorKind(m[1]!) === 'desk' ? m[1]! : null
  // "Source Harbour Tribune Online": the same label with no colon and no address, the outlet's name alone after it; the
  // name must say it is an outlet's (a paper's or a site's word in it, or an agency's name): "Source Code" is none.
  const bare = line === undefined ? null : /^[Ss]ource\s+((?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})$/u.exec(line.trim())
  return bare && (outletWordIn.test(bare[1]!) || oneWordDesks.test(bare[1]!)) ? bare[1]! : null
}
/** A paper's or a site's word anywhere in a name ("Harbour Tribune Online", "The Valley Times"). */
const outletWordIn = /\b(?:News|Times|Post|Herald|Tribune|Gazette|Chronicle|Observer|Telegraph|Guardian|Express|Journal|Daily|Mirror|Monitor|Courier|Standard|Independent|Press|Agency|Wire|Media|Network|Television|Radio|TV)\b/u

/** Agencies that sign a story at the end of its last paragraph ("… the Commission said. REUTERS", "… – AFP"). */
export const signingAgencies: Record<string, string> = {
  AA: 'AA', AFP: 'AFP', AP: 'AP', ANI: 'ANI', ANTARA: 'Antara', BERNAMA: 'Bernama', BLOOMBERG: 'Bloomberg', DPA: 'dpa', EFE: 'EFE', GNA: 'GNA', IANS: 'IANS',
  JIJI: 'Jiji', KYODO: 'Kyodo', NAN: 'NAN', PTI: 'PTI', REUTERS: 'Reuters', TASS: 'TASS', XINHUA: 'Xinhua', YONHAP: 'Yonhap',
}
export const agencyNames = Object.keys(signingAgencies).join('|')
/** An agency's short name in brackets closing the last paragraph: "… for further investigation. (NAN)", "(PTI)". */
export const bracketSignOff = /[.!?…]["”’]*\s+\((\p{Lu}{2,6})\)$/u
export const signOff = new RegExp(String.raw`[.!?…]["”’)]*\s+(?:[-–—]{1,2}\s*)?((?:${agencyNames})(?:\s*(?:,|/|&|and)\s*(?:${agencyNames}))*)$`)
/**
 * "… is ongoing.—Example News Agency", "… were hurt. – The Example Press", "… to the injured. (AGENCIES)": an agency named in
 * full (its name ends in "Agency", "News Service" or "Press"), or the wires together ("Agencies"), signing off after the
 * last sentence's stop, set apart by a dash (glued to the stop or not) or in brackets. The name, or null.
 */
export function namedAgencySignOff(text: string): null | string {
  const name = String.raw`(?:The\s+)?(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}(?:News\s+Agency|Press\s+Agency|Agency|News\s+Service|Press)|Agencies|AGENCIES`
  const m = new RegExp(String.raw`[.!?…]["”’)]*(?:\s*(?:--|[–—])\s*|\s+-\s+)(${name})$|[.!?…]["”’]*\s+\((${name})\)$`, 'u').exec(text)
  const found = m?.[1] ?? m?.[2]
  if (found) return found.replace(/^AGENCIES$/, 'Agencies')
  // "… handed over to the court. — Antara": a wire's one-word name in title case after the dash, as the agency signs
  // its copy. A person's name there ("… the court. — Jane Roe") or a quotation's speaker signs nothing.
  const wire = titleCaseWireSignOff.exec(text)?.[1]
  return wire && oneWordDesks.test(wire) && !/^bloomberg$/i.test(wire) ? wire : null
}
const titleCaseWireSignOff = /[.!?…]["”’)]*(?:\s*(?:--|[–—])\s*|\s+-\s+)(\p{Lu}\p{Ll}{2,})$/u
/**
 * "… said on Monday. Jane Roe/EXN": the writer's name and the paper's or agency's initials after a slash, closing the last
 * paragraph; the writer signs, and the initials sign as a desk beside the writer (as after a bar on a byline).
 */
export const personSlashSignOff = /[.!?…]["”’)]*\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*\/\s*(\p{Lu}{2,6})$/u
/**
 * "Jane Roe Multimedia News Journalist", "Jane Q. Roe Bureau Chief", "Jane Roe Senior Columnist": a name (an initial in
 * it or not), then a role with no comma between ("By Staff Correspondent" is a role alone).
 */
// ("Gleaner Staff Reporter": a paper's name and its staff's role, no one's name: see roleDesk.)
export const nameThenRole = /^(?!(?:[Bb]y\s+)?(?:Senior|Chief|Staff|Special|Own|Our|The)\s)((?:[Bb]y\s+)?(?![Bb]y\s)\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,2}?)(?<!\sStaff)\s+((?:(?:Senior|Chief|Multimedia|Digital|Online|Staff|News|Political|Sports|Business|Health|Court|Crime|Video|Special|Herald|Chronicle|Times|Gazette|Tribune|Standard|Nation|Star|Post|Observer|Courier|Mirror|Guardian|Independent|Citizen|Monitor|Daily)\s+){0,3}(?:Journalist|Reporter|Writer|Correspondent|Editor|Producer|Columnist|Contributor|Photographer|Photojournalist|Bureau Chief))$/u
/**
 * "Neo Web Desk", "Northland News Service", "Digital Desk": a newsroom desk's own name; also after the outlet's name and a
 * slash, "Example Bulletin/News Desk".
 */
export const deskName = /^(?:\p{Lu}[\p{L}\d&.'’-]*(?:\s+|\s*\/\s*(?=\p{Lu}[\p{L}\d&.'’-]*\s+(?:Desk|Service|Network|Bureau)$))){0,4}(?:(?:Web|News|Digital|City|Online|Metro|Sports|Political|Foreign)\s+Desk|News\s+(?:Service|Network|Bureau)|Bureau)$/u
/** "— Jane Roe, Example News": a sign-off, a dash, the writer's name and the newsroom after a comma. */
export const dashedNewsroom = /^(?:--|[–—])\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}),\s*((?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})$/u
/** "About the Author: Jane Roe covers …": the bio's heading and the name it opens with, two to four capitalised words. */
export const authorBio = /^[Aa]bout [Tt]he (?:[Aa]uthor|[Ww]riter|[Rr]eporter)s?\s*:\s+((?:The\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\s+\p{Ll}/u
/**
 * A writer's bio: "Jane Roe covers …", "Jane Roe writes about …", "Jane Roe is a staff reporter for …". (With the role in
 * title case, "Jane Roe is a Journalist who …", the story must not name the person: `roleBio` in parse.ts.)
 */
export const writerBio = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})\s+(?:covers|writes about|reports on|is (?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:reporter|writer|correspondent|editor|journalist|columnist|intern|photographer)\b)/u
/** The same with the role before the name: "Court reporter Jane Roe is a notary.", "Senior Editor John Doe is the author of …". */
export const roleFirstBio = /^(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Ee]ditor|[Jj]ournalist|[Cc]olumnist|[Pp]hotographer)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})\s+is\s+(?:a|an|the)\s/u
/** "Press editor Jane Roe reports on …", "Our political correspondent John Doe looks at …": a writer introduced by role. */
// (Not a former one, "Retired newspaper editor John Doe writes about his years at the paper …": a lede's subject.)
export const writerIntro = /^(?!(?:[Ff]ormer|[Rr]etired|[Ll]ate|[Vv]eteran|[Ee]x-)\s?)(?:Our\s+)?(?:\p{L}[\p{L}-]*\s+){0,2}(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Ee]ditor|[Jj]ournalist|[Cc]olumnist)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})\s+(?:reports|writes|looks|explains|examines|investigates|asks|considers|reflects)\s+(?:on|about|at|into|why|how|whether|what)\s/u
/**
 * "Jane Roe is the former president of the Example Producers Association.": a guest writer's one-line bio, the name and the
 * office held at a body named in capitals, and nothing more (no comma, no clause saying who reported it).
 */
export const contributorBio = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,2})\s+is\s+(?:a|an|the)\s+(?:(?:[Ff]ormer|[Rr]etired|[Ff]ounding|[Pp]ast|[Cc]urrent|[Ll]ongtime|[Ss]enior|[Ee]xecutive|[Vv]ice|[Dd]eputy|[Mm]anaging)\s+)*(?:[\p{L}-]+\s+){0,2}(?:[Pp]resident|[Dd]irector|[Cc]hair|[Cc]hairman|[Cc]hairwoman|[Cc]hief [Ee]xecutive|[Ee]xecutive|[Pp]rofessor|[Ff]ellow|[Ff]ounder|[Pp]artner|[Mm]ember|[Ss]ecretary|[Cc]ommissioner|[Ll]ecturer|[Ee]conomist|[Aa]nalyst|[Cc]onsultant|[Aa]dviser|[Aa]dvisor|[Hh]ead)\s+(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}[^,;:!?"“”]{2,80}\.$/u

/**
 * Under an author card's heading ("About the author"), its bio opening on the writer's name and a verb: "Jane Roe has
 * covered housing since 2019.", "Jane Roe joined the paper in 2021.". The name, two to four capitalised words.
 */
export const cardBio = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})\s+(?:has|had|is|was|joined|covers|covered|writes|wrote|reports|reported|spent|works|worked|lives|grew|began|started|studied|previously|holds|leads)\s+\p{Ll}/u
/** "Northwind Staff": a site's name (one to three capitalised words) and "Staff" alone under the story, its newsroom signing. */
export const siteStaff = /^(?!(?:Our|The|All|Hospital|Medical|Support|Office|School|Teaching|Nursing|Kitchen|Ground|Front|General|Senior|Junior|Other|More|Key|Chief|Deputy|White House|Coaching)\s+Staff$)(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}Staff$/u
/**
 * "… until the end of the month. -AVT/HBD", "—/RCV (LDG)": a wire desk's sign-off closing the story, the editor's
 * initials, then the paper's code after a slash or in brackets. The paper's code, or null; the initials name no one.
 */
export function initialsPaperSignOff(text: string): null | string {
  const shape = String.raw`[-–—]{1,2}\s*\/?\s*\p{Lu}{2,4}\s*(?:\/\s*(\p{Lu}{2,6})|\(\s*(\p{Lu}{2,6})\s*\))`
  const m = new RegExp(String.raw`(?:^|[.!?…]["”’)]*\s+)${shape}$`, 'u').exec(text.trim())
  return m ? (m[1] ?? m[2])! : null
}

/**
 * "Jane Roe, The Associated Press", "Jane Roe, Reuters": a person's name (two or three words) and, after the comma, an
 * agency's or a newsroom's own name (a one-word agency, or words ending in Press, Agency, News, Wire), nothing else on
 * the line. The person and the agency as a desk, or null. ("Jane Roe, Press Secretary" is a role.)
 */
export function agencyCredit(text: string): Author[] | null {
  // "KNA/XNA": the initials of two or three agencies joined by slashes alone on the line, the wires whose copy the story
  // ran, each a desk (initials, at most one vowel each as agencies' and stations' have; no section's label, "US/UK").
  const initials = slashedInitials.exec(text.trim())
  if (initials) {
    const parts = initials[0].split('/')
    return parts.every((part) => !sectionWords.test(part) && (oneWordDesks.test(part) || (part.match(/[AEIOUY]/g)?.length ?? 0) <= 1)) ? parts.map((name) => ({ kind: 'desk' as const, name: signingAgencies[name] ?? name })) : null
  }
  const m = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+((?:The\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3})$/u.exec(text.trim())
  if (!m || officeWord.test(m[2]!)) return null
  if (!oneWordDesks.test(m[2]!) && !/\s(?:Press|Presse|Agency|News|Wire|Newswire|Service)$|^Agence\s/u.test(m[2]!)) return null
  const person = parseByline(`by ${m[1]!}`)
  return person?.length === 1 && person[0]!.kind === 'person' ? [person[0]!, { kind: 'desk', name: agencyName(m[2]!) }] : null
}

const slashedInitials = /^\p{Lu}{2,5}(?:\/\p{Lu}{2,5}){1,2}$/u

/** The last word of a paper's or a site's name ("Riverside Post", "Harbour Star", "Valley Record"). */
const paperWord = /\s(?:Post|Star|Sun|News|Times|Herald|Gazette|Journal|Chronicle|Record|Standard|Mail|Express|Observer|Tribune|Leader|Examiner|Telegraph|Courier|Dispatch|Bulletin|Mirror|Monitor|Today|Online|Daily|Weekly|Press|Review|Voice|Independent|Guardian|Citizen|Advocate|Register|Enquirer|Inquirer|Sentinel|Beacon|Globe|Eagle|Argus|Pioneer|Echo|Messenger|Spectator|Ledger|Democrat|Republican|Banner|Clarion|Post-Dispatch|Wire|Report)$/u
/**
 * Whether `name`, read as a person's, is the site's own name: its last word a paper's ("Post", "Star", "News") and the page
 * printing it as its masthead (a line of its own over the headline), its title bar's suffix ("Title - Harbour Star") or
 * its copyright's holder ("© 2024 Riverside Post"). ("Emily Post" signs as herself on a page whose masthead is another.)
 */
export function siteOwnName(name: string, page: readonly string[], headline: string): boolean {
  if (!paperWord.test(name)) return false
  const own = escapeRegExp(name)
  const heading = page.findIndex((line) => line.trim() === headline)
  const over = heading < 0 ? [] : page.slice(0, heading)
  return over.some((line) => line.trim() === name || new RegExp(String.raw`\s[-–—|:]\s+${own}$`, 'u').test(line.trim())) || page.some((line) => new RegExp(String.raw`^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:the\s+)?${own}\b`, 'iu').test(line.trim()))
}

/** "Contact Jane Roe at 555-0100.", "Reach staff writer Jane Roe at jroe@example.com or 555-0100.": a writer's contact line. */
export const contactLine = /^(?:Contact|Reach|E-?mail)\s+(?:(?:staff\s+)?(?:reporter|writer|editor|correspondent)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,2})\s+at\s+(?:(?:\(?\d{3}\)?[\s.-]?)?\d{3}[.-]\d{4}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s+or\s+(?:(?:\(?\d{3}\)?[\s.-]?)?\d{3}[.-]\d{4}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))?\.?$/u
/** Words of a place's or an office's name ("City Hall", "Parks Department"), no one's. */
export const institutionWords = /\b(?:Hall|Office|Department|Center|Centre|Club|Library|Church|School|County|City|Council|Services?|Museum|Clinic|Hospital|Association|Society|Foundation|Chamber|Police|Fire)\b/
/**
 * "Office of the Prime Minister", "Ministry of Health", "Department for Transport", "Embassy of the Republic of Korea": a
 * public body named by its kind and then what it serves, as a credit names the office a story came from; no one's name
 * (a person's name has no "of the" between its words).
 */
export const publicBody = /^(?:The\s+)?(?:Office|Ministry|Department|Embassy|Consulate|High Commission|Government|Secretariat|Directorate|Presidency|Cabinet Office|Commission|Authority|Bureau|Council)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}'’.-]*)){0,5}$/u
/** An office printed before a person's name ("Mayor Jane Roe", "Public Works Director John Doe", "Sen. Ann Poe"). */
export const officeTitle = /^(?:Mayor|Vice Mayor|Deputy Mayor|(?:County\s+|City\s+)?Commissioner|Councilman|Councilwoman|Councillor|Councilor|Council Member|Alderman|Alderwoman|Sheriff|Deputy|Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Lt\. Gov\.|Judge|Justice|Superintendent|Police Chief|Fire Chief|Chief|Officer|Sgt\.|Sergeant|Lt\.|Capt\.|Public Works(?:\s+Director)?|City Manager|City Clerk|Trustee|Supervisor)\s+\p{Lu}/u
/** The last word of a title-case role ("Police Commissioner", "Health Minister", "Club Captain"). */
export const officeWord = /\b(?:commissioner|minister|president|spokes(?:wo)?(?:man|person)|chief|director|secretary|governor|mayor|chair(?:man|woman|person)?|ceo|leader|head|officer|inspector|judge|ambassador|manager|coach|captain|premier|senator|councillor|commander|general|superintendent|principal|[\p{L}]*(?:writer|reporter|correspondent|editor|journalist))$/iu
/**
 * "Public Works Director John Doe, Commissioner Jane Roe,": people named with their offices, set apart by commas and
 * nothing else (no verb, no full stop), a picture's caption naming who is in it, line by line.
 */
export function officeHolders(text: string): boolean {
  const parts = text.trim().replace(/,$/, '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
  return wordCount(text) <= 30 && parts.every((part) => officeTitle.test(part) && /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,6}$/u.test(part))
}

/** "(Jane Roe)": a person's name alone in brackets, a picture's label: the name, or null. */
export function bracketedName(text: string): null | string {
  const inner = /^\(([^()]{3,60})\)$/.exec(text)?.[1]
  return inner && parseByline(inner)?.every((author) => author.kind === 'person' && author.name.split(/\s+/).length >= 2) ? inner : null
}

/** A short line under a byline that says where or what the author is: "BBC News, Seoul", "Seoul correspondent". */
export const affiliation = (line: string) =>
  wordCount(line) <= 6 && !sentenceEnd.test(line) && (/\b(news|correspondent|reporter|editor|writer|bureau|agency|desk|service)\b/i.test(line) || jobTitle.test(line))

/**
 * "According to Ukrinform, …", "as reported by Reuters", "Reuters reported": a news agency named in the story only as its
 * source, on a page that prints the agency's own address ("ukrinform.net" in its notice on quoting): the agency's own
 * copy, citing itself as its house style does, so its name alone over the lede is its credit, not a source another outlet
 * quotes (another site's story citing the agency, with the agency's picture credit over the lede, signs nothing). False
 * when the text names it any other way.
 */
export function citesOwnAgency(text: string, name: string, page: readonly { text: string }[]): boolean {
  if (!oneWordDesks.test(name)) return false
  const agency = escapeRegExp(name)
  const cited = new RegExp(String.raw`\b(?:according to|(?:as\s+)?reported by|told|cited by|quoted by|in an interview with)\s+${agency}\b|\b${agency}(?:['’]s)?\s+(?:reported|reports|has learned|learned|was told|correspondents?|reporters?)\b`, 'gi')
  const left = text.replace(cited, ' ')
  if (left === text || new RegExp(String.raw`\b${agency}\b`, 'i').test(left)) return false
  const ownAddress = new RegExp(String.raw`(?<![\p{L}\d.-])(?:https?://)?(?:www\.)?${agency}\.\p{L}{2,6}(?![\p{L}\d-])`, 'iu')
  return page.some((line) => ownAddress.test(line.text))
}

const credit = String.raw`\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\d&'’.-]*){0,4}`
const sourceCreditLine = new RegExp(String.raw`^\(?\s*(?:[Ss]ources?|SOURCES?|[Cc]redit|CREDIT)\s*(?::|[-–—]|\s-\s)\s*(${credit}(?:\s*(?:,|\/|&|and)\s*${credit}){0,2})\s*\)?\.?$`, 'u')
/**
 * "Source: VOV5", "SOURCE: KUNA", "(Source: Example News Agency)", "Source – Xinhua", "Sources: Reuters, AP": the label
 * and the outlets the story came from, alone on the line under the story (a name may carry a digit). The names, or null.
 * ("Source: police", "Sources said …", a person's name as the source are none: see desksCredited.)
 */
export function labelledSourceCredit(text: string): null | string[] {
  const m = sourceCreditLine.exec(text.trim())
  if (!m) return null
  const names = m[1]!.split(/\s*(?:,|\/|&|\band\b)\s*/).filter(Boolean)
  return names.every((name) => (oneWordDesks.test(name) || authorKind(name) === 'desk' || /\d|^\p{Lu}{2,6}$/u.test(name)) && !documentKind.test(name)) ? names.map((name) => agencyName(name)) : null
}

/**
 * "Source: Release", "Source: Press release", "Source: Statement", "Source: Handout": the kind of document a story was
 * written from, named where an outlet's name goes; it names no desk.
 */
export const documentKind = /^(?:(?:Press|News|Media|Police|Official|Government|Company|Joint)\s+)?(?:[Rr]eleases?|[Ss]tatements?|[Hh]andouts?|[Bb]riefings?|[Cc]ommuniqu[ée]s?|[Aa]nnouncements?|[Nn]otices?|[Dd]ocuments?|[Rr]eports?)$/u

/**
 * "Team LiveNews", "Politics Desk", "Web Desk", "Editorial Team", "Agencies", "Newsroom": a newsroom's team or desk named
 * alone, as a site signs a story no one person wrote. "Team" before a name needs a newsroom's or a site's brand after it
 * ("Team Example News", a run-together brand "Team LiveNews"): "Team USA", "Team Europe" are sides, no desks; a desk's
 * word after a name is a newsroom's, but not a help desk or a rescue team.
 */
export function deskLabel(text: string): boolean {
  const line = text.trim()
  if (wordCount(line) > 5 || /[.!?:;,]$/.test(line)) return false
  if (/^(?:Agencies|AGENCIES|Newsroom|NEWSROOM|News Desk|Web Desk|Editorial(?: Team| Board| Desk)?)$/.test(line)) return true
  const team = /^Team\s+(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,2})$/u.exec(line)
  if (team) return /\p{Ll}\p{Lu}/u.test(team[1]!) || /\b(?:News|Times|Post|Herald|Daily|Online|Today|Media|Network|Magazine|Journal|Tribune|Gazette|Express|TV|Radio|Live)$/u.test(team[1]!)
  const desk = /^((?:\p{Lu}[\p{L}\d&'’.-]*\s+){1,3})(Desk|Team|Newsroom|Bureau)$/u.exec(line)
  if (!desk) return false
  if (/^(?:Help|Service|Front|Information|Reception|Support|Rescue|Medical|Security|Legal|Sales|Marketing|Customer|Technical|Tech|IT|Management|Leadership|Home|Away|National|Olympic|Relay|Dream|B|A)\s/u.test(desk[1]!)) return false
  return desk[2] !== 'Team' || /\b(?:News|Editorial|Web|Digital|Online|Content|Reporting|Newsroom|Politics|Business|Sports|Metro|City)\s+$/u.test(desk[1]!)
}

/**
 * "BY MIBIZ STAFF", read as "Mibiz Staff": a name set in capitals, written in title case, loses an inner capital that no
 * rule can guess. Where the title or the story spells a word of it with one ("MiBiz growth report"), the name takes that
 * spelling ("MiBiz Staff"). Only a name the page prints in capitals is respelt; the page's text is read once, and only
 * for words of four letters or more.
 */
export function spelledAsPrinted(name: string, page: readonly string[], prose: string): string {
  const capitals = name.toUpperCase()
  if (capitals === name || !page.some((line) => line.includes(capitals))) return name
  const spellings = new Map<string, string>()
  for (const word of prose.match(/\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*/gu) ?? []) spellings.set(word.toLowerCase(), word)
  if (spellings.size === 0) return name
  return name.replace(/\p{L}{4,}/gu, (word) => spellings.get(word.toLowerCase()) ?? word)
}
