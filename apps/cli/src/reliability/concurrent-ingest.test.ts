// Several real `dateline ingest` processes of different folders at once on one database, SQLite and PostgreSQL:
// the KB ends with every article of every run, once. (Whether the runs overlap depends on the machine; the
// line-up that forces every writer to retry is in packages/ingest/src/concurrent-ingest.test.ts.)
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@dateline/store/open";
import { findPgBin, type PgCluster, startPgCluster } from "@dateline/store/testing/pg-cluster";
import { afterAll, describe, expect, it } from "vitest";
import { goodArticle } from "./fixtures/hostile-inputs";
import { BIN } from "./run-cli";

const tmp = mkdtempSync(join(tmpdir(), "dateline-concurrent-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const env = { ...process.env, NO_COLOR: "1", DATELINE_DB: "" };
const pgAvailable = findPgBin() !== null || Boolean(process.env.CI);
const cluster: PgCluster | null = pgAvailable ? await startPgCluster() : null;
afterAll(() => cluster?.stop());

const FOLDERS: Record<string, string[]> = {
  north: ["Oslo", "Helsinki"],
  south: ["Madrid", "Lisbon"],
  east: ["Warsaw", "Prague"],
};

function ingest(db: string, folder: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const args = [BIN, "ingest", folder, "--db", db, "--curation", join(tmp, "curation"), "--json"];
  const child = spawn(process.execPath, args, { cwd: tmp, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

for (const [name, folder] of Object.entries(FOLDERS)) {
  mkdirSync(join(tmp, name));
  for (const [i, city] of folder.entries()) {
    writeFileSync(join(tmp, name, `${city.toLowerCase()}.txt`), goodArticle(i, city));
  }
}
const expected = Object.values(FOLDERS)
  .flat()
  .map((c) => c.toLowerCase())
  .sort();

async function runAll(db: string) {
  const results = await Promise.all(Object.keys(FOLDERS).map((name) => ingest(db, name)));
  for (const r of results) expect(r.code, r.stderr).toBe(0);
  // How many writes each run needed (more than 1: another run got in first); reported, not asserted.
  const attempts = results.map((r) => (JSON.parse(r.stdout) as { attempts: number }).attempts);
  console.log(`${db.startsWith("postgres") ? "PostgreSQL" : "SQLite"}: attempts per run ${attempts.join(", ")}`);
  const store = await openStore(db, { readonly: true });
  try {
    const kb = await store.loadKnowledgeBase();
    expect(kb?.articles.map((a) => a.id)).toEqual(expected);
    expect((await store.stats()).articles).toBe(expected.length);
  } finally {
    await store.close();
  }
}

describe("three dateline ingest processes at once on one database", () => {
  it("SQLite: the KB holds every article of every run, once", async () => {
    await runAll(join(tmp, "kb.db"));
  }, 300_000);

  it.skipIf(!cluster)(
    "PostgreSQL: the KB holds every article of every run, once",
    async () => {
      await runAll(await cluster!.createDatabase());
    },
    300_000,
  );
});
