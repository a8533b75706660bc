// Capitalised words that never start a name: months, weekdays, and closed-class words that begin sentences.

export const MONTHS: ReadonlySet<string> = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "jan.",
  "feb",
  "feb.",
  "mar",
  "mar.",
  "apr",
  "apr.",
  "jun",
  "jun.",
  "jul",
  "jul.",
  "aug",
  "aug.",
  "sep",
  "sep.",
  "sept",
  "sept.",
  "oct",
  "oct.",
  "nov",
  "nov.",
  "dec",
  "dec.",
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
]);

/**
 * Plurals of people that open news sentences ("Residents said", "Forces loyal to the general"): capitalised only
 * there, never a name on their own. Lower case.
 */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(
  `residents witnesses engineers diplomats analysts experts rescuers protesters demonstrators authorities soldiers
troops forces survivors villagers activists critics lawmakers prosecutors investigators scientists traders
teachers farmers voters students militants rebels negotiators mediators observers medics nurses passengers
migrants refugees civilians locals citizens neighbours neighbors relatives victims families officers
firefighters volunteers economists sources workers doctors divers crews employees fishermen miners journalists
reporters officials lawyers`.split(/\s+/),
);

/**
 * Owners in an organisation's own name, before a possessive: "Kurdistan Workers' Party", "People's Party for
 * Freedom and Democracy", "Sudan Doctors' Syndicate", "National Union of Mineworkers" aside.
 */
export const NAME_OWNERS: ReadonlySet<string> = new Set([
  ...PEOPLE_PLURALS,
  ..."people peoples women children nations workers doctors mothers veterans employers consumers".split(" "),
]);

/** Closed-class and frequent words that are capitalised only because they start a sentence or a heading. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those there here it its it's he she his her hers him they them their we our you
your i my me who whom whose which what when where why how while whereas although though despite during
after before since until following according in on at by for from of to with without within into onto upon
about above below under over between among amid against across through throughout toward towards and or but
nor so yet if unless because as also then thus however meanwhile moreover furthermore still instead indeed
not no yes all any both each every either neither some many most much more few several other another such
only just even later earlier today yesterday tomorrow tonight now once again two three four five six seven
eight nine ten first second third last next new old other photo file update updated breaking exclusive
read more share click subscribe advertisement watch video listen related live opinion analysis editorial
is are was were be been has have had do does did will would can could should may
might must shall let lets people officials relations talks news`.split(/\s+/),
);

/** Words between a name and another name of the same one: "Mohamed Hamdan Daglo, better known as Hemeti". */
export const ALIAS_LEADS: readonly string[] = [
  "also known as",
  "better known as",
  "widely known as",
  "commonly known as",
  "popularly known as",
  "known as",
  "also called",
  "nicknamed",
  // A nom de guerre and the name behind it: "Julani, who now goes by his real name, Ahmed al-Sharaa".
  "whose real name is",
  "who goes by his real name",
  "who goes by her real name",
  "who now goes by his real name",
  "who now goes by her real name",
  "who goes by the name",
];

/** Languages, which follow "in" as places do ("said in English", "a speech in Arabic"). */
export const LANGUAGES: ReadonlySet<string> = new Set(
  `english french arabic spanish portuguese russian chinese mandarin cantonese german italian japanese korean hindi
urdu persian farsi turkish hebrew swahili dutch polish ukrainian greek latin bengali punjabi tamil amharic hausa
yoruba somali pashto dari kurdish armenian azerbaijani georgian serbian croatian romanian hungarian czech swedish
norwegian danish finnish vietnamese thai indonesian malay tagalog`.split(/\s+/),
);
