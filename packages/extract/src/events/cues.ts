// Cue tables: words around a trigger that change an event's status, drop it, mark it background, or frame it.

/** Before a trigger in its clause: the event is promised, expected or arranged, not yet happened. */
export const PLANNED_BEFORE: readonly string[] = [
  "will",
  "shall",
  "'ll",
  "would",
  "be expect to",
  "expect",
  "be schedule to",
  "be set to",
  "be due to",
  "plan to",
  "plan",
  "pledge to",
  "promise to",
  "intend to",
  "agree that",
  "agree to _/VERB",
  "prepare to",
  "be to",
  "upcoming",
  "forthcoming",
  "planned",
  "proposed",
  "could",
  "next",
  "pledge",
];

/** Right after a trigger's noun phrase: "talks scheduled for 20 November", "a visit planned for December". */
export const PLANNED_AFTER: readonly string[] = [
  "schedule for|in|on|to",
  "plan for|in",
  "set for",
  "due in|on",
  "be expect",
  "in the coming",
  "to be sign|hold|reach",
  "to resume",
  // A modal after the event's noun phrase: "a visit by the president to Riyadh could follow".
  "could|may|might|would|will follow|happen|come",
  "could|may|might|would|will take place",
];

/** Before a trigger: the event was called off. "cancellation of a meeting", "declined participation in talks". */
export const CANCELLED_BEFORE: readonly string[] = [
  "cancellation of",
  "cancelation of",
  "cancel",
  "cancelled",
  "canceled",
  "call off",
  "called off",
  "postpone",
  "postponement of",
  "decline participation in",
  "decline to attend",
  "pull out of",
  "scrap",
  // A plan given up: "dropped the plan to scrap the top rate", "shelved proposals to build".
  "drop|abandon|shelve|ditch|scrap|withdraw|scrapped|shelved|ditched the? plan|plans|proposal|proposals to",
  // A plan told in the past perfect did not come about: "had been due to travel to Bordeaux on Tuesday".
  "have be due to",
  "have be schedule to",
  "have be set to",
  "be due to have",
];

/** After a trigger: "the meeting was cancelled", "talks were called off". */
export const CANCELLED_AFTER: readonly string[] = [
  "be|have|been cancel|cancelled|canceled|postpone|scrap",
  "be|been call off",
  "be|been called off",
];

/**
 * Just before a trigger: the event is hypothetical, only a goal, or merely the source of a report, and is not
 * told as an event ("efforts to reach a peace agreement", "according to a readout").
 */
export const IRREALIS_BEFORE: readonly string[] = [
  "no",
  "never",
  "without",
  "effort to",
  "efforts to",
  "possibility of",
  "commitment to",
  "way of",
  "ways of",
  "way to",
  "ways to",
  "aim to",
  "aim at",
  "seek to",
  "try to",
  "attempt to",
  "goal of",
  "hope",
  "hope to",
  "prospect of",
  "prospects for",
  "chance of",
  "opportunity to",
  "call on",
  // What someone calls for is asked, not done: "Wilders has called for a ban on mosques".
  "call for",
  "urge",
  "demand",
  "to discuss",
  "ready to",
  "warn against",
  "against",
  "according to",
  // A threat or a condition, not a happening: "any attack on French nationals", "the threat of force".
  "any",
  "threat of",
  "threats of",
  "risk of",
  "fear of",
  "fears of",
  "in case of",
  "in the event of",
];

/** Anywhere before a trigger in its clause: what follows is denied or in doubt ("did not say whether they met"). */
export const IRREALIS_SCOPE: readonly string[] = ["not", "n't", "whether", "if", "unless"];

/** In the clause of a trigger: the article recalls history rather than telling news. */
export const BACKGROUND_CUES: readonly string[] = [
  "since",
  "had been",
  "have been",
  "has been",
  "ever since",
  "former",
];

/** A framing quote follows these words: what X "described as", "called", "termed" the event. */
export const FRAMING_LEADS: readonly string[] = [
  "describe as",
  "describe it as",
  "call it",
  "calling",
  "call what ... happen",
  "term",
  "dub",
  "so-called",
  "brand",
  "label",
  "refer to as",
  "characterize as",
  "characterise as",
];

/** Nouns that head a group of people named by what follows "of" / "from": "the leaders of A and B". */
export const COLLECTIVE_HEADS: ReadonlySet<string> = new Set([
  "leader",
  "government",
  "representative",
  "minister",
  "delegation",
  "official",
  "president",
  "head",
  "envoy",
  "diplomat",
  "counterpart",
  "side",
  "party",
]);

