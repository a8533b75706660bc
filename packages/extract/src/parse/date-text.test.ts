// Dates as written, at their own precision: what each shape gives, and what it must not.
import { describe, expect, it } from "vitest";
import { findDates, parseDateValue } from "./date-text";

const values = (s: string, o = {}) => findDates(s, o).map((m) => m.date?.value ?? m.problem);

describe("findDates", () => {
  it("reads the common written shapes at day precision", () => {
    expect(values("Nov 28 2023")).toEqual(["2023-11-28"]);
    expect(values("Tue Nov 28 2023")).toEqual(["2023-11-28"]);
    expect(values("Tuesday, November 28th, 2023")).toEqual(["2023-11-28"]);
    expect(values("28 November 2023")).toEqual(["2023-11-28"]);
    expect(values("the 28th of Nov. 2023")).toEqual(["2023-11-28"]);
    expect(values("2023-11-28T10:15:00+04:00")).toEqual(["2023-11-28"]);
    expect(values("2023/11/28")).toEqual(["2023-11-28"]);
  });

  it("reads numeric dates day-first, month-first only when told or when nothing else fits", () => {
    expect(values("28.11.2023 - 29.11.2023")).toEqual(["2023-11-28", "2023-11-29"]);
    expect(values("03/04/2023")).toEqual(["2023-04-03"]);
    expect(values("03/04/2023", { monthFirst: true })).toEqual(["2023-03-04"]);
    expect(values("11/28/2023")).toEqual(["2023-11-28"]);
  });

  it("keeps month precision and reads a day without a year only when allowed", () => {
    expect(values("in November 2023")).toEqual(["2023-11"]);
    expect(values("on November 18, officials said")).toEqual([]);
    expect(values("on November 18, officials said", { allowNoYear: true })).toEqual(["--11-18"]);
  });

  it("reports impossible dates and wrong weekdays instead of inventing", () => {
    expect(values("Feb 30 2023")).toEqual(["'Feb 30 2023' is not a real date"]);
    const [m] = findDates("Mon Nov 28 2023");
    expect(m?.date?.value).toBe("2023-11-28");
    expect(m?.problem).toMatch(/weekday/);
  });

  it("gives offsets of the words within the string", () => {
    const s = "Rabia Iclal Turan  | 28.11.2023 - Update : 29.11.2023";
    expect(findDates(s).map((m) => s.slice(m.start, m.end))).toEqual(["28.11.2023", "29.11.2023"]);
  });
});

describe("parseDateValue", () => {
  it("accepts a value that is one date (with a time) and nothing else", () => {
    expect(parseDateValue("2023-11-28 10:35 GMT")?.date?.value).toBe("2023-11-28");
    expect(parseDateValue("2023")?.date).toMatchObject({ value: "2023", precision: "year" });
    expect(parseDateValue("Nov 28, 2023, 10:35 AM EST")?.date?.value).toBe("2023-11-28");
  });

  it("refuses text that holds more than a date", () => {
    expect(parseDateValue("Updated after talks on Nov 28 2023 in Geneva")).toBeNull();
    expect(parseDateValue("yesterday")).toBeNull();
  });
});
