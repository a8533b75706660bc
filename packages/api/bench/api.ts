// Benchmark: `dateline serve` over a knowledge base, autocannon at a fixed rate per procedure (USAGE).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "@dateline/core/random";
import { collectInputs, runIngest } from "@dateline/ingest";
import type { EventFilter, Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import autocannon from "autocannon";
// The corpus generator is a bench script of the CLI, not a package export; one relative import beats a copy.
import { makeCorpus } from "../../../apps/cli/bench/corpus";
import { benchArgs } from "../../../scripts/bench-args";

const CLI = fileURLToPath(new URL("../../../apps/cli/bin/dateline.mjs", import.meta.url));
const PROCEDURES = ["events.summaries", "events.list", "events.byId", "search.query"];

const USAGE = `Usage: tsx bench/api.ts --kb PATH [--seconds 10] [--rate 1000] [--connections 20] [--only PROCEDURES]
                   [--profile DIR] [--no-cache] [--floor]
       tsx bench/api.ts [N] [seconds] [kb.db]   (generates an N-article KB; kept at kb.db when given)
Benchmark: \`dateline serve\` over a knowledge base, autocannon at a fixed rate (1,000 req/s by default) for
N seconds per procedure, every request with other inputs (random event ids, several filter combinations and
pages, several search terms), so the figures are the store's and not one cached URL's. Prints requests/s,
latency p50/p99/max, errors, reply sizes, the machine and its load average. Asserts nothing.
events.summaries and events.list (items with at most 3 reports each) are measured with the same inputs.
  --kb PATH          the KB to serve (generated and kept there if no such file): opened for writing once (to
                     bring its schema up to date), then served read-only: pass a copy of a shared KB, not the original
  --seconds N        seconds of load per procedure (default 10)
  --rate N           requests per second offered (default 1000)
  --connections N    autocannon connections (default 20)
  --only LIST        comma-separated, of ${PROCEDURES.join(", ")}
  --profile DIR      a V8 CPU profile of the server, written to DIR when it stops
  --no-cache         serve with the reply cache off: every request does the store's work
  --floor            first, the same load against a bare node:http server sending a fixed 4.5 KB body: what this
                     machine gives any Node server at that moment, so a p99 can be told apart from the load around it
Example: npm run bench -w @dateline/api -- --kb /tmp/kb-copy.db --seconds 5 --only events.list`;
const {
  values: flags,
  positionals,
  fail,
  number,
} = benchArgs(
  USAGE,
  {
    allowPositionals: true,
    options: {
      kb: { type: "string" },
      seconds: { type: "string" },
      rate: { type: "string" },
      connections: { type: "string" },
      only: { type: "string" },
      profile: { type: "string" },
      "no-cache": { type: "boolean" },
      floor: { type: "boolean" },
    },
  },
  3,
);
const count = number(positionals[0] ?? "10000", "N (the article count)");
const seconds = number(flags.seconds ?? positionals[1] ?? "10", "seconds");
const RATE = number(flags.rate ?? "1000", "--rate");
const CONNECTIONS = number(flags.connections ?? "20", "--connections");
const keep = flags.kb ?? positionals[2];
const only = flags.only?.split(",");
for (const name of only ?? []) if (!PROCEDURES.includes(name)) fail(`--only: no procedure "${name}"`);
const work = mkdtempSync(join(tmpdir(), "dateline-api-bench-"));

const trpcPath = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

function sample<T>(items: readonly T[], n: number, rnd: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

async function allEventIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listEventSummaries({ limit: 500, cursor });
    for (const e of page.items) ids.push(e.id);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

const TYPES = ["statement", "meeting", "call", "visit", "sanction", "protest", "agreement", "ceasefire"] as const;
const WORDS = ["minister", "ceasefire", "sanctions", "talks", "protest*", '"prime minister"', "election", "border"];

/** Paths of real data for each procedure: many of each, sent in a shuffled order. */
async function pickPaths(store: Store) {
  const rnd = mulberry32(42);
  const ids = await allEventIds(store);
  const actors = (await store.listActors({ limit: 500 })).items;
  const places = (await store.listPlaces({ limit: 500 })).items;
  const articles = (await store.listArticles({ limit: 500 })).items;
  const busiest = sample(actors, 40, rnd);
  const filters: EventFilter[] = [];
  for (let i = 0; i < 40; i++) {
    const actor = busiest[i % busiest.length]!.id;
    const type = TYPES[i % TYPES.length]!;
    const year = 2005 + (i % 20);
    const pick = [
      { actor, from: "2015", limit: 20 },
      { actor, type, limit: 20 },
      { type, from: `${year}`, to: `${year + 2}`, limit: 20 },
      { place: places[i % places.length]!.id, limit: 20 },
      { status: i % 2 ? "planned" : "cancelled", background: false, limit: 20 },
      { source: articles[(i * 7) % articles.length]!.id, limit: 20 },
      { from: `${year}-0${1 + (i % 9)}`, undated: false, limit: 20 },
    ] satisfies EventFilter[];
    filters.push(...pick);
  }
  // Second pages too: keyset paging must cost the same as the first page.
  const withCursors: EventFilter[] = [...filters];
  for (const f of filters.slice(0, 60)) {
    const next = (await store.listEvents(f)).nextCursor;
    if (next) withCursors.push({ ...f, cursor: next });
  }
  const words = [...WORDS, ...sample(actors, 12, rnd).map((a) => a.name.split(" ").at(-1)!)];
  return {
    "events.summaries": sample(withCursors, withCursors.length, rnd).map((f) => trpcPath("events.summaries", f)),
    "events.list": sample(withCursors, withCursors.length, rnd).map((f) => trpcPath("events.list", f)),
    "events.byId": sample(ids, 2000, rnd).map((id) => trpcPath("events.byId", { id })),
    "search.query": words.flatMap((q) => [trpcPath("search.query", { q, limit: 20 })]),
    summary: { events: ids.length, filters: withCursors.length, words: words.length },
  };
}

/**
 * The real `dateline serve` in its own process: autocannon runs in this one, and a load generator sharing
 * the server's event loop would measure itself. Logs at the default level go to a discarded stderr.
 */
function serve(db: string): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const profile = flags.profile ? ["--cpu-prof", `--cpu-prof-dir=${flags.profile}`] : [];
  const child = spawn(process.execPath, [...profile, CLI, "serve", "--db", db, "--port", "0"], {
    stdio: ["ignore", "pipe", "ignore"],
    env: {
      ...process.env,
      DATELINE_TOKEN: "",
      LOG_LEVEL: "warn",
      ...(flags["no-cache"] ? { DATELINE_REPLY_CACHE_MB: "0" } : {}),
    },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, pid: child.pid!, stop });
    });
    child.once("exit", (code) => reject(new Error(`dateline serve exited (${code}): ${out}`)));
  });
}

