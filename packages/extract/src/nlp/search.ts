// Binary search over lists kept in text order (tokens, sentences, spans), so a lookup by offset costs
// log(n) instead of a scan of the whole article: scans per mention or per date made a long text quadratic.
import type { Range } from "./analyze";

/**
 * The first index in [lo, hi) whose item fails `before`, for a list where `before` holds for a prefix
 * (C++'s partition_point). `hi` when it holds for all.
 */
export function partitionPoint<T>(
  items: readonly T[],
  before: (item: T) => boolean,
  lo = 0,
  hi: number = items.length,
): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (before(items[mid]!)) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The first item (of a list ordered by start) that starts at or after `offset`. */
export function firstStartingAt(items: readonly Range[], offset: number): number {
  return partitionPoint(items, (r) => r.start < offset);
}

/** Ranges in text order, none overlapping the next. */
export const inOrder = (ranges: readonly Range[]) => ranges.every((r, i) => i === 0 || ranges[i - 1]!.end <= r.start);

/**
 * The items of a list ordered by start that lie inside one of `ranges`, in list order: a binary search per
 * range instead of testing every item against every range. Ranges out of order or overlapping (only a test
 * builds those) take the plain filter, which gives the same answer.
 */
export function within<T extends Range>(items: readonly T[], ranges: readonly Range[]): T[] {
  if (!inOrder(ranges)) return items.filter((t) => ranges.some((r) => t.start >= r.start && t.end <= r.end));
  const out: T[] = [];
  for (const r of ranges) {
    for (let k = firstStartingAt(items, r.start); k < items.length && items[k]!.start <= r.end; k++) {
      const t = items[k]!;
      if (t.end <= r.end) out.push(t);
    }
  }
  return out;
}

/** Ranges in text order that do not overlap: which one holds an offset, in log(n). */
export function rangeHolding<T extends Range>(ranges: readonly T[], offset: number): T | null {
  const k = partitionPoint(ranges, (r) => r.start <= offset) - 1;
  const r = ranges[k];
  return r && offset < r.end ? r : null;
}

const ordered = new WeakMap<readonly Range[], boolean>();

/** inOrder, checked once per list: the token and sentence lists of an analysis never change once made. */
function orderedList(list: readonly Range[]): boolean {
  let known = ordered.get(list);
  if (known === undefined) {
    known = inOrder(list);
    ordered.set(list, known);
  }
  return known;
}

/** Index of the first item that starts at or after `offset`, or -1 (findIndex's answer, found in log(n)). */
export function indexStartingFrom(list: readonly Range[], offset: number): number {
  if (!orderedList(list)) return list.findIndex((r) => r.start >= offset);
  const k = firstStartingAt(list, offset);
  return k < list.length ? k : -1;
}

/** The first item that holds all of [start, end), as `find` would give it, in log(n). */
export function itemHolding<T extends Range>(list: readonly T[], start: number, end: number): T | undefined {
  if (!orderedList(list) || end <= start) return list.find((r) => r.start <= start && end <= r.end);
  // In order and not overlapping, only the last item starting at or before `start` can hold a non-empty span.
  const r = list[partitionPoint(list, (x) => x.start <= start) - 1];
  return r && end <= r.end ? r : undefined;
}

/** The items that lie inside [start, end), in list order: from the first starting there, not a scan of all. */
export function itemsWithin<T extends Range>(list: readonly T[], start: number, end: number): T[] {
  if (!orderedList(list)) return list.filter((r) => r.start >= start && r.end <= end);
  const out: T[] = [];
  for (let k = firstStartingAt(list, start); k < list.length && list[k]!.start <= end; k++) {
    if (list[k]!.end <= end) out.push(list[k]!);
  }
  return out;
}

/** Does any item of the list overlap [start, end)? In order, ends grow too: only the last starting before `end` can. */
export function overlapsAny(list: readonly Range[], start: number, end: number): boolean {
  if (!orderedList(list)) return list.some((r) => start < r.end && r.start < end);
  const r = list[partitionPoint(list, (x) => x.start < end) - 1];
  return !!r && start < r.end;
}
