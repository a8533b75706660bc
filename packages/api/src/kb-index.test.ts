// The KB index cache: one load for a burst of callers, a rebuild after invalidate or an outside replace.
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KbIndexCache } from "./kb-index";
import { buildSeedKb, type SeedKb } from "./testing/seed-kb";

let seed: SeedKb;
let store: Store;
let loads = 0;

beforeAll(async () => {
  seed = await buildSeedKb();
  const real = await openSqliteStore(seed.copy("index"));
  // Counting loads through the real store: a subclass-free wrapper keeps every other method as it is.
  store = new Proxy(real, {
    get(target, key, receiver) {
      if (key === "loadKnowledgeBase") {
        return () => {
          loads++;
          return target.loadKnowledgeBase();
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}, 120_000);

afterAll(async () => {
  await store?.close();
  seed?.cleanup();
});

describe("KbIndexCache", () => {
  it("loads the KB once for concurrent callers, and names every actor with spans for every article", async () => {
    const cache = new KbIndexCache(store);
    const indexes = await Promise.all(Array.from({ length: 10 }, () => cache.get()));
    expect(loads).toBe(1);
    expect(new Set(indexes).size).toBe(1);
    const kb = (await store.loadKnowledgeBase())!;
    loads--;
    expect(indexes[0]!.actors.size).toBe(kb.actors.length);
    expect(indexes[0]!.spans.size).toBe(kb.articles.length);
  });

  it("rebuilds after invalidate, and after another writer replaces the KB with different counts", async () => {
    const cache = new KbIndexCache(store);
    const first = await cache.get();
    cache.invalidate();
    const second = await cache.get();
    expect(second).not.toBe(first);
    const kb = (await store.loadKnowledgeBase())!;
    const fewer = { ...kb, actors: kb.actors.slice(1) };
    await store.replaceKnowledgeBase(fewer, []);
    // The change is noticed at the next check, at most REVALIDATE_MS later.
    await new Promise((r) => setTimeout(r, 2100));
    const third = await cache.get();
    expect(third).not.toBe(second);
    expect(third.actors.size).toBe(kb.actors.length - 1);
  });
});
