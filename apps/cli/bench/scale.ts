// Benchmark: ingest throughput, CPU and peak RSS on SQLite and PostgreSQL with 1 and 2 workers, then reads (USAGE).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startPgCluster } from "@dateline/store/testing/pg-cluster";
import { benchArgs } from "../../../scripts/bench-args";
import { makeCorpus } from "./corpus";

const USAGE = `Usage: tsx bench/scale.ts [articles=10000] [backends=sqlite,postgres] [jobs=1,2]
Benchmark: ingest throughput, CPU and peak RSS on SQLite and PostgreSQL with 1 and 2 extraction workers, then
read latency p50/p99. Each run is its own process (bench/scale-run.ts); PostgreSQL server CPU is read from /proc.
  articles  how many articles to generate (bench/corpus.ts)
  backends  comma-separated: sqlite, postgres (a throwaway cluster)
  jobs      comma-separated numbers of extraction workers
Example: tsx bench/scale.ts 1000 sqlite 1`;
const cli = benchArgs(USAGE, { allowPositionals: true }, 3);
const count = cli.number(cli.positionals[0] ?? "10000", "articles");
const backends = (cli.positionals[1] ?? "sqlite,postgres").split(",");
for (const b of backends)
  if (b !== "sqlite" && b !== "postgres") cli.fail(`backends: "${b}" is not sqlite or postgres`);
const jobsList = (cli.positionals[2] ?? "1,2").split(",").map((j) => cli.number(j, "jobs"));
const work = mkdtempSync(join(tmpdir(), "dateline-scale-"));
const dir = join(work, "articles");
const runner = fileURLToPath(new URL("./scale-run.ts", import.meta.url));
const TICK = 100; // clock ticks per second on Linux

/** CPU seconds (user + system) of every process named postgres, living or reaped into its parent. */
function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    } catch {
      // the process ended between the listing and the read
    }
  }
  return ticks / TICK;
}

const uptime = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

const cluster = backends.includes("postgres") ? await startPgCluster() : null;
try {
  const bytes = makeCorpus({ count, dir });
  console.log(`corpus: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB; load average before: ${uptime()}`);
  for (const backend of backends) {
    for (const jobs of jobsList) {
      const target = backend === "postgres" ? await cluster!.createDatabase() : join(work, `kb-${backend}-${jobs}.db`);
      const pg0 = cluster ? postgresCpuSeconds() : 0;
      const out = execFileSync(process.execPath, ["--import", "tsx", runner, dir, target, String(jobs)], {
        encoding: "utf8",
        maxBuffer: 1e8,
        stdio: ["ignore", "pipe", "inherit"],
      });
      const result = JSON.parse(out.trim().split("\n").pop()!);
      const serverCpu = cluster && backend === "postgres" ? +(postgresCpuSeconds() - pg0).toFixed(1) : null;
      console.log(JSON.stringify({ backend, ...result, postgresServerCpuS: serverCpu, load: uptime() }));
    }
  }
} finally {
  cluster?.stop();
  rmSync(work, { recursive: true, force: true });
}
