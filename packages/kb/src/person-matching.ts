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

function isOffice(title: string): boolean {
  for (const w of titleWords(title)) if (!RANKS.has(w)) return true;
  return false;
}

/** Titles agree when some pair shares a word ("Gen" spelt out); "President" and "Prime Minister" do not. */
export function rolesAgree(a: readonly string[], b: readonly string[]): boolean {
  const oa = a.filter(isOffice);
  const ob = b.filter(isOffice);
  return oa.length === 0 || ob.length === 0 || sharesWord(oa, ob);
}

function sharesWord(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => intersects(titleWords(x), titleWords(y))));
}

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
  for (const p of [...profiles].sort((a, b) => cmp(a.key, b.key))) {
    // A regnal number is no surname: "Charles II" and "Charles III" are not one edit apart (mergeRegnalNames).
    const pp = REGNAL.test(p.name.trim()) ? null : personParts(p.name);
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
  mergeTransliterations(profiles, verdict);
  mergeRomanisations(profiles, parts, verdict);
  mergeExtendedNames(profiles, verdict);
  mergeInitialledSurnames(profiles, parts, verdict);
  mergeRegnalNames(profiles, verdict);
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
    const agree = rolesAgree(a.roles, b.roles) && affiliationsAgree(a.affiliations, b.affiliations);
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

/** Letters of a full name without spaces, hyphens or an "al-"/"el-" particle: "Abdul Hamid" is "abdulhamid". */
function joined(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => withoutArabicArticle(slugify(w)))
    .join("")
    .replace(/[^a-z]/g, "");
}

/** The consonants of a joined name: transliterations of one Arabic name differ in their vowels ("Haftar"/"Hifter"). */
const skeleton = (letters: string) => letters.replace(/[aeiou]/g, "");

/**
 * A joined name as two more habits of transliteration write it alike: a "y" inside a word for the vowel "i"
 * ("Dayf"/"Deif"; not a word's first letter: "Yoo" is no "Oh"), and a word-final "eh" for "a" ("Haniyeh"/"Haniya";
 * not a final "ah", which may be a pronounced ḥ: "Sabah").
 */
function normalised(name: string): string {
  return name
    .split(/\s+/)
    .map((w) =>
      withoutArabicArticle(slugify(w))
        .replace(/[^a-z]/g, "")
        .replace(/(?<=.)y/g, "i")
        .replace(/eh$/, "a"),
    )
    .join("");
}

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
    if (p.name.trim().split(/\s+/).length < 2 || REGNAL.test(p.name.trim())) continue;
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
        if (!rolesAgree(a.p.roles, b.p.roles) || !affiliationsAgree(a.p.affiliations, b.p.affiliations)) continue;
        if (a.plain !== b.plain) {
          if (distance(a.normal, b.normal) <= 1 && sharesOfficeOrAffiliation(a.p, b.p)) {
            verdict.merges.push([a.p.key, b.p.key]);
          }
          continue;
        }
        const d = distance(a.letters, b.letters);
        if (d > MAX_SPELLING_EDITS) continue;
        if (d === 0 || sharesTitleOrAffiliation(a.p, b.p)) verdict.merges.push([a.p.key, b.p.key]);
      }
    }
  }
}

/** An affiliation in common, or a title word that is no rank ("political" in two descriptions of one leader). */
function sharesOfficeOrAffiliation(a: PersonProfile, b: PersonProfile): boolean {
  if (intersects(a.affiliations, b.affiliations)) return true;
  const offices = (roles: readonly string[]) =>
    new Set(roles.flatMap((r) => [...titleWords(r)]).filter((w) => !RANKS.has(w)));
  return intersects(offices(a.roles), offices(b.roles));
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
          if (sharesTitleOrAffiliation(a, b)) verdict.merges.push([a.key, b.key]);
          continue;
        }
        const respelt = distance(joined(a.name), joined(b.name)) >= 2;
        if (respelt || rolesAgree(a.roles, b.roles)) verdict.merges.push([a.key, b.key]);
      }
    }
  }
}

function sharesTitleOrAffiliation(a: PersonProfile, b: PersonProfile): boolean {
  return (
    intersects(a.affiliations, b.affiliations) ||
    a.roles.some((x) => b.roles.some((y) => intersects(titleWords(x), titleWords(y))))
  );
}

/**
 * A two-word name that one three-word name extends by a last word is that person when nothing disagrees: "Ibaneis
 * Rocha" and "Ibaneis Rocha Barros", "Ali Bongo" and "Ali Bongo Ondimba" (the extractor folds these within an
 * article; across articles each report may use one form only). So is one that leaves out a first given name:
 * "Tayyip Erdogan" and "Recep Tayyip Erdoğan". Extended two ways ("Maria Silva Santos", "Maria Silva Costa"), the
 * short name could be either: it stays apart.
 */
