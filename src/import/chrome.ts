import { remembered } from './parse/words'

/** Site chrome: lines a scraped page carries that are not the story. One place, configurable per site. */
export type ChromeRule = {
  /** Drop every line after this one too (a trailing "News Feed" and what follows it). */
  endsStory?: boolean
  /** A list heading ("Related coverage"): the headline-shaped lines right after it go too, the story goes on after. */
  list?: boolean
  /**
   * A line that reports what someone said ("said", "says", "told", "according") is the story's, whatever else of the
   * pattern's it holds: the rule skips it.
   */
  keepsReports?: boolean
  /** The longest line the pattern can match (whitespace collapsed): longer lines skip the pattern, a cheap pre-check. */
  maxLength?: number
  pattern: RegExp
  reason: string
}

/**
 * Lines that are the site's, not the story's. Each matches a whole line of page furniture (a button, a banner, a
 * heading), never a phrase inside a sentence: a paragraph that quotes someone ("… support us," she said) is never
 * dropped whatever it contains (see parseStory).
 */
/** A web font's icon printed as its name: snake_case words ("bookmark_border"), or a common bare one ("cancel"). */
export const iconName = /^(?:[a-z]+(?:_[a-z]+)+|cancel|close|clear|search|menu|share|print|bookmark|expand_more|expand_less)$/

/** A word as a heading sets it: in lower case, capitalised or in capitals ("independent", "Independent", "INDEPENDENT"). */
const anyCase = (word: string) => `(?:${word}|${word[0]!.toUpperCase()}${word.slice(1)}|${word.toUpperCase()})`
/**
 * A donation box's heading: "Support", the outlet's name (capitalised) and what the money is for, the kind of journalism
 * in a word or three ("Support Example News for Independent Journalism", "Support The Example Post and Fearless Reporting").
 */
const supportForJournalism = new RegExp(
  `^${anyCase('support')}\\s+(?:${anyCase('the')}\\s+)?\\p{Lu}[\\p{L}\\d&.'’ -]{1,40}?\\s+(?:${anyCase('for')}|${anyCase('and')})\\s+(?:(?:${['independent', 'fearless', 'free', 'honest', 'local', 'quality', 'investigative', 'trusted', 'trustworthy', 'unbiased', 'impartial', 'fair', 'public-interest', 'community', 'accountability', 'bold', 'courageous', 'ethical', 'grassroots', 'nonpartisan', 'non-partisan', 'reader-funded'].map(anyCase).join('|')}),?\\s+(?:${anyCase('and')}\\s+)?){1,3}(?:${['journalism', 'reporting', 'media'].map(anyCase).join('|')})\\s*[.!]?$`,
  'u',
)

/**
 * A wire's note under the story saying where and when it first ran ("This report by Example Press was first published May
 * 2, 2021."): the outlet (group 1) and the day (group 2). See the rule below, and the parser, which dates and signs a
 * story by it.
 */
export const publicationNote = /^(?:this (?:report|story|article) by ((?:the )?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4}) was (?:first|originally) published)\s+(?:on\s+)?(\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4})\s*\.?$/iu

