// Which person records name the same human: transliteration variants merge, weaker matches become suggestions.

import { slugify, withoutArabicArticle } from "@dateline/core/ids";
import { distance } from "fastest-levenshtein";
import { deletions, intersects, nameKey, type PersonParts, personParts, soundKey, titleWords } from "./names";
import { cmp, pushTo } from "./sorting";
import { UnionFind } from "./union-find";

export interface PersonProfile {
  key: string;
  name: string;
  roles: readonly string[];
  /** Group keys of the actors this person belongs to (a minister's country), already linked. */
  affiliations: ReadonlySet<string>;
}

export interface PersonVerdict {
  merges: Array<[string, string]>;
  suggestions: Array<{ keys: [string, string]; score: number; reason: string }>;
}

// A rank or a courtesy title says nothing against an office: "Gen Dagalo" and "the RSF commander Dagalo" agree.
const RANKS = new Set([
  "general",
  "lieutenant",
  "colonel",
  "major",
  "captain",
  "commander",
  "admiral",
  "sergeant",
  "marshal",
  "brigadier",
  "mr",
  "mrs",
  "ms",
  "dr",
  "sir",
  "dame",
  "lord",
  "lady",
]);

/** The words of some titles, ranks left out when `offices` ("commander" says nothing of an office). */
function titleWordsOf(roles: readonly string[], offices: boolean): Set<string> {
  const out = new Set<string>();
  for (const r of roles) for (const w of titleWords(r)) if (!offices || !RANKS.has(w)) out.add(w);
  return out;
}

const isOffice = (title: string) => titleWordsOf([title], true).size > 0;

/** Titles agree when some pair shares a word ("Gen" spelt out); "President" and "Prime Minister" do not. */
export function rolesAgree(a: readonly string[], b: readonly string[]): boolean {
  const oa = a.filter(isOffice);
  const ob = b.filter(isOffice);
  return oa.length === 0 || ob.length === 0 || intersects(titleWordsOf(oa, false), titleWordsOf(ob, false));
}

/**
 * Evidence that two records are one person: an affiliation in common, or a title word (with `offices`, one that is no
 * rank: "political" in two descriptions of one leader, not "commander").
 */
function sharesEvidence(a: PersonProfile, b: PersonProfile, offices = false): boolean {
  return (
    intersects(a.affiliations, b.affiliations) ||
    intersects(titleWordsOf(a.roles, offices), titleWordsOf(b.roles, offices))
  );
}

/** Neither side's titles nor affiliations disagree. */
const agrees = (a: PersonProfile, b: PersonProfile) =>
  rolesAgree(a.roles, b.roles) && affiliationsAgree(a.affiliations, b.affiliations);

function affiliationsAgree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === 0 || b.size === 0 || intersects(a, b);
}

/**
 * Candidate pairs come from a deletion index (given name + surname with up to two letters deleted), so the
 * work grows with the number of people, not its square. Same given name and surname one edit apart, with
 * no disagreeing role or affiliation → merge; two edits, or disagreeing evidence → suggestion only.
 */
