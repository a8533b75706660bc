// openPostgresStore: the Store in a PostgreSQL database (pg pool, Kysely), migrated on open, searched with tsvector.
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./database";
import { StoreOpenError } from "./errors";
import type { Store } from "./index";
import { KyselyStore } from "./kysely-store";
import { MIGRATION_TABLE } from "./migrations";
import { assertMigrated, migratorFor } from "./migrator";
import { postgresMigrations } from "./postgres-migrations";
import {
  analyzeTables,
  containsLiteralPg,
  eventMatchesTsvector,
  isTsQueryError,
  lockForReplace,
  reportAtPg,
  searchTsvector,
  toTsQueryTerms,
} from "./postgres-sql";
import type { TextIndex } from "./text-index";

export interface PostgresStoreOptions {
  /** Every transaction read-only (for readers and replicas): writes fail and migrations are only checked. */
  readonly?: boolean;
  /** Connections in the pool (default 10). */
  maxConnections?: number;
}

const tsvector: TextIndex = {
  toQuery: toTsQueryTerms,
  rebuild: async () => {}, // generated columns: PostgreSQL indexes each row as it is inserted
  afterReplace: analyzeTables,
  search: searchTsvector,
  eventMatches: async (_db, query) => eventMatchesTsvector(query),
  contains: containsLiteralPg,
  isQueryError: isTsQueryError,
};

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(an unparsable PostgreSQL URL)";
  }
}

/** Refuses a database that holds other tables but not ours: it belongs to another application. */
async function checkOwnership(db: Kysely<Database>, where: string): Promise<void> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = current_schema()`.execute(db);
  const names = rows.map((r) => r.table_name);
  if (names.length > 0 && !names.includes(MIGRATION_TABLE)) {
    throw new StoreOpenError(
      `${where} is a PostgreSQL database but not a Dateline one (it has no ${MIGRATION_TABLE} table)`,
    );
  }
}

async function migrate(db: Kysely<Database>, where: string, readonly: boolean): Promise<void> {
  await checkOwnership(db, where);
  const migrator = migratorFor(db, postgresMigrations);
  if (readonly) return assertMigrated(migrator, where);
  // Kysely holds an advisory lock while migrating, so several processes opening a new database is safe.
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const readonly = options.readonly ?? false;
  const where = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(readonly ? { options: "-c default_transaction_read_only=on" } : {}),
  });
  // An idle client losing its server (restart, failover) must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, where, readonly);
  } catch (error) {
    await db.destroy();
    if (error instanceof StoreOpenError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(`cannot open ${where}: ${why}`, { cause: error });
  }
  return new KyselyStore(db, tsvector, {
    lockForWrite: lockForReplace,
    readIsolation: "repeatable read",
    reportAt: reportAtPg,
  });
}
