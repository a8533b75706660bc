// Prepared statements kept for reuse: Kysely's SQLite driver prepares every query it runs, and preparing a
// statement costs as much as running a small indexed read, so a server's reads pay it once per statement text.
import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/** How many statement texts are kept (least recently used first out); a server's reads use a few dozen. */
const STATEMENTS = 500;
/** Longer texts are a replace's batched inserts (thousands of parameters): run once per replace, not kept. */
const LONGEST = 8192;

/**
 * The database as Kysely's SqliteDialect sees it, with `prepare` answered from a cache keyed by the SQL text.
 * A cached statement still being iterated (a streamed query) is busy: then a fresh one is prepared. SQLite
 * re-prepares a statement by itself when the schema changes, so migrations need nothing from us.
 */
export function withStatementCache(db: BetterSqlite3.Database, size = STATEMENTS): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string) {
      if (sql.length > LONGEST) return db.prepare(sql);
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Re-inserted, so the map's order is least recently used first.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = db.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
  };
}
