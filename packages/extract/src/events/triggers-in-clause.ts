// The triggers of a clause: table matches joined and ranked, then those denied, quoted or outranked dropped.
import type { EventType } from "@dateline/core/schema";
import type { Token } from "../nlp/analyze";
import { NAMING_WORDS, SAY_LEMMAS } from "../quotes/speech";
import type { Clause } from "./clauses";
import { NOT_EVENTS, OCCASION_NOUNS, PEOPLE_NOUNS } from "./cues";
import { PatternIndex } from "./match";
import { isIrrealis, quoteFloor } from "./status";
import { TRIGGERS, type TriggerRule } from "./triggers";

const triggerIndex = new PatternIndex(TRIGGERS.map((r) => [r.pattern, r] as const));
const notEvents = new PatternIndex(NOT_EVENTS.map((p) => [p, p] as const));

/**
 * Two triggers near each other where one makes the other redundant: "agreed to a ceasefire" is a ceasefire;
 * "cancelled high-level visits" is a cancellation; "the cancellation of a meeting" is a meeting (status cancelled).
 * `order`: where the loser stands — "after" the winner, "before" it, or "any".
 */
const OUTRANKS: ReadonlyArray<{ winner: EventType; loser: EventType; order: "after" | "before" | "any" }> = [
  { winner: "ceasefire", loser: "agreement", order: "any" },
  { winner: "cancellation", loser: "visit", order: "after" },
  { winner: "sanction", loser: "visit", order: "after" },
  { winner: "meeting", loser: "cancellation", order: "before" },
  { winner: "talks", loser: "cancellation", order: "before" },
  { winner: "call", loser: "cancellation", order: "before" },
  { winner: "hearing", loser: "cancellation", order: "before" },
  // "the 1971 war of independence" is one war, not a war and a declaration of independence.
  { winner: "war", loser: "independence", order: "after" },
];
/** Is the trigger inside quoted speech (a quotation of SPEECH_TOKENS or more)? */
export function inSpeech(tokens: Token[], t: Trigger): boolean {
  return quotations(tokens, t.clause.sentence.tokenStart, t.clause.sentence.tokenEnd).some(
    (q) => q.end - q.start >= SPEECH_TOKENS && t.start >= q.start && t.end <= q.end,
  );
}

/** Words inside a quotation this long are someone's speech: what it mentions is an event only when dated. */
const SPEECH_TOKENS = 8;
const OPENING = new Set(["“", "«", "„"]);
const CLOSING = new Set(["”", "»"]);

/** "Protest organisers … called a new march": a protest noun qualifying people tells no protest of its own. */
function namesPeople(tokens: Token[], t: Trigger): boolean {
  if (t.rule.type !== "protest" || t.end - t.start !== 1) return false;
  return PEOPLE_NOUNS.has(tokens[t.end]?.lemma.toLowerCase() ?? "");
}

/**
 * "The mayor declared war on potholes", "declared war on inflation": war declared on a thing is a figure of speech. Only
 * a named enemy ("declared war on Hamas") makes the declaration a decree.
 */
function figurativeWar(tokens: Token[], t: Trigger): boolean {
  if (t.rule.type !== "decree" || tokens[t.end - 1]?.lemma.toLowerCase() !== "war") return false;
  const on = tokens[t.end];
  if (on?.text.toLowerCase() !== "on") return false;
  let k = t.end + 1;
  while (tokens[k]?.pos === "DET" || tokens[k]?.pos === "ADJ") k++;
  return !/^\p{Lu}/u.test(tokens[k]?.text ?? "");
}

/**
 * "the territory's elected leaders", "newly elected officials": "elected" before a noun, not after "was", describes
 * who holds office and tells no election.
 */
function describesHolders(tokens: Token[], t: Trigger): boolean {
  if (t.rule.type !== "election" || t.end - t.start !== 1 || tokens[t.start]!.text.toLowerCase() !== "elected")
    return false;
  return tokens[t.end]?.pos === "NOUN" && tokens[t.start - 1]?.pos !== "AUX";
}

/** The quotations of the triggers' sentence that a naming word introduces. */
function namedQuotes(tokens: Token[], triggers: Trigger[]): Array<{ start: number; end: number }> {
  const sentence = triggers[0]?.clause.sentence;
  if (!sentence) return [];
  return quotations(tokens, sentence.tokenStart, sentence.tokenEnd).filter((q) =>
    NAMING_WORDS.has(tokens[q.start - 2]?.text.toLowerCase() ?? ""),
  );
}

