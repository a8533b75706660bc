// What a number counts: the noun phrase after it, read from the part-of-speech tags.
import type { Token } from "../nlp/analyze";

/** A stretch of the text [start, end) holding the counted words. */
export interface Counted {
  start: number;
  end: number;
}

const NOUNISH = new Set(["NOUN", "PROPN"]);
/** Words that may stand inside a noun phrase before its head ("adjacent", "displaced", "launch contract"). */
const MODIFIER = new Set(["ADJ", "NOUN", "PROPN", "VERB"]);
const PRONOUNS = /^(?:them|us|these|those)$/i;

const isParticiple = (t: Token) => t.pos === "VERB" && /(?:ed|en)$/i.test(t.text);

/**
 * The noun phrase starting at tokens[i]: modifiers up to the last noun, with a leading adverb when it
 * modifies the next word ("forcibly displaced"), "A and B" coordination ("officers and gendarmes"), and
 * an "of" phrase ("years of conflict", "lorries of food and medicine"). Null when no noun heads it.
 */
export function nounPhraseAt(tokens: Token[], i: number, limit: number): Counted | null {
  let j = i;
  if (tokens[j]?.pos === "ADV" && j + 1 < limit && MODIFIER.has(tokens[j + 1]!.pos)) j++;
  let head = -1;
  for (; j < limit; j++) {
    const t = tokens[j]!;
    // Pieces glued into one word ("search-and-rescue", "ship-borne") belong together whatever their tags.
    const glued = j > i && tokens[j - 1]!.end === t.start && /^[\w‑-]/.test(t.text);
    if (NOUNISH.has(t.pos)) head = j;
    else if (glued) continue;
    // A model number inside a name: "14 Leopard 2 tanks".
    else if (
      t.pos === "NUM" &&
      head === j - 1 &&
      tokens[j - 1]!.pos === "PROPN" &&
      NOUNISH.has(tokens[j + 1]?.pos ?? "")
    )
      continue;
    else if (t.pos === "VERB" && (head >= 0 || !isParticiple(t)))
      break; // "people arrested": a new clause
    else if (!MODIFIER.has(t.pos)) break;
  }
  if (head < 0) return null;
  let end = head;
  if (tokens[end + 1]?.lemma === "and" && end + 2 < limit && NOUNISH.has(tokens[end + 2]!.pos)) end += 2;
  if (tokens[end + 1]?.lemma === "of") {
    let k = end + 2;
    while (k < limit && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "NUM")) k++;
    const rest = nounPhraseAt(tokens, k, limit);
    if (rest) return { start: tokens[i]!.start, end: rest.end };
  }
  return { start: tokens[i]!.start, end: tokens[end]!.end };
}

/**
 * A partitive ("ten of his neighbours", "1,600 of the dead", "51 of the 113 seats") counts what follows
 * "of", past determiners, possessives and other numbers.
 */
export function partitiveAt(tokens: Token[], i: number, limit: number): Counted | null {
  if (tokens[i]?.lemma !== "of") return null;
  let j = i + 1;
  while (j < limit && ["DET", "NUM", "PRON"].includes(tokens[j]!.pos) && !PRONOUNS.test(tokens[j]!.text)) j++;
  const t = tokens[j];
  if (!t || j >= limit) return null;
  if (PRONOUNS.test(t.text)) return { start: t.start, end: t.end };
  const np = nounPhraseAt(tokens, j, limit);
  if (np) return np;
  return t.pos === "ADJ" || isParticiple(t) ? { start: t.start, end: t.end } : null;
}

/** A lone participle or adjective after the number: "more than 5,000 wounded". */
export function bareHeadAt(tokens: Token[], i: number, limit: number): Counted | null {
  const t = tokens[i];
  if (!t || i >= limit) return null;
  return (t.pos === "ADJ" || isParticiple(t)) && /^[a-z]/.test(t.text) ? { start: t.start, end: t.end } : null;
}

/** Nouns that name a count themselves: "the death toll rose to 2,012", "put the figure at 3.5 million". */
const COUNT_NOUNS = new Set(["toll", "number", "figure", "total", "tally", "count", "population"]);

/**
 * The noun phrase before a number whose head names a count: what a bare "rose to 2,012" is about.
 * Starts at the phrase's first modifier ("death toll"), so the counted words read whole.
 */
export function countSubjectBefore(tokens: Token[], from: number, before: number): Counted | null {
  for (let j = before - 1; j >= from; j--) {
    if (!COUNT_NOUNS.has(tokens[j]!.lemma.toLowerCase())) continue;
    let k = j;
    while (k > from && (tokens[k - 1]!.pos === "NOUN" || tokens[k - 1]!.pos === "ADJ")) k--;
    return { start: tokens[k]!.start, end: tokens[j]!.end };
  }
  return null;
}
