// findDates: every date phrase in an article's body, resolved at the precision its words give.
import { partialDate, weekdayOf } from "@dateline/core/dates";
import { makeEvidence } from "@dateline/core/evidence";
import type { ResolvedDate, TemporalExpression } from "@dateline/core/schema";
import { paragraphs, type Range } from "../nlp/analyze";
import { partitionPoint } from "../nlp/search";
import type { DocContext, FindDates } from "../types";
import type { Candidate } from "./candidate";
import { daysBetween, intervalOf } from "./cover";
import type { Env, Outcome, Told } from "./outcome";
import { openingRef, pubRef } from "./publication";
import { needsTense, resolveShape } from "./resolve";
import { CONTEXT_MIN_AGE_DAYS } from "./resolve-calendar";
import { isDay } from "./resolve-relative";
import { chronoCandidates } from "./surface-chrono";
import { surfaceCandidates } from "./surface-rules";
import { type TenseReading, tenseAround } from "./tense";
import { WEEKDAYS } from "./words";

/**
 * Words in front of a phrase that belong to it: a preposition ("since 1991", "on Nov. 21") and a
 * modifier ("late on Monday", "in early October", "mid-November"). They do not change the date; they
 * keep the quoted phrase whole for the reader and the events stage.
 */
const LEAD =
  /(?:\b(?:since|until|till|by|before|after|from|for|on|in|during|through|throughout|as of)\s+)?(?:\b(?:late|early|mid|earlier|later|last|next|this|past|coming)(?:\s+|-)(?:(?:on|in)\s+)?)?$/i;
const STARTS_WITH_LEAD = /^(?:since|until|till|by|before|after|from|for|on|in|during|through|throughout)\b/i;
/** A phrase that has its preposition ("on Monday") may still take a modifier ("late on Monday"). */
const MODIFIER_LEAD =
  /\b(?:late|early|mid|earlier|later)\s+$|\b(?:until|till|by)\s+(?:noon|midday|midnight|dawn|dusk)\s+$/i;

/** Stated dates that open a stretch of time ("since …", "effective …") rather than set the scene. */
const NOT_A_SCENE = /^(?:since|until|till|by|before|after|from|through|throughout)\b/i;
/**
 * The end of a stretch ("through April 2028", "until 2030") or a deadline ("had burned 23,000 acres by Saturday") is
 * no happening: "three days later" and "that evening" count from the one before.
 */
const A_BOUND = /^(?:until|till|through|throughout|by)\b/i;

/** Keeps the longest of overlapping candidates (on a tie: ours, then the earlier rule of the table, as sort is stable), then orders them as the text does. */
export function pickCandidates(all: Candidate[]): Candidate[] {
  const ranked = [...all].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || (a.source === b.source ? a.start - b.start : a.source === "rule" ? -1 : 1),
  );
  // An empty candidate (none is expected) would break the order the kept list relies on: check them all.
  if (ranked.some((c) => c.end <= c.start)) {
    const kept: Candidate[] = [];
    for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    return kept.sort((a, b) => a.start - b.start);
  }
  // The kept candidates never overlap, so in text order their ends grow too: only the last one starting before
  // c ends can overlap c. A binary search instead of a test against every kept one (quadratic on a long text).
  const kept: Candidate[] = [];
  for (const c of ranked) {
    const at = partitionPoint(kept, (k) => k.start < c.end);
    const before = kept[at - 1];
    if (before && c.start < before.end) continue;
    kept.splice(at, 0, c);
  }
  return kept;
}

/** An undated story's date counts as its opening date only this near the start ("Brussels, 27 June 2017 –"). */
const OPENING_CHARS = 120;

/** "last June" is the latest June before publication, "next June" the first after, whatever the verb. */
function leadTense(lead: string): TenseReading | null {
  if (/\b(?:last|past)\s+$/i.test(lead)) return { tense: "past", marker: lead.trim() };
  if (/\b(?:next|coming)\s+$/i.test(lead)) return { tense: "future", marker: lead.trim() };
  return null;
}

