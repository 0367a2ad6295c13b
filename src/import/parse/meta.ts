import { agencyName, type Author, authorKind, deskWords, oneWordDesks, parseByline, placeThenAgency, roleDesk } from '../byline'
import { findDate, type FoundDate, sameDayAt } from '../dates'
import { callLetters, deskName, nameThenRole, officeTitle, sectionWords, signingAgencies } from './bylines'
import { functionWord, hasClock, monthName, sentenceEnd, wordCount } from './words'
import { deskByline, numberedIssue } from './headline'

/**
 * Byline and date lines: `metaLine` reads a line as authors, dates, a read time or an outlet; the date labels it
 * strips.
 */

// (…or the label first: "Read Time = 1 min", "Reading time: 3 minutes", "Time taken to read : 2 Minute".)
export const readTime = /(?:(?:<|less than)\s*)?(?:\b|(?<=\p{L}))\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:read|listen|watch)\b|\b(?:read(?:ing)?\s+time|time\s+(?:taken\s+|needed\s+)?to\s+read)\s*[:=–-]?\s*(?:(?:<|less than|about)\s*)?\d+\s*min(?:ute)?s?\b\.?/iu
/**
 * The words that say a time was an update, in the languages news pages print them ("Updated", "Actualizat", "Mis à jour",
 * "Güncelleme Tarihi", "Diperbarui").
 */
const updateWords = String.raw`(?:last\s+update|updated|modified|edited|actualizat|actuali[sz]ad[oa]|atualizad[oa]|actualisée?|mise? à jour|aggiornato|aktualisiert|güncelleme(?:\s+tarihi)?|güncellendi|diperbarui|dikemas kini)`
// ("This post was last modified on …", "This article was updated on …": a theme's update label told as a sentence.)
const englishLabels = /\b(?:this (?:post|article|story|page) (?:was|has been)(?= (?:last )?(?:updated|modified)\b)|first published|last updated|last update|last modified|published|updated|modified|posted|date|on|at|time)\b\s*:?/gi
/** Date labels in other languages ("Publicat:", "Publicado el", "Publié le", "Actualizat:", "Mis à jour", "Yayın Tarihi"), with their preposition. */
const foreignLabels = new RegExp(String.raw`(?<![\p{L}\d])(?:publicat|publicad[oa]|publiée?|pubblicato|veröffentlicht|yayın(?:lanma)?\s+tarihi|diterbitkan|${updateWords})(?:\s+(?:em|el|le|la|il|am|à|às))?(?![\p{L}\d])\s*:?`, 'giu')
const foreignStem = /publica|publi[ée]|pubblic|veröff|actuali|atualiz|à jour|aggiorn|aktualis|tarihi|güncel|diperbarui|diterbitkan|dikemas/i
/** Date labels ("Published:", "Updated", "Publicat:", "Actualizado el"): a line of the header with them taken out. */
const withoutLabels = (text: string) => {
  const english = text.replace(englishLabels, ' ')
  return foreignStem.test(english) ? english.replace(foreignLabels, ' ') : english
}
// ("Updated Date: May 03, 2018", "Updated on …": the label's noun or preposition after it.)
/** An update's label glued to the figure before it ("2025updated", "10:30Last updated", "2024Actualizat"). */
const gluedUpdate = new RegExp(String.raw`(\d)((?:last\s+)?${updateWords})(?![\p{L}])`, 'iu')
const updateLabelBefore = new RegExp(String.raw`(?<![\p{L}])${updateWords}(?:\s+(?:date|on|at|time))?(?![\p{L}])[^\p{L}]*$`, 'iu')
/** ("Last Updated At:13:40": the label's "at" before its colon, the time glued on.) */
const updatedTime = /\b(?:updated|modified|edited)(?:\s+at(?=\s*:))?\s*:?\s*(?:at\s+)?(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}\b|\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)/i

const viewCount = /\b\d[\d,.]*\s*[KkMm]?\s+views?\b/g
/** The same counter after its label ("Read: 2012", "Views: 1,208", "Hits: 45"): a number of readings, no year. */
const labelledCount = /(?<![\p{L}])(?:read|reads|views?|hits|visits|seen)\s*:\s*\d[\d,.]*\s*[KkMm]?(?![\p{L}\d])/giu
/**
 * "Credibility: 85%", "Rating: 4.5/5", "Trust score: 92 %": a page's score for the story, a label and a share or a mark out
 * of a whole, closing the date's row; no one's name and no date.
 */
const labelledScore = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s*:\s*\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|\/\s*\d{1,3})\s*$/u
/** A time or a year, then a comment's reply button ("Reply", "REPLY", "Reply ↓") closing the line. */
const commentRow = /(?:\d|[AaPp]\.?[Mm]\.?)\s*[|·•-]?\s*(?:Reply|REPLY)(?:\s*↓)?\s*$/
const syndicatedFrom = /^[Tt]his (?:content|article|story|post|report|piece) (?:was )?(?:first |originally )(?:appeared|published) (?:on|in|at|by) ((?:[Tt]he )?\p{Lu}[\p{L}\d&'’-]*(?:\.(?=\s))?(?:\s+\p{Lu}[\p{L}\d&'’-]*(?:\.(?=\s))?){0,4})\.?$/u
/** An agency's own name: a one-word agency ("Reuters") or a press, agency or wire by name ("Canadian Press", "Example News Agency"). */
const agencyOwnName = (name: string) => oneWordDesks.test(name) || /^(?:The\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}(?:Press|Presse|Agency|Wire|News Service)$/u.test(name)
/** "Straits Times11-07-2025": a source's name (capitalised words) with its date glued on after a small letter. */
const gluedSourceDate = /^((?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}\p{Lu}[\p{L}&'’.-]*\p{Ll})(\d.{5,40})$/u
/** The same with the month's name glued on after a small letter ("Example PressMar 3, 2024"). */
const gluedAgencyMonth = new RegExp(String.raw`^((?:The\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}\p{Lu}[\p{L}&'’.-]*\p{Ll})(?=${monthName}\s+\d{1,2}\b)`, 'u')
/** Words of the names sites give their sections ("Business", "International", "Middle East", "Sport"). */
export const sectionName = /^(?:&|and|news|world|business|international|national|local|regional|politics|economy|markets?|finance|money|sports?|football|cricket|opinion|comment|analysis|lifestyle|life|entertainment|culture|arts|health|science|tech|technology|travel|education|environment|climate|middle|east|west|north|south|asia|africa|europe|americas?|pacific|gulf|world|uk|us|latest|top|stories|features?|crime|courts?|region|city|metro|nation|home)$/i
/** A line that opens with a date's label ("Last Updated:", "Published on", "Posted:"). */
export const dateLabelLine = /^\W*(?:last\s+)?(?:updated?|published|posted|modified|created)(?:\s+(?:on|at))?\s*[:|-]?\s*(?=[\p{L}\d])/iu
/** A site's name in one word, its news word run on ("Examplenews", "Harbortimes"). */
// (A station's the same with its band or medium in capitals run on: "Harbourfm" as "HarbourFM", "ValleyTV".)
const gluedOutlet = /^\p{Lu}\p{Ll}{2,}(?:news|times|post|herald|daily|online|today|press|journal|gazette|tribune|chronicle|mirror|express|observer|FM|TV)$/u
/**
 * "5Knews Nairobi", "Examplenews London", "9news Perth": a site's one-word name (a glued brand, its newsroom's word run on,
 * that may open on a channel's number and letter) then one or two capitalised words, the city of the bureau that filed:
 * the outlet's bureau signs as a desk. No one's given name is a brand with a digit or a news word glued inside it. (Words
 * that merely end so, "Sometimes", "Outpost", are left out: the newsroom's word is one no common word ends on.)
 */
const outletBureau = /^(?:\p{Lu}\p{Ll}{2,}|\d{1,2}\p{L}{0,3})(?:news|News|online|Online|FM|TV)(?:\s+\p{Lu}\p{Ll}+){1,2}$/u
/** A release's label and its issuer's name ("Press Release: Harbour City Council"; see metaLine). */
const releaseIssuer = /^(?:(?:press|media|news)\s+(?:release|statement)|communiqu[ée](?:\s+de\s+presse)?|presse?mitteilung|pressemeldung|comunicado(?:\s+de\s+prensa)?|nota\s+de\s+prensa|persbericht|comunicato\s+stampa|pressmeddelande)\s*:\s*(.+)$/i
/** The issuer's name: capitalised words (and the small words of an office's name between them), no sentence. */
const issuerName = /^\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:of|the|for|and|de|du|des|la|le|del|van|für|&|\p{Lu}[\p{L}\d&'’.-]*))*$/u
const placeAfterTimedDate = /^\s*,\s*\p{Lu}[\p{L}.'’ -]{2,30}$/u
/** "… 2024 08:51 pm IST - PERAMBALUR": a place in capitals after a dash, ending a date line. */
const placeAfterDate = /\s[-–—]\s*\p{Lu}[\p{Lu}.'’ ]{2,30}$/u
const yearlessDate = new RegExp(
  String.raw`^[\s|·•,]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${monthName}|${monthName}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?[\s|·•,]*$`,
  'i',
)
const nameThenYearless = new RegExp(String.raw`^((?:[Bb]y\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:\d{1,2}\s+${monthName}|${monthName}\s+\d{1,2})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?$`, 'u')
/** Words that stand before an age without naming anyone ("About 2 weeks ago", "Posted 3 days ago", "March 2 days ago"). */
const notAName = new RegExp(String.raw`^(?:${monthName}|about|over|almost|nearly|just|some|only|posted|published|updated|edited|modified|added|created|since|today|yesterday|ago|time|date)$`, 'i')
/** "4 days ago", also glued to a source's name ("Straits Times4 days ago"). */
export const relativeAge = /(?:\b(?:updated\s+)?|(?<=\p{L}))\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/iu
const relativeAges = new RegExp(relativeAge.source, 'giu')
/** A weekday, unless it is part of a name ("The Sunday Times"). */
const weekdays = /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?,?(?!\s+(?:\p{Lu}\p{Ll}|\d{1,2}\s+\p{Lu}))/giu
/**
 * A part of a header row that is the row's own, beside its byline and date: the sections the story is filed in
 * ("Published in Features, Weekend", "Filed under: Politics", "Categories: Local"), the source's address
 * ("www.example.com") and a link's label ("Article Link", "Permalink").
 */
const rowLabel = /^(?:(?:published|posted|filed|listed)\s+(?:in|under)\s+\S.*|(?:categor(?:y|ies)|sections?|tags?|topics?|filed under)\s*:.*|(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}(?:\/\S*)?|(?:article|source|original|story)\s+link|permalink)$/iu
/** A user name in lower case opening a theme's meta row, the post's age or date after it ("neo 17 hours ago", "admin March 3, 2024"). */
const userRow = new RegExp(String.raw`^(\p{Ll}[\p{Ll}\d_.-]{1,20})\s+(?=\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|${monthName}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\d{1,2}(?:st|nd|rd|th)?\s+${monthName}\s+\d{4}\b|\d{4}-\d{2}-\d{2}\b)`, 'u')
/** A name, an age, the sections (a few words set apart by commas), then the comments' link and / or the views' counter. */
const themeMetaRow = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s+(\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)\s+(?:\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2}(?:\s*,\s*\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2}){0,4}\s+)?(?:(?:Leave a comment|No comments?|\d+\s+comments?)(?:\s+\d[\d,.]*[KkMm]?\s+views?)?|\d[\d,.]*[KkMm]?\s+views?)$/iu
/** Lower-case words that open a date's row without naming anyone ("updated 3 hours ago", "posted March 3, 2024"). */
const labelWord = /^(?:updated?|published|posted|modified|created|added|edited|on|at|since|from|until|till|by|about|over|almost|nearly|just|only|some|first|last|date|time|today|yesterday|and|or|the|in|for|of|to|was|were|is|are|said|says|about)$/
/** Role accounts a content system signs with, no one's name. */
const roleAccount = /^(?:admin|administrator|webmaster|editor|editors|root|user|guest|staff|author|superuser|sysadmin|moderator|publisher|newsroom|desk|team|support|info|web|wpadmin|site)\d*$/
/** A byline's names in capitals, set apart by commas or "and", with a title-case word glued on after the last one. */
const capitalsName = String.raw`\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,3}`
const gluedCapitalsByline = new RegExp(String.raw`^([Bb]y\s+${capitalsName}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${capitalsName})*)(?=\p{Lu}\p{Ll})(.+)$`, 'u')
/** What may run on after such names: the agency's name (again with "The" before it), then the lede's place in capitals. */
const gluedAgencyTail = /^(?:(?:The\s+)?(?:Associated Press|Agence France-Presse|Press Association|PA Media|Canadian Press|Reuters|Bloomberg(?:\s+News)?|(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Press|News)))+(?:\p{Lu}[\p{Lu}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}.]{1,14})?)?$/u
/** A caption's words for when its picture was taken ("in this picture taken on", "photographed on"). */
const pictureTaken = /\bin (?:this|a|an) (?:(?:undated|handout|file|aerial)\s+)*(?:picture|photo(?:graph)?|image|screen ?grab)\s+(?:taken|shot)\s+(?:on\s+)?(?:\p{L}+,?\s+)?(?:\d|\p{Lu})/iu
export type Meta = { authors?: Author[]; dates: { found: FoundDate; updated: boolean }[]; editors?: Author[]; lastUpdated?: boolean; outlet?: boolean; station?: boolean; readTime: boolean; unsigned?: boolean }

const clippingRow = /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:and|of|the|on|&|\p{Lu}[\p{L}&'’.-]*)){1,6}\s+-\s+(\d[\p{L}\d ,.]{4,30}?|)\s*-\s+(?:\p{Lu}[\p{Lu}\d&'’ ]{1,40}?\s+-\s+)?(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2})(?:\s+([\w.+-]+)@[\w-]+(?:\.[\w-]+)+)?$/u

