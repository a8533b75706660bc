// Read latency of a stored KB, as the scale runs time it, without ingesting again (USAGE).
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { openStore } from "@dateline/store/open";
import { startPgCluster } from "@dateline/store/testing/pg-cluster";
import { benchArgs } from "../../../scripts/bench-args";
import { readLatencies } from "./reads";

const USAGE = `Usage: tsx bench/read-latency.ts <sqlite path> [--postgres | --postgres-url URL] [--reads N]
Read latency of a stored KB, as the scale runs time it (bench/reads.ts), without ingesting again: on the SQLite
file itself, and with --postgres on a copy of its KB in a throwaway PostgreSQL cluster (the extraction cache is
not copied; reads do not use it), or with --postgres-url on a PostgreSQL database that already holds the same KB
(packages/store's bench/write-generated.ts writes both). Prints one JSON line per backend.
  --postgres          also copy the KB into a throwaway PostgreSQL cluster and time reads there
  --postgres-url URL  also time reads on this PostgreSQL database, which holds the same KB
  --reads N           how many times each read is timed (default 300)
Example: tsx bench/read-latency.ts /tmp/kb-10000.db --postgres --reads 300`;
const { values, positionals, fail, number } = benchArgs(
  USAGE,
  {
    allowPositionals: true,
    options: {
      postgres: { type: "boolean", default: false },
      "postgres-url": { type: "string" },
      reads: { type: "string", default: "300" },
    },
  },
  1,
);
const path = positionals[0] ?? fail("give the SQLite file to read");
if (!existsSync(path)) fail(`no such file: ${path}`);
if (values.postgres && values["postgres-url"]) fail("give --postgres or --postgres-url, not both");
const reads = number(values.reads, "--reads");

const cpuS = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return +((used.user + used.system) / 1e6).toFixed(1);
};
const load = () => loadavg().map((l) => +l.toFixed(1));

const sqlite = await openStore(path, { readonly: true });
const stats = await sqlite.stats();
console.log(JSON.stringify({ backend: "sqlite", stats, load: load(), reads: await readLatencies(sqlite, reads) }));

const pgUrl = values["postgres-url"];
if (pgUrl) {
  const reader = await openStore(pgUrl, { readonly: true });
  const pgStats = await reader.stats();
  console.log(
    JSON.stringify({ backend: "postgres", stats: pgStats, load: load(), reads: await readLatencies(reader, reads) }),
  );
  await reader.close();
} else if (values.postgres) {
  const cluster = await startPgCluster();
  try {
    const url = await cluster.createDatabase();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const kb = await sqlite.loadKnowledgeBase();
    if (!kb) throw new Error(`${path} holds no knowledge base`);
    const writer = await openStore(url);
    await writer.replaceKnowledgeBase(kb, []);
    await writer.close();
    const copy = { wallS: +((performance.now() - t0) / 1000).toFixed(1), clientCpuS: cpuS(cpu0) };
    const reader = await openStore(url, { readonly: true });
    console.log(JSON.stringify({ backend: "postgres", copy, load: load(), reads: await readLatencies(reader, reads) }));
    await reader.close();
  } finally {
    cluster.stop();
  }
}
await sqlite.close();
