// Resolving what the calendar names: dates with or without a year, weekdays, years, decades, seasons.
import { addDays, isPartialDateValue, partialDateValue, previousWeekday, weekdayOf } from "@dateline/core/dates";
import type { Shape } from "./candidate";
import { daysBetween, type Interval, monthInterval } from "./cover";
import { type Env, noDate, type Outcome, tenseNote } from "./outcome";
import { shiftYearless } from "./resolve-relative";
import type { Tense } from "./tense";
import { WEEKDAYS } from "./words";

type CalendarShape = Extract<Shape, { kind: "calendar" }>;

/** A date told this long before publication is "another time": a bare date shortly after it takes its year. */
export const CONTEXT_MIN_AGE_DAYS = 180;
/** How far after a scene's date a bare date may fall and still belong to the scene. */
export const SCENE_AHEAD_DAYS = 60;

/** The chosen year if the day falls on the weekday then; else the neighbouring year where it does, if one. */
function yearOnWeekday(month: number, day: number, weekday: number, chosen: number): number {
  const fits = (y: number) => {
    const v = partialDateValue(y, month, day);
    return isPartialDateValue(v) && weekdayOf(v) === weekday;
  };
  if (fits(chosen)) return chosen;
  const near = [chosen - 1, chosen + 1].filter(fits);
  return near.length === 1 ? near[0]! : chosen;
}

function distance(a: Interval, b: Interval): number {
  if (a.latest < b.earliest) return daysBetween(a.latest, b.earliest);
  if (b.latest < a.earliest) return daysBetween(b.latest, a.earliest);
  return 0;
}

/** How far back the past reading of a scheduled thing's yearless day may lie before a near coming one wins. */
const STALE_PAST_DAYS = 300;
/** How near that coming one must be. */
const NEAR_FUTURE_DAYS = 60;

/**
 * The year for a month (and day) written without one, around a reference interval:
 * past → the latest occurrence that has begun by the reference (the same month or day counts);
 * future → the first that has not ended before it; planned → the coming one unless the last is much nearer.
 */
export function chooseYear(
  month: number,
  day: number | null,
  ref: Interval,
  tense: Tense,
  scheduled = false,
): number | null {
  const base = Number(ref.earliest.slice(0, 4));
  const options: Array<{ year: number; iv: Interval }> = [];
  for (const year of [base - 1, base, base + 1, base + 2]) {
    const value = partialDateValue(year, month, day);
    if (!isPartialDateValue(value)) continue; // 29 February outside a leap year
    options.push({ year, iv: day === null ? monthInterval(year, month) : { earliest: value, latest: value } });
  }
  const past = options.filter((o) => o.iv.earliest <= ref.latest).at(-1);
  const future = options.find((o) => o.iv.latest >= ref.earliest);
  if (tense === "past") {
    // "suspended campaigning for the European Parliament elections on June 8", told on May 17: the verb is past,
    // the elections are not; a day nearly a year back would have been written with its year.
    const stale = past && future && distance(past.iv, ref) > STALE_PAST_DAYS;
    if (scheduled && stale && distance(future.iv, ref) <= NEAR_FUTURE_DAYS) return future.year;
    return past?.year ?? null;
  }
  if (tense === "future" || !past) return future?.year ?? null;
  if (!future) return past.year;
  return preferPlanned(distance(past.iv, ref), distance(future.iv, ref)) === "past" ? past.year : future.year;
}

/**
 * A plan ("was scheduled for", "had been due to") is mostly reported before it happens, so it takes the
 * coming occurrence unless the last one is at most half as far ("scheduled for Saturday, has been
 * postponed", told on Monday).
 */
export function preferPlanned(pastDays: number, futureDays: number): "past" | "future" {
  return pastDays * 2 <= futureDays ? "past" : "future";
}

function weekdayClash(shape: CalendarShape, value: string): string {
  if (shape.weekday === null || value.length !== 10 || weekdayOf(value) === shape.weekday) return "";
  return ` (the text says ${WEEKDAYS[shape.weekday]}, but that day is a ${WEEKDAYS[weekdayOf(value)]})`;
}

/**
 * A day or month resolved against a stated publication date is read, not guessed (the explanation says how);
 * only an undated story's stand-in anchor (its opening date) makes the result an inference.
 */
export function guessed(env: Env): boolean {
  return env.pub?.kind === "context";
}

