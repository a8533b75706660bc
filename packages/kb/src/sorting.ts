// Deterministic ordering helpers: plain code-unit comparison, never the locale.
import { compareEvidence } from "@dateline/core/evidence";
import type { Evidence } from "@dateline/core/schema";

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(cmp);
}

/** Evidence sorted in reading order, each span once. */
export function mergeEvidence(list: Iterable<Evidence>): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const ev of list) {
    const key = `${ev.articleId}\u0000${ev.start}\u0000${ev.end}`;
    if (!seen.has(key)) seen.set(key, ev);
  }
  return [...seen.values()].sort(compareEvidence);
}

/** The most frequent value; ties go to `tieBreak` (negative = first argument wins). */
export function majority<T>(values: readonly T[], tieBreak: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (best === undefined || n > bestCount || (n === bestCount && tieBreak(v, best) < 0)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** Appends to the list under `key`, creating it. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
