// Opens the knowledge base the command names (--db, DATELINE_DB, or data/dateline.db).
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { CliError } from "../errors";

export const DEFAULT_DB = "data/dateline.db";

export function dbPath(option: string | undefined): string {
  return option ?? process.env.DATELINE_DB ?? DEFAULT_DB;
}

/** Opens a store to read; a missing database is an error with the fix, not an empty result. */
export async function openForRead(option: string | undefined): Promise<Store> {
  const path = dbPath(option);
  if (!existsSync(path)) {
    throw new CliError(`no knowledge base at ${path}`, "run `dateline ingest data/articles` first (or pass --db PATH)");
  }
  return openSqliteStore(path, { readonly: true });
}

/** Opens (creating when needed) a store to write. */
export async function openForWrite(option: string | undefined): Promise<Store> {
  const path = dbPath(option);
  if (!existsSync(dirname(path) || ".")) {
    throw new CliError(`cannot create ${path}: the folder ${dirname(path)} does not exist`);
  }
  return openSqliteStore(path);
}

export async function withStore<T>(store: Store, fn: (store: Store) => Promise<T>): Promise<T> {
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
