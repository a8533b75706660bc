// Groups that act as parties: "Armenian separatists", "ethnic Armenians", "the Armenian population of Karabakh".
import { type Ctx, span } from "./context";
import { countryAdjective, lexEntries, matchAt } from "./lexicon";
import { DEMONYMS } from "./tables/demonyms";
import { GROUP_HEADS, GROUP_MODIFIERS, GROUP_PREMODIFIERS, MODIFIED_HEADS, REPUBLIC_WORDS } from "./tables/groups";
import { REGIONS } from "./tables/places";
import type { Doc } from "./tokens";

/** The people of a country in the plural ("AM" → "Armenians"). */
function peoplePlural(code: string): string {
  const adj = countryAdjective(code);
  return DEMONYMS.get(code)?.find((w) => w !== adj && w.endsWith("s")) ?? `${adj}s`;
}

/** The country a people word names: "Armenian", "Armenians", "pro-Armenia" (a side's supporters). */
function peopleCode(text: string, plural: boolean): string | null {
  const surface = text.replace(/^pro-/i, "");
  for (const e of lexEntries(surface)) {
    if (e.kind === "demonym" && (!plural || /s$/.test(surface))) return e.code;
    if (e.kind === "country" && surface !== text) return e.code;
  }
  return null;
}

/** A region named by the tokens that end just before `k` ("Nagorno-Karabakh" in "Nagorno-Karabakh Republic"). */
function regionEndingAt(doc: Doc, k: number): { from: number; name: string } | null {
  const sentence = doc.toks[k - 1]?.sentence;
  for (let from = Math.max(0, k - 3); from < k; from++) {
    if (doc.toks[from]!.sentence !== sentence) continue;
    const m = matchAt(doc.text, doc.toks, from, k);
    const region = m?.end === k ? m.entries.find((e) => e.kind === "region") : undefined;
    if (region && region.kind === "region") return { from, name: region.name };
  }
  return null;
}

interface GroupOcc {
  from: number;
  to: number;
  /** Country whose people the group is, if said. */
  code: string | null;
  /** Noun the canonical name ends with ("separatists"), or null for the people ("Armenians"). */
  noun: string | null;
  /** Region the phrase itself names ("of Karabakh"). */
  region: string | null;
}

export function findGroups(c: Ctx): void {
  const { doc, reg } = c;
  const toks = doc.toks;
  const occs: GroupOcc[] = [];
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    const prev = toks[k - 1]!;
    if (prev.sentence !== t.sentence) continue;
    let occ: GroupOcc | null = null;
    if (t.cap && REPUBLIC_WORDS.has(t.lower)) {
      selfProclaimed(c, k);
      continue;
    }
    const modified = GROUP_MODIFIERS.get(prev.lower);
    if (modified && MODIFIED_HEADS.has(t.lower))
      occ = { from: k - 1, to: k + 1, code: null, noun: modified, region: null };
    else if (GROUP_HEADS.has(t.lower)) {
      const code = peopleCode(prev.text, false);
      if (code) occ = { from: k - 1, to: k + 1, code, noun: GROUP_HEADS.get(t.lower) ?? null, region: null };
      else if (modified) occ = { from: k - 1, to: k + 1, code: null, noun: modified, region: null };
    } else if (t.cap && /s$/.test(t.text)) {
      // "ethnic Armenians", "Karabakh Armenians": a people named as the inhabitants of a place or by origin.
      const code = prev.lower === "ethnic" || regionEndingAt(doc, k) ? peopleCode(t.text, true) : null;
      if (code) {
        const region = regionEndingAt(doc, k);
        occ = { from: region?.from ?? k - 1, to: k + 1, code, noun: null, region: region?.name ?? null };
      }
    }
    if (!occ) continue;
    // "a majority Armenian population" describes a place; "the Armenian population" is a party.
    if (occ.noun === null && GROUP_HEADS.has(t.lower) && !definite(toks, occ.from)) continue;
    // "the Armenian population of Karabakh": the place after "of" is the group's own.
    if (toks[occ.to]?.lower === "of" && toks[occ.to]!.sentence === t.sentence) {
      const m = matchAt(doc.text, toks, occ.to + 1, toks.length);
      const region = m?.entries.find((e) => e.kind === "region");
      if (m && region?.kind === "region") {
        occ.region = region.name;
        occ.to = m.end;
      }
    }
    let from = occ.from;
    while (from > 0 && GROUP_PREMODIFIERS.has(toks[from - 1]!.lower) && toks[from - 1]!.sentence === t.sentence) from--;
    if (toks[from - 1]?.lower === "the" && toks[from - 1]!.sentence === t.sentence) from--;
    occ.from = from;
    occs.push(occ);
  }
  if (occs.length === 0) return;

  // A group named without its place ("Armenian separatists") belongs to the region the text last named.
  const regions = c.placeOccs.filter((p) => p.kind === "region").sort((a, b) => a.start - b.start);
  for (const occ of occs) {
    const s = span(doc, occ.from, occ.to);
    const sentence = toks[occ.from]!.sentence;
    const near = regions.filter((p) => p.start < s.start && sentence - sentenceAt(doc, p.start) <= 2).pop();
    const region = occ.region ?? near?.name ?? null;
    const people = occ.code ? peoplePlural(occ.code) : null;
    const noun = occ.noun ?? people;
    if (!noun) continue;
    // A bare "separatist forces" with no place to tie it to is too vague to be a party.
    if (!region && !occ.code) continue;
    const place = region ? shortRegion(region) : null;
    const name = place ? `${place} ${noun}` : `${countryAdjective(occ.code!)} ${noun}`;
    const id = reg.actor(name, "group");
    reg.mentionActor(id, s.start, s.end, "name");
  }
}

/**
 * "Nagorno-Karabakh Republic", "Donetsk People's Republic": a region (not a country) calling itself a state is an
 * unrecognised state, a party of its own.
 */
function selfProclaimed(c: Ctx, k: number): void {
  const toks = c.doc.toks;
  const peoples = toks[k - 1]?.lower === "'s" && toks[k - 2]?.lower === "people" ? 2 : 0;
  const region = regionEndingAt(c.doc, k - peoples);
  if (!region) return;
  const s = span(c.doc, region.from, k + 1);
  const name = c.doc.text.slice(s.start, s.end).replace(/[’‘]/g, "'");
  c.reg.mentionActor(c.reg.actor(name, "group"), s.start, s.end, "name");
}

/** Is the phrase at `from` introduced by "the" (over "local", "ethnic" …)? */
function definite(toks: Doc["toks"], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && GROUP_PREMODIFIERS.has(toks[k]!.lower)) k--;
  return toks[k]?.lower === "the";
}

/** The name a group takes its place from: "Karabakh" for "Nagorno-Karabakh", as the region table writes it too. */
function shortRegion(name: string): string {
  const lower = name.toLowerCase();
  return REGIONS.find((r) => lower.endsWith(`-${r.toLowerCase()}`)) ?? name;
}

function sentenceAt(doc: Doc, start: number): number {
  let lo = 0;
  let hi = doc.toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.toks[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  return doc.toks[lo]?.sentence ?? 0;
}
