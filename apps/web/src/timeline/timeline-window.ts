// Date windows of the time line (from/to in the URL): their length in whole years, months or days, the window
// before or after, the window of the same length around a day, and how a window reads ("2024", "Nov 2023").
import { formatPartialDate, partialDate } from "@dateline/core/dates";
import { dayNumber, isoOfDay } from "./time-axis";

export type WindowUnit = "year" | "month" | "day";

export interface DateWindow {
  from: string;
  to: string;
}

export interface WindowStep {
  unit: WindowUnit;
  /** How many units the window spans (2023–2024 is two years). */
  count: number;
}

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-\d{2}$/;
const monthIndex = (v: string) => Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1;
const monthOf = (i: number) =>
  `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`;

/** The length of a closed window at the precision it is written in; null when it is not a window (to before from). */
export function windowStep({ from, to }: DateWindow): WindowStep | null {
  if (YEAR.test(from) && YEAR.test(to)) {
    const count = Number(to) - Number(from) + 1;
    return count > 0 ? { unit: "year", count } : null;
  }
  if (MONTH.test(from) && MONTH.test(to)) {
    const count = monthIndex(to) - monthIndex(from) + 1;
    return count > 0 ? { unit: "month", count } : null;
  }
  const start = partialDate(from).earliest;
  const end = partialDate(to).latest;
  if (!start || !end) return null;
  const count = dayNumber(end) - dayNumber(start) + 1;
  return count > 0 ? { unit: "day", count } : null;
}

/** The first and last day of a window, as ISO days. */
export function windowDays({ from, to }: DateWindow): { first: string; last: string } {
  return { first: partialDate(from).earliest!, last: partialDate(to).latest! };
}

/** The window of the given length that starts with the unit holding this ISO day. */
export function windowAt(isoDay: string, step: WindowStep): DateWindow {
  if (step.unit === "year") {
    const y = Number(isoDay.slice(0, 4));
    return { from: String(y), to: String(y + step.count - 1) };
  }
  if (step.unit === "month") {
    const m = monthIndex(isoDay);
    return { from: monthOf(m), to: monthOf(m + step.count - 1) };
  }
  const d = dayNumber(isoDay);
  return { from: isoOfDay(d), to: isoOfDay(d + step.count - 1) };
}

/** The window of the same length just before (-1) or after (+1). */
export function shiftWindow(window: DateWindow, direction: -1 | 1): DateWindow | null {
  const step = windowStep(window);
  if (!step) return null;
  const { first } = windowDays(window);
  if (step.unit === "year") return windowAt(`${Number(first.slice(0, 4)) + direction * step.count}-01-01`, step);
  if (step.unit === "month") return windowAt(`${monthOf(monthIndex(first) + direction * step.count)}-01`, step);
  return windowAt(isoOfDay(dayNumber(first) + direction * step.count), step);
}

/** "2024", "Nov 2023", "2023 – 2024", "Mon 27 Nov 2023 – Sun 3 Dec 2023". */
export function windowLabel({ from, to }: Partial<DateWindow>): string {
  if (from && to)
    return from === to ? formatPartialDate(from) : `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
  if (from) return `from ${formatPartialDate(from)}`;
  if (to) return `up to ${formatPartialDate(to)}`;
  return "all time";
}

export const dayBefore = (isoDay: string) => isoOfDay(dayNumber(isoDay) - 1);
export const dayAfter = (isoDay: string) => isoOfDay(dayNumber(isoDay) + 1);

/** The window of the given length that ends with the unit holding this ISO day. */
export function windowEndingAt(isoDay: string, step: WindowStep): DateWindow {
  if (step.unit === "year") {
    const y = Number(isoDay.slice(0, 4));
    return { from: String(y - step.count + 1), to: String(y) };
  }
  if (step.unit === "month") {
    const m = monthIndex(isoDay);
    return { from: monthOf(m - step.count + 1), to: monthOf(m) };
  }
  const d = dayNumber(isoDay);
  return { from: isoOfDay(d - step.count + 1), to: isoOfDay(d) };
}
