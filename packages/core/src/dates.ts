// Partial dates: precision, the interval of days each covers, and whether two can be the same day.
import { type DatePrecision, type PartialDate, WeekdaySchema } from "./schema/dates";

/** English month names, January first. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
/** "Jan" … "Dec", as dates are written short. */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((m) => m.slice(0, 3));
/** English weekday names, Sunday first (as `Date.getUTCDay` counts). */
export const WEEKDAYS = WeekdaySchema.options;

export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  decade: number | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a partial date value into its parts; throws on a value that is not one. */
export function dateParts(value: string): DateParts {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { year: +m[1]!, month: +m[2]!, day: +m[3]!, decade: null };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { year: +m[1]!, month: +m[2]!, day: null, decade: null };
  m = /^(\d{4})$/.exec(value);
  if (m) return { year: +m[1]!, month: null, day: null, decade: null };
  m = /^(\d{3}0)s$/.exec(value);
  if (m) return { year: null, month: null, day: null, decade: +m[1]! };
  m = /^--(\d{2})-(\d{2})$/.exec(value);
  if (m) return { year: null, month: +m[1]!, day: +m[2]!, decade: null };
  m = /^--(\d{2})$/.exec(value);
  if (m) return { year: null, month: +m[1]!, day: null, decade: null };
  throw new RangeError(`'${value}' is not a partial date (YYYY-MM-DD, YYYY-MM, YYYY, YYY0s, --MM-DD or --MM)`);
}

function checkParts(value: string, p: DateParts): void {
  if (p.month !== null && (p.month < 1 || p.month > 12)) throw new RangeError(`'${value}' has no month ${p.month}`);
  if (p.day !== null && p.month !== null) {
    const max = daysInMonth(p.year ?? 2000, p.month); // 2000 is a leap year: 29 Feb is possible without a year
    if (p.day < 1 || p.day > max) throw new RangeError(`'${value}' has no day ${p.day} in month ${p.month}`);
  }
}

export function precisionOf(p: DateParts): DatePrecision {
  if (p.decade !== null) return "decade";
  if (p.day !== null) return "day";
  if (p.month !== null) return "month";
  return "year";
}

/** A PartialDate for a value, with its precision and interval. Throws RangeError on an impossible date. */
export function partialDate(value: string): PartialDate {
  const p = dateParts(value);
  checkParts(value, p);
  const precision = precisionOf(p);
  if (p.decade !== null) {
    return { value, precision, earliest: `${p.decade}-01-01`, latest: `${p.decade + 9}-12-31` };
  }
  if (p.year === null) return { value, precision, earliest: null, latest: null };
  const y = pad(p.year, 4);
  if (p.month === null) return { value, precision, earliest: `${y}-01-01`, latest: `${y}-12-31` };
  const mo = pad(p.month);
  if (p.day === null) {
    return { value, precision, earliest: `${y}-${mo}-01`, latest: `${y}-${mo}-${pad(daysInMonth(p.year, p.month))}` };
  }
  return { value, precision, earliest: value, latest: value };
}

export function isPartialDateValue(value: string): boolean {
  try {
    partialDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Builds a value from parts: day precision when the day is known, and so on. */
export function partialDateValue(year: number | null, month: number | null = null, day: number | null = null): string {
  if (year === null) {
    if (month === null) throw new RangeError("a date needs a year or a month");
    return day === null ? `--${pad(month)}` : `--${pad(month)}-${pad(day)}`;
  }
  if (month === null) return pad(year, 4);
  return day === null ? `${pad(year, 4)}-${pad(month)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function hasYear(value: string): boolean {
  return !value.startsWith("--");
}

/**
 * Can the two dates be the same day? `2023-11` and `2023-11-27` can; `--09-15` and `2023-09-20` cannot;
 * `--09-15` and `2023` can (the year is unknown). Dates with a year compare by interval overlap.
 */
export function datesCompatible(a: string, b: string): boolean {
  const pa = dateParts(a);
  const pb = dateParts(b);
  const ia = partialDate(a);
  const ib = partialDate(b);
  if (ia.earliest && ia.latest && ib.earliest && ib.latest) {
    return ia.earliest <= ib.latest && ib.earliest <= ia.latest;
  }
  // At least one year is unknown: compare what both state.
  if (pa.month !== null && pb.month !== null && pa.month !== pb.month) return false;
  if (pa.day !== null && pb.day !== null && pa.day !== pb.day) return false;
  return true;
}

export function datesContradict(a: string, b: string): boolean {
  return !datesCompatible(a, b);
}

/** Is `inner` at least as precise as `outer` and inside it? (`2023-11-27` refines `2023-11`.) */
export function dateRefines(inner: string, outer: string): boolean {
  const i = partialDate(inner);
  const o = partialDate(outer);
  if (!i.earliest || !i.latest || !o.earliest || !o.latest) return inner === outer;
  return o.earliest <= i.earliest && i.latest <= o.latest;
}

const precisionRank: Record<DatePrecision, number> = { day: 0, month: 1, year: 2, decade: 3 };

/** Orders dates on a time line: by first possible day, then finer first; dates without a year last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const ia = partialDate(a);
  const ib = partialDate(b);
  if (ia.earliest === null || ib.earliest === null) {
    if (ia.earliest !== null) return -1;
    if (ib.earliest !== null) return 1;
    return a < b ? -1 : 1;
  }
  if (ia.earliest !== ib.earliest) return ia.earliest < ib.earliest ? -1 : 1;
  const r = precisionRank[ia.precision] - precisionRank[ib.precision];
  if (r !== 0) return r;
  return a < b ? -1 : 1;
}

/** Adds days to an ISO day. */
export function addDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDay: string): number {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function weekdayName(isoDay: string): string {
  return WEEKDAYS[weekdayOf(isoDay)]!;
}

/** The most recent day before `isoDay` (or on it, when `inclusive`) that falls on `weekday`. */
export function previousWeekday(isoDay: string, weekday: number, inclusive = false): string {
  const back = (weekdayOf(isoDay) - weekday + 7) % 7;
  return addDays(isoDay, back === 0 && !inclusive ? -7 : -back);
}

/** Human form at the date's own precision: "Mon 27 Nov 2023", "Nov 2023", "2023", "1990s", "15 Sep (year unknown)". */
export function formatPartialDate(value: string): string {
  const p = dateParts(value);
  if (p.decade !== null) return `${p.decade}s`;
  const month = p.month !== null ? MONTH_ABBREVIATIONS[p.month - 1] : null;
  if (p.year === null) {
    return p.day !== null ? `${p.day} ${month} (year unknown)` : `${month} (year unknown)`;
  }
  if (month === null) return String(p.year);
  if (p.day === null) return `${month} ${p.year}`;
  return `${WEEKDAYS[weekdayOf(value)]!.slice(0, 3)} ${p.day} ${month} ${p.year}`;
}