const PAST = { tense: "past", marker: null } as const;

/**
 * "the Republican candidate in November's election": a month owning a noun names which one, whatever the verb
 * of the clause; like a plan, it is the occurrence nearest publication (the coming one unless the last is much
 * nearer).
 */
function ownerTense(c: Candidate, text: string): TenseReading | null {
  if (c.shape.kind !== "calendar" || c.shape.year !== null || c.shape.day !== null) return null;
  return /^['’]s\s+\p{Ll}/u.test(text.slice(c.end, c.end + 4)) ? { tense: "planned", marker: "'s" } : null;
}

/** Things arranged ahead, whose day is told before they happen as often as after. */
const SCHEDULED_NOUN =
  /\b(?:elections?|polls|votes?|referendum|run-off|runoff|primary|summit|match|final|ceremony|inauguration|deadline|hearing|trial|debate|launch)\s+(?:on|in|for|of)\s+$/i;

/** Words that make a time an end point: "cancelled all public events until July 1", "sign contracts by July 1". */
const END_POINT_WORDS = "until|till|through|by";
const END_POINT_BEFORE = new RegExp(`\\b(?:${END_POINT_WORDS})\\s+(?:(?:noon|midday|midnight|dawn|dusk)\\s+)?$`, "i");

/**
 * Does a time phrase end a stretch the deed set going ("cancelled all events until July 1")? Its day says nothing of
 * when the deed was done. A deadline ("an election due by October") is the deed's own time, and is not one.
 */
export const endsStretch = (phrase: string): boolean => /^(?:until|till|through)\s/i.test(phrase);

/**
 * Does a yearless day or month name when a scheduled thing is held ("the European Parliament elections on June 8")
 * or an end point, which lies after the deed it bounds ("until July 1")?
 */
function namesScheduled(c: Candidate, text: string): boolean {
  if (c.shape.kind !== "calendar" || c.shape.year !== null) return false;
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  return END_POINT_BEFORE.test(before) || SCHEDULED_NOUN.test(before);
}

function extendLead(text: string, para: Range, c: Candidate, floor: number): number {
  const from = Math.max(para.start, floor, c.start - 32);
  const lead = STARTS_WITH_LEAD.test(text.slice(c.start, c.end)) ? MODIFIER_LEAD : LEAD;
  const m = lead.exec(text.slice(from, c.start));
  return m && m[0].length > 0 ? c.start - m[0].length : c.start;
}

function explain(text: string, o: Outcome): string {
  return `'${text}' ${o.why}${o.value === null ? "" : ` → ${o.value}`}`;
}

function toExpression(ctx: DocContext, start: number, end: number, o: Outcome): TemporalExpression {
  const text = ctx.text.slice(start, end);
  const evidence = makeEvidence(ctx.articleId, ctx.text, start, end);
  const explanation = explain(text, o);
  const date: ResolvedDate | null =
    o.value === null
      ? null
      : {
          ...partialDate(o.value),
          text,
          anchor: o.anchor,
          explanation,
          inferred: o.inferred,
          weekday: o.weekday,
          evidence,
        };
  return { text, evidence, date, weekday: o.weekday, explanation };
}

/** A stated day old enough, and near enough in the text, to set the scene for the bare dates after it. */
function sceneFor(told: { told: Told; paragraph: number } | null, paragraph: number, pub: Env["pub"]): Told | null {
  // In a dated article the scene holds only within its paragraph: the next paragraph may be back in the
  // article's own year ("stripped the region of its autonomy on August 5, 2019. ¶ The court reserved its
  // verdict on September 5" of the year of publication).
  const reach = pub && pub.kind !== "context" ? 0 : 1;
  if (!told || paragraph - told.paragraph > reach || told.told.value?.length !== 10) return null;
  const iv = intervalOf(told.told.value);
  if (!iv) return null;
  if (pub && daysBetween(iv.latest, pub.earliest) < CONTEXT_MIN_AGE_DAYS) return null;
  return told.told;
}

/** One reading per article: the figures stage asks for the same dates the events stage does. */
const readings = new WeakMap<DocContext, TemporalExpression[]>();

export const findDates: FindDates = (ctx) => [...datesFor(ctx)];

/** The dates of an article, read once and shared (callers must not change the list). */
export function datesFor(ctx: DocContext): readonly TemporalExpression[] {
  const known = readings.get(ctx);
  if (known) return known;
  const found = readDates(ctx);
  readings.set(ctx, found);
  return found;
}

/** The paragraph each candidate stands in, and the paragraph itself (for the lead words). */
function locate(paras: Range[], at: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paras[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function readDates(ctx: DocContext): TemporalExpression[] {
  let pub = pubRef(ctx.article.published);
  const paras = ctx.body.flatMap((range) => paragraphs(ctx.text, range));
  if (paras.length === 0) return [];
  const found = pickCandidates([
    ...chronoCandidates(ctx.text, paras),
    ...ctx.body.flatMap((range) => surfaceCandidates(ctx.text, range.start, range.end)),
  ]);
  const out: TemporalExpression[] = [];
  let previous: Told | null = null;
  let previousDay: Told | null = null;
  let scene: { told: Told; paragraph: number } | null = null;
  // The latest stated date of the current paragraph (its first day), which a scene's bare dates may not precede.
  let latest: { earliest: string; paragraph: number } | null = null;
  let floor = 0;
  for (const c of found) {
    const paragraph = locate(paras, c.start);
    const start = extendLead(ctx.text, paras[paragraph]!, c, floor);
    floor = c.end;
    const read = needsTense(c.shape)
      ? (leadTense(ctx.text.slice(start, c.start)) ??
        ownerTense(c, ctx.text) ??
        tenseAround(ctx.text, ctx.analysis, start, c.end))
      : PAST;
    const tense = namesScheduled(c, ctx.text) ? { ...read, scheduled: true } : read;
    const outcome = resolveShape(c.shape, {
      pub,
      tense,
      previous,
      previousDay,
      context: sceneFor(scene, paragraph, pub),
      sceneFloor: latest && scene && latest.paragraph === scene.paragraph ? latest.earliest : null,
    });
    const expression = toExpression(ctx, start, c.end, outcome);
    out.push(expression);
    const named = c.shape.kind === "weekday" || c.shape.kind === "calendar" ? c.shape.weekday : null;
    const carried = outcome.weekday ? WEEKDAYS.indexOf(outcome.weekday) : -1;
    const weekday =
      outcome.value?.length === 10 ? weekdayOf(outcome.value) : (named ?? (carried >= 0 ? carried : null));
    if ((outcome.value !== null || weekday !== null) && !A_BOUND.test(expression.text)) {
      previous = {
        text: expression.text,
        value: outcome.value,
        weekday,
        anchor: outcome.anchor.kind,
        inferred: outcome.inferred,
      };
      if (outcome.value && isDay(outcome.value)) previousDay = previous;
      const isScene =
        outcome.anchor.kind === "stated" && c.shape.kind === "calendar" && !NOT_A_SCENE.test(expression.text);
      if (isScene) scene = { told: previous, paragraph };
      const stated = outcome.anchor.kind === "stated" && (c.shape.kind === "calendar" || c.shape.kind === "year");
      const iv = stated && outcome.value ? intervalOf(outcome.value) : null;
      if (iv && (!latest || latest.paragraph !== paragraph || iv.earliest > latest.earliest))
        latest = { earliest: iv.earliest, paragraph };
      if (!pub && isScene && outcome.value?.length === 10 && c.start - paras[0]!.start < OPENING_CHARS)
        pub = openingRef(outcome.value);
    }
  }
  return out;
}