/** Nouns that, before "of A and B", mean one interaction per named party: "the leaders of A and B". */
export const SPLIT_HEADS: ReadonlySet<string> = new Set(["leader", "president", "head", "counterpart", "premier"]);

/** Words that make several counterparts several events: "separate calls", "individual meetings". */
export const SEPARATE_CUES: ReadonlySet<string> = new Set(["separate", "separately", "individual", "respective"]);

/** What trades on a market: its rally is a price moving, not people in the street. */
const MARKETS =
  "stock|stocks|share|shares|equity|equities|bond|bonds|market|markets|currency|currencies|price|prices|index|indices|futures|oil|gold|dollar|euro|yen|pound|peso|rupee|yuan|lira|rouble|ruble|bitcoin|crypto|treasuries";
/** The words of MARKETS, singular and plural, for rules that look at a subject rather than match a pattern. */
export const MARKET_WORDS: ReadonlySet<string> = new Set(MARKETS.split("|"));

/** A process named as such is not an event: a trigger starting inside one of these (or at its start) tells of nothing new. */
export const NOT_EVENTS: readonly string[] = [
  "peace talks",
  "peace process",
  "peace negotiations",
  "peace track",
  "normalization process",
  "normalisation process",
  // "forced through parliament without a vote": the vote that did not happen.
  "without a|any? vote",
  // The Cold War named as a yardstick or an era ("the biggest exchange since the Cold War") is no event told.
  "since|after|during the? cold war",
  "end of the? cold war",
  // Markets rally too: "Stocks rallied after the decision", "the rally in shares", "the peso rallied 2%".
  `${MARKETS} rally`,
  `rally in|of ${MARKETS}`,
  "rally ...3 %|percent|per|points|record|high|low",
  // Operations that are no use of force: "a rescue operation", "the largest such operation".
  "such|rescue|relief|aid|humanitarian|search|recovery|salvage|firefighting|clean-up|cleanup operation|operations",
  // A crime against a person, not armed force: "a sexual assault inquiry", "charged with indecent assault".
  "sexual|indecent|physical|verbal assault|assaults",
  // A right, not a gathering: "suspending the rights of assembly", "freedom of assembly".
  "right|rights|freedom|freedoms of|to assembly|association",
  // A charge, not a war: "investigate him for rebellion", "accused of insurrection".
  "for|of|with rebellion|insurrection|sedition",
  // A unit, not a walkout or an attack: "the carrier Ford and its strike group", "a strike force".
  "strike group|groups|force|forces|fighter|fighters|aircraft|capability|capabilities",
  "the|a|an|its|their|this strike group|groups|force|forces|fighter|fighters|aircraft|capability|capabilities",
  // A region "it occupies" is held, not taken; money "shelled out" and a film that "bombed" hurt nobody.
  "occupies",
  "shell|shelled|shells|shelling out",
  "bomb|bombed|bombs at the? box",
  // A scene filmed: "Most of the film was shot in Morocco".
  "film|films|movie|movies|scene|scenes|footage|video|videos|photo|photos|picture|pictures|series be shot",
];

/** "the island nation of Nauru", "the state of Qatar": the name after "of" is the thing the noun names. */
export const NAMED_BY_OF: ReadonlySet<string> = new Set([
  "nation",
  "country",
  "state",
  "kingdom",
  "republic",
  "emirate",
  "island",
  "islands",
  "city",
  "town",
  "village",
]);

/** People named after what they take part in: "protest organisers", "protest leaders". */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  "organiser",
  "organizer",
  "leader",
  "group",
  "movement",
  "activist",
  "participant",
]);

/**
 * Occasions with no event type of their own: calling one off is that occasion, cancelled, typed "other" ("La Liga
 * postponed Saturday's match", "The canonisation of Carlo Acutis … was postponed").
 */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  "match",
  "game",
  "fixture",
  "qualifier",
  "final",
  "race",
  "tournament",
  "concert",
  "festival",
  "show",
  "premiere",
  "ceremony",
  "celebration",
  "parade",
  "canonisation",
  "canonization",
  "beatification",
  "inauguration",
  "coronation",
  "funeral",
  "wedding",
  "launch",
  "summit",
  "conference",
  "session",
  "debate",
  "sitting",
  "webinar",
  "seminar",
  "training",
  "gala",
  "exhibition",
  "screening",
  "performance",
]);
