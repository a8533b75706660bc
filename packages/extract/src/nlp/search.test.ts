import { describe, expect, it } from "vitest";
import type { Range } from "./analyze";
import {
  indexStartingFrom,
  itemHolding,
  itemsWithin,
  overlapsAny,
  partitionPoint,
  rangeHolding,
  within,
} from "./search";

/** A deterministic pseudo-random sequence (an LCG), so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Ranges in text order, none overlapping the next (gaps and touching ends both occur), as tokens are. */
function ordered(next: () => number, n: number): Range[] {
  const out: Range[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const start = at + Math.floor(next() * 3);
    const end = start + 1 + Math.floor(next() * 4);
    out.push({ start, end });
    at = end;
  }
  return out;
}

describe("binary searches over ranges in text order give what the scans they replace gave", () => {
  it("partitionPoint finds the first item failing the test", () => {
    const xs = [1, 3, 3, 5, 8];
    expect(partitionPoint(xs, (x) => x < 3)).toBe(1);
    expect(partitionPoint(xs, (x) => x <= 3)).toBe(3);
    expect(partitionPoint(xs, (x) => x < 100)).toBe(5);
    expect(partitionPoint(xs, (x) => x < 0)).toBe(0);
  });

  it("on ordered and on shuffled lists, for every offset and span", () => {
    const next = random(7);
    // Mismatches are gathered and checked once: an expect per case is slower than the searches.
    const wrong: string[] = [];
    const same = (what: string, a: unknown, b: unknown) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) wrong.push(what);
    };
    for (let round = 0; round < 12; round++) {
      const list = ordered(next, 1 + Math.floor(next() * 25));
      const shuffled = [...list].sort(() => next() - 0.5);
      const limit = list.at(-1)!.end + 3;
      for (const items of [list, shuffled]) {
        for (let a = 0; a <= limit; a++) {
          same(
            `from ${a}`,
            indexStartingFrom(items, a),
            items.findIndex((r) => r.start >= a),
          );
          for (let b = a; b <= Math.min(limit, a + 8); b++) {
            same(
              `within ${a}-${b}`,
              itemsWithin(items, a, b),
              items.filter((r) => r.start >= a && r.end <= b),
            );
            same(
              `overlaps ${a}-${b}`,
              overlapsAny(items, a, b),
              items.some((r) => a < r.end && r.start < b),
            );
            same(
              `holding ${a}-${b}`,
              itemHolding(items, a, b),
              items.find((r) => r.start <= a && b <= r.end),
            );
          }
        }
      }
      for (let a = 0; a <= limit; a++) {
        same(`range at ${a}`, rangeHolding(list, a), list.find((r) => a >= r.start && a < r.end) ?? null);
      }
      const body = ordered(next, 1 + Math.floor(next() * 4)).map((r) => ({ start: r.start * 4, end: r.end * 4 }));
      for (const ranges of [body, [...body].reverse()]) {
        same(
          "tokens in the body",
          within(list, ranges),
          list.filter((t) => ranges.some((r) => t.start >= r.start && t.end <= r.end)),
        );
      }
    }
    expect(wrong).toEqual([]);
  });
});
