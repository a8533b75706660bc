// Every piece of raw SQL the SQLite backend needs: pragmas, FTS5 tables, MATCH/snippet/bm25, LIKE … ESCAPE.

import { MATCH_CLOSE, MATCH_OPEN } from "@dateline/core/snippet";
import type BetterSqlite3 from "better-sqlite3";
import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "./database";
import type { SearchHit } from "./index";
import type { SearchKind } from "./text-index";

/** WAL lets readers go on while a replace is written; busy_timeout makes a second writer wait, not fail. */
export function applyPragmas(db: BetterSqlite3.Database, readonly: boolean): void {
  if (!readonly) db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // NORMAL is durable across application crashes in WAL mode and much faster than FULL for a bulk replace.
  db.pragma("synchronous = NORMAL");
  // 64 MiB of page cache (the default is 2 MiB): a replace of thousands of articles then stays in memory
  // until commit instead of spilling pages to the WAL mid-transaction.
  db.pragma("cache_size = -65536");
}

/** The names of the tables in the file; empty for a new database. */
export function listTables(db: BetterSqlite3.Database): string[] {
  const rows = db.prepare("select name from sqlite_schema where type = 'table'").all() as Array<{ name: string }>;
  return rows.map((r) => r.name);
}

/** The porter stemmer lets "talk" find "talks"; remove_diacritics lets "Paşinyan" match "Pasinyan". */
const TOKENIZE = "porter unicode61 remove_diacritics 2";

/**
 * External-content FTS5 indexes over the search_* columns of the item tables: the text is stored once, and a
 * replace rebuilds each index with one statement instead of feeding every row through JavaScript.
 */
const FTS_TABLES: Record<SearchKind, { fts: string; content: string; columns: string[]; weights: number[] }> = {
  article: { fts: "articles_fts", content: "articles", columns: ["title", "text"], weights: [0, 3, 1] },
  event: {
    fts: "events_fts",
    content: "events",
    columns: ["title", "search_wording", "search_framing"],
    weights: [0, 3, 1, 1],
  },
  actor: {
    fts: "actors_fts",
    content: "actors",
    columns: ["name", "search_aliases", "search_roles"],
    weights: [0, 3, 2, 1],
  },
};

export async function createFtsTables(db: Kysely<unknown>): Promise<void> {
  for (const t of Object.values(FTS_TABLES)) {
    const columns = ["id UNINDEXED", ...t.columns].join(", ");
    await sql
      .raw(
        `create virtual table ${t.fts} using fts5(${columns}, content='${t.content}', content_rowid='rowid', tokenize='${TOKENIZE}')`,
      )
      .execute(db);
  }
}

/**
 * Makes each index's hidden `rank` column bm25 with our column weights (titles and names count most), so
 * queries can `order by rank`: FTS5 then hands rows over already ranked, and snippet() runs only for the
 * rows returned instead of for every match.
 */
export async function setFtsRankWeights(db: Kysely<unknown>): Promise<void> {
  for (const t of Object.values(FTS_TABLES)) {
    await sql.raw(`insert into ${t.fts}(${t.fts}, rank) values('rank', 'bm25(${t.weights.join(", ")})')`).execute(db);
  }
}

/** Re-reads every FTS index from its content table; run inside the replace transaction, after the inserts. */
export async function rebuildFtsTables(db: Kysely<Database>): Promise<void> {
  for (const t of Object.values(FTS_TABLES)) {
    await sql.raw(`insert into ${t.fts}(${t.fts}) values('rebuild')`).execute(db);
  }
}

/**
 * Runs a replace's delete and insert with the secondary indexes of `tables` dropped, then creates each again from
 * its own stored definition, all inside the caller's transaction (a rollback restores them; readers of other
 * connections keep the previous KB and its indexes meanwhile). Inserting rows into a dozen indexes one row at a
 * time touches pages all over each index: once the indexes outgrow the page cache, every batch spills pages to
 * the WAL and reads them back, and the write grows faster than the KB. CREATE INDEX sorts its keys once instead.
 * Primary keys and UNIQUE constraints (internal indexes, with no SQL of their own) stay and are kept on insert.
 */
