import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "./build-knowledge-base";
import { coverage, quotedBySource } from "./coverage";
import { caucasusSeeds } from "./fixtures/caucasus";

const kb = buildKnowledgeBase(caucasusSeeds());

describe("coverage and quotedBySource", () => {
  it("marks which article reports which event", () => {
    const grid = coverage(kb);
    expect(grid.events).toEqual(kb.events.map((e) => e.id));
    expect(grid.cells).toHaveLength(grid.events.length * grid.articles.length);
    const row = (id: string) => grid.cells.filter((c) => c.eventId === id).map((c) => c.reported);
    expect(row("2023-11-27-call-antony-blinken-ilham-aliyev")).toEqual([true, true, true, false, true]);
    expect(row("09-15-ceasefire-armenia-azerbaijan")).toEqual([false, false, false, true, false]);
  });

  it("lists each article's quoted speakers under their merged ids", () => {
    expect(quotedBySource(kb)).toEqual({
      "000_ifp": [],
      "001_an": [],
      "002_aa": [],
      "003_ep": ["nikol-pashinyan"],
      "004_rferl": ["james-obrien"],
    });
  });
});
