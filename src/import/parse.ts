import { defaultReadAlsoPrefixes, matchReadAlso as matchReadAlsoLine } from '../readAlso/prefixes'
import { escapeRegExp, looseLiteral } from '../text'
import { agencyName, type Author, authorKind, deskWords, jobTitle, oneWordDesks, paperAfterName, parseByline, parseCreditsLine } from './byline'
import { type ChromeRule, chromeRuleFinder, cutFurnitureLabel, defaultChromeRules, publicationNote } from './chrome'
import { findDate, sameDayAt } from './dates'
import { affiliation, agencyCredit, agencyNames, authorBio, bracketedName, bracketSignOff, callLetters, cardBio, citesOwnAgency, contactLine, contributorBio, dashedNewsroom, deskLabel, deskName, initialsPaperSignOff, institutionWords, documentKind, labelledSourceCredit, namedAgencySignOff, officeHolders, officeTitle, officeWord, personSlashSignOff, publicBody, roleFirstBio, sectionWords, signingAgencies, signOff, siteOwnName, siteStaff, spelledAsPrinted, sourceWithAddress, writerBio, writerIntro } from './parse/bylines'
import { agencyCaption, participleDateCaption, bracketCredit, bracketedSourceOnly, commaDateCaption, creditLine, inPicture, picturedAside, mapCaption, namedParticipleCaption, participleCaption, portraitCaption, relativeCaption, sceneEnd, retouchedCaptionPair, sceneVerb, shortParticipleCaption, splitCaption } from './parse/captions'
import { attribution, citedSources, contributionCredit, creditedName, labelledUrl, nearSourceLabel, reportedSource, sourceIdLine, urlLine } from './parse/citations'
import { agencyDateline, agencySlashDateline, colonDateline, datelineAlone, datelineCredit, datelineCredits, datelineDesk, datelineLede, datelineOf, datelinePattern, datelineStamp, openDateline, placeDayDateline, titleCaseDateline, upcomingDay } from './parse/datelines'
import { bylineShaped, closeMark, gluedKey, commentPrompt, sceneCaption, deskByline, stampRest, wireLede, creditedCaption, dateLabelRest, listHeading, pictureCredit, endsOnWordsOf, phoneOnly, skipLinks, kicker, namedCaption, namedInParagraphs, networkWord, posterLine, shareLabel, siteSuffix, siteWords, summaryLabel as summaryLabelLine, titleUnderLabel, digestCrosshead, titleWithGluedName, titleWordList, titleWordsOf, withoutSiteSuffix, neverTitle, standingColumn } from './parse/headline'
import { allCapsRow, bareReadLink, bullet, gluedLabelTitle, bulletOrStar, factLine, fileName, leadingPictographs, type Line, lineKey, otherScriptLines, promo, spacedReadLink, splitLines, takeCrawlHeader } from './parse/lines'
import { dateLabelLine, type Meta, metaLine, postedByAt, postedOverTitle, postFooter, readTime, relativeAge, sectionName, storyStampFirst, titleBar, updateTimeAlone } from './parse/meta'
import { capitalsOpening, contentWords, weekdayName, remembered, wordsBack, cutTeaser, emptyLabel, finiteVerb, hasClock, isBodyLike, isSentence, labelShape, leadIn, nameShape, openEnd, paraphrases, runsOnSentences, sentenceEnd, signedOffSentence, takenUpAgain, titleCaseLine, topicStems, withoutAbbreviations, wordCount } from './parse/words'

export { learnBatchChrome } from './parse/batch'
export { attributions } from './parse/citations'
export { lineKey } from './parse/lines'

export type KnownSource = { aliases?: null | string[]; name: string }

export type Confidence = 'high' | 'low' | 'medium' | 'none'

export type ParsedStory = {
  authors: Author[]
  /** The page's own address when it prints one (a bare URL line, "Source: https://…"). */
  canonicalUrl: null | string
  /** How sure the parser is of each field: what evidence it had. */
  confidence: { authors: Confidence; date: Confidence; headline: Confidence }
  dateline: null | string
  /** The zone the page's date was printed in, or the one assumed ("Europe/Kyiv", "UTC (assumed)"). */
  dateZone: null | string
  /** Lines left out of the story, each with the reason. */
  dropped: { line: string; reason: string }[]
  headline: string
  hero: null | { caption: string; credit: null | string }
  /** The "Updated" time when the page prints one besides the publication time. */
  modifiedAt: null | string
  /**
   * Read-also lines printed under the story's last paragraph, prefix and title as printed ("Read also: …"): the last
   * entries of `paragraphs` (the article's closing Read-also block), after the story's prose. Absent when there are none.
   */
  closingReadAlso?: string[]
  /** The page's text breaks off in its last paragraph (kept as far as the page goes): an editor should complete it. */
  endsCutOff?: boolean
  /** Body paragraphs in order, Read-also lines included (the article turns them into blocks). */
  paragraphs: string[]
  publishedAt: null | string
  readAlso: string[]
  /** A source id the page prints ("Article ID: AEN2023…"). */
  sourceId: null | string
  /** Known sources the story cites, by their canonical name. */
  sources: string[]
  /** The summary printed between the headline and the byline, when there is one. */
  standfirst: null | string
  /** The date a page store stamped on the page ("date 2021-08-11" on its first line): a low-confidence hint, never publishedAt. */
  storeDateHint: null | string
  /** Attributions to names that match no known source, for an editor to add. */
  suggestedSources: string[]
}

export type ParseOptions = {
  /** Lines that recur across the batch (see learnBatchChrome), by line key, with how many pages carry them. */
  batchChrome?: Map<string, number>
  batchSize?: number
  chromeRules?: ChromeRule[]
  knownSources?: KnownSource[]
  readAlsoPrefixes?: string[]
  /** The zone dates without one are read in (an IANA name such as "Europe/Kyiv"); UTC when unset. */
  timeZone?: string
}

export class StoryParseError extends Error {}

/** A social network's credit under a post embedded in the page: "Posted by Example Radio on Tuesday, March 4, 2025". */
const embeddedPostCredit = /^Posted by\s+\p{Lu}[\p{L}\d&'’.-]*(?:\s+[\p{L}\d&'’.-]+){0,6}\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}$/u
/** A writer's bio with the role set as the site sets it, any case: "Jane Roe is a Journalist who …", "Jane Roe is a Senior Reporter at …", "John Doe is a freelance writer based in …". */
const roleBio = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})\s+(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:[Jj]ournalist|[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Cc]ontributor|[Bb]logger|[Pp]hotojournalist|[Ff]reelancer|[Bb]roadcaster|[Aa]uthor)s?\b(?=\s+(?:who|at|for|with|based|and|covering|on|of|in|from)\b|\s*[,.;])/u

/**
 * "Click here for an update: “<title>”", "[ANALYSIS] <title>": a link to another story between paragraphs with a label of
 * its own, no Read-also prefix (see readStory).
 */
const linkOutsideLabel = /^(?:(?:[Cc]lick|[Tt]ap) here (?:for|to (?:read|see))(?: (?:an|the|our|more on|more about))? ?(?:update|more|earlier (?:story|report)|full story|related story|background|story)?\s*:|\[(?:ANALYSIS|WATCH|VIDEO|READ|LISTEN|OPINION|INTERVIEW|EXPLAINER|FEATURE|PHOTOS|UPDATE|EDITORIAL|COMMENT|REVIEW|PODCAST)\])\s*["“‘']?(\p{Lu}[^"“”]{10,160}?)["”’']?$/u
/** The Read-also label patterns of each set of prefixes (see the teaser check in `readStory`). */
const readAlsoPatterns = new Map<string, readonly [RegExp, RegExp]>()

/** The text of a line set whole in brackets ("[ Also Read: Title ]", "(Read more: Title)"), or null. */
const bracketedLink = (line: string) => /^(?:\[\s*([^\[\]]+?)\s*\]|\(\s*([^()]+?)\s*\))$/u.exec(line.trim())?.slice(1).find(Boolean) ?? null

/** Tokens a date line carries besides its figures and names: a time's half of the day, its zone, a small word. */
const stampWord = /^(?:[ap]\.?m\.?|at|on|the|of|de|del|um|à|le|el|gmt|utc|ist|bst|cet|cest|est|edt|pst|pdt)$/i
/**
 * A date's label and a date alone on a line, however the date is set ("Posted on Aug 25 ,10:29", "Updated: 25 Aug, 10h29",
 * "Published 3 May 2024"): the label opens it, then figures and at most two words (a month's or a day's name), with a
 * time or a year among them. A note with words of its own ("Updated at 10:29 with the minister's reply") is no stamp.
 */
const dateStampLine = (text: string) => {
  const label = dateLabelLine.exec(text)
  if (!label || sentenceEnd.test(text) || wordCount(text) > 10) return false
  const tokens = text.slice(label[0].length).split(/[\s,|/]+/).filter((token) => token.replace(/[.,;-]/g, '') !== '')
  const figures = tokens.filter((token) => /^\d/u.test(token))
  const names = tokens.filter((token) => /^\p{L}+\.?$/u.test(token) && !stampWord.test(token))
  const small = tokens.filter((token) => stampWord.test(token))
  return tokens.length === figures.length + names.length + small.length && names.length <= 2 && figures.every((token) => /^\d{1,4}(?:st|nd|rd|th|[:.h]\d{2}(?:[:.]\d{2})?(?:[ap]m)?)?[.,]?$/iu.test(token)) && figures.some((token) => /\d[:.h]\d{2}|^(?:19|20)\d{2}(?!\d)/u.test(token))
}

/**
 * A summary that speaks of the piece it heads, not of the news: someone "gives us a tour of", "takes us through", "walks
 * us through" (the reader, the site), or "we look at", "this article explores" (and the same in a few other languages).
 * One sentence of forty words at most, no quote marks.
 */
const aboutThePiece = (text: string) =>
  wordCount(text) <= 40 &&
  isSentence(text) &&
  !/["“”]/.test(text) &&
  !/[.!?]["”’]?\s+\p{Lu}/u.test(withoutAbbreviations(text)) &&
  /\bgives\s+us\s+(?:a|an|her|his|their)\s+(?:[\p{L}-]+\s+){0,2}(?:tour|look|glimpse|guide|rundown|taste|insight|peek|run-through|account|history)\b|\b(?:takes|walks|guides|shows)\s+us\s+(?:on|through|inside|behind|around|back|into)\b|\b(?:we|this (?:article|piece|feature|report|story|essay|guide))\s+(?:look|looks|explore|explores|examine|examines|take a look|takes a look|investigate|investigates)\s+(?:at|into|whether|why|how|what)\b|\bnos\s+(?:cuenta|muestra|lleva|explica|conta|mostra|leva|explica)\b|\bnous\s+(?:raconte|explique|emmène|présente|fait découvrir)\b|\b(?:erzählt|zeigt|erklärt)\s+uns\b/iu.test(text)

/** Words of a link's label in other languages ("LIRE AUSSI", "LEER MÁS", "MEHR ZUM THEMA"), no one's name. */
const foreignLinkWord = /^(?:lire|leer|leia|ler|leggi|lesen|lees|mehr|plus|más|mais|aussi|también|também|anche|auch|ook|voir|ver|veja|vedi|siehe|zum|thema|relacionad[oa]s?|correlat[ei]|articles?|artículos?|artigos?|notícias|noticias|nachrichten|actualités)$/iu

/**
 * Reads a story in the scraped-text shape: headline, byline and date, hero caption, body paragraphs with inline
 * "Read also" lines, and the sources it cites, dropping site chrome and saying why. The headline is chosen by
 * evidence (repeated on the page, right above the byline or date, shaped like a title, not recurring across the
 * batch), not by position. Pure: no database.
 */
export function parseStory(text: string, options: ParseOptions = {}): ParsedStory {
  return readStory(text, options, false)
}

/**
 * Stands in for the title a page does not print (see untitledProse): set over the story's first lines, it is taken as
 * the headline whatever its score, so that the header and the body are read as under a title, and then blanked.
 */
/**
 * A web address ("www.example.com", "example.co.uk", "https://example.com/"): credited as the source in the header, where
 * an outlet that lent its copy is named ("Source: K7", "Source: GNA"), it is the site's own address, no desk.
 */
const webAddress = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}\/?$/iu
/** A wire agency's own name, bare or in brackets ("AFP", "(Xinhua)", "Associated Press", "Example News Agency"). */
const wireAgency = (text: string) => {
  const name = text.trim().replace(/^\(\s*(.*?)\s*\)$/u, '$1')
  return oneWordDesks.test(name) || /^(?:The\s+)?(?:Associated Press|Agence France-Presse|Press Association|Canadian Press|Press Trust of India|\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?\s+(?:News\s+|Press\s+)?Agency)$/u.test(name)
}
const untitledMark = '\uE000untitled\uE000'

/** A banner's label of one to four capitalised words and a colon, then its text: "Island Radio Awards: Example FM …". */
const bannerLabel = /^\p{Lu}[\p{L}\d&'’.-]*(?:\s+[\p{Lu}\d&][\p{L}\d&'’.-]*){0,3}:\s+[\p{Lu}\d"“‘]/u

/** A line opening on a verb in lower case: "posted results …", "rose 7% …", "was sold …". */
const verbFirst = new RegExp(`^(?:${finiteVerb.source})\\s`, 'u')

/** "Varholm –", "Port Alder, Ostland —": a dateline's place in title case (a word or three) and its dash, alone on a line. */
const placeDash = /^\p{Lu}\p{Ll}[\p{L}'’.]+(?:,?\s\p{Lu}[\p{L}'’.]+){0,2}\s+[–—-]{1,2}$/u

/**
 * Whether the line the headline's evidence settled on is a paragraph of the story, no title: a page whose stored text
 * opens with the story's prose (its title cut off above it, or never printed) has no headline to give. A finished
 * sentence of twelve words or more not in title case (not right over a byline or date), two sentences, a line of more than forty words, or a sentence's tail cut off at the
 * top of the text (six words or more opening in lower case). A title asking a question or closing on "!" is a title.
 */
/** A wire's credit and the place it filed from, alone on a line: "Reuters, Port Alder, Ostland", "AFP, Selvik". */
const agencyFiled = (text: string) => {
  const parts = text.split(/,\s+/)
  return parts.length >= 2 && parts.length <= 4 && oneWordDesks.test(parts[0]!) && parts.slice(1).every((part) => /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(part))
}

/** A site's link to more of its stories: "More on Example Online", "More from The Example Times". */
const siteMoreLink = /^(?:More|Read more|See more)\s+(?:on|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*){0,2}$/u

/** A summary's report of what was said: "also said that", "told reporters that". */
const reportedSpeech = /\b(?:said|says|told\s+\p{L}+|added|stated)\s+that\b|\balso\s+(?:said|says|told|added)\b/u

/** A dash and a space opening a line, then a word: "– Port cops say on alert", "— and the board says no", "- Minister". */
const dashOpened = /^[–—-]{1,2}\s+[\p{L}\d"“‘]/u

/** The marks a page sets before a list's items ("• ", "· ", "▪ ", "◦ "): a line opening on one, and one item's mark before its words. */
const listItemMark = /^[•·▪◦]/u
const listItem = /^[•·▪◦]\s+\S/u
const itemMarkBeforeWords = /^[•·▪◦]\s+(?=[\p{L}\d"“‘'])/u

/** A weekday at most, the day and the month in either order, and the year, a comma after any of them: a date alone. */
const commaDateBar = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)|(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?),?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d{2}$/

/** A lede opening on its day: the month's name (a weekday before it or none), the day and the year ("Friday, March 29, 2024"). */
const datedLedeStart = new RegExp(String.raw`^(?:${weekdayName},?\s+)?\p{Lu}\p{Ll}{2,8}\.?\s+\d`, 'u')
/** …then the outlet's initials in brackets or none, and a dash before the lede's first word ("May 10, 2018 (EBN) - The …"). */
const datedLede = new RegExp(String.raw`^((?:${weekdayName},?\s+)?\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*(?:\(\p{Lu}[^)]{0,39}\))?\s*[-–—]{1,2}\s+\p{Lu}`, 'u')

/**
 * Words no one is named by, that a site's links and boxes ("Contact Us", "Advertise Here", "Print Friendly", "Weather
 * Alerts") or a street's name ("Marine Drive") are made of: a line of them closing a page signs no one.
 */
const unnamingWord = /^(?:contact|advertise|advertising|print|printable|friendly|share|follow|subscribe|subscription|donate|support|download|watch|listen|join|sign|login|register|email|e-mail|alerts?|gallery|galleries|videos?|photos?|podcasts?|newsletters?|weather|traffic|obituaries|classifieds|jobs|events|calendar|drive|street|road|avenue|lane|boulevard|square|here|now|today|online|home|page|privacy|policy|terms|cookies?|settings|accessibility|feedback|archives?|search|menu|comments?|reply|tips|corrections|team|staff|careers|store|edition|digital|mobile|apps?|radio|stream|forecast|lottery|horoscopes?|puzzles?|games|deals|coupons|marketplace|directory|submit|upload|report|feed|rss|links?|sitemap|help|faq|services?)$/i

/** A subject of a few words in lower case after its article, then a verb in the past: "The county board approved …", "A man was …". */
const articlePast = /^(?:The|A|An)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:was|were|had|\p{Ll}{3,}ed)\s/u
/** A sentence's close on who said it in the past tense, after a comma: ", police said.", ", the board's chairman told reporters on Monday." */
const saidClose = /,["”’]?\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:said|told\s+(?:reporters|journalists|the\s+\p{L}+)|announced|confirmed|reported)(?:\s+(?:on|in|at|late|early)\s+[\p{L}\d ,]{1,30})?\.["”’]?$/u

function untitledProse(line: string, overMeta: boolean, under: string | undefined, timeZone: string | undefined): 'date line' | 'photo caption' | 'title fragment' | boolean {
  // A picture's cell left over from the page's markup ("Former President Jane Roe |") holds its caption, no title.
  if (/\s\|$/.test(line)) return 'photo caption'
  // A greeting to the reader opening the story ("Welcome to a new sitting day in the Harbour Assembly!", "Good morning and
  // welcome to our coverage of the count."): the story's first words, its title not printed.
  if (under && isSentence(under) && wordCount(line) >= 8 && /[.!]$/.test(line) && /^(?:(?:good\s+(?:morning|afternoon|evening)|hello)(?:,?\s+and)?,?\s+)?welcome\s+(?:back\s+)?to\s+(?:a|an|our|this|another|today['’]s|the)\s/i.test(line)) return true
  // …and so does one closing on its credit over the story ("… members - press photo", "… in Port Alder. [Jane Roe,
  // Example Gazette]").
  if (creditedCaption(line) && under && isSentence(under)) return 'photo caption'
  // …and so does a caption telling the picture's scene, no verb of its own ("The presidential plane after landing in Port
  // Alder"), over the story.
  if (sceneCaption(line) && under && isSentence(under)) return 'photo caption'
  // The story's first paragraph opening on its wire dateline ("PORT ALDER, 3 May 2024 (EXA) -- The council …"): the
  // title is not on the page, however much of it the next paragraph takes up.
  if (wireLede(line)) return true
  // A line opening on a dash ("– Port cops say on alert", "— and the board says no"): the tail of a title or its deck
  // cut off from what came before it, never a title of its own.
  if (dashOpened.test(line)) return 'title fragment'
  // A header's date line the rules do not read ("Latest update February 18th, 2025 1:40 PM"): a label of two words at
  // most and the date.
  const date = findDate(line, timeZone)
  // (…and so is a site's date bar set with a comma after each part, which no date rule reads: "Thursday, 09, May, 2024".)
  if (!date && commaDateBar.test(line)) return 'date line'
  if (date && wordCount(`${line.slice(0, date.start)} ${line.slice(date.end)}`.replace(/\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?/gi, '')) <= 2) return 'date line'
  // (…and so is a day's or an issue's page label with its date: "Business News of Thursday, 24 November 2022", "March
  // 28, 2013 | Vol. 116 -- No. 49".)
  if (date && wordCount(line) <= 14 && dateLabelRest(`${line.slice(0, date.start)} ${line.slice(date.end)}`)) return 'date line'
  // (…and so is a stamp of a date among labels and figures: "Updated: 3 May 2024 Credibility: 85%".)
  if (date && stampRest(`${line.slice(0, date.start)} ${line.slice(date.end)}`)) return 'date line'
  // A sentence closing on a credit after a dash is a picture's caption: "… on the river bank. — Example Wire".
  const credited = /[.!?]["”’)]*\s+[-–—]\s*\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$/u.test(line)
  if (credited && wordCount(line) >= 8) return 'photo caption'
  const text = line
  // A summary sentence copied word for word from the paragraph under it, a label before it at most ("Vote 2031: The oath
  // was taken at the town hall before the council."), is the page's summary, no title.
  if (under && /[.!]["”’)]*$/u.test(line) && ((copied) => wordCount(copied) >= 8 && under.includes(copied))(line.replace(/^[^:.!?]{3,60}:\s+/, ''))) return true
  // A title that the first paragraph says again in words of its own ("Programme launched in the east." over "The programme
  // has been launched in the east …") is the title, full stop and all.
  if (under && paraphrases(text, under)) return false
  const words = wordCount(text)
  if (words > 40) return true
  // (A sentence's tail cut off at the top opens in lower case; a title right over its byline or date may too, "x7k2
  // Harbour story …", "iPhone sales …".)
  if (/^\p{Ll}/u.test(text) && words >= 6 && !/^(?:e|i)\p{Lu}/u.test(text) && !overMeta) return true
  // A finished sentence closing on who said it in the past tense after a comma ("A landslide closed the coast road on
  // Tuesday, police said.", "…, the council said on Monday."), not right over a byline or date: a reporter's sentence, the
  // story's first; a title tells it in the present ("…, police say").
  if (!overMeta && words >= 6 && !titleCaseLine(text) && saidClose.test(text)) return true
  // So is one of eight words or more opening on an article and telling in the past, with a verb of its own after its
  // subject ("The county planning board approved the expansion of the quarry.", "A man was arrested at the quay."): a
  // title drops its articles and tells in the present ("Board approves quarry expansion", "Man arrested at quay").
  // (Both are one sentence closing on a full stop after a word, not in title case.)
  const oneSentence = () => /\p{L}\.["”’]?$/u.test(text) && !titleCaseLine(text) && !/[.!?]["”’)]*\s/u.test(withoutAbbreviations(text))
  if (!overMeta && words >= 8 && /^(?:The|A|An)\s/u.test(text) && oneSentence() && articlePast.test(text)) return true
  // So is one of eight words or more made of two clauses, each with a verb of its own, joined by a comma and "and", "but"
  // or "yet" ("The river is rising, and the town is not ready."): a reporter's or columnist's sentence; a title joins its
  // parts with a comma or a semicolon alone, and drops its full stop.
  const clauses = /^(.+?),\s+(?:and|but|yet)\s+(.+)$/u.exec(text)
  const ownVerb = (clause: string) => finiteVerb.test(clause) || /\b\p{Ll}+n['’]t\b/u.test(clause)
  if (!overMeta && clauses && words >= 8 && oneSentence() && wordCount(clauses[1]!) >= 3 && wordCount(clauses[2]!) >= 3 && ownVerb(clauses[1]!) && ownVerb(clauses[2]!)) return true
  // (…and one in title case, "Plan Passed; Assembly Is Tense Today.", is a title whatever closes it.)
  if (!/[.…]["”’'»)]*$/u.test(text) || titleCaseLine(text)) return false
  const sentences = words >= 8 && /[.!?]["”’)]*\s+["“‘]?\p{Lu}/u.test(withoutAbbreviations(text))
  // (Right over the byline or the date, one long sentence may still be a title closed by a full stop.)
  return sentences || (words >= 12 && !overMeta)
}

/**
 * How a page without a title is read again: with `untitledMark` over its story, and the line the first reading took for
 * the title dropped when it was a picture's caption or a date line.
 */
type Untitled = false | { drop: null | { line: string; reason: string } }

/** Whether a page's text is as long as a page store keeps of a page (about its first 2,000 characters, counted in bytes). */
const cutAtStoreLimit = (text: string) => text.length >= 600 && text.length <= 2000 && ((bytes) => bytes >= 1900 && bytes <= 2000)(new TextEncoder().encode(text).length)

/** A letter's greeting to the site's readers alone on its line ("Dear Reader,", "Chers lecteurs,", "Liebe Leserinnen und Leser,"). */
const readerSalutation = /^(?:(?:my\s+)?dear|hello|hi)\s+(?:(?:valued|loyal|faithful|fellow)\s+(?:and\s+loyal\s+)?)?(?:readers?|subscribers?|members?|supporters?|listeners?|viewers?)\s*[,:!]?$|^(?:cher|chère|chers|chères)\s+(?:lect(?:eur|rice)s?|abonné(?:e|s|es)?)\s*[,:!]?$|^(?:liebe|lieber)\s+leser(?:in|innen)?(?:\s+und\s+(?:leser|leserinnen))?\s*[,:!]?$|^(?:querid[oa]s?|estimad[oa]s?)\s+(?:lector(?:a|es|as)?|suscriptor(?:a|es|as)?)\s*[,:!]?$|^(?:caro|cara|cari|care)\s+(?:lettor[ei]|lettrici)\s*[,:!]?$/iu
/** A letter's sign-off alone on its line ("Thank you,", "Sincerely,", "Best regards,", "Merci,", "Atentamente,"). */
const letterSignOff = /^(?:thank you(?: for (?:your support|reading))?|thanks|many thanks|sincerely|yours(?: sincerely| truly| faithfully)?|(?:best |warm |kind |warmest )?regards|best wishes|with gratitude|merci|cordialement|danke|mit freundlichen grüßen|herzliche grüße|gracias|atentamente|saludos|grazie|cordiali saluti)\s*[,.!]?$/iu
/** What a letter to the readers asks of them: to pay, subscribe, support or join. */
const letterAppeal = /\b(?:subscri\w*|support\w*|partner|donat\w*|contribut\w*|paywall|membership|premium|per month|a month|abonn\w*|suscri\w*|abonnier\w*)\b|[$£€]\s?\d/i

/** A line that brings in a list ("The new rules are as follows.", "These are the changes:"). */
const listIntro = /[:]\s*$|\b(?:as follows|the following|include|includes|including|these are|here are|below)\b/i
/**
 * Whether the story's first paragraph is a standfirst told again further down: one sentence of forty words at most over a
 * lede of a dozen words or more, and two in three of its words (six or more) in one later paragraph
 * that quotes no one.
 */
function restatedStandfirst(first: string, lede: string, later: readonly string[]): boolean {
  if (wordCount(first) > 40 || wordCount(lede) < 12 || !isSentence(first) || /[.!?]["”’]?\s+\p{Lu}/u.test(withoutAbbreviations(first)) || !isSentence(lede)) return false
  const said = contentWords(first)
  if (said.size < 6) return false
  return later.some((text) => {
    // (A statement quoted further down that the lede had put in the reporter's words is no standfirst's repeat.)
    if (/["“”]|\b(?:said|says|told|according)\b/.test(text)) return false
    return wordsBack(said, text) >= 2 / 3
  })
}
/** A wire agency's name after a title's dash ("… says minister – Bernama"; see readStory). */
const titleAgencySuffix = new RegExp(String.raw`\s[–—-]\s*(${oneWordDesks.source.replace(/^\^\(|\)\$$/g, '')})\s*$`, 'i')

function readStory(text: string, options: ParseOptions, untitled: Untitled): ParsedStory {
  const rules = options.chromeRules ?? defaultChromeRules
  const findRule = chromeRuleFinder(rules)
  const batch = options.batchChrome ?? new Map<string, number>()
  const readAlsoCache = new Map<string, null | string>()
  const matchReadAlso = (line: string, prefixes?: string[]) => {
    // "READ | Title": a bare "READ" in capitals and a bar, as some sites print their links between paragraphs. ("See also
    // Title": the opener and the link's title with no mark between.)
    // ("[ Also Read: Title ]", "(Read more: Title)": the link in the brackets a site sets it in between paragraphs.)
    if (!readAlsoCache.has(line)) readAlsoCache.set(line, matchReadAlsoLine(line, prefixes) ?? bareReadLink.exec(line)?.[1] ?? spacedReadLink.exec(line)?.[1] ?? gluedLabelTitle(line) ?? ((inner) => (inner ? matchReadAlsoLine(inner, prefixes) : null))(bracketedLink(line)) ?? null)
    return readAlsoCache.get(line)!
  }
  const rawLines = text.replace(/\r\n?/g, '\n').split(/\n/)
  // The page's text stops where the page store stopped keeping it (counted on the page as stored: without the mark a page
  // with no title is read again under).
  const storeCut = cutAtStoreLimit(untitled ? text.replace(`${untitledMark}\n`, '') : text)
  // A scraper's header on the first lines (the date the page was fetched, its address) is set apart from the text.
  const { date: headerDate, text: storeHeader, url: headerUrl } = takeCrawlHeader(rawLines, options.timeZone)
  const lines: Line[] = splitLines(rawLines, options.timeZone)
    .map(({ blankBefore, blanks, from, line }) => {
      // (A line is the same line with an emoji set before it: "🚨 <title>" under "<title>" is the title again.)
      const key = lineKey(line.replace(leadingPictographs, ''))
      const guarded = /["“”]/.test(line) && attribution.test(line)
      const rule = guarded ? undefined : findRule(line)
      const recurring = batch.get(key)
      const chrome = rule
        ? { endsStory: rule.endsStory, list: rule.list, reason: rule.reason }
        : recurring && !matchReadAlso(line, options.readAlsoPrefixes)
          ? { reason: `recurs on ${recurring} of ${options.batchSize ?? recurring} pages of the batch` }
          : undefined
      return { blankBefore, blanks, chrome, from, key, meta: chrome ? null : metaLine(line, options.timeZone), text: line } as Line
    })
  // An audio player's link to a summary names the service ("Read a summary of this article on BRIEF."), its button under
  // it printing the name alone ("BRIEF"): the player's too.
  for (const [at, line] of lines.entries()) {
    const service = line.chrome ? /^read a (?:summary|short version|recap) of this (?:article|story) on (.+?)\.?$/i.exec(line.text)?.[1] : undefined
    const next = lines[at + 1]
    if (service && next && !next.chrome && !next.blankBefore && next.text.trim() === service) {
      next.chrome = { reason: 'audio player note' }
      next.meta = null
    }
  }
  // A box's heading that the box's own prompt names again under it ("QLD weather news" over "Don't miss out on the
  // headlines from QLD weather news. Followed categories will be added to My News."): the box's, as its prompt is.
  for (const [at, line] of lines.entries()) {
    const next = lines[at + 1]
    if (line.chrome || line.meta || !next?.chrome || !/prompt|promo/.test(next.chrome.reason) || wordCount(line.text) > 5 || line.text.length < 4 || sentenceEnd.test(line.text)) continue
    if (next.text.toLowerCase().includes(line.text.toLowerCase()) && next.text.length > line.text.length + 20) line.chrome = { reason: `${next.chrome.reason} heading` }
  }
  // (A picture's caption or a date line the first reading took for the title, on a page printing none.)
  if (untitled && untitled.drop) for (const line of lines) if (line.text === untitled.drop.line && !line.chrome) line.chrome = { reason: untitled.drop.reason }
  // An archive's notice that the story is old has its cry for a heading over it, a few words ending on "!" ("Hey there,
  // time traveller!", "Heads up!", "Blast from the past!"): the notice's box, not the story's.
  lines.forEach((line, index) => {
    const above = lines[index - 1]
    if ((line.chrome?.reason !== 'old article notice' && line.chrome?.reason !== 'archive notice') || !above || above.chrome || above.meta) return
    if (wordCount(above.text) <= 6 && /!$/.test(above.text) && !/["“”‘’]/.test(above.text)) above.chrome = { reason: 'old article notice' }
  })
  // "By Jane Roe" / "Example News Service": a signed person's byline, then on the very next line (no blank line between)
  // the name of the service or paper the writer works for, a desk's own name and nothing else: the byline goes on there,
  // and the desk signs beside the person. (A role under the name, "Staff Writer", is the writer's, no desk.)
  lines.forEach((line, index) => {
    const above = lines[index - 1]
    if (line.chrome || line.blankBefore || !line.meta?.authors || line.meta.dates.length > 0 || line.meta.authors.length !== 1 || line.meta.authors[0]!.kind !== 'desk' || !deskWords.test(line.meta.authors[0]!.name) || jobTitle.test(line.meta.authors[0]!.name) || /^(?:staff|team|desk|newsroom)$/i.test(line.meta.authors[0]!.name)) return
    if (!above || above.chrome || !above.meta?.authors || above.meta.unsigned || above.meta.dates.length > 0 || !/^by\s/i.test(above.text) || !above.meta.authors.every((author) => author.kind === 'person')) return
    above.meta.authors = [...above.meta.authors, ...line.meta.authors]
    line.meta = { dates: [], readTime: false }
  })
  // A widget's lines in another script over a story in a Latin one (see otherScriptLines).
  for (const index of otherScriptLines(lines.map((line) => line.text))) {
    const line = lines[index]!
    if (!line.chrome && !line.meta) line.chrome = { reason: 'widget in another language' }
  }
  // An embedded post printed as text: its last line closes on the poster's name, handle and day ("… pic.twitter.com/Ab12
  // Example Utility (@example_utility) April 4, 2021"), with or without the dash before the name. Its lines above, set apart
  // by the embed's double breaks or carrying its hashtags ("Date: 04 April 2021#ExampleTag"), and none a finished
  // paragraph of twenty words or more, are the post's too.
  const postSignature = /(?:^|\s)(?:[—–-]\s*)?\p{L}[^()]{0,60}\(@[A-Za-z0-9_]{1,15}\)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}$/u
  lines.forEach((line, index) => {
    if (line.chrome || !line.text.includes('(@') || !postSignature.test(line.text)) return
    line.chrome = { reason: 'embedded post' }
    line.meta = null
    for (let at = index; at > 0; at--) {
      const above = lines[at - 1]!
      if (above.chrome || above.meta || !(lines[at]!.blanks >= 2 || /#\p{L}/u.test(above.text)) || (sentenceEnd.test(above.text) && wordCount(above.text) >= 20)) break
      above.chrome = { reason: 'embedded post' }
    }
    // (…and its text may come out under the signature, the post's lines printed after it: those carrying its hashtags or
    // closing on its picture's link, "… from 05:00 to 09:00. pic.twitter.com/Ab12Cd".)
    for (let at = index + 1; at < lines.length; at++) {
      const below = lines[at]!
      if (below.chrome || !(/#\p{L}/u.test(below.text) || /\bpic\.twitter\.com\/\w+$/.test(below.text))) break
      below.chrome = { reason: 'embedded post' }
      below.meta = null
    }
  })
  // Another story's card under the story: its title (no full stop), its one-sentence summary, then the card's row with a
  // date and a comment count ("Region Thursday, July 25, 2013 12:06 Comments: 0"). The three lines are the listing's, with
  // three paragraphs or more of the story over them (a story's own header row sits under its title, over its lede).
  lines.forEach((line, index) => {
    if (line.chrome || !/\b(?:comments?|replies|responses)\s*:?\s*\d{1,5}$/i.test(line.text) || wordCount(line.text) > 16 || !findDate(line.text, options.timeZone)) return
    const above: number[] = []
    for (let at = index - 1; at >= 0 && above.length < 2; at--) if (lines[at]!.text.trim() !== '') above.unshift(at)
    if (above.length < 2) return
    const [titleAt, summaryAt] = above as [number, number]
    const title = lines[titleAt]!
    const summary = lines[summaryAt]!
    if (title.chrome || summary.chrome || /[.!?:;,…]["”’)]?$/.test(title.text) || !/^\p{Lu}/u.test(title.text) || wordCount(title.text) < 4 || wordCount(title.text) > 25) return
    if (!sentenceEnd.test(summary.text) || wordCount(summary.text) > 50 || /[.!?]["”’)]*\s+\p{Lu}/u.test(withoutAbbreviations(summary.text))) return
    if (lines.slice(0, titleAt).filter((other) => !other.chrome && !other.meta && sentenceEnd.test(other.text) && wordCount(other.text) >= 8).length < 3) return
    for (const at of [titleAt, summaryAt, index]) {
      lines[at]!.chrome = { endsStory: at === titleAt, reason: 'teaser for another story' }
      lines[at]!.meta = null
    }
  })
  // A gallery's counter ("1 of 1") under a few words with no full stop ("Jane Roe - Example Agency", "The quay at dawn"):
  // the words are the picture's caption, text over it on the page. (A byline keeps its "By".)
  lines.forEach((line, index) => {
    if (line.chrome?.reason !== 'gallery counter') return
    let at = index - 1
    while (at > 0 && lines[at]!.text.trim() === '') at--
    const above = lines[at]
    if (at <= 0 || !above || above.chrome || (above.meta && above.meta.dates.length) || wordCount(above.text) > 12 || sentenceEnd.test(above.text) || /^by\s/i.test(above.text) || /["“”]/.test(above.text)) return
    if (!lines.slice(0, at).some((other) => !other.chrome && other.text.trim() !== '')) return
    above.chrome = { reason: 'photo caption' }
    above.meta = null
  })
  // A ticker of the wire's latest headlines on one line, set apart by bullets ("Port strike ends after talks  • Rail fares
  // to rise in May  • …"): three titles or more, none a sentence; its label alone on the line over it ("Off the wire",
  // "Latest") goes with it.
  lines.forEach((line, index) => {
    if (line.chrome || line.meta || !/\s[•·▪]\s/.test(line.text)) return
    const parts = line.text.split(/\s+[•·▪]\s+/)
    if (parts.length < 3 || !parts.every((part) => wordCount(part) >= 3 && wordCount(part) <= 20 && !/[.!?;,]$/.test(part) && /^[\p{Lu}\d"“‘']/u.test(part))) return
    line.chrome = { reason: 'headline ticker' }
    const label = lines[index - 1]
    if (label && !label.chrome && !label.meta && !line.blankBefore && wordCount(label.text) <= 4 && !/[.!?:;,]$/.test(label.text)) label.chrome = { reason: 'headline ticker' }
  })
  // A row of the site's sections set apart by middle dots ("Multimedia · User Galleries · News in Pictures · Send us your
  // stories"): three parts or more, each a few words, no figures, no sentence. A byline with its date is a header line.
  lines.forEach((line) => {
    if (line.chrome || line.meta || !/\s[·•]\s/.test(line.text) || /\d/.test(line.text)) return
    const parts = line.text.split(/\s+[·•]\s+/)
    if (parts.length >= 3 && parts.every((part) => wordCount(part) <= 8 && !/[.!?:;,]$/.test(part) && !/^by\s/i.test(part))) line.chrome = { reason: 'site navigation' }
  })
  // A picker or menu over the story: a dozen short lines or more in a row, no blank line between them, each a few words
  // and no sentence ("All Regions", "Alabama", "Alaska", …), before the story's first paragraph.
  {
    const opening = lines.findIndex((line) => !line.chrome && !line.meta && isBodyLike(line.text))
    // (A place's or a label's name reads like an unsigned name, "New Mexico", "CAD Models": it is an item too.)
    const item = (line: Line) => (!line.meta || (line.meta.unsigned && !line.meta.dates.length)) && wordCount(line.text) <= 4 && !sentenceEnd.test(line.text) && !/[:,;]$/.test(line.text)
    for (let at = 0; at < (opening < 0 ? lines.length : opening); ) {
      let end = at
      // (…and a search box's label between two items, "By Category, Company or Brand", however it reads.)
      const inside = (index: number) => index > at && lines[index]!.meta && !lines[index]!.meta!.dates.length && wordCount(lines[index]!.text) <= 6 && lines[index + 1] && !lines[index + 1]!.blankBefore && item(lines[index + 1]!)
      while (end < lines.length && (item(lines[end]!) || inside(end)) && (end === at || !lines[end]!.blankBefore)) end++
      if (end - at >= 12) {
        for (let other = at; other < end; other++) {
          lines[other]!.chrome ??= { reason: 'site navigation' }
          lines[other]!.meta = null
        }
      }
      at = Math.max(end, at + 1)
    }
  }
  // A sponsor's card set in the page, as often as the site repeats it: its teaser's title, the label ("SPONSORED"), the
  // sponsor's name, and the title again with its logo's text glued on ("<title>sponsored-logo"). The title printed again
  // within a few lines of the label, longer, ties the lines around the label together as the card.
  lines.forEach((line, index) => {
    if (!line.chrome || !/^(?:sponsored(?: content| by)?|promoted|partner content|paid (?:content|post))$/i.test(line.text)) return
    const above = lines[index - 1]
    if (!above || above.chrome || above.meta || sentenceEnd.test(above.text) || wordCount(above.text) > 14) return
    const end = lines.slice(index + 1, index + 4).findIndex((other) => other.text.length > above.text.length && other.text.startsWith(above.text) && !sentenceEnd.test(other.text))
    if (end < 0) return
    for (const other of [above, ...lines.slice(index + 1, index + 2 + end)]) {
      if (other.chrome) continue
      other.chrome = { reason: 'sponsored card' }
      other.meta = null
    }
  })
  // Teasers for other stories under the story, set apart by lone dashes or bullets, each a single line (the title glued to
  // its summary, "… Parking FAQsThe terminal continues …"): three or more in a row, two of them or more glued so, end
  // the story at the first mark. (A story's section breaks stand between paragraphs of its own, no titles glued on.)
  {
    const separator = (line: Line | undefined) => Boolean(line && /^[-–—*•·|]$/.test(line.text))
    const glued = (text: string) => /\p{L}{3}\p{Ll}\p{Lu}\p{Ll}/u.test(text.split(/[.!?]\s/)[0]!)
    for (let at = 0; at < lines.length; at++) {
      if (!separator(lines[at])) continue
      let items = 0
      let gluedItems = 0
      let next = at
      while (separator(lines[next]) && lines[next + 1] && !separator(lines[next + 1]) && (next + 2 >= lines.length || separator(lines[next + 2]))) {
        items++
        if (glued(lines[next + 1]!.text)) gluedItems++
        next += 2
      }
      if (items >= 3 && gluedItems >= 2) {
        lines[at]!.chrome = { endsStory: true, reason: 'teasers for other stories' }
        break
      }
    }
  }
  // A credit row set apart by slashes, the header's parts on one line ("By Staff reporter / October 10, 2018 /
  // www.example.com / Article Link"): a byline, a date, the source's address or a link's label, no sentence. Read as a
  // byline or date line when it can be; never a paragraph.
  lines.forEach((line) => {
    if (line.chrome || line.meta || !/\s\/\s/.test(line.text) || wordCount(line.text) > 24) return
    const parts = line.text.split(/\s+\/\s+/)
    const kinds = parts.map((part) => (/^by\s+\p{Lu}/iu.test(part) ? 'by' : /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?$/u.test(part) ? 'site' : /^(?:article|story|source|original) link$|^(?:read|view) (?:the )?(?:article|story|original)$/i.test(part) ? 'link' : findDate(part, options.timeZone)?.start === 0 ? 'date' : null))
    if (parts.length >= 3 && kinds.every(Boolean) && kinds.includes('date') && new Set(kinds).size >= 3) line.chrome = { reason: 'credit row' }
  })
  // The line that heads a paper's appeal for money ("Sometimes when a business is growing, it needs a little help.", then
  // the appeal): one short sentence right over it that speaks to the reader of help or support, no one quoted.
  lines.forEach((line, index) => {
    const above = lines[index - 1]
    if (line.chrome?.reason !== 'donation appeal' || !line.chrome.endsStory || !above || above.chrome || above.meta) return
    if (wordCount(above.text) <= 15 && sentenceEnd.test(above.text) && !/[.!?]["”’]?\s+\p{Lu}/u.test(above.text) && !/["“”]/.test(above.text) && !attribution.test(above.text) && /\b(?:help|support|you|your)\b/i.test(above.text)) above.chrome = { reason: 'donation appeal' }
    // (…or its heading: a few words set as a title, no sentence, every one of its topic words taken up by the appeal, "Join
    // Your Friends and Neighbors" over "… Will you join your friends and neighbors to support our work?")
    const own = topicStems(above.text)
    const appeal = topicStems(line.text)
    if (wordCount(above.text) <= 8 && !sentenceEnd.test(above.text) && !/[:;,]$/.test(above.text) && /^\p{Lu}/u.test(above.text) && own.size >= 2 && [...own].every((stem) => appeal.has(stem))) above.chrome = { reason: 'donation appeal' }
  })
  // A social network's post embedded between the story's paragraphs: the post's text, then the network's credit under it,
  // the page that posted it and the post's weekday and day ("Posted by Example Radio on Tuesday, March 4, 2025"), the
  // story going on under the credit. Both lines are the post's: its text is no paragraph of the story, its credit signs
  // and dates nothing. (A blog's footer in the same words, under the post with nothing of the story after it, or with no
  // paragraph of the story over the line above it, stays as it was.)
  lines.forEach((line, index) => {
    const above = lines[index - 1]
    const under = lines[index + 1]
    if (line.chrome || !embeddedPostCredit.test(line.text) || !above || above.chrome || above.meta || !under || under.chrome || under.meta) return
    if (wordCount(above.text) < 8 || wordCount(under.text) < 6 || !/^\p{Lu}/u.test(under.text) || !/^["“‘'\p{Lu}]/u.test(above.text)) return
    if (!lines.slice(Math.max(0, index - 4), index - 1).some((other) => !other.chrome && !other.meta && isBodyLike(other.text))) return
    line.chrome = { reason: 'embedded post' }
    line.meta = null
    above.chrome = { reason: 'embedded post' }
  })
  // A letter to the readers set over or under the story, asking them to pay or subscribe: its greeting ("Dear Reader,",
  // "Dear valued subscriber,", "Chers lecteurs,", "Liebe Leserinnen und Leser,", "Querido lector:"), its appeal, its
  // sign-off ("Thank you,", "Sincerely,", "Regards,", "Merci,") and the names and titles signed under it. All of it is the
  // site's when the letter asks for money or a subscription; a letter that asks for nothing is left to the story.
  lines.forEach((line, index) => {
    if (line.meta || !readerSalutation.test(line.text)) return
    const signOff = lines.slice(index + 1, index + 26).findIndex((other) => letterSignOff.test(other.text))
    if (signOff < 0) return
    let end = index + 1 + signOff
    if (!lines.slice(index + 1, end).some((other) => letterAppeal.test(other.text))) return
    for (let signed = end + 1; signed <= end + 3 && signed < lines.length; signed++) {
      const name = lines[signed]!
      if (name.blankBefore && signed > end + 1) break
      if (wordCount(name.text) > 12 || /[.!?]$/.test(name.text) || !/^\p{Lu}/u.test(name.text)) break
      end = signed
    }
    // (The names signed under it may read as a byline, "Jane Roe, CEO, Example Media Group": they sign the letter, not the story.)
    for (let at = index; at <= end; at++) {
      if (at > index + 1 + signOff) lines[at]!.meta = null
      if (!lines[at]!.meta) lines[at]!.chrome ??= { reason: 'letter to readers' }
    }
  })
  // A box of other stories' headlines set between two paragraphs of the story, without a heading: three to eight lines in a
  // row, each a title of five words or more with no full stop ("Pancreatic cancer: ‘I can't explain it’", "Ireland's
  // billionaires saw their wealth grow by a third"), a paragraph closing on its full stop over them and another under them.
  // (A list the story brings in, over a line closing on a colon or saying what follows, is the story's.)
  {
    const teaserTitle = (line: Line | undefined) => Boolean(line) && !line!.chrome && !line!.meta && !/[.!?:;,…]["”’»)]?$/.test(line!.text) && /^["“‘'«]?\p{Lu}/u.test(line!.text) && wordCount(line!.text) >= 5 && wordCount(line!.text) <= 30 && !bullet.test(line!.text) && gluedLabelTitle(line!.text) === null
    for (let at = 1; at < lines.length; at++) {
      if (!teaserTitle(lines[at])) continue
      let end = at
      while (teaserTitle(lines[end + 1])) end++
      const above = lines[at - 1]!
      const below = lines[end + 1]
      const count = end - at + 1
      if (count >= 3 && count <= 8 && !above.chrome && !above.meta && isSentence(above.text) && /[.!?]["”’]?$/.test(above.text) && !listIntro.test(above.text) && below && !below.chrome && !below.meta && isSentence(below.text)) {
        for (let other = at; other <= end; other++) lines[other]!.chrome = { reason: 'teaser for another story' }
      }
      at = end
    }
  }
  // A teaser for another story set between the paragraphs: its title, its summary cut short ("… on his first day as a
  // driver in ..."), its section's label and its age or date ("News" / "3 days ago"). The four lines are the site's.
  lines.forEach((line, index) => {
    const [title, summary, section] = [lines[index - 3], lines[index - 2], lines[index - 1]]
    if (!title || !summary || !section || !line.meta || line.meta.authors?.length || !(line.meta.dates.length > 0 || relativeAge.test(line.text)) || wordCount(line.text) > 6) return
    if ([title, summary, section].some((other) => other.chrome || other.meta)) return
    if (!cutTeaser.test(summary.text) || wordCount(summary.text) < 8 || /["“”]/.test(summary.text)) return
    if (wordCount(section.text) > 3 || sentenceEnd.test(section.text) || !/^\p{Lu}/u.test(section.text) || section.blankBefore) return
    if (wordCount(title.text) < 4 || wordCount(title.text) > 20 || sentenceEnd.test(title.text) || /[:;,]$/.test(title.text) || !/^[\p{Lu}\d"“‘]/u.test(title.text)) return
    // (Under the story's first paragraph only: over it, the title and summary may be the story's own.)
    if (!lines.slice(0, index - 3).some((other) => !other.chrome && !other.meta && isBodyLike(other.text))) return
    for (const other of [title, summary, section, line]) other.chrome = { reason: 'teaser for another story' }
    line.meta = null
  })
  // Teaser cards for other stories in a sidebar, each its card's line (its section glued to the writer's name, and the
  // count of comments: "NewsJane Roe - 0"), its title, its summary cut short ("… asking residents to stop...") and its
  // "Read more" link: the card's lines are the site's, wherever the sidebar sits.
  lines.forEach((line, index) => {
    if (line.chrome?.reason !== 'link button' || !/^read more/i.test(line.text)) return
    const summary = lines[index - 1]
    const title = lines[index - 2]
    if (!summary || !title || summary.chrome || summary.meta || title.chrome || title.meta) return
    if (!cutTeaser.test(summary.text) || wordCount(summary.text) < 8 || wordCount(summary.text) > 80) return
    if (wordCount(title.text) < 4 || wordCount(title.text) > 20 || sentenceEnd.test(title.text) || /[:;,]$/.test(title.text) || !/^[\p{Lu}\d"“‘]/u.test(title.text)) return
    summary.chrome = title.chrome = { reason: 'teaser for another story' }
    const card = lines[index - 3]
    if (card && !card.chrome && wordCount(card.text) <= 6 && /^\p{Lu}[\p{L}.&'’ -]{2,60}?\s[-–—]\s\d{1,5}$/u.test(card.text)) {
      card.chrome = { reason: 'teaser for another story' }
      card.meta = null
    }
  })
  // The paragraphs under an appeal's heading ("We need your help now", then "Support from readers like you keeps us open.",
  // "If you've seen value in our reporting, please contribute …"): each speaks to the reader of the paper's support in
  // its own voice (you and we, or readers like you), no one quoted; the run is the appeal's, up to the first that does not.
  const appealVoice = (text: string) =>
    /\byou(?:r|[’']ve|[’']re)?\b/i.test(text) &&
    (/\b(?:we|our|us)\b/i.test(text) || /\breaders like you\b/i.test(text)) &&
    /\b(?:support|contribut|donat|value|fund|mission|journalism|reporting|advertising)/i.test(text) &&
    !/["“”]/.test(text) &&
    !attribution.test(text) &&
    wordCount(text) <= 80
  // (…and the paragraphs between an appeal's heading and its closing line, "Your support helps us to tell the story" …
  // "Your support makes all the difference.", a few of them, no one quoted: the appeal's, whatever voice they take.)
  lines.forEach((line, index) => {
    if (line.chrome?.reason !== 'donation appeal' || wordCount(line.text) > 12) return
    for (let at = index + 1; at < lines.length && !lines[at]!.meta && (lines[at]!.chrome || appealVoice(lines[at]!.text)); at++) lines[at]!.chrome ??= { reason: 'donation appeal' }
    const close = lines.findIndex((other, at) => at > index + 1 && at <= index + 6 && other.chrome?.reason === 'donation appeal' && wordCount(other.text) <= 12)
    if (close > 0 && lines.slice(index + 1, close).every((other) => other.chrome || (!other.meta && !/["“”]/.test(other.text) && !attribution.test(other.text) && wordCount(other.text) <= 120))) {
      for (let at = index + 1; at < close; at++) lines[at]!.chrome ??= { reason: 'donation appeal' }
    }
  })
  // The site's own name under the title, as its logo's text names it ("Khel Now logo" in the masthead, then "Khel Now"
  // over the lede): the site's desk signs the story.
  const logo = lines.slice(0, 10).map((line) => (line.chrome ? /^(\p{Lu}[\p{L}\d .&'’-]{1,40}?) logo$/u.exec(line.text)?.[1] : undefined)).find(Boolean)
  if (logo) for (const line of lines.slice(1, 40)) if (line.text === logo && !line.chrome) line.meta = { authors: [{ kind: 'desk', name: logo }], dates: [], readTime: false }
  // "By Modern Example" under a logo of that name: the site signs its own story, a desk and no one's name.
  if (logo) {
    for (const line of lines.slice(1, 40)) for (const author of line.meta?.authors ?? []) if (author.kind === 'person' && author.name.toLowerCase() === logo.toLowerCase()) author.kind = 'desk'
  }
  // "09:52 | Port Alder, Jan. 28.", "AGENCY | 09.09.2019 - 10:50..": a header row of short parts set apart by bars, one
  // of them a clock time, over the story's first paragraph, is the header's even where no date is read from it: it is no
  // paragraph (a standfirst over it is the standfirst).
  const firstProse = lines.findIndex((line) => !line.chrome && !line.meta && isBodyLike(line.text))
  for (let at = 0; at < Math.min(firstProse, 40); at++) {
    const line = lines[at]!
    if (line.chrome || line.meta || !line.text.includes('|') || !/\d[:.]\d{2}/.test(line.text)) continue
    const parts = line.text.split(/\s*\|\s*/)
    if (parts.length >= 2 && parts.length <= 5 && parts.some((part) => /^\d{1,2}[:.]\d{2}\b|[-–]\s*\d{1,2}[:.]\d{2}\b/.test(part)) && parts.every((part) => part && wordCount(part) <= 6 && !finiteVerb.test(part))) line.meta = { dates: [], readTime: false }
  }
  // "Published: Mar 6, 2011 8:11 AM", then "Updated: 10:39 AM" on a line of its own: the update time is on the publication
  // day (as when both are on one line).
  lines.forEach((line, index) => {
    const time = line.chrome || line.meta ? null : updateTimeAlone.exec(line.text)
    const above = time ? [lines[index - 1], lines[index - 2]].find((other) => other?.meta?.dates.length === 1 && !other.meta.dates[0]!.updated) : undefined
    const both = above ? sameDayAt(above.meta!.dates[0]!.found, time![1]!, options.timeZone) : null
    if (both) line.meta = { dates: [{ found: both.at, updated: true }], readTime: false }
  })
  // "21 July, 2014" over "Release #1; issued at 1130 hours": a press release's day, then the line saying when it was issued,
  // the time on a 24-hour clock in four figures with "hours" after it, as emergency services and the military print it: the
  // story was published at that time on that day.
  lines.forEach((line, index) => {
    const issued = line.chrome || line.meta || wordCount(line.text) > 12 ? null : /\bissued\s+(?:at\s+)?([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs)\b/i.exec(line.text)
    const above = issued ? [lines[index - 1], lines[index - 2]].find((other) => other?.meta?.dates.length === 1 && !other.meta.dates[0]!.updated && !hasClock(other.meta.dates[0]!.found.text)) : undefined
    const both = above ? sameDayAt(above.meta!.dates[0]!.found, `${issued![1]}:${issued![2]}`, options.timeZone) : null
    if (both) above!.meta!.dates[0] = { ...above!.meta!.dates[0]!, found: both.at }
  })
  // "Posted by Jane Roe at 6:59 AM", "posted by Example News Team @ 6:59 am" under the story, under a blog's day heading
  // over its title ("Tuesday 14 February 2023", no time): the writer signs, and the post went up at that time on that day.
  const dayHeading = lines.slice(0, Math.max(firstProse, 0)).find((line) => line.meta?.dates.length === 1 && !line.meta.authors && !line.meta.dates[0]!.updated && !hasClock(line.meta.dates[0]!.found.text))
  if (dayHeading) {
    for (const line of lines.slice(firstProse + 1)) {
      const footer = line.chrome || line.meta ? null : postedByAt.exec(line.text)
      const authors = footer ? parseByline(`by ${footer[1]!}`) : null
      const at = authors ? sameDayAt(dayHeading.meta!.dates[0]!.found, footer![2]!, options.timeZone) : null
      if (at) line.meta = { authors: authors!, dates: [{ found: at.at, updated: false }], readTime: false }
    }
  }
  // The values under a bulleted metadata label over the story ("• Country:", then "• India"): short bullets, no sentence.
  // (Inside the story, under two paragraphs or more, a bulleted label and its list are the story's.)
  const prose = lines.flatMap((line, index) => (!line.chrome && !line.meta && isBodyLike(line.text) ? [index] : [])).slice(0, 2)
  const metadataValues = new Set<number>()
  lines.forEach((line, index) => {
    if (line.chrome?.reason !== 'metadata label' || metadataValues.has(index)) return
    if (prose.length === 2 && index > prose[1]!) {
      line.chrome = undefined
      return
    }
    let at = index + 1
    for (; at < lines.length && !lines[at]!.chrome && bulletOrStar.test(lines[at]!.text) && wordCount(lines[at]!.text) <= 5 && !sentenceEnd.test(lines[at]!.text); at++) {
      lines[at]!.chrome = { reason: 'metadata label' }
      lines[at]!.meta = null
      metadataValues.add(at)
    }
    // A label with no short values under it heads a list the story tells ("• What changes:", then longer items).
    if (at === index + 1) line.chrome = undefined
  })
  // "Watch: <title>" over the byline or date, or the page's first text over the story: a video story's headline, not a
  // teaser between paragraphs.
  lines.forEach((line, index) => {
    if (line.chrome?.reason !== 'video teaser' || (prose.length > 0 && index > prose[0]!)) return
    const first = !lines.slice(0, index).some((other) => !other.chrome && !other.meta && wordCount(other.text) >= 3)
    if (first || lines[index + 1]?.meta || (!lines[index + 1]?.chrome && lines[index + 2]?.meta)) line.chrome = undefined
  })
  // A title-shaped line between the story's paragraphs right over a crosshead, no paragraph between them ("… across the
  // province." / "Mayor wins third term in city election" / "Ottawa" / the paragraphs of that part): a crosshead heads
  // paragraphs, so the line over it heads none; it is the title of a link to another story set in the text.
  // (Six words or more in a headline's style, no article, no sentence's end or label's colon; the crosshead a few
  // capitalised words; a finished paragraph over the pair and one under it. A crosshead of its own over a sub-heading,
  // "What the council decided on roads" / "Roads", keeps its articles.)
  lines.forEach((line, index) => {
    const [above, head, under] = [lines[index - 1], lines[index + 1], lines[index + 2]]
    if (!above || !head || !under || line.chrome || line.meta || head.chrome || head.meta || above.chrome || above.meta || under.chrome || under.meta) return
    if (wordCount(line.text) < 6 || wordCount(line.text) > 20 || sentenceEnd.test(line.text) || /[:;,]$/.test(line.text) || !/^\p{Lu}/u.test(line.text) || /["“”]/.test(line.text) || /\b(?:the|a|an)\b/i.test(line.text)) return
    if (!labelShape(head.text) || wordCount(head.text) > 3 || !sentenceEnd.test(above.text) || wordCount(above.text) < 8 || !isBodyLike(under.text)) return
    if (!lines.slice(0, index - 1).some((other) => !other.chrome && !other.meta && isBodyLike(other.text))) return
    line.chrome = { reason: 'teaser for another story' }
  })
  // "Photo by" on a line of its own, then the photographer's name ("Photo by" / "Jane Roe"): the picture's credit, no byline
  // and no paragraph of the story.
  lines.forEach((line, index) => {
    const name = lines[index + 1]
    if (line.chrome?.reason !== 'photo credit label' || !name || name.chrome || wordCount(name.text) > 4 || !nameShape.test(name.text)) return
    name.chrome = { reason: 'photo credit' }
    name.meta = null
  })
  // Reader comments over the comment section's closing line ("1." / "Marta Novak" / "March 5, 2024 at 8:12 am" / the
  // comment / "Reply" / "Comments are closed."): a name (or "Name says:"), the comment's date, then its text, under the story. They
  // end the story like the comment section's heading would; a letter signed with a name and a date has no text under them.
  // (With no closing line, the thread runs to the page's end: then only a numbered thread's first comment opens it, "1.
  // Anonymous" over the comment's date and time alone, "October 6, 2017 at 10:22 pm", and its text.)
  const closingLine = lines.findIndex((line) => line.chrome && /^comment (?:section|prompt)$/.test(line.chrome.reason))
  const closingComments = closingLine >= 0 ? closingLine : lines.length
  const numberedOnly = closingLine < 0
  const storyBegun = closingComments > 0 ? lines.findIndex((line) => !line.chrome && !line.meta && isSentence(line.text)) : -1
  if (storyBegun >= 0 && storyBegun < closingComments) {
    for (let at = Math.max(storyBegun + 2, closingComments - 12); at + 1 < closingComments; at++) {
      const name = lines[at]!
      const numbered = /^#?1\.\s+/.exec(name.text)?.[0] ?? (/^#?1\.?$/.test(lines[at - 1]!.text) ? '' : null)
      if (numberedOnly && (numbered === null || !/^(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$/iu.test(lines[at + 1]!.text))) continue
      const nameText = numbered ? name.text.slice(numbered.length) : name.text
      // "Marta Novak on March 5, 2024 at 8:12 am": the name and the date on one line.
      const oneLine = !numberedOnly && Boolean(name.meta?.authors?.length && name.meta.dates.length && wordCount(name.text) <= 12)
      // (A picture's file name, "Harbour View.jpg", left where the picture was, names no commenter.)
      if (!oneLine && (at + 2 >= closingComments || name.chrome || wordCount(nameText) > 5 || /\.(?:jpe?g|png|gif|webp)$/i.test(nameText) || !nameShape.test(nameText.replace(/\s+(?:says|said|wrote)\s*:?$/i, '')) || !lines[at + 1]!.meta?.dates.length)) continue
      if (!lines.slice(at + (oneLine ? 1 : 2), closingComments).some((line) => !line.chrome && !line.meta && wordCount(line.text) >= (numberedOnly ? 1 : 3))) continue
      const from = /^(?:#?\d{1,3}\.?|\d{1,3}\s+(?:comments?|responses?|replies|thoughts?)\b.{0,80})$/i.test(lines[at - 1]!.text) ? at - 1 : at
      for (let other = from; other < closingComments; other++) lines[other]!.chrome = { endsStory: other === from, reason: 'reader comment' }
      for (let other = from; other < closingComments; other++) lines[other]!.meta = null
      break
    }
  }
  // (A thread its theme prints as a numbered list with neither name nor date, "1. This is all wrong. …" over "Comments are
  // closed.", set apart from the story by a wider gap than its paragraphs': the comments, numbered from one, each a line,
  // right over the closing line. A list the story brings in, its last paragraph ending on a colon or a list's words,
  // stays the story's.)
  if (closingLine >= 0 && storyBegun >= 0 && storyBegun < closingLine && !lines.slice(storyBegun, closingLine).some((line) => line.chrome?.reason === 'reader comment')) {
    const first = lines.findIndex((line, at) => at > storyBegun + 1 && at < closingLine && /^1\.\s+\S/.test(line.text))
    const thread = first >= 0 ? lines.slice(first, closingLine) : []
    const gaps = lines.slice(storyBegun + 1, first).map((line) => line.blanks)
    const usualGap = gaps.length > 0 ? Math.max(...gaps) : 0
    const above = lines[first - 1]
    if (first >= 0 && above && !above.chrome && !/(?::|\b(?:as follows|the following|below))\W*$/i.test(above.text) && lines[first]!.blanks > usualGap && thread.every((line, at) => new RegExp(`^${at + 1}\\.\\s+\\S`).test(line.text) && !line.chrome)) {
      for (const [at, line] of thread.entries()) {
        line.chrome = { endsStory: at === 0, reason: 'reader comment' }
        line.meta = null
      }
    }
  }
  // "by" on its own line, a name printed in lower case, then the date ("by" / "jane roe" / "12 May 2024"): the byline.
  for (let index = 1; index + 1 < lines.length; index++) {
    const name = lines[index]!
    if (lines[index - 1]!.chrome?.reason !== 'byline label' || name.chrome || name.meta || !lines[index + 1]!.meta?.dates.length) continue
    if (!/^\p{Ll}[\p{Ll}'’-]+(?:\s+\p{Ll}[\p{Ll}'’-]+){1,2}$/u.test(name.text)) continue
    const proper = name.text.replace(/(^|[\s'’-])(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase())
    name.meta = { authors: [{ kind: 'person', name: proper }], dates: [], readTime: false }
  }
  // "Contact Editor" / "Jane Roe," (or the name over it): the link to write to the writer beside a name alone on its line,
  // with the comma a list of writers leaves after the last name or without: the writer signs, as under "By".
  const contactLabel = /^(?:contact|e-?mail|message|write to)\s+(?:the\s+)?(?:editor|author|writer|reporter|journalist|correspondent)$/i
  for (let index = 0; index < Math.min(lines.length, 60); index++) {
    if (!contactLabel.test(lines[index]!.text)) continue
    for (const name of [lines[index + 1], lines[index - 1]]) {
      if (!name || name.chrome || (name.meta && (!name.meta.unsigned || name.meta.dates.length > 0)) || wordCount(name.text) > 4) continue
      const authors = parseByline(name.text.replace(/\s*,$/, ''))
      if (authors?.length !== 1 || authors[0]!.kind !== 'person') continue
      name.meta = { authors, dates: [], readTime: false }
      break
    }
  }
  // "Reporter photo" / "Jane Roe", "• 기자 사진" / "• JANE ROE": the alternative text of the writer's portrait in the byline's
  // block, right over a name alone on its line (a list's item or not): the writer signs, by the name as printed.
  const portraitLabel = /^(?:[•·▪]\s*)?(?:(?:reporter|author|writer|journalist|columnist|correspondent|byline)(?:['’]s)?\s+(?:photo|picture|image|portrait|headshot|avatar)|기자\s*사진|記者(?:の)?写真)$/iu
  for (let index = 0; index + 1 < Math.min(lines.length, 60); index++) {
    if (!portraitLabel.test(lines[index]!.text)) continue
    const name = lines[index + 1]!
    if (name.chrome || (name.meta && (!name.meta.unsigned || name.meta.dates.length > 0)) || wordCount(name.text) > 4) continue
    const printed = name.text.replace(/^[•·▪]\s*/u, '')
    const authors = parseByline(printed)
    // (An office's or a place's name there, "Harbour City Council", is no writer's.)
    if (authors?.length !== 1 || authors[0]!.kind !== 'person' || institutionWords.test(authors[0]!.name) || publicBody.test(authors[0]!.name)) continue
    name.meta = { authors: [{ kind: 'person', name: /\p{Ll}/u.test(printed) ? authors[0]!.name : printed }], dates: [], readTime: false }
    lines[index]!.chrome ??= { reason: 'author card' }
  }
  // "Jane Roe," (or "Reuters,") right over the date's row ("• Mar 11 2024, 10:20 ist"), no blank line between: the byline's
  // comma the theme prints between the name and the date, the date set on the next line (a list of its own): the name
  // signs, as on one line with its date. (A list of names broken over lines, a caption's, has more names under the comma.)
  for (let index = 0; index + 1 < Math.min(lines.length, 60); index++) {
    const [line, next] = [lines[index]!, lines[index + 1]!]
    if (line.chrome || line.meta || !/\p{L},$/u.test(line.text) || wordCount(line.text) > 6 || next.blankBefore || next.chrome || !next.meta?.dates.length || next.meta.authors) continue
    const meta = metaLine(line.text.slice(0, -1), options.timeZone)
    if (!meta?.authors?.length || meta.dates.length > 0 || meta.readTime || meta.authors.length > 3) continue
    line.meta = { ...meta, unsigned: false }
  }
  // A broadcast's transcript, its paragraphs opening on the speakers' tags in capitals ("JANE ROE, BYLINE: …", "JOHN DOE:
  // …"): a word in capitals alone under its last paragraph is a speaker's tag the page cut off, no agency's initials.
  const speakerTag = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{Lu} ]{1,20})?:\s+\S/u
  const transcript = lines.filter((line) => speakerTag.test(line.text)).length >= 2
  // "Police Beat" / "Police Beat by Jane Roe": the title (a column's name) printed again with the byline run on after it;
  // the byline is the writer's, the title stays the line above.
  for (let index = 1; index < Math.min(lines.length, 40); index++) {
    const line = lines[index]!
    const runOn = line.chrome || line.meta || wordCount(line.text) > 14 ? null : /^(.{3,80}?)\s+by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u.exec(line.text)
    if (!runOn || !lines.slice(Math.max(0, index - 8), index).some((other) => other.key === lineKey(runOn[1]!))) continue
    const authors = parseByline(`by ${runOn[2]!}`)
    if (authors?.length && authors.every((author) => author.kind === 'person')) line.meta = { authors, dates: [], readTime: false }
  }
  // The site's name from the masthead printed again under a title, right over the date ("Example Daily News" / headline /
  // "Example Daily News" / "Springfield 12-Apr-2016"): the site signs the story as its desk.
  // (A breadcrumb's item set as a numbered list, "1. News", "2) Business", is the section the story is filed in: its number
  // is the list's, and no site's name opens on a list's number.)
  const mastheadName = (text: string) => wordCount(text) <= 4 && siteWords.test(text) && !/^\d{1,2}[.)]\s/.test(text) && text.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word))
  /** A section's label, each word one of a section's ("Local News", "World News", "Business News"): no outlet's name. */
  const sectionLabel = (text: string) => text.trim().split(/\s+/).every((word) => sectionName.test(word))
  for (let index = 2; index + 1 < Math.min(lines.length, 40); index++) {
    const line = lines[index]!
    if (line.chrome || line.meta || !mastheadName(line.text)) continue
    const masthead = lines.findIndex((other) => other.key === line.key)
    const title = lines.slice(masthead + 1, index).some((other) => !other.chrome && !other.meta && wordCount(other.text) >= 3 && !sentenceEnd.test(other.text))
    const date = lines[index + 1]!.meta
    if (masthead < index && title && date && date.dates.length > 0 && !date.authors) line.meta = { authors: [{ kind: 'desk', name: line.text }], dates: [], readTime: false }
  }
  // Read from the bottom up, so that a name is confirmed by the confirmed name under it ("Jane Roe", "John Doe", date).
  const firstParagraph = lines.findIndex((line) => !line.chrome && !line.meta && isBodyLike(line.text))
  /** Only a label or two (topics, an affiliation: a few words, no sentence) between the line and the first paragraph. */
  const labelsUntilLede = (index: number) =>
    firstParagraph > index + 1 && firstParagraph <= index + 3 && lines.slice(index + 1, firstParagraph).every((other) => !other.chrome && (!other.meta || other.meta.unsigned) && wordCount(other.text) <= 8 && !sentenceEnd.test(other.text) && !/:$/.test(other.text))
  // (The same with the title's summary, one sentence, between the title and the name: "Title" / "Summary." / "Example
  // Agency" / lede under the name, printed right under it or set apart by a blank line as the other blocks are.)
  const deckOverName = (index: number) => {
    const [title, deck, next] = [lines[index - 2], lines[index - 1], lines[index + 1]]
    return Boolean(title && deck && next && !title.chrome && !title.meta && !deck.chrome && !deck.meta && wordCount(title.text) >= 4 && !sentenceEnd.test(title.text) && sentenceEnd.test(deck.text) && wordCount(deck.text) <= 30 && !/[.!?]["”’)]*\s+\S/.test(withoutAbbreviations(deck.text)) && isBodyLike(next.text) && wordCount(next.text) > wordCount(deck.text))
  }
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!
    if (!line.meta?.unsigned) continue
    // "This content originally appeared on Example News." over the story's first paragraph: the republished story's note
    // signs it with the outlet it came from, as a byline does.
    if (line.meta.outlet && /^this (?:content|story|article|post|report)\b/i.test(line.text) && (firstParagraph < 0 || index <= firstParagraph)) {
      line.meta.unsigned = false
      continue
    }
    // A language switcher ("English", "Arabic") may sit between a name and its date.
    let below = index + 1
    while (lines[below]?.chrome?.reason === 'language switcher') below++
    const next = lines[below]
    const previous = lines[index - 1]
    // A name over the header's language switcher is the byline of a site that prints no date there.
    if (below > index + 1 && wordCount(line.text) <= 4) continue
    // "Jane Roe" over "Acting Police Commissioner": a name with a public office (no newsroom's role) on the line right under
    // it is the caption of the person in the picture, broken over two lines, not a writer and the writer's title.
    // (Over the story's first paragraph only: under it, a name and an office are a letter's or a statement's signature.)
    if (next && below === index + 1 && (firstParagraph < 0 || index < firstParagraph) && !next.blankBefore && !next.chrome && !next.meta && wordCount(next.text) <= 6 && !sentenceEnd.test(next.text) && /^\p{Lu}/u.test(next.text) && officeWord.test(next.text) && !affiliation(next.text)) {
      line.meta = null
      line.chrome = next.chrome = { reason: 'photo caption' }
      continue
    }
    // A name printed twice in a row with no "By" before it ("Attorney Jane Roe" / "Attorney Jane Roe"), the person the
    // story's paragraphs speak of ("Roe said …"): the lead picture's caption and its alternative text, not the writer,
    // whatever role line stands under it.
    // (So is a pair printed with no blank line between them, over another name alone on its line: "Kilrush Pier" twice
    // over "Jane Roe".)
    const otherName = Boolean(next && below === index + 1 && next.key !== line.key && next.meta?.unsigned && !line.blankBefore)
    if (lines[index - 1]?.key === line.key && !lines[index - 1]!.chrome && (otherName || namedInParagraphs(line.text, new Set(lines.slice(index + 1).map((other) => other.key))))) {
      line.meta = null
      line.chrome = lines[index - 1]!.chrome = { reason: 'photo caption' }
      lines[index - 1]!.meta = null
      continue
    }
    // A name of a few words printed twice in a row that the story does not name, the second copy right over the lede
    // ("Jane Roe" / "Jane Roe" / the first paragraph): the writer's name and its card's, the byline of a site that prints
    // no "By" and no date there.
    const twice = (at: number) => lines[at]?.key === line.key && !lines[at]!.chrome && Boolean(lines[at]!.meta?.unsigned)
    const ledeAt = (at: number) => Boolean(lines[at]) && !lines[at]!.chrome && !lines[at]!.meta && isSentence(lines[at]!.text) && (firstParagraph < 0 || at <= firstParagraph)
    if (wordCount(line.text) <= 4 && ((twice(index - 1) && ledeAt(index + 1)) || (twice(index + 1) && ledeAt(index + 2)))) continue
    // "Jane Roe" over "By:": a person's name printed before its label (the page's blocks set in the other order, the
    // writer's role under the label); the label signs the name over it as the one under it.
    // (A name under the label is the label's own: the line over it is then the title.)
    if (next?.chrome?.reason === 'byline label' && below === index + 1 && previous?.chrome?.reason !== 'byline label' && !lines[below + 1]?.meta?.authors && wordCount(line.text) <= 4 && line.meta.authors?.every((author) => author.kind === 'person')) {
      line.meta.unsigned = false
      const role = lines[below + 1]
      if (role && !role.chrome && !role.meta && affiliation(role.text)) role.affiliation = true
      continue
    }
    // "By" on a line of its own, then "AFP" (then "|" and the date): a byline broken over lines, signed by its label.
    if (previous?.chrome?.reason === 'byline label' && wordCount(line.text) <= 4) {
      line.meta.unsigned = false
      continue
    }
    // A site's name with a stray mark under the name ("Valley Herald·") says where the author writes, as an affiliation does.
    if (next?.chrome?.reason === 'site name') continue
    // "BSS" / "Dhaka" under the title: an agency's or reporter's name over the city the story was filed from.
    // (The same right over the lede, "JANE ROE" / "Lusaka" / the first paragraph, whatever is over the name.)
    const filedFrom = Boolean(next && !next.chrome && !next.meta && below === index + 1 && /^\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}\p{Ll}{2,})?$/u.test(next.text) && ((previous && !previous.chrome && !previous.meta && wordCount(previous.text) >= 4 && !sentenceEnd.test(previous.text)) || below + 1 === firstParagraph))
    if (next && !next.chrome && (affiliation(next.text) || filedFrom || (next.meta && (!next.meta.authors || next.meta.unsigned)))) next.affiliation = Boolean(affiliation(next.text)) || filedFrom
    // A name right under the date line ("April 17, 2024 | Updated …", then "The X Bureau").
    else if (previous && !previous.chrome && previous.meta && !previous.meta.authors && previous.meta.dates.length > 0) continue
    // "Reuters Staff" over "1 Min Read": the reading time is the byline's evidence, as a date is; so is the date's label
    // over the lede, its value left for a script to fill in ("Jane Roe" / "Published" / the first paragraph).
    else if (next?.chrome && (readTime.test(next.text) || (next.chrome.reason === 'date label' && below + 1 === firstParagraph && wordCount(line.text) <= 3 && !lines[firstParagraph]!.text.includes(line.text)))) continue
    // "Jane Roe" alone between a title-shaped line and the story's first paragraph: the byline of a site that prints
    // no "By" and no date. (On a page read again as printing no title, the place its title is set in stands for one.)
    // The same over a lede printed right under it, with no blank line between ("Example Agency" / "Two people were …"),
    // or over a short lede of one sentence set apart as its own paragraph ("Jane Roe" / "The harbour pool will reopen
    // next month." / the paragraph that tells it), a blank line between or not.
    // (A widget's counter between the title and the name, "0" comments, is passed over.)
    // (A name that the lede under it names again, "… said the region's governor Jane Roe.", is the person in the
    // picture or the one the story quotes, not its writer.)
    // (A name whose words the title over it uses, "Meet Hackers" under "Hackers are attacking …", is the site's, named for
    // its beat, not its writer's.)
    // The lead picture's caption between the title and a name alone over the lede, crediting the picture to that name ("ABOVE:
    // A home after the floods. Photo: Jane Roe" / "Jane Roe"): the writer took the picture and signs the story.
    else if (previous && !previous.meta && index + 1 === firstParagraph && previous.text.length > line.text.length && new RegExp(String.raw`\b(?:photo|picture|image|pic)s?\s*(?:by|:)\s*${escapeRegExp(line.text)}$`, 'i').test(previous.text) && [lines[index - 2]].some((title) => title && !title.chrome && !title.meta && wordCount(title.text) >= 4 && !sentenceEnd.test(title.text))) continue
    // An agency's name alone under the title, then the lead picture's caption with the agency's credit after it (glued on
    // or not: "… his players instructionsAFP") before the story: the agency signs the story, as over the lede itself.
    else if (oneWordDesks.test(line.text) && previous && !previous.chrome && !previous.meta && wordCount(previous.text) >= 4 && !sentenceEnd.test(previous.text) && firstParagraph > below && firstParagraph <= below + 3 && lines.slice(below, firstParagraph).every((other) => !other.meta && wordCount(other.text) <= 40) && lines.slice(below, firstParagraph).some((other) => other.text.length > line.text.length + 10 && other.text.endsWith(line.text) && !sentenceEnd.test(other.text))) continue
    // A wire agency's name alone ("Associated Press", "(Xinhua)", "AFP") over the lede that opens on the dateline of wire
    // copy ("KINSHASA, Congo — …", "KHARTOUM - …", "Port Alder, Ostland — …"), only the layout's marks between them: the
    // agency's byline.
    else if (wireAgency(line.text) && [lines.slice(index + 1).find((other) => !other.chrome && !/^[\s|·•-]*$/.test(other.text))].some((lede) => lede && !lede.meta && isBodyLike(lede.text) && (datelinePattern.test(lede.text) || agencyDateline.test(lede.text) || titleCaseDateline.test(lede.text)))) continue
    else if (!(previous && titleWordsOf(previous.text, line.text)) && !lines.slice(index + 1, index + 4).some((other) => !other.chrome && other.text.length > line.text.length && other.text.includes(line.text) && !citesOwnAgency(other.text, line.text, lines)) && (index + 1 === firstParagraph || labelsUntilLede(index) || (next && below === index + 1 && !next.chrome && !next.meta && isSentence(next.text))) && wordCount(line.text) <= 3 && ([previous?.chrome?.reason === 'share counter' ? lines[index - 2] : previous].some((title) => title && (title.text === untitledMark || (!title.chrome && !title.meta && wordCount(title.text) >= 4 && !sentenceEnd.test(title.text)))) || deckOverName(index))) continue
    else line.meta = null
  }
  // Photo captions and credits, and the lines that carry one on ("iStock The Straits Times reported … citizens" /
  // "to push for change …"): a short line opening in lower case right under a caption that breaks off unfinished (its
  // caption text ends the line, with no full stop) is the rest of that caption. Under a finished caption it is the
  // story's ("iPhone sales rose …", "de Blasio argued …").
  // "Example Agency, Jane Roe" printed twice in a row, or under the "Source: Example Agency" credit: the agency's photo and
  // its photographer, as a picture's alternative text and caption print it, not a byline (a byline names the person first).
  const agencyCredits = new Set<number>()
  lines.forEach((line, index) => {
    const parts = line.meta?.authors && !line.meta.dates.length ? /^(\p{Lu}[\p{L}&.-]*),\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})$/u.exec(line.text) : null
    if (!parts) return
    const twin = lines[index + 1]?.text === line.text || lines[index - 1]?.text === line.text
    const credited = [lines[index - 1], lines[index - 2]].some((other) => other?.chrome?.reason === 'source credit' && creditedName(other.text) === parts[1])
    if (!twin && !credited) return
    line.meta = null
    agencyCredits.add(index)
  })
  const captions = lines.map((line, index) => (agencyCredits.has(index) ? { caption: '', credit: line.text } : line.chrome || line.meta ? null : splitCaption(line.text)))
  // "… raised its key rate to the highest level in 13 years. (AP)" as the last line of the text before the site's own
  // lines under it: the wire's sign-off in brackets closing the story's last paragraph, no picture's credit, when the
  // story's prose runs above it.
  {
    let last = lines.length - 1
    while (last >= 0 && lines[last]!.chrome) last--
    const line = lines[last]
    if (line && captions[last] && bracketSignOff.test(line.text) && wordCount(line.text) >= 20 && lines.slice(0, last).filter((other) => !other.chrome && !other.meta && isSentence(other.text) && wordCount(other.text) >= 12).length >= 3) captions[last] = null
  }
  // A paragraph closing on an outlet's name in brackets with no paragraph of the story under it ("… ended shortly before
  // midnight. (Example Gazette)", then the site's lists): the story's sign-off, no picture's caption; a caption so credited
  // sits between the story's paragraphs.
  lines.forEach((line, index) => {
    if (!captions[index] || !bracketedSourceOnly(line.text)) return
    if (!lines.slice(index + 1).some((other, at) => !other.chrome && !other.meta && !captions[index + 1 + at] && isSentence(other.text) && wordCount(other.text) >= 6)) captions[index] = null
  })
  // "State Rep. Jane Roe (l) addresses …": a caption that places the people in the picture, before the story's first
  // paragraph.
  // "Jane Roe speaks during a meeting in Port Alder, Maine, Monday, March 4, 2024.": an uncredited caption that describes
  // the picture's scene in the present and closes on its day or date, right above the story's first paragraph.
  const sceneCaption = (index: number) => {
    const text = lines[index]!.text
    if (!sentenceEnd.test(text) || wordCount(text) > 40 || /["“”]|[.!?]\s+\p{Lu}/u.test(text) || attribution.test(text) || !sceneVerb.test(text) || !sceneEnd.test(text)) return false
    const next = lines.slice(index + 1).find((other) => !other.chrome && !other.meta)
    return Boolean(next && isBodyLike(next.text))
  }
  for (const [index, line] of lines.entries()) {
    if (line.chrome || line.meta || captions[index]) continue
    if (inPicture.test(line.text) && wordCount(line.text) <= 60) captions[index] = { caption: line.text, credit: null }
    else if (sceneCaption(index)) captions[index] = { caption: line.text, credit: null }
    // (…and one told as who is shown, a participle after a comma and the dated day: "Port Alder's new harbour master, Jane
    // Roe, pictured on Monday, March 3, 2025.", over the story's first paragraph.)
    else if (participleDateCaption(line.text) && isBodyLike(lines.slice(index + 1).find((other) => !other.chrome && !other.meta)?.text ?? '')) captions[index] = { caption: line.text, credit: null }
    else if (isBodyLike(line.text)) break
  }
  // "People carrying banners gather at a park near the" as the page's last line, cut off under the story's last paragraph:
  // a picture's caption told in the present, who is shown and what they do there, no verb before it ("The council will
  // hold its vote in the" has one: the story's sentence, cut off).
  let cutAt = lines.length - 1
  while (cutAt >= 0 && lines[cutAt]!.chrome) cutAt--
  const cutCaption = lines[cutAt]
  if (cutCaption && !cutCaption.meta && !captions[cutAt] && !sentenceEnd.test(cutCaption.text) && wordCount(cutCaption.text) >= 8 && wordCount(cutCaption.text) <= 40 && !/["“”:]/.test(cutCaption.text) && !attribution.test(cutCaption.text)) {
    const verb = sceneVerb.exec(cutCaption.text)
    const subject = verb ? verb[0].split(/\s+/).slice(0, -2).join(' ') : ''
    const over = lines.slice(0, cutAt).reverse().find((line) => !line.chrome && !line.meta)
    if (verb && /^\p{Lu}/u.test(subject) && !finiteVerb.test(subject) && !/,/.test(subject) && over && isSentence(over.text) && wordCount(over.text) >= 8) captions[cutAt] = { caption: cutCaption.text, credit: null }
  }
  lines.forEach((line, index) => {
    const above = captions[index - 1]
    const unfinished = Boolean(above?.caption) && lines[index - 1]!.text.endsWith(above!.caption) && !sentenceEnd.test(above!.caption)
    if (!captions[index] && unfinished && !line.chrome && /^\p{Ll}/u.test(line.text) && wordCount(line.text) <= 25) captions[index] = { caption: line.text, credit: null }
  })
  // A figure's caption label alone on its line ("Image caption,"), then the caption on the next: the picture's, a sentence
  // or a few words, however it is told (a broadcaster's figure: "Image source, …", "Image caption,", the caption).
  lines.forEach((line, index) => {
    const label = lines[index - 1]
    if (label?.chrome?.reason !== 'caption label' || captions[index] || line.chrome || line.meta || wordCount(line.text) > 45 || /[.!?]["”’]?\s+\p{Lu}/u.test(withoutAbbreviations(line.text))) return
    captions[index] = { caption: line.text, credit: null }
  })
  // A caption box inside the story: a short title, the credit, then the picture's one-sentence caption ("Bangkok cleanup",
  // "Jane Roe /EPA", "A firefighter clears …").
  lines.forEach((line, index) => {
    const credit = captions[index]
    const title = lines[index - 1]
    const below = lines[index + 1]
    // (A credit's label left empty, "(photo credit: )", closes the caption printed over it: no box's sentence under it.)
    if (!credit || credit.caption || !title || !below || /:$/.test(credit.credit ?? '') || captions[index - 1] || captions[index + 1] || title.chrome || title.meta) return
    // The page's first line over a credit is its title over the lead picture, not a caption box inside the story; and
    // a box is inside the story, under a paragraph of it: over the lede, the text and credit are the lead picture's and
    // the sentence under them is the lede.
    if (!lines.slice(0, index - 1).some((other) => !other.chrome && !other.meta)) return
    if (!lines.slice(0, index - 1).some((other) => !other.chrome && !other.meta && isBodyLike(other.text))) return
    if (wordCount(title.text) > 5 || sentenceEnd.test(title.text) || /["“”]/.test(below.text) || wordCount(below.text) > 45 || !sentenceEnd.test(below.text) || /[.!?]\s+\p{Lu}/u.test(below.text)) return
    captions[index - 1] = { caption: title.text, credit: null }
    captions[index + 1] = { caption: below.text, credit: credit.credit }
  })
  // A picture's few words set over its credited caption inside the story, no blank line between ("Storm Damage" over "A
  // tree lies across the road in Millbrook on Friday.Jane Roe / Example Gazette"): the picture's label, not a crosshead
  // (a crosshead has the story's paragraphs under it, not a caption with its credit).
  lines.forEach((line, index) => {
    const below = captions[index + 1]
    if (!below?.caption || !below.credit || captions[index] || line.chrome || line.meta || lines[index + 1]!.blankBefore || !line.blankBefore) return
    if (wordCount(line.text) > 5 || sentenceEnd.test(line.text) || /["“”:|]/.test(line.text) || !/^\p{Lu}/u.test(line.text)) return
    if (!lines.slice(0, index).some((other) => !other.chrome && !other.meta && isBodyLike(other.text))) return
    captions[index] = { caption: line.text, credit: null }
  })
  // A credit alone on its line ("Photo: Example Times"), then right under it, no blank line between, one short sentence
  // ("A view of the new offices."): the picture's caption under its credit, not a line of the story.
  lines.forEach((line, index) => {
    const credit = captions[index]
    const below = lines[index + 1]
    // (Not under a credit's label left empty, "(photo credit: )": it closes a caption printed over it, the story goes on.)
    if (!credit || credit.caption || !credit.credit || /:$/.test(credit.credit) || !below || below.blankBefore || captions[index + 1] || below.chrome || below.meta) return
    if (!sentenceEnd.test(below.text) || wordCount(below.text) > 20 || isBodyLike(below.text) || /["“”]/.test(below.text) || /[.!?]["”’)]*\s+\p{Lu}/u.test(withoutAbbreviations(below.text))) return
    captions[index + 1] = { caption: below.text, credit: credit.credit }
  })
  // A credit alone on its line ("Photo: Example Radio / Jane Roe") under a few words naming who or what is in the picture
  // inside the story ("The mayor and her deputy."): a noun phrase closed by a full stop, with no verb a sentence tells, no
  // one quoted, twenty words at most. It is the picture's caption over its credit, not a paragraph (a paragraph says what
  // happened); over the story's first paragraph such a line is the title's.
  lines.forEach((line, index) => {
    const credit = captions[index]
    if (!credit || credit.caption || !credit.credit || /:$/.test(credit.credit)) return
    let at = index - 1
    while (at >= 0 && lines[at]!.text.trim() === '') at--
    const above = lines[at]
    if (!above || captions[at] || above.chrome || above.meta || wordCount(above.text) < 3 || wordCount(above.text) > 20) return
    if (!/^\p{Lu}/u.test(above.text) || !/\.$/.test(above.text) || /["“”:;]/.test(above.text) || finiteVerb.test(above.text) || /[.!?]["”’)]*\s+\p{Lu}/u.test(withoutAbbreviations(above.text))) return
    // (…a noun phrase with a verb in the present, "Police search the quay", is a caption too, but may be a title: left.)
    if (/\b\p{Ll}+s\s+(?:the|a|an|his|her|their|its)\b/u.test(above.text)) return
    if (!lines.slice(0, at).some((other) => !other.chrome && !other.meta && isBodyLike(other.text))) return
    captions[at] = { caption: above.text, credit: credit.credit }
  })
  // A picture's caption over its shorter alternative text, no blank line between, neither a sentence ("The minister at
  // the chamber's sitting today" / "Chamber sitting"), before the story's first paragraph: the words of the lower line
  // all in the upper one, both the picture's.
  {
    const firstParagraphAt = lines.findIndex((line) => !line.chrome && !line.meta && isBodyLike(line.text))
    lines.forEach((line, index) => {
      const below = lines[index + 1]
      if (!below || index + 1 >= firstParagraphAt || below.blankBefore || line.chrome || line.meta || below.chrome || below.meta || captions[index] || captions[index + 1]) return
      if (sentenceEnd.test(line.text) || sentenceEnd.test(below.text) || /[:;,]$/.test(line.text) || wordCount(line.text) < 5 || wordCount(line.text) > 30 || wordCount(below.text) < 2 || wordCount(below.text) > 4) return
      const upper = new Set(line.text.toLowerCase().match(/\p{L}+/gu) ?? [])
      const lower = below.text.toLowerCase().match(/\p{L}+/gu) ?? []
      if (lower.length < 2 || !lower.every((word) => upper.has(word)) || line.text.toLowerCase().startsWith(below.text.toLowerCase())) return
      // (Not the title over its label: the line above the pair is the title or the page's furniture, and the story follows.)
      const after = lines[index + 2]
      if (!after || !after.blankBefore || after.chrome || after.meta || !isSentence(after.text)) return
      captions[index] = { caption: line.text, credit: null }
      captions[index + 1] = { caption: below.text, credit: null }
    })
  }
  // A picture's text, then the same with its credit in brackets ("Suspect ID'd, Police Say", then "Suspect ID'd, Police Say
  // (Harbor Police Department )"): both are the picture's.
  lines.forEach((line, index) => {
    const next = lines[index + 1]
    if (!next || line.chrome || line.meta || captions[index] || sentenceEnd.test(line.text) || !next.text.startsWith(line.text)) return
    if (!/^\s*\([^()]{2,60}\)$/.test(next.text.slice(line.text.length))) return
    captions[index] = { caption: line.text, credit: null }
    captions[index + 1] ??= { caption: line.text, credit: next.text.slice(line.text.length).trim().replace(/^\(|\)$/g, '').trim() }
  })
  // An image's own text printed above its caption: the caption repeats it ("… in New Delhi", then "… in New Delhi |
  // Photo Credit: …").
  lines.forEach((line, index) => {
    const below = captions[index + 1]
    if (!captions[index] && below?.caption && !line.chrome && !line.meta && line.text.length >= 20 && below.caption.startsWith(line.text)) captions[index] = { caption: line.text, credit: null }
  })
  // A picture's alternative text right over its credited caption, no blank line between them, a blank line under the
  // pair ("Flooded paddock near Kessby." / "Whole fields have disappeared near Kessby.(Example Radio: Jane Roe)"), as a
  // broadcaster's figure comes out when scraped: the alternative text is the picture's too. It is a sentence or a few
  // words, twenty at most, no one quoted, and names something the caption names (a word of four letters or more).
  lines.forEach((line, index) => {
    const below = captions[index + 1]
    const next = lines[index + 1]
    const after = lines.slice(index + 2).find((other) => other.text.trim() !== '')
    if (captions[index] || !below?.caption || !below.credit || !next || next.blankBefore || (after && !after.blankBefore) || line.chrome || line.meta) return
    if (wordCount(line.text) > 20 || /["“”]/.test(line.text) || /[.!?]["”’)]*\s+\p{Lu}/u.test(withoutAbbreviations(line.text)) || /[:;,]$/.test(line.text)) return
    const named = contentWords(below.caption)
    if (![...contentWords(line.text)].some((word) => named.has(word))) return
    captions[index] = { caption: line.text, credit: null }
  })
  // A picture's text printed twice in a row, once with its credit run on after it ("Crowds at the quay. Jane Roe - Example
  // Agency via Picture Desk", then "Crowds at the quay.", or "Representational image.", then "Representational image. File
  // picture"): both are the picture's. The tail is a credit: a few words, no sentence of its own.
  lines.forEach((line, index) => {
    const next = lines[index + 1]
    // (One copy may be told as a caption already, by its credit: the other is its repeat.)
    if (!next || (captions[index] && captions[index + 1]) || line.chrome || line.meta || next.chrome || next.meta) return
    const [short, long] = line.text.length < next.text.length ? [line.text, next.text] : [next.text, line.text]
    // (…or the longer copy is the same text run together twice, alternative text and caption glued with no space or one
    // between them, "… of the old mill roadThe planned route …", over or under the text once: a caption with no full stop,
    // a few words or more, as no paragraph of the story is printed.)
    if ((long === short + short || long === `${short} ${short}`) && wordCount(short) >= 5 && !sentenceEnd.test(short) && !/["“”]/.test(short)) {
      captions[index] ??= { caption: short, credit: null }
      captions[index + 1] ??= { caption: short, credit: null }
      return
    }
    // (The credit may be glued on with no space, an agency's capitals after the caption's last word: "… his players
    // instructionsAFP".)
    // (…or a credit's label glued on after the caption's full stop: "… with supporters.Credit: Example Gazette",
    // "….Photo: Jane Roe".)
    const gluedLabel = /[.!?)]["”’]?$/u.test(short) && /^(?:Credit|Photo(?:graph)?|Picture|Image|Pic|Source)s?\s*:\s*\S/iu.test(long.slice(short.length))
    // (…or a credit's initials or name in brackets glued on after the caption's full stop: "… on Tuesday morning.(SBN)".)
    const gluedBracket = /[.!?]["”’]?$/u.test(short) && /^\(\p{Lu}[\p{L}\d .&/'’-]{1,40}\)$/u.test(long.slice(short.length))
    const glued = (/[\p{Ll}.)]$/u.test(short) && /^\p{Lu}{2,}(?:\s|$)/u.test(long.slice(short.length))) || gluedLabel || gluedBracket
    if (wordCount(short) < 2 || wordCount(short) > 40 || !long.startsWith(short) || !(/^\s/.test(long.slice(short.length)) || glued)) return
    const tail = long.slice(short.length).trim()
    // (The credit may be bracketed: "… on Friday. (photo credit: JANE ROE/AGENCY)", or its label left with no name in it
    // where the site lost the photographer's: "Old city walls (photo credit: )".)
    const bracketed = /^\((?:(?:photo|image|picture)(?:\s+credit)?|credit|source)\s*:\s*(?:[^()]{2,60})?\)$/iu.test(tail) || gluedBracket
    // (…or only the mark that sets the credit apart, its name lost: "… Mandatory Credit: Jane Roe-Example Sports /", the
    // same caption over it without the slash. A finished caption of a few words or more, the copy otherwise the same.)
    const bareMark = /^[/|–—]$/u.test(tail) && wordCount(short) >= 6
    if (bareMark) {
      captions[index] ??= { caption: short, credit: null }
      captions[index + 1] ??= { caption: short, credit: null }
      return
    }
    // (…or a site's and an agency's names set apart by a slash, in lower case as some sites print them: "… vísir/getty".)
    const slashPair = /^[\p{L}.-]{2,20}\/[\p{L}.-]{2,20}$/u.test(tail)
    if (wordCount(tail) > 8 || (sentenceEnd.test(tail) && !bracketed) || !(/^\p{Lu}/u.test(tail) || bracketed || slashPair)) return
    // (A title, then a caption that is only its opening words, "Harbour Board Approves New Quay", then "Harbour Board": the
    // tail is the title's predicate, no credit: a credit follows a finished caption, or names a picture or who took it.)
    // (The shorter copy first, the longer one finishing it with a name's last word or two, "… Commander Jane" over "…
    // Commander Jane Roe": the alternative text cut short, then the caption in full.)
    const nameFinished = short === line.text && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u.test(tail) && /\s\p{Lu}\p{Ll}+$/u.test(short)
    if (!glued && !nameFinished && !sentenceEnd.test(short) && !/\b(?:photo|photograph|picture|pic|image|file|via|credit|courtesy|stock|getty|reuters|afp|ap|epa|pa|press|agency|news|staff)\b|[/|–—-]/iu.test(tail)) return
    captions[index] ??= { caption: short, credit: long === line.text ? tail : null }
    captions[index + 1] ??= { caption: short, credit: long === next.text ? tail : null }
  })
  // A picture's caption, its credit alone under it, then the caption again (alternative text and caption around the
  // credit, as a figure comes out when scraped): "Residents walk along the shore …" / "Reuters" / "Residents walk along
  // the shore …", or "AFP via Getty Images", "Jane Roe / Example Gazette", "Supplied" between. The credit: a name of a few
  // capitalised words (a slash or "via" between them), no sentence.
  lines.forEach((line, index) => {
    const credit = lines[index + 1]
    const again = lines.slice(index + 2).find((other) => other.text.trim() !== '')
    if (!credit || !again || line.chrome || line.meta || credit.chrome || (captions[index] && captions[index + 1])) return
    if (again.text !== line.text || wordCount(line.text) < 4 || wordCount(line.text) > 60 || credit.blankBefore) return
    if (!/^(?:[Tt]he\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*(?:(?:\s*\/\s*|\s+via\s+|\s+)[\p{Lu}\d][\p{L}\d&'’.-]*){0,4}$/u.test(credit.text) || sentenceEnd.test(credit.text)) return
    // (A section's name between a title and its copy, "Harbour fees rise" / "News" / "Harbour fees rise", is the page's
    // label over the title printed twice, no credit: "News", "Sport", "Local News" credit no picture.)
    if (credit.text.split(/\s+/).every((word) => sectionName.test(word))) return
    captions[index] ??= { caption: line.text, credit: credit.text }
    captions[index + 1] ??= { caption: '', credit: credit.text }
    captions[lines.indexOf(again)] ??= { caption: line.text, credit: null }
  })
  // …or with a word or two at its end changed, the second copy carrying the credit, no blank line between the two.
  lines.forEach((line, index) => {
    const next = lines[index + 1]
    if (!next || next.blankBefore || captions[index] || line.chrome || line.meta || next.chrome || next.meta) return
    if (!retouchedCaptionPair(line.text, next.text)) return
    captions[index] = { caption: line.text, credit: null }
    captions[index + 1] ??= { caption: next.text, credit: null }
  })
  // A picture's caption printed twice in a row, the first time cut short with an ellipsis ("Three firefighters were
  // rescued from a burning home in..."), then in full: both are the picture's when the full one is told as a caption, or
  // when the byline or date follows right under the pair (the lede sits under the byline, not over it).
  lines.forEach((line, index) => {
    const next = lines[index + 1]
    if (!next || captions[index] || line.chrome || line.meta || next.chrome || next.meta) return
    const preview = (line.text.endsWith('...') || line.text.endsWith('…')) && /^(.*?\p{L}[\p{L},]*)\s?(?:\.{3}|…)$/u.exec(line.text)?.[1]
    if (!preview || wordCount(preview) < 6 || !next.text.startsWith(preview) || next.text.length <= preview.length + 3) return
    if (!captions[index + 1] && !lines[index + 2]?.meta) return
    captions[index] = { caption: line.text, credit: null }
    captions[index + 1] ??= { caption: next.text, credit: null }
  })
  // A picture agency's caption anywhere in the page, in its fixed form: who, doing what during which event, then "on
  // <Month> <day>, <year> in <City>, <Country>." closing it ("Jane Roe of Harbour City pulls up injured during the League
  // match between Harbour City and Eastvale at the Riverside Ground on December 05, 2015 in Port Alder, England."). A
  // sentence of the story that ends so quotes no one and names the event after "during", as such captions do, rarely.
  lines.forEach((line, index) => {
    if (line.chrome || line.meta || captions[index] || wordCount(line.text) > 70 || /["“”]/.test(line.text) || attribution.test(line.text)) return
    if (agencyCaption.test(line.text) && !/[.!?]\s+\p{Lu}/u.test(withoutAbbreviations(line.text.slice(0, -1)))) captions[index] = { caption: line.text, credit: null }
  })
  // A picture's caption inside the story dated as agencies date their pictures, after a comma ("A ferry waits at the quay
  // in Port Alder, Ostland, March 4, 2024."): one sentence, no one quoted.
  lines.forEach((line, index) => {
    if (line.chrome || line.meta || captions[index] || wordCount(line.text) > 45 || attribution.test(line.text)) return
    if (commaDateCaption.test(line.text) && !/[.!?]\s+\p{Lu}/u.test(withoutAbbreviations(line.text.slice(0, -1)))) captions[index] = { caption: line.text, credit: null }
  })
  const unbulleted = (text: string) => text.replace(/^[•·▪■●◦‣*]\s*/, '')
  // A picture's text printed twice in a row (its alternative text, then its caption, as galleries and figures come out
  // when scraped): a caption, unless a byline or date follows right after, which makes the pair a headline and its
  // repeat.
  const repeated = new Set<number>()
  // (A paragraph's copies may differ in their spaces alone, words run together in one of them: "after itamalgamates".)
  // (…or in their apostrophes and quote marks alone, one copy straight, the other curly: "Barbados' …" and "Barbados’ …".)
  const plainMarks = (text: string) => unbulleted(text).replace(/[‘’ʼ`]/g, "'").replace(/[“”]/g, '"')
  const sameText = (text: string, other: string) => plainMarks(text) === plainMarks(other) || (isSentence(other) && wordCount(other) >= 12 && unbulleted(text).replace(/\s+/g, '') === unbulleted(other).replace(/\s+/g, ''))
  /** The first line of three words or more that is neither chrome nor a byline or date. */
  let firstWordy = lines.findIndex((line) => !line.chrome && !line.meta && wordCount(line.text) >= 3)
  if (firstWordy < 0) firstWordy = lines.length
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]!
    const twin = lines[index + 1]!
    // (Under the story's first paragraph a picture's text of two words counts too: "Harbour Police", twice.)
    if (line.chrome || line.meta || twin.chrome || twin.meta || !sameText(twin.text, line.text) || wordCount(line.text) < (firstProse >= 0 && index > firstProse && !sentenceEnd.test(line.text) ? 2 : 3)) continue
    let after = index + 2
    while (after < lines.length && sameText(lines[after]!.text, line.text)) after++
    // The pair a headline and its repeat: a byline or date follows, at most a standfirst between (a sentence, or any
    // line when the pair is title-shaped and no picture's text came just before it, as on a gallery).
    // (…a name or two alone between the standfirst and the date, the desk's or the reporter's, "Example Wire" / "Example
    // Wire,", count as the header's too: the byline the page prints over its date line.)
    let header = after + 1
    while (header < lines.length && header <= after + 2 && !lines[header]!.meta && !lines[header]!.chrome && nameShape.test(lines[header]!.text.replace(/,$/, ''))) header++
    const standfirst = lines[after] && !lines[after]!.chrome && lines[header]?.meta
    const titleShaped = !sentenceEnd.test(line.text) && !/[.!?]\s+\S|\s\/\s/.test(line.text) && !captions[index - 1]
    if (lines[after]?.meta || (standfirst && (sentenceEnd.test(lines[after]!.text) || titleShaped))) continue
    // The pair is the first title-shaped text on the page and the story follows it: the headline printed twice (as a
    // heading and as the page title), not a picture's.
    // (A brand's name of a few words on the line above it, "Example News XYZ", is the masthead, not a title before it.)
    const firstTitle = titleShaped && (index <= firstWordy || (index === firstWordy + 1 && wordCount(lines[firstWordy]!.text) <= 4 && !sentenceEnd.test(lines[firstWordy]!.text)))
    // A photo credit ("Photo: WINA") or the title tag's copy ("Headline | tag") may sit between the pair and the story.
    let story = after
    // (…and so may the lead picture's few words of text over such a credit: "Police car" / "Photo: Jane Roe.")
    const pictureText = (at: number) => wordCount(lines[at]!.text) <= 5 && !sentenceEnd.test(lines[at]!.text) && Boolean(lines[at + 1]) && creditLine.test(lines[at + 1]!.text)
    // (…and the lead picture's caption already read as one, and its credit, "Jane Roe/Example Agency via Example Wire".)
    while (story < lines.length && (lines[story]!.chrome || captions[story] || creditLine.test(lines[story]!.text) || pictureCredit.test(lines[story]!.text) || pictureText(story) || (lines[story]!.text.startsWith(line.text) && /^\s[|–—-]\s/.test(lines[story]!.text.slice(line.text.length))))) story++
    // …and so may a desk's or reporter's name with the lede printed right under it, no blank line between ("Example Agency").
    const nameOverLede = lines[story] && nameShape.test(lines[story]!.text) && lines[story + 1] && !lines[story + 1]!.blankBefore && isSentence(lines[story + 1]!.text)
    // …or a signed name ("By Example Agency"), the share widget's buttons between it and the lede.
    let ledeAt = story + 1
    while (ledeAt < lines.length && lines[ledeAt]!.chrome) ledeAt++
    const signedOverLede = lines[story] && /^By\s+\p{Lu}/u.test(lines[story]!.text) && nameShape.test(lines[story]!.text.slice(3)) && lines[ledeAt] && isBodyLike(lines[ledeAt]!.text)
    // (A short lede counts when another sentence follows it: "CITY, ST (CALL) - A suspect is behind bars.")
    const shortLede = lines[story] && isSentence(lines[story]!.text) && lines[story + 1] && isSentence(lines[story + 1]!.text)
    // (…or over a wire's credit and where it was filed, "Example Wire, Port Alder, Ostland", then the lede.)
    const creditedOverLede = lines[story] && agencyFiled(lines[story]!.text) && lines[ledeAt] && isBodyLike(lines[ledeAt]!.text)
    // (…and a standfirst printed without its full stop between the pair and the lede, longer than the title: "Title" /
    // "Title" / "Crews reached the group overnight, bringing all nine down" / lede.)
    const deckOverLede = lines[story] && !sentenceEnd.test(lines[story]!.text) && !/[:;,]$/.test(lines[story]!.text) && wordCount(lines[story]!.text) > wordCount(line.text) && wordCount(lines[story]!.text) <= 40 && lines[story + 1] && !lines[story + 1]!.chrome && isBodyLike(lines[story + 1]!.text)
    // (…or over the lead picture's caption closing on its credit, "… on Monday. (EXA)": the title printed twice over it.)
    if (firstTitle && lines[story] && creditedCaption(lines[story]!.text)) continue
    if (firstTitle && lines[story] && (isBodyLike(lines[story]!.text) || nameOverLede || signedOverLede || shortLede || deckOverLede || creditedOverLede)) continue
    // A paragraph printed twice (a full sentence of body length, no credit in it, the same text each time) keeps one
    // copy; the others are repeats.
    // (A gallery prints each picture's text bulleted, then plain: those are captions.)
    // (Copies that differ in their spaces are the same paragraph set twice, not a picture's text: a sentence of a dozen
    // words or more.)
    const respaced = lines.slice(index, after).some((copy) => copy.text !== line.text)
    // (Copies run together with no blank line between them, a blank line under the last, where the story's paragraphs are
    // set apart by blank lines, are a picture's alternative text and its caption: the same sentence each time, but the
    // picture's.)
    const figure = !respaced && lines.slice(index + 1, after).every((copy) => !copy.blankBefore) && Boolean(lines[after]?.blankBefore) && lines.slice(after, after + 4).filter((other) => !other.chrome && !other.meta).every((other) => other.blankBefore)
    const paragraph = (isBodyLike(line.text) || respaced) && !figure && !splitCaption(line.text) && lines.slice(index, after).every((copy) => copy.text === line.text || copy.text.replace(/\s+/g, '') === line.text.replace(/\s+/g, ''))
    for (let at = index; at < after; at++) {
      if (paragraph && at < after - 1) repeated.add(at)
      else if (!paragraph) captions[at] ??= { caption: lines[at]!.text, credit: null }
    }
    index = after - 1
  }
  // A picture's few words told with a participle ("Portland Place being surfaced") between a title-shaped line and the
  // story's first sentence: the picture's caption, not a title under the title.
  for (let index = 1; index + 1 < lines.length; index++) {
    const line = lines[index]!
    if (isBodyLike(line.text)) break
    if (line.chrome || line.meta || captions[index] || !shortParticipleCaption(line.text)) continue
    let above: Line | undefined
    for (let at = index - 1; at >= 0 && !above; at--) if (!lines[at]!.chrome) above = lines[at]
    const below = lines.slice(index + 1).find((other) => !other.chrome)
    if (above && !above.meta && wordCount(above.text) >= 3 && !/[.:;,]$/.test(above.text) && below && !below.meta && isSentence(below.text)) captions[index] = { caption: line.text, credit: null }
  }
  // …and the same between two paragraphs of the story, five words or more, over the picture's credit ("Judge Jane Roe
  // presiding in court" / "(Image: Example Photography)") or closing on the place the picture shows ("Patients waiting for
  // beds in Eastvale General Hospital"): the picture's caption, not a crosshead ("Workers clearing the old quay").
  const shownPlace = /\s(?:in|at|outside|inside|near)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*$/u
  for (let index = 1; index + 1 < lines.length; index++) {
    const line = lines[index]!
    // (…or told as the things shown and what was done with them, "The items that police found in the boat": a caption
    // wherever it stands between two paragraphs, no credit or place needed.)
    // (…or told as who is shown and a participle, closed with a full stop, "Jane Roe chairing the vote on the budget.".)
    const relative = !line.chrome && !line.meta && !captions[index] && ((wordCount(line.text) >= 6 && wordCount(line.text) <= 16 && relativeCaption.test(line.text)) || namedParticipleCaption(line.text))
    if (!relative && (line.chrome || line.meta || captions[index] || wordCount(line.text) < 5 || !shortParticipleCaption(line.text))) continue
    const credited = Boolean(captions[index + 1]?.credit) && !captions[index + 1]!.caption && !lines[index + 1]!.blankBefore
    if (!relative && !credited && !shownPlace.test(line.text)) continue
    let above: Line | undefined
    for (let at = index - 1; at >= 0 && !above; at--) if (!lines[at]!.chrome && !captions[at]) above = lines[at]
    let below: Line | undefined
    for (let at = index + 1; at < lines.length && !below; at++) if (!lines[at]!.chrome && !captions[at]) below = lines[at]
    if (above && !above.meta && isSentence(above.text) && below && !below.meta && isSentence(below.text)) captions[index] = { caption: line.text, credit: null }
  }
  /** A line sitting right on top of a caption: the picture's title or description when it is not the headline. */
  // (A paragraph of several sentences whose last lost its full stop, or closes on its sources in brackets, is no picture's
  // text.)
  // (The title printed again right over the lead picture's caption is the headline's repeat, not the picture's text.)
  const aboveCaption = (index: number) => Boolean(captions[index + 1]) && !captions[index] && !sentenceEnd.test(lines[index]!.text) && !runsOnSentences(lines[index]!.text) && !lines.some((other, at) => at < index && other.key === lines[index]!.key)
  const story: ParsedStory = {
    authors: [],
    canonicalUrl: null,
    confidence: { authors: 'none', date: 'none', headline: 'none' },
    dateline: null,
    dateZone: null,
    dropped: [],
    headline: '',
    hero: null,
    modifiedAt: null,
    paragraphs: [],
    publishedAt: null,
    readAlso: [],
    sourceId: null,
    sources: [],
    standfirst: null,
    storeDateHint: null,
    suggestedSources: [],
  }
  const drop = (line: string, reason: string) => story.dropped.push({ line, reason })
  if (storeHeader) drop(storeHeader, "page store's header (its date is a low-confidence hint, never the publication date)")

  // Addresses and ids anywhere on the page identify it; they are never story text.
  const used = new Set<number>()
  lines.forEach((line, index) => {
    const url = urlLine.exec(line.text)
    const id = sourceIdLine.exec(line.text)
    if (url && !line.chrome) {
      story.canonicalUrl ??= url[1]!
      used.add(index)
    } else if (id && !line.chrome) {
      story.sourceId ??= (id[1] ?? id[2])!
      used.add(index)
    }
  })

  if (headerUrl) story.canonicalUrl ??= headerUrl

  // A site's name and its slogan printed over and over above the story, as each of its headers prints them (the desktop
  // one, the mobile one, the sticky one): a run of five lines or more with two or three texts among them, each printed
  // twice or more in the run and one three times or more ("The Student Voice of Northbrook College Since 1921" / "The
  // Northbrook Lantern" / "The Northbrook Lantern" / "The Student Voice …" / "The Northbrook Lantern"), short lines with
  // no sentence among them: the masthead's, no title printed again.
  {
    const storyAt = lines.findIndex((line) => !line.chrome && !line.meta && isBodyLike(line.text))
    const top = Math.min(storyAt < 0 ? lines.length : storyAt, 40)
    const short = (at: number) => !lines[at]!.meta && wordCount(lines[at]!.text) <= 12 && !sentenceEnd.test(lines[at]!.text)
    for (let start = 0; start + 5 <= top; start++) {
      if (!short(start)) continue
      const counts = new Map<string, number>()
      let run = -1
      for (let end = start; end < top && short(end); end++) {
        counts.set(lines[end]!.key, (counts.get(lines[end]!.key) ?? 0) + 1)
        if (counts.size > 3) break
        if (end - start + 1 >= 5 && counts.size >= 2 && [...counts.values()].every((count) => count >= 2) && [...counts.values()].some((count) => count >= 3)) run = end
      }
      if (run < 0) continue
      // (Nor is a line the story's first paragraph takes up, three of its topics and half of them or more: the title.)
      const lede = storyAt < 0 ? new Set<string>() : topicStems(lines[storyAt]!.text)
      const told = (text: string) => ((own) => [...own].filter((stem) => lede.has(stem)).length)(topicStems(text))
      if (lines.slice(start, run + 1).some((line) => told(line.text) >= 3 && told(line.text) * 2 >= topicStems(line.text).size)) break
      for (let at = start; at <= run; at++) if (!lines[at]!.chrome) lines[at]!.chrome = { reason: 'masthead printed again' }
      break
    }
  }

  // Another story's card set over the story's title (a site's featured slot): the card's title, no full stop, its byline
  // row right under it, a date after the name or not ("Maya Okafor, Contributor • April 9, 2024"), a share link's word or two at most, then the
  // story's own title right over its first sentence, no byline or date of its own. The card's title speaks of the story in
  // a quarter of its topics at most, the story's title in two thirds of them at least, three or more: the card's title and
  // row are the other story's, neither the headline nor the story's byline. (A headline over its own byline and a deck
  // under both, "Council backs shelter" / "By Jane Roe" / "Members voted …", has no second title between them and the
  // story.)
  {
    const titleShaped = (text: string) => /^["“‘]?[\p{Lu}\d]/u.test(text) && wordCount(text) >= 4 && wordCount(text) <= 25 && !sentenceEnd.test(text) && !/[:;,|]$/.test(text)
    const skipped = (at: number) => Boolean(lines[at]!.chrome) || Boolean(captions[at])
    for (let at = 0; at + 3 < Math.min(lines.length, 60); at++) {
      const card = lines[at]!
      const row = lines[at + 1]!
      if (skipped(at) || card.meta || !titleShaped(card.text) || allCapsRow.test(card.text) || row.chrome || !row.meta?.authors?.length) continue
      let title = at + 2
      for (let shares = 0; title < lines.length && (skipped(title) || (shares < 2 && !lines[title]!.meta && wordCount(lines[title]!.text) <= 2 && !sentenceEnd.test(lines[title]!.text))); title++) if (!skipped(title)) shares++
      let lede = title + 1
      while (lede < lines.length && skipped(lede)) lede++
      if (lede >= lines.length || lines[title]!.meta || !titleShaped(lines[title]!.text) || lines[lede]!.meta || !isSentence(lines[lede]!.text)) continue
      const story = new Set<string>()
      for (let at = lede, taken = 0; at < lines.length && taken < 3; at++) {
        if (skipped(at) || lines[at]!.meta || !isSentence(lines[at]!.text)) continue
        for (const stem of topicStems(lines[at]!.text)) story.add(stem)
        taken++
      }
      const told = (text: string) => [...topicStems(text)].filter((stem) => story.has(stem)).length
      const cardTopics = topicStems(card.text).size
      const titleTopics = topicStems(lines[title]!.text).size
      if (cardTopics < 4 || told(card.text) * 4 > cardTopics || told(lines[title]!.text) < 3 || told(lines[title]!.text) * 3 < titleTopics * 2) continue
      card.chrome = row.chrome = { reason: 'card for another story over the title' }
      row.meta = null
      break
    }
  }

  // Headline: the candidate with the most evidence among the lines before the first body paragraph.
  const usable = (index: number) => !used.has(index) && !lines[index]!.chrome && !lines[index]!.affiliation
  let firstBody = lines.findIndex((line, index) => usable(index) && !line.meta && isBodyLike(line.text) && !captions[index])
  if (firstBody < 0) firstBody = lines.length
  // The headline is looked for among the first sixty lines that are not the page's furniture (a long menu or picker over
  // the title, sixty lines and more of it, takes none of them).
  let reach = lines.length
  for (let at = 0, seen = 0; at < lines.length; at++) {
    if (!lines[at]!.chrome && ++seen >= 60) {
      reach = at + 1
      break
    }
  }
  let window = Math.min(lines.length, Math.max(firstBody, 1), reach)
  let lastSentence = -1
  for (let at = lines.length - 1; at >= 0 && lastSentence < 0; at--) if (usable(at) && !lines[at]!.meta && !captions[at] && isSentence(lines[at]!.text)) lastSentence = at
  if (lastSentence < 0) lastSentence = lines.length
  type Candidate = { index: number; score: number }
  const candidates: Candidate[] = []
  /** The deck under each candidate that has one, so that the chosen headline's deck reads as the standfirst. */
  const decks = new Map<number, number>()
  /** The lead picture's caption and alternative text under a candidate read as the page's first title (see scan). */
  const pictureUnder = new Map<number, number[]>()
  /** Candidates read as the page's first title over its deck (see scan), by their index. */
  const firstTitles = new Set<number>()
  /** Titles read under the site's notices (see below), and the labels between each and its deck. */
  const noticeTitles = new Map<number, number[]>()
  /** The crossheads between a candidate's deck and the story's first sentence (see scan), by the candidate's index. */
  const crossheadsUnder = new Map<number, number[]>()
  /** Candidates with the byline or date right under them. */
  const overMeta = new Set<number>()
  let deckIndex = -1
  const nextUsable = (index: number) => {
    for (let at = index + 1; at < lines.length; at++) if (usable(at) && !captions[at] && lines[at]!.key !== lines[index]!.key) return lines[at]
    return undefined
  }
  /** Whether a line after this one prints the word (a name) again: a one-line bio over the lede names someone the story never mentions. */
  const namedAfter = (index: number, word: string) => {
    const named = new RegExp(`\\b${escapeRegExp(word)}\\b`, 'u')
    return lines.slice(index + 1).some((other) => named.test(other.text))
  }
  const previousUsable = (index: number) => {
    for (let at = index - 1; at >= 0; at--) if (usable(at) && !captions[at]) return lines[at]
    return undefined
  }
  // A picture's caption printed twice, first cut off on a small word and then whole ("Governors stand beside the marker
  // one of" over "Governors stand beside the marker one of the posts on the line"): neither line is a title, and a title
  // over them is read as over what follows them. (A title over a deck that opens on its words, "Ferry fares to rise" over
  // "Ferry fares to rise by a tenth in April", ends on a word of its own; a paragraph of the story under its opening
  // words is the lede under a teaser: see the rule on that in scan.)
  const captionTwins = new Set<number>()
  for (let at = 0; at + 1 < reach; at++) {
    const cut = lines[at]!
    const whole = lines[at + 1]!
    if (!usable(at) || !usable(at + 1) || cut.meta || whole.meta || captions[at] || captions[at + 1] || !openEnd.test(cut.text) || wordCount(cut.text) < 4 || isBodyLike(whole.text)) continue
    if (whole.text.startsWith(`${cut.text} `)) captionTwins.add(at).add(at + 1)
  }
  /** The topic words of the first three sentences of reporting under a line, by the first of them (computed once each). */
  const ledeTopics = new Map<number, Set<string>>()
  /** …and how many sentences they were (fewer than three where the page store cut the story short). */
  const ledeSentences = new WeakMap<Set<string>, number>()
  // (Summary bullets over the story, "• Minister says a deal is near.", are no reporting: the lede is under them, when the
  // story goes on in paragraphs.)
  const reporting = (at: number) => usable(at) && !lines[at]!.meta && !captions[at] && isSentence(lines[at]!.text) && !bullet.test(lines[at]!.text)
  const ledeUnder = (index: number) => {
    let first = -1
    for (let at = index + 1; at < lines.length && first < 0; at++) if (reporting(at)) first = at
    if (first < 0) return null
    let topics = ledeTopics.get(first)
    if (!topics) {
      topics = new Set<string>()
      let taken = 0
      for (let at = first; at < lines.length && taken < 3; at++) {
        if (!reporting(at)) continue
        for (const stem of topicStems(lines[at]!.text)) topics.add(stem)
        taken++
      }
      ledeTopics.set(first, topics)
      ledeSentences.set(topics, taken)
    }
    return topics
  }
  /** How many of a line's topic words the story under it takes up, and out of how many (a slogan, a plugin's notice or a section's name speaks of none of them). */
  const echo = (index: number) => {
    const own = topicStems(lines[index]!.text)
    const lede = own.size > 0 ? ledeUnder(index) : null
    let shared = 0
    if (lede) for (const stem of own) if (lede.has(stem)) shared++
    return { of: own.size, shared, story: Boolean(lede), told: lede ? (ledeSentences.get(lede) ?? 0) : 0 }
  }
  const echoedBetter = (index: number, other: number) => {
    const own = echo(index)
    const below = echo(other)
    if (!nextUsable(other)?.meta || !own.story || !below.story) return false
    // (A banner's label and its news of the site, "Island Radio Awards: Example FM Small Station of The Year", over a title
    // the story takes up in most of its topics: the banner speaks of the story in a third of its topics at most, by
    // chance, and the line under it in three in five at least.)
    if (bannerLabel.test(lines[index]!.text) && own.of >= 4 && below.of >= 6 && own.shared * 3 <= own.of && below.shared * 5 >= below.of * 3) return true
    // (A trail of sections' names: a few capitalised words, most of them the names sites give their sections, or a place's
    // or a subject's name closing on "News", "United States News", "Ohio Valley News".)
    const words = lines[index]!.text.split(/\s+/)
    if (words.length > 6 || !words.every((word) => /^[\p{Lu}\d&]/u.test(word))) return false
    if (words.length >= 2 && words.length <= 4 && /^news$/i.test(words.at(-1)!) && below.of >= 4 && below.shared * 2 >= below.of) return true
    if (words.filter((word) => sectionName.test(word)).length * 3 < words.length * 2) return false
    return own.of >= 2 && below.of >= 4 && below.shared / below.of - own.shared / own.of >= 0.3
  }
  /** A short label in title case ("Board of Supervisors") between a headline in sentence case and the byline under both. */
  const labelUnderTitle = (index: number) => {
    const text = lines[index]!.text
    const words = text.split(/\s+/)
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
    if (words.length < 2 || words.length > 4 || capitalised < 2 || /[\d.:;,!?"“”()]/.test(text) || !words.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|and|the|for|on|&)$/.test(word))) return false
    if (!nextUsable(index)?.meta?.authors) return false
    const above = previousUsable(index)
    if (!above || above.meta || sentenceEnd.test(above.text) || /[:;,]$/.test(above.text) || !/^[\p{Lu}\d"“‘]/u.test(above.text) || wordCount(above.text) < 5) return false
    // (The headline in sentence case: its later words of four letters or more set in lower case.)
    if (above.text.split(/\s+/).slice(1).filter((word) => /^\p{Ll}{4,}/u.test(word)).length < 2) return false
    const aboveIndex = lines.indexOf(above)
    if (captions[aboveIndex]) return false
    const topic = echo(aboveIndex)
    return topic.story && topic.shared >= 2 && topic.shared * 2 >= topic.of
  }
  /**
   * Whether a line in lower case repeats the opening of a title-shaped line right above it (its own repeats between them
   * aside): the first two words the same, two thirds of its words the title's, three words or more.
   */
  const lowerCaseTwin = (index: number) => {
    const own = titleWordList(lines[index]!.text)
    if (own.length < 3) return false
    let at = index - 1
    while (at >= 0 && (!usable(at) || captions[at] || lines[at]!.key === lines[index]!.key)) at--
    const above = at >= 0 ? lines[at]! : undefined
    if (!above || above.meta || !/^[\p{Lu}\d"“‘]/u.test(above.text) || sentenceEnd.test(above.text)) return false
    const theirs = titleWordList(above.text)
    const words = new Set(theirs)
    return own[0] === theirs[0] && own[1] === theirs[1] && own.filter((word) => words.has(word)).length * 3 >= own.length * 2
  }
  // "By Jane Roe-Ah Tong 01 June 2022, 3:12PM": a byline with the date run on after the name, even when the name is too
  // long or too oddly spelt to be read as one, is the header's credit line. ("By March 2025 the bridge will reopen" tells
  // in words of its own in lower case.)
  const unreadByline = (text: string) => /^By\s+\p{Lu}/u.test(text) && wordCount(text) <= 14 && !sentenceEnd.test(text) && !/(?:^|\s)\p{Ll}{4,}/u.test(text) && Boolean(findDate(text.slice(3), options.timeZone))
  const unreadCredit = (text: string) => {
    const credit = /^(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|and|&)){0,7}),\s+(\S.{5,40})$/u.exec(text)
    if (!credit || sentenceEnd.test(text) || !hasClock(credit[2]!)) return false
    const found = findDate(credit[2]!, options.timeZone)
    return Boolean(found) && found!.start === 0 && !credit[2]!.slice(found!.end).replace(/[\s|·•,]+/g, '')
  }
  // The page's last line where the page store cut the text off, left open ("The final will be the first of a three-"):
  // a paragraph's opening words, never the title.
  let lastLine = lines.length - 1
  while (lastLine > 0 && !/\p{L}/u.test(lines[lastLine]!.text)) lastLine--
  // (…and when its words open a line of the site's or a caption the page printed above it, "Article con" under "Article
  // content", "Caravan Park Owner Jane Ro" under that caption in full: the same line again, cut off, no paragraph.)
  if (storeCut && lastLine > 0 && !lines[lastLine]!.chrome && !lines[lastLine]!.meta && lines[lastLine]!.text.length >= 4 && lines[lastLine]!.text.length <= 60) {
    const cut = lines[lastLine]!.text
    // (A caption within the last few lines; a line of the site's anywhere above.)
    const copied = lines.some((other, at) => at < lastLine && other.text.length > cut.length && other.text.trimStart().startsWith(cut) && (Boolean(other.chrome) || (at >= lastLine - 6 && Boolean(captions[at]))))
    if (copied) lines[lastLine]!.chrome = { reason: 'cut-off copy of a line above' }
  }
  /** The words the story's paragraphs print capitalised inside a sentence: names, not a sentence's first word. */
  const namesInStory = new Set<string>()
  /** …and every capitalised word they print, a sentence's first among them ("Roe said …"). */
  const wordsInStory = new Set<string>()
  lines.forEach((line, at) => {
    if (!usable(at) || line.meta || captions[at] || !(isBodyLike(line.text) || isSentence(line.text))) return
    for (const match of line.text.matchAll(/(?<=[\p{L}\d,)’'"”]\s+|\(|[-–]\s*)\p{Lu}[\p{L}'’-]*/gu)) namesInStory.add(match[0].replace(/['’]s$/u, ''))
    for (const match of line.text.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu)) wordsInStory.add(match[0].replace(/['’]s$/u, ''))
  })
  const inStoryCapitalised = (word: string) => namesInStory.has(word.replace(/['’]s$/u, ''))
  /**
   * A picture's caption naming who is in it (see namedCaption): the story names the person (in a title set in title case
   * the name's last word is a verb the story does not print capitalised, "Minister Jane Roe Resigns"), or the picture's
   * credit or caption is printed right by it.
   */
  const personCaption = (index: number) => {
    const name = namedCaption(lines[index]!.text, inStoryCapitalised)
    if (!name) return false
    // (…every word of the name after its first: in a title set in title case a verb may stand inside what reads as the
    // name, "Dr Barnett Named Minister in PM's Office", a word the story prints in lower case only.)
    if (name.split(/\s+/).slice(1).every((word) => wordsInStory.has(word.replace(/['’]s$/u, '')))) return true
    const byPicture = (at: number) => at >= 0 && at < lines.length && (Boolean(captions[at]) || /photo|picture|image|caption|credit/i.test(lines[at]!.chrome?.reason ?? ''))
    return !titleCaseLine(lines[index]!.text) && (byPicture(index - 1) || byPicture(index + 1))
  }
  const cutShortPage = !/[.!?…"”’)\]]$/u.test(lines[lastLine]?.text ?? '.')
  const cutOffLast = (index: number) => storeCut && index === lastLine && !/[.!?…"”’)\]]$/u.test(lines[index]!.text)
  // Another story's title or teaser the page prints again under a Read-also label ("ALSO READ:" over it, or "Read also:
  // <title>" on one line): a line above the story with the same words is that teaser, no title of this story.
  const readAlsoOpener = `^(?:${(options.readAlsoPrefixes ?? defaultReadAlsoPrefixes).map((prefix) => looseLiteral(prefix.trim())).join('|')})`
  const [readAlsoLabel, readAlsoInline] = remembered(readAlsoPatterns, readAlsoOpener, (opener) => [new RegExp(`${opener}\\s*[:：]?$`, 'iu'), new RegExp(`${opener}\\s*(?:[:：|]|[-–—]+(?=\\s))\\s*(.+)$`, 'iu')] as const)
  /** Each teaser's words (line keys), and the last line that prints them under a Read-also label. */
  const teaserKeys = new Map<string, number>()
  for (let at = 0, label = false; at < lines.length; at++) {
    const line = lines[at]!
    if (!line.text.trim()) continue
    if (label) teaserKeys.set(line.key, at)
    label = readAlsoLabel.test(line.text)
    const inline = readAlsoInline.exec(line.text)
    if (inline) teaserKeys.set(lineKey(inline[1]!), at)
  }
  /** Every line's key, for the names the story's paragraphs print. */
  const pageKeys = new Set(lines.map((line) => line.key))
  const scan = (from: number) => {
  for (let index = from; index < window; index++) {
    const line = lines[index]!
    if (!usable(index) || line.meta || captions[index] || matchReadAlso(line.text, options.readAlsoPrefixes) || parseCreditsLine(line.text) || posterLine.test(line.text) || cutOffLast(index)) continue
    // The page's skip links ("Jump to main navigationJump to main content") and a contact block's telephone numbers
    // ("+1 555 010 2000"): no title on any site.
    if (skipLinks.test(line.text) || phoneOnly(line.text, (text) => Boolean(findDate(text, options.timeZone)))) continue
    // The site's notices about the reader's subscription, bill or account, a paywall's offer, the site's award banner and
    // a market ticker's label: no title on any site.
    if (neverTitle(line.text)) continue
    const words = wordCount(line.text)
    let score = 0
    // "Northwind News North East", "Example TV Anglia": a broadcaster's edition or section over a longer title-shaped line
    // is a label, neither the title nor a title over its deck; alone over the byline the same shape is the headline.
    const editionLabel =
      words <= 5 &&
      networkWord.test(line.text) &&
      line.text.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word)) &&
      [nextUsable(index)].some((below) => below && !below.meta && !sentenceEnd.test(below.text) && wordCount(below.text) > words)
    // A deck runs longer than a headline: a summary of a dozen words or more, or half as long again as a title of five or
    // more words ("Island ferry cuts sailings" over "The operator says two boats a week …"), or an eighth longer than a
    // title of four words or more that is no slogan ("Dubai: Port opens two new berths" over "Service links the quays
    // with the old town's markets"). A headline under a slogan or an edition's name is no deck of theirs.
    // A masthead's slogan speaks of the paper ("No news is bad news", "Most Widely Read Newspaper"): a deck must be half
    // as long again to sit under one.
    const slogan = /\b(?:news|newspaper|journalism)\b/i.test(line.text)
    // A headline speaks of its story: most of its words come back in the first paragraphs. A line that shares none of them
    // or hardly any (a site's slogan, a plugin's notice, a section's name) is weaker, and has no deck under it.
    const topic = echo(index)
    const offTopic = topic.story && topic.of >= 2 && topic.shared * 4 <= topic.of
    const isDeck = (text: string) => {
      const length = wordCount(text)
      return !sentenceEnd.test(text) && length > words && (length >= 12 ? words >= 3 : length >= 6 && ((words >= 5 && length * 2 >= words * 3) || (!slogan && words >= 4 && length * 8 >= words * 9))) && !promo.test(text) && !matchReadAlso(text, options.readAlsoPrefixes)
    }
    // (The site's name signing the story under the title is no repeat of the masthead's.)
    // (A summary printed again as the lede, a full sentence of a dozen words or more, is the story's first paragraph, not
    // a headline's repeat.)
    // (Nor is a full sentence of eight words or more printed twice, a summary then the same paragraph of the story.)
    // (A full sentence printed twice is no repeated headline: asked of the line once, not of each line it is compared with.)
    const sentenceTwice = words >= 8 && sentenceEnd.test(line.text) && !titleCaseLine(line.text)
    const repeats = !sentenceTwice && lines.some((other, at) => at !== index && at < Math.max(window, index + 4) && other.key === line.key && !other.meta?.authors && !(words >= 12 && !sentenceEnd.test(line.text) && sentenceEnd.test(other.text)))
    // The line again with a title tag's tail ("Headline | Site"): sibling menu items ("The Rep - A", "The Rep - B") are not.
    const repeatsAsTitle = lines.some((other, at) => at !== index && other.text.startsWith(line.text) && /^\s[|–—-]\s/.test(other.text.slice(line.text.length)))
    // A crosshead the story sets over each of its parts ("What is it?", "What the council says"), printed three times or
    // more with the story's own sentences under each copy, is no title (nor a title printed again: a title's copies stand
    // over the story, not inside it).
    const copies = words <= 8 ? lines.flatMap((other, at) => (other.key === line.key && usable(at) ? [at] : [])) : []
    const crosshead = copies.length >= 3 && copies.every((at, n) => lines.slice(at + 1, copies[n + 1] ?? lines.length).some((_, offset) => reporting(at + 1 + offset)))
    // The title printed again with the site's name glued on after it and its marks dropped ("Harbour fees rise: council"
    // near "Harbour fees rise council Example Daily"): the page's copy, the printed title the headline.
    if (lines.some((other, at) => at !== index && Math.abs(at - index) <= 3 && usable(at) && !other.meta && !captions[at] && titleWithGluedName(line.text, other.text, pageKeys))) score -= 6
    if (crosshead) score -= 4
    // A digest's crosshead, its words all taken from a longer title-shaped line a few lines above it ("Harbour sees better
    // times" under "Harbour Board sees better times, fares to rise again"): the title of one of the story's parts; the
    // line above it is the headline. (Not when that line ends on its words under a label or a breadcrumb: the title printed
    // again, "News » Harbour sees better times".)
    else if (words >= 3 && !sentenceEnd.test(line.text) && lines.some((other, at) => at < index && index - at <= 3 && usable(at) && !other.meta && !captions[at] && digestCrosshead(line.text, other.text))) score -= 3
    // (…and so does a breadcrumb over it that ends on the line, "Home » News » Grants » <title>": the page's trail to
    // the story names it by its title.)
    else if ((repeats || repeatsAsTitle || lines.some((other, at) => at < index && other.chrome?.reason === 'breadcrumb' && other.text.length > line.text.length + 3 && other.text.endsWith(line.text) && /[»›>|/]\s*$/u.test(other.text.slice(0, -line.text.length)))) && words >= 3) score += 4
    // A summary of a dozen words or more, printed without a full stop over the story and again with one as a paragraph of
    // it, is the story's summary (its deck or its closing sentence), not its headline.
    else if (words >= 12 && !sentenceEnd.test(line.text) && lines.some((other, at) => at > index + 1 && other.key === line.key && sentenceEnd.test(other.text))) score -= 3
    // "Title | Site" over a page that prints the site's name on a line of its own: the page title, with its headline.
    const tail = words >= 4 && /\s[|–—-]\s/.test(line.text) ? siteSuffix.exec(line.text) : null
    if (tail && !repeatsAsTitle && lines.some((other, at) => at !== index && other.key === lineKey(tail[1]!))) score += 3
    // …and the site's name is no headline.
    if (words <= 5 && lines.some((other, at) => at !== index && other.text.endsWith(line.text) && /\s[|–—-]\s$/.test(other.text.slice(0, other.text.length - line.text.length).slice(-3)))) score -= 3
    // What follows: the byline, the date or "N min read" (skipping repeats of itself and a standfirst), or the body.
    let distance = 0
    let deck = false
    for (let at = index + 1; at < lines.length && distance <= 2; at++) {
      const next = lines[at]!
      // (A date's label left without its date, "Published" / "on", the scraper having dropped the date the page filled in
      // by script: the theme's date row, as under the title a date is.)
      if (distance === 0 && next.chrome?.reason === 'date label' && !/^on$/i.test(next.text)) {
        overMeta.add(index)
        score += 4
        break
      }
      if (!usable(at) || next.key === line.key) continue
      if (next.meta) {
        if (distance === 0) overMeta.add(index)
        score += [4, 2, 1][distance]!
        // A headline, its deck (a summary printed without a full stop), then the byline: the deck is not the headline.
        if (distance === 1 && deck && !editionLabel) score += 3
        break
      }
      // (A picture's few words of text right over its caption, "Texas snow", are the picture's too.)
      if (captions[at] || captionTwins.has(at) || (aboveCaption(at) && wordCount(next.text) <= 4)) continue
      if (distance === 0 && sentenceEnd.test(next.text) && wordCount(next.text) >= 8) score += 2
      // (A line right over the byline or date that the story echoes far better than this one is the headline, and this one
      // a section's trail over it ("Business International Middle East" over the title the lede says again) or a site's
      // banner ("Island Radio Awards: Example FM Small Station of The Year"), not a headline over its deck.)
      // (A column's standing title, "Editor’s Note", "From the Editor", over the one sentence that sums up this week's
      // note, then the byline: the sentence is its deck, full stop and all, as the column prints it.)
      if (distance === 0) deck = (!offTopic && isDeck(next.text) && !echoedBetter(index, at)) || (standingColumn.test(line.text) && isSentence(next.text) && wordCount(next.text) >= 4 && wordCount(next.text) <= 30 && !/[.!?]["”’)]*\s+\S/.test(withoutAbbreviations(next.text)))
      distance++
    }
    // A title over the site's name alone ("Example Post", signing the story as its desk), the story's first sentence under
    // both: the title is over its byline, as over a writer's name.
    const signedBy = nextUsable(index)
    if (signedBy && !signedBy.meta && words >= 4 && !sentenceEnd.test(line.text) && !mastheadName(line.text) && mastheadName(signedBy.text)) {
      const after = nextUsable(lines.indexOf(signedBy))
      if (after && !after.meta && (isSentence(after.text) || isBodyLike(after.text) || (wordCount(after.text) >= 12 && /\p{Ll}[.!?]\s+\p{Lu}/u.test(after.text))) && wordCount(after.text) >= 8) {
        score += 3
      }
    }
    // (Right over the byline or date, a picture between them aside: its caption and the few words of its alternative text,
    // "20310614 harbour visit".)
    const metaUnder = (from: number) => {
      let at = from + 1
      while (at < lines.length && (!usable(at) || captions[at] || captionTwins.has(at) || (aboveCaption(at) && wordCount(lines[at]!.text) <= 4))) at++
      return Boolean(lines[at]?.meta)
    }
    // A headline over its deck (a longer summary without a full stop), the story under both: the shorter line on top is
    // the headline.
    // Two title-shaped lines stacked over the byline or date: the upper one is the headline when the story echoes it far
    // better than the line under it (a subheading that picks out one side of the story).
    const under = nextUsable(index)
    const underIndex = under ? lines.indexOf(under) : -1
    if (!deck && under && !under.meta && metaUnder(underIndex) && topic.story && topic.of >= 4 && !sentenceEnd.test(line.text) && !sentenceEnd.test(under.text) && wordCount(under.text) >= 4 && !captions[underIndex]) {
      const below = echo(underIndex)
      // (…or when the lede itself retells the upper line, three of its topics or more, and speaks of none of the lower
      // one's, which later paragraphs take up: "Squads for tours set to be announced" over "The team will depart after
      // the league's final", the lede "Squads for the tours are likely to be announced this week.")
      const retold = () => {
        let at = underIndex + 1
        while (at < lines.length && (!usable(at) || lines[at]!.meta || captions[at] || !isSentence(lines[at]!.text))) at++
        const lede = at < lines.length ? topicStems(lines[at]!.text) : null
        const count = (text: string) => [...topicStems(text)].filter((stem) => lede!.has(stem)).length
        return Boolean(lede) && below.of >= 3 && count(line.text) >= 3 && count(under.text) === 0
      }
      // (…or when the story takes up every topic of the upper one, five or more, and leaves some of the lower one's.)
      const whole = topic.of >= 5 && topic.shared === topic.of && below.shared < below.of
      if ((below.of >= 4 && topic.shared - below.shared >= 2 && (topic.shared / topic.of - below.shared / below.of >= 0.25 || whole)) || retold()) score += 3
    }
    // Two title-shaped lines stacked right over the story, no byline or date between: the upper one is the headline and the
    // lower one its subtitle or its picture's caption, when the story echoes the upper one at least as well ("Landslide
    // damages homes in Eastvale" over "16 houses at risk"); the lower one is its standfirst.
    // (Not when the upper line ends on the lower one's words: that is the title under a breadcrumb or label glued to its
    // own copy, "You Are Here: Home » News » <title>" over "<title>".)
    // (Not a summary of the story cut off by the page store's length, its full stop lost with its last words, over the
    // title: "Councillor Jane Roe has called for more nurses to cut hospital waiting li" over "Year-long wait for patients".
    // A line of eighteen words or more, twice the lower one's at least, telling its news with a verb of its own, is the
    // summary; a headline sums up in fewer words than its deck.)
    const cutSummary = words >= 18 && under && words >= 2 * wordCount(under.text) && finiteVerb.test(line.text) && !titleCaseLine(line.text)
    if (!deck && under && !under.meta && !/[.:;,]$/.test(line.text) && words >= 3 && !sentenceEnd.test(under.text) && !/[:;,]$/.test(under.text) && wordCount(under.text) >= 3 && !captions[underIndex] && !endsOnWordsOf(line.text, under.text) && !cutSummary) {
      const lede = nextUsable(underIndex)
      if (lede && !lede.meta && isSentence(lede.text) && !offTopic) {
        const below = echo(underIndex)
        // (The upper one may be the shorter when the two are set apart as a title and its deck are: a title of three words
        // or more in title case, every word capitalised, over a line in sentence case, "Comet Lantern Sighting" over "Tiny
        // comet drifts into view", the story taking up two thirds of the title's topics.)
        // (Not the last of a run of such short lines, a promo menu's items over the title: "Winter Lights Draw", "Library
        // Book Swap" over "Mobile library to visit the islands".)
        const overItem = previousUsable(index)
        const titleSet =
          words >= 3 &&
          line.text.split(/\s+/).every((word) => /^["“‘'(]?[\p{Lu}\d]/u.test(word) || /^(?:of|the|and|for|to|in|on|at|a|an|by|with|&)$/.test(word)) &&
          !(overItem && !overItem.meta && !sentenceEnd.test(overItem.text) && wordCount(overItem.text) <= 5)
        const sentenceSet = under.text.split(/\s+/).slice(1).filter((word) => /^\p{Ll}{4,}/u.test(word)).length >= 2
        const echoed =
          topic.story &&
          topic.shared >= 2 &&
          topic.shared * 5 >= topic.of * 2 &&
          (words >= wordCount(under.text) ? topic.shared >= below.shared : titleSet && sentenceSet && topic.shared * 3 >= topic.of * 2)
        if (echoed) {
          score += 3
          decks.set(index, underIndex)
        }
      }
    }
    // A page that opens on its title, nothing above it, then its deck on the very next line with no blank line between (a
    // title-shaped line, or a summary sentence the story prints again as a paragraph), then the story or the byline: the
    // first line is the headline, though the story echoes the deck as well or better, and the second its deck. (Set apart
    // by a blank line, a short first line is as often the site's slogan or a section's label over the title.)
    // (Not a site's name or a section's label of a few capitalised words over a title set right over the byline or date,
    // or over the story's first sentence, "Ridgeway Valley Voice" over "Quarry Plan Wins Approval …": the story takes up a
    // third of the label's topics at most, and two thirds of the title's.)
    const labelOverTitle = () => words <= 4 && line.text.split(/\s+/).every((word) => /^[\p{Lu}\d&]/u.test(word)) && (metaUnder(underIndex) || (!sentenceEnd.test(under!.text) && ((lede) => Boolean(lede) && reporting(lines.indexOf(lede!)))(nextUsable(underIndex)))) && topic.story && topic.shared * 3 <= topic.of && ((below) => below.of >= 3 && below.shared * 3 >= below.of * 2)(echo(underIndex))
    if (index === 0 && underIndex === 1 && under && !under.blankBefore && !under.meta && !captions[underIndex] && under.key !== line.key && words >= 3 && words <= 20 && !labelOverTitle() && !sentenceEnd.test(line.text) && !/[:;,|]$/.test(line.text) && /^[\p{Lu}\d"“‘]/u.test(line.text) && !mastheadName(line.text) && !promo.test(line.text) && wordCount(under.text) >= 3 && !/[:;,]$/.test(under.text) && (!sentenceEnd.test(under.text) ? wordCount(under.text) <= 30 : wordCount(under.text) <= 30 && lines.some((other, at) => at > underIndex + 1 && other.key === under.key)) && !endsOnWordsOf(line.text, under.text)) {
      const lede = nextUsable(underIndex)
      if (lede && (lede.meta || isSentence(lede.text) || wordCount(lede.text) >= 20)) {
        score += 4
        decks.set(index, underIndex)
      }
    }
    // The page's first text, nothing above it but a masthead's name or a date, a title of six words or more set in
    // sentence case ("Ferry crews walk out over unpaid rest days"), right over another title-shaped line of five words or
    // more in words of its own, nothing between them (its deck: "Island routes face a week of cancellations"), then the
    // story (a byline or date, or its sentences, within a few lines, a second deck or the lead picture's text between): the
    // upper line is the headline and the lower one its deck, though the story takes up the deck's words better (a deck
    // tells the news the headline sums up). A slogan, a ticker or a notice set first speaks of none of the story's topics,
    // or of one by chance ("Weather warning for heavy rain until midnight" over a story that runs "until the railings were
    // checked"), or of the news itself ("Follow the latest news from across the county"): the upper line must share two
    // with the story. (A title printed again further down is read at its copy, over the story; a picture's caption
    // naming who is in it, "Police chief Jane Roe at the launch", is no deck.)
    if (words >= 6 && words <= 20 && !slogan && topic.story && topic.shared >= 2 && !lines.some((other, at) => at > index && other.key === line.key) && under && underIndex === index + 1 && !under.meta && !captions[underIndex] && !personCaption(underIndex) && !sentenceEnd.test(line.text) && !/[:;,|]$/.test(line.text) && /^[\p{Lu}\d"“‘]/u.test(line.text) && !titleCaseLine(line.text) && line.text.split(/\s+/).slice(1).filter((word) => /^\p{Ll}{4,}/u.test(word)).length >= 2 && !promo.test(line.text) && !sentenceEnd.test(under.text) && !/[:;,|]$/.test(under.text) && wordCount(under.text) >= 5 && wordCount(under.text) <= 30 && under.key !== line.key && titleWordList(under.text).filter((word) => titleWordList(line.text).includes(word)).length * 2 < titleWordList(line.text).length && lines.slice(0, index).every((other, at) => !usable(at) || captions[at] || other.meta || mastheadName(other.text))) {
      let storyUnder = false
      for (let at = underIndex + 1, seen = 0; at < lines.length && seen < 4 && !storyUnder; at++) {
        if (!usable(at) || captions[at]) continue
        seen++
        if (lines[at]!.meta || isSentence(lines[at]!.text)) storyUnder = true
      }
      // (The lower line with its few words again right under it, no blank line between, "Police chief Jane Roe at the
      // plenary today" / "Assembly plenary": the lead picture's caption and its alternative text, no deck.)
      const alt = lines[underIndex + 1]
      const lowerWords = new Set(under.text.toLowerCase().match(/\p{L}+/gu) ?? [])
      const altWords = alt?.text.toLowerCase().match(/\p{L}+/gu) ?? []
      const pictured = Boolean(alt) && !alt!.blankBefore && !alt!.chrome && !alt!.meta && altWords.length >= 2 && altWords.length <= 4 && altWords.every((word) => lowerWords.has(word))
      if (storyUnder) {
        score += 4
        if (pictured) pictureUnder.set(index, [underIndex, underIndex + 1])
        else {
          decks.set(index, underIndex)
          firstTitles.add(index)
        }
      }
    }
    // The page's first title-shaped line (above it only the site's furniture, a date, a label of a word or two, or sentences
    // that are no title), then a short tagline or label of the section that speaks of the story in one topic at most
    // ("Essential coverage for the season ahead", "Your guide to the valley's farms"), then a deck half as long again at
    // least, in sentence case and without a full stop, then the story: the first line is the headline, the tagline a label
    // and the longer line its deck, though the story takes up the deck's words better (a deck tells the news the headline
    // sums up). The first line speaks of the story too, two of its topics or more and two in five at least, in four words
    // or more. (The layout is read by position and shape, with or without the site's notices over it: a teaser for another
    // story set over the title is not the page's first title-shaped line, and a tagline is shorter than the title.)
    if (words >= 4 && words <= 20 && !slogan && topic.story && topic.shared >= 2 && topic.shared * 5 >= topic.of * 2 && under && !under.meta && !captions[underIndex] && !decks.has(index) && /^[\p{Lu}\d"“‘]/u.test(line.text) && !/[.…:;,|]["”’'»)]*$/u.test(line.text) && !/[.!?]["”’)]*\s+["“‘]?\p{Lu}/u.test(line.text) && !promo.test(line.text) && !mastheadName(line.text) && !lines.some((other, at) => at > index && other.key === line.key)) {
      const label = under.text
      const labelWords = wordCount(label)
      const labelTopic = echo(underIndex)
      const deckLine = nextUsable(underIndex)
      const deckAt = deckLine ? lines.indexOf(deckLine) : -1
      const firstTitle = lines.slice(0, index).every((other, at) => !usable(at) || captions[at] || other.meta || mastheadName(other.text) || wordCount(other.text) < 3 || sentenceEnd.test(other.text) || /[.!?]["”’)]*\s+["“‘]?\p{Lu}/u.test(other.text))
      if (
        firstTitle &&
        labelWords >= 2 &&
        labelWords <= 8 &&
        labelWords <= words &&
        !sentenceEnd.test(label) &&
        !/[:;,|]$/.test(label) &&
        labelTopic.shared <= 1 &&
        deckLine &&
        !deckLine.meta &&
        !captions[deckAt] &&
        deckLine.key !== line.key &&
        !sentenceEnd.test(deckLine.text) &&
        !/[:;,|]$/.test(deckLine.text) &&
        wordCount(deckLine.text) >= 10 &&
        wordCount(deckLine.text) <= 40 &&
        wordCount(deckLine.text) * 2 >= words * 3 &&
        !titleCaseLine(deckLine.text) &&
        deckLine.text.split(/\s+/).slice(1).filter((word) => /^\p{Ll}{4,}/u.test(word)).length >= 3 &&
        echo(deckAt).shared >= 2 &&
        !promo.test(deckLine.text) &&
        !matchReadAlso(deckLine.text, options.readAlsoPrefixes)
      ) {
        const story = nextUsable(deckAt)
        if (story && reporting(lines.indexOf(story))) {
          score += 4
          decks.set(index, deckAt)
          noticeTitles.set(index, [underIndex])
        }
      }
    }
    // A column's name and the piece's title on the page's first line ("Council Affairs: Trouble and tripe"), over the picture
    // and an opening line of the column set as a question: the title, when the story takes up a word of it.
    if (index === 0 && words >= 4 && words <= 14 && !sentenceEnd.test(line.text) && /^\p{Lu}[\p{L}'’&]*(?:\s+[\p{Lu}&][\p{L}'’]*){0,3}:\s+\p{Lu}/u.test(line.text) && topic.story && topic.shared >= 1) {
      const opening = nextUsable(index)
      if (opening && !opening.meta && (captions[lines.indexOf(opening)] || /\?$/.test(nextUsable(lines.indexOf(opening))?.text ?? '') || /\?$/.test(opening.text))) score += 3
    }
    // A page's own title tag over the story's title, which opens on the same words and runs on longer (a mirror of another
    // site's story: "Mayor says the budget is short" over "Mayor says the budget is short by millions in frank admission
    // to the council"): the longer one, the story's own, is the headline.
    const pageTitle = previousUsable(index)
    if (pageTitle && !pageTitle.meta && words >= 8 && words <= 30 && !sentenceEnd.test(line.text) && !sentenceEnd.test(pageTitle.text) && lines.findIndex((_, at) => usable(at)) === lines.indexOf(pageTitle) && wordCount(pageTitle.text) >= 5 && wordCount(pageTitle.text) < words) {
      const own = titleWordList(line.text)
      const above = titleWordList(pageTitle.text)
      const shared = above.filter((word) => own.includes(word)).length
      if (own.slice(0, 4).join(' ') === above.slice(0, 4).join(' ') && shared * 5 >= above.length * 4) score += 2
    }
    const deckLine = deck ? nextUsable(index) : undefined
    let underDeck = deckLine ? nextUsable(lines.indexOf(deckLine)) : undefined
    if (underDeck && aboveCaption(lines.indexOf(underDeck)) && wordCount(underDeck.text) <= 4) underDeck = nextUsable(lines.indexOf(underDeck))
    // (A teaser for another story set under the title speaks of none of the title's topics nor of the story's: no deck.)
    const teaser = (deckLine: Line, underDeck: Line) => {
      const own = topicStems(deckLine.text)
      if (own.size < 4 || underDeck.meta) return false
      const after = nextUsable(lines.indexOf(underDeck))
      const told = new Set([...topicStems(line.text), ...topicStems(underDeck.text), ...(after ? topicStems(after.text) : [])])
      return [...own].every((stem) => !told.has(stem))
    }
    // (…or the story's crossheads over its first part, a short line or two, "Practice grants" / "What is it?", then its
    // sentences: a feature set out in parts under its title and deck.)
    const crossheadsThenStory = (from: Line) => {
      const heads: number[] = []
      let at = lines.indexOf(from)
      while (heads.length < 2 && at >= 0 && !lines[at]!.meta && wordCount(lines[at]!.text) <= 5 && !/[.!:;,]$/.test(lines[at]!.text)) {
        heads.push(at)
        at = nextUsable(at) ? lines.indexOf(nextUsable(at)!) : -1
      }
      return heads.length > 0 && at >= 0 && reporting(at) ? heads : null
    }
    const heads = underDeck && !underDeck.meta && !isSentence(underDeck.text) ? crossheadsThenStory(underDeck) : null
    if (deckLine && underDeck && !editionLabel && (underDeck.meta || isSentence(underDeck.text) || heads) && !teaser(deckLine, underDeck)) {
      score += 2
      decks.set(index, lines.indexOf(deckLine))
      if (heads) crossheadsUnder.set(index, heads)
    }
    const above = previousUsable(index)
    if (words >= 6 && above && !sentenceEnd.test(above.text) && wordCount(above.text) >= 5 && wordCount(above.text) < words && !above.meta && !promo.test(above.text) && nextUsable(index) && isSentence(nextUsable(index)!.text)) score -= 1
    if (words >= 3 && words <= 30) score += 2
    else if (words < 2) score -= 3
    else if (words === 2) score -= 1
    // Below the byline or date is the story, not its headline.
    for (let at = index - 1; at >= 0; at--) {
      if (!usable(at)) continue
      if (lines[at]!.meta && sentenceEnd.test(line.text)) score -= 3
      break
    }
    if (line.text.length > 250) score -= 3
    // (An abbreviation's full stops close no sentence: "… To U.S.")
    // (Nor does a full stop after a title set in title case, each word but the small ones capitalised: "Budget Is Passed
    // After A Long Night In Parliament.")
    // (A full stop inside the closing quote marks closes a sentence too: "“The squeaky door gets the oil.”", a quotation set
    // over the story.)
    if (/[.]["”’]?$/.test(line.text) && !/\.\.\.["”’]?$/.test(line.text) && !/(?:\b\p{Lu}\.){2,}["”’]?$/u.test(line.text) && !titleCaseLine(line.text)) score -= 3
    if (/[:,;]$/.test(line.text)) score -= 3
    // Several sentences left open on a dash for what follows to finish are a lead-in, no title.
    else if (leadIn(line.text)) score -= 3
    // An interview's question under its label ("Question: Will prices fall?", "Q: Why now?") is no title.
    if (/^(?:Q|Question)\s*[:.]\s/.test(line.text)) score -= 3
    // A section's label in capitals, every word of it a name sites give their sections ("U.S. & WORLD", "LOCAL NEWS"): the
    // page's, no title.
    if (words <= 4 && !/\p{Ll}/u.test(line.text) && line.text.split(/\s+/).every((word) => sectionName.test(word.replace(/\./g, '')))) score -= 3
    // A dateline alone on its line, left open on its dash for the lede under it ("PORT ALDER, Fla. (KXYZ) --"): where the
    // story was filed from, no title.
    if (openDateline.test(line.text)) score -= 6
    // "Can you help?": a strapline of a few words asking the reader, set between a longer title and the byline, is no title.
    const overQuestion = previousUsable(index)
    if (words <= 4 && /\?$/.test(line.text) && overQuestion && !overQuestion.meta && !sentenceEnd.test(overQuestion.text) && wordCount(overQuestion.text) >= 6 && overMeta.has(index)) score -= 3
    // "Last Updated: Sat, 30 Jan 2010 21h25", "Posted on 3.1.2017": a date's label and figures, even when the date is
    // printed in a form not read, are the header's date line, no title. ("UPDATE: County Says Two More Cases of Covid-19
    // Confirmed" is an update's label over a title: words of its own, not a date's, follow the label.)
    const labelled = dateLabelLine.exec(line.text)
    const ownWords = labelled ? line.text.slice(labelled[0].length).split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word) && !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i.test(word)).length : 0
    if (labelled && /\d/.test(line.text) && words <= 12 && ownWords <= 2) score -= 4
    // (…no title.)
    if (unreadByline(line.text)) score -= 6
    // A list item ("• Here's what that means") summarises; a line on top of a caption describes a picture.
    // A bulleted line followed by another (a menu: "• The Rep - A Dolls House", "• The Rep - Admissions") is no title.
    if (/^[•·▪■●◦‣*–-]\s/.test(line.text)) score -= bulletOrStar.test(lines[index - 1]?.text ?? '') || bulletOrStar.test(lines[index + 1]?.text ?? '') ? 6 : 2
    // A stage direction or note wholly in brackets ("(SOUNDBITE OF MUSIC)", "[Updated]") is not a title.
    if (/^[([].*[)\]]$/.test(line.text)) score -= 3
    if (aboveCaption(index) && !overMeta.has(index)) score -= 2
    // A title cut short with an ellipsis ("- Weekly Round Up...", a breadcrumb's last item or a teaser's title) while the
    // page prints it whole within a few lines: the page's shortened copy of the title, not the title.
    const cutShort = /^(?:[-–•·▪›»>/|]\s*)?(\S.*?\S)\s?(?:\.{3}|…)$/u.exec(line.text)?.[1]
    if (cutShort && wordCount(cutShort) >= 2 && lines.some((other, at) => at !== index && Math.abs(at - index) <= 4 && !other.chrome && other.text.startsWith(cutShort) && other.text.length > cutShort.length + 3)) score -= 4
    // The opening words of the paragraph right under it, printed alone over it ("Minister was criticised in the House
    // yesterday" over "Minister was criticised in the House yesterday after …"): a picture's caption or a teaser cut from
    // the lede, no title.
    const underText = nextUsable(index)?.text
    if (words >= 6 && !sentenceEnd.test(line.text) && underText && underText.startsWith(`${line.text} `) && isSentence(underText)) score -= 4
    // A date and time alone on the line ("2020-11-10 HKT 11:44", "12.03.2021 | 09:15"), even when the date is not read
    // from it: the header's date line, never a title.
    const dateOnly = findDate(line.text, options.timeZone)
    // (…and so is a day's or an issue's page label with its date, "Business News of Thursday, 24 November 2022", "March 28,
    // 2013 | Vol. 116 -- No. 49", "Today's Paper: 3 May 2024".)
    if (dateOnly && words <= 14 && (dateLabelRest(`${line.text.slice(0, dateOnly.start)} ${line.text.slice(dateOnly.end)}`) || stampRest(`${line.text.slice(0, dateOnly.start)} ${line.text.slice(dateOnly.end)}`))) score -= 6
    else if (dateOnly && words <= 6 && !`${line.text.slice(0, dateOnly.start)} ${line.text.slice(dateOnly.end)}`.replace(/\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?\b|\b\p{Lu}{2,5}\b|[\s|·•,/()-]+/gu, '')) score -= 6
    // (A member of a party or a board named in a title of five words or more that the story takes up, half its topics or
    // more, is no plea to join: "Police hold opposition member over protest call" over a story of the arrest.)
    const promoWord = promo.exec(line.text)
    if (promoWord && !(/^members?$/i.test(promoWord[1]!) && !promo.test(line.text.slice(promoWord.index + promoWord[0].length)) && words >= 5 && topic.story && topic.shared >= 3 && topic.shared * 2 >= topic.of)) score -= 3
    if (captionTwins.has(index)) score -= 4
    // A picture's credit alone on its line ("Jane Roe/Example Agency via Example Wire", "Handout via Reuters") and a
    // heading over a list of the site's other stories ("Top Stories of the Day", "Latest News", "Trending Now"): the
    // page's, no title.
    if (pictureCredit.test(line.text) || listHeading.test(line.text)) score -= 6
    // A label over the story's summary ("In Summary", "Key points", "At a glance") or a share widget's ("Spread This News"):
    // the page's, no title.
    if (summaryLabelLine.test(line.text) || shareLabel.test(line.text)) score -= 4
    // A call to comment ("Have your say", "Join the debate"): a button's words, no title.
    if (commentPrompt.test(line.text)) score -= 6
    // Another story's teaser printed again under a Read-also label further down: no title of this story.
    if ((teaserKeys.get(line.key) ?? -1) > index) score -= 6
    // A desk's byline ("Observer staff reporter", "Staff writer", "Our Correspondent"): who wrote the story, no title.
    if (deskByline.test(line.text)) score -= 6
    // A wire's credit and where it was filed ("Example Wire, Port Alder, Ostland"): the story's source, no title.
    if (agencyFiled(line.text)) score -= 4
    // A header's contact line ("STUDIO : 1-555-010-2200 (Front Desk)"): a telephone number is no title's.
    if (/\d[-. ]\d{3}[-. ]\d{3,4}\b/.test(line.text)) score -= 4
    if (isBodyLike(line.text)) score -= 2
    // Titles open with a capital, a digit or a quote; a line in lower case is a picture's text or a label
    // ("school board carlton and rick", "police beat by …").
    if (/^\p{Ll}/u.test(line.text) && !gluedKey.test(line.text)) {
      score -= 3
      // (…and the lead picture's alternative text above all: the title's own opening words again in lower case, under the
      // title and printed once or twice, "cat shelter reopens after flood" under "Cat shelter reopens after winter flood":
      // its repeats are the picture's text and title, no evidence of a headline.)
      if (lowerCaseTwin(index)) score -= 6
    }
    // "Harbour United striker Jane Roe", "Opposition leader Jane Roe during the debate": who is in the lead picture, a
    // role and a name the story names, printed under the title: the picture's caption, no title.
    if (personCaption(index) && lines.slice(0, index).some((other, at) => usable(at) && !other.meta && !captions[at] && wordCount(other.text) >= 4 && !sentenceEnd.test(other.text) && !/[:;,]$/.test(other.text) && !isBodyLike(other.text))) score -= 4
    // "Police spokesperson, Benjamin Hundeyin": who is in the picture, a role and a name, not a title.
    if (portraitCaption(line.text)) score -= 3
    // A picture's caption closing on its credit ("… on Monday. (EXA)", "Jane Roe (file photo)"): the picture's, no title.
    if (creditedCaption(line.text)) score -= 6
    // "The Lakeside Times", "Northfield Herald": a paper's or site's name on the masthead, not a title.
    if (mastheadName(line.text)) score -= 3
    else if (editionLabel) score -= 3
    // A headline has its story under it: a line below the page's last sentence of reporting is a postscript
    // ("UPDATE: …") or chrome, not the title.
    if (index > lastSentence) score -= 4
    // (One sentence of reporting under it on a page cut short after its lede, its last line left open inside a sentence,
    // tells too little to judge a title by: a feature's lede may open on a scene in words of its own, "On the steep lane
    // where …" under "Ferry delays leave …".)
    const judged = topic.told >= 2 || !cutShortPage
    if (offTopic && judged) score -= 2
    // A line that shares not one of its words with the story under it (a section's name, a menu of sections, a tagline)
    // is weaker still, the more so the more words it has: a title of six words or more speaks of its story somewhere.
    // A row of six words or more set in capitals with no punctuation between them that the story never takes up is a
    // menu of the site's sections ("NEWS SPORT MONEY TRAVEL …"), the least title-like of all.
    if (topic.story && judged && topic.of >= 2 && topic.shared === 0) score -= topic.of >= 6 ? (allCapsRow.test(line.text) ? 6 : 3) : 1
    // A slogan set over two lines ("The Most Trusted Voice Of" / "The Riverbank Towns"): a line left open on "of", "the" or
    // "our" is half of one, and so is the line that closes it.
    if (words >= 3 && openEnd.test(line.text)) score -= 3
    // A label that speaks of the story in one word at most right over a title-shaped line whose words the story takes up
    // (three or more, half of them or more: "Country Music Weekend", the last item of a site's promo menu, over the story's
    // title) is no headline over its deck.
    if (under && !under.meta && !captions[underIndex] && topic.story && topic.of >= 2 && topic.shared <= 1 && topic.shared * 2 < topic.of && words <= 6 && !sentenceEnd.test(under.text) && wordCount(under.text) > words) {
      const below = echo(underIndex)
      if (below.story && below.shared >= 3 && below.shared * 2 >= below.of) score -= 2
    }
    // A kicker over the title: a place's or a topic's name and a word or two after a spaced dash ("Norland - strikes"),
    // right over a longer title-shaped line that the story takes up at least as well ("Norland dock workers walk out over
    // unpaid overtime"): the page's label for the story, no headline.
    if (words <= 4 && kicker.test(line.text) && under && !under.meta && !captions[underIndex] && !sentenceEnd.test(under.text) && !/[:;,]$/.test(under.text) && wordCount(under.text) >= 5 && wordCount(under.text) <= 30 && echo(underIndex).shared >= Math.max(2, topic.shared)) score -= 3
    // A beat's label in title case under a headline set in sentence case, right over the byline ("Absentee ballots set a
    // record" / "Board of Supervisors" / "By: …"): the page's label for the story, no title, when the story takes up the
    // line above it as it takes up a headline.
    if (labelUnderTitle(index)) score -= 3
    const over = lines[index - 1]
    if (over && !line.blankBefore && !over.chrome && !over.meta && wordCount(over.text) >= 3 && openEnd.test(over.text)) continue
    candidates.push({ index, score: score - index * 0.001 })
  }
  }
  scan(0)
  // A summary printed above the headline ("While other professions … came.", then the headline, then the byline) is no
  // headline: when no line above the first paragraph-like line can be one, the next stretch is looked at, up to 60 lines.
  while (candidates.length === 0 && window < reach) {
    const from = window
    let next = from + 1
    while (next < lines.length && !(usable(next) && !lines[next]!.meta && isBodyLike(lines[next]!.text) && !captions[next])) next++
    window = Math.min(lines.length, next, reach)
    scan(from)
  }
  // A page that leads with its standfirst or lede, then prints the title over the byline: when nothing above that first
  // paragraph has a headline's evidence (a section's or site's name at most), a title-shaped line right over the byline or
  // date in the next stretch is the headline.
  let ledeFirst = false
  const weakest = candidates.reduce((top, candidate) => Math.max(top, candidate.score), -Infinity)
  if (candidates.length > 0 && window < reach) {
    const from = window
    let next = from + 1
    while (next < lines.length && !(usable(next) && !lines[next]!.meta && isBodyLike(lines[next]!.text) && !captions[next])) next++
    const known = candidates.length
    window = Math.min(lines.length, next, reach)
    scan(from)
    const scanned = candidates.splice(known)
    const later = weakest < 3 ? scanned.filter((candidate) => overMeta.has(candidate.index) && !sentenceEnd.test(lines[candidate.index]!.text) && candidate.score >= weakest + 2) : []
    if (later.length > 0) {
      candidates.push(...later)
      ledeFirst = true
    } else {
      // A page that opens on the site's notices (a browser's or cookies' warning, the publisher's legal lines: "This site is
      // operated by …", "We'll assume we have your consent …"), then the title over the story: when every sentence above
      // the next stretch's first title-shaped line with a title's evidence speaks of none of the story's topics under it
      // (one in five at most, of four or more), those sentences are no lede of the story, and the lines over them are their
      // headings or the site's furniture. That line is the headline, its evidence weighed as a title's over the notices. (A
      // lede set over the title retells the story under it.)
      const title = scanned.filter((candidate) => candidate.score >= 1.5 && !sentenceEnd.test(lines[candidate.index]!.text) && !/[:;,]$/.test(lines[candidate.index]!.text) && wordCount(lines[candidate.index]!.text) >= 3)[0]
      const story = title ? ledeUnder(title.index) : null
      // (Nor is any line above them a title of the story: one over a byline or date, or one the story takes up, two of its
      // topics or more, "Ferry fares to rise" over a subscription's plea and the story of the fares. The title under them
      // speaks of the story too.)
      // (A line of more than thirty words, or of more than one sentence, is no title wherever it stands: a notice over the
      // masthead's date is no title over its date.)
      const titledAbove = (story: ReadonlySet<string>) => candidates.some((candidate) => wordCount(lines[candidate.index]!.text) <= 30 && !/[.!?]["”’)]*\s+\p{Lu}/u.test(withoutAbbreviations(lines[candidate.index]!.text)) && (overMeta.has(candidate.index) || [...topicStems(lines[candidate.index]!.text)].filter((stem) => story.has(stem)).length >= 2))
      if (title && story && (ledeSentences.get(story) ?? 0) >= 2 && echo(title.index).shared >= 1 && !titledAbove(story)) {
        const notices = lines.slice(0, title.index).map((line, at) => (usable(at) && !line.meta && !captions[at] && isSentence(line.text) ? topicStems(line.text) : null)).filter((own) => own !== null)
        // (…and the notices a few lines beside the story, which runs on under the title three times as long at least: a
        // run of short items, each under its own title, is a page of stories, no notices over one. Where the page store cut
        // the text off, four sentences under the title say as much: the story ran on past them.)
        const storyLength = lines.filter((line, at) => at > title.index && reporting(at)).length
        if (notices.length > 0 && (storyLength >= 5 || (cutShortPage && storyLength >= 4)) && storyLength >= notices.length * 3 && notices.every((own) => own.size >= 4 && [...own].filter((stem) => story.has(stem)).length * 5 <= own.size)) {
          for (const candidate of candidates) candidate.score -= 3
          candidates.push({ ...title, score: title.score + 3 })
          // (Between it and the story's first sentence, lines that finish no sentence, three at most: the last its deck, a
          // summary over the story, the others labels over it, "Essential coverage from the news desk".)
          const header: number[] = []
          for (let at = title.index + 1; at < lines.length && !reporting(at); at++) if (usable(at) && !lines[at]!.meta && !captions[at]) header.push(at)
          if (header.length > 0 && header.length <= 3 && header.every((at) => !sentenceEnd.test(lines[at]!.text))) {
            decks.set(title.index, header.at(-1)!)
            noticeTitles.set(title.index, header.slice(0, -1))
          }
        }
      }
    }
    if (candidates.length === known) window = from
  }
  // A page that prints its title under the story (a print or AMP layout: the paragraphs, then the title over the credit
  // row or the comment widget, nothing of the story under it): when every line above the story that could be its title is
  // a sentence of it, a title-shaped line right under the last sentence, whose topics the lede takes up, with nothing under
  // it but the page's furniture, a byline or a date, is the headline, and the paragraphs above it are the story.
  let titleLast = false

  if (!ledeFirst && firstBody < lines.length && lastSentence < lines.length && candidates.length > 0 && candidates.every((candidate) => isSentence(lines[candidate.index]!.text))) {
    let at = lastSentence + 1
    while (at < lines.length && (!usable(at) || captions[at])) at++
    const title = lines[at]
    // (Under it, a widget's few words at most: "Share if you like".)
    // (Not over a paragraph's opening words where the page store cut the text off, "Earlier on Tuesday the boa": the story
    // goes on under that line, a crosshead of it, and what follows is lost.)
    const bare = Boolean(title) && lines.slice(at + 1).every((other, offset) => !usable(at + 1 + offset) || other.meta || captions[at + 1 + offset] || (wordCount(other.text) <= 5 && !sentenceEnd.test(other.text) && !(storeCut && offset === lines.length - at - 2 && /^\p{Lu}[\p{L}'’]*\s+\p{Ll}/u.test(other.text) && !cutFurnitureLabel(other.text))))
    if (title && bare && !cutOffLast(at) && !title.meta && /^[\p{Lu}\d"“‘]/u.test(title.text) && !sentenceEnd.test(title.text) && !/[:;,]$/.test(title.text) && wordCount(title.text) >= 4 && wordCount(title.text) <= 30 && !promo.test(title.text) && !matchReadAlso(title.text, options.readAlsoPrefixes)) {
      const lede = topicStems(lines[firstBody]!.text)
      const own = topicStems(title.text)
      let shared = 0
      for (const stem of own) if (lede.has(stem)) shared++
      if (shared >= 2 && shared * 2 >= own.size) {
        candidates.splice(0, candidates.length, { index: at, score: 4 })
        ledeFirst = true
        titleLast = true
      }
    }
  }
  // A page that prints only a date and a short title over its story ("Wednesday, 7 May 2014", "Newton Road", then the
  // lede): a title of two or three capitalised words reads like a name, but with no "By" before it, under a date, and no
  // line above the story but sentences of it to choose from, it is the headline, not a byline.
  if (candidates.every((candidate) => isSentence(lines[candidate.index]!.text))) {
    const top = lines.findIndex((line, index) => usable(index) && !line.meta)
    for (let at = top - 1; at > 0; at--) {
      if (!usable(at)) continue
      const line = lines[at]!
      let above = at - 1
      while (above >= 0 && !usable(above)) above--
      const dated = above >= 0 && Boolean(lines[above]!.meta?.dates.length) && !lines[above]!.meta?.authors?.length
      if (dated && line.meta?.authors?.length && !line.meta.dates.length && !/^by\b/i.test(line.text) && nameShape.test(line.text) && wordCount(line.text) <= 4) {
        line.meta = null
        candidates.push({ index: at, score: 0 })
      }
      break
    }
  }
  const ranked = [...candidates].sort((a, b) => b.score - a.score)
  const marked = untitled ? lines.findIndex((line) => line.text === untitledMark) : -1
  if (marked >= 0) {
    ranked.unshift({ index: marked, score: 0 })
    ledeFirst = false
    titleLast = false
  }
  const best = ranked[0]
  if (!best) throw new StoryParseError('no recognisable headline: the text has no line that could be one')
  // No title line on the page, its prose from the first line the evidence could take (or nothing but its sentences to take
  // at all): the story is read as under a title set over its first lines (and over a byline or date printed right above
  // them), and given no headline.
  // (The story's first paragraph: under it, a line taken for the title that is a sentence, as every other line that could
  // be taken, and the page's last sentence, with nothing of a story under it, is a paragraph of the story too.)
  const lede = marked >= 0 || ledeFirst ? -1 : lines.findIndex((line, index) => usable(index) && !line.meta && !captions[index] && isBodyLike(line.text))
  const proseOnly = () => lede >= 0 && lede < best.index && best.index >= lastSentence && !overMeta.has(best.index) && ranked.every(({ index }) => index === best.index || (isSentence(lines[index]!.text) && /[.…]["”’'»)]*$/u.test(lines[index]!.text) && !titleCaseLine(lines[index]!.text)))
  // (A label of one word right over the story's first paragraph, "Noticias", "Local", with no byline or date by it
  // and printed nowhere else: a section's name, the title cut off above it.)
  const labelOnly = () => lede >= 0 && wordCount(lines[best.index]!.text) === 1 && nextUsable(best.index) === lines[lede] && !overMeta.has(best.index) && lines.filter((line) => line.key === lines[best.index]!.key).length === 1
  // (…nor a share widget's label, "Spread This News", over the byline and the story: the title is not on the page.)
  const shareOnly = () => lede >= 0 && shareLabel.test(lines[best.index]!.text) && 'share label'
  // (…nor a byline, read or not, "[By Jane Roe]", "From Jane Roe, Port Alder", over the story: the title is not on the
  // page. Nor, on a page that opens on its byline or date and then the story, a sentence of the story under its first
  // paragraph, "“We are happy with the win.”": no title is printed over it.)
  const bylineOnly = () => lede >= 0 && ((bylineShaped.test(lines[best.index]!.text) && 'byline') || (lede < best.index && !overMeta.has(best.index) && sentenceEnd.test(lines[best.index]!.text) && lines.slice(0, lede).every((line, index) => !usable(index) || line.meta || bylineShaped.test(line.text)) && lines.slice(0, lede).some((line, index) => usable(index) && (line.meta || bylineShaped.test(line.text)))))
  // (…nor the site's link to more of its stories, "More on Example Online", over the story; nor, under a date line that
  // opens the page, a standfirst telling what was said, "The mayor also said that the bridge will not reopen this
  // year", over the lede: the title is not on the page.)
  const promoOnly = () => lede >= 0 && best.index < lede && siteMoreLink.test(lines[best.index]!.text) && 'site promo'
  const standfirstOnly = () => lede >= 0 && nextUsable(best.index) === lines[lede] && !overMeta.has(best.index) && wordCount(lines[best.index]!.text) >= 12 && !titleCaseLine(lines[best.index]!.text) && reportedSpeech.test(lines[best.index]!.text) && lines.slice(0, best.index).some((line, index) => usable(index) && line.meta?.dates.length) && lines.slice(0, best.index).every((line, index) => !usable(index) || line.meta) && 'standfirst'
  // (…nor a picture's caption naming who is in it, "Minister Jane Roe", "Opposition leader Jane Roe during the debate",
  // over the story that names the person, with no title above it: the title is not on the page.)
  const portraitOnly = () => lede >= 0 && personCaption(best.index) && 'photo caption'
  // (…nor another story's teaser that the page prints again under a Read-also label: the title is not on the page.)
  const teaserOnly = () => lede >= 0 && best.index < lede && (teaserKeys.get(lines[best.index]!.key) ?? -1) > best.index && 'read-also teaser'
  // (…nor a run of summary points printed without bullets over the story, three short sentences or more, "Heavy rain
  // floods the valley.", "Roads are shut.", "Two towns cut off.", a lede of twice their length under them: the title is
  // not on the page, and the points are the page's summary.)
  const pointsOnly = () => {
    const first = lines.findIndex((line, index) => usable(index) && !captions[index])
    if (first < 0 || best.index < first || best.index >= lede || lede < first + 3 || overMeta.has(best.index) || wordCount(lines[lede]!.text) < 25) return false
    let points = 0
    for (let at = first; at < lede; at++) {
      if (!usable(at) || captions[at]) continue
      const text = lines[at]!.text
      if (lines[at]!.meta || !/[.!?]["”’)]*$/u.test(text) || titleCaseLine(text) || wordCount(text) < 4 || wordCount(text) * 2 > wordCount(lines[lede]!.text) || (at === first && paraphrases(text, lines[lede]!.text))) return false
      points++
    }
    return points >= 3 && 'summary point'
  }
  // (…nor the opening words of a sentence broken at a link's anchor, the linked name alone on the first line ("Harbour
  // Freight and Olsen Lines"), the sentence carried on right under it from its verb, no blank line between ("posted
  // results on Monday that beat forecasts."): the story's first words, its title not printed. A title keeps a line in
  // lower case under it that opens on no verb or closes no sentence, "harbour-freight-logo", "updated 3 hours ago".)
  const linkBroken = () => {
    const under = lines[best.index + 1]
    return lede >= 0 && best.index === lines.findIndex((line, index) => usable(index) && !line.meta && !captions[index]) && Boolean(under) && !under!.blankBefore && !under!.meta && usable(best.index + 1) && !captions[best.index + 1] && !/[.!?:;]["”’)]*$/u.test(lines[best.index]!.text) && wordCount(lines[best.index]!.text) >= 2 && sentenceEnd.test(under!.text) && wordCount(under!.text) >= 4 && verbFirst.test(under!.text)
  }
  // (…nor, under the byline at most, a run of three summary points set as a list's items, "• Five held", "• Rifle
  // seized", "• Mayor speaks", right over a lede of twenty-five words or more: the page's summary, the title not printed.
  // A title over such a list stands above it, no item of it.)
  const bulletPointsOnly = () => {
    if (lede < 0 || !listItem.test(lines[best.index]!.text) || overMeta.has(best.index) || wordCount(lines[lede]!.text) < 25) return false
    let top = best.index
    while (top > 0 && (!usable(top - 1) || listItem.test(lines[top - 1]!.text))) top--
    let items = 0
    for (let at = top; at < lede; at++) {
      if (!usable(at)) continue
      if (!listItem.test(lines[at]!.text) || wordCount(lines[at]!.text) > 10) return false
      items++
    }
    return items >= 3 && lines.slice(0, top).every((line, at) => !usable(at) || line.meta || captions[at] || deskByline.test(line.text)) && 'summary list'
  }
  // (…nor a reporter's name alone on the page's first line, two or three capitalised words that no other line prints,
  // right over a lede opening on its dateline ("Ramesh Adhikari" / "DHUNGESANGU: Floodwater …"): the byline of a page that
  // prints no title. A title of two or three words speaks of its story in a word of its own.)
  const nameOnly = () => {
    const text = lines[best.index]!.text
    if (lede < 0 || best.index !== lines.findIndex((line, index) => usable(index) && !line.meta && !captions[index]) || nextUsable(best.index) !== lines[lede] || overMeta.has(best.index)) return false
    if (!/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u.test(text) || !/^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)(?:\s|$)/u.test(text)) return false
    const read = parseByline(text)
    const opening = lines[lede]!.text
    if (read?.length !== 1 || read[0]!.kind !== 'person' || !(datelinePattern.test(opening) || colonDateline.test(opening) || agencyDateline.test(opening) || titleCaseDateline.test(opening))) return false
    const printed = text.split(/\s+/).map((word) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'iu'))
    return !lines.some((line, at) => at !== best.index && printed.some((word) => word.test(line.text)))
  }
  const untitledAs = marked >= 0 || ledeFirst ? false : untitledProse(lines[best.index]!.text.replace(gluedKey, ''), overMeta.has(best.index), nextUsable(best.index)?.text, options.timeZone) || proseOnly() || labelOnly() || shareOnly() || bylineOnly() || promoOnly() || standfirstOnly() || portraitOnly() || teaserOnly() || pointsOnly() || linkBroken() || bulletPointsOnly() || nameOnly()
  if (untitledAs) {
    // (A byline the rules do not read, over the story, stays over the title set in: the page's, not the story's.)
    let top = lede >= 0 && (lede < best.index || ((untitledAs === 'byline' || untitledAs === 'summary point') && lede > best.index)) ? lede : best.index
    // (…and over what the page's markup left without a letter, "![]() |".)
    for (let at = top - 1; at >= 0 && (lines[at]!.meta || lines[at]!.chrome || captions[at] || !/\p{L}/u.test(lines[at]!.text)); at--) if (lines[at]!.meta) top = at
    const raw = text.replace(/\r\n?/g, '\n').split('\n')
    const from = lines[top]!.from
    // (Only where that line starts a line of the text, or follows a scraper's header on it: a line split off another has
    // no place of its own to set the title over.)
    const rawLine = raw[from]!.replace(/\s+/g, ' ').trim()
    const start = rawLine.indexOf(lines[top]!.text.slice(0, 12))
    if ((top === 0 || lines[top - 1]!.from !== from) && (start === 0 || (start > 0 && storeHeader !== '' && rawLine.slice(0, start).trim() === storeHeader))) {
      // A date line the rules do not read, over the rest of the page ("14.03.2023, 15:37 5781" over a title): the page's
      // header, no sign that the page prints no title. The page is read again with the line dropped, the title looked for
      // under it.
      if (untitledAs === 'date line' && top === best.index && !untitled) return readStory(text, options, { drop: { line: lines[best.index]!.text, reason: untitledAs } })
      raw.splice(from, 1, ...(start > 0 ? [rawLine.slice(0, start).trim()] : []), untitledMark, start > 0 ? rawLine.slice(start) : raw[from]!)
      const story = readStory(raw.join('\n'), options, { drop: typeof untitledAs === 'string' ? { line: lines[best.index]!.text, reason: untitledAs } : null })
      story.headline = ''
      story.confidence.headline = 'none'
      // (…unless the page's breadcrumb over the story ends on the story's title, "Home » Industry » Govt dismisses report":
      // the trail names the story, the only place the page prints its title; the evidence is weak, and the report says so.)
      const crumb = lines
        .slice(0, top)
        .filter((line) => line.chrome?.reason === 'breadcrumb')
        .map((line) => /[»›>|]\s*([^»›>|]+)$/u.exec(line.text)?.[1]?.trim() ?? '')
        .find((tail) => wordCount(tail) >= 4 && !sentenceEnd.test(tail) && /^[\p{Lu}\d"“‘]/u.test(tail))
      if (crumb) {
        story.headline = crumb
        story.confidence.headline = 'low'
      }
      return story
    }
  }
  // Under the headline, over the story: a picture's caption printed twice (see captionTwins) and a summary's label ("In
  // Summary") are the page's, neither the standfirst nor the story.
  for (let at = best.index + 1; at < firstBody; at++) {
    if (lines[at]!.chrome || lines[at]!.meta) continue
    if (captionTwins.has(at)) lines[at]!.chrome = { reason: 'photo caption' }
    else if (summaryLabelLine.test(lines[at]!.text)) lines[at]!.chrome = { reason: 'summary label' }
    // (…and so is the lead picture's caption naming who is in it, "Deputy governor Jane Roe addressing the press", over
    // the story that names the person: see personCaption.)
    else if (personCaption(at) && !sentenceEnd.test(lines[at]!.text)) lines[at]!.chrome = { reason: 'photo caption' }
    // (…and, under the page's first title and its deck, a second title-shaped line right over the story's first sentence:
    // the lead picture's caption, "Harbour board warned that the quay needs repairs", no paragraph of the story.)
    else if (firstTitles.has(best.index) && at === (decks.get(best.index) ?? -2) + 1 && !sentenceEnd.test(lines[at]!.text) && !/[:;,]$/.test(lines[at]!.text) && wordCount(lines[at]!.text) >= 5 && wordCount(lines[at]!.text) <= 30 && isSentence(nextUsable(at)?.text ?? '')) lines[at]!.chrome = { reason: 'photo caption' }
    // (…and its credit alone on a line, "Jane Roe/Example Agency via Example Wire".)
    else if (pictureCredit.test(lines[at]!.text)) lines[at]!.chrome = { reason: 'photo credit' }
    // (…and the lead picture's caption right over its labelled credit, no blank line between ("King Rashid of
    // Bahrain." / "Image Credit: File"), a name and a place more than a sentence, most of its words capitalised, however
    // it ends: the picture's, the story under it. Not under a finished sentence of the page's, nor a sentence told in
    // the story's small words: there the line is a paragraph of the story, over a picture set inside it.)
    else if (lines[at + 1] && !lines[at + 1]!.blankBefore && /^(?:image|photo|picture|photograph)\s+credits?\s*:/i.test(lines[at + 1]!.text) && wordCount(lines[at]!.text) <= 15 && (lines[at]!.text.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) * 2 >= wordCount(lines[at]!.text) && !/["“”]/.test(lines[at]!.text) && !lines.slice(best.index + 1, at).some((other) => !other.chrome && !other.meta && sentenceEnd.test(other.text))) lines[at]!.chrome = { reason: 'photo caption' }
    // (…and so is the lead picture's caption closing on its credit, "… on Monday. (EXA)", "… @janeroe", with the story
    // under it. A paragraph an agency signs, "… on the quay. (EXA)", closes the story: no sentence of it follows. A caption
    // the caption reader has split from its credit stays the lead picture's, the hero.)
    else if (!captions[at] && creditedCaption(lines[at]!.text) && lines.some((other, after) => after > at && usable(after) && !other.meta && !captions[after] && isSentence(other.text) && !creditedCaption(other.text))) lines[at]!.chrome = { reason: 'photo caption' }
  }
  for (const at of noticeTitles.get(best.index) ?? []) lines[at]!.chrome = { reason: 'label over the story' }
  for (const at of pictureUnder.get(best.index) ?? []) lines[at]!.chrome = { reason: 'photo caption' }
  // (…and a feature's crossheads between the deck and its first part's sentences, "Practice grants" / "What is it?": the
  // story opens on its first sentence.)
  for (const at of crossheadsUnder.get(best.index) ?? []) lines[at]!.chrome = { reason: 'crosshead over the story' }
  /** The paragraphs printed right above a title that follows the lede (see ledeFirst). */
  const preTitle = new Set<number>()
  if (ledeFirst && best.index > lastSentence) titleLast = true
  for (let at = best.index - 1; ledeFirst && at >= 0; at--) {
    if (!usable(at) || captions[at]) continue
    // (Under a title printed after the story, its short sentences are the story's too.)
    const sentence = titleLast ? at >= firstBody && sentenceEnd.test(lines[at]!.text) && wordCount(lines[at]!.text) >= 3 : isSentence(lines[at]!.text)
    // (A date line the date reader could not read is the header's, and so are the lines over it.)
    if (lines[at]!.meta || !sentence || dateStampLine(lines[at]!.text) || lines.slice(best.index).some((other) => other.key === lines[at]!.key)) break
    preTitle.add(at)
  }
  // The runner-up is the best other line: the headline's own repeat is evidence for it, not a rival.
  const margin = best.score - (ranked.find((candidate) => lines[candidate.index]!.key !== lines[best.index]!.key)?.score ?? -Infinity)
  const firstLine = lines.findIndex((line, index) => usable(index) && !line.meta)
  story.headline = withoutSiteSuffix(lines[best.index]!.text, new Set(lines.filter((line, index) => index !== best.index).map((line) => line.key)), best.index === firstLine)
  // A breadcrumb or section label glued before the title ("News Local <title>", "Cricket Cricket <title>", "//<title>")
  // while the title is printed again close by, bare or with other furniture before it: the words the two lines end on
  // are the title.
  const gluedTitle = titleUnderLabel(lines, best.index)
  if (gluedTitle) story.headline = gluedTitle
  // A section's label of one word glued before the title, the page's first line and printed nowhere else ("News Port
  // council approves budget", "Ostland Vellmar Troops Leave the Border"): the label is a word the page prints nowhere
  // else (a section's own name, "News", "World", at most in lower case in a sentence), and the title after it opens on a
  // name the story's paragraphs print capitalised inside a sentence. (A title whose first word the story leaves out,
  // "Bumper Harvest Expected", opens on no such name after it: it stays whole.)
  else if (best.index === firstLine && story.headline === lines[best.index]!.text) {
    // (A question's or a determiner's word opens a title of its own, "Why I Read The Fire Log First"; a name is two
    // letters or more.)
    const glued = /^(?!(?:Why|How|What|When|Where|Who|Whom|Whose|Which|The|This|That|These|Those|Our|My|Your|Their|His|Her|Its|One|Some|Any|Every|No|Not|If|As|In|On|At|For|To|From|With|After|Before)\s)(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)\s/u.exec(story.headline)
    const rest = glued ? story.headline.slice(glued[1]!.length).trim() : ''
    if (glued && wordCount(rest) >= 4 && !sentenceEnd.test(rest) && !lines.some((line) => line.key === lineKey(rest)) && inStoryCapitalised(glued[2]!.replace(/['’]s$/u, ''))) {
      const label = glued[1]!
      const printed = new RegExp(`(?<![\\p{L}])${label}(?![\\p{L}])`, sectionName.test(label) ? 'u' : 'iu')
      if (!lines.some((line, at) => at !== best.index && printed.test(line.text)) && echo(best.index).shared >= 2) story.headline = rest
    }
  }
  // A headline and its deck run together on one line, no mark between ("Power to the people Urgent decisions are needed
  // on the old town; traders want a say"): the title, set in sentence case, ends where a word in lower case meets a
  // capitalised word the story never prints capitalised inside a sentence (no name), and the deck after it runs on twice
  // as long at least, a summary of eight words or more with a clause's mark in it.
  if (!sentenceEnd.test(story.headline) && wordCount(story.headline) >= 12) {
    const tokens = story.headline.split(/\s+/)
    for (let at = 3; at <= Math.min(10, tokens.length - 8); at++) {
      const title = tokens.slice(0, at)
      const deck = tokens.slice(at).join(' ')
      if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(tokens[at - 1]!) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[at]!) || inStoryCapitalised(tokens[at]!)) continue
      const sentenceCase = title.slice(1).every((word) => !/^\p{Lu}/u.test(word) || inStoryCapitalised(word.replace(/[^\p{L}'’-]+$/u, '')))
      if (sentenceCase && tokens.length - at >= at * 2 && /[;,:]\s/.test(deck) && !/[.!?:;,]$/.test(title.join(' '))) story.headline = title.join(' ')
      break
    }
  }
  // A close button's mark glued to the end of the title ("… after the talks x", "… ×"): the page's, no word of it.
  // A template's key glued before the title ("site.nameHarbour reopens …"): the page's, no word of it.
  story.headline = story.headline.replace(gluedKey, '')
  if (closeMark.test(story.headline) && wordCount(story.headline.replace(closeMark, '')) >= 3) story.headline = story.headline.replace(closeMark, '')
  // A back link glued before the title ("« Back13 patients …", "‹ BackStorm closes …"): its arrow and word are the page's
  // link to the list the story sits in, no word of the title.
  story.headline = story.headline.replace(/^[«‹←<]\s*Back(?=[\p{Lu}\d\s"“‘])\s*/u, '')
  // A comment counter at nought run on after the title ("… others missing 0"): no title ends on a bare nought after a
  // word. (A score names each side with its figure: "Rovers 2 United 0".)
  if (/[\p{L}’'),]\s+0$/u.test(story.headline) && !/\d\s+\p{Lu}[\p{L}.'’ -]*\s0$/u.test(story.headline)) story.headline = story.headline.slice(0, -2)
  // A pointer or emoji run on after the title ("… in Gbagada, other ⬇️"): a teaser's decoration, no word of the title.
  story.headline = story.headline.replace(/(?<=[\p{L}\d.!?,'’"”)])\s*[\p{Extended_Pictographic}\u2190-\u21FF\u2B00-\u2BFF\uFE0F\u200D]+$/u, '')
  // A title printed whole in one pair of quote marks (“Council Vote Sparks Debate”) and no other quote mark in it: the
  // marks are the page's styling. A quote with its speaker ("“We will stay,” says mayor") keeps them.
  if (/^[“"][^“”"]{3,}[”"]$/u.test(story.headline)) story.headline = story.headline.slice(1, -1).trim()
  // A title set as a list's item, alone ("• Ferry held at the quay" between lines that carry no such mark): the mark is
  // the page's styling, no word of the title. (An item of a run of marked lines is left as it is.)
  if (itemMarkBeforeWords.test(story.headline)) {
    const neighbour = (step: number) => {
      let at = best.index + step
      while (at >= 0 && at < lines.length && lines[at]!.text.trim() === '') at += step
      return lines[at]?.text ?? ''
    }
    if (!listItemMark.test(neighbour(-1)) && !listItemMark.test(neighbour(1))) story.headline = story.headline.replace(itemMarkBeforeWords, '')
  }
  const bareHeadlineKey = lineKey(story.headline)
  deckIndex = decks.get(best.index) ?? -1
  story.confidence.headline = best.score >= 5.5 && margin >= 1 ? 'high' : best.score >= 2.5 && margin >= 0.5 ? 'medium' : 'low'
  const headlineKeyText = lines[best.index]!.key

  // The header: everything up to the last byline/date line that follows the headline closely. Meta lines before the
  // headline (a date printed above it) count too.
  /** Whether the line after `index` is a post's title: title-shaped, with a paragraph or a byline under it. */
  const nextPostTitle = (index: number) => {
    const following = (from: number) => {
      for (let position = from + 1; position < lines.length; position++) if (usable(position) && !captions[position]) return position
      return -1
    }
    const at = following(index)
    const title = lines[at]
    if (!title || title.meta || sentenceEnd.test(title.text) || wordCount(title.text) < 3 || wordCount(title.text) > 25 || matchReadAlso(title.text, options.readAlsoPrefixes)) return false
    const under = lines[following(at)]
    return Boolean(under && (under.meta || isBodyLike(under.text) || agencyDateline.test(under.text)))
  }

  const titleAroundDate = (index: number) => {
    const over = previousUsable(index)
    if (!over || over.meta || over.key === headlineKeyText || sentenceEnd.test(over.text) || wordCount(over.text) < 4 || wordCount(over.text) > 25) return false
    return lines.slice(index + 1, index + 5).some((other) => other.key === over.key)
  }

  // (…or printed twice right over it, as the page printed the story's own title over its date: "Title" / "Title" / "May 28
  // 2024 Share".)
  const titleTwiceOver = (index: number) => {
    const over = previousUsable(index)
    if (!over || over.meta || over.key === headlineKeyText || sentenceEnd.test(over.text) || wordCount(over.text) < 4 || wordCount(over.text) > 25) return false
    const overIndex = lines.indexOf(over)
    let twice = overIndex - 1
    while (twice >= 0 && !lines[twice]!.text.trim()) twice--
    return twice > best.index && lines[twice]!.key === over.key
  }

  let headerEnd = best.index
  const datedOverTitle = lines.slice(0, best.index).some((line) => Boolean(line.meta?.dates.length))
  for (let at = best.index + 1, gap = 0, sentences = 0; at < lines.length && gap <= 3; at++) {
    const line = lines[at]!
    // A date's label alone on its line ("Published"), the date itself not printed, right under the title and its deck (one
    // line between them at most): the header ends there as at a date line, and the line between is the deck.
    // (The deck is one sentence of forty words at most, no paragraph of several.)
    const deckOnly = () => lines.slice(best.index + 1, at).every((other, offset) => !usable(best.index + 1 + offset) || captions[best.index + 1 + offset] || other.key === headlineKeyText || (wordCount(other.text) <= 40 && !/[.!?]["”’)]*\s+\S/.test(withoutAbbreviations(other.text))))
    if (line.chrome?.reason === 'date label' && gap <= 1 && at > best.index && headerEnd === best.index && deckOnly()) {
      headerEnd = at
      gap = 0
      continue
    }
    if (!usable(at) || line.key === headlineKeyText) continue
    // Two paragraphs of the story in a row: the header is over, and a date line under them ("Posted on …" closing the
    // story) is not part of it.
    if (!line.meta && !captions[at] && sentenceEnd.test(line.text) && wordCount(line.text) >= 5 && ++sentences >= 2) break
    if (line.meta) {
      sentences = 0
      // A date under the story's first lines that opens the next post of an archive is not this story's header.
      // (…unless the one line over it is the title's deck, a sentence of forty words at most, and no date was printed
      // over the title: "Title" / deck / "Mar 31, 2023" / a section's heading / the story. The date is the header's.)
      const deckOverDate = gap === 1 && headerEnd === best.index && line.meta.dates.length > 0 && !datedOverTitle && deckOnly()
      if (gap > 0 && !line.meta.authors && !deckOverDate && nextPostTitle(at)) break
      headerEnd = at
      gap = 0
      continue
    }
    if (captions[at] || line.text.length < 3) continue
    gap++
  }
  const standfirst: string[] = []
  /** A summary printed without its full stop (nor a clause's colon or comma), not cut short, of at least `words` words. */
  const unfinishedSummary = (text: string, words: number) => !sentenceEnd.test(text) && !/[:;,]$/.test(text) && !cutTeaser.test(text) && wordCount(text) >= words
  /** The summary under an outlet's name under the title, read as the standfirst (see below). */
  let summaryUnderOutlet = -1
  const bylineAuthors: Author[] = []
  let publishedTimed = false
  let publishedFromUpdate = false
  let lastUpdatedOnly = false
  let signed = false
  /** Set while the only names read are an outlet's credit ("Harbour Standard (Port Alder)"): a person's byline under it signs instead. */
  let outletCredit = false
  let signedByline = false
  const editors: Author[] = []
  /** Call letters alone on a line ("KXYZ", "WABC-TV"): the station signs the story only when no one else does. */
  const stations: Author[] = []
  const applyMeta = (meta: Meta) => {
    for (const editor of meta.editors ?? []) if (!editors.some((known) => known.name === editor.name)) editors.push(editor)
    if (meta.station) {
      for (const station of meta.authors ?? []) if (!stations.some((known) => known.name === station.name)) stations.push(station)
      signed ||= !meta.unsigned
      return applyDates(meta)
    }
    applyDates(meta, true)
  }
  const applyDates = (meta: Meta, withAuthors = false) => {
    // "Harbour Standard (Port Alder)" then "By Jane Roe": the outlet the story came from, then its writer, who signs.
    if (withAuthors && outletCredit && !meta.outlet && !meta.unsigned && meta.authors?.some((author) => author.kind === 'person')) bylineAuthors.length = 0
    if (withAuthors && meta.authors) outletCredit = Boolean(meta.outlet) && (bylineAuthors.length === 0 || outletCredit)
    if (withAuthors && meta.authors && (bylineAuthors.length === 0 || (meta.unsigned && !signedByline))) {
      // Names printed one per line ("Jane Roe", "John Doe") add up; a second signed byline does not.
      for (const author of meta.authors) if (!bylineAuthors.some((known) => known.name === author.name)) bylineAuthors.push(author)
      signedByline ||= !meta.unsigned
      signed = true
    }
    for (const { found, updated } of meta.dates) {
      // A day printed alone (a blog's day heading, "Friday, June 30, 2006") and a time on the story ("POSTED: 12:52 pm EDT
      // June 29, 2006") within a day and a half of each other are one publication told twice: the time is the more exact.
      const timed = hasClock(found.text)
      const near = story.publishedAt !== null && !publishedFromUpdate && Math.abs(Date.parse(found.iso) - Date.parse(story.publishedAt)) <= 36 * 3600_000
      if (!updated && near && !timed) continue
      if (!updated && near && timed && !publishedTimed) {
        story.publishedAt = found.iso
        story.dateZone = found.zone
        story.confidence.date = found.zoneGiven ? 'high' : 'medium'
        publishedTimed = true
        continue
      }
      // "Updated: … | Created: …": the update was read first; the creation time is the publication.
      if (!updated && publishedFromUpdate && story.publishedAt && found.iso <= story.publishedAt) {
        story.modifiedAt ??= story.publishedAt
        story.publishedAt = found.iso
        story.dateZone = found.zone
        publishedTimed = timed
        publishedFromUpdate = false
        continue
      }
      if (updated && story.publishedAt) story.modifiedAt ??= found.iso
      else if (!story.publishedAt) {
        story.publishedAt = found.iso
        story.dateZone = found.zone
        story.confidence.date = found.zoneGiven ? 'high' : 'medium'
        publishedTimed = timed
        publishedFromUpdate = updated
        lastUpdatedOnly = updated && Boolean(meta.lastUpdated)
      } else if (updated || found.iso > story.publishedAt) story.modifiedAt ??= found.iso
      else if (!updated && found.iso < story.publishedAt) {
        // "Updated" printed first, the first publication second.
        story.modifiedAt ??= story.publishedAt
        story.publishedAt = found.iso
        publishedTimed = timed
        publishedFromUpdate = false
      }
    }
  }

  /**
   * A pull quote: a line that is a quotation (and at most its speaker's name), whose words a longer paragraph of the page
   * quotes again. Printed before the lede or between paragraphs, it is the layout's, not a paragraph.
   */
  // Each asked of every line for every quoted line: kept per text, so a page of quotes costs one reading of each line.
  const plainTexts = new Map<string, string>()
  const plainText = (text: string) => {
    let plain = plainTexts.get(text)
    if (plain === undefined) plainTexts.set(text, (plain = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `))
    return plain
  }
  const namedQuotes = new Map<string, boolean>()
  const namedQuote = (text: string) => {
    let named = namedQuotes.get(text)
    if (named === undefined) namedQuotes.set(text, (named = /^["“‘«'].+?["”’»'](?![\p{L}\p{N}])\s*[-–—,]?\s*(?:\p{Lu}[\p{L}'’.-]*\s*){2,8}$/u.test(text)))
    return named
  }
  const pullQuote = (index: number) => {
    const text = lines[index]!.text
    // (Typewriter single quotes too, "'We will not close' Mayor Jane Roe": the closing one before a space or the end, not
    // an apostrophe inside a word.)
    const quoted = /^["“‘«'](.+?)["”’»'](?![\p{L}\p{N}])(.*)$/u.exec(text)
    if (!quoted || wordCount(text) > 45 || wordCount(quoted[1]!) < 5 || wordCount(quoted[2]!) > 8) return false
    const needle = plainText(quoted[1]!)
    // With only its speaker's name after it (capitalised words, no "said": `namedQuote`), the quotation is the pull quote's
    // whole text: the paragraph that quotes it need only be longer than the quotation, and may be shorter than the line
    // with the name (and is never such a line itself).
    const shortest = namedQuote(text) ? quoted[1]!.length : text.length
    // (…or quotes it again with a word of it changed, "It is our human side" against "It is our humanitarian side": a run of
    // three in four of its words, eight or more, printed in order in the paragraph.)
    const words = needle.trim().split(' ')
    const run = Math.max(8, Math.ceil(words.length * 0.75))
    const nearly = (other: string) => {
      if (words.length < run) return false
      for (let from = 0; from + run <= words.length; from++) if (other.includes(` ${words.slice(from, from + run).join(' ')} `)) return true
      return false
    }
    return lines.some((other, at) => at !== index && !other.chrome && other.text !== text && other.text.length > shortest && !namedQuote(other.text) && (plainText(other.text).includes(needle) || nearly(plainText(other.text))))
  }
  /**
   * A pull quote set without quotation marks, its speaker after a dash: the words in the first or second person, then the
   * name and the office or body they speak for in capitalised words ("We cannot keep the doors open. - Jane Roe, Harbour
   * Trust"). A paragraph reports its speaker ("said", "told") or names them in a clause, not after a dash as a signature.
   */
  const dashedPullQuote = (text: string) => {
    const match = /^([^"“”]{20,320}?[.!?…]["”’]?)\s+[-–—]\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2},\s+((?:\p{Lu}[\p{L}'’.-]*|&|of|the|and|for|by|on|in|de)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|&|of|the|and|for|by|on|in|de)){0,9})$/u.exec(text)
    if (!match || wordCount(match[1]!) > 50 || !/^\p{Lu}/u.test(match[2]!)) return false
    return /\b(?:I|I[’']m|me|my|we|we[’'](?:re|ve|ll)|us|our|you|you[’'](?:re|ve|ll)|your)\b/i.test(match[1]!) && !/\b(?:said|says|told|according)\b/i.test(match[1]!)
  }
  /**
   * A picture's label between the header and the lede that names the person in it: capitalised words (a role, then the
   * name) with no full stop, the name's last two words printed again in the story ("Police Chief Jane Roe", the story
   * then saying "… Jane Roe said").
   */
  const namedPicture = (index: number) => {
    const words = lines[index]!.text.split(/\s+/)
    if (words.length < 3 || words.length > 10 || /\d/.test(lines[index]!.text)) return false
    if (!words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || /^(?:of|the|and|for|de|da|van|von|al|bin)$/.test(word))) return false
    const name = words.slice(-2).join(' ')
    if (!words.slice(-2).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) return false
    const lede = nextUsable(index)
    if (!lede || !isBodyLike(lede.text) && !isSentence(lede.text)) return false
    return lines.slice(index + 1).some((other) => !other.chrome && other.text !== lines[index]!.text && sentenceEnd.test(other.text) && other.text.includes(name))
  }
  /** Whether a paragraph of the story follows the run of bullets that `index` is in. */
  const storyAfterBullets = (index: number) => {
    for (let at = index + 1; at < lines.length; at++) {
      const other = lines[at]!
      if (usable(at) && !captions[at] && !other.meta && !bulletOrStar.test(other.text) && isSentence(other.text)) return true
    }
    return false
  }
  /** The summary lines of teasers for other stories found in the story (see below). */
  /**
   * The sentences left on the page from `from` on, up to a line that ends the story: an after-story teaser leaves a
   * sentence or two there, a story going on under a subhead leaves more (see the next story's signs in the loop below).
   */
  const sentencesLeft = (from: number) => {
    let count = 0
    for (let at = from; at < lines.length; at++) {
      if (lines[at]!.chrome?.endsStory) break
      if (usable(at) && !lines[at]!.meta && !captions[at] && isSentence(lines[at]!.text)) count++
    }
    return count
  }
  const teaserLines = new Set<number>()
  let ownDateline: null | string = null
  /** The widest run of blank lines between two of the story's paragraphs so far. */
  let widestGap = 0
  let ended = false
  /** The headline printed again inside the story (a picture's alternative text), by its line. */
  let altTitle = -1
  let inList = false
  let listTitle = -1
  let titleAgain = -1
  let authorCard = -1
  /** The name a one-line bio under the story opens with ("About the Author: Jane Roe covers …"). */
  let bioCard: null | string = null
  /** "Jane Roe, The Associated Press" alone under the story, nothing of the story under it: the writer's credit at its foot. */
  let footCredit: Author[] | null = null
  /** An outlet's name alone between the title and the lede (see below). */
  let outletUnderTitle: null | string = null
  // Dates printed above the headline: a masthead's or the crawl's "today" as often as the story's own date, so they count
  // only when the story prints none of its own (or only its update time) further down.
  const beforeHeadline: { index: number; meta: Meta; text: string }[] = []
  let sourceCredit: null | string = null
  let sourceCreditLine: null | string = null
  let headerSource: null | string = null
  let colonCredit = false
  /** "(CNA)" alone on the line under the last paragraph: the agency's initials, as "… (NAN)" closing it. */
  let closingBracketAgency: null | string = null
  // A Read-also heading on its own line ("Read more:", "Read more from The Daily:"), its titles one per line below.
  const readAlsoHeading = new RegExp(`^(${(options.readAlsoPrefixes ?? defaultReadAlsoPrefixes).map((prefix) => looseLiteral(prefix.trim())).join('|')})(?:\\s+from\\s+[\\p{L}\\p{N}'’. &-]{2,40})?\\s*[:：]$`, 'iu')
  // A label for one other story on its own line, no colon ("Related story", "Related article"), inside the story: the
  // title on the line under it is a Read-also reference, as under "Related:". The plural label heads a list of the
  // site's ("Related stories"), which goes.
  const relatedPrefix = (options.readAlsoPrefixes ?? defaultReadAlsoPrefixes).find((prefix) => /^related$/i.test(prefix.trim()))
  // Under the story's last paragraph such a label heads the site's links instead: the story must go on after the title.
  const singleRelatedHeading = (index: number): null | string[] => {
    const text = lines[index]!.text
    if (!relatedPrefix || !/^related (?:story|article|post|report)$/i.test(text)) return null
    const title = lines.findIndex((other, at) => at > index && usable(at) && !captions[at])
    const after = title < 0 ? undefined : nextUsable(title)
    if (!after || after.meta || !sentenceEnd.test(after.text) || wordCount(after.text) < 8) return null
    return [text, relatedPrefix.trim()]
  }
  // The same label with no colon, alone on its line between two paragraphs ("READ MORE", "Also read"), as a site's box of
  // links prints it inside the story: the title-shaped line under it (a player's or a picture's label between them aside)
  // is a Read-also reference when the story goes on in sentences under it. (Under the story's last paragraph, or over a
  // teaser's summary, the label is a button of the site's: see the teaser cards.)
  const bareLabelHeading = (index: number): null | string[] => {
    const text = lines[index]!.text
    const prefix = (options.readAlsoPrefixes ?? defaultReadAlsoPrefixes).find((candidate) => candidate.trim().toLowerCase() === text.toLowerCase() && !/^related$/i.test(candidate.trim()))
    if (!prefix || !lines[index]!.chrome) return null
    let title = index + 1
    while (title < lines.length && (lines[title]!.chrome || !lines[title]!.text) && !lines[title]!.chrome?.endsStory) title++
    const titleLine = lines[title]
    if (!titleLine || titleLine.chrome || titleLine.meta || captions[title] || sentenceEnd.test(titleLine.text) || /[:;,]$/.test(titleLine.text) || wordCount(titleLine.text) < 4 || wordCount(titleLine.text) > 20) return null
    const after = nextUsable(title)
    if (!after || after.meta || !(isSentence(after.text) || isBodyLike(after.text)) || wordCount(after.text) < 8) return null
    return [text, text]
  }
  /** A link to another story by its title, kept under the first configured prefix ("Read also: <title>"), which the article turns into a Read-also block. */
  const firstPrefixLine = (title: string) => `${(options.readAlsoPrefixes ?? defaultReadAlsoPrefixes)[0]!.trim()}: ${title}`
  let readAlsoPrefix: null | string = null
  let readAlsoTitles = 0
  let readAlsoSpaced = false
  /** The line the story's first paragraph was taken from. */
  let storyFrom = -1
  /** A summary's label over the story ("Synopsis", "Key Takeaways"): the box under it, up to the lede, is the standfirst. */
  let summaryLabel = -1
  for (const [index, line] of lines.entries()) {
    if (used.has(index)) {
      drop(line.text, line.text.startsWith('http') || /^\w+\s*:/.test(line.text) ? 'page address or id' : 'page address or id')
      continue
    }
    if (ended) {
      drop(line.text, 'after the end of the story')
      // An author card under a closing note ("Report a typo …", then "About the Author") still names who wrote it.
      if (authorCard < 0 && line.chrome?.reason === 'author card' && /^about the (author|writer|reporter)s?:?$/i.test(line.text) && story.paragraphs.length > 0) authorCard = index
      if (line.chrome?.reason === 'author card' && story.paragraphs.length > 0) bioCard ??= authorBio.exec(line.text)?.[1] ?? null
      continue
    }
    if (index === best.index) continue
    // Under a title printed after the story, only its byline or date is the story's.
    if (titleLast && index > best.index && !line.meta) {
      drop(line.text, 'under the title printed after the story')
      continue
    }
    if (repeated.has(index)) {
      drop(line.text, 'repeated paragraph')
      continue
    }
    if (line.affiliation) {
      drop(line.text, 'byline affiliation')
      continue
    }
    // A blog post's footer under the story ("posted by Harbour FM News Team @ 6:59 am", "Posted by Jane Roe at 10:15 AM
    // No comments:"): who posted it and when, and the end of the post; what follows is the blog's sidebar.
    if (story.paragraphs.length > 0 && index > headerEnd && postFooter.test(line.text)) {
      if (line.meta) applyMeta(line.meta)
      drop(line.text, 'post footer')
      ended = true
      continue
    }
    // "Source: N1", "Via: Example Wire" right over or under the date line: the outlet the story came from, credited in the
    // header (its name may carry a digit, or the label be "Via").
    const labelledSource = !line.chrome && !line.meta && story.paragraphs.length === 0 && index > best.index ? /^(?:[Ss]ources?|SOURCES?|[Vv]ia|VIA)\s*:\s*(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3}|(?:www\.)?[\p{L}\d-]+(?:\.\p{L}{2,6}){1,2})$/u.exec(line.text) : null
    if (labelledSource && [lines[index - 1], lines[index + 1]].some((other) => other?.meta?.dates.length)) headerSource ??= labelledSource[1]!
    // "Click here for an update: “<title>”", "Click here to read: <title>": a link to another story set between the story's
    // paragraphs in a sentence of its own, the story going on under it: a Read-also line under the first configured prefix.
    // (…and "[ANALYSIS] <title>", "[WATCH] <title>": another story's title under its genre's label in brackets and capitals.)
    const clickFor = story.paragraphs.length > 0 && index > headerEnd && !line.meta ? linkOutsideLabel.exec(line.text) : null
    if (clickFor && !sentenceEnd.test(clickFor[1]!) && wordCount(clickFor[1]!) >= 3 && wordCount(clickFor[1]!) <= 20) {
      const under = nextUsable(index)
      if (under && !under.meta && isSentence(under.text)) {
        story.readAlso.push(clickFor[1]!)
        story.paragraphs.push(firstPrefixLine(clickFor[1]!))
        continue
      }
    }
    // "Next: <title>" set between the story's paragraphs, the story going on under it: a link to another story the site
    // puts inside the text, a Read-also line, not the next story's teaser. Told by what follows: a paragraph of two
    // sentences or more (a teaser's summary under the next story's title is one sentence), with two paragraphs of the
    // story over the link.
    if (line.chrome?.reason === 'next story' && story.paragraphs.length >= 2 && index > headerEnd) {
      const under = lines.slice(index + 1).find((other, at) => usable(index + 1 + at) && !captions[index + 1 + at] && !other.meta)
      const sentences = under ? withoutAbbreviations(under.text).split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u).length : 0
      if (under && sentences >= 2 && wordCount(under.text) >= 12 && !matchReadAlso(under.text, options.readAlsoPrefixes)) {
        const title = line.text.replace(/^(?:next|up next|next (?:story|article|post|up))\s*(?:[:»›>|]|[-–—](?=\s))\s*/iu, '')
        story.readAlso.push(title)
        story.paragraphs.push(firstPrefixLine(title))
        continue
      }
    }
    // A Read-also label with no colon between paragraphs, over one title (see bareLabelHeading).
    const bareLabel = line.chrome && story.paragraphs.length > 0 && sentenceEnd.test(story.paragraphs.at(-1)!) ? bareLabelHeading(index) : null
    if (bareLabel) {
      drop(line.text, 'read-also heading')
      readAlsoPrefix = bareLabel[1]!
      readAlsoTitles = 0
      continue
    }
    if (line.chrome) {
      drop(line.text, line.chrome.reason)
      // "Example News ·" alone under the title, over the lede or the lead picture's caption, no name over it: the byline
      // row's outlet with the mark it prints before a date the page left out. The outlet signs as a desk when nothing else
      // does (under a writer's name, "Jane Roe" / "Valley Courier·", it is where the writer works; a section's label,
      // "Local News ·", names no outlet). Over it, the title's deck or two at most, read as paragraphs or not.
      if (line.chrome.reason === 'site name' && story.paragraphs.length <= 2 && index > best.index && index <= best.index + 8 && /\s*[·•]$/.test(line.text) && !lines[index - 1]?.meta?.authors) {
        const outlet = line.text.replace(/\s*[·•]$/, '')
        if (mastheadName(outlet) && !sectionLabel(outlet) && authorKind(outlet) === 'desk') outletUnderTitle ??= outlet
      }
      if (line.chrome.reason === 'author card' && /^(?:about the (author|writer|reporter)s?:?|(?:author )?avatar)$/i.test(line.text) && story.paragraphs.length > 0) authorCard = index
      if (line.chrome.reason === 'author card' && story.paragraphs.length > 0) bioCard ??= authorBio.exec(line.text)?.[1] ?? null
      if (line.chrome.reason === 'source credit' && story.paragraphs.length > 0 && sourceCredit === null) {
        sourceCredit = creditedName(line.text)
        sourceCreditLine = line.text
      }
      // "Source: PTI" under the title, over or under the date line: the agency the story came from, in the header.
      // (…or right over the story's first paragraph, under the title and its labels: "Preview" / "Source: Example Health" /
      // the lede; the lead picture's caption over it is passed over.)
      if (line.chrome.reason === 'source credit' && story.paragraphs.length === 0 && index > best.index && ([lines[index - 1], lines[index + 1]].some((other) => other?.meta?.dates.length) || (isBodyLike(nextUsable(index)?.text ?? '') && !nextUsable(index)!.meta && lines.slice(best.index + 1, index).every((other, at) => other.chrome || captions[best.index + 1 + at] || other.key === lines[best.index]!.key)))) headerSource ??= creditedName(line.text)
      if (line.chrome.reason === 'agency credit' && story.paragraphs.length > 0 && !ended && !/^\((?:END|ENDS|PIC|PICS|TBC|MORE)\)$/.test(line.text)) closingBracketAgency ??= line.text.slice(1, -1)
      // ":Example Age" under the story: an outlet's name written after a colon is a credit by its form, whatever its words.
      if (line.chrome.reason === 'source credit' && story.paragraphs.length > 0 && line.text.startsWith(':')) colonCredit = true
      // "Get the full story at: Example Business Weekly": the outlet the excerpt came from, by the form of the line.
      if (line.chrome.reason === 'source credit' && story.paragraphs.length > 0 && /^(?:(?:get|read|see)\s+)?(?:the\s+)?full (?:story|article|report)\b/i.test(line.text)) colonCredit = true
      // A blog's next post: the date label ("Posted on") then the post's title, after the story has begun.
      if (line.chrome.reason === 'date label' && story.paragraphs.length > 0 && index > headerEnd && nextPostTitle(index)) ended = true
      // Only a story that has begun can end: a "Source: …" credit under the headline is part of the header.
      // (A "Source: X" credit with X's photo credit under it closes the intro over the picture, not the story.)
      // (Nor does one right under the lede with the story's paragraphs going on under it: the credit of the story that
      // is still to come, set under its first paragraph.)
      const creditUnderLede = line.chrome.reason === 'source credit' && story.paragraphs.length === 1 && (() => {
        // (An advertisement's label between them is no line of the story; the second may be a shorter sentence.)
        const after = lines.slice(index + 1, index + 6).filter((other, at) => usable(index + 1 + at) && !captions[index + 1 + at] && !other.meta && !other.chrome)
        return after.length >= 2 && isBodyLike(after[0]!.text) && (isBodyLike(after[1]!.text) || (isSentence(after[1]!.text) && wordCount(after[1]!.text) >= 8))
      })()
      // A widget's bare heading inside the story ("Trending", "Most read"), its links not printed, with the story going on
      // under it: the next two lines finished paragraphs of fifteen words or more, one of them a quote or naming someone the
      // story has named ("Vessel said …"). The heading is dropped and the story read on; a list of teasers under such a
      // heading is shorter or names no one the story does.
      const storyGoesOn = line.chrome.endsStory && line.chrome.reason === 'site navigation' && story.paragraphs.length >= 2 && wordCount(line.text) <= 3 && !/[:©]/.test(line.text) && (() => {
        const after = lines.slice(index + 1, index + 8).filter((other, at) => usable(index + 1 + at) && !captions[index + 1 + at] && !other.meta).slice(0, 2)
        if (after.length < 2 || !after.every((other) => sentenceEnd.test(other.text) && wordCount(other.text) >= 15)) return false
        const names = new Set(story.paragraphs.join(' ').match(/(?<=\s)\p{Lu}\p{Ll}{3,}/gu) ?? [])
        return after.some((other) => /^["“]/.test(other.text) || (other.text.match(/\p{Lu}\p{Ll}{3,}/gu) ?? []).some((word) => names.has(word)))
      })()
      if (line.chrome.endsStory && index > headerEnd && story.paragraphs.length > 0 && !agencyCredits.has(index + 1) && !creditUnderLede && !storyGoesOn) ended = true
      if (line.chrome.list) inList = true
      if (line.chrome.reason === 'summary label' && story.paragraphs.length === 0 && index > best.index) summaryLabel = index
      continue
    }
    // (…also with a picture's file name run on before it, a few words in lower case with its number, "harbour crash 2
    // <title>": the picture's alternative text inside the story, its caption under it.)
    const fileNamed = story.paragraphs.length > 0 && line.text.length > story.headline.length && line.text.endsWith(story.headline) && /^(?=[^\s]*\d|.*\s\d)[\p{Ll}\d][\p{Ll}\d._-]*(?:\s+[\p{Ll}\d._-]+){0,7}\s+$/u.test(line.text.slice(0, -story.headline.length))
    if (line.key === headlineKeyText || line.key === bareHeadlineKey || fileNamed || (line.text.startsWith(story.headline) && /\s[|–—-]\s/.test(line.text.slice(story.headline.length, story.headline.length + 3)))) {
      drop(line.text, 'repeated headline')
      // One sentence under the title, then the title again as the lead picture's text over its credit or caption, then the
      // story: the sentence is the page's summary over its picture, the standfirst (as with a picture's text printed twice).
      if (story.paragraphs.length === 1 && standfirst.length === 0 && !story.standfirst && !story.hero && !story.readAlso.length && index > best.index + 1) {
        const summary = story.paragraphs[0]!
        let creditAt = index + 1
        // (The caption may have been read already, as the lead picture's: it is still the line under the title again.)
        while (creditAt < lines.length && !usable(creditAt) && !captions[creditAt]) creditAt++
        // (…or, the title again right over the lede, the header's date line between the sentence and it: "<deck>" / "Posted
        // on Aug 25 ,10:29" / "<title>" / the story. The header runs down to the title's repeat.)
        const summaryAt = lines.findIndex((other, at) => at > best.index && at < index && other.text === summary)
        const stamped = summaryAt > 0 && lines.slice(summaryAt + 1, index).some((other) => (other.meta && other.meta.dates.length > 0) || dateStampLine(other.text))
        const lede = creditAt < lines.length && captions[creditAt] ? nextUsable(creditAt) : stamped ? nextUsable(index) : undefined
        if (lede && !lede.meta && isBodyLike(lede.text) && isSentence(summary) && wordCount(summary) <= 35 && !/[.!?]["”’]?\s+\p{Lu}/u.test(summary) && !datelineOf(summary)) {
          standfirst.push(story.paragraphs.pop()!)
          story.dateline = null
        }
      }
      if (index > headerEnd && headerEnd > best.index && story.paragraphs.length === 0) titleAgain = index
      if (story.paragraphs.length > 0) altTitle = index
      continue
    }
    // A gallery inside the story, each picture's alternative text the headline again: the line under it is the picture's
    // caption when it closes on a credit in brackets ("Hail piles up in Millbrook (Jane & John Roe)") or is the bare credit
    // alone ("(Jane and John Roe)").
    // (…or a sentence closing on the station's or agency's credit in brackets: "… from behind. (KXYZ-TV)", "… (AP)".)
    const stationCredit = /^.{12,300}?[.!?]["”’]?\s+\(([^()]{2,20})\)$/u.exec(line.text)?.[1]
    if (altTitle >= 0 && story.paragraphs.length > 0 && lines.slice(altTitle + 1, index).every((other) => other.text.trim() === '') && (bracketCredit(line.text) || (stationCredit && (callLetters.test(stationCredit) || new RegExp(`^(?:${agencyNames})$`).test(stationCredit))))) {
      drop(line.text, 'photo caption')
      continue
    }
    // The headline printed again under the byline, then a short sentence over a longer lede: the title and its summary
    // set again over the story (as a page's card prints them), so the sentence is the standfirst. (With the lead picture's
    // caption between them, "Residents carry furniture out of a flooded house … (AP Photo)", the header ends at the
    // picture: the sentence under it is the story's first paragraph.)
    if (titleAgain >= 0 && story.paragraphs.length === 0 && standfirst.length === 0 && !captions[index] && isSentence(line.text) && wordCount(line.text) <= 25) {
      const lede = nextUsable(index)
      if (lines.slice(titleAgain + 1, index).every((_, at) => !usable(titleAgain + 1 + at)) && lede && !lede.meta && isBodyLike(lede.text) && wordCount(lede.text) > wordCount(line.text)) {
        standfirst.push(line.text)
        continue
      }
    }
    if (index < best.index) {
      if (line.meta && !line.meta.authors) beforeHeadline.push({ index, meta: line.meta, text: line.text })
      // "Posted by Jane Roe Tuesday, March 3, 2020" right over the title: the post's own signed row (see postedOverTitle).
      else if (line.meta && postedOverTitle(line.text, line.meta, lines.slice(index + 1, best.index))) applyMeta(line.meta)
      // The lede a page prints above its title is the story's first paragraph (a standfirst that the paragraph under the
      // header says again goes to the standfirst, below).
      else if (preTitle.has(index)) {
        if (story.paragraphs.length === 0) story.dateline = datelineOf(line.text)
        story.paragraphs.push(line.text)
      }
      else drop(line.text, 'text before the headline')
      continue
    }
    if (line.meta && (index <= headerEnd || (!line.meta.authors && wordCount(line.text) <= 12))) {
      // "Related news" / "Title of another story" / "26 April 2024": a date right under a listed story's title in a list
      // of other stories under this one is the listed story's, no date of this one.
      if (inList && listTitle === index - 1 && index > headerEnd && story.paragraphs.length > 0 && !line.meta.authors && line.meta.dates.every(({ updated }) => !updated) && !line.meta.lastUpdated) {
        drop(line.text, 'related-story list')
        continue
      }
      // Two dates or more in a row under the story, each alone on its line and each another ("12 March 2025, 08:15" /
      // "12 March 2025, 06:40"): the stamps of a list of other stories (its titles lost or run together over them), none
      // this story's.
      const bareStamp = (other: Line | undefined) => Boolean(other?.meta && !other.meta.authors && other.meta.dates.length === 1 && !other.meta.dates[0]!.updated && !other.meta.lastUpdated && wordCount(other.text) <= 8 && !dateLabelLine.test(other.text))
      if (index > headerEnd && story.paragraphs.length > 0 && bareStamp(line) && [previousUsable(index), nextUsable(index)].some((other) => other !== undefined && other.text !== line.text && bareStamp(other))) {
        drop(line.text, 'related-story list')
        continue
      }
      // An archive's next post: its date, then its title, after the story has begun.
      // (…also the next story's header printed as the page's own is, its title over its date and again under it: "Title" /
      // "Updated 30 January 2026" / "Title".)
      if (index > headerEnd && story.paragraphs.length > 0 && !line.meta.authors && (nextPostTitle(index) || titleAroundDate(index) || titleTwiceOver(index))) {
        drop(line.text, 'next post')
        ended = true
        continue
      }
      // "Updated : 2021-05-12 05:21 GMT+08:00" under the story, the page printing no other date: the time of the last
      // change, which says nothing of when the story first appeared.
      if (index > headerEnd && story.paragraphs.length > 0 && !story.publishedAt && !line.meta.authors && line.meta.dates.length === 1 && line.meta.dates[0]!.updated && !line.meta.lastUpdated) {
        story.modifiedAt ??= line.meta.dates[0]!.found.iso
        drop(line.text, 'date line')
        continue
      }
      // A date with no label in the story's midst, the header having dated the story ("Title" / "Summary" / "January 23,
      // 2021, 02:42 PM" in a list of other stories run on under it): another story's, no update of this one.
      const unlabelled = index > headerEnd && story.paragraphs.length > 0 && story.publishedAt && !line.meta.authors && line.meta.dates.length > 0 && line.meta.dates.every(({ updated }) => !updated) && !line.meta.lastUpdated && !publishedFromUpdate
      // The next story after the last paragraph, with no separator: its title, its date under it, its teaser (a sentence
      // or two) under that, the page ending there. The date is the sign; the title over it goes with it.
      if (unlabelled) {
        const over = previousUsable(index)
        if (over && !over.meta && !sentenceEnd.test(over.text) && wordCount(over.text) >= 3 && wordCount(over.text) <= 16 && sentencesLeft(index + 1) <= 2 && nextUsable(index) && isSentence(nextUsable(index)!.text)) {
          if (story.paragraphs.at(-1) === over.text && story.paragraphs.length > 1) story.paragraphs.pop()
          drop(line.text, 'next story on the page')
          ended = true
          continue
        }
      }
      if (!unlabelled) applyMeta(line.meta)
      if (index > headerEnd) drop(line.text, 'date line')
      continue
    }
    // "FE Team | Published: … | Updated: …", "Author's name: Editorial Team": a signed credit row under the story, the
    // page printing no byline over it, signs the story and gives its dates.
    if (line.meta?.authors && (line.meta.dates.length > 0 || /^author/i.test(line.text)) && !line.meta.unsigned && !line.meta.station && index > headerEnd && story.paragraphs.length > 0 && bylineAuthors.length === 0 && wordCount(line.text) <= 16 && !nextPostTitle(index)) {
      applyMeta(line.meta)
      drop(line.text, 'credit row')
      // (A blog's post footer, "posted by Jane Roe @ 6:59 am", closes the post.)
      if (postedByAt.test(line.text)) ended = true
      continue
    }
    // "By: Jane Roe, Reporter" between the paragraphs a page prints over its story (a summary, its last lines teased) and a
    // lede that opens on its dateline ("PORT ALDER - Police said …"): the story's own byline, set where a byline opens a
    // story, over its dateline; the page printing no other, it signs, and the story starts at the dateline under it (the
    // few paragraphs over it are the page's teaser). (A byline under the story's own lede, or over a paragraph with no
    // dateline, is another story's or a quoted book's.)
    if (line.meta?.authors && !line.meta.unsigned && !line.meta.station && line.meta.dates.length === 0 && /^by\b/i.test(line.text) && index > headerEnd && story.paragraphs.length > 0 && story.paragraphs.length <= 3 && bylineAuthors.length === 0 && !story.dateline && wordCount(line.text) <= 12) {
      const lede = nextUsable(index)
      if (lede && !lede.meta && isSentence(lede.text) && datelineOf(lede.text)) {
        applyMeta(line.meta)
        drop(line.text, 'byline over the dateline')
        for (const teaser of story.paragraphs.splice(0)) drop(teaser, 'teaser over the byline')
        continue
      }
    }
    // …and it is no paragraph of the story either; nor is the same credit with no "By", names in capitals then a comma and
    // the date with its time closing the line ("Example Desk Example Press, 21 Aug, 2014 10:50 AM").
    if (story.paragraphs.length === 0 && index > best.index && (unreadByline(line.text) || unreadCredit(line.text))) {
      drop(line.text, 'byline and date')
      continue
    }
    // A fact box between the headline and the story: two short "Label: value" lines or more in a row.
    if (story.paragraphs.length === 0 && index > best.index && factLine.test(line.text) && wordCount(line.text) <= 6 && [nextUsable(index), previousUsable(index)].some((other) => other && !other.meta && factLine.test(other.text) && wordCount(other.text) <= 6)) {
      drop(line.text, 'fact box')
      continue
    }
    // A label printed without its value between the headline and the story ("Date:", "Share post:"): the theme's, no paragraph.
    // A speaker's label in a transcript ("JANE ROE, HOST:") introduces the next line and stays.
    if (story.paragraphs.length === 0 && index > best.index && emptyLabel(line.text) && !/[,]|\p{Lu}{2,}/u.test(line.text) && !matchReadAlso(line.text, options.readAlsoPrefixes)) {
      drop(line.text, 'empty label')
      continue
    }
    const caption = captions[index]
    // A title-shaped line between the header and the first paragraph is a picture's text (its caption or alternative
    // text), not the story's opening.
    // It needs evidence of the picture: a caption or credit right under it, or the place news themes print the lead
    // picture, right after the header's date labels ("Published" / "2 hours ago" / "on"). A first subhead or a lede
    // followed by the story's paragraphs is the story's.
    const titleShaped = !sentenceEnd.test(line.text) && !/[,:;]$/.test(line.text) && !matchReadAlso(line.text, options.readAlsoPrefixes) && wordCount(line.text) >= 5 && wordCount(line.text) <= 20
    const afterDateLabel = titleShaped && index > headerEnd && lines[index - 1]?.chrome?.reason === 'date label'
    // A picture's alternative text or file name in the gap between headline and story: a short line in lower case
    // ("dd of great police work") or a file name ("2-2016 Gun1").
    // (…and the picture's alternative text right under its file name in one lower-case word, "xiaomitv" over "Xiaomi smart TV".)
    const underFileName = index - 1 > best.index && /^[\p{Ll}\d._-]{3,40}$/u.test(lines[index - 1]?.text ?? '') && wordCount(line.text) <= 12
    // (…and a picture's text of a few words in sentence case, "Harbour police", "Flooded road", right over the lede: a
    // caption, no opening of the story, which runs to a sentence.)
    const sentenceCaseLabel = wordCount(line.text) >= 2 && wordCount(line.text) <= 4 && /^\p{Lu}[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+)+$/u.test(line.text) && isBodyLike(nextUsable(index)?.text ?? '') && !nextUsable(index)!.meta
    const pictureText = index > best.index && story.paragraphs.length === 0 && !sentenceEnd.test(line.text) && (underFileName || sentenceCaseLabel || (/^\p{Ll}/u.test(line.text) && wordCount(line.text) <= 8) || (fileName.test(line.text) && /\p{L}/u.test(line.text)) || portraitCaption(line.text) || namedPicture(index))
    // "harbour ferry strike crowdsPort Alder.": a picture's alternative text in lower case (a few key words) with its
    // caption glued on after it, over the lede: the words run into the caption's capital with no space.
    const gluedAlt = index > best.index && story.paragraphs.length === 0 && wordCount(line.text) <= 14 && /^\p{Ll}[\p{Ll}\d '’-]{0,80}\s\p{Ll}{3,}\p{Lu}\p{Ll}/u.test(line.text) && !/["“”]/.test(line.text)
    if (!caption && (pictureText || gluedAlt || (story.paragraphs.length === 0 && (aboveCaption(index) || afterDateLabel)))) {
      drop(line.text, 'image description')
      continue
    }
    // The dateline on a line of its own over the lede ("NEWPORT, VT", "Tbilisi, Feb. 7 /Agency, J. Roe/"): where the story
    // was filed from, not its first paragraph; a reporter named in the agency's slashes signs the story.
    // (Left open on its dash, "TRENTON, Fla. (KXYZ) --", it may sit over a short first sentence.)
    // (…and the place in title case with its dash, "Varholm –", over the lede.)
    const openOverLede = (openDateline.test(line.text) || placeDash.test(line.text)) && Boolean(nextUsable(index) && sentenceEnd.test(nextUsable(index)!.text) && wordCount(nextUsable(index)!.text) >= 4)
    if (story.paragraphs.length === 0 && index > best.index && !line.meta && wordCount(line.text) <= 12 && !sentenceEnd.test(line.text) && nextUsable(index) && (isSentence(nextUsable(index)!.text) || openOverLede)) {
      const slashed = agencySlashDateline.exec(line.text)
      if (slashed || datelineAlone.test(line.text) || openOverLede) {
        ownDateline = (slashed?.[1] ?? line.text).trim()
        const reporter = slashed?.[2]?.split(/\s*,\s*/).slice(1).join(', ')
        const signed = reporter ? parseByline(reporter) : null
        if (signed && bylineAuthors.length === 0) bylineAuthors.push(...signed.filter((author) => author.kind === 'person'))
        drop(line.text, 'dateline')
        continue
      }
    }
    // The summary's box over the lede, under its label: its points, set with bullets or dashes ("Key Takeaways" / "- The
    // bridge stays shut until May." / "- Buses run in its place."), and a paragraph right under the label with another box,
    // its points or a lede that says it again under it ("Synopsis" / "The bridge will stay shut …" / "Key Takeaways"): the
    // standfirst. The first line that is none of these is the story's.
    if (summaryLabel >= 0 && story.paragraphs.length === 0 && !line.meta && !captions[index]) {
      const point = /^[•·▪■●◦‣*–-]\s/
      if (point.test(line.text) && wordCount(line.text) <= 40) {
        standfirst.push(line.text.replace(point, ''))
        continue
      }
      const next = nextUsable(index)
      const nextAt = next ? lines.indexOf(next, index) : lines.length
      const underLabel = lines.slice(summaryLabel + 1, index).every((_, at) => !usable(summaryLabel + 1 + at))
      const boxUnder = lines.slice(index + 1, nextAt).some((other) => other.chrome?.reason === 'summary label') || Boolean(next && point.test(next.text))
      const after = next ? nextUsable(nextAt) : undefined
      if (underLabel && isSentence(line.text) && wordCount(line.text) <= 80 && (boxUnder || (next && after && !next.meta && isBodyLike(next.text) && takenUpAgain(line.text, [next.text, after.text])))) {
        standfirst.push(line.text)
        continue
      }
      summaryLabel = -1
    }
    // A deck of summary points run into one line, set apart by bullets, over the lede ("Parties agree to work together on
    // the bill … • Compromise reached after the premier blocked it"): two points or more, each a clause of its own (five
    // words or more, opening on a capital), no one quoted. It is the standfirst; the lede is under it. (A dateline set off
    // by a bullet, "PORT ALDER • The council voted …", opens on a place's name alone, no point.)
    if (!caption && story.paragraphs.length === 0 && /\s[•·▪]\s/.test(line.text) && !/["“”]/.test(line.text) && !attribution.test(line.text)) {
      const points = line.text.split(/\s+[•·▪]\s+/)
      const lede = nextUsable(index)
      if (points.length >= 2 && points.every((point) => wordCount(point) >= 5 && /^[\p{Lu}\d]/u.test(point)) && lede && !lede.meta && isBodyLike(lede.text) && !/\s[•·▪]\s/.test(lede.text)) {
        standfirst.push(line.text)
        continue
      }
    }
    // A broadcast's page: the clip's summary, its details under it ("Source: Evening Report | Duration: 6min 12sec"), then
    // the transcript, each paragraph on its speaker's tag ("JANE ROE, PRESENTER: …"). The summary is the standfirst; the
    // story is what was said, from the first speaker's words.
    if (!caption && transcript && story.paragraphs.length === 0 && standfirst.length === 0 && !line.meta && !speakerTag.test(line.text) && isSentence(line.text) && wordCount(line.text) <= 60) {
      const firstSpeaker = lines.findIndex((other, at) => at > index && speakerTag.test(other.text))
      const between = firstSpeaker > index ? lines.slice(index + 1, firstSpeaker) : []
      if (between.some((other) => other.chrome?.reason === 'clip details') && between.every((other) => other.chrome || other.meta)) {
        standfirst.push(line.text)
        continue
      }
    }
    // A topic's tag set with a bullet between the header and the lede ("• Ukraine", "• Climate Change"): a word or three in
    // capitals, no sentence, no other bullet over or under it, the lede under it. It files the story; it is none of it.
    if (!caption && story.paragraphs.length === 0 && bullet.test(line.text) && wordCount(line.text) <= 4 && labelShape(line.text.replace(bullet, '')) && !/[:,]/.test(line.text)) {
      const [over, under] = [previousUsable(index), nextUsable(index)]
      if (!bulletOrStar.test(over?.text ?? '') && under && !under.meta && !bulletOrStar.test(under.text) && isBodyLike(under.text) && isSentence(under.text)) {
        drop(line.text, 'topic tag')
        continue
      }
    }
    // Summary bullets between the headline and the story ("• Trust Project is …") are its standfirst. Bullets with no
    // paragraph after them are the story itself, told as a list.
    // (A single bullet, no other over or under it, is no list of points: the story's first paragraph set with a bullet.)
    if (!caption && story.paragraphs.length === 0 && bulletOrStar.test(line.text) && storyAfterBullets(index) && [previousUsable(index), nextUsable(index)].some((other) => other && bulletOrStar.test(other.text))) {
      standfirst.push(line.text.replace(/^[•·▪■●◦‣*]\s+/, ''))
      continue
    }
    if (caption) {
      // One short sentence over the lead picture, the story under the picture: the page's summary over its picture, the
      // standfirst: the lead picture's text printed twice (its alternative text and its caption) sets it apart from the
      // story as the header is (so does its alternative text as the media library names it, "Harbour - cropped", over the
      // caption). A lede can sit over a picture printed once, with its caption and credit, inside the story.
      const summary = story.paragraphs.length === 1 && !story.hero && standfirst.length === 0 && !story.standfirst && !story.readAlso.length ? story.paragraphs[0]! : null
      // (A sentence that names its source as reporting does, "… according to the Alliance.", "…, officials said.", is the
      // lede over the picture: a summary tells, it does not report.)
      // (Nor is a sentence opening on its first words in capitals, "THE council in charge of …", as papers set a lede.)
      if (summary && isSentence(summary) && wordCount(summary) <= 30 && !/[.!?]["”’]?\s+\p{Lu}/u.test(summary) && !datelineOf(summary) && !reportedSource.test(summary) && !capitalsOpening(summary) && caption.caption && (captions[index + 1]?.caption === caption.caption || lines[index - 1]?.chrome?.reason === 'image description')) {
        const lede = nextUsable(index)
        if (lede && !lede.meta && isBodyLike(lede.text)) {
          standfirst.push(story.paragraphs.pop()!)
          story.dateline = null
        }
      }
      // (…and a deck that tells, then asks the reader its question, over the lead picture's credited caption, "There is a
      // gulf between the two. How will the new team cope?", the story under the picture: a feature's standfirst. A lede
      // that only asks, "Is the city ready for another flood?", may sit over a picture inside the story.)
      // (The same one paragraph as the summary's check above, unless that rule took it.)
      const asking = story.paragraphs.length === 1 ? summary : null
      const askingSentences = asking ? withoutAbbreviations(asking).split(/(?<=[.!?])\s+(?=\p{Lu})/u) : []
      if (asking && askingSentences.length === 2 && /\.["”’]?$/u.test(askingSentences[0]!) && /\?["”’]?$/u.test(asking) && wordCount(asking) >= 8 && wordCount(asking) <= 40 && !/["“”]/.test(asking) && !datelineOf(asking) && !reportedSource.test(asking) && caption.caption && caption.credit) {
        const lede = nextUsable(index)
        if (lede && !lede.meta && isBodyLike(lede.text)) {
          standfirst.push(story.paragraphs.pop()!)
          story.dateline = null
        }
      }
      // (…and a deck of two lines there, the summary's sentence and a line in a headline's style under it with no full stop,
      // "Council approved the budget after a long night" / "Councillors put forward dozens of late motions", over the lead
      // picture's credited caption and the story: both are the standfirst; no story's paragraph lacks its full stop over
      // its lede.)
      const [deck, subDeck] = story.paragraphs.length === 2 && !story.hero && standfirst.length === 0 && !story.standfirst && !story.readAlso.length ? story.paragraphs : []
      if (deck && subDeck && caption.caption && caption.credit !== null && isSentence(deck) && wordCount(deck) <= 30 && !/[.!?]["”’]?\s+\p{Lu}/u.test(deck) && !/["“”]/.test(deck) && !datelineOf(deck) && !reportedSource.test(deck) && !sentenceEnd.test(subDeck) && !/[:;,–—-]$/.test(subDeck) && /^\p{Lu}/u.test(subDeck) && wordCount(subDeck) >= 5 && wordCount(subDeck) <= 20 && !/["“”]/.test(subDeck)) {
        const lede = nextUsable(index)
        if (lede && !lede.meta && isBodyLike(lede.text) && isSentence(lede.text)) {
          standfirst.push(...story.paragraphs.splice(0))
          story.dateline = null
        }
      }
      if (story.paragraphs.length === 0 && (!story.hero || !story.hero.caption || !story.hero.credit)) {
        story.hero = { caption: story.hero?.caption || caption.caption, credit: story.hero?.credit ?? caption.credit }
      } else drop(line.text, 'photo caption')
      continue
    }
    // An outlet's name right under the header's date or age line, no blank line between, the lede next ("Updated 3 min
    // ago" / "Example Times" / the lede): the outlet's name stands where the byline does beside the stamp, and its desk
    // signs the story when nothing else does (as an outlet's name alone under the title does, below). The stamp over it
    // is the evidence: a caption or a label is not printed right under the header's time.
    if (story.paragraphs.length === 0 && index > best.index && !line.chrome && !line.meta && !line.blankBefore && (mastheadName(line.text) || deskLabel(line.text))) {
      const stamp = lines[index - 1]
      const lede = nextUsable(index)
      if (stamp && !stamp.meta?.authors && (Boolean(stamp.meta?.dates.length) || (wordCount(stamp.text) <= 6 && relativeAge.test(stamp.text))) && lede && !lede.meta && isBodyLike(lede.text) && !sectionLabel(line.text)) outletUnderTitle ??= line.text
    }
    // A line between the header and a lede that opens with its dateline ("GIG HARBOR, WA — …", "PARIS (AFP) - …"): a
    // summary or a picture's caption, not the story's first paragraph (the dateline marks where the story starts).
    if (story.paragraphs.length === 0 && index > best.index && wordCount(line.text) <= 45 && !datelinePattern.test(line.text) && !agencyDateline.test(line.text) && !colonDateline.test(line.text)) {
      let at = index + 1
      while (at < lines.length && at <= index + 6 && (!usable(at) || captions[at] || lines[at]!.meta)) at++
      const lede = lines[at]
      // (The place may be set in title case before an em dash: "Port Alder — The council …".)
      // (…or the dateline alone on its line, left open for the lede under it: "TRENTON, Fla. (KXYZ) --".)
      const openLede = Boolean(lede && openDateline.test(lede.text) && !openDateline.test(line.text) && nextUsable(at) && sentenceEnd.test(nextUsable(at)!.text))
      if (lede && at <= index + 6 && openLede && !sentenceEnd.test(line.text)) {
        drop(line.text, 'photo caption or summary above the dateline')
        continue
      }
      // (Not over a roundup: when the story's later paragraphs open on the datelines of other places too ("NORTHTOWN: …", then
      // "EASTFIELD: …"), each opens its part of the story, and the sentence over the first, naming two of those places, or
      // over three places or more, is the roundup's lede.)
      const placeOf = (text: string) => (colonDateline.test(text) ? text.slice(0, text.indexOf(':')) : datelinePattern.test(text) ? datelinePattern.exec(text)![1]! : agencyDateline.test(text) ? text.slice(0, text.indexOf('(')) : '').replace(/[\s,]+$/, '').toLowerCase()
      const places = new Set(lede ? lines.slice(at).filter((other, offset) => usable(at + offset) && !other.meta && !captions[at + offset] && isSentence(other.text)).map((other) => placeOf(other.text)).filter(Boolean) : [])
      const roundup = places.size >= 3 || (places.size >= 2 && [...places].filter((place) => line.text.toLowerCase().includes(place)).length >= 2)
      if (lede && at <= index + 6 && !roundup && isBodyLike(lede.text) && (datelinePattern.test(lede.text) || agencyDateline.test(lede.text) || colonDateline.test(lede.text) || titleCaseDateline.test(lede.text)) && !titleCaseDateline.test(line.text)) {
        if (!story.standfirst && standfirst.length === 0 && sentenceEnd.test(line.text)) standfirst.push(line.text)
        else drop(line.text, 'photo caption or summary above the dateline')
        continue
      }
    }
    // (A paragraph of several sentences under the title whose last opens what follows, "… including the below -", "… told
    // us:", is the lede of an interview or a list, no deck.)
    // (A section's label in capitals between the title and the date, "LEAGUE", is no summary.)
    // (Nor is a beat's label in title case between a headline in sentence case and the byline, "Board of Supervisors".)
    if (index < headerEnd && ((wordCount(line.text) <= 3 && !/\p{Ll}/u.test(line.text) && labelShape(line.text)) || (previousUsable(index) === lines[best.index] && labelUnderTitle(index)))) {
      drop(line.text, 'section label')
      continue
    }
    if (index < headerEnd || (index === deckIndex && !leadIn(line.text))) {
      standfirst.push(line.text)
      continue
    }
    // A picture's alternative text between the story's paragraphs: a few words all in lower case, no figure and no mark
    // ("grocery shelves"), alone (a list of such words, one per line, is the story's).
    const lowerShort = (text: string | undefined) => text !== undefined && /^\p{Ll}[\p{Ll}'’ -]*$/u.test(text) && wordCount(text) <= 5
    if (story.paragraphs.length > 0 && !captions[index] && lowerShort(line.text) && nextUsable(index) && ![previousUsable(index)?.text, nextUsable(index)?.text].some(lowerShort)) {
      // (…unless it is the next story's kicker, the page running on into it: a few words in lower case over a title, and
      // under the title the next story's picture, its credit or caption ("ferry strike" / "Crews won. What next?" /
      // "PHOTO: Jane Roe / The Ledger"). A subhead under a picture's text has the story's paragraphs under it.)
      const title = nextUsable(index)!
      const titleAt = lines.indexOf(title, index)
      const underTitle = titleAt >= 0 ? lines.slice(titleAt + 1).findIndex((other) => other.text.trim() !== '') : -1
      const pictureLine = underTitle >= 0 ? lines[titleAt + 1 + underTitle] : undefined
      if (!title.meta && !captions[titleAt] && !/[.:;,]$/.test(title.text) && wordCount(title.text) >= 4 && wordCount(title.text) <= 16 && pictureLine && /^(?:photo|photograph|image|picture)\s*:\s*\S/i.test(pictureLine.text)) {
        drop(line.text, 'next story on the page')
        ended = true
        continue
      }
      drop(line.text, 'image description')
      continue
    }
    // A picture's label inside the story: who is in it ("Fiji's police commissioner, Jane Roe.", "(Jane Roe)", a name the
    // story names too; "(BEGIN VIDEOTAPE)" is a transcript's) or where it is ("Above: the new ferry at the quay").
    const pictured = bracketedName(line.text)
    // ("New harbour master Jane Roe (L), and her deputy John Doe": a line that places people in the picture and is no
    // sentence, no full stop at its end, is a caption wherever it stands.)
    const placed = inPicture.test(line.text) && !sentenceEnd.test(line.text) && !/["“”:;]/.test(line.text) && wordCount(line.text) <= 30 && !attribution.test(line.text)
    // ("Jane Roe (pictured with the mayor), who runs the port, called it unsafe": a picture's caption as some sites set it,
    // a sentence of the story retold with "(pictured)" after the name and no full stop at its end; the story's own
    // paragraph that says "(pictured)" closes on one.)
    const picturedCaption = picturedAside.test(line.text) && !sentenceEnd.test(line.text) && wordCount(line.text) <= 60
    // ("Harbour Board Offices in Portnaven.": the picture's caption right under the headline, over the story, a place's name
    // and where it is, capitalised words for most of it and no verb.)
    const placeCaption = story.paragraphs.length === 0 && previousUsable(index) === lines[best.index] && /^\p{Lu}[^"“”‘’:;,]*\.$/u.test(line.text) && wordCount(line.text) >= 3 && wordCount(line.text) <= 10 && !finiteVerb.test(line.text.toLowerCase()) && line.text.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).length * 3 >= wordCount(line.text) * 2 && Boolean(nextUsable(index)) && !nextUsable(index)!.meta
    // "Jane Roe, The Associated Press", "Jane Roe, Reuters": a person's name and an agency's or a newsroom's after the
    // comma, alone on its line, is a writer's credit (or a picture's, between paragraphs), no role beside a name. Under
    // the story, with nothing of the story after it, it signs a story the top leaves unsigned.
    // "-- Jane Roe", "— Jane Roe Jr.": the writer's sign-off under the last paragraph, a double or long dash before a name
    // of two or three capitalised words, nothing of the story under it (the writer's address and number may follow).
    if (story.paragraphs.length > 0 && !/["”’]$/.test(story.paragraphs.at(-1)!) && /^(?:--|[–—])\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u.test(line.text) && !lines.slice(index + 1).some((other, at) => usable(index + 1 + at) && !other.meta && sentenceEnd.test(other.text) && wordCount(other.text) >= 4)) {
      const writer = parseByline(`by ${line.text.replace(/^(?:--|[–—])\s*/, '')}`)
      if (writer?.length === 1 && writer[0]!.kind === 'person') {
        drop(line.text, "writer's sign-off")
        continue
      }
    }
    const credit = story.paragraphs.length > 0 ? agencyCredit(line.text) : null
    if (credit) {
      drop(line.text, "writer's credit")
      if (!lines.slice(index + 1).some((other, at) => usable(index + 1 + at) && !other.meta && sentenceEnd.test(other.text) && wordCount(other.text) >= 4)) footCredit ??= credit
      continue
    }
    if (placed || picturedCaption || placeCaption || portraitCaption(line.text) || officeHolders(line.text) || (pictured && lines.some((other) => other !== line && other.text.includes(pictured))) || /^(?:above|below|pictured(?: above)?|top|inset)\s*:\s*\S/i.test(line.text) && wordCount(line.text) <= 40) {
      drop(line.text, 'photo caption')
      continue
    }
    // Another story's teaser set between two paragraphs: its title and its summary, each a dozen words or more with no full
    // stop at its end ("How many homes in YOUR street flood? Map shows …", then "An analysis of council data found …"),
    // where the paragraphs above and under the pair close on theirs.
    if (teaserLines.has(index)) {
      drop(line.text, 'related-story teaser')
      continue
    }
    const blurb = story.paragraphs.length > 0 ? nextUsable(index) : undefined
    const blurbIndex = blurb ? lines.indexOf(blurb) : -1
    const openText = (text: string) => wordCount(text) >= 12 && wordCount(text) <= 60 && !sentenceEnd.test(text) && !/[:;,…–—-]$/.test(text) && !/^["“‘'(]/.test(text) && /^[\p{Lu}\d]/u.test(text)
    if (blurb && !blurb.meta && !captions[index] && !captions[blurbIndex] && openText(line.text) && openText(blurb.text) && !/\b(?:said|says|told|according)\b/i.test(`${line.text} ${blurb.text}`) && sentenceEnd.test(story.paragraphs.at(-1)!) && /\?\s+\p{Lu}/u.test(line.text)) {
      const after = nextUsable(blurbIndex)
      if (after && !after.meta && sentenceEnd.test(after.text)) {
        teaserLines.add(blurbIndex)
        drop(line.text, 'related-story teaser')
        continue
      }
    }
    if (pullQuote(index) || dashedPullQuote(line.text)) {
      drop(line.text, 'pull quote')
      continue
    }
    // The deck printed between the title and the story, printed again well inside it (two paragraphs of it or more above):
    // a pull quote set in the story's column, not a paragraph.
    if (storyFrom >= 0 && story.paragraphs.length >= 2 && isSentence(line.text) && lines.slice(best.index + 1, storyFrom).some((other) => other.key === line.key)) {
      drop(line.text, 'pull quote')
      continue
    }
    const credits = parseCreditsLine(line.text)
    if (credits) {
      if (bylineAuthors.length === 0) bylineAuthors.push(...credits)
      drop(line.text, 'credits line')
      continue
    }
    if (/^(?:editing|edited|writing|compiled|additional reporting) by\b/i.test(line.text) && wordCount(line.text) <= 20) {
      drop(line.text, 'credits line')
      continue
    }
    // An author card after the story ends it: the author's name on its own line, then a bio.
    if (story.paragraphs.length > 0 && bylineAuthors.some((author) => lineKey(author.name) === line.key)) {
      drop(line.text, 'author card')
      ended = true
      continue
    }
    // A guest writer's one-line bio over the story, before its lede ("Jane Roe is the former president of the Example
    // Producers Association."): the name, "is/was a/the" and an office of a body, one sentence, and the name not given again
    // in the story (a lede that introduces someone goes on about them). It names the writer when nothing else does.
    const overBio = story.paragraphs.length === 0 && wordCount(line.text) <= 25 ? contributorBio.exec(line.text) : null
    if (overBio && !/\b(?:said|says|told|according)\b/i.test(line.text) && isBodyLike(nextUsable(index)?.text ?? '')) {
      if (!namedAfter(index, overBio[1]!.split(/\s+/).at(-1)!)) {
        drop(line.text, 'author card')
        bioCard ??= overBio[1]!
        continue
      }
    }
    // The writer's one-line note right under the byline that named them, over the lede ("By Jane Roe" / "Jane Roe is an
    // Example Review editorial assistant."): the byline's full name, "is/was a(n)/the", one short sentence, and the name
    // not given again in the story. The site's note on its writer, no paragraph.
    const signedNote = story.paragraphs.length === 0 && index > best.index && wordCount(line.text) <= 25 && sentenceEnd.test(line.text) && !/["“”]|[.!?]\s+\p{Lu}/u.test(line.text) && !attribution.test(line.text)
      ? bylineAuthors.find((author) => author.kind === 'person' && author.name.includes(' ') && new RegExp(`^${escapeRegExp(author.name)}\\s+(?:is|was)\\s+(?:a|an|the)\\s`, 'u').test(line.text))
      : undefined
    if (signedNote && lines.slice(0, index).some((other, at) => usable(at) && other.meta && other.text.includes(signedNote.name)) && isBodyLike(nextUsable(index)?.text ?? '') && !namedAfter(index, signedNote.name.split(/\s+/).at(-1)!)) {
      drop(line.text, 'author card')
      continue
    }
    // A writer's one-line bio over the lede that calls the writer by the first name alone ("Mira is a contributing writer
    // for Example Science Weekly.", "Tom is a freelance reporter based in Lagos."): one name, "is a(n)" and a newsroom's
    // role, one short sentence, and the name not given again in the story. The site's note on its contributor, no
    // paragraph; a first name alone is no byline, so it names no author.
    const firstNameBio = story.paragraphs.length === 0 && index > best.index && wordCount(line.text) <= 20 && sentenceEnd.test(line.text) && !/["“”]|[.!?]\s+\p{Lu}/u.test(line.text) && !attribution.test(line.text)
      ? /^(?!(?:This|That|There|Here|What|Which|Who|She|Her|His|One|Each)\s)(\p{Lu}\p{Ll}[\p{L}'’-]+)\s+is\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:journalist|reporter|writer|correspondent|editor|columnist|contributor|photographer|photojournalist|freelancer|blogger|producer|intern)(?=\s+(?:for|at|with|based|who|and|of|in|on|from|covering)\b|\s*[.,;])/u.exec(line.text)
      : null
    if (firstNameBio && isBodyLike(nextUsable(index)?.text ?? '') && !namedAfter(index, firstNameBio[1]!)) {
      drop(line.text, 'author card')
      continue
    }
    // A writer's bio after the story ("Jane Roe covers traffic for the Daily Example. Reach her at …", "Jane Roe is the reporter
    // for … Email her with story suggestions at …"): an author card, and its name is the author when no byline named one.
    // (…and the bio with the role as the site sets it, capitalised or with a freelance's word for it, "Jane Roe is a
    // Journalist who …", "Jane Roe is a Senior Reporter at …", "Jane Roe is a freelance writer based in …": a name the
    // story has not given, so not someone the story is about.)
    const titledBio = story.paragraphs.length > 0 && !writerBio.test(line.text) && !roleFirstBio.test(line.text) ? roleBio.exec(line.text) : null
    // (The surname's pattern is built once for the candidate, not once for each paragraph it is tried on.)
    const surname = titledBio ? new RegExp(`\\b${escapeRegExp(titledBio[1]!.split(/\s+/).at(-1)!)}\\b`, 'u') : null
    const bio = story.paragraphs.length > 0 ? (writerBio.exec(line.text) ?? roleFirstBio.exec(line.text) ?? (titledBio && !story.paragraphs.some((other) => other !== titledBio[1] && surname!.test(other)) ? titledBio : null)) : null
    if (bio && !attribution.test(line.text) && (/\b(e-?mail|reach|contact|follow)\b|@/i.test(line.text) || !lines.slice(index + 1).some((other, at) => usable(index + 1 + at) && !other.meta && sentenceEnd.test(other.text) && wordCount(other.text) >= 4))) {
      drop(line.text, 'author card')
      // (The card's name line over its bio goes with it: "Jane Roe", then "Jane Roe is a Journalist who …".)
      if (story.paragraphs.length > 1 && lineKey(story.paragraphs.at(-1)!) === lineKey(bio[1]!)) drop(story.paragraphs.pop()!, 'author card')
      if (bylineAuthors.length === 0 && authorCard < 0) bylineAuthors.push({ kind: 'person', name: bio[1]! })
      ended = true
      continue
    }
    // "Contact Jane Roe at 555-0100.", "Reach reporter Jane Roe at jroe@example.com": the writer's contact line closing a
    // local paper's story, with nothing of the story under it; its name is the author when no byline named one.
    const contact = story.paragraphs.length > 0 ? contactLine.exec(line.text) : null
    if (contact && !officeTitle.test(contact[1]!) && !institutionWords.test(contact[1]!) && parseByline(contact[1]!)?.every((author) => author.kind === 'person') && !lines.slice(index + 1).some((other, at) => usable(index + 1 + at) && !other.meta && sentenceEnd.test(other.text) && wordCount(other.text) >= 4)) {
      drop(line.text, 'author card')
      if (bylineAuthors.length === 0 && authorCard < 0) bylineAuthors.push({ kind: 'person', name: contact[1]! })
      ended = true
      continue
    }
    // "About Jane Roe" under the story, then the bio that opens on the same name ("Jane Roe has been the station's news
    // director since 2000. …"): the author card's heading, the card ending the story; its name is the author when no
    // byline named one. (Not a crosshead of a profile: the story going on under the bio, a name the story gives, or a
    // story whose sections open on such headings.)
    const aboutName = story.paragraphs.length > 0 && wordCount(line.text) <= 6 ? /^About\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})$/u.exec(line.text) : null
    const aboutBio = aboutName ? nextUsable(index) : undefined
    if (aboutName && aboutBio && !aboutBio.meta && cardBio.exec(aboutBio.text)?.[1] === aboutName[1] && !story.paragraphs.some((other) => other.includes(aboutName[1]!.split(/\s+/).at(-1)!) || /^About\s+\p{Lu}/u.test(other))) {
      const bioAt = lines.indexOf(aboutBio)
      if (!lines.slice(bioAt + 1).some((other, at) => usable(bioAt + 1 + at) && !other.meta && sentenceEnd.test(other.text) && wordCount(other.text) >= 4)) {
        drop(line.text, 'author card')
        if (bylineAuthors.length === 0 && authorCard < 0) bylineAuthors.push(...(parseByline(`by ${aboutName[1]!}`) ?? []))
        ended = true
        continue
      }
    }
    // A desk's name alone after the story ("The X news desk", then its blurb) is an author card.
    if (story.paragraphs.length > 0 && wordCount(line.text) <= 8 && !sentenceEnd.test(line.text) && /\b(desk|team|staff|newsroom)$/i.test(line.text)) {
      drop(line.text, 'author card')
      // ("Northwind Staff": the site's name and "Staff", its newsroom signing a story no one person signs.)
      if (bylineAuthors.length === 0 && siteStaff.test(line.text)) bylineAuthors.push({ kind: 'desk', name: line.text })
      ended = true
      continue
    }
    const readAlso = matchReadAlso(line.text, options.readAlsoPrefixes)
    // A date line the date reader could not read ("Posted on Aug 25 ,10:29", "Updated: 25 Aug, 10h29"): the header's
    // stamp, set between the standfirst and the story, no paragraph.
    if (!readAlso && !line.meta && dateStampLine(line.text)) {
      drop(line.text, 'date line')
      continue
    }
    // A feed runs on into the next story: its headline, then a paragraph opening with its own dateline.
    // (A photo credit, "WBEZ/Jane Roe", is no headline.)
    if (story.paragraphs.length > 0 && !readAlso && !sentenceEnd.test(line.text) && wordCount(line.text) >= 3 && wordCount(line.text) <= 25 && !/\S\/\S/.test(line.text)) {
      // A desk's byline may sit between them ("From the Associated Press").
      const next = lines.slice(index + 1).find((other, at) => usable(index + 1 + at) && !captions[index + 1 + at] && !other.meta?.authors)
      // So does a page that prints its stories one under another, each lede opening with its place and day ("Bhaktapur,
      // Aug 10: …") as this story's did.
      if (next && (agencyDateline.test(next.text) || (story.dateline && placeDayDateline.test(story.paragraphs[0]!) && placeDayDateline.test(next.text) && isSentence(next.text)))) {
        drop(line.text, 'next story in the feed')
        ended = true
        continue
      }
    }
    // The next story run on under the last paragraph, no separator but its kicker in capitals over its title ("TRANSPORT"
    // / "Bus depot plan goes back to the drawing board" / its teaser), the page ending a sentence or two later: the
    // story ends at the kicker. A subhead in capitals has the story's paragraphs going on under it.
    if (story.paragraphs.length > 0 && !readAlso && sentenceEnd.test(story.paragraphs.at(-1)!) && /^(?=.*\p{Lu}{2})[\p{Lu}\d&'’ -]{3,30}$/u.test(line.text) && wordCount(line.text) <= 4) {
      const title = nextUsable(index)
      const titleAt = title ? lines.indexOf(title, index) : -1
      const teaser = titleAt >= 0 ? nextUsable(titleAt) : undefined
      if (title && teaser && !title.meta && !captions[titleAt] && !sentenceEnd.test(title.text) && !/[:;,]$/.test(title.text) && /\p{Ll}/u.test(title.text) && wordCount(title.text) >= 4 && wordCount(title.text) <= 16 && !teaser.meta && isSentence(teaser.text) && sentencesLeft(titleAt + 1) <= 2) {
        drop(line.text, 'next story on the page')
        ended = true
        continue
      }
    }
    // An endless page runs on into the next story: its title set apart by a wider gap than any between the story's
    // paragraphs, then a lede that says every word of the title again.
    if (story.paragraphs.length > 0 && !readAlso && line.blanks >= 2 && line.blanks > widestGap && !sentenceEnd.test(line.text) && wordCount(line.text) >= 3 && wordCount(line.text) <= 25) {
      const lede = nextUsable(index)
      const title = contentWords(line.text)
      const again = lede && isSentence(lede.text) ? contentWords(lede.text) : new Set<string>()
      // (…or its picture's caption, told as one by its credit or by being printed twice, the second time cut short: the
      // alternative text and the caption of the next story's picture.)
      const ledeAt = lede ? lines.indexOf(lede, index) : -1
      const underLede = ledeAt >= 0 ? lines[ledeAt + 1] : undefined
      const pictured = ledeAt >= 0 && (Boolean(captions[ledeAt]) || Boolean(underLede && wordCount(underLede.text) >= 4 && lede!.text !== underLede.text && lede!.text.startsWith(underLede.text)))
      if (title.size >= 2 && ([...title].every((word) => again.has(word)) || pictured)) {
        drop(line.text, 'next story on the page')
        ended = true
        continue
      }
    }
    // A video's title under its label and running time ("Watch video 01:45", then "New cabinet sworn in"): a title, no
    // sentence, the video's and not a crosshead of the story.
    if (lines[index - 1]?.chrome?.reason === 'video label' && !sentenceEnd.test(line.text) && !/[:;,]$/.test(line.text) && wordCount(line.text) <= 15) {
      drop(line.text, 'video title')
      // The player's summary under its title over the story, when the label quoted that title ("Click to play video:
      // 'Ferry crossings cancelled'" / the title / "Dozens of passengers …" / the share bar / the lede): one or two
      // sentences under the title with the page's own buttons right under them, before the story's first paragraph. The
      // player's, not the lede (the lede comes under the player's buttons).
      const summaryAt = index + 1
      const summary = lines[summaryAt]
      if (story.paragraphs.length === 0 && lines[index - 1]!.text.includes(line.text) && summary && usable(summaryAt) && !summary.meta && sentenceEnd.test(summary.text) && wordCount(summary.text) <= 60 && lines[summaryAt + 1]?.chrome) {
        summary.chrome = { reason: 'video summary' }
      }
      continue
    }
    // A map's caption between paragraphs ("Map of Sindhupalchok district", "Map showing the flooded villages").
    if (story.paragraphs.length > 0 && !readAlso && mapCaption.test(line.text)) {
      drop(line.text, 'map caption')
      continue
    }
    // A link to another story set between two paragraphs: a title of six words or more, no full stop, the story going on
    // under it in paragraphs (the next three) that take up hardly any of its words. A subhead introduces what follows and
    // speaks of it; a quotation is the story's.
    // (The same between the headline and the lede, "Decree on bank charges is imminent" over a story about parliament: a
    // teaser that speaks neither of the headline's topics nor of the story's; a deck speaks of them.)
    // (A sentence closed by its agency's sign-off in brackets, "… within a week. (NAN)", is the story's: no title has one.)
    const overLede = story.paragraphs.length === 0 && index > best.index && standfirst.length === 0
    if ((story.paragraphs.length > 0 ? sentenceEnd.test(story.paragraphs.at(-1)!) : overLede) && !readAlso && !readAlsoPrefix && !sentenceEnd.test(line.text) && !signedOffSentence.test(line.text) && !/[:;,]$/.test(line.text) && !/^[•·▪■●◦‣*–-]\s|["“”‘’«»]/.test(line.text) && wordCount(line.text) >= 6 && wordCount(line.text) <= 16) {
      const after = lines.slice(index + 1).filter((other, at) => usable(index + 1 + at) && !other.meta && !captions[index + 1 + at]).slice(0, 3)
      if (after.length > 0 && isSentence(after[0]!.text)) {
        const own = topicStems(line.text)
        const later = new Set([...after.flatMap((other) => [...topicStems(other.text)]), ...(overLede ? topicStems(lines[best.index]!.text) : [])])
        const shared = [...own].filter((stem) => later.has(stem)).length
        if (overLede ? own.size >= 4 && shared === 0 : own.size >= 3 && shared * 3 < own.size) {
          drop(line.text, 'related link')
          continue
        }
      }
    }
    // A link to another story set between two paragraphs as a lone bullet ("• How to check your bin collection day"):
    // title-shaped, no bullet above or below it, the story going on under it. A list's items come in runs.
    if (story.paragraphs.length > 0 && !readAlso && bullet.test(line.text) && !sentenceEnd.test(line.text) && wordCount(line.text) <= 13) {
      const bulleted = (other: Line | undefined) => Boolean(other && bulletOrStar.test(other.text))
      const next = nextUsable(index)
      if (!bulleted(lines[index - 1]) && !bulleted(lines[index + 1]) && next && !next.meta && wordCount(next.text) >= 6 && (sentenceEnd.test(next.text) || /:$/.test(next.text))) {
        drop(line.text, 'related link')
        continue
      }
    }
    const heading = story.paragraphs.length > 0 ? readAlsoHeading.exec(line.text) ?? singleRelatedHeading(index) : null
    if (heading) {
      drop(line.text, 'read-also heading')
      readAlsoPrefix = heading[1]!
      readAlsoTitles = 0
      continue
    }
    // The titles run on until an ordinary paragraph, or a blank line when the titles are not set apart by blank lines
    // themselves: a subhead of the story after the list stays a subhead.
    if (readAlsoPrefix && readAlsoTitles > 0 && line.blankBefore && !readAlsoSpaced) readAlsoPrefix = null
    if (readAlsoPrefix && !readAlso && !captions[index] && (!sentenceEnd.test(line.text) || (readAlsoTitles === 0 && cutTeaser.test(line.text))) && wordCount(line.text) >= 3 && wordCount(line.text) <= 25) {
      if (readAlsoTitles++ === 0) readAlsoSpaced = line.blankBefore
      story.readAlso.push(line.text)
      story.paragraphs.push(`${readAlsoPrefix}: ${line.text}`)
      continue
    }
    readAlsoPrefix = null
    if (inList) {
      if (!readAlso && !sentenceEnd.test(line.text) && wordCount(line.text) <= 25) {
        drop(line.text, 'related-story list')
        listTitle = index
        continue
      }
      // A listed story's teaser under its title, cut off mid-sentence with an ellipsis ("… and hailed them..."): the list's.
      if (!readAlso && listTitle === index - 1 && cutTeaser.test(line.text)) {
        drop(line.text, 'related-story list')
        continue
      }
      inList = false
    }
    // A standfirst printed right before the lede and saying the same (most of its words again): the lede is the first
    // paragraph. (A first paragraph opening on its wire dateline, "PORT ALDER, 3 May (EXA) -- …", is the lede itself.)
    if (!readAlso && story.paragraphs.length === 1 && standfirst.length === 0 && !story.standfirst && paraphrases(story.paragraphs[0]!, line.text) && !wireLede(story.paragraphs[0]!)) {
      standfirst.push(story.paragraphs.pop()!)
      story.dateline = null
    }
    // (…or one short sentence over a lede that opens on its first words in capitals, "THE WRIT FOR the by-elections was moved
    // …", as papers set a lede apart (two words in capitals at least: "WHO regional director …" opens on an acronym): the
    // sentence over it, set otherwise and reporting no one, is the standfirst.)
    if (!readAlso && story.paragraphs.length === 1 && standfirst.length === 0 && !story.standfirst && !story.dateline && capitalsOpening(line.text) && /^(?:\p{Lu}[\p{Lu}'’-]*,?\s+){2,}/u.test(line.text) && isSentence(line.text) && !capitalsOpening(story.paragraphs[0]!) && sentenceEnd.test(story.paragraphs[0]!) && wordCount(story.paragraphs[0]!) >= 6 && wordCount(story.paragraphs[0]!) <= 30 && !/[.!?]["”’]?\s+\p{Lu}/u.test(story.paragraphs[0]!) && !/["“”]/.test(story.paragraphs[0]!) && !reportedSource.test(story.paragraphs[0]!) && !datelineOf(story.paragraphs[0]!)) {
      standfirst.push(story.paragraphs.pop()!)
    }
    // (…or a standfirst of one sentence over a longer lede, most of whose words a paragraph further down says again: "Jane
    // Roe proposes that 80 votes be needed" / lede / … / "Under the bill, proposed by Jane Roe, 80 votes would be needed
    // …". A story's lede is not told twice.)
    if (!readAlso && story.paragraphs.length === 1 && standfirst.length === 0 && !story.standfirst && !story.dateline && restatedStandfirst(story.paragraphs[0]!, line.text, lines.slice(index + 1, index + 12).filter((other) => !other.chrome && !other.meta).map((other) => other.text))) {
      standfirst.push(story.paragraphs.pop()!)
    }
    // (…or a standfirst that speaks of the piece itself, what its writer gives the reader: "Jane Roe gives us a whistle-stop
    // tour of the port's history.", "We look at what the new rules mean for tenants.", "Juan Pérez nos cuenta …": one
    // sentence of forty words at most, no quote in it, over a lede of a dozen words or more.)
    if (!readAlso && story.paragraphs.length === 1 && standfirst.length === 0 && !story.standfirst && !story.dateline && aboutThePiece(story.paragraphs[0]!) && isSentence(line.text) && wordCount(line.text) >= 12) {
      standfirst.push(story.paragraphs.pop()!)
    }
    // A picture's caption under the title that is only the title's opening words ("Harbour Board" under "Harbour Board
    // Approves New Quay"): the picture's, not the story's first paragraph.
    if (story.paragraphs.length === 0 && !readAlso && index > best.index && wordCount(line.text) >= 2 && !sentenceEnd.test(line.text) && lines.slice(best.index + 1, index).every((other, at) => !usable(best.index + 1 + at) || other.meta || captions[best.index + 1 + at])) {
      const title = lines[best.index]!.text
      if (title.length > line.text.length && title.startsWith(line.text) && /^\s/.test(title.slice(line.text.length))) {
        drop(line.text, 'photo caption')
        continue
      }
    }
    // A post's title set again inside it under the page's ("Police arrest 11 robbery suspects in Lagos." under "POLICE
    // OFFICER IN LAGOS"): a short line of one sentence over the lede, set apart from it by a wider gap than the one between
    // the lede and the next paragraph, every topic of it taken up again by the lede. A short lede that the story goes on
    // under at the story's own spacing stays.
    if (story.paragraphs.length === 0 && !readAlso && index > best.index && wordCount(line.text) <= 12 && !/["“”]/.test(line.text) && !/[.!?]["”’)]*\s+\S/.test(withoutAbbreviations(line.text))) {
      const lede = nextUsable(index)
      const after = lede ? nextUsable(lines.indexOf(lede)) : undefined
      if (lede && after && !lede.meta && !after.meta && lede.blanks > after.blanks && isBodyLike(lede.text)) {
        const own = topicStems(line.text)
        const again = topicStems(lede.text)
        if (own.size >= 4 && [...own].every((stem) => again.has(stem))) {
          drop(line.text, 'title again inside the post')
          continue
        }
      }
    }
    // Over the lede, the story not begun: a line that is the page's and not a sentence of reporting, with the lede under
    // it. A label of a few capitalised words and no full stop (a place, "Lakeside (PT)"; an institution, "University of
    // Portvale, Lakeside"; the site's or an agency's name); a prompt ending in a colon ("Get Example News in your Inbox:")
    // over a paragraph that is no list; a picture's caption told with a participle and no verb of its own ("A voter
    // casting her ballot in the town hall.").
    if (index === summaryUnderOutlet) {
      standfirst.push(line.text)
      continue
    }
    if (story.paragraphs.length === 0 && !readAlso && index > best.index) {
      // (Labels come stacked: topics over an affiliation over the lede.)
      let lede = nextUsable(index)
      const promptShape = (text: string) => /:$/.test(text) && wordCount(text) <= 8 && !/["“”]/.test(text) && !attribution.test(text)
      for (let stacked = 0; stacked < 3 && lede && !lede.meta && (labelShape(lede.text) || promptShape(lede.text)); stacked++) lede = nextUsable(lines.indexOf(lede))
      const ledeNext = Boolean(lede && !lede.meta && isSentence(lede.text) && !/^[•·▪■●◦‣*–-]\s|^["“‘]/u.test(lede.text))
      // (A roundup's first subhead, "Ashford" printed right over its paragraph, with more such subheads between the
      // paragraphs below, is the story's.)
      const label = labelShape(line.text) && !(lede && !lede.blankBefore && lines.slice(index + 2).some((other, at) => usable(index + 2 + at) && !other.meta && labelShape(other.text) && sentenceEnd.test(lines[index + 1 + at]!.text) && isSentence(lines[index + 3 + at]?.text ?? '')))
      const prompt = promptShape(line.text)
      // One short sentence right under the title, then the lead picture's caption and its credit, then the lede ("Workers
      // are flying blind now." / "The tower in the old city" / "Jane Roe/Example Pictures" / the story): the deck.
      const underTitle = lines.slice(best.index + 1, index).every((other, at) => !usable(best.index + 1 + at) || other.key === headlineKeyText)
      if (underTitle && standfirst.length === 0 && !story.standfirst && sentenceEnd.test(line.text) && wordCount(line.text) >= 4 && wordCount(line.text) <= 14 && !/["“”]/.test(line.text) && !attribution.test(line.text) && !/[.!?]["”’)]*\s+\S/.test(withoutAbbreviations(line.text).slice(0, -1))) {
        let at = index + 1
        let credited = false
        for (let seen = 0; at < lines.length && seen < 3; at++) {
          if (!usable(at)) continue
          if (captions[at]?.credit) credited = true
          else if (lines[at]!.meta || sentenceEnd.test(lines[at]!.text) || wordCount(lines[at]!.text) > 14) break
          seen++
        }
        const ledeAfter = lines.slice(at).find((other, offset) => usable(at + offset) && !captions[at + offset])
        if (credited && ledeAfter && !ledeAfter.meta && isBodyLike(ledeAfter.text)) {
          standfirst.push(line.text)
          continue
        }
      }
      // A summary without its final full stop, a label (a name, a place) between it and the lede, is the standfirst. (A
      // lede printed without its full stop goes straight on into the story.)
      if (ledeNext && lede !== nextUsable(index) && !label && !prompt && !sentenceEnd.test(line.text) && !cutTeaser.test(line.text) && wordCount(line.text) >= 8 && isBodyLike(lede!.text) && standfirst.length === 0 && !story.standfirst) {
        standfirst.push(line.text)
        continue
      }
      // (…and so is a subtitle without its full stop right under the title, shorter than it, over a lede half as long again
      // at least: "Coastal State Wins $2 Million In Ocean Grants" / "Awards will fund research on reefs" / the story.)
      if (ledeNext && lede === nextUsable(index) && previousUsable(index) === lines[best.index] && !label && !prompt && unfinishedSummary(line.text, 5) && wordCount(line.text) <= wordCount(lines[best.index]!.text) && isBodyLike(lede!.text) && wordCount(lede!.text) * 2 >= wordCount(line.text) * 3 && sentenceEnd.test(lede!.text) && standfirst.length === 0 && !story.standfirst) {
        standfirst.push(line.text)
        continue
      }
      // (…and so is a summary without its full stop right under the byline or date, over the lede, that reads as no sentence
      // of reporting: "Words: Jane Roe" / "A round-up of planning news in the region: 3 June-9 June, 2019" / the story.)
      const over = previousUsable(index)
      if (ledeNext && lede === nextUsable(index) && over?.meta && lines.indexOf(over) > best.index && !label && !prompt && unfinishedSummary(line.text, 6) && !isBodyLike(line.text) && !finiteVerb.test(line.text) && isBodyLike(lede!.text) && wordCount(lede!.text) > wordCount(line.text) && standfirst.length === 0 && !story.standfirst) {
        standfirst.push(line.text)
        continue
      }
      // (…and a date line the date reader could not read, "Posted on: Saturday the 30th, 21h25": its label says what it is.)
      const dateLine = dateLabelLine.test(line.text) && /\d/.test(line.text) && wordCount(line.text) <= 12 && !sentenceEnd.test(line.text)
      // (The lede may be a paywalled page's teaser, its sentences cut off on an ellipsis: "… On the day when he was to […]".)
      const teaserLede = Boolean(lede && !lede.meta && wordCount(lede.text) >= 12 && /\p{Ll}[.!?]\s*\p{Lu}/u.test(lede.text) && /(?:\[…\]|\[\.\.\.\]|…|\.\.\.)$/u.test(lede.text))
      if (teaserLede && !ledeNext && label && mastheadName(line.text) && !sectionLabel(line.text) && nextUsable(best.index) === line) {
        outletUnderTitle ??= line.text
        drop(line.text, 'label over the lede')
        continue
      }
      // (…and so it is with the story's summary, printed without its full stop, between the outlet's name and the lede
      // ("Example Live" / "Police say the calls targeted shops in three counties" / the story): the summary is the
      // standfirst.)
      const summary = !ledeNext && lede && !lede.meta && unfinishedSummary(lede.text, 8) ? lede : undefined
      const underSummary = summary ? nextUsable(lines.indexOf(summary)) : undefined
      if (summary && underSummary && !underSummary.meta && isBodyLike(underSummary.text) && label && mastheadName(line.text) && !sectionLabel(line.text) && underTitle && standfirst.length === 0 && !story.standfirst) {
        outletUnderTitle ??= line.text
        drop(line.text, 'label over the lede')
        summaryUnderOutlet = lines.indexOf(summary)
        continue
      }
      // (An outlet's name alone under the title, "Example News", is the source an aggregator took the story from: its desk
      // signs the story when nothing else does. A section's label there, "Local News", "World News", names no outlet.)
      if (ledeNext && label && isBodyLike(lede!.text) && (mastheadName(line.text) || deskLabel(line.text)) && !sectionLabel(line.text) && lines.slice(best.index + 1, index).every((other, at) => !usable(best.index + 1 + at) || captions[best.index + 1 + at] || other.key === headlineKeyText)) outletUnderTitle ??= line.text
      if (ledeNext && (((label || prompt) && isBodyLike(lede!.text)) || participleCaption(line.text) || dateLine)) {
        drop(line.text, label ? 'label over the lede' : prompt ? 'prompt over the lede' : dateLine ? 'date line' : 'photo caption')
        continue
      }
    }
    if (story.paragraphs.length > 0) widestGap = Math.max(widestGap, line.blanks)
    if (readAlso) story.readAlso.push(readAlso)
    else if (story.paragraphs.length === 0) story.dateline = datelineOf(line.text) ?? ownDateline
    // "READ | Title" is kept under the first configured prefix ("Read also: Title"), which the article turns into a Read-also
    // block as it does the other prefixes.
    if (story.paragraphs.length === 0) storyFrom = index
    // (…and "[ Also Read: Title ]" is kept as the line in its brackets, "Also Read: Title".)
    story.paragraphs.push(readAlso && (bareReadLink.test(line.text) || spacedReadLink.test(line.text) || gluedLabelTitle(line.text) !== null) && !matchReadAlsoLine(line.text, options.readAlsoPrefixes) ? firstPrefixLine(readAlso) : readAlso && !matchReadAlsoLine(line.text, options.readAlsoPrefixes) && bracketedLink(line.text) ? bracketedLink(line.text)! : line.text)
  }
  // A date over the site's navigation ("Sunday, 12 May 2024", the paper's name, "Home", "News") is the masthead's "today",
  // not the story's, even when the story prints no date of its own.
  // (…or over the site's own links printed as plain lines, "About Us" / "Contact Us", between the date and the title: the
  // masthead's row, which prints today's date.)
  const siteOwnLink = /^(?:About Us|Contact Us|Advertise With Us|Privacy Policy)$/i
  // (…or over the page's breadcrumb, "Home » News » Grants » <title>", with no line of the story's between them.)
  const overNavigation = (at: number) => lines.slice(at + 1, best.index).some((other) => other.chrome?.reason === 'site navigation' || siteOwnLink.test(other.text)) || (at + 1 < best.index && lines[at + 1]?.chrome?.reason === 'breadcrumb' && lines.slice(at + 2, best.index).every((other) => other.chrome || !other.text))
  // So is a date beside the header's widgets (a temperature, a loader: "9.2 C" over "Friday, December 8, 2023"), and a
  // date at the top of the page with its weekday cut short and no time ("Sun. Nov 24th, 2024", "Wed, Sep 10, 2025"), the
  // way a header's clock prints today (a blog's day heading spells the weekday out).
  // So is a date run on under the site's name and its slogan, in the masthead's own block ("Example News" / "All the city's
  // stories in one place" over "Thursday, Jul 09, 2020", no blank line between the slogan and the date): the header prints
  // today's date there (a blog's day heading stands apart from its title and description).
  // (A date under its label, "Last Updated: Monday, 23 August, 2004, 15:50 GMT", is the story's: the header's clock prints
  // no label.)
  const underMasthead = (at: number) => {
    const [slogan, name] = [lines[at - 1], lines[at - 2]]
    if (!slogan || lines[at]!.blankBefore || slogan.chrome || slogan.meta || dateLabelLine.test(lines[at]!.text)) return false
    if (mastheadName(slogan.text)) return true
    return Boolean(name && !name.chrome && !name.meta && mastheadName(name.text) && wordCount(slogan.text) <= 10 && !sentenceEnd.test(slogan.text) && !mastheadName(slogan.text))
  }
  // So is a date under a teaser's title in a block of other stories over the headline ("More Top Stories" / "Local" /
  // "Airport works finish early" / "12 November 2024"): the date of the story teased, not of this one.
  const underTeaser = (at: number) => {
    const teaser = lines[at - 1]
    if (!teaser || teaser.chrome || teaser.meta || wordCount(teaser.text) < 3 || sentenceEnd.test(teaser.text)) return false
    return lines.slice(Math.max(0, at - 5), at - 1).some((other) => other.chrome && wordCount(other.text) <= 5 && /^(?:(?:more|other|top|latest|related|recent|popular|trending)\s+){1,2}(?:stories|news|articles|posts|headlines)$/i.test(other.text))
  }
  const besideWidget = (at: number) => [lines[at - 1], lines[at + 1]].some((other) => other?.chrome && /widget/.test(other.chrome.reason))
  const shortToday = (at: number, text: string) => /^\W*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?,?\s+\S/.test(text) && !hasClock(text) && !lines.slice(0, at).some((other) => !other.chrome && !other.meta)
  // So is a date above the headline two days or more away from the day the lede's dateline prints ("Santiago, Nov 27 (EFE).-"
  // under "October 1, 2023"): the story tells its own day, and the date above is the day the page was shown.
  const ledeDay = story.paragraphs.length > 0 ? datelineDesk.exec(story.paragraphs[0]!)?.[2] : undefined
  const ledeDate = ledeDay ? findDate(`${ledeDay.replace(/^[,\s]+/, '').replace(/,?\s*\d{4}$/, '')}, 2000`) : null
  // (The lede may name its day outright, "… will today, 12th August, 2011 announce …": the date above is the day the page
  // was shown when it is two days or more from that one.)
  const todayAt = story.paragraphs.length > 0 ? /\btoday\s*[,(]\s*/i.exec(story.paragraphs[0]!) : null
  const ledeToday = todayAt ? findDate(story.paragraphs[0]!.slice(todayAt.index + todayAt[0].length, todayAt.index + todayAt[0].length + 40)) : null
  // (…or an event still to come on a day with no year, "… is set to host the summit on June 6": a date above the headline
  // two days or more after it is the day the page was shown, not the story's.)
  const upcoming = story.paragraphs.length > 0 ? upcomingDay(story.paragraphs[0]!) : null
  const otherDay = (meta: Meta) => {
    const found = meta.dates[0]?.found
    if (found && upcoming) {
      const after = (Date.UTC(2000, +found.iso.slice(5, 7) - 1, +found.iso.slice(8, 10)) - Date.parse(upcoming.iso)) / 86_400_000
      if (after >= 2 && after <= 180) return true
    }
    if (found && ledeToday?.start === 0 && Math.abs(Date.parse(found.iso) - Date.parse(ledeToday.iso)) >= 2 * 86_400_000) return true
    if (!ledeDate || !found) return false
    const apart = Math.abs(Date.UTC(2000, +found.iso.slice(5, 7) - 1, +found.iso.slice(8, 10)) - Date.parse(ledeDate.iso)) / 86_400_000
    return Math.min(apart, 366 - apart) >= 2
  }
  // So is a date above the headline when the header under it prints the story's own date label with its value left out
  // ("Published" / "on", a script's slot): the story's date is the one the page did not print.
  const ownDateSlot = storyFrom > best.index && lines.slice(best.index + 1, storyFrom).some((other) => other.chrome?.reason === 'date label')
  // So is a date above the headline with no time when the header under the headline tells the story's age in days or more
  // ("73 days ago"): the age is the story's, and the day above is the day the page was shown.
  const agedHeader = storyFrom > best.index && lines.slice(best.index + 1, storyFrom).some((other) => wordCount(other.text) <= 8 && /\b\d+\s+(?:days?|weeks?|months?|years?)\s+ago\b/i.test(other.text))
  // So is a date above the headline with its weekday and no time ("Tuesday 24 October 2017", as a masthead prints today)
  // when a writer's byline with no date beside it sits right under the title
  // (nothing but the picture's caption or short labels between): a news site's header, which prints the story's own date
  // with the byline when it prints one, so the day above is the masthead's; a blog's day heading stands over a title with
  // no byline under it (the blog signs at the foot, or under an opening paragraph).
  const undatedByline = (() => {
    if (storyFrom <= best.index) return false
    for (let at = best.index + 1; at < storyFrom; at++) {
      const line = lines[at]!
      // (A story's age beside the byline, "5 hours ago", is the header's date all the same.)
      const dated = (other: Line) => Boolean(other.meta?.dates.length) || (wordCount(other.text) <= 8 && relativeAge.test(other.text))
      if (dated(line)) return false
      if (line.meta?.authors?.some((author) => author.kind === 'person')) return !lines.slice(at + 1, storyFrom).some(dated)
      if (!line.chrome && !line.meta && !captions[at] && line.key !== lines[best.index]!.key && (wordCount(line.text) > 5 || sentenceEnd.test(line.text))) return false
    }
    return false
  })()
  // ("Date published: 6 May 2024 09:38" / "Modified On: 6 May 2024 09:59" over the title: the update labelled as one,
  // under the publication date read from over the title, is the story's last change.)
  let datedAbove = false
  for (const { index, meta, text } of storyStampFirst(beforeHeadline)) {
    if (datedAbove && meta.dates.length > 0 && meta.dates.every(({ updated }) => updated) && dateLabelLine.test(text) && !meta.authors) applyMeta(meta)
    else if ((!story.publishedAt || publishedFromUpdate) && !ownDateSlot && !(undatedByline && /^\W*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(text) && !hasClock(text)) && !overNavigation(index) && !underMasthead(index) && !underTeaser(index) && !besideWidget(index) && !shortToday(index, text) && !otherDay(meta) && !(agedHeader && !hasClock(text))) {
      applyMeta(meta)
      datedAbove = story.publishedAt !== null
    } else drop(text, 'date above the headline (a masthead or listing date)')
  }
  // Lines over the lede that a later, longer paragraph prints word for word (the site's summary or a picture's caption,
  // lifted from the story): the first is the standfirst, the others a caption; the story starts where they end.
  for (let lifts = 0; lifts < 3 && story.paragraphs.length > 2; lifts++) {
    const opening = story.paragraphs[0]!
    if (!isSentence(opening) || matchReadAlso(opening, options.readAlsoPrefixes)) break
    const needle = plainText(opening)
    if (!story.paragraphs.slice(1).some((later) => later.length > opening.length && plainText(later).includes(needle))) break
    story.paragraphs.shift()
    story.dateline = datelineOf(story.paragraphs[0]!)
    if (standfirst.length === 0 && !story.standfirst) standfirst.push(opening)
    else drop(opening, 'summary or caption lifted from the story')
  }
  // A teaser over the lede that runs the story's first paragraphs together with no space between them ("… on the
  // trains.Early services …"), or runs its opening lines together and breaks off with an ellipsis ("RULINGS THIS WEEK1.
  // … The bench held that …..."): the page's summary card, not a paragraph. Told by holding the openings of two later
  // paragraphs, or of one when it breaks off so. (A paragraph that a pull quote repeats holds one quote, ellipsis or not.)
  if (story.paragraphs.length > 2) {
    const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
    const opening = story.paragraphs[0]!
    const whole = squash(opening)
    const held = story.paragraphs.slice(1, 7).filter((later) => wordCount(later) >= 6 && squash(later).length >= 30 && whole.length > squash(later).length && whole.includes(squash(later).slice(0, 60))).length
    if (held >= 2 || (held === 1 && /(?:\.{3}|…)$/.test(opening))) {
      story.paragraphs.shift()
      // (The short labels the card ran together ahead of the lede, a heading in capitals, a case's name, a "CITATION:"
      // line, none a sentence, go with it.)
      while (story.paragraphs.length > 2 && wordCount(story.paragraphs[0]!) <= 12 && !sentenceEnd.test(story.paragraphs[0]!) && whole.includes(squash(story.paragraphs[0]!))) drop(story.paragraphs.shift()!, 'summary card')
      story.dateline = datelineOf(story.paragraphs[0]!)
      if (standfirst.length === 0 && !story.standfirst) standfirst.push(opening)
      else drop(opening, 'summary or caption lifted from the story')
    }
  }
  // A summary over a lede that opens on its dateline ("JOHANNESBURG - …", "Jakarta (Example News) – …", "PORT ALDER, Fla.
  // (AP) — …"), itself opening on none: the standfirst, as the page prints it between the header and the wire's lede.
  // (A paragraph in quote marks, a question or one that ends on a colon leads into the lede; it stays.)
  if (story.paragraphs.length > 2 && standfirst.length === 0 && !story.standfirst && !story.readAlso.length) {
    const [summary, lede] = story.paragraphs as [string, string]
    const placed = (text: string) => datelinePattern.test(text) || agencyDateline.test(text) || /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?\s*\(\p{Lu}[^)]{1,39}\)\s*[-–—]{1,2}\s/u.test(text)
    if (placed(lede) && !placed(summary) && !datelineOf(summary) && sentenceEnd.test(summary) && !/[?:]["”’)]*$/.test(summary) && !/^["“‘]/.test(summary) && wordCount(summary) <= 70) {
      standfirst.push(story.paragraphs.shift()!)
      story.dateline = datelineOf(story.paragraphs[0]!)
    }
  }
  // (A summary right under the title whose topics the story takes up again is not told from a lede that way: tried on real
  // pages, the ledes that later paragraphs retell outnumbered the summaries, so the page's first paragraph stays the lede.)
  // A summary over the lede that a later paragraph prints again almost word for word (a sentence the site lifted from the
  // story for its summary): the standfirst, not the first paragraph.
  const lifted = story.paragraphs[0]
  if (lifted && standfirst.length === 0 && story.paragraphs.length >= 4 && !story.readAlso.length && !datelinePattern.test(lifted) && wordCount(lifted) <= 60) {
    const said = contentWords(lifted)
    // (The same paragraph printed again whole, a copy of the story under its pictures, retells nothing: it is the lede.)
    const retells = (later: string, share: number) => {
      if (wordCount(later) > wordCount(lifted) * 1.5 || later === lifted) return false
      return wordsBack(said, later) >= 0.85 && wordsBack(contentWords(later), lifted) >= share
    }
    // (…or one sentence of a later paragraph, a link word or two of its own ahead: a deck lifted from the middle of one,
    // "Meanwhile, scores are missing …".)
    const again = story.paragraphs.slice(2).some((later) => retells(later, 0.85) || (wordCount(later) > wordCount(lifted) * 1.5 && later.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u).some((sentence) => retells(sentence, 0.8))))
    if (said.size >= 8 && again) {
      standfirst.push(story.paragraphs.shift()!)
      story.dateline = null
    }
  }
  {
    // The site's own teaser cut (" . . .", "…") right over its link on to the full story ("Read Full Story"): the opening of
    // a paragraph the page does not print, not the story's last paragraph.
    let at = lines.length - 1
    while (at >= 0 && lines[at]!.text !== story.paragraphs.at(-1)) at--
    const next = at >= 0 ? lines.slice(at + 1).find((line) => line.text.trim() !== '') : undefined
    if (story.paragraphs.length > 1 && next?.chrome?.reason === 'link to the full story' && /(?:\s?\.){3}$|…$/.test(story.paragraphs.at(-1)!) && !sentenceEnd.test(story.paragraphs.at(-1)!.replace(/[\s.…]+$/, ''))) {
      drop(story.paragraphs.pop()!, "teaser cut over the link to the full story")
    }
  }
  // A writer's card under the story, as a blog theme prints it with no heading: the name alone, then the bio that opens
  // on it, full or the first name only ("Jane Roe", then "Jane is an editor at Example News. …"). Neither is the story's;
  // the card names the writer when nothing else does.
  // (The page's furniture under the card, a name again or a button, a few words, goes with it.)
  // (…the outlet's name alone between the name and the bio, "Jane Roe", "ENR", then "Jane Roe has worked for Example
  // News Review as a reporter since …": the card's line for where the writer works.)
  for (let at = story.paragraphs.length - 2; at >= Math.max(3, story.paragraphs.length - 4); at--) {
    const outletLine = at + 2 < story.paragraphs.length && wordCount(story.paragraphs[at + 1]!) <= 4 && !sentenceEnd.test(story.paragraphs[at + 1]!) && !/[,;:]/.test(story.paragraphs[at + 1]!)
    const [name, bio] = [story.paragraphs[at]!, story.paragraphs[at + 1]!]
    const words = name.split(/\s+/)
    if (words.length < 2 || words.length > 3 || !nameShape.test(name) || sentenceEnd.test(name)) continue
    // (A name the story itself gives is someone in it, a subhead over what they said, not its writer.)
    if (story.paragraphs.slice(0, at).some((other) => other.includes(name))) continue
    const role = String.raw`(?:(?:is|was|has been)\s+(?:a|an|the)\s+|has worked (?:for|at|with)\s+(?:[\p{L}'’&.-]+\s+){1,6}as\s+(?:a|an|the)\s+)(?:[\p{L}-]+\s+){0,4}(?:reporter|writer|correspondent|editor|journalist|columnist|intern|photographer|contributor|producer|author|blogger)\b`
    const opensOnName = new RegExp(`^(?:${escapeRegExp(name)}|${escapeRegExp(words[0]!)})\\s+${role}`, 'u')
    const bioAt = opensOnName.test(bio) ? at + 1 : outletLine && opensOnName.test(story.paragraphs[at + 2]!) ? at + 2 : -1
    if (bioAt < 0) continue
    if (!story.paragraphs.slice(bioAt + 1).every((other) => wordCount(other) <= 5 && !sentenceEnd.test(other))) continue
    for (const gone of story.paragraphs.splice(at)) drop(gone, 'author card')
    bioCard ??= name
    break
  }
  // A trailing run of headline-shaped lines (a feed with no heading) is not the story.
  const trailing: string[] = []
  // …nor a run of two lines or more that a site appends as its links: titles, questions set as titles in capitals ("What
  // Did the Council Say About Fees?"), teasers the site cut short ("… the country's..."), bulleted headlines, under an optional
  // short heading ("More for you"). A lone bulleted title under the last paragraph is one such link. A single question
  // or short line closing the story stays (the plain title-shaped ones are weighed below, as before).
  const bulleted = (text: string) => bullet.test(text)
  /** Most words capitalised, as titles are set ("What Did the Minister Say About Fees?"); a question in the story's own words is not. */
  const titleCase = (text: string) => {
    const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word) && word.length > 3)
    return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length * 3 >= words.length * 2
  }
  const linkShaped = (text: string) =>
    wordCount(text) <= 25 &&
    !matchReadAlso(text, options.readAlsoPrefixes) &&
    !/["“”]/.test(text) &&
    (cutTeaser.test(text) || (bulleted(text) && !/[.!]["”’)]*$/.test(text)) || (/\?$/.test(text) && wordCount(text) <= 16 && titleCase(text) && !/[.!?…]["”’)]*\s+\S/.test(withoutAbbreviations(text.slice(0, -1)))) || (!sentenceEnd.test(text) && !/[.!?…]["”’)]*\s+\S/.test(withoutAbbreviations(text))))
  // The next item of a numbered run of the story's own list, cut off where the store stopped keeping the page ("Lot 3 –
  // Regener" under "Lot 1 – …" and "Lot 2 – …", their bulleted items between): the items one to the one before it are all
  // there above, each opening on the same word and its number. The run is the story's list, no links of the site's.
  const nextNumbered = (line: string) => {
    const item = /^(\p{Lu}[\p{L}'’-]*)\s+(\d{1,2})\b(?![\d.,:])/u.exec(line)
    if (!item || Number(item[2]) < 3) return false
    const opens = (n: number) => story.paragraphs.slice(0, -1).some((paragraph) => new RegExp(`^${escapeRegExp(item[1]!)}\\s+${n}\\b(?![\\d.,:])`, 'u').test(paragraph))
    return Array.from({ length: Number(item[2]) - 1 }, (_, index) => index + 1).every(opens)
  }
  const numberedCut = storeCut && story.paragraphs.length > 2 && story.paragraphs.at(-1) === lines.at(-1)?.text && nextNumbered(story.paragraphs.at(-1)!)
  // (…and the first item of a list the story brings in with a sentence of its own closing on a colon, "On regulation, we
  // have two stories on the new rules:" over "• Leaked plans confirm the worst: The plans wou", cut off the same way: a
  // clause of five words or more, three in lower case, no prompt to share or follow, under a finished paragraph.)
  const introCut = (() => {
    const [intro, item] = story.paragraphs.slice(-2) as [string, string]
    if (!storeCut || story.paragraphs.length < 3 || item !== lines.at(-1)?.text || !/:$/.test(intro) || wordCount(intro) < 5 || !sentenceEnd.test(story.paragraphs.at(-3)!)) return false
    return (intro.match(/(?:^|\s)\p{Ll}[\p{L}'’-]*/gu)?.length ?? 0) >= 3 && !/\b(?:share|follow|subscribe|sign up|download|tags?|contact|related|more)\b/i.test(intro) && /\p{L}['’]?$/u.test(item)
  })()
  // (…and a run of three or more teasers for other stories, each a summary the site cut short where its box ends, two
  // dots or three after a word or a comma, however long the summary ("… extending its current route from the Gotse..",
  // "“… The people of the valley deserve..", "… signed by more than two thousand people ..."), under a finished paragraph:
  // a story's own paragraph ends on its full stop, and a quote trailing off closes its quote marks after the dots.)
  const cutSummary = (text: string) => wordCount(text) <= 70 && /[\p{L}\d,;]\s?(?:\.{2,3}|…)$/u.test(text) && !/\.{4}$/.test(text) && !matchReadAlso(text, options.readAlsoPrefixes)
  let cutRun = 0
  while (cutRun + 1 < story.paragraphs.length && cutSummary(story.paragraphs.at(-1 - cutRun)!)) cutRun++
  if (cutRun >= 3 && sentenceEnd.test(story.paragraphs.at(-1 - cutRun)!) && !cutSummary(story.paragraphs.at(-1 - cutRun)!)) trailing.push(...story.paragraphs.splice(-cutRun))
  let links = 0
  while (links + 1 < story.paragraphs.length && linkShaped(story.paragraphs.at(-1 - links)!)) links++
  const loneBullet = links === 1 && bulleted(story.paragraphs.at(-1)!) && !bulleted(story.paragraphs.at(-2) ?? '')
  // (A paywalled page's stub: the story's next paragraph cut off in a word, the ellipsis glued to what is left of it
  // ("The mayor said the budget, which she called h..."), under a finished paragraph and over the page's own lines, is the
  // story's last paragraph as far as the page goes; a teaser's title cut short ends on a whole word.)
  const teasedOn = (at: number) => {
    const text = story.paragraphs.at(at)!
    return wordCount(text) >= 8 && /^\p{Lu}/u.test(text) && /\s\p{Ll}{1,2}(?:\.{3}|…)$/u.test(text) && /,\s|\b(?:the|a|an)\s/u.test(text) && !/["“”|]/.test(text) && sentenceEnd.test(story.paragraphs.at(at - 1) ?? '')
  }
  if (links >= 2 && teasedOn(-links) && story.paragraphs.slice(1 - links).every((text) => !cutTeaser.test(text))) links--
  // (…nor a run of short items each opening on the same list mark ("-Assault 1st Degree", "- Theft"), under a sentence of
  // the story that brings them in on a colon ("… and faces the following charges:"): a clause of five words or more,
  // three in lower case, that speaks of no links, stories or prompts. The items are the story's list, its last lines.)
  const introducedListAtEnd = () => {
    const last = story.paragraphs.at(-1) ?? ''
    const mark = /^([-–—•·▪*])\s?\S/u.exec(last)?.[1]
    if (mark === undefined) return false
    let items = 0
    while (items + 1 < story.paragraphs.length && story.paragraphs.at(-1 - items)!.startsWith(mark) && wordCount(story.paragraphs.at(-1 - items)!) <= 12 && !/\?$/.test(story.paragraphs.at(-1 - items)!) && !cutTeaser.test(story.paragraphs.at(-1 - items)!)) items++
    const intro = story.paragraphs.at(-1 - items)
    if (items < 2 || !intro || !/:$/.test(intro) || wordCount(intro) < 5) return false
    return (intro.match(/(?:^|\s)\p{Ll}[\p{L}'’-]*/gu)?.length ?? 0) >= 3 && !/\b(?:share|follow|subscribe|sign up|download|tags?|contact|related|more|read|watch|listen|stories|articles|headlines|news|links?|coverage|also|latest|popular|trending|recommended|newsletters?)\b/i.test(intro)
  }
  const introducedList = introducedListAtEnd()
  if (!numberedCut && !introCut && !introducedList && (links >= 2 || loneBullet) && story.paragraphs.slice(-links).some((text) => cutTeaser.test(text) || bulleted(text) || /\?$/.test(text))) trailing.push(...story.paragraphs.splice(-links))
  // A feed of other stories run on under the story with no heading, to the page's end: three pairs or more, each a title
  // (no full stop, four words or more) over its one-paragraph summary ("Contact lenses recalled over a quality issue" /
  // "Several types of lenses have been recalled …"), no title speaking of two of the story's topics, under a finished
  // paragraph of the story. The pairs are the site's. (A title left alone at the page's end, its summary not kept, is one
  // of them.)
  {
    const topics = new Set([...topicStems(story.headline), ...story.paragraphs.slice(0, 2).flatMap((paragraph) => [...topicStems(paragraph)])])
    const feedTitle = (text: string) => !sentenceEnd.test(text) && !/[:;,]$/.test(text) && wordCount(text) >= 4 && wordCount(text) <= 25 && /^["“‘']?[\p{Lu}\d]/u.test(text) && !matchReadAlso(text, options.readAlsoPrefixes) && !bulletOrStar.test(text) && [...topicStems(text)].filter((stem) => topics.has(stem)).length <= 1
    const feedSummary = (text: string) => wordCount(text) >= 8 && wordCount(text) <= 90 && !feedTitle(text) && !matchReadAlso(text, options.readAlsoPrefixes)
    // (A digest's items are its own, each a crosshead over its paragraph: "Wales round-up: …", "What you missed this week".)
    const digest = /\b(?:round-?up|digest|briefing|brief|in short|at a glance|what you (?:need to know|missed|might have missed)|things to know|highlights|recap|the week|this week|today|tonight|morning|evening|live|latest|updates?|newsletter)\b/i.test(story.headline)
    // (…nor is the last line where the page store cut the page off, a title or a few words of a summary.)
    const last = story.paragraphs.length
    const ends = digest ? [] : [last, ...(feedTitle(story.paragraphs.at(-1) ?? '') || storeCut ? [last - 1] : []), ...(storeCut && feedTitle(story.paragraphs.at(-2) ?? '') ? [last - 2] : [])]
    for (const end of ends) {
      let start = end
      let pairs = 0
      while (start - 2 >= 3 && feedTitle(story.paragraphs[start - 2]!) && feedSummary(story.paragraphs[start - 1]!)) {
        start -= 2
        pairs++
      }
      if (pairs >= 3 && sentenceEnd.test(story.paragraphs[start - 1]!)) {
        trailing.push(...story.paragraphs.splice(start))
        break
      }
    }
  }
  // A few words the site cut off mid-sentence under the story ("As the tide turned t ..."): the opening of a paragraph
  // the page only teases, over its "more" link, is no paragraph of the story (a quote trailing off is kept).
  {
    const last = story.paragraphs.at(-1) ?? ''
    const before = story.paragraphs.at(-2) ?? ''
    if (story.paragraphs.length > 1 && wordCount(last) <= 10 && /\s(?:\.{3}|…)$/.test(last) && cutTeaser.test(last) && !/["“”]/.test(last) && !/[.!?]["”’)]*\s+\S/.test(withoutAbbreviations(last)) && sentenceEnd.test(before)) trailing.push(story.paragraphs.pop()!)
  }
  // A schedule or results table closing the story under its own heading ("SCHEDULE:", then "March 4-8: First Test, Eastvale"
  // rows): two rows or more, each a date or number with a colon and a short entry, are the story's, not links.
  const tableRow = /^(?:\p{L}{3,9}\.?\s+)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s+\p{L}{3,9}\.?)?\s*:\s+[^.!?:]{2,60}$/u
  let rows = 0
  while (rows + 2 < story.paragraphs.length && tableRow.test(story.paragraphs.at(-1 - rows)!)) rows++
  const closingTable = rows >= 2 && /^\p{Lu}[\p{L}\d '’&-]{1,40}:$/u.test(story.paragraphs.at(-1 - rows)!) && wordCount(story.paragraphs.at(-1 - rows)!) <= 4
  // A station's or site's slogan closing the page ("One Source, My Connection!", "Your Town, Your Voice!"): four to six
  // words, each capitalised, a cry at the end, no quote marks, under a finished paragraph. A story's last sentence has small
  // words in lower case; a quoted cheer keeps its quote marks.
  const slogan = story.paragraphs.at(-1) ?? ''
  if (!closingTable && story.paragraphs.length > 1 && /^(?:\p{Lu}[\p{L}'’-]*,?\s+){3,5}\p{Lu}[\p{L}'’-]*!$/u.test(slogan) && sentenceEnd.test(story.paragraphs.at(-2)!)) trailing.unshift(story.paragraphs.pop()!)
  // (On a page cut where the store stopped keeping it, `storeCut`, the last line is cut off wherever the limit fell, a word
  // or two of a paragraph ("Meanwh") as well as most of one, or right after a quote it opens: "… telling her “".)
  // …and the last line so cut may sit under a crosshead of the story ("Call to Action" over "The ministr"), the paragraph
  // over that finished: a short heading in capitals, no full stop, no label's colon, over words opening a sentence.
  const underCrosshead = (last: string) => {
    const head = story.paragraphs.at(-2) ?? ''
    return storeCut && story.paragraphs.length > 2 && wordCount(head) <= 10 && /^\p{Lu}/u.test(head) && !sentenceEnd.test(head) && !/[:|]/.test(head) && !/\?$/.test(head) && !cutFurnitureLabel(head) && sentenceEnd.test(story.paragraphs.at(-3)!) && (/\s\p{Ll}/u.test(last) || /^(?:The|A|An)\s/.test(last))
  }
  // A line that shows it breaks off in a sentence: an opening quote never closed ('"The harbour has been quiet since the
  // sto'), a word broken to one letter ("… the ferry t"), a small word no sentence closes on ("… one of the first in"), or
  // a sentence told with its auxiliary ("The council has since wri"), in the story's words, not a title's.
  const brokenOff = (line: string) =>
    /^["“‘(]?\p{Lu}/u.test(line) &&
    !/[|:]/.test(line) &&
    ((/^["“]/.test(line) && !/["”]/.test(line.slice(1))) ||
      /\s\p{Ll}$/u.test(line) ||
      // (…told in a sentence's articles or commas: a title cut off on "of" drops them, "Flooded pits delay reopening of".)
      (/\s(?:in|of|the|a|an|and|or|to|for|with|by|from|at|on|as|that|which|who|whose|his|her|their|its|our|than|but|into|about|after|before)$/.test(line) && /\b(?:the|a|an)\s|,\s/i.test(line)) ||
      // (…or a quote closed and its speaker named with the verb cut off, '"We will stay," the harbour master'.)
      /^["“][^"“”]{2,}["”],\s+(?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+$/u.test(line) ||
      // (…the same broken off right after a clause's comma, "… and a decision is yet to be reached,": no title ends on one.
      // A clause that only leads in, "If you would like to read more stories like this,", is a prompt's, no sentence's.)
      (wordCount(line) >= 6 && /\s\p{Ll}+['’]?,?$/u.test(line) && /\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should)\s/.test(line) && !titleCase(line) && (!/,$/.test(line) || (!/^(?:If|When|Whenever|While|As|To|For|Should|Whether|Although|Though|Because|Before|After|Unless|Once|Since|Until)\b/.test(line) && !/\byou(?:r)?\b/i.test(line)))))
  const clauseBeforeColon = (line: string) => {
    const before = line.slice(0, line.indexOf(':'))
    return wordCount(before) >= 5 && (before.match(/(?:^|\s)\p{Ll}[\p{L}'’-]*/gu)?.length ?? 0) >= 3
  }
  // (…nor is a speaker's verb before the colon, or a quote opened after a clause in lower case: 'He added: “I’m sure',
  // 'The minister in a statement: "The'. A label's value is never a quote; "Watch: “…" is a label.)
  const speechBeforeColon = (line: string) => /^[^:]{0,30}\s\p{Ll}[^:]{0,30}:\s+["“‘]/u.test(line) || /^[^:]{0,30}\b(?:said|says|added|adds|told|tells|explained|explains|stated|states|wrote|writes|continued|asked|replied|warned|noted)\s*:/u.test(line)
  // (…nor a label the story itself opens its paragraphs on, over the one cut off: "Our verdict: The sche" under paragraphs
  // opening "Our verdict: …" is the story's pattern, no label of the page's.)
  const storyLabel = (line: string) => {
    const label = /^([^:]{2,30}):\s/u.exec(line)?.[1]
    return label !== undefined && story.paragraphs.slice(0, -1).some((paragraph) => paragraph.startsWith(`${label}: `) && wordCount(paragraph) >= 8)
  }
  // A closing Read-also line, then another story's card under it: its title (no full stop, six words or more) and its
  // one-sentence summary, the page's last text ("Read also: …" / "Rail strike called off after late talks" / "Unions and the
  // operator agreed on Monday …"). The card is the page's; the Read-also line stays the story's link.
  if (story.paragraphs.length >= 5) {
    const [link, title, summary] = story.paragraphs.slice(-3) as [string, string, string]
    if (matchReadAlso(link, options.readAlsoPrefixes) && !matchReadAlso(title, options.readAlsoPrefixes) && !matchReadAlso(summary, options.readAlsoPrefixes) && /^\p{Lu}/u.test(title) && !/[.!?:;,…]["”’)]?$/.test(title) && wordCount(title) >= 6 && wordCount(title) <= 25 && !/["“”]/.test(title) && sentenceEnd.test(summary) && wordCount(summary) <= 50 && !/["“”]/.test(summary) && !/[.!?]["”’)]*\s+\p{Lu}/u.test(withoutAbbreviations(summary))) {
      story.paragraphs.splice(-2)
      drop(title, 'teaser for another story')
      drop(summary, 'teaser for another story')
    }
  }
  while (!closingTable && !introducedList && story.paragraphs.length > 1) {
    const last = story.paragraphs.at(-1)!
    if (sentenceEnd.test(last) || signOff.test(last) || bracketSignOff.test(last) || namedAgencySignOff(last) !== null || personSlashSignOff.test(last) || /[.!?…]["”’)]*\s+\S/.test(withoutAbbreviations(last)) || matchReadAlso(last, options.readAlsoPrefixes) || wordCount(last) > 25) break
    // "… and drove to the station, where he made a report." / "Meanwh" / "The fair runs for three-": the page's last line under a finished paragraph,
    // broken off where the page was stored, is the story's last paragraph as far as the page goes, whatever its length;
    // the page carries the story on into it. Not a label the site prints under its stories cut off the same way
    // ("Related Sto", "Share this arti"), nor a label with its value ("Tags: harbour"; a sentence's clause before the
    // colon, five words or more, three of them in lower case, is no label: "(It shows what they wanted: this was no mis").
    // (A transcript's speaker's tag, "JANE ROE: Well, it came up to about", is who speaks, no label: the page broke off in
    // what they said.)
    // (Not initials alone under the writer's contact address, "jane@example.com" / "KXN": the story ends at its writer's
    // contact, and the name under it signs; nothing resumes after it.)
    const underContact = callLetters.test(last) && lines.at(-2)?.chrome?.reason === 'contact address'
    if (trailing.length === 0 && last === lines.at(-1)?.text && !underContact && (sentenceEnd.test(story.paragraphs.at(-2)!) || underCrosshead(last) || (storeCut && nextNumbered(last)) || introCut) && !cutFurnitureLabel(last) && !(/^[^:]{1,30}:(?:\s|$)/u.test(last) && !clauseBeforeColon(last) && !speechBeforeColon(last) && !storyLabel(last) && !(transcript && speakerTag.test(last))) && (storeCut ? /\p{L}['’]?$|\p{L}-$|\p{L}\s["“‘]$/u.test(last) : brokenOff(last))) {
      story.endsCutOff = true
      break
    }
    // "… this year, ministry data showed": the story's last sentence with its full stop lost, its reporting clause after a
    // comma in the past tense as a story tells it (a link's title says "…, ministry says").
    if (/,\s+(?:[\p{L}'’.-]+\s+){0,5}(?:said|showed|added|reported|noted|stated|wrote|explained|told reporters)$/u.test(last) && sentenceEnd.test(story.paragraphs.at(-2)!)) break
    // "The agency reports the minister served as the envoy under the late president": the story's last sentence with its
    // full stop lost, long and told in the articles a sentence has (three or more "the"/"a"/"an"); a link's title, in
    // headline style, drops them.
    if (wordCount(last) >= 15 && (last.match(/\b(?:the|a|an)\b/giu)?.length ?? 0) >= 3 && sentenceEnd.test(story.paragraphs.at(-2)!)) break
    // (…or shorter, told with an auxiliary as a sentence tells it, and two articles: "The list is expected to be published
    // later in the day"; a headline drops both, "List expected to be published later in day"), with the page going on
    // under it (the comment form): the page's last line may be a sentence it was cut off in. Only the one line under the
    // finished paragraphs: under a run of such lines it is the last of a list of links.
    if (trailing.length === 0 && last !== lines.at(-1)?.text && wordCount(last) >= 8 && (last.match(/\b(?:the|a|an)\b/giu)?.length ?? 0) >= 2 && /\s(?:is|are|was|were|has|have|had|will|would|could|should)\s/.test(last) && !/[:|]/.test(last) && !titleCase(last) && sentenceEnd.test(story.paragraphs.at(-2)!)) break
    // "Listen to the full interview here:": the story's last words, introducing a clip the page plays.
    if (/:$/.test(last) && wordCount(last) >= 4 && /\b(?:listen|hear|audio|clip|interview|recording|sound)\b/i.test(last)) break
    // "However, he believes the islands deserve the same service as the mainland:", "Below are some of their views:": the
    // story's last sentence, introducing the clip, tweets or letter the page shows under it (five words or more, in the
    // story's small words; a label such as "LEARN MORE:" or "Related:" is shorter, or all capitals, and a prompt to share
    // or follow ends in "on:" or names what it asks).
    if (/:$/.test(last) && wordCount(last) >= 5 && /^\p{Lu}/u.test(last) && (last.match(/\b\p{Ll}[\p{Ll}'’-]*\b/gu)?.length ?? 0) >= 3 && !/\b(?:on|at|via|to|in|for|with|from|by)\s*:$/i.test(last) && !/\b(?:share|follow|subscribe|sign up|download|tags?|contact)\b/i.test(last) && sentenceEnd.test(story.paragraphs.at(-2)!)) break
    // "Superintendent Jane Roe says they're anxious to curb the trend:": a radio story's last words, naming who speaks in
    // the clip the page plays under them.
    if (/:$/.test(last) && wordCount(last) >= 8 && /^\p{Lu}/u.test(last) && /\b(?:says|said|tells|told|explains|explained|warns|warned|adds|added|is (?:urging|calling|warning|appealing|asking))\b/u.test(last)) break
    story.paragraphs.pop()
    trailing.unshift(last)
  }
  // "READ MORE: first title" closing the story, more titles on their own lines under it: all of them are Read-also
  // lines, and none is the body's.
  // (Not a paragraph the page breaks off in, its last line, under the last of Read-also lines printed each with its own
  // prefix between the story's paragraphs ("Read: …", paragraphs, "Read: …", then "In a briefing days later, the minister
  // praised the reporters for …, saying that he di"): that site prints no bare titles under a prefixed one. It stays the
  // story's last paragraph, as far as the page goes.)
  if (trailing.length === 1 && trailing[0] === lines.at(-1)?.text && wordCount(trailing[0]!) >= 12 && /\p{Ll}$/u.test(trailing[0]!) && story.paragraphs.length > 2 && matchReadAlso(story.paragraphs.at(-1)!, options.readAlsoPrefixes)) {
    const inline = story.paragraphs.slice(0, -1).findIndex((paragraph) => matchReadAlso(paragraph, options.readAlsoPrefixes))
    if (inline >= 0 && story.paragraphs.slice(inline + 1, -1).some((paragraph) => !matchReadAlso(paragraph, options.readAlsoPrefixes) && sentenceEnd.test(paragraph))) story.paragraphs.push(trailing.pop()!)
  }
  /** The words of a link or a links section's heading ("See also", "More Top News", "Share this"): no outlet's name. */
  const linkWords = /\b(?:see|also|more|other|related|latest|recommended|popular|top|trending|share|this|print|email|follow|subscribe|comments?)\b/i
  /** A paper's or agency's name alone, each word capitalised and the last one a name's ("The Example Press", "Daily Ledger"). */
  const outletName = (text: string) => wordCount(text) <= 4 && siteWords.test(text) && text.split(/\s+/).every((word) => /^\p{Lu}/u.test(word)) && !linkWords.test(text)
  // (A newsroom's name alone under the closing Read-also lines, "Related: …" / "Related: …" / "The Example Press", is
  // the credit of the paper that ran the story, no title of theirs.)
  // (Nor is a person's name alone under them, "Also read: …" / "Jane Roe", with nothing but the site's lists under it: the
  // writer's sign-off, as under a last paragraph; a name the story itself speaks of is the story's, no signature.)
  const underLinks = trailing.length === 1 && story.paragraphs.length > 1 && matchReadAlso(story.paragraphs.at(-1)!, options.readAlsoPrefixes) && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(trailing[0]!) && !`${story.headline}\n${story.paragraphs.join('\n')}`.includes(trailing[0]!.split(/\s+/).at(-1)!) ? parseByline(trailing[0]!) : null
  const writerUnderLinks = underLinks?.length === 1 && underLinks[0]!.kind === 'person' && underLinks[0]!.name === trailing[0] && !institutionWords.test(trailing[0]!) && !trailing[0]!.split(/\s+/).some((word) => unnamingWord.test(word) || sectionWords.test(word.toUpperCase())) ? underLinks[0]! : null
  const closingReadAlso = trailing.length > 0 && story.paragraphs.length > 1 && matchReadAlso(story.paragraphs.at(-1)!, options.readAlsoPrefixes) && !(trailing.length === 1 && outletName(trailing[0]!)) && !writerUnderLinks
  /** The Read-also lines under the last paragraph, as printed (the titles under a closing one get its prefix). */
  const closingLinks: string[] = []
  if (closingReadAlso) {
    while (story.paragraphs.length > 1 && matchReadAlso(story.paragraphs.at(-1)!, options.readAlsoPrefixes)) closingLinks.unshift(story.paragraphs.pop()!)
    const prefix = closingLinks[0]!.slice(0, closingLinks[0]!.length - matchReadAlso(closingLinks[0]!, options.readAlsoPrefixes)!.length).replace(/[\s:：|–—-]+$/, '')
    closingLinks.push(...trailing.map((title) => `${prefix}: ${title}`))
    story.readAlso.push(...trailing)
  } else for (const line of trailing) drop(line, 'trailing list')
  // A Read-also line after the story's last paragraph ("Read Also: …" over the comments) is a link, kept in readAlso, not
  // the body's last paragraph.
  while (story.paragraphs.length > 1 && story.readAlso.length > 0 && matchReadAlso(story.paragraphs.at(-1)!, options.readAlsoPrefixes)) closingLinks.unshift(story.paragraphs.pop()!)
  // A Read-also line the page store cut off before its title's second word ("RELATED: Pr"), the page's last line: a link
  // with no title left to read, no Read-also.
  if (storeCut && closingLinks.length > 0 && closingLinks.at(-1) === lines.at(-1)?.text) {
    const title = matchReadAlso(closingLinks.at(-1)!, options.readAlsoPrefixes)?.trim()
    if (title && !/\s/.test(title) && story.readAlso.at(-1)?.trim() === title) {
      drop(closingLinks.pop()!, 'link cut off at the end of the page')
      story.readAlso.pop()
    }
  }
  // They stay the body's last lines (the article's Read-also block, as the page prints it); `closingReadAlso` says which
  // they are, so that the story's prose is known to end before them.
  if (closingLinks.length > 0) {
    story.closingReadAlso = closingLinks
    story.paragraphs.push(...closingLinks)
  }
  // A paper's name or a site's address alone right under the last paragraph ("Sunday Times", "example.co.nz"): where a
  // republished story came from.
  // (A links section's heading, "See Also Other News", "More Top News", names no outlet.)
  // (A button's words, "Share This Post", name none either; a mark before the name, "*Example News", is the page's.)
  // ("Source Example Times": the label with no colon before the outlet's name is no part of it.)
  const closingName = trailing[0]?.replace(/^(?:[*•–—-]|[Ss]ource(?=\s+\p{Lu}))\s*/u, '')
  // "The Example Express" over "www.exampleexpress.com": the site's own masthead in its footer, its name then its address
  // spelling the same name, is no credit.
  const mastheadFooter = Boolean(closingName && trailing[1] && /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}]{2,6}){1,2}\/?$/u.test(trailing[1]) && trailing[1].replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\..*$/, '').replace(/-/g, '').toLowerCase() === closingName.replace(/^the\s+/i, '').replace(/[^\p{L}\d]/gu, '').toLowerCase())
  // ("Previous Post Next Post", "Older Post", "Next Article": a blog's links to the posts beside this one, no outlet.)
  // ("The Weather Network", "Traffic Network", "Lottery Results": the heading of a weather or traffic box the page
  // prints under the story, a service's name, no outlet the story came from.)
  const closingOutlet = !closingReadAlso && !mastheadFooter && closingName && !dashedNewsroom.test(trailing[0]!) && wordCount(closingName) <= 4 && !linkWords.test(closingName) && !/\b(?:previous|prev|next|older|newer|weather|forecasts?|traffic|lottery|horoscopes?)\b/i.test(closingName) && !/\.(?:jpe?g|png|gif|webp|svg)$/i.test(closingName) && (/^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}]{2,6}){1,2}$/u.test(closingName) || (siteWords.test(closingName) && closingName.split(/\s+/).every((word) => /^\p{Lu}/u.test(word)))) ? closingName : null
  // "CTK", "ANI": an agency's initials alone under the last paragraph (capitals, at most one vowel, no section's label).
  // (Under a transcript, "CONN" is a speaker's tag the page cut off.)
  // (Under the writer's contact address, "jane@example.com" / "IOL", the initials sign whatever their vowels: a word's place
  // is no sign-off's.)
  const signsUnderContact = trailing.length === 1 && trailing[0] === lines.at(-1)?.text && lines.at(-2)?.chrome?.reason === 'contact address'
  const closingInitials = !closingReadAlso && !transcript && closingName && callLetters.test(closingName) && !sectionWords.test(closingName) && !/^(?:END|ENDS|PIC|PICS|TBC)$/.test(closingName) && (signsUnderContact || (closingName.replace(/-.*/, '').match(/[AEIOUY]/g)?.length ?? 0) <= 1) ? closingName : null
  if (standfirst.length > 0) story.standfirst = standfirst.join(' ')
  // The page store's date prefix is its own record, not a date the page prints (it is years off on some pages): it is
  // never the publication date, only a hint in the report.
  if (headerDate) story.storeDateHint = headerDate.iso.slice(0, 10)
  if (bylineAuthors.length === 0) bylineAuthors.push(...stations)
  // "Some information for this report was provided by AP, AFP and Reuters.", "AP and Reuters contributed to this report.":
  // the credit closing the story is no paragraph of it (as "The Associated Press contributed to this report." is not),
  // and the agencies it names sign a story no one else signs (a person credited so helped the writer, and signs nothing).
  // (Also when the page's rules already set the credit apart as chrome, right under the last paragraph.)
  const inBody = story.paragraphs.length > 1 && / this (?:report|story|article)\b/.test(story.paragraphs.at(-1)!) ? contributionCredit.exec(story.paragraphs.at(-1)!) : null
  let contribution = inBody
  if (!contribution && bylineAuthors.length === 0 && story.paragraphs.length > 0) {
    let lastLine = lines.length - 1
    while (lastLine >= 0 && lines[lastLine]!.text !== story.paragraphs.at(-1)) lastLine--
    const credit = lastLine >= 0 ? lines.slice(lastLine + 1, lastLine + 4).find((line) => line.chrome?.reason === 'contribution credit') : undefined
    contribution = credit ? contributionCredit.exec(credit.text) : null
  }
  if (contribution) {
    const names = (contribution[1] ?? contribution[2] ?? contribution[3])!.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).map((name) => name.replace(/^the\s+/i, ''))
    if (names.every((name) => nameShape.test(name) && wordCount(name) <= 4)) {
      if (inBody) drop(story.paragraphs.pop()!, 'contribution credit')
      if (bylineAuthors.length === 0 && names.every((name) => oneWordDesks.test(name) || (wordCount(name) >= 2 && authorKind(name) === 'desk'))) bylineAuthors.push(...names.map((name) => ({ kind: 'desk' as const, name: signingAgencies[name.toUpperCase()] ?? agencyName(name) })))
    }
  }
  // No byline: an agency that signs the last paragraph is the author.
  const signature = bylineAuthors.length === 0 ? signOff.exec(story.paragraphs.at(-1) ?? '') : null
  if (signature) for (const name of signature[1]!.split(/\s*(?:,|\/|&|and)\s*/)) bylineAuthors.push({ kind: 'desk', name: signingAgencies[name]! })
  const bracketed = bylineAuthors.length === 0 ? bracketSignOff.exec(story.paragraphs.at(-1) ?? '') : null
  if (bracketed) bylineAuthors.push({ kind: 'desk', name: signingAgencies[bracketed[1]!] ?? bracketed[1]! })
  const namedAgency = bylineAuthors.length === 0 ? namedAgencySignOff(story.paragraphs.at(-1) ?? '') : null
  if (namedAgency) bylineAuthors.push({ kind: 'desk', name: namedAgency })
  const slashSigned = bylineAuthors.length === 0 ? personSlashSignOff.exec(story.paragraphs.at(-1) ?? '') : null
  if (slashSigned && !sectionWords.test(slashSigned[2]!)) bylineAuthors.push({ kind: 'person', name: slashSigned[1]! }, { kind: 'desk', name: signingAgencies[slashSigned[2]!] ?? slashSigned[2]! })
  // The same initials in brackets on a line of their own under it ("(CNA)", the agency's notices after it).
  if (bylineAuthors.length === 0 && closingBracketAgency) bylineAuthors.push({ kind: 'desk', name: signingAgencies[closingBracketAgency] ?? closingBracketAgency })
  // "Sputnik International" under the title, "MOSCOW (Sputnik) - …" in the lede: the agency's site's name over its own
  // dateline is the agency, which signs as the dateline names it.
  const agencySite = bylineAuthors.length === 1 && story.paragraphs[0] ? datelineCredit(story.paragraphs[0]) : null
  if (agencySite && oneWordDesks.test(agencySite) && /^\p{L}+\s+(?:International|Online|World|Global)$/u.test(bylineAuthors[0]!.name) && bylineAuthors[0]!.name.toLowerCase().startsWith(`${agencySite.toLowerCase()} `)) bylineAuthors.splice(0, 1, { kind: 'desk', name: signingAgencies[agencySite] ?? agencySite })
  // "PORT ALDER (Reuters) — …", "(Example News) – …": the agency or outlet in the lede's dateline brackets, a desk.
  // (…or in the dateline printed alone over the lede, "TRENTON, Fla. (KXYZ) --".)
  const inDateline = bylineAuthors.length === 0 && story.paragraphs[0] ? datelineCredit(datelineLede(story.paragraphs)!) ?? (ownDateline && openDateline.test(ownDateline) ? datelineCredit(`${ownDateline} …`) : null) : null
  // ("Kampala, Uganda | THE EXAMPLE | …" over a story closing on an agency's initials alone, "XNA": the paper stamps its own
  // name in the dateline of the agency's copy; the agency signs, below.)
  const ownNameOverAgency = Boolean(inDateline && closingInitials && !sourceCredit && !oneWordDesks.test(inDateline) && !callLetters.test(inDateline) && closingInitials !== inDateline)
  // (A writer's card under the story, "Jane Roe" / "XNA" / "Jane Roe has worked for …", or the writer's one-line bio, names
  // who wrote the copy the bracket credits to the outlet: the person signs, as over a byline, and the bracket does not.)
  const cardWriter = inDateline && bioCard ? parseByline(`by ${bioCard}`) : null
  // (…and "Source: Example News Service" in the header over "… (ENS) – …": the bracket's initials are the credited
  // outlet's, which signs by the name the header spells out.)
  const spelledOut = inDateline && headerSource && /^\p{Lu}{2,6}$/u.test(inDateline) && headerSource.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('') === inDateline ? headerSource : null
  if (cardWriter?.length && cardWriter.every((author) => author.kind === 'person')) bylineAuthors.push(...cardWriter)
  else if (spelledOut && wordCount(spelledOut) >= 2) bylineAuthors.push({ kind: 'desk', name: spelledOut })
  else if (inDateline && !ownNameOverAgency && (deskName.test(inDateline) || oneWordDesks.test(inDateline) || callLetters.test(inDateline) || siteWords.test(inDateline) || authorKind(inDateline) === 'desk')) bylineAuthors.push({ kind: 'desk', name: signingAgencies[inDateline] ?? inDateline })
  const sharedDateline = bylineAuthors.length === 0 && story.paragraphs[0] ? datelineCredits(story.paragraphs[0]) : null
  if (sharedDateline) bylineAuthors.push(...sharedDateline.map((name) => ({ kind: 'desk' as const, name: signingAgencies[name] ?? name })))
  // "HCM City (VNA)" alone on its line under the title, the lede under it opening on the dash ("– The police …"): the
  // dateline set apart from the lede it opens; its agency signs as in "HCM City (VNA) – The police …".
  const splitDateline = bylineAuthors.length === 0 ? lines.findIndex((line, at) => at > best.index && at <= best.index + 12 && !line.meta && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*\(\p{Lu}{2,6}\)$/u.test(line.text) && /^[–—-]{1,2}\s*\p{Lu}/u.test(lines[at + 1]?.text ?? '')) : -1
  const splitCredit = splitDateline >= 0 ? datelineCredit(`${lines[splitDateline]!.text} ${lines[splitDateline + 1]!.text}`) : null
  if (splitCredit && !sectionWords.test(splitCredit)) bylineAuthors.push({ kind: 'desk', name: signingAgencies[splitCredit] ?? splitCredit })
  // "Title" / "Jane Roe" / "Title" again: a person's name alone between the title and its copy over the story (the page's
  // header, then the article's own) is the writer's byline, though it sits over the title the story is read under.
  const betweenTitles = bylineAuthors.length === 0 && best.index >= 2 ? lines[best.index - 1] : undefined
  const nameBetween = betweenTitles && !betweenTitles.chrome && !betweenTitles.meta?.dates.length && lines[best.index - 2]!.key === lines[best.index]!.key && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(betweenTitles.text) && !institutionWords.test(betweenTitles.text) ? parseByline(betweenTitles.text) : null
  if (nameBetween?.length === 1 && nameBetween[0]!.kind === 'person' && nameBetween[0]!.name === betweenTitles!.text) bylineAuthors.push(nameBetween[0]!)
  // "… a review meeting for potential floods. APP": any agency's initials alone after the last paragraph's full stop,
  // also after a dash ("… 31 percent. – VNTB"), as the known agencies sign.
  const initials = bylineAuthors.length === 0 ? /[.!?…]["”’)]*\s+(?:[-–—]{1,2}\s*)?(\p{Lu}{2,6})$/u.exec(story.paragraphs.at(-1) ?? '') : null
  if (initials && !sectionWords.test(initials[1]!) && !/^(?:END|ENDS|PIC|PICS|TBC)$/.test(initials[1]!)) bylineAuthors.push({ kind: 'desk', name: initials[1]! })
  // "… until the end of the month. -AVT/HBD", "—/RCV (LDG)" alone under it: a wire desk's sign-off, the editor's initials
  // then the paper's code after a slash or in brackets. The paper signs as a desk; the initials are no one's name.
  const initialsPaper = bylineAuthors.length === 0 && !closingReadAlso ? [story.paragraphs.at(-1), trailing[0], lines[lines.map((line) => line.text).lastIndexOf(story.paragraphs.at(-1)!) + 1]?.text].map((text) => (text ? initialsPaperSignOff(text) : null)).find(Boolean) : null
  if (initialsPaper) bylineAuthors.push({ kind: 'desk', name: signingAgencies[initialsPaper] ?? initialsPaper })
  // "… (...) [Read the article in Example Times]": an aggregator's excerpt closes with the outlet it came from.
  const readIn = bylineAuthors.length === 0 ? /\[\s*read (?:the )?(?:full |original |whole )?(?:article|story|report) (?:in|on|at)\s+(\p{Lu}[^\]]{1,40}?)\s*\]$/iu.exec(story.paragraphs.at(-1) ?? '') : null
  if (readIn) bylineAuthors.push({ kind: 'desk', name: readIn[1]! })
  // No byline: a closing "Source: PA" line names the agency or newsroom the story came from.
  // ("Source: Release", "Source: Press statement": the kind of document the story was written from, no desk.)
  // ("Source: Office of the Prime Minister", "Source: Ministry of Health": a public body, named by its kind and what it
  // serves, is the office the story came from, in as many as eight words.)
  const creditedBody = Boolean(sourceCredit && publicBody.test(sourceCredit) && wordCount(sourceCredit) <= 8)
  // ("Source: Kathmandu Post", "Source: Example Star": after the label, a name ending in the last word of a paper's name
  // that is also a surname is the paper's, as after a writer's name and a comma.)
  const creditedPaper = Boolean(sourceCredit && /^\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+\p{Lu}\p{Ll}+$/u.test(sourceCredit) && paperAfterName.test(sourceCredit))
  if (bylineAuthors.length === 0 && sourceCredit && !documentKind.test(sourceCredit) && (creditedBody || ((oneWordDesks.test(sourceCredit) || authorKind(sourceCredit) === 'desk' || colonCredit || creditedPaper) && wordCount(sourceCredit) <= 4))) bylineAuthors.push({ kind: 'desk', name: sourceCredit })
  // ("Source: Example Daily, Examplewire": two or three outlets credited on the one line, each a desk's name, sign each.)
  const creditedOutlets = bylineAuthors.length === 0 && sourceCreditLine && /[,&/]|\sand\s/.test(sourceCredit ?? '') ? labelledSourceCredit(sourceCreditLine) : null
  if (creditedOutlets && creditedOutlets.length > 1) bylineAuthors.push(...creditedOutlets.map((name) => ({ kind: 'desk' as const, name: signingAgencies[name.toUpperCase()] ?? name })))
  // A credit in capitals ("THE DAILY LEDGER") is the paper's name, written as the paper writes it in a sentence.
  const titleCased = (name: string) => (/\p{Ll}/u.test(name) || /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}]{2,6}){1,2}$/u.test(name) ? name : name.toLowerCase().replace(/\p{L}+/gu, (word, at: number) => (at > 0 && /^(?:of|and|the|on|in|for|de|la)$/.test(word) ? word : word[0]!.toUpperCase() + word.slice(1))))
  if (bylineAuthors.length === 0 && writerUnderLinks) bylineAuthors.push(writerUnderLinks)
  if (bylineAuthors.length === 0 && !sourceCredit && closingOutlet) bylineAuthors.push({ kind: 'desk', name: titleCased(closingOutlet) })
  if (bylineAuthors.length === 0 && !sourceCredit && closingInitials) bylineAuthors.push({ kind: 'desk', name: signingAgencies[closingInitials] ?? closingInitials })
  // "Sourced from Example Police", "The source of this news is from Example News": a note under the story naming the
  // organisation it came from, which signs as a desk when no one else does (the note's own words say it is a source).
  const sourcedFrom = bylineAuthors.length === 0 && !closingReadAlso && trailing[0] ? /^(?:[Ss]ourced from|(?:[Tt]he )?[Ss]ource of this (?:news|story|article|report|post|information) is(?: from)?|[Tt]his (?:news|story|article|report) (?:is|was) sourced from)\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4}?)\.?$/u.exec(trailing[0]) : null
  if (sourcedFrom) bylineAuthors.push({ kind: 'desk', name: sourcedFrom[1]! })
  // "Online Editors", "Web Desk": a desk's name signing off under the story (after a closing "More to follow…" at most).
  const signOffDesk = bylineAuthors.length === 0 && !closingReadAlso ? trailing.slice(0, 2).find((line) => wordCount(line) <= 4 && /^(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:Editors|Desk|Newsroom|Bureau)$/u.test(line)) : undefined
  if (signOffDesk && (trailing[0] === signOffDesk || /^more to (?:follow|come)\b/i.test(trailing[0]!))) bylineAuthors.push({ kind: 'desk', name: signOffDesk })
  // "… at the police station. (Example Gazette)": an outlet's name in brackets closing the last paragraph.
  const bracketedOutlet = bylineAuthors.length === 0 ? /[.!?…]["”’]*\s+\((\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})\)$/u.exec(story.paragraphs.at(-1) ?? '') : null
  if (bracketedOutlet && (siteWords.test(bracketedOutlet[1]!) || oneWordDesks.test(bracketedOutlet[1]!))) bylineAuthors.push({ kind: 'desk', name: bracketedOutlet[1]! })
  // "Courtesy www.example.com", "Courtesy The Valley Times" right under the last paragraph: the outlet it was taken from,
  // named as printed.
  const courtesy = !closingReadAlso && trailing[0] ? /^[Cc]ourtesy\s*:?\s+((?:www\.)?[\p{L}\d-]+(?:\.[\p{L}]{2,6}){1,3}|(?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})$/u.exec(trailing[0]) : null
  if (bylineAuthors.length === 0 && !sourceCredit && courtesy && (courtesy[1]!.includes('.') || siteWords.test(courtesy[1]!))) bylineAuthors.push({ kind: 'desk', name: courtesy[1]! })
  // "Author: Jane Roe" alone under the last paragraph: a brief signed at its end.
  // "Written by Jane Roe" (a blog's footer, its date and category under it) signs the same way, with or without the colon.
  // "By Jane Roe" over the "Previous article" / "Next article" links only: the same; so is "By Jane Roe" printed twice
  // (the writer's credit and the author box's copy of it), nothing else under it.
  // "BY : JANE ROE", then "DISTRICT INFORMATION OFFICER" and the office's place: an official's sign-off block in
  // capitals, the name, then the role (in capitals, or a job title) under it. ("-BY Jane Roe": the label after a dash.)
  const closingAuthor = !closingReadAlso && trailing.length > 0 ? /^(?:(?:[Aa]uthor|[Tt]ext|[Bb][Yy])\s*:|(?:[Ww]ritten|[Pp]osted) by\s*:?|(?:[-–—]\s*)?B[Yy]\s(?=\p{Lu}))\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u.exec(trailing[0]!) : null
  const roleUnder = (line: string | undefined) => line !== undefined && wordCount(line) <= 6 && ((!/\p{Ll}/u.test(line) && /\p{Lu}{3}/u.test(line)) || jobTitle.test(line) || /\bofficer$/i.test(line))
  const signedAtEnd = closingAuthor && (trailing.length === 1 || trailing.slice(1).every((line) => line === trailing[0] || /^(?:previous|next)\s*(?:article|post|story)/i.test(line)) || /^(?:written|posted) by/i.test(trailing[0]!) || (/^by/i.test(trailing[0]!) && roleUnder(trailing[1]))) ? parseByline(`by ${closingAuthor[1]}`) : null
  if (bylineAuthors.length === 0 && signedAtEnd) bylineAuthors.push(...signedAtEnd)
  // "(By Jane Roe)" alone on a line closing the story: the writer's credit, set in brackets as some sites close a story.
  const bracketedBy = /^\(\s*[Bb]y\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*\)$/u
  const closingBy = bylineAuthors.length === 0 && !closingReadAlso ? (trailing[0] !== undefined ? bracketedBy.exec(trailing[0]) : null) ?? (story.paragraphs.length > 1 ? bracketedBy.exec(story.paragraphs.at(-1)!) : null) : null
  const closingSigned = closingBy ? parseByline(`by ${closingBy[1]}`) : null
  if (closingSigned) {
    bylineAuthors.push(...closingSigned)
    if (story.paragraphs.at(-1) === closingBy![0]) drop(story.paragraphs.pop()!, "writer's credit")
  }
  // "Jane Roe Example News 6.": a reporter's sign-off closing the story, the name then the newsroom the story itself names
  // ("Example News 6 spoke to the father"): the reporter signs; the sign-off is no paragraph.
  if (bylineAuthors.length === 0 && story.paragraphs.length > 1) {
    const last = story.paragraphs.at(-1)!
    const signOffLine = wordCount(last) <= 7 ? /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),?\s+((?:\p{Lu}[\p{L}\d&'’-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}\d&'’-]*|\d+)){0,3})\.?$/u.exec(last) : null
    if (signOffLine) {
      // The name may run to three words: the newsroom is the longest tail that the story names elsewhere.
      const words = last.replace(/\.$/, '').replace(',', '').split(/\s+/)
      const others = story.paragraphs.slice(0, -1).join('\n')
      // (A name the story itself gives, its first two words at least, is someone in the story, not its reporter.)
      for (let cut = 2; cut <= 3 && cut < words.length && !others.includes(words.slice(0, 2).join(' ')); cut++) {
        const newsroom = words.slice(cut).join(' ')
        if (!others.includes(newsroom) || !/\p{Lu}/u.test(newsroom)) continue
        const reporter = parseByline(`by ${words.slice(0, cut).join(' ')}`)
        if (!reporter || reporter.length !== 1 || reporter[0]!.kind !== 'person' || others.includes(reporter[0]!.name)) continue
        bylineAuthors.push(...reporter)
        drop(story.paragraphs.pop()!, "reporter's sign-off")
        break
      }
    }
  }
  // "Interfax-Ukraine" alone on a line after the last paragraph: the agency signs off, and what the page prints under it
  // (a partner's link) is no longer the story's. An agency's one-word name, or that name and its country joined by a
  // hyphen, right after a finished paragraph.
  const agencySignOff = /^(\p{Lu}[\p{L}]+)(?:-\p{Lu}\p{Ll}+)?$/u
  const signsOff = (text: string) => oneWordDesks.test(agencySignOff.exec(text)?.[1] ?? '')
  // (Under the story's paragraphs, two of them at least: a name between them is the story's own, and what follows it is
  // no paragraph of reporting.)
  for (let at = story.paragraphs.length - 1; at >= Math.max(2, story.paragraphs.length - 3); at--) {
    const text = story.paragraphs[at]!
    if (!signsOff(text) || !sentenceEnd.test(story.paragraphs[at - 1]!) || story.closingReadAlso?.includes(text) || story.paragraphs.slice(at + 1).some(isBodyLike)) continue
    if (bylineAuthors.length === 0) bylineAuthors.push({ kind: 'desk', name: text })
    for (const gone of story.paragraphs.splice(at)) drop(gone, gone === text ? 'agency sign-off' : 'after the sign-off')
    break
  }
  // (The same name as the first line dropped under the story, when what the page prints under it ended the story first.)
  if (bylineAuthors.length === 0 && trailing[0] && signsOff(trailing[0]) && story.paragraphs.length >= 2 && sentenceEnd.test(story.paragraphs.at(-1)!)) bylineAuthors.push({ kind: 'desk', name: trailing[0]! })
  // The line printed right under the last paragraph, where a page credits the story's source or its writer signs off.
  let lastAt = -1
  for (let at = lines.length - 1; at >= 0 && lastAt < 0 && story.paragraphs.length > 0; at--) if (lines[at]!.text === story.paragraphs.at(-1)) lastAt = at
  const underLast = lastAt >= 0 ? lines[lastAt + 1]?.text : undefined
  // "Author: Jane Roe" right under the last paragraph, the header's name printed with no label ("Example Morning" twice
  // under the title, the site's logo and its name): the writer the page labels as the author signs, not the header's
  // unlabelled name.
  const labelledAuthor = underLast !== undefined && !signedByline && bylineAuthors.length === 1 && bylineAuthors[0]!.kind === 'person' ? /^(?:Author|AUTHOR)\s*:\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u.exec(underLast) : null
  const labelledWriter = labelledAuthor ? parseByline(`by ${labelledAuthor[1]!}`) : null
  if (labelledWriter?.length === 1 && labelledWriter[0]!.kind === 'person' && labelledWriter[0]!.name !== bylineAuthors[0]!.name) bylineAuthors.splice(0, 1, labelledWriter[0]!)
  // "Source: http://www.example-news.com/", "Soruce: http://…" (the label misspelt, as hand-typed credits are): the site a
  // story was taken from, named by its address under the last paragraph, signs as a desk by its host name.
  const sourceUrl = bylineAuthors.length === 0 && !closingReadAlso ? [trailing[0], underLast].map((line) => (line ? labelledUrl.exec(line) : null)).find((found) => found && nearSourceLabel(found[1]!)) : null
  if (sourceUrl) bylineAuthors.push({ kind: 'desk', name: sourceUrl[2]!.toLowerCase() })
  if (bylineAuthors.length === 0 && !closingReadAlso) for (const name of [trailing[0], underLast].map(sourceWithAddress).filter(Boolean).slice(0, 1)) bylineAuthors.push({ kind: 'desk', name: name! })
  if (bylineAuthors.length === 0 && underLast) {
    // "(Source: Reuters)", "(Walta Information Center)": the agency or outlet the story came from, in brackets. Bare, the
    // name must say it is no one's: an agency's, a desk's or an institution's (a person's name in brackets is a label).
    const bracket = /^\(\s*(?:(?:[Ss]ource|[Cc]ourtesy)\s*:\s*)?(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}&'’.-]*){0,4})\s*\)$/u.exec(underLast)
    const name = bracket?.[1]
    const labelled = Boolean(bracket && /^\(\s*(?:source|courtesy)/i.test(underLast))
    // "Source: VOV5", "SOURCE: KUNA", "Source – Example News Agency": the labelled credit without brackets.
    const sources = name ? null : labelledSourceCredit(underLast)
    if (sources) bylineAuthors.push(...sources.map((source) => ({ kind: 'desk' as const, name: signingAgencies[source] ?? source })))
    if (name && (labelled || oneWordDesks.test(name) || (wordCount(name) >= 2 && (authorKind(name) === 'desk' || /\s(?:Center|Centre|Agency|Service|Network|Institute|Office|Ministry|Corporation|Council|Foundation)$/.test(name))))) bylineAuthors.push({ kind: 'desk', name })
    // "--Jane Roe": the writer's sign-off under the story, a double dash or a long one before the name (not under a
    // quotation, whose speaker it would name).
    // (A single hyphen glued to the name, "-Jane Roe", signs the same way.)
    const dashed = /^(?:--|[–—]|-(?=\p{Lu}))\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})$/u.exec(underLast)
    const writer = dashed && !/["”’]$/.test(story.paragraphs.at(-1)!) ? parseByline(`by ${dashed[1]!}`) : null
    if (writer && writer.every((author) => author.kind === 'person')) bylineAuthors.push(...writer)
    // "JANE ROE": the writer's name in capitals alone under the last paragraph, the page's last line (nothing but the page's
    // furniture under it), signs the story; a heading in capitals over more text is none, nor is a link's label in another
    // language ("LIRE AUSSI", "LEER MÁS").
    const capitals = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,2}$/u.test(underLast) && !lines[lastAt + 1]!.chrome && !/["”’]$/.test(story.paragraphs.at(-1)!) && lines.slice(lastAt + 2).every((line) => line.chrome) && !underLast.split(/\s+/).some((word) => foreignLinkWord.test(word)) ? parseByline(underLast) : null
    if (bylineAuthors.length === 0 && capitals?.length === 1 && capitals[0]!.kind === 'person' && !underLast.split(/\s+/).some((word) => sectionWords.test(word))) bylineAuthors.push(capitals[0]!)
    // "Jane Roe": the same name in title case, two or three words, the page's last line under a last paragraph that ends
    // its sentence, signs too when the story never names anyone by its surname (a place's or a person's name the story
    // speaks of, "Port Alder", "Mary Smith", is the story's, no signature).
    const titled = bylineAuthors.length === 0 && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u.test(underLast) && !lines[lastAt + 1]!.chrome && lastAt + 2 >= lines.length && sentenceEnd.test(story.paragraphs.at(-1)!) && !/["”’]$/.test(story.paragraphs.at(-1)!) && story.paragraphs.length >= 3 ? parseByline(underLast) : null
    // (A list's heading cut off at the page's end, "Latest Posts", "More Stories", is none; nor are words the story uses
    // in lower case, which a name's are not.)
    // (Nor is a line of the words no one is named by, a site's link or a street's name: unnamingWord.)
    const proseWords = () => new Set(`${story.headline}\n${story.paragraphs.join('\n')}`.split(/[^\p{L}'’-]+/u))
    const closingName = (name: string) => {
      const words = name.split(/\s+/)
      const said = proseWords()
      return !institutionWords.test(name) && !words.some((word) => sectionWords.test(word.toUpperCase()) || unnamingWord.test(word)) && !/^(?:latest|recent|popular|related|more|top|trending|featured|other|similar|previous|next|further|most)\s/i.test(name) && !said.has(words.at(-1)!) && !words.some((word) => word.length > 2 && said.has(word.toLowerCase()))
    }
    if (titled?.length === 1 && titled[0]!.kind === 'person' && titled[0]!.name === underLast && closingName(underLast)) bylineAuthors.push(titled[0]!)
  }
  // "— Jane Roe, Example News" at the foot (under the last paragraph, or under a video's label or two printed after it):
  // the writer's sign-off with the newsroom after a comma; the writer signs, and the newsroom as a desk (as "Jane Roe for
  // Example News" does). The newsroom must say it is one (an agency, a paper's or a site's name): a role or a place after
  // the comma is a speaker's, and a sign-off under a quotation names its speaker.
  if (bylineAuthors.length === 0 && !closingReadAlso && story.paragraphs.length > 0 && !/["”’]$/.test(story.paragraphs.at(-1)!)) {
    const signed = [underLast, ...trailing.slice(0, 3)].map((line) => (line ? dashedNewsroom.exec(line) : null)).find(Boolean)
    const outlet = signed?.[2]
    const writer = outlet && (oneWordDesks.test(outlet) || siteWords.test(outlet) || deskWords.test(outlet)) ? parseByline(`by ${signed[1]!}`) : null
    if (writer && writer.length === 1 && writer[0]!.kind === 'person') bylineAuthors.push(writer[0]!, { kind: 'desk', name: outlet! })
  }
  // "(Example Noticias) by Jane Roe, with Example Tribune content" under the story: the outlet the story was first published
  // in, in brackets, then its writer, as a site that republishes and translates others' stories credits them. The writer
  // signs, and the outlet as a desk; the editors' initials under it ("OT/SC/AF") are the republishing site's, no one's
  // byline. (A picture's credit, "(Photo) by Jane Roe", names no outlet.)
  const republished = bylineAuthors.length === 0 && !closingReadAlso ? trailing.slice(0, 4).map((line) => /^\((\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:de|del|la|las|los|el|of|the|and|da|do|dos|das|des|du|di)\s+)?\p{Lu}[\p{L}&'’.-]*){0,3})\)\s+[Bb]y\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})(?:,\s+with\s+[^,]{2,60}?\s+(?:content|reporting|files|information))?\.?$/u.exec(line)).find((m) => m && !/^(?:photos?|pictures?|images?|video|illustration|graphics?|left|right|above|below|file|top|inset)$/i.test(m[1]!)) : null
  const republishedWriter = republished ? parseByline(`by ${republished[2]!}`) : null
  if (republishedWriter?.length === 1 && republishedWriter[0]!.kind === 'person') bylineAuthors.push(republishedWriter[0]!, { kind: 'desk', name: republished![1]! })
  if (bylineAuthors.length === 0 && footCredit) bylineAuthors.push(...footCredit)
  // "About Jane Roe", "About Politics Desk" under the story, the name printed again on the line under it (then the bio): the
  // card's heading naming the writer, read as "About the author" is.
  if (bylineAuthors.length === 0 && authorCard < 0 && story.paragraphs.length > 0) {
    const from = lines.findIndex((line) => line.text === story.paragraphs.at(-1))
    const heading = from < 0 ? -1 : lines.findIndex((line, at) => at > from && /^about\s+\p{Lu}/iu.test(line.text) && wordCount(line.text) <= 6 && lines[at + 1]?.text === line.text.replace(/^about\s+/i, ''))
    if (heading >= 0 && story.dropped.some((gone) => gone.line === lines[heading]!.text)) authorCard = heading
  }
  // No byline at the top: the author card under the story names the author ("About the author", then "IANS").
  if (bylineAuthors.length === 0 && authorCard >= 0) {
    const name = lines.slice(authorCard + 1).find((line) => !line.chrome)
    const card = name && wordCount(name.text) <= 5 && !sentenceEnd.test(name.text) ? parseByline(`by ${name.text}`) : null
    // "Dar Ledger", then "Dar Ledger is an online community for …": the card is the site's own, a desk's.
    const blurb = name && lines.slice(lines.indexOf(name) + 1).find((line) => !line.chrome)?.text
    const site = blurb && blurb.startsWith(`${name.text} `) && /^(?:is|are) an? (?:[\p{L}-]+ ){0,3}(?:community|website|site|portal|newspaper|paper|outlet|platform|publication|magazine|agency|blog)\b(?!\s+(?:reporter|writer|editor|journalist|correspondent|columnist|photographer|producer|manager|member|leader|organi[sz]er|worker)s?\b)/iu.test(blurb.slice(name.text.length + 1))
    if (card && site) bylineAuthors.push({ kind: 'desk', name: name.text })
    else if (card) bylineAuthors.push(...card)
    // "About the Author:", then "Jane Roe is a travel writer …": the bio opens with the writer's name.
    // ("Jane Roe has covered housing since 2019.": under the card's heading, a sentence that opens on a name and a verb.)
    const bio = !card && name ? (writerBio.exec(name.text) ?? cardBio.exec(name.text)) : null
    if (bio) bylineAuthors.push({ kind: 'person', name: bio[1]! })
  }
  // Nothing else names the writer: the one-line bio under the story does, by the name it opens with ("About the Author:
  // The Example Hound helps …" signs as a desk, "… Jane Roe covers …" as the person).
  if (bylineAuthors.length === 0 && bioCard) bylineAuthors.push(...(parseByline(`by ${bioCard}`) ?? []))
  if (bylineAuthors.length === 0 && outletUnderTitle) bylineAuthors.push({ kind: 'desk', name: outletUnderTitle })
  // "SPM results out early, says minister – Bernama": a wire agency's name after the title's dash, the title printed with
  // its source as a reprinting site sets it: the agency signs a story nothing else signs.
  const titleAgency = titleAgencySuffix.exec(lines[best.index]!.text)?.[1]
  if (bylineAuthors.length === 0 && titleAgency && story.headline && !story.headline.endsWith(titleAgency)) bylineAuthors.push({ kind: 'desk', name: agencyName(titleAgency) })
  // "Press editor Jane Roe reports on a plan …": a summary over the story that introduces its writer by role and name,
  // then what the writer reports on, signs the story with that person; printed as the first paragraph, it is the
  // standfirst.
  const introduced = bylineAuthors.length === 0 ? writerIntro.exec(story.standfirst ?? story.paragraphs[0] ?? '') : null
  if (introduced && authorKind(introduced[1]!) === 'person') {
    bylineAuthors.push({ kind: 'person', name: introduced[1]! })
    if (!story.standfirst && story.paragraphs.length >= 3) {
      story.standfirst = story.paragraphs.shift()!
      story.dateline = datelineOf(story.paragraphs[0]!)
    }
  }
  // …and an agency's one-word name credited as the source in the header ("Source: PTI" beside the date) signs the same way.
  // (So does any outlet's own name credited there, "Source: N1", "Via: Example Wire": a name a desk would sign, no person's,
  // in capitalised words or a site's address; "Source: Team website" names none.)
  if (bylineAuthors.length === 0 && headerSource && !documentKind.test(headerSource) && (oneWordDesks.test(headerSource) || (authorKind(headerSource) === 'desk' && /^\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3}$/u.test(headerSource) && !webAddress.test(headerSource)))) bylineAuthors.push({ kind: 'desk', name: agencyName(headerSource) })
  // "Newsday, May 11, 2007 A delay in …": a clipping's source and date printed before the lede's first words, with no
  // dash or colon after them (a dateline has one): the source signs as a desk and the date is the story's.
  const clipping = story.paragraphs[0] ? /^(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}),\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})/u.exec(story.paragraphs[0]) : null
  if (clipping && !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:On|In|By|Since|Until|From)$/.test(clipping[1]!) && !sentenceEnd.test(clipping[1]!)) {
    if (bylineAuthors.length === 0) bylineAuthors.push({ kind: 'desk', name: clipping[1]! })
    const found = story.publishedAt ? null : findDate(clipping[2]!, options.timeZone)
    if (found) {
      story.publishedAt = found.iso
      story.dateZone = found.zone
      story.confidence.date = 'medium'
    }
  }
  // No date line: the day stamped with its year in the lede's dateline bracket ("LAHORE, (Example - 4th Mar, 2022 ) :")
  // is the story's.
  const stamped = !story.publishedAt && story.paragraphs[0] ? datelineStamp(story.paragraphs[0]) : null
  const stampedDay = stamped ? findDate(stamped.day, options.timeZone) : null
  if (stampedDay) {
    story.publishedAt = stampedDay.iso
    story.dateZone = stampedDay.zone
    story.confidence.date = 'medium'
  }
  // No date line: the date the story prints itself closes its title ("Smoke Watch Bulletin - August 15, 2021", a recurring
  // feature dated in its title) or opens its lede as the dateline does ("May 10, 2018 (EBN) - The government …", the day
  // with its year, the outlet's initials in brackets, then a dash; "Friday, March 29, 2024 - The council …", its weekday
  // before it and no bracket).
  if (!story.publishedAt) {
    const titled = /\d{4}$/.test(story.headline) ? /\s[-–—|]\s+([^-–—|]{6,40})$/.exec(story.headline) : null
    const ledeDate = !titled && story.paragraphs[0] && datedLedeStart.test(story.paragraphs[0]) ? datedLede.exec(story.paragraphs[0]) : null
    // "Title | Example News - latest news | Example | 02.06.2019": the browser's title bar, the page's first line, the
    // title, the site's names and the day the page was published, set apart by bars.
    const bar = titleBar(rawLines.find((line) => line.trim())?.trim() ?? '')
    // "10-28-05 - An investigation …": the day in figures, the month first and the year in two digits, as a local station's
    // old pages open the lede (the day first only when the first number cannot be a month).
    const shortDay = !titled && !ledeDate && story.paragraphs[0] ? /^(\d{1,2})-(\d{1,2})-(\d{2})\s+[-–—]\s+\p{Lu}/u.exec(story.paragraphs[0]) : null
    const [first, second] = shortDay ? [+shortDay[1]!, +shortDay[2]!] : [0, 0]
    const shortText = shortDay ? `${+shortDay[3]! < 70 ? 20 : 19}${shortDay[3]!}-${String(first > 12 ? second : first).padStart(2, '0')}-${String(first > 12 ? first : second).padStart(2, '0')}` : null
    const text = titled?.[1] ?? ledeDate?.[1] ?? shortText ?? bar
    const found = text ? findDate(text, options.timeZone) : null
    if (found && found.start === 0 && found.end === text!.length) {
      story.publishedAt = found.iso
      story.dateZone = found.zone
      story.confidence.date = 'medium'
    }
  }
  // "This report by Example Press was first published Feb. 27, 2025." under the story (a wire's note, dropped by the
  // chrome rules): on a page that prints no other date its day is the story's, and the wire signs a story no one signs.
  const noteLine = story.dropped.find((item) => item.reason === 'publication note')
  const noted = noteLine ? publicationNote.exec(noteLine.line) : null
  if (noted) {
    const day = story.publishedAt ? null : findDate(noted[2]!, options.timeZone)
    if (day) {
      story.publishedAt = day.iso
      story.dateZone = day.zone
      story.confidence.date = 'medium'
    }
    if (bylineAuthors.length === 0) bylineAuthors.push({ kind: 'desk', name: noted[1]! })
  }
  // "Last Updated: …" the only date the page prints: the story was published and last changed then.
  if (lastUpdatedOnly && publishedFromUpdate && story.publishedAt && !story.modifiedAt) story.modifiedAt = story.publishedAt
  // An editor signs the story only when nothing names its writer.
  if (bylineAuthors.length === 0) bylineAuthors.push(...editors)
  // "Copyright © 2024 KXYZ-TV. All Rights Reserved.", "Copyright © 2017, Example Radio. All rights reserved." right under
  // the last paragraph: a station's or a newsroom's notice closing a story no one signs names the desk that filed it (a
  // company's notice, "… Media Group, Inc.", names its owner, no desk).
  const copyrightAt = bylineAuthors.length === 0 && !closingReadAlso ? [underLast, trailing[0]].map((line) => (line ? /^(?:[Cc]opyright\s*)?(?:©|\([Cc]\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)(\p{Lu}[\p{L}\d&'’-]*(?:[ .]\p{Lu}[\p{L}\d&'’-]*){0,3})\.?\s+All [Rr]ights [Rr]eserved\.?$/u.exec(line) : null)).find(Boolean) : null
  // ("© KYODO", "© AFP 2024" alone right under it: a wire's notice on the copy the site ran, the agency signs; no year
  // nor rights clause is needed when the holder is a wire agency's name.)
  const agencyNotice = bylineAuthors.length === 0 && !closingReadAlso && !copyrightAt ? [underLast, trailing[0]].map((line) => (line ? /^(?:[Cc]opyright\s*)?(?:©|\([Cc]\))\s*(\p{L}+)(?:\s+\d{4})?\.?$/u.exec(line) : null)).find((m) => m && oneWordDesks.test(m[1]!)) : null
  const holder = copyrightAt?.[1] ?? agencyNotice?.[1]
  if (holder && !/\b(?:Inc|LLC|Ltd|Group|Corp|Corporation|Company|Holdings|Media)$/.test(holder) && (callLetters.test(holder) || / (?:Radio|TV|Television|News)$/.test(holder) || oneWordDesks.test(holder))) bylineAuthors.push({ kind: 'desk', name: holder })
  // "By Riverside Post", "Riverside Post | June 18, 2022": the site's own name (its masthead, its title bar's suffix or its
  // copyright's holder on the page) signing as a byline is its desk, no person, when its last word is a paper's.
  for (const [at, author] of bylineAuthors.entries()) if (author.kind === 'person' && siteOwnName(author.name, rawLines, story.headline)) bylineAuthors[at] = { kind: 'desk', name: author.name }
  // (A name set in capitals takes the spelling the title or the story gives its words: see spelledAsPrinted.)
  if (bylineAuthors.length > 0) {
    const prose = `${story.headline}\n${story.paragraphs.slice(0, 3).join('\n')}`
    for (const [at, author] of bylineAuthors.entries()) bylineAuthors[at] = { kind: author.kind, name: spelledAsPrinted(author.name, rawLines, prose) }
  }
  story.authors = bylineAuthors
  story.confidence.authors = bylineAuthors.length === 0 ? 'none' : signed ? 'high' : 'medium'

  if (story.paragraphs.length === 0) throw new StoryParseError('no body: only a headline was found')

  const { sources, suggested } = citedSources(story.paragraphs, options.knownSources ?? [], (paragraph) => Boolean(matchReadAlso(paragraph, options.readAlsoPrefixes)))
  story.sources = sources
  story.suggestedSources = suggested
  return story
}

export const maxStoryBytes = 2 * 1024 * 1024

/** Decodes an uploaded file as text, refusing what is not a story: empty, binary, oversized or not UTF-8/UTF-16. */
export function decodeStory(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new StoryParseError('empty file')
  if (bytes.length > maxStoryBytes) {
    throw new StoryParseError(`file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a story is at most ${maxStoryBytes / 1024 / 1024} MB`)
  }
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  else {
    if (bytes.includes(0)) throw new StoryParseError('binary data, not text')
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new StoryParseError('not UTF-8 text (another encoding, such as Latin-1?); convert the file to UTF-8')
    }
  }
  text = text.replace(/^\uFEFF/, '')
  const control = [...text].filter((char) => /[\u0000-\u0008\u000E-\u001F]/.test(char)).length
  if (control > text.length / 100) throw new StoryParseError('binary data, not text')
  if (!text.trim()) throw new StoryParseError('empty file')
  return text
}
