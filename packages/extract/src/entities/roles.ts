// Roles stated around a name: a title before it ("Azerbaijani President Ilham Aliyev") or an apposition after it.
import { matchAt } from "./lexicon";
import { TITLE_WORDS, TITLES } from "./tables/titles";
import { MONTHS, NON_NAME_WORDS, WEEKDAYS } from "./tables/words";
import { type Doc, touching } from "./tokens";

const STOP_APPOSITION = new Set([
  ",",
  ".",
  ";",
  ":",
  ")",
  "—",
  "–",
  "said",
  "says",
  "told",
  "who",
  "which",
  "“",
  "”",
  '"',
]);

/** Words that join title words ("Minister of Foreign Affairs") but are no title a word can qualify. */
const CONNECTORS = new Set(["of", "for", "the", "and"]);

/** Tokens that may close an apposition after a name. */
const APPOSITION_CLOSERS = new Set([",", ".", ";", ")", "who", "whose"]);

export interface RoleSpan {
  /** Token indexes [from, to) of the role words. */
  from: number;
  to: number;
  /** The words contain a title that is a role (not only "Mr" or "counterpart"). */
  isRole: boolean;
  /** The words contain any title at all. */
  hasTitle: boolean;
}

/** Scans [from, to) for title phrases. */
function titlesIn(doc: Doc, from: number, to: number): { role: boolean; any: boolean } {
  let role = false;
  let any = false;
  for (let k = from; k < to; k++) {
    const m = matchAt(doc.text, doc.toks, k, to);
    const titles = m?.entries.filter((e) => e.kind === "title") ?? [];
    if (titles.length > 0) {
      any = true;
      if (titles.some((e) => e.kind === "title" && e.title.role !== false)) role = true;
    }
  }
  return { role, any };
}

/**
 * The title words standing before the name that starts at token `nameFrom`, reaching back over capitalised
 * words, title words in any case, country words and "of"/"for" ("State Department spokesman Matthew Miller").
 * `stop(k)` says a token belongs to something else (another person's name).
 */
export function roleBefore(doc: Doc, nameFrom: number, stop: (k: number) => boolean): RoleSpan | null {
  const first = doc.toks[nameFrom];
  if (!first) return null;
  let k = nameFrom - 1;
  let lowerRun = 0;
  while (k >= 0) {
    const t = doc.toks[k]!;
    if (t.sentence !== first.sentence || stop(k)) break;
    // "On Friday Gen Burhan": a day or month before a title is no part of it.
    const capOk =
      t.cap && (t.allCaps || !NON_NAME_WORDS.has(t.lower)) && !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower);
    const hyphen = t.text === "-" && k > 0 && touching(doc.toks[k - 1]!, t);
    const connector = (t.lower === "of" || t.lower === "for") && k > 0 && k < nameFrom - 1;
    // "Brazil's President", "Apple's chief financial officer": a capitalised owner stays in the role.
    const possessive = t.lower === "'s" && k > 0 && doc.toks[k - 1]!.cap && k < nameFrom - 1;
    // "EU antitrust chief", "energy minister": up to two lower-case words qualifying a title to their right
    // (a title word or another such word); "the first major piece of Prime Minister X's plan" is no role.
    // "eastern-based prime minister", "US-backed president": the participle of a hyphenated compound qualifies too.
    const right = doc.toks[k + 1]!;
    const compound = k > 0 && doc.toks[k - 1]!.text === "-" && touching(doc.toks[k - 1]!, t);
    const qualifier =
      !t.cap &&
      (t.pos === "NOUN" || t.pos === "ADJ" || compound) &&
      lowerRun < 2 &&
      k < nameFrom - 1 &&
      !stop(k + 1) &&
      (lowerRun > 0 ||
        right.cap ||
        (right.text === "-" && touching(t, right)) ||
        (TITLE_WORDS.has(right.lower) && !CONNECTORS.has(right.lower)));
    // "the former mayor of Setúbal": a joining word right before the name makes the name the title's object.
    const title = TITLE_WORDS.has(t.lower) && !(k === nameFrom - 1 && CONNECTORS.has(t.lower));
    // "Chancellor of the Exchequer Rishi Sunak": "the" inside a title the tables spell with it (not "an adviser of
    // the prime minister Benjamin Netanyahu", whose title is the other person's).
    const inner =
      t.lower === "the" &&
      doc.toks[k - 1]?.lower === "of" &&
      OF_THE_TITLES.has(`${doc.toks[k - 2]?.lower ?? ""} of the ${right.lower}`);
    if (!(capOk || title || hyphen || connector || possessive || qualifier || inner)) break;
    lowerRun = qualifier && !title ? lowerRun + 1 : 0;
    k--;
  }
  let from = k + 1;
  // "Blinken’s spokesman, Matthew Miller": a person owning the title stays in the role as written.
  if (doc.toks[from]?.lower === "'s" && k >= 0 && stop(k)) {
    k = ownerStart(doc, k, stop, first.sentence) - 1;
    if (titlesIn(doc, from, nameFrom).role) return { from: k + 1, to: nameFrom, isRole: true, hasTitle: true };
  }
  while (from < nameFrom && (["of", "for", "-", "'s"].includes(doc.toks[from]!.lower) || isLowerQualifier(doc, from))) {
    from++;
  }
  if (from >= nameFrom) return null;
  const found = titlesIn(doc, from, nameFrom);
  if (!found.any) return null;
  return { from, to: nameFrom, isRole: found.role, hasTitle: true };
}

