// The behaviour every Store backend must show, as one vitest suite a backend runs against its own database.
import { compareDates, partialDate } from "@dateline/core/dates";
import { sampleKnowledgeBase } from "@dateline/core/fixtures/knowledge-base";
import {
  ActorListItemSchema,
  actorListItem,
  type Event,
  EventListItemSchema,
  type Evidence,
  eventListItem,
  type KnowledgeBase,
  KnowledgeBaseSchema,
  LIST_ARTICLES,
  LIST_MENTIONS,
  LIST_REPORTS,
  PlaceListItemSchema,
  placeListItem,
  type Report,
} from "@dateline/core/schema";
import { snippetParts } from "@dateline/core/snippet";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ACTOR_EVENTS,
  ACTOR_QUOTES,
  type ArticleMention,
  BadCursorError,
  BadInputError,
  BadQueryError,
  CO_ACTORS,
  type EventFilter,
  type EventSummary,
  type Page,
  type Store,
  StoreConflictError,
  StoreWriteError,
} from "../index";
import { type Generated, generateKnowledgeBase } from "./generate-kb";

/** A fresh, empty database that the suite may open as often as it likes. */
export interface StoreTarget {
  open(options?: { readonly?: boolean }): Promise<Store>;
}

const clone = <T>(x: T): T => structuredClone(x);
/** The matched runs of a search snippet. */
const matches = (snippet: string | undefined) =>
  snippetParts(snippet ?? "")
    .filter((p) => p.match)
    .map((p) => p.text);

/** The events a filter should give, worked out in plain JavaScript from the document. */
export function expectedEventIds(kb: KnowledgeBase, f: Omit<EventFilter, "limit" | "cursor">): string[] {
  const from = f.from ? partialDate(f.from).earliest : null;
  const to = f.to ? partialDate(f.to).latest : null;
  return kb.events
    .filter((e) => f.actor === undefined || e.participants.some((p) => p.actorId === f.actor))
    .filter((e) => f.source === undefined || e.reports.some((r) => r.articleId === f.source))
    .filter((e) => f.place === undefined || e.placeId === f.place)
    .filter((e) => f.type === undefined || e.type === f.type)
    .filter((e) => f.status === undefined || e.status === f.status)
    .filter((e) => f.background === undefined || e.background === f.background)
    .filter((e) => f.undated === undefined || (e.date?.earliest == null) === f.undated)
    .filter((e) => from === null || (e.date?.latest != null && e.date.latest >= from))
    .filter((e) => to === null || (e.date?.earliest != null && e.date.earliest <= to))
    .sort((a, b) => compareDates(a.date?.value ?? null, b.date?.value ?? null) || (a.id < b.id ? -1 : 1))
    .map((e) => e.id);
}

/** An article's actor mentions, role evidence and place mentions in KB order, worked out from the document. */
export function expectedMentions(kb: KnowledgeBase, articleId: string): ArticleMention[] {
  const here = (ev: Evidence) => ev.articleId === articleId;
  return [
    ...kb.actors.flatMap((a) => [
      ...a.mentions.filter(here).map((evidence) => ({ kind: "actor" as const, targetId: a.id, evidence })),
      ...a.roles.flatMap((r) =>
        r.evidence.filter(here).map((evidence) => ({ kind: "role" as const, targetId: a.id, evidence })),
      ),
    ]),
    ...kb.places.flatMap((p) =>
      p.mentions.filter(here).map((evidence) => ({ kind: "place" as const, targetId: p.id, evidence })),
    ),
  ];
}

const ROLES = ["agent", "counterpart", "host", "target", "speaker", "subject", "other"];

/** The summary listEventSummaries should give for an event, worked out from the document. */
export function expectedSummary(kb: KnowledgeBase, id: string): EventSummary {
  const e = kb.events.find((x) => x.id === id)!;
  const actors = new Map(kb.actors.map((a) => [a.id, a]));
  return {
    id: e.id,
    title: e.title,
    type: e.type,
    status: e.status,
    background: e.background,
    date: e.date
      ? { value: e.date.value, precision: e.date.precision, earliest: e.date.earliest, latest: e.date.latest }
      : null,
    placeId: e.placeId,
    participants: e.participants
      .map((p) => ({
        actorId: p.actorId,
        role: p.role,
        name: actors.get(p.actorId)?.name ?? p.actorId,
        kind: actors.get(p.actorId)?.kind ?? null,
      }))
      .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || (a.actorId < b.actorId ? -1 : 1)),
    reports: e.reports.length,
    sources: new Set(e.reports.map((r) => r.articleId)).size,
    conflicted: kb.conflicts.some((c) => c.eventId === e.id),
  };
}

/** Follows nextCursor to the end, returning every item in order. */
export async function collectAll<T>(list: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await list(cursor);
    all.push(...page.items);
    if (page.nextCursor === null) return all;
    cursor = page.nextCursor;
  }
  throw new Error("paging never ended");
}

/** Each actor's events as listing items (JSON), read three a page: what an actor's page shows. */
export async function actorPages(store: Pick<Store, "listEventsJson">, actors: readonly string[]): Promise<string[][]> {
  const pages: string[][] = [];
  for (const actor of actors)
    pages.push(await collectAll((cursor) => store.listEventsJson({ actor, limit: 3, cursor })));
  return pages;
}

const DAY = (value: string) => ({
  ...partialDate(value),
  text: value,
  anchor: { kind: "stated" as const, value: null },
  explanation: "stated",
  inferred: false,
  weekday: null,
  evidence: null,
});

/** The fixture plus hand-made events at every precision, to pin down date overlap and order. */
function datedKb(): KnowledgeBase {
  const kb = clone(sampleKnowledgeBase);
  const base = kb.events[0]!;
  const at = (id: string, value: string | null): Event => ({ ...clone(base), id, date: value ? DAY(value) : null });
  kb.events = [
    at("e-day", "2023-11-27"),
    at("e-month", "2023-11"),
    at("e-year", "2023"),
    at("e-decade", "2020s"),
    at("e-dec-1", "2023-12-01"),
    at("e-oct-31", "2023-10-31"),
    at("e-no-year", "--11-27"),
    at("e-undated", null),
  ];
  return kb;
}

/**
 * The KB with one dated event told eight times by seven articles (its own, then six more; the third twice), in
 * the store's report order (article id, then extracted id); only the sixth report has words for the time.
 */