/** Token ranges of the quotations in a sentence (curly, guillemet or straight marks), end exclusive. */
export function quotations(tokens: Token[], from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    if (open < 0 && (OPENING.has(t) || t === '"')) open = i;
    else if (open >= 0 && (CLOSING.has(t) || t === '"')) {
      out.push({ start: open + 1, end: i });
      open = -1;
    }
  }
  // A quotation still open at the end of the sentence runs to it (a quote spanning sentences).
  if (open >= 0) out.push({ start: open + 1, end: to });
  return out;
}

/** How near (in tokens) two triggers must be for one to outrank the other, or a weak one to give way. */
const NEAR = 6;

export interface Trigger {
  rule: TriggerRule;
  /** A single happening the clause calls off ("cancelled the king's state visit"): told as it, cancelled. */
  calledOff?: boolean;
  /** A calling-off whose occasion has no trigger of its own ("postponed Saturday's match"): that occasion, "other". */
  occasion?: boolean;
  /**
   * Where the words that had put the called-off occasion on the calendar end ("set for", "due to"): a time phrase
   * just after them is when it was to be held.
   */
  bookedAt?: number;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  clause: Clause;
  /**
   * Triggers near it that gave way to it ("conceded defeat on Sunday and said …" keeps "said"): a time phrase
   * nearest one of them dates this one when nothing nearer does.
   */
  absorbed?: Trigger[];
}

