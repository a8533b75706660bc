// Every piece of raw SQL the PostgreSQL backend needs: the text search configuration, tsvector columns with
// GIN indexes, tsquery building, ranking and ts_headline snippets, the writer lock.

import { MATCH_CLOSE, MATCH_OPEN } from "@dateline/core/snippet";
import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "./database";
import { type SearchTerm, searchTerms } from "./fts-query";
import type { SearchHit } from "./index";
import type { SearchKind } from "./text-index";

/** English stemming (as SQLite's porter) with accents removed (as remove_diacritics): "Paşinyan" finds "Pasinyan". */
const CONFIG = "dateline";

/** One weighted tsvector per searchable table, A for titles and names; the snippet is cut from `source`. */
const SEARCH: Record<SearchKind, { table: string; vector: string; source: string; title: string }> = {
  article: {
    table: "articles",
    vector: `setweight(to_tsvector('${CONFIG}', coalesce(title, '')), 'A') || setweight(to_tsvector('${CONFIG}', text), 'D')`,
    source: "coalesce(c.title || E'\\n', '') || c.text",
    title: "coalesce(c.title, c.id)",
  },
  event: {
    table: "events",
    vector: `setweight(to_tsvector('${CONFIG}', title), 'A') || setweight(to_tsvector('${CONFIG}', search_wording), 'C') || setweight(to_tsvector('${CONFIG}', search_framing), 'C')`,
    source: "c.title || E'\\n' || c.search_wording || E'\\n' || c.search_framing",
    title: "c.title",
  },
  actor: {
    table: "actors",
    vector: `setweight(to_tsvector('${CONFIG}', name), 'A') || setweight(to_tsvector('${CONFIG}', search_aliases), 'B') || setweight(to_tsvector('${CONFIG}', search_roles), 'C')`,
    source: "c.name || ' · ' || c.search_aliases || ' · ' || c.search_roles",
    title: "c.name",
  },
};

/**
 * The configuration, then a stored generated `search` column per table (kept current by PostgreSQL on every
 * insert, so a replace needs no separate rebuild) and its GIN index. unaccent is a trusted extension: the
 * database owner may create it without being superuser.
 */