export function kbWithBusyEvent(base: KnowledgeBase): { kb: KnowledgeBase; event: Event } {
  const kb = clone(base);
  const event = kb.events.find((e) => e.reports.length === 1 && e.date !== null)!;
  const own = event.reports[0]!;
  const others = kb.articles
    .map((a) => a.id)
    .filter((id) => id !== own.articleId)
    .sort()
    .slice(0, 6);
  const tell = (articleId: string, n: number): Report => ({
    ...clone(own),
    articleId,
    extractedId: `${articleId}#e${90 + n}`,
    when: null,
    evidence: own.evidence.map((ev) => ({ ...ev, articleId })),
  });
  const reports = [
    { ...clone(own), when: null },
    ...others.flatMap((id, i) => (i === 2 ? [tell(id, 0), tell(id, 1)] : [tell(id, 0)])),
  ];
  reports.sort((a, b) =>
    a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.extractedId < b.extractedId ? -1 : 1,
  );
  const ev = reports[5]!.evidence[0]!;
  reports[5]!.when = { text: ev.exact, weekday: null, evidence: ev };
  event.reports = reports;
  return { kb, event };
}

/** `base` with one actor named in every article, many times, under one alias: a listing must still be short. */
export function kbWithFamousActor(base: KnowledgeBase): KnowledgeBase {
  const kb = clone(base);
  const actor = kb.actors[0]!;
  const mention = actor.mentions[0]!;
  const ids = kb.articles.map((a) => a.id).sort();
  actor.mentions = ids.flatMap((articleId) => [0, 1].map(() => ({ ...clone(mention), articleId })));
  actor.aliases = [{ name: actor.name, articles: ids }];
  return kb;
}

/** The co-actors getActor should give: by shared events, then name and id, at most CO_ACTORS. */
export function expectedCoActors(kb: KnowledgeBase, actorId: string) {
  const counts = new Map<string, number>();
  for (const e of kb.events) {
    const ids = new Set(e.participants.map((p) => p.actorId));
    if (!ids.has(actorId)) continue;
    for (const id of ids) if (id !== actorId) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const byId = new Map(kb.actors.map((a) => [a.id, a]));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...counts]
    .filter(([id]) => byId.has(id))
    .map(([id, events]) => ({ id, name: byId.get(id)!.name, kind: byId.get(id)!.kind, events }))
    .sort((a, b) => b.events - a.events || cmp(a.name, b.name) || cmp(a.id, b.id))
    .slice(0, CO_ACTORS);
}