/** Every trigger of a clause: overlapping matches of one type joined, the longer match kept across types. */
export function findTriggers(tokens: Token[], clause: Clause): Trigger[] {
  const found = triggerIndex
    .find(tokens, clause.tokenStart, clause.tokenEnd)
    .map(({ value, match }) => ({ rule: value, start: match.start, end: match.end, clause }))
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Trigger[] = [];
  for (const t of found) {
    const clash = out.find((o) => t.start < o.end && o.start < t.end);
    if (!clash) {
      out.push({ ...t });
    } else if (clash.rule.type === t.rule.type) {
      clash.end = Math.max(clash.end, t.end);
      if (clash.rule.weak && !t.rule.weak) clash.rule = t.rule;
    } else if (outranks(t, clash, "any") || (!outranks(clash, t, "any") && t.end - t.start > clash.end - clash.start)) {
      out.splice(out.indexOf(clash), 1, { ...t });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function gap(a: Trigger, b: Trigger): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

function outranks(w: Trigger, l: Trigger, only?: "any"): boolean {
  if (l.rule.signing) return false;
  return OUTRANKS.some(
    (o) =>
      o.winner === w.rule.type &&
      o.loser === l.rule.type &&
      (only ? o.order === "any" : o.order === "any" || (o.order === "after" ? l.start >= w.end : l.end <= w.start)),
  );
}

/**
 * The triggers that tell of an event: not inside a framing quote (those name an event told elsewhere), not
 * denied or hypothetical, weak ones only when nothing stronger is near, none outranked by a neighbour.
 */
export function keepTriggers(
  tokens: Token[],
  triggers: Trigger[],
  framed: Array<{ start: number; end: number }>,
): Trigger[] {
  const quoted = [...framed, ...namedQuotes(tokens, triggers)];
  const processes = triggers[0]
    ? notEvents.find(tokens, triggers[0].clause.tokenStart, triggers[0].clause.tokenEnd)
    : [];
  const real = triggers.filter(
    (t) =>
      !quoted.some((f) => t.start >= f.start && t.end <= f.end) &&
      !processes.some(({ match }) => t.start >= match.start && t.start < match.end) &&
      !namesPeople(tokens, t) &&
      !figurativeWar(tokens, t) &&
      !describesHolders(tokens, t),
  );
  const alive = real.filter((t) => {
    const floor = quoteFloor(tokens, t.clause.tokenStart, t.start);
    return !isIrrealis(tokens, { start: t.start, end: t.end, floor, ceiling: t.clause.tokenEnd });
  });
  const told = absorbCallingOff(tokens, alive);
  const kept: Trigger[] = [];
  for (const t of told) {
    const winner = told.find(
      (o) => o !== t && gap(o, t) <= NEAR && ((t.rule.weak && !o.rule.weak && !setting(tokens, o)) || outranks(o, t)),
    );
    if (!winner) kept.push(t);
    else winner.absorbed = [...(winner.absorbed ?? []), t];
  }
  return kept;
}

/** Occasions that can be where something else happened. */
const SETTINGS = new Set<EventType>(["meeting", "talks", "press-conference", "hearing"]);
const SETTING_WORDS = new Set(["at", "during", "on"]);

/**
 * Is the trigger an occasion told as where something happened ("agreed on Wednesday at the COP28 climate summit")?
 * A weak trigger beside it is its own happening then, not a retelling of the occasion.
 */
function setting(tokens: Token[], o: Trigger): boolean {
  if (!SETTINGS.has(o.rule.type)) return false;
  for (let i = o.start - 1; i >= Math.max(0, o.start - 4); i--) {
    const t = tokens[i]!;
    if (SETTING_WORDS.has(t.text.toLowerCase())) return true;
    if (!["DET", "ADJ", "PROPN", "NUM", "NOUN"].includes(t.pos)) return false;
  }
  return false;
}

/** Happenings that are one occasion: calling one off is that occasion, cancelled (guidelines: no cancellation event). */
const OCCASION_TYPES = new Set<EventType>([
  "visit",
  "meeting",
  "press-conference",
  "talks",
  "call",
  "hearing",
  "protest",
  "election",
  "vote",
]);
/** "has been postponed", "was cancelled": the called-off thing is the subject told before. */
const PASSIVE_AUX = new Set(["be", "have"]);
/**
 * How far a passive "has been postponed" may stand from the occasion it calls off (a relative clause between;
 * "A planned meeting of the two countries' deputy foreign ministers in Muscat, due this week, was called off").
 */
const SUBJECT_REACH = 24;

/** Words a noun phrase's head may follow: "Saturday's", "the long-awaited", "the Valencia–Real Madrid". */
const BEFORE_HEAD = new Set(["DET", "ADJ", "PROPN", "NUM", "PART", "PUNCT"]);

/** A word as the occasion table has it: lower case, singular ("Celebrations" → "celebration"). */
function occasionWord(t: Token): string {
  const word = t.lemma.toLowerCase();
  return OCCASION_NOUNS.has(word) ? word : word.replace(/s$/, "");
}

/** How many words before its head noun a phrase may hold: "The Africa Cup of Nations qualifier". */
const HEAD_REACH = 8;

/** The index of the head noun of the phrase from `from` on (at most a few words in), or -1. */
function headNoun(tokens: Token[], from: number, limit: number): number {
  for (let k = from; k < Math.min(limit, from + HEAD_REACH); k++) {
    const tok = tokens[k]!;
    // "of" inside a name: "the Africa Cup of Nations qualifier".
    if (tok.text === "of" && tokens[k - 1]?.pos === "PROPN" && tokens[k + 1]?.pos === "PROPN") continue;
    // After a determiner or a possessive the word is a noun, whatever the tagger says ("Saturday's match").
    const determined = k > from && ["DET", "PART"].includes(tokens[k - 1]!.pos);
    // An occasion's noun heads the phrase whatever the tagger says ("Celebrations of Thingyan" opening a sentence).
    if (OCCASION_NOUNS.has(occasionWord(tok))) return k;
    // A participle before a noun describes it: "a televised debate", "the planned summit".
    const describing = tok.pos === "VERB" && /(?:ed|ing)$/i.test(tok.text) && tokens[k + 1]?.pos === "NOUN";
    if (describing) continue;
    // A compound is headed by its last noun: "school examinations", "all league matches" (an occasion's noun
    // whatever the tagger says).
    const next = tokens[k + 1];
    if (tok.pos === "NOUN" && next && k + 1 < limit && (next.pos === "NOUN" || OCCASION_NOUNS.has(occasionWord(next))))
      continue;
    if (tok.pos === "NOUN" || (determined && tok.pos === "VERB")) return k;
    if (!BEFORE_HEAD.has(tok.pos)) return -1;
  }
  return -1;
}

/**
 * What a calling-off names is an occasion of OCCASION_NOUNS (or a programme of them): its object ("postponed Saturday's
 * match") or, for a passive, its clause's subject ("The canonisation of …, was postponed").
 */
function callsOffOccasion(tokens: Token[], c: Trigger, passive: boolean): boolean {
  const booked = (noun: number, limit: number) => {
    const at = noun >= 0 ? bookingOf(tokens, noun, limit) : -1;
    if (at >= 0) c.bookedAt = at;
    return isOccasion(tokens[noun]) || at >= 0;
  };
  if (!passive) return booked(headNoun(tokens, c.end, c.clause.tokenEnd), c.clause.tokenEnd);
  // A passive's subject opens its clause, or the sentence, before a relative clause that is a clause of its own
  // ("A televised debate … that STVR had scheduled for Thursday evening was postponed"), or what a saying
  // reports ("The regional government said celebrations of Thingyan … had been cancelled").
  const starts = [c.clause.tokenStart, c.clause.sentence.tokenStart];
  for (let k = c.clause.sentence.tokenStart; k < c.start; k++) if (SAY_LEMMAS.has(tokens[k]!.lemma)) starts.push(k + 1);
  return starts.some((from) => booked(headNoun(tokens, from, c.start), c.start));
}

function isOccasion(noun: Token | undefined): boolean {
  // Plural too: "postponed the weekend's matches" is one programme of them.
  return !!noun && OCCASION_NOUNS.has(occasionWord(noun));
}

/** Words that say a happening was put on the calendar, with the word that must follow: "set for", "due to". */
const SCHEDULING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["set", new Set(["for"])],
  ["schedule", new Set(["for", "to"])],
  ["plan", new Set(["for"])],
  ["slate", new Set(["for"])],
  // "due to open" (not "due to a strike": a verb must follow, see bookingOf).
  ["due", new Set(["to", "for", "on", "in"])],
  // "a trip to Italy that was to begin on Thursday".
  ["be", new Set(["to"])],
]);

/** How far after its noun the words that put a happening on the calendar may stand ("a lecture that Falcke was due"). */
const SCHEDULE_REACH = 12;

/**
 * Services that stop, not occasions: calling off "flights scheduled for Saturday" is a cancellation of them (a
 * programme), whereas "examinations that had been set for Thursday" were one occasion, now cancelled.
 */
const SERVICES = new Set(
  "flight train service route operation surgery appointment class lesson shift production delivery sailing departure".split(
    " ",
  ),
);

/**
 * Where the text puts the noun's happening on the calendar ("school examinations that had been set for Thursday", "an
 * investors' roadshow that had been due to open", "a lecture that Falcke was due to give"): the token after the
 * marker, or -1. Then the thing called off is an occasion, whatever its noun (guidelines: a called-off happening is
 * that happening, cancelled).
 */
function bookingOf(tokens: Token[], noun: number, limit: number): number {
  if (SERVICES.has(occasionWord(tokens[noun]!))) return -1;
  for (let k = noun + 1; k < Math.min(limit, noun + 1 + SCHEDULE_REACH); k++) {
    const word = tokens[k]!.text.toLowerCase();
    const next = tokens[k + 1]?.text.toLowerCase() ?? "";
    if (!SCHEDULING.get(word === "due" ? word : tokens[k]!.lemma.toLowerCase())?.has(next)) continue;
    // "due to a strike" gives a cause; "due to open" a booking.
    if (word === "due" && next === "to" && !["VERB", "AUX"].includes(tokens[k + 2]?.pos ?? "")) continue;
    return k + 1;
  }
  return -1;
}

/** Is the trigger's last noun singular ("a trip to", "the state visit"; not "high-level visits")? */
function isSingular(tokens: Token[], t: Trigger): boolean {
  for (let k = t.end - 1; k >= t.start; k--) {
    const noun = tokens[k]!;
    if (noun.pos === "NOUN") return noun.text.toLowerCase() === noun.lemma.toLowerCase();
  }
  return false;
}

/**
 * "Macron cancelled King Charles's state visit" and "the state visit …, which was due to begin on Sunday, has
 * been postponed" tell one visit, cancelled; a plural ("cancelled high-level visits") is a programme called
 * off and stays a cancellation.
 */
function absorbCallingOff(tokens: Token[], triggers: Trigger[]): Trigger[] {
  const dropped = new Set<Trigger>();
  for (const [i, c] of triggers.entries()) {
    if (c.rule.type !== "cancellation") continue;
    const next = triggers[i + 1];
    const object = next && OCCASION_TYPES.has(next.rule.type) && gap(c, next) <= NEAR && isSingular(tokens, next);
    const passive = PASSIVE_AUX.has(tokens[c.start - 1]?.lemma ?? "") && tokens[c.start]!.pos === "VERB";
    // The nearest occasion told before it, past a plan's own words between ("a hearing that had been scheduled for
    // Friday … was postponed").
    const before = triggers.slice(0, i).findLast((t) => OCCASION_TYPES.has(t.rule.type));
    const subject =
      !object &&
      passive &&
      before &&
      gap(before, c) <= SUBJECT_REACH &&
      isSingular(tokens, before) &&
      triggers.slice(triggers.indexOf(before) + 1, i).every((t) => t.rule.type === "other");
    const target = object ? next : subject ? before : undefined;
    if (!target) {
      if (!object && !before && callsOffOccasion(tokens, c, passive)) {
        c.calledOff = true;
        c.occasion = true;
      }
      continue;
    }
    target.calledOff = true;
    // "A state Senate hearing … that had been scheduled for Friday … was postponed": the day it was booked for.
    const booking = bookingOf(tokens, target.end - 1, object ? c.clause.tokenEnd : c.start);
    if (booking >= 0) target.bookedAt = booking;
    dropped.add(c);
  }
  return dropped.size === 0 ? triggers : triggers.filter((t) => !dropped.has(t));
}
