// Helpers shared by the reliability tests: run the real `dateline` program, read a database's KB in-process.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { KnowledgeBase } from "@dateline/core/schema";
import { openSqliteStore } from "@dateline/store/sqlite";

export const BIN = fileURLToPath(new URL("../../bin/dateline.mjs", import.meta.url));

export function dateline(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", DATELINE_DB: "" },
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The KB a database holds, as the `export` command would print it (it prints exactly this JSON). */
export async function exportOf(db: string): Promise<string | null> {
  const store = await openSqliteStore(db, { readonly: true });
  try {
    const kb: KnowledgeBase | null = await store.loadKnowledgeBase();
    return kb === null ? null : `${JSON.stringify(kb, null, 2)}\n`;
  } finally {
    await store.close();
  }
}
