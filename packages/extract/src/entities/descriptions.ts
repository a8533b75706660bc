// Descriptions that refer back to a person named elsewhere: "the Secretary", "the top US diplomat".
import { actorId } from "@dateline/core/ids";
import { countryName, type LexEntry, matchAt, normalizePhrase } from "./lexicon";
import { DESCRIPTION_ADJECTIVES, DESCRIPTION_CLASSES, TITLE_WORDS, TITLES, type TitleClass } from "./tables/titles";
import type { Doc } from "./tokens";

export interface PersonInfo {
  id: string;
  roles: string[];
  /** Actor ids of the person's countries. */
  countries: ReadonlySet<string>;
  /** Actor ids of the person's organisations. */
  orgs: ReadonlySet<string>;
  /** Character offsets where the person is named (name, surname, title + name). */
  named: number[];
  /** Sentence indexes where the person is named. */
  sentences: ReadonlySet<number>;
}

export interface Description {
  /** Token indexes [from, to), "the" included. */
  from: number;
  to: number;
  personId: string;
  /** Country actor ids the description names ("the Pakistani prime minister"). */
  countries: string[];
}

const TOP = new Set(["top", "chief", "highest-ranking", "leading"]);
const FORMER = new Set(["former", "ex"]);
const FORMER_ROLE = /\b(?:former|ex)\b/i;

interface Head {
  phrase: string | null;
  cls: TitleClass | null;
}

const rolePhraseCache = new Map<string, { classes: Set<TitleClass>; rank: number }>();

/** The title classes and rank a stated role carries; roles repeat across articles, so each is worked out once. */
function rolePhrases(role: string): { classes: Set<TitleClass>; rank: number } {
  const cached = rolePhraseCache.get(role);
  if (cached) return cached;
  const info = computeRolePhrases(role);
  if (rolePhraseCache.size < 10_000) rolePhraseCache.set(role, info);
  return info;
}

/** A relation before "of": the titles after it are someone else's ("the 43-year-old son of a former prime minister"). */
const KIN_OF =
  /\b(?:son|daughter|wife|husband|widow|widower|father|mother|brother|sister|grandson|granddaughter|nephew|niece|cousin|child)\s+of\b.*$/;

function computeRolePhrases(role: string): { classes: Set<TitleClass>; rank: number } {
  const norm = ` ${normalizePhrase(role)
    .replace(KIN_OF, "")
    .replace(/[^a-z' -]/g, " ")} `;
  const classes = new Set<TitleClass>();
  let rank = 0;
  for (const t of TITLES) {
    if (t.role === false) continue;
    if (norm.includes(` ${t.phrase} `)) {
      for (const c of t.classes) classes.add(c);
      rank = Math.max(rank, t.rank);
    }
  }
  return { classes, rank };
}

function matches(p: PersonInfo, head: Head): { ok: boolean; rank: number } {
  let ok = false;
  let rank = 0;
  for (const role of p.roles) {
    const info = rolePhrases(role);
    const norm = ` ${normalizePhrase(role)} `;
    const hit = head.phrase ? norm.includes(` ${head.phrase} `) : head.cls ? info.classes.has(head.cls) : false;
    if (hit) {
      ok = true;
      rank = Math.max(rank, info.rank);
    }
  }
  return { ok, rank };
}

/**
 * Finds "the [top|senior] [US|Azerbaijani|country’s] <title or class>" not followed by a name, and resolves
 * each to the person it refers to: people whose stated roles fit, from the country named if one is, who are
 * not named in the same sentence (a writer does not name and describe one person in one sentence); the most
 * recently named before it (the same-sentence rule holds for generic nouns only: "the US Secretary of State’s
 * call" may stand beside the name), or the highest-ranked for "top"; a lone fitting person otherwise.
 */
