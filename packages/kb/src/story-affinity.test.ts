import type { ArticleExtraction } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "./build-knowledge-base";
import { ExtractionBuilder } from "./fixtures/builder";
import { linkActors } from "./link-actors";
import { linkPlaces } from "./link-places";
import { localKey } from "./local-key";
import { storyIndex } from "./story-affinity";

const DAM = [
  "The Kakhovka dam on the Dnipro collapsed before dawn, and floodwaters swept through Kherson.",
  "Ukraine said Russian forces had blown up the dam; Russia blamed Ukrainian shelling for the breach.",
  "Engineers warned the reservoir would drain within days and that the cooling ponds of the Zaporizhzhia plant depended on it.",
  "Thousands of residents of Kherson were evacuated from flooded streets as the Dnipro kept rising.",
].join(" ");
const DAM_AGAIN = [
  "Floodwaters from the breached Kakhovka dam kept rising in Kherson on Wednesday as rescuers evacuated villages along the Dnipro.",
  "Ukraine accused Russia of destroying the dam, and Russia accused Ukraine of sabotage.",
  "The reservoir, which fed the canals of southern Ukraine, was draining fast, engineers said.",
].join(" ");
const PIPELINE = [
  "Investigators in Sweden closed their inquiry into the blasts that ruptured the Nord Stream pipelines under the Baltic Sea.",
  "Germany's federal prosecutor is still examining the explosions near Bornholm, where divers found traces of explosives.",
  "Russia called the sabotage an act of international terrorism and asked the Security Council for an inquiry of its own.",
].join(" ");

/** An extraction with the actors and places named in its text, as the extractor would list them. */
function article(id: string, text: string, published: string, actors: string[], places: string[]): ArticleExtraction {
  const b = new ExtractionBuilder(id, text, published);
  for (const a of actors) b.actor(a, "country");
  for (const p of places) b.place(p, "city");
  return b.build();
}

function indexOf(extractions: ArticleExtraction[]) {
  const actors = linkActors(extractions);
  const places = linkPlaces(extractions);
  return storyIndex(extractions, {
    actor: (a, id) => actors.idOf.get(localKey(a, id)),
    place: (a, id) => places.idOf.get(localKey(a, id)),
  });
}

const dam = article("dam-a", DAM, "2023-06-06", ["Ukraine", "Russia"], ["Kherson"]);
const damAgain = article("dam-b", DAM_AGAIN, "2023-06-07", ["Ukraine", "Russia"], ["Kherson"]);
const pipeline = article("pipe", PIPELINE, "2023-06-06", ["Sweden", "Germany", "Russia"], ["Bornholm"]);

describe("storyIndex", () => {
  it("relates two reports of one story, and not a report of another story that names one of its actors", () => {
    const index = indexOf([dam, damAgain, pipeline]);
    expect(index.related("dam-a", "dam-b")).toBe(true);
    expect(index.related("dam-a", "pipe")).toBe(false);
    expect(index.related("dam-b", "pipe")).toBe(false);
    expect(index.affinity("dam-a", "dam-b")!).toBeGreaterThan(index.affinity("dam-a", "pipe")!);
  });

  it("keeps a corpus of one story related: its own names are in every article, but not common in the news", () => {
    // Each report has a voice and details of its own; only the story's names are in all five.
    const details: Array<[string, string]> = [
      [
        "Red Cross",
        "Red Cross rescuers in rubber boats pulled pensioners from rooftops in Oleshky, while volunteers handed out bottled drinking water, blankets and insulin at a sports hall turned shelter.",
      ],
      [
        "Ukrhydroenergo",
        "Ukrhydroenergo hydrologists said the reservoir had lost a third of its volume overnight, that irrigation canals feeding southern farmland would run dry, and that the turbine hall was beyond repair.",
      ],
      [
        "Oleksandr Prokudin",
        "Governor Oleksandr Prokudin ordered hospitals moved to higher ground, closed schools until further notice and asked residents of riverside districts to leave with documents and medicines.",
      ],
      [
        "Ministry of Agriculture",
        "The Ministry of Agriculture counted drowned cattle and sheep as wheat and sunflower fields disappeared under brown water, warning that exports of grain from the region would fall sharply.",
      ],
      [
        "Greenpeace",
        "Greenpeace ecologists warned that landmines washed from riverbanks, spilled engine oil and untreated sewage were spreading through flooded villages and into the Black Sea estuary.",
      ],
    ];
    const story = details.map(([voice, d], i) =>
      article(
        `dam-${i}`,
        `The Kakhovka dam on the Dnipro burst, flooding Kherson; Ukraine and Russia blamed each other. ${d}`,
        "2023-06-07",
        ["Ukraine", "Russia", voice],
        ["Kherson"],
      ),
    );
    const index = indexOf(story);
    for (const a of story) for (const b of story) expect(index.related(a.articleId, b.articleId)).toBe(true);
  });

  it("judges an article that names nobody by its words alone, and an unknown article as related", () => {
    const nameless = article("nameless", DAM_AGAIN, "2023-06-07", [], []);
    const index = indexOf([dam, nameless, pipeline]);
    expect(index.related("dam-a", "nameless")).toBe(true);
    expect(index.related("pipe", "nameless")).toBe(false);
    expect(index.related("dam-a", "elsewhere")).toBe(true);
  });
});