function mergeExtendedNames(profiles: readonly PersonProfile[], verdict: PersonVerdict): void {
  const words = (name: string) => name.split(/\s+/).map((w) => slugify(w));
  const shortByName = new Map<string, PersonProfile[]>();
  const longByShort = new Map<string, PersonProfile[]>();
  /** By their last two words: the short name leaves out a first given name. */
  const longByTail = new Map<string, PersonProfile[]>();
  for (const p of [...profiles].sort((a, b) => cmp(a.key, b.key))) {
    const w = words(p.name);
    if (w.length === 2) pushTo(shortByName, w.join(" "), p);
    if (w.length === 3) pushTo(longByShort, w.slice(0, 2).join(" "), p);
    if (w.length === 3 && !REGNAL.test(p.name.trim())) pushTo(longByTail, w.slice(1).join(" "), p);
  }
  // The longer names count as one person when the merges found so far make them one ("Mohammed Ghazi al-Jalali"
  // and "Mohammed Ghazi Jalali"), not only when spelt alike.
  const people = new UnionFind();
  for (const [a, b] of verdict.merges) people.union(a, b);
  // A first given name left out ("Walker Bush", "Le Pen" for a daughter) is weaker evidence than a last word added:
  // it needs an office or an affiliation in common as well.
  const join = (index: Map<string, PersonProfile[]>, evidence: (a: PersonProfile, b: PersonProfile) => boolean) => {
    for (const [name, longs] of index) {
      const distinct = new Set(longs.map((p) => people.find(p.key)));
      if (distinct.size !== 1) continue;
      for (const p of longs) {
        for (const short of shortByName.get(name) ?? []) {
          if (REGNAL.test(short.name.trim())) continue;
          const agree = rolesAgree(p.roles, short.roles) && affiliationsAgree(p.affiliations, short.affiliations);
          if (agree && evidence(p, short)) verdict.merges.push([short.key, p.key]);
        }
      }
    }
  };
  join(longByShort, () => true);
  join(longByTail, sharesOfficeOrAffiliation);
}

/**
 * A suspect or witness named with a surname initial ("identified by prosecutors only as Juraj C.") is the one person
 * of that given name whose surname starts with the letter ("Juraj Cintula"), when titles and affiliations agree. With two
 * such people ("Juraj Cintula", "Juraj Cerny") the initial stays a person of its own.
 */
function mergeInitialledSurnames(
  profiles: readonly PersonProfile[],
  parts: ReadonlyMap<string, PersonParts>,
  verdict: PersonVerdict,
): void {
  const byGiven = new Map<string, PersonProfile[]>();
  for (const p of [...profiles].sort((a, b) => cmp(a.key, b.key))) {
    const pp = parts.get(p.key);
    if (pp && pp.surname.length > 1) pushTo(byGiven, pp.given, p);
  }
  for (const p of profiles) {
    const initial = /^(\p{Lu})\.$/u.exec(p.name.trim().split(/\s+/).at(-1) ?? "")?.[1];
    const pp = parts.get(p.key);
    if (!initial || !pp) continue;
    const letter = slugify(initial);
    const fits = (byGiven.get(pp.given) ?? []).filter((o) => parts.get(o.key)!.surname.startsWith(letter));
    if (fits.length !== 1) continue;
    const full = fits[0]!;
    if (!rolesAgree(p.roles, full.roles) || !affiliationsAgree(p.affiliations, full.affiliations)) continue;
    // A suspect kept anonymous may be anyone of that name: without an office or a body in common, a reviewer decides.
    if (sharesOfficeOrAffiliation(p, full) || (p.roles.length === 0 && full.roles.length === 0)) {
      verdict.merges.push([p.key, full.key]);
    } else {
      verdict.suggestions.push({
        keys: [p.key, full.key],
        score: 0.5,
        reason: `'${p.name}' may be '${full.name}' (a surname given only as its initial)`,
      });
    }
  }
}

/** A regnal number after a name: "Charles III", "Leo XIV" (not "Malcolm X": a lone X or V is no reign). */
const REGNAL = /^(.+)\s+(I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3}|XIX|XX)$/;
/** Titles of the reigning: a name alone with one of them may be a numbered reign's holder. */
const REIGNING = new Set(["king", "queen", "pope", "emperor", "empress", "sultan", "tsar", "shah", "emir"]);

/**
 * A monarch or a pope called by the name alone ("King Charles") is the one person of that name with a regnal number
 * ("Charles III"), when titles agree. Two numbers of one name ("Charles II", "Charles III") leave it apart.
 */
function mergeRegnalNames(profiles: readonly PersonProfile[], verdict: PersonVerdict): void {
  const byBase = new Map<string, PersonProfile[]>();
  for (const p of [...profiles].sort((a, b) => cmp(a.key, b.key))) {
    const m = REGNAL.exec(p.name.trim());
    if (m) pushTo(byBase, slugify(m[1]!), p);
  }
  const reigning = (p: PersonProfile) => p.roles.some((r) => [...titleWords(r)].some((w) => REIGNING.has(w)));
  for (const p of profiles) {
    if (/\s/.test(p.name.trim()) || !reigning(p)) continue;
    const numbered = byBase.get(slugify(p.name)) ?? [];
    if (numbered.length === 1 && rolesAgree(p.roles, numbered[0]!.roles))
      verdict.merges.push([p.key, numbered[0]!.key]);
  }
}
