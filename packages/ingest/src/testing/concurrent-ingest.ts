// Test helper run as a child process: ingests files into a shared database, optionally holding after its KB is
// built and before its first write until the parent says "go" on stdin, so tests can line writers up
// deterministically. Prints "built" when held, then the report as one JSON line.
// Usage: node --import tsx concurrent-ingest.ts <db target> <curation dir> <hold|run> <file|folder>...
import { createInterface } from "node:readline";
import { openStore } from "@dateline/store/open";
import { collectInputs } from "../collect-inputs";
import { loadCurationDir } from "../curation-files";
import { runIngest } from "../run-ingest";

const [target, curationDir, mode, ...inputs] = process.argv.slice(2);
if (!target || !curationDir || (mode !== "hold" && mode !== "run")) {
  throw new Error("usage: concurrent-ingest.ts <db target> <curation dir> <hold|run> <file|folder>...");
}
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const store = await openStore(target);
try {
  const { files } = await collectInputs(inputs);
  const report = await runIngest({
    store,
    files,
    curation: () => loadCurationDir(curationDir),
    jobs: 1,
    beforeWrite: async (attempt) => {
      if (mode !== "hold" || attempt > 1) return;
      console.log("built");
      await lines.next();
    },
  });
  console.log(JSON.stringify({ added: report.added, attempts: report.attempts }));
} finally {
  await store.close();
  process.stdin.destroy();
}
