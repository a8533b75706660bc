// Properties of findDates over generated publication dates and phrases.
import { MONTH_NAMES, partialDate, weekdayOf } from "@dateline/core/dates";
import { TemporalExpressionSchema } from "@dateline/core/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween } from "./cover";
import { findDates } from "./index";
import { docContext } from "./test-doc";
import { WEEKDAYS } from "./words";

const pubDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const only = (text: string, published: string | null) => {
  const found = findDates(docContext(text, published));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("weekdays", () => {
  it("resolve to the named weekday, on or within a week before publication when told in the past", () => {
    fc.assert(
      fc.property(
        pubDay,
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("on", "late on", "earlier on"),
        (pub, wd, lead) => {
          const e = only(`The minister spoke ${lead} ${WEEKDAYS[wd]} in the capital.`, pub);
          expect(e.weekday).toBe(WEEKDAYS[wd]);
          const value = e.date!.value;
          expect(weekdayOf(value)).toBe(wd);
          expect(daysBetween(value, pub)).toBeGreaterThanOrEqual(0);
          expect(daysBetween(value, pub)).toBeLessThan(7);
        },
      ),
      { numRuns: 80 },
    );
  });
  it("resolve on or within a week after publication when told in the future", () => {
    fc.assert(
      fc.property(pubDay, fc.integer({ min: 0, max: 6 }), (pub, wd) => {
        const value = only(`The minister will speak on ${WEEKDAYS[wd]} in the capital.`, pub).date!.value;
        expect(weekdayOf(value)).toBe(wd);
        expect(daysBetween(pub, value)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(pub, value)).toBeLessThan(7);
      }),
      { numRuns: 80 },
    );
  });
  it("have no date in an undated article, but keep the weekday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), (wd) => {
        const e = only(`Talks ended on ${WEEKDAYS[wd]}.`, null);
        expect(e.date).toBeNull();
        expect(e.weekday).toBe(WEEKDAYS[wd]);
      }),
    );
  });
});

describe("month and day without a year", () => {
  it("falls in the year before publication when told in the past", () => {
    fc.assert(
      fc.property(pubDay, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), (pub, m, d) => {
        const value = only(`On ${MONTH_NAMES[m]} ${d}, the talks ended.`, pub).date!.value;
        const gap = daysBetween(value, pub);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThan(366);
      }),
      { numRuns: 80 },
    );
  });
  it("keeps month and day, year unknown, in an undated article", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), (m, d) => {
        const e = only(`On ${MONTH_NAMES[m]} ${d}, the talks ended.`, null);
        expect(e.date).toMatchObject({
          value: `--${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
          precision: "day",
          earliest: null,
        });
      }),
    );
  });
});

const PHRASES = [
  "on Monday",
  "late on Friday",
  "On November 18",
  "Two days later",
  "the next day",
  "in September",
  "in early October",
  "since 1991",
  "the early 1990s",
  "the fall of 2020",
  "by the end of the year",
  "earlier this month",
  "last week",
  "next month",
  "two weeks ago",
  "more than two months ago",
  "a month later",
  "in the coming weeks",
  "January 1, 2024",
  "yesterday",
  "last summer",
  "in March last year",
];

describe("any mix of phrases", () => {
  it("yields expressions that match the schema, with fields that agree with partialDate", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 6 }),
        fc.option(pubDay, { nil: null }),
        fc.boolean(),
        (phrases, pub, future) => {
          const text = phrases.map((p) => `The envoy ${future ? "will meet" : "met"} them ${p}.`).join(" ");
          const found = findDates(docContext(text, pub));
          expect(found.length).toBe(phrases.length);
          for (const e of found) {
            TemporalExpressionSchema.parse(e);
            expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.text);
            if (e.date) {
              const { value, precision, earliest, latest } = partialDate(e.date.value);
              expect(e.date).toMatchObject({ value, precision, earliest, latest });
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
