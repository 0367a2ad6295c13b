/**
 * Bylines as pages print them: "by A", "By A and B", "A, B and C", "by A and The X news desk", "A | Agency",
 * "A, Staff Writer", "Reporting by A; Editing by B". People and desks apart.
 */

export type Author = { kind: 'desk' | 'person'; name: string }

export const deskWords = /\b(desk|staff|newsroom|bureau|team|editors|editorial board|news|agency|press|wire|service|media|reporters|correspondents)\b/i
/** Agencies and services that sign stories with one word. */
export const oneWordDesks = /^(AP|AFP|PA|Reuters|Yonhap|Kyodo|Xinhua|TASS|PTI|IANS|ANI|TNN|UNI|dpa|EFE|ANSA|Bloomberg|Ukrinform|Interfax|Anadolu|Bernama|Antara|NHK|BBC|CNN|Sputnik|Notimex|TT|NTB|STT|AAP|ANP|APA|CTK|BTA|PAP|MTI)$/i
/** "REUTERS", "XINHUA": an agency's one-word name set in capitals, as the agency spells it ("Reuters"); acronyms stay. */
export const agencyName = (name: string) => (name.length >= 5 && oneWordDesks.test(name) && name === name.toUpperCase() ? name[0]! + name.slice(1).toLowerCase() : name)
const roleWords = /^(?:(?:senior|chief|special|staff|political|foreign|business|sports?|science|health|education|investigative|contributing|associate|deputy|managing|news|digital|local|city|courts?|crime|climate|economics?|technology|tech|culture|arts|travel|food|video|data|breaking news|general|national|international|world|diplomatic|defen[cs]e|security|environment|legal|markets?)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|photographer|intern|fellow|staff|author)s?\b/i
/** A line that ends in a job title ("Digital Coordinator", "News Director", "Staff Writer"). */
export const jobTitle = /\b(?:bureau chief|writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|photographer|coordinator|director|manager|presenter|anchor|host)s?$/i
const particles = new Set(['al', 'bin', 'da', 'de', 'del', 'della', 'der', 'di', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'van', 'von', 'y', 'and'])

/** The newsroom's own words in a desk's name ("News", "Staff", "Web Desk", "Online"): ordinary words, not initials. */
const newsroomWord = /^(?:NEWS|STAFF|DESK|WEB|ONLINE|DIGITAL|REPORTS?|TEAM|BUREAU|MEDIA|NETWORK|SERVICE|WIRE|NEWSROOM|NEWSDESK|CORRESPONDENTS?|REPORTERS?|EDITORS?|PRESS|AGENCY|DAILY|TODAY|LIVE|NEWSWIRE|RADIO|TELEVISION|WEEKLY)$/
/** Initials or call letters ("APD", "KVN", "WXYZ", "GMA", "CNN"): at most one vowel, or an agency's known initials. */
const initialsWord = (word: string) => /^\p{Lu}{2,5}(?:-(?:TV|FM|AM|DT))?$/u.test(word) && ((word.replace(/-.*/, '').match(/[AEIOUY]/g)?.length ?? 0) <= 1 || oneWordDesks.test(word))
/**
 * "APD NEWS", "WXYZ STAFF", "PTI WEB DESK", "KTN NEWS DESK": an outlet's initials and the newsroom's words, set in
 * capitals as its logo prints them, written as a reader writes them: the initials stay, the words take their ordinary
 * case ("APD News", "WXYZ Staff", "PTI Web Desk"). Null when the name is not of that shape (a person's name in capitals,
 * "JANE ROE", a section's label alone, "NEWS").
 */
export function deskCase(name: string): null | string {
  const words = name.split(/\s+/)
  if (words.length < 2 || !words.some((word) => newsroomWord.test(word)) || !words.every((word) => newsroomWord.test(word) || initialsWord(word) || /^\d{1,3}$/.test(word))) return null
  if (!words.some(initialsWord)) return null
  return words.map((word) => (newsroomWord.test(word) ? word[0]! + word.slice(1).toLowerCase() : word)).join(' ')
}

/** "JANE ROE" as "Jane Roe" (names printed in capitals); a one-word acronym ("TNN", "AFP") stays as it is. */
function titleCase(name: string): string {
  const words = name.split(/\s+/)
  const capitals = (word: string) => /\p{Lu}{2}/u.test(word) && word === word.toUpperCase()
  if (words.length < 2 || words.filter(capitals).length < 2) return name
  const desk = deskCase(name)
  if (desk) return desk
  return words
    .map((word) => (capitals(word) ? word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase()) : word))
    .join(' ')
}

/**
 * The first word of a city's name that opens no one's name ("New York", "Port Louis", "San Diego", "Fort Worth", "Kuala
 * Lumpur"), then one or two capitalised words.
 */
const placeOpening = /^(?:New|Port|Fort|San|Santa|Santo|Los|Las|Saint|St\.|Mount|Lake|Cape|Kuala|Buenos|Hong|Tel|Addis|Puerto|Porto|Ciudad|São|Sao)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)?$/u