export function findDescriptions(
  doc: Doc,
  people: readonly PersonInfo[],
  countryBefore: (offset: number) => string | null,
  skip: (k: number) => boolean,
): Description[] {
  const out: Description[] = [];
  const { toks, text } = doc;
  for (let i = 0; i < toks.length; i++) {
    const det = toks[i]!;
    if (det.lower !== "the" || skip(i)) continue;
    const countries = new Set<string>();
    const orgs = new Set<string>();
    let top = false;
    let former = false;
    let j = i + 1;
    let head: Head | null = null;
    let headEnd = -1;
    while (j < toks.length && toks[j]!.sentence === det.sentence && !skip(j)) {
      const t = toks[j]!;
      if (t.lower === "country" && toks[j + 1]?.lower === "'s") {
        const c = countryBefore(det.start);
        if (c) countries.add(actorId(countryName(c)));
        j += 2;
        continue;
      }
      const m = matchAt(text, toks, j, Math.min(toks.length, j + 6));
      const geo = m?.entries.filter((e): e is Extract<LexEntry, { code: string }> => "code" in e) ?? [];
      const title = m?.entries.find((e): e is Extract<LexEntry, { kind: "title" }> => e.kind === "title");
      if (m && title && title.title.role !== false) {
        // "diplomat", "official": a class of titles, not a title a role must repeat.
        const cls = DESCRIPTION_CLASSES.get(title.title.phrase) ?? null;
        head = cls ? { phrase: null, cls } : { phrase: title.title.phrase, cls: null };
        j = m.end;
        headEnd = j;
        continue;
      }
      if (m && geo.length > 0 && (geo[0]!.kind === "country" || geo[0]!.kind === "demonym")) {
        countries.add(actorId(countryName(geo[0]!.code)));
        j = m.end;
        continue;
      }
      const org = m?.entries.find((e): e is Extract<LexEntry, { kind: "org" }> => e.kind === "org");
      if (m && org) {
        orgs.add(actorId(org.name));
        j = m.end;
        continue;
      }
      const cls = DESCRIPTION_CLASSES.get(t.lower);
      if (cls) {
        head = { phrase: null, cls };
        j++;
        headEnd = j;
        continue;
      }
      // (TITLE_WORDS holds the modifiers too: "acting", "former".)
      if (DESCRIPTION_ADJECTIVES.has(t.lower) || TITLE_WORDS.has(t.lower)) {
        if (TOP.has(t.lower)) top = true;
        if (FORMER.has(t.lower)) former = true;
        j++;
        continue;
      }
      break;
    }
    if (!head || headEnd !== j) continue;
    const next = toks[j];
    if (next && next.sentence === det.sentence) {
      // "the Secretary Antony Blinken" is a title before a name; "the president's office" is not a person.
      if (next.cap || next.pos === "NOUN" || next.pos === "PROPN" || next.lower === "of" || next.pos === "NUM")
        continue;
      if (next.lower === "'s" && toks[j + 1]?.cap) continue;
    }
    const person = resolve(people, head, { countries, orgs, former }, top, det.start, det.sentence);
    if (person) out.push({ from: i, to: j, personId: person, countries: [...countries] });
  }
  return out;
}

/** A stated role that names its body in capitals ("European Council President", "State Department spokesman"). */
function qualifiedElsewhere(p: PersonInfo): boolean {
  return p.roles.some((r) => r.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase())));
}

/** A qualifier fits a person who belongs to it, or who belongs to no country (or organisation) we know of. */
function fits(wanted: ReadonlySet<string>, has: ReadonlySet<string>): boolean {
  return wanted.size === 0 || has.size === 0 || [...wanted].some((c) => has.has(c));
}

/**
 * The person a description refers to. Beyond fitting roles and ties: "the former president" is someone whose role
 * says former; and a description tied to a country or body ("the Belarusian leader", "the
 * Wagner chief") whose only fitting people of it are named in its own sentence refers to none rather than to
 * someone of elsewhere ("Lukashenko's office said the Belarusian leader had …" is no mayor of Moscow's).
 */
function resolve(
  people: readonly PersonInfo[],
  head: Head,
  q: { countries: ReadonlySet<string>; orgs: ReadonlySet<string>; former: boolean },
  top: boolean,
  at: number,
  sentence: number,
): string | null {
  const countries = q.countries;
  const tied = (p: PersonInfo) =>
    [...countries].some((c) => p.countries.has(c)) || [...q.orgs].some((o) => p.orgs.has(o));
  let candidates = people
    .map((p) => ({ p, m: matches(p, head) }))
    .filter(({ p, m }) => m.ok && fits(countries, p.countries) && fits(q.orgs, p.orgs));
  // "the former president" is nobody the text titles as the president now ("President Joe Biden"): someone whose
  // role says former. (Someone never titled fits no role, so `matches` has already left them out.)
  if (q.former) candidates = candidates.filter(({ p }) => p.roles.some((r) => FORMER_ROLE.test(r)));
  const fitting = candidates.filter(({ p }) => head.phrase !== null || !p.sentences.has(sentence));
  if (fitting.length === 0) return null;
  if (candidates.some(({ p }) => tied(p)) && !fitting.some(({ p }) => tied(p))) return null;
  // A body named ("the Wagner chief") needs someone tied to it: nobody of it is known, so no guess.
  if (q.orgs.size > 0 && !candidates.some(({ p }) => tied(p))) return null;
  const sameCountry = fitting.filter(({ p }) => [...countries].some((c) => p.countries.has(c)));
  // "The Chinese leader" is someone of that country: with nobody tied to it, a person known to speak for some
  // other body ("European Council President Donald Tusk") is a worse guess than one tied to nothing.
  const unaffiliated = countries.size > 0 ? fitting.filter(({ p }) => p.orgs.size === 0 && !qualifiedElsewhere(p)) : [];
  const pool = sameCountry.length > 0 ? sameCountry : unaffiliated.length > 0 ? unaffiliated : fitting;
  const before = pool
    .map((x) => ({ ...x, last: Math.max(-1, ...x.p.named.filter((o) => o < at)) }))
    .filter((x) => x.last >= 0);
  if (before.length > 0) {
    before.sort((a, b) => (top ? b.m.rank - a.m.rank : 0) || b.last - a.last);
    return before[0]!.p.id;
  }
  return pool.length === 1 ? pool[0]!.p.id : null;
}
