// Place occurrences and their canonical names: "Karabakh" joins "Nagorno-Karabakh" as an alias.
import type { PlaceKind } from "@dateline/core/schema";
import type { Registry } from "./registry";
import { LOCATION_PREPOSITIONS, NAMED_WITH_NOUNS, PLACE_KIND_NOUNS, PLACE_OFFICES } from "./tables/places";
import type { Doc } from "./tokens";

export interface PlaceOcc {
  start: number;
  end: number;
  name: string;
  kind: PlaceKind;
}

/** Is the name at token `from` the object of a location preposition ("in Baku", "to the US")? */
export function afterLocationPreposition(doc: Doc, from: number): boolean {
  let k = from - 1;
  // "in Acapulco and neighbouring Coyuca de Benítez": an adjective may stand between a list's joiner and its name.
  for (
    let n = 0;
    n < 2 && doc.toks[k]?.pos === "ADJ" && !doc.toks[k]!.cap && LIST_JOINS.has(doc.toks[k - 1]?.lower ?? "");
    n++
  )
    k--;
  // "spread to Burundi, Kenya, Rwanda and Uganda": a name in a list is where the list's preposition points.
  const sentence = doc.toks[from]?.sentence;
  const listed = (t: (typeof doc.toks)[number] | undefined) => LIST_JOINS.has(t?.lower ?? "");
  if (listed(doc.toks[k])) {
    let j = k;
    while (j > from - LIST_REACH && j > 0 && doc.toks[j]!.sentence === sentence) {
      const t = doc.toks[j]!;
      if (!(listed(t) || t.cap)) break;
      j--;
    }
    // "held in the United States, Canada and Mexico": the list's first name may carry an article.
    const opener = doc.toks[j]?.lower === "the" ? j - 1 : j;
    // Not "from": "delegations from Azerbaijan and Armenia", "teams from Spain, Britain and Qatar" are who came.
    if (j < k && doc.toks[j + 1]!.cap && LIST_PREPOSITIONS.has(doc.toks[opener]?.lower ?? "")) k = opener;
    // "neighbouring countries such as Egypt, Chad and South Sudan": examples of places are places.
    else if (j < k && doc.toks[j + 1]!.cap && examplesOfPlaces(doc, j)) return true;
  }
  if (examplesOfPlaces(doc, k)) return true;
  if (doc.toks[k]?.lower === "the") k--;
  // "to nearby Armenia", "in northern Syria": up to two adjectives between.
  for (let n = 0; n < 2 && doc.toks[k] && doc.toks[k]!.pos === "ADJ" && !doc.toks[k]!.cap; n++) k--;
  const t = doc.toks[k];
  return !!t && t.sentence === doc.toks[from]?.sentence && LOCATION_PREPOSITIONS.has(t.lower);
}

/** Does "such as" end at token k after a plural place noun ("countries such as", "cities such as")? */
function examplesOfPlaces(doc: Doc, k: number): boolean {
  const as = doc.toks[k];
  const such = doc.toks[k - 1];
  const noun = doc.toks[k - 2];
  if (as?.lower !== "as" || such?.lower !== "such" || !noun) return false;
  // The tagger's lemma gives the singular ("countries" → "country").
  const lemma = noun.lemma.toLowerCase();
  return lemma === "country" || lemma === "nation" || PLACE_KIND_NOUNS.has(lemma);
}

/** Words that join names in a list, and how far back (in tokens) a list may reach to its preposition. */
const LIST_JOINS = new Set([",", "and", "or"]);
const LIST_REACH = 12;
const LIST_PREPOSITIONS = new Set(["in", "to", "into", "across", "through", "at"]);

/** The kind a neighbouring noun gives a place: "the Nagorno-Karabakh region", "the city of Yevlakh". */
export function kindFromContext(doc: Doc, from: number, to: number): PlaceKind | null {
  const after = doc.toks[to];
  if (after && after.sentence === doc.toks[from]?.sentence) {
    const k = PLACE_KIND_NOUNS.get(after.lower);
    if (k && k !== "country") return k;
  }
  const of = doc.toks[from - 1];
  const noun = doc.toks[from - 2];
  if (of?.lower === "of" && noun) {
    const k = PLACE_KIND_NOUNS.get(noun.lower) ?? PLACE_OFFICES.get(noun.lower);
    if (k && k !== "country") return k;
  }
  return null;
}

