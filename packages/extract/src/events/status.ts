// Reads the cue tables around a trigger: planned, cancelled, denied or hypothetical, background.
import type { EventStatus, EventType } from "@dateline/core/schema";
import type { Token } from "../nlp/analyze";
import { RELATIVE_OPENERS } from "../quotes/speech";
import {
  BACKGROUND_CUES,
  CANCELLED_AFTER,
  CANCELLED_BEFORE,
  IRREALIS_BEFORE,
  IRREALIS_SCOPE,
  PLANNED_AFTER,
  PLANNED_BEFORE,
} from "./cues";
import { PatternIndex } from "./match";

const index = (cues: readonly string[]) => new PatternIndex(cues.map((c) => [c, c] as const));
const plannedBefore = index(PLANNED_BEFORE);
const plannedAfter = index(PLANNED_AFTER);
const cancelledBefore = index(CANCELLED_BEFORE);
const cancelledAfter = index(CANCELLED_AFTER);
const irrealisBefore = index(IRREALIS_BEFORE);
const irrealisScope = index(IRREALIS_SCOPE);
const backgroundCues = index(BACKGROUND_CUES);

export interface Window {
  /** Token indices: the trigger, and how far its clause reaches either side before another trigger. */
  start: number;
  end: number;
  floor: number;
  ceiling: number;
}

const QUOTE_MARKS = new Set(["“", "”", '"', "«", "»"]);

/** Where cues for a trigger may start: after the last quotation mark before it, so quoted words cue nothing outside. */
export function quoteFloor(tokens: Token[], clauseStart: number, at: number): number {
  // A quotation closed just before the trigger ("“There is no room,” said Tinubu") is the words said: its
  // negations and modals are no cue for the speech verb.
  for (let i = at - 1; i >= Math.max(clauseStart, at - 2); i--) {
    const t = tokens[i]!.text;
    if (t === "”" || t === "»" || (t === '"' && /^[,.?!]$/.test(tokens[i - 1]?.text ?? ""))) return i + 1;
  }
  // A mark just before the trigger opens scare quotes around it ("the “unfounded ban"): no boundary.
  for (let i = at - 3; i >= clauseStart; i--) if (QUOTE_MARKS.has(tokens[i]!.text)) return i + 1;
  return clauseStart;
}

/** A cue starting before `at` and ending at most `slack` tokens before it (or running into the trigger). */
function cueBefore(idx: PatternIndex<string>, tokens: Token[], floor: number, at: number, slack: number): boolean {
  const from = Math.max(floor, at - slack - 4);
  for (const { match } of idx.find(tokens, from, Math.min(tokens.length, at + 2))) {
    if (match.start < at && at - match.end <= slack) return true;
  }
  return false;
}

function cueAfter(idx: PatternIndex<string>, tokens: Token[], from: number, ceiling: number, slack: number): boolean {
  return idx.find(tokens, from, Math.min(ceiling, from + slack + 1)).some((m) => m.match.start - from <= slack);
}

export function statusOf(tokens: Token[], type: EventType, w: Window): EventStatus {
  if (type !== "cancellation") {
    if (cueBefore(cancelledBefore, tokens, w.floor, w.start, 3)) return "cancelled";
    if (cueAfter(cancelledAfter, tokens, w.end, w.ceiling, 6)) return "cancelled";
  }
  if (cueBefore(plannedBefore, tokens, w.floor, w.start, 5)) return "planned";
  if (plannedBefore.find(tokens, w.start, w.end).length > 0) return "planned"; // "could be reached"
  // "urged both sides to resume negotiations": a plan told after a speech verb is what was said, not the saying.
  const saying = type === "statement" && tokens[w.end - 1]!.pos === "VERB";
  if (!saying && cueAfter(plannedAfter, tokens, w.end, w.ceiling, 10)) return "planned";
  return "occurred";
}

/** Denied, hypothetical or merely hoped for: "did not report such an agreement", "efforts to reach a deal". */
export function isIrrealis(tokens: Token[], w: Window): boolean {
  if (cueBefore(irrealisBefore, tokens, w.floor, w.start, 3)) return true;
  return irrealisScope
    .find(tokens, w.floor, w.start)
    .some(
      ({ match }) =>
        !inClosedRelative(tokens, w.floor, match.start, w.start) &&
        orderedFloor(tokens, match.end, w.start) === match.end,
    );
}

/** Words that, after a comma, open what happened before or after the clause: "…, a day after protesters stormed". */
const ORDERED = new Set(["after", "before", "following"]);
/** How far past the comma the ordering word may stand ("a day after", "two days before"). */
const ORDERED_REACH = 4;

/**
 * The token after the last ", (a day) after" in [from, to), or `from` when there is none: what is told past it
 * happened before or after the main clause, with a mood and a subject of its own ("Ruto said he would not sign
 * the bill, a day after protesters stormed parliament").
 */
export function orderedFloor(tokens: Token[], from: number, to: number): number {
  let floor = from;
  for (let j = from; j < to; j++) {
    if (tokens[j]!.text !== ",") continue;
    for (let k = j + 1; k < Math.min(to, j + 1 + ORDERED_REACH); k++) {
      if (ORDERED.has(tokens[k]!.text.toLowerCase())) floor = k + 1;
    }
  }
  return floor;
}

/**
 * Does the word at `at` stand in a relative clause in commas that closes before the trigger ("Yesilgoz, who had
 * not excluded working with the PVV, said on Thursday")? Its "not" denies the relative's verb, not the trigger.
 */
function inClosedRelative(tokens: Token[], floor: number, at: number, trigger: number): boolean {
  for (let j = at - 1; j > floor; j--) {
    if (tokens[j]!.text !== ",") continue;
    if (!RELATIVE_OPENERS.has(tokens[j + 1]?.text.toLowerCase() ?? "")) return false;
    for (let k = at + 1; k < trigger; k++) if (tokens[k]!.text === ",") return true;
    return false;
  }
  return false;
}

/** History cues anywhere in the clause before the trigger's end: "since 1991", "had been". */
export function hasBackgroundCue(tokens: Token[], clauseStart: number, clauseEnd: number): boolean {
  return backgroundCues.find(tokens, clauseStart, clauseEnd).length > 0;
}
