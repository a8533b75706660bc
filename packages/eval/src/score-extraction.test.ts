// Scoring one extraction against gold on hand-made objects: perfect, partial and empty give exact numbers.
import { describe, expect, it } from "vitest";
import { scoreExtraction, scoreExtractions } from "./score-extraction";
import { actor, article, event, extraction, figure, gold, place, quote } from "./test-builders";

const text =
  "LORTON — Foreign Minister Ana Ruiz called Prime Minister Tom Berg on Monday. " +
  "Berg said “we will sign the accord soon” after the call. " +
  "Over 2,000 people fled Lorton in May. Ruiz will visit Lorton in June.";
const a = article("t1", text);

const g = gold({
  article: "t1",
  title: null,
  outlet: null,
  author: null,
  published: "2023-05-16",
  dateline: "LORTON",
  actors: [
    { name: "Ana Ruiz", kind: "person", aliases: ["Ruiz"], roles: ["Foreign Minister"] },
    { name: "Tom Berg", kind: "person", aliases: ["Berg"] },
  ],
  places: [
    { name: "Lorton", kind: "city" },
    { name: "Mirra", kind: "city" },
  ],
  events: [
    {
      key: "ruiz-berg-call",
      type: "call",
      date: "2023-05-15",
      participants: ["Ana Ruiz", "Tom Berg"],
      evidence: "Ana Ruiz called Prime Minister Tom Berg on Monday",
    },
    { key: "lorton-exodus", type: "displacement", date: "2023-05", participants: [], evidence: "people fled Lorton" },
    {
      key: "ruiz-visit",
      type: "visit",
      status: "planned",
      date: "2023-06",
      participants: ["Ana Ruiz"],
      evidence: "Ruiz will visit Lorton in June",
    },
  ],
  quotes: [{ speaker: "Tom Berg", text: "we will sign the accord" }],
  figures: [{ value: 2000, counts: "people", evidence: "Over 2,000 people" }],
});

