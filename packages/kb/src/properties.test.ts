import { type KnowledgeBase, KnowledgeBaseSchema, type Weekday } from "@dateline/core/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "./build-knowledge-base";
import { ExtractionBuilder } from "./fixtures/builder";

const PEOPLE = [
  "Antony Blinken",
  "Ilham Aliyev",
  "Nikol Pashinyan",
  "Nikol Pashinian",
  "James O’Brien",
  "James O'Brien",
];
const TYPES = ["call", "talks", "meeting", "statement", "ceasefire", "other"] as const;
const DATES = [null, "2023-11-27", "2023-11-28", "2023-11", "--09-15", "2023-09-19", "2022-09"] as const;
const WEEKDAYS: Array<Weekday | null> = [null, "Monday", "Tuesday"];

const eventArb = fc.record({
  type: fc.constantFrom(...TYPES),
  agent: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
  other: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
  date: fc.constantFrom(...DATES),
  weekday: fc.constantFrom(...WEEKDAYS),
});
const articleArb = fc.record({
  published: fc.constantFrom(null, "2023-11-28", "2023-11-29", "2023-10-01"),
  events: fc.array(eventArb, { minLength: 1, maxLength: 4 }),
  figure: fc.option(fc.integer({ min: 1, max: 3 })),
});

/** Each event is one sentence of its own, so every evidence span can be found in the text. */
function corpus(articles: Array<typeof articleArb extends fc.Arbitrary<infer T> ? T : never>) {
  return articles.map((a, i) => {
    const sentences = a.events.map((e, j) => {
      const when = e.weekday ? ` late on ${e.weekday}` : "";
      return `Item ${j}: ${PEOPLE[e.agent]} ${e.type} with ${PEOPLE[e.other]} at time ${j}${when}.`;
    });
    const text = `${sentences.join(" ")} About ${a.figure ?? 0}00 people were displaced.`;
    const b = new ExtractionBuilder(`art-${i}`, text, a.published);
    const used = new Set(a.events.flatMap((e) => [e.agent, e.other]));
    for (const p of [...used].sort()) b.actor(PEOPLE[p]!, "person", { id: `p${p}` });
    a.events.forEach((e, j) => {
      b.event({
        type: e.type,
        title: `${e.type} ${j}`,
        words: sentences[j]!,
        date: e.date ? { value: e.date, text: `at time ${j}` } : undefined,
        when: e.weekday ? { text: `late on ${e.weekday}`, weekday: e.weekday } : undefined,
        participants:
          e.agent === e.other
            ? [[`p${e.agent}`, "agent"]]
            : [
                [`p${e.agent}`, "agent"],
                [`p${e.other}`, "counterpart"],
              ],
        framing: [{ term: `Item ${j}` }],
      });
    });
    if (a.figure) b.figure(`About ${a.figure}00 people`, a.figure * 100, "about", "people", 1);
    b.quote("Item 0", `p${a.events[0]!.agent}`, 1);
    return b.build();
  });
}

function evidenceIn(value: unknown, out: Array<{ articleId: string; start: number; end: number; exact: string }> = []) {
  if (Array.isArray(value)) for (const v of value) evidenceIn(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.exact === "string" && typeof o.articleId === "string") out.push(o as never);
    for (const v of Object.values(o)) evidenceIn(v, out);
  }
  return out;
}

function checkReferences(kb: KnowledgeBase): void {
  const actors = new Set(kb.actors.map((a) => a.id));
  const events = new Set(kb.events.map((e) => e.id));
  for (const e of kb.events) {
    for (const p of [...e.participants, ...e.reports.flatMap((r) => r.participants)])
      expect(actors).toContain(p.actorId);
    for (const f of e.reports.flatMap((r) => r.framing)) if (f.by !== null) expect(actors).toContain(f.by);
  }
  for (const q of kb.quotes) {
    if (q.speakerId !== null) expect(actors).toContain(q.speakerId);
    if (q.eventId !== null) expect(events).toContain(q.eventId);
  }
  for (const f of kb.figures) if (f.eventId !== null) expect(events).toContain(f.eventId);
  for (const a of kb.actors) for (const x of a.affiliations) expect(actors).toContain(x);
  for (const c of kb.conflicts) expect(events).toContain(c.eventId);
}

describe("properties of any built knowledge base", () => {
  it("is schema-valid, every evidence quotes its article, every reference resolves, order does not matter", {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 6 }), (articles) => {
        const input = corpus(articles);
        const kb = buildKnowledgeBase(input);
        const parsed = KnowledgeBaseSchema.safeParse(kb);
        expect(parsed.success ? "" : parsed.error.message).toBe("");
        const texts = new Map(kb.articles.map((a) => [a.id, a.text]));
        for (const ev of evidenceIn(kb)) {
          expect(ev.exact.length).toBeGreaterThan(0);
          expect(texts.get(ev.articleId)!.slice(ev.start, ev.end)).toBe(ev.exact);
        }
        checkReferences(kb);
        // Every extracted event is told in exactly one KB event.
        const reported = kb.events.flatMap((e) => e.reports.map((r) => r.extractedId)).sort();
        expect(reported).toEqual(input.flatMap((x) => x.events.map((e) => e.id)).sort());
        expect(new Set(kb.events.map((e) => e.id)).size).toBe(kb.events.length);
        const reversed = [...input].reverse().map((x) => ({ ...x, actors: [...x.actors].reverse() }));
        expect(JSON.stringify(buildKnowledgeBase(reversed))).toBe(JSON.stringify(kb));
      }),
      { numRuns: 60 },
    );
  });
});
