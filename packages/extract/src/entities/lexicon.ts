// One gazetteer over all the tables: phrase → what it names, matched on token sequences (longest first).
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { Token } from "../nlp/analyze";
import { DEMONYMS } from "./tables/demonyms";
import { KNOWN_ORGS } from "./tables/orgs";
import { CAPITALS, CITIES, ORG_SEATS, REGIONS } from "./tables/places";
import { TITLES, type TitleInfo } from "./tables/titles";
import { MONTHS, WEEKDAYS } from "./tables/words";

countries.registerLocale(en);

export type LexEntry =
  | { kind: "country"; code: string }
  | { kind: "demonym"; code: string }
  | { kind: "capital"; code: string; name: string }
  | { kind: "seat"; org: string; name: string }
  | { kind: "city"; name: string }
  | { kind: "region"; name: string }
  | { kind: "org"; name: string }
  | { kind: "title"; title: TitleInfo }
  | { kind: "time" };

/** Canonical names where the library's first or shortest name is not the one news uses. */
const COUNTRY_NAME_OVERRIDES: Record<string, string> = {
  US: "United States",
  GB: "United Kingdom",
  CD: "Democratic Republic of the Congo",
  CG: "Republic of the Congo",
  MD: "Moldova",
  FM: "Micronesia",
  SY: "Syria",
  LA: "Laos",
  BN: "Brunei",
  TR: "Turkey",
  VA: "Vatican",
  PS: "Palestine",
  MK: "North Macedonia",
  AE: "United Arab Emirates",
  KR: "South Korea",
  // "Holland" is shorter but names two of its provinces; news and governments say "the Netherlands".
  NL: "Netherlands",
  // "Burma" is shorter, but news and the country itself say "Myanmar".
  MM: "Myanmar",
};

/** Names the library lacks that news uses for countries. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ["America", "the United States", "the US", "the U.S."],
  GB: ["Britain"],
  NL: ["Holland"],
  MM: ["Burma"],
  VA: ["Vatican City", "Holy See"],
  CZ: ["Czech Republic"],
  TR: ["Turkiye"],
  SY: ["Syria"],
  LA: ["Laos"],
  CI: ["Ivory Coast"],
  PS: ["Palestinian territories"],
  // News drops "the" from both Congos' long names; without them the shorter name would win ("Republic of Congo").
  CD: ["Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa"],
  CG: ["Republic of Congo", "Congo-Brazzaville"],
};

const codeName = new Map<string, string>();
const codeNames = new Map<string, string[]>();

function isAllCaps(s: string): boolean {
  return /[A-Z]/.test(s) && !/[a-z]/.test(s);
}

/**
 * Names the library gives two countries, kept for the one news means by them: wire style calls the Democratic
 * Republic of the Congo "Congo" and always names the other "Republic of Congo" or "Congo-Brazzaville".
 */
const SHARED_NAME_OWNER: Record<string, string> = { Congo: "CD" };

for (const [code, value] of Object.entries(countries.getNames("en", { select: "all" }))) {
  const names = [...value, ...(EXTRA_COUNTRY_NAMES[code] ?? [])].filter(
    (n) => !/[,(]/.test(n) && (SHARED_NAME_OWNER[n] ?? code) === code,
  );
  const readable = names.filter((n) => !isAllCaps(n) && !/^the /i.test(n));
  const shortest = [...readable].sort((a, b) => a.length - b.length)[0];
  codeName.set(code, COUNTRY_NAME_OVERRIDES[code] ?? shortest ?? value[0] ?? code);
  codeNames.set(code, names);
}

/** The canonical English name of a country by alpha-2 code ("AZ" → "Azerbaijan"). */
export function countryName(code: string): string {
  return codeName.get(code) ?? code;
}

const capitals = new Map<string, string>();
for (const [name, code] of CAPITALS) if (!capitals.has(code)) capitals.set(code, name.replace(/,.*$/, ""));

/** The capital city of a country by alpha-2 code ("AM" → "Yerevan"), the first the table lists. */
export function capitalOf(code: string): string | null {
  return capitals.get(code) ?? null;
}

/** The canonical adjective of a country ("AZ" → "Azerbaijani"), or its name when no adjective is known. */
export function countryAdjective(code: string): string {
  return DEMONYMS.get(code)?.[0] ?? countryName(code);
}

/** What normalizePhrase would change besides the case: a typographic quote, a hyphen, odd or doubled space. */
const FOLDED = /[’‘`´-]|[^\S ]| {2}/;

/**
 * normalizePhrase for the spans matchAt tries (several per capitalised token): most hold only letters and
 * single spaces, which it leaves as they are but lower-cased, so one test spares its three replaces.
 */
function phraseKey(s: string): string {
  return FOLDED.test(s) ? normalizePhrase(s) : s.toLowerCase();
}

/** Folds the typographic variants a phrase may be written with, so tables match any spelling. */
export function normalizePhrase(s: string): string {
  return s
    .replace(/[’‘`´]/g, "'")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

