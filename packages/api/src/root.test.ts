// The router through createCaller over a real KB of the seed articles: every resource, every error path.
import { join } from "node:path";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "./root";
import { buildSeedKb, type SeedKb } from "./testing/seed-kb";

const CALL = "2023-11-27-call-antony-blinken-nikol-pashinyan";

let seed: SeedKb;
let store: Store;
let api: ReturnType<typeof createCaller>;

beforeAll(async () => {
  seed = await buildSeedKb();
  store = await openSqliteStore(seed.path, { readonly: true });
  api = createCaller(createContextInner({ store, curationDir: join(seed.dir, "no-curation"), token: null }));
}, 120_000);

afterAll(async () => {
  await store?.close();
  seed?.cleanup();
});

/** The TRPCError a call rejects with (fails the test when it resolves). */
async function rejection(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("events", () => {
  it("lists the events of an actor from a month on, each overlapping it", async () => {
    const page = await api.events.list({ actor: "nikol-pashinyan", from: "2023-11" });
    expect(page.items.map((e) => e.id)).toContain(CALL);
    for (const event of page.items) {
      expect(event.participants.map((p) => p.actorId)).toContain("nikol-pashinyan");
      expect(event.date?.latest ?? "").toMatch(/^(202[3-9])-/);
      expect(event.date!.latest! >= "2023-11-01").toBe(true);
    }
  });

  it("sums up the same time line in events.summaries: named participants, counts, conflict flag", async () => {
    const filter = { actor: "nikol-pashinyan", from: "2023-11" };
    const [full, summaries] = await Promise.all([api.events.list(filter), api.events.summaries(filter)]);
    expect(summaries.items.map((s) => s.id)).toEqual(full.items.map((e) => e.id));
    expect(summaries.nextCursor).toBe(full.nextCursor);
    const call = summaries.items.find((s) => s.id === CALL)!;
    const event = full.items.find((e) => e.id === CALL)!;
    expect(call).toMatchObject({ title: event.title, type: event.type, reports: event.reportCount });
    expect(call.sources).toBe(event.sourceCount);
    expect(call.date?.value).toBe(event.date?.value);
    expect(call.participants.map((p) => p.name)).toEqual(expect.arrayContaining(["Antony Blinken"]));
    expect(call).not.toHaveProperty("reports.0");
    const conflicted = new Set((await api.conflicts.list({ limit: 500 })).items.map((c) => c.eventId));
    const all = await api.events.summaries({ limit: 500 });
    for (const s of all.items) expect(s.conflicted).toBe(conflicted.has(s.id));
    expect(JSON.stringify(summaries).length).toBeLessThan(JSON.stringify(full).length / 3);
  });

  it("pages with limit and cursor through the same list as one big page", async () => {
    const all = await api.events.list({ limit: 500 });
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.events.list({ limit: 3, cursor });
      paged.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all.items.map((e) => e.id));
    expect(all.items.length).toBeGreaterThan(3);
  });

  it("gives a call with every report, evidence that quotes its article, conflicts and named participants", async () => {
    const detail = await api.events.byId({ id: CALL });
    expect(detail.event.type).toBe("call");
    expect(detail.event.reports.length).toBeGreaterThanOrEqual(2);
    expect(detail.participants).toContainEqual(
      expect.objectContaining({ actorId: "nikol-pashinyan", name: "Nikol Pashinyan" }),
    );
    expect(detail.conflicts.every((c) => c.eventId === CALL)).toBe(true);
    for (const report of detail.event.reports) {
      const { article } = await api.articles.byId({ id: report.articleId });
      for (const ev of report.evidence) expect(article.text.slice(ev.start, ev.end)).toBe(ev.exact);
    }
  });

  it("answers NOT_FOUND naming the id", async () => {
    const error = await rejection(api.events.byId({ id: "no-such-event" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("no event with id 'no-such-event'");
  });

  it("answers BAD_REQUEST for a bad limit, date or cursor", async () => {
    expect((await rejection(api.events.list({ limit: 0 }))).code).toBe("BAD_REQUEST");
    expect((await rejection(api.events.list({ limit: 501 }))).code).toBe("BAD_REQUEST");
    expect((await rejection(api.events.list({ from: "Nov 2023" }))).code).toBe("BAD_REQUEST");
    expect((await rejection(api.events.list({ from: "--11" }))).code).toBe("BAD_REQUEST");
    const cursor = await rejection(api.events.list({ cursor: "not-a-cursor" }));
    expect(cursor.code).toBe("BAD_REQUEST");
  });
});

describe("articles", () => {
  it("lists articles without their text", async () => {
    const page = await api.articles.list({ limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    expect("text" in page.items[0]!).toBe(false);
  });

  it("gives the verbatim text with sorted spans, each slicing to the evidence it stands for", async () => {
    const { event } = await api.events.byId({ id: CALL });
    const report = event.reports[0]!;
    const { article, spans } = await api.articles.byId({ id: report.articleId });
    for (const ev of report.evidence) {
      const span = spans.find((s) => s.kind === "event" && s.targetId === CALL && s.start === ev.start);
      expect(span).toBeDefined();
      expect(article.text.slice(span!.start, span!.end)).toBe(ev.exact);
    }
    const kinds = new Set(spans.map((s) => s.kind));
    for (const kind of ["actor", "event", "date", "quote"]) expect(kinds).toContain(kind);
    for (const [i, s] of spans.entries()) {
      expect(s.end).toBeLessThanOrEqual(article.text.length);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.start);
    }
    const pashinyan = spans.find((s) => s.kind === "actor" && s.targetId === "nikol-pashinyan");
    expect(article.text.slice(pashinyan!.start, pashinyan!.end)).toMatch(/Pashin/);
  });

  it("answers NOT_FOUND for an unknown article", async () => {
    const error = await rejection(api.articles.byId({ id: "nope" }));
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "no article with id 'nope'" });
  });
});

describe("actors and places", () => {
  it("gives an actor with its events, quotes and the actors it shares events with", async () => {
    const detail = await api.actors.byId({ id: "nikol-pashinyan" });
    expect(detail.actor.name).toBe("Nikol Pashinyan");
    expect(detail.events.items.map((e) => e.id)).toContain(CALL);
    expect(detail.eventCount).toBe(detail.events.items.length);
    expect(detail.events.nextCursor).toBeNull();
    expect(detail.quoteCount).toBe(detail.quotes.length);
    expect(detail.coActors).toContainEqual(expect.objectContaining({ id: "antony-blinken", name: "Antony Blinken" }));
    expect(detail.coActors.every((c) => c.id !== "nikol-pashinyan" && c.events >= 1)).toBe(true);
    expect(Array.isArray(detail.quotes)).toBe(true);
  });

  it("finds actors by alias and answers NOT_FOUND for an unknown one", async () => {
    const page = await api.actors.list({ q: "pashin" });
    expect(page.items.map((a) => a.id)).toContain("nikol-pashinyan");
    expect((await rejection(api.actors.byId({ id: "nobody" }))).message).toBe("no actor with id 'nobody'");
  });

  it("lists places and gives one with its events", async () => {
    const page = await api.places.list({});
    expect(page.items.length).toBeGreaterThan(0);
    const { place, events } = await api.places.byId({ id: page.items[0]!.id });
    expect(place.id).toBe(page.items[0]!.id);
    expect(events.items.every((e) => e.placeId === place.id)).toBe(true);
    expect((await rejection(api.places.byId({ id: "atlantis" }))).code).toBe("NOT_FOUND");
  });
});

describe("conflicts, search, stats", () => {
  it("lists conflicts, filtered by event", async () => {
    const all = await api.conflicts.list();
    expect(all.items.length).toBeGreaterThan(0);
    const eventId = all.items[0]!.eventId;
    const mine = await api.conflicts.list({ eventId });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((c) => c.eventId === eventId && c.variants.length >= 2)).toBe(true);
    const detail = await api.events.byId({ id: eventId });
    expect(detail.conflicts.map((c) => c.id).sort()).toEqual(mine.items.map((c) => c.id).sort());
  });

  it("searches, and rejects text with no words as BAD_REQUEST", async () => {
    const hits = await api.search.query({ q: "Pashinyan", limit: 5 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect((await rejection(api.search.query({ q: "(*)" }))).code).toBe("BAD_REQUEST");
    expect((await rejection(api.search.query({ q: "" }))).code).toBe("BAD_REQUEST");
  });

  it("counts what the KB holds", async () => {
    const stats = await api.stats.get();
    const { items } = await api.articles.list({ limit: 500 });
    expect(stats.articles).toBe(items.length);
    expect(stats.events).toBeGreaterThan(0);
    expect(stats.reports).toBeGreaterThanOrEqual(stats.events);
  });
});