export const defaultChromeRules: ChromeRule[] = [
  { pattern: /^we[’']ve been working hard to bring you\b/i, reason: 'donation appeal' },
  // A paper's masthead: its founding line ("Riverton, Oregon Est. March 3, 1901") and its name with "Newspaper".
  { maxLength: 90, pattern: /^[\p{L}\d ,.'’&-]{0,60}\b(?:est\.?|established|founded)\s+(?:in\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s*)?\d{4}$/iu, reason: 'masthead' },
  { maxLength: 120, pattern: /^The\s+\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,2}\s+Newspaper$/u, reason: 'masthead' },
  // A station's masthead: its frequency and name, then its slogan after a dash ("107.9 Harbour FM - News on the hour",
  // "96.4 Coast Radio | Your Music, Your Town"), and its banner's text ("Harbour FM News banner").
  { maxLength: 120, pattern: /^(?:(?:8[7-9]|9\d|10[0-8])\.\d{1,2}(?:\s*(?:FM|AM|fm))?|\d{2,4}\s*(?:FM|AM))\s+\p{Lu}[\p{L}\d&'’.]*(?:\s+\p{Lu}[\p{L}\d&'’.]*){0,3}\s+[-–—|]\s+\S.{2,80}$/u, reason: 'masthead' },
  { maxLength: 80, pattern: /^(?:\p{Lu}[\p{L}\d&'’.-]*\s+){1,5}banner$/u, reason: 'masthead' },
  // A page template's element named in the text, alone or after the site's name: "Drop Cap", "AJR Drop Cap" (the styled
  // first letter's block, whose name the scraper kept).
  { maxLength: 40, pattern: /^(?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,3}drop\s?cap$/iu, reason: 'template element' },
  // A picture's numbered label alone on its line, as Vietnamese sites print it over or under the picture ("ảnh 1", "hình
  // ảnh 2", "Ảnh 3"), its caption on a line of its own.
  { maxLength: 14, pattern: /^(?:hình\s+)?ảnh\s+\d{1,2}$/iu, reason: 'photo label' },
  // A magazine's list of its issues, one issue a line: its number, then the day it came out, printed in up to three
  // lengths for the screen sizes ("Issue #24 August 29, 2013 Aug 29, 2013 Aug 29"). A line with anything else after the
  // number ("Issue #24 is our largest yet") is not one.
  {
    maxLength: 90,
    pattern: /^Issue\s*(?:#\s*|No\.?\s*)\d{1,4}(?:\s*[,:–-])?(?:\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?|\d{1,4}(?:st|nd|rd|th)?,?))+$/iu,
    reason: 'issue list',
  },
  // A paper's motto: a hashtag slogan ("#Open journalism"), a line about its journalism ("Independent journalism since
  // 1821", "Journalism you can trust", "Serving the valley since 1888").
  { maxLength: 60, pattern: /^#\s?\p{L}[\p{L}\d' -]{1,40}$/u, reason: 'tagline' },
  { maxLength: 80, pattern: /^(?:(?!(?:of|the|about|and|in|for|why|how|what)\s)[\p{L}'’-]+\s+){0,3}(?:journalism(?:\s+(?:since|for|that|you|with|from|in|without)\b[^.!?]{0,40})?|[\p{L}'’ ,&-]{0,30}\b(?:news|newspaper|reporting|serving\b[^.!?]{0,40})\s+since\s+\d{4})\.?$/iu, reason: 'tagline' },
  // A content system's placeholder title left on the page ("New Content Item (3)", "Untitled").
  { pattern: /^(?:new content item|new (?:page|post|article|item)|untitled(?: (?:document|page|article|post))?)(?:\s*\(\d+\))?$/i, reason: 'placeholder title' },
  // A picture's placeholder where its caption was never written ("No caption", "No caption available", "Caption not
  // available", "No description"): the content system's, over the picture's credit.
  { maxLength: 40, pattern: /^(?:no (?:caption|image caption|description|alt text)(?: (?:available|provided|given))?|(?:image )?caption (?:not available|unavailable|missing))\.?$/i, reason: 'placeholder caption' },
  // A byline's template printed with its fields left empty, the writer's name and the day both missing: the label and the
  // words that joined them ("By on", "By | on", "Posted by on", "By in"). Nothing is signed and nothing dated.
  { maxLength: 24, pattern: /^(?:(?:posted|written|words|story)\s+)?by(?:\s*[|·•,/–—-]\s*|\s+(?:on|in|at|and)\b)+\s*:?$/i, reason: 'empty byline' },
  // The same for a date line: two date labels with both values left out, only the words and the mark between them printed
  // ("Posted , updated", "Published | Updated", "First published: · Last updated:"). Nothing is dated; no title.
  { maxLength: 48, pattern: /^(?:(?:first|last)\s+)?(?:posted|published|updated|modified)(?:\s+(?:on|at))?\s*:?\s*[,|·•/–—-]\s*(?:(?:first|last)\s+)?(?:posted|published|updated|modified)(?:\s+(?:on|at))?\s*:?$/i, reason: 'empty date line' },
  // A web font's icon left as its name: lowercase words joined by underscores ("text_fields", "bookmark_border",
  // "chevron_right"), or one of the commonest bare names alone ("cancel", "close", "search"): the page's buttons.
  { maxLength: 40, pattern: iconName, reason: 'icon name' },
  // A template's text key left untranslated: lowercase words joined by dots, three or more ("news.modal.header",
  // "article.share.title"), the last of four letters or more and no host name's ending (no "www.example.com"): the page's.
  { maxLength: 60, pattern: /^(?!www\.)[a-z][a-z\d_]*(?:\.[a-z][a-z\d_]*){1,4}\.(?!(?:info|online|news|media|site|blog|live|world|today|store|tech|travel)$)[a-z][a-z\d_]{3,}$/, reason: 'template key' },
  // A figure's caption label printed alone, its caption on the next line ("Image caption,", "Photo caption:", a
  // broadcaster's "Media caption,", "Video caption", "Caption:", and in other languages "Pie de foto,", "Légende :",
  // "Legenda da imagem,", "Bildunterschrift:", "Didascalia", "Maelezo ya picha,").
  { maxLength: 30, pattern: /^(?:(?:image|photo|picture|video|media|audio|graphic|map|chart)\s+caption|caption|pie de (?:foto|imagen)|l[ée]gende(?: de la photo)?|legenda(?: da (?:foto|imagem))?|bildunterschrift|didascalia|maelezo ya picha)\s*[,:]?$/i, reason: 'caption label' },
  // …and a broadcaster's label run on with its caption on one line ("Media caption, Residents describe the flood",
  // "Image caption, Sandbags outside the bakery", "Video caption, Watch: the moment the roof fell"): the picture's,
  // whatever the caption says.
  { maxLength: 400, pattern: /^(?:image|media|video|audio|photo|picture) caption,\s+\S.{0,380}$/i, reason: 'photo caption' },
  // A reading time alone on its line, full stop and all ("1 minute read.", "3 mins read", "3-minute read", "5 minutes to
  // read", "Read in 2 minutes", "Reading time: 4 minutes",
  // "Est. reading time 2 min", "< 1 min read", "Lesezeit: 3 Minuten", "Temps de lecture : 2 min", "3 min de lectura",
  // "Tiempo de lectura: 5 minutos", "Leestijd 4 minuten"): the page's, never the story's.
  { maxLength: 60, pattern: /^(?:(?:<|less than)\s*)?\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?|mins?)\.?\s+(?:read|listen|watch|to read|reading)(?:ing)?(?: time)?\s*[.!]?$|^(?:a\s+)?(?:read|listen)\s+in\s+(?:about\s+|under\s+)?\d{1,3}\s*(?:min(?:ute)?s?|mins?)\s*[.!]?$|^(?:(?:est(?:imated|\.)?\s+)?reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|lästid|læsetid|lesetid)\s*[:|-]?\s*(?:(?:<|less than|about|approx\.?|ca\.?|env\.?)\s*)?\d{1,3}\s*(?:min(?:ute)?s?|mins?|minuten|minutes?|minutos|minuti|minutter|minuter)\.?$|^\d{1,3}\s*(?:min|minutos?|minutes?)\s+(?:de lectura|de lecture|de leitura|di lettura)\.?$/i, reason: 'reading time' },
  // A publisher's note about itself, in a box on every page ("AMH is an independent media house free from political ties
  // … We have four newspapers …", "Example Media is Kenya's leading independent media group; our titles …", "The Daily
  // Example is a privately owned, non-partisan news organisation. We …", "Example Post est un média indépendant … Nous …"):
  // its name, "is a(n)" and the kind of outlet it is, and it speaks of itself as we; no one is reported. (…or "We are a
  // non-profit newsroom covering the islands, funded by our readers.": "we are" for its name, and so its own words.)
  // A title under such a box is read, the box being no paragraph of the story.
  { keepsReports: true, maxLength: 900, pattern: /^(?:we\s+are\s+|(?:the\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4}\s+(?:is|est|es|ist|é)\s+)(?:an?|the|un|una|ein|eine|um|uma|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}-]+,?\s+(?:and\s+)?){0,4}(?:media\s+(?:house|company|group|organi[sz]ation|outlet|platform|brand|network|enterprise)|news\s*(?:paper|room|organi[sz]ation|outlet|platform|website|site|agency|publisher|brand|service|network|portal|magazine)|publisher|publishing\s+(?:house|company|group)|broadcaster|média|medio|medienhaus|meio de comunicação)\b(?=.{0,700}\b(?:we|our|us|nous|notre|nos|nosotros|nuestr[oa]s?|wir|unser\w*)\b).{0,800}$/iu, reason: 'publisher boilerplate' },
  // A newsroom's call for its readers' stories with a way to reach it ("We want to highlight your success stories - stories
  // about challenges you overcame. Contact us at 555-0100 or", "Do you have a story to share? Email us at …", "We'd love to
  // hear from you: send your photos and videos on WhatsApp to …", "Share your story with us. Call …"): the site's, no one
  // reported.
  { keepsReports: true, maxLength: 400, pattern: /^(?=.{0,200}\b(?:we(?:[’']d| would)?\s+(?:want|like|love)\s+to\s+(?:hear|highlight|feature|share|tell|know|see)|(?:(?:do|did|if)\s+you\s+|got\s+|^)have\s+(?:a|any)\s+(?:story|stories|news|photos?|videos?)(?:\s+(?:to\s+(?:tell|share)|ideas?))?|share\s+your\s+(?:story|stories|news|photos?|videos?|experiences?)|send\s+(?:us\s+)?your\s+(?:stories|story|news|photos?|videos?|pictures?)|tell\s+us\s+your\s+(?:story|stories))\b)(?=.{0,360}\b(?:contact|e-?mail|call|whatsapp|write\s+to|reach|send|message|text|dm)\b).{20,400}$/i, reason: 'readers story call' },
  // An app's or a streaming service's promo line that ends on "Anytime. Anywhere." ("Stream the best of Example TV on
  // ViewPlus. Anytime. Anywhere.", "Watch live news on the Example app - anytime, anywhere", "Download the Example News
  // app: anywhere, anytime."): an imperative to stream, watch, listen, read or download, and nothing else.
  { maxLength: 200, pattern: /^(?:stream|watch|listen(?:\s+to)?|download|get|read|enjoy|catch|follow|access|discover|experience|your)\b[^!?]{0,140}?(?:[.!,:]\s*|\s+[-–—|]\s*|\s+)(?:any\s?time[.,!]?\s*(?:[-–—]\s*)?(?:and\s+)?any\s?where|any\s?where[.,!]?\s*(?:[-–—]\s*)?(?:and\s+)?any\s?time)\s*[.!]?$/i, reason: 'app promo' },
  // A video's label with its running time between paragraphs ("Watch video 01:45", "Play video 2:03"), its title on the
  // next line.
  // A clip's details under a broadcast story: the programme it aired on and its length ("Source: Evening Report | Duration:
  // 6min 12sec", "Duration: 4:05").
  { maxLength: 90, pattern: /^(?:(?:source|program(?:me)?|show|aired on)\s*:\s*[^|]{1,40}\s*\|\s*)?duration\s*:\s*(?:\d{1,2}:\d{2}(?::\d{2})?|(?:\d{1,3}\s*(?:h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\b\s*){1,3})$/iu, reason: 'clip details' },
  { maxLength: 30, pattern: /^(?:watch|play) video\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*min)?$/i, reason: 'video label' },
  // (…or the player's prompt with the video's title quoted after it, "Click to play video: 'Ferry crossings cancelled'",
  // "Tap to watch video: “…”": the player's, its title and summary printed under it.)
  { maxLength: 260, pattern: /^(?:click|tap|press|select)\s+(?:here\s+)?to\s+(?:play|watch|view|start)\s+(?:the\s+|this\s+)?video(?:\s*:\s*["'“‘].{2,200}["'”’])?\s*[.!]?$/i, reason: 'video label' },
  // A login form's buttons ("Log in with Twitter", "Sign in with Google") and a picture's label in lower case alone
  // ("article image", "featured image").
  { maxLength: 40, pattern: /^(?:(?:log|sign)\s?(?:in|up)|continue|connect|register)\s+(?:with|via|using)\s+(?:twitter|facebook|google|apple|linkedin|microsoft|github|x|e-?mail)$/i, reason: 'login button' },
  { maxLength: 20, pattern: /^(?:article|featured|main|lead|story|post|header|top)\s+(?:image|photo|picture)$/, reason: 'image label' },
  // A breadcrumb trail with its separator icon's name glued between the crumbs ("Homechevron_rightWorldchevron_right…").
  { maxLength: 200, pattern: /^\S.*?(?:chevron_right|keyboard_arrow_right|navigate_next|arrow_forward_ios)\S/, reason: 'breadcrumb' },
  // A paywall's notice where the story stops for non-subscribers; what follows it is the paywall's.
  { endsStory: true, pattern: /^(?:the (?:article|story|content|page) you (?:have )?requested (?:can|may) (?:only )?be (?:accessed|read|viewed) (?:only )?by (?:subscribing|subscribers)\b.{0,200}|you[’']re all set to enjoy unlimited\b.{0,80})$/i, reason: 'paywall notice' },
  // (…and the other ways a paywall says so where its box cuts the story short: "Subscribe to continue reading", "To
  // continue reading, please log in or create a free account.", "To continue reading this premium story, login or
  // subscribe below.", "This article is for subscribers only.", "You have
  // reached your free article limit.", "Want to read more? Subscribe now for full access.", "Get unlimited access to
  // local news for 99 cents a month.". The story's first paragraphs over it are its teaser; the subscribe box and the
  // sidebar's lists after it are the page's.)
  {
    endsStory: true,
    keepsReports: true,
    maxLength: 200,
    pattern: /^(?:(?:subscribe|sign (?:in|up)|log ?in|register)(?:\s+(?:now|today|for free))?\s+(?:to|and)\s+(?:continue|keep) reading\b.{0,80}|(?:to|want to|wish to)\s+(?:continue|keep) reading(?: (?:this|the) (?:(?:premium|full|exclusive|subscriber|paid)[ -])?(?:article|story|content|post|piece|report))?[,.:?!]?\s+(?:please\s+)?(?:subscribe|sign (?:in|up)|log ?in|register|create (?:a|an|your) (?:free )?account|become a (?:subscriber|member))\b.{0,120}|(?:want|like) to read (?:more|the (?:full|whole|rest of the) (?:article|story))\?\s*(?:subscribe|sign (?:in|up)|log ?in|register|become a (?:subscriber|member))\b.{0,100}|(?:the (?:rest|remainder) of )?this (?:article|story|content|post) is (?:only )?(?:for|available (?:only )?(?:to|for)|reserved for|exclusive(?:ly)? (?:to|for)) (?:our )?(?:paying |paid |digital |premium )?(?:subscribers|members)(?:\s+only)?\s*[.!]?(?:\s+(?:subscribe|sign|log|register|become|start|please|already|to (?:continue|keep|read))\b.{0,120})?|you(?:[’']ve| have) (?:reached|hit|used(?: up)?) (?:all (?:of )?)?(?:your|the) (?:free |monthly |\d{1,2} )*(?:free )?(?:article|story|stor(?:ies)|articles)(?: limit)?\b.{0,120}|(?:get|enjoy|unlock) unlimited (?:digital )?access to\b.{0,60}\bfor (?:only |just )?(?:\d[\d.,]*\s?(?:cents?|¢)|(?:[A-Z]{1,3}\s?)?[$£€₹¥]\s?\d[\d.,]*)\b.{0,40})$/iu,
    reason: 'paywall notice',
  },
  // An ePaper promo ("Now you can read the X ePaper anytime, anywhere …"), a syndication notice, a web studio's advert.
  // (…its second sentence may name the edition and its address at length: "… is the same edition as the printed copy
  // available at example.com/epaper".)
  { endsStory: true, pattern: /^now you can read (?:the )?[\p{L}\d&'’. -]{1,60}\be-?paper\b.{0,320}$/iu, reason: 'epaper promo' },
  // An aggregator's note under a wire story it reprints, in brackets or not ("(The above story is verified and authored by
  // Example Wire staff. … The views appearing in the above post do not reflect the opinions of Example News)", "This
  // story has not been edited by our staff and is auto-generated from a syndicated feed."): the site's, and what follows.
  { endsStory: true, maxLength: 600, pattern: /^\(?\s*(?:the above|this) (?:story|article|report|news|post|content|copy) (?:is|was|has been|has not been) (?:verified and )?(?:authored|written|edited|sourced|generated|auto-generated|taken)\b.{0,500}$/i, reason: 'syndication notice' },
  { endsStory: true, pattern: /^this (?:post|article|story) was (?:syndicated|republished) from\b.{0,200}$/i, reason: 'syndication notice' },
  { endsStory: true, pattern: /^do you need an? [^?]{0,80}\bwebsite\b[^?]{0,80}\?\s*(?:click here|contact us|call us)\b.{0,60}$/i, reason: 'advertisement' },
  // An ad-blocker's notice under the story ("Adblock Detected", "We have detected that you are using an ad blocker …",
  // "Please disable your ad blocker …"): the site's plea, and what follows it is the notice's.
  { endsStory: true, maxLength: 400, pattern: /^(?:ad[ -]?block(?:er)?s?\s+(?:detected|enabled|is (?:enabled|on|active))\s*[.!]?|(?:we(?:[’']ve| have)?|it (?:looks|seems) like|looks like)\s+(?:detected\s+(?:that\s+)?)?you(?:[’']re| are)?\s+(?:using|have|running)\s+an?\s+ad[ -]?block(?:er)?\b.{0,300}|please\s+(?:disable|turn off|pause|whitelist us (?:in|on)|deactivate)\s+(?:your\s+)?ad[ -]?block(?:er)?\b.{0,200})$/i, reason: 'ad-blocker notice' },
  // A partner's link under the story, its address and its tagline after a dash ("EXAMPLE.NET - news from all over the
  // region."): an address opening the line, no one reported.
  { keepsReports: true, endsStory: true, maxLength: 120, pattern: /^(?:www\.)?[\p{L}\d-]+(?:\.\p{L}{2,6}){1,2}\s?[-–—]\s*[^.!?]{2,80}[.!]?$/iu, reason: 'partner link' },
  // An aggregator's row of topics as hashtags run together ("#Harbour City#Live Album#Ferry Strike"): three or more.
  { maxLength: 1500, pattern: /^(?:\s*#[\p{L}\d_][\p{L}\d_ '’&.-]{0,50}){3,}$/u, reason: 'tags' },
  // A paper's appeal for money in its own words, long, under the story ("Right now Example News provides a free …
  // That's why we are asking you to consider sponsoring our work …"): the outlet asks its readers to fund it, no one is
  // reported. What follows it is the appeal's and the page's.
  { keepsReports: true, endsStory: true, maxLength: 1600, pattern: /^(?=.{0,1400}\b(?:we(?:[’']re| are) asking (?:you|our readers|readers)|we ask (?:you|our readers|readers)|(?:please|would you) consider)\b[^.!?]{0,40}\b(?:support|sponsor|donat|contribut|fund|becom\w* an? (?:member|patron|supporter|subscriber))).{40,1600}$/i, reason: 'donation appeal' },
  { pattern: /^consider supporting\b/i, reason: 'donation appeal' },
  // A columnist's line under or inside the column naming the column ("Jane Roe writes a weekly column for The Example
  // Post.", "Jane Roe is a columnist for the Example Times and can be reached at …"): the writer's card, no paragraph.
  { keepsReports: true, maxLength: 220, pattern: /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:writes|has written)\s+(?:a|an|the)\s+(?:(?:weekly|monthly|regular|twice-weekly|bi-?weekly|fortnightly|daily|guest)\s+)?(?:column|blog|newsletter)\b[^!?]{0,140}$|^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+is\s+(?:a|an|the)\s+(?:(?:weekly|monthly|regular|contributing|guest|senior|staff)\s+)?columnist\s+(?:for|with|at|of)\b[^!?]{0,140}$/u, reason: 'author card' },
  // A search box's prompt ("Hi, what are you looking for?", "What are you looking for?"): the site's.
  { maxLength: 50, pattern: /^(?:hi|hello|hey)?[,!]?\s*what are you (?:looking|searching) for\s*\??$/i, reason: 'search box' },
  // A metered paywall's notes ("You have exhausted your free article limit.", "You have reached your limit of free
  // articles", "Support our reporting."): the page's, the story stops where the wall comes down.
  { endsStory: true, maxLength: 120, pattern: /^you(?:['’]ve| have) (?:exhausted|reached|used(?: up)?|run out of)\s+(?:your|the)\s+(?:(?:monthly|free|weekly)\s+)*(?:article|story|page|read)?s?\s*(?:limit|quota|allowance|of free (?:articles|stories))\b[^.!?]{0,60}[.!]?$/i, reason: 'paywall' },
  { maxLength: 40, pattern: /^support (?:our|quality|independent|local) (?:reporting|journalism)\s*[.!]?$/i, reason: 'donation appeal' },
  // A site's sign-in wall over the story ("Get Access To Every Broadway Story", "Unlock access to every one of the … articles
  // published daily on Example by logging in with one click.", "Existing user? Just click login."): its offer and buttons.
  { maxLength: 60, pattern: /^get (?:unlimited |free |full )?access to (?:every|all|our)\b[\p{L}\s'’-]{0,30}(?:stories|story|articles|news|coverage)\s*[.!]?$/iu, reason: 'login wall' },
  { maxLength: 240, pattern: /^unlock (?:full |unlimited |free )?access to\b[^.!?]{0,140}\b(?:by (?:logging|signing) in|log in|sign in|subscrib\w+|register\w*)\b[^.!?]{0,60}[.!]?$/i, reason: 'login wall' },
  { maxLength: 60, pattern: /^(?:existing|already a) (?:user|subscriber|member)\?\s*(?:just |please )?(?:click|tap)? ?(?:log ?in|sign ?in|here)\b[^.!?]{0,20}[.!]?$/i, reason: 'login wall' },
  // A video player's notice on the browser ("Please use Chrome browser for a more accessible video player").
  { maxLength: 100, pattern: /^please use (?:the )?(?:chrome|firefox|a (?:modern|supported|different)) browser\b[^.!?]{0,60}[.!]?$/i, reason: 'player notice' },
  // A broadcaster's video box set in the story: its label and title after a bar ("Media Video | Officials give an update",
  // "WATCH | Officials provide an update on the fires:"), and the video's caption under its label ("Caption: …").
  { maxLength: 160, pattern: /^(?:media\s+)?(?:video|watch|listen|audio|image|photo|gallery)\s+\|\s+\S.{2,140}$/i, reason: 'video box' },
  // An advertisement's label set between dashes ("– Advertising –", "- Advertisement -") and a topic's follow button
  // ("Follow topic:").
  { maxLength: 30, pattern: /^[-–—]+\s*(?:advertising|advertisement|sponsored(?: content)?|ad)\s*[-–—]+$/i, reason: 'advertisement' },
  { maxLength: 30, pattern: /^follow (?:this )?(?:topic|author|writer|story|thread|tag)s?\s*:?$/i, reason: 'follow button' },
  // "Stay updated with Example Times by following us on Facebook.": the site's invitation to follow it.
  { keepsReports: true, maxLength: 160, pattern: /^(?:stay|keep) (?:updated|informed|connected|in touch|up to date)\b[^.!?]{0,60}\bby (?:following|liking|joining|subscribing to)\s+(?:us|our\s+[\p{L}-]+)\s+(?:on|at|via)\s+(?:facebook|twitter|x|instagram|telegram|whatsapp|youtube|tiktok|linkedin|threads|google news)\b[^.!?]{0,40}[.!]?$/iu, reason: 'channel promo' },
  // A related-posts list under the story, each row its section glued to the post's age ("- Regional News11 months ago",
  // "- Breaking News 2 days ago") between the posts' titles: the list and what follows it are the site's.
  { endsStory: true, maxLength: 60, pattern: /^[-–•]\s*\p{Lu}[\p{L}&'’]*(?:\s\p{Lu}[\p{L}&'’]*){0,3}\s?\d{1,2}\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago$/u, reason: 'related posts' },
  // An embedded page's button and notice run together ("Open Full Embed in New Tab (external link)Loading external pages
  // may require significantly more data usage.").
  { maxLength: 240, pattern: /^open (?:full )?embed in (?:a )?new tab\b.{0,200}$/i, reason: 'embed notice' },
  // A premium story's wall ("This is a Premium article available exclusively to our subscribers. To read 250+ such
  // premium articles every month unlock them all").
  { endsStory: true, maxLength: 300, pattern: /^this (?:is a|article is a) (?:premium|subscriber[- ]only|members?[- ]only|paid) (?:article|story|content)\b[^.!?]{0,80}(?:subscribers?|members?)\b.{0,180}$/i, reason: 'paywall' },
  // A breadcrumb run together with no marks between its crumbs ("HomeArchitectureGlobal firm moves its headquarters"):
  // "Home" glued to the next crumb's capital.
  { maxLength: 300, pattern: /^Home(?:\p{Lu}\p{Ll}+){1,3}\p{Lu}/u, reason: 'breadcrumb' },
  { maxLength: 400, pattern: /^(?:Caption|CAPTION)\s*:\s+\p{Lu}.{10,380}$/u, reason: 'photo caption' },
  // A page's marker where a box was cut out of the story ("Story Continued Below", "Article continues below"): the site's.
  { maxLength: 40, pattern: /^(?:the\s+)?(?:story|article|text|content)\s+continue[sd]?\s+below\.?$/i, reason: 'page marker' },
  // The small print of a sign-up box set in the story ("By signing up you agree to receive email newsletters or alerts from
  // Example. You can unsubscribe at any time.").
  { maxLength: 300, pattern: /^by (?:signing up|subscribing|clicking (?:sign up|subscribe|submit)),? you (?:agree|consent) to (?:receive|receiving|our|the)\b[^.!?]{0,160}[.!]?(?:\s+you can (?:unsubscribe|opt out)(?: at any time)?[^.!?]{0,60}[.!]?)?$/i, reason: 'newsletter prompt' },
  // The note where a paywalled story's free part ends ("*This story is part of the Example Times subscription, to read
  // more, please subscribe.", "To read more, please subscribe."): the rest is behind the wall, nothing more of the story.
  { endsStory: true, maxLength: 200, pattern: /^\W{0,3}(?:[^.!?]{0,120}[,.]\s*)?to (?:read|continue reading|see) (?:more|the (?:rest|full (?:story|article))|on)\b[^.!?]{0,40}?,?\s*(?:please\s+)?(?:subscribe|sign in|log in|become a (?:subscriber|member))\b[^.!?]{0,60}[.!]?$/iu, reason: 'paywall' },
  // A site's plea that it lives on its readers' money, then the ask ("Example Cast needs reader support to survive. Please
  // contribute via <service>", "… relies on readers like you. Donate today."): two sentences at most after a preamble.
  { keepsReports: true, maxLength: 400, pattern: /\b(?:needs|relies on|depends on|survives on|runs on)\s+(?:the\s+)?(?:support of (?:its |our )?readers|(?:your|reader|readers['’]?|listener|viewer)\s+(?:support|donations|contributions))\b[^.!?]{0,60}[.!]\s+(?:please\s+)?(?:contribute|donate|support\s+us|chip\s+in|give)\b[^.!?]{0,80}[.!]?$/iu, reason: 'donation appeal' },
  // A membership plugin's line under the story, asking whether the reader liked it, then for support ("Liked it? Take a
  // second to support Example Weekly on Patreon!", "Enjoyed this article? Please consider supporting us."): the
  // site's, and the plugin's button and the sidebar under it go too. No one is reported.
  { endsStory: true, keepsReports: true, maxLength: 200, pattern: /^(?:(?:did you )?(?:liked?|enjoy(?:ed)?|love[d]?|appreciate[d]?)\s+(?:it|this(?:\s+(?:article|story|post|piece|content|report))?|(?:our|the) (?:work|journalism|reporting|content))\s*\?\s*(?:(?:then|so)\s+)?(?:please\s+)?(?:(?:take|spare) a (?:second|moment|minute)\s+to\s+|consider\s+)?(?:support(?:ing)?|donat(?:e|ing)|becom(?:e|ing) a (?:patron|member|supporter)|chip(?:ping)? in)\b.{0,140})$/i, reason: 'donation appeal' },
  // An appeal's heading that says the paper's kind of journalism matters ("Local trusted journalism matters - now more
  // than ever", "Why independent journalism matters"), no full stop: the appeal under the story, and what follows it.
  { endsStory: true, maxLength: 80, pattern: /^(?:why\s+)?(?:[\p{L}-]+\s+){0,3}journalism\s+(?:matters|needs you|needs your support)\b[^.!?]{0,40}$/iu, reason: 'donation appeal' },
  // A link to the site's gallery of cartoons or pictures set between the paragraphs ("Political cartoons about world
  // leaders", "Photos of the flood"): a few words, no sentence.
  { maxLength: 70, pattern: /^(?:political |editorial )?(?:cartoons|photos|pictures|images) (?:about|of|on) [^.!?:;,]{2,50}$/i, reason: 'gallery link' },
  // A public newsroom's funding appeal, over the headline or under the story ("We count on readers like you to protect our
  // nonprofit newsroom. Become a monthly member …", "To support our nonprofit public service journalism: Donate now.",
  // "Simply put, we cannot do this essential work without your help."): the site's, on every page.
  { maxLength: 1600, pattern: /\b(?:we (?:count|rely|depend) on (?:readers|listeners|viewers|supporters|members|people) like you\b|become a (?:monthly |sustaining )?(?:member|donor|supporter) and (?:sustain|support|protect|fund)\b|we (?:cannot|can't|can’t) do (?:this|our) (?:[\p{L}-]+ )?work without your (?:help|support)\b|to support (?:our|this) (?:[\p{L}-]+ ){0,4}journalism\s*:\s*donate\b)/iu, reason: 'donation appeal' },
  // A nonprofit newsroom's appeal under the story, told of itself and of its readers ("We're a nonprofit newsroom, and …
  // But local reporting depends on support from readers like you. Will you …?"): the appeal, and what follows it, is the
  // site's.
  { endsStory: true, keepsReports: true, maxLength: 1600, pattern: /^(?=.{0,600}\bwe(?:[’']re| are) an? (?:(?:independent|local|small|community)[,]? )*(?:nonprofit|non-profit|not-for-profit|reader-(?:supported|funded)|member-supported) (?:news(?:room| organi[sz]ation| site| outlet| service)?|newsroom|publication|newspaper)\b)(?=.{0,1400}\b(?:(?:support|help|contributions?|donations?|gifts?) from (?:readers|listeners|viewers|supporters|members|people|neighbors|neighbours) like you|will you (?:join|support|help|give|stand|become|chip in|donate|contribute)\b|(?:please )?(?:donate|give|contribute|chip in) (?:today|now|what you can)\b)).{40,1600}$/iu, reason: 'donation appeal' },
  // The editor's letter that opens such an appeal under the story ("As Editor-in-Chief of our newsroom, I'm extremely proud
  // of the work …"): the appeal, and what follows it, is the site's.
  { endsStory: true, maxLength: 1600, pattern: /^as (?:the )?(?:editor-in-chief|editor|executive editor|managing editor|publisher|ceo|president) of (?:our|this) newsroom\b/i, reason: 'donation appeal' },
  // An appeal's heading under the story that names the paper whose journalism the reader is asked to support ("Support
  // EXAMPLE TIMES' journalism of integrity and credibility", "Support The Example Post's journalism"): the appeal, and
  // what follows it, is the site's.
  { endsStory: true, maxLength: 140, pattern: /^(?:[Ss]upport|SUPPORT)\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}\d&.'’ -]{1,40}?['’]s?\s+(?:[\p{L}-]+\s+){0,3}(?:journalism|JOURNALISM|reporting)(?:\s+(?:of|that|you|for|with|in)\b[^.!?]{0,80})?$/u, reason: 'donation appeal' },
  { pattern: /^(support the [\p{L} ]{2,40}|fund (independent|our) [\p{L}£$€\d ]{2,60})$/iu, reason: 'donation appeal' },
  // (…and the heading that names what the money is for after the outlet's name: "Support Example News for Independent
  // Journalism", "Support The Example Post and Fearless Reporting". What follows it is the appeal's box.)
  { endsStory: true, maxLength: 140, pattern: supportForJournalism, reason: 'donation appeal' },
  { pattern: /^(support us|support (our|independent) journalism|donate|make a donation|become a (member|patron|supporter|subscriber))\b(?!.{120})/i, reason: 'donation appeal' },
  { pattern: /^(help us|we need your (help|support)|can we count on you|your support (helps|matters|keeps|makes))\b(?!.{200})/i, reason: 'donation appeal' },
  { pattern: /\b(is|are) standing (behind|with) us\b.*\?$/i, reason: 'donation appeal' },
  { pattern: /^let[’']s see how far we can go\b/i, reason: 'membership banner' },
  { pattern: /^we[’']ve (been amazed by your support|reached our (initial )?goal)\b/i, reason: 'membership banner' },
  { pattern: /^join (our|the) community\b/i, reason: 'membership banner' },
  { pattern: /^(become a member|membership)\b.*\b(now|today|here)\b/i, reason: 'membership banner' },
  { pattern: /^[\d,. ]+\+?\s*(members|supporters|subscribers|readers)\b.{0,80}$/i, reason: 'membership banner' },
  { pattern: /^(subscribe|sign up|get (our|the)\b.*newsletter|don[’']t miss)\b.{0,140}$/i, reason: 'newsletter prompt' },
  { pattern: /\bnewsletter\b.{0,60}\b(sign up|subscribe|inbox)\b.{0,60}$/i, reason: 'newsletter prompt' },
  { pattern: /^this audio is (created|generated) with ai assistance\.?$/i, reason: 'audio player note' },
  // An audio player's prompt ("Enhance your reading experience by listening to this article.").
  { pattern: /^(enhance your reading experience by listening to this (article|story)|listen to this (article|story)( now)?|prefer to listen\?.{0,60})\.?$/i, reason: 'audio player note' },
  // A link to the same story in another language, its label and the version's title ("Leer en español: <title>", "Read
  // in English: <title>", "Lire en français »", "English version"): the site's switch, no sentence of the story (the
  // language is named, then a colon, an arrow or nothing: "In English football, …" is a sentence).
  { maxLength: 260, pattern: /^(?:(?:read|view|see)\s+(?:(?:this|the)\s+(?:article|story|text|report)\s+|it\s+)?in\s+(?:English|Spanish|French|Portuguese|German|Italian|Arabic|Chinese|Russian|Ukrainian|Japanese|Korean|Hindi|Urdu|Indonesian|Turkish|Dutch|Polish)|leer\s+(?:(?:este\s+art[ií]culo|la\s+nota|la\s+noticia)\s+)?en\s+(?:espa[ñn]ol|ingl[ée]s|portugu[ée]s|franc[ée]s)|lire\s+(?:cet\s+article\s+)?en\s+(?:fran[çc]ais|anglais|espagnol)|ler\s+(?:em|en)\s+(?:portugu[êe]s|ingl[êe]s|espanhol)|(?:auf\s+)?(?:deutsch|englisch)\s+lesen|versi[óo]n\s+en\s+espa[ñn]ol|english\s+version|en\s+espa[ñn]ol|in\s+english)\s*(?::\s*\S.{0,220}|[»›→]\s*.{0,220}|\.)?$/iu, reason: 'language link' },
  // An advert's slot with its label and prompt on one line ("Advertisement. Scroll to continue reading.").
  { pattern: /^(advertisement|advert|ad)\s*[.:|-]?\s*(scroll (down )?to continue( reading)?|continue reading below|story continues below)\.?$/i, reason: 'advertisement' },
  { pattern: /^(scroll (down )?to continue reading|article continues (below|after (this )?(advertisement|ad)))\.?$/i, reason: 'advertisement' },
  // An advert's slot between two paragraphs as a chain's pages print it, the slot's note and the story's resumption in
  // lines of their own ("Story continues below", "This advertisement has not loaded yet, but your article continues
  // below.", "Article content continued"): the slot's, the story goes on under them.
  { maxLength: 120, pattern: /^(?:(?:the )?(?:story|article|text|content) continues below|(?:article|story) content continued|(?:this|the) (?:advertisement|ad) has not loaded(?: yet)?,? but (?:your|the) (?:article|story) continues below)\s*[.…]?$/i, reason: 'advertisement' },
  { maxLength: 220, pattern: /^(by allowing ads to appear on this site\b.{0,160}|advertise with us|(?:promote|advertise) your business with [\p{L}\d &'’-]{1,40}|placeholder image|[\p{L}\d .&'’-]{1,40} logo)$/iu, reason: 'advertisement' },
  // A channel promo: "Join our WhatsApp group by clicking this link.", "Follow us on Telegram for …", "Subscribe to our
  // YouTube channel", "Follow us on Telegram for the latest updates on …: <link>", "Find out what's happening in X with the latest updates from Y.", "Download The X App for …".
  // (…after what the channel brings: "For the latest football news, follow us on Twitter and like our Facebook page.")
  { keepsReports: true, maxLength: 600, pattern: /^(?:[\p{L}' ]{0,30}:\s*)?(?:[^.!?]{0,80}[.!?]\s+)?(?:for (?:the )?(?:latest|more|all)\b[^.!?,]{0,40},\s*)?(?:please\s+|do\s+)?(join|follow|subscribe to|get|click here to join)\b.{0,60}\b(whatsapp|telegram|youtube|google news|signal|viber|instagram|facebook|twitter|x)(?:\s+[\p{L}-]+){0,3} (channels?|groups?|page|community|account|updates)\b.{0,100}$/iu, reason: 'channel promo' },
  { pattern: /^(find out what[’']s happening in\b.{0,80}\bwith the latest updates from\b.{0,40}|get more local news delivered\b.{0,120}|download the [\p{L}\d ]{1,40} app\b.{0,60}|spread the love|what[’']s your reaction( to this (post|story|article))?\??|trending video:.{0,120})$/iu, reason: 'promo' },
  // The site's pitches to its reader under the story, each a question to the reader and the button's words after it: a
  // newsletter's ("Enjoyed this article? Get our briefing delivered.", "Like what you read? Sign up for more."), an
  // advertiser's ("Looking to promote your business to readers in your area? Find out how we can help →", "Want to
  // advertise with us? Contact our sales team."). The question is about the read or the reader's business, never the story's.
  { keepsReports: true, maxLength: 200, pattern: /^(?:did you |have you )?(?:enjoy(?:ed|ing)?|lik(?:e|ed)|lov(?:e|ed)|found|find)\s+(?:the|this|that|our|what you(?:['’]ve)?)\s*(?:read(?:ing)?|article|story|post|piece|content|journalism|newsletter|coverage)?(?:\s+(?:useful|helpful|interesting|valuable|informative))?\s*\?\s+(?:get|sign up|subscribe|share|follow|support|join|receive|read|register|find out|discover|don['’]t miss)\b[^?]{0,120}$/i, reason: 'newsletter prompt' },
  { keepsReports: true, maxLength: 240, pattern: /^(?:are you |were you )?(?:looking|want(?:ing)?|would you like|need|keen)\s+to\s+(?:promote|advertise|market|showcase|reach|get your (?:brand|business|product|message))\b[^?]{0,140}\?\s+(?:find out|learn|discover|contact|get in touch|talk to|click|see|email|call)\b[^?]{0,100}$/i, reason: 'advertising pitch' },
  // The site's call to its own feeds, alone on its line ("Check out the latest videos here:", "Watch more of our videos",
  // "Explore all our podcasts here »"): no story's sentence.
  { maxLength: 90, pattern: /^(?:check out|watch|see|catch|explore|browse|discover)\s+(?:all\s+|more\s+(?:of\s+)?)?(?:the\s+|our\s+)?(?:latest|top|newest|best|more|all)?\s*(?:[\p{L}\d&'’-]+\s+){0,2}(?:videos|video stories|podcasts|galleries|photo galleries|shows|episodes|web stories)\b(?:\s+(?:here|now|on\s+\S+(?:\s+\S+)?))?\s*[:.!»›→]?$/iu, reason: 'promo' },
  // A newsletter box's heading and its pitch on one line ("NEWSLETTER - Stay informed with the latest news!", "Newsletter:
  // get the day's headlines", "Newsletter | Never miss a story"): the box's, and what follows it is the page's.
  { endsStory: true, maxLength: 120, pattern: /^(?:our |free |daily |weekly )?(?:newsletters?|infolettres?|boletines?|boletín)\s*[-–—:|]\s*(?=.{0,80}\b(?:stay|keep|get|receive|sign|subscribe|latest|inbox|informed|updated|miss|daily|weekly|free)\b).{3,100}$/iu, reason: 'newsletter prompt' },
  // A syndication note ("(This story has not been edited by X staff and is auto-generated from a syndicated feed.)").
  { pattern: /^\(?this (story|article|report) has not been edited by\b.{0,120}\)?$/i, reason: 'syndication note' },
  // Where a republished story came from, under it: "(example.com)", "*This article was first published by X", "Full
  // story: X", "via X". It ends the story and, when no one signs it, names the desk it came from (as "Source: X" does).
  { endsStory: true, maxLength: 70, pattern: /^\((?:www\.)?[\p{L}\d-]+(?:\.[\p{L}]{2,6}){1,2}\)$/u, reason: 'source credit' },
  // ":Paper Name" alone under the story: the outlet it was taken from, written after a colon.
  { endsStory: true, maxLength: 50, pattern: /^:\s*\p{Lu}[\p{L}\d&'’.-]*(?:\s+[\p{L}\d&'’.-]+){0,3}$/u, reason: 'source credit' },
  { endsStory: true, maxLength: 140, pattern: /^\*?\s*(?:this (?:article|story|post|report|piece) (?:was |has been )?)?(?:first|originally) (?:published|posted) (?:by|in|on)\s+\p{Lu}[^,;\s]*(?:\s+[^,;\s]+){0,5}$/iu, reason: 'source credit' },
  // "Edited translation from MENA", "Translated from Example Daily": the agency or paper a translated story came from.
  { endsStory: true, maxLength: 80, pattern: /^(?:[Ee]dited |[Aa]n? )?[Tt]ranslat(?:ed|ion) (?:from|of a report by) (?:the )?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4}\.?$/u, reason: 'source credit' },
  { endsStory: true, maxLength: 80, pattern: /^(?:(?:get|read|see)\s+)?(?:the\s+)?full (?:story|article|report)(?:\s+(?:at|on|in))?\s*:\s*\p{Lu}[\p{L}\d&'’. -]{1,60}$/iu, reason: 'source credit' },
  // "from Example News https://example.com/…": a feed's reposted item names the outlet it came from and links to it.
  { endsStory: true, maxLength: 400, pattern: /^from\s+\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4}\s+https?:\/\/\S+$/u, reason: 'source credit' },
  { endsStory: true, maxLength: 70, pattern: /^via\s+(?:(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}]{2,6}){1,2}|\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3})$/u, reason: 'source credit' },
  // "This post appeared in its original form at X", "This story originally appeared on X": a note under a copied post.
  { endsStory: true, maxLength: 200, pattern: /^\*?\s*this (?:article|story|post|report|piece) (?:appeared in its original form|(?:first |originally )appeared|was (?:first |originally )?(?:posted|appeared)) (?:at|on|in)\b.{1,120}$/i, reason: 'syndication note' },
  // A site's note under the story that its pages in other languages are machine-translated ("The English, Chinese and
  // French versions are automatically generated by the AI. So there may still be inaccuracies in translating, please
  // always see Indonesian as our main language.", "This article was translated automatically and may contain errors;
  // the original is in Spanish."): it opens on the versions or on this article, says the translation is automatic, a
  // machine's or an AI's, and warns of its errors or points to the original. No one is reported; what follows is the page's.
  { endsStory: true, keepsReports: true, maxLength: 500, pattern: /^(?:\(?\s*(?:note|disclaimer|notice)\s*[:.–—-]\s*)?(?:the\s+(?:[\p{L}]+,?\s+(?:and\s+)?){1,8}(?:language\s+)?versions?|(?:this|the) (?:article|story|text|page|content|news|report|post)|(?:this\s+)?translat(?:ed|ion)|(?:automatically|machine)[- ]translated)\b(?=.{0,250}\b(?:translat\w*|versions?)\b)(?=.{0,250}\b(?:automatically|machine|(?:by|with|using) (?:the )?(?:AI|artificial intelligence)|AI[- ](?:generated|translated|powered))\b)(?=.{0,450}\b(?:inaccura\w*|errors?|mistakes?|original (?:text|version|language|article)|main language|(?:in|see) the original)\b).{20,500}$/iu, reason: 'translation note' },
  // A news agency's pointer to its editorial principles under the story ("Our Standards: The … Trust Principles."): the
  // site's, and what follows it is the page's.
  // (Its tail names the principles, the policy or the guidelines; a sentence that opens the same way is kept.)
  { endsStory: true, keepsReports: true, maxLength: 120, pattern: /^our (?:editorial )?(?:standards|principles|ethics(?: policy)?|code of (?:conduct|practice))\s*:\s*[^.!?]{0,80}\b(?:principles|standards|guidelines|policy|code(?: of [\p{L}]+)?)\.?(?:,? opens new tab)?$/iu, reason: 'standards link' },
  // A blog's post footer ("This entry was posted in News, Local. Bookmark the permalink.").
  { endsStory: true, maxLength: 300, pattern: /^(?:this entry was posted (?:in|on)\b.{0,250}|bookmark the permalink\.?)$/i, reason: 'post footer' },
  // A site's disclaimer under its stories ("Dear user, please take into consideration …", "The views expressed in this
  // article are the author's own …", "Disclaimer: …").
  { endsStory: true, maxLength: 700, pattern: /^(?:dear (?:users?|readers?|visitors?)\s*[,!:]\s*(?:please|we|note|kindly)\b(?=.{0,300}\b(?:portal|site|website)\b)(?=.{0,400}\b(?:news|articles?|content|materials?|information)\b).{10,600}|disclaimer\s*:.{10,600}|the (?:views|opinions) expressed (?:in this (?:article|post|column|piece|blog)|here(?:in)?|on this (?:site|blog|website)) are\b.{0,300})$/iu, reason: 'site disclaimer' },
  // An outlet's note that it cannot answer for what it posts ("Example Daily cannot vouch for the accuracy of the information
  // presented in its news briefs.", "We do not guarantee the accuracy of the information published on this site."): the
  // outlet (or we) as the subject, what it cannot do, "the accuracy" of what it posts. A paragraph reporting that someone
  // cannot vouch for something says who said so.
  { endsStory: true, keepsReports: true, maxLength: 300, pattern: /^(?:we|(?:the\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4})\s+(?:cannot|can ?not|can[’']t|does not|doesn[’']t|do not|don[’']t|is not able to|are not able to)\s+(?:vouch for|guarantee|verify|warrant|be held responsible for|take responsibility for)\s+the (?:accuracy|correctness|veracity|reliability)\b.{0,80}\b(?:(?:information|content|news|material)\s+(?:presented|published|posted|contained|provided)|in (?:its|our|these|this)|on (?:its|our|this) (?:site|website|pages?))\b.{0,120}$/u, reason: 'site disclaimer' },
  // An outlet's statement of its own independence under every story ("Our journalism is based on impartiality. Example
  // Radio is independent and not affiliated to any political, religious or financial interests."): it speaks of its own
  // journalism, says it is independent, and not tied to (or free of) interests it names. No one is reported.
  { endsStory: true, keepsReports: true, maxLength: 400, pattern: /^(?=.{0,200}\bour (?:journalism|reporting|newsroom|coverage)\b)(?=.{0,300}\b(?:is|are|remains?)\s+(?:\p{L}+\s+)?(?:independent|impartial)\b)(?=.{0,380}\b(?:not (?:affiliated|tied|linked|aligned|bound|beholden)|free (?:of|from)|independent (?:of|from))\b.{0,80}\b(?:political|religious|financial|commercial|corporate|government|state)\b.{0,80}\binterests?\b).{20,400}$/iu, reason: 'site disclaimer' },
  // An opinion page's note over the story that the piece is a contributor's view ("This is an opinion article by an external
  // contributor. The views belong to the writer.", "This is an opinion piece; the views expressed are the author's own."):
  // the page's label, not the story's first paragraph.
  { maxLength: 220, pattern: /^this (?:is )?(?:an? )?(?:opinion|op-ed|guest|commentary|comment|column|analysis|reader['’]s?)\s*(?:article|piece|column|post|essay|contribution)?\b[^.!?]{0,80}[.;:,]?\s*(?:the|all|any)?\s*(?:views|opinions)\s+(?:expressed\s+)?(?:(?:here(?:in)?|in it|in this (?:article|piece|column))\s+)?(?:belong to|are (?:those of|solely|entirely|the|his|her|their)|reflect (?:only )?(?:those of )?the)\b[^.!?]{0,80}[.!]?$/i, reason: 'opinion note' },
  // A site's disclaimer in the header or the foot ("The articles excerpted on this site … do not necessarily reflect the
  // opinion of …"): it speaks of this site's articles or views and says they are not necessarily its own; a sentence
  // about someone's statement ("… does not necessarily reflect the union's view, she said") names no site and reports.
  { keepsReports: true, maxLength: 600, pattern: /^(?=.{0,300}\b(?:(?:on|of|by|to) this (?:site|website|blog|portal|page|publication)|(?:articles?|posts?|stories|content|materials?|views|opinions) (?:excerpted|published|posted|expressed|reproduced|republished|linked|shared)\b))(?=.{0,450}\b(?:do|does) not necessarily (?:reflect|represent)\b).{20,600}$/i, reason: 'site disclaimer' },
  // An agency's rules for quoting its material ("When citing … materials, a link to example.net is mandatory …"): a notice,
  // told by what it speaks of (citing or reprinting materials, a link to the site, an obligation), not by its wording; a
  // paragraph that reports such a rule says who made it ("…, the court ruled").
  { keepsReports: true, endsStory: true, maxLength: 1200, pattern: /^(?=.{0,200}\b(?:cit(?:e|ing)|quot(?:e|ing)|reprint(?:ing)?|reproduc(?:e|ing|tion)|republish(?:ing)?|copy(?:ing)?|us(?:e|ing))\b)(?=.{0,300}\b(?:materials?|content|publications?)\b)(?=.{0,400}\b(?:hyper)?links?\b)(?=.{0,400}(?:\bweb ?site\b|\bportal\b|\b[\p{L}\d-]+\.(?:com|net|org|ua|ru|info|news)\b))(?=.{0,500}\b(?:mandatory|obligatory|compulsory|required)\b)(?!.*\b(?:ruled|wrote)\b).{60,}$/iu, reason: 'citation notice' },
  // A plugin's or theme's licensing notice left on the page ("License not validated", "JNews license is not validated.
  // Please activate the theme."): the software's, not the story's. A sentence about someone's licence ("The driving
  // licence is invalid in three states, police said.") names whose and says more.
  { maxLength: 300, pattern: /^(?!(?:the|her|his|their|its|a|an|my|our)\s)(?:[\p{L}\d.&'’-]+(?:\s+[\p{L}\d.&'’-]+){0,3}?(?:\s*:\s*|\s+))?licen[cs]e(?:\s+key)?\s+(?:is\s+|has\s+)?(?:not\s+(?:been\s+)?(?:validated|activated|verified|registered|valid)|invalid|expired|inactive|missing)\b(?:\s+[\p{L}.]+){0,3}[.!]?(?:[,;]?\s+(?:please\s+)?(?:go to|activate|register|enter|renew|validate|you need)\b[^.!?]{0,100}[.!]?){0,3}$/iu, reason: 'plugin notice' },
  // A header's widgets: a temperature ("9.2 C", "Colombo 31°C"), a loader's label ("Loading...").
  { maxLength: 50, pattern: /^(?:\p{Lu}[\p{L} ]{1,30}\s+)?-?\d{1,3}(?:[.,]\d{1,2})?\s*°?\s*[CF]$/u, reason: 'weather widget' },
  // …the temperature first, then the city ("12° Nicosia,", "31°C Colombo", "-4 °F Fargo"), the date of the day beside it.
  { maxLength: 50, pattern: /^-?\d{1,3}(?:[.,]\d{1,2})?\s*°\s*[CF]?\s+\p{Lu}[\p{L}.'’ -]{1,30},?$/u, reason: 'weather widget' },
  // …and the day's high and low ("27/21°C", "31° / 22°").
  { maxLength: 20, pattern: /^-?\d{1,3}\s*°?\s*\/\s*-?\d{1,3}\s*°\s*[CF]?$/u, reason: 'weather widget' },
  { maxLength: 12, pattern: /^loading\s*(?:\.{2,3}|…)?$/i, reason: 'page widget' },
  // Share counters: a count alone ("0", "1281", "1.2K"), "SHARE NOW", "12 Shares".
  // (A date printed with full stops, "03.11.2025", is no count.)
  // (…and a read counter, "1117 Reads".)
  { pattern: /^(?!\d{1,2}\.\d{1,2}\.\d{4}$)(\d[\d,.]*\s*[KkMm]?|share now|\d[\d,.]*\s*[KkMm]?\s+(shares?|views?|likes?|reactions?|reads))$/i, reason: 'share counter' },
  // A gallery's counter alone on its line ("1 of 1", "3 of 12", "2 / 8", "1 de 5", "2 von 9"): the slideshow's, never a
  // paragraph.
  { maxLength: 16, pattern: /^\d{1,3}\s*(?:of|\/|de|von|sur|di|av|af|van|z|из)\s*\d{1,3}$/i, reason: 'gallery counter' },
  // A video player's controls printed as text over or in the story: its autoplay countdown ("Autoplay in... 6 (Cancel)",
  // "Up next in 5"), its queue's notice ("Up Next", "No more videos! Playlist is empty"), its buttons alone on their lines
  // in any case ("Replay", "Cancel", "Next", "Skip Ad", "Unmute").
  { maxLength: 80, pattern: /^(?:(?:autoplay(?:ing)?|up next|next video|playing next)\s+in\b\s*(?:\.{2,3}|…)?\s*\d{1,2}\s*(?:s|sec(?:onds?)?)?\s*(?:\((?:cancel|stop)\))?|up next(?:\s+(?:no more videos!?\s*)?(?:playlist is empty)?\s*[-–—]?)?|no more videos!?(?:\s+playlist is empty)?\s*[-–—]?|replay|cancel|next|skip(?: ad| intro)?|unmute|mute|autoplay(?: on| off)?)$/i, reason: 'video player' },
  // An embedded post's leftovers: its time stamp ("7:54 PM - Jun 8, 2020"), "Twitter Ads info and privacy", "10.5K people
  // are talking about this", "View image on Twitter".
  { pattern: /^(\d{1,2}:\d{2}\s*[AP]M\s*[-–·]\s*\w{3,9}\.? \d{1,2}, \d{4}|twitter ads info and privacy|[\d.,]+[KkMm]? people are talking about this|view (image|video) on (twitter|x|instagram)|view this (post|photo|video|reel|profile) on (instagram|facebook|tiktok|x|twitter)|a post shared by\b.{0,80})$/i, reason: 'embedded post' },
  // A row of links to the story's pictures and videos ("PHOTO GALLERY l VIDEO", "Photos | Video").
  { maxLength: 60, pattern: /^(?:(?:photo|video|audio)s?(?: gallery| galleries)?|gallery|podcast)(?:\s+[|l/·•]\s+(?:(?:photo|video|audio)s?(?: gallery| galleries)?|gallery|podcast))+$/i, reason: 'media links' },
  // A video or social embed's buttons and notices left in the text ("Watch on YouTube", "Play Video", "Tap to unmute", "This
  // video cannot be played", "View on Instagram", "Instagram post").
  // A video player's label between paragraphs ("You may also want to watch:"), the video itself not printed: the site's
  // promotion of its clips, with the story going on under it.
  { maxLength: 50, pattern: /^(?:you (?:may|might) (?:also )?(?:want|like|wish) to (?:watch|see)|(?:you (?:may|might) )?also watch)\s*:?$/i, reason: 'video promo' },
  { maxLength: 80, pattern: /^(?:watch (?:on|this video on) (?:youtube|vimeo|facebook|instagram|tiktok|x|twitter)|watch on|play video|watch video|tap to unmute|(?:view|see more) on (?:instagram|facebook|tiktok|threads|youtube|x|twitter)|view this (?:post|photo|video|reel|profile) on threads|this video (?:can ?not|could not) be played\b.{0,50}|(?:instagram|facebook|tiktok|twitter|youtube) (?:post|video|embed)|embedded (?:video|post|content))\s*[.!]?$/i, reason: 'embedded post' },
  // A video player's embed button and its link to more clips, run together ("EMBED </>More Videos").
  { maxLength: 40, pattern: /^embed\s*(?:<\/>)?\s*(?:more videos)?$/i, reason: 'embedded post' },
  // A video teaser between paragraphs ("Watch: Riverside 5-0 Harbour City highlights"): a title, no sentence.
  // (The same with a bar: "WATCH | <title>", "LISTEN | <title>".)
  { maxLength: 120, pattern: /^(?:watch\s*[:|]|listen\s*\|)\s*[^.!?]{3,100}$/i, reason: 'video teaser' },
  // A picture left as markup in the text: an image element the scraper kept with its source and attributes in it
  // ("<image>data:image/…;base64,… alt=""</image>", "<img src=… >"), or a Markdown image ("![alt](https://…/photo.jpg)").
  { maxLength: 2500, pattern: /^<(image|img|figure|picture)\b[^>]{0,300}>[^<>]{0,2000}<\/\1>$|^<img\b[^>]{1,2000}\/?>$|^!\[[^\]\n]{0,300}\]\(\s*[^)\s]{1,2000}(?:\s+["'][^"']{0,200}["'])?\s*\)$/i, reason: 'image markup' },
  // A picture's name as the site's media library keeps it, with the edit made to it ("Harbour - cropped", "mayor_resized"):
  // the image's alternative text, no word of the story.
  { maxLength: 80, pattern: /^[\p{L}\d][\p{L}\d '’._-]{0,60}?(?:\s+-\s+|[_-])(?:cropped|crop|resized|edited|thumbnail|thumb)$/iu, reason: 'image description' },
  // A row of links to other stories under a bare "MORE:" in capitals, their titles run together ("MORE: Title oneTitle
  // two"): the site's, between the paragraphs.
  { maxLength: 400, pattern: /^MORE\s*:\s+\S.{5,380}$/u, reason: 'related links' },
  // The next story's title under the last paragraph, labelled so ("Next: Bus depot plan goes back to the drawing board",
  // "Up next: …", "Next story » …"): the story has ended, and its teaser under the title is the next story's.
  { endsStory: true, maxLength: 200, pattern: /^(?:next|up next|next (?:story|article|post|up))\s*(?:[:»›>|]|[-–—](?=\s))\s*\p{Lu}[^]{5,180}(?<![.!])$/iu, reason: 'next story' },
  // "Go deeper: <another story's title>" (a title, no full stop) under the story, and "Go deeper" alone over a teaser for
  // the next story ("Go deeper", a title, its picture's credit, its lede): links to more reading, the second the end of
  // the story.
  { maxLength: 200, pattern: /^(?:go deeper|dig deeper|keep reading|more reading)\s*(?::|\(\d+\s+min\.?\s+read\)\s*:?)\s+\S[^]{2,180}(?<![.!])$/iu, reason: 'related links' },
  { endsStory: true, maxLength: 40, pattern: /^go deeper(?:\s*(?:arrow|[→›»>]))?(?:\s*\p{Lu}\p{Ll}{2}\.? \d{1,2}, \d{4})?$/iu, reason: 'related links' },
  // A link to another story set inside the story under a label of two words, bulleted or not ("• Related content: [VIDEO]
  // Metals council releases …", "Related coverage: …", "Related video: …"): the site's, wherever it stands.
  { maxLength: 300, pattern: /^(?:[•·▪■●◦‣*]\s*)?related (?:content|coverage|stories|story|articles?|posts?|news|links?|reading|video|videos|reports?)\s*:\s+\S.{5,260}(?<![.!])$/iu, reason: 'related links' },
  // A theme's placeholder for the lead picture ("Post Featured Image") and a picture's credit in brackets ("(Courtesy :
  // Example Supplements)").
  { maxLength: 40, pattern: /^(?:post |article |story )?featured image$/i, reason: 'image placeholder' },
  { maxLength: 80, pattern: /^\(\s*(?:photo\s+)?courtesy\s*:?\s*[^()]{2,60}\)$/i, reason: 'photo credit' },
  // A site's or broadcaster's name left with a stray mark from the page's layout ("/ Channel 9 News", "Valley Herald·").
  { maxLength: 60, pattern: /^(?:[/|]\s*\p{Lu}[\p{L}\d&'’. -]{1,40}|\p{Lu}[\p{L}\d&'’ -]{1,40}\s*[·•])$/u, reason: 'site name' },
  // A breadcrumb ("World > Asia & Oceania", "Current:Home > Invest…").
  { maxLength: 560, pattern: /^(?:current\s*:\s*)?[\p{L}\d&' ]{2,30}(?:\s+[>»›]\s+[^>»›]{1,120}){1,4}$/u, reason: 'breadcrumb' },
  // …and one that opens on "Home" with bars or slashes between its parts ("Home | Region | Economy", "Home / News"), or on
  // a site's section with slashes between its parts ("News / Persian Gulf").
  { maxLength: 200, pattern: /^(?:home|homepage|start)(?:\s*[|/]\s*[\p{L}\d&'’ -]{1,40}){1,4}$/iu, reason: 'breadcrumb' },
  { maxLength: 120, pattern: /^(?:News|World|Sports?|Business|Politics|Local|National|Regional|Opinion|Entertainment|Lifestyle|Latest|Nation|Region)\s+\/\s+\p{L}[\p{L}&'’.-]*(?:\s+\p{L}[\p{L}&'’.-]*){0,2}(?:\s+\/\s+\p{L}[\p{L}&'’.-]*(?:\s+\p{L}[\p{L}&'’.-]*){0,2}){0,3}$/u, reason: 'breadcrumb' },
  // A line of the site's ads.txt printed into the page ("google.com, pub-1234567890, DIRECT, f08c47fec0942fa0", its domain
  // left out at times): an advertising seller's record, never the story's.
  { maxLength: 160, pattern: /^(?:[a-z\d-]+(?:\.[a-z\d-]+)+)?\s*,\s*[\w.-]{1,60}\s*,\s*(?:DIRECT|RESELLER)(?:\s*,\s*[\da-f]{6,40})?\s*$/i, reason: 'ads.txt record' },
  // The site's link to its picture galleries, alone on its line ("Photo Galleries", "Daily Photo Galleries", "Video
  // Gallery").
  { maxLength: 40, pattern: /^(?:(?:daily|latest|more|our|top|local|sports?|news)\s+){0,2}(?:photo|video|picture|image)s?\s+galler(?:y|ies)$/i, reason: 'gallery link' },
  // A newsroom's contact note under the story ("For more information or news tips, or if you see an error in this story …").
  { endsStory: true, pattern: /^for more information or news tips\b.{0,300}$/i, reason: 'newsroom contact note' },
  { endsStory: true, pattern: /^(if you (see|spot|notice) an error in this (story|article)|have a news tip\??|got a (news )?tip\?)\b.{0,200}$/i, reason: 'newsroom contact note' },
  // A station's footer under the story ("Send a News Tip to Channel 9 News", "Report a Typo", "Related Topics:"): its
  // buttons, each alone on a line; the site's lists follow them.
  { endsStory: true, maxLength: 80, pattern: /^(?:send (?:us )?(?:a |your )?(?:news )?tips?(?: to [\p{L}\d&'’. -]{1,40})?|report an? (?:typo|error|correction))\s*[.!]?$/iu, reason: 'newsroom contact note' },
  { pattern: /^(listen to (this|the) (article|story)|\d+ min (read|listen)|listen|play|pause|\d{1,2}:\d{2})\.?$/i, reason: 'audio player note' },
  { pattern: /^join (?:the |our )?[\p{L}\d&'’. -]{2,60} (?:channel|community|group)(?: on [\p{L} ]{2,20})?$/iu, reason: 'channel promo' },
  { pattern: /^follow\s*:?\s*google news(?: icon)?$/i, reason: 'share bar' },
  // "Follow us on Google News", "Follow Us on Follow Example News at Google News" (the widget's label run into its
  // button's): a prompt to follow the site on a platform, nothing more on the line.
  { maxLength: 120, pattern: /^(?:follow us(?:\s+on)?\s*:?\s*)?follow\s+(?:us|[\p{L}\d&'’.-]+(?:\s+[\p{L}\d&'’.-]+){0,4}?)\s+(?:at|on|via)\s+(?:google news|whatsapp|telegram|youtube|instagram|facebook|twitter|x|threads|tiktok|linkedin)\s*[.!]?$/iu, reason: 'share bar' },
  { pattern: /^[•·]\s*share$/i, reason: 'share bar' },
  // "Social Share", "Social Sharing": a share widget's heading, whose two capitalised words read like a name.
  { pattern: /^social\s+shar(?:e|ing)$/i, reason: 'share bar' },
  { endsStory: true, pattern: /^how to submit an op-?ed\b.{0,400}$/i, reason: 'submission note' },
  // An aggregator's copy: its note above the story, and the link to the paper's original that closes it.
  { endsStory: true, pattern: /^read the (?:original|full) (?:article|story|post) (?:on|at) \p{Lu}[\p{L}\d&'’. -]{1,60}$/iu, reason: 'aggregator footer' },
  { pattern: /^this entry passed through the full-text rss service\b.{0,300}$/i, reason: 'aggregator note' },
  // The comment section's heading after the story ends it; in the header it is a button (see parseStory).
  // A blog's comment block opens with its count ("1 comment:", "• no comments"), a bullet or a colon left on it.
  // (…also named for who writes them: "Member comments", "Readers' comments", "User comments".)
  // (…its count after a dash, a colon or a bar as some themes print it: "Comments - 36", "Comments: 4", "Comments | 2".)
  { endsStory: true, pattern: /^(?:[•·]\s*)?(comments?\s+\(?\d+\)?|comments?\s*[-–—:|]\s*\d{1,5}|(?:(?:member|reader|user|visitor|subscriber)s?['’]?\s+)?comments?|\d+ comments?(?:\s*close comments?)?:?|no comments(?: yet\.*|:)?(?:\s+(?:why (?:don[’']t|not) you|be the first to)\b[^.!?]{0,60}[.!?]?)?|comments are closed\.?|be the first to comment!?|join the conversation)$/i, reason: 'comment section' },
  // A blog's comment section headed by its count and the post's title ("7 Responses to Three-car crash on the bypass",
  // "One Response to “Ferry fares rise”", "2 thoughts on “Ferry fares rise”", "12 Comments on Ferry fares rise", "No
  // Responses to …", "5 replies to …", "3 commentaires sur « … »", "2 comentarios en «…»", "4 Kommentare zu „…“",
  // "3 reacties op …"): the comments under the story, and what follows them. A sentence of the story that opens so goes
  // on past a full stop or closes on one.
  { endsStory: true, keepsReports: true, maxLength: 260, pattern: /^(?:\d{1,5}|no|one|two|three|four|five|six|seven|eight|nine|ten|un|une|dos|tres|zwei|drei)\s+(?:responses?|thoughts?|comments?|replies|reply|reactions?|commentaires?|comentarios?|kommentare?|reacties?|respuestas?|risposte|commenti)\s+(?:to|on|about|for|sur|à|en|a|zu|op|auf|para|per|su)\s+(?![^.!?]{0,200}[.!?]\s+\p{Lu})(?!.*\.$)\S.{0,200}$/iu, reason: 'comment section' },
  // …and its notice that comments are shut on this story ("Sorry, we are not accepting comments on this article.",
  // "Comments have been disabled for this story.", "Commenting is closed for this article."): the comment section's, no one reported.
  { endsStory: true, maxLength: 100, pattern: /^(?:sorry,?\s+)?(?:we(?:[’']re| are) not (?:accepting|taking|allowing) (?:any )?(?:new |further )?comments|comments (?:have been|are|were) (?:disabled|closed|switched off|turned off)|commenting (?:has been|is) (?:disabled|closed|switched off|turned off))(?: (?:on|for) this (?:article|story|post|page|piece))?\s*[.!]?$/i, reason: 'comment section' },
  // Its heading in the words of a blog's theme: "1 thought on “Title”", "2 Responses", "One response to “Title”".
  // A threaded comment's header as a list item under the story, no heading over the thread ("• Jane December 17, 2018 (10:32
  // am)", "• Jane Roe says: May 5, 2024 at 9:01 pm"): the bullet, the commenter's name or handle (three words at most),
  // then the day with its time in brackets, or "says:" and the day. A byline has no bullet before it; an item of a
  // story's list says more than a name before its day.
  { endsStory: true, maxLength: 90, pattern: /^[•·▪]\s*[\p{L}\d_.'’-]+(?:\s+[\p{L}\d_.'’-]+){0,2}?(?:\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*\(\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*\)|\s+(?:says|wrote)\s*:\s*(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?)$/iu, reason: 'reader comment' },
  { endsStory: true, maxLength: 200, pattern: /^(?:\d{1,4}|one|two|three)\s+(?:thoughts?|responses?|replies|reactions?)(?:\s+(?:on|to)\s+["“‘'].{0,160})?\s*:?$/i, reason: 'comment section' },
  // A comment form's heading under a story ends it (its fields and notices follow); in the header it is a button.
  { endsStory: true, pattern: /^(leave (us )?a (comment|reply)|post a comment|add a comment|add new comment|your email address will not be published\b.*)\.?$/i, reason: 'comment prompt' },
  { pattern: /^(view comments|show comments|reply|reply ↓|report comment|report this comment)\.?$/i, reason: 'comment prompt' },
  // The same heading in a theme's other wordings and languages ("Add comment", "Laisser un commentaire", "Deja un
  // comentario", "Lascia un commento", "Schreibe einen Kommentar"): a form's button, a few words and no sentence.
  { endsStory: true, maxLength: 40, pattern: /^(?:(?:add|write|post|leave|submit) (?:(?:a|your|new) )?comment|(?:laisser|ajouter|écrire|poster) un commentaire|(?:deja|dejar|añadir|escribe) (?:un|tu) comentario|(?:deixe|deixar|adicionar) (?:um|seu) comentário|(?:lascia|aggiungi|scrivi) un commento|(?:schreibe|hinterlasse) einen kommentar|kommentar (?:schreiben|hinzufügen|hinterlassen))\s*[.!:]?$/iu, reason: 'comment prompt' },
  // A comment form's spam-filter notice, in whatever language the theme prints it ("This site uses Akismet to reduce
  // spam. Learn how your comment data is processed.", "Ce site utilise Akismet …"): it names the filter and the comments.
  { keepsReports: true, endsStory: true, maxLength: 260, pattern: /^(?=.{0,80}\bakismet\b).{0,200}\b(?:comment|commentaire|comentario|comentário|commento|kommentar)\p{L}*\b.{0,80}$/iu, reason: 'comment form notice' },
  // A comment form's notices in a theme's older wordings ("You must be logged in to post a comment.", "Here's your chance
  // to leave a comment!"): the form, under the story.
  // (…and its sign-in prompt: "Log in here to leave a comment.", "Sign in to comment".)
  { endsStory: true, maxLength: 80, pattern: /^(?:you must be (?:logged in|signed in|registered(?: and logged in)?) to (?:post|leave|add|write|submit) (?:a |your )?(?:comment|reply)|(?:please\s+)?(?:log|sign)[ -]?in(?: here| now)? to (?:(?:post|leave|add|write|submit|see|read|view) (?:a |your )?)?(?:comments?|reply)|(?:here[’']s|this is) your chance to (?:leave|post|add|write) (?:a |your )?comment|only (?:registered|logged[- ]in) (?:users|members) can (?:comment|post comments))\s*[.!]?$/i, reason: 'comment prompt' },
  // An empty block's placeholder ("No stories found.", "No related posts."): a list of links with nothing in it; the
  // page's footer follows it.
  { endsStory: true, maxLength: 50, pattern: /^no (?:related |more |other )?(?:stories|posts|articles|news|results|items|entries)(?: (?:were )?found| to (?:show|display)| available| yet)?\s*[.!]?$/i, reason: 'empty link list' },
  // …and a post's empty tag row in a blog theme's words ("No tags for this post.", "No categories for this entry"): the
  // tag block under the story, nothing in it.
  // A tag block's heading alone on its line under the story, its tags set as links under it or not printed ("Tags",
  // "Keywords", "Etiquetas", "Schlagwörter", "Mots-clés", a colon after it or none): the block, and what follows it, is the
  // page's. (In the header it is a menu's item, dropped all the same.)
  { endsStory: true, maxLength: 16, pattern: /^(?:tags|tagged|keywords|etiquetas|palavras-chave|schlagw(?:ö|oe)rter|mots[- ]cl[ée]s|parole chiave|trefwoorden)\s*:?$/i, reason: 'tags' },
  // An editor's code under the story's last paragraph, as an agency's content system prints it: initials and a desk's
  // letters with the story's number run on, joined by slashes ("AB/XNA40211873"). One token of capitals and figures, no
  // word of the story. (Its number after a label, "News Code 148490", is read as the page's source id.)
  { maxLength: 30, pattern: /^(?=[^\s]*\d{5})\p{Lu}[\p{Lu}\d]{0,7}(?:\/[\p{Lu}\d]{1,16}){1,3}$/u, reason: 'story code' },
  { endsStory: true, maxLength: 50, pattern: /^no (?:tags|categories|labels|keywords|topics) (?:for|on|in) this (?:post|article|story|entry|page)\s*[.!]?$/i, reason: 'tags' },
  // A tag block's hint to the reader ("Find other news on this topic by clicking on the tags and category key words
  // above."): it points at the page's tags or categories, no one reported.
  { keepsReports: true, endsStory: true, maxLength: 200, pattern: /^(?:find|see|browse|read|discover|explore) (?:other|more|related|similar) (?:news|stories|articles|posts|items|reports)\b[^.!?]{0,60}\b(?:click(?:ing)?|tap(?:ping)?|follow(?:ing)?|us(?:e|ing)|select(?:ing)?)\b[^.!?]{0,40}\b(?:tags?|categor(?:y|ies)|key ?words?|topics?|labels?)\b[^.!?]{0,40}[.!]?$/i, reason: 'tags' },
  // A site's boast about itself closing the page ("The best maritime site on the web. …", "Your number one source for
  // harbour news online"): the site's tagline, its name over it; a sentence that goes on about such a site stays.
  { keepsReports: true, endsStory: true, maxLength: 200, pattern: /^(?:the|your) (?:best|leading|largest|biggest|number one|no\.? ?1|#1|premier|most trusted|only) (?:[\p{L}'’&-]+ ){0,3}(?:site|website|portal|source|magazine|publication|blog|destination|resource) (?:on the (?:web|internet|net)|online|in the world|(?:for|of|on) [\p{L}'’& -]{2,40}?)(?:[.!]\s.{0,120}|[.!]?)$/iu, reason: 'tagline' },
  // A comment form's field prompts ("Please enter your comment!", "Please enter your name here"): the form, under the story.
  { endsStory: true, maxLength: 60, pattern: /^please enter (?:your|a) (?:comment|name|e-?mail(?: address)?|website|reply)(?: here)?\s*[.!]?$/i, reason: 'comment prompt' },
  // A site's rules for its readers' comments, printed under the story without a heading ("Comments which are offensive
  // will be removed.", "X reserves the right to remove any comments.", "User comments are solely the views of their
  // writers …", "X accepts no liability for the comments made by users."): it speaks of comments and of the site's say
  // over them; a sentence that reports someone's words stays.
  // (…and its notice to a subscriber on who may comment, in the reader's own account's terms: "With your current
  // subscription plan you can comment on stories. However, before writing your first comment, please create a display
  // name in the Profile section of your subscriber account page.": the comment box's, under the story.)
  { keepsReports: true, endsStory: true, maxLength: 400, pattern: /^(?=.{0,240}\bcomments?\b)(?=.{0,300}\b(?:will be (?:removed|deleted|moderated)|reserves? the right|accepts? no (?:liability|responsibility)|(?:are|is) (?:solely )?the (?:views?|opinions?) of|(?:with|under) your (?:current )?(?:subscription|membership)(?: plan)?,? you (?:can|may|cannot|can['’]t)|(?:create|choose|set up) a display name|your subscriber account)\b).{20,400}$/i, reason: 'comment policy' },
  // A blog platform's footer under a reposted item ("Read The Rest: example.org", "Powered by Blogger."), and an
  // agency's initials alone in brackets closing a wire story ("(CNA)", "(AFP)"): the notices after them are the agency's.
  { endsStory: true, maxLength: 120, pattern: /^(?:read the rest\s*:.{0,100}|powered by\s+\p{Lu}[\p{L}\d.&'’ -]{1,30}\.?)$/iu, reason: 'aggregator footer' },
  { endsStory: true, maxLength: 10, pattern: /^\(\p{Lu}{2,6}\)$/u, reason: 'agency credit' },
  // A label and its value run together with no space after the colon ("Storyline:National News", "Section:Local"): a
  // theme's category row, capitalised words and no sentence. (A sentence after a colon has words in lower case.)
  { maxLength: 60, pattern: /^\p{Lu}\p{Ll}{2,15}:\p{Lu}[\p{L}&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’-]*){0,3}$/u, reason: 'category label' },
  // A post's category label under the story ("Category: Local News"); what follows it is the comment thread or the
  // site's lists. (A "Categories:" list of tags is read as tags.)
  { endsStory: true, maxLength: 60, pattern: /^category\s*:\s*\p{L}[\p{L}\d&'’ ,-]{1,50}$/iu, reason: 'tags' },
  // The comment form under a story ends it ("Comment Form is loading comments...").
  { endsStory: true, pattern: /^comment form is loading comments?\W*$/i, reason: 'comment section' },
  { endsStory: true, pattern: /^comments are posted (?:from|by) (?:viewers|readers|users)\b.{0,160}$|^(?:please enable javascript to view the )?comments powered by disqus\.?$/i, reason: 'comment section' },
  // A teaser's way out: "See full story in this week's print edition", "Source link", "Read full article", "Read the entire article here.".
  { endsStory: true, keepsReports: true, pattern: /^((see|read) (the )?(?:full|entire|complete|whole) (story|article|report)\b.{0,80}|source link|read (the )?(original|source)( article| story)?)$/i, reason: 'link to the full story' },
  // A link out to more of the site's coverage, its link's words often lost with the link ("You can see's complete coverage
  // here.", "Read more of our coverage of the trial here", "Follow live updates here."): the verb opens the line,
  // what is covered at most follows the noun, and "here" closes it.
  { keepsReports: true, maxLength: 160, pattern: /^(?:you can\s+)?(?:see|read|find|follow|get|check out|view|catch up on|watch|browse)\b[^.!?]{0,50}\b(?:coverage|updates|stories|reports|reporting|articles)(?:\s+(?:of|on|about|from|in|at)(?:\s+[^\s.!?,]+){1,6})?\s+here\s*[.!]?$/i, reason: 'link to more coverage' },
  // An excerpt's link on to the rest ("Continue reading this piece here.", "Continue reading the article at Example
  // Weekly"): the teaser's way out, as "Read full article" is.
  { endsStory: true, maxLength: 120, pattern: /^continue reading (?:this|the) (?:piece|article|story|post|report|feature)(?:\s+(?:here|(?:at|on) [^.!?]{2,60}))?\s*[.!…]*$/i, reason: 'link to the full story' },
  // A proofreading prompt under the story ("Report a typo: select the text and press Ctrl+Enter."): the page's, and
  // what follows it (an author card, the comments) is too.
  { endsStory: true, maxLength: 200, pattern: /^(?:report|spotted|found|see|noticed) an? (?:typo|mistake|error|misprint)\s*[:?!]\s*(?=.{0,160}\b(?:ctrl|select|highlight|press|click|let us know)\b).{0,160}$/i, reason: 'typo prompt' },
  // (…its question alone on its line, the way to send the correction on the next: "Seen a mistake?", "Spotted an error?",
  // "Found a typo?".)
  { endsStory: true, maxLength: 40, pattern: /^(?:seen|spotted|found|see|noticed|spot|find) an? (?:typo|mistake|error|misprint|inaccuracy)(?: in (?:this|the) (?:article|story|text))?\s*\?$/i, reason: 'typo prompt' },
  // A theme's tag residue under the story (". (tagsToTranslate) rally (t) fares"): its tag cloud, not a paragraph.
  { endsStory: true, maxLength: 500, pattern: /^[.\s]{0,3}\(tagsToTranslate\).{0,480}$/i, reason: 'tags' },
  // A blog's comment count in words under the story ("Post with no comments.", "Article with 3 comments").
  { endsStory: true, maxLength: 60, pattern: /^(?:post|article|story|entry) with (?:no|\d+) comments?\.?$/i, reason: 'comment section' },
  // …and a comment counter by the dateline, the count in brackets before who spoke ("(0) user say", "(12) readers
  // comment", "(3) comments"): a link to the comments, no paragraph.
  { maxLength: 30, pattern: /^\(\s*\d[\d,]*\s*\)\s*(?:(?:users?|readers?|people|persons?)\s+(?:say|says|said|comments?|commented)|comments?|opinions?|reactions?)$/i, reason: 'comment section' },
  // …and the same promo run on in one line, in quotes or after a cry ("\"Exciting news! The Ledger is now on WhatsApp
  // Channels Subscribe today by clicking the link …\" Click here!"): the outlet on a channel, and a call to join it. A
  // sentence reporting that someone is now on a channel says who said so.
  { keepsReports: true, endsStory: true, maxLength: 400, pattern: /^(?=.{1,90}? (?:is|are) now (?:on|available on) )["“]?(?:[^.!?]{0,40}[.!?]\s+)?[\p{L}\d&'’. -]{1,40} (?:is|are) now (?:on|available on) (?:telegram|whatsapp|signal|viber|threads|bluesky|google news|youtube|instagram|tiktok)\b(?=.{0,240}\b(?:subscribe|follow|join|click|tap)\b).{0,300}$/iu, reason: 'channel promo' },
  // A feed's disclaimer under a story it did not write ("This story has been sourced from a third party syndicated feed,
  // agencies. X accepts no responsibility or liability for …"): where the text came from, and no liability for it.
  // (Only "said", "says" and "told" keep such a line: a disclaimer may well say "according to" its terms.)
  { endsStory: true, maxLength: 800, pattern: /^(?=.{0,240}\b(?:syndicat(?:ed|ion)|third[- ]party|agency|agencies|wire|feed)\b)(?!.*\b(?:said|says|told)\b)(?=.{0,500}\b(?:accepts?|takes?|bears?|assumes?|holds?) no (?:responsibility|liability)\b).{20,800}$/i, reason: 'syndication disclaimer' },
  // A channel promo headed by the outlet ("The Daily Ledger is now on Telegram!"), its subscribe line after it.
  { endsStory: true, maxLength: 80, pattern: /^[\p{L}\d&'’. -]{1,40} (?:is|are) now on (?:telegram|whatsapp|signal|viber|threads|bluesky|google news|youtube|instagram|tiktok)\s*!?$/iu, reason: 'channel promo' },
  // A video block's heading under the story ("Watch our Embassy's videos", "Watch our latest videos").
  { endsStory: true, maxLength: 60, pattern: /^(?:watch|see|view) (?:our|more|the latest) (?:[\p{L}'’&-]+ ){0,3}videos$/iu, reason: 'video block' },
  // A promo for the site's video under the story, its title in quotes and "here:" over the player ("Watch the video
  // “Ferry Crews Say the Storm Came Early” here:"): the page's, and what follows it (an encyclopedia box on a place) too.
  { endsStory: true, maxLength: 240, pattern: /^(?:watch|see|view) (?:the|this|our) (?:full )?(?:video|clip|footage)\s*["“‘].{3,200}["”’]\s*(?:here|below|above)\s*[:.!]?$/iu, reason: 'video promo' },
  // A widget's error left in the page ("Oops, something went wrong.", "Error loading content").
  { maxLength: 60, pattern: /^(?:oops[,!.]? )?(?:something went wrong|an error (?:has )?occurred|error loading (?:content|video|widget|feed))(?:\. (?:please )?try again(?: later)?)?[.!]?$/i, reason: 'page widget' },
  // (…and its pieces, one a line, as a widget's box prints them under a bullet or none: "• Oops!", "Something went
  // wrong.", "Please try again later.", "Whoops, we couldn't load this content.", "Unable to load the video.", "There
  // was a problem loading the comments.", "Sorry, an unexpected error occurred.")
  { maxLength: 90, pattern: /^(?:[•·▪*–-]\s*)?(?:(?:oops|whoops|uh[- ]oh)[!.,]*|(?:(?:oops|whoops|uh[- ]oh|sorry)[!.,]*\s+)?(?:something (?:went|has gone|[’']s gone) wrong|an (?:unexpected |unknown )?error (?:has )?occurred|there (?:was|has been) (?:an error|a problem)(?: (?:loading|playing|displaying) (?:this|the) (?:content|video|page|widget|player|feed|comments|image|gallery))?|(?:we )?(?:were |are |[’']re )?(?:unable|failed|couldn[’']t|could not|can[’']t|cannot) (?:to )?load (?:this |the )?(?:content|video|page|widget|player|feed|comments|image|gallery)|error loading (?:the )?(?:content|video|widget|feed|comments|player)|we(?: are|[’']re) having trouble loading (?:this|the) (?:content|video|page|player))(?:[.!,;]*\s*(?:please )?try again(?: later)?)?[.!]*|please (?:try again later|try again|refresh the page|reload the page)(?: or [^.!?]{3,40})?[.!]*)$/i, reason: 'page widget' },
  // A notice that the story is old, set over it by the site's archive ("This article was published 20/3/2019 (343 days
  // ago), so information in it may no longer be current.", "This article is more than 5 years old.", "This story was
  // published over a year ago.", "Archived: this article is from 2014 and may be out of date.", "Please note: this
  // content is more than 12 months old and some details may have changed."): the page's, not the story's.
  { maxLength: 260, keepsReports: true, pattern: /^(?:(?:please )?note|archived?(?: (?:article|story|content))?|notice|warning)?\s*[:.!-]?\s*this (?:article|story|post|report|page|content|piece|item) (?:is|was|has been) (?:[^!?]{0,140}\b(?:may|might|could|can) (?:no longer be (?:current|accurate|up[- ]to[- ]date|correct|relevant|valid)|be (?:out[- ]of[- ]date|outdated|inaccurate)|contain (?:outdated|out[- ]of[- ]date) (?:information|details)|have changed)(?: since(?: (?:then|publication))?)?|(?:(?:first |originally )?(?:published|posted|written)\s+)?(?:(?:more than|over|older than|at least)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:old|ago))[.!]?$/i, reason: 'old article notice' },
  // A revision note over or under the story, what the desk changed in it: a label with its date or time ("Update, Jan.
  // 26:", "UPDATE (March 4):", "Updated 3:15 p.m.:", "Correction:", "Editor's note:") over a list of what changed, note
  // style with no verb of its own ("Headline changed, details of the indictment added.", "Photos and a map added."),
  // or a line saying what the story was updated with ("This article has been updated to include …"; not the update
  // stamp alone, "This article was updated on <date>", a date line). (A label over news,
  // "Update: The road has been reopened.", is the story's; so is a wire's correction closing it, "An earlier version of
  // this story gave the wrong year …".)
  { maxLength: 320, pattern: /^(?:(?:(?:update|updated|correction|clarification|editor[’']?s note|note)s?\b(?:[^:\n]|\d:\d){0,40}:\s*)(?![^.]*\b(?:was|were|is|are|has|have|had|been|will)\b)(?:the |a |an |new |more |further |additional |some )?(?:headline|title|subhead|photos?|images?|pictures?|video|map|graphics?|details?|quotes?|comments?|information|figures?|context|byline|reaction|background|links?|story)\b[^.!?]{0,120}?\b(?:changed|added|updated|revised|corrected|removed|amended|clarified|included|expanded|rewritten)\b[^!?]{0,160}|(?:(?:update|updated|correction|clarification|editor[’']?s note|note)s?\b(?:[^:\n]|\d:\d){0,40}:\s*)?this (?:article|story|report|post|piece)(?: has been| was)? (?:updated|revised|changed|edited)\b[^.]{0,40}?\b(?:to (?:include|reflect|add|correct|clarify|remove|show|note|update)|with (?:new|more|additional|further|comments?|details?|information|quotes?|reaction|the latest))\b[^]{0,200})$/i, reason: 'revision note' },
  // An editor's note over the story sending the reader to the outlet's other coverage ("[Editor's Note: Follow our live blog
  // on the floods for the latest developments.]", "Editor's note: Read all our coverage of the election here."): a pointer
  // to other pages, not the story.
  { keepsReports: true, maxLength: 260, pattern: /^[[(]?\s*editor[’']?s['’]?\s+note\s*[:.-]\s*(?:please\s+)?(?:follow|read|see|check out|visit|catch up (?:on|with)|get|for)\b[^\])]{0,200}?\b(?:live (?:blog|updates|coverage|page)|(?:full|all|complete|ongoing|latest) (?:of (?:our|the) )?coverage|coverage)\b[^\])]{0,120}[\])]?$/iu, reason: 'editor\'s note' },
  // A developing story's note ("Information in development …", "This is a developing story."): the page's, not a paragraph.
  { maxLength: 60, pattern: /^(?:information in development|(?:this is an? )?(?:developing|breaking) (?:story|news)|this story is (?:developing|being updated)|story (?:in development|developing))\s*(?:[.…!]|\.{3})*$/i, reason: 'developing story note' },
  // A sidebar's list of the site's latest posts under the story ("Recent Posts", "Recent Articles:"), titles and teasers.
  { endsStory: true, maxLength: 40, pattern: /^(?:[•·]\s*)?recent (?:posts|news|articles|stories|updates|entries)\s*:?$/i, reason: 'site navigation' },
  // …and its longer forms, which promise updates ("This is a developing story and will be updated as more information
  // becomes available.", "Keep checking back as we will be updating …", "Check back later for updates."). A sentence
  // that reports what someone said is the story's.
  { keepsReports: true, maxLength: 220, pattern: /^(?:\(?\s*(?:this is an? (?:developing|breaking)(?: news)? story|this (?:story|article|report|post) (?:is developing|will be updated|may be updated|is being updated))\b.{0,160}|(?:please )?(?:keep )?check(?:ing)? back\b.{0,40}\b(?:updat\w*|details|information|more)\b.{0,120})$/i, reason: 'developing story note' },
  // The same promise in the newsroom's words ("We will update this story as more information becomes available.", "Stay
  // with Channel 9 News for updates.", "Stay tuned for updates.", "More details to come."); a sentence that reports
  // someone's words stays.
  { keepsReports: true, maxLength: 200, pattern: /^(?:we(?:[’']ll| will) (?:update|be updating|continue to update) this (?:story|article|report|post)\b.{0,140}|we(?:[’']ll| will) (?:bring you|have|provide|share|post) more (?:details|information|updates)\b.{0,120}|stay (?:with|tuned to) [\p{L}\d&'’. -]{1,40} for (?:updates|the latest|more)\b.{0,100}|stay tuned(?: for (?:updates|more(?: details| information)?))?|(?:more )?(?:details|information|updates) (?:to come|to follow|will follow)|refresh (?:this|the) page for (?:the latest|updates)\b.{0,60})\s*[.…!]*$/iu, reason: 'developing story note' },
  // A related story pasted under the story ("In a related news :", "In other news:", "In other news – <its title>") ends
  // it. (A sentence of the story goes on after a comma: "In other news, the council …".)
  { endsStory: true, pattern: /^in (a |an )?(related|other|similar) (news|development|story|stories|report)\s*(?::|(?::|\s[-–—])\s+\S.{2,150})?$/i, reason: 'related story' },
  // (…"READ SOME MORE", "Read even more", "Read more stories": the same label in a site's own words, between paragraphs;
  // "View more….", "Read more....": its ellipsis closed with a full stop.)
  { pattern: /^(read (?:some |even )?more(?: (?:stories|news|articles))?|continue reading|keep reading|read on|more|show more|load more|see more|view more)\s*(?:[»›→>…]|\.{3})*(?:(?<=…|\.{3})\.)?$/i, reason: 'link button' },
  // "To learn more about the disease, click here.", "For the full schedule, click here": a link's prompt, its words pointing
  // at where the page links to, not the story's (a sentence that reports someone's words stays).
  { keepsReports: true, maxLength: 160, pattern: /^(?:to|for)\s[^.!?]{3,120},\s*(?:please\s+)?(?:click|tap)\s+(?:here|this link|the link below)\s*[.!]?$/i, reason: 'link prompt' },
  // …and the bare prompt on a line of its own ("Click here for more information.", "Click here to read the report"): the
  // link's words, nothing reported.
  { keepsReports: true, maxLength: 100, pattern: /^(?:please\s+)?(?:click|tap)\s+here\s+(?:for|to)\s+[^.!?]{2,70}[.!]?$/i, reason: 'link prompt' },
  // …and a site's notice closing on that prompt to learn more ("Example Times has been acquired by Example Media. Click here
  // to learn more.", "Our site is moving. Tap here for more details."): a sentence or three about the site itself (its
  // owner, its address, its look), then the prompt alone. (A story's paragraph closing on the prompt, "The full report is
  // on the ministry's website. Click here to learn more.", is the story's.)
  { keepsReports: true, maxLength: 220, pattern: /^(?=[^]*\b(?:acquired|acquisition|merged|merger|is now part of|has joined|(?:is|are|we're|we are) moving|has moved|new (?:home|look|address|website|site|app)|rebrand(?:ed|ing)?|our (?:new )?(?:site|website|app|platform))\b)[^.!?]{3,140}[.!?](?:\s+[^.!?]{1,60}[.!?]){0,2}\s+(?:please\s+)?(?:click|tap)\s+here\s+(?:to\s+(?:learn|find\s+out|read)\s+more|for\s+(?:more\s+(?:details|information|info)|details))\s*[.!]?$/i, reason: 'site notice' },
  // "The post <title> appeared first on <site>.": a feed's repost footer under a story taken from another site.
  // (The site is named, in capitals and with no comma: "… appeared first on the list of branches, the union said" is a story's.)
  { maxLength: 300, pattern: /^the post\s.{3,200}\sappeared first on\s+\p{Lu}[^,;]{1,100}$/iu, reason: 'repost footer' },
  { pattern: /^(scroll to top|back to top|go to top|top of page|to top)\s*[↑^]?$/i, reason: 'site navigation' },
  // "Top of Harbour FM News page here.": a link back to the top of the section's page.
  { maxLength: 80, pattern: /^(?:back to )?(?:the )?top of (?:the )?[\p{L}\d&'’. ]{0,50}\bpage(?: here)?\.?$/iu, reason: 'site navigation' },
  { pattern: /^((?:press\s+["“]?enter["”]?\s+to\s+)?skip to (main )?(content|navigation|search)|back to (?:the )?home ?page|go to (contents|navigation)|jump to|you are here:?|edit post|menu|search|close|open menu|main menu|toggle navigation|home|log ?in|sign in|register|my account|account)$/i, reason: 'site navigation' },
  { pattern: /^(share|share this (article|story|page|post)|share on \w+|tweet|email|e-mail|email this( link| (article|story))?|print|copy|copy link|copied|link copied|share\d*|click here to share[\p{L} ]*|reuse this content|font size|text size|a|save articles to read later[\p{L} ,.]*|save|save article|bookmark|gift (this )?article|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|messenger|flipboard)$/iu, reason: 'share buttons' },
  // A picture's button to enlarge it, alone or run on after the picture's topic tag ("View image in full screen",
  // "Wildfire Season View image in full screen"): the picture's, no paragraph.
  { maxLength: 100, pattern: /^(?:[\p{Lu}\d][\p{L}\d'’&,-]*(?:\s+[\p{Lu}\d&][\p{L}\d'’&,-]*){0,7}\s+)?(?:[Vv]iew|VIEW|[Oo]pen|[Ss]ee|[Ss]how)\s+(?:the\s+)?(?:[Ii]mage|[Pp]hoto|[Pp]icture|[Gg]allery|[Vv]ideo|IMAGE|PHOTO)\s+(?:in\s+)?(?:[Ff]ull[\s-]?[Ss]creen|FULL[\s-]?SCREEN)$/u, reason: 'image widget' },
  // An image slot's label left where the picture was, alone on its line: "Image", "Photo", or the picture service's
  // initials before it ("SNL Image", "AP Photo"). Set so, in capitals and with no article, it is no subheading.
  { maxLength: 30, pattern: /^(?:\p{Lu}{2,8}\s+)?(?:Image|Photo|Picture|Graphic|Illustration|IMAGE|PHOTO|PICTURE|GRAPHIC)$|^(?:\p{Lu}{2,8}|Reuters|Xinhua|Bernama|Yonhap)\s+(?:image|photo|picture|pic)$/u, reason: 'image placeholder' },
  // …and the placeholder a site prints where a story has no picture ("No Image", "No image available", "Image not found").
  { maxLength: 30, pattern: /^(?:no (?:image|photo|picture|thumbnail)(?: available| found)?|(?:image|photo|picture) (?:not (?:available|found)|unavailable))\.?$/i, reason: 'image placeholder' },
  // A media file's name left where its player was: one token, glued to its number or joined by underscores
  // ("_Storytelling3", "Storytelling12", "IMG_2045", "harbour_day_final"), no space in it.
  // (…or its words joined by hyphens, three or more, none shorter than three letters: "Berry-farm-prices".)
  { maxLength: 60, pattern: /^\p{L}\p{Ll}{2,}(?:-[\p{Ll}\d]{3,}){2,}(?:\.(?:jpe?g|png|gif|webp))?$/u, reason: 'media file name' },
  // (…its parts joined by hyphens as well as underscores, "A350-900_Delta_RR", "IMG-2045_final".)
  { maxLength: 60, pattern: /^(?:_?\p{L}\p{Ll}{3,}\d{1,3}|(?=\S*\p{L})[\p{L}\d-]*_[\p{L}\d_-]+)(?:\.(?:mp3|mp4|m4a|wav|ogg|jpe?g|png|gif|webp|mov|MP3|MP4|JPE?G|PNG))?$/u, reason: 'media file name' },
  // "Kuwait-772", "Harbour-fire-20240312", "DSC-04512": a picture's file name of a word and a number of three digits or
  // more joined by hyphens, no space in it (a term with a short number, "COVID-19", "G-20", "F-35", is no file's, nor a
  // date with its month in words, "17-Nov-2009", "March-2024").
  { maxLength: 60, pattern: /^(?=\S*\p{L})(?!(?:\S*-)?(?:[Jj]an|JAN|[Ff]eb|FEB|[Mm]ar|MAR|[Aa]pr|APR|[Mm]ay|MAY|[Jj]u[nl]|JU[NL]|[Aa]ug|AUG|[Ss]ept?|SEPT?|[Oo]ct|OCT|[Nn]ov|NOV|[Dd]ec|DEC)\p{Ll}*-)(?:[\p{L}\d]+-)*(?:\p{L}\p{Ll}{2,}|\p{Lu}{2,4})(?:-[\p{L}\d]+)*-\d{3,}(?:-[\p{L}\d]+)*(?:\.(?:jpe?g|png|gif|webp|JPE?G|PNG))?$/u, reason: 'media file name' },
  // A widget's button named with its kind, as the page's markup labels it for screen readers: "Share Button", "Print
  // button", "Facebook Icon", "Close btn", "Comments Button" (a label, no sentence).
  { maxLength: 40, pattern: /^(?:share|print|e-?mail|comments?|close|save|bookmark|copy(?: link)?|like|follow|subscribe|download|play|pause|mute|unmute|search|menu|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|messenger|flipboard|instagram|youtube|tiktok|x)(?:\s+(?:this|article|story|page))?\s+(?:button|icon|btn|logo)s?$/i, reason: 'share buttons' },
  // A link's button to the story's full text, in a site's own words: "Read Story In Detail", "Read the full story",
  // "View full article", "Read the complete report here", "Read news in full", "See the whole story ›".
  { maxLength: 60, pattern: /^(?:read|view|see|open|continue to)\s+(?:the\s+)?(?:(?:full|complete|whole|entire|detailed)\s+(?:story|article|news|report|post|text)(?:\s+in\s+(?:detail|full))?|(?:story|article|news|report|post)\s+in\s+(?:detail|full)|rest of (?:the|this) (?:story|article|report|post))(?:\s+here)?\s*[.:»›→>…]*$/i, reason: 'link button' },
  // A paywall's notice inside the text, the story going on under it: "For access to this article please sign in or
  // subscribe.", "To access this story, log in or register.", "Please sign in or subscribe to read this article.", "You
  // must be logged in to view this content.", "Full access to this article is for subscribers."
  { keepsReports: true, maxLength: 160, pattern: /^(?:(?:for|to get|to gain)\s+(?:full\s+)?access\s+to|to\s+(?:access|read|view))\s+(?:this|the(?:\s+full)?)\s+(?:article|story|content|report|post|page)s?,?\s+(?:please\s+)?(?:sign in|log ?in|subscribe|register|become a (?:subscriber|member)|create (?:a|an) (?:free )?account)\b[^.!?]{0,60}[.!]?$|^(?:please\s+)?(?:sign in|log ?in|subscribe|register)(?:\s+or\s+(?:subscribe|register|sign up|log ?in))?\s+to\s+(?:read|access|view|unlock)\s+(?:this|the(?:\s+full)?)\s+(?:article|story|content|report|post)s?\s*[.!]?$|^you\s+must\s+be\s+(?:logged in|signed in|a (?:subscriber|member))\s+to\s+(?:read|access|view|see)\s+(?:this|the(?:\s+full)?)\s+(?:article|story|content|report|post)s?\s*[.!]?$/i, reason: 'paywall notice' },
  // A share widget's labels run together by the scraper ("Share this articleComments", "Share this articleClose Button").
  { maxLength: 100, pattern: /^share this (?:article|story|page|post)\s*(?:(?:comments?|close(?: button)?|copy link|link copied|e-?mail|facebook|twitter|whatsapp|messenger|linkedin|telegram|print)\s*)+$/i, reason: 'share buttons' },
  // A share button's label left open for the network it names ("Share to...", "Share via:", "Share on…", "Share to
  // WhatsApp"): a label, no sentence.
  { maxLength: 40, pattern: /^share(?:\s+(?:to|via|with|on|this))?(?:\s*(?:\.{2,3}|…|:)|\s+(?:to|via)\s+\p{L}[\p{L}\d+ -]{0,20})$/iu, reason: 'share buttons' },
  // A subscription offer's plan block (under the story where the paywall takes over): the plans' names ("Monthly Plan",
  // "Annual Plan"), their prices by the period ("RM 13.90/month", "$4.99 per month"), the badge ("Best Value"), the
  // billing note ("Billed as RM 96.20 for the 1st year …") and the offer's line ("… Save 35% OFF Yearly. T&C applies.").
  { maxLength: 40, pattern: /^(?:monthly|annual|yearly|weekly|quarterly|digital|premium|basic|standard|print|all[- ]access|student|family)(?:\s+(?:digital|premium|access|subscription|\+))?\s+(?:plan|package|pass)$/i, reason: 'subscription plans' },
  { maxLength: 50, pattern: /^(?:from\s+)?(?:(?:[A-Z]{1,3}\s?)?[$£€₹¥]|RM|Rs\.?|[A-Z]{3})\s?\d[\d,.]*\s*(?:\/\s*|per\s+|a\s+)(?:month|mo|year|yr|week|wk|day)\.?(?:\s*\*)?$/u, reason: 'subscription plans' },
  { maxLength: 20, pattern: /^(?:best value|best deal|great value)\s*!?$/i, reason: 'subscription plans' },
  // A subscription offer printed over the story (the paywall's box before the script hides it): the sign-in prompt for
  // subscribers ("Already a subscriber? Log in", "Already have an account? Sign in here.") and the offer's price for a
  // first period ("$1 for 3 months", "Only $1 for your first month", "Then $9.99/month. Cancel anytime.", "Get unlimited
  // digital access for just $1").
  // (…and the offer's perks in a row of short phrases under it, "Cancel anytime. No ads. Unlimited access to the app.
  // Member rewards.", and its prize draw, "Subscribe or renew to win prizes worth up to $500!".)
  { keepsReports: true, maxLength: 300, pattern: /^(?=.{0,300}\bcancel any ?time\b)(?=.{0,300}\b(?:no ads|ad-free|unlimited access|auto-renew(?:al|s)?|members?(?:'|’)? rewards|exclusive content)\b)(?:[^.!?]{1,60}[.!]\s*){3,}$/i, reason: 'subscription offer' },
  { keepsReports: true, maxLength: 160, pattern: /^subscribe (?:or renew|and renew|now|today)\b[^.!?]{0,120}\b(?:win|prizes?|offer|save|access|free)\b[^.!?]{0,60}[.!]?$/i, reason: 'subscription offer' },
  { maxLength: 70, pattern: /^already (?:a (?:subscriber|member)|subscribed|registered|have an account)\s*[?,.]?\s*(?:(?:please\s+)?(?:log|sign) ?in(?: here| now)?\s*[.!»›]?)?$/i, reason: 'subscription offer' },
  { maxLength: 70, pattern: /^(?:(?:only|just|then|now)\s+)?(?:(?:[A-Z]{1,3}\s?)?[$£€₹¥]|RM|Rs\.?)\s?\d[\d,.]*\s*(?:\/\s*|per\s+|a\s+|for\s+(?:(?:your|the)\s+first\s+|(?:\d{1,2}|one|two|three|six|twelve)\s+)?)(?:month|mo|year|yr|week|wk|day)s?\.?(?:\s+cancel any ?time\.?)?$/iu, reason: 'subscription offer' },
  { maxLength: 70, pattern: /^(?:get|enjoy|unlock)\s+(?:unlimited\s+)?(?:digital\s+)?access\s+(?:for\s+)?(?:only\s+|just\s+)?(?:(?:[A-Z]{1,3}\s?)?[$£€₹¥]|RM|Rs\.?)\s?\d[\d,.]*(?:\s*(?:\/\s*|per\s+|a\s+|for\s+)\S+(?:\s+\S+)?)?\.?$/iu, reason: 'subscription offer' },
  { maxLength: 160, pattern: /^[Bb]illed (?:(?:as|at)\s+(?:(?:[A-Z]{1,3}\s?)?[$£€₹¥]|RM|Rs\.?|[A-Z]{3})\s?\d|(?:annually|monthly|yearly|every (?:month|year))\b).{0,120}$/u, reason: 'subscription plans' },
  { keepsReports: true, maxLength: 200, pattern: /^(?=.{0,140}\b(?:save|get|enjoy)\s+(?:up to\s+)?\d{1,2}\s?%\s*off\b)(?=.{0,200}(?:\bt\s?&\s?cs?\b|\bterms\b|\byearly\b|\bannual\b|\bsubscri|\bplans?\b|\bpromo\b)).{0,200}$/i, reason: 'subscription offer' },
  { pattern: /^((share|facebook|twitter|x|whatsapp|linkedin|email|e-mail|telegram|copy link|print|reddit|messenger)[\s,|·•/]*){2,}$/i, reason: 'share buttons' },
  // A share bar whose buttons read out what they do, alone or run together, each with its network's icon name after it
  // ("Share this item via WhatsApp", "Share this item via WhatsApp whatsapp Share this item on Flipboard flipboard …",
  // "Share this article on Facebook"): one to eight buttons, nothing else on the line.
  { maxLength: 400, pattern: /^(?:share (?:this|the) (?:item|article|story|post|page|video|link) (?:via|on|to|with|by) [\p{L}\d+.-]{2,20}(?: [\p{Ll}\d+.-]{2,20})?\s*){1,8}$/iu, reason: 'share buttons' },
  // A print-and-mail bar's buttons run together on a line ("Print this page Email A Friend!", "Print this article | Email
  // this article", "Email to a friend Print", "Send to a friend · Print this story", "Imprimir Enviar por correo"): two
  // to four tools, nothing else; or one such tool told in full alone ("Email a friend", "Print this story").
  { maxLength: 120, pattern: /^(?:(?:print|imprimir|imprimer|drucken|stampa)(?:\s+(?:this|the)\s+(?:page|article|story|post|item))?|(?:e-?mail|send|mail|forward|enviar|envoyer)(?:\s+(?:this|the)\s+(?:page|article|story|post|item|link))?(?:\s+(?:(?:to|with)\s+)?(?:a\s+)?(?:friend|colleague)s?)?(?:\s+(?:por\s+)?(?:e-?mail|correo))?|share(?:\s+(?:this|the)\s+(?:page|article|story|post))?|save|bookmark|(?:font|text)\s+size|a\+|a-)[!.]?(?:\s*[|·•/]?\s*(?:(?:print|imprimir|imprimer|drucken|stampa)(?:\s+(?:this|the)\s+(?:page|article|story|post|item))?|(?:e-?mail|send|mail|forward|enviar|envoyer)(?:\s+(?:this|the)\s+(?:page|article|story|post|item|link))?(?:\s+(?:(?:to|with)\s+)?(?:a\s+)?(?:friend|colleague)s?)?(?:\s+(?:por\s+)?(?:e-?mail|correo))?|share(?:\s+(?:this|the)\s+(?:page|article|story|post))?|save|bookmark|(?:font|text)\s+size|a\+|a-)[!.]?){1,3}$|^(?:(?:print|e-?mail|send|forward)\s+(?:this|the)\s+(?:page|article|story|post)|(?:e-?mail|send|forward)(?:\s+(?:this|it))?\s+to\s+a\s+friend|e-?mail\s+a\s+friend)\s*[!.]?$/i, reason: 'share buttons' },
  // A tool bar's buttons set apart by bars, each a tool's or a network's label of a word or two ("Print | Email | Respond |
  // Reprints | Like Facebook | Share Twitter | Tweet Linkedin", "Email | Print | Subscribe | Comments | Forum": a tool bar
  // with the paper's subscribe and forum links among its buttons): three buttons or more, nothing else on the line.
  {
    maxLength: 200,
    pattern: /^(?:(?:print|e-?mail|respond|reply|reprints?|permissions|comments?|like|share|tweet|pin|save|bookmark|follow|send|recommend|subscribe|forum|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|messenger|google\+?|digg|rss)(?:\s+(?:it|this|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|messenger|google\+?|digg|rss))?\s*\|\s*){2,}(?:print|e-?mail|respond|reply|reprints?|permissions|comments?|like|share|tweet|pin|save|bookmark|follow|send|recommend|subscribe|forum|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|messenger|google\+?|digg|rss)(?:\s+(?:it|this|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|messenger|google\+?|digg|rss))?$/i,
    reason: 'share buttons',
  },
  // A date's label printed on a line of its own ("Published", "18 seconds ago", "on"): the label is not the story.
  { pattern: /^(published|posted|updated|last updated|published on|posted on|updated on|on)$/i, reason: 'date label' },
  // A byline's label printed without its name ("Posted by:", "By:").
  { pattern: /^((posted|written|published|story|words) by|by)\s*:?$/i, reason: 'byline label' },
  // "Photo by", "Photos by" alone, the photographer's name on the line under it (see parseStory): the picture's credit label.
  { pattern: /^(?:photos?|pictures?|images?|photography)\s+by\s*:?$/i, reason: 'photo credit label' },
  { pattern: /^(?:[•·]\s*)?(english|arabic|العربية|français|español|deutsch|中文|русский|हिन्दी|اردو|türkçe|bahasa( indonesia| melayu)?)$/iu, reason: 'language switcher' },
  // (…and the label with its ad slot's number after it, the ad left out: "Advertisement 27", "Advert 3".)
  { pattern: /^(advertisement(?: \d{1,4})?|advert(?: \d{1,4})?|sponsored( content)?|ad|ads|promoted|partner content|scroll to continue( with content)?|story continues below( this)? (advertisement|ad))$/i, reason: 'advertisement' },
  { pattern: /^(paid (advertisement|content|post|partnership)|advertiser content|sponsored by\b.{0,60})$/i, reason: 'advertisement' },
  // A sponsored block's note under the story, its label glued on or not ("About Sponsored ContentThis content was
  // commissioned by the Example Business Desk."): the block is an advertiser's, not the story's.
  { endsStory: true, maxLength: 300, pattern: /^(?:about (?:sponsored|partner|paid|branded) content\s*)?this (?:content|feature|advertorial) (?:was|is|has been) (?:commissioned|paid for|sponsored|funded|produced|created) (?:by|on behalf of|in partnership with)\b.{2,200}$/i, reason: 'advertisement' },
  // A media player's leftovers: "Get Adobe Flash player", "Update Required Flash plugin", a bare "00:00" timer.
  { pattern: /^((get|download|install) (the )?(adobe )?flash( player)?|update required\b.{0,40}\bplugin|.{0,60}\brequires? (the )?(adobe )?flash( player)?\b.{0,40}|\d{1,2}:\d{2}(\s*\/\s*\d{1,2}:\d{2})?|-)$/i, reason: 'media player' },
  // A masthead's weather and exchange-rate widget: a temperature or a day's high and low alone ("32°C25°C", "18° / 9°"),
  // a rate as an equation of two amounts ("¥10,000=P3,840", "$100 = EUR 92.10").
  { maxLength: 30, pattern: /^(?:-?\d{1,3}(?:[.,]\d)?\s*°\s*[CF]?\s*[\/|–-]?\s*){1,2}$/u, reason: 'weather widget' },
  { maxLength: 40, pattern: /^(?:[$€£¥₱₹₩]|[A-Z]{1,3}\s?)\s?\d[\d.,]*\s*=\s*(?:[$€£¥₱₹₩]|[A-Z]{1,3}\s?)\s?\d[\d.,]*$/u, reason: 'exchange-rate widget' },
  // A breadcrumb trail that stops at the home page or a section or two ("You are here: Home", "You are here: Home »
  // World"): the site's. (One that runs on to the story's title is read where the headline is chosen.)
  { maxLength: 100, pattern: /^you are here\s*:?\s*(?:home|homepage|home page|start|front page)(?:\s*[»›>\/|]\s*[\p{L}&'’ -]{1,25}){0,2}$/iu, reason: 'breadcrumb' },
  // A calendar widget's rows ("28 29 30 1 2 3 4").
  { pattern: /^(\d{1,2}\s+){4,}\d{1,2}$/, reason: 'calendar widget' },
  // …and its weekdays' row ("Sun Mon Tue Wed Thu", "Monday Tuesday Wednesday"): three weekdays or more and nothing else.
  { maxLength: 80, pattern: /^(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?\s+){2,6}(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?$/i, reason: 'calendar widget' },
  // Social links glued together by the scraper ("FacebookTwitterRSS Feed").
  { pattern: /^((facebook|twitter|x|instagram|youtube|linkedin|tiktok|pinterest|whatsapp|telegram|flickr|tumblr|vimeo|email|e-mail|rss|rss feed|feed)\s*){2,}$/i, reason: 'share buttons' },
  { pattern: /^(shop now|buy now|order now|(limited[- ]time |summer |winter |spring |black friday |flash )?sale\b|\d+% off\b|save \d+%|get \d+%|free trial)\b.{0,120}$/i, reason: 'advertisement' },
  { keepsReports: true, pattern: /^(download (our|the) app|get the app|open in app|watch live|live tv|listen live)\b.{0,80}$/i, reason: 'app promo' },
  // A broadcaster's app promo under the story ("📱 Download the Channel 9 News App", its blurb after it) ends it.
  { endsStory: true, maxLength: 60, pattern: /^[^\p{L}\d]{0,3}download (?:the |our )?[\p{L}\d&'’ -]{1,40}\bapp$/iu, reason: 'app promo' },
  // …or its sentence naming the phones' stores ("For the latest news download the X apps for iOS and Android."): the
  // site's line under the story, and what follows it is the site's too.
  { keepsReports: true, endsStory: true, maxLength: 220, pattern: /^(?:for (?:the latest|breaking|more|all)\b[^.!?]{0,80}?,?\s+)?(?:download|get|install) (?:the |our )?[\p{L}\d&'’ -]{1,40}\bapps?\s+(?:for|on|from)\s+(?:your\s+)?(?:iOS|Android|iPhone|iPad|Apple|Google|App Store)\b[^.!?]{0,60}[.!]?$/iu, reason: 'app promo' },
  // A show's promo ("Watch 'The Morning Show' weekdays at 9 a.m. on Channel 9!"): what, when and on which channel.
  { maxLength: 140, pattern: /^(?:watch|catch|tune in to|see)\s.{1,60}\s(?:weekdays|weeknights|weekends|nightly|daily|every (?:day|night|morning|evening|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\s+at\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s+on\s+[^.!?]{2,30}[.!]?$/iu, reason: 'show promo' },
  // A closing credit in brackets ("(Copyright KMOX)") ends the story like a bare copyright line.
  { endsStory: true, pattern: /^\((?:copyright|©)\s[^()]{2,80}\)$/i, reason: 'copyright line' },
  // "The Associated Press contributed to this report.": a credit under the story, not a paragraph of it.
  { maxLength: 120, pattern: /^(?:the\s+)?[\p{Lu}][\p{L}.&'’ -]{1,60}\s+contributed to this (?:report|story|article)\.?$/u, reason: 'contribution credit' },
  // An advert's slot left as a placeholder between paragraphs ("[Ads /]", "[post_ad]", "[ad_slot_2]"), alone or after the
  // site's link it was set beside ("More Example Football News» [post_ad]"): a tag of the page builder, no word of the
  // story. (A note in brackets, "[Updated]", "[inaudible]", is no such tag: it names no advert and has no slash or
  // underscore in it.)
  { maxLength: 100, pattern: /^(?:[^.!?\[\]]{1,60}[»›]\s*)?\[\s*(?:ads?|adverts?|advertisement|[\p{L}\d]+_[\p{L}\d_]+|[\p{L}\d_-]{2,30}\s*\/)\s*\/?\s*\]$/iu, reason: 'advertisement' },
  // A page builder's shortcode left in the text ("[alert color=…]Keep up with …[/alert]"): a widget, not a paragraph.
  { pattern: /^\[(\w+)\b[^\]]*\].*\[\/\1\]$/, reason: 'page widget' },
  // A newsletter block under the story: its heading alone ("Newsletter", "Newsletters") and its pitch ("Get top stories and
  // blog posts emailed to you each day.", "♦ Receive daily updates directly in your inbox - Subscribe here …"), a promo
  // bullet or none before it; a sentence that reports someone's words stays.
  // (…or the sign-up link's label alone, "Email newsletter signup", "Newsletter sign-up", which some themes print over the
  // lede: a label, never a sentence.)
  { endsStory: true, maxLength: 30, pattern: /^(?:our |free |e-?mail )?newsletters?(?:\s+sign[- ]?up)?\s*:?$/i, reason: 'newsletter prompt' },
  { keepsReports: true, endsStory: true, maxLength: 200, pattern: /^[^\p{L}\d"“(]{0,3}(?:get|receive|have) (?:the |our |your )?(?:[\p{L}-]+ ){0,3}(?:updates|news|stories|headlines|posts|briefing)\b[^.!?]{0,40}\b(?:emailed|delivered|sent|directly|straight)\b[^.!?]{0,20}\b(?:you|your inbox|inbox)\b.{0,100}$/iu, reason: 'newsletter prompt' },
  // …and the sign-up box scraped whole onto one line, its close button, heading, pitch and form's messages run together
  // ("Close Sign up for free Example Newsletters Get the latest news delivered straight to your inbox … By submitting
  // above, you agree to our privacy policy. Success! …"): the heading opens it, the form's words follow.
  { keepsReports: true, endsStory: true, maxLength: 1200, pattern: /^(?:close\s+)?sign up for (?:free |our |the )?(?:free )?(?:[\p{L}\d&'’-]+ ){0,4}newsletters?\b(?=.{0,300}\b(?:inbox|e-?mail|submit(?:ting)?|privacy policy)\b).{20,1100}$/iu, reason: 'newsletter prompt' },
  // …and an app promo behind such a bullet ("♦ Download the X app for your iOS or Android devices.").
  { maxLength: 140, pattern: /^[^\p{L}\d"“(]{1,3}(?:download|get|install) (?:the |our )?[\p{L}\d&'’ -]{1,40} app\b.{0,80}$/iu, reason: 'app promo' },
  // A print paper's teaser: the rest of the story is in the paper or its e-edition ("For more on this story, purchase a
  // copy of today's X or subscribe to our e-Edition."). What follows it is the site's.
  { keepsReports: true, endsStory: true, maxLength: 240, pattern: /^(?:for (?:more on|the (?:rest|full version) of|the full) (?:this|the) (?:story|article|report),?\s+)?(?:please\s+)?(?:purchase|buy|pick up|grab|get) (?:a|your) copy of (?:today[’']s|this week[’']s|the|our)\b.{0,160}\b(?:edition|e-?edition|paper|newspaper|e-?paper)\b.{0,40}$/iu, reason: 'print teaser' },
  // A rating widget's count under the story ("0 users have voted.", "12 readers have voted"): what follows is the site's.
  { endsStory: true, maxLength: 50, pattern: /^\d[\d,.]*\s+(?:users?|people|readers?|visitors?|votes?)\s+(?:have |has )?voted\.?$/i, reason: 'rating widget' },
  // A publisher's legal notice over or under the story: whose business runs the site ("This site is operated by a business
  // or businesses owned by Example PLC and all copyright resides with them. … Registered in England and Wales."), and a
  // printed copy's terms ("This copy is for your personal, non-commercial use. For high-quality copies … please call …").
  { keepsReports: true, maxLength: 600, pattern: /^this (?:site|website|web site|service|publication) is (?:operated|owned|run|published|managed) by (?:a |the )?(?:business|company|companies|businesses|subsidiar(?:y|ies)|division)\b.{0,540}$/i, reason: 'publisher notice' },
  { keepsReports: true, maxLength: 600, pattern: /^this (?:copy|article|story|content|material|page|printout) is (?:intended )?(?:only )?for your (?:own )?personal,? non-?commercial use\b.{0,540}$/i, reason: 'publisher notice' },
  // …and a brand's line naming the group it belongs to ("Example List is part of Example PLC", "Example Weekly is a part
  // of the Example Media Group"): the page's masthead, no sentence of the story.
  { maxLength: 120, pattern: /^(?:the\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4}\s+is\s+(?:a\s+)?part\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3}\s+(?:PLC|plc|Plc|Group|Ltd|Limited|Inc\.?|LLC|AG|SE|S\.A\.|Media|Holdings|Network)\.?$/u, reason: 'masthead' },
  // A desk's tagline under the title ("Essential coverage from the Example List news desk", "Daily analysis from the
  // Example Times markets team"): what the desk brings and its name, no sentence.
  { maxLength: 120, pattern: /^(?:[\p{L}-]+\s+){0,2}(?:coverage|analysis|reporting|news|insights?|briefings?|updates|commentary)\s+from\s+(?:the\s+|our\s+)?[\p{L}\d&'’. -]{2,50}?\s*(?:news\s*desk|newsroom|desk|team|editors|reporters|correspondents)\.?$/iu, reason: 'desk tagline' },
  // A print view's label over the story, alone ("Printed By", "Printed for:"): the print layout's, its name not printed.
  { maxLength: 20, pattern: /^printed (?:by|for)\s*:?$/i, reason: 'print label' },
  // A site's copyright notice in a sentence ("Any news, images, videos … published by example.com cannot be used without
  // prior permission under copyright law."): the site's material and a ban on reuse, no one reported.
  { keepsReports: true, endsStory: true, maxLength: 400, pattern: /^(?!.*\bruled\b)(?=.{0,200}\b(?:news|content|materials?|images?|photographs?|videos?|articles?)\b)(?=.{0,300}\b(?:cannot|may not|must not|can not|should not) be (?:used|reproduced|copied|republished|reprinted)\b)(?=.{0,380}\b(?:permission|copyright)\b).{30,400}$/i, reason: 'copyright line' },
  // …and the pitch as a bare phrase, no verb: what the newsletter brings, then "in your inbox" ("Up-to-date farm news in
  // your inbox!", "The day's headlines, straight to your inbox."). A sentence has a subject and a verb before "inbox".
  { endsStory: true, keepsReports: true, maxLength: 100, pattern: /^(?![^.!?]*\b(?:is|are|was|were|be|will|would|can|could|should|may|might|want|wants|wanted|get|gets|got|arrives?|lands?|finds?|receives?|sees?|sends?|keeps?|fill|fills|clog|clogs)\b)(?:the |your |our )?(?:[\p{L}'’-]+,? ){0,5}(?:news|stories|headlines|updates|reports|briefings?|analysis)(?:,? (?:delivered |sent )?(?:straight|direct(?:ly)?|right))? (?:in|to|into) your inbox[.!]?$/iu, reason: 'newsletter prompt' },
  // A site's own pitch with a newsletter sign-up in it ("X brings you … Sign up for our newsletters to …"), or a sign-up
  // for its mailing list ("Get a weekly email of our new issues: sign up for our announcement list.").
  { maxLength: 340, pattern: /^(?:[^.!?]{0,120}[.!?:]\s+)?(?:sign up|subscribe) (?:for|to) (?:our|the) [\p{L} ]{0,30}(?:newsletters?|(?:mailing|e-?mail|announcement|subscriber) list)\b[^.!?]{0,120}[.!?]?$/iu, reason: 'newsletter prompt' },
  { pattern: /^(we use cookies|we and our partners use cookies|this (site|website) uses cookies|accept( all)? cookies|cookie (settings|policy))\b.{0,700}$/i, reason: 'cookie notice' },
  // A cookie banner's other sentences: the browser's cookies switched off ("Your browser appears to have cookies disabled.
  // … please enable cookies"), consent taken as given ("We'll assume we have your consent to use cookies, …", "We'll
  // assume you're happy to receive all cookies on this website"): cookies, the reader's consent or browser, and the site.
  { keepsReports: true, maxLength: 300, pattern: /^(?=.{0,160}\bcookies\b)(?:your browser\b.{0,60}\bcookies\b.{0,30}\b(?:disabled|blocked|turned off|switched off)\b|(?:we|we['’]ll|we will|we['’]re going to)\s+(?:assume|take it)\s+(?:that\s+)?(?:we have your (?:consent|permission)|you(?:['’]re| are) (?:ok|okay|happy|fine|content)|you (?:agree|consent|accept))\b).{0,240}$/i, reason: 'cookie notice' },
  // A consent banner in full ("We and our partners use cookies to … By continuing to use this site, you accept these cookies.").
  { pattern: /^(we|this site)\b[^.]{0,40}\buses? cookies\b.{0,600}\b(accept|consent|agree)\b.{0,80}\bcookies\.?$/i, reason: 'cookie notice' },
  // The banner's one-line form under the story ("By continuing to use the site, you agree to our use of cookies. Read
  // more here"): consent to cookies by using the site, never a sentence someone said.
  { keepsReports: true, endsStory: true, maxLength: 260, pattern: /^by (?:continuing to (?:use|browse)|using|browsing) (?:the|this|our) (?:site|website|page|portal)\b[^.!?]{0,40}\b(?:agree|consent|accept)\b[^.!?]{0,40}\bcookies\b.{0,160}$/i, reason: 'cookie notice' },
  // A player's or embed's consent prompt left where the embed stood, often glued to its details and button ("We need
  // your consent to load this clipbox contentWe use clipbox to manage … cookies … Manage Preferences").
  { maxLength: 600, pattern: /^we need your (?:consent|permission) to (?:load|show|display|play) (?:this|the)\b[^.!?]{0,60}\bcontent\b.{0,500}$/i, reason: 'cookie notice' },
  // A social icon's letter left alone on a line ("f").
  { pattern: /^\p{L}$/u, reason: 'icon' },
  { pattern: /^(breaking( news)?|live|exclusive|opinion|analysis|explainer|watch|video|photos|gallery|preview)$/i, reason: 'section label' },
  { endsStory: true, pattern: /^(avatar|author avatar|about the (author|writer|reporter)s?)$/i, reason: 'author card' },
  // An author card's line under the story: the writer's title for a name, a dash, then the bio telling what kind of
  // journalist the writer is ("Journalist - a journalist distinguished by …", "Editor – an editor who has covered …").
  { endsStory: true, keepsReports: true, maxLength: 600, pattern: /^(?:journalist|reporter|writer|editor|author|correspondent|columnist|contributor)\s+[-–—]\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:journalist|reporter|writer|editor|author|correspondent|columnist)\b.{10,500}$/iu, reason: 'author card' },
  { pattern: /^(author|follow|follow us( on \w+)?|more from (this|the) author)$/i, reason: 'author card' },
  // The heading of a site's row of social links, left alone on its line when the icons under it print nothing ("Connect
  // with us", "Stay connected", "Follow us on social media").
  { maxLength: 40, pattern: /^(?:connect with us|stay connected(?: with us)?|(?:follow|find|join) us on social(?: media)?|get social(?: with us)?)\s*[:!]?$/i, reason: 'social links' },
  // The same as a sentence under the story: "Like us on Facebook and follow us on Twitter.", "Follow us on Instagram, X
  // and TikTok!" (nothing but the networks after each "us on").
  { maxLength: 140, pattern: /^(?:(?:,|and|&)?\s*(?:like|follow|find|join|friend)\s+us\s+on\s+(?:facebook|twitter|x|instagram|youtube|tiktok|threads|linkedin|bluesky|snapchat|pinterest)(?:\s*(?:,|and|&|or)\s*(?:facebook|twitter|x|instagram|youtube|tiktok|threads|linkedin|bluesky|snapchat|pinterest)(?![\p{L}]))*\s*){1,3}[.!]?$/iu, reason: 'social links' },
  { pattern: /^(?:[-–—_*=~•·.\s]{3,}|[|¦—–>»<«›‹])$/, reason: 'separator' },
  // A line with no letter and no figure at all: what the page's markup left of a picture or a table's cells ("![]() |",
  // "| |", "[ ]"), never a paragraph.
  { maxLength: 80, pattern: /^[^\p{L}\p{N}]+$/u, reason: 'markup residue' },
  // (…and the bio run on after the heading's colon on one line: "About the Author: Jane Roe covers …".)
  { endsStory: true, pattern: /^(?:(about the author|more by this author|more from (this author|the author))\b.{0,40}|about the (?:author|writer|reporter)s?\s*:\s+\p{Lu}.{20,1200})$/iu, reason: 'author card' },
  { pattern: /^(?:resource|source|courtesy)\s*:\s*\p{Lu}[\p{L}\d &'’.-]{1,60},\s*(?:\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2} \p{L}{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2})$/iu, reason: 'source credit' },
  { maxLength: 700, pattern: /^\p{Lu}[\p{L}\d&'’. -]{1,40} is an? (?:[\p{L}-]+ ){0,3}(?:news|news-analysis|analysis|media|information)(?:[ -](?:and|&) [\p{L}-]+)? (?:portal|website|site|outlet|platform|service|publication)\b,? (?:dedicated|devoted|committed) to\b.{0,400}$/iu, reason: 'about the site' },
  // (A feed plugin's label may print its colon twice: "Source:: Example Top Stories".)
  { endsStory: true, pattern: /^(source|sources)\s*::?\s*[\p{L} ,&'’.-]{2,80}$/iu, reason: 'source credit' },
  { endsStory: true, pattern: /^(\(end\)|end of article|explore more on these topics|[\w.+-]+@[\w-]+(\.[\w-]+)+|\([\w.+-]+@[\w-]+(\.[\w-]+)+\))$/i, reason: 'end of the story' },
  // A writer's contact line by the byline or under the story: an address alone, the page's obfuscated stand-in for one
  // ("[email protected]", as a scraper keeps a protected address), in angle brackets as a mail header writes it ("<…>")
  // or not, with a label before it ("Email: …") or the writer's
  // handle after it ("… | @janeroe"). The site's contact widget, not a paragraph; the story goes on past it.
  { maxLength: 160, pattern: /^(?:(?:e-?mail|mail|contact)(?:\s+(?:me|us|the (?:author|writer|reporter)))?\s*[:：-]?\s*|✉\s*)?(?:<(?:\[email(?:\s|\u00a0|&#160;)protected\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>|\[email(?:\s|\u00a0|&#160;)protected\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*(?:[|·•,/]|\bor\b|\band\b)\s*(?:\[email(?:\s|\u00a0|&#160;)protected\]|@[A-Za-z0-9_]{2,30}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))*\.?$/iu, reason: 'contact address' },
  // (…and the link to write to the writer, alone on its line: "Email the author", "Contact the reporter".)
  { maxLength: 40, pattern: /^(?:e-?mail|contact|message|write to)\s+(?:the\s+)?(?:author|writer|reporter|journalist|correspondent)$/i, reason: 'contact address' },
  // A paper's or writer's contact note: a name, "can be reached" and the ways to reach it ("The Example Review can be
  // reached via e-mail or at 412-555-0100.", "Jane Roe can be reached at jroe@example.com or 555-0100."), in the page's
  // box about the paper or under the story. (What someone said stays.)
  { keepsReports: true, maxLength: 200, pattern: /^(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,5}\s+(?:can|may)\s+be\s+(?:reached|contacted)\s+(?:via|by|at|on)\b(?=[^.!?]{0,120}(?:e-?mail|phone|@|\d{3}[-. ]\d{3,4}))[^!?]{0,140}$/iu, reason: 'contact address' },
  { pattern: /^(tags?|topics?|filed under|categories)\s*:.{0,300}$/i, reason: 'tags' },
  // A page's metadata as a bulleted label with its values on the bullets under it ("• Country:", "• India"): see parseStory.
  { maxLength: 40, pattern: /^[•·▪■●◦‣*]\s*\p{L}[\p{L} ]{0,30}:$/u, reason: 'metadata label' },
  { list: true, pattern: /^(story highlights|highlights)\s*:?$/i, reason: 'story highlights' },
  // A summary's label ("Key points:", "Summary", "Synopsis", "Key Takeaways") goes, its items are the story's: the
  // standfirst when they come before the story (the summary's box over the lede, see parseStory), paragraphs in it.
  { pattern: /^(key points|in brief|at a glance|summary|synopsis|(?:key )?takeaways|key highlights|what you need to know|the big picture)\s*:?$/i, reason: 'summary label' },
  // A list heading may carry the link arrow of the site's menu (">Related articles").
  { list: true, pattern: /^(?:[>›»]\s*)?(related( coverage| stories| articles| posts?| content| news| links| reading)?|more on this(?: (?:story|topic|subject|issue))?|also read|see also|in other news|more coverage|recommended( stories| reading)?|must[- ](?:read|watch|see)|trending (?:stories|articles|news))\s*:?$/i, reason: 'related-story list' },
  // (…the same heading with the site's name before it, as a network's pages print their list under the story: "Example.com
  // Top Stories", "Example News Most Read", "EXAMPLE TRENDING": its address or a few capitalised words, the heading in
  // capitals or title case. A live page's title, "Storm Latest News", is not one of them.)
  { endsStory: true, maxLength: 80, pattern: /^(?:[\p{L}\d-]+(?:\.[\p{L}]{2,6}){1,2}|\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3})\s+(?:Top Stories|TOP STORIES|Most Read|MOST READ|Most Popular|MOST POPULAR|Trending(?: Now)?|TRENDING(?: NOW)?|Editor['’]?s Picks|EDITOR['’]?S PICKS)$/u, reason: 'site navigation' },
  { endsStory: true, pattern: /^(news feed|latest news|check also|popular news|important news|popular( stories| posts| articles)?|(the )?latest( stories)?|(?:today[’']s |this week[’']s )?most read(?: (?:stories|articles|news))?(?: (?:today|this week))?|mest (?:lest|læst|läst|sett|set|lästa|delt)(?: (?:siste|sidste|senaste) \p{L}+)?|most popular|feature(?:d)? news|similar (?:news|stories|articles)(?:\s*:.{0,200})?|featured( stories| posts| articles)?|most viewed|popular now|trending( now)?|top stories(?: (?:today|this week|this month))?|read next|up next|what to read next|you may (also )?like|you might (also )?like|more(?: [\p{L}&'’-]+){0,3} (stories|news|articles|posts)|more in (this|the) (section|category)|more from [\p{L} ]{2,40}|editor[’']?s picks|from our partners|around the web|related topics\s*:?|(\d+ )?comments|comments\s*[/:|(]\s*\d+\)?|in this (?:article|story)|©(?!\s*provided by\b).*|copyright\b.*|all rights reserved\.?)$/iu, reason: 'site navigation' },
  // A site's own list heading named after it ("Example.ca Top Stories", "Example News Most Read"), and a promo pointing to
  // its section for more of the region's news ("For more Northland news, visit our dedicated provincial page."): the
  // story is over, and what follows them is the site's.
  { endsStory: true, maxLength: 60, pattern: /^(?:\p{Lu}[\p{L}\d.&'’-]*\s+){1,3}(?:top stories|most read|most popular|latest news|latest stories)$/u, reason: 'site navigation' },
  { endsStory: true, keepsReports: true, maxLength: 160, pattern: /^for more (?:[\p{L}\d&'’.-]+\s+){0,4}(?:news|coverage|stories|updates)\b[^.!?]{0,30},?\s+(?:visit|go to|head to|check out|see|click)\s+(?:our|the)\s+[^.!?]{0,60}\b(?:page|section|site|hub|website)\.?$/iu, reason: 'section promo' },
  // A prompt to register or sign in for more of the site's stories ("Register for free to read more of the latest local
  // news. It's easy and will only take a moment.", "Sign up free to keep reading"): the site's, wherever it stands.
  { keepsReports: true, maxLength: 200, pattern: /^(?:register|sign up|sign in|log in|subscribe)(?: for free| free| now| today){0,2} to (?:read|continue reading|keep reading|access|unlock|enjoy)\b[^.!?]{0,80}[.!]?(?:\s+(?:it[’']s|it is|this is) (?:easy|quick|free|simple)\b[^.!?]{0,60}[.!]?)?$/i, reason: 'registration prompt' },
  // A browser notice printed at the top of the page or over the story ("Please update your browser", "You are using an
  // outdated browser. Please upgrade …", "JavaScript is disabled in your web browser. …", "Your browser is out of date"):
  // the site's, for readers whose browser it cannot serve.
  { keepsReports: true, maxLength: 200, pattern: /^(?:please\s+)?(?:update|upgrade)\s+your\s+(?:web\s+|internet\s+)?browser(?:\s+(?:to|for)\s+[^.!?]{0,80})?[.!]?(?:\s+[^.!?]{0,120}[.!]?)?$/i, reason: 'browser notice' },
  { keepsReports: true, maxLength: 240, pattern: /^(?:(?:it (?:looks|seems) like )?you(?: are|[’']re| may be) using an? (?:outdated|old|older|unsupported|out-of-date|out of date)\s+(?:version of (?:your |a )?)?(?:web\s+|internet\s+)?browser|your (?:web\s+|internet\s+)?browser is (?:out of date|outdated|not supported|no longer supported|unsupported))\b[^.!?]{0,80}[.!]?(?:\s+[^.!?]{0,120}[.!]?)?$/i, reason: 'browser notice' },
  // (…and the long form of the same notice, the browser too old as the other cause, with sentences that explain what
  // JavaScript does for a web page: each of them speaks of JavaScript, the browser or the page.)
  { keepsReports: true, maxLength: 700, pattern: /^(?:(?:it (?:looks|seems) like )?javascript is (?:disabled|turned off|not enabled|switched off)(?: (?:in|on) (?:your|this) (?:web\s+)?browser)?(?:,? or (?:your |the )?(?:web\s+)?browser is too old to (?:support|run) (?:it|javascript))?[.!])(?:\s+[^.!?]*\b(?:javascript|browsers?|web ?pages?|web ?sites?)\b[^.!?]*[.!]){1,4}$/i, reason: 'browser notice' },
  { keepsReports: true, maxLength: 240, pattern: /^(?:(?:it (?:looks|seems) like |we(?:[’']ve| have) detected (?:that )?)?javascript is (?:disabled|turned off|not enabled|switched off)(?: (?:in|on) (?:your|this) (?:web\s+)?browser)?|(?:please\s+)?(?:enable|turn on) javascript (?:in your (?:web\s+)?browser|to (?:view|use|continue|read))\b[^.!?]{0,60})[.!]?(?:\s+[^.!?]{0,120}[.!]?)?$/i, reason: 'browser notice' },
  // A comment prompt under the story ("What's your take? Leave a comment below.", "Share your thoughts in the comments
  // below.", "What do you think? Let us know in the comments."): the comment section's, and the end of the story.
  { endsStory: true, keepsReports: true, maxLength: 140, pattern: /^(?:(?:what(?:[’']s| is) your (?:take|view|opinion)|what do you think|what are your thoughts|do you agree|thoughts)\s*\?\s*)?(?:(?:leave|post|drop|add|share|write) (?:a |your |us a )?(?:comment|thought|view|opinion|reply)s?|let us know|tell us(?: what you think| your (?:views|thoughts))?|share (?:them|it) with us|join the (?:conversation|discussion|debate))\b[^.!?]{0,60}\b(?:comments?(?: section)?|below|us|here)\b[^.!?]{0,20}[.!]?$/i, reason: 'comment prompt' },
  // …and a question put to the reader, then the same prompt to answer it where readers talk ("Have you seen anything odd
  // this week? Share it in the chat!", "Which route do you take? Tell us in the comments."): the site's, no one reported.
  { endsStory: true, keepsReports: true, maxLength: 200, pattern: /^(?=[^?]{0,120}\byou(?:r)?\b)[^.!?]{5,120}\?\s*(?:share|tell|post|drop|leave|give|let) (?:it|them|yours|your [\p{L}]+|us(?: know)?|a comment|a line)\b[^.!?]{0,30}\b(?:in|on|with|below|down)\b[^.!?]{0,30}\b(?:chat|comments?(?: section)?|below|forum|thread)\b[^.!?]{0,10}[.!]?$/iu, reason: 'comment prompt' },
  // A prompt for readers' news tips under the story ("Have a Story? Send Us a tip", "Got a news tip? Email us"): the site's.
  { endsStory: true, maxLength: 80, pattern: /^(?:have|got) (?:a|any) (?:story|news tip|tip|news)(?: (?:idea|for us|to share))?\s*\??\s*(?:send|share|email|e-mail|submit|tell|contact|let)\b[^.!?]{0,40}[.!]?$/i, reason: 'tip prompt' },
  // The label of the paper's editorial teased under the story ("Editor's Comment", then its title and its opening cut
  // short): another piece, and the end of this one. (Over the headline it is the page's label.)
  { endsStory: true, maxLength: 30, pattern: /^(?:editor[’']?s[’']? (?:comment|column|view|desk)|editorial comment|(?:our|the) (?:view|editorial)|leader comment)\s*:?$/i, reason: 'editorial teaser' },
  // A notice over an old story that it is from the archive and may be out of date ("This is an archived article and the
  // information in it may be outdated. …", "This story is from our archives …"): the site's, not the story's.
  { keepsReports: true, maxLength: 260, pattern: /^this (?:is an? archived (?:article|story|post|page|report)|(?:article|story|post|page) is (?:from (?:our|the) archives?|archived))\b[^.!?]{0,100}\b(?:outdated|out of date|no longer (?:be )?(?:current|accurate|up to date)|may have changed|may not be (?:current|accurate))\b[^.!?]{0,40}[.!]?(?:\s+[^.!?]{0,140}\b(?:time|date) ?stamp\b[^.!?]{0,80}[.!]?)?$/i, reason: 'archive notice' },
  // A station's player printed on its news pages: "On Air Now", "On Air: Afternoons with Jane Roe", "Now Playing: <song> -
  // <artist>", "Listen Live": the show on air and the song playing, no story's. (A sentence about the show has its
  // full stop or goes on without a colon.)
  { keepsReports: true, maxLength: 120, pattern: /^(?:now playing|playing now|currently playing|on air(?: now)?|live on air|listen live(?: now)?)(?:\s*[:|–-]\s*[^.!?]{1,100})?$/i, reason: 'radio player' },
  // A wire's note under the story saying where and when it first ran, its date closing it ("This report by Example Press
  // was first published May 2, 2021."): the outlet's, no paragraph of the story. A sentence of the story about a report
  // names no day after the outlet alone. (A print edition's note, "Published in The Example Tribune, May 3rd, 2020.", is a
  // date line: it dates the story; see meta.)
  { maxLength: 160, pattern: publicationNote, reason: 'publication note' },
  // A breaking story's promise of more alone on its line under it ("More to follow…", "More to come.", "Developing
  // story, check back for updates"): the desk's note, no paragraph. A sentence that goes on ("More to come from the
  // council on Tuesday.") is the story's.
  { maxLength: 90, pattern: /^(?:more (?:to follow|to come|details (?:to follow|soon|shortly))|(?:this (?:is a )?)?(?:developing|breaking) story(?:\s*[,.;:–—-]\s*(?:please\s+)?(?:check back|refresh|more|updates?)\b[^.!?]{0,50})?)\s*(?:\.{1,3}|…|!)?$/i, reason: 'developing story note' },
  // An article's audio player, its notes printed over the story: the news that stories can be heard ("New: You can now
  // listen to articles."), the voice's maker ("This audio is generated by an AI tool."), the link to a summary ("Read a
  // summary of this article on FAST.") and the clip's length alone ("2 min").
  { maxLength: 80, pattern: /^(?:new\s*:\s*)?you can now listen to (?:(?:this|our|these|the) )?(?:articles?|stories|story|news)(?: [^.!?]{0,30})?\s*[.!]?$/i, reason: 'audio player note' },
  { keepsReports: true, maxLength: 100, pattern: /^this (?:audio|audio version|narration|voice(?:[- ]over)?|reading)(?: (?:of|for) this (?:article|story))? (?:is|was|has been) (?:automatically )?(?:generated|produced|created|narrated|voiced|read) (?:by|using|with) (?:an? )?(?:ai|artificial intelligence|automated|text-to-speech|synthetic|computer-generated)(?:\s+(?:tool|voice|system|model|narrator|technology|software))?\s*[.!]?$/i, reason: 'audio player note' },
  { maxLength: 60, pattern: /^read a (?:summary|short version|recap) of this (?:article|story)(?: on [\p{L}\d&'’. -]{1,20})?\s*[.!]?$/iu, reason: 'audio player note' },
  { maxLength: 8, pattern: /^\d{1,2}\s?mins?$/, reason: 'audio player note' },
  // A paywall's offer of one story free over its sign-in line ("Read this article for free:", "Already have an account?
  // Log in here »").
  { maxLength: 40, pattern: /^read (?:this|the full) (?:article|story) for free\s*[:.!]?$/i, reason: 'subscription offer' },
  // A writer's card by the byline: the heading of its list of their other stories ("Jane's Most Recent Stories", "Roe's
  // Latest Articles") and the link to them all ("View All", "See all stories ›"), each alone on its line: the card's, the
  // titles having been cut away. A sentence that speaks of someone's stories goes on past the heading's words.
  { maxLength: 60, pattern: /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}['’]s?\s+(?:most recent|latest|recent|other|top)\s+(?:stories|articles|posts|columns|pieces|work)$/iu, reason: 'author card' },
  { maxLength: 30, pattern: /^(?:view|see) all(?:\s+(?:stories|articles|posts|news|columns))?\s*[›»>→]?$/i, reason: 'author card' },
  // A site's own banners: the awards it won, alone on a line ("WEBSITE OF THE YEAR", "APP OF THE YEAR", "NEWS BRAND OF THE
  // YEAR"), and the link for advertisers named after its owner under each advertisement ("Advertise with Example Media.").
  { maxLength: 40, pattern: /^(?:(?:best|national|regional|digital|online|mobile|news|local)\s+)?(?:website|web\s?site|site|app|newspaper|paper|news\s?paper|newsbrand|magazine|podcast|publication|brand|news\s+brand|news\s+website|news\s+app|publisher|digital\s+publisher|title)\s+of\s+the\s+year$/iu, reason: 'site banner' },
  { maxLength: 50, pattern: /^(?:Advertise|ADVERTISE) (?:with|WITH) \p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,2}\.?$/u, reason: 'advertisement' },
  // A story's tool bar printed as its buttons' words run together with spaces only ("comments Print", "Share Email
  // Print", "12 Comments Share"): two of the buttons or more and nothing else.
  { maxLength: 60, pattern: /^(?:\d{1,5}\s+)?(?:comments?|print|e-?mail|share|tweet|save|bookmark|facebook|twitter|whatsapp|linkedin|reddit|telegram)(?:\s+(?:comments?|print|e-?mail|share|tweet|save|bookmark|facebook|twitter|whatsapp|linkedin|reddit|telegram)){1,6}$/i, reason: 'share buttons' },
  // A picture's placeholder caption naming only where it came from ("A Reuters image", "An AFP photo", "A file
  // picture"): the picture's, no sentence.
  { maxLength: 40, pattern: /^(?:A|An)\s+(?:(?:\p{Lu}[\p{L}&.-]*|file)\s+){1,2}(?:image|photo|picture|photograph)\.?$/u, reason: 'photo caption' },
  // A player's or widget's script leaked into the text ("\"); jQuery(\"#12 h3\").html(\"", "jQuery(document).ready(function()
  // { … });"): a line that opens on a script's closing marks, or that calls a script library or declares a function, is
  // code, never a sentence of the story.
  { pattern: /^["']\);\s|^(?=.*(?:\bjQuery\s*\(|\$\((?:document|window|["'][#.])|\bfunction\s*\([\w\s,]*\)\s*\{|\bvar\s+\w+\s*=\s*[\w"'[{(])).*(?:[;{}]|\)\.\w+\()/u, reason: 'script' },
  // A row of the site's own links set apart by bars, one of them to its contact page, its reprints or its archive
  // ("Contact Us | Video | Photo Reprints", "News | Obituaries | About Us"): a menu, each item of three words at most.
  { maxLength: 160, pattern: /^(?=.*(?:^|\|\s*)(?:contact us|about us|advertise(?: with us)?|(?:photo )?reprints|archives?|e-?edition|obituaries|classifieds|subscribe|newsletters?|site ?map|privacy(?: policy)?)\s*(?:\||$))(?:[\p{L}&'’-]+(?:\s+[\p{L}&'’-]+){0,2})(?:\s+\|\s+[\p{L}&'’-]+(?:\s+[\p{L}&'’-]+){0,2}){2,9}$/iu, reason: 'menu' },
  // A share bar's buttons printed as the networks' names in a row, two or more ("Facebook Twitter Google+ reddit",
  // "Facebook, WhatsApp, Email"), and a share label left open for them ("Share On", "Share via").
  { maxLength: 120, pattern: /^(?:(?:facebook|twitter|x|google\+|reddit|linkedin|whatsapp|telegram|pinterest|tumblr|messenger|flipboard|threads|bluesky|e-?mail|print|sms|copy link|comments?|rss|share|save|adjust)(?:\s*[,|·•/]\s*|\s+|$)){2,}$/iu, reason: 'share buttons' },
  { maxLength: 20, pattern: /^share\s+(?:on|via|to|with)\s*:?$/i, reason: 'share buttons' },
  // A news group's own layout word over each run of the story's paragraphs ("Article content"), printed between them.
  { maxLength: 20, pattern: /^article content$/i, reason: 'template element' },
  // An app's prompt ("Read on the App", "Open in app", "Continue in the app").
  { maxLength: 40, pattern: /^(?:read|open|continue|view|listen)\s+(?:it\s+)?(?:on|in)\s+(?:the|our)\s+app$/i, reason: 'app prompt' },
  // A paywall's offer with its price ("Get Full Access for Ksh299/Week", "Get unlimited access for $1").
  { maxLength: 70, pattern: /^get\s+(?:full|unlimited|premium|digital|all)\s+access\b(?:\s+(?:for|from|at)\s+\S{1,20}(?:\s*\/\s*\p{L}+|\s+(?:a|per)\s+\p{L}+)?)?\s*[.!]?$/iu, reason: 'paywall' },
  // A reader-support plea closing on "Stand with us" after a line about the site's journalism ("Bold Reporting Takes
  // Time, Courage and Investment. Stand With Us.").
  { keepsReports: true, maxLength: 160, pattern: /^(?=.*\b(?:journalism|reporting)\b)[^.!?"“”]{5,120}[.!]\s+stand\s+with\s+us\s*[.!]?$/iu, reason: 'donation appeal' },
  // A search engine's "preferred source" prompt, with or without the question over it ("Want to see more from Example
  // Live? Make us your preferred source on Google …").
  { maxLength: 260, pattern: /^(?:(?:want|like) to see more (?:from|of) [^?]{2,60}\?\s*)?(?:make|add|set|choose)\s+(?:us\s+(?:as\s+)?(?:your|a)\s+preferred source\b|[\p{L}\d&'’. -]{2,40}?\s+(?:as\s+)?(?:your|a)\s+preferred source\s+(?:on|in)\s+google\b).{0,160}$/iu, reason: 'promo' },
  // An app banner over the page: the app's icon named, its store rating, its e-paper's name ("App Icon", "★★★★ - on Play
  // Store", "The Example e-Paper").
  { maxLength: 20, pattern: /^app\s+(?:icon|logo)$/i, reason: 'app prompt' },
  { maxLength: 60, pattern: /^[★☆⭐]{1,5}(?:\s*[-–|:]?\s*(?:on|in|at)?\s*(?:the\s+)?(?:google\s+)?(?:play\s+store|app\s+store|google\s+play))?$/iu, reason: 'app prompt' },
  { maxLength: 40, pattern: /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}(?:[Ee]-?[Pp]aper|E-?PAPER)$/u, reason: 'menu' },
  // A caption's button ("toggle caption", "hide caption"), a sponsor's slot label ("Sponsor Message"), a slideshow's arrows
  // named as their icons ("previous arrow", "next arrow") and a streaming service's prompt ("Get more news Live on …").
  { maxLength: 20, pattern: /^(?:toggle|hide|show) caption$/i, reason: 'photo caption' },
  { maxLength: 30, pattern: /^sponsor(?:ed)? message$/i, reason: 'advertisement' },
  { maxLength: 20, pattern: /^(?:previous|prev|next)\s+arrow$/i, reason: 'slideshow buttons' },
  { maxLength: 60, pattern: /^get more news\s*live\s*on\b.{0,30}$/i, reason: 'promo' },
  // An icon's name and the description the page gives it for screen readers ("Deal icon An icon in the shape of a lightning
  // bolt.", "Close icon Two crossed lines that form an 'X'. It indicates a way to close an interaction …"), and a markets
  // ticker still loading ("US Markets Loading... H M S In the news").
  { maxLength: 220, pattern: /^\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2}\s+icon\s+(?:An?|Two|Three|Four)\s+(?=[^.]*\b(?:in the shape of|lines? that form|arrows?|circles?|squares?|chevrons?|an icon|a symbol)\b)[^.]{3,100}\.(?:\s+It\s+indicates\s+[^.]{3,120}\.)?$/u, reason: 'icon description' },
  { maxLength: 80, pattern: /^(?:US|World|Global|Asian|European)\s+Markets\s+Loading\b.{0,60}$/, reason: 'markets ticker' },
  // A picture's credit naming only the site it came from ("Images | pixabay.com", "Photo: example.com").
  { maxLength: 60, pattern: /^(?:images?|photos?|pictures?|pics?|illustration)\s*[|:]\s*(?:www\.)?[\w-]+(?:\.[a-z]{2,6}){1,2}$/i, reason: 'photo credit' },
  // A picture's file name left as its only text: figures joined by underscores ("384380_25942701").
  { maxLength: 40, pattern: /^\d{3,}(?:_\d{3,})+$/, reason: 'photo caption' },
  // "File Photo", "File picture", "(File image)": the label of a picture from the archive, alone on its line.
  { maxLength: 20, pattern: /^\(?file\s+(?:photo|picture|image|pic)\)?\.?$/i, reason: 'photo caption' },
  // A link to a section's list of stories ("» Read more trending news", ">> More local news").
  { maxLength: 50, pattern: /^(?:>>|»|›)\s*(?:read\s+)?more\s+(?:[\p{L}-]+\s+){0,2}news$/iu, reason: 'section link' },
  // A call to comment ("Scroll down to make a comment.", "Scroll down to leave a comment").
  { maxLength: 60, pattern: /^scroll down to (?:make|leave|post|add|read) (?:a |your )?comments?\s*[.!]?$/i, reason: 'comment prompt' },
  // A membership box: "Become a … member" and what members get of the site (its journalism, unlimited access to its
  // stories), in one line (keeping a sentence that reports it).
  { endsStory: true, keepsReports: true, maxLength: 400, pattern: /^(?=.*\bbecome\s+an?\s+(?:[\p{L}&'’.-]+\s+){0,4}member\b)(?=.*\b(?:our journalism|our reporting|our content|all of our|unlimited access|exclusive benefits|member benefits)\b)(?=.*\b(?:sign up|join|subscribe|today)\b).{20,400}$/iu, reason: 'membership appeal' },
  // The page's text-size buttons, each on its line as a list's item ("• A", "• A+", "A- A A+").
  { maxLength: 12, pattern: /^[•·]\s*A\s?[+-]?$|^A\s?[+-]?(?:\s+(?:[•·]\s*)?A\s?[+-]?){1,3}$/u, reason: 'text size buttons' },
  // A reader poll on the story under its last paragraph ("Do you like the content of this article?", "What do you think of
  // this article? (Total Votes: 0)", "Was this article helpful?"): the site's, and the story is over.
  { endsStory: true, maxLength: 90, pattern: /^(?:do you like|did you (?:like|enjoy|find)|was)\s+(?:the content of\s+)?this\s+(?:article|story|post)(?:\s+(?:useful|helpful|informative))?\s*\?$|^(?:what do you think (?:of|about)|how (?:do|would) you rate)\s+this\s+(?:article|story|post)\s*\?\s*\(\s*(?:total\s+)?votes?\s*:\s*\d+\s*\)$/i, reason: 'reader poll' },
  // A notice that the summary over the story was written by a machine ("This is AI generated summarization, which may have
  // errors. For context, always refer to the full article.", "This summary was generated with AI."): the site's.
  { keepsReports: true, maxLength: 220, pattern: /^(?:this is (?:an? )?|this )?AI[- ]generated summar(?:y|ization|isation)\b[^.!?]{0,60}\bmay (?:have|contain|include) (?:errors|mistakes|inaccuracies)\b[^.!?]{0,40}[.!]?(?:\s+[^.!?]{0,80}\b(?:full|original) (?:article|story|report)\b[^.!?]{0,20}[.!]?)?$|^(?:this|the) summary (?:was|is|has been) (?:AI[- ]generated|(?:generated|created|written|produced) (?:by|with|using) (?:AI|artificial intelligence))(?:\s*(?:,|and)\s+(?:reviewed|checked|edited) by (?:our |an? )?(?:editors?|journalists?|newsroom)\b[^.!?]{0,40})?\s*[.!]?$/i, reason: 'AI summary notice' },
  // The note that a story also ran in the paper ("A version of this article appears in e-paper on July 14, 2020, of The
  // Example Times.", "This article appeared in print on page 3 of the Monday edition."): under the story, which it ends.
  { endsStory: true, maxLength: 260, pattern: /^(?:a version of )?this (?:article|story|report) (?:appears|appeared|was published|first appeared) (?:in|on) (?:the )?(?:print(?:\s+edition)?|e-?paper|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?\s+(?:print\s+)?edition)\b.{0,200}$/iu, reason: 'print edition note' },
  // A share button's label with its call ("Share Now:", "Share it", "Spread this:") and a site's account buttons in a row
  // ("Log in Subscribe", "Sign in | Register").
  { maxLength: 20, pattern: /^(?:share|spread)\s+(?:now|it|this)\s*[:!]?$/i, reason: 'share buttons' },
  { maxLength: 40, pattern: /^(?:(?:log\s?in|sign\s?in|sign\s?up|subscribe|register|my account)\s*[|·•/]?\s*){2,3}$/i, reason: 'account buttons' },
  // The label over the editor's appeal for subscriptions under the story ("A message from the Editor:"), the appeal under
  // it: the story is over. (With its colon only: "A message from the editor" alone may be a column's title.)
  { endsStory: true, maxLength: 50, pattern: /^an?\s+(?:message|word|note)\s+from\s+(?:the|our)\s+(?:editor|publisher|editor-in-chief)s?\s*:$/i, reason: 'subscription appeal' },
  // A syndicating site's note that it edited the copy it ran ("Editor's note: This article has been edited from the source
  // material."), under the story, which it ends.
  { endsStory: true, maxLength: 160, pattern: /^(?:editor['’]s note\s*:\s*)?this (?:article|story|report|content) (?:has been|was) (?:edited|adapted|condensed|shortened|translated) from\b[^.!?]{0,100}[.!]?$/i, reason: 'syndication note' },
  // A theme's links to the posts beside this one, each label glued to the post's title ("Previous articleDeputies arrest
  // two over …", "Next postCouncil approves …"): the site's, and the story is over.
  { endsStory: true, maxLength: 220, pattern: /^(?:[Pp]revious|[Nn]ext|[Oo]lder|[Nn]ewer)\s+(?:article|post|story)(?=[\p{Lu}\d"“‘])\S.{3,200}$/u, reason: 'next story' },
  // A prompt for readers' news tips with the site's addresses under the story ("Email your news tips to editor@example.com
  // or WhatsApp +254 …"): the site's, and the story is over.
  { endsStory: true, maxLength: 240, pattern: /^(?:e-?mail|send|share|submit|whatsapp)\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?(?:tips|stories|story ideas)\s+(?:to|at|via|on)\b.{0,200}$/i, reason: 'tip prompt' },
  // A live story's label over its first version, with the time it was written ("ORIGINAL: 6:55 a.m.", "Original story 9
  // a.m."): the page's mark, no paragraph. ("UPDATE: 8 a.m." alone is an update's time: see meta.)
  { maxLength: 40, pattern: /^(?:original(?:\s+story)?|earlier)\s*:?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs?)?\s*(?:\p{Lu}{2,4}T?)?\.?$/iu, reason: 'update label' },
  // A menu's "More" item with its empty counter ("More () »").
  { maxLength: 20, pattern: /^more\s*\(\s*\d*\s*\)\s*[»›>]?$/i, reason: 'navigation' },
]

/**
 * A site's own rules from JSON, an array of `{ "pattern": "^read our live blog", "reason": "live blog promo",
 * "endsStory": false }` (patterns are case-insensitive regular expressions), placed before the defaults. Throws an
 * error that names the rule and what is wrong with it.
 */
export function siteChromeRules(json: string): ChromeRule[] {
  let rules: unknown
  try {
    rules = JSON.parse(json)
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`)
  }
  if (!Array.isArray(rules)) throw new Error('expected a JSON array of rules: [{ "pattern": "…", "reason": "…" }]')
  const own = rules.map((rule: unknown, index): ChromeRule => {
    const { endsStory = false, list = false, pattern, reason } = (rule ?? {}) as Record<string, unknown>
    const where = `rule ${index + 1}`
    if (typeof pattern !== 'string' || !pattern) throw new Error(`${where} needs a "pattern" string`)
    if (typeof reason !== 'string' || !reason.trim()) throw new Error(`${where} needs a "reason" string`)
    if (typeof endsStory !== 'boolean') throw new Error(`${where}: "endsStory" must be true or false`)
    if (typeof list !== 'boolean') throw new Error(`${where}: "list" must be true or false`)
    try {
      return { endsStory, list, pattern: new RegExp(pattern, 'iu'), reason: reason.trim() }
    } catch (error) {
      throw new Error(`${where} has an invalid pattern: ${(error as Error).message}`)
    }
  })
  return [...own, ...defaultChromeRules]
}

/** The longest source of one joined pattern (see `chromeRuleFinder`). */
const joinedLength = 8000

const finders = new WeakMap<readonly ChromeRule[], (line: string) => ChromeRule | undefined>()

/** Words that make a line reported speech, which rules with `keepsReports` leave alone. */
const reportsSpeech = /\b(?:said|says|told|according)\b/i

/** Whether one rule drops a line: short enough for it, matched by its pattern, and not reported speech it keeps. */
export function ruleMatches(rule: ChromeRule, line: string): boolean {
  return !(line.length > (rule.maxLength ?? Infinity)) && rule.pattern.test(line) && !(rule.keepsReports && reportsSpeech.test(line))
}

/**
 * The first rule whose pattern matches a line, as `rules.find` finds it (a rule's `maxLength` skips longer lines), but
 * asked of every line of every page: the patterns of each flag set are also joined into a few alternations, so a line no
 * rule matches (most lines) costs a few tests instead of one per rule. Patterns that cannot be joined (back
 * references, named groups, stateful flags) are asked on their own.
 */
export function chromeRuleFinder(rules: readonly ChromeRule[]): (line: string) => ChromeRule | undefined {
  const cached = finders.get(rules)
  if (cached) return cached
  const sources = new Map<string, string[]>()
  const alone: RegExp[] = []
  for (const { pattern } of rules) {
    if (pattern.global || pattern.sticky || /\\[1-9]|\\k<|\(\?<[A-Za-z_$]/.test(pattern.source)) {
      alone.push(pattern)
      continue
    }
    // V8 stops optimising a pattern whose source passes 20 KB (a joined set that grew past it tested every line about
    // four times slower), so each flag set is joined in runs of at most `joinedLength` characters.
    const runs = sources.get(pattern.flags) ?? []
    const last = runs.at(-1)
    const alternative = `(?:${pattern.source})`
    if (last && last.length + alternative.length + 1 <= joinedLength) runs[runs.length - 1] = `${last}|${alternative}`
    else runs.push(alternative)
    sources.set(pattern.flags, runs)
  }
  const joined = [...[...sources].flatMap(([flags, runs]) => runs.map((source) => new RegExp(source, flags))), ...alone]
  const find = (line: string) => rules.find((rule) => ruleMatches(rule, line))
  // (A page's lines are asked again and again, as they are, joined and cut: the answers for the last few thousand are kept.)
  const answers = new Map<string, ChromeRule | null>()
  const finder = (line: string) => remembered(answers, line, () => (joined.some((pattern) => pattern.test(line)) ? find(line) : undefined) ?? null) ?? undefined
  finders.set(rules, finder)
  return finder
}

/**
 * The labels of a page's furniture under a story, as a cut-off page may end on their first letters ("Related Sto",
 * "Share this arti", "Advertisem"): whether a short line is the opening of one of them, cut off where the page was
 * stored, and not the opening of a paragraph.
 */
const furnitureLabels = [
  'advertisement', 'advert', 'sponsored content', 'sponsored', 'promoted', 'partner content',
  'related stories', 'related articles', 'related posts', 'related news', 'related content', 'related topics', 'related',
  'share this article', 'share this story', 'share this post', 'share this', 'share on', 'share',
  'read more', 'read also', 'read next', 'see also', 'also read', 'more stories', 'more news', 'more from', 'more on',
  'most read', 'most popular', 'most viewed', 'trending now', 'trending', 'recommended for you', 'recommended',
  'you may also like', 'you might also like', 'you may have missed', 'leave a comment', 'leave a reply', 'comments',
  'tags', 'topics', 'categories', 'subscribe to our newsletter', 'subscribe', 'sign up for', 'newsletter',
  'follow us on', 'follow us', 'click here', 'continue reading', 'loading', 'print this article', 'print',
  'e-mail this', 'email this', 'whatsapp', 'facebook', 'twitter', 'telegram', 'linkedin', 'copy link', 'latest news',
  'source', 'sources', 'translator', 'top stories', 'editor’s picks', "editor's picks", 'popular posts', 'recent posts', 'about the author', 'previous article', 'next article',
]
export function cutFurnitureLabel(line: string): boolean {
  const text = line.trim().toLowerCase().replace(/\s+/g, ' ')
  if (text.length === 0 || text.length > 40) return false
  // ("Translato": a translator's credit cut off, six letters at least; "Tra" opens a paragraph as often.)
  return furnitureLabels.some((label) => label.startsWith(text) && (label !== 'translator' || text.length >= 6))
}
