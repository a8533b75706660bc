import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "./build-knowledge-base";
import { coverage, quotedBySource } from "./coverage";
import { electionStory } from "./fixtures/election";

const kb = buildKnowledgeBase(electionStory());

describe("another story: an election told three times, and an earlier one", () => {
  it("links the preview and both results into one event, apart from the 2022 election", () => {
    expect(kb.events.map((e) => [e.id, e.status, e.reports.map((r) => r.articleId)])).toEqual([
      ["2022-01-30-election-portugal", "occurred", ["el-2022"]],
      ["2024-03-10-election-portugal", "occurred", ["el-paper", "el-preview", "el-wire"]],
    ]);
  });

  it("finds the turnout disagreement, and no date conflict; the preview, older than the results, is no status conflict", () => {
    expect(kb.conflicts.map((c) => [c.id, c.variants.map((v) => [v.value, v.articles])])).toEqual([
      [
        "2024-03-10-election-portugal-figure",
        [
          ["Turnout was 66.2 percent", ["el-wire"]],
          ["voter turnout at 59.9 percent", ["el-paper"]],
        ],
      ],
    ]);
  });

  it("merges an accented and a plain spelling of one name", () => {
    const montenegro = kb.actors.filter((a) => a.name.endsWith("Montenegro"));
    expect(montenegro.map((a) => [a.id, a.aliases.map((x) => x.name)])).toEqual([
      ["luis-montenegro", ["Luis Montenegro", "Luís Montenegro"]],
    ]);
  });

  it("lays out coverage as every event × article cell", () => {
    const grid = coverage(kb);
    expect(grid.articles).toEqual(["el-2022", "el-paper", "el-preview", "el-wire"]);
    expect(grid.cells).toHaveLength(8);
    expect(grid.cells.filter((c) => c.reported).map((c) => `${c.eventId}@${c.articleId}`)).toEqual([
      "2022-01-30-election-portugal@el-2022",
      "2024-03-10-election-portugal@el-paper",
      "2024-03-10-election-portugal@el-preview",
      "2024-03-10-election-portugal@el-wire",
    ]);
    expect(quotedBySource(kb)).toEqual({ "el-2022": [], "el-paper": [], "el-preview": [], "el-wire": [] });
  });
});
