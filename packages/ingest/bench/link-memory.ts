// Where linking's memory goes: the live heap at each step of linking a stored KB's cached extractions (USAGE).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import type { ArticleExtraction, Evidence, KnowledgeBase } from "@dateline/core/schema";
import { EXTRACTOR_VERSION } from "@dateline/extract";
import { buildKnowledgeBase, clusterCounters } from "@dateline/kb";
import { openSqliteStore } from "@dateline/store/sqlite";
import { benchArgs } from "../../../scripts/bench-args";
import { forLinking, StringPool } from "../src/run-ingest";

const USAGE = `Usage: node --expose-gc --import tsx bench/link-memory.ts <sqlite path> [--no-pool] [--link-only] [--extractor-version V]
Where linking's memory goes: loads a stored KB's cached extractions as an ingest holds them for linking, links
them, and prints the live heap (after a full GC) at each step, with what each part of the KB weighs as JSON.
Then the same with summaries: each extraction cut to what linking reads to give every item its id (names, aliases,
role titles, kinds, event types, dates, participants, places, one evidence position each, no evidence text, no
quotes or figures), and checks that they give the KB's ids: the measure of what linking from summaries would hold.
It prints the linked KB's sha256 (of its JSON), so that a change to linking can be checked to leave a large KB as
it was, the CPU that linking took per article, and clustering's share with the candidate clusters a report met
by kind of date.
  --no-pool              keep every copy of the short strings the extractions repeat (no StringPool)
  --link-only            stop after linking (no summaries, no sizes by part)
  --extractor-version V  the extractor version the file was ingested with (default: this tree's); the cache is
                         keyed by it
Example: node --expose-gc --import tsx bench/link-memory.ts /tmp/kb-10000.db --link-only`;
const cli = benchArgs(
  USAGE,
  {
    allowPositionals: true,
    options: {
      "no-pool": { type: "boolean", default: false },
      "link-only": { type: "boolean", default: false },
      "extractor-version": { type: "string" },
    },
  },
  1,
);
/** The cache is keyed by extractor version: an older file's extractions are read with the version they were made by. */
const version = cli.values["extractor-version"] ?? EXTRACTOR_VERSION;
const path = cli.positionals[0] ?? cli.fail("give the SQLite file of a stored KB");
if (!existsSync(path)) cli.fail(`no such file: ${path}`);
const gc =
  (globalThis as { gc?: () => void }).gc ??
  cli.fail("run with node --expose-gc, so that each figure is live heap rather than garbage");

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
const pool = cli.values["no-pool"] ? undefined : new StringPool();
for (const [id, sha] of hashes) {
  const x = await store.getExtraction(id, sha, version);
  if (x) all.push(forLinking(x, pool));
}
await store.close();
const n = all.length;
if (n === 0) {
  throw new Error(
    `${path} caches no extraction of extractor ${version}: pass --extractor-version with the version it was ingested with`,
  );
}
heap(`${n} compact extractions (forLinking)`, n);
const linkCpu0 = process.cpuUsage();
const kb = buildKnowledgeBase(all);
const linkCpu = process.cpuUsage(linkCpu0);
heap("+ linked KnowledgeBase", n);
/** The KB's sha256, item by item: at 20,000 articles its JSON is longer than a string may be. */
function kbHash(k: KnowledgeBase): string {
  const hash = createHash("sha256");
  for (const [part, value] of Object.entries(k)) {
    hash.update(`${JSON.stringify(part)}:`);
    if (Array.isArray(value)) for (const item of value) hash.update(`${JSON.stringify(item)}\n`);
    else hash.update(`${JSON.stringify(value)}\n`);
  }
  return hash.digest("hex");
}
console.log(
  `link CPU ${((linkCpu.user + linkCpu.system) / 1e3 / n).toFixed(2)} ms per article; KB ${kb.events.length} events, sha256 ${kbHash(kb)}`,
);
{
  const { reports, candidates, cpuMs } = clusterCounters;
  const per = (i: number) => (reports[i] ? (candidates[i]! / reports[i]!).toFixed(1) : "-");
  console.log(
    `clustering ${(cpuMs / 1000).toFixed(1)} CPU s (${((cpuMs * 1000) / reports.reduce((a, b) => a + b, 0)).toFixed(0)} µs a report); candidates per report: day ${per(0)}, month or year ${per(1)}, no year ${per(2)}, undated ${per(3)} (reports ${reports.join(" / ")})`,
  );
}
if (cli.values["link-only"]) process.exit(0);
all = [];
heap("KB alone (extractions dropped)", -n);

/** An evidence span's position only: what ordering and first-report choice read. */
const position = (e: Evidence): Evidence => ({
  articleId: e.articleId,
  start: e.start,
  end: e.end,
  exact: "",
  prefix: "",
  suffix: "",
});
/** What linking reads to give ids: no evidence text, wording, framing, quotes, figures or article text. */
function summary(x: ArticleExtraction): ArticleExtraction {
  return {
    ...x,
    article: { ...x.article, text: "", metaEvidence: {}, missing: {}, warnings: [] },
    actors: x.actors.map((a) => ({
      ...a,
      roles: a.roles.map((r) => ({ ...r, evidence: [] })),
      mentions: a.mentions.slice(0, 1).map(position),
    })),
    places: x.places.map((p) => ({ ...p, mentions: p.mentions.slice(0, 1).map(position) })),
    events: x.events.map((e) => ({
      ...e,
      date: e.date && { ...e.date, evidence: e.date.evidence && position(e.date.evidence) },
      when: e.when && { ...e.when, evidence: position(e.when.evidence) },
      wording: "",
      framing: [],
      evidence: e.evidence.slice(0, 1).map(position),
    })),
    quotes: [],
    figures: [],
  };
}
const ids = (k: KnowledgeBase) =>
  JSON.stringify([
    k.actors.map((a) => [a.id, a.name, a.kind, a.affiliations]),
    k.places.map((p) => p.id),
    k.events.map((e) => [
      e.id,
      e.type,
      e.title,
      e.date?.value,
      e.placeId,
      e.participants,
      e.reports.map((r) => r.extractedId),
    ]),
  ]);
const kbIds = ids(kb);
const kbJsonBytes = Buffer.byteLength(JSON.stringify(kb));
let summaries: ArticleExtraction[] = [];
{
  const store = await openSqliteStore(path);
  for (const [id, sha] of hashes) {
    const x = await store.getExtraction(id, sha, version);
    if (x) summaries.push(JSON.parse(JSON.stringify(summary(x))));
  }
  await store.close();
}
heap(`${summaries.length} summaries (KB still held)`, n);
const fromSummaries = buildKnowledgeBase(summaries);
heap("+ linked from summaries", n);
console.log(
  `summaries as JSON: ${((Buffer.byteLength(JSON.stringify(summaries)) / n) | 0).toLocaleString("en")} B per article`,
);
console.log(`ids from summaries: ${ids(fromSummaries) === kbIds ? "the same as the KB's" : "DIFFERENT from the KB's"}`);
summaries = [];

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
console.log(`KB as JSON: ${mb(kbJsonBytes)} MB; by part (MB, evidence spans):`);
for (const [part, value] of Object.entries(kb)) {
  if (!Array.isArray(value)) continue;
  console.log(
    `  ${part.padEnd(12)} ${String(value.length).padStart(8)} items ${String(mb(size(value))).padStart(6)} MB ${String(evidenceCount(value)).padStart(9)} spans`,
  );
}
