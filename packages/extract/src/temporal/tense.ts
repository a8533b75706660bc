// Is the clause around a date about the future, a plan, or the past? Decides which year or week a bare date takes.
import type { Analysis } from "../nlp/analyze";
import { indexStartingFrom, itemHolding, itemsWithin } from "../nlp/search";
import { SAY_LEMMAS } from "../quotes/speech";

export type Tense = "past" | "future" | "planned";

export interface TenseReading {
  tense: Tense;
  /** The words that made it future or planned, for the explanation. */
  marker: string | null;
  /**
   * The day names when a scheduled thing is held ("the elections on June 8") or an end point ("until July 1"), not
   * the clause's deed: told in the past, a year-old reading gives way to one weeks ahead.
   */
  scheduled?: boolean;
}

/**
 * Markers, checked in order on the clause with the date's own words masked out. "future" takes the next
 * occurrence (reported "would" included: "she said she would meet them on Monday"); "planned" (a plan
 * that may already be past: "was scheduled for", "had been due to") takes the occurrence nearest the
 * publication date; anything else is told in the past.
 */
export const TENSE_MARKERS: ReadonlyArray<{ tense: Tense; pattern: RegExp }> = [
  { tense: "future", pattern: /\b(?:will|shall|won't|wo n't|would)\b|'ll\b/ },
  {
    tense: "future",
    pattern:
      /\b(?:is|are|am|'s|'re)\s+(?:(?:still|now|also|not|\w+ly)\s+)?(?:expected|due|set|scheduled|slated|poised|going|planning|planned|likely|about|to)\b/,
  },
  // "She plans to travel on Monday", not a plan named as a thing: "the government dropped the plan to scrap it on Oct. 3".
  {
    tense: "future",
    pattern:
      /(?<!\b(?:the|a|an|its|their|his|her|our|this|that|whose)\s+)\b(?:plans?|intends?|aims?|expects?|hopes?)\s+to\b|\bexpects?\b/,
  },
  // "It plans a silent march through the capital on Saturday".
  { tense: "future", pattern: /\b(?:plans|plan)\s+(?:a|an|the|its|their|another)\b/ },
  { tense: "future", pattern: /\b(?:upcoming|forthcoming|coming|next)\b/ },
  // "setting up a vote on Saturday", "paving the way for talks on Monday".
  { tense: "future", pattern: /\b(?:setting up|paving the way for)\b/ },
  // "a petition of its own, due to be heard on Feb. 28" (but "was due to be held" is a plan that may be past).
  { tense: "future", pattern: /(?<!\b(?:was|were|been)\s)\bdue to be\b/ },
  // "said they wanted the vote held on Friday": what is wanted has not happened yet, or is about to.
  // Only a wish with what is wanted after it: "a man wanted for murder" wants nothing.
  { tense: "planned", pattern: /\b(?:wants?|wanted|wanting)\s+(?:to|the|a|an|it|them|him|her|this|that)\b/ },
  {
    tense: "planned",
    pattern:
      /\b(?:scheduled|planned|slated|(?:was|were)\s+(?:due|to)|had been (?:due|expected|set)|expected|to be held|postponed|rescheduled|agreed to|pledged to|promised to|vowed to|could(?!\s+have)|due(?!\s+to\b))\b/,
  },
];

/** Characters that end a clause inside a sentence; not the comma or colon inside "1,000" or "9:45". */
const CLAUSE_BREAK = /[,:](?!\d)|[;—–()]|\s-\s/g;

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
  const sentence = itemHolding(analysis.sentences, start, end);
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
  // Backwards first: English puts the verb before its date ("met on Monday"); an attribution after a
  // comma ("…, the statement said") is read only when nothing before holds a verb.
  while (!hasVerb(cuts[i]!, cuts[j]!) && (j < cuts.length - 1 || i > 0)) {
    if (i > 0) i--;
    else j++;
  }
  return { start: cuts[i]!, end: cuts[j]! };
}

/** Past forms that do not end in -ed: the verbs news tells events with. */
const IRREGULAR_PAST = new Set(
  "said told met held took began struck won fled left came went gave made sent saw spoke brought fought rose fell lost ran became broke chose drew flew got grew knew led paid sat shook shot stood swore taught threw understood wrote sought thought kept built bought caught felt found heard meant sold spent withdrew overtook undertook".split(
    " ",
  ),
);
const AUXILIARY = /^(?:is|are|am|was|were|be|been|being|has|have|had|will|would|shall|to|'s|'re|'ve|'d)$/i;
/** Words that may stand between a verb and its date ("said late on Monday", "took office in May"). */
const BETWEEN = new Set(["ADV", "NOUN", "PROPN", "DET", "ADJ", "PRON", "NUM", "PART"]);

