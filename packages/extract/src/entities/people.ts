// Groups the name forms of one article into people: "Antony Blinken", "Blinken", "Blinkens" are one person.
import { withoutArabicArticle } from "@dateline/core/ids";
import { familyNameFirst } from "./family-name";

export interface NameOcc {
  /** Character offsets of the name words. */
  start: number;
  end: number;
  surface: string;
  /** Name words, apostrophes folded, without a trailing possessive. */
  words: string[];
  /** A title stands before the name ("President Aliyev"), so a single word is still a person. */
  titled: boolean;
}

export interface Person {
  name: string;
  words: string[];
}

// Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every call when it stands in a function.
const MARKS = /\p{M}/gu;
/** Apostrophes and accents folded, so "Vučić" is the surname of "Aleksandar Vucic". */
const fold = (w: string) => w.replace(/[’‘`]/g, "'").normalize("NFD").replace(MARKS, "").toLowerCase();

export function nameWords(surface: string): string[] {
  return surface
    .replace(/[’'](s)?$/, "")
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map(fold);
}

/** The word a person is called by alone: the family name, first in "Xi Jinping" or "Lai Ching-te" (family-name.ts). */
function surname(p: Person): string {
  let known = surnames.get(p);
  if (known === undefined) {
    known = familyNameFirst(p.name.split(/\s+/)) ? p.words[0]! : p.words[p.words.length - 1]!;
    surnames.set(p, known);
  }
  return known;
}

/** Each person's surname, worked out once: it is asked for every name occurrence against every person. */
const surnames = new WeakMap<Person, string>();

/** Particles that join a Spanish or Portuguese compound surname: "Fernández de Kirchner", "Lula da Silva". */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(["de", "del", "da", "do", "dos", "das"]);

/**
 * Is the word the first half of a compound surname ("Fernández" of "Cristina Fernández de Kirchner")? Such a
 * person is called by it alone too; the most recent person seen wins when another has it as surname.
 */
function paternal(p: Person, w: string): boolean {
  const k = p.words.indexOf(w);
  return k >= 1 && k < p.words.length - 2 && SURNAME_PARTICLES.has(p.words[k + 1]!);
}

function samePerson(short: string[], person: Person): boolean {
  const long = person.words;
  // "Ali Bongo" of "Ali Bongo Ondimba": a name that the fuller one only extends by a last word.
  if (short.length >= 2 && long.length === short.length + 1 && short.every((w, i) => long[i] === w)) return true;
  if (short.length === 1 ? short[0] !== surname(person) : short[short.length - 1] !== long[long.length - 1])
    return false;
  return short.every((w) => long.includes(w) || (w.length <= 2 && long.some((l) => l.startsWith(w[0]!))));
}

/**
 * Assigns each occurrence to a person. Full names (two words or more) found people, fullest first; a single
 * word joins the person whose surname it is (a trailing "s" is a possessive written without its apostrophe);
 * when several share the surname, the one the word alone last named, else the most recent one before it. Returns null for words that name nobody.
 */
export function groupPeople(occs: readonly NameOcc[]): { people: Person[]; of: Array<number | null> } {
  const people: Person[] = [];
  const forms = [...occs.filter((o) => o.words.length >= 2)].sort((a, b) => b.words.length - a.words.length);
  // Where each person is first named in full: a bare word refers back to someone named before it.
  const firstNamed: number[] = [];
  for (const o of forms) {
    let k = people.findIndex((p) => samePerson(o.words, p));
    if (k < 0) k = people.push({ name: o.surface.replace(/[’']s$/, ""), words: o.words }) - 1;
    firstNamed[k] = Math.min(firstNamed[k] ?? Number.POSITIVE_INFINITY, o.start);
  }
  const lastSeen = new Map<number, number>();
  /** Where each person was last called by one word alone, by person and word ("Grace" is not "Mugabe"). */
  const bareSeen = new Map<string, number>();
  const bareKey = (k: number, word: string) => `${k}\u0000${word}`;
  const of: Array<number | null> = [];
  const order = occs.map((o, i) => ({ o, i })).sort((a, b) => a.o.start - b.o.start);
  const result = new Array<number | null>(occs.length).fill(null);
  for (const { o, i } of order) {
    let found: number | null = null;
    if (o.words.length >= 2) {
      found = people.findIndex((p) => samePerson(o.words, p));
    } else {
      const w = o.words[0]!;
      const stem = w.endsWith("s") ? w.slice(0, -1) : null;
      const all = people.map((p, k) => ({ p, k }));
      const exact = all.filter(({ p }) => {
        const last = surname(p);
        return last === w || (stem !== null && last === stem && p.words.length >= 2) || paternal(p, w);
      });
      // Without its article ("Mohammad al-Jalali … Jalali said") only when one person fits: "Assad" after Bashar and Hafez al-Assad is not settled by
      // who was named last.
      const bare = exact.length > 0 ? [] : all.filter(({ p }) => withoutArabicArticle(surname(p)) === w);
      let matches = exact.length > 0 ? exact : bare.length === 1 ? bare : [];
      // "President Ali Bongo Ondimba … Bongo, 64, appeared in a video … Bongo's father, Omar Bongo": before the father
      // is named, the bare "Bongo" is a word of the one person named so far who bears it.
      if (matches.length > 0 && matches.every(({ k }) => firstNamed[k]! > o.start)) {
        const bearers = all.filter(({ p, k }) => firstNamed[k]! < o.start && p.words.slice(1).includes(w));
        // Of several ("Ali Bongo Ondimba", his son "Noureddin Bongo Valentin"), the one already called by the word.
        const called = bearers.filter(({ k }) => bareSeen.has(bareKey(k, w)));
        if (bearers.length === 1) matches = bearers;
        else if (called.length === 1) matches = called;
      }
      // "hosted by Wang Yi … Wang called the deal", "Tedros Adhanom Ghebreyesus … Tedros told reporters": a name
      // of two or three words whose first word the article uses alone goes by that word (surname first, or a
      // patronymic naming), when that word is no one else's name.
      const first =
        matches.length === 0 ? people.flatMap((p, k) => (p.words.length <= 3 && p.words[0] === w ? [k] : [])) : [];
      if (matches.length > 0) {
        // "Kim … Kim's envoy Kim Yong Chol … Kim made a tour": the one the article already calls by the word alone
        // keeps it (a second bearer is named in full); else the one named last.
        const seen = (k: number) => bareSeen.get(bareKey(k, w)) ?? -1;
        matches.sort((a, b) => seen(b.k) - seen(a.k) || (lastSeen.get(b.k) ?? -1) - (lastSeen.get(a.k) ?? -1));
        found = matches[0]!.k;
      } else if (first.length === 1) {
        found = first[0]!;
      } else if (o.titled) {
        found = people.push({ name: o.surface.replace(/[’']s$/, ""), words: o.words }) - 1;
        firstNamed[found] = o.start;
      }
    }
    if (found !== null && found >= 0) {
      result[i] = found;
      lastSeen.set(found, o.start);
      if (o.words.length === 1) bareSeen.set(bareKey(found, o.words[0]!), o.start);
    }
  }
  of.push(...result);
  return { people, of };
}