interface Stored {
  entry: LexEntry;
  /** All-capital acronyms (US, UK, WHO) match only when written in capitals: "us" and "who" are words. */
  exactCase: string | null;
}

const table = new Map<string, Stored[]>();
/** First word of every phrase → the most tokens a phrase starting with it can span: most tokens start none. */
const firstWords = new Map<string, number>();

function add(surface: string, entry: LexEntry): void {
  const key = normalizePhrase(surface);
  const list = table.get(key) ?? [];
  if (list.some((s) => JSON.stringify(s.entry) === JSON.stringify(entry))) return;
  list.push({ entry, exactCase: isAllCaps(surface.replace(/[^A-Za-z]/g, "")) ? surface : null });
  table.set(key, list);
  const first = key.split(/[\s,-]+/)[0]!;
  // A phrase spans at most as many tokens as its words, punctuation and hyphens ("Washington, D.C." is 4).
  const span = key.split(/[\s,-]+/).length * 2 + 1;
  firstWords.set(first, Math.max(firstWords.get(first) ?? 0, span));
}

for (const [code, names] of codeNames) {
  for (const name of names) add(name.replace(/^the /i, ""), { kind: "country", code });
}
for (const [code, list] of DEMONYMS) {
  for (const d of list) {
    if (!table.get(normalizePhrase(d))?.some((s) => s.entry.kind === "country")) add(d, { kind: "demonym", code });
  }
}
// "Washington, DC" is the city Washington.
for (const [name, code] of CAPITALS) add(name, { kind: "capital", code, name: name.replace(/,.*$/, "") });
for (const [name, org] of ORG_SEATS) add(name, { kind: "seat", org, name });
for (const name of CITIES) add(name, { kind: "city", name });
for (const name of REGIONS) add(name, { kind: "region", name });
for (const [surface, name] of KNOWN_ORGS) add(surface, { kind: "org", name });
for (const title of TITLES) add(title.phrase, { kind: "title", title });
for (const w of [...MONTHS, ...WEEKDAYS]) add(w, { kind: "time" });

/** Every beginning of every table phrase: a span whose key is none of these cannot grow into a phrase. */
const keyPrefixes = new Set<string>();
for (const key of table.keys()) for (let n = 1; n <= key.length; n++) keyPrefixes.add(key.slice(0, n));

/**
 * Whether a longer span's key starts with this span's key, so that a miss in keyPrefixes ends the search.
 * normalizePhrase keeps that for any span that ends at a token's end, except after a trailing space (" -"
 * further on folds it into a hyphen) or a capital sigma (it lower-cases to the final form only at a word's end).
 */
function growsByPrefix(surface: string): boolean {
  const c = surface.charCodeAt(surface.length - 1);
  return c !== 0x3a3 && !/\s/.test(surface[surface.length - 1]!);
}

export interface LexMatch {
  /** Index one past the last token of the match. */
  end: number;
  entries: LexEntry[];
}

/**
 * The longest table phrase that starts at token `i` (tokens of one sentence, up to `limit`), or null.
 * Spans grow a token at a time and stop as soon as their key begins no phrase: most stop after one or two
 * tokens, where trying every span from the longest down made and looked up up to `reach` keys a token.
 */
export function matchAt(text: string, tokens: readonly Token[], i: number, limit: number): LexMatch | null {
  const first = tokens[i];
  if (!first) return null;
  // Most tokens need only lower-casing to be looked up; the full fold is for apostrophes, hyphens and spaces.
  const lower = first.text.toLowerCase();
  const reach = firstWords.get(/[’‘`´\s-]/.test(lower) ? normalizePhrase(first.text) : lower);
  if (reach === undefined) return null;
  const last = Math.min(limit, i + reach);
  let best: LexMatch | null = null;
  for (let j = i + 1; j <= last; j++) {
    const surface = text.slice(first.start, tokens[j - 1]!.end);
    // A phrase never spans lines, nor does any longer span.
    if (surface.includes("\n")) break;
    const key = phraseKey(surface);
    if (!keyPrefixes.has(key)) {
      if (growsByPrefix(surface)) break;
      continue;
    }
    const stored = table.get(key);
    if (!stored) continue;
    const entries = stored.filter((s) => s.exactCase === null || s.exactCase === surface).map((s) => s.entry);
    if (entries.length > 0) best = { end: j, entries };
  }
  return best;
}

/** The country a name or a demonym stands for ("Kenya", "Kenyan" → "KE"), or null. */
export function geoCode(text: string): string | null {
  for (const e of lexEntries(text)) if (e.kind === "country" || e.kind === "demonym") return e.code;
  return null;
}

export function lexEntries(surface: string): LexEntry[] {
  return (table.get(normalizePhrase(surface)) ?? [])
    .filter((s) => s.exactCase === null || s.exactCase === surface)
    .map((s) => s.entry);
}
