// Article spans per article: the same spans as the whole-KB walk, from indexed reads of that article's rows.
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleSpans } from "./article-spans";
import { spansByArticle } from "./spans";
import { buildSeedKb, type SeedKb } from "./testing/seed-kb";

let seed: SeedKb;
let store: Store;
let path: string;
const calls = new Map<string, number>();

beforeAll(async () => {
  seed = await buildSeedKb();
  path = seed.copy("index");
  const real = await openSqliteStore(path);
  // Counting reads through the real store: a subclass-free wrapper keeps every other method as it is.
  store = new Proxy(real, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.set(String(key), (calls.get(String(key)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
}, 120_000);

afterAll(async () => {
  await store?.close();
  seed?.cleanup();
});

describe("articleSpans", () => {
  it("gives every article the spans a walk of the whole KB gives it, reading that article's rows only", async () => {
    const kb = (await store.loadKnowledgeBase())!;
    const expected = spansByArticle(kb);
    calls.clear();
    const all = await Promise.all(kb.articles.map((a) => articleSpans(store, a)));
    expect([...calls.keys()]).toEqual(["getArticleItems"]);
    kb.articles.forEach((a, i) => {
      expect(all[i]).toEqual(expected.get(a.id) ?? []);
    });
    for (const kind of ["actor", "role", "place", "event", "quote"]) {
      expect(all.some((spans) => spans.some((s) => s.kind === kind))).toBe(true);
    }
  });

  it("follows the KB as soon as another writer replaces it", async () => {
    const kb = (await store.loadKnowledgeBase())!;
    const article = kb.articles.find((a) => kb.actors.some((x) => x.mentions.some((m) => m.articleId === a.id)))!;
    const gone = kb.actors.find((a) => a.mentions.some((m) => m.articleId === article.id))!;
    expect((await articleSpans(store, article)).some((s) => s.targetId === gone.id && s.kind === "actor")).toBe(true);
    const other = await openSqliteStore(path);
    await other.replaceKnowledgeBase({ ...kb, actors: kb.actors.filter((a) => a !== gone) }, []);
    await other.close();
    const spans = await articleSpans(store, article);
    expect(spans.some((s) => s.targetId === gone.id && s.kind === "actor")).toBe(false);
  });
});
