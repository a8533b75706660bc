// Benchmark: time to first frame and keypress-to-frame latency, in-process, over a real SQLite KB (USAGE).
import { existsSync } from "node:fs";
import { buildSeedKb } from "@dateline/api/testing";
import { openSqliteStore } from "@dateline/store/sqlite";
import { render } from "ink-testing-library";
import { createElement } from "react";
import { benchArgs } from "../../../scripts/bench-args";
import { localApi } from "../src/api";
import { App } from "../src/app";

const USAGE = `Usage: tsx bench/tui.ts [path/to/kb.db]
Benchmark: time to first frame and keypress-to-frame latency, in-process (ink-testing-library) over a real
SQLite KB (default: the seed KB). Prints figures; asserts nothing.
Example: npm run bench -w @dateline/tui -- /tmp/kb-10000.db`;
const cli = benchArgs(USAGE, { allowPositionals: true }, 1);
const kbArg = cli.positionals[0];
if (kbArg !== undefined && !existsSync(kbArg)) cli.fail(`no such file: ${kbArg}`);

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const now = () => performance.now();

async function waitFrame(frame: () => string | undefined, ok: (f: string) => boolean): Promise<void> {
  const end = now() + 10_000;
  while (!ok(frame() ?? "")) {
    if (now() > end) throw new Error(`no such frame within 10 s; last:\n${frame()}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

const seed = kbArg ? null : await buildSeedKb();
const path = kbArg ?? seed!.path;
const store = await openSqliteStore(path, { readonly: true });
const api = localApi(store);
const stats = await store.stats();
console.log(`knowledge base: ${stats.articles} articles, ${stats.events} events (${path})`);

const firsts: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = now();
  const app = render(createElement(App, { api, mono: true }));
  await waitFrame(app.lastFrame, (f) => f.includes("▶"));
  firsts.push(now() - t0);
  app.unmount();
}
console.log(
  `first frame with data (in-process, 5 runs): p50 ${quantile(firsts, 0.5).toFixed(0)} ms, max ${Math.max(...firsts).toFixed(0)} ms`,
);

const app = render(createElement(App, { api, mono: true }));
await waitFrame(app.lastFrame, (f) => f.includes("▶"));
await new Promise((r) => setTimeout(r, 300)); // let the other startup loads (conflict flags, detail) settle
const latencies: number[] = [];
for (let i = 0; i < 100; i++) {
  const before = app.lastFrame();
  const t0 = now();
  app.stdin.write(i % 20 < 10 ? "j" : "k");
  await waitFrame(app.lastFrame, (f) => f !== before);
  latencies.push(now() - t0);
  await new Promise((r) => setTimeout(r, 5));
}
console.log(
  `keypress → frame (100 j/k moves): p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms`,
);
app.unmount();
await store.close();
seed?.cleanup();
process.exit(0);
