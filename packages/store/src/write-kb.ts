// Replacing the whole KB inside one transaction: delete every item row, insert the new ones in batches.
import type { KnowledgeBase } from "@dateline/core/schema";
import type { Kysely } from "kysely";
import type { Database } from "./database";
import type { ExtractionSource } from "./index";
import { extractionRow, type KbTable, kbRows } from "./kb-rows";

/**
 * Bound parameters per INSERT. SQLite allows 32,766 and PostgreSQL 65,535; a few thousand already makes
 * the per-statement cost negligible while keeping each compiled statement small.
 */
const PARAMS_PER_STATEMENT = 4000;

/** Extraction cache rows per INSERT (see writeExtractions). */
const EXTRACTIONS_PER_STATEMENT = 50;

/** Children first, so that deleting a parent never has to cascade row by row. */
export const ITEM_TABLES = [
  "article_mentions",
  "event_participants",
  "actor_timeline",
  "event_sources",
  "actor_aliases",
  "place_aliases",
  "conflicts",
  "quotes",
  "figures",
  "events",
  "actors",
  "places",
  "articles",
  "suggestions",
  "curation",
  "kb_meta",
] as const satisfies ReadonlyArray<KbTable>;

/** Parents first, so that every foreign key finds its row. */
const INSERT_ORDER = [...ITEM_TABLES].reverse();

/** Inserts rows as they come, a batch per statement, so only one batch of rows is in memory at a time. */
async function insertBatched<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: Iterable<Database[T]>,
): Promise<void> {
  let batch: Array<Database[T]> = [];
  let perBatch = 0;
  const flush = async () => {
    // Kysely's insert typing cannot follow a generic table name; the rows are Database[T] by construction.
    if (batch.length > 0)
      await db
        .insertInto(table)
        .values(batch as never)
        .execute();
    batch = [];
  };
  for (const row of rows) {
    if (perBatch === 0) perBatch = Math.max(1, Math.floor(PARAMS_PER_STATEMENT / Object.keys(row).length));
    batch.push(row);
    if (batch.length >= perBatch) await flush();
  }
  await flush();
}

/** Writes the extraction cache and the KB; call inside a transaction (the caller owns commit and rollback). */
export async function writeKnowledgeBase(
  trx: Kysely<Database>,
  kb: KnowledgeBase,
  extractions: ExtractionSource,
): Promise<void> {
  // A write first: it takes the write lock (waiting out busy_timeout for another writer) before any read,
  // since SQLite cannot upgrade a read snapshot that another writer has since made stale.
  for (const table of ITEM_TABLES) await trx.deleteFrom(table).execute();
  await writeExtractions(trx, kb, extractions);
  const rows = kbRows(kb, new Date().toISOString());
  for (const table of INSERT_ORDER) await insertBatched(trx, table, rows[table]);
}

/**
 * Upserts the given extractions as they are read, then drops cached ones for articles that are in neither the KB
 * nor the list. Only one statement's worth of extractions is held here, whatever the source holds.
 */
async function writeExtractions(
  trx: Kysely<Database>,
  kb: KnowledgeBase,
  extractions: ExtractionSource,
): Promise<void> {
  const keep = new Set(kb.articles.map((a) => a.id));
  // Each row is a whole extraction serialised (tens of KB): a few dozen a statement keep the transient strings
  // small; more rows would not make the statement cheaper.
  let batch: Array<Database["extractions"]> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await trx
      .insertInto("extractions")
      .values(batch)
      .onConflict((oc) =>
        oc.column("article_id").doUpdateSet((eb) => ({
          sha256: eb.ref("excluded.sha256"),
          extractor_version: eb.ref("excluded.extractor_version"),
          json: eb.ref("excluded.json"),
        })),
      )
      .execute();
    batch = [];
  };
  for await (const x of extractions) {
    keep.add(x.articleId);
    batch.push(extractionRow(x));
    if (batch.length >= EXTRACTIONS_PER_STATEMENT) await flush();
  }
  await flush();
  const cached = await trx.selectFrom("extractions").select("article_id").execute();
  const stale = cached.map((r) => r.article_id).filter((id) => !keep.has(id));
  for (let i = 0; i < stale.length; i += PARAMS_PER_STATEMENT) {
    await trx
      .deleteFrom("extractions")
      .where("article_id", "in", stale.slice(i, i + PARAMS_PER_STATEMENT))
      .execute();
  }
}
