// Writes a generated KB to an SQLite file and, with --postgres, to a PostgreSQL database, and keeps them (USAGE).
import { existsSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { benchArgs } from "../../../scripts/bench-args";
import { openPostgresStore } from "../src/postgres";
import { openSqliteStore } from "../src/sqlite";
import { generateKnowledgeBase } from "../src/testing/generate-kb";

const USAGE = `Usage: tsx bench/write-generated.ts --articles N --sqlite PATH [--postgres URL] [--seed S]
Writes a generated KB (src/testing/generate-kb.ts) of N articles to an SQLite file and, with --postgres, to a
PostgreSQL database, and keeps them: the KB that apps/cli's bench/read-latency.ts then times reads on. Prints
the generation and each replace with wall time, this process's CPU time, RSS, the load average and the size.
  --articles N     articles of the generated KB (default 10000)
  --sqlite PATH    a new SQLite file to write (it must not exist)
  --postgres URL   a PostgreSQL database to write (at least one of --sqlite and --postgres)
  --seed S         the generator's seed (default 42)
Example: tsx bench/write-generated.ts --articles 10000 --sqlite /tmp/kb-10000.db`;
const { values, fail, number } = benchArgs(USAGE, {
  options: {
    articles: { type: "string", default: "10000" },
    sqlite: { type: "string" },
    postgres: { type: "string" },
    seed: { type: "string", default: "42" },
  },
});
const articles = number(values.articles, "--articles");
const seed = number(values.seed, "--seed", 0);
if (!values.sqlite && !values.postgres) fail("give --sqlite PATH, --postgres URL or both");
if (values.sqlite && existsSync(values.sqlite)) fail(`${values.sqlite} exists: give a new file`);

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
async function timed(label: string, run: () => Promise<unknown>): Promise<void> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  console.log(
    `${label}: ${((performance.now() - t) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU, ` +
      `RSS ${mb(process.memoryUsage().rss)}, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
  );
}

let generated: ReturnType<typeof generateKnowledgeBase> | undefined;
await timed(`generate ${articles} articles`, async () => {
  generated = generateKnowledgeBase({ articles, seed });
});
const { kb, extractions } = generated!;
const reports = kb.events.reduce((n, e) => n + e.reports.length, 0);
console.log(
  `${kb.articles.length} articles, ${kb.events.length} events (${reports} reports), ${kb.actors.length} actors, ` +
    `${kb.conflicts.length} conflicts`,
);
if (values.sqlite) {
  const path = values.sqlite;
  const store = await openSqliteStore(path);
  await timed("sqlite replaceKnowledgeBase", () => store.replaceKnowledgeBase(kb, extractions));
  await timed("sqlite close (WAL checkpoint)", () => store.close());
  console.log(`sqlite file: ${mb(statSync(path).size)}`);
}
if (values.postgres) {
  const store = await openPostgresStore(values.postgres);
  await timed("postgres replaceKnowledgeBase", () => store.replaceKnowledgeBase(kb, extractions));
  await store.close();
}
