// Interval arithmetic on ISO days, and the partial date that honestly covers an interval.
import { addDays, daysInMonth, partialDate, partialDateValue } from "@dateline/core/dates";

export interface Interval {
  earliest: string;
  latest: string;
}

const ymd = (iso: string): [number, number, number] => iso.split("-").map(Number) as [number, number, number];

/**
 * The finest partial date that contains the whole interval: a day, a month, a year. Null when the
 * interval straddles a year boundary — a decade would be true but would mislead ("this week" at New Year).
 */
export function coverInterval({ earliest, latest }: Interval): string | null {
  const [y1, m1, d1] = ymd(earliest);
  const [y2, m2, d2] = ymd(latest);
  if (y1 !== y2) return null;
  if (m1 !== m2) return partialDateValue(y1);
  if (d1 !== d2) return partialDateValue(y1, m1);
  return earliest;
}

/** The month n months after (or before, n < 0) a year and month. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthInterval(year: number, month: number): Interval {
  const first = partialDateValue(year, month, 1);
  return { earliest: first, latest: partialDateValue(year, month, daysInMonth(year, month)) };
}

export function yearInterval(year: number): Interval {
  return { earliest: `${String(year).padStart(4, "0")}-01-01`, latest: `${String(year).padStart(4, "0")}-12-31` };
}

/** Monday to Sunday around a day: the week as news speaks of it ("this week", "last week"). */
export function weekInterval(isoDay: string): Interval {
  const [y, m, d] = ymd(isoDay);
  const back = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  const monday = addDays(isoDay, -back);
  return { earliest: monday, latest: addDays(monday, 6) };
}

export function shiftInterval(iv: Interval, unit: "day" | "month" | "year", n: number): Interval {
  if (unit === "day") return { earliest: addDays(iv.earliest, n), latest: addDays(iv.latest, n) };
  const months = unit === "year" ? 12 * n : n;
  return { earliest: shiftDayByMonths(iv.earliest, months), latest: shiftDayByMonths(iv.latest, months) };
}

/** Same day of month n months away, clamped to the month's end (Jan 31 + 1 month → Feb 28/29). */
function shiftDayByMonths(iso: string, n: number): string {
  const [y, m, d] = ymd(iso);
  const to = addMonths(y, m, n);
  return partialDateValue(to.year, to.month, Math.min(d, daysInMonth(to.year, to.month)));
}

/** Days from the interval to a day: 0 inside it. */
export function distanceToDay(iv: Interval, iso: string): number {
  if (iso < iv.earliest) return daysBetween(iso, iv.earliest);
  if (iso > iv.latest) return daysBetween(iv.latest, iso);
  return 0;
}

export function daysBetween(a: string, b: string): number {
  const [y1, m1, d1] = ymd(a);
  const [y2, m2, d2] = ymd(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The interval of a partial date value, or null when its year is unknown. */
export function intervalOf(value: string): Interval | null {
  const p = partialDate(value);
  return p.earliest && p.latest ? { earliest: p.earliest, latest: p.latest } : null;
}