describe("scoreExtraction", () => {
  it("gives 1 everywhere for an extraction that finds what gold holds", () => {
    const ex = extraction(a, {
      actors: [actor(a, "Ana Ruiz", ["Ruiz"]), actor(a, "Tom Berg", ["Berg"])],
      places: [place(a, "Lorton"), { ...place(a, "Lorton"), id: "mirra", name: "Mirra" }],
      events: [
        event(a, 1, "call", "called Prime Minister Tom Berg on Monday", "2023-05-15"),
        event(a, 2, "displacement", "Over 2,000 people fled Lorton in May", "2023-05"),
        event(a, 3, "visit", "Ruiz will visit Lorton in June", "2023-06", "planned"),
      ],
      quotes: [quote(a, 1, "we will sign the accord soon", "tom-berg")],
      figures: [figure(a, 1, 2000, "2,000 people")],
    });
    const s = scoreExtraction(g, ex);
    for (const row of [s.actors, s.places, s.events, s.eventsStrict, s.quotes, s.figures]) {
      expect(row).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    }
    expect(s.dates).toEqual({ correct: 3, total: 3, accuracy: 1 });
    expect(s.datesCompatible).toEqual({ correct: 3, total: 3, accuracy: 1 });
    expect(s.statuses).toEqual({ correct: 3, total: 3, accuracy: 1 });
    expect(s.speakers).toEqual({ correct: 1, total: 1, accuracy: 1 });
  });

  it("counts partial agreement exactly: a name by alias, a wrong type, a wrong date, a stray event", () => {
    const ex = extraction(a, {
      actors: [actor(a, "Ruiz"), actor(a, "Lorton")],
      places: [place(a, "Lorton")],
      events: [
        event(a, 1, "meeting", "called Prime Minister Tom Berg", "2023-05-15"),
        event(a, 2, "displacement", "2,000 people fled Lorton", "2023"),
        event(a, 3, "statement", "Berg said", null),
      ],
      quotes: [quote(a, 1, "we will sign the accord soon", "ana-ruiz")],
      figures: [figure(a, 1, 20, "2,000 people")],
    });
    const s = scoreExtraction(g, ex);
    expect(s.actors).toMatchObject({ matched: 1, gold: 2, predicted: 2, precision: 0.5, recall: 0.5 });
    expect(s.places).toMatchObject({ matched: 1, gold: 2, predicted: 1, precision: 1, recall: 0.5 });
    expect(s.places.f1).toBeCloseTo(2 / 3);
    expect(s.events).toMatchObject({ matched: 2, gold: 3, predicted: 3 });
    expect(s.events.f1).toBeCloseTo(2 / 3);
    expect(s.eventsStrict).toMatchObject({ matched: 1, gold: 3, predicted: 3 });
    expect(s.dates).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(s.datesCompatible).toEqual({ correct: 2, total: 2, accuracy: 1 }); // 2023 could be 2023-05
    expect(s.statuses).toEqual({ correct: 2, total: 2, accuracy: 1 });
    expect(s.quotes).toMatchObject({ matched: 1, precision: 1, recall: 1 });
    expect(s.speakers).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(s.figures).toMatchObject({ matched: 0, gold: 1, predicted: 1, f1: 0 });
    expect(s.details).toEqual({
      missed: ["event ruiz-visit", "actor Tom Berg", "place Mirra", "figure 'Over 2,000 people'"],
      spurious: ["actor Lorton", "event statement 'Berg said'", "figure '2,000 people'"],
      wrong: [
        "event ruiz-berg-call: type meeting, gold call",
        "event lorton-exodus: date 2023, gold 2023-05",
        "quote 'we will sign the accord': speaker ana-ruiz, gold Tom Berg",
      ],
      unlocated: [],
    });
  });

  it("counts a contradicting or missing date as neither exact nor compatible", () => {
    const ex = extraction(a, {
      events: [
        event(a, 1, "call", "Ana Ruiz called Prime Minister Tom Berg on Monday", "2023-05-16"),
        event(a, 2, "displacement", "people fled Lorton", null),
        event(a, 3, "visit", "Ruiz will visit Lorton in June", "--06", "planned"),
      ],
    });
    const s = scoreExtraction(g, ex);
    expect(s.dates).toEqual({ correct: 0, total: 3, accuracy: 0 });
    expect(s.datesCompatible).toEqual({ correct: 1, total: 3, accuracy: 1 / 3 }); // --06 could be 2023-06
  });

  it("names gold words the article text does not hold", () => {
    const altered = article("t1", text.replace("people fled", "people left"));
    expect(scoreExtraction(g, extraction(altered)).details.unlocated).toEqual([
      "event lorton-exodus 'people fled Lorton'",
    ]);
  });

  it("scores an empty extraction 0 and leaves accuracies undefined", () => {
    const s = scoreExtraction(g, extraction(a));
    expect(s.actors).toEqual({ matched: 0, gold: 2, predicted: 0, precision: 0, recall: 0, f1: 0 });
    expect(s.events.recall).toBe(0);
    expect(s.dates).toEqual({ correct: 0, total: 0, accuracy: null });
    expect(s.speakers.accuracy).toBeNull();
  });

  it("lets one extracted item match one gold item only, even when it overlaps two", () => {
    const ex = extraction(a, {
      events: [
        event(
          a,
          1,
          "call",
          "Tom Berg on Monday. Berg said “we will sign the accord soon” after the call. Over 2,000 people",
          null,
        ),
      ],
    });
    const both = gold({ ...g, events: [g.events[0], g.events[1]] });
    expect(scoreExtraction(both, ex).events).toMatchObject({ matched: 1, gold: 2, predicted: 1 });
  });

  it("accepts a speaker named by an actor's alias or by the words naming the speaker", () => {
    const berg = { ...actor(a, "Berg"), id: "speaker-1" };
    const byActor = extraction(a, {
      actors: [berg],
      quotes: [quote(a, 1, "we will sign the accord soon", "speaker-1")],
    });
    expect(scoreExtraction(g, byActor).speakers.accuracy).toBe(1);
    const byText = extraction(a, { quotes: [quote(a, 1, "we will sign the accord soon", "someone", "Berg")] });
    expect(scoreExtraction(g, byText).speakers.accuracy).toBe(1);
    const nobody = extraction(a, { quotes: [quote(a, 1, "we will sign the accord soon", null, "Berg")] });
    expect(scoreExtraction(g, nobody).speakers.accuracy).toBe(0);
  });

  it("pairs events told in one sentence by type when their spans overlap both", () => {
    const sentence = "Over 2,000 people fled Lorton in May. Ruiz will visit Lorton in June.";
    const ex = extraction(a, {
      events: [event(a, 1, "visit", sentence, "2023-06", "planned"), event(a, 2, "displacement", sentence, "2023-05")],
    });
    const s = scoreExtraction(g, ex);
    expect(s.events.matched).toBe(2);
    expect(s.dates).toEqual({ correct: 2, total: 2, accuracy: 1 });
    expect(s.details.wrong).toEqual([]);
  });

  it("matches an extracted event whose offsets drifted by finding its words again", () => {
    const drifted = event(a, 1, "visit", "Ruiz will visit Lorton in June", "2023-06");
    drifted.evidence = drifted.evidence.map((e) => ({ ...e, start: e.start - 3, end: e.end - 3 }));
    const s = scoreExtraction(g, extraction(a, { events: [drifted] }));
    expect(s.eventsStrict.matched).toBe(1);
    expect(s.statuses).toEqual({ correct: 0, total: 1, accuracy: 0 }); // gold says planned
  });

  it("refuses to score an extraction against another article's gold", () => {
    expect(() => scoreExtraction(g, extraction(article("t2", text)))).toThrow(/t1.*t2/);
  });
});

describe("scoreExtractions", () => {
  it("adds counts over articles before dividing, scores a missing extraction as empty, lists extras", () => {
    const b = article("t2", "Ana Ruiz spoke.");
    const gb = gold({ ...g, article: "t2", actors: [g.actors[0]], places: [], events: [], quotes: [], figures: [] });
    const gc = gold({ ...gb, article: "t3" });
    const exA = extraction(a, { actors: [actor(a, "Ana Ruiz"), actor(a, "Tom Berg"), actor(a, "Lorton")] });
    const exB = extraction(b, { actors: [actor(b, "Ana Ruiz")] });
    const exZ = extraction(article("zz", "x"));
    const s = scoreExtractions([g, gb, gc], [exA, exB, exZ]);
    expect(s.total.actors).toMatchObject({ matched: 3, gold: 4, predicted: 4, precision: 0.75, recall: 0.75 });
    expect(s.missing).toEqual(["t3"]);
    expect(s.unscored).toEqual(["zz"]);
    expect(s.articles.map((x) => x.articleId)).toEqual(["t1", "t2", "t3"]);
  });
});
