// One measured ingest in its own process, then read latencies; bench/scale.ts runs it (USAGE).

import { existsSync } from "node:fs";
import { collectInputs, runIngest } from "@dateline/ingest";
import { openStore } from "@dateline/store/open";
import { benchArgs } from "../../../scripts/bench-args";
import { readLatencies } from "./reads";

const USAGE = `Usage: tsx bench/scale-run.ts <articles dir> <sqlite path | postgres URL> <jobs>
One measured ingest of the folder into the store, in its own process (so peak RSS and CPU are this run's alone),
then read latencies. Prints progress on stderr and one JSON line on stdout (ingestPeakRssMB: peak RSS when the
ingest returned; peakRssMB: after the reads too). bench/scale.ts runs it for each backend and number of jobs.
  jobs  extraction workers
Example: tsx bench/scale-run.ts bench/out/corpus /tmp/kb.db 2`;
const cli = benchArgs(USAGE, { allowPositionals: true }, 3);
const missing = "give the articles folder, the store and the number of jobs";
const dir = cli.positionals[0] ?? cli.fail(missing);
const target = cli.positionals[1] ?? cli.fail(missing);
const jobs = cli.number(cli.positionals[2] ?? cli.fail(missing), "jobs");
if (!existsSync(dir)) cli.fail(`no such folder: ${dir}`);

const store = await openStore(target);
const { files } = await collectInputs([dir]);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
// Progress on stderr every 1,000 articles (with this process's RSS), so that a long run shows how far it got.
const mb = (bytes: number) => Math.round(bytes / 1e6);
function progress(what: string) {
  const cpuS = ((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6).toFixed(0);
  const { rss, heapUsed } = process.memoryUsage();
  console.error(`${new Date().toISOString()} ${what}, RSS ${mb(rss)} MB, heap ${mb(heapUsed)} MB, CPU ${cpuS} s`);
}
const report = await runIngest({
  store,
  files,
  curation: [],
  jobs,
  onProgress: ({ done, total }) => {
    if (done % 1000 === 0 || done === total) progress(`extracted ${done}/${total}`);
  },
  // Linking and the write show no progress of their own: their start times and CPU split the run into phases.
  onPhase: ({ phase, attempt }) => progress(`${phase} (attempt ${attempt})`),
});
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// The ingest's own peak: the reads below keep the report's KB alive and can push the process's peak higher.
const ingestPeakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
await store.close();

// Reads through a read-only store, as the API servers would open it.
const reader = await openStore(target, { readonly: true });
const reads = await readLatencies(reader);
await reader.close();

console.log(
  JSON.stringify({
    articles: report.kb.articles.length,
    events: report.kb.events.length,
    actors: report.kb.actors.length,
    jobs,
    wallS: +(wall / 1000).toFixed(1),
    articlesPerS: +((report.kb.articles.length / wall) * 1000).toFixed(1),
    cpuS: +((cpu.user + cpu.system) / 1e6).toFixed(1),
    ingestPeakRssMB,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    reads,
  }),
);
