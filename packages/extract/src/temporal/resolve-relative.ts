// Resolving phrases that count: from publication ("yesterday", "two weeks ago") or from the date told before.
import { addDays, dateParts, partialDateValue, precisionOf } from "@dateline/core/dates";
import type { Shape, Unit } from "./candidate";
import {
  addMonths,
  coverInterval,
  type Interval,
  intervalOf,
  monthInterval,
  shiftInterval,
  weekInterval,
  yearInterval,
} from "./cover";
import { type Env, noDate, type Outcome } from "./outcome";
import type { PubRef } from "./publication";
import { WEEKDAYS } from "./words";

const plural = (n: number, unit: string) => `${Math.abs(n)} ${unit}${Math.abs(n) === 1 ? "" : "s"}`;

function fromPub(pub: PubRef, value: string | null, why: string, inferred: boolean): Outcome {
  if (value === null) return noDate(`${why}: spans more than one calendar year, no single date`);
  return {
    value,
    anchor: { kind: pub.kind, value: pub.value },
    inferred: inferred || pub.kind === "context",
    weekday: null,
    why,
  };
}

const pubYear = (pub: PubRef) => Number(pub.earliest.slice(0, 4));
const pubMonth = (pub: PubRef) => Number(pub.earliest.slice(5, 7));
/** Does the publication date give the month (for month arithmetic)? */
const hasMonth = (pub: PubRef) => pub.earliest.slice(0, 7) === pub.latest.slice(0, 7);

export function resolvePubPeriod(shape: Extract<Shape, { kind: "pub-period" }>, env: Env): Outcome {
  const { pub } = env;
  if (!pub) return noDate("counts from publication, but the article is undated");
  const { unit, offset, part } = shape;
  if (unit === "year") {
    return fromPub(
      pub,
      partialDateValue(pubYear(pub) + offset),
      `${offset === 0 ? "the same" : offset < 0 ? "the previous" : "the next"} year, counted from ${pub.label}`,
      false,
    );
  }
  if (unit === "month") {
    if (!hasMonth(pub)) return noDate(`counts months from publication, which is only ${pub.value}`);
    const m = addMonths(pubYear(pub), pubMonth(pub), offset);
    const rel = offset === 0 ? "the same" : offset < 0 ? "the previous" : "the next";
    return fromPub(pub, partialDateValue(m.year, m.month), `${rel} month, counted from ${pub.label}`, false);
  }
  if (!pub.day) return noDate(`counts ${unit}s from publication, which is only ${pub.value}`);
  if (unit === "day") {
    const rel = offset === 0 ? "the day of" : offset < 0 ? "the day before" : "the day after";
    return fromPub(pub, addDays(pub.day, offset), `${rel} ${pub.label}`, false);
  }
  if (unit === "weekend") return resolveWeekend(pub, pub.day, offset, env);
  const week = weekInterval(addDays(pub.day, 7 * offset));
  let iv: Interval = week;
  if (offset === 0 && (part === "earlier" || (part === "whole" && env.tense.tense === "past")))
    iv = { earliest: week.earliest, latest: pub.day };
  else if (offset === 0 && (part === "later" || (part === "whole" && env.tense.tense === "future")))
    iv = { earliest: pub.day, latest: week.latest };
  else if (part === "earlier") iv = { earliest: week.earliest, latest: addDays(week.earliest, 3) };
  else if (part === "later") iv = { earliest: addDays(week.earliest, 3), latest: week.latest };
  const rel = offset === 0 ? "the week of" : offset < 0 ? "the week before" : "the week after";
  return fromPub(pub, coverInterval(iv), `${rel} ${pub.label} (${iv.earliest}…${iv.latest})`, false);
}

/**
 * "last weekend" is the latest Saturday–Sunday begun before publication; "next weekend" the first to begin
 * after it. "the weekend" or "this weekend" is the latest one begun by publication (publication day
 * included) when told in the past, the first not yet over when told in the future.
 */
function resolveWeekend(pub: PubRef, day: string, offset: number, env: Env): Outcome {
  const saturday = addDays(weekInterval(day).earliest, 5);
  let start: string;
  if (offset < 0) start = saturday < day ? saturday : addDays(saturday, -7);
  else if (offset > 0) start = saturday > day ? saturday : addDays(saturday, 7);
  else if (env.tense.tense === "past") start = saturday <= day ? saturday : addDays(saturday, -7);
  else start = addDays(saturday, 1) >= day ? saturday : addDays(saturday, 7);
  const iv = { earliest: start, latest: addDays(start, 1) };
  const why = `the weekend of ${iv.earliest}…${iv.latest}, counted from ${pub.label}`;
  return fromPub(pub, coverInterval(iv), why, false);
}

