// The gold in data/gold (and data/eval/gold) is valid, matches its articles, and encodes the known cross-article facts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GoldArticle } from "@dateline/core/gold";
import { describe, expect, it } from "vitest";
import { checkGoldAgainstText, checkGoldCorpus, checkGoldNames } from "./check-gold";
import { loadGoldDir } from "./load-gold";

// Found from this file, so the tests run from any working directory.
const goldDir = new URL("../../../data/gold/", import.meta.url);
const articlesDir = new URL("../../../data/articles/", import.meta.url);
const evalGoldDir = new URL("../../../data/eval/gold/", import.meta.url);

const seeds = loadGoldDir(goldDir);
const byId = new Map(seeds.articles.map((g) => [g.article, g]));
const seed = (prefix: string): GoldArticle => {
  const g = seeds.articles.find((a) => a.article.startsWith(prefix));
  if (!g) throw new Error(`no gold for seed ${prefix}`);
  return g;
};
const eventOf = (g: GoldArticle, key: string) => g.events.find((e) => e.key === key);

describe("data/gold", () => {
  it("has one valid gold file per seed article, and a corpus file", () => {
    const ids = readdirSync(articlesDir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => f.replace(/\.txt$/, ""))
      .sort();
    expect([...byId.keys()]).toEqual(ids);
    expect(seeds.corpus?.conflicts.length).toBeGreaterThan(0);
  });

  it.each(seeds.articles.map((g) => [g.article, g] as const))("%s agrees with its article's text", (id, g) => {
    const text = readFileSync(new URL(`${id}.txt`, articlesDir), "utf8");
    expect(checkGoldAgainstText(g, text)).toEqual([]);
  });

  it("has conflicts whose keys and articles exist", () => {
    expect(checkGoldCorpus(seeds.corpus ?? { conflicts: [] }, seeds.articles)).toEqual([]);
  });

  it("gives each canonical actor one name set and one kind across the seed files", () => {
    expect(checkGoldNames(seeds.articles)).toEqual([]);
  });

  it("keys the two calls alike in the four articles that tell them, with each article's own date", () => {
    for (const key of ["blinken-aliyev-call-2023-11", "blinken-pashinyan-call-2023-11"]) {
      const dates = ["000", "001", "002", "004"].map((p) => eventOf(seed(p), key)?.date);
      expect(dates).toEqual([null, "2023-11-28", "2023-11-27", null]);
      expect(eventOf(seed("003"), key)).toBeUndefined();
    }
  });

  it("keeps the 2022 ceasefire apart from the 2023 offensive and cessation of hostilities", () => {
    const ceasefire2022 = seed("003").events.find((e) => e.type === "ceasefire");
    expect(ceasefire2022?.date).toBe("--09-15");
    const users = seeds.articles.filter((g) => eventOf(g, ceasefire2022?.key ?? "")).map((g) => g.article.slice(0, 3));
    expect(users).toEqual(["003"]);
    for (const key of ["azerbaijan-karabakh-offensive-2023-09", "karabakh-cessation-of-hostilities-2023-09-20"]) {
      expect(eventOf(seed("000"), key)).toBeDefined();
      expect(eventOf(seed("003"), key)).toBeUndefined();
    }
  });

  it("records the disagreements the seeds are known for", () => {
    const fields = (seeds.corpus?.conflicts ?? []).map((c) => `${c.event}/${c.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        "blinken-aliyev-call-2023-11/date",
        "blinken-pashinyan-call-2023-11/date",
        "karabakh-exodus-2023/figure",
        "azerbaijan-karabakh-offensive-2023-09/wording",
      ]),
    );
  });
});

describe.runIf(existsSync(fileURLToPath(evalGoldDir)))("data/eval/gold", () => {
  const held = loadGoldDir(evalGoldDir);

  it("loads and validates with the same loader", () => {
    expect(held.articles.length).toBeGreaterThan(0);
    expect(checkGoldCorpus(held.corpus ?? { conflicts: [] }, held.articles)).toEqual([]);
  });

  // Plain-text articles are their own verbatim text; other formats need the parser, which is not ours.
  const plain = held.articles.filter((g) => existsSync(new URL(`../articles/${g.article}.txt`, evalGoldDir)));
  it.each(plain.map((g) => [g.article, g] as const))("%s agrees with its plain-text article", (id, g) => {
    const text = readFileSync(new URL(`../articles/${id}.txt`, evalGoldDir), "utf8");
    expect(checkGoldAgainstText(g, text)).toEqual([]);
  });
});
