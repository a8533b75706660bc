// Throughput of extractArticle on one core: the seed (and eval) articles repeated to ≥ 3 MB, with per-stage time.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle, type Stage } from "../src/index";
import type { RawInput } from "../src/types";

const ROOT = join(import.meta.dirname, "../../../data");
/** Defaults to 3 MB; BENCH_MB=0.5 gives a quicker run (for profiling).  */
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 3) * 1024 * 1024;

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
const start = performance.now();
const cpuStart = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  for (const input of corpus) {
    events += extractArticle(input).events.length;
    articles++;
    bytes += input.content.length;
  }
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
// CPU seconds: on a shared machine the wall clock also counts time other processes held the core.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

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
console.log(`corpus: ${corpus.length} files, ${corpusBytes} bytes; ${rounds} rounds`);
console.log(`articles: ${articles} (${mb.toFixed(2)} MB) in ${seconds.toFixed(2)} s on one core`);
console.log(`wall clock: ${(articles / seconds).toFixed(0)} articles/s, ${(mb / seconds).toFixed(2)} MB/s`);
console.log(
  `CPU time:   ${(articles / cpuSeconds).toFixed(0)} articles/s, ${(mb / cpuSeconds).toFixed(2)} MB/s (${cpuSeconds.toFixed(2)} CPU s)`,
);
console.log(`events: ${events} (${(events / articles).toFixed(1)} per article)`);
console.log(`per stage (CPU ms per article, over ${timedArticles} articles):`);
for (const [stage, ms] of stages) {
  console.log(`  ${stage.padEnd(9)} ${(ms / timedArticles).toFixed(3)}  (${((ms / stageTotal) * 100).toFixed(1)}%)`);
}
