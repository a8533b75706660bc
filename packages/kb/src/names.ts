// Name helpers for linking: keys that ignore case and a leading "the", person-name parts, content words.
import { slugify, withoutArabicArticle } from "@dateline/core/ids";

/** A comparison key for a name: "The United States" and "united states" give one key. */
export function nameKey(name: string): string {
  return slugify(name.replace(/\./g, "")).replace(/^the-/, "");
}

/** A proper name rather than a description: starts with a capital and not with "The"/"the". */
export function isNameLike(alias: string): boolean {
  const trimmed = alias.trim();
  return /^\p{Lu}/u.test(trimmed) && !/^the\s/i.test(trimmed);
}

export interface PersonParts {
  given: string;
  surname: string;
}

/** Given name and surname (particle-free) of a person's full name; null for a single word ("Blinken"). */
export function personParts(name: string): PersonParts | null {
  const words = name
    .split(/\s+/)
    .map((w) => slugify(w))
    .filter((w) => w.length > 0);
  if (words.length < 2) return null;
  // Arabic article particles are written or dropped at will: "al-Burhan" and "Burhan" are one surname. A
  // compound given name is hyphenated by some outlets and not others ("Abdel-Fattah"/"Abdel Fattah"): its
  // first part is what both spellings share.
  return { given: words[0]!.split("-")[0]!, surname: withoutArabicArticle(words[words.length - 1]!) };
}

const STOP = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "in",
  "on",
  "for",
  "to",
  "by",
  "its",
  "their",
  "his",
  "her",
  "at",
  "from",
  "with",
]);

/** Lower-case content words, crudely singular, for telling whether two phrases speak of the same thing. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
    out.add(raw.length > 3 && raw.endsWith("s") && !raw.endsWith("ss") ? raw.slice(0, -1) : raw);
  }
  return out;
}

// Abbreviated titles ("Gen Burhan", "Sen. Warren") name the same office as the full word.
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  gen: "general",
  lt: "lieutenant",
  col: "colonel",
  maj: "major",
  capt: "captain",
  cmdr: "commander",
  adm: "admiral",
  sgt: "sergeant",
  sen: "senator",
  rep: "representative",
  gov: "governor",
  pres: "president",
  sec: "secretary",
  amb: "ambassador",
  supt: "superintendent",
};

/** Content words of a role title, abbreviations spelt out: "Gen" and "General" agree. */
export function titleWords(title: string): Set<string> {
  return new Set([...contentWords(title.replace(/\./g, " "))].map((w) => TITLE_ABBREVIATIONS[w] ?? w));
}

/**
 * The initials of a name's content words ("Democratic Progressive Party" → "DPP"), or null for a name of fewer
 * than two such words. "of", "and", "the" and "for" are skipped, as acronyms do.
 */
export function initials(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!).join("") : null;
}

/** An all-capital acronym ("RSF", "U.N."), its letters only; null for anything else. */
export function acronymLetters(name: string): string | null {
  const letters = name.replace(/\./g, "");
  return /^\p{Lu}{2,8}$/u.test(letters) ? letters : null;
}

export function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Every string obtained by deleting up to `max` characters: strings within that edit distance share one. */
export function deletions(word: string, max: number): Set<string> {
  let frontier = new Set([word]);
  const all = new Set([word]);
  for (let round = 0; round < max; round++) {
    const next = new Set<string>();
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1));
    }
    for (const w of next) all.add(w);
    frontier = next;
  }
  return all;
}

/**
 * One spelling for the sounds that romanisation systems write differently, so that English, French and German
 * renderings of one Cyrillic, Arabic or Korean name meet: "Prigozhin"/"Prigojine", "Kurmasheva"/"Kurmacheva",
 * "Krasikov"/"Krassikov", "Yevgeny"/"Evgueni", "Olexandr"/"Oleksandr". Ordered: a longer spelling is read before the shorter one inside it.
 */
const SOUND_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/tch/g, "ch"], // French for the English "ch" (Tchernov/Chernov)
  [/sch/g, "ch"], // German for the English "sh"
  [/dzh|zh|dj/g, "j"], // English "zh" is French "j"
  [/sh/g, "ch"], // French "ch" is English "sh"
  [/kh/g, "h"],
  [/ph/g, "f"],
  [/ck|q/g, "k"],
  [/x/g, "ks"], // "Olexandr"/"Oleksandr"
  [/w/g, "v"],
  [/ou/g, "u"],
  [/y/g, "i"],
  [/^ie/, "e"], // "Yevgeny"/"Evgeny", "Yelena"/"Elena"
  [/gu(?=[ei])/g, "g"], // French "Evgueni"
  [/([b-df-hj-np-tv-z])\1/g, "$1"], // doubled consonants: "Krassikov"
  [/(?<=[b-df-hj-np-tv-z])e$/, ""], // a French silent final e: "Prigojine"
];

/** A word's letters as they sound, for matching romanisations of one name (see SOUND_SPELLINGS). */
export function soundKey(word: string): string {
  let out = slugify(word).replace(/[^a-z]/g, "");
  for (const [from, to] of SOUND_SPELLINGS) out = out.replace(from, to);
  return out;
}
