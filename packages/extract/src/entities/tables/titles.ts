// Titles people hold, as data: each with the classes a description can refer to ("the top diplomat") and a rank.

export type TitleClass =
  | "leader"
  | "official"
  | "diplomat"
  | "minister"
  | "spokesperson"
  | "military"
  | "executive"
  | "lawmaker"
  | "judge"
  | "envoy"
  | "honorific"
  | "relation";

export interface TitleInfo {
  /** Lower-case words of the title, as they are matched against the text. */
  phrase: string;
  classes: readonly TitleClass[];
  /** Higher ranks win when a description says "top": a secretary of state over an assistant secretary. */
  rank: number;
  /** False for words that name a person's relation or honorific rather than a role (counterpart, Mr). */
  role?: false;
}

const t = (phrase: string, rank: number, ...classes: TitleClass[]): TitleInfo => ({ phrase, classes, rank });

export const TITLES: readonly TitleInfo[] = [
  t("president", 9, "leader", "official"),
  t("vice president", 7, "official"),
  t("vice-president", 7, "official"),
  t("president-elect", 8, "leader"),
  t("prime minister", 9, "leader", "official", "minister"),
  t("premier", 9, "leader", "official"),
  t("deputy prime minister", 7, "official", "minister"),
  t("chancellor", 9, "leader", "official"),
  // Britain's finance minister: "Chancellor of the Exchequer Rishi Sunak" (not Exchequer Rishi Sunak).
  t("chancellor of the exchequer", 8, "minister", "official"),
  t("king", 9, "leader"),
  t("queen", 9, "leader"),
  t("queen consort", 8, "leader"),
  t("consort", 7, "leader"),
  t("emperor", 9, "leader"),
  t("empress", 9, "leader"),
  t("emir", 9, "leader"),
  t("sultan", 9, "leader"),
  t("crown prince", 8, "leader"),
  t("prince", 6, "leader"),
  t("pope", 9, "leader"),
  // Clergy: "Cardinal Kevin Farrell", "Archbishop Mario Delpini" are the person, with the office as a role.
  t("cardinal", 7, "leader", "official"),
  t("camerlengo", 7, "official"),
  t("archbishop", 7, "leader", "official"),
  t("bishop", 6, "leader", "official"),
  t("patriarch", 8, "leader"),
  t("imam", 6, "leader"),
  t("rabbi", 6, "leader"),
  t("supreme leader", 10, "leader"),
  t("leader", 8, "leader"),
  t("head of state", 9, "leader", "official"),
  t("governor", 6, "official", "leader"),
  t("mayor", 5, "official", "leader"),
  t("minister", 7, "minister", "official"),
  t("foreign minister", 8, "minister", "official", "diplomat"),
  t("defence minister", 8, "minister", "official"),
  t("defense minister", 8, "minister", "official"),
  t("interior minister", 8, "minister", "official"),
  t("finance minister", 8, "minister", "official"),
  t("minister of foreign affairs", 8, "minister", "official", "diplomat"),
  t("foreign secretary", 8, "minister", "official", "diplomat"),
  t("secretary of state", 8, "official", "diplomat", "minister"),
  t("deputy secretary of state", 7, "official", "diplomat"),
  t("assistant secretary of state", 6, "official", "diplomat"),
  t("under secretary", 6, "official"),
  t("assistant secretary", 5, "official"),
  t("deputy secretary", 6, "official"),
  t("secretary", 6, "official"),
  t("secretary-general", 8, "leader", "official"),
  t("secretary general", 8, "leader", "official"),
  t("attorney general", 7, "official"),
  t("press secretary", 4, "spokesperson", "official"),
  t("spokesman", 3, "spokesperson", "official"),
  t("spokeswoman", 3, "spokesperson", "official"),
  t("spokesperson", 3, "spokesperson", "official"),
  t("commissioner", 7, "official"),
  t("ambassador", 6, "diplomat", "official", "envoy"),
  t("envoy", 6, "diplomat", "official", "envoy"),
  t("special envoy", 6, "diplomat", "official", "envoy"),
  t("diplomat", 5, "diplomat", "official"),
  t("senator", 6, "lawmaker", "official"),
  // Not "Sen." or "Rep.": a sentence ending on Hun Sen or Amartya Sen would lose its full stop to a title.
  t("representative", 5, "lawmaker", "official"),
  t("congressman", 5, "lawmaker", "official"),
  t("congresswoman", 5, "lawmaker", "official"),
  t("lawmaker", 5, "lawmaker", "official"),
  t("speaker", 7, "lawmaker", "official"),
  t("mp", 5, "lawmaker", "official"),
  t("general", 7, "military", "official"),
  t("lieutenant general", 7, "military", "official"),
  t("major general", 6, "military", "official"),
  t("commander", 6, "military", "official"),
  t("commander-in-chief", 8, "military", "official"),
  t("chief of staff", 7, "military", "official"),
  t("admiral", 7, "military", "official"),
  t("colonel", 5, "military", "official"),
  t("gen.", 7, "military", "official"),
  // News wires abbreviate ranks without dots ("Gen Mohamed Hamdan Dagalo", "Brig Gen Nabil Abdallah").
  t("gen", 7, "military", "official"),
  t("brigadier general", 6, "military", "official"),
  t("brigadier", 6, "military", "official"),
  t("brig gen", 6, "military", "official"),
  t("brig. gen.", 6, "military", "official"),
  t("lt gen", 7, "military", "official"),
  t("lt. gen.", 7, "military", "official"),
  t("maj gen", 6, "military", "official"),
  t("maj. gen.", 6, "military", "official"),
  t("col.", 5, "military", "official"),
  t("chief executive", 9, "executive"),
  t("chief executive officer", 9, "executive"),
  t("ceo", 9, "executive"),
  t("cfo", 7, "executive"),
  t("chief financial officer", 7, "executive"),
  t("chairman", 8, "executive", "leader"),
  t("chairwoman", 8, "executive", "leader"),
  t("chair", 8, "executive", "leader"),
  t("founder", 7, "executive"),
  t("co-founder", 7, "executive"),
  t("chief operating officer", 7, "executive"),
  t("chief technology officer", 7, "executive"),
  t("chief scientist", 6, "executive"),
  t("director", 6, "executive", "official"),
  // "NASA Administrator Bill Nelson": without the title the name was lost.
  t("administrator", 7, "official"),
  t("inspector general", 6, "official"),
  t("manager", 5, "executive"),
  t("coach", 5, "leader"),
  t("captain", 5, "leader"),
  t("director-general", 7, "executive", "official"),
  t("director general", 7, "executive", "official"),
  t("head", 7, "leader", "official"),
  t("chief", 7, "leader", "official"),
  t("justice", 7, "judge"),
  t("chief justice", 8, "judge"),
  t("judge", 6, "judge"),
  t("prosecutor", 5, "official", "judge"),
  // "Prosecutors Diego Luciani and Sergio Mola": a plural title before a pair of names.
  t("prosecutors", 5, "official", "judge"),
  t("official", 4, "official"),
  // "National Security Adviser Jake Sullivan": the modifiers alone made no title, and the name was lost.
  t("adviser", 4, "official"),
  t("advisor", 4, "official"),
  t("national security adviser", 7, "official"),
  t("national security advisor", 7, "official"),
  t("candidate", 4, "leader"),
  t("opposition leader", 6, "leader"),
  { phrase: "counterpart", classes: ["relation"], rank: 0, role: false },
  { phrase: "mr", classes: ["honorific"], rank: 0, role: false },
  { phrase: "mr.", classes: ["honorific"], rank: 0, role: false },
  { phrase: "mrs", classes: ["honorific"], rank: 0, role: false },
  { phrase: "mrs.", classes: ["honorific"], rank: 0, role: false },
  { phrase: "ms", classes: ["honorific"], rank: 0, role: false },
  { phrase: "ms.", classes: ["honorific"], rank: 0, role: false },
  { phrase: "dr", classes: ["honorific"], rank: 0, role: false },
  { phrase: "dr.", classes: ["honorific"], rank: 0, role: false },
  { phrase: "sir", classes: ["honorific"], rank: 0, role: false },
];

