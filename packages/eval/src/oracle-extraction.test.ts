// The oracle extraction of every seed is valid and scores perfectly: a round trip through gold, builder and scorer.
import { readFileSync } from "node:fs";
import { ArticleExtractionSchema } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { loadGoldDir } from "./load-gold";
import { goldToExtraction } from "./oracle-extraction";
import { scoreExtraction } from "./score-extraction";
import { article, gold } from "./test-builders";

const seeds = loadGoldDir(new URL("../../../data/gold/", import.meta.url));
const articlesDir = new URL("../../../data/articles/", import.meta.url);

describe("goldToExtraction", () => {
  it.each(seeds.articles.map((g) => [g.article, g] as const))("%s: valid, and every score is 1", (id, g) => {
    const ex = goldToExtraction(g, article(id, readFileSync(new URL(`${id}.txt`, articlesDir), "utf8")));
    expect(ArticleExtractionSchema.safeParse(ex).error).toBeUndefined();
    expect(ex.warnings).toEqual([]);
    const s = scoreExtraction(g, ex);
    for (const row of [s.actors, s.places, s.events, s.eventsStrict, s.quotes, s.figures]) expect(row.f1).toBe(1);
    for (const row of [s.dates, s.statuses, s.speakers]) expect(row.accuracy ?? 1).toBe(1);
  });

  it("ties a figure to the event whose evidence holds it, so a linker can compare the figures of one event", () => {
    const g = seeds.articles.find((a) => a.article.startsWith("004"))!;
    const ex = goldToExtraction(g, article(g.article, readFileSync(new URL(`${g.article}.txt`, articlesDir), "utf8")));
    const exodus = ex.events.find((e) => e.title === "karabakh-exodus-2023");
    expect(ex.figures.map((f) => f.eventId)).toEqual([exodus?.id]);
    expect(ex.quotes.find((q) => q.text === "high-level visits")?.eventId).toBe(
      ex.events.find((e) => e.title === "us-cancels-high-level-visits-azerbaijan-2023")?.id,
    );
  });

  it("leaves out what the text does not hold, and says so", () => {
    const g = gold({
      article: "t",
      title: null,
      outlet: null,
      author: null,
      published: null,
      dateline: null,
      actors: [{ name: "Ana Ruiz", kind: "person" }],
      places: [],
      events: [{ key: "k", type: "call", date: "2023", participants: [], evidence: "phoned" }],
      quotes: [],
    });
    const ex = goldToExtraction(g, article("t", "Tom Berg called."));
    expect(ex.actors).toEqual([]);
    expect(ex.events).toEqual([]);
    expect(ex.warnings).toEqual([
      "actor Ana Ruiz: no words of the article name it",
      "event k: its evidence is not in the text",
    ]);
  });
});