export function resolveCalendar(shape: CalendarShape, env: Env): Outcome {
  const { year, month, day } = shape;
  const weekday = shape.weekday === null ? null : WEEKDAYS[shape.weekday]!;
  if (year !== null) {
    const value = partialDateValue(year, month, day);
    if (!isPartialDateValue(value)) return noDate(`names no real day (${value})`, weekday);
    const why = `states ${day === null ? "the month" : "the day"} in full${weekdayClash(shape, value)}`;
    return { value, anchor: { kind: "stated", value: null }, inferred: false, weekday, why };
  }
  if (shape.yearOffset !== undefined && env.pub) {
    const value = partialDateValue(Number(env.pub.earliest.slice(0, 4)) + shape.yearOffset, month, day);
    const why = `the year counted from ${env.pub.label}`;
    return {
      value,
      anchor: { kind: env.pub.kind, value: env.pub.value },
      inferred: guessed(env),
      weekday,
      why,
    };
  }
  const scene = env.context?.value;
  if (scene && day !== null && env.context) {
    // A story told in the past moves forward: "On March 3, 2019, … On March 12, …" (AP style would
    // repeat the year; many writers do not). Only a day shortly after the scene's own day takes its year.
    const y = chooseYear(month, day, { earliest: scene, latest: scene }, "future");
    const value = y === null ? null : partialDateValue(y, month, day);
    const forward = !env.sceneFloor || (value !== null && value >= env.sceneFloor);
    if (value && forward && daysBetween(scene, value) <= SCENE_AHEAD_DAYS) {
      const why = `without a year, shortly after '${env.context.text}' in a story told in the past: its year${weekdayClash(shape, value)}`;
      return { value, anchor: { kind: "context", value: scene }, inferred: true, weekday, why };
    }
  }
  if (env.pub) {
    const chosen = chooseYear(month, day, env.pub, env.tense.tense, env.tense.scheduled);
    if (chosen === null) return noDate(`names no real day in the years around ${env.pub.label}`, weekday);
    // "Monday, Feb. 20": the weekday picks the year when the tense's choice does not fall on it.
    const y = day !== null && shape.weekday !== null ? yearOnWeekday(month, day, shape.weekday, chosen) : chosen;
    const value = partialDateValue(y, month, day);
    if (y !== chosen) {
      const why = `without a year, the year around ${env.pub.label} in which it falls on a ${weekday}`;
      return { value, anchor: { kind: env.pub.kind, value: env.pub.value }, inferred: guessed(env), weekday, why };
    }
    // Told in the past but dated ahead: a scheduled thing's or an end point's coming day, the last nearly a year back.
    const ahead = env.tense.tense === "past" && value > env.pub.latest;
    const rule = ahead
      ? "a scheduled day or an end point whose last one lies nearly a year back: next on or after"
      : env.tense.tense === "past"
        ? "latest on or before"
        : env.tense.tense === "future"
          ? "next on or after"
          : "a plan: the coming one unless the last is much nearer, around";
    const why = `without a year, ${rule} ${env.pub.label}${tenseNote(env)}${weekdayClash(shape, value)}`;
    return { value, anchor: { kind: env.pub.kind, value: env.pub.value }, inferred: guessed(env), weekday, why };
  }
  const value = partialDateValue(null, month, day);
  if (!isPartialDateValue(value)) return noDate(`names no real day (${value})`, weekday);
  return {
    value,
    anchor: { kind: "none", value: null },
    inferred: false,
    weekday,
    why: "without a year in an undated article: year unknown",
  };
}

/** The day on or after `isoDay` (strictly after unless inclusive) that falls on `weekday`. */
export function nextWeekday(isoDay: string, weekday: number, inclusive: boolean): string {
  const ahead = (weekday - weekdayOf(isoDay) + 7) % 7;
  return addDays(isoDay, ahead === 0 && !inclusive ? 7 : ahead);
}

/**
 * News says "on Tuesday" of the day it is published, so the publication day itself is a valid Tuesday
 * in both directions; "last Monday" and "next Monday" exclude it.
 */
function weekdayFromPublication(
  shape: Extract<Shape, { kind: "weekday" }>,
  day: string,
  tense: Tense,
): [string, string] {
  const wd = shape.weekday;
  if (shape.which === "last") return [previousWeekday(day, wd, false), "last one before"];
  if (shape.which === "next") return [nextWeekday(day, wd, false), "next one after"];
  if (tense === "past") return [previousWeekday(day, wd, true), "on or before"];
  if (tense === "future") return [nextWeekday(day, wd, true), "on or after"];
  const before = previousWeekday(day, wd, true);
  const after = nextWeekday(day, wd, true);
  const pick = preferPlanned(daysBetween(before, day), daysBetween(day, after));
  return pick === "past"
    ? [before, "a plan, the last one (much nearer than the next) before"]
    : [after, "a plan: the coming one after"];
}

/** "That Sunday" after a day told: the first Sunday on or after it, with or without its year. */
function fromDayTold(shape: Extract<Shape, { kind: "weekday" }>, env: Env): Outcome | null {
  const prev = env.previousDay;
  if (shape.which !== "that" || !prev?.value) return null;
  const name = WEEKDAYS[shape.weekday]!;
  const anchor = { kind: "previous-event" as const, value: prev.value };
  const why = `the first ${name} on or after '${prev.text}' (${prev.value})`;
  if (prev.value.length === 10) {
    const value = nextWeekday(prev.value, shape.weekday, true);
    return { value, anchor, inferred: prev.inferred, weekday: name, why };
  }
  if (prev.weekday === null) return null;
  const value = shiftYearless(prev.value, (shape.weekday - prev.weekday + 7) % 7);
  return value ? { value, anchor, inferred: prev.inferred, weekday: name, why } : null;
}

export function resolveWeekday(shape: Extract<Shape, { kind: "weekday" }>, env: Env): Outcome {
  const told = fromDayTold(shape, env);
  if (told) return told;
  const name = WEEKDAYS[shape.weekday]!;
  // Only an undated story borrows a scene's week: dated news names weekdays for the week it is published in.
  const ctx = !env.pub && env.context?.value && env.context.value.length === 10 ? env.context : null;
  if (ctx?.value) {
    const value = nextWeekday(ctx.value, shape.weekday, false);
    const why = `the first ${name} after '${ctx.text}' (${ctx.value}), in a passage about that time`;
    return { value, anchor: { kind: "context", value: ctx.value }, inferred: true, weekday: name, why };
  }
  if (!env.pub) return noDate("names a weekday, but the article has no publication date: no date", name);
  if (!env.pub.day) return noDate(`names a weekday, but the publication date is only ${env.pub.value}`, name);
  const [value, rule] = weekdayFromPublication(shape, env.pub.day, env.tense.tense);
  const why = `${rule} ${env.pub.label}${tenseNote(env)}`;
  return { value, anchor: { kind: env.pub.kind, value: env.pub.value }, inferred: guessed(env), weekday: name, why };
}