/** A place of one word written as the end of another ("Karabakh" in "Nagorno-Karabakh") is that place. */
function canonicalNames(occs: readonly PlaceOcc[]): Map<string, string> {
  const names = [...new Set(occs.map((o) => o.name))].sort((a, b) => b.length - a.length);
  const out = new Map<string, string>();
  for (const n of names) {
    const longer = names.find((m) => m.length > n.length && m.toLowerCase().endsWith(`-${n.toLowerCase()}`));
    out.set(n, out.get(longer ?? n) ?? longer ?? n);
  }
  return out;
}

const KIND_RANK: Record<PlaceKind, number> = { country: 0, city: 1, region: 1, other: 2 };

/** One of NAMED_WITH_NOUNS right after a place's name, which its mention then reaches over. */
const NAMED_WITH = new RegExp(`^ (?:${[...NAMED_WITH_NOUNS].join("|")})\\b`);

export function registerPlaces(reg: Registry, occs: readonly PlaceOcc[], text = ""): void {
  const canon = canonicalNames(occs);
  const kinds = new Map<string, PlaceKind>();
  for (const o of occs) {
    const name = canon.get(o.name) ?? o.name;
    const have = kinds.get(name);
    if (!have || KIND_RANK[o.kind] < KIND_RANK[have]) kinds.set(name, o.kind);
  }
  for (const o of occs) {
    const name = canon.get(o.name) ?? o.name;
    const id = reg.place(name, kinds.get(name) ?? o.kind);
    const noun = NAMED_WITH.exec(text.slice(o.end, o.end + 16));
    reg.mentionPlace(id, o.start, o.end + (noun?.[0].length ?? 0), name === o.name && !noun ? "name" : "alias");
  }
}

/**
 * Last words of the names of buildings, sites and structures, which are where things happen wherever they stand:
 * "Francis Scott Key Bridge", "Portland International Airport", "Three Powers Square". Squares, streets and the
 * buildings that house a body without speaking for it (headquarters, embassies) are among them.
 */
export const SITE_HEADS: ReadonlySet<string> = new Set(
  (
    "airport airbase airfield terminal station harbour harbor port bridge dam tunnel canal stadium arena hospital " +
    "clinic prison jail cathedral mosque church temple basilica synagogue museum market bazaar mall hotel refinery " +
    "plant mine square plaza street avenue boulevard motorway highway headquarters embassy consulate complex pad " +
    "spaceport cosmodrome"
  ).split(" "),
);

/**
 * A name of two words or more ending in a building's or site's word ("Mandalay General Hospital", "Naypyitaw
 * International Airport", "F. D. Roosevelt University Hospital") is one place named in full, even when it opens
 * with a city's name. Returns whether the chunk of tokens [from, to) is one.
 */
export function isFacilityName(doc: Doc, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const last = doc.toks[to - 1]!;
  if (!last.cap || !SITE_HEADS.has(last.lower)) return false;
  // Every word of it capitalised (or a joining "of"/"de"), as names are: not "the city's main hospital".
  for (let k = from; k < to; k++) {
    const t = doc.toks[k]!;
    if (!t.cap && !["of", "de", "-", "."].includes(t.lower)) return false;
  }
  return !doc.toks[from]!.heading;
}

/** Lower-case words that may stand between a site's name and its head: "Keflavík international airport". */
const FACILITY_MODIFIERS: ReadonlySet<string> = new Set(
  "international regional national military naval air power nuclear geothermal hydroelectric coal gas general university".split(
    " ",
  ),
);

/**
 * Where a site's name written with its head in lower case ends: "Keflavík international airport", "the Svartsengi
 * power plant", "Sednaya prison". Returns the end of the head after the name ending before `to`, or -1.
 */
export function facilityTail(doc: Doc, to: number): number {
  let k = to;
  for (let n = 0; n < 2 && FACILITY_MODIFIERS.has(doc.toks[k]?.text ?? ""); n++) k++;
  const head = doc.toks[k];
  if (!head || head.cap || !SITE_HEADS.has(head.text) || head.sentence !== doc.toks[to - 1]?.sentence) return -1;
  // "Vnukovo airport" right after the name is the place's own name with its noun (NAMED_WITH_NOUNS: an alias).
  if (k === to && NAMED_WITH_NOUNS.has(head.text)) return -1;
  return k + 1;
}

/** A palace is where things happen, unless its name speaks for the household in it ("Buckingham Palace said"). */
export const SEAT_HEADS: ReadonlySet<string> = new Set(["palace"]);
