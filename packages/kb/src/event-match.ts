// When two reports can tell of the same happening: compatible type, participants, place and date.
import { addDays, dateParts, hasYear, partialDate, weekdayName, weekdayOf } from "@dateline/core/dates";
import {
  type EventType,
  type PartialDate,
  type Participant,
  type PlaceKind,
  WeekdaySchema,
} from "@dateline/core/schema";
import type { Interval, ReportState } from "./state";

/**
 * Types that may name one happening. Talks cover both a call and a meeting (one article's "held discussions"
 * is another's "phone call"), an agreement may be a ceasefire, a press conference is a statement. Call and
 * meeting are not compatible with each other: a call is not a visit. The family is the blocking key.
 */
export const TYPE_FAMILY: Record<EventType, string> = {
  call: "talks",
  meeting: "talks",
  talks: "talks",
  statement: "statement",
  "press-conference": "statement",
  agreement: "agreement",
  ceasefire: "agreement",
  "military-operation": "military-operation",
  war: "war",
  visit: "visit",
  hearing: "hearing",
  cancellation: "cancellation",
  decree: "decree",
  displacement: "displacement",
  sanction: "sanction",
  independence: "independence",
  election: "election",
  vote: "vote",
  ruling: "ruling",
  protest: "protest",
  other: "other",
};

const COMPATIBLE = new Set(["call|talks", "meeting|talks", "agreement|ceasefire", "press-conference|statement"]);

export function typesCompatible(a: EventType, b: EventType): boolean {
  return a === b || COMPATIBLE.has(a < b ? `${a}|${b}` : `${b}|${a}`);
}

export type DateNearness = "same" | "compatible" | "close";

/**
 * `partialDate` and `addDays` remembered: clustering asks of the same few thousand dates a few million times.
 * Both are pure; the memos hold one entry per date value (and shift) seen.
 */
const partials = new Map<string, PartialDate>();
function partialOf(value: string): PartialDate {
  let p = partials.get(value);
  if (!p) {
    p = partialDate(value);
    partials.set(value, p);
  }
  return p;
}

const shifted = new Map<number, Map<string, string>>();
export function shiftDay(day: string, days: number): string {
  let byDay = shifted.get(days);
  if (!byDay) {
    byDay = new Map();
    shifted.set(days, byDay);
  }
  let out = byDay.get(day);
  if (out === undefined) {
    out = addDays(day, days);
    byDay.set(day, out);
  }
  return out;
}

function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * Can two dates be of one happening? Equal; compatible at their precision (`2023-11` and `2023-11-27`);
 * or two days at most two days apart (articles disagree on the day). A date without a year only meets a
 * day of the same month, never a bare month: `--09-15` is not "September 2023".
 */
export function datesNear(a: string, b: string): DateNearness | null {
  if (a === b) return "same";
  const pa = partialOf(a);
  const pb = partialOf(b);
  if (hasYear(a) && hasYear(b)) {
    // `datesCompatible` of two dates with years: their intervals (never null with a year) overlap.
    if (pa.earliest! <= pb.latest! && pb.earliest! <= pa.latest!) return "compatible";
    if (pa.precision === "day" && pb.precision === "day" && dayDistance(a, b) <= 2) return "close";
    return null;
  }
  const da = dateParts(a);
  const db = dateParts(b);
  if (pa.precision !== "day" || pb.precision !== "day" || da.month !== db.month) return null;
  const gap = Math.abs((da.day ?? 0) - (db.day ?? 0));
  return gap === 0 ? "compatible" : gap <= 2 ? "close" : null;
}

export function intervalsWithin(a: Interval, b: Interval, days: number): boolean {
  return a.earliest <= shiftDay(b.latest, days) && b.earliest <= shiftDay(a.latest, days);
}

export interface MatchContext {
  placeKind(id: string): PlaceKind | undefined;
  affiliations(actorId: string): readonly string[];
  /** Is the actor a country? Callers that know no kinds leave it out, and the rule that asks is skipped. */
  isCountry?(actorId: string): boolean;
  /**
   * Do two articles tell one story (`storyIndex`)? `cluster` asks it of a report's article and a candidate
   * event's first articles (STORY_SAMPLE); a report related to none of them must also meet `crossStoryMatch` with
   * every kind of report in the event. Callers that cannot tell leave it out, and every pair counts as related.
   */
  related?(articleA: string, articleB: string): boolean;
}

const NON_COUNTERPART = new Set(["agent", "speaker"]);

/** Does some actor of `a` appear in `b`, directly or as the country/organisation an actor of the other belongs to? */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, ctx: MatchContext): boolean {
  for (const x of a) {
    if (b.has(x)) return true;
    if (ctx.affiliations(x).some((y) => b.has(y))) return true;
  }
  for (const y of b) if (ctx.affiliations(y).some((x) => a.has(x))) return true;
  return false;
}

/** A report's actors, and those of them on the other side (not the agent or speaker), as sets. */
interface Cast {
  all: ReadonlySet<string>;
  others: ReadonlySet<string>;
}

