/**
 * Dates as news pages print them: "Sept. 14, 2023", "14 September 2023", "2023-09-14", "2023-09-14T06:37:00+03:00",
 * "September 14, 2023 6:37 AM", "Thu 14 Sep 2023 10.30 BST", "Jun 3, 2025, 19:06 IST", "17:48 August 07, 2019",
 * "2023.09.14 15:30", "03.11.2025 14:20", "12:30, 03 November 2025 | GMT +6", with or without a weekday and a zone. Read in UTC; a date without a zone is read in the zone
 * the caller names (an IANA name such as "Europe/Kyiv"), else in UTC, and the result says which zone was used.
 */

const monthNames: Record<string, number> = {
  apr: 4, aug: 8, dec: 12, feb: 2, jan: 1, jul: 7, jun: 6, mar: 3, may: 5, nov: 11, oct: 10, sep: 9,
}
/**
 * Month names in the languages that English-language sites of other countries print their dates in (Spanish, French,
 * Portuguese, German, Italian, Turkish, Indonesian and Malay), as one table; Vietnamese numbers its months ("Tháng 6").
 */
const foreignMonths: Record<string, number> = Object.fromEntries(
  [
    'enero janvier janeiro januar gennaio ocak januari',
    'febrero février fevereiro februar febbraio şubat februari',
    'marzo mars março märz mart maret mac',
    'abril avril aprile nisan',
    'mayo mai maio maggio mayıs mei',
    'junio juin junho juni giugno haziran',
    'julio juillet julho juli luglio temmuz julai',
    'agosto août ağustos agustus ogos',
    'septiembre setiembre septembre setembro settembre eylül',
    'octubre octobre outubro oktober ottobre ekim',
    'noviembre novembre novembro kasım',
    'diciembre décembre dezembro dezember dicembre aralık desember disember',
  ].flatMap((names, at) => names.split(' ').map((name) => [name, at + 1] as const)),
)
const foreignMonth = Object.keys(foreignMonths)
  .sort((a, b) => b.length - a.length)
  .join('|')
