// openSqliteStore: the Store in one SQLite file (better-sqlite3, WAL), migrated on open, searched with FTS5.
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { Database } from "./database";
import { StoreOpenError } from "./errors";
import { toFtsQuery } from "./fts-query";
import type { Store } from "./index";
import { KyselyStore, type StoreBehaviour } from "./kysely-store";
import { MIGRATION_TABLE, sqliteMigrations } from "./migrations";
import { assertMigrated, hasPending, migratorFor } from "./migrator";
import {
  applyPragmas,
  containsLiteral,
  eventMatches,
  isFtsQueryError,
  listTables,
  optimize,
  rebuildFtsTables,
  reportAtSqlite,
  searchFts,
  withIndexesRebuilt,
} from "./sqlite-sql";
import { withStatementCache } from "./sqlite-statements";
import type { TextIndex } from "./text-index";
import { ITEM_TABLES } from "./write-kb";

export interface SqliteStoreOptions {
  /** Open an existing database for reading only; writes then fail and migrations are not run. */
  readonly?: boolean;
}

const fts5: TextIndex = {
  toQuery: toFtsQuery,
  rebuild: rebuildFtsTables,
  afterReplace: optimize,
  search: searchFts,
  eventMatches,
  contains: containsLiteral,
  isQueryError: isFtsQueryError,
};

/**
 * Takes SQLite's write lock at the start of a replace (as BEGIN IMMEDIATE would) with a short busy wait:
 * better-sqlite3 waits synchronously, so the usual 5 s busy_timeout would freeze a server's event loop
 * while another process writes. Busy here fails fast; the replace rolls back and polls again.
 */
async function lockForWrite(trx: Kysely<Database>): Promise<void> {
  await sql`pragma busy_timeout = 50`.execute(trx);
  try {
    await sql`update kb_generation set generation = generation where id = 1`.execute(trx);
  } finally {
    await sql`pragma busy_timeout = 5000`.execute(trx);
  }
}

const isWriterBusy = (error: unknown) => String((error as { code?: unknown }).code ?? "").startsWith("SQLITE_BUSY");

function connect(path: string, readonly: boolean): BetterSqlite3.Database {
  const folder = dirname(resolve(path));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new StoreOpenError(`cannot open ${path}: the folder ${folder} does not exist`);
  }
  if (readonly && !existsSync(path)) throw new StoreOpenError(`cannot open ${path}: there is no such file`);
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(path, { readonly, fileMustExist: readonly });
    applyPragmas(sqlite, readonly);
    const tables = listTables(sqlite);
    // An empty file is a new database; anything else must carry our migration table.
    if (tables.length > 0 && !tables.includes(MIGRATION_TABLE)) {
      throw new StoreOpenError(
        `${path} is an SQLite database but not a Dateline one (it has no ${MIGRATION_TABLE} table)`,
      );
    }
    return sqlite;
  } catch (error) {
    sqlite?.close();
    if (error instanceof StoreOpenError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_NOTADB")
      throw new StoreOpenError(`${path} is not a Dateline database (not SQLite at all)`, { cause: error });
    const why = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(`cannot open ${path}: ${why}`, { cause: error });
  }
}

/** Brings the schema up to date; a read-only store only checks that it already is. */
async function migrate(
  db: Kysely<Database>,
  sqlite: BetterSqlite3.Database,
  path: string,
  readonly: boolean,
): Promise<void> {
  const migrator = migratorFor(db, sqliteMigrations);
  if (readonly) return assertMigrated(migrator, path);
  if (!(await hasPending(migrator))) return;
  try {
    await underWriteLock(sqlite, async () => {
      const { error } = await migrator.migrateToLatest();
      if (error) throw error;
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(`cannot bring ${path} up to date: ${why}`, { cause: error });
  }
}

/**
 * Runs `fn` inside one BEGIN IMMEDIATE transaction. Kysely neither locks nor wraps migrations on SQLite, so
 * processes opening one new file at once (several `dateline ingest`s) ran the same DDL interleaved ("table
 * already exists", or half a migration). Under the write lock the later ones find nothing left to do, and a
 * failed migration rolls back whole. The lock is polled asynchronously, so waiting never blocks the event loop.
 */
async function underWriteLock<T>(sqlite: BetterSqlite3.Database, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 60_000;
  sqlite.pragma("busy_timeout = 0");
  try {
    for (;;) {
      try {
        sqlite.exec("BEGIN IMMEDIATE");
        break;
      } catch (error) {
        if (!isWriterBusy(error) || Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 10 + Math.random() * 40));
      }
    }
  } finally {
    sqlite.pragma("busy_timeout = 5000");
  }
  try {
    const result = await fn();
    sqlite.exec("COMMIT");
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw error;
  }
}

/**
 * The generation read by a prepared statement on a read-only connection of its own: a server reads it on every
 * request (the reply cache's check), and through Kysely that costs a query compile and a turn of its connection
 * queue, several times the read itself. Its own connection also never reads inside a snapshot transaction
 * that another request has open on the store's connection, so it always sees the last commit. None for an
 * in-memory database, which a second connection would not see.
 */
function generationReader(path: string): Pick<StoreBehaviour, "readGeneration" | "close"> {
  if (path === "" || path === ":memory:") return {};
  let conn: BetterSqlite3.Database | null = null;
  let read: BetterSqlite3.Statement<[], unknown> | null = null;
  return {
    readGeneration() {
      if (read === null) {
        conn = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
        read = conn.prepare<[], unknown>("select generation from kb_generation where id = 1").pluck();
      }
      const generation = read.get();
      return generation === undefined ? 0 : Number(generation);
    },
    close() {
      conn?.close();
      conn = null;
      read = null;
    },
  };
}

export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const readonly = options.readonly ?? false;
  const sqlite = connect(path, readonly);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  try {
    await migrate(db, sqlite, path, readonly);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(db, fts5, {
    lockForWrite,
    isWriterBusy,
    reportAt: reportAtSqlite,
    aroundWrite: (trx, write) => withIndexesRebuilt(trx, ITEM_TABLES, write),
    ...generationReader(path),
  });
}
