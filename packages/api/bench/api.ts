// Benchmark: the HTTP API over a generated KB of N articles, autocannon at a fixed 1,000 req/s for 10 s per
// procedure; prints requests/s and p50/p99 latency. Asserts nothing.
// Usage: tsx bench/api.ts [N] [seconds] [kb.db]: with a kb.db path the KB is kept there, and reused if it exists.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectInputs, runIngest } from "@dateline/ingest";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import autocannon from "autocannon";
// The corpus generator is a bench script of the CLI, not a package export; one relative import beats a copy.
import { makeCorpus } from "../../../apps/cli/bench/corpus";

const CLI = fileURLToPath(new URL("../../../apps/cli/bin/dateline.mjs", import.meta.url));

const count = Number(process.argv[2] ?? 10_000);
const seconds = Number(process.argv[3] ?? 10);
const RATE = 1000;
const keep = process.argv[4];
const work = mkdtempSync(join(tmpdir(), "dateline-api-bench-"));

const trpcPath = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** Inputs that hit real data: the busiest actor, the event with the most reports, a word every story has. */
async function pickInputs(store: Store) {
  const { items } = await store.listEvents({ limit: 500 });
  const byActor = new Map<string, number>();
  for (const e of items) for (const p of e.participants) byActor.set(p.actorId, (byActor.get(p.actorId) ?? 0) + 1);
  const actor = [...byActor].sort((a, b) => b[1] - a[1])[0]?.[0];
  const event = [...items].sort((a, b) => b.reports.length - a.reports.length)[0];
  if (!actor || !event) throw new Error("the generated KB has no events with participants");
  return { actor, event: event.id, from: "2015", q: "minister" };
}

/**
 * The real `dateline serve` in its own process: autocannon runs in this one, and a load generator sharing
 * the server's event loop would measure itself. Logs at the default level go to a discarded stderr.
 */
function serve(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [CLI, "serve", "--db", db, "--port", "0"], {
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, DATELINE_TOKEN: "" },
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
      if (url) resolve({ url, stop });
    });
    child.once("exit", (code) => reject(new Error(`dateline serve exited (${code}): ${out}`)));
  });
}

async function load(url: string, path: string) {
  const result = await autocannon({ url: `${url}${path}`, connections: 20, duration: seconds, overallRate: RATE });
  return {
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "max ms": result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

try {
  const dbPath = keep ?? join(work, "kb.db");
  const reuse = keep !== undefined && existsSync(keep);
  const store = await openSqliteStore(dbPath);
  if (reuse) {
    console.log(`KB: reusing ${dbPath}`);
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
    `    ${stats.articles} articles, ${stats.events} events, ${stats.actors} actors, ${stats.reports} reports`,
  );
  const inputs = await pickInputs(store);
  await store.close();
  const server = await serve(dbPath);
  const cases = {
    [`events.list actor=${inputs.actor} from=${inputs.from} limit=20`]: trpcPath("events.list", {
      actor: inputs.actor,
      from: inputs.from,
      limit: 20,
    }),
    [`events.byId ${inputs.event}`]: trpcPath("events.byId", { id: inputs.event }),
    [`search.query q=${inputs.q} limit=20`]: trpcPath("search.query", { q: inputs.q, limit: 20 }),
  };
  // One call each first: events.byId builds the cached KB index (actor names) on first use.
  for (const path of Object.values(cases)) await fetch(`${server.url}${path}`);
  const rows: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(cases)) rows[name] = await load(server.url, path);
  console.log(
    `autocannon: ${RATE} req/s offered for ${seconds} s each, 20 connections; dateline serve in its own process; node ${process.version}`,
  );
  console.table(rows);
  await server.stop();
} finally {
  rmSync(work, { recursive: true, force: true });
}
