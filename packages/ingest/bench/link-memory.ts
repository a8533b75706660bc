// Where linking's memory goes: loads a stored KB's cached extractions as an ingest holds them for linking, links
// them, and prints the live heap (after a full GC) at each step, with what each part of the KB weighs as JSON.
// Usage: node --expose-gc --import tsx bench/link-memory.ts <sqlite path>
import type { ArticleExtraction } from "@dateline/core/schema";
import { EXTRACTOR_VERSION } from "@dateline/extract";
import { buildKnowledgeBase } from "@dateline/kb";
import { openSqliteStore } from "@dateline/store/sqlite";
import { forLinking } from "../src/run-ingest";

const [path] = process.argv.slice(2);
if (!path) throw new Error("usage: node --expose-gc --import tsx bench/link-memory.ts <sqlite path>");
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc, so that each figure is live heap rather than garbage");

const mb = (bytes: number) => Math.round(bytes / 1e6);
let last = 0;
let cpu = process.cpuUsage();
const heap = (label: string, per?: number) => {
  const used0 = process.cpuUsage(cpu);
  const cpuS = ((used0.user + used0.system) / 1e6).toFixed(1);
  gc();
  const used = process.memoryUsage().heapUsed;
  const delta = used - last;
  last = used;
  const perItem = per ? `, ${((delta / per) | 0).toLocaleString("en")} B per article` : "";
  console.log(
    `${label.padEnd(44)} heap ${String(mb(used)).padStart(5)} MB (+${mb(delta)} MB${perItem}), ${cpuS} CPU s`,
  );
  cpu = process.cpuUsage();
};

heap("start");
const store = await openSqliteStore(path);
const hashes = await store.listArticleHashes();
heap("store open, article hashes");
let all: ArticleExtraction[] = [];
for (const [id, sha] of hashes) {
  const x = await store.getExtraction(id, sha, EXTRACTOR_VERSION);
  if (x) all.push(forLinking(x));
}
await store.close();
const n = all.length;
heap(`${n} compact extractions (forLinking)`, n);
const kb = buildKnowledgeBase(all);
heap("+ linked KnowledgeBase", n);
all = [];
heap("KB alone (extractions dropped)", -n);

const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
const evidenceCount = (value: unknown): number => {
  let count = 0;
  const visit = (v: unknown) => {
    if (Array.isArray(v)) for (const item of v) visit(item);
    else if (typeof v === "object" && v !== null) {
      if ("exact" in v && "prefix" in v) count++;
      for (const child of Object.values(v)) visit(child);
    }
  };
  visit(value);
  return count;
};
console.log(`KB as JSON: ${mb(size(kb))} MB; by part (MB, evidence spans):`);
for (const [part, value] of Object.entries(kb)) {
  if (!Array.isArray(value)) continue;
  console.log(
    `  ${part.padEnd(12)} ${String(value.length).padStart(8)} items ${String(mb(size(value))).padStart(6)} MB ${String(evidenceCount(value)).padStart(9)} spans`,
  );
}
