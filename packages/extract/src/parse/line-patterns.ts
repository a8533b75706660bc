// Data tables that say what a line of a scraped article is: debris, a photo credit, a section, boilerplate.

/** Share buttons and page furniture that scrapers leave behind as whole lines. */
export const DEBRIS_LINE: readonly RegExp[] = [
  /^(?:icon-[\w-]+[\s,|]*)+$/i,
  /^(?:(?:share|share this|share on|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|copy link|pinterest|messenger|vk|save|comments?)\b[\s,|·•:/]*){1,12}$/i,
  /^(?:advertisement|advertising|sponsored( content)?|ad|read more|read also|also read|see also|related( articles| stories| news)?|more on this story|subscribe( now)?|sign up|follow us( on \w+)?|listen to (?:this )?article|skip to (?:main )?content|back to top|loading\.*|click here)\s*:?$/i,
  /^[\s\p{P}\p{S}]+$/u,
  /^(?:(?:published|posted|updated|last updated)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i,
  /^(?:reading time:?\s*)?\d+\s*(?:-\s*)?(?:min(?:ute)?s?)(?:\s+read)?$/i,
];

/** Photo and video captions' credits; a line with one of these and no sentence of its own is a caption. */
export const PHOTO_CREDIT: readonly RegExp[] = [
  /\bFILE PHOTO\b/,
  /\b(?:photo|image|picture|video)s?\s*(?:by|credit|courtesy)?\s*:/i,
  /\((?:photo|image|picture|file)\b[^)]*\)\s*$/i,
  /\b(?:photo|image)\s+(?:by|courtesy of)\b/i,
  /©/,
  /\b(?:Getty Images|Shutterstock|EPA-EFE|AFP via Getty|Reuters\/[A-Z][\w ]+|AP Photo)\b/,
];

/** Section and category words a page shows above the headline ("World, Americas", "News › Europe"). */
// biome-ignore format: a table reads better in rows
export const SECTION_WORDS: ReadonlySet<string> = new Set([
    "world", "news", "latest", "latest news", "breaking", "breaking news", "top stories", "politics", "business",
    "economy", "markets", "finance", "europe", "americas", "asia", "asia pacific", "asia-pacific", "africa",
    "middle east", "middle-east", "mena", "region", "regions", "caucasus", "south caucasus", "central asia",
    "eurasia", "diplomacy", "security", "defense", "defence", "military", "conflict", "war", "opinion", "analysis",
    "editorial", "interview", "features", "feature", "commentary", "science", "technology", "tech", "health",
    "culture", "sport", "sports", "society", "energy", "environment", "climate", "local", "national",
    "international", "foreign", "foreign policy", "us", "u.s.", "uk", "eu", "turkey", "türkiye", "russia",
    "ukraine", "armenia", "azerbaijan", "iran", "georgia", "home", "video", "photos", "lifestyle", "entertainment",
    "arts", "education", "law", "crime", "justice", "elections", "government", "nation",
]);

/** Words that make a short line an organisation's name rather than a person's ("Iran Front Page", "Daily Sabah"). */
// biome-ignore format: a table reads better in rows
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
    "news", "times", "post", "daily", "agency", "press", "journal", "tribune", "herald", "gazette", "network",
    "media", "radio", "tv", "television", "channel", "report", "review", "weekly", "today", "online", "wire",
    "front", "page", "observer", "telegraph", "guardian", "standard", "express", "mail", "star", "sun", "chronicle",
    "monitor", "insider", "dispatch", "bulletin", "digest", "magazine", "broadcasting", "service", "world",
    "international", "globe", "independent", "courier", "reporter", "voice", "info", "net",
]);

/** Words that make a closing line boilerplate or a credit on their own, where an outlet often names itself. */
export const BOILERPLATE_CUES: readonly RegExp[] = [
  /\ball rights reserved\b/i,
  /\bcopyright\b|©/i,
  /\b(?:reporting|writing|editing|additional reporting) by\b/i,
  /\bcontributed to this report\b/i,
  /\b(?:follow|like) us (?:on|at)\b/i,
  /\bsign up for\b.*\bnewsletter\b/i,
  /\b(?:originally|first) (?:published|appeared) (?:on|in|at)\b/i,
  /\bcontact us\b/i,
  /\bwebsite contains\b/i,
  /^source\s*:/i,
  /\breproduc(?:e|tion)\b.*\bwithout\b/i,
];

/** Words that make a closing line boilerplate only when it also names a well-known outlet. */
export const WEAK_BOILERPLATE_CUES: readonly RegExp[] = [
  /\bsubscri(?:ber|bers|be|ption|ptions)\b/i,
  /\bnewsletter\b/i,
  /\bour (?:website|app|reporters?|correspondents?)\b/i,
  /\bdownload\b/i,
];

/** Labels of scraper-style header lines ("Title: …"), and the field each one fills. */
export const HEADER_KEYS: Readonly<
  Record<string, "title" | "outlet" | "url" | "published" | "updated" | "author" | "ignore">
> = {
  title: "title",
  headline: "title",
  source: "outlet",
  outlet: "outlet",
  publisher: "outlet",
  publication: "outlet",
  site: "outlet",
  url: "url",
  link: "url",
  published: "published",
  "published at": "published",
  "published on": "published",
  date: "published",
  "publication date": "published",
  updated: "updated",
  "last updated": "updated",
  modified: "updated",
  author: "author",
  authors: "author",
  by: "author",
  byline: "author",
  section: "ignore",
  category: "ignore",
  tags: "ignore",
  language: "ignore",
  lang: "ignore",
  description: "ignore",
  summary: "ignore",
};

/** Labels before an update date ("Update : 29.11.2023", "Last updated on …"). */
export const UPDATE_LABEL = /\b(?:last\s+)?(?:updated?|modified|edited|revised)\b\s*(?:on|at)?\s*:?\s*$/i;

/** Words that open a paragraph like a dateline but are labels ("UPDATE:", "BREAKING:"). */
// biome-ignore format: a table reads better in rows
export const NOT_A_DATELINE: ReadonlySet<string> = new Set([
    "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "READ", "ANALYSIS", "OPINION", "NOTE", "EDITOR'S NOTE",
    "PHOTO", "VIDEO", "LIVE", "CORRECTION", "FILE", "ADVERTISEMENT", "Q", "A", "UPDATE 1", "UPDATE 2", "FACTBOX",
    "EXPLAINER", "FACT CHECK", "WARNING",
]);

/** Capitalised words of headlines that are never part of a person's name ("Peace Talks Resume"). */
// biome-ignore format: a table reads better in rows
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "talks", "peace", "war", "deal", "says", "said", "president", "minister", "government", "crisis", "attack",
  "attacks", "resume", "resumes", "agreement", "summit", "election", "elections", "meeting", "ceasefire", "protest",
  "protests", "update", "live", "breaking", "latest", "news", "calls", "call", "visit", "visits", "leaders",
  "leader", "state", "secretary", "ministry", "foreign", "relations", "between", "after", "over", "amid", "with",
  "against", "new", "first", "more", "why", "how", "what", "who", "when", "where", "border", "army", "forces",
  "vote", "votes", "plan", "plans", "court", "rules", "ruling", "report", "reports", "analysis", "opinion",
  "explainer", "photos", "video", "watch", "read", "share", "home", "world", "region", "talk", "agree", "agrees",
]);
