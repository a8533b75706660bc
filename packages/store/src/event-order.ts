// The time-line order of events as one sortable string, and date filters as interval bounds.
import { partialDate } from "@dateline/core/dates";
import type { DatePrecision, PartialDate } from "@dateline/core/schema";

const precisionRank: Record<DatePrecision, number> = { day: 0, month: 1, year: 2, decade: 3 };

/**
 * A string whose byte order is compareDates' order: dated events by first possible day, finer first, then
 * value; dates without a year after them; undated last. One indexed column lets keyset paging stay a
 * plain `(sort_key, id) > (?, ?)` on any SQL database.
 */
export function eventSortKey(date: PartialDate | null): string {
  if (date === null) return "2";
  if (date.earliest === null) return `1|${date.value}`;
  return `0|${date.earliest}|${precisionRank[date.precision]}|${date.value}`;
}

/** The interval [from, to] spans, each bound at its own precision (from=2023-11 starts on 2023-11-01). */
export function dateBounds(from?: string, to?: string): { earliest: string | null; latest: string | null } {
  return {
    earliest: from === undefined ? null : partialDate(from).earliest,
    latest: to === undefined ? null : partialDate(to).latest,
  };
}

/** The widest interval a dated event can have: a decade (2020s: 2020-01-01 … 2029-12-31) spans under 10 years. */
const WIDEST_SPAN_YEARS = 10;

/**
 * Bounds on sort_key implied by an overlap filter, so a date range is a range scan of the time-line index
 * instead of a scan from its start: an event ending on or after `earliest` starts less than a decade before
 * it, and one starting on or before `latest` has a key below `0|<latest>|~`. Both are redundant with the
 * date_latest/date_earliest conditions they accompany, so they narrow the scan without changing the result.
 */
export function sortKeyBounds(
  earliest: string | null,
  latest: string | null,
): { lower: string | null; upper: string | null } {
  let lower: string | null = null;
  if (earliest !== null) {
    const year = Number(earliest.slice(0, 4)) - WIDEST_SPAN_YEARS;
    lower = year > 0 ? `0|${String(year).padStart(4, "0")}${earliest.slice(4)}` : "0|";
  }
  return { lower, upper: latest === null ? null : `0|${latest}|~` };
}