/** A paper's name as a byline ("NEMS Daily Journal", "The Evening Gazette", "Dainik Example", Hindi's "daily"): a desk, not a person. */
const paperName = /\s(?:daily|journal|gazette|tribune|herald|chronicle|courier|dispatch|times|observer|telegraph|sentinel|ledger|inquirer|enquirer|examiner|advertiser|courant|gleaner|pravda|gazeta|zeitung|diario|jornal|kurier|dagblad|posten|nyheter|tidning|tidende|avisen|bladet)$|\b(?:daily|dainik)\s\p{Lu}/iu
/**
 * The last word of a paper's name that is also some people's surname ("Post", "Star", "Press"): after a person's name and
 * a comma ("Jane Roe, Harbour Post"), where a byline names the paper the writer works for, the paper's.
 */
export const paperAfterName = /\s(?:Post|Star|Standard|Record|Mail|Express|Independent|Guardian|Citizen|Advocate|Monitor|Mirror|Review|Democrat|Republican|Register|Bulletin|Today|Weekly|Press|News)$/u

/**
 * "Thomson Reuters", "Kyodo": a name that ends in an agency's own name is the agency's (a company's name before it), no
 * one's surname. (Bloomberg is also a surname: "Michael Bloomberg" signs as himself.)
 */
const agencyTail = (name: string) => {
  const last = name.slice(name.lastIndexOf(' ') + 1)
  return oneWordDesks.test(last) && !/^bloomberg$/i.test(last)
}

/**
 * "Loop Pacific", "Example Caribbean", "Example Africa": a network's brand and the world region its edition serves,
 * signed as a byline, are an outlet's name: a continent or an ocean's region is no one's surname (as a given name,
 * "Asia Roe", it opens the name). A region with its compass point ("South Africa") is a place.
 */
