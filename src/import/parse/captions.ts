import { parseByline } from '../byline'
import { officeWord } from './bylines'
import { finiteVerb, runsOnSentences, sentenceEnd, withoutAbbreviations, wordCount } from './words'

/**
 * Picture captions and credits: `splitCaption` and the shapes of a caption or a credit line.
 */

// ("(Photo courtesy: Social media)": a courtesy credit may carry a colon before its source; "( Photo from Jane Roe's
// Facebook)": the page or account the picture was taken from, a name.)
const photoCredit =
  /^(.*?)\s*[([]\s*((?:(?:AP |AFP |Reuters |EPA |File )?(?:(?:photo|image|picture|pic)\s+credit|photo|photograph|image|picture|pic|illustration|credit|file photo|video)s?\s*(?:by\s+|:|\/|from\s+|courtesy(?:\s+of)?(?:\s*:)?\s+)\s*[^)\]]+|[^()[\]]*\bvia\b[^()[\]]*|©\s*\p{L}[^()[\]]{1,80}|[^()[\]]*\b(?:Getty Images|Shutterstock|AFP|Reuters|EPA|AP|Yonhap|Xinhua|Alamy|Pool|(?:The )?Associated Press|(?:The )?Canadian Press|PA|dpa|Kyodo|Jiji|Bloomberg|Anadolu|iStock|Unsplash|NurPhoto|ZUMA|SOPA|Sipa|Imago)\b[^()[\]]{0,40}|\p{Lu}[\p{L}.' -]{1,40}\/\s*(?:\p{Lu}|The )[^()[\]]{1,60}))[)\]]\s*$/iu
/** A finished caption, then its source's name (a few capitalised words or initials) and "photo" in brackets: "… (HT photo)". */
const ownPhotoCredit = /^(\p{Lu}.{10,400}?[.!?]["”’]?)\s*\(\s*((?:(?:The\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,2}\s+)?(?:[Ff]ile\s+)?(?:[Pp]hoto(?:graph)?|[Pp]ic(?:ture)?|PHOTO|PIC)s?)\s*\)$/u
/** A finished caption, then its credit in double brackets: "… on Monday. ((Jane Roe/Example Press))". */
const doubleBracketCredit = /^(\p{Lu}.{10,400}?[.!?]["”’]?)\s*\(\(\s*(\p{Lu}[^()]{1,80}?)\s*\)\)$/u
/** The same without its "Name/Agency" branch: a credit that names what it is. */
const namedCredit = new RegExp(photoCredit.source.replace(String.raw`|\p{Lu}[\p{L}.' -]{1,40}\/\s*(?:\p{Lu}|The )[^()[\]]{1,60}`, ''), 'iu')
/** "(Sam Lee/Example Agency)": a photographer's name (two words or more) before the slash, not a pair ("(EU/UK)", "(Yes/No)"). */
const personSlash = /^\p{Lu}[\p{L}.'-]*\s+\p{Lu}[\p{L}.' -]*\//u
// (…"Photo courtesy of the County Sheriff's Office", "Picture Courtesy- Jane Roe", and a picture's source in brackets under
// it: "(Source: Example TV)". A stock or file picture's label says so before its kind: "Stock picture: Example Daily",
// "File photo: Jane Roe".)
export const creditLine = /^(?:(?:(?:stock|file|archive|handout|library|cover|lead|main|top|header|featured?)\s+)?(?:(?:photo|photograph|image|picture|illustration|credit|photo credit)s?\s*(?:by\s+|:)|(?:video|map|graphic|chart)s?\s*(?:by\s+|:(?=\s*(?:\S+\s+){0,4}\S+\s*$)))|(?:photo|image|picture|video)s?\s+courtesy(?:\s+of)?(?:\s*[:–—-])?\s+[^.!?]{2,80}\.?$|image source\s*[,:]|©\s*\p{L}|\((?:(?:photo|image|picture)(?:\s+credit)?|source|credit)\s*:\s*(?:[^()]{2,60})?\)$)/iu
/** A picture's credit alone on its line, "Courtesy" and its source: "Courtesy CTV News", "Courtesy of the Museum", "Courtesy: Jane Roe". */
const courtesyCredit = /^[Cc]ourtesy(?:\s+of)?\s*[:–—-]?\s+(?:[Tt]he\s+)?[\p{Lu}\d][\p{L}\d&'’.@-]*(?:\s+(?:[\p{Lu}\d@][\p{L}\d&'’.@-]*|of|the|and|&|de|la|du|van|von|via|\/)){0,6}\.?$/u
/**
 * A finished caption, then its source's name in brackets: an outlet, agency or photographer in any form ("(9News)",
 * "(Supplied)", "(ABC News)", "(Jane Roe)", "(AAP Image/Jane Roe)"), capitalised words or words with figures in them.
 */
// (The outlet may name its photographer after a colon, "(Example Radio: Jane Roe)", and the caption may close on a place's
// initials, "… in Kessby, NSW.(Example Radio)".)
const outletCredit = /^(\p{Lu}.{10,300}?(?:\p{Ll}{2}|\p{Lu}{2})[.!?])\s*\(\s*((?:[Tt]he\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s*[/:]\s*|\s+(?:via\s+|of\s+|for\s+)?)?(?:[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s*[/:]\s*|\s+(?:via\s+|of\s+|for\s+)?)?){0,4})\s*\)$/u
/** A bracket that labels the story's kind or its media, no credit: "(Video)", "(Updated)", "(Photos)", "(Opinion)". */
/** A line that `splitCaption` takes for a caption by its bracketed source's name alone ("… on Monday. (9News)"), no picture's word in it. */
export const bracketedSourceOnly = (line: string) => outletCredit.test(line) && !photoCredit.test(line)
const bracketLabel = /^(?:videos?|photos?|pictures?|gallery|watch|listen|audio|podcast|updated?|update \d+|live|breaking|opinion|analysis|exclusive|explainer|editorial|sponsored|advertisement|ad|poll|graphic|map|details|more|continued|cont(?:['’]d)?|end|\d+|[IVX]+)$/i
const captionLine = /^(?:image|photo) caption\s*[,:]\s*(.+)$/i
/** A photographer's name and the agency alone on a line ("Jane Roe /EPA", "Jane Roe/Reuters"). */
const nameAgencyCredit = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*\/\s*(?:AP|AFP|EPA|Reuters|Getty Images|Pool|Xinhua|PA|dpa|Bloomberg|Shutterstock|Alamy|NurPhoto|ZUMA|SOPA|Sipa|Anadolu|Yonhap|Kyodo|AAP|Redux|Polaris)(?:[\s/].{0,40})?$/u
/** "TOWERING INFERNO Smoke rises over the port. AFP Photo", "File photo Image Credit: Twitter(@handle)": a caption with its credit last. */
const agencyPhotoCredit = /^(.{0,300}?)\s*(?:\b(AFP|AP|Reuters|EPA|PTI|ANI|IANS|Xinhua|Getty Images|Yonhap|Bernama|Antara)\s+(?:Photo|PHOTO|Pic|Image)s?|\b(?:[Ff]ile [Pp]hoto\s+)?(?:Image|Photo) [Cc]redit\s*:\s*([^.]{1,60}))\.?$/
/** A caption, then an agency's initials and "(file) photo" (glued to it or not): "… Shahriar AlamUNB file photo". */
const gluedAgencyCredit = /^(.{3,300}?[\p{Ll}.)’'])\s?(\p{Lu}{2,8}(?:\s\p{Lu}{2,8})?\s(?:file )?photo)$/u
/** "… in New Delhi. Photo: Jane Roe", "… in New Delhi | Photo Credit: JANE ROE": a caption with its credit at the end. */
// (A name for a credit may close on a full stop, initials in it, "Photo: Jane Q. Roe."; the credit may be labelled as the
// picture's source, "Image Source: Port Agency"; a credit with the paper after a slash may close on one too, "Photograph:
// Jane Roe/The Example Times.")
const trailingCredit = /^(.+?[.!?…|)])\s*\|?\s*(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Pp]i[cx]|[Vv]ideo|[Ii]llustration|[Ff]ile [Pp]hoto|PHOTO(?:GRAPH)?|IMAGE|PICTURE|PI[CX]|VIDEO|ILLUSTRATION|FILE PHOTO)[sS]?(?:\s+(?:[Cc]redit|[Ss]ource|CREDIT|SOURCE))?\s*:\s*(\S[^.]{1,80}$|\p{Lu}[^.,/]{1,60}\/[^.,/]{1,60}(?=\.$)|\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*|de|van|von|da|di|del)){0,4}(?=\.$))\.?$/u
/** A finished caption, then its credit as a sentence: "… at the quay. Photos on this page courtesy of the Example Star." */
const courtesyTail = /^(\p{Lu}.{10,300}?\p{Ll}[.!?]["”’)]?)\s+((?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Pp]ic)s?(?:\s+(?:on this page|above|at (?:the )?top|in this (?:story|article)))?\s+[Cc]ourtesy(?:\s+of)?\s*[:–—-]?\s+(?:[Tt]he\s+)?[\p{Lu}\d][^.!?]{1,80}\.?)$/u
/**
 * A credit set after a finished caption with slashes instead of a colon, as some newsrooms print them ("… in the chamber.
 * Photo / Jane Roe", "Photo / Example Agency / Jane Roe.", "Video / Example TV"): the label, then up to three names.
 */
const slashCredit = /^(.+?[.!?…]["”’)]?)\s+((?:Photo(?:graph)?|Image|Picture|Pic|Video|Graphic|Illustration)s?\s*\/\s*\p{Lu}[\p{L}\d'’&-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\d'’&-]*|de|van|von|da|di|del|le|la))*(?:\s*\/\s*\p{Lu}[\p{L}\d'’&-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\d'’&-]*|de|van|von|da|di|del|le|la))*){0,2})\.?$/u
const dashCredit = /^(.*?)\s*(?:^|\s)[-–—]\s*((?:file\s+)?(?:photo|image|picture|pic)s?\s+(?:by|courtesy)\b[^.!?]{1,60})$/i
/** A caption, then its credit: a name in capitals, a slash, an agency ("… near the dam JANE ROE / AFP", "… / ANTARA FOTO"). */
/**
 * "REUTERS/Jane Roe", "AGENCY/Press Office": an agency in capitals, a slash, then the photographer or the office that gave
 * the picture, alone on a line or closing a caption after its full stop ("… April 28, 2021. REUTERS/Jane Roe").
 */
const agencyFirstCredit = /^(?:(.{12,400}?[.!?…]["”’)]?)\s+)?(\p{Lu}{2,12}(?:\s\p{Lu}{2,12})?\s?\/\s?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u
/**
 * "… on Sunday. Jane Roe/Example News": a finished caption, then its photographer's name (two or three words), a slash
 * and the outlet, closing the line. (The outlet may end on a paper's word its brand sets in lower case, "Jane Roe/Port
 * Alder independent", or on "staff".)
 */
const personFirstCredit = /^(.{12,400}?[.!?…]["”’)]?)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s?\/\s?(?:The\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}(?:\s+(?:independent|news|times|post|herald|tribune|daily|press|journal|gazette|chronicle|observer|express|star|standard|weekly|staff))?)$/u
/**
 * "… in Port Alder, Ostland.Jane Roe / Example Gazette via Picture Desk": a finished caption with its credit glued on
 * after the full stop, no space between, the photographer's name (two or three words), a slash and the outlet (which may
 * take its picture "via" an agency).
 */
const gluedPersonCredit = /^(\p{Lu}.{10,400}?\p{Ll}[.!?]["”’)]?)(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s?\/\s?(?:The\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}(?:\s+via\s+\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})?)$/u
const capitalsCredit = /^(.{12,400}?\p{Ll}.*?)\s+(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}\s*\/\s*(?:\p{Lu}[\p{Lu}&-]+(?:\s+\p{Lu}[\p{Lu}&-]+){0,2}|Getty Images|Reuters|Pool))$/u
/** Stock-photo agencies, whose names open or close a credit ("iStock", "AS Inc. / Shutterstock.com"). */
const stockAgency = String.raw`(?:iStock(?:photo)?|Getty Images|Shutterstock(?:\.com)?|Alamy|Unsplash|Pexels|Pixabay|Dreamstime|Depositphotos|123RF|Adobe ?Stock)`
/** "Source: AdobeStock / Jane Roe", "Image: Shutterstock, John Doe": a stock picture's credit under its label, alone on its line. */
const labelledStockCredit = new RegExp(String.raw`^(?:source|credit|image|photo|picture)s?\s*:\s*${stockAgency}(?:\.com)?(?:\s*[/|,–—-]\s*\p{Lu}[\p{L}.'’ -]{1,60})?$`, 'iu')
const stockCredit = new RegExp(String.raw`^(?:${stockAgency}\b\s*(.*)|(.{0,60}\b${stockAgency}))$`, 'i')
/** Where a person stands in a picture, as captions say it: "(l)", "(left)", "(from left)", "(L-R)", "(centre)". */
/** "Jane Roe (pictured with the mayor at the quay), who …", "Mr Roe (pictured) said: …": who is in the picture, in brackets. */
export const picturedAside = /\((?:pictured|photographed|seen|shown)(?:\s[^()]{1,120})?\)/i
export const inPicture = /\((?:l|r|c|left|right|cent(?:re|er)|l-r|r-l|l to r|from (?:left|right)|(?:second|third) (?:from )?(?:left|right)|front|back row|top|bottom|inset)\)/i
/**
 * A caption's subject and its verb of a scene in the present ("Jane Roe speaks", "Passengers wait", "A worker clears").
 * (A verb's bare form before a word in "-ing" is a noun's: "A rail line linking …", "the board meeting"; only the verb in
 * "-s" takes one, "Jane Roe stands waving".)
 */
export const sceneVerb = /^(?:[\p{L}\d.'’-]+\s+){1,6}?(?:speak|gesture|look|stand|walk|wave|hold|pose|sit|attend|arrive|listen|react|watch|greet|gather|wait|queue|line|march|ride|inspect|work|carr(?:y|ie)|pass|leave|visit|celebrate|mourn|pray|rall(?:y|ie)|protest|play|clear|cross|board|shop|cast|sort|rest|survey|fl(?:y|ie))(?:(?:s|es)?\s+(?:a|an|the|on|in|at|during|after|as|outside|near|by|with|for|to|up|out|past|through|across|along|down|over|from|under|their|his|her|its)|(?:s|es)\s+\p{Ll}+ing)\b/u
/** …closing on the picture's day or date ("… on Monday.", "…, March 4, 2024."). */
/** A picture agency's caption: "… during the <event> … on December 05, 2015 in Manchester, England." (see parseStory). */
export const agencyCaption = /^\p{Lu}.{3,300}?\s(?:during|ahead of|before|after)\s(?:the|a|an|his|her|their|day|round|stage|game|match)\b.{3,300}\son\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s+in\s+\p{Lu}[\p{L}'’ .-]{1,40}(?:,\s+\p{Lu}[\p{L}'’ .-]{1,40}){1,2}\.$/u
export const sceneEnd = /(?:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:19|20)\d{2}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\.$/
/**
 * "A deputy's car lies in a ditch off Route 9 after a crash, March 4, 2024.": a picture's one-sentence caption closing on
 * the picture's date set off by a comma, as agencies date their pictures. A story's sentence says "on March 4, 2024", or
 * names the day before the date ("… opens Friday, March 4, 2024.").
 */
export const commaDateCaption = /^\p{Lu}[^"“”]{20,300}?(?<!\b(?:on|by|since|until|from|of|to|through|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|effective))\s*,\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},\s+(?:19|20)\d{2}\.$/u
/**
 * "Port Alder's new harbour master, Jane Roe, pictured on Monday, March 3, 2025.": a picture's caption told as who is
 * shown (a noun phrase, a name set off by commas), then a participle in the past with no object, right after a comma, and
 * the picture's date with its year closing it ("…, seen at the quay on March 3, 2025.", "…, appointed on Sunday, August
 * 16, 2020."). No verb before the participle: a sentence has one ("The council appointed her on …" has an object too).
 */
export function participleDateCaption(text: string): boolean {
  if (wordCount(text) > 30 || /["“”]|[.!?]\s+\p{Lu}/u.test(withoutAbbreviations(text))) return false
  const shape = /^(\p{Lu}[^,]{3,120}(?:,[^,]{3,60}){0,2}),\s+(?:\p{Ll}{3,}ed|seen|shown|taken|caught)\s+(?:[\p{Ll}\p{Lu}'’-]+\s+){0,6}?(?:on|in|at)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+)(?:19|20)\d{2}\.$/u.exec(text)
  return Boolean(shape) && !finiteVerb.test(shape![1]!)
}
/** Words in -ing that are nouns, not a participle ("The annual meeting …", "A new building …"). */
const ingNouns = /^(?:meeting|building|ruling|funding|hearing|opening|spending|housing|training|morning|evening|ceiling|wedding|clothing|warning|shooting|bombing|killing|landing|offering|setting|ending|beginning|thing|something|nothing|everything|anything|king|ring|spring|string|wing|swing|sibling|ceiling|filing|finding|painting|reading|rating|recording|saving|shipping|parking|marketing|banking|planning|polling|voting|bidding|boxing|camping|fishing|hiking|mining|nursing|printing|rowing|sailing|skiing|surfing|teaching|timing|trading|viewing|wording|being|during|according|including|following|regarding|concerning)$/i
/** "A voter casting her ballot …": a picture's caption told with a participle, with no verb of its own. */
export function participleCaption(text: string): boolean {
  const shape = /^(?:An?|The|Two|Three|Four|Several|Some)\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){1,2}(\p{Ll}{3,}ing)\s/u.exec(text)
  if (!shape || ingNouns.test(shape[1]!) || wordCount(text) > 20 || !sentenceEnd.test(text) || /["“”]/.test(text)) return false
  return !finiteVerb.test(text)
}
/**
 * "Jane Roe chairing the vote on the harbour budget.": a picture's caption told as who is shown (a name of two or three
 * capitalised words) and a participle, one sentence with no verb of its own and no one quoted.
 */
export function namedParticipleCaption(text: string): boolean {
  const shape = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\s+(\p{Ll}{3,}ing)\s/u.exec(text)
  if (!shape || ingNouns.test(shape[1]!) || wordCount(text) > 20 || !/\.$/.test(text) || /["“”:;]/.test(text) || /[.!?]\s+\p{Lu}/u.test(withoutAbbreviations(text))) return false
  return !finiteVerb.test(text.slice(shape[0].length - 1))
}
/**
 * "Portland Place being surfaced", "THE MINISTER ADDRESSING THE PUBLIC": a picture's few words told with a participle
 * and no verb of their own, no full stop (set in capitals or not).
 */
export function shortParticipleCaption(text: string): boolean {
  if (wordCount(text) > 10 || sentenceEnd.test(text) || /["“”:]/.test(text)) return false
  const lower = text.toLowerCase()
  const participle = /\s(\p{Ll}{3,}ing)(?:\s|$)/u.exec(lower)
  if (!/\sbeing\s+\p{Ll}+(?:ed|en)\b/u.test(lower) && (!participle || ingNouns.test(participle[1]!))) return false
  // (A headline's future told with "to" before the word in -ing, "Petition to stop library closing", "Council to review
  // housing waiting lists": the word in -ing is a noun there, and the line has its verb; a caption's participle comes
  // first, "Workers preparing to open the bridge", and "to" before a noun is a place's, "Visitors to the fair enjoying the
  // rides".)
  if (participle && /^(?:\S+\s+){1,5}to\s+(?!(?:the|an?|his|her|their|its|our|my|your|this|that|these|those|one|two|three|every|each|some|all)\s)\p{Ll}{2,}\s/u.test(lower.slice(0, participle.index + 1))) return false
  return !finiteVerb.test(lower.replace(/\bbeing\s+\p{Ll}+ed\b/gu, 'being'))
}

/**
 * A picture's caption told as the things shown and what was done with them, no full stop: "The", "Some of the" or a number,
 * a noun of a word or three, "that", "which" or "where", who did it and a verb in the past, then where ("The items that
 * police found in the boat", "The guns which officers seized at the port", "Some of the drugs that were found in the car",
 * "The house where the men were held in Eastvale"). Six to sixteen words, no other verb after the clause ("… has died").
 */
export const relativeCaption = /^(?:(?:some|part|one|most|all)\s+of\s+the|the|\d+|two|three|four|five)\s+(?:[\p{Ll}-]+\s+){1,3}(?:that|which|where)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:was|were|had\s+been)\s+)?\p{Ll}+(?:ed|en|ound|eft|ept|ook|ade|ought|eld|ung|ot)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:in|at|on|from|inside|near|outside|during|after)\s+(?!.*\b(?:has|have|had|is|are|was|were|will|would|can|could|says?|said)\b)[^.!?:;"“”]{2,50}$/iu

/** A caption closing on its credit in brackets, "Hail piles up in Millbrook (Jane & John Roe)", or that credit alone: a
 * few capitalised words, names joined by "and" or "&", no sentence closed before the bracket. */
export function bracketCredit(text: string): boolean {
  const match = /^([^()]*?)\s*\(([^()]{3,60})\)$/.exec(text)
  if (!match || wordCount(text) > 30 || /[.!?:;]["”’]?$/.test(match[1]!)) return false
  const words = match[2]!.split(/\s+/)
  // (Places in brackets, "(Mill Lane and Quay Street)", "(State Highway 1)", are the story's.)
  if (/\b(?:Street|St|Road|Rd|Lane|Avenue|Ave|Highway|Drive|Bridge|Park|River|Square|Island|Bay|Hill|Valley|Council|Ministry|Department|Party)\b/.test(match[2]!)) return false
  return words.length >= 2 && words.length <= 6 && words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || /^(?:and|&)$/.test(word)) && words.filter((word) => /^\p{Lu}/u.test(word)).length >= 2
}

/** "Police spokesperson, Benjamin Hundeyin", "Benjamin Hundeyin, police spokesperson": a role and a person's name. */
export function portraitCaption(text: string): boolean {
  // "Fiji's police commissioner, Jane Roe.": the same with a full stop after the name.
  const line = text.replace(/(\p{Ll}{2})\.$/u, '$1')
  if (wordCount(line) > 8 || sentenceEnd.test(line)) return false
  const parts = line.split(/\s*,\s*/)
  if (parts.length !== 2) return false
  // A role in title case ("Fiji's Police Commissioner") reads like a name; its last word says it is a role.
  const isName = (part: string) => !officeWord.test(part) && (parseByline(part)?.some((author) => author.kind === 'person' && author.name.split(/\s+/).length >= 2) ?? false)
  // (Two names joined by "and" opening a clause in title case, "Ostland and Brisk Discuss Ferry Links", are a title's
  // subject, no role, unless the last word names an office: "Finance and Economy Minister".)
  const isRole = (part: string) => /^[\p{L} .'-]{3,40}$/u.test(part) && /\p{Ll}/u.test(part.split(/\s+/).slice(1).join(' ') || part) && (officeWord.test(part) || !/^\p{Lu}[\p{L}'’-]*\s+and\s+\p{Lu}/u.test(part))
  return (isName(parts[1]!) && !isName(parts[0]!) && isRole(parts[0]!)) || (isName(parts[0]!) && !isName(parts[1]!) && isRole(parts[1]!))
}

/**
 * A picture's text printed twice in a row with a word or two changed at its end, the second copy with the picture's
 * credit run on after its full stop (alternative text, then the caption a subeditor touched up: "… at the harbour
 * gates.", then "… at the harbour entrance. Example Agency"). The copies share all their words but the last two at most,
 * eight or more; the credit is a few capitalised words with no full stop.
 */
export function retouchedCaptionPair(first: string, second: string): boolean {
  const credit = /^(.+?[.!?]["”’)]?)\s+(\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|de|la|del|of|the|and|da|do|y)){0,5})$/u.exec(second)
  if (!credit || !sentenceEnd.test(first) || /["“”]/.test(first)) return false
  const words = (text: string) => text.split(/\s+/)
  const one = words(first)
  const two = words(credit[1]!)
  if (one.length < 8 || Math.abs(one.length - two.length) > 2) return false
  let shared = 0
  while (shared < one.length && shared < two.length && one[shared] === two[shared]) shared++
  return shared >= 8 && shared < Math.min(one.length, two.length) && shared >= Math.max(one.length, two.length) - 2
}

/** A map's caption: "Map of …", "A map showing …", no full stop. */
export const mapCaption = /^(?:an? )?map (?:of|showing|shows|locating|indicating|highlighting)\s[^.!?]{2,80}$/i

/** "File picture of the minister. AP": a file picture's caption, its agency's initials after it. */
const pictureOf = /^(?:an?\s+|the\s+)?(?:file|stock|undated|archive)?\s*(?:photo|photograph|picture|image)s?\s+(?:of|showing)\s/i
const picturesShows = /^This\s+(?:(?:file|handout|undated|aerial|satellite|archive|stock|courtesy|AFP|AP|Reuters|EPA|Xinhua)\s+)*(?:photo(?:graph)?|picture|image|pic|photo\s+illustration)\s+(?:(?:taken|released|provided|made available|supplied|obtained)\b[^.!?]{0,100}?\s)?shows\s/u
const fileOfCredit = /^([Ff]ile (?:picture|photo|image|pic)s? of\b[^!?]{2,160}\.)\s*(\p{Lu}{2,6})$/u
// (…or the picture's source in a word beside the label, "Photo supplied", "Supplied photo", "Handout picture".)
const fileLabelCredit = /^(.+?[.!?…]["”’)]?)\s+((?:file|stock|library|archive|supplied|handout)\s+(?:photo|photograph|picture|image|pic)s?|(?:photo|photograph|picture|image|pic)s?\s+(?:supplied|handout))\.?$/i
/** "… to approve the plan. | © Example Insider LLC": a finished caption, then the picture's copyright holder after a bar. */
const copyrightCredit = /^(\p{Lu}.{10,}?[.!?]["”’)]?)\s+\|\s+(©\s*\p{Lu}[^.!?|]{1,60})$/u
/** "Near the checkpoint on the border. 11 October 2017. Photo by Example Radio": a finished sentence, then who took the picture. */
// (The agency may follow the name after a slash with no space, "Photo by Jane Roe /UPI", and a link to buy the picture's
// rights may close the line, "… /UPI | License Photo".)
const photoByCredit = /^(.+?[.!?…]["”’)]?)\s+((?:photo|photograph|picture|image|pic)s?\s+(?:by|courtesy of)\s+\p{Lu}[\p{L}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|of|the|and|de|\/)|\s*\/\s*\p{Lu}[\p{L}.'’&-]*)*)\.?(?:\s+\|\s+(?:license|licence|buy|purchase|order|download)\s+(?:this\s+)?(?:photo|image|picture|print)s?)?$/iu

/**
 * "… at the court on Monday. PHOTO | COURTESY", "… in the market. Photo | File": a finished caption, then the picture's
 * label and its source set apart by a bar, as some newsrooms print them.
 */
const barCredit = /^(.+?[.!?…]["”’)]?)\s+((?:PHOTO(?:GRAPH)?|IMAGE|PICTURE|PIC|FILE PHOTO|[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ff]ile [Pp]hoto)[Ss]?\s*\|\s*\p{Lu}[^|.!?]{1,60})$/u

/** "… Jane Roe/AFP via Getty Images hide caption": a caption and the button that hides it (see splitCaption). */
const hideCaption = /^(\S.{10,}?)\s+(?:hide caption|Hide Caption|HIDE CAPTION)$/u
/**
 * "… handout photo. THE CANADIAN PRESS/HO - Example Service": a caption, then a wire's credit in capitals and a slash, the
 * source after a dash; "… another increase. (Jane Roe, example.com)": a caption, then the photographer and the site.
 */
const wireHandoutCredit = /^(\p{Lu}.{10,}?[.!?]["”’)]?)\s+((?:THE\s+)?(?:CANADIAN PRESS|ASSOCIATED PRESS|AP|AFP|REUTERS|EPA|PA)\s*\/\s*(?:HO|HANDOUT|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*[-–—]\s*\S.{1,60})$/u
const nameSiteCredit = /^(\p{Lu}.{10,}?[.!?]["”’)]?)\s+\((\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s*(?:www\.)?[\w-]+(?:\.[a-z]{2,6}){1,2})\)$/u

export function splitCaption(line: string): null | { caption: string; credit: null | string } {
  if (labelledStockCredit.test(line)) return { caption: '', credit: line }
  // "… on June 10. Jane Roe/AFP via Getty Images hide caption": a caption with the button that hides it, as a public
  // broadcaster's pages print every picture's caption (the credit again on a line of its own under "toggle caption").
  const hidden = hideCaption.exec(line)
  if (hidden) return splitCaption(hidden[1]!) ?? { caption: hidden[1]!, credit: null }
  // A caption a gallery's slides repeat, run together on one line ("… on Sunday. (Jane Roe/Example Times) … on Sunday.
  // (Jane Roe/Example Times)"): the same text two to four times over, read once.
  // (…or with no space between the copies, "… Picture: Jane Roe.Police speaking … Picture: Jane Roe.".)
  for (let copies = 2; copies <= 4; copies++) {
    const once = line.slice(0, Math.floor((line.length - (copies - 1)) / copies))
    if (once.length >= 40 && wordCount(once) >= 8 && Array.from({ length: copies }, () => once).join(' ') === line) return splitCaption(once)
    const glued = line.slice(0, line.length / copies)
    if (line.length % copies === 0 && glued.length >= 40 && wordCount(glued) >= 8 && /[.!?)\]]$/.test(glued) && glued.repeat(copies) === line) return splitCaption(glued)
  }
  // "harbour-fire--3fa9c2.jpgFirefighters spray water on …": the picture's file name with its caption glued on after it,
  // as a figure comes out when its image and caption are scraped together (a caption's length, no one quoted).
  const filed = wordCount(line) <= 60 && !/["“”]/.test(line) ? /^[\p{L}\d._~%-]*[\p{L}\d]\.(?:jpe?g|png|gif|webp|avif)\s*(\p{Lu}.{10,})$/iu.exec(line) : null
  if (filed) return { caption: filed[1]!.trim(), credit: null }
  // "Photo: File: Shops in the old market were sealed on Tuesday …": a picture's label, its source ("File", an agency, a
  // name) and a second colon, then the caption, however long it runs.
  const labelSourced = wordCount(line) <= 90 ? /^(?:photo|picture|image|pic)s?\s*:\s*(file|\p{Lu}[\p{L}&.'’ -]{1,40}?)\s*:\s*(\p{Lu}.{10,})$/iu.exec(line) : null
  if (labelSourced && !/["“”]/.test(labelSourced[2]!)) return { caption: labelSourced[2]!.trim(), credit: labelSourced[1]!.trim() }
  // "Police officers at the scene on Sunday 11 September 2016Image source, Example Agency": a figure's alternative text with
  // its "Image source" label and credit glued on after it, as a broadcaster's figure comes out when scraped.
  const sourceGlued = line.includes('Image source') && wordCount(line) <= 60 ? /^(\S.{8,400}?[\p{L}\d.)])Image source\s*,\s*([^.!?,]{2,60})$/u.exec(line) : null
  if (sourceGlued) return { caption: sourceGlued[1]!.trim(), credit: sourceGlued[2]!.trim() }
  // "(Jane Roe | The Harbour Tribune) Senators debate a bill in the chamber on Monday.": the photographer's name and the
  // paper's set apart by a bar in brackets, opening the caption (as papers print them over a picture in the story). A
  // name of two to four capitalised words before the bar: a section's label ("(Video | 2:30)") is none.
  const barFirst = wordCount(line) <= 60 ? /^\((\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s\|\s\p{Lu}[^()|]{1,60})\)\s+(\p{Lu}.{10,})$/u.exec(line) : null
  if (barFirst) return { caption: barFirst[2]!.trim(), credit: barFirst[1]!.trim() }
  // "An artist's impression of the early galaxy might look likeExample Astronomy Productions": a caption without a full
  // stop, its credit glued on with no space, a word in lower case running into a capitalised name of two to five words.
  const gluedName = wordCount(line) <= 40 && !sentenceEnd.test(line) && !/["“”]/.test(line) ? /^(\p{Lu}.{10,300}?\s\p{Ll}{3,})(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}&.'’-]*){1,4})$/u.exec(line) : null
  if (gluedName) return { caption: gluedName[1]!, credit: gluedName[2]! }
  // "A ferry waits out the storm at the quay on Monday. ((Jane Roe/Example Press))": a caption with its credit in double
  // brackets, a name or an agency, as some sites print it under a picture (no story sentence closes on such brackets).
  const doubled = wordCount(line) <= 60 ? doubleBracketCredit.exec(line) : null
  if (doubled && !runsOnSentences(doubled[1]!)) return { caption: doubled[1]!.trim(), credit: doubled[2]!.trim() }
  const agencySourced = wordCount(line) <= 70 ? wireHandoutCredit.exec(line) ?? nameSiteCredit.exec(line) : null
  // (A sentence that reports someone's words closing on such brackets is the story's, signed by its writer.)
  if (agencySourced && !runsOnSentences(agencySourced[1]!) && !(/\)$/.test(line) && /\b(?:said|says|say|told|tells|according to|added|stated)\b/i.test(agencySourced[1]!))) return { caption: agencySourced[1]!.trim(), credit: agencySourced[2]!.trim() }
  const photo = photoCredit.exec(line)
  // A bracketed pair with a slash at the end of a paragraph ("… the border (EU/UK)") is not a credit: the slash alone is
  // one only after a photographer's name or on a short line.
  if (photo && !namedCredit.test(line) && !personSlash.test(photo[2]!.trim()) && wordCount(line) > 12) return null
  // "(photos from the meeting are on its website)": a credit from a place names it, "(Photo from Jane Roe's Facebook)".
  if (photo && /^\p{L}+s?\s*from\s+(?:the\s+)?\P{Lu}/u.test(photo[2]!.trim())) return null
  // A paragraph of several sentences that closes on its sources in brackets ("… over wages. (Sources: X and Reuters)") is
  // the story's, not a picture's caption: captions run to a sentence or two.
  if (photo && wordCount(line) > 60 && runsOnSentences(photo[1]!)) return null
  if (photo) return { caption: photo[1]!.trim(), credit: photo[2]!.trim() }
  // "… later this year. (HT photo)", "(Example Times file photo)": a caption closing on its source's name and the word
  // "photo" in brackets, after its full stop (a finished caption, a sentence or two of it).
  const sourcePhoto = wordCount(line) <= 60 ? ownPhotoCredit.exec(line) : null
  if (sourcePhoto && !runsOnSentences(sourcePhoto[1]!)) return { caption: sourcePhoto[1]!.trim(), credit: sourcePhoto[2]!.trim() }
  // "Soldiers sandbag a bridge JANE ROE / AFP": the photographer's name in capitals, a slash and the agency close a caption.
  const capitals = wordCount(line) <= 60 && !sentenceEnd.test(line) ? capitalsCredit.exec(line) : null
  if (capitals) return { caption: capitals[1]!.trim(), credit: capitals[2]!.trim() }
  // "Jane Roe, the minister. - File photo by Sam Lee", "- Photo courtesy Example": a credit after a dash.
  // "Jane Roe, the former commissioner. (Source: example.com)": a short caption that names where its picture came from.
  const sourced = wordCount(line) <= 15 ? /^(.+?[.!?]?)\s*\((?:source|credit)\s*:\s*([^()]{2,40})\)$/i.exec(line) : null
  if (sourced) return { caption: sourced[1]!.trim(), credit: sourced[2]!.trim() }
  const dashed = /(?:^|\s)[-–—]\s*(?:file\s+)?(?:photo|image|picture|pic)s?\s+(?:by|courtesy)\b/i.test(line) && wordCount(line) <= 40 ? dashCredit.exec(line) : null
  if (dashed) return { caption: dashed[1]!.trim(), credit: dashed[2]!.trim() }
  const slashed = wordCount(line) <= 80 ? slashCredit.exec(line) : null
  if (slashed) return { caption: slashed[1]!.trim(), credit: slashed[2]!.trim() }
  const barred = wordCount(line) <= 80 ? barCredit.exec(line) : null
  if (barred) return { caption: barred[1]!.trim(), credit: barred[2]!.trim() }
  // "Lobbyists wait at the chamber's doors. Photos on this page courtesy of the Example Star/Jane Roe.": a finished caption,
  // then its credit as a sentence of its own, the picture's word and "courtesy (of)" and the source (the pictures "on this
  // page" or "above" when one credit serves them all).
  const courtesy = /courtesy/i.test(line) && wordCount(line) <= 60 ? courtesyTail.exec(line) : null
  if (courtesy && !runsOnSentences(courtesy[1]!)) return { caption: courtesy[1]!.trim(), credit: courtesy[2]!.trim() }
  const trailing = trailingCredit.exec(line)
  if (trailing && wordCount(line) <= 80) return { caption: trailing[1]!.replace(/\s*\|$/, '').trim(), credit: trailing[2]!.trim() }
  const stock = sentenceEnd.test(line) ? null : stockCredit.exec(line)
  if (stock && wordCount(line) <= 40) return stock[1] !== undefined ? { caption: stock[1].trim(), credit: line.slice(0, line.length - stock[1].length).trim() } : { caption: '', credit: line }
  if (creditLine.test(line) && wordCount(line) <= 30) return { caption: '', credit: line }
  // "Courtesy CTV News", "Courtesy of the Harbour Museum", "Courtesy: Jane Roe": a picture's credit alone, the source's
  // name after the word (a name's capitalised words, no sentence after it).
  if (courtesyCredit.test(line)) return { caption: '', credit: line }
  // "Two cars collided on the highway at Bass Hill. (9News)", "… at the quay on Monday. (Supplied)", "… (Example Gazette)":
  // a one-sentence caption closing on its source's name in brackets after the full stop, an outlet's name in any form.
  const outlet = wordCount(line) <= 40 && !/["“”]/.test(line) ? outletCredit.exec(line) : null
  // (A sentence that reports someone's words, "… the police said. (Harbour Post)", is the story's, signed by its source.)
  // (A name set all in capitals, "(KXYZ-TV)", "(CNA)", is a station's or agency's initials signing the paragraph as often
  // as a picture's credit: the agencies that credit pictures so are named in `photoCredit`.)
  if (outlet && /\p{Ll}/u.test(outlet[2]!) && !runsOnSentences(outlet[1]!) && !bracketLabel.test(outlet[2]!) && !/\b(?:said|says|say|told|tells|according to|added|stated|announced|reported)\b/i.test(outlet[1]!)) return { caption: outlet[1]!.trim(), credit: outlet[2]!.trim() }
  const caption = captionLine.exec(line)
  if (caption) return { caption: caption[1]!, credit: null }
  if (nameAgencyCredit.test(line) && wordCount(line) <= 8) return { caption: '', credit: line }
  const agencyFirst = wordCount(line) <= 60 && line.includes('/') ? agencyFirstCredit.exec(line) : null
  if (agencyFirst) return { caption: agencyFirst[1]?.trim() ?? '', credit: agencyFirst[2]! }
  const personFirst = wordCount(line) <= 60 && line.includes('/') && !/["“”]/.test(line) ? personFirstCredit.exec(line) : null
  // (A closing paragraph of three sentences or more signed off with the writer's name and the paper's initials, "… were
  // granted. Jane Roe/EXN", is the story's: captions run to a sentence or two.)
  if (personFirst && !(/\/\s?\p{Lu}{2,6}$/u.test(line) && runsOnSentences(personFirst[1]!))) return { caption: personFirst[1]!.trim(), credit: personFirst[2]! }
  const gluedPerson = wordCount(line) <= 60 && line.includes('/') && !/["“”]/.test(line) ? gluedPersonCredit.exec(line) : null
  if (gluedPerson) return { caption: gluedPerson[1]!.trim(), credit: gluedPerson[2]! }
  // "… Shahriar AlamUNB file photo": an agency's initials and "file photo" run onto the end of a caption.
  const glued = wordCount(line) <= 40 && / (?:file )?photo$/.test(line) ? gluedAgencyCredit.exec(line) : null
  if (glued) return { caption: glued[1]!.trim(), credit: glued[2]! }
  // "Five officers faced charges for five years. File picture": a finished sentence, then the picture's bare label ("File
  // picture", "Stock image") with no name after it, closes a caption.
  // "A file photo of the harbour office.": a picture described as such, with no verb of its own, is its caption.
  if (pictureOf.test(line) && wordCount(line) <= 20 && !finiteVerb.test(line.replace(pictureOf, ''))) return { caption: line, credit: null }
  // "This file photo shows the entrance to the ministry.", "This handout picture released by the navy shows …": a caption
  // in a wire's words, the picture saying what it shows. (Not a video's, nor one "circulating" or "posted" that a story
  // reports on, nor a sentence that names its source.)
  if (picturesShows.test(line) && wordCount(line) <= 45 && !/\b(?:said|says|according|circulat\w*|posted|shared|viral)\b/i.test(line)) return { caption: line, credit: null }
  const fileOf = fileOfCredit.exec(line)
  if (fileOf) return { caption: fileOf[1]!.trim(), credit: fileOf[2]! }
  const labelled = wordCount(line) <= 60 ? fileLabelCredit.exec(line) ?? photoByCredit.exec(line) ?? copyrightCredit.exec(line) : null
  if (labelled) return { caption: labelled[1]!.trim(), credit: labelled[2]!.trim() }
  const agency = wordCount(line) <= 60 && /(?:Photo|PHOTO|Pic|Image)s?\.?$|[Cc]redit\s*:/.test(line) ? agencyPhotoCredit.exec(line) : null
  if (agency && !/["“”]/.test(line)) return { caption: agency[1]!.trim(), credit: (agency[2] ? `${agency[2]} Photo` : agency[3]!).trim() }
  return null
}
