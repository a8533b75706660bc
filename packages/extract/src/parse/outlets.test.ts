// Outlet names in a line: whole words only, the longest name where names overlap, ambiguous ones only when asked.
import { describe, expect, it } from "vitest";
import { findOutlets, outletOfLine } from "./outlets";

const named = (s: string, strict?: boolean) =>
  findOutlets(s, strict).map((h) => [h.outlet.name, s.slice(h.start, h.end)]);

describe("findOutlets", () => {
  it("prefers the longest name that stands at a place and goes on from its end", () => {
    expect(named("By The Associated Press and Radio Free Europe/Radio Liberty")).toEqual([
      ["Associated Press", "The Associated Press"],
      ["RFE/RL", "Radio Free Europe/Radio Liberty"],
    ]);
    expect(named("Xinhua News Agency, Reuters")).toEqual([
      ["Xinhua", "Xinhua News Agency"],
      ["Reuters", "Reuters"],
    ]);
  });

  it("matches whole words only, and case-sensitively", () => {
    expect(named("Reutersville and APple and reuters")).toEqual([]);
    expect(named("ifpnews.com reports")).toEqual([["Iran Front Page", "ifpnews.com"]]);
  });

  it("counts ambiguous short names only when not strict", () => {
    expect(named("(AP) — Talks resumed")).toEqual([]);
    expect(named("(AP) — Talks resumed", false)).toEqual([["Associated Press", "AP"]]);
  });
});

describe("outletOfLine", () => {
  it("names the outlet of a whole line, and nothing for a line that only mentions one", () => {
    expect(outletOfLine("Iran Front Page")?.name).toBe("Iran Front Page");
    expect(outletOfLine("Reuters reported")).toBeNull();
  });
});