describe("linking across stories", () => {
  /** A builder for the same article, its actors and places, to add events to. */
  const again = (x: ArticleExtraction) => {
    const b = new ExtractionBuilder(x.articleId, x.article.text, x.article.published!.value);
    for (const a of x.actors) b.actor(a.name, a.kind);
    for (const p of x.places) b.place(p.name, p.kind);
    return b;
  };
  const statement = (x: ArticleExtraction, words: string, day: string, dayText: string) =>
    again(x).event({
      type: "statement",
      title: words,
      words,
      date: { value: day, text: dayText },
      participants: [["russia", "agent"]],
    });

  it("keeps apart what one actor said in two stories on nearby days, and links it within one story", () => {
    const kb = buildKnowledgeBase([
      statement(dam, "Russia blamed Ukrainian shelling", "2023-06-06", "collapsed before dawn").build(),
      statement(damAgain, "Russia accused Ukraine of sabotage", "2023-06-07", "on Wednesday").build(),
      statement(pipeline, "Russia called the sabotage", "2023-06-06", "closed their inquiry").build(),
    ]);
    const groups = kb.events.map((e) => e.reports.map((r) => r.articleId).sort()).sort();
    expect(groups).toEqual([["dam-a", "dam-b"], ["pipe"]]);
  });

  it("links a happening two stories both recall, dated alike and with an actor in common", () => {
    const invasion = (x: ArticleExtraction, words: string) =>
      again(x)
        .event({
          type: "war",
          title: "invasion",
          words,
          date: { value: "2022-02", text: words },
          participants: [["russia", "agent"]],
          background: true,
        })
        .build();
    const kb = buildKnowledgeBase([
      invasion(dam, "Russian forces"),
      invasion(pipeline, "Russia called the sabotage an act of international terrorism"),
    ]);
    const war = kb.events.find((e) => e.type === "war")!;
    expect(war.reports.map((r) => r.articleId).sort()).toEqual(["dam-a", "pipe"]);
  });

  it("keeps apart what two stories recall days apart, with no actor in common, or without a year", () => {
    const strike = (x: ArticleExtraction, value: string, actor: string | null) => {
      const words = x === dam ? "Russian forces" : "Russia called the sabotage";
      return again(x)
        .event({
          type: "military-operation",
          title: "strike",
          words,
          date: { value, text: words },
          participants: actor ? [[actor, "agent"]] : [],
          background: true,
        })
        .build();
    };
    const apart = (a: ArticleExtraction, b: ArticleExtraction) =>
      buildKnowledgeBase([a, b]).events.every((e) => e.reports.length === 1);
    // The rule's own case links: the same day, the same actor.
    expect(apart(strike(dam, "2022-02-24", "russia"), strike(pipeline, "2022-02-24", "russia"))).toBe(false);
    expect(apart(strike(dam, "2022-02-24", "russia"), strike(pipeline, "2022-02-26", "russia"))).toBe(true);
    expect(apart(strike(dam, "2022-02-24", null), strike(pipeline, "2022-02-24", "russia"))).toBe(true);
    expect(apart(strike(dam, "--02-24", "russia"), strike(pipeline, "--02-24", "russia"))).toBe(true);
  });
});
