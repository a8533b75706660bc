// The broken time axis: stretches merge near dates, break at far ones, and place days and months in order.
import { describe, expect, it } from "vitest";
import { buildAxis, clip, dayNumber, spaceTicks, stretches, yearlessPlace } from "./time-axis";

const day = (iso: string) => ({ start: dayNumber(iso), end: dayNumber(iso) + 1 });
const span = (from: string, to: string) => ({ start: dayNumber(from), end: dayNumber(to) + 1 });

describe("stretches", () => {
  it("merges near intervals and breaks between far ones", () => {
    const parts = stretches([day("2023-11-27"), day("2023-11-20"), span("1991-01-01", "1991-12-31")], 120);
    expect(parts).toHaveLength(2);
    expect(parts[0]!.start).toBeLessThan(dayNumber("1991-01-01"));
    expect(parts[1]!.start).toBeLessThanOrEqual(dayNumber("2023-11-20"));
    expect(parts[1]!.end).toBeGreaterThan(dayNumber("2023-11-27"));
  });
});

describe("buildAxis", () => {
  const axis = buildAxis([
    day("2023-11-27"),
    day("2023-11-20"),
    span("2023-11-01", "2023-11-30"),
    span("1991-01-01", "1991-12-31"),
  ]);

  it("keeps time order along the track, across the break", () => {
    const y1991 = axis.place(span("1991-01-01", "1991-12-31"))!;
    const nov20 = axis.place(day("2023-11-20"))!;
    const nov27 = axis.place(day("2023-11-27"))!;
    expect(y1991.x).toBeLessThan(nov20.x);
    expect(nov20.x).toBeLessThan(nov27.x);
    expect(nov27.x + nov27.width).toBeLessThanOrEqual(100.0001);
  });

  it("draws a month as a band wider than a day, and a day as a thin mark", () => {
    const month = axis.place(span("2023-11-01", "2023-11-30"))!;
    const oneDay = axis.place(day("2023-11-27"))!;
    expect(month.width).toBeGreaterThan(oneDay.width * 20);
    expect(month.x).toBeLessThanOrEqual(axis.place(day("2023-11-20"))!.x);
  });

  it("labels each stretch with its year", () => {
    expect(axis.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(expect.arrayContaining(["1991", "2023"]));
    expect(axis.segments).toHaveLength(2);
  });

  it("places nothing outside its stretches", () => {
    expect(axis.place(day("2005-06-01"))).toBeNull();
  });
});

describe("yearlessPlace", () => {
  it("puts a day without a year on a Jan–Dec axis, a month as a band", () => {
    const sep15 = yearlessPlace("--09-15")!;
    const oct = yearlessPlace("--10")!;
    expect(sep15.x).toBeGreaterThan(60);
    expect(oct.x).toBeGreaterThan(sep15.x);
    expect(oct.width).toBeGreaterThan(sep15.width * 10);
    expect(yearlessPlace("2023-10")).toBeNull();
  });
});

describe("clip and spaceTicks", () => {
  it("cuts a year to the window asked for and says so", () => {
    const cut = clip(span("2023-01-01", "2023-12-31"), {
      start: dayNumber("2023-11-01"),
      end: dayNumber("2023-12-01"),
    });
    expect(cut).toEqual({ start: dayNumber("2023-11-01"), end: dayNumber("2023-12-01"), clipped: true });
    expect(clip(day("2023-11-27"), {}).clipped).toBe(false);
  });

  it("drops a month label that would print over a year label", () => {
    const kept = spaceTicks([
      { x: 10, label: "Dec", major: false },
      { x: 11, label: "2023", major: true },
      { x: 20, label: "Feb", major: false },
    ]);
    expect(kept.map((t) => t.label)).toEqual(["2023", "Feb"]);
  });
});
