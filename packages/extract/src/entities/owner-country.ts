// The country that owns a body named in lower case: "South Korea's parliament", "the Saudi foreign ministry".

import type { Ctx } from "./context";
import { geoCode } from "./lexicon";
import { isPossessive } from "./tokens";

/** Country names run to three words: "Central African Republic", "Bosnia and Herzegovina" aside. */
const LONGEST_NAME = 3;

/** The longest country name or demonym ending at token `last`, capitalised and in one sentence, or null. */
function countryEndingAt(c: Ctx, last: number): { code: string; from: number } | null {
  const toks = c.doc.toks;
  const end = toks[last];
  if (!end) return null;
  for (let n = LONGEST_NAME; n >= 1; n--) {
    const from = last - n + 1;
    if (from < 0 || toks[from]!.sentence !== end.sentence) continue;
    let capitalised = true;
    for (let i = from; i <= last; i++) capitalised &&= toks[i]!.cap;
    if (!capitalised) continue;
    const code = geoCode(c.doc.text.slice(toks[from]!.start, end.end));
    if (code) return { code, from };
  }
  return null;
}

/**
 * The country a body starting at token `head` belongs to, from the words right before it: a possessive ("South
 * Korea's parliament") or, unless `possessiveOnly`, a demonym or name ("the South Korean cabinet", "the Kenya
 * police"). `from` is where the owner's words start, with a "the" before a demonym.
 */
export function ownerCountry(c: Ctx, head: number, possessiveOnly = false): { code: string; from: number } | null {
  const toks = c.doc.toks;
  const before = toks[head - 1];
  if (!before || before.sentence !== toks[head]!.sentence) return null;
  // "South Korea's parliament", "the Philippines' foreign ministry" (a bare apostrophe is a token of its own).
  if (isPossessive(before.lower)) return countryEndingAt(c, head - 2);
  if (possessiveOnly) return null;
  const owner = countryEndingAt(c, head - 1);
  if (!owner) return null;
  const from = toks[owner.from - 1]?.lower === "the" ? owner.from - 1 : owner.from;
  return { code: owner.code, from };
}