const regionalBrand = /^(?!(?:North|South|East|West|Central|Latin|Southeast|Southern|Northern|Eastern|Western|Trans)\s)\p{Lu}[\p{L}&'’-]*\s(?:Pacific|Caribbean|Africa|Asia|Europe|Americas|Oceania|Arabia|Eurasia|Balkans|Mideast)$/u

/** "Channels Television", "Example Radio", "Example TV": a broadcaster's own name, no one's. */
const stationName = /\s(?:Television|TV|Radio|Broadcasting)$/

/**
 * "Ahram Online", "Example Network", "Example Newswire": a paper's or a broadcaster's web edition or network, its name and
 * the edition's word; no one's surname is "Online".
 */
const editionName = /\s(?:Online|Network|Newswire)$/

/** Words of a public office's or a company's bureau ("National Crime Records Bureau", "Federal Investigation Bureau"), no one's name. */
const officeBureauWords = /\b(?:National|Federal|Central|State|Regional|International|Public|Criminal|Crime|Foreign|Political|Economic|Legal|Travel|Tourism|Tourist|Credit|Labou?r|Census|Weather|Marketing|Visitors?|Convention|Investigation|Intelligence|Narcotics|Revenue|Standards|Statistics|Records|Affairs|Energy|Trade|Security|Housing|Water|Land|Police|City|County|Better|Business|News|Press|Speakers?)\b/
/** Capitals no one reads as a word: no vowel ("CBS", "KTRK"), or one vowel at either end ("ABC", "KTLA"). */
const unsaidInitials = (word: string) => /^\p{Lu}{3,5}$/u.test(word) && !/[AEIOUY]/.test(word.slice(1, -1))
export function authorKind(name: string): Author['kind'] {
  // "TBS Report", "UNB Report": a newsroom's initials and "Report", its own signature for a story no one person signs.
  if (/^\p{Lu}{2,5}\s+Report$/u.test(name)) return 'desk'
  // "Wanted in Rome", "Living in Dubai": a word, "in" and a place's name, a site's own name (no one's name has "in" in it).
  if (/^\p{Lu}[\p{Ll}'’-]+\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?$/u.test(name)) return 'desk'
  // "XTV Online", "APD News", "PTI Web Desk": an outlet's initials and its newsroom's words (see deskCase).
  if (/\s/.test(name) && deskCase(name.toUpperCase()) === name) return 'desk'
  // "Sputnik International": an agency's name and the edition's word, the agency's site, no one's name.
  if (/^\p{L}+\s+International$/u.test(name) && oneWordDesks.test(name.split(/\s+/)[0]!)) return 'desk'
  // "CNN Philippines", "BBC Mundo", "NHK World": a network's or an agency's initials, then the edition's country, language or
  // region in title case: the network's edition, no one's name (a person's given name is no network's initials).
  // (So with a broadcaster's initials that are no agency's, "CBS Chicago", "KXBT Denver", "NBC Bay Area", "ABC Brisbane":
  // letters no one says as a word, no vowel or one at either end, then its city in title case, as a network's local
  // station signs. A short given name in capitals, "DAN Roe", "JOHN Roe", has its vowel inside.)
  if (/^\p{Lu}{3,5}(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(name) && (oneWordDesks.test(name.split(/\s+/)[0]!) || unsaidInitials(name.split(/\s+/)[0]!))) return 'desk'
  if (paperName.test(name) || stationName.test(name) || editionName.test(name) || /^the\s/i.test(name) || deskWords.test(name) || oneWordDesks.test(name) || agencyTail(name)) return 'desk'
  return name.split(/\s+/).length === 1 ? 'desk' : 'person'
}

/**
 * "HT Correspondent", "Our Special Correspondent", "Own Reporter": a paper's staff named by role, no one's name; also
 * with the paper named by the word itself ("The Newspaper's Staff Reporter"); and a paper's one-word name before its
 * staff's role, as some print it in lower case ("Observer staff reporter", "Gleaner Staff Writer"). (A rank before it,
 * "Senior Staff Writer", is one writer's role with the name left out.)
 */
export const roleDesk = /^(?:(?:\p{Lu}{2,5}|Our|Own|The\s+(?:News)?[Pp]aper['’]s)(?:\s+(?:Staff|Special|Senior|Chief|Own|City|Legal|Political|Sports|Business))*\s+(?:Correspondent|Reporter|Writer)s?|(?!(?:Senior|Junior|Chief|Special|Former|Principal|Lead|Associate|Deputy|Assistant|Contributing|Freelance|Our|Own|The|A|An|By|BY|From)\s)\p{Lu}\p{L}+\s+[Ss]taff\s+(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter)s?)$/u

/**
 * Words of titles and sentences that are never part of a person's name, and the names of a recurring feature's kind
 * ("Smoke Watch Bulletin - August 15, 2021", "Weekly Market Roundup"): a title dated as a byline is. ("Short Url", a
 * share bar's button for the story's short address, is no one's name either; nor is a picture's stand-in text where the
 * page had no picture to show, "No Image", "Photo Unavailable", "Image Placeholder"; nor a blog's links to the posts
 * beside this one, "Previous Post Next Post", "Older Post Newer Post", "Next Article", "Prev Story"; nor a picture gallery's
 * button, "Start Slideshow", "View Gallery", "Launch Slideshow".)
 */
const titleWords = new Set(['about', 'after', 'against', 'are', 'at', 'before', 'briefing', 'bulletin', 'digest', 'for', 'highlights', 'observations', 'takeaways', 'thoughts', 'forecast', 'from', 'gallery', 'how', 'if', 'image', 'images', 'in', 'into', 'is', 'it', 'its', 'my', 'newer', 'newsletter', 'next', 'not', 'of', 'older', 'on', 'our', 'over', 'photo', 'photos', 'picture', 'placeholder', 'previous', 'prev', 'recap', 'roundup', 'round-up', 'slideshow', 'slides', 'than', 'that', 'this', 'thumbnail', 'to', 'unavailable', 'under', 'update', 'updates', 'url', 'was', 'we', 'what', 'when', 'where', 'why', 'with', 'you', 'your'])

/**
 * Verbs a headline is built on and common nouns and adjectives of the news that are no one's name or surname ("Expect",
 * "Warns", "Heavy", "Flooding"); words that are also names ("Rain", "Storm", "Price", "Close", "Win") are left out.
 */
const headlineWords = new Set(
  (
    'expect expects expected warn warns warned warning urge urges urged slam slams slammed vow vows vowed seek seeks sought hails hailed ' +
    'brace braces beware announce announces announced approve approves approved reject rejects rejected ' +
    'launch launches launched unveil unveils unveiled arrest arrests arrested kill kills killed dies died injured mourn mourns ' +
    'demand demands demanded probe probes probed boost boosts boosted cuts slash slashes soar soars surge surges plunge plunges ' +
    'rises fell falls drops dropped returns resumes resume suspend suspends suspended postpone postpones postponed cancel cancels cancelled ' +
    'heavy flooding floods rains rainfall drought heatwave thunderstorms downpour landslide landslides outage shortage shortages ' +
    'crisis protest protests protesters strikes election elections budget prices fuel inflation deadline outbreak ceasefire ' +
    'closure closures closed crash collision roadworks diversion evacuation lockdown incident appeal sentencing'
  ).split(' '),
)

const nameWord = String.raw`\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)`
/** Two names of two to four words each, a slash alone between them ("Jane Roe/John Q. Doe"). */
const sectionPair = /\b(?:Stories|Top|Latest|Home|World|Local|Opinion|Sports?|Business|Politics|Features?|Videos?|Photos?|Entertainment|Lifestyle)\b/
const slashedPair = new RegExp(String.raw`^(${nameWord}(?:\s+${nameWord}){1,3})\/(${nameWord}(?:\s+${nameWord}){1,3})$`, 'u')
/**
 * "PORT ALDER - The Associated Press", "LAKE CITY - Reuters": a dateline's place in capitals, then a hyphen and the agency
 * whose copy it is, on the line where a byline goes: the agency signs, and the place is no one's name.
 */
export const placeThenAgency = /^\p{Lu}[\p{Lu}.'’ ]{1,40}\s+[-–—]\s+((?:The\s+)?(?:Associated Press|Agence France-Presse|Press Association|Canadian Press|\p{Lu}\p{Ll}+|\p{Lu}{2,5})(?:\s+News)?)$/u

/** Whether `name` reads as a person's or a desk's name: capitalised words, no digits, not a sentence. */
function looksLikeName(name: string, signed: boolean): boolean {
  // An initial's full stop ("Jane Q. Roe") and a generation's ("John Roe Jr.") end no sentence.
  if (!name || name.length > 80 || /[.!?]$|[:;"“”]/.test(name.replace(/\b(?:\p{Lu}|Jr|Sr)\.(?=\s|$)/gu, 'X'))) return false
  const words = name.split(/\s+/)
  if (words.length > 7) return false
  // After "by", a name that opens with a capital is enough ("by Jane Roe jr", "by Jane Roe 2nd"); a hyphen set apart by
  // spaces inside a surname ("Tusani T - Ah Tong") is no word of it.
  // ("By 9News Staff", "By 10 News Digital Team", "By 6abc Digital Staff": a station's brand that opens on its channel's
  // number, then the newsroom's word, is a desk's name.)
  if (signed && /^\d{1,3}\s?\p{L}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*){0,3}\s+(?:Staff|Desk|Team|Newsroom|Reports?)$/u.test(name)) return true
  if (signed) return /^[\p{Lu}\p{Lt}]/u.test(name) && words.filter((word) => word !== '-').length <= 6
  if (/\d/.test(name)) return false
  // "Jane Roe. Pic/AFP": a caption, its subject's name then the picture's credit; no name has a full stop after a word
  // (an initial aside) or a slash inside.
  if (/\p{L}{3,}\.\s|\//u.test(name)) return false
  if (/^the\s/i.test(name) && deskWords.test(name)) return true
  // "EXID’s Hani", "Prime Minister Jane Roe": a caption's subject, named by the group they belong to or the office they
  // hold; no writer signs in the possessive or with an office of state before the name.
  if (/\p{L}[’']s\s/u.test(name) || /^(?:Prime Minister|(?:Vice |Deputy )?President|(?:Deputy |Foreign |Finance |Chief )?Minister|Governor|Senator|Mayor|Chancellor|King|Queen|Prince|Princess|Pope|Premier|Speaker)\s+\p{Lu}/u.test(name)) return false
  // "Legal Affairs Minister and Attorney General Jane Roe": a caption naming one official by two offices; a portfolio's
  // minister or secretary, or a state's law officer, is an office, no one's name.
  if (/^(?:Attorney|Solicitor)[- ]General\s+\p{Lu}|\s(?:Minister|Secretary|Attorney[- ]General|Solicitor[- ]General)$/u.test(name)) return false
  // "Friday Night", "Sunday Morning": a weekday and a part of the day, a time phrase (a heading over a match's report, a
  // show's name), no one's name.
  if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:Night|Nights|Morning|Afternoon|Evening|Lunchtime|Midday|Noon)$/i.test(name)) return false
  // "About Last Night", "How We Won": a title's words, which no one's name is made of.
  if (words.some((word) => titleWords.has(word.toLowerCase()))) return false
  // "Expect Strong Winds", "Fuel Prices Soar": a headline's verb or a common noun of the news, which no one's name is
  // made of either.
  if (words.some((word) => headlineWords.has(word.toLowerCase()))) return false
  // "al-Jazaeri", "el-Amin": a particle joined to the name by a hyphen.
  return words.every((word) => /^[\p{Lu}\p{Lt}]/u.test(word) || particles.has(word.toLowerCase()) || /^[\p{Lu}]\.$/u.test(word) || /^(?:al|el|ad|as|ash|at|az|ibn|bin|bint|abu)-\p{Lu}/u.test(word))
}

/** A name of two to four words (initials among them), then a job title in title case with no comma before it. */
const gluedRoleTail = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}?)\s+(?:(?:Senior|Chief|Special|Staff|Political|Foreign|Business|Sports?|Health|Education|Investigative|Contributing|Associate|Deputy|Managing|News|Digital|Multimedia|Online|Court|Crime|Diplomatic|Economics?|Environment|Features?|Regional|National|International|Metro|City|Parliamentary|Legal|Assistant|Executive)\s+){0,3}(?:Writer|Reporter|Correspondent|Editor|Journalist|Columnist|Contributor|Producer|Photographer|Photojournalist|Analyst|Bureau Chief)$/u
/** Words of a role that a name opening a glued title (above) may not hold: the name is then the role's own words. */
const roleModifier = /(?:^|\s)(?:Our|Own|The|Staff|Senior|Chief|Special|Deputy|Associate|Assistant|Managing|Executive|Political|News|Digital)(?:\s|$)/u

/**
 * The people and desks a byline names, or null when the text is not a byline. `signed` says whether it opened with
 * "by" (then a single name is enough); without it every part must read as a name and at least one as a person's.
 */
/** A wire's initials in capitals, or Reuters, and a city's name of a word or two after it (see parseByline). */
const wireBureau = /^((?:AFP|AAP|ANI|PTI|IANS|UNI|TASS|EFE|ANSA|MTI|PAP|BTA|CTK|ANP|APA|NTB|STT|Reuters))\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?)$/u
/** What follows a wire's name when it names a unit or a product of the wire, no city. */
const wireUnit = /^(?:Photos?|Fotos?|Images?|Pictures?|Graphics?|Video|Institute|Connect|Exclusive|Factcheck|Fact Check|International|World|Online|Digital|Television|TV|Radio|Staff|Plus|Live)$/
/** "Jane Roe skrifar": a name, then the word for "writes" (Icelandic, Norwegian, Swedish, Danish). */
const nordicWrites = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+(?:skrifar|skriver)$/u

export function parseByline(text: string): Author[] | null {
  // "Jane Roe for Reuters ->", "By Jane Roe »": a link's arrow after the name, to the writer's page, is no part of it.
  // ("By Jane Roe //", the date cut off after a double slash: the slashes set the name apart from it.)
  let rest = text.trim().replace(/(?:\s*(?:-+>|→|»|›))+$/u, '').replace(/^[|·•,\s-]+|(?:[|·•,\s-]|\s\/{1,2})+$/g, '')
  // "By Jane Roe", also with the label's colon ("By: Jane Roe", "Written by: Jane Roe").
  // ("Photos and Story by Jane Roe", "Story and photos by Jane Roe": the writer took the pictures too.)
  const signedBy = /^(?:by|written by|words by|story by|reported by|posted by|text by|(?:(?:photos?|pictures?|images?|video|words|text|story)\s+(?:and|&)\s+)(?:story|text|words|photos?|pictures?|video)\s+by|von|par|por|av)(?:\s*:\s*|\s+)/i
  const signed = signedBy.test(rest)
  rest = rest.replace(signedBy, '')
  // "Jane Roe00", "Jane Roe0192": a page's counters (comments, views) glued to the end of the name (a capitalised name word: a code such as "x7b12"
  // or a handle is not a name with a counter).
  rest = rest.replace(/(\s\p{Lu}\p{Ll}+)\d{1,6}$/u, '$1')
  // "Jane Roe Jane Roe": the name printed twice, as the author's picture's alternative text and as the name; once.
  rest = rest.replace(/^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+\1$/u, '$1')
  // "John Roe, Jr.", "John Roe III": a generation after the surname is part of the name, not a second name or a role.
  rest = rest.replace(/(\p{Lu}[\p{L}'’-]+),?\s+(Jr\.?|Sr\.?|II|III|IV)(?=$|[\s,|·•/])/gu, (_, surname: string, generation: string) => `${surname} ${generation.replace(/^(Jr|Sr)$/, '$1.')}`)
  // "By local democracy reporter Jane Roe:", "By Chief Reporter Jane Roe": a role between "by" and the name (a colon
  // after it, where the byline introduces the story) is the writer's role, no part of the name.
  if (signed) rest = rest.replace(/^(?:(?:our|the|a)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|photographer)s?\s+(?=\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*:?$)/iu, '').replace(/(\p{L})\s*:$/u, '$1')
  // "By Jane Roe Bureau Chief", "By Jane Q. Roe Senior Correspondent", "By Ana Lima Political Editor": the writer's job
  // title run on after the name with no comma between; the title is the writer's role, no part of the name. (A role
  // alone, "By Staff Reporter", "By Our Chief Correspondent", has no name before it to keep.)
  if (signed && gluedRoleTail.test(rest)) {
    const m = gluedRoleTail.exec(rest)!
    if (!roleModifier.test(m[1]!) && authorKind(m[1]!) === 'person') rest = m[1]!
  }
  if (!rest) return null
  // "Reuters Paris", "AFP Nairobi": a wire's name (its initials in capitals, or Reuters) and the bureau's city run on after
  // it, the wire's byline. (A given name that is also a wire's, "Pap Ndiaye", and a wire's picture or unit, "AFP Photo",
  // "Reuters Institute", are not.)
  const wireCity = wireBureau.exec(rest)
  if (wireCity && !deskWords.test(wireCity[2]!) && !wireUnit.test(wireCity[2]!)) return [{ kind: 'desk', name: wireCity[1]! }]
  // "Jane Roe skrifar", "Jane Roe skriver": a name and the word for "writes", as Nordic sites sign a story (a paper's name
  // so, "Example Nyheter skriver", reports what the paper wrote).
  const writes = signed ? null : nordicWrites.exec(rest)
  if (writes && authorKind(writes[1]!) === 'person') rest = `by ${writes[1]!}`
  // "Picture Courtesy- Jane Roe", "Photo Courtesy – Example Agency": a picture's credit, whoever it names, signs no story.
  if (/^(?:photo|photograph|picture|pic|image|video)s?\s+courtesy\b/i.test(rest)) return null
  // "PORT ALDER - The Associated Press": the dateline's place, then the agency (see placeThenAgency).
  const wire = signed ? null : placeThenAgency.exec(rest)
  if (wire && (oneWordDesks.test(wire[1]!) || /\sPress(?:e)?$/.test(wire[1]!))) return [{ kind: 'desk', name: agencyName(wire[1]!) }]
  // "By Jane Roe, Lakeside Herald, Vale (TNS).": the writer, the paper and its place, then the initials of the service that
  // syndicated the story in brackets (and the line's full stop): the service passes the story on and signs nothing.
  if (signed && rest.includes(',')) rest = rest.replace(/(,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+\(\p{Lu}{2,5}\)\.?$/u, '$1')
  // "JANE ROE, Lakeside": an unsigned name in capitals, then the place in ordinary case; the paper sets the name so
  // itself (the place beside it is not in capitals), and the name is kept as printed.
  const printedCapitals = !signed && /^\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2},\s*\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$/u.test(rest)
  // "A New Roof & A New Hall", "An Old Mill and An Old Road": parts that each open with the article are a title's
  // phrases, no one's name.
  if (!signed && /^An?\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s*(?:&|,|\band\b)\s*An?\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)+$/u.test(rest)) return null
  const authors: Author[] = []
  /** A newsroom's or an agency's word in it ("Staff", "Press", "Reuters"). */
  const deskOrAgency = (name: string) => deskWords.test(name) || oneWordDesks.test(name)
  const isDesk = (org: string) => deskOrAgency(org) || paperName.test(org)
  // "By Jane Roe from the Associated Press": the person, and the agency they write for.
  // "Written by Jane Roe for Reuters": the same with "for".
  // ("By Jane Roe for RNZ", "By Jane Roe for The Example Post": the outlet by its initials or a paper's name too. Unsigned,
  // "Big Win for BJP" is a title.)
  const from = signed ? /^(.+?)\s+(?:from|for)\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})$/u.exec(rest) : null
  if (from && (isDesk(from[2]!) || /^\p{Lu}{2,6}$/u.test(from[2]!) || paperAfterName.test(` ${from[2]!}`))) rest = `${from[1]!} | ${from[2]!}`
  // "By Jane Roe, with John Doe", "By Jane Roe with John Doe": the second writer, as after "and".
  // ("By Jane Roe, with additional reporting by John Doe" is a credit line's, not a second writer.)
  if (signed) rest = rest.replace(/,?\s+with\s+(?!(?:Additional|Reporting|Research|Photos?|Photography|Video|Contributions?|Editing|Files|Input)\b)(?=\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$)/gu, ' and ')
  // "By NBC News’ Jane Roe": a newsroom's name in the possessive, then the person.
  const possessive = signed ? /^((?:The\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})[’']s?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u.exec(rest) : null
  if (possessive && isDesk(possessive[1]!)) rest = `${possessive[2]!} | ${possessive[1]!}`
  // "By Jane Roe Associated Press": an agency's name run on after the person's, without a separator.
  // (So after several names, "By Jane Roe and John Doe Associated Press": the agency is none of the last name.)
  if (signed) rest = rest.replace(/^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}){0,3})\s+((?:The\s+)?Associated Press|Agence France-Presse|Press Association|PA Media)$/u, '$1 | $2')
  // "By Jane Roe Example News": the newsroom the writer works for (a word and "News") run on after the person's name, as
  // a broadcaster's site prints the byline; the person signs, and the newsroom's name is none of the person's.
  const runOnNews = signed ? /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{L}&'’-]+\s+News$/u.exec(rest) : null
  if (runOnNews && authorKind(runOnNews[1]!) === 'person' && !roleWords.test(runOnNews[1]!) && !/^(?:The|Our|Own)\s/.test(runOnNews[1]!)) rest = runOnNews[1]!
  // "Jane Roe Harare Bureau": the writer's name run on into the bureau the writer files from, a city's name and "Bureau";
  // the person signs, and the bureau as a desk. (A bureau named for its work, "National Crime Records Bureau", "Labour
  // Statistics Bureau", is an office: its words are no one's name and no city's.)
  const runOnBureau = / Bureau$/.test(rest) ? /^(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]{2,}\s+Bureau)$/u.exec(rest) : null
  if (runOnBureau && authorKind(runOnBureau[1]!) === 'person' && !officeBureauWords.test(runOnBureau[0]) && !/(?:tion|sion|ment|ics|ance|ence|ity|ure|ism|ing|rds|irs|ers|ies)\s+Bureau$/.test(runOnBureau[0])) rest = `${runOnBureau[1]!} | ${runOnBureau[2]!}`
  // "Jane Roe/ John Doe": people's names set apart by a slash with a space after it only, as by a comma.
  if (rest.includes('/ ')) rest = rest.replace(/(?<=\p{Ll})\/\s+(?=\p{Lu})/gu, ', ')
  // "Jane Roe/John Q. Doe": two people's names (two to four capitalised words each) set apart by a slash alone; a
  // picture's credit ("Pic/AFP", "Jane Roe/AFP") has one word on a side.
  // (Sections printed so, "Local News/Top Stories", are no one's names.)
  if (rest.includes('/') && !deskWords.test(rest) && !sectionPair.test(rest)) rest = rest.replace(slashedPair, '$1, $2')
  // "TT/The Local": a wire's initials and the outlet that runs its story, set apart by a slash: both sign, as desks.
  const slashedOutlet = /^(\p{Lu}{2,5})\s*\/\s*((?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})$/u.exec(rest)
  const wireAndOutlet = Boolean(slashedOutlet && oneWordDesks.test(slashedOutlet[1]!))
  if (wireAndOutlet) rest = `${slashedOutlet![1]!} | ${slashedOutlet![2]!}`
  // "Jane Roe - The Example Star": the paper after a hyphen set apart by spaces, as after a dash (a hyphen inside a name,
  // "Tusani T - Ah Tong", has no paper's or desk's name after it); also after two or three people ("Jane Roe and John
  // Doe - The Example Star").
  const hyphened = / - /.test(rest) ? /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}){0,2})\s+-\s+((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})$/u.exec(rest) : null
  if (hyphened && (isDesk(hyphened[2]!) || /^The\s.*\s(?:Star|Post|Sun|Mail|Standard|Inquirer|Nation|Guardian|Independent|Express|Monitor|Mirror|Record|Citizen|Globe|Bulletin|Examiner|Advocate|Leader|Patriot|Reporter)$/.test(hyphened[2]!))) rest = `${hyphened[1]!} | ${hyphened[2]!}`
  const parts = rest.split(/\s+[|·•/]\s+|\s+[—–]\s+/)
  /** Set once a desk's role ("HT Correspondent") has signed: a place alone after it is where it files from. */
  let roleSigned = false
  for (const [index, part] of parts.entries()) {
    // "By Jane Roe / Jakarta, Indonesia": after the writer, a city and its country set apart by a slash or a bar are where
    // the story was filed from, no one's name.
    if (index > 0 && authors.some((author) => author.kind === 'person') && /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?,\s*\p{Lu}[\p{L}.'’-]+$/u.test(part) && !deskOrAgency(part) && !paperName.test(part.split(',')[0]!)) continue
    // "A, Staff Writer", "A, Seoul correspondent": a role after the name is not a name.
    const pieces = part
      // ("Wanted in Rome", "Living in Dubai": a single word before "in" and the place, no agency's or desk's name, is a
      // site's name, kept whole; a person's name or an agency's before it, "Jane Roe in Kyiv", "AFP in Paris", drops the place.)
      .replace(/(^|,\s*|\s+and\s+)?([^,]*?)\s+in\s+[\p{Lu}][\p{L}.' -]*$/u, (whole: string, gap: string | undefined, before: string) => (/^\p{Lu}[\p{Ll}'’-]+$/u.test(before) && !deskOrAgency(before) ? whole : `${gap ?? ''}${before}`))
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
      .map((piece) => piece.trim().replace(/^by\s+/i, ''))
      .filter(Boolean)
    for (const piece of pieces) {
      // "By HT Correspondent, Chandigarh", "By Our Staff Reporter, Lagos": a paper's correspondent named by role (the
      // paper's initials or "Our" before it) is a desk, and the place after it says where it files from.
      // ("BY OUR CORRESPONDENT", "BY HT CORRESPONDENT": the same in capitals, named in title case: "Our Correspondent".)
      const role = index === 0 && piece === pieces[0] ? [piece, titleCase(piece)].find((form) => roleDesk.test(form)) : undefined
      if (role) {
        if (!authors.some((author) => author.name === role)) authors.push({ kind: 'desk', name: role })
        roleSigned = true
        continue
      }
      if (roleSigned && /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)?$/u.test(piece) && !deskOrAgency(piece)) continue
      // "By Jane Roe, KXPR – Port Alder": after the person and the station (or paper) the writer works for, a place alone
      // after the dash is where the story was filed from, no desk.
      if (index > 0 && parts.length === index + 1 && pieces.length === 1 && authors.some((author) => author.kind === 'person') && authors.some((author) => author.kind === 'desk') && /^\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}.'’-]*)?$/u.test(piece) && !deskOrAgency(piece) && !paperName.test(piece) && !stationName.test(piece)) continue
      if ((roleWords.test(piece) || jobTitle.test(piece)) && !/^the\s/i.test(piece) && index + pieces.indexOf(piece) > 0) continue
      // "By Jane Roe, Abuja": one word after a person's name set apart by a comma, no agency's or desk's, is the place the
      // writer files from; "Jane Roe, Patch Staff": the staff the writer belongs to, as a role is.
      const previous = pieces[pieces.indexOf(piece) - 1]
      const afterPerson = Boolean(previous && /\s/.test(previous) && !deskOrAgency(previous) && rest.includes(`${previous},`))
      if (afterPerson && /^\p{Lu}[\p{Ll}'’-]{2,}$/u.test(piece) && !deskOrAgency(piece)) continue
      // "by Example Reporters, New York", "Jane Roe, Port Alder": after a comma, a city whose name opens on a place's own
      // word ("New", "Port", "San", "Fort") is where the story was filed from, no one's name.
      if (previous && rest.includes(`${previous}, ${piece}`) && placeOpening.test(piece)) continue
      // "Example Times, New Delhi": a paper's name, then after a comma the city it publishes from (no one's name).
      const afterPaper = Boolean(previous && paperName.test(previous) && rest.includes(`${previous},`))
      // (A second paper's name there is the second outlet: "European Pravda, Example Pravda".)
      if (afterPaper && /^\p{Lu}[\p{Ll}'’-]{2,}(?:\s\p{Lu}[\p{Ll}'’-]{2,})?$/u.test(piece) && !deskOrAgency(piece) && !paperName.test(piece)) continue
      if (afterPerson && /^\p{Lu}[\p{L}.&'’-]*\s+Staff$/u.test(piece)) continue
      // "Example.ca Digital Coordinator" on a line of its own: a job title (under the name), not a person.
      if (!signed && parts.length === 1 && pieces.length === 1 && jobTitle.test(piece)) return null
      const name = printedCapitals ? piece : titleCase(piece)
      if (!looksLikeName(name, signed)) return null
      // ("Jane Roe, Lakeside Sentinel", "Jane Roe, Harbour Post": the paper after the writer's name and a comma, closing the
      // byline, is a desk; in a list of people joined by "and", "Jane Roe, Emily Post and Ann Poe", a name is a name.)
      const kind = index > 0 || (signed && regionalBrand.test(name)) || (afterPerson && piece === pieces.at(-1) && !/\s(?:and|&)\s/i.test(part) && paperAfterName.test(name)) ? 'desk' : authorKind(name)
      if (!authors.some((author) => author.name.toLowerCase() === name.toLowerCase())) authors.push({ kind, name })
    }
  }
  if (authors.length === 0) return null
  // Unsigned, a line is a byline only when it names a person ("Jane Roe") or is a desk's own name ("The X Bureau").
  // (…or names two outlets or more, each by a paper's or a wire's own name: "European Pravda, Example Pravda", "TT/The Local".)
  const deskName = (authors.length === 1 && /^the\s/i.test(authors[0]!.name) && deskWords.test(authors[0]!.name)) || (authors.length >= 2 && authors.every((author) => author.kind === 'desk' && (paperName.test(author.name) || oneWordDesks.test(author.name) || deskWords.test(author.name)))) || (wireAndOutlet && authors.length === 2)
  if (!signed && !deskName && !authors.some((author) => author.kind === 'person' && author.name.split(/\s+/).length >= 2)) return null
  // Unsigned, a title in capitals ("Why I Read The Fire Log First") is no one's name: names run to four words at most.
  if (!signed && authors.some((author) => author.kind === 'person' && author.name.split(/\s+/).length > 4)) return null
  // Unsigned, a list names people (two to four words each) or agencies and desks by their own names. A lone word after
  // the first name that is no agency's or desk's ("Mayor and Police, Army Chiefs Visit Port") is a title's noun (an
  // outlet's own name may open the list: "Nordpress, Jane Roe"); four capitalised words with no initial or particle among
  // them ("Army Chiefs Visit Port", "Crops Drive Farm Growth") are a title's phrase, no one's name ("Ann Marie de Vries",
  // "Jane Q. Roe Smith" still are).
  const deskOwnName = (name: string) => deskOrAgency(name) || paperName.test(name) || stationName.test(name) || /^\p{Lu}[\p{Lu}\d&-]+$/u.test(name)
  const titlePhrase = (name: string) => {
    const words = name.split(/\s+/)
    // (A trade show's or a firm's initials among them, "CES Phone Makers Gather", are a title's too.)
    return words.length >= 4 && words.every((word) => (/^\p{Lu}\p{Ll}+$/u.test(word) && !particles.has(word.toLowerCase())) || /^\p{Lu}{2,5}$/u.test(word)) && words.filter((word) => /\p{Ll}/u.test(word)).length >= 3
  }
  if (!signed && authors.length > 1 && authors.some((author, at) => (at > 0 && !/\s/.test(author.name) && !deskOwnName(author.name)) || (author.kind === 'person' && titlePhrase(author.name)))) return null
  // (Alone on its line, four such words may be a name with two surnames, "Ana Maria Ferrer Ruiz"; with initials among
  // them, "EXPO Tablet Makers Gather", they are a title.)
  if (!signed && authors.length === 1 && authors[0]!.kind === 'person' && titlePhrase(authors[0]!.name) && /(?:^|\s)\p{Lu}{2,5}(?:\s|$)/u.test(authors[0]!.name)) return null
  // Nor is a title whose subject is two things joined by "and" ("Ferry and Cargo Ship Collide, Leaving Dozens Missing"):
  // unsigned, a byline opens on a person's given name and surname or on an agency's name, so a line that opens on another
  // word alone joined by "and" to what follows ("Ferry and …") is a title.
  const opening = authors[0]!.name
  if (!signed && authors.length > 1 && !/\s/.test(opening) && !oneWordDesks.test(opening) && text.trim().startsWith(`${opening} and `)) return null
  return authors
}

/** "Reporting by A and B in Seoul; Additional reporting by C; Editing by D": the reporters, not the editors. */
export function parseCreditsLine(line: string): Author[] | null {
  const bare = line.trim().replace(/^\(|\)$/g, '')
  if (!/^(?:additional\s+)?(?:reporting|writing|compiled)\s+by\b/i.test(bare)) return null
  const authors: Author[] = []
  // Clauses end at a semicolon, or at a comma before the next role ("…, Editing by D").
  for (const clause of bare.split(/\s*;\s*|,\s*(?=(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|graphics?|photos?|video|fact-checking|production)\b)/i)) {
    // ("Compiled by Jane Roe from press reports", "Compiled by Jane Roe from wire services": the brief's writer, who gathered
    // it from the reports of others; the sources after "from" are no one's name.)
    const compiled = /^compiled\s+by\s+(.+?)(?:\s+(?:from|with|based on)\s+(?:[\p{L}-]+\s+){0,3}(?:reports?|sources?|services?|agencies|wires?|dispatches|media)(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}(?:reports?|sources?|services?|agencies|wires?|dispatches|media))?)?\.?$/iu.exec(clause)
    const m = compiled ?? /^(?:additional\s+)?(?:reporting|writing)\s+by\s+(.+)$/i.exec(clause)
    if (!m) continue
    // Each reporter may carry the place they filed from ("A in Kyiv and B in Washington DC"): the names, not the places.
    const names = m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((name) => name.replace(/\s+in\s+\p{Lu}[\p{L}.'’ -]*$/u, ''))
    for (const author of parseByline(`by ${names.join(' and ')}`) ?? []) {
      if (!authors.some((known) => known.name === author.name)) authors.push(author)
    }
  }
  return authors
}
