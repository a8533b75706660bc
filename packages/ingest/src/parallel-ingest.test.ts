// Extraction in worker threads gives the very same knowledge base as extraction on one thread, and linking the
// compact extractions ingest holds gives the same knowledge base as linking full ones.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleExtraction } from "@dateline/core/schema";
import { extractArticle } from "@dateline/extract";
import { buildKnowledgeBase } from "@dateline/kb";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, describe, expect, it } from "vitest";
import { collectInputs } from "./collect-inputs";
import { loadCurationDir } from "./curation-files";
import { mapInOrder } from "./map-in-order";
import { forLinking, runIngest, StringPool } from "./run-ingest";

// The seed articles and the evaluation articles: every kind of input the extractor has been tuned on.
const inputs = ["../../../data/articles/", "../../../data/eval/articles/"].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);
const dir = mkdtempSync(join(tmpdir(), "dateline-parallel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ingestWith(jobs: number) {
  const store = await openSqliteStore(join(dir, `jobs-${jobs}.db`));
  try {
    const { files } = await collectInputs(inputs);
    const report = await runIngest({ store, files, curation: [], jobs });
    return { report, stored: JSON.stringify(await store.loadKnowledgeBase()), files: files.length };
  } finally {
    await store.close();
  }
}

describe("runIngest with worker threads", () => {
  it("writes a KB byte for byte equal to the one-thread KB, with the same report", async () => {
    const one = await ingestWith(1);
    const two = await ingestWith(2);
    expect(one.report.added.length).toBeGreaterThan(15);
    expect(two.stored).toBe(one.stored);
    expect(two.report.added).toEqual(one.report.added);
    expect(two.report.skipped).toEqual(one.report.skipped);
  }, 180_000);
});

describe("mapInOrder", () => {
  it("hands results on in input order while later items finish first", async () => {
    const seen: number[] = [];
    let inflight = 0;
    let most = 0;
    await mapInOrder(
      [30, 5, 20, 1, 10, 0, 15],
      3,
      async (ms) => {
        most = Math.max(most, ++inflight);
        await new Promise((resolve) => setTimeout(resolve, ms));
        inflight--;
        return ms;
      },
      (ms) => seen.push(ms),
    );
    expect(seen).toEqual([30, 5, 20, 1, 10, 0, 15]);
    expect(most).toBe(3);
  });

  it("rejects with the first failing item's error, in order", async () => {
    const seen: number[] = [];
    const run = mapInOrder(
      [1, 2, 3],
      3,
      async (n) => {
        if (n === 2) throw new Error("two failed");
        return n;
      },
      (n) => seen.push(n),
    );
    await expect(run).rejects.toThrow("two failed");
    expect(seen).toEqual([1]);
  });
});

/** The test inputs extracted on this thread; the ones the extractor refuses are left out, as an ingest skips them. */
async function extractAllInProcess() {
  const { files } = await collectInputs(inputs);
  const full: ArticleExtraction[] = [];
  for (const file of files) {
    try {
      full.push(extractArticle({ path: file.source, content: await file.read() }));
    } catch {
      // refused input: not these tests' business
    }
  }
  return { files, full };
}

describe("forLinking", () => {
  it("drops only what linking never reads: the KB is byte for byte the one linked from full extractions", async () => {
    const { full } = await extractAllInProcess();
    expect(full.length).toBeGreaterThan(15);
    const curation = await loadCurationDir(fileURLToPath(new URL("../../../data/curation/", import.meta.url)));
    const pool = new StringPool();
    const compact = full.map((x) => forLinking(x, pool));
    expect(compact.every((x) => x.sentences.length === 0 && x.dates.length === 0)).toBe(true);
    // The pool holds each short string once: far fewer than the extractions repeat (kinds, roles, names, ids).
    const shortStrings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string" && v.length <= 64) shortStrings.push(v);
      else if (typeof v === "object" && v !== null) for (const child of Object.values(v)) walk(child);
    };
    walk(compact);
    expect(pool.size).toBeGreaterThan(0);
    expect(pool.size).toBeLessThanOrEqual(new Set(shortStrings).size);
    expect(pool.size * 3).toBeLessThan(shortStrings.length);
    expect(JSON.stringify(buildKnowledgeBase(compact, curation))).toBe(
      JSON.stringify(buildKnowledgeBase(full, curation)),
    );
  }, 180_000);

  it("an ingest, which parks its extractions on disk and links them read back, writes the KB linked from them in memory", async () => {
    const { files, full } = await extractAllInProcess();
    const store = await openSqliteStore(join(dir, "reference.db"));
    try {
      // One thread, so that both sides run the very same extractor code.
      await runIngest({ store, files, curation: [], jobs: 1 });
      expect(JSON.stringify(await store.loadKnowledgeBase())).toBe(JSON.stringify(buildKnowledgeBase(full)));
    } finally {
      await store.close();
    }
  }, 180_000);
});