/** The actors of a report's other side (its participants but the agent and speaker): `participantScore` compares them. */
export function otherSide(r: ReportState): ReadonlySet<string> {
  return castOf(r).others;
}

/** Casts by participant list: a report is compared many times, and its participants are never changed in place. */
const casts = new WeakMap<readonly Participant[], Cast>();
function castOf(r: ReportState): Cast {
  const ps = r.report.participants;
  let cast = casts.get(ps);
  if (!cast) {
    cast = {
      all: new Set(ps.map((p) => p.actorId)),
      others: new Set(ps.filter((p) => !NON_COUNTERPART.has(p.role)).map((p) => p.actorId)),
    };
    casts.set(ps, cast);
  }
  return cast;
}

/**
 * Null when the participants rule the match out: no actor in common, or both name the other side and the
 * other sides differ (a Blinken–Aliyev call is not the Blinken–Pashinyan call). 0 when one side names nobody.
 */
export function participantScore(a: ReportState, b: ReportState, ctx: MatchContext): number | null {
  const ca = castOf(a);
  const cb = castOf(b);
  const A = ca.all;
  const B = cb.all;
  if (A.size === 0 || B.size === 0) return 0;
  if (!overlap(A, B, ctx)) return null;
  if (ca.others.size > 0 && cb.others.size > 0 && !overlap(ca.others, cb.others, ctx)) return null;
  let shared = 0;
  for (const x of A) if (B.has(x)) shared++;
  // Both are sets, so the union holds every actor of either once.
  return Math.max(0.1, shared / (A.size + B.size - shared));
}

function sharesNonCountry(a: ReportState, b: ReportState, ctx: MatchContext): boolean {
  const isCountry = ctx.isCountry;
  if (!isCountry) return true;
  const bodies = (r: ReportState) =>
    new Set(r.report.participants.map((p) => p.actorId).filter((id) => !isCountry(id)));
  const A = bodies(a);
  const B = bodies(b);
  if (A.size === 0 || B.size === 0) return true;
  for (const x of A) if (B.has(x)) return true;
  return false;
}

function sharesActor(a: ReportState, b: ReportState): boolean {
  const A = castOf(a).all;
  for (const x of castOf(b).all) if (A.has(x)) return true;
  return false;
}

function placesClash(a: string | null, b: string | null, ctx: MatchContext): boolean {
  // Different places of one kind (two cities) clash; a city and its region do not.
  return a !== null && b !== null && a !== b && ctx.placeKind(a) === ctx.placeKind(b);
}

function weekdayAgrees(undated: ReportState, dated: ReportState): boolean {
  const day = dated.report.date;
  const weekday = undated.report.when?.weekday;
  return !!weekday && !!day && day.precision === "day" && hasYear(day.value) && weekdayName(day.value) === weekday;
}

/**
 * The weekday an undated report names is more than two days from the dated report's day, the most two dated
 * reports of one happening may differ by (`datesNear`): "on Sunday" in an undated article is not the Wednesday
 * of another article's comparison.
 */
function weekdayClash(undated: ReportState, dated: ReportState): boolean {
  const day = dated.report.date;
  const named = undated.report.when?.weekday ? WeekdaySchema.options.indexOf(undated.report.when.weekday) : -1;
  if (named < 0 || !day || day.precision !== "day" || !hasYear(day.value)) return false;
  const apart = Math.abs(weekdayOf(day.value) - named);
  return Math.min(apart, 7 - apart) > 2;
}

/**
 * An undated report meets a dated one when their articles came out close together, or the date is recent to
 * it. Where neither can be told (no publication date, a day without a year) nothing rules the match out.
 */
/** A report whose date has no year, in an article without a date: nothing places it in time. */
function timeUnknown(r: ReportState): boolean {
  return r.published === null && (r.report.date?.earliest ?? null) === null;
}

function undatedNear(undated: ReportState, dated: ReportState): boolean {
  const pub = undated.published;
  if (!pub) return true;
  if (dated.published && intervalsWithin(pub, dated.published, 7)) return true;
  const d = dated.report.date!;
  if (d.earliest === null || d.latest === null) return dated.published === null;
  return intervalsWithin(pub, { earliest: d.earliest, latest: d.latest }, 31);
}

/** Types whose reports without participants say too little to link: many people speak on any day. */
const VAGUE_ALONE = new Set<EventType>(["statement", "press-conference", "other"]);

/** Types that recur day after day in one story: fighting on Sunday and on Tuesday are two happenings. */
const RECURRING = new Set<EventType>(["military-operation", "protest", "war", "displacement"]);

/**
 * When one report names no participant, only time and place can tie it to another: the same place, or days
 * (not months) near each other for a type specific enough (a ceasefire, not a statement). For a recurring
 * type only the same day: with nobody named, days apart are not a disagreement but two happenings (Sunday's
 * air strikes, Tuesday's gunfire), whereas a ceasefire signed "Friday" in one paper and "Saturday" in another
 * is one signing.
 */
