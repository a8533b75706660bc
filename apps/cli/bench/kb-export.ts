// Ingests a folder into a fresh SQLite file and writes the stored KB as JSON, with its sha256, so that a change to
// linking or to the write path can be checked to leave the KB byte for byte as it was (run before and after, then
// compare the hashes or diff the files). It also links the cached (full) extractions in one piece, as linking was
// done before ingest streamed them, and says whether that KB is the stored one byte for byte.
// Usage: tsx bench/kb-export.ts <articles dir>... --out KB.json [--jobs N]
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXTRACTOR_VERSION } from "@dateline/extract";
import { collectInputs, runIngest } from "@dateline/ingest";
import { buildKnowledgeBase } from "@dateline/kb";
import { openSqliteStore } from "@dateline/store/sqlite";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const out = flag("--out");
const jobs = flag("--jobs");
if (!out || args.length === 0) throw new Error("usage: kb-export.ts <dir>... --out KB.json [--jobs N]");

const work = mkdtempSync(join(tmpdir(), "dateline-kb-export-"));
try {
  const store = await openSqliteStore(join(work, "kb.db"));
  try {
    const { files } = await collectInputs(args);
    await runIngest({ store, files, curation: [], ...(jobs === undefined ? {} : { jobs: Number(jobs) }) });
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
