// Article spans per article: the same spans as the whole-KB walk, mentions built once per KB generation.
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KbIndexCache } from "./kb-index";
import { spansByArticle } from "./spans";
import { buildSeedKb, type SeedKb } from "./testing/seed-kb";

let seed: SeedKb;
let store: Store;
let builds = 0;
let loads = 0;

beforeAll(async () => {
  seed = await buildSeedKb();
  const real = await openSqliteStore(seed.copy("index"));
  // Counting reads through the real store: a subclass-free wrapper keeps every other method as it is.
  store = new Proxy(real, {
    get(target, key, receiver) {
      if (key === "listPlaces") {
        return (...args: Parameters<Store["listPlaces"]>) => {
          builds++;
          return target.listPlaces(...args);
        };
      }
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
  it("gives every article the spans a walk of the whole KB gives it, without loading the KB", async () => {
    const kb = (await store.loadKnowledgeBase())!;
    const expected = spansByArticle(kb);
    loads = 0;
    builds = 0;
    const cache = new KbIndexCache(store);
    const all = await Promise.all(kb.articles.map((a) => cache.spansOf(a)));
    expect(loads).toBe(0);
    expect(builds).toBe(1);
    kb.articles.forEach((a, i) => {
      expect(all[i]).toEqual(expected.get(a.id) ?? []);
    });
    expect(all.some((spans) => spans.some((s) => s.kind === "actor"))).toBe(true);
    expect(all.some((spans) => spans.some((s) => s.kind === "event"))).toBe(true);
  });

  it("rebuilds the mentions after invalidate, and as soon as another writer replaces the KB", async () => {
    const cache = new KbIndexCache(store);
    const kb = (await store.loadKnowledgeBase())!;
    const article = kb.articles[0]!;
    builds = 0;
    await cache.spansOf(article);
    await cache.spansOf(article);
    expect(builds).toBe(1);
    cache.invalidate();
    await cache.spansOf(article);
    expect(builds).toBe(2);
    const gone = kb.actors.find((a) => a.mentions.some((m) => m.articleId === article.id))!;
    await store.replaceKnowledgeBase({ ...kb, actors: kb.actors.filter((a) => a !== gone) }, []);
    const spans = await cache.spansOf(article);
    expect(builds).toBe(3);
    expect(spans.some((s) => s.targetId === gone.id && s.kind === "actor")).toBe(false);
  });
});