export async function withIndexesRebuilt(
  db: Kysely<Database>,
  tables: readonly string[],
  write: () => Promise<void>,
): Promise<void> {
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_schema
    where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})
    order by name`.execute(db);
  for (const index of rows) await sql`drop index ${sql.id(index.name)}`.execute(db);
  await write();
  for (const index of rows) await sql.raw(index.sql).execute(db);
}

/** Fresh statistics for the query planner after a bulk replace (cheap: it only analyses what changed). */
export async function optimize(db: Kysely<Database>): Promise<void> {
  await sql.raw("pragma optimize").execute(db);
}

const titleColumn: Record<SearchKind, string> = {
  article: "coalesce(c.title, c.id)",
  event: "c.title",
  actor: "c.name",
};

/** One kind's best hits for a query already made safe by toFtsQuery; score is -bm25, higher is better. */
export async function searchFts(
  db: Kysely<Database>,
  kind: SearchKind,
  ftsQuery: string,
  limit: number,
): Promise<SearchHit[]> {
  const t = FTS_TABLES[kind];
  const fts = sql.raw(t.fts);
  const { rows } = await sql<{ id: string; title: string; snippet: string; rank: number }>`
    select c.id as id, ${sql.raw(titleColumn[kind])} as title,
           snippet(${fts}, -1, ${MATCH_OPEN}, ${MATCH_CLOSE}, '…', 16) as snippet, ${fts}.rank as rank
    from ${fts} cross join ${sql.raw(t.content)} c on c.rowid = ${fts}.rowid
    where ${fts} match ${ftsQuery}
    order by ${fts}.rank
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ kind, id: r.id, title: r.title, snippet: r.snippet, score: -r.rank }));
}

/**
 * Matching events from which a filtered page walks the time line instead of sorting the matches. Walking reads
 * about limit × events / matches index entries; sorting looks every match up in the events table (~1.4 µs
 * each at 100,000 articles): they cost the same near 2,000 matches there.
 */
export const WALK_FROM_MATCHES = 2000;

/**
 * `events` is among the events whose title, wording or framing match the (safe) query. SQLite's planner always
 * drives the read from the match list when it may (it cannot tell 10 matches from 70,000), and then looks up
 * and sorts every matching event for one page: 150 ms of CPU for a common word at 100,000 articles. So the
 * matches are counted first, up to WALK_FROM_MATCHES; from there the term is written `+events.rowid`, which
 * keeps the list from driving the read, and the page is read in time-line order (or by the other filters'
 * indexes), each entry checked against the list. The same rows either way.
 */
export async function eventMatches(
  db: Kysely<Database>,
  ftsQuery: string,
  walkFrom = WALK_FROM_MATCHES,
): Promise<RawBuilder<SqlBool>> {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from (select rowid from events_fts where events_fts match ${ftsQuery} limit ${walkFrom})`.execute(
    db,
  );
  const matches = sql`(select rowid from events_fts where events_fts match ${ftsQuery})`;
  return Number(rows[0]?.n ?? 0) >= walkFrom
    ? sql<SqlBool>`+events.rowid in ${matches}`
    : sql<SqlBool>`events.rowid in ${matches}`;
}

/** True for SQLite's complaint about an FTS5 query, which toFtsQuery should make impossible. */
export function isFtsQueryError(error: unknown): boolean {
  return error instanceof Error && /fts5|unterminated string|no such column/i.test(error.message);
}

/** `column LIKE '%needle%'` with the needle's own % and _ taken literally. */
export function containsLiteral(column: Expression<string>, needle: string): RawBuilder<SqlBool> {
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${column} like ${pattern} escape '\\'`;
}

/** One report of an event document as JSON text (SQLite's json_extract gives an object back as its JSON). */
export function reportAtSqlite(doc: Expression<string>, position: Expression<number>): RawBuilder<string> {
  return sql<string>`json_extract(${doc}, '$.reports[' || ${position} || ']')`;
}
