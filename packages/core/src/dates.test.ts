import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDates,
  dateRefines,
  datesCompatible,
  datesContradict,
  formatPartialDate,
  isPartialDateValue,
  partialDate,
  partialDateValue,
  previousWeekday,
  weekdayName,
} from "./dates";

const day = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("partialDate", () => {
  it("gives each precision its interval", () => {
    expect(partialDate("2023-11-27")).toEqual({
      value: "2023-11-27",
      precision: "day",
      earliest: "2023-11-27",
      latest: "2023-11-27",
    });
    expect(partialDate("2023-11")).toMatchObject({ precision: "month", earliest: "2023-11-01", latest: "2023-11-30" });
    expect(partialDate("2024-02")).toMatchObject({ latest: "2024-02-29" });
    expect(partialDate("1991")).toMatchObject({ precision: "year", earliest: "1991-01-01", latest: "1991-12-31" });
    expect(partialDate("1990s")).toMatchObject({ precision: "decade", earliest: "1990-01-01", latest: "1999-12-31" });
    expect(partialDate("--10-06")).toMatchObject({ precision: "day", earliest: null, latest: null });
    expect(partialDate("--09")).toMatchObject({ precision: "month", earliest: null, latest: null });
  });

  it("rejects impossible dates with a message naming the value", () => {
    expect(() => partialDate("2023-02-30")).toThrow(/'2023-02-30' has no day 30/);
    expect(() => partialDate("2023-13")).toThrow(/no month 13/);
    expect(() => partialDate("Nov 2023")).toThrow(/not a partial date/);
    expect(isPartialDateValue("--02-29")).toBe(true);
    expect(isPartialDateValue("2023-02-29")).toBe(false);
  });

  it("round-trips every real day", () => {
    fc.assert(
      fc.property(day, (d) => {
        const p = partialDate(d);
        expect(p.earliest).toBe(d);
        expect(p.latest).toBe(d);
        const [y, m, dd] = d.split("-").map(Number);
        expect(partialDateValue(y!, m!, dd!)).toBe(d);
      }),
    );
  });
});

describe("datesCompatible", () => {
  it("matches the precision-aware cases the knowledge base relies on", () => {
    expect(datesCompatible("2023-11", "2023-11-27")).toBe(true);
    expect(datesCompatible("2023-11-27", "2023-11-28")).toBe(false);
    expect(datesContradict("--09-15", "2023-09-20")).toBe(true);
    expect(datesCompatible("--09-15", "2022-09-15")).toBe(true);
    expect(datesCompatible("--09-15", "2023")).toBe(true);
    expect(datesCompatible("--09", "2023-10")).toBe(false);
    expect(datesCompatible("2022-09", "2023-09")).toBe(false);
    expect(datesCompatible("1990s", "1991")).toBe(true);
    expect(datesCompatible("1990s", "2020")).toBe(false);
  });

  it("is symmetric, and a day is compatible with its month and year", () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(datesCompatible(a, b)).toBe(datesCompatible(b, a));
        expect(datesCompatible(a, b)).toBe(a === b);
        expect(datesCompatible(a, a.slice(0, 7))).toBe(true);
        expect(datesCompatible(a, a.slice(0, 4))).toBe(true);
        expect(datesCompatible(a, `--${a.slice(5)}`)).toBe(true);
        expect(dateRefines(a, a.slice(0, 7))).toBe(true);
        expect(dateRefines(a.slice(0, 7), a)).toBe(a.slice(0, 7) === a);
      }),
    );
  });
});

describe("compareDates", () => {
  it("orders by first day, finer first, undated last", () => {
    const sorted = ["2023-11-27", null, "--10-06", "2023", "2023-11", "1991", "2023-11-28"].sort(compareDates);
    expect(sorted).toEqual(["1991", "2023", "2023-11", "2023-11-27", "2023-11-28", "--10-06", null]);
  });

  it("is a consistent order over days", () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(Math.sign(compareDates(a, b))).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(Math.sign(compareDates(a, b)) + Math.sign(compareDates(b, a))).toBe(0);
      }),
    );
  });
});

describe("day arithmetic", () => {
  it("finds the Monday before a Tuesday", () => {
    expect(weekdayName("2023-11-28")).toBe("Tuesday");
    expect(previousWeekday("2023-11-28", 1)).toBe("2023-11-27");
    expect(previousWeekday("2023-11-28", 2)).toBe("2023-11-21");
    expect(previousWeekday("2023-11-28", 2, true)).toBe("2023-11-28");
    expect(addDays("2023-11-18", 2)).toBe("2023-11-20");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("addDays is invertible and previousWeekday lands on the weekday within a week", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 6 }), (d, n, w) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
        const prev = previousWeekday(d, w);
        expect(new Date(`${prev}T00:00:00Z`).getUTCDay()).toBe(w);
        expect(prev < d).toBe(true);
        expect(addDays(prev, 7) >= d).toBe(true);
      }),
    );
  });

  it("formats at the date's own precision", () => {
    expect(formatPartialDate("2023-11-27")).toBe("Mon 27 Nov 2023");
    expect(formatPartialDate("2023-12")).toBe("Dec 2023");
    expect(formatPartialDate("--10-06")).toBe("6 Oct (year unknown)");
    expect(formatPartialDate("1990s")).toBe("1990s");
  });
});
