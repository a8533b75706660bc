// The shared state of one findEntities run, and the small helpers every rule uses.
import { type Chunk, nameStart } from "./chunks";
import { countryName, type LexEntry, lexEntries } from "./lexicon";
import type { PlaceOcc } from "./places";
import type { Registry } from "./registry";
import { INSTITUTION_COUNTRY } from "./tables/orgs";
import type { Doc } from "./tokens";

export type Geo = Extract<LexEntry, { code: string }>;

export interface Ctx {
  doc: Doc;
  reg: Registry;
  chunks: Chunk[];
  /** Token index → the chunk it stands in. */
  chunkAt: Map<number, Chunk>;
  /** Tokens already explained (roles, appositions, organisation names, descriptions). */
  used: Set<number>;
  /** Tokens of people's names and stated roles: a description is never sought inside them. */
  personal: Set<number>;
  placeOccs: PlaceOcc[];
  /** The fullest stated role that ends with a title, when one person alone holds it ("Prime Minister"). */
  roleHolder: (title: string) => string | null;
  /** Every country named or implied by an adjective, in text order, for "the country’s". */
  countryRefs: Array<{ at: number; code: string }>;
  /** Institution name → whether the article owns it by another country than its own ("Brazil's Congress"). */
  ownedElsewhere: Map<string, boolean>;
}

export const span = (doc: Doc, from: number, to: number) => ({
  start: doc.toks[from]!.start,
  end: doc.toks[to - 1]!.end,
});

/**
 * The country an institution's name tells ("Congress" → US), unless the article owns that name by another
 * country: in a story of "Brazil's Congress", a plain "Congress" is Brazil's, not the United States'.
 */
export function institutionCountry(c: Ctx, name: string): string | null {
  const cc = INSTITUTION_COUNTRY.get(name);
  if (!cc) return null;
  let other = c.ownedElsewhere.get(name);
  if (other === undefined) {
    other = ownersOf(c.doc.text, name).some((owner) =>
      lexEntries(owner).some((e) => (e.kind === "country" || e.kind === "demonym") && e.code !== cc),
    );
    c.ownedElsewhere.set(name, other);
  }
  return other ? null : cc;
}

/** The capitalised word (and possessive) right before a name: "Brazil's ", "Brazilian ", "Brazil's National ". */
const OWNER_BEFORE = /(\p{Lu}[\p{L}-]*)(?:['’]s)? (?:National )?$/u;
const LETTER = /\p{L}/u;

/** The capitalised words that own a name in the text: "Brazil's Congress", "Brazil’s National Congress", "the Brazilian Congress". */
function ownersOf(text: string, name: string): string[] {
  const out: string[] = [];
  // indexOf and a look at the few characters before each hit: a regex over the whole text cost ~1% of extraction.
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text[at + name.length];
    if (after !== undefined && LETTER.test(after)) continue;
    const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (owner) out.push(owner[1]!);
  }
  return out;
}

export function countryActor(c: Ctx, code: string): string {
  return c.reg.actor(countryName(code), "country");
}

/** Marks the country words inside [from, to) as mentions of their countries; returns the country ids. */
export function countriesIn(c: Ctx, from: number, to: number): string[] {
  const ids: string[] = [];
  for (const chunk of chunksIn(c, from, to)) {
    for (const p of chunk.pieces) {
      if (p.from < from || p.to > to) continue;
      const geo = p.entries.find((e): e is Geo => e.kind === "country" || e.kind === "demonym");
      if (!geo) continue;
      const id = countryActor(c, geo.code);
      const s = span(c.doc, p.from, p.to);
      c.reg.mentionActor(id, s.start, s.end, geo.kind === "demonym" ? "demonym" : "name");
      ids.push(id);
    }
  }
  return ids;
}

export function* range(from: number, to: number) {
  for (let k = from; k < to; k++) yield k;
}

/** Does some index in [from, to) pass `test`? A loop: spreading range() into an array cost a generator per call. */
export function someIn(from: number, to: number, test: (k: number) => boolean): boolean {
  for (let k = from; k < to; k++) if (test(k)) return true;
  return false;
}

/** The distinct chunks the tokens [from, to) stand in, in order. */
export function chunksIn(c: Ctx, from: number, to: number): Set<Chunk> {
  const out = new Set<Chunk>();
  for (let k = from; k < to; k++) {
    const chunk = c.chunkAt.get(k);
    if (chunk) out.add(chunk);
  }
  return out;
}

/** Is token j part of some person-like name run (so a role window must not reach over it)? */
export function isNamePart(c: Ctx, j: number): boolean {
  const chunk = c.chunkAt.get(j);
  if (!chunk) return false;
  const k = nameStart(c.doc, chunk);
  return k < chunk.pieces.length && j >= chunk.pieces[k]!.from;
}

// Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every call when it stands in a function.
const LOWER_START = /^\p{Ll}/u;

/** Participles after "<demonym>-" that make the country the agent ("Russian-brokered", "Iranian-backed"). */
export const AGENT_PARTICIPLES = new Set([
  "brokered",
  "backed",
  "led",
  "mediated",
  "sponsored",
  "supplied",
  "funded",
  "made",
  "built",
  "controlled",
  "occupied",
  "annexed",
  "allied",
  "trained",
]);

/**
 * Does the name ending before token `to` open a compound adjective ("a Soviet Union-integrated region")? Then it
 * qualifies a noun and names no actor, unless the tail makes it the agent ("Russian-brokered").
 */
export function compoundModifier(doc: Doc, to: number): boolean {
  const dash = doc.toks[to];
  const tail = doc.toks[to + 1];
  return (
    dash?.text === "-" &&
    dash.start === doc.toks[to - 1]!.end &&
    !!tail &&
    tail.start === dash.end &&
    LOWER_START.test(tail.text) &&
    !AGENT_PARTICIPLES.has(tail.lower)
  );
}

/** Words that, after a sentence's first word, make it a verb: "Fed up with delays", "Fed by rivers". */
const VERB_PARTICLES = new Set(["up", "by", "with", "into"]);

/** A one-word short name that is also a word ("Fed"), opening a sentence as that word: "Fed up with delays, …". */
export function aWordAtStart(doc: Doc, p: { from: number; to: number }): boolean {
  const t = doc.toks[p.from]!;
  return p.to === p.from + 1 && t.initial && !t.allCaps && VERB_PARTICLES.has(doc.toks[p.to]?.lower ?? "");
}
