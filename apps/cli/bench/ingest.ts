// Benchmark: end-to-end ingest of a generated corpus into SQLite, a re-ingest, and search / list latency (USAGE).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectInputs, runIngest } from "@dateline/ingest";
import { openSqliteStore } from "@dateline/store/sqlite";
import { benchArgs } from "../../../scripts/bench-args";
import { makeCorpus } from "./corpus";

const USAGE = `Usage: tsx bench/ingest.ts [N=10000] [KEEP.db]
End-to-end ingest of N generated articles (bench/corpus.ts) into SQLite (articles/s), an incremental re-ingest,
and search / filtered-list latency (p50, p99). Prints figures; asserts nothing.
  N        how many articles to generate and ingest (default 10000)
  KEEP.db  where to keep the database for other benchmarks (the TUI's, the web's); by default it goes with the
           temp dir
Example: npm run bench -w @dateline/cli -- 1000 /tmp/kb-1000.db`;
const cli = benchArgs(USAGE, { allowPositionals: true }, 2);
const count = cli.number(cli.positionals[0] ?? "10000", "N (the article count)");
/** Where to keep the database for other benchmarks (the TUI's, the web's); by default it goes with the temp dir. */
const keep = cli.positionals[1];
const work = mkdtempSync(join(tmpdir(), "dateline-bench-"));
const dir = join(work, "articles");
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function timeEach(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    out.push(ms(t0));
  }
  return out;
}

try {
  const bytes = makeCorpus({ count, dir });
  console.log(`corpus: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB`);
  const store = await openSqliteStore(keep ?? join(work, "kb.db"));
  const { files } = await collectInputs([dir]);

  let t0 = process.hrtime.bigint();
  const first = await runIngest({ store, files, curation: [] });
  const full = ms(t0);
  console.log(
    `ingest (extract in worker threads + link + write): ${(full / 1000).toFixed(1)} s, ${((count / full) * 1000).toFixed(0)} articles/s, ${first.kb.events.length} events, ${first.kb.actors.length} actors, RSS after ingest ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );

  t0 = process.hrtime.bigint();
  const again = await runIngest({ store, files, curation: [] });
  const re = ms(t0);
  console.log(`re-ingest, nothing changed: ${(re / 1000).toFixed(1)} s (${again.unchanged.length} unchanged)`);

  const words = [
    "peace",
    "ceasefire",
    "Pashinian",
    "treaty",
    "minister",
    "statement",
    "offensive",
    "talks",
    "agreement",
    "border",
  ];
  const search = await timeEach(1000, (i) => store.search(words[i % words.length]!, { limit: 20 }));
  console.log(
    `search (1000 queries): p50 ${quantile(search, 0.5).toFixed(2)} ms, p99 ${quantile(search, 0.99).toFixed(2)} ms`,
  );

  const actors = (await store.listActors({ limit: 50 })).items.map((a) => a.id);
  const list = await timeEach(1000, (i) =>
    store.listEvents({ actor: actors[i % actors.length], from: "2015", to: "2024-12", limit: 50 }),
  );
  console.log(
    `events.list filtered (1000): p50 ${quantile(list, 0.5).toFixed(2)} ms, p99 ${quantile(list, 0.99).toFixed(2)} ms`,
  );
  await store.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
