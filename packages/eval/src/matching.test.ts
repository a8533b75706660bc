// Tests of one-to-one matching: maximum size first, closer pairs among equals.
import { describe, expect, it } from "vitest";
import { matchOneToOne } from "./matching";

describe("matchOneToOne", () => {
  it("re-assigns an earlier pair when that lets a later gold item match too", () => {
    // Gold 0 prefers column 0, but gold 1 can only take column 0: the maximum matching moves gold 0 to column 1.
    expect(
      matchOneToOne(
        [
          [5, 1],
          [3, 0],
        ],
        2,
      ),
    ).toEqual([1, 0]);
  });

  it("takes a free candidate of equal weight rather than moving another item's pair", () => {
    // Gold 1 ties between column 0 (owned by gold 0) and column 1 (free): it takes column 1.
    expect(
      matchOneToOne(
        [
          [9, 2],
          [3, 3],
        ],
        2,
      ),
    ).toEqual([0, 1]);
  });

  it("keeps the heavier pair when both matchings have the same size", () => {
    expect(matchOneToOne([[1, 9]], 2)).toEqual([1]);
  });

  it("leaves -1 where nothing is compatible and never reuses a column", () => {
    expect(matchOneToOne([[2], [2], [0]], 1)).toEqual([0, -1, -1]);
    expect(matchOneToOne([], 3)).toEqual([]);
  });
});
