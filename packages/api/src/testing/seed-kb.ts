// Test helper: a real SQLite KB of the seed articles in a temp folder, built once and copied per mutating test.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectInputs, runIngest } from "@dateline/ingest";
import { openSqliteStore } from "@dateline/store/sqlite";

export const SEED_ARTICLES = fileURLToPath(new URL("../../../../data/articles", import.meta.url));

export interface SeedKb {
  dir: string;
  /** The built database; open it read-only, or `copy()` it to write. */
  path: string;
  /** A fresh writable copy of the KB in its own file. */
  copy(name: string): string;
  cleanup(): void;
}

export async function buildSeedKb(): Promise<SeedKb> {
  const dir = mkdtempSync(join(tmpdir(), "dateline-api-"));
  const path = join(dir, "seed.db");
  const store = await openSqliteStore(path);
  try {
    const { files } = await collectInputs([SEED_ARTICLES]);
    await runIngest({ store, files, curation: [] });
  } finally {
    // Closing checkpoints the WAL into the file, so a plain file copy is a complete database.
    await store.close();
  }
  return {
    dir,
    path,
    copy(name) {
      const target = join(dir, `${name}.db`);
      copyFileSync(path, target);
      return target;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