/**
 * What a line of the page's header says, or null when it is not one: a byline, dates ("Published … Updated …"), a
 * reading time, or several of them on one line ("by A and The X news desk September 14, 2023 6:37 AM 2 min read").
 */
/**
 * A stamp's labelled figures after its date ("… Credibility: 85%", "… | Reading time: 4 min", "· Views: 1,203", "… at
 * 12:00 AM  Count : 147"). The time's "AM" or "PM" is the date's, never a label's word.
 */
const stampFigures = /(?<=\d|\d\s?[ap]\.?m\.?)(?:(?:\s*[|·•]\s*|\s+)(?![ap]\.?m\b\.?)[\p{L}'’]+(?:\s[\p{L}'’]+)?\s?:\s?\d[\d.,]*(?:\s?(?:%|mins?\b|minutes?\b|views?\b|words?\b))?(?:\s+read\b)?)+\s*$/iu
/** "Staff Reporter KANNUR July 29, 2022 …": a desk's byline, the place in capitals, then the date (see metaLine). */
const deskPlaceDateRow = new RegExp(String.raw`^((?:(?:Staff|Special|Legal|Our|Political|Senior)\s+)?(?:Reporter|Correspondent|Bureau|Staff\s+Writer))\s+\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}\s+(?=${monthName}\s+\d|\d{1,2}\s+${monthName}|\d{4}-\d{2}-\d{2})`, 'u')
/** The labels of a writer's profile icons after a byline ("Twitter icon", "Email icon LinkedIn icon"; see metaLine). */
const iconLabels = /(?:\s+(?:Twitter|X|Facebook|LinkedIn|Instagram|Threads|Bluesky|Mastodon|YouTube|TikTok|WhatsApp|Telegram|RSS|E-?mail|Mail|Website|Web)\s+(?:icon|logo)s?)+\s*$/iu
/** "Photo of Jane Roe Jane Roe06/03/2023": a writer's picture's text, the name again and the date glued on (see metaLine). */
const avatarNameDate = /^(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Aa]vatar) of (\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+\1(?=\d)/u
/** "March 30, 2001, Friday Ind/Indiana": a news archive's day, weekday and edition (see metaLine). */
const archiveDayRow = /^(.{8,30}?),\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,?\s+((?:[\p{Lu}\d][\p{L}\d/.&'’-]*\s*){1,4}))?$/u
export function metaLine(line: string, timeZone: string | undefined): Meta | null {
  // "March 30, 2001, Friday Ind/Indiana", "May 2, 1999, Sunday, Final Edition": a news archive's header row, the day the
  // paper ran the story, its weekday and the edition's name (words in capitals, a slash between them, "Edition").
  const archived = archiveDayRow.exec(line.trim())
  const archivedDay = archived ? findDate(archived[1]!, timeZone) : null
  if (archivedDay && archivedDay.start === 0 && archivedDay.end === archived![1]!.length) return { dates: [{ found: archivedDay, updated: false }], lastUpdated: false, readTime: false }
  // "Photo of Jane Roe Jane Roe06/03/2023": the writer's picture's alternative text, then the name with the date glued on
  // (a news theme's author box): the writer signs, and the date is the story's.
  const avatar = avatarNameDate.exec(line)
  if (avatar) {
    const dated = metaLine(line.slice(avatar[0].length).trim(), timeZone)
    if (dated && dated.dates.length > 0 && !dated.authors?.length) return { ...dated, authors: [{ kind: 'person', name: avatar[1]! }], lastUpdated: dated.lastUpdated ?? false, unsigned: false }
  }
  // "Jane Roe - Example Baseball Network | Mar 10th, 2025 2:30pm EDT": the writer's name and the outlet set apart by a dash,
  // then the date after a bar: the row reads as with a bar after the name (the writer and the outlet sign, the date dates).
  const dashedWriter = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+[-–—]\s+(?=\p{Lu}[^|]{2,60}\|[^|]*\d)/u.exec(line.trim())
  if (dashedWriter) {
    const inner = metaLine(`${dashedWriter[1]!} | ${line.trim().slice(dashedWriter[0].length)}`, timeZone)
    if (inner?.dates.length && inner.authors?.[0]?.kind === 'person') return inner
  }
  // "calendar icon 11 April 2019", "clock icon 3 minute read": the name of the icon a theme prints before the date or the
  // reading time (its picture left out by the scraper) is no part of them; the row reads as without it.
  const icon = /^(?:calendar|clock|time|date|timer|user|author|person|profile|eye|views?|comments?|folder|tag|location|pin|watch)\s+(?:icon|glyph)\s+(?=[\d\p{Lu}])/iu.exec(line.trim())
  if (icon) {
    const inner = metaLine(line.trim().slice(icon[0].length), timeZone)
    if (inner && !inner.authors && (inner.dates.length > 0 || inner.readTime)) return inner
  }
  // "Published: 21st September 2022 07:06 AM | Last Updated: … | A+A-": the page's text-size buttons printed at the end of
  // the date row are the row's own.
  if (/\d/.test(line)) line = line.replace(/\s+[|·•]?\s*A\s?[+-]\s?A\s?[+-]?\s*$/u, '')
  // "Updated: May 3, 2024 Credibility: 85%", "Published: 3 May 2024 | Reading time: 4 min": after a stamp's label and its
  // date, the row's labelled figures are the row's own.
  if (/^(?:last\s+)?(?:updated|published|posted|modified)\s*:/i.test(line) && /:\s*\d[\d.,]*\s*(?:%|mins?|minutes?|views?|words?)?(?:\s+read)?\s*$/iu.test(line)) line = line.replace(stampFigures, '')
  // "(Xinhua)", "(AFP)", "(Associated Press)": a wire agency's name alone in brackets on its line, as the agency's name
  // alone is (it signs only with evidence).
  const bracketedAgency = /^\(\s*((?:The\s+)?(?:Associated Press|Agence France-Presse|Press Association|Canadian Press|\p{Lu}[\p{L}]+(?:\s+News)?\s+Agency|\p{L}{2,12}))\s*\)$/u.exec(line.trim())
  if (bracketedAgency && (oneWordDesks.test(bracketedAgency[1]!) || /\s/.test(bracketedAgency[1]!))) {
    const inner = metaLine(bracketedAgency[1]!, timeZone)
    if (inner?.authors?.every((author) => author.kind === 'desk')) return { ...inner, unsigned: true }
  }
  // "[October 17, 2024]", "[Oct. 17, 2024 09:12 AM]": the story's day set in square brackets alone on its line, as some
  // sites that reprint a wire's copy print it over the byline; the day dates as without the brackets.
  const bracketedDay = /^\[\s*([^\[\]]{6,40}?)\s*\]$/.exec(line.trim())
  if (bracketedDay && /\d/.test(bracketedDay[1]!)) {
    const inner = metaLine(bracketedDay[1]!, timeZone)
    if (inner && !inner.authors && inner.dates.length === 1 && !inner.readTime) return inner
  }
  // "Jane Roe ( - September 27, 2017 - 2:42pm", "Jane Roe () | May 3, 2024": the writer's row with the outlet's linked name
  // left out of its brackets (an emptied or unclosed bracket before the dash); the row reads as without the bracket.
  const emptiedBracket = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+\(\s*\)?\s*(?=[-–—|]\s*\S)/u.exec(line.trim())
  if (emptiedBracket) {
    const inner = metaLine(`${emptiedBracket[1]!} ${line.trim().slice(emptiedBracket[0].length)}`, timeZone)
    if (inner?.dates.length && inner.authors?.every((author) => author.kind === 'person')) return inner
  }
  // "From Issue #30 November 21, 2013": a magazine's note on the numbered issue the story ran in, over the story; the
  // issue's day is the story's (it names no one).
  const issue = numberedIssue.exec(line.trim())
  if (issue) {
    const inner = metaLine(issue[1]!, timeZone)
    if (inner && !inner.authors && inner.dates.length === 1) return inner
  }
  // "By Jane Roe Twitter icon", "By Jane Roe Email icon LinkedIn icon": a byline with the label of the writer's profile
  // links' icons after the name (their pictures left out by the scraper); the byline reads as without the labels.
  if (/^by\s+\S/iu.test(line.trim()) && iconLabels.test(line.trim())) {
    const inner = metaLine(line.trim().replace(iconLabels, ''), timeZone)
    if (inner?.authors?.length) return inner
  }
  // "ARI SHAPIRO, HOST:" introduces what follows: a speaker or a label, not a byline. A blog's signed line ("Posted by
  // Jane Roe October 24th, 2014 :") keeps the colon its theme prints after the date.
  if (/:$/.test(line) && /^(?:posted|written)\s+by\s/i.test(line) && /\d{4}\s*:$/.test(line)) line = line.replace(/\s*:$/, '')
  // "2013/7/23 10:34:29   view:": a date row whose counter a script fills in, its label left with no number after it.
  if (/:$/.test(line) && /\d\s+(?:views?|hits|clicks|reads|visits)\s*:$/i.test(line)) line = line.replace(/\s+(?:views?|hits|clicks|reads|visits)\s*:$/i, '')
  // "Example Agency, December 14, 2016 Adjust font size:": the page's text-size control (its buttons left out) printed
  // at the end of the credit and date row is the row's own, no label introducing what follows.
  if (/\b(?:font|text)\s+size\s*:?(?:\s+[-+AＡ]{1,2}){0,3}\s*$/i.test(line) && /\d{4}/.test(line)) line = line.replace(/\s*[|·•]?\s*(?:adjust\s+|change\s+)?(?:font|text)\s+size\s*:?(?:\s+[-+AＡ]{1,2}){0,3}\s*$/i, '')
  // "By local democracy reporter Jane Roe:": a byline naming the writer's role, its colon introducing the story.
  if (/:$/.test(line) && /^by\s+(?:[\p{L}-]+\s+){0,4}(?:reporter|writer|correspondent|editor|journalist|columnist)s?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*:$/iu.test(line)) line = line.replace(/\s*:$/, '')
  // "Credit: By Jane Roe, Example Staff | The Example Times | www.example.com 10 July 2012 ~~": a reprinting site's credit
  // row, its label over the original byline, the paper's web address and a closing mark; the row reads as the byline and
  // the date without them.
  const creditRow = /^credit\s*:\s*(by\s+\S.*)$/iu.exec(line.trim()) ?? (/\|\s*(?:https?:\/\/)?www\./iu.test(line) ? /^(by\s+\S.*)$/iu.exec(line.trim()) : null)
  if (creditRow) {
    const inner = metaLine(creditRow[1]!.replace(/\s*[~*#=]+\s*$/u, '').replace(/\s*\|\s*(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?:\/\S*)?(?=\s|$)/gu, ''), timeZone)
    if (inner?.authors?.length) return inner
  }
  // "Staff Reporter KANNUR July 29, 2022 20:49 IST": a desk's byline, the place it filed from in capitals, then the date and
  // time: the row reads as the desk and the date (the place is the dateline's).
  const deskPlaceDate = deskPlaceDateRow.exec(line.trim())
  if (deskPlaceDate) {
    const inner = metaLine(`${deskPlaceDate[1]!} | ${line.trim().slice(deskPlaceDate[0].length)}`, timeZone)
    if (inner?.dates.length && inner.authors?.length) return inner
  }
  // "By Jane RoeThe flooded streets of the old town": a byline with the lead picture's caption glued on after the name, no
  // space between (a sentence-case caption opening on "The", "A" or "An"): the byline is the name.
  const gluedCaption = /^([Bb]y\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}?)(?:The|A|An)\s+\S+(?:\s+\S+)+$/u.exec(line.trim())
  if (gluedCaption) {
    const inner = metaLine(gluedCaption[1]!, timeZone)
    if (inner?.authors?.length === 1 && inner.authors[0]!.kind === 'person') return inner
  }
  // "Words: Jane Roe", "Words and pictures: Jane Roe": a magazine's credit for the text, as "By" is.
  const wordsCredit = /^words(?:\s+(?:and|&)\s+(?:pictures|photos|photography))?\s*:\s*(\p{Lu}.{2,60})$/iu.exec(line.trim())
  if (wordsCredit) {
    const inner = metaLine(`By ${wordsCredit[1]!}`, timeZone)
    if (inner?.authors?.length) return inner
  }
  // "/ Source: staff and news service reports", "/ Source: The Associated Press": the desk a story's copy came from, after
  // the slash a broadcaster's page sets before it on the line a byline takes under the title.
  const sourceCredit = /^\/\s*source\s*:\s*((?:the\s+)?(?:staff|wire|news|(?:\p{L}+\s+){0,3}(?:reports|services?|desk|staff|wires)\b)[\p{L}\s,&-]{0,60}|(?:The\s+)?(?:Associated Press|Reuters|AFP|Agence France-Presse|Canadian Press|Press Association|PA Media))$/iu.exec(line.trim())
  if (sourceCredit) return { authors: [{ kind: 'desk', name: sourceCredit[1]!.trim() }], dates: [], readTime: false, unsigned: false }
  // "By By The Example Reporter @handle": the label printed twice (the theme's and the writer's field's own), read once.
  if (/^by\s+by\s/i.test(line)) line = line.replace(/^by\s+(?=by\s)/i, '')
  // "Staff writer", "Times Staff", "A staff reporter": a desk's byline printed without its "By" signs as with it. (A
  // paper's name before its staff's role, "Observer staff reporter", is read as such below; a rank before the role,
  // "Senior Staff Writer", is one writer's role with the name left out.)
  if (deskByline.test(line) && !/^(?:by|from)\s/i.test(line) && !roleDesk.test(line) && !/^(?:senior|junior|chief|special|former|principal|lead|associate|deputy|assistant|contributing|freelance)\s/i.test(line)) line = `By ${line}`
  // "By: Example Press September 20, 2019 0": the comments' counter left after the date of a byline row.
  if (/\b(?:19|20)\d{2}\s+\d{1,4}$/.test(line) && /^by\b/i.test(line.trim())) line = line.replace(/\s+\d{1,4}$/, '')
  if (wordCount(line) > 30 || /:$/.test(line)) return null
  // "May 10, 2016 at 2:00 pm Reply", "Jane Roe 10 May 2016 at 14:00 | Reply": a comment's row, its time and the reply
  // button after it: the commenter signs nothing and the time dates nothing of the story.
  if (commentRow.test(line)) return { dates: [], readTime: false }
  // "The old harbour wall in this picture taken on March 3, 2024.", "Crowds at the square in a photo taken May 2, 2023": a
  // picture's caption, dated by when the picture was taken; it names no writer and dates no story (a line of the
  // header's all the same, no paragraph of the story).
  if (pictureTaken.test(line)) return { dates: [], readTime: false }
  // "By JANE ROE and JOHN DOEAssociated PressThe Associated PressPORT ALDER, Calif.": a byline in capitals with the
  // agency's name glued on (the markup's blocks run together), its name again with "The", the lede's place in capitals
  // after it. The people in capitals sign, as "Jane Roe Associated Press" alone does.
  const gluedAgency = /^[Bb]y\s/.test(line) ? gluedCapitalsByline.exec(line) : null
  if (gluedAgency && gluedAgencyTail.test(gluedAgency[2]!)) line = gluedAgency[1]!
  // "Jane Roe 7 hours ago Featured, Local News Leave a comment 1,581 Views": a news theme's meta row, the writer's name,
  // the post's age, the sections it is filed in, the comments' link and the views' counter. The comments' link or the
  // counter makes it the theme's row, no aggregator's source and age ("Coastal Herald 3 days ago"); the name signs when
  // it is a person's.
  const themeRow = themeMetaRow.exec(line.trim())
  if (themeRow && authorKind(themeRow[1]!) === 'person' && !deskWords.test(themeRow[1]!) && !sectionName.test(themeRow[1]!)) {
    const rowMeta = metaLine(`${themeRow[1]!} ${themeRow[2]!}`, timeZone)
    if (rowMeta) return { ...rowMeta, authors: [{ kind: 'person', name: themeRow[1]! }], unsigned: false }
  }
  // "neo 17 hours ago 2 min read 44 Views", "admin March 3, 2024": a blog theme's meta row, the writer's user name in lower
  // case, then the post's age or date. The user signs as printed; a role account ("admin", "editor") signs nothing.
  const user = userRow.exec(line)
  if (user && !labelWord.test(user[1]!) && !foreignStem.test(user[1]!)) {
    const rowMeta = metaLine(line.slice(user[0].length), timeZone)
    if (rowMeta && !rowMeta.authors && (rowMeta.dates.length > 0 || relativeAge.test(line))) {
      if (!roleAccount.test(user[1]!)) rowMeta.authors = [{ kind: 'person', name: user[1]! }]
      rowMeta.unsigned = false
      return rowMeta
    }
  }
  // "This content originally appeared on Example Guardian.": a republished story's note naming the outlet it came from; in
  // the header (beside the date) the outlet signs as a desk when no one else does, as "Source: X" there does.
  const syndicated = syndicatedFrom.exec(line)
  if (syndicated) return { authors: [{ kind: 'desk', name: syndicated[1]! }], dates: [], outlet: true, readTime: false, unsigned: true }
  // "Press Release: Harbour City Council", "Media release: Ministry of Health", "Communiqué : Ville de Port-Alder": the
  // label of the kind of document, in any of the languages it is printed in, then the name of the office or body that
  // issued it: the issuer signs the release as a desk (a release is an office's, whoever speaks in it).
  const issued = releaseIssuer.exec(line.trim())
  if (issued && issuerName.test(issued[1]!) && !/[.!?]$/.test(issued[1]!) && issued[1]!.split(/\s+/).length <= 7) return { authors: [{ kind: 'desk', name: issued[1]! }], dates: [], readTime: false, unsigned: false }
  // "Sunday, 18 August 2019 KSA 06:29 - GMT 03:29", "… 03:29 GMT / 06:29 KSA": the time told twice, in the local zone and
  // in GMT; the GMT one is read.
  if (/\b(?:GMT|UTC)\b/.test(line)) line = line.replace(/\b\p{Lu}{2,4}\s+\d{1,2}:\d{2}\s*[-–|/]\s*((?:GMT|UTC)\s+\d{1,2}:\d{2})\b/u, '$1').replace(/\b((?:GMT|UTC)\s+\d{1,2}:\d{2}|\d{1,2}:\d{2}\s+(?:GMT|UTC))\s*[-–|/]\s*(?:\p{Lu}{2,4}\s+\d{1,2}:\d{2}|\d{1,2}:\d{2}\s+\p{Lu}{2,4})\b/u, '$1')
  // "17:02, 3 Oct 2023Updated 18:15, 3 Oct 2023", "October 30, 2025updated 05 Nov 2025 5:16pm": the update's label glued
  // to the year or the time before it, in capitals or not, in any of the languages the label is printed in (the page's
  // two spans run together); a word glued to a figure is no word of a date, so the label is read apart.
  if (gluedUpdate.test(line)) line = line.replace(new RegExp(gluedUpdate.source, 'giu'), '$1 $2')
  // "04 Dec 2022 01:30PM (Updated: 04 Dec 2022 07:53PM)": the update in brackets after the publication, as the update.
  if (/\(\s*(?:last\s+)?(?:updated|modified)\b/i.test(line)) line = line.replace(/\(\s*((?:last\s+)?(?:updated|modified)\b[^()]*?)\s*\)/gi, ' $1 ')
  // "Jane Roe (@janeroe45) Published …": the writer's social handle in brackets after the name is no part of it.
  line = line.replace(/^((?:by\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+\(@[A-Za-z0-9_]{2,15}\)(?=\s|$)/u, '$1')
  // "- Example Press Trust", "- Updated: …": the header's lines set as a list, a dash before each (or a tilde, "~ Modified
  // On: …").
  if (/^[-–•~]\s+\p{Lu}/u.test(line)) line = line.replace(/^[-–•~]\s+/, '')
  // "- Published", "Updated": a date's label whose value the page left out (a script fills it in) is the header's, empty.
  if (/^(?:(?:first|last)\s+)?(?:published|updated|posted|modified)$/i.test(line)) return { dates: [], readTime: false }
  // "LAST UPDATE | 19 Jul", "Updated: Jul 19": the label with a day and a month but no year (no instant to read from it)
  // is the header's date line all the same.
  if (/^(?:(?:first|last)\s+)?(?:published|updated?|posted|modified)\s*[:|-]?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)$/iu.test(line) && new RegExp(String.raw`\b${monthName}(?:\s|$)`, 'i').test(line)) return { dates: [], readTime: false }
  // A sentence of fifteen words or more with no digit in it (no date, no time, no age, no reading time) is the story's:
  // a cheap test before the costly work below.
  if (line.length > 80 && sentenceEnd.test(line) && !/\d/.test(line) && wordCount(line) >= 15) return null
  // "Author`s name Editorial Team", "Author name: Jane Roe": a labelled author row (the theme's label in place of "by").
  // "Example Weekly - - FARM NEWS - JANE ROE jane.roe@example.com", "Example Weekly - 12 Jun 2019 - JANE ROE": a clipping
  // service's row: the paper's name, the edition's day (empty on some pages), the page's section in capitals, then the
  // writer's name in capitals (and the writer's address), set apart by dashes. The writer signs.
  // (The day or the writer's own address must be there: "School - - NOTICES - ALL WELCOME" is a notice.)
  const clipping = clippingRow.exec(line)
  if (clipping) {
    const day = clipping[1] ? findDate(clipping[1], timeZone) : null
    const ownAddress = Boolean(clipping[3] && clipping[2]!.toLowerCase().split(/\s+/).some((word) => clipping[3]!.toLowerCase().includes(word)))
    const authors = (clipping[1] ? day && day.start === 0 && day.end === clipping[1].length : ownAddress) ? parseByline(`by ${clipping[2]!}`) : null
    if (authors?.every((author) => author.kind === 'person')) return { authors, dates: day ? [{ found: day, updated: false }] : [], readTime: false }
  }
  // "Author: Jane Roe", "Thursday, 14 March 2019 Author: Jane Roe": the label with its colon, opening the row or right after
  // the date's year, reads as "by".
  let rest = line.replace(/^author(?:[`'’]s)?\s+name\s*:?\s+(?=\p{Lu})/iu, 'by ').replace(/(^|(?<=\d{4})\s*[|·•,–—-]?\s*)(?:Authors?|AUTHORS?)\s*:\s*(?=\p{Lu})/u, '$1by ')
  // "Bujumbura - by Sapa/AFP": the place the story was filed from before the byline, then agencies joined by a slash,
  // each a desk when one of them is a known agency.
  const placeBy = / [-–—] by \p{Lu}/u.test(rest) ? /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}\s+[-–—]\s+(by\s+\p{Lu}.*)$/u.exec(rest) : null
  if (placeBy) rest = placeBy[1]!
  // "Sunday 31 December 2023 | Written by Jane Roe | Published in Features, Weekend", "By Staff reporter / October 10, 2018
  // / www.example.com / Article Link": a header row of parts set apart by bars or slashes, a byline or a date among them;
  // the sections the story is filed in, the source's address and a link's label are the row's parts, no one's name.
  if (/\s[|/]\s/.test(rest)) {
    const parts = rest.split(/\s+[|/]\s+/)
    const kept = parts.filter((part) => !rowLabel.test(part.trim()))
    if (kept.length > 0 && kept.length < parts.length && kept.some((part) => /^(?:by|written by|posted by|story by|words by)\s/i.test(part.trim()) || findDate(part, timeZone))) rest = kept.join(' | ')
  }
  const slashed = /^by\s+(\p{Lu}[\p{L}-]*(?:\s*\/\s*\p{Lu}[\p{L}-]*)+)$/u.exec(rest)
  const agencies = slashed?.[1]!.split(/\s*\/\s*/)
  if (agencies?.some((name) => oneWordDesks.test(name))) return { authors: agencies.map((name) => ({ kind: 'desk' as const, name: agencyName(name) })), dates: [], readTime: false }
  // "Straits Times11-07-2025": an aggregator's source glued to the story's date, as it glues its age ("Straits Times4 days
  // ago"): the date is the story's; the source's name signs nothing (an aggregator's credit, as beside the age).
  // "Example PressMar 3, 2024, 9:15 AM EST": an agency's name with the date's month glued on (the markup's blocks run
  // together): the agency signs, as with a space between, and the date is the story's.
  const gluedMonth = gluedAgencyMonth.exec(rest)
  if (gluedMonth && agencyOwnName(gluedMonth[1]!)) rest = `${gluedMonth[1]!} ${rest.slice(gluedMonth[1]!.length)}`
  const glued = gluedSourceDate.exec(rest)
  const gluedDay = glued ? findDate(glued[2]!, timeZone) : null
  if (gluedDay && gluedDay.start === 0 && !/\S/.test(glued![2]!.slice(gluedDay.end))) {
    const shift = glued![1]!.length
    return { dates: [{ found: { ...gluedDay, end: gluedDay.end + shift, start: gluedDay.start + shift }, updated: false }], readTime: false }
  }
  // "Published in The Example Tribune, May 28th, 2020.": the print edition's note, the paper's name and the day the
  // story ran in it: a date line (the day, no time), no sentence of the story.
  const printed = /^Published in (?:the |The )?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4},\s+(.{6,30}?)\.?$/u.exec(rest.trim())
  const printedDay = printed ? findDate(printed[1]!, timeZone) : null
  if (printedDay && printedDay.start === 0 && printedDay.end === printed![1]!.length && !hasClock(printedDay.text)) return { dates: [{ found: printedDay, updated: false }], readTime: false }
  const meta: Meta = { dates: [], lastUpdated: /^\W*last\s+updated\b/i.test(line), readTime: false }
  if (readTime.test(rest)) {
    meta.readTime = true
    rest = rest.replace(readTime, ' ')
    // "3 min read Last Updated : Dec 28 2022 | 1:50 AM IST": the label opens the line once the reading time is read.
    meta.lastUpdated ||= /^\W*last\s+updated\b/i.test(rest)
  }
  // "Mar 14, 2023 • 2 hours ago • < 1 minute read • Join the conversation": the comments' link, a part of a header row set
  // apart by bullets or bars, is the row's own.
  if (/[•·|]/.test(rest)) rest = rest.replace(/(?<=[•·|]\s*)(?:join the conversation|leave a (?:comment|reply)|add a comment|no comments)\s*$/i, ' ')
  for (let n = 0; n < 3; n++) {
    const found = findDate(rest, timeZone)
    if (!found) break
    // "Jane ROE I Sunday, Oct.26, 2025": a capital I standing alone between the name and the date, where a theme sets its
    // bar, is the bar (no name ends on it before a date).
    const before = rest.slice(0, found.start).replace(/(?<=\p{L}\s+)I\s*$/u, '| ')
    const label = updateLabelBefore.test(before)
    meta.dates.push({ found, updated: label })
    // A zone's letters the date reader does not know, right after the time ("12:04 am TWN"), are part of the date; so
    // they are before the next date's label ("16:38 WITA Modified on : …").
    const unknownZone = hasClock(found.text) ? /^\s+\p{Lu}{3,4}(?=$|\s*[|·•,]|\s+[Bb]y\b|\s+(?:[Uu]pdated|UPDATED|[Mm]odified|MODIFIED|[Ee]dited|[Ll]ast\s+[Uu]pdated)\b)/u.exec(rest.slice(found.end)) : null
    rest = `${before} ${rest.slice(found.end + (unknownZone?.[0].length ?? 0))}`
  }
  // "2025/6/17 英字", "2025/6/17 英字 無料": the date and the section's or the access label in the site's own script (a
  // Japanese, Chinese or Korean edition in English), the row's labels, no one's name.
  if (meta.dates.length > 0 && /^[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u.test(rest) && rest.replace(/\s+/g, '').length <= 12) return meta
  // "04 March 2022 - 27 March 2022": two days and only a dash or "to" between them, the later last, no label and no time:
  // an event's dates (a promotion's box beside the story), no publication and update: a line of the header's, dating nothing.
  if (meta.dates.length === 2 && !meta.dates.some(({ found, updated }) => updated || hasClock(found.text)) && meta.dates[0]!.found.iso < meta.dates[1]!.found.iso && /^\s*(?:[-–—]|to|until|till|through)\s*$/i.test(rest)) return { dates: [], readTime: false }
  // "telangana Updated: Oct 20, 2020, 08:26 IST": the section's name in lower case before the date's label, no byline.
  if (meta.dates.length > 0) rest = rest.replace(/^\s*\p{Ll}[\p{Ll}-]{2,20}\s+(?=(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|[Ll]ast [Uu]pdated)\b)/u, '')
  // "29 September 2005, 00:00 Last update: about 12 years ago", "October 9, 2019 / 6:42 AM / Updated an hour ago": an
  // update told only as an age beside the publication's date says nothing exact; the label and the age go.
  if (meta.dates.length > 0) rest = rest.replace(/\b(?:last\s+)?update[ds]?\s*:?\s*(?:about\s+|over\s+|almost\s+)?(?:an?|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/i, ' ')
  // "December 1, 2017 / 4:35 PM / a day ago": the page's age in words ("a day", "an hour", "a few hours") after the date
  // and its time, set apart as the row's last part, says again when the story was published; it goes.
  if (meta.dates.length > 0) rest = rest.replace(/(?:^|[|·•/,–—-])\s*(?:about\s+|over\s+|almost\s+)?(?:an?|a\s+few)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s*$/i, ' ')
  // "2017-06-15T15:59:46+00:00 4 July 2012": a machine stamp run into the printed date (a blog theme's hidden update
  // time) is the last update when it falls on a later day; the printed date is the publication.
  if (meta.dates.length === 2 && !meta.dates[0]!.updated && !meta.dates[1]!.updated && /^\d{4}-\d\d-\d\dT\d/.test(meta.dates[0]!.found.text) && !/^\d{4}-/.test(meta.dates[1]!.found.text) && meta.dates[0]!.found.iso.slice(0, 10) > meta.dates[1]!.found.iso.slice(0, 10) && /^\s+\S/.test(line.slice(line.indexOf(meta.dates[0]!.found.text) + meta.dates[0]!.found.text.length))) {
    meta.dates[0]!.updated = true
  }
  // "By | 2017-06-15 … |Cruise Ships|0 Comments": a byline label with no name after it, then the date, the category and
  // the counter: the date line of a blog theme, signed by no one.
  if (meta.dates.length > 0 && /^by\s*\|/i.test(line)) return meta
  // "April 17, 2024 01:21 am | Updated 01:30 pm IST": an update time without its day is on the publication day.
  const updatedAt = meta.dates.length === 1 ? updatedTime.exec(rest) : null
  if (updatedAt) {
    const both = sameDayAt(meta.dates[0]!.found, updatedAt[1]!, timeZone)
    if (both) {
      meta.dates = [{ found: both.date, updated: false }, { found: both.at, updated: true }]
      rest = rest.replace(updatedAt[0], ' ')
    }
  }
  // "4 days ago" (also glued to a source name, "Straits Times4 days ago"), a weekday alone ("Thursday"): when, without a date.
  // The age counts only on a line that is little else: a source's or author's name, labels and separators ("Straits
  // Times 4 days ago", "By Jane Roe · 2 hours ago", "Updated 4 days ago"), never a sentence that mentions one ("The quake
  // struck 2 hours ago.").
  // "221 views", "1.2K views": a counter, like "12 comments".
  rest = rest.replace(viewCount, ' ')
  // "05 May 2019    Read: 2012": the counter after its label, beside the date (its number read as no year).
  if (meta.dates.length > 0) rest = rest.replace(labelledCount, ' ')
  if (meta.dates.length > 0 && /[%/]\s*\d*\s*$/.test(rest)) rest = rest.replace(labelledScore, ' ')
  // "Published on Jul 07, 2021 11:15 AM IST  |  399.3K": the post's counter, a number in thousands without its word, after
  // the date and a bar.
  if (meta.dates.length > 0) rest = rest.replace(/\s[|·•]\s*\d{1,3}(?:\.\d)?[KkMm]$/, ' ')
  // "441   //    25 Nov 2018, 19:14 IST", "09 Mar 2021 · 1,208": the same counter bare, before or after the date and set
  // apart from it by a separator ("//", a bar, a dot), the only thing on the row besides the date.
  if (meta.dates.length > 0) rest = rest.replace(/^\s*\d{1,3}(?:,\d{3})*(?:\.\d)?[KkMm]?\s*(?:\/\/|[|·•])\s*$|^\s*(?:\/\/|[|·•])\s*\d{1,3}(?:,\d{3})*(?:\.\d)?[KkMm]?\s*$/, ' ')
  // "17.03.2025, 15:37 5781": the same counter with no separator (its eye an icon), after a date that opens the row and
  // closes on its time (a figure after a time is no part of the date).
  if (meta.dates.length === 1 && meta.dates[0]!.found.start === 0 && hasClock(meta.dates[0]!.found.text)) rest = rest.replace(/^\s*(?:\d{1,3}(?:,\d{3})*(?:\.\d)?[KkMm]?|\d{4,7})\s*$/, ' ')
  // "April 21, 2024 08:51 pm | Updated 08:51 pm IST - PERAMBALUR": the place the story was filed from, after the dates.
  if (meta.dates.length > 0) rest = rest.replace(placeAfterDate, ' ')
  // "March 28, 2013 | Vol. 116 -- No. 49", "Volume 12, Issue 4 — March 28, 2013", "Vol. XII No. 7 · 3 May 2021", "Issue
  // 1234 | March 28, 2013": a paper's issue line, its volume and number beside the day of the issue, which dates the story.
  if (meta.dates.length > 0) rest = rest.replace(/^[\s|·•,;:–—/-]*(?:Vol(?:ume)?\.?\s*(?:\d{1,4}|[IVXLC]{1,7})\b(?:[\s,|·•:;–—/-]*(?:No|Nr|Number|Issue|Iss|Edition)\.?\s*\d{1,5}\b)?|(?:Issue|Edition)\s+(?:No\.?\s*)?\d{1,5}\b)[\s|·•,;:–—/-]*$/i, ' ')
  // "2022 Mar 28, 10:43, Saint George's": a line that opens with the date and its time, then the place it was filed from.
  if (meta.dates.length === 1 && meta.dates[0]!.found.start === 0 && hasClock(meta.dates[0]!.found.text)) rest = rest.replace(placeAfterTimedDate, ' ')
  // An age needs "ago": without it the age patterns are not run.
  // "Newsroom February 23 12:15", "Jane Roe March 3 09:40": a newsroom's or a writer's name, then the day without its year
  // (and the time), as the byline's row; the name signs, and the day dates nothing (it has no year). A source's name
  // ("Example Times March 3") stays an aggregator's, as beside an age.
  const nameDay = meta.dates.length === 0 && !meta.readTime ? nameThenYearless.exec(rest.trim()) : null
  if (nameDay) {
    const head = nameDay[1]!
    const signer = /^\p{Lu}\p{Ll}+$/u.test(head) && /^(?:newsroom|staff|editorial|desk)$/i.test(head) ? [{ kind: 'desk' as const, name: head }] : parseByline(head)
    // (A person's name needs the time beside the day: "Super Bowl February 7" is an event's heading.)
    if (signer && ((signer.every((author) => author.kind === 'person') && hasClock(rest)) || /^(?:by\s|newsroom$|staff$|editorial$|desk$)/i.test(head))) {
      meta.authors = signer
      return meta
    }
  }
  const aged = /ago\b/i.test(rest)
  const besideAge = withoutLabels((aged ? rest.replace(relativeAges, ' ') : rest).replace(/\b\d+\s+comments?\b/gi, ' ')).replace(weekdays, ' ')
  const words = besideAge.split(/[\s|·•,;:–—/-]+/).filter(Boolean)
  const ageOnly = words.length <= 8 && words.every((word) => /^[\p{Lu}\d(]/u.test(word) || /^(?:by|of|the|and|for|de|von|van|al|el|la)$/i.test(word)) && !/[.!?]$/.test(besideAge.trim())
  // "Bangkok, September 1": a dateline printed on its own line, the place and the day without the year.
  const placeAndDay = meta.dates.length === 0 && /^\p{Lu}[\p{L}.'’ -]{1,30},\s*\S/u.test(rest) && yearlessDate.test(withoutLabels(rest.replace(/^\p{Lu}[\p{L}.'’ -]{1,30},\s*/u, '')))
  const when =
    placeAndDay ||
    (ageOnly && aged && relativeAge.test(rest)) ||
    // ("Friday Night;", "Sunday morning": the weekday and the part of the day, a heading over what happened then.)
    (meta.dates.length === 0 && /^\s*(?:updated\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?\s*[;:]?\s*$/i.test(rest)) ||
    (meta.dates.length === 0 && yearlessDate.test(withoutLabels(rest)))
  // ("By March 15, 2020 No Comments": a blog theme's row whose comments' counter reads "No Comments" when there are none,
  // after the date, the writer's name left out of the row: the date line, signed by no one.)
  rest = withoutLabels(
    (aged ? rest.replace(relativeAges, ' ') : rest)
      .replace(/\b\d+\s+comments?\b/gi, ' ')
      .replace(meta.dates.length > 0 ? /(?<=\s)(?:no|one)\s+comments?$/i : /$^/, ' ')
      // "Posted on August 30, 2022 by admin": a content system's account name signs no story.
      .replace(/\bby\s+(?:site\s+)?(?:admin|administrator|webmaster)\d*\s*$/i, ' '),
  )
    .replace(weekdays, ' ')
    .replace(/^\s*(?:(?:written|posted|words|story)\s+)?by\s*:?[\s|·•,;:–—/-]*$/i, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  // "Posted at 6:36 PM, Jan 05, 2020" / "and last updated 2020-01-05 …": the second label of a pair, run on with "and".
  if (/^[\s|·•,;:–—/-]*$/.test(rest) || (meta.dates.length > 0 && /^and$/i.test(rest))) return meta.dates.length > 0 || meta.readTime || when ? meta : null
  // "28 Jun 2020, 16:23 Comments 204 Views Security Crime": a row that opens with the date and carries the post's counters,
  // then its section tags, is the date line.
  if (meta.dates.length > 0 && meta.dates[0]!.found.start === 0 && /(?<![\p{L}])(?:views?|comments?)(?![\p{L}])/iu.test(line.slice(meta.dates[0]!.found.end)) && wordCount(rest) <= 10 && /^[\p{L}\d&'’ -]*$/u.test(rest)) return meta
  // "Edited by: Digital Desk", "Edited By : Jane Roe": the editor, who signs only a story that names no writer ("Digital
  // Desk", "Web Desk" are desks).
  // "example.com| Edited by: Jane Roe": the site's address before the label.
  const edited = /^(?:(?:www\.)?[a-z\d-]+(?:\.[a-z]{2,6}){1,2}\s*\|\s*)?edited\s+by\s*:?\s*(\S.*)$/i.exec(rest)
  if (edited) {
    const editors = parseByline(`by ${edited[1]!}`)
    if (!editors) return null
    meta.editors = editors
    return meta
  }
  // "Baku, May 21, AZERTAC", "Dorvan, June 12 (VELTA)": a dateline printed on its own line with the agency that filed the
  // story after the day, its code in capitals (or an agency's own name); the agency signs as a desk.
  const placeDayAgency = meta.dates.length === 0 && rest.includes(',') ? /^(\p{Lu}[\p{L}.'’ -]{1,30},\s*[^,()]{3,24}?)\s*(?:,\s*|\(\s*)(\p{Lu}{3,8}|\p{Lu}\p{L}+)\s*\)?$/u.exec(rest) : null
  if (placeDayAgency && yearlessDate.test(placeDayAgency[1]!.replace(/^\p{Lu}[\p{L}.'’ -]{1,30},\s*/u, '')) && (/^\p{Lu}{3,8}$/u.test(placeDayAgency[2]!) || oneWordDesks.test(placeDayAgency[2]!))) {
    meta.authors = [{ kind: 'desk', name: signingAgencies[placeDayAgency[2]!] ?? placeDayAgency[2]! }]
    meta.station = true
    return meta
  }
  // "Posted on Feb 07, 10:11PM | IANS": a day without its year and the agency that filed the story, on one line.
  if (!when && meta.dates.length === 0 && rest.includes('|')) {
    const parts = rest.split(/\s*\|\s*/).filter((part) => /[\p{L}\d]/u.test(part))
    const day = parts.findIndex((part) => yearlessDate.test(part))
    const desks = parts.filter((_, at) => at !== day)
    if (day >= 0 && desks.length > 0 && desks.every((part) => oneWordDesks.test(part))) {
      meta.authors = desks.map((name) => ({ kind: 'desk' as const, name }))
      return meta
    }
  }
  // "Grzegorz 2 weeks ago": a blog theme's header, the writer's first name alone (set apart from the age, one word that
  // is no desk, agency, section or month) then the post's age; the writer signs. A source's name of two words or more,
  // or one glued to its age ("Coastal Herald3 days ago"), stays an aggregator's source.
  if (when && aged && meta.dates.length === 0 && /^\p{Lu}\p{Ll}{2,15}$/u.test(rest) && /^\s*\p{Lu}\p{Ll}+\s+\d+\s+\p{L}+\s+ago\s*$/u.test(line) && !oneWordDesks.test(rest) && !deskWords.test(rest) && !sectionName.test(rest) && !notAName.test(rest)) {
    meta.authors = [{ kind: 'person', name: rest }]
    return meta
  }
  // "Straits Times 4 days ago": an aggregator's source and age, not a byline, unless signed ("by Jane Roe · 2 hours ago").
  if (when && meta.dates.length === 0 && !/^(?:by|written by)\s/i.test(rest.replace(/^[\s|·•,;:–—/-]+/, ''))) return meta
  rest = rest.replace(/^[\s|·•,;:–—/-]+|[\s|·•,;:–—/-]+$/g, '').replace(/\s+([|·•/])(?:\s*[|·•/])+\s+/g, ' $1 ')
  // "Example News Desk Canadian Press, 21 Aug, 2014 10:50 AM", "Web Desk / Reuters | …": the site's desk and the agency whose
  // copy it ran, beside the date, run together or set apart; both sign as desks (as the desk alone does: "Web Desk, 21 Aug 2014").
  if (meta.dates.length > 0 && /\b(?:Desk|Bureau)\b/.test(rest)) {
    const desks = rest.split(/\s*[,|&/·•]\s*|\s+and\s+/).flatMap((part) => {
      const runOn = /^(.+?\s(?:Desk|Bureau))\s+((?:The\s+)?\p{Lu}.*)$/u.exec(part)
      return runOn && deskName.test(runOn[1]!) && agencyOwnName(runOn[2]!) ? [runOn[1]!, runOn[2]!] : [part]
    })
    if (desks.length <= 3 && desks.some((part) => deskName.test(part)) && desks.every((part) => deskName.test(part) || agencyOwnName(part))) {
      meta.authors = desks.map((name) => ({ kind: 'desk' as const, name: agencyName(name) }))
      return meta
    }
  }
  // "By Jane Roe, The Associated Press on May 23, 2024.": the sentence's full stop after the date.
  if (meta.dates.length > 0) rest = rest.replace(/\s*\.$/, '')
  // "Jane Roe Multimedia News Journalist [email protected] | @janeroe", "By Jane Roe (jane@example.com)": the contacts after a
  // name and role go (with the brackets round an address), and the role
  // follows the name as after a comma.
  if (/@/.test(rest)) rest = rest.replace(/\s*(?:\[email(?:\s|&#160;)protected\]|\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)/gi, ' ').replace(/(?:\s*[|·•]?\s*@[A-Za-z0-9_]{2,30})+\s*$/, '').trim()
  rest = rest.replace(nameThenRole, '$1, $2')
  // "Jane Roe/ Transport Correspondent", "Jane Roe/ News Director": a name and the job title after a slash.
  rest = rest.replace(/^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*\/\s*(?=(?:[\p{L}-]+\s+){0,3}(?:Correspondent|Reporter|Writer|Editor|Columnist|Journalist|Contributor|Producer|Photographer|Director|Presenter|Anchor|Host)s?$)/iu, '$1, ')
  // "police beat by Jane Roe": a column's name in lower case before the byline.
  rest = rest.replace(/^\p{Ll}[\p{Ll} ]{1,30}\s+(?=by\s+\p{Lu})/u, '')
  // "X News Desk | City | Updated: …": an aggregator's line, the desk or agency first, then the place it filed from.
  // "01 September,2023 07:21 AM IST | New York | AP": a row that opens with the date, then the place, then the agency
  // (a row that opens with a name, "Jane Roe | AP | …", is a byline: the person signs).
  // "REUTERS | 09.09.2019 - 10:50..": the agency, then the date and time (the dots some themes print after it are none of
  // the row's parts).
  // "TT Correspondent | New Delhi | 22 Dec 2009": a paper's correspondent named by role, then the place, then the date.
  const pipeParts = meta.dates.length > 0 ? rest.split(/\s*\|\s*/).filter((part) => /[\p{L}\d]/u.test(part)) : []
  const dateFirst = meta.dates.length > 0 && meta.dates[0]!.found.start === 0
  const pipeDesk = pipeParts.length < (/\|/.test(rest) ? 1 : 2) ? -1 : oneWordDesks.test(pipeParts[0]!) || /\b(desk|news|service|bureau|agency|wire)$/i.test(pipeParts[0]!) || roleDesk.test(pipeParts[0]!) ? 0 : dateFirst && oneWordDesks.test(pipeParts.at(-1)!) ? pipeParts.length - 1 : -1
  if (pipeDesk >= 0 && pipeParts.every((part, at) => at === pipeDesk || (wordCount(part) <= 3 && /^\p{Lu}/u.test(part) && !/^by\s/i.test(part) && !/\b(desk|news|service|bureau|agency|press)\b/i.test(part)))) {
    meta.authors = [{ kind: 'desk', name: agencyName(pipeParts[pipeDesk]!) }]
    return meta
  }
  // "FE Team | Published: … | Updated: …": a newsroom's team named at the head of a credit row, its dates after it.
  if (meta.dates.length > 0 && /^[^|]*\p{L}[^|]*\|/u.test(line) && /^(?:\p{Lu}[\p{L}&'’.-]*\s+){1,3}Team$/u.test(rest) && line.startsWith(rest)) {
    meta.authors = [{ kind: 'desk', name: rest }]
    return meta
  }
  // "From the Associated Press": a desk's byline without "by".
  // "From Associated Press.": the same closed with a full stop.
  // "Conservation by from CNN, April 10, 2015": a theme's row, the section's name and a "by" label the page left with no
  // name, then the source and the date: read as "From CNN, …".
  if (/\sby\s+from\s/i.test(` ${rest}`)) rest = rest.replace(/^(?:\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2}\s+)?by\s+(?=from\s)/iu, '')
  const fromDesk = /^from\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})$/iu.exec(rest)
  const fromName = fromDesk?.[1]!.replace(/(\p{L}{2})\.$/u, '$1')
  if (fromName && (oneWordDesks.test(fromName) || /\b(press|news|agency|service|wire|bureau|desk)$/i.test(fromName))) {
    meta.authors = [{ kind: 'desk', name: fromName }]
    return meta
  }
  // "Neo Web Desk", "Northland News Service", "Digital Desk": a desk's own name on the byline's line, without "by".
  // "By Web Desk": the same signed. "Digital Desk staff": the desk's staff, named as printed.
  // ("Jane Roe Harare Bureau": a writer's name run on into the city's bureau; both sign, as parseByline splits them.)
  if (meta.dates.length === 0 && wordCount(rest) <= 6 && deskName.test(rest.replace(/\s+(?:staff|Staff|team|Team)$/, ''))) {
    const runOn = / Bureau$/.test(rest) ? parseByline(rest) : null
    meta.authors = runOn?.length === 2 && runOn[0]!.kind === 'person' ? runOn : [{ kind: 'desk', name: rest.replace(/^by\s+/i, '') }]
    return meta
  }
  // "Newsroom", "Example Newsroom", "Newsdesk": the newsroom signing as itself on a line of its own, a desk's byline (with
  // evidence, as a name alone: a site's menu may name its press page so).
  if (meta.dates.length === 0 && !meta.readTime && /^(?!(?:[Bb]y|BY|From|FROM)\s)(?:\p{Lu}[\p{L}\d&'’-]*\s+){0,2}(?:Newsroom|NEWSROOM|Newsdesk|NEWSDESK)$/u.test(rest)) {
    meta.authors = [{ kind: 'desk', name: rest }]
    meta.unsigned = true
    return meta
  }
  // "From USA TODAY Network and wire reports", "From staff and wire reports": a desk's byline.
  const wire = /^from\s+(?:the\s+)?(.+?)\s+(?:and|&)\s+(?:wire|news|agency|staff)\s+(?:reports|services|dispatches)$/i.exec(rest)
  if (wire && /^\p{Lu}/u.test(wire[1]!) && wordCount(wire[1]!) <= 5) {
    meta.authors = [{ kind: 'desk', name: wire[1]! }]
    return meta
  }
  // "Staff Correspondent, example24.com": the paper's own correspondent, signed with the role and the site's address.
  // "Staff Correspondent Example24.com, Dhaka | 2023-09-01 14:42:48": the same without the comma, the place it files from
  // after the address.
  const roleAtSite = /^((?:(?:senior|special|staff|own|our)\s+)?(?:correspondent|reporter|writer))(?:\s*,\s*|\s+)(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}]{2,6}){1,2}(?:\s*,\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})?$/iu.exec(rest)
  if (roleAtSite) {
    meta.authors = [{ kind: 'desk', name: roleAtSite[1]! }]
    return meta
  }
  // "SPRINGFIELD, Ill. (UPI) | June 22, 2011": a dateline with its agency beside the date is a date line; the agency
  // in its brackets signs as a desk, as it does in the lede's dateline, only when no one else signs (as a station's
  // call letters do).
  // (The place may be set in title case when its region follows: "Christchurch, New Zealand (AFP) Nov 13, 2016 -".)
  const placeAgency = meta.dates.length > 0 ? /^(?:\p{Lu}[\p{Lu} .'’-]{1,40}|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)?(?=,))(?:,\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?\s*\((\p{Lu}[\p{L}]{1,12})\)$/u.exec(rest) : null
  if (placeAgency) {
    meta.authors = [{ kind: 'desk', name: signingAgencies[placeAgency[1]!] ?? placeAgency[1]! }]
    meta.station = true
    return meta
  }
  // "(Xinhua) 15:13, January 18, 2023": an agency's credit in brackets beside the date signs the story; also with its
  // opening bracket lost where the page's markup split the row ("Xinhua) 15:13, …").
  const bracketed = meta.dates.length > 0 ? /^\(?(\p{L}+)\)$/u.exec(rest) : null
  if (bracketed && oneWordDesks.test(bracketed[1]!)) {
    meta.authors = [{ kind: 'desk', name: bracketed[1]! }]
    return meta
  }
  // "LRT.lt 2019.08.19 17:30", "example.com | 12 May 2024": a site's own address beside the date, the row's only other
  // part: the site signs as a desk when no one else does (as a station beside its date does). The address ends in a
  // domain's letters in lower case ("St.Louis" is a place).
  const addressed = meta.dates.length > 0 && rest.includes('.') ? /^(?:www\.)?(\p{L}[\p{L}\d-]*(?:\.\p{Ll}{2,6}){1,2})\s*[|·•,–—-]?$/u.exec(rest.trim()) : null
  if (addressed) {
    meta.authors = [{ kind: 'desk', name: addressed[1]! }]
    meta.station = true
    return meta
  }
  // "Harbour Standard (Port Alder)": an outlet and the city it publishes from, alone on a line, as aggregators credit the
  // paper a story came from; a desk's byline, counted with evidence (right under the date line), as a name alone is.
  const outletPlace = meta.dates.length === 0 && !meta.readTime && rest.endsWith(')') ? /^(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){1,3})\s+\((\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\)$/u.exec(rest) : null
  // "March 3, 2024 / Riverside Gazette (Springfield)": the same after the story's date and a separator, as aggregators
  // print their source's row; the date is the story's, and the paper signs only when no one else does (as a station).
  const datedOutlet = meta.dates.length === 1 && meta.dates[0]!.found.start === 0 && rest.endsWith(')') ? /^\s*(?:[/|·•–—-]\s*)?(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){1,3})\s+\((\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\)$/u.exec(rest) : null
  if (datedOutlet && !oneWordDesks.test(datedOutlet[2]!) && authorKind(datedOutlet[1]!) === 'desk') {
    meta.authors = [{ kind: 'desk', name: datedOutlet[1]! }]
    meta.station = true
    return meta
  }
  if (outletPlace && !oneWordDesks.test(outletPlace[2]!)) {
    meta.authors = [{ kind: 'desk', name: outletPlace[1]! }]
    meta.unsigned = true
    meta.outlet = true
    return meta
  }
  // "Reuters Staff": an agency's staff credit on a line of its own, a desk's byline (with evidence, as a name alone).
  if (/^\p{L}+\s+Staff$/u.test(rest) && oneWordDesks.test(rest.split(/\s+/)[0]!)) {
    meta.authors = [{ kind: 'desk', name: rest }]
    meta.unsigned = meta.dates.length === 0 && !meta.readTime
    return meta
  }
  // "Staff Reporter", "Staff Correspondent": the paper's own staff named by role alone where the byline goes sign as its
  // desk (as "By Staff Correspondent" does); so does the paper's own correspondent ("Our Correspondent", "Our Special
  // Correspondent", "HT Correspondent"); another role alone is one person's, with the name left out (below).
  // (So they do on the date's line: "Our Staff Reporter Published October 6, 2025".)
  if ((meta.dates.length > 0 || !meta.readTime) && (/^Staff\s+(?:Reporter|Correspondent|Writer)s?$/.test(rest) || roleDesk.test(rest))) {
    meta.authors = [{ kind: 'desk', name: rest }]
    return meta
  }
  // "TBS Report": a newsroom's initials and "Report", its own signature on a line of its own, a desk's byline (with
  // evidence, as a name alone).
  if (/^(?:by\s+)?\p{Lu}{2,5}\s+Report$/u.test(rest) && !sectionWords.test(rest.replace(/^by\s+/i, '').split(/\s+/)[0]!)) {
    meta.authors = [{ kind: 'desk', name: rest.replace(/^by\s+/i, '') }]
    meta.unsigned = meta.dates.length === 0 && !meta.readTime
    return meta
  }
  // "Staff reports", "By Staff Report", "From staff reports": a local paper's credit for a story its newsroom put together
  // from reports, signed by no one person, is its desk's byline (named as printed, without "by" or "from").
  const staffReports = /^(?:(?:by|from)\s+)?((?:news\s+)?staff\s+reports?)$/i.exec(rest)
  if (staffReports && !meta.readTime) {
    meta.authors = [{ kind: 'desk', name: staffReports[1]!.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()) }]
    return meta
  }
  // "Health Reporter", "Senior Correspondent": a role printed alone where the byline goes, the name left out. Signed ("By
  // Staff Correspondent"), the role is the paper's own desk.
  // (Beside the date, "Senior Political Reporter Published February 2, 2024", the row is the date line, signed by no one.)
  if ((meta.dates.length > 0 || !meta.readTime) && wordCount(rest) <= 3 && !/^By\s/.test(rest) && /^(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Reporter|Correspondent|Writer|Editor|Journalist|Columnist)$/u.test(rest)) return meta
  // "Nation Media Group", "Example Media Group": a publisher credited on a byline line of its own signs as a desk.
  if (meta.dates.length === 0 && rest.endsWith(' Media Group') && /^(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}Media Group$/u.test(rest)) {
    meta.authors = [{ kind: 'desk', name: rest }]
    return meta
  }
  // "Jane Roe Associated Press" on a line of its own: the person writes for the agency; the person is the author.
  const personOfAgency = /(?:Press|Presse|Association|Media|Reuters|AFP)$/.test(rest) && /^(?!By\s)(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})\s+(?:The\s+)?(?:Associated Press|Agence France-Presse|Press Association|PA Media|Reuters|AFP)$/u.exec(rest)
  if (personOfAgency) {
    meta.authors = [{ kind: 'person', name: personOfAgency[1]! }]
    return meta
  }
  // "By Online Producer/Reporter  Global News": a role in place of the name, then the newsroom, which signs as a desk.
  const roleThenDesk = /^by\s+((?:(?:online|digital|web|staff|senior|news|multimedia|video)\s+)?(?:producer|reporter|writer|editor|journalist|correspondent)s?(?:\s*\/\s*(?:producer|reporter|writer|editor|journalist|correspondent)s?)*)\s+(?:[|·•,-]\s*)?(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})$/iu.exec(rest)
  if (roleThenDesk) {
    meta.authors = [{ kind: 'desk', name: roleThenDesk[2]! }]
    return meta
  }
  // "by jane roe": a signed name printed in lower case (two or three words, none of them a sentence's little words).
  const lowerName = /^by\s+(\p{Ll}[\p{Ll}'’-]+(?:\s+\p{Ll}[\p{Ll}'’-]+){1,2})$/u.exec(rest)
  if (lowerName && !lowerName[1]!.split(/\s+/).some((word) => functionWord.test(` ${word}`) || /^(?:staff|team|desk|news|editor|reporter|popular|request|way|far|now|then|day|night)$/.test(word))) {
    rest = `by ${lowerName[1]!.replace(/(^|[\s'’-])(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase())}`
  }
  // "AFP February 8, 2017, 12:04 am TWN": a one-word agency beside the date (and the zone's letters after the time).
  // "Jan 16, 2020 - Associated Press": an agency's name (a press, an agency, a wire) beside the date signs as a desk.
  // "Jane Roe, John Doe, Sam Lee New York Published 28.12.22": names set apart by commas, the place the story was filed
  // from run on after the last name, the date after it. The last name is as long as a name (two words) when it runs on
  // to four words or more and the names before it have three at most.
  if (meta.dates.length > 0 && rest.includes(',')) {
    const names = rest.split(/\s*,\s*/)
    const shape = (name: string) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u.test(name)
    const last = names.at(-1)!
    if (names.length >= 2 && names.every(shape) && wordCount(last) >= 4 && wordCount(last) <= 6 && names.slice(0, -1).every((name) => wordCount(name) <= 3)) {
      rest = [...names.slice(0, -1), last.split(/\s+/).slice(0, 2).join(' ')].join(', ')
    }
  }
  // "Wed, 4 Jun 2003 Source: gna": the date and the source the story came from, the source a desk (named as printed, as a
  // closing "Source: X" is) that signs only when no one else does.
  // "Malta Independent Thursday, 29 September 2005": the outlet's own name beside the date, the same.
  // "SAMAA |" between the date lines: an outlet's name in capitals with the row's separator left dangling after it.
  // "World News 9 April 2017 06:20": a section's label glued before the date ("World News", "Business News") is no
  // outlet's name and signs nothing.
  if (meta.dates.length > 0 && /^(?:World|Local|National|International|Regional|Business|Economy|Sports?|Politics|Political|Latest|Breaking|Top|Health|Tech|Technology|Science|Entertainment|Community|Foreign|Domestic|Metro|City|Region)\s+News$/.test(rest)) return meta
  // "Business News of Thursday, 24 November 2022", "Sports Stories of 3 March 2023", "Other News Materials 9 February 2009
  // 10:36": a section's label before the date, told as the section's list of items ("… News of", "… Materials", "…
  // Articles", "… Stories") rather than an outlet's name ("Harbour News" beside a date still signs as the outlet).
  if (meta.dates.length > 0 && line.trim().startsWith(rest.trim()) && /^(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:(?:News|Stories|Articles|Materials|Reports|Updates|Features|Headlines)\s+(?:of|from|for|on)|(?:News\s+)?(?:Stories|Articles|Materials|Updates|Features|Headlines))$/u.test(rest.trim())) return meta
  const sourceBeside = meta.dates.length > 0 ? /^source\s*:\s*([\p{L}\d][\p{L}\d&.'’ -]{0,40})$/iu.exec(rest) : null
  const outletBeside = meta.dates.length > 0 && !/^by\s/i.test(rest) && /^(?:The\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2}\s+(?:Independent|Times|Herald|Tribune|Gazette|Chronicle|Observer|Telegraph|Guardian|Express|Journal|News|Today|Daily)$/u.test(rest)
  const dangling = meta.dates.length === 0 && !meta.readTime && /\s[|·•]$/.test(line) && /^\p{Lu}{3,8}$/u.test(rest) && !sectionWords.test(rest)
  if (sourceBeside || outletBeside || dangling) {
    meta.authors = [{ kind: 'desk', name: sourceBeside ? sourceBeside[1]!.trim() : rest }]
    meta.station = true
    meta.unsigned = dangling
    return meta
  }
  // "Jane Roe, John Doe," over "Sam Lee, Ann Poe": a list of names broken over lines (a picture's caption naming the
  // people in it), its line ending on the comma, is not a byline unless signed or dated.
  if (meta.dates.length === 0 && !meta.readTime && /,$/.test(line.trim()) && !/^(?:by|written by|words by|story by|reported by|posted by)[\s:]/i.test(rest)) return null
  // "ISTANBUL-Anadolu Agency": the place in capitals joined to the agency's name by a hyphen; "Anadolu Agency ECONOMY": the
  // agency's name, then the section's label in capitals. The agency signs; the place and the section are none of its name.
  const agencyShape = /^(?:The\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}(?:News\s+Agency|Press\s+Agency|Agency|News\s+Service)$/u
  const placeAgencyName = /^\p{Lu}{3,}(?:\s\p{Lu}{3,})?\s?[-–]\s?(\p{Lu}\p{Ll}.*)$/u.exec(rest) ?? /^(.+?)\s+\p{Lu}{4,12}$/u.exec(rest)
  if (placeAgencyName && agencyShape.test(placeAgencyName[1]!) && !oneWordDesks.test(rest.slice(rest.lastIndexOf(' ') + 1))) rest = placeAgencyName[1]!
  const authors =
    parseByline(rest) ??
    // ("Ahram Online, Sunday 25 Aug 2013": a paper's web edition, its name and "Online", beside the date, the same way.)
    (meta.dates.length > 0 && (oneWordDesks.test(rest) || /^(?:The\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}(?:Press|Presse|Agency|Wire|News Service|Online|Network|Newswire)$/u.test(rest)) ? [{ kind: 'desk' as const, name: rest }] : null)
  // ("HarbourNews Lisbon", "Examplenews Oslo": a glued brand and its bureau's city, see outletBureau, read as a name of two
  // words: the outlet's desk, no one's.)
  if (authors?.length === 1 && authors[0]!.kind === 'person' && authors[0]!.name === rest && outletBureau.test(rest)) authors[0] = { kind: 'desk', name: rest }
  // "The Independent December 24, 2019": a paper's own name ("The" and one or two capitalised words) beside the date,
  // with no separator, signs a syndicated story as a desk.
  if (!authors && meta.dates.length > 0 && /^The\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u.test(rest)) {
    meta.authors = [{ kind: 'desk', name: rest }]
    return meta
  }
  // "CGTN", "KTVX": a broadcaster's call letters alone (capitals, at most one vowel, not a section's label) sign as a
  // desk; alone on its line this is unsigned and counts only with evidence, as a name does.
  // (So do the initials with the newsroom's word in capitals after them, "KVN NEWS", "XTV ONLINE": an outlet's name set as
  // its logo prints it; a section's label, "TOP NEWS", "NATIONAL NEWS", is none.)
  const initialsOutlet = /^(\p{Lu}{2,5})\s+(?:NEWS|ONLINE|TV|RADIO|DIGITAL)$/u.exec(rest)
  if (!authors && initialsOutlet && !sectionWords.test(initialsOutlet[1]!) && (initialsOutlet[1]!.match(/[AEIOUY]/g)?.length ?? 0) <= 1) {
    meta.authors = [{ kind: 'desk', name: rest }]
    meta.station = true
    meta.unsigned = meta.dates.length === 0 && !meta.readTime
    return meta
  }
  if (!authors && callLetters.test(rest) && !sectionWords.test(rest) && (rest.replace(/-.*/, '').match(/[AEIOUY]/g)?.length ?? 0) <= 1) {
    meta.authors = [{ kind: 'desk', name: rest }]
    meta.station = true
    meta.unsigned = meta.dates.length === 0 && !meta.readTime
    return meta
  }
  // "Press Trust of Example", "Example News Agency", "Example Television": an agency's or a station's name alone on its line, its last words saying what it is
  // (or "… of Country" after them), signs as a desk, with evidence (as a name alone).
  if (!authors && meta.dates.length === 0 && !meta.readTime && /^(?:The\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}(?:Press(?:\s+Trust)?|News\s+Agency|Press\s+Agency|Agency|Wire|News\s+Service|Television|TV|Radio)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?$/u.test(rest)) {
    meta.authors = [{ kind: 'desk', name: rest }]
    meta.unsigned = true
    return meta
  }
  // "Ukrinform", "Reuters": an agency's one-word name alone on its line signs as a desk, with evidence (as a name alone).
  // "Examplenews", "Harbortimes": a site's one-word name with its news word run on signs the same way.
  // ("5Knews Nairobi": the same brand with its bureau's city after it, see outletBureau.)
  if (!authors && meta.dates.length === 0 && !meta.readTime && (oneWordDesks.test(rest) || gluedOutlet.test(rest) || (outletBureau.test(rest) && !sectionWords.test(rest.slice(rest.indexOf(' ') + 1))))) {
    meta.authors = [{ kind: 'desk', name: rest }]
    meta.unsigned = true
    return meta
  }
  // "PoliceOne - Sun, 04/30/2017 - 08:29": a source's name beside the date, as aggregators print it, is a date line.
  if (!authors && meta.dates.length > 0 && wordCount(rest) <= 2 && /^\p{Lu}[\p{L}\d.&'’-]*(?:\s\p{Lu}[\p{L}\d.&'’-]*)?$/u.test(rest)) return meta
  if (!authors) return null
  // "Mayor Jane Roe, Commissioner John Doe": people named with their office before the name, unsigned and undated, are
  // the people in a picture its caption names; a writer signs with the name alone.
  if (meta.dates.length === 0 && !meta.readTime && !/^(?:by|written by|words by|story by|reported by|posted by)[\s:]/i.test(rest) && authors.some((author) => author.kind === 'person' && officeTitle.test(author.name))) return null
  meta.authors = authors
  // An unsigned name on its own line ("Jane Roe") is a byline only with more evidence: a date or reading time on the
  // same line, several names, or a role ("Staff Writer") or an affiliation line ("BBC News, Seoul") beside it.
  // (So are names joined by "and" when one of them is a single word that is no agency's: "Ecology and Marine Biology",
  // a story's topics.) An agency after its dateline's place ("PORT ALDER - Reuters") is signed by the place.
  meta.unsigned = !placeThenAgency.test(rest) && !/\s(?:skrifar|skriver)$/u.test(rest) && !/^(?:by|von|par|por|av|written by|words by|story by|reported by|posted by|(?:photos?|pictures?|images?|video|words|text|story)\s+(?:and|&)\s+(?:story|text|words|photos?|pictures?|video)\s+by)(?:\s*:\s*|\s)/i.test(rest) && meta.dates.length === 0 && !meta.readTime && ((authors.length === 1 && !/,/.test(rest)) || (/\sand\s/.test(rest) && !/,/.test(rest) && authors.some((author) => !/\s/.test(author.name) && !oneWordDesks.test(author.name) && !callLetters.test(author.name))))
  return meta
}

/**
 * Dates over the headline in the order they count: a day with its weekday spelled out and no time or label ("Wednesday,
 * July 24, 2024", as a masthead prints today) yields to a date line under it that prints its time ("REGION | 12-06-2024
 * 23:24"), the story's own stamp.
 */
export function storyStampFirst<T extends { meta: Meta; text: string }>(dates: T[]): T[] {
  const [first, ...others] = dates
  if (!first || !/^\W*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(first.text) || hasClock(first.text) || first.meta.authors) return dates
  return others.some((other) => other.meta.dates.some(({ found }) => hasClock(found.text))) ? [...others, first] : dates
}

/** "Title | Site - slogan | Site | 02.06.2019": the last part of a browser's title bar when it is a date with its year. */
export function titleBar(line: string): null | string {
  const parts = line.split(/\s+\|\s+/)
  const last = parts.at(-1)!
  return parts.length >= 3 && wordCount(parts[0]!) >= 3 && parts.slice(1, -1).every((part) => wordCount(part) <= 12) && /^[\d./-]{8,10}$|^\d{1,2}\s+\p{L}+\s+\d{4}$|^\p{L}+\s+\d{1,2},\s+\d{4}$/u.test(last) && /\d{4}/.test(last) ? last : null
}
/** A blog's post footer with the time alone: "Posted by Jane Roe at 6:59 AM", "posted by Example News Team @ 6:59 am". */
export const postedByAt = /^posted by\s+(\p{Lu}[^@]{1,60}?)\s+(?:@|at)\s+(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)\s*$/iu
/** An update's time printed alone on its line, without its day ("Updated: 10:39 AM"). */
export const updateTimeAlone = /^\W*(?:last\s+)?(?:updated|modified|edited)(?:\s+(?:at|on))?\s*:?\s*(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)\s*$/i

/** A blog post's footer: "posted by <name> @ 6:59 am", "Posted by Jane Roe at 10:15 AM No comments:". */
export const postFooter = /^posted by\s+\S.{0,60}?\s+(?:@|at)\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:no|\d{1,4})\s+comments?:?)?$/i

/**
 * "Posted by : Jane Roe Tuesday, March 3, 2020" printed right over the post's title (nothing but blank lines between): a
 * blog's signed and dated row, set over the title by its theme; the writer signs and the day is the post's. An unsigned
 * day there is a masthead's as often as the post's, and a plain "By" row over a title may close the story before it.
 */
export const postedOverTitle = (text: string, meta: Meta, between: readonly { text: string }[]) =>
  /^(?:posted|written)\s+by\b/i.test(text) && Boolean(meta.authors?.length) && meta.dates.length > 0 && between.every((other) => !other.text.trim())
