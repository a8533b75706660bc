// Capitals as governments ("Baku announced") or as places ("in Baku"), decided by the words around them.
import type { Chunk } from "./chunks";
import { type Ctx, countryActor, span } from "./context";
import { afterLocationPreposition } from "./places";

/** How many tokens a parenthesis after a capital may hold ("in turn"), and a relative clause. */
const PARENTHESIS_REACH = 6;
const RELATIVE_REACH = 20;

/** Words before a capital that make it a government: "between Baku and …", "representatives of Baku", "by Baku". */
const GOVERNMENT_BEFORE = new Set(["between", "of", "by", "including", "with", "against", "versus", "urged", "and"]);

/** Is this chunk a single geographical name (a capital or a country) that can stand in a list with a capital? */
function isGeoChunk(c: Ctx, k: number): Chunk | null {
  const chunk = c.chunkAt.get(k);
  if (chunk?.pieces.length !== 1) return null;
  return chunk.pieces[0]!.entries.some((e) => e.kind === "capital" || e.kind === "seat" || e.kind === "country")
    ? chunk
    : null;
}

/**
 * Capitals stand for governments when they act, own or are acted upon ("Baku announced", "Baku’s cancellation",
 * "warned Baku", "between Baku and Yerevan", "including Washington, Brussels, and Moscow"), and are places
 * after a location preposition or anywhere else ("in Baku", "to Baku", "attacks on Kyiv"). A list of capitals
 * is read as a whole: its last member's verb decides for the first.
 */
function actsAsGovernment(c: Ctx, from: number, to: number): boolean {
  const { doc } = c;
  const t = doc.toks[from]!;
  if (t.allCaps || t.heading) return false;
  // "bias in Washington’s stance": the owner is the government, whatever stands before it.
  const next = doc.toks[to];
  if (next && (next.lower === "'s" || next.lower === "'") && next.start === doc.toks[to - 1]!.end) return true;
  if (afterLocationPreposition(doc, from)) return false;
  let first = from;
  let last = to;
  for (;;) {
    const sep = doc.toks[first - 1];
    const sep2 = doc.toks[first - 2];
    const at =
      sep && [",", "and", "or"].includes(sep.lower)
        ? sep2?.lower === "," || sep2?.lower === "and"
          ? first - 3
          : first - 2
        : -1;
    const g = at >= 0 ? isGeoChunk(c, at) : null;
    if (!g) break;
    first = g.from;
  }
  for (;;) {
    const sep = doc.toks[last];
    const skip = sep?.lower === "," && ["and", "or"].includes(doc.toks[last + 1]?.lower ?? "") ? 2 : 1;
    const g = sep && [",", "and", "or"].includes(sep.lower) ? isGeoChunk(c, last + skip) : null;
    if (!g) break;
    last = g.to;
  }
  const before = doc.toks[first - 1];
  if (before && before.sentence === t.sentence) {
    if (afterLocationPreposition(doc, first)) return false;
    if (GOVERNMENT_BEFORE.has(before.lower) || before.pos === "VERB") return true;
  }
  let k = last;
  // Over a parenthesis ("Yerevan, in turn, said") or a relative clause ("Tehran, which with Moscow had kept Assad
  // in power, said"), adverbs and auxiliaries to the verb.
  if (doc.toks[k]?.text === ",") {
    const relative = ["which", "whose"].includes(doc.toks[k + 1]?.lower ?? "");
    const reach = relative ? RELATIVE_REACH : PARENTHESIS_REACH;
    for (let p = k + 1; p < Math.min(doc.toks.length, k + reach); p++) {
      if (doc.toks[p]!.text === ",") {
        k = p + 1;
        break;
      }
    }
  }
  while (doc.toks[k] && (doc.toks[k]!.pos === "ADV" || doc.toks[k]!.pos === "AUX")) {
    if (doc.toks[k]!.pos === "AUX") return true;
    k++;
  }
  const verb = doc.toks[k];
  return !!verb && verb.sentence === t.sentence && verb.pos === "VERB";
}

export function capital(c: Ctx, from: number, to: number, code: string | null, org: string | null, name: string) {
  const s = span(c.doc, from, to);
  if (!actsAsGovernment(c, from, to)) {
    c.placeOccs.push({ ...s, name, kind: "city" });
    return;
  }
  const id = org ? c.reg.actor(org, "organization") : countryActor(c, code!);
  c.reg.mentionActor(id, s.start, s.end, "government");
}
