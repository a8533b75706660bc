// Tests of the plain-text report: rows, counts and the linking section.
import { describe, expect, it } from "vitest";
import { formatDetails, formatScores } from "./format-scores";
import { scoreExtractions } from "./score-extraction";
import { scoreKnowledgeBase } from "./score-kb";
import { actor, article, extraction, gold, knowledgeBase, place } from "./test-builders";

const a = article("t1", "Ana Ruiz spoke in Lorton.");
const g = gold({
  article: "t1",
  title: null,
  outlet: null,
  author: null,
  published: null,
  dateline: null,
  actors: [
    { name: "Ana Ruiz", kind: "person" },
    { name: "Tom Berg", kind: "person" },
  ],
  places: [{ name: "Lorton", kind: "city" }],
  events: [],
  quotes: [],
});

describe("formatScores", () => {
  const scores = scoreExtractions([g, { ...g, article: "t9" }], [extraction(a, { actors: [actor(a, "Ana Ruiz")] })]);

  it("prints one row per measure with its ratios and counts, then a line per article", () => {
    const out = formatScores(scores);
    const lines = out.split("\n");
    expect(lines[0]).toBe("extraction: 2 gold articles, micro-averaged");
    expect(lines.find((l) => l.startsWith("actors"))).toMatch(/^actors\s+1\.00\s+0\.25\s+0\.40\s+1\/4 gold, 1 found$/);
    expect(lines.find((l) => l.startsWith("dates"))).toMatch(/—\s+0\/0 right$/);
    expect(lines.find((l) => l.startsWith("t1"))).toMatch(/^t1\s+0\.67/);
    // Columns line up under the header whatever the length of the ids.
    const header = lines.find((l) => l.startsWith("article")) ?? "";
    expect(lines.find((l) => l.startsWith("t1"))?.indexOf("0.67")).toBe(header.indexOf("actors") + 2);
    expect(out).toContain("no extraction for: t9 (scored as empty)");
  });

  it("adds the linking section when a knowledge base was scored", () => {
    const kb = scoreKnowledgeBase([g], null, knowledgeBase({ actors: [actor(a, "Ana Ruiz")] }));
    const out = formatScores(scores, kb);
    expect(out).toContain("1/2 linked to exactly one KB actor; 0 split, 0 wrong merges, 1 missing");
    expect(out).toContain("actors not found: Tom Berg");
  });
});

describe("formatDetails", () => {
  it("lists per article what was missed and found extra, and skips articles with nothing to say", () => {
    const scores = scoreExtractions([g], [extraction(a, { actors: [actor(a, "Ana Ruiz"), actor(a, "Lorton")] })]);
    expect(formatDetails(scores)).toBe("t1\n  missed: actor Tom Berg\n  missed: place Lorton\n  extra: actor Lorton\n");
    const perfect = extraction(a, {
      actors: [actor(a, "Ana Ruiz"), { ...actor(a, "Ana Ruiz"), id: "tom-berg", name: "Tom Berg" }],
      places: [place(a, "Lorton")],
    });
    expect(formatDetails(scoreExtractions([g], [perfect]))).toBe("every gold item found, nothing extra\n");
  });
});
