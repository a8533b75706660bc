// The fast road for single GET queries answers byte for byte what tRPC answers, and leaves everything else to it.
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type RunningServer, silentLogger, startServer } from "./server";
import { buildSeedKb, type SeedKb } from "./testing/seed-kb";

let seed: SeedKb;
let store: Store;
let fast: RunningServer;
let plain: RunningServer;

beforeAll(async () => {
  seed = await buildSeedKb();
  store = await openSqliteStore(seed.path, { readonly: true });
  const options = { store, port: 0, curationDir: `${seed.dir}/curation`, token: "t0ken", logger: silentLogger() };
  fast = await startServer(options);
  plain = await startServer({ ...options, fastQueries: false });
}, 120_000);

afterAll(async () => {
  await fast?.close();
  await plain?.close();
  await store?.close();
  seed?.cleanup();
});

const q = (procedure: string, input?: unknown) =>
  `/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;

async function both(path: string, init?: RequestInit) {
  const [a, b] = await Promise.all([fetch(`${fast.url}${path}`, init), fetch(`${plain.url}${path}`, init)]);
  const header = (r: Response) => [r.status, r.headers.get("content-type"), r.headers.get("vary")];
  return { fast: [...header(a), await a.text()], plain: [...header(b), await b.text()] };
}

describe("fast GET queries", () => {
  it("answer exactly as tRPC does, for every query procedure with and without input", async () => {
    const event = (await store.listEvents({ limit: 1 })).items[0]!;
    const article = (await store.listArticles({ limit: 1 })).items[0]!;
    const paths = [
      q("stats.get"),
      q("events.list"),
      q("events.list", { actor: "nikol-pashinyan", from: "2023-11", limit: 3 }),
      q("events.summaries", { limit: 5 }),
      q("events.byId", { id: event.id }),
      q("articles.byId", { id: article.id }),
      q("actors.list", { q: "pash" }),
      q("actors.byId", { id: "nikol-pashinyan" }),
      q("places.list"),
      q("conflicts.list", { limit: 2 }),
      q("search.query", { q: "Pashinyan", limit: 5 }),
    ];
    // The second round is answered from the reply cache: the same bytes again.
    for (const round of [1, 2]) {
      for (const path of paths) {
        const { fast: f, plain: p } = await both(path);
        expect(f, `${path} (round ${round})`).toEqual(p);
        expect(f[0], path).toBe(200);
      }
    }
  });

  it("send whole events as stored, the bytes tRPC sends for the parsed events, page after page", async () => {
    for (const filter of [{ limit: 4 }, { actor: "nikol-pashinyan", limit: 1 }, { undated: false, limit: 2 }]) {
      let cursor: string | null = null;
      let pages = 0;
      do {
        const path = q("events.list", cursor ? { ...filter, cursor } : filter);
        const { fast: f, plain: p } = await both(path);
        expect(f, path).toEqual(p);
        expect(f[0], path).toBe(200);
        cursor = (JSON.parse(String(f[3])) as { result: { data: { nextCursor: string | null } } }).result.data
          .nextCursor;
        pages++;
      } while (cursor && pages < 5);
      expect(pages).toBeGreaterThan(1);
    }
  });

  it("send REST's /api/events as stored too: the same bytes as the parsed road, errors included", async () => {
    const paths = [
      "/api/events",
      "/api/events?actor=nikol-pashinyan&from=2023-11&limit=2",
      "/api/events?undated=false&limit=3&background=false",
      "/api/events?limit=abc",
      "/api/events?cursor=not-a-cursor",
      "/api/events?type=no-such-type",
    ];
    const stored = vi.spyOn(store, "listEventsJson");
    let cursor: string | null = null;
    do {
      const path = `/api/events?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const { fast: f } = await both(path);
      cursor = (JSON.parse(String(f[3])) as { nextCursor: string | null }).nextCursor;
      paths.push(path);
    } while (cursor && paths.length < 12);
    for (const path of paths) {
      const { fast: f, plain: p } = await both(path);
      expect(f, path).toEqual(p);
    }
    expect((await both("/api/events?limit=abc")).fast[0]).toBe(400);
    // The stored road was taken (the plain server parses events through listEvents instead).
    expect(stored.mock.calls.length).toBeGreaterThanOrEqual(paths.length - 3);
    stored.mockRestore();
  });

  it("leaves errors, bad input, batches, mutations and other methods to tRPC, with its replies", async () => {
    const paths = [
      q("events.byId", { id: "no-such-event" }),
      q("events.list", { limit: 0 }),
      q("events.list", { cursor: "not-a-cursor" }),
      q("search.query", { q: "(*)" }),
      "/trpc/events.list?input=%7B",
      // An empty input is not the no-input call the first test left in the cache.
      "/trpc/events.list?input=",
      "/trpc/stats.get?input=",
      "/trpc/events.list?input=%E0%A4%A",
      "/trpc/nothing.here",
      "/trpc/curation.add?input=%7B%7D",
      `/trpc/stats.get,events.list?batch=1&input=${encodeURIComponent("{}")}`,
    ];
    for (const path of paths) {
      const { fast: f, plain: p } = await both(path);
      expect(f, path).toEqual(p);
    }
    const post = await both("/trpc/stats.get", { method: "POST", body: "{}" });
    expect(post.fast).toEqual(post.plain);
  });

  it("answer from the new KB once another process replaced it, cached or not", async () => {
    const path = seed.copy("replaced");
    const reader = await openSqliteStore(path, { readonly: true });
    const writer = await openSqliteStore(path);
    const server = await startServer({
      store: reader,
      port: 0,
      curationDir: `${seed.dir}/curation`,
      logger: silentLogger(),
    });
    try {
      const kb = (await writer.loadKnowledgeBase())!;
      const event = kb.events[0]!;
      type Reply = { result: { data: { event: { title: string }; events: number } } };
      const get = async (p: string) => (await (await fetch(`${server.url}${p}`)).json()) as Reply;
      const byId = q("events.byId", { id: event.id });
      const stats = q("stats.get");
      expect((await get(byId)).result.data.event.title).toBe(event.title);
      expect((await get(byId)).result.data.event.title).toBe(event.title);
      const before = (await get(stats)).result.data;

      await writer.replaceKnowledgeBase(
        {
          ...kb,
          events: kb.events.map((e) => (e.id === event.id ? { ...e, title: "Retitled by another process" } : e)),
        },
        [],
      );
      expect((await get(byId)).result.data.event.title).toBe("Retitled by another process");
      expect((await get(stats)).result.data).toEqual(before);
      // REST reads share the cache and its generation check.
      const rest = async (p: string) => (await fetch(`${server.url}${p}`)).json() as Promise<Record<string, unknown>>;
      const restEvent = `/api/events/${encodeURIComponent(event.id)}`;
      expect(((await rest(restEvent)).event as { title: string }).title).toBe("Retitled by another process");
      expect(await rest("/api/stats")).toEqual(before);

      await writer.replaceKnowledgeBase({ ...kb, events: kb.events.filter((e) => e.id !== event.id) }, []);
      const gone = await fetch(`${server.url}${byId}`);
      expect(gone.status).toBe(404);
      expect((await get(stats)).result.data.events).toBe(before.events - 1);
      expect((await fetch(`${server.url}${restEvent}`)).status).toBe(404);
      expect((await rest("/api/stats")).events).toBe(before.events - 1);
    } finally {
      await server.close();
      await writer.close();
      await reader.close();
    }
  });
});