/** The titles spelt with "of the" inside, by their first four words: "chancellor of the exchequer". */
const OF_THE_TITLES: ReadonlySet<string> = new Set(
  TITLES.map((t) => t.phrase.split(" ")).flatMap((w) =>
    w[1] === "of" && w[2] === "the" ? [w.slice(0, 4).join(" ")] : [],
  ),
);

/**
 * Where the name owning a title starts, walking back from token k over another entity's words in the sentence:
 * "Blinken's spokesman", "The Qassam commander". Returns k + 1 when token k is none of them.
 */
function ownerStart(doc: Doc, k: number, stop: (k: number) => boolean, sentence: number): number {
  while (k >= 0 && stop(k) && doc.toks[k]!.sentence === sentence) k--;
  return k + 1;
}

/** A lower-case word at the window's left edge that is no title word: "said X" never starts a role. */
function isLowerQualifier(doc: Doc, k: number): boolean {
  const t = doc.toks[k]!;
  return !t.cap && !TITLE_WORDS.has(t.lower) && (t.pos === "VERB" || t.pos === "AUX");
}

const POSSESSIVES = new Set(["his", "her", "its", "their", "'s"]);

/**
 * "The Kremlin spokesman, Dmitry Peskov, said": a title phrase before a comma and a name closed by a comma.
 * The phrase must open its clause (after "the", a possessive or the sentence's start), so "Speaking to the
 * president, Blinken said" gives Blinken no role.
 */
export function roleBeforeComma(
  doc: Doc,
  nameFrom: number,
  nameTo: number,
  stop: (k: number) => boolean,
): RoleSpan | null {
  const comma = doc.toks[nameFrom - 1];
  const closer = doc.toks[nameTo];
  if (comma?.text !== "," || (closer && closer.sentence === comma.sentence && ![",", "."].includes(closer.text)))
    return null;
  let role = roleBefore(doc, nameFrom - 1, stop);
  if (!role?.isRole) return null;
  // "The Qassam commander, Mohammed Deif": a body named before the title stays in the role as written.
  role = { ...role, from: ownerStart(doc, role.from - 1, stop, comma.sentence) };
  const before = doc.toks[role.from - 1];
  // "Blinken’s spokesman, Matthew Miller": a possessive opens the phrase, whatever stands before it.
  const owned = doc.toks.slice(role.from, role.to).some((t) => t.lower === "'s");
  const opens =
    owned || !before || before.sentence !== comma.sentence || before.pos === "DET" || POSSESSIVES.has(before.lower);
  return opens ? role : null;
}

/** "Matthew Miller, the U.S. State Department spokesman, said" → the words after "the", when they hold a title. */
export function roleAfter(doc: Doc, nameTo: number): RoleSpan | null {
  const comma = doc.toks[nameTo];
  const det = doc.toks[nameTo + 1];
  if (!comma || !det || comma.text !== "," || !["the", "a", "an"].includes(det.lower)) return null;
  const from = nameTo + 2;
  let to = from;
  while (to < doc.toks.length && to - from < 16) {
    const t = doc.toks[to]!;
    if (t.sentence !== det.sentence || STOP_APPOSITION.has(t.lower) || t.pos === "VERB" || t.pos === "AUX") break;
    to++;
  }
  // An apposition closes with a comma, the sentence's end or a relative clause about the person ("Benny Gantz,
  // a former defence minister who leads …"); "…, the Azerbaijani president said" is a new subject.
  const closer = doc.toks[to];
  if (to === from || (closer && closer.sentence === det.sentence && !APPOSITION_CLOSERS.has(closer.lower))) return null;
  const found = titlesIn(doc, from, to);
  if (!found.role) return null;
  return { from, to, isRole: true, hasTitle: true };
}
