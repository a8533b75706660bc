// Writes the KB of a fresh ingest as JSON with its sha256, to check a change leaves it byte for byte (USAGE).
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXTRACTOR_VERSION } from "@dateline/extract";
import { collectInputs, runIngest } from "@dateline/ingest";
import { buildKnowledgeBase } from "@dateline/kb";
import { openSqliteStore } from "@dateline/store/sqlite";
import { benchArgs } from "../../../scripts/bench-args";

const USAGE = `Usage: tsx bench/kb-export.ts <articles dir>... --out KB.json [--jobs N]
Ingests the folders into a fresh SQLite file and writes the stored KB as JSON, with its sha256, so that a change to
linking or to the write path can be checked to leave the KB byte for byte as it was (run before and after, then
compare the hashes or diff the files). It also links the cached (full) extractions in one piece, as linking was
done before ingest streamed them, and says whether that KB is the stored one byte for byte.
  --out KB.json  where to write the KB (required)
  --jobs N       extraction workers (default: the ingest's own choice)
Example: tsx bench/kb-export.ts ../../data/articles --out /tmp/kb-before.json`;
const cli = benchArgs(USAGE, {
  allowPositionals: true,
  options: { out: { type: "string" }, jobs: { type: "string" } },
});
const args = cli.positionals;
if (args.length === 0) cli.fail("give at least one articles folder");
const out = cli.values.out ?? cli.fail("--out KB.json is required");
for (const dir of args) if (!existsSync(dir)) cli.fail(`no such folder: ${dir}`);
const jobs = cli.values.jobs === undefined ? undefined : cli.number(cli.values.jobs, "--jobs");

const work = mkdtempSync(join(tmpdir(), "dateline-kb-export-"));
try {
  const store = await openSqliteStore(join(work, "kb.db"));
  try {
    const { files } = await collectInputs(args);
    await runIngest({ store, files, curation: [], ...(jobs === undefined ? {} : { jobs }) });
    const json = JSON.stringify(await store.loadKnowledgeBase());
    writeFileSync(out, json);
    const kb = JSON.parse(json);
    const full = [];
    for (const [id, sha] of await store.listArticleHashes()) {
      const x = await store.getExtraction(id, sha, EXTRACTOR_VERSION);
      if (x) full.push(x);
    }
    const same = JSON.stringify(buildKnowledgeBase(full)) === json;
    console.log(
      `linked from ${full.length} full cached extractions in one piece: ${same ? "the same KB" : "A DIFFERENT KB"}`,
    );
    console.log(
      `${createHash("sha256").update(json).digest("hex")}  ${out} (${kb.articles.length} articles, ${kb.events.length} events, ${kb.actors.length} actors)`,
    );
  } finally {
    await store.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