/** A bare node:http server in its own process, answering every request with the same 4.5 KB of JSON. */
function floorServer(): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const code = `const body = Buffer.from(JSON.stringify({ result: { data: "x".repeat(4500) } }));
require("node:http").createServer((req, res) => { res.setHeader("content-type", "application/json"); res.end(body); })
  .listen(0, "127.0.0.1", function () { console.log("on http://127.0.0.1:" + this.address().port); });`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "ignore"] });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => {
      const url = /on (http:\/\/\S+)/.exec(chunk.toString())?.[1];
      if (url) resolve({ url, pid: child.pid!, stop });
      else reject(new Error(`floor server said: ${chunk}`));
    });
  });
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Body sizes of every distinct path, fetched once (also warms the server's caches and the page cache). */
async function replySizes(url: string, paths: readonly string[]) {
  const sizes: number[] = [];
  let failed = 0;
  for (const path of paths) {
    const res = await fetch(`${url}${path}`);
    const body = await res.arrayBuffer();
    if (!res.ok) failed++;
    sizes.push(body.byteLength);
  }
  sizes.sort((a, b) => a - b);
  const mean = sizes.reduce((s, n) => s + n, 0) / sizes.length;
  return { mean: Math.round(mean), p50: quantile(sizes, 0.5), p99: quantile(sizes, 0.99), max: sizes.at(-1)!, failed };
}

/** CPU seconds (user + system) the process has used, from /proc (Linux); null elsewhere. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function load(url: string, pid: number, paths: readonly string[]) {
  let i = 0;
  const load0 = loadavg()[0]!;
  const cpu0 = cpuSeconds(pid);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    overallRate: RATE,
    requests: [
      {
        method: "GET",
        setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }),
      },
    ],
  });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const cpu1 = cpuSeconds(pid);
  const served = result.requests.total;
  return {
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "max ms": result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    "reply avg": kb(result.throughput.total / Math.max(1, result.requests.total)),
    // The server's own CPU per request: what the figures would be on an idle machine, roughly.
    "server cpu ms/req":
      cpu0 === null || cpu1 === null ? "?" : (((cpu1 - cpu0) * 1000) / Math.max(1, served)).toFixed(2),
    load: `${load0.toFixed(1)}→${loadavg()[0]!.toFixed(1)}`,
  };
}

try {
  const dbPath = keep ?? join(work, "kb.db");
  const reuse = keep !== undefined && existsSync(keep);
  const store = await openSqliteStore(dbPath);
  if (reuse) {
    console.log(`KB: ${dbPath} (${(statSync(dbPath).size / 1e6).toFixed(0)} MB)`);
  } else {
    const bytes = makeCorpus({ count, dir: join(work, "articles") });
    const t0 = performance.now();
    const { files } = await collectInputs([join(work, "articles")]);
    const { kb } = await runIngest({ store, files, curation: [] });
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`KB: ${count} articles (${(bytes / 1e6).toFixed(1)} MB) → ${kb.events.length} events; ingest ${s} s`);
  }
  const stats = await store.stats();
  console.log(
    `    ${stats.articles} articles, ${stats.events} events, ${stats.actors} actors, ${stats.reports} reports, ${stats.conflicts} conflicts`,
  );
  const { summary, ...cases } = await pickPaths(store);
  await store.close();
  console.log(
    `    inputs: ${summary.filters} event filters (first and second pages), ${cases["events.byId"].length} random event ids of ${summary.events}, ${summary.words} search texts`,
  );
  const sizes: Record<string, unknown> = {};
  const rows: Record<string, unknown> = {};
  if (flags.floor) {
    const bare = await floorServer();
    try {
      rows["node:http floor"] = await load(bare.url, bare.pid, ["/"]);
    } finally {
      await bare.stop();
    }
  }
  const server = await serve(dbPath);
  try {
    for (const [name, paths] of Object.entries(cases)) {
      if (only && !only.includes(name)) continue;
      sizes[name] = await replySizes(server.url, paths);
    }
    for (const [name, paths] of Object.entries(cases)) {
      if (only && !only.includes(name)) continue;
      rows[name] = await load(server.url, server.pid, paths);
    }
  } finally {
    await server.stop();
  }
  const cpu = cpus();
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; load average now ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    `autocannon: ${RATE} req/s offered for ${seconds} s per procedure, ${CONNECTIONS} connections, inputs varied per request; dateline serve in its own process; reply cache ${flags["no-cache"] ? "off" : "on (warmed: every distinct input was fetched once before)"}`,
  );
  console.log("reply body bytes (each distinct input fetched once):");
  console.table(sizes);
  console.table(rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}