function anonymousMatch(a: ReportState, b: ReportState): boolean {
  const da = a.report.date;
  const db = b.report.date;
  if (!da || !db) return false;
  if (a.report.placeId !== null && a.report.placeId === b.report.placeId) return true;
  if (da.precision !== "day" || db.precision !== "day" || VAGUE_ALONE.has(a.type) || VAGUE_ALONE.has(b.type)) {
    return false;
  }
  return da.value === db.value || (!RECURRING.has(a.type) && !RECURRING.has(b.type));
}

/**
 * A report no other can match: an undated "other", or one that names nobody, so only `anonymousMatch` could tie it,
 * and has no date, or neither a place nor a day of a type specific enough. Nor can it nearly match (that needs a
 * shared actor and two days).
 */
export function matchesNothing(r: ReportState): boolean {
  const d = r.report.date;
  // "other" links only when both reports are dated (`matchScore`), and a near miss needs two days.
  if (!d && r.type === "other") return true;
  if (r.report.participants.length > 0) return false;
  if (!d) return true;
  return r.report.placeId === null && !anonymousByDay(r);
}

/** Can `anonymousMatch` tie this report to another by near days, place aside? A day, of a type specific enough. */
export function anonymousByDay(r: ReportState): boolean {
  const d = r.report.date;
  return !!d && d.precision === "day" && !VAGUE_ALONE.has(r.type);
}

const DATE_SCORE: Record<DateNearness, number> = { same: 1, compatible: 0.6, close: 0.4 };

/** A score for telling of one happening (higher is likelier), or null when something rules it out. */
export function matchScore(a: ReportState, b: ReportState, ctx: MatchContext): number | null {
  if (!typesCompatible(a.type, b.type)) return null;
  const da = a.report.date;
  const db = b.report.date;
  // The extractor folds an article's retellings into one report, so two reports of one article are two
  // happenings (the gold keeps one report per event per article too).
  if (a.report.articleId === b.report.articleId) return null;
  // "other" is too vague to link on participants alone.
  if ((a.type === "other" || b.type === "other") && (!da || !db)) return null;
  const people = participantScore(a, b, ctx);
  if (people === null) return null;
  // Words are their speaker's: a minister's statement and "Washington urged" are two statements, so
  // statements link on a shared speaker, not on a person's country.
  if (people > 0 && TYPE_FAMILY[a.type] === "statement" && !sharesActor(a, b)) return null;
  // "Other" gathers unlike happenings: two that each name a person or body must share one. A country in common
  // (an arrest "extradited to the United States" and a US agency's lawsuit) is not the same happening.
  if (people > 0 && a.type === "other" && b.type === "other" && !sharesNonCountry(a, b, ctx)) return null;
  if (people === 0 && !anonymousMatch(a, b)) return null;
  if (placesClash(a.report.placeId, b.report.placeId, ctx)) return null;
  let dateScore: number;
  if (da && db) {
    const near = datesNear(da.value, db.value);
    if (!near) return null;
    dateScore = DATE_SCORE[near];
  } else if (da || db) {
    const [undated, dated] = da ? [b, a] : [a, b];
    if (!undatedNear(undated, dated) || weekdayClash(undated, dated)) return null;
    // Neither can be placed in time (a date without a year in an undated article): only a shared actor ties
    // them, never a person's country alone (a judge "set sentencing for March 28" and an undated prisoner swap
    // the United States took part in).
    if (timeUnknown(dated) && !sharesActor(a, b)) return null;
    dateScore = 0.2 + (weekdayAgrees(undated, dated) ? 0.5 : 0);
  } else {
    if (a.published && b.published && !intervalsWithin(a.published, b.published, 7)) return null;
    const wa = a.report.when?.weekday;
    dateScore = 0.1 + (wa && wa === b.report.when?.weekday ? 0.3 : 0);
  }
  const samePlace = a.report.placeId !== null && a.report.placeId === b.report.placeId ? 0.2 : 0;
  return people + dateScore + samePlace + (a.type === b.type ? 0.2 : 0);
}

/**
 * The stricter rule for reports of two articles that tell different stories: what two stories share is a
 * happening each recalls (Russia's invasion in a report on a dam and in one on a pipeline), named by events of one
 * type family, dated by both with a year and not days apart, with an actor in common. Not a statement: words
 * belong to the story they were said in. What ties reports within one story (a day two papers disagree on, a
 * report without a date, a country standing for its minister) would tie unrelated stories on a busy day.
 */
export function crossStoryMatch(a: ReportState, b: ReportState): boolean {
  if (TYPE_FAMILY[a.type] !== TYPE_FAMILY[b.type] || TYPE_FAMILY[a.type] === "statement") return false;
  const da = a.report.date;
  const db = b.report.date;
  if (!da || !db || !hasYear(da.value) || !hasYear(db.value)) return false;
  const near = datesNear(da.value, db.value);
  return (near === "same" || near === "compatible") && sharesActor(a, b);
}