export function describeStoreContract(name: string, makeTarget: () => Promise<StoreTarget>): void {
  describe(`Store contract: ${name}`, () => {
    const opened: Store[] = [];
    let target: StoreTarget;
    const open = async (options?: { readonly?: boolean }) => {
      const store = await target.open(options);
      opened.push(store);
      return store;
    };
    let generated: Generated;

    beforeAll(() => {
      generated = generateKnowledgeBase({ articles: 60, seed: 7 });
    });

    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close().catch(() => {});
    });

    const fresh = async () => {
      target = await makeTarget();
      return open();
    };

    describe("round trip", () => {
      it("has no knowledge base and zero counts before the first write", async () => {
        const store = await fresh();
        expect(await store.loadKnowledgeBase()).toBeNull();
        expect(await store.stats()).toEqual({
          articles: 0,
          actors: 0,
          places: 0,
          events: 0,
          reports: 0,
          quotes: 0,
          figures: 0,
          conflicts: 0,
        });
        expect((await store.listEvents()).items).toEqual([]);
      });

      it("gives back the core fixture byte for byte", async () => {
        const store = await fresh();
        await store.replaceKnowledgeBase(sampleKnowledgeBase, []);
        const loaded = await store.loadKnowledgeBase();
        expect(JSON.stringify(loaded)).toBe(JSON.stringify(sampleKnowledgeBase));
        expect(loaded).toStrictEqual(sampleKnowledgeBase);
      });

      it("gives back a generated KB of hundreds of events exactly, and counts it", async () => {
        const { kb, extractions } = generated;
        expect(KnowledgeBaseSchema.safeParse(kb).success).toBe(true);
        expect(kb.events.length).toBeGreaterThan(250);
        const store = await fresh();
        await store.replaceKnowledgeBase(kb, extractions);
        expect(JSON.stringify(await store.loadKnowledgeBase())).toBe(JSON.stringify(kb));
        expect(await store.stats()).toEqual({
          articles: kb.articles.length,
          actors: kb.actors.length,
          places: kb.places.length,
          events: kb.events.length,
          reports: kb.events.reduce((n, e) => n + e.reports.length, 0),
          quotes: kb.quotes.length,
          figures: kb.figures.length,
          conflicts: kb.conflicts.length,
        });
      });

      it("replaces everything: nothing of the previous KB is left over", async () => {
        const store = await fresh();
        await store.replaceKnowledgeBase(generated.kb, generated.extractions);
        await store.replaceKnowledgeBase(sampleKnowledgeBase, []);
        expect(await store.loadKnowledgeBase()).toStrictEqual(sampleKnowledgeBase);
        expect((await store.stats()).events).toBe(1);
        expect(await store.getEvent(generated.kb.events[0]!.id)).toBeNull();
        expect(await store.search("Pashinian")).toEqual([]);
      });

      it("keeps the data when the database is closed and opened again", async () => {
        const store = await fresh();
        await store.replaceKnowledgeBase(generated.kb, generated.extractions);
        await store.close();
        const again = await open();
        expect(JSON.stringify(await again.loadKnowledgeBase())).toBe(JSON.stringify(generated.kb));
        expect((await again.search("Pashinian")).length).toBeGreaterThan(0);
      });
    });

    describe("extraction cache", () => {
      it("returns an extraction only for the same text and extractor version", async () => {
        const store = await fresh();
        const x = generated.extractions[3]!;
        await store.replaceKnowledgeBase(generated.kb, generated.extractions);
        expect(await store.getExtraction(x.articleId, x.article.sha256, x.extractor.version)).toStrictEqual(x);
        expect(await store.getExtraction(x.articleId, "f".repeat(64), x.extractor.version)).toBeNull();
        expect(await store.getExtraction(x.articleId, x.article.sha256, "other-version")).toBeNull();
        expect(await store.getExtraction("no-such-article", x.article.sha256, x.extractor.version)).toBeNull();
      });

      it("lists article hashes and drops cache rows of articles that left the corpus", async () => {
        const store = await fresh();
        await store.replaceKnowledgeBase(generated.kb, generated.extractions);
        const hashes = await store.listArticleHashes();
        expect(hashes.size).toBe(generated.extractions.length);
        expect(hashes.get("a00002")).toBe(generated.kb.articles[2]!.sha256);
        const kept = generated.extractions.slice(0, 5);
        const kb = { ...generated.kb, articles: generated.kb.articles.slice(0, 3) };
        await store.replaceKnowledgeBase(kb, kept.slice(2));
        expect([...(await store.listArticleHashes()).keys()]).toEqual([
          "a00000",
          "a00001",
          "a00002",
          "a00003",
          "a00004",
        ]);
      });

      it("caches extractions read from an async source as the write goes, as it caches a list", async () => {
        const store = await fresh();
        let reads = 0;
        const source = {
          async *[Symbol.asyncIterator]() {
            reads++;
            for (const x of generated.extractions) {
              await Promise.resolve();
              yield x;
            }
          },
        };
        await store.replaceKnowledgeBase(generated.kb, generated.extractions.slice(0, 1));
        // Only two articles stay in the KB: the others are kept in the cache because the source names them.
        const kb = { ...generated.kb, articles: generated.kb.articles.slice(0, 2) };
        await store.replaceKnowledgeBase(kb, source);
        expect(reads).toBe(1);
        expect(generated.extractions.length).toBeGreaterThan(10);
        expect((await store.listArticleHashes()).size).toBe(generated.extractions.length);
        const x = generated.extractions.at(-1)!;
        expect(await store.getExtraction(x.articleId, x.article.sha256, x.extractor.version)).toStrictEqual(x);
        await store.replaceKnowledgeBase(kb, (async function* () {})());
        expect([...(await store.listArticleHashes()).keys()]).toEqual(["a00000", "a00001"]);
      });

      it("updates a cached extraction whose article changed", async () => {
        const store = await fresh();
        await store.replaceKnowledgeBase(generated.kb, generated.extractions);
        const changed = clone(generated.extractions[0]!);
        changed.article.sha256 = "a".repeat(64);
        changed.extractor.version = "synthetic-2";
        await store.replaceKnowledgeBase(generated.kb, [changed, ...generated.extractions.slice(1)]);
        expect((await store.listArticleHashes()).get("a00000")).toBe("a".repeat(64));
        expect(await store.getExtraction("a00000", "a".repeat(64), "synthetic-2")).toStrictEqual(changed);
      });
    });

    describe("atomic replace", () => {
      it("leaves the previous KB readable and unchanged when an insert fails mid-replace", async () => {
        const store = await fresh();
        await store.replaceKnowledgeBase(sampleKnowledgeBase, []);
        const bad = clone(generated.kb);
        bad.events.push(clone(bad.events[0]!)); // a duplicate id, found only after hundreds of inserts
        await expect(store.replaceKnowledgeBase(bad, generated.extractions)).rejects.toThrow(StoreWriteError);
        expect(await store.loadKnowledgeBase()).toStrictEqual(sampleKnowledgeBase);
        expect((await store.stats()).events).toBe(1);
        expect(await store.listArticleHashes()).toEqual(new Map());
        expect((await store.search("Blinken")).map((h) => h.id)).toContain("antony-blinken");
        expect(await store.search("Pashinian")).toEqual([]);
      });

      // better-sqlite3 runs each statement synchronously, so the two stores interleave statement by statement.
      it("lets a second store read the old KB, never a mix, while the first one writes", async () => {
        const writer = await fresh();
        await writer.replaceKnowledgeBase(sampleKnowledgeBase, []);
        const reader = await open();
        const big = generateKnowledgeBase({ articles: 400, seed: 3 });
        let done = false;
        const writing = writer.replaceKnowledgeBase(big.kb, big.extractions).finally(() => {
          done = true;
        });
        const seen: number[] = [];
        while (!done) {
          const s = await reader.stats();
          seen.push(s.events, s.articles);
        }
        await writing;
        const after = await reader.stats();
        expect(seen.length).toBeGreaterThan(2);
        expect(seen.slice(0, 2)).toEqual([1, 1]);
        for (let i = 0; i < seen.length; i += 2) {
          expect([
            [1, 1],
            [big.kb.events.length, big.kb.articles.length],
          ]).toContainEqual([seen[i], seen[i + 1]]);
        }
        expect(after.events).toBe(big.kb.events.length);
      });

      it("refuses writes on a read-only store and keeps serving reads", async () => {
        const store = await fresh();
        await store.replaceKnowledgeBase(sampleKnowledgeBase, []);
        const readonly = await open({ readonly: true });
        expect(await readonly.loadKnowledgeBase()).toStrictEqual(sampleKnowledgeBase);
        await expect(readonly.replaceKnowledgeBase(generated.kb, [])).rejects.toThrow(StoreWriteError);
        expect(await readonly.loadKnowledgeBase()).toStrictEqual(sampleKnowledgeBase);
      });
    });

    describe("generations (optimistic replace)", () => {
      it("counts replaces from 0 and commits a replace made at the current generation", async () => {
        const store = await fresh();
        expect(await store.generation()).toBe(0);
        expect(await store.replaceKnowledgeBase(sampleKnowledgeBase, [])).toBe(1);
        const reader = await open();
        expect(await reader.generation()).toBe(1);
        expect(await store.replaceKnowledgeBase(generated.kb, generated.extractions, { expectedGeneration: 1 })).toBe(
          2,
        );
        expect(await reader.generation()).toBe(2);
        expect(JSON.stringify(await reader.loadKnowledgeBase())).toBe(JSON.stringify(generated.kb));
      });

      it("refuses a replace built on a stale generation with StoreConflictError, writing nothing", async () => {
        const store = await fresh();
        await store.replaceKnowledgeBase(sampleKnowledgeBase, []);
        const stale = await store.generation();
        const other = await open();
        await other.replaceKnowledgeBase(generated.kb, generated.extractions);
        const error = await store
          .replaceKnowledgeBase(sampleKnowledgeBase, [], { expectedGeneration: stale })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreConflictError);
        expect(error).toMatchObject({ code: "CONFLICT", expected: stale, actual: stale + 1 });
        expect((error as Error).message).toMatch(/replaced by another writer/);
        expect(await store.generation()).toBe(stale + 1);
        expect(JSON.stringify(await store.loadKnowledgeBase())).toBe(JSON.stringify(generated.kb));
        expect((await store.listArticleHashes()).size).toBe(generated.extractions.length);
      });

      it("lets exactly one of two writers that read the same generation commit; the other changes nothing", async () => {
        const a = await fresh();
        await a.replaceKnowledgeBase(sampleKnowledgeBase, []);
        const b = await open();
        const one = generateKnowledgeBase({ articles: 80, seed: 21 });
        const two = generateKnowledgeBase({ articles: 70, seed: 22 });
        const read = await a.generation();
        const results = await Promise.allSettled([
          a.replaceKnowledgeBase(one.kb, one.extractions, { expectedGeneration: read }),
          b.replaceKnowledgeBase(two.kb, two.extractions, { expectedGeneration: read }),
        ]);
        const won = results.filter((r) => r.status === "fulfilled");
        const lost = results.filter((r) => r.status === "rejected");
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(StoreConflictError);
        const winner = results[0]!.status === "fulfilled" ? one : two;
        expect(JSON.stringify(await b.loadKnowledgeBase())).toBe(JSON.stringify(winner.kb));
        expect([...(await a.listArticleHashes()).keys()]).toEqual(winner.extractions.map((x) => x.articleId));
        expect(await a.generation()).toBe(read + 1);
      });
    });

    describe("events", () => {
      let store: Store;
      const kb = () => generated.kb;
      beforeAll(async () => {
        target = await makeTarget();
        store = await target.open();
        await store.replaceKnowledgeBase(generated.kb, generated.extractions);
      });

      const ids = async (f: EventFilter) =>
        (await collectAll((cursor) => store.listEvents({ ...f, limit: 500, cursor }))).map((e) => e.id);

      it("orders the whole time line by date at its precision, undated last, then id", async () => {
        const got = await ids({});
        expect(got).toEqual(expectedEventIds(kb(), {}));
        const last = kb().events.find((e) => e.date === null)!;
        expect(got.indexOf(last.id)).toBeGreaterThan(got.length - 1 - kb().events.filter((e) => !e.date).length);
      });

      it.each<[string, () => Omit<EventFilter, "limit" | "cursor">]>([
        ["actor", () => ({ actor: "nikol-pashinian" })],
        ["place", () => ({ place: "baku" })],
        ["type", () => ({ type: "call" })],
        ["status", () => ({ status: "planned" })],
        ["source", () => ({ source: "a00010" })],
        ["background", () => ({ background: true })],
        ["not background", () => ({ background: false })],
        ["undated", () => ({ undated: true })],
        ["dated", () => ({ undated: false })],
        ["from", () => ({ from: "2020-02" })],
        ["to", () => ({ to: "2020-01-20" })],
        ["from and to", () => ({ from: "2020-01-10", to: "2020-02-05" })],
        ["actor and dates", () => ({ actor: "nikol-pashinian", from: "2020-06", to: "2022" })],
        ["everything at once", () => ({ actor: "armenia", type: "meeting", status: "occurred", from: "2020-01-05" })],
      ])("filters by %s exactly as the document says", async (_, filter) => {
        const expected = expectedEventIds(kb(), filter());
        expect(expected.length).toBeGreaterThan(0);
        expect(await ids(filter())).toEqual(expected);
      });

      it("gives nothing for filters that match nothing", async () => {
        expect(await ids({ actor: "nobody" })).toEqual([]);
        expect(await ids({ from: "2031" })).toEqual([]);
      });

      it("matches words of the title, wording and framing with text", async () => {
        const framed = kb().events.find((e) => e.reports.some((r) => r.framing.length > 0))!;
        const term = framed.reports.flatMap((r) => r.framing)[0]!.term;
        expect(await ids({ text: `"${term}"` })).toContain(framed.id);
        const got = await ids({ text: "Pashinian" });
        expect(got.length).toBeGreaterThan(0);
        for (const id of got) {
          const e = kb().events.find((x) => x.id === id)!;
          expect(`${e.title} ${e.reports.map((r) => r.wording).join(" ")}`).toMatch(/Pashinian/);
        }
        await expect(store.listEvents({ text: "   " })).rejects.toThrow(BadQueryError);
      });

      it("visits every event exactly once when paging, with or without a filter", async () => {
        for (const filter of [{}, { actor: "nikol-pashinian" }, { undated: true }]) {
          const paged = await collectAll((cursor) => store.listEvents({ ...filter, limit: 7, cursor }));
          expect(paged.map((e) => e.id)).toEqual(expectedEventIds(kb(), filter));
        }
      });

      it("lists every actor's events once each, in time-line order, whatever the page size or the actor's roles", async () => {
        // One actor in two roles of an event (agent and counterpart) is still one entry of its time line.
        const doubled = clone(kb());
        const event = doubled.events.find((e) => e.participants.length >= 2)!;
        event.participants[1]!.actorId = event.participants[0]!.actorId;
        const own = await fresh();
        await own.replaceKnowledgeBase(doubled, generated.extractions);
        for (const actor of doubled.actors.map((a) => a.id)) {
          const expected = expectedEventIds(doubled, { actor });
          for (const limit of [2, 50]) {
            const items = await collectAll((cursor) => own.listEvents({ actor, limit, cursor }));
            expect(items.map((e) => e.id)).toEqual(expected);
            const summaries = await collectAll((cursor) => own.listEventSummaries({ actor, limit, cursor }));
            expect(summaries.map((e) => e.id)).toEqual(expected);
          }
        }
        expect(expectedEventIds(doubled, { actor: event.participants[0]!.actorId })).toContain(event.id);
      });

      it("returns an event with its conflicts, and null for an unknown id", async () => {
        const conflict = kb().conflicts[0]!;
        const detail = await store.getEvent(conflict.eventId);
        expect(detail?.event).toStrictEqual(kb().events.find((e) => e.id === conflict.eventId));
        expect(detail?.conflicts).toStrictEqual(kb().conflicts.filter((c) => c.eventId === conflict.eventId));
        expect(await store.getEvent("no-such-event")).toBeNull();
      });

      it("lists each event with its first reports and the counts of all of them", async () => {
        const items = await collectAll((cursor) => store.listEvents({ limit: 500, cursor }));
        const byId = new Map(kb().events.map((e) => [e.id, e]));
        expect(items).toHaveLength(kb().events.length);
        for (const item of items) {
          const e = byId.get(item.id)!;
          expect(EventListItemSchema.parse(item)).toStrictEqual(item);
          expect(item).toStrictEqual(eventListItem(e));
          expect(item.reports).toStrictEqual(e.reports.slice(0, LIST_REPORTS));
          expect(item.reportCount).toBe(e.reports.length);
          expect(item.sourceCount).toBe(new Set(e.reports.map((r) => r.articleId)).size);
          expect(item.reportsOmitted).toBe(Math.max(0, e.reports.length - LIST_REPORTS));
        }
      });

      it("lists each actor and place with its first mentions and the counts of all of them", async () => {
        const actors = await collectAll((cursor) => store.listActors({ limit: 500, cursor }));
        expect(actors).toHaveLength(kb().actors.length);
        for (const item of actors) {
          expect(ActorListItemSchema.parse(item)).toStrictEqual(item);
          expect(item).toStrictEqual(actorListItem(kb().actors.find((a) => a.id === item.id)!));
        }
        const places = await collectAll((cursor) => store.listPlaces({ limit: 500, cursor }));
        expect(places).toHaveLength(kb().places.length);
        for (const item of places) {
          expect(PlaceListItemSchema.parse(item)).toStrictEqual(item);
          expect(item).toStrictEqual(placeListItem(kb().places.find((p) => p.id === item.id)!));
        }
      });

      it("bounds an actor named everywhere in listings, and gives every mention with the actor", async () => {
        const own = await fresh();
        const k = kbWithFamousActor(kb());
        const famous = k.actors[0]!;
        await own.replaceKnowledgeBase(k, []);
        const listed = (await collectAll((c) => own.listActors({ limit: 500, cursor: c }))).find(
          (a) => a.id === famous.id,
        )!;
        expect(listed.mentions).toStrictEqual(famous.mentions.slice(0, LIST_MENTIONS));
        expect([listed.mentionCount, listed.articleCount]).toEqual([2 * k.articles.length, k.articles.length]);
        expect(listed.aliases[0]!.articles).toStrictEqual(famous.aliases[0]!.articles.slice(0, LIST_ARTICLES));
        expect(listed.aliases[0]!.articleCount).toBe(k.articles.length);
        expect((await own.getActor(famous.id))?.actor.mentions).toStrictEqual(famous.mentions);
      });

      it("puts the reports of the source a listing is filtered by first", async () => {
        for (const article of kb().articles.slice(0, 20)) {
          const items = await collectAll((cursor) => store.listEvents({ source: article.id, limit: 500, cursor }));
          for (const item of items) {
            const all = kb().events.find((e) => e.id === item.id)!.reports;
            const own = all.filter((r) => r.articleId === article.id);
            const rest = all.slice(0, LIST_REPORTS).filter((r) => r.articleId !== article.id);
            expect(item.reports).toStrictEqual([...own, ...rest].slice(0, LIST_REPORTS));
            expect(item.reportsOmitted).toBe(item.reportCount - item.reports.length);
          }
        }
      });

      it("bounds an event told by many articles in listings, and gives every report with the event", async () => {
        const own = await fresh();
        const { kb: k, event } = kbWithBusyEvent(kb());
        await own.replaceKnowledgeBase(k, []);
        const listed = (await collectAll((c) => own.listEvents({ limit: 500, cursor: c }))).find(
          (e) => e.id === event.id,
        )!;
        expect(listed.reports).toStrictEqual(event.reports.slice(0, 3));
        expect(listed.reports).toHaveLength(LIST_REPORTS);
        expect([listed.reportCount, listed.sourceCount, listed.reportsOmitted]).toEqual([8, 7, 5]);
        expect(listed.when).toStrictEqual(event.reports[5]!.when);
        expect(listed.when).not.toBeNull();
        expect((await own.getEvent(event.id))?.event.reports).toStrictEqual(event.reports);
        // The article that tells it twice, past the first three: both of its reports first, then the first one.
        const twice = event.reports[3]!.articleId;
        expect(event.reports[4]!.articleId).toBe(twice);
        const bySource = (await own.listEvents({ source: twice, limit: 500 })).items.find((e) => e.id === event.id)!;
        expect(bySource.reports).toStrictEqual([event.reports[3], event.reports[4], event.reports[0]]);
        expect([bySource.reportCount, bySource.sourceCount, bySource.reportsOmitted]).toEqual([8, 7, 5]);
        const last = event.reports[7]!.articleId;
        const page = await own.listEventsJson({ source: last, limit: 500 });
        const item = page.items.map((t) => JSON.parse(t)).find((e) => e.id === event.id);
        expect(item.reports).toStrictEqual([event.reports[7], event.reports[0], event.reports[1]]);
        expect(page.items).toEqual(
          (await own.listEvents({ source: last, limit: 500 })).items.map((e) => JSON.stringify(e)),
        );
      });

      it("rejects bad cursors, limits and date bounds with errors that say so", async () => {
        await expect(store.listEvents({ cursor: "not-a-cursor" })).rejects.toThrow(BadCursorError);
        const actors = await store.listActors({ limit: 1 });
        await expect(store.listEvents({ cursor: actors.nextCursor! })).rejects.toThrow(BadCursorError);
        await expect(store.listEvents({ limit: 501 })).rejects.toThrow(BadInputError);
        await expect(store.listEvents({ limit: 0 })).rejects.toThrow(BadInputError);
        await expect(store.listEvents({ from: "--09-15" })).rejects.toThrow(/needs a year/);
        await expect(store.listEvents({ to: "last week" })).rejects.toThrow(BadInputError);
        expect((await store.listEvents()).items).toHaveLength(50);
      });
    });

    describe("event summaries", () => {
      let store: Store;
      const kb = () => generated.kb;
      beforeAll(async () => {
        target = await makeTarget();
        store = await target.open();
        await store.replaceKnowledgeBase(generated.kb, generated.extractions);
      });
      const summaries = (f: EventFilter) =>
        collectAll((cursor) => store.listEventSummaries({ ...f, limit: 500, cursor }));

      it.each<[string, Omit<EventFilter, "limit" | "cursor">]>([
        ["no filter", {}],
        ["actor and dates", { actor: "nikol-pashinian", from: "2020-06", to: "2022" }],
        ["type and from", { type: "meeting", from: "2020-01-05" }],
        ["source", { source: "a00010" }],
        ["status, not background", { status: "planned", background: false }],
        ["undated", { undated: true }],
      ])("lists the events listEvents lists (%s), each summed up from its document", async (_, filter) => {
        const got = await summaries(filter);
        expect(got.map((s) => s.id)).toEqual(expectedEventIds(kb(), filter));
        expect(got.length).toBeGreaterThan(0);
        for (const s of got) expect(s).toStrictEqual(expectedSummary(kb(), s.id));
      });

      it("names every participant, counts reports and sources, and flags conflicts", async () => {
        const all = await summaries({});
        expect(all.some((s) => s.conflicted)).toBe(true);
        expect(all.some((s) => s.sources > 1)).toBe(true);
        expect(all.some((s) => s.participants.length > 1)).toBe(true);
        for (const s of all) for (const p of s.participants) expect(p.name).not.toBe("");
      });

      it("pages with the same cursors as listEvents, in both directions", async () => {
        const filter = { actor: "nikol-pashinian" };
        const paged = await collectAll((cursor) => store.listEventSummaries({ ...filter, limit: 3, cursor }));
        expect(paged.map((s) => s.id)).toEqual(expectedEventIds(kb(), filter));
        const full = await store.listEvents({ ...filter, limit: 4 });
        const next = await store.listEventSummaries({ ...filter, limit: 4, cursor: full.nextCursor! });
        expect(next.items.map((s) => s.id)).toEqual(expectedEventIds(kb(), filter).slice(4, 8));
        const short = await store.listEventSummaries({ ...filter, limit: 4 });
        expect(short.nextCursor).toBe(full.nextCursor);
      });

      it("counts the reports of the KB it reads, also after another replace", async () => {
        const own = await fresh();
        const k = clone(kb());
        await own.replaceKnowledgeBase(k, []);
        const busy = k.events.find((e) => e.reports.length > 1)!;
        const before = (await collectAll((c) => own.listEventSummaries({ limit: 500, cursor: c }))).find(
          (s) => s.id === busy.id,
        )!;
        expect(before.reports).toBe(busy.reports.length);
        busy.reports = busy.reports.slice(0, 1);
        // Names and conflict flags come from the new KB too.
        const named = k.actors.find((a) => busy.participants.some((p) => p.actorId === a.id));
        if (named) named.name = `${named.name} (renamed)`;
        k.conflicts = k.conflicts.filter((c) => c.eventId !== busy.id);
        // Through a second handle, as another process would.
        const other = await open();
        await other.replaceKnowledgeBase(k, []);
        const after = (await collectAll((c) => own.listEventSummaries({ limit: 500, cursor: c }))).find(
          (s) => s.id === busy.id,
        )!;
        expect(after).toStrictEqual(expectedSummary(k, busy.id));
        expect(after.reports).toBe(1);
        expect(after.conflicted).toBe(false);
      });

      it("rejects what listEvents rejects", async () => {
        await expect(store.listEventSummaries({ cursor: "not-a-cursor" })).rejects.toThrow(BadCursorError);
        await expect(store.listEventSummaries({ limit: 501 })).rejects.toThrow(BadInputError);
        await expect(store.listEventSummaries({ text: "   " })).rejects.toThrow(BadQueryError);
        expect((await store.listEventSummaries()).items).toHaveLength(50);
      });

      it("gives one article's reports, quotes and figures as the document has them", async () => {
        const k = kb();
        const article = k.articles.find((a) => k.quotes.some((q) => q.articleId === a.id))!;
        const items = await store.getArticleItems(article.id);
        const order = expectedEventIds(k, {});
        const expected = k.events
          .filter((e) => e.reports.some((r) => r.articleId === article.id))
          .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
          .flatMap((e) =>
            e.reports.filter((r) => r.articleId === article.id).map((report) => ({ eventId: e.id, report })),
          );
        expect(expected.length).toBeGreaterThan(0);
        expect(items.reports).toStrictEqual(expected);
        expect(items.quotes).toStrictEqual(k.quotes.filter((q) => q.articleId === article.id));
        expect(items.figures).toStrictEqual(k.figures.filter((f) => f.articleId === article.id));
        expect(await store.getArticleItems("no-such-article")).toStrictEqual({
          reports: [],
          quotes: [],
          figures: [],
          mentions: [],
        });
      });

      it("gives every article its actor mentions, role evidence and place mentions, in KB order", async () => {
        const k = kb();
        let total = 0;
        const kinds = new Set<string>();
        for (const article of k.articles) {
          const { mentions } = await store.getArticleItems(article.id);
          expect(mentions).toStrictEqual(expectedMentions(k, article.id));
          total += mentions.length;
          for (const m of mentions) kinds.add(m.kind);
        }
        // Every piece of actor and place evidence is some article's, once.
        const evidence =
          k.actors.reduce((n, a) => n + a.mentions.length + a.roles.reduce((r, x) => r + x.evidence.length, 0), 0) +
          k.places.reduce((n, p) => n + p.mentions.length, 0);
        expect(total).toBe(evidence);
        expect([...kinds].sort()).toEqual(["actor", "place", "role"]);
      });

      it("gives an article's mentions of the KB it reads after another replace", async () => {
        const other = await makeTarget();
        const own = await other.open();
        opened.push(own);
        const k = clone(kb());
        await own.replaceKnowledgeBase(k, []);
        const article = k.articles.find((a) => expectedMentions(k, a.id).some((m) => m.kind === "actor"))!;
        const gone = k.actors.find((a) => a.mentions.some((m) => m.articleId === article.id))!;
        const next = { ...k, actors: k.actors.filter((a) => a !== gone) };
        await own.replaceKnowledgeBase(next, []);
        const { mentions } = await own.getArticleItems(article.id);
        expect(mentions).toStrictEqual(expectedMentions(next, article.id));
        expect(mentions.some((m) => m.targetId === gone.id)).toBe(false);
      });

      it("gives listEvents' pages as the JSON text of each event, with the same cursors and errors", async () => {
        for (const filter of [{}, { actor: "nikol-pashinian", limit: 7 }, { source: "a00010" }, { undated: true }]) {
          let cursor: string | undefined;
          let pages = 0;
          do {
            const page = await store.listEvents({ ...filter, cursor });
            const json = await store.listEventsJson({ ...filter, cursor });
            expect(json.nextCursor).toBe(page.nextCursor);
            expect(json.items).toEqual(page.items.map((e) => JSON.stringify(e)));
            cursor = page.nextCursor ?? undefined;
            pages++;
          } while (cursor);
          expect(pages).toBeGreaterThan(0);
        }
        await expect(store.listEventsJson({ cursor: "not-a-cursor" })).rejects.toThrow(BadCursorError);
        await expect(store.listEventsJson({ limit: 501 })).rejects.toThrow(BadInputError);
        await expect(store.listEventsJson({ text: "   " })).rejects.toThrow(BadQueryError);
      });

      it("names actors by id in the order asked, leaving unknown ids out", async () => {
        const [a, b] = kb().actors;
        expect(await store.actorNames([b!.id, "nobody", a!.id, b!.id])).toStrictEqual([
          { id: b!.id, name: b!.name, kind: b!.kind },
          { id: a!.id, name: a!.name, kind: a!.kind },
        ]);
        expect(await store.actorNames([])).toEqual([]);
        const many = kb().actors.map((x) => x.id);
        expect((await store.actorNames(many)).map((x) => x.id)).toEqual(many);
      });
    });

    describe("cursors", () => {
      it("stay valid across a replace: the next page starts after the last item seen, skipping nothing", async () => {
        const store = await fresh();
        const kb = clone(generated.kb);
        await store.replaceKnowledgeBase(kb, []);
        const first = await store.listEvents({ limit: 10 });
        const all = expectedEventIds(kb, {});
        // An event added before the cursor's position must not shift the next page (keyset, not offset).
        const earlier: Event = { ...clone(kb.events[0]!), id: "0000-added-early", date: DAY("1900-01-01") };
        kb.events.push(earlier);
        await store.replaceKnowledgeBase(kb, []);
        const second = await store.listEvents({ limit: 10, cursor: first.nextCursor! });
        expect(second.items.map((e) => e.id)).toEqual(all.slice(10, 20));
      });
    });

    describe("date overlap at each precision", () => {
      let store: Store;
      beforeAll(async () => {
        target = await makeTarget();
        store = await target.open();
        await store.replaceKnowledgeBase(datedKb(), []);
      });
      const ids = async (f: EventFilter) => (await store.listEvents(f)).items.map((e) => e.id);

      it("puts day before month before year at the same start, no-year dates after, undated last", async () => {
        expect(await ids({})).toEqual([
          "e-decade",
          "e-year",
          "e-oct-31",
          "e-month",
          "e-day",
          "e-dec-1",
          "e-no-year",
          "e-undated",
        ]);
      });

      it("counts a month, a year or a decade as overlapping a day inside it", async () => {
        expect(await ids({ from: "2023-11-27", to: "2023-11-27" })).toEqual(["e-decade", "e-year", "e-month", "e-day"]);
        expect(await ids({ from: "2023-11-27" })).toEqual(["e-decade", "e-year", "e-month", "e-day", "e-dec-1"]);
      });

      it("reads each bound at its own precision", async () => {
        expect(await ids({ from: "2023-11", to: "2023-11" })).toEqual(["e-decade", "e-year", "e-month", "e-day"]);
        expect(await ids({ to: "2023-10" })).toEqual(["e-decade", "e-year", "e-oct-31"]);
        expect(await ids({ from: "2023-12" })).toEqual(["e-decade", "e-year", "e-dec-1"]);
        expect(await ids({ from: "2019", to: "2019" })).toEqual([]);
      });

      it("never lets a date without a year, or no date, match a date range", async () => {
        const any = await ids({ from: "1900", to: "2100" });
        expect(any).not.toContain("e-no-year");
        expect(any).not.toContain("e-undated");
        expect(await ids({ undated: true })).toEqual(["e-no-year", "e-undated"]);
      });
    });

    describe("actors, places, articles, conflicts, curation", () => {
      let store: Store;
      const kb = () => generated.kb;
      beforeAll(async () => {
        target = await makeTarget();
        store = await target.open();
        await store.replaceKnowledgeBase(generated.kb, generated.extractions);
      });

      it("finds actors by any part of a name or alias, whatever the case", async () => {
        for (const q of ["pashinyan", "PASHINIAN", "nikol", "Pashin"]) {
          expect((await store.listActors({ q })).items.map((a) => a.id)).toContain("nikol-pashinian");
        }
        expect((await store.listActors({ q: "%" })).items).toEqual([]);
        expect((await store.listActors({ q: "_" })).items).toEqual([]);
        const countries = await store.listActors({ kind: "country", limit: 500 });
        expect(countries.items.map((a) => a.id).sort()).toEqual(
          kb()
            .actors.filter((a) => a.kind === "country")
            .map((a) => a.id)
            .sort(),
        );
      });

      it("pages actors, places, articles and conflicts, each item exactly once", async () => {
        const actors = await collectAll((cursor) => store.listActors({ limit: 3, cursor }));
        expect(actors.map((a) => a.id).sort()).toEqual(
          kb()
            .actors.map((a) => a.id)
            .sort(),
        );
        expect(actors.map((a) => a.name.toLowerCase())).toEqual(actors.map((a) => a.name.toLowerCase()).sort());
        const places = await collectAll((cursor) => store.listPlaces({ limit: 4, cursor }));
        expect(places.map((p) => p.id).sort()).toEqual(
          kb()
            .places.map((p) => p.id)
            .sort(),
        );
        const articles = await collectAll((cursor) => store.listArticles({ limit: 7, cursor }));
        expect(articles.map((a) => a.id)).toEqual(kb().articles.map((a) => a.id));
        const conflicts = await collectAll((cursor) => store.listConflicts({ limit: 5, cursor }));
        expect(conflicts.map((c) => c.id)).toEqual(
          kb()
            .conflicts.map((c) => c.id)
            .sort(),
        );
      });

      it("lists articles without their text, and returns one article whole", async () => {
        const page = await store.listArticles({ limit: 2 });
        expect(page.items[0]).not.toHaveProperty("text");
        const { text: _text, ...rest } = kb().articles[0]!;
        expect(page.items[0]).toStrictEqual(rest);
        expect(await store.getArticle("a00001")).toStrictEqual(kb().articles[1]);
        expect(await store.getArticle("nope")).toBeNull();
      });

      it("returns each actor whole, with its first events on the time line, quotes and co-actors", async () => {
        for (const actor of kb().actors) {
          const detail = await store.getActor(actor.id);
          expect(detail?.actor).toStrictEqual(actor);
          const ids = expectedEventIds(kb(), { actor: actor.id });
          expect(detail?.events.items.map((e) => e.id)).toEqual(ids.slice(0, ACTOR_EVENTS));
          expect(detail?.eventCount).toBe(ids.length);
          const quotes = kb().quotes.filter((q) => q.speakerId === actor.id);
          expect(detail?.quotes).toStrictEqual(quotes.slice(0, ACTOR_QUOTES));
          expect(detail?.quoteCount).toBe(quotes.length);
          expect(detail?.coActors).toStrictEqual(expectedCoActors(kb(), actor.id));
        }
        expect(await store.getActor("nobody")).toBeNull();
      });

      it("bounds the events of an actor in every event, and continues them from the cursor", async () => {
        const own = await fresh();
        const k = clone(kb());
        const everywhere = k.actors[0]!.id;
        for (const e of k.events) {
          if (!e.participants.some((p) => p.actorId === everywhere))
            e.participants.push({ actorId: everywhere, role: "other" });
        }
        expect(k.events.length).toBeGreaterThan(ACTOR_EVENTS);
        await own.replaceKnowledgeBase(k, []);
        const detail = (await own.getActor(everywhere))!;
        const ids = expectedEventIds(k, { actor: everywhere });
        expect(detail.events.items).toHaveLength(ACTOR_EVENTS);
        expect(detail.eventCount).toBe(k.events.length);
        const rest = await collectAll((c) =>
          own.listEventSummaries({ actor: everywhere, limit: 500, cursor: c ?? detail.events.nextCursor! }),
        );
        expect([...detail.events.items, ...rest].map((e) => e.id)).toEqual(ids);
        expect(detail.coActors.length).toBe(Math.min(CO_ACTORS, k.actors.length - 1));
        expect(detail.coActors).toStrictEqual(expectedCoActors(k, everywhere));
      });

      it("finds places by name or alias and returns one place", async () => {
        expect((await store.listPlaces({ q: "washington, dc" })).items.map((p) => p.id)).toEqual(["washington"]);
        expect((await store.listPlaces({ kind: "region" })).items.every((p) => p.kind === "region")).toBe(true);
        expect(await store.getPlace("baku")).toStrictEqual(kb().places.find((p) => p.id === "baku"));
        expect(await store.getPlace("atlantis")).toBeNull();
      });

      it("filters conflicts by event and field", async () => {
        const c = kb().conflicts[1]!;
        expect((await store.listConflicts({ eventId: c.eventId })).items).toStrictEqual([c]);
        expect((await store.listConflicts({ field: "wording" })).items).toEqual([]);
        expect((await store.listConflicts({ field: "date", limit: 500 })).items).toHaveLength(kb().conflicts.length);
      });

      it("lists curation statuses and suggestions in document order", async () => {
        expect(await store.listCuration()).toStrictEqual(kb().curation);
        expect(await store.listSuggestions()).toStrictEqual(kb().suggestions);
      });
    });

    describe("search", () => {
      let store: Store;
      beforeAll(async () => {
        target = await makeTarget();
        store = await target.open();
        await store.replaceKnowledgeBase(generated.kb, generated.extractions);
      });

      it("finds Pashinian in article text and in actor aliases, with the matches marked", async () => {
        const hits = await store.search("Pashinian", { limit: 200 });
        const article = hits.find((h) => h.kind === "article");
        expect(matches(article?.snippet)).toEqual(["Pashinian"]);
        const actor = hits.find((h) => h.kind === "actor" && h.id === "nikol-pashinian");
        expect(actor?.title).toBe("Nikol Pashinian");
        expect(matches(actor?.snippet)).toContain("Pashinian");
        const byAlias = await store.search("Pashinyan", { kinds: ["actor"] });
        expect(byAlias.map((h) => h.id)).toEqual(["nikol-pashinian"]);
        expect(matches(byAlias[0]!.snippet)).toContain("Pashinyan");
        expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
      });

      it("supports a trailing * for prefixes and a quoted phrase", async () => {
        const prefix = await store.search("Pashin*", { kinds: ["actor"] });
        expect(prefix.map((h) => h.id)).toEqual(["nikol-pashinian"]);
        const phrase = await store.search('"peace treaty with Armenia"', { kinds: ["article"], limit: 500 });
        const expected = generated.kb.articles.filter((a) => a.text.includes("peace treaty with Armenia"));
        expect(phrase.map((h) => h.id).sort()).toEqual(expected.map((a) => a.id).sort());
        expect(matches(phrase[0]!.snippet)).toContain("peace treaty with Armenia");
      });

      it("respects the limit and the kinds asked for", async () => {
        expect(await store.search("peace", { limit: 5 })).toHaveLength(5);
        const events = await store.search("Pashinian", { kinds: ["event"] });
        expect(events.length).toBeGreaterThan(0);
        expect(events.every((h) => h.kind === "event")).toBe(true);
      });

      it.each([
        '"',
        "AND OR",
        "*",
        "'; DROP TABLE events; --",
        "NEAR(",
        "NEAR(a b",
        "title:Pashinian",
        "^Pashinian",
        "(Pashinian",
        "Pashinian)",
        '"unclosed phrase',
        "a OR",
        "NOT",
        "-Pashinian",
        "\u0000",
        "💥",
      ])("treats %j as data: a BadQueryError or results, never an SQL error", async (query) => {
        try {
          const hits = await store.search(query);
          expect(Array.isArray(hits)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(BadQueryError);
        }
        expect((await store.stats()).events).toBe(generated.kb.events.length);
      });

      it("rejects an empty or overlong query with BadQueryError", async () => {
        await expect(store.search("")).rejects.toThrow(BadQueryError);
        await expect(store.search("   ")).rejects.toThrow(BadQueryError);
        await expect(store.search("x".repeat(201))).rejects.toThrow(BadQueryError);
        await expect(store.search("x".repeat(200))).resolves.toEqual([]);
      });
    });
  });
}