export async function createTextSearch(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists unaccent`.execute(db);
  await sql.raw(`create text search configuration ${CONFIG} (copy = english)`).execute(db);
  await sql
    .raw(
      `alter text search configuration ${CONFIG} alter mapping for hword, hword_part, word with unaccent, english_stem`,
    )
    .execute(db);
  for (const s of Object.values(SEARCH)) {
    await sql
      .raw(`alter table ${s.table} add column search tsvector generated always as (${s.vector}) stored`)
      .execute(db);
    await sql.raw(`create index ${s.table}_search on ${s.table} using gin (search)`).execute(db);
  }
}

/** PostgreSQL text cannot hold NUL, and a NUL in a parameter is an encoding error: it can match nothing anyway. */
const noNul = (s: string) => s.replaceAll("\u0000", " ");

/**
 * User text → terms as JSON, the opaque query handed back to search and eventMatches. Words and phrases become
 * parameters of plainto_tsquery / phraseto_tsquery, so they are only ever data; a prefix keeps only its last
 * run of letters and digits, which is all to_tsquery then sees.
 */
export function toTsQueryTerms(input: string): string {
  return JSON.stringify(searchTerms(noNul(input)));
}

const WORD_RUNS = /[\p{L}\p{N}]+/gu;

/** The terms ANDed into one tsquery expression; every piece of user text is a bound parameter. */
function tsquery(query: string): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  for (const t of JSON.parse(query) as SearchTerm[]) {
    const runs = t.prefix ? (t.text.match(WORD_RUNS) ?? []) : [];
    const last = runs.pop();
    const rest = t.prefix ? runs.join(" ") : t.text;
    if (rest) {
      parts.push(
        t.phrase
          ? sql`phraseto_tsquery(${sql.lit(CONFIG)}, ${rest})`
          : sql`plainto_tsquery(${sql.lit(CONFIG)}, ${rest})`,
      );
    }
    // Only letters and digits reach to_tsquery's syntax, inside quotes: nothing there can be an operator.
    if (last !== undefined) parts.push(sql`to_tsquery(${sql.lit(CONFIG)}, ${`'${last}':*`})`);
  }
  return sql`(${sql.join(parts, sql` && `)})`;
}

/** Either match mark. */
const MARKS = new RegExp(`[${MATCH_OPEN}${MATCH_CLOSE}]`, "g");

/** Marks a phrase match as one match, as FTS5 does (ts_headline marks word by word). */
export function markPhrases(snippet: string, query: string): string {
  let out = snippet;
  for (const t of JSON.parse(query) as SearchTerm[]) {
    const words = t.phrase ? t.text.match(WORD_RUNS) : null;
    if (!words || words.length < 2) continue;
    const escaped = words.map((w) => `${MATCH_OPEN}?${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${MATCH_CLOSE}?`);
    const pattern = new RegExp(escaped.join(`[^\\p{L}\\p{N}${MATCH_OPEN}${MATCH_CLOSE}]+`), "giu");
    out = out.replace(pattern, (m) => `${MATCH_OPEN}${m.replace(MARKS, "")}${MATCH_CLOSE}`);
  }
  return out;
}

const HEADLINE = `StartSel=${MATCH_OPEN}, StopSel=${MATCH_CLOSE}, MaxFragments=1, MaxWords=16, MinWords=6, ShortWord=0, FragmentDelimiter=…`;

/** One kind's best hits: ranked with ts_rank over the GIN matches, then ts_headline only for the rows kept. */
export async function searchTsvector(
  db: Kysely<Database>,
  kind: SearchKind,
  query: string,
  limit: number,
): Promise<SearchHit[]> {
  const s = SEARCH[kind];
  const table = sql.raw(s.table);
  const { rows } = await sql<{ id: string; title: string; snippet: string; score: number }>`
    with q as (select ${tsquery(query)} as q),
    hits as (
      select c.id, ts_rank(c.search, q.q) as score
      from ${table} c, q where c.search @@ q.q
      order by score desc, c.id limit ${limit}
    )
    select c.id, ${sql.raw(s.title)} as title,
           ts_headline(${sql.lit(CONFIG)}, ${sql.raw(s.source)}, q.q, ${HEADLINE}) as snippet, hits.score
    from hits join ${table} c on c.id = hits.id, q
    order by hits.score desc, hits.id`.execute(db);
  return rows.map((r) => ({
    kind,
    id: r.id,
    title: r.title,
    snippet: markPhrases(r.snippet, query),
    score: Number(r.score),
  }));
}

/** `events` rows whose title, wording or framing match the query. */
export function eventMatchesTsvector(query: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`events.search @@ ${tsquery(query)}`;
}

/** `column LIKE '%needle%'` with % and _ taken literally; a needle with NUL cannot be in any text here. */
export function containsLiteralPg(column: Expression<string>, needle: string): RawBuilder<SqlBool> {
  if (needle.includes("\u0000")) return sql<SqlBool>`false`;
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${column} like ${pattern} escape '\\'`;
}

/** PostgreSQL rejecting a tsquery (which toTsQueryTerms should make impossible). */
export function isTsQueryError(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === "42601" && /tsquery/i.test(e.message ?? "");
}

/**
 * One writer at a time across every process and server using the database: the lock is held until the
 * transaction ends, so a second replace waits for the first to commit and then replaces it whole.
 */
export async function lockForReplace(trx: Kysely<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('dateline.replace'))`.execute(trx);
}

/** Fresh planner statistics after a bulk replace (the tables may have grown or shrunk tenfold). */
export async function analyzeTables(db: Kysely<Database>): Promise<void> {
  await sql`analyze articles, events, actors, places, event_participants, actor_timeline, event_sources, quotes, conflicts`.execute(
    db,
  );
}

/** One report of an event document as JSON text: json (not jsonb) keeps the document's own key order. */
export function reportAtPg(doc: Expression<string>, position: Expression<number>): RawBuilder<string> {
  return sql<string>`((${doc})::json -> 'reports' -> (${position})::int)::text`;
}
