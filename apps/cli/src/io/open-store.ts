// Opens the knowledge base the command names: --db, $DATELINE_DB, $DATABASE_URL (PostgreSQL), or data/dateline.db.
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import type { Store } from "@dateline/store";
import { isPostgresUrl, openStore } from "@dateline/store/open";
import { CliError } from "../errors";

export const DEFAULT_DB = "data/dateline.db";

/** A postgres:// or postgresql:// URL, or the path of an SQLite file. DATABASE_URL counts only as a PostgreSQL URL. */
export function dbPath(option: string | undefined): string {
  const fromUrl = process.env.DATABASE_URL && isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : null;
  // An empty variable is as good as unset (a shell's `DATELINE_DB= dateline …`), so it does not hide DATABASE_URL.
  return option || process.env.DATELINE_DB || fromUrl || DEFAULT_DB;
}

/** Opens a store to read; a missing SQLite file is an error with the fix, not an empty result. */
export async function openForRead(option: string | undefined): Promise<Store> {
  const target = dbPath(option);
  if (!isPostgresUrl(target) && !existsSync(target)) {
    throw new CliError(
      `no knowledge base at ${target}`,
      "run `dateline ingest data/articles` first (or pass --db PATH)",
    );
  }
  return openStore(target, { readonly: true });
}

/** Opens (creating when needed) a store to write. */
export async function openForWrite(option: string | undefined): Promise<Store> {
  const target = dbPath(option);
  if (!isPostgresUrl(target) && !existsSync(dirname(target) || ".")) {
    throw new CliError(`cannot create ${target}: the folder ${dirname(target)} does not exist`);
  }
  return openStore(target);
}

export async function withStore<T>(store: Store, fn: (store: Store) => Promise<T>): Promise<T> {
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
