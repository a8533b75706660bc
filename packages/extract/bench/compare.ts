// Two extractors in one process, run in turns over the bench corpus: this tree's and another checkout's (USAGE).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { benchArgs } from "../../../scripts/bench-args";
import { extractArticle, type Stage } from "../src/index";
import type { RawInput } from "../src/types";

const USAGE = `Usage: tsx bench/compare.ts /path/to/other/checkout [--rounds N]
Two extractors in one process, run in turns over the bench corpus: this tree's and another checkout's (a worktree
at the commit before a change). On a shared machine, separate runs minutes apart differ by more than a speed change
does; alternating rounds in one process puts both under the same load.
  --rounds N  alternating rounds (default 40)
The other checkout needs its own npm ci, or a hard-linked copy of node_modules.
Example: git worktree add --detach /tmp/before HEAD~1 && cp -al node_modules /tmp/before/
         tsx bench/compare.ts /tmp/before --rounds 20`;
const {
  values: args,
  positionals,
  fail,
  number,
} = benchArgs(USAGE, { options: { rounds: { type: "string", default: "40" } }, allowPositionals: true }, 1);
const other = positionals[0] ?? fail("give the other checkout");
const otherIndex = resolve(other, "packages/extract/src/index.ts");
if (!existsSync(otherIndex)) fail(`no packages/extract/src/index.ts under ${other}`);
const rounds = number(args.rounds, "--rounds");
const before = (await import(otherIndex)) as {
  extractArticle: typeof extractArticle;
};

const DATA = join(import.meta.dirname, "../../../data");
const corpus: RawInput[] = ["articles", "eval/articles"].flatMap((dir) =>
  readdirSync(join(DATA, dir))
    .sort()
    .map((name) => ({ path: name, content: readFileSync(join(DATA, dir, name)) })),
);

type Run = { cpu: number; stages: Map<Stage, number> };
const runs: Record<"before" | "after", Run> = {
  before: { cpu: 0, stages: new Map() },
  after: { cpu: 0, stages: new Map() },
};
const extractors = { before: before.extractArticle, after: extractArticle };
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

// Warm-up: module loading, the model and the JIT are not what is compared.
for (let r = 0; r < 3; r++) for (const input of corpus) for (const run of Object.values(extractors)) run(input);
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first, so neither always runs right after the other's garbage.
  const order = r % 2 === 0 ? (["before", "after"] as const) : (["after", "before"] as const);
  for (const which of order) {
    const run = runs[which];
    // Every other round is timed by stage; the others measure the whole without the stage clock's reads.
    const timer =
      r % 4 >= 2 ? (stage: Stage, ms: number) => run.stages.set(stage, (run.stages.get(stage) ?? 0) + ms) : undefined;
    const start = cpuMs();
    for (const input of corpus) extractors[which](input, timer);
    if (!timer) run.cpu += cpuMs() - start;
  }
}
const untimed = Math.ceil(rounds / 2) * corpus.length;
const timed = Math.floor(rounds / 2) * corpus.length;
const bytes = corpus.reduce((n, i) => n + i.content.length, 0) / corpus.length;
console.log(`corpus: ${corpus.length} files, ${rounds} alternating rounds; before = ${other}`);
for (const which of ["before", "after"] as const) {
  const ms = runs[which].cpu / untimed;
  const perSecond = 1000 / ms;
  console.log(
    `${which.padEnd(6)} ${ms.toFixed(3)} CPU ms/article, ${perSecond.toFixed(0)} articles/s, ${((perSecond * bytes) / 1048576).toFixed(2)} MB/s`,
  );
}
console.log(`after/before: ${(runs.after.cpu / runs.before.cpu).toFixed(3)}`);
if (timed > 0) {
  console.log("per stage (CPU ms per article): before, after, ratio");
  for (const [stage, ms] of runs.before.stages) {
    const after = runs.after.stages.get(stage) ?? 0;
    console.log(
      `  ${stage.padEnd(9)} ${(ms / timed).toFixed(3)}  ${(after / timed).toFixed(3)}  ${(after / ms).toFixed(3)}`,
    );
  }
}
