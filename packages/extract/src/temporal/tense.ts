// Is the clause around a date about the future, a plan, or the past? Decides which year or week a bare date takes.
import type { Analysis } from "../nlp/analyze";

export type Tense = "past" | "future" | "planned";

export interface TenseReading {
  tense: Tense;
  /** The words that made it future or planned, for the explanation. */
  marker: string | null;
}

/**
 * Markers, checked in order on the clause with the date's own words masked out. "future" takes the next
 * occurrence; "planned" (a plan that may already be past: "was scheduled for", "would visit") takes the
 * occurrence nearest the publication date; anything else is told in the past.
 */
export const TENSE_MARKERS: ReadonlyArray<{ tense: Tense; pattern: RegExp }> = [
  { tense: "future", pattern: /\b(?:will|shall|won't|wo n't)\b|'ll\b/ },
  {
    tense: "future",
    pattern:
      /\b(?:is|are|am|'s|'re)\s+(?:expected|due|set|scheduled|slated|poised|going|planning|planned|likely|about|to)\b/,
  },
  { tense: "future", pattern: /\b(?:plans?|intends?|aims?|expects?|hopes?)\s+to\b|\bexpects?\b/ },
  { tense: "future", pattern: /\b(?:upcoming|forthcoming|coming|next)\b/ },
  {
    tense: "planned",
    pattern:
      /\b(?:would|scheduled|planned|slated|(?:was|were)\s+due|expected|to be held|postponed|rescheduled|agreed to|pledged to|promised to|vowed to)\b/,
  },
];

/** Characters that end a clause inside a sentence. */
const CLAUSE_BREAK = /[,;:—–]|\s-\s|\(|\)/g;

/**
 * The clause around [start, end): the comma-separated segment of its sentence, joined with its neighbours
 * while it has no verb, so that "On Monday, the minister will travel" reads the verb after the comma.
 */
export function clauseAround(
  text: string,
  analysis: Analysis,
  start: number,
  end: number,
): { start: number; end: number } {
  const sentence = analysis.sentences.find((s) => s.start <= start && end <= s.end);
  if (!sentence) return { start, end };
  const cuts = [sentence.start];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + m.index;
    if (at >= end || at + m[0].length <= start) cuts.push(at);
  }
  cuts.push(sentence.end);
  cuts.sort((a, b) => a - b);
  let i = cuts.findLastIndex((c) => c <= start);
  let j = cuts.findIndex((c) => c >= end);
  if (i < 0) i = 0;
  if (j < 0) j = cuts.length - 1;
  const tokens = analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const hasVerb = (a: number, b: number) =>
    tokens.some(
      (t) => t.start >= a && t.end <= b && (t.pos === "VERB" || t.pos === "AUX") && !(t.start >= start && t.end <= end),
    );
  while (!hasVerb(cuts[i]!, cuts[j]!) && (j < cuts.length - 1 || i > 0)) {
    if (j < cuts.length - 1) j++;
    else i--;
  }
  return { start: cuts[i]!, end: cuts[j]! };
}

/** Reads the tense of the clause around a date; the date's own words ("next month") do not count. */
export function tenseAround(text: string, analysis: Analysis, start: number, end: number): TenseReading {
  const clause = clauseAround(text, analysis, start, end);
  const words = `${text.slice(clause.start, start)} … ${text.slice(end, clause.end)}`
    .toLowerCase()
    .replace(/[’‘]/g, "'");
  for (const { tense, pattern } of TENSE_MARKERS) {
    const m = pattern.exec(words);
    if (m) return { tense, marker: m[0].trim() };
  }
  return { tense: "past", marker: null };
}