export function resolvePubAgo(shape: Extract<Shape, { kind: "pub-ago" }>, env: Env): Outcome {
  const { pub } = env;
  if (!pub) return noDate("counts back from publication, but the article is undated");
  const { unit, amount, hedge } = shape;
  const span = plural(amount, unit);
  if (hedge === "over") return noDate(`more than ${span} before ${pub.label}: open-ended, no date`);
  if ((unit === "day" || unit === "week") && !pub.day)
    return noDate(`counts ${unit}s back from publication, which is only ${pub.value}`);
  if (unit === "month" && !hasMonth(pub))
    return noDate(`counts months back from publication, which is only ${pub.value}`);
  if (unit === "day" && pub.day) {
    if (hedge === "exact" && !shape.vague)
      return fromPub(pub, addDays(pub.day, -amount), `${span} before ${pub.label}`, false);
    const back = hedge === "under" ? [0, amount] : [Math.max(1, Math.floor(amount / 2)), amount * 2];
    const iv = { earliest: addDays(pub.day, -back[1]!), latest: addDays(pub.day, -back[0]!) };
    return fromPub(pub, coverInterval(iv), `about ${span} before ${pub.label} (${iv.earliest}…${iv.latest})`, true);
  }
  // Weeks and months "ago" are round numbers in news: the month they land in, never a day.
  if (unit === "week" && pub.day) {
    const day = addDays(pub.day, -7 * amount);
    const iv =
      hedge === "under"
        ? { earliest: day, latest: pub.day }
        : monthInterval(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
    return fromPub(pub, coverInterval(iv), `roughly ${span} before ${pub.label}: the month, not a day`, true);
  }
  if (unit === "month") {
    const m = addMonths(pubYear(pub), pubMonth(pub), -amount);
    const iv: Interval =
      hedge === "under"
        ? { earliest: monthInterval(m.year, m.month).earliest, latest: pub.latest }
        : monthInterval(m.year, m.month);
    return fromPub(pub, coverInterval(iv), `roughly ${span} before ${pub.label}: the month, not a day`, true);
  }
  if (unit === "year") {
    const iv =
      hedge === "under"
        ? { earliest: yearInterval(pubYear(pub) - amount).earliest, latest: pub.latest }
        : yearInterval(pubYear(pub) - amount);
    return fromPub(pub, coverInterval(iv), `${span} before ${pub.label}: the year`, true);
  }
  const decade = Math.floor((pubYear(pub) - 10 * amount) / 10) * 10;
  return fromPub(pub, `${decade}s`, `${span} before ${pub.label}: the decade`, true);
}

function shiftDays(iv: Interval, days: number, spread: number): Interval {
  return {
    earliest: addDays(iv.earliest, Math.min(days, days + spread)),
    latest: addDays(iv.latest, Math.max(days, days + spread)),
  };
}

const unitDays: Partial<Record<Unit, number>> = { day: 1, week: 7 };

/** Units counted on the calendar rather than in days, with decades as ten years. */
function calendarStep(unit: Unit, n: number): { unit: "month" | "year"; n: number } {
  return unit === "month" ? { unit, n } : { unit: "year", n: unit === "decade" ? 10 * n : n };
}

export function resolvePubSpan(shape: Extract<Shape, { kind: "pub-span" }>, env: Env): Outcome {
  const { pub } = env;
  if (!pub) return noDate("a stretch of time around publication, but the article is undated");
  const whole = { earliest: pub.earliest, latest: pub.latest };
  const n = shape.amount * shape.direction;
  const days = unitDays[shape.unit];
  const step = calendarStep(shape.unit, n);
  const far = days !== undefined ? shiftDays(whole, days * n, 0) : shiftInterval(whole, step.unit, step.n);
  const iv =
    shape.direction < 0
      ? { earliest: far.earliest, latest: whole.latest }
      : { earliest: whole.earliest, latest: far.latest };
  const way = shape.direction < 0 ? "before" : "after";
  return fromPub(
    pub,
    coverInterval(iv),
    `${plural(shape.amount, shape.unit)} ${way} ${pub.label} (${iv.earliest}…${iv.latest})`,
    true,
  );
}

/** Day arithmetic on a day without a year: kept only when a common and a leap year agree (not across 29 Feb). */
export function shiftYearless(value: string, days: number): string | null {
  if (value.length !== 7) return null;
  const [common, leap] = [2001, 2004].map((y) => addDays(`${y}${value.slice(1)}`, days).slice(5));
  return common === leap ? `--${common}` : null;
}

/** Widens an interval to whole months or years: "a month later" lands in a month, never on a day. */
function widen(iv: Interval, unit: "month" | "year"): Interval {
  const [y1, m1] = [Number(iv.earliest.slice(0, 4)), Number(iv.earliest.slice(5, 7))];
  const [y2, m2] = [Number(iv.latest.slice(0, 4)), Number(iv.latest.slice(5, 7))];
  if (unit === "year") return { earliest: yearInterval(y1).earliest, latest: yearInterval(y2).latest };
  return { earliest: monthInterval(y1, m1).earliest, latest: monthInterval(y2, m2).latest };
}

/** Is a partial date value a day: "2023-11-28", or "--11-28" without a year? */
export const isDay = (value: string): boolean => precisionOf(dateParts(value)) === "day";

export function resolvePrevOffset(shape: Extract<Shape, { kind: "prev-offset" }>, env: Env): Outcome {
  // Counting days needs a day: a year or month told since ("since 2016") is passed over for the last day told.
  const counted = unitDays[shape.unit] !== undefined && !!env.previous?.value && !isDay(env.previous.value);
  const prev = counted && env.previousDay ? env.previousDay : env.previous;
  // "later in the evening" with no day told before it: the news of the day it was published.
  if (shape.orPublication && (!prev?.value || !/^\d{4}-\d{2}-\d{2}$/.test(prev.value))) {
    return resolvePubPeriod({ kind: "pub-period", unit: "day", offset: 0, part: "whole" }, env);
  }
  if (!prev) return noDate("counts from an earlier date, but none is told before it");
  const days = unitDays[shape.unit];
  const what =
    shape.amount === 0
      ? "the same time as"
      : `${plural(shape.amount, shape.unit)} ${shape.amount < 0 ? "before" : "after"}`;
  if (prev.value === null) {
    // "late on Monday … the next day" still names a weekday when the Monday has no date.
    if (prev.weekday !== null && days !== undefined && shape.spread === 0 && !shape.period) {
      const wd = (((prev.weekday + shape.amount * days) % 7) + 7) % 7;
      return noDate(`${what} '${prev.text}', which has no date: a ${WEEKDAYS[wd]}`, WEEKDAYS[wd]!);
    }
    return noDate(`counts from '${prev.text}', which has no date`);
  }
  const anchor = { kind: "previous-event" as const, value: prev.value };
  const base = intervalOf(prev.value);
  if (!base) {
    // "that night" after "Friday, November 17" (no year): a part of the same day is that day, year unknown.
    const sameDay = shape.amount === 0 && shape.spread === 0;
    const value =
      days !== undefined && shape.spread === 0 && (!shape.period || sameDay)
        ? shiftYearless(prev.value, shape.amount * days)
        : null;
    const why = `${what} '${prev.text}' (${prev.value})`;
    // The weekday goes on with the day: "that night" after "Friday, November 17" is a Friday too.
    const wd =
      prev.weekday !== null && days !== undefined ? (((prev.weekday + shape.amount * days) % 7) + 7) % 7 : null;
    return value
      ? { value, anchor, inferred: prev.inferred, weekday: wd === null ? null : WEEKDAYS[wd]!, why }
      : noDate(`${why}, whose year is unknown: no date`);
  }
  let iv: Interval;
  if (days !== undefined) {
    iv = shiftDays(base, shape.amount * days, shape.spread * days);
    if (shape.period && shape.unit === "week" && iv.earliest === iv.latest) iv = weekInterval(iv.earliest);
  } else {
    const step = calendarStep(shape.unit, shape.amount);
    iv = widen(shiftInterval(base, step.unit, step.n), step.unit);
  }
  const value = coverInterval(iv);
  const why = `${what} '${prev.text}' (${prev.value})`;
  // Counting on from a told date infers nothing more than that date did ("Two days later" after a stated day).
  return value
    ? { value, anchor, inferred: prev.inferred, weekday: null, why }
    : noDate(`${why}: spans two years, no date`);
}
