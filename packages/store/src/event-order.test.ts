// The sort key of an event's date orders exactly as compareDates does, for every kind of partial date.
import { compareDates, partialDate, partialDateValue } from "@dateline/core/dates";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateBounds, eventSortKey, sortKeyBounds } from "./event-order";

const value = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 1, max: 2100 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => partialDateValue(y, m, d)),
  fc
    .record({ y: fc.integer({ min: 1, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => partialDateValue(y, m)),
  fc.integer({ min: 1, max: 2100 }).map((y) => partialDateValue(y)),
  fc.integer({ min: 100, max: 210 }).map((d) => `${d * 10}s`),
  fc
    .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ m, d }) => partialDateValue(null, m, d)),
  fc.integer({ min: 1, max: 12 }).map((m) => partialDateValue(null, m)),
);
const maybe = fc.option(value, { nil: null });
const key = (v: string | null) => eventSortKey(v === null ? null : partialDate(v));
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe("eventSortKey", () => {
  it("orders any two dates (or none) as compareDates does", () => {
    fc.assert(
      fc.property(maybe, maybe, (a, b) => {
        const byKey = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
        expect(byKey).toBe(sign(compareDates(a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  it("puts day before month before year when they start on the same day, undated last", () => {
    const sorted = ["2023", "2023-01-01", null, "--01-01", "2023-01", "2020s"].sort((a, b) =>
      key(a) < key(b) ? -1 : 1,
    );
    expect(sorted).toEqual(["2020s", "2023-01-01", "2023-01", "2023", "--01-01", null]);
  });
});

describe("dateBounds", () => {
  it("reads from as its first day and to as its last, each at its own precision", () => {
    expect(dateBounds("2023-11", "2024")).toEqual({ earliest: "2023-11-01", latest: "2024-12-31" });
    expect(dateBounds("2024-02", "2024-02")).toEqual({ earliest: "2024-02-01", latest: "2024-02-29" });
    expect(dateBounds(undefined, "1990s")).toEqual({ earliest: null, latest: "1999-12-31" });
  });
});

describe("sortKeyBounds", () => {
  it("never excludes an event the overlap filter keeps, for any date and any from/to", () => {
    const dated = value.filter((v) => partialDate(v).earliest !== null);
    fc.assert(
      fc.property(maybe, fc.option(dated, { nil: undefined }), fc.option(dated, { nil: undefined }), (v, from, to) => {
        const date = v === null ? null : partialDate(v);
        const { earliest, latest } = dateBounds(from, to);
        const overlaps =
          (earliest === null || (date?.latest != null && date.latest >= earliest)) &&
          (latest === null || (date?.earliest != null && date.earliest <= latest));
        const { lower, upper } = sortKeyBounds(earliest, latest);
        const k = eventSortKey(date);
        if (overlaps) {
          expect(lower === null || k >= lower).toBe(true);
          expect(upper === null || k <= upper).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("bounds a range to a decade before its start and the end of its last day", () => {
    expect(sortKeyBounds("2019-03-01", "2020-12-31")).toEqual({ lower: "0|2009-03-01", upper: "0|2020-12-31|~" });
    expect(sortKeyBounds("0005-01-01", null)).toEqual({ lower: "0|", upper: null });
  });
});
