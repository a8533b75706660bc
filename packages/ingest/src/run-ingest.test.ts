import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KnowledgeBaseSchema } from "@dateline/core/schema";
import { EXTRACTOR_VERSION } from "@dateline/extract";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InputFile } from "./collect-inputs";
import { relink, runIngest } from "./run-ingest";

const seeds = new URL("../../../data/articles/", import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, seeds));
const file = (source: string, content: string | Uint8Array): InputFile => ({
  source,
  read: async () => (typeof content === "string" ? new TextEncoder().encode(content) : content),
});

describe("runIngest", () => {
  const dir = mkdtempSync(join(tmpdir(), "dateline-ingest-"));
  let store: Awaited<ReturnType<typeof openSqliteStore>>;
  beforeAll(async () => {
    store = await openSqliteStore(join(dir, "kb.db"));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("adds, skips what cannot be read, and writes a valid knowledge base", async () => {
    const report = await runIngest({
      store,
      curation: [],
      files: [
        file("a/002_6d7d1cf8512395d2.txt", seed("002_6d7d1cf8512395d2.txt")),
        file("a/004_fd49d523f050ac8a.txt", seed("004_fd49d523f050ac8a.txt")),
        file("a/broken.txt", new Uint8Array([0, 1, 2, 0, 0, 0])),
      ],
    });
    expect(report.added).toEqual(["002_6d7d1cf8512395d2", "004_fd49d523f050ac8a"]);
    expect(report.skipped).toEqual([{ source: "a/broken.txt", reason: expect.stringMatching(/binary/) }]);
    const kb = KnowledgeBaseSchema.parse(await store.loadKnowledgeBase());
    expect(kb.articles.map((a) => a.id)).toEqual(["002_6d7d1cf8512395d2", "004_fd49d523f050ac8a"]);
    // The first test loads the extractor and its model: seconds on a busy machine.
  }, 60_000);

  it("extracts only what changed, and keeps articles it was not given", async () => {
    const changed = `${seed("004_fd49d523f050ac8a.txt").toString("utf8")}\nA late paragraph was added.\n`;
    const report = await runIngest({
      store,
      curation: [],
      files: [
        file("a/002_6d7d1cf8512395d2.txt", seed("002_6d7d1cf8512395d2.txt")),
        file("a/004_fd49d523f050ac8a.txt", changed),
      ],
    });
    expect(report.unchanged).toEqual(["002_6d7d1cf8512395d2"]);
    expect(report.updated).toEqual(["004_fd49d523f050ac8a"]);
    const more = await runIngest({
      store,
      curation: [],
      files: [file("b/000_7b3951009b3ee7ad.txt", seed("000_7b3951009b3ee7ad.txt"))],
    });
    expect(more.added).toEqual(["000_7b3951009b3ee7ad"]);
    expect(more.kb.articles).toHaveLength(3);
    expect(more.kb.articles.find((a) => a.id === "004_fd49d523f050ac8a")?.text).toContain("A late paragraph");
  });

  it("refuses two inputs with one article id in the same run", async () => {
    const report = await runIngest({
      store,
      curation: [],
      files: [
        file("x/same.txt", "First story about talks in Geneva."),
        file("y/same.txt", "Another story about a vote."),
      ],
    });
    expect(report.skipped).toEqual([{ source: "y/same.txt", reason: "another input has the same article id 'same'" }]);
  });

  it("re-extracts, from the stored text, articles whose cached extraction is of another extractor version", async () => {
    const kb = (await store.loadKnowledgeBase())!;
    const before = JSON.stringify(kb);
    const article = kb.articles.find((a) => a.id === "002_6d7d1cf8512395d2")!;
    const cached = (await store.getExtraction(article.id, article.sha256, EXTRACTOR_VERSION))!;
    // The same KB, with this article's cache row marked as made by an older extractor.
    await store.replaceKnowledgeBase(kb, [{ ...cached, extractor: { ...cached.extractor, version: "older" } }]);
    const report = await relink(store, []);
    expect(report.reextracted).toEqual(["002_6d7d1cf8512395d2"]);
    expect(JSON.stringify(await store.loadKnowledgeBase())).toBe(before);
    // The fresh extraction is cached again: a second re-link extracts nothing.
    expect((await relink(store, [])).reextracted).toEqual([]);
  });

  it("relink applies curation to the stored articles and reports ops that match nothing", async () => {
    const before = await store.loadKnowledgeBase();
    const blinken = before!.actors.find((a) => a.name === "Antony Blinken");
    expect(blinken).toBeDefined();
    const report = await relink(store, [
      {
        file: "data/curation/test.yaml",
        ops: [
          { op: "add-alias", id: "alias", actor: { id: blinken!.id }, alias: "Tony Blinken", reason: "test" },
          { op: "set-actor-kind", id: "ghost", actor: { id: "nobody-at-all" }, kind: "group", reason: "test" },
        ],
      },
    ]);
    expect(report.added).toEqual([]);
    expect(report.curation.map((c) => [c.opId, c.status])).toEqual([
      ["alias", "applied"],
      ["ghost", "unmatched"],
    ]);
    const after = await store.loadKnowledgeBase();
    expect(after!.actors.find((a) => a.id === blinken!.id)?.aliases.map((a) => a.name)).toContain("Tony Blinken");
    expect(after!.articles).toHaveLength(before!.articles.length);
  });
});
