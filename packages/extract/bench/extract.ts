// Throughput of extractArticle on one core, with per-stage time (USAGE).
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchArgs } from "../../../scripts/bench-args";
import { extractArticle, type Stage } from "../src/index";
import type { RawInput } from "../src/types";
import { linearity } from "./linearity";
import { profile, topSelfTime } from "./profile";

const USAGE = `Usage: tsx bench/extract.ts [--repeat N] [--profile] [--linearity SIZES] [--big-mb N]
Throughput of extractArticle on one core: the seed (and eval) articles repeated to ≥ 3 MB, with per-stage time.
  --repeat N         measure N passes and print each, the best and the median (the machine is shared: CPU time
                     is the figure to compare, wall time is printed beside it)
  --profile          record a V8 CPU profile of one more pass to a .cpuprofile in the temp folder and print the
                     top self times
  --linearity SIZES  time the corpus's story text at those multiples, as one paragraph and as many, printing CPU
                     ms per KB: it must stay flat (default 1,4,16; 0: skip)
  --big-mb N         and one paragraph of about N MB (default 2; 0: skip)
Environment: BENCH_MB=0.5 for a quicker run (default 3).
Example: npm run bench -w @dateline/extract -- --repeat 5 --linearity 0 --big-mb 0`;
const { values: args, number } = benchArgs(USAGE, {
  options: {
    repeat: { type: "string", default: "1" },
    profile: { type: "boolean", default: false },
    linearity: { type: "string", default: "1,4,16" },
    "big-mb": { type: "string", default: "2" },
  },
});
const REPEAT = number(args.repeat, "--repeat");
const sizes = args.linearity
  .split(",")
  .map((n) => number(n, "--linearity", 0))
  .filter((n) => n > 0);
const bigMb = number(args["big-mb"], "--big-mb", 0, true);

const ROOT = join(import.meta.dirname, "../../../data");
/** Defaults to 3 MB; BENCH_MB=0.5 gives a quicker run (for profiling).  */
const TARGET_BYTES = number(process.env.BENCH_MB ?? "3", "BENCH_MB", 0.01, true) * 1024 * 1024;

function inputsIn(dir: string): RawInput[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return []; // the eval folder may not exist yet
  }
  return names.map((name) => ({ path: name, content: readFileSync(join(dir, name)) }));
}

const corpus = [...inputsIn(join(ROOT, "articles")), ...inputsIn(join(ROOT, "eval/articles"))];
const corpusBytes = corpus.reduce((n, i) => n + i.content.length, 0);
const rounds = Math.ceil(TARGET_BYTES / corpusBytes);

// Warm up: module loading, the wink model and regex compilation are not what is being measured.
for (const input of corpus) extractArticle(input);

let articles = 0;
let bytes = 0;
let events = 0;
/** One measured pass: every input `rounds` times, wall and CPU seconds. */
function pass(): { seconds: number; cpuSeconds: number } {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const input of corpus) {
      events += extractArticle(input).events.length;
      articles++;
      bytes += input.content.length;
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  // CPU seconds: on a shared machine the wall clock also counts time other processes held the core.
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
const passes = Array.from({ length: REPEAT }, pass);
const seconds = passes.reduce((n, p) => n + p.seconds, 0);
const cpuSeconds = passes.reduce((n, p) => n + p.cpuSeconds, 0);
const perPass = articles / REPEAT;

// Stages are timed in a second, shorter pass: reading the CPU clock 14 times an article costs time of its own.
const stages = new Map<Stage, number>();
const timer = (stage: Stage, ms: number) => stages.set(stage, (stages.get(stage) ?? 0) + ms);
const timedRounds = Math.max(1, Math.ceil(rounds / 4));
let timedArticles = 0;
for (let r = 0; r < timedRounds; r++) {
  for (const input of corpus) {
    extractArticle(input, timer);
    timedArticles++;
  }
}
const stageTotal = [...stages.values()].reduce((a, b) => a + b, 0);

const mb = bytes / (1024 * 1024);
console.log(`corpus: ${corpus.length} files, ${corpusBytes} bytes; ${rounds} rounds a pass, ${REPEAT} pass(es)`);
console.log(
  `articles: ${articles} (${mb.toFixed(2)} MB) in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} CPU s`,
);
console.log(`wall clock: ${(articles / seconds).toFixed(0)} articles/s, ${(mb / seconds).toFixed(2)} MB/s`);
console.log(`CPU time:   ${(articles / cpuSeconds).toFixed(0)} articles/s, ${(mb / cpuSeconds).toFixed(2)} MB/s`);
if (REPEAT > 1) {
  const rates = passes.map((p) => perPass / p.cpuSeconds).sort((a, b) => a - b);
  console.log(`CPU articles/s by pass: ${passes.map((p) => (perPass / p.cpuSeconds).toFixed(0)).join(", ")}`);
  console.log(`  best ${rates.at(-1)!.toFixed(0)}, median ${rates[Math.floor(rates.length / 2)]!.toFixed(0)}`);
}
console.log(`events: ${events} (${(events / articles).toFixed(1)} per article)`);
console.log(`per stage (CPU ms per article, over ${timedArticles} articles):`);
for (const [stage, ms] of stages) {
  console.log(`  ${stage.padEnd(9)} ${(ms / timedArticles).toFixed(3)}  (${((ms / stageTotal) * 100).toFixed(1)}%)`);
}
console.log(`  ${"total".padEnd(9)} ${(stageTotal / timedArticles).toFixed(3)}`);

if (args.profile) {
  const path = join(tmpdir(), `dateline-extract-${process.pid}.cpuprofile`);
  const recorded = await profile(path, () => {
    for (let r = 0; r < rounds; r++) for (const input of corpus) extractArticle(input);
  });
  console.log(`profile of one more pass written to ${path}`);
  for (const line of topSelfTime(recorded)) console.log(line);
}

if (sizes.length > 0 || bigMb > 0) for (const line of linearity(corpus, sizes, bigMb)) console.log(line);