export function matchPersons(profiles: readonly PersonProfile[]): PersonVerdict {
  const verdict: PersonVerdict = { merges: [], suggestions: [] };
  const parts = new Map<string, PersonParts>();
  const index = new Map<string, string[]>();
  const surnameOnly: PersonProfile[] = [];
  const bySurname = new Map<string, string[]>();
  // A regnal number is no surname, nor any other kind of name: "Charles II" and "Charles III" are not one edit
  // apart, and "Juan Carlos" is no shorter form of "Juan Carlos I". Only mergeRegnalNames reads such names.
  const regnal = profiles.filter((p) => REGNAL.test(p.name.trim()));
  const plain = profiles.filter((p) => !REGNAL.test(p.name.trim()));
  for (const p of [...plain].sort((a, b) => cmp(a.key, b.key))) {
    const pp = personParts(p.name);
    if (!pp) {
      surnameOnly.push(p);
      continue;
    }
    parts.set(p.key, pp);
    pushTo(bySurname, pp.surname, p.key);
    for (const d of deletions(pp.surname, 2)) {
      pushTo(index, `${pp.given}|${d}`, p.key);
    }
  }
  const byKey = new Map(profiles.map((p) => [p.key, p]));
  mergeTransliterations(plain, verdict);
  mergeRomanisations(plain, parts, verdict);
  // Short forms are resolved against people as the merges so far make them: each is joined only to the one
  // person it fits ("Mohammed Ghazi al-Jalali" and "Mohammed Ghazi Jalali" are one).
  const people = new UnionFind();
  for (const [a, b] of verdict.merges) people.union(a, b);
  const merge = (a: string, b: string) => {
    verdict.merges.push([a, b]);
    people.union(a, b);
  };
  mergeExtendedNames(plain, people, merge);
  mergeInitialledSurnames(plain, parts, people, merge, verdict);
  mergeRegnalNames(plain, regnal, people, merge);
  const pairs = new Set<string>();
  for (const keys of index.values()) {
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) pairs.add(`${keys[i]}\u0001${keys[j]}`);
    }
  }
  for (const pair of [...pairs].sort(cmp)) {
    const [ka, kb] = pair.split("\u0001") as [string, string];
    const a = byKey.get(ka)!;
    const b = byKey.get(kb)!;
    const d = distance(parts.get(ka)!.surname, parts.get(kb)!.surname);
    if (d > 2) continue;
    const agree = agrees(a, b);
    if (d <= 1 && agree) {
      verdict.merges.push([ka, kb]);
      continue;
    }
    const why = agree ? `surnames ${d} edits apart` : "roles or affiliations disagree";
    verdict.suggestions.push({
      keys: [ka, kb],
      score: d <= 1 ? 0.6 : 0.4,
      reason: `'${a.name}' and '${b.name}': same given name, ${why}`,
    });
  }
  // Given names spelt two ways ("Mohammed"/"Mohammad") with one surname: a question for a reviewer. Each
  // person is compared with the next 50 of their surname only, so a common surname stays linear.
  for (const keys of bySurname.values()) {
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length && j < i + 50; j++) {
        const a = byKey.get(keys[i]!)!;
        const b = byKey.get(keys[j]!)!;
        const ga = parts.get(a.key)!.given;
        const gb = parts.get(b.key)!.given;
        if (ga === gb || distance(ga, gb) > 1 || !rolesAgree(a.roles, b.roles)) continue;
        verdict.suggestions.push({
          keys: [a.key, b.key],
          score: 0.5,
          reason: `'${a.name}' and '${b.name}': same surname, given names one edit apart`,
        });
      }
    }
  }
  for (const p of surnameOnly) {
    for (const other of bySurname.get(nameKey(p.name)) ?? []) {
      const o = byKey.get(other)!;
      if (!rolesAgree(p.roles, o.roles)) continue;
      verdict.suggestions.push({
        keys: [p.key, other],
        score: 0.5,
        reason: `'${p.name}' is the surname of '${o.name}' (no given name to confirm)`,
      });
    }
  }
  return verdict;
}

/**
 * Letters of a full name without spaces, hyphens or an "al-"/"el-" particle: "Abdul Hamid" is "abdulhamid". `word`
 * respells each word's letters first (see `normalised`).
 */
function joined(name: string, word: (letters: string) => string = (w) => w): string {
  return name
    .split(/\s+/)
    .map((w) => word(withoutArabicArticle(slugify(w)).replace(/[^a-z]/g, "")))
    .join("");
}

/** The consonants of a joined name: transliterations of one Arabic name differ in their vowels ("Haftar"/"Hifter"). */
const skeleton = (letters: string) => letters.replace(/[aeiou]/g, "");

/**
 * A joined name as two more habits of transliteration write it alike: a "y" inside a word for the vowel "i"
 * ("Dayf"/"Deif"; not a word's first letter: "Yoo" is no "Oh"), and a word-final "eh" for "a" ("Haniyeh"/"Haniya";
 * not a final "ah", which may be a pronounced ḥ: "Sabah").
 */
const normalised = (name: string) => joined(name, (w) => w.replace(/(?<=.)y/g, "i").replace(/eh$/, "a"));

/** The fewest consonants a skeleton must have to say anything: short names collide by chance. */
const MIN_SKELETON = 5;
/** At most this many letters may differ between two spellings read as one name. */
const MAX_SPELLING_EDITS = 2;

interface Spelt {
  p: PersonProfile;
  letters: string;
  plain: string;
  normal: string;
}

/**
 * Spellings of one name that differ only in vowels or spacing ("Khalifa Haftar"/"Khalifa Hifter", "Osama"/"Usama
 * Hamad", "Abdul Hamid"/"Abdulhamid Dbeibah"): the same consonants in the same order, at most two letters apart.
 * Spacing alone (no letter changed) merges unless roles or affiliations disagree; a changed vowel merges only
 * with a shared title word or affiliation as well, so "Ali Hassan" and "Ali Hussein" (three letters) never
 * merge, and two bare names a vowel apart stay a suggestion for a reviewer. Names that meet only once "y" and a
 * final "eh" are normalised ("Ismail Haniyeh"/"Ismail Haniya") ask more: at most one letter apart after it, and an
 * office word or an affiliation in common (a rank alone, "commander", is not enough: "Ahmad Husayn"/"Ahmad Hasan").
 */
