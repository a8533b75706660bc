// Benchmark: replace a synthetic KB in SQLite, then time reads and search (USAGE).
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { benchArgs } from "../../../scripts/bench-args";
import { openSqliteStore } from "../src/sqlite";
import { generateKnowledgeBase } from "../src/testing/generate-kb";

const USAGE = `Usage: tsx bench/store.ts [--articles N] [--queries N]
Benchmark: replace a synthetic KB of 10,000 articles (~50,000 events) in a temporary SQLite file, then time reads
(listEvents, getEvent) and search, p50/p99/max.
  --articles N  articles of the generated KB (default 10000)
  --queries N   how many times each read is timed (default 1000)
Example: npm run bench -w @dateline/store -- --articles 2000 --queries 200`;
const { values, number } = benchArgs(USAGE, {
  options: { articles: { type: "string", default: "10000" }, queries: { type: "string", default: "1000" } },
});
const articles = number(values.articles, "--articles");
const queries = number(values.queries, "--queries");

function percentiles(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return `p50 ${at(50).toFixed(2)} ms  p99 ${at(99).toFixed(2)} ms  max ${sorted[sorted.length - 1]!.toFixed(2)} ms`;
}

async function timeEach(n: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run(i);
    ms.push(performance.now() - t);
  }
  return ms;
}

/** Wall time, and this process's CPU time: on a shared machine the CPU figure is the steadier one. */
async function timed(label: string, run: () => Promise<unknown>): Promise<void> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - t) / 1000;
  console.log(`${label.padEnd(36)} ${wall.toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`);
}

const dir = mkdtempSync(join(tmpdir(), "dateline-bench-"));
try {
  const t = performance.now();
  const { kb, extractions } = generateKnowledgeBase({ articles, seed: 42 });
  const reports = kb.events.reduce((n, e) => n + e.reports.length, 0);
  console.log(
    `generated ${kb.articles.length} articles, ${kb.events.length} events (${reports} reports), ${kb.actors.length} actors, ` +
      `${kb.conflicts.length} conflicts in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const path = join(dir, "bench.db");
  const store = await openSqliteStore(path);
  await timed("replaceKnowledgeBase (empty file):", () => store.replaceKnowledgeBase(kb, extractions));
  await timed("replaceKnowledgeBase (over itself):", () => store.replaceKnowledgeBase(kb, extractions));
  await timed("loadKnowledgeBase:", () => store.loadKnowledgeBase());
  console.log(`database file: ${(statSync(path).size / 1e6).toFixed(0)} MB`);

  const actors = kb.actors.map((a) => a.id);
  const eventIds = kb.events.map((e) => e.id);
  const years = ["2020", "2021", "2022", "2023"];
  const words = ["Pashinian", "Aliyev", "peace treaty", "ceasefire", "Baku", "corridor", "Pashin*", "humanitarian aid"];
  const listMs = await timeEach(queries, (i) => {
    const year = years[i % years.length]!;
    return store.listEvents({
      actor: actors[(i * 7) % actors.length],
      from: `${year}-03`,
      to: `${year}-09`,
      limit: 50,
    });
  });
  console.log(`listEvents(actor + date range) ×${queries}: ${percentiles(listMs)}`);
  const getMs = await timeEach(queries, (i) => store.getEvent(eventIds[(i * 7919) % eventIds.length]!));
  console.log(`getEvent ×${queries}:                       ${percentiles(getMs)}`);
  const searchMs = await timeEach(queries, (i) => {
    const word = words[i % words.length]!;
    return store.search(word.includes(" ") ? `"${word}"` : word, { limit: 20 });
  });
  console.log(`search, common words ×${queries}:           ${percentiles(searchMs)}`);
  // Surnames of the synthetic people: each in a few dozen articles, as most names in a real corpus are.
  const rare = kb.actors.filter((a) => a.kind === "person").map((a) => a.name.split(" ").pop()!);
  const rareMs = await timeEach(queries, (i) => store.search(rare[(i * 13) % rare.length]!, { limit: 20 }));
  console.log(`search, rarer names ×${queries}:            ${percentiles(rareMs)}`);
  console.log(`(load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs while measuring)`);
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
