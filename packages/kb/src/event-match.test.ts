import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datesNear, typesCompatible } from "./event-match";

describe("datesNear", () => {
  it("accepts a date at coarser precision and a disagreement of up to two days", () => {
    expect(datesNear("2023-11-27", "2023-11-27")).toBe("same");
    expect(datesNear("2023-11", "2023-11-27")).toBe("compatible");
    expect(datesNear("2023-11-27", "2023-11-28")).toBe("close");
    expect(datesNear("2023-11-30", "2023-12-01")).toBe("close");
    expect(datesNear("2023-11-25", "2023-11-28")).toBeNull();
  });

  it("never crosses a contradiction of year or month", () => {
    expect(datesNear("2022-09", "2023-09-20")).toBeNull();
    expect(datesNear("2023-10", "2023-11-27")).toBeNull();
    // A day without a year meets only a day of its month, never a bare month.
    expect(datesNear("--09-15", "2023-09")).toBeNull();
    expect(datesNear("--09-15", "2023-09-20")).toBeNull();
    expect(datesNear("--09-15", "2023-09-16")).toBe("close");
    expect(datesNear("--09-15", "--09-15")).toBe("same");
  });

  it("is symmetric", () => {
    const day = fc
      .record({
        y: fc.integer({ min: 2019, max: 2024 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    const value = fc.oneof(
      day,
      day.map((v) => v.slice(0, 7)),
      day.map((v) => `--${v.slice(5)}`),
      day.map((v) => v.slice(0, 4)),
    );
    fc.assert(fc.property(value, value, (a, b) => datesNear(a, b) === datesNear(b, a)));
  });
});

describe("typesCompatible", () => {
  it("pairs talks with calls and meetings, but never a call with a meeting", () => {
    expect(typesCompatible("talks", "call")).toBe(true);
    expect(typesCompatible("meeting", "talks")).toBe(true);
    expect(typesCompatible("ceasefire", "agreement")).toBe(true);
    expect(typesCompatible("call", "meeting")).toBe(false);
    expect(typesCompatible("ceasefire", "military-operation")).toBe(false);
  });
});
