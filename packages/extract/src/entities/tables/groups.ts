// Head nouns of groups that act as parties ("Armenian separatists", "the Kurdish minority"), with the noun a group is named by.

/** Head noun → the plural the group's name uses ("forces" of separatists are "separatists"; null: the people's demonym). */
export const GROUP_HEADS: ReadonlyMap<string, string | null> = new Map([
  ["separatists", "separatists"],
  ["rebels", "rebels"],
  ["militants", "militants"],
  ["insurgents", "insurgents"],
  ["fighters", "fighters"],
  ["militias", "militias"],
  ["guerrillas", "guerrillas"],
  ["settlers", "settlers"],
  ["protesters", "protesters"],
  ["demonstrators", "demonstrators"],
  ["population", null],
  ["minority", null],
  ["community", null],
]);

/** Adjectives that make a political group of a plain head: "separatist forces", "rebel fighters". */
export const GROUP_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ["separatist", "separatists"],
  ["rebel", "rebels"],
  ["insurgent", "insurgents"],
  ["militant", "militants"],
]);

/** Heads that name a group only after one of GROUP_MODIFIERS ("separatist forces", not "Russian forces"). */
export const MODIFIED_HEADS: ReadonlySet<string> = new Set(["forces", "fighters", "groups", "militias", "troops"]);

/** Words that may stand between "the" and a group: "the local ethnic Armenian population". */
export const GROUP_PREMODIFIERS: ReadonlySet<string> = new Set(["local", "ethnic", "remaining", "armed"]);

/** A self-proclaimed state: "<region> Republic", "<region> People's Republic". */
export const REPUBLIC_WORDS: ReadonlySet<string> = new Set(["republic"]);

/** A country's electorate: "Chilean voters" decide for the country, whatever verb follows. */
export const ELECTORATE_NOUNS: ReadonlySet<string> = new Set(["voters", "electorate"]);

/** A country's people, who stand for it only when they decide a vote: "Chilean citizens voted". */
export const CITIZEN_NOUNS: ReadonlySet<string> = new Set(["citizens", "people"]);

/** Verbs (by lemma) of deciding a vote: "Chileans rejected …", "Chileans voted …". */
export const VOTE_VERBS: ReadonlySet<string> = new Set(["vote", "reject", "approve", "elect", "endorse", "ratify"]);
