// Scoring a linked knowledge base on hand-made objects: actors, pairwise event linking, conflicts.
import type { GoldCorpus } from "@dateline/core/gold";
import type { Conflict } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { scoreKnowledgeBase } from "./score-kb";
import { actor, article, event, gold, kbEvent, knowledgeBase } from "./test-builders";

const a = article("a", "Ana Ruiz called Tom Berg on Monday. Ruiz will visit Lorton in June.");
const b = article("b", "Foreign Minister Ruiz phoned Berg on Tuesday. Crowds marched in Lorton.");
const base = { title: null, outlet: null, author: null, published: null, dateline: null, quotes: [], places: [] };
const goldA = gold({
  ...base,
  article: "a",
  actors: [
    { name: "Ana Ruiz", kind: "person", aliases: ["Ruiz"] },
    { name: "Tom Berg", kind: "person" },
  ],
  events: [
    { key: "call", type: "call", date: null, participants: [], evidence: "Ana Ruiz called Tom Berg" },
    { key: "visit", type: "visit", date: null, participants: [], evidence: "Ruiz will visit Lorton" },
  ],
});
const goldB = gold({
  ...base,
  article: "b",
  actors: [
    { name: "Ana Ruiz", kind: "person", aliases: ["Foreign Minister Ruiz"] },
    { name: "Tom Berg", kind: "person", aliases: ["Berg"] },
  ],
  events: [
    { key: "call", type: "call", date: null, participants: [], evidence: "Ruiz phoned Berg on Tuesday" },
    { key: "march", type: "protest", date: null, participants: [], evidence: "Crowds marched in Lorton" },
  ],
});
const corpus: GoldCorpus = {
  conflicts: [
    {
      event: "call",
      field: "date",
      variants: [
        { value: "Monday", articles: ["a"] },
        { value: "Tuesday", articles: ["b"] },
      ],
    },
  ],
};

const callA = event(a, 1, "call", "Ana Ruiz called Tom Berg on Monday", null);
const visitA = event(a, 2, "visit", "Ruiz will visit Lorton in June", null);
const callB = event(b, 1, "call", "Foreign Minister Ruiz phoned Berg on Tuesday", null);
const marchB = event(b, 2, "protest", "Crowds marched in Lorton", null);
const ruiz = { ...actor(a, "Ana Ruiz", ["Ruiz", "Foreign Minister Ruiz"]) };
const berg = actor(a, "Tom Berg", ["Berg"]);

function conflict(eventId: string, field: Conflict["field"]): Conflict {
  const variant = (x: typeof a, ev: typeof callA) => ({ value: x.id, articles: [x.id], evidence: ev.evidence });
  return { id: `${eventId}-${field}`, eventId, field, summary: "", variants: [variant(a, callA), variant(b, callB)] };
}

describe("scoreKnowledgeBase", () => {
  it("scores a perfect linking 1: one actor each, one event per key, the conflict found", () => {
    const kb = knowledgeBase({
      articles: [a, b],
      actors: [ruiz, berg],
      events: [
        kbEvent("call", [
          { a, ev: callA },
          { a: b, ev: callB },
        ]),
        kbEvent("visit", [{ a, ev: visitA }]),
        kbEvent("march", [{ a: b, ev: marchB }]),
      ],
      conflicts: [conflict("call", "date")],
    });
    const s = scoreKnowledgeBase([goldA, goldB], corpus, kb);
    expect(s.actors).toEqual({ gold: 2, linked: 2, missing: [], splits: [], merges: [] });
    expect(s.events.reports).toBe(4);
    expect(s.events.mapped).toBe(4);
    expect(s.events.pairs).toMatchObject({ matched: 1, gold: 1, predicted: 1, f1: 1 });
    expect(s.events.splits).toEqual([]);
    expect(s.events.merges).toEqual([]);
    expect(s.conflicts).toMatchObject({ matched: 1, gold: 1, predicted: 1, missing: [] });
  });

  it("counts a split actor, a wrong merge, an over-merged event and a conflict on the wrong field", () => {
    const ruizAlone = { ...actor(b, "Foreign Minister Ruiz"), id: "foreign-minister-ruiz" };
    const ruizBerg = { ...actor(a, "Ruiz", ["Berg"]), id: "ruiz-berg" };
    const kb = knowledgeBase({
      articles: [a, b],
      actors: [ruizAlone, ruizBerg],
      events: [
        kbEvent("all", [
          { a, ev: callA },
          { a, ev: visitA },
          { a: b, ev: callB },
          { a: b, ev: marchB },
        ]),
      ],
      conflicts: [conflict("all", "figure")],
    });
    const s = scoreKnowledgeBase([goldA, goldB], corpus, kb);
    expect(s.actors.linked).toBe(0);
    expect(s.actors.splits).toEqual([{ name: "Ana Ruiz", actorIds: ["foreign-minister-ruiz", "ruiz-berg"] }]);
    expect(s.actors.merges).toEqual([{ actorId: "ruiz-berg", names: ["Ana Ruiz", "Tom Berg"] }]);
    expect(s.events.pairs).toMatchObject({ matched: 1, gold: 1, predicted: 6, recall: 1 });
    expect(s.events.pairs.precision).toBeCloseTo(1 / 6);
    expect(s.events.merges).toEqual([{ eventId: "all", keys: ["call", "march", "visit"] }]);
    expect(s.conflicts).toMatchObject({ matched: 0, gold: 1, predicted: 1, missing: ["call/date"] });
  });

  it("scores an empty knowledge base 0 and says what is missing", () => {
    const s = scoreKnowledgeBase([goldA, goldB], corpus, knowledgeBase({}));
    expect(s.actors).toMatchObject({ gold: 2, linked: 0, missing: ["Ana Ruiz", "Tom Berg"] });
    expect(s.events).toMatchObject({ reports: 4, mapped: 0 });
    expect(s.events.pairs).toMatchObject({ matched: 0, gold: 1, predicted: 0, f1: 0 });
    expect(s.conflicts).toMatchObject({ matched: 0, gold: 1, predicted: 0, recall: 0 });
  });

  it("keeps reports in separate events apart: nothing wrongly joined, the shared key missed", () => {
    const kb = knowledgeBase({
      articles: [a, b],
      events: [callA, visitA]
        .map((ev) => kbEvent(ev.id.replace("#", "-"), [{ a, ev }]))
        .concat([callB, marchB].map((ev) => kbEvent(ev.id.replace("#", "-"), [{ a: b, ev }]))),
    });
    const s = scoreKnowledgeBase([goldA, goldB], null, kb);
    expect(s.events.mapped).toBe(4);
    expect(s.events.pairs).toMatchObject({ matched: 0, gold: 1, predicted: 0, recall: 0 });
    expect(s.events.splits).toEqual([{ key: "call", eventIds: ["a-e1", "b-e1"] }]);
    expect(s.conflicts).toMatchObject({ gold: 0, predicted: 0, missing: [] });
  });
});