function mergeTransliterations(profiles: readonly PersonProfile[], verdict: PersonVerdict): void {
  const bySkeleton = new Map<string, Spelt[]>();
  for (const p of [...profiles].sort((a, b) => cmp(a.key, b.key))) {
    if (p.name.trim().split(/\s+/).length < 2) continue;
    const letters = joined(p.name);
    const normal = normalised(p.name);
    const key = skeleton(normal);
    if (key.length < MIN_SKELETON) continue;
    pushTo(bySkeleton, key, { p, letters, plain: skeleton(letters), normal });
  }
  for (const group of bySkeleton.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length && j < i + 50; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (!agrees(a.p, b.p)) continue;
        if (a.plain !== b.plain) {
          if (distance(a.normal, b.normal) <= 1 && sharesEvidence(a.p, b.p, true)) {
            verdict.merges.push([a.p.key, b.p.key]);
          }
          continue;
        }
        const d = distance(a.letters, b.letters);
        if (d > MAX_SPELLING_EDITS) continue;
        if (d === 0 || sharesEvidence(a.p, b.p)) verdict.merges.push([a.p.key, b.p.key]);
      }
    }
  }
}

/** The fewest letters a surname's sound key must have: short surnames sound alike by chance. */
const MIN_SOUND_SURNAME = 5;

/**
 * One name romanised two ways ("Yevgeny Prigozhin"/"Evgueni Prigojine", "Alsu Kurmasheva"/"Alsou Kurmacheva"):
 * given name and surname each sound the same (soundKey), and no affiliation disagrees. Letters may differ by more
 * than the vowel rule allows, since each difference is a known spelling of one sound. Where they differ in two
 * letters or more, titles are not asked to agree: a whole name respelt that way is a romanisation system at work,
 * and "the founder of Wagner" and "their leader" are one man's two descriptions. One letter apart ("John
 * Smith"/"John Smyth") is as often two names, so there the titles must agree too.
 */
function mergeRomanisations(
  profiles: readonly PersonProfile[],
  parts: ReadonlyMap<string, PersonParts>,
  verdict: PersonVerdict,
): void {
  const bySound = new Map<string, Array<{ p: PersonProfile; given: string }>>();
  for (const p of [...profiles].sort((a, b) => cmp(a.key, b.key))) {
    const pp = parts.get(p.key);
    if (!pp) continue;
    const surname = soundKey(pp.surname);
    if (surname.length < MIN_SOUND_SURNAME) continue;
    const given = soundKey(pp.given);
    pushTo(bySound, `${skeleton(given)}|${surname}`, { p, given });
  }
  for (const group of bySound.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length && j < i + 50; j++) {
        const a = group[i]!.p;
        const b = group[j]!.p;
        if (!affiliationsAgree(a.affiliations, b.affiliations)) continue;
        if (group[i]!.given !== group[j]!.given) {
          // Given names a vowel apart ("Mohammed Ghazi al-Jalali"/"Mohammad al-Jalali") may be two names (Mohammed
          // and Mahmoud share their consonants): one only with a title word or an affiliation in common.
          if (sharesEvidence(a, b)) verdict.merges.push([a.key, b.key]);
          continue;
        }
        const respelt = distance(joined(a.name), joined(b.name)) >= 2;
        if (respelt || rolesAgree(a.roles, b.roles)) verdict.merges.push([a.key, b.key]);
      }
    }
  }
}

/** Records another pass has found to be one person. */
type Merge = (a: string, b: string) => void;

/** The candidates of a short form that stand for one person only, or none when they are several people. */
function onePerson(candidates: readonly PersonProfile[], people: UnionFind): PersonProfile[] {
  return new Set(candidates.map((p) => people.find(p.key))).size === 1 ? [...candidates] : [];
}

/**
 * A two-word name that a three-word name extends by a last word is that person when nothing disagrees: "Ibaneis
 * Rocha" and "Ibaneis Rocha Barros", "Ali Bongo" and "Ali Bongo Ondimba" (the extractor folds these within an
 * article; across articles each report may use one form only). So is one that leaves out a first given name, with an
 * office or an affiliation in common as well ("Tayyip Erdogan" and "Recep Tayyip Erdoğan"; not a bare "Le Pen" for
 * "Jean-Marie Le Pen"). Extended to two people in any of these ways ("Maria Silva Santos", "Ana Maria Silva"), the
 * short name could be either: it stays apart.
 */