/**
 * Nouns a description can end in that are classes, not titles: "the top US diplomat", "the U.S. official".
 * Plural forms are left out on purpose: "the ministers" refers to several people.
 */
export const DESCRIPTION_CLASSES: ReadonlyMap<string, TitleClass> = new Map([
  ["diplomat", "diplomat"],
  ["official", "official"],
  ["leader", "leader"],
  ["envoy", "envoy"],
  ["executive", "executive"],
  ["boss", "executive"],
  ["lawmaker", "lawmaker"],
  ["legislator", "lawmaker"],
  ["politician", "official"],
  ["commander", "military"],
  ["minister", "minister"],
  ["chief", "leader"],
  ["head", "leader"],
]);

/** Words that may stand inside a title phrase before a name: "Secretary of State", "assistant secretary for Europe". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "foreign",
  "defence",
  "defense",
  "interior",
  "finance",
  "economy",
  "energy",
  "health",
  "justice",
  "trade",
  "affairs",
  "state",
  "deputy",
  "vice",
  "assistant",
  "acting",
  "former",
  "interim",
  "senior",
  "chief",
  "top",
  "first",
  "lead",
  "principal",
  "executive",
  "press",
  "national",
  "security",
  "adviser",
  "advisor",
  "presidential",
  "parliamentary",
  "regional",
  "special",
  "permanent",
  "representative",
  "under",
  "lieutenant",
  "major",
  "elect",
  "outgoing",
  "incoming",
  "designate",
]);

/** Small words inside titles ("chancellor of the exchequer", "commander-in-chief") that open or join any phrase. */
const JOINING = new Set(["the", "in", "and", "a"]);

