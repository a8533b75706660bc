// Words of speech and delivery, as data: the verbs that attribute a quotation, and how it was delivered.

/**
 * Speech verbs whose object is the one spoken to or about, never the speaker put after the verb: "told King Charles",
 * "urged Moscow", "accused Kyiv" (unlike "said Miller", "added Smith").
 */
export const ADDRESSEE_LEMMAS: ReadonlySet<string> = new Set(
  "tell ask urge accuse charge blame welcome condemn call describe".split(" "),
);

/**
 * Words before a quotation that make it a name, not words said or a happening: "the nickname “Putin's chef”",
 * "under the slogan “Occupy State House”", "dubbed “Black Saturday”".
 */
export const NAMING_WORDS: ReadonlySet<string> = new Set(
  "nickname nicknamed dubbed slogan slogans codenamed code-named hashtag".split(" "),
);

/** Lemmas of verbs that attribute words to a speaker ("said", "added", "warned", "pointed out"). */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  "say",
  "add",
  "tell",
  "stress",
  "note",
  "explain",
  "argue",
  "warn",
  "continue",
  "write",
  "state",
  "insist",
  "declare",
  "emphasize",
  "emphasise",
  "ask",
  "reply",
  "tweet",
  "post",
  "announce",
  "acknowledge",
  "point",
  "underscore",
  "underline",
  "claim",
  "comment",
  "observe",
  "remark",
  "recall",
  "conclude",
  "urge",
  "assert",
  "affirm",
  "reaffirm",
  "reiterate",
  "describe",
  "complain",
  "testify",
  "respond",
  "confirm",
  "deny",
  "admit",
  "vow",
  "pledge",
  "predict",
  "suggest",
  "signal",
  "demand",
  "call",
  "urge",
  "accuse",
  "charge",
  "blame",
  "welcome",
  "condemn",
]);

/**
 * Verbs by which a speaker says words of their own. The other speech verbs ("welcomed", "noted", "reaffirmed")
 * are a readout's: they tell in the third person what someone did, in words a spokesperson wrote.
 */
export const SAY_LEMMAS: ReadonlySet<string> = new Set([
  "say",
  "add",
  "tell",
  "warn",
  "explain",
  "argue",
  "continue",
  "write",
  "insist",
  "declare",
  "ask",
  "reply",
  "tweet",
  "post",
  "claim",
  "comment",
  "remark",
  "conclude",
  "urge",
  "assert",
  "testify",
  "respond",
  "complain",
  "predict",
  "announce",
  "describe",
  "call",
  "demand",
  "accuse",
  "charge",
  "blame",
  "condemn",
  "vow",
  "pledge",
  "admit",
  "deny",
  "confirm",
]);

/** Pronouns that stand for the last person named as a subject. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);

/**
 * Words opening a relative clause set off by commas: "Mufti, who heads the party, said", "The dam, which Russian
 * troops have held since 2022, gave way". Quotes, event triggers and status cues all read past such a clause.
 */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(["who", "whom", "whose", "which"]);

/** Nouns after a body's name that make the body the speaker: "an IMF spokesperson said", "Nauru's government said". */
export const SPEAKING_FOR: ReadonlySet<string> = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "government",
  "ministry",
  "office",
  "administration",
  "cabinet",
  "presidency",
]);

/** Documents a body issues: "according to an Interior Ministry statement" names the body as the source. */
export const SOURCE_DOCUMENTS: ReadonlySet<string> = new Set([
  "statement",
  "readout",
  "communique",
  "communiqué",
  "release",
  "report",
  "letter",
]);

/**
 * How words were delivered, matched on the sentence outside its quotations. Kept as patterns (not code) so a
 * new form of delivery is one more line.
 */
export const DELIVERY_PATTERNS: readonly RegExp[] = [
  /\b[Ii]n an? (?:[a-z-]+ ){0,2}?(?:statement|readout|interview|post|tweet|video(?: address)?|letter|speech|address|briefing|press release|communiqu[eé]|op-ed|message)(?: on (?:the (?:phone )?call|the meeting|X|Twitter|Telegram|Facebook|Instagram|social media|its website|his website|her website))?(?: (?:to|with) (?:journalists|reporters|the press|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*))?/,
  /\b(?:told|telling) (?:journalists|reporters|analysts|investors|supporters|the press|a news conference|a press conference|lawmakers|legislators|parliament|Parliament|the (?:BBC|AP|AFP)|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)/,
  /\b[Ss]peaking (?:to|with) (?:journalists|reporters|the press|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)/,
  /\b(?:at|during) an? (?:press|news) (?:conference|briefing)/,
  /\b(?:at|during) an? (?:congressional |parliamentary |Senate |House )?hearing/,
  /\b(?:on|in a post on) (?:X|Twitter|Telegram|Facebook|social media)\b/,
  /\b[Aa]ccording to an? (?:statement|readout|transcript|release)\b/,
];
