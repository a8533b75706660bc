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