/**
 * Every word of a title, as news writes them in lower case between a country and a name: "North Korean leader Kim
 * Jong Un", "Russian foreign minister Sergei Lavrov", "his Azerbaijani counterpart Jeyhun Bayramov"; without the
 * small words that join them (JOINING), which a walk over title words would otherwise take.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...TITLES.flatMap((t) => t.phrase.split(/[\s-]+/)), ...TITLE_MODIFIERS].filter((w) => !JOINING.has(w)),
);

/** Adjectives a description may carry before its head: "the top US diplomat", "the senior U.S. official". */
export const DESCRIPTION_ADJECTIVES: ReadonlySet<string> = new Set([
  "top",
  "senior",
  "chief",
  "former",
  "new",
  "acting",
  "interim",
  "veteran",
  "leading",
  "highest-ranking",
  "high-ranking",
]);

/**
 * Classes of title whose holder's words are news in themselves (a president, minister, commander or chief
 * executive "said …" is a statement event, even undated). A spokesperson's words are the body's readout and
 * a judge's are the ruling, so those two classes never count; bystanders, analysts and experts hold no title.
 */
const POSITION_CLASSES: ReadonlySet<TitleClass> = new Set([
  "leader",
  "official",
  "minister",
  "diplomat",
  "envoy",
  "military",
  "executive",
  "lawmaker",
]);
const NO_POSITION_CLASSES: ReadonlySet<TitleClass> = new Set(["spokesperson", "judge", "honorific", "relation"]);

/**
 * The titles by their last word, each with its words, in table order: a title can end a role only where their
 * last words agree, so a role is checked against those alone (a scan of the whole table, splitting every
 * phrase, was 2.5% of all extraction time).
 */
const TITLES_BY_LAST_WORD = new Map<string, Array<{ title: TitleInfo; words: string[] }>>();
for (const title of TITLES) {
  const words = title.phrase.split(" ");
  const last = words[words.length - 1]!;
  TITLES_BY_LAST_WORD.set(last, [...(TITLES_BY_LAST_WORD.get(last) ?? []), { title, words }]);
}

/** The longest title a role as stated ends in: "Indian Prime Minister" → prime minister. */
function titleEnding(role: string): TitleInfo | null {
  const words = role.toLowerCase().split(/\s+/);
  let best: TitleInfo | null = null;
  let bestLength = 0;
  for (const { title, words: phrase } of TITLES_BY_LAST_WORD.get(words[words.length - 1]!) ?? []) {
    if (phrase.length > words.length || (best && bestLength >= phrase.length)) continue;
    if (phrase.every((w, k) => words[words.length - phrase.length + k] === w)) {
      best = title;
      bestLength = phrase.length;
    }
  }
  return best && best.role !== false ? best : null;
}

/** True when a role as stated ("Indian Prime Minister", "GM chief executive") ends in a title of public position. */
export function isPositionTitle(role: string): boolean {
  const title = titleEnding(role);
  if (!title) return false;
  return title.classes.some((c) => POSITION_CLASSES.has(c)) && !title.classes.some((c) => NO_POSITION_CLASSES.has(c));
}

/** True when a role as stated ends in a spokesperson's title ("State Department spokesman"). */
export function isSpokespersonTitle(role: string): boolean {
  return titleEnding(role)?.classes.includes("spokesperson") ?? false;
}
