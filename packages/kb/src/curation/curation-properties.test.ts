import { type CurationOp, KnowledgeBaseSchema } from "@dateline/core/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../build-knowledge-base";
import { caucasusSeeds } from "../fixtures/caucasus";

const seeds = caucasusSeeds();
const base = buildKnowledgeBase(seeds);
const actorIds = base.actors.map((a) => a.id);
const eventIds = base.events.map((e) => e.id);
const articleIds = base.articles.map((a) => a.id);
const reason = "property";

const actorRef = fc.oneof(
  fc.constantFrom(...actorIds).map((id) => ({ id })),
  fc.constantFrom({ article: "004_rferl", exact: "Blinken" }, { article: "003_ep", exact: "Pashinian" }),
);
const eventRef = fc.oneof(
  fc.constantFrom(...eventIds).map((id) => ({ id })),
  fc.constant({ article: "001_an", exact: "fled to Armenia" }),
);
const opArb: fc.Arbitrary<CurationOp> = fc.oneof(
  fc.record({
    op: fc.constant("merge-actors" as const),
    into: actorRef,
    from: fc.array(actorRef, { minLength: 1, maxLength: 2 }),
    reason: fc.constant(reason),
  }),
  fc.record({
    op: fc.constant("add-alias" as const),
    actor: actorRef,
    alias: fc.constantFrom("Tony", "Pashinian"),
    reason: fc.constant(reason),
  }),
  fc.record({
    op: fc.constant("set-actor-kind" as const),
    actor: actorRef,
    kind: fc.constantFrom("person" as const, "group" as const),
    reason: fc.constant(reason),
  }),
  fc.record({
    op: fc.constant("merge-events" as const),
    into: eventRef,
    from: fc.array(eventRef, { minLength: 1, maxLength: 2 }),
    reason: fc.constant(reason),
  }),
  fc.record({
    op: fc.constant("split-event" as const),
    event: eventRef,
    articles: fc.subarray(articleIds, { minLength: 1 }),
    reason: fc.constant(reason),
  }),
  fc.record({
    op: fc.constant("set-event-date" as const),
    event: eventRef,
    date: fc.constantFrom("2023-11-28", "2023-09", "--09-15"),
    reason: fc.constant(reason),
  }),
  fc.record({
    op: fc.constant("reject" as const),
    target: fc.constantFrom("actor" as const, "event" as const),
    ref: fc.oneof(actorRef, eventRef),
    reason: fc.constant(reason),
  }),
);

describe("any sequence of curation ops", () => {
  it("leaves a valid, fully referenced knowledge base and a status for every op", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 8 }), (ops) => {
        const kb = buildKnowledgeBase(seeds, [{ file: "p.yaml", ops }]);
        const parsed = KnowledgeBaseSchema.safeParse(kb);
        expect(parsed.success ? "" : parsed.error.message).toBe("");
        expect(kb.curation).toHaveLength(ops.length);
        const actors = new Set(kb.actors.map((a) => a.id));
        const events = new Set(kb.events.map((e) => e.id));
        expect(events.size).toBe(kb.events.length);
        for (const e of kb.events) for (const p of e.participants) expect(actors.has(p.actorId)).toBe(true);
        for (const q of kb.quotes) if (q.speakerId) expect(actors.has(q.speakerId)).toBe(true);
        for (const a of kb.actors) for (const x of a.affiliations) expect(actors.has(x)).toBe(true);
        for (const f of kb.figures) if (f.eventId) expect(events.has(f.eventId)).toBe(true);
        for (const s of kb.suggestions)
          for (const id of s.ids) expect(s.kind === "merge-actors" ? actors.has(id) : events.has(id)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