function mergeExtendedNames(profiles: readonly PersonProfile[], people: UnionFind, merge: Merge): void {
  const words = (name: string) => name.split(/\s+/).map((w) => slugify(w));
  const shorts: Array<{ p: PersonProfile; name: string }> = [];
  const byHead = new Map<string, PersonProfile[]>();
  const byTail = new Map<string, PersonProfile[]>();
  for (const p of [...profiles].sort((a, b) => cmp(a.key, b.key))) {
    const w = words(p.name);
    if (w.length === 2) shorts.push({ p, name: w.join(" ") });
    if (w.length !== 3) continue;
    pushTo(byHead, w.slice(0, 2).join(" "), p);
    pushTo(byTail, w.slice(1).join(" "), p);
  }
  for (const { p: short, name } of shorts) {
    const heads = byHead.get(name) ?? [];
    const tails = byTail.get(name) ?? [];
    for (const long of onePerson([...heads, ...tails], people)) {
      const evidence = heads.includes(long) || sharesEvidence(long, short, true);
      if (evidence && agrees(long, short)) merge(short.key, long.key);
    }
  }
}

/** A name's last word written as an initial: "Juraj C.". */
const INITIAL = /^(\p{Lu})\.$/u;

/**
 * A suspect or witness named with a surname initial ("identified by prosecutors only as Juraj C.") is the one person
 * of that given name whose surname starts with the letter ("Juraj Cintula"), when titles and affiliations agree. With two
 * such people ("Juraj Cintula", "Juraj Cerny") the initial stays a person of its own; with a titled namesake and no
 * office or body in common (an anonymised "Ahmed S.", a minister "Ahmed Shaheed"), a reviewer decides.
 */
function mergeInitialledSurnames(
  profiles: readonly PersonProfile[],
  parts: ReadonlyMap<string, PersonParts>,
  people: UnionFind,
  merge: Merge,
  verdict: PersonVerdict,
): void {
  const byGiven = new Map<string, PersonProfile[]>();
  for (const p of [...profiles].sort((a, b) => cmp(a.key, b.key))) {
    const pp = parts.get(p.key);
    if (pp && pp.surname.length > 1) pushTo(byGiven, pp.given, p);
  }
  for (const p of profiles) {
    const initial = INITIAL.exec(p.name.trim().split(/\s+/).at(-1) ?? "")?.[1];
    const pp = parts.get(p.key);
    if (!initial || !pp) continue;
    const letter = slugify(initial);
    const fits = (byGiven.get(pp.given) ?? []).filter((o) => parts.get(o.key)!.surname.startsWith(letter));
    const full = onePerson(fits, people).find((o) => agrees(p, o));
    if (!full) continue;
    if (sharesEvidence(p, full, true) || (p.roles.length === 0 && full.roles.length === 0)) {
      merge(p.key, full.key);
    } else {
      verdict.suggestions.push({
        keys: [p.key, full.key],
        score: 0.5,
        reason: `'${p.name}' may be '${full.name}' (a surname given only as its initial)`,
      });
    }
  }
}

/** A regnal number after a name: "Charles III", "Leo XIV", "Henry V" (a lone X is no reign: "Malcolm X"). */
const REGNAL = /^(.+)\s+((?!X$)[IVX]+)$/;
/** Titles of the reigning: a name alone with one of them may be a numbered reign's holder. */
const REIGNING = new Set(["king", "queen", "pope", "emperor", "empress", "sultan", "tsar", "shah", "emir"]);

/**
 * A monarch or a pope called by the name alone ("King Charles") is the one person of that name with a regnal number
 * ("Charles III"), when titles agree. Two reigns of one name ("Charles II", "Charles III") leave it apart.
 */
function mergeRegnalNames(
  plain: readonly PersonProfile[],
  regnal: readonly PersonProfile[],
  people: UnionFind,
  merge: Merge,
): void {
  const byBase = new Map<string, PersonProfile[]>();
  for (const p of [...regnal].sort((a, b) => cmp(a.key, b.key)))
    pushTo(byBase, slugify(REGNAL.exec(p.name.trim())![1]!), p);
  for (const p of plain) {
    if (/\s/.test(p.name.trim()) || !intersects(titleWordsOf(p.roles, false), REIGNING)) continue;
    const reign = onePerson(byBase.get(slugify(p.name)) ?? [], people).find((o) => rolesAgree(p.roles, o.roles));
    if (reign) merge(p.key, reign.key);
  }
}
