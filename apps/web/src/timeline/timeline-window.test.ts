// Date windows of the time line: their length, their neighbours and how they read.
import { describe, expect, it } from "vitest";
import { shiftWindow, windowAt, windowEndingAt, windowLabel, windowStep } from "./timeline-window";

describe("windowStep", () => {
  it("measures a window in the unit it is written in", () => {
    expect(windowStep({ from: "2024", to: "2024" })).toEqual({ unit: "year", count: 1 });
    expect(windowStep({ from: "2023", to: "2024" })).toEqual({ unit: "year", count: 2 });
    expect(windowStep({ from: "2023-11", to: "2024-01" })).toEqual({ unit: "month", count: 3 });
    expect(windowStep({ from: "2023-11-01", to: "2023-11-15" })).toEqual({ unit: "day", count: 15 });
    expect(windowStep({ from: "2023-11", to: "2023-11-30" })).toEqual({ unit: "day", count: 30 });
  });

  it("is no window when it ends before it starts", () => {
    expect(windowStep({ from: "2024", to: "2023" })).toBeNull();
    expect(windowStep({ from: "2023-12-02", to: "2023-12-01" })).toBeNull();
  });
});

describe("shiftWindow", () => {
  it("moves by the window's own length, across year ends", () => {
    expect(shiftWindow({ from: "2024", to: "2024" }, -1)).toEqual({ from: "2023", to: "2023" });
    expect(shiftWindow({ from: "2023-12", to: "2023-12" }, 1)).toEqual({ from: "2024-01", to: "2024-01" });
    expect(shiftWindow({ from: "2024-01", to: "2024-02" }, -1)).toEqual({ from: "2023-11", to: "2023-12" });
    expect(shiftWindow({ from: "2024-02-26", to: "2024-03-03" }, 1)).toEqual({ from: "2024-03-04", to: "2024-03-10" });
  });
});

describe("windowAt and windowEndingAt", () => {
  it("give the window of a length that starts or ends with the unit of a day", () => {
    expect(windowAt("2016-03-15", { unit: "year", count: 1 })).toEqual({ from: "2016", to: "2016" });
    expect(windowAt("2016-03-15", { unit: "month", count: 2 })).toEqual({ from: "2016-03", to: "2016-04" });
    expect(windowEndingAt("2016-03-15", { unit: "month", count: 2 })).toEqual({ from: "2016-02", to: "2016-03" });
    expect(windowEndingAt("2016-01-15", { unit: "month", count: 3 })).toEqual({ from: "2015-11", to: "2016-01" });
    expect(windowEndingAt("2016-03-15", { unit: "day", count: 7 })).toEqual({ from: "2016-03-09", to: "2016-03-15" });
  });
});

describe("windowLabel", () => {
  it("reads at the precision given", () => {
    expect(windowLabel({ from: "2024", to: "2024" })).toBe("2024");
    expect(windowLabel({ from: "2023-11", to: "2023-11" })).toBe("Nov 2023");
    expect(windowLabel({ from: "2023", to: "2024" })).toBe("2023 – 2024");
    expect(windowLabel({ from: "2023-11" })).toBe("from Nov 2023");
  });
});
