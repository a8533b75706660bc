// openStore: one entry point for every backend, chosen by the target (a postgres:// URL or an SQLite path).
import type { Store } from "./index";

export interface OpenStoreOptions {
  readonly?: boolean;
}

/** postgres:// and postgresql:// URLs are PostgreSQL; anything else is the path of an SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Loads only the driver the target needs, so SQLite users never load pg and the reverse. */
export async function openStore(target: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(target)) {
    const { openPostgresStore } = await import("./postgres");
    return openPostgresStore(target, options);
  }
  const { openSqliteStore } = await import("./sqlite");
  return openSqliteStore(target, options);
}

/** The target as it may be printed: a PostgreSQL URL without its password, an SQLite path as given. */
export function displayTarget(target: string): string {
  if (!isPostgresUrl(target)) return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(an unparsable PostgreSQL URL)";
  }
}
