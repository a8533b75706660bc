// The covering partial date never claims more than the interval it covers.
import { addDays, partialDate } from "@dateline/core/dates";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, coverInterval, weekInterval } from "./cover";

const isoDay = fc
  .date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2049-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("coverInterval", () => {
  it("gives a day, a month or a year, the finest that holds the whole interval", () => {
    expect(coverInterval({ earliest: "2023-11-27", latest: "2023-11-27" })).toBe("2023-11-27");
    expect(coverInterval({ earliest: "2023-11-20", latest: "2023-11-26" })).toBe("2023-11");
    expect(coverInterval({ earliest: "2023-11-27", latest: "2023-12-03" })).toBe("2023");
    expect(coverInterval({ earliest: "2023-12-25", latest: "2024-01-07" })).toBeNull();
  });
  it("always contains the interval it was given", () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 400 }), (start, length) => {
        const latest = addDays(start, length);
        const value = coverInterval({ earliest: start, latest });
        if (value === null) {
          expect(start.slice(0, 4)).not.toBe(latest.slice(0, 4));
        } else {
          const p = partialDate(value);
          expect(p.earliest! <= start && latest <= p.latest!).toBe(true);
        }
      }),
    );
  });
});

describe("calendar steps", () => {
  it("adds months across years", () => {
    expect(addMonths(2023, 11, 2)).toEqual({ year: 2024, month: 1 });
    expect(addMonths(2024, 1, -1)).toEqual({ year: 2023, month: 12 });
  });
  it("puts every day in a Monday-to-Sunday week", () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        const w = weekInterval(day);
        expect(w.earliest <= day && day <= w.latest).toBe(true);
        expect(new Date(`${w.earliest}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(addDays(w.earliest, 6)).toBe(w.latest);
      }),
    );
  });
});