/**
 * The verb nearest before a date in its sentence, at most four words back, and whether an auxiliary leads it.
 * `describes`: a participle right after a noun that a verb before it in the sentence governs ("will begin testing
 * fish caught near the plant from Friday"): it tells of the noun, not the time of the clause.
 */
function governingVerb(
  analysis: Analysis,
  start: number,
): { text: string; lemma: string; aux: boolean; describes: boolean } | null {
  const tokens = analysis.tokens;
  let i = indexStartingFrom(tokens, start) - 1;
  if (i < -1) i = tokens.length - 1;
  const sentence = tokens[i]?.sentence;
  for (let k = 0; i >= 0 && k < 5 && tokens[i]!.sentence === sentence; i--, k++) {
    const t = tokens[i]!;
    if (t.pos === "VERB") {
      const before = [tokens[i - 1], tokens[i - 2]].filter((b) => b && b.sentence === sentence);
      // A possessive "'s" ("the president's term ends") is no "is".
      const aux = before.some((b) => b!.pos === "AUX" || (AUXILIARY.test(b!.text) && b!.pos !== "PART"));
      const noun = tokens[i - 1];
      let governed = false;
      for (let j = i - 2; j >= 0 && !governed && tokens[j]!.sentence === sentence; j--) {
        governed = tokens[j]!.pos === "VERB" || tokens[j]!.pos === "AUX";
      }
      const describes = !!noun && noun.sentence === sentence && /^(?:NOUN|PROPN)$/.test(noun.pos) && governed;
      return { text: t.text.toLowerCase(), lemma: t.lemma.toLowerCase(), aux, describes };
    }
    if (!BETWEEN.has(t.pos) && t.pos !== "ADP") return null;
  }
  return null;
}

/**
 * The clause's words after a date, up to its first verb when that verb is in the past: "On Wednesday, OpenAI
 * announced that Sam Altman would return" is told in the past; the "would" is the announcement's.
 */
function toldAfterDate(analysis: Analysis, text: string, from: number, to: number): string {
  const after = text.slice(from, to);
  const tokens = analysis.tokens;
  let i = indexStartingFrom(tokens, from);
  if (i < 0) return after;
  // The clause's first verb, past a participle that only describes a noun ("leaders gathered in Paris will sign").
  for (; i < tokens.length && tokens[i]!.end <= to; i++) {
    const t = tokens[i]!;
    if (t.pos !== "VERB") continue;
    // A name's saying in the past is the clause's own verb: "Prigojine said in an audio message that …" (but
    // "documents reported in the press will be released" describes the documents).
    const past = isPastForm({ text: t.text.toLowerCase(), lemma: t.lemma.toLowerCase() });
    const named = tokens[i - 1]?.pos === "PROPN" && SAY_LEMMAS.has(t.lemma.toLowerCase()) && past;
    const describes = /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? "") && tokens[i + 1]?.pos === "ADP" && !named;
    if (!describes) break;
  }
  const first = tokens[i];
  if (!first || first.end > to) return after;
  if (!isPastForm({ text: first.text.toLowerCase(), lemma: first.lemma.toLowerCase() })) return after;
  // "On Monday, Blinken said he would travel", "On Friday, the leaders met and agreed they would meet again": the
  // clause's first verb, in the past with no auxiliary, is what the date tells; what follows has its own tense.
  // A verb of a relative clause ("the talks, which stalled in May, will resume") is not the clause's own.
  if (/\b(?:which|who|whom|whose|that)\b/i.test(text.slice(from, first.start))) return after;
  const aux = [tokens[i - 1], tokens[i - 2]].some(
    (b) => b && b.start >= from && (b.pos === "AUX" || AUXILIARY.test(b.text)),
  );
  return aux ? after : text.slice(from, first.end);
}

/** The first of TENSE_MARKERS the words hold, in the table's order. */
function firstMarker(words: string): TenseReading | null {
  for (const { tense, pattern } of TENSE_MARKERS) {
    const m = pattern.exec(words);
    if (m) return { tense, marker: m[0].trim() };
  }
  return null;
}