const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|${foreignMonth}|th[aá]ng\s+\d{1,2}(?!\d))\.?`
/** The number of a month's name as printed ("Sept.", "Aralık", "Tháng 6"). */
const monthNumber = (name: string): number => {
  const bare = name.replace(/\.$/, '').toLowerCase()
  const numbered = /^th[aá]ng\s+(\d{1,2})$/.exec(bare)
  return numbered ? +numbered[1]! : (foreignMonths[bare] ?? monthNames[bare.slice(0, 3)]!)
}
const weekday = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)`
const clock = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp]\.?[Mm]\.?)?`
const zoneLetters = String.raw`UTC|GMT|BST|IST|CET|CEST|EET|EEST|MSK|KST|JST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|SGT|HKT|PKT|NPT|PHT|ICT|MYT|WIB|SAST|WAT|EAT|TRT|AST|GST|BDST|ET|CT|MT|PT`
const zone = String.raw`(\(?(?:GMT|UTC)\s*[-+−]\s*\d{1,2}(?::?\d{2})?\)?|[-+−]\d{2}:?\d{2}|Z\b|\(?\b(?:${zoneLetters})\b\)?)`

/**
 * Hours east of UTC for the zone abbreviations pages print. IST is India's (the Irish one is rare on news sites); NPT is
 * Nepal's, a quarter past the half hour (5:45).
 */
const zoneOffsets: Record<string, number> = {
  AEDT: 11, AEST: 10, AST: 3, BDST: 6, BST: 1, CDT: -5, CEST: 2, CET: 1, CST: -6, EAT: 3, EDT: -4, EEST: 3, EET: 2, EST: -5,
  GMT: 0, GST: 4, HKT: 8, ICT: 7, IST: 5.5, JST: 9, KST: 9, MDT: -6, MSK: 3, MST: -7, MYT: 8, NPT: 5.75, PDT: -7, PHT: 8, PKT: 5, PST: -8, SAST: 2,
  SGT: 8, TRT: 3, UTC: 0, WAT: 1, WIB: 7, Z: 0,
}

const datePatterns: { pattern: RegExp; read: (m: RegExpExecArray) => { day: number; month: number; year: number } }[] = [
  // 2023-09-14, 2023.09.14, 2023/09/14
  { pattern: /\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b/, read: (m) => ({ day: +m[3]!, month: +m[2]!, year: +m[1]! }) },
  // 14.09.2023 (day first, as European pages print it), also spaced ("14. 9. 2023", "14 09. 2023")
  { pattern: /\b(\d{1,2})(?:\.\s?|\s)(\d{1,2})\.\s?(\d{4})\b/, read: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }) },
  // 2022 Mar 28 (the year first, then the month's name and the day, as some agencies' feeds print it)
  {
    pattern: new RegExp(String.raw`\b(\d{4})\s+(${month})\s+(\d{1,2})\b(?!\s*(?:,\s*)?\d{4})`, 'i'),
    read: (m) => ({ day: +m[3]!, month: monthNumber(m[2]!), year: +m[1]! }),
  },
  // 28.12.22 with a time after it ("Published 28.12.22, 12:40 AM"): a two-digit year is this century's; without the time
  // the same shape is a version or a score, not a date.
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{2})(?=,?\s+\d{1,2}[:.]\d{2}\b)/, read: (m) => ({ day: +m[1]!, month: +m[2]!, year: 2000 + +m[3]! }) },
  // "28 Jan 21" alone on its line (a time after it at most), "28 Jan '21" anywhere: the day, the month's name and the year
  // in two digits, as some sites' headers print the story's day; a year from 70 on is the last century's, else this one's.
  // (Inside a sentence without the apostrophe, "on 28 Jan 21 people …", the figure after the month is no year.)
  {
    pattern: new RegExp(String.raw`^[\s|·•,:–—-]*${weekday}?(\d{1,2})\s+(${month})\s+(\d{2})(?=\s*$|,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b)|(?<![\p{L}\d])(\d{1,2})\s+(${month})\s+['’](\d{2})\b`, 'iu'),
    read: (m) => {
      const short = +(m[3] ?? m[6])!
      return { day: +(m[1] ?? m[4])!, month: monthNumber((m[2] ?? m[5])!), year: short >= 70 ? 1900 + short : 2000 + short }
    },
  },
  // 14/09/2023 or 9/14/2023: the order is settled by a part above 12, else by the clock (AM/PM pages print the month
  // first, 24-hour pages the day first); see findDate.
  { pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, read: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }) },
  // 3/21/24 5:15AM, 3/21/24, 5:15 p.m.: the year in two digits (this century's) with a twelve-hour clock after it, as a
  // US content system stamps a post; the order is settled as for the year in full. Without the clock, "3/21/24" is a
  // ratio or a count, no date.
  { pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{2})(?=,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*[AaPp]\.?[Mm]\b)/, read: (m) => ({ day: +m[1]!, month: +m[2]!, year: 2000 + +m[3]! }) },
  // 14-09-2023 (day first, as aggregators print "Updated: 11-08-2020 12:52 IST"); a part above 12 settles the order
  { pattern: /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/, read: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }) },
  // 02-Sep-15, 02-Sep-2015 (a two-digit year is this century's); 25/May/2020 (slashes, the year in full)
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})-(${month})-(\d{2}|\d{4})\b`, 'i'),
    read: (m) => ({ day: +m[1]!, month: monthNumber(m[2]!), year: m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]! }),
  },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})\/(${month})\/(\d{4})\b`, 'i'),
    read: (m) => ({ day: +m[1]!, month: monthNumber(m[2]!), year: +m[3]! }),
  },
  // September 14, 2023 / Sept. 14 2023 / Oct.26, 2025 (the day glued to the month's abbreviation, as some sites' headers print it)
  {
    pattern: new RegExp(String.raw`\b(${month})(?:\s+|(?<=[A-Za-z]{3}\.))(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b`, 'i'),
    read: (m) => ({ day: +m[2]!, month: monthNumber(m[1]!), year: +m[3]! }),
  },
  // 14 September 2023 / 14 Sep, 2023 / 01 September,2023 (the comma glued to the year, as some Indian pages print it)
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${month})(?:,\s*|\s+)(\d{4})\b`, 'i'),
    read: (m) => ({ day: +m[1]!, month: monthNumber(m[2]!), year: +m[3]! }),
  },
]

const weekdayBefore = new RegExp(`${weekday}$`, 'i')
/** …also after the full stop some pages print after the year, and after "at" in the page's language ("3.11.2025 u 14:20", "03. 11. 2025. 14:20"). */
// "21:25 hrs": the hours' abbreviation some pages print after a 24-hour clock.
// "January 07, 2014, Tuesday/ 23:19:00": the weekday printed after the date, the time after a slash.
// "25 October 2022 • 18:15": the time after a bullet or a middle dot, as a byline's row sets its parts apart.
// "May 7, 2014 @ 5:03 PM": the time after an at sign, as some themes print "at".
const timeAfter = new RegExp(String.raw`^\.?,?\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?(?=\s*[|/,])\s*)?(?:(?:at|um|u|à|alle|ore)\s+|@\s*(?=\d{1,2}:\d{2}|\d{1,2}[.:]\d{2}\s*[AaPp]\.?[Mm])|[-–—]\s+|[|/·•]\s*)?${clock}(?:\s*hrs\b\.?)?(?:\s*${zone})?`, 'i')
// "2020-11-10 HKT 11:44": the zone's letters, in capitals, between the date and its time.
// (Not a figure: "2020-11-10 IST 11.50 per cent" is no time.)
const zoneThenTime = new RegExp(String.raw`^,?\s*\(?\b(${zoneLetters})\b\)?\s+${clock}(?![\d.,%]|\s*per\s?cent)`)
// "4:23 PM - 21 Feb 2015": a social post's stamp, the time first and a dash before the day.
const timeBefore = new RegExp(String.raw`${clock}(?:\s*${zone})?,?\s*(?:on\s+|[|·•]\s*|[-–—]\s+)?$`, 'i')
/** A second clock after a zoned time, with its own zone or a region's letters or "local" ("16:50 UK", "(10:00 local)"). */
const localClockAgain = new RegExp(String.raw`^\s*(?:[/|]\s*)?\(?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:${zone}|\p{Lu}{2,4}\b|local(?:\s+time)?\b)\)?`, 'iu')
const zoneAfterDate = new RegExp(String.raw`^,?\s*${zone}`, 'i')
/** The same after a machine stamp's time, in capitals only ("2023-10-27 16:38 KST"; "… 16:38 et al." is no zone). */
const stampZone = new RegExp(String.raw`^\s*${zone}`)
/** An offset printed after a date whose time came first, set apart by a bar or in brackets ("12:30, 03 November 2025 | GMT +6"). */
const offsetAfterDate = /^\s*[,|]?\s*\(?((?:GMT|UTC)\s*[-+−]\s*\d{1,2}(?::?\d{2})?)(?![\d:])\)?/i
/** …with its offset in full ("+03:00", "GMT+08:00") or in hours alone ("18:36:21-05"). */
const isoStamp = /\b(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|(?:GMT|UTC)?\s?[+-]\d{2}(?::?\d{2})?(?!\d))?/
/** Cheap test before the full patterns: no four-digit year, no date. (A year in two digits, see datePatterns.) */
const anyYear = /\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(?:['’]\d{2}\b|\d{2}(?:\s*$|,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b))|\b(?:19|20|21)\d{2}\b|\b\d{1,2}-[A-Za-z]{3,9}\.?-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2},?\s+\d{1,2}[:.]\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2},?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*[AaPp]/

/** The US zones printed without saying whether summer time applies ("6:02 a.m. ET"): read in their region. */
const regionZones: Record<string, string> = { CT: 'America/Chicago', ET: 'America/New_York', MT: 'America/Denver', PT: 'America/Los_Angeles' }

export type FoundDate = {
  /** The text the date was read from. */
  text: string
  /** UTC ISO timestamp. */
  iso: string
  /** The zone the page printed ("EEST", "+03:00"), the zone assumed for the batch, or "UTC (assumed)". */
  zone: string
  zoneGiven: boolean
  start: number
  end: number
}

function zoneHours(text: string): null | number {
  const bare = text.replace(/[()]/g, '').replace('−', '-').trim()
  if (bare.toUpperCase() in zoneOffsets) return zoneOffsets[bare.toUpperCase()]!
  const m = /^(?:GMT|UTC)?\s*([+-])\s*(\d{1,2}):?(\d{2})?$/i.exec(bare)
  if (!m) return null
  return (m[1] === '-' ? -1 : 1) * (+m[2]! + (m[3] ? +m[3] / 60 : 0))
}

/** Minutes east of UTC that `timeZone` is at the given local wall-clock time. */
function offsetMinutes(timeZone: string, utcGuess: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    day: 'numeric', hour: 'numeric', hourCycle: 'h23', minute: 'numeric', month: 'numeric', second: 'numeric', timeZone, year: 'numeric',
  }).formatToParts(new Date(utcGuess))
  const get = (type: string) => +(parts.find((part) => part.type === type)?.value ?? 0)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'))
  return Math.round((asUtc - utcGuess) / 60000)
}

/** Whether `name` is a time zone this runtime knows ("Europe/Kyiv", "Asia/Seoul", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/** The first date in `line`, with a time and zone when printed next to it, or null. */
export function findDate(line: string, timeZone?: string): FoundDate | null {
  // ISO 8601 with a time first: 2023-09-14T06:37:00+03:00
  if (!anyYear.test(line)) return null
  const iso = isoStamp.exec(line)
  let year: number, monthNo: number, day: number
  let start: number, end: number
  let hour = 0, minute = 0, second = 0
  let numeric = false
  let zoneText: null | string = null
  if (iso) {
    ;[year, monthNo, day] = iso[1]!.split('-').map(Number) as [number, number, number]
    const [h, mi, s] = iso[2]!.split(':')
    hour = +h!
    minute = +mi!
    second = Math.floor(+(s ?? 0))
    zoneText = iso[3] ?? null
    start = iso.index
    end = iso.index + iso[0].trimEnd().length
    // "2023-10-27 16:38 KST": a zone's letters after the stamp's time, printed in capitals as zones are.
    const letters = zoneText ? null : stampZone.exec(line.slice(end))
    if (letters) {
      zoneText = letters[1]!
      end += letters[0].length
    }
  } else {
    let found: null | { m: RegExpExecArray; read: (typeof datePatterns)[number]['read'] } = null
    for (const candidate of datePatterns) {
      const m = candidate.pattern.exec(line)
      if (m && (!found || m.index < found.m.index)) found = { m, read: candidate.read }
    }
    if (!found) return null
    ;({ day, month: monthNo, year } = found.read(found.m))
    start = found.m.index
    end = start + found.m[0].length
    const slashed = /^\d{1,2}\/\d{1,2}\//.test(found.m[0])
    numeric = /^\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})$/.test(found.m[0])
    // A weekday just before the date: "Thursday, September 14, 2023", "Thu 14 Sep 2023".
    const before = line.slice(0, start)
    const wd = weekdayBefore.exec(before)
    if (wd) start -= wd[0].length
    // A time after it ("…, 2023, 6:37 AM EDT", "… 2023 10.30 BST", "… 2023 at 09:12") or before it ("17:48 August 07, 2019",
    // "Updated 6:37 AM EDT, September 14, 2023").
    const zoned = zoneThenTime.exec(line.slice(end))
    const after = timeAfter.exec(line.slice(end)) ?? (zoned ? (Object.assign([zoned[0], zoned[2], zoned[3], zoned[4], zoned[5], zoned[1]], { index: 0, input: zoned.input }) as unknown as RegExpExecArray) : null)
    const prior = timeBefore.exec(line.slice(0, start))
    const time = after ?? prior
    if (time) {
      hour = +time[1]!
      minute = +time[2]!
      second = +(time[3] ?? 0)
      const meridiem = time[4]?.replace(/\./g, '').toUpperCase()
      if (meridiem === 'PM' && hour < 12) hour += 12
      if (meridiem === 'AM' && hour === 12) hour = 0
      zoneText = time[5] ?? null
      if (after) {
        end += after[0].length
        // "15:50 GMT 16:50 UK", "09:00 GMT / 10:00 CET": the same moment told again on the local clock, after a time whose
        // zone is printed; the first zone reads it, and the second clock is part of the date.
        const again = zoneText ? localClockAgain.exec(line.slice(end)) : null
        if (again) end += again[0].length
      }
      else {
        start = prior!.index
        const offset = zoneText ? null : offsetAfterDate.exec(line.slice(end))
        if (offset) {
          zoneText = offset[1]!
          end += offset[0].length
        }
      }
      if (slashed && meridiem && day <= 12 && monthNo <= 12) [day, monthNo] = [monthNo, day]
    } else {
      const zoneAfter = zoneAfterDate.exec(line.slice(end))
      if (zoneAfter) {
        zoneText = zoneAfter[1]!
        end += zoneAfter[0].length
      }
    }
  }
  if (!iso && monthNo > 12 && day <= 12 && numeric) [day, monthNo] = [monthNo, day]
  if (!monthNo || monthNo > 12 || day < 1 || day > 31 || year < 1900 || year > 2200 || hour > 23 || minute > 59) return null
  const wall = Date.UTC(year, monthNo - 1, day, hour, minute, second)
  let utc: number
  let zoneName: string
  let zoneGiven = true
  const hours = zoneText ? zoneHours(zoneText) : null
  const region = zoneText ? regionZones[zoneText.replace(/[()]/g, '').trim().toUpperCase()] : undefined
  if (region) {
    utc = wall - offsetMinutes(region, wall) * 60000
    utc = wall - offsetMinutes(region, utc) * 60000
    zoneName = zoneText!.replace(/[()]/g, '').trim()
  } else if (hours !== null) {
    utc = wall - hours * 3600_000
    zoneName = zoneText!.replace(/[()]/g, '').trim()
  } else if (timeZone) {
    utc = wall - offsetMinutes(timeZone, wall) * 60000
    utc = wall - offsetMinutes(timeZone, utc) * 60000
    zoneName = timeZone
    zoneGiven = false
  } else {
    utc = wall
    zoneName = 'UTC (assumed)'
    zoneGiven = false
  }
  const date = new Date(utc)
  if (Number.isNaN(date.getTime())) return null
  return { end, iso: date.toISOString(), start, text: line.slice(start, end).trim(), zone: zoneName, zoneGiven }
}

const clockWithZone = new RegExp(String.raw`${clock}(?:\s*${zone})?`, 'i')

/**
 * A time printed alone after a date, as in "April 17, 2024 01:21 am | Updated 01:30 pm IST": the time `time` on the
 * day of `date`, and `date` again read with the zone the later time gives when it printed none (one zone for both).
 */
export function sameDayAt(date: FoundDate, time: string, timeZone?: string): null | { at: FoundDate; date: FoundDate } {
  const clockText = clockWithZone.exec(time)
  if (!clockText) return null
  const zoneText = clockText[5]
  const day = date.text.replace(new RegExp(clockWithZone.source, 'gi'), ' ').replace(/[,|–—-]\s*$/, '').trim()
  const at = findDate(`${day} ${clockText[0]}`, timeZone)
  if (!at) return null
  const again = !date.zoneGiven && zoneText ? findDate(`${date.text} ${zoneText}`, timeZone) : null
  return { at, date: again ?? date }
}