/** A verb of delaying, then the date it moves something to, right before the date. */
export const DELAYED_TO =
  /\b(postpon\w*|delay\w*|push\w*(?: \w+){0,3} back|mov(?:e|ed|es|ing)(?: \w+){0,3}|reschedul\w*|defer\w*|put(?:ting)? off)\b[^.;]*\b(?:to|until|till)\s*$/i;

/** A date followed by "that": the clause after it is reported speech. */
const REPORTED = /^\s*that\b/i;

/** Participles of planning say when something was meant to happen, not that it did: the markers read them. */
const PLANNING = /^(?:scheduled|planned|slated|set|due|expected|postponed|rescheduled|delayed|called)$/;
const isPastForm = (v: { text: string; lemma: string }) =>
  v.text !== v.lemma && !PLANNING.test(v.text) && (v.text.endsWith("ed") || IRREGULAR_PAST.has(v.text));
/** A present tense: third person ("ends") or plural ("go"). */
const isPresent = (v: { text: string; lemma: string }) =>
  (v.text !== v.lemma && v.text.endsWith("s") && !/^(?:is|has|was|does)$/.test(v.text)) || isPresentPlural(v);
/** Verbs whose past is written like their present: "they put it to a vote on Monday" may be past. */
const SAME_PAST = new Set("put cut set hit let quit shut spread cast cost hurt beat bid read split burst".split(" "));
/** "Voters go to the polls on Sunday", "the leaders meet in Paris on Monday": a plural present is a schedule. */
const isPresentPlural = (v: { text: string; lemma: string }) =>
  v.text === v.lemma && !SAME_PAST.has(v.text) && !/^(?:be|have|do)$/.test(v.text);

/**
 * Reads the tense around a date. A past verb right before it decides alone ("said on Saturday",
 * "scheduled for Saturday" without an auxiliary); then the clause's markers, its own words ("next month")
 * masked; then a date "for" something lies ahead; then a verb in the present tells a schedule
 * ("takes office in May"); else the past.
 */
export function tenseAround(text: string, analysis: Analysis, start: number, end: number): TenseReading {
  const verb = governingVerb(analysis, start);
  if (verb && !verb.aux && !verb.describes && isPastForm(verb)) return { tense: "past", marker: null };
  const clause = clauseAround(text, analysis, start, end);
  // "said at a news conference on Wednesday that a conference would be held": what follows "that" is what was
  // said, with a tense of its own; the date belongs to the saying.
  const after = toldAfterDate(analysis, text, end, clause.end);
  const reported = REPORTED.test(after);
  const words = `${text.slice(clause.start, start)} … ${reported ? "" : after}`.toLowerCase().replace(/[’‘]/g, "'");
  const marked = firstMarker(words);
  if (marked) return marked;
  // "a strike for Tuesday", "called talks for next week": a date something is set for lies ahead.
  if (/^for\s/i.test(text.slice(start, end))) return { tense: "future", marker: "for" };
  // "pushing the vote back to December 15", "postponed until March": where a delay moves something lies ahead.
  const delay = DELAYED_TO.exec(text.slice(clause.start, start));
  if (delay) return { tense: "future", marker: delay[1]!.toLowerCase() };
  // A present tense tells a schedule only where nothing in the clause is told in the past (wink tags
  // "phone calls" as a verb now and then: "held separate phone calls on Monday" stays past).
  const told = itemsWithin(analysis.tokens, clause.start, clause.end).some(
    (t) => t.pos === "VERB" && isPastForm({ text: t.text.toLowerCase(), lemma: t.lemma.toLowerCase() }),
  );
  if (verb && !verb.aux && !told && isPresent(verb)) return { tense: "planned", marker: verb.text };
  // "… would go ahead on August 20, with a run-off on October 15 if no candidate wins": a clause with no verb
  // of its own in the past takes the tense the sentence has set before it.
  if (!told && !(verb && isPastForm(verb))) {
    const sentence = itemHolding(analysis.sentences, start, end);
    const before = sentence ? text.slice(sentence.start, clause.start).toLowerCase().replace(/[’‘]/g, "'") : "";
    const marked = firstMarker(before);
    if (marked?.tense === "future") return marked;
  }
  return { tense: "past", marker: null };
}
