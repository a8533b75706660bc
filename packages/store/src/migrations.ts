// The schema as in-code Kysely migrations (run on open; recorded in dateline_migration): tables shared by
// every backend, then SQLite's FTS5 (PostgreSQL's tsvector migrations are in postgres-migrations.ts).
import { type Actor, actorListItem, type Event, eventListItem, type Place, placeListItem } from "@dateline/core/schema";
import type { ColumnDataType, Expression, Kysely, Migration, MigrationProvider } from "kysely";
import type { Database } from "./database";
import { mentionRows } from "./kb-rows";
import { createFtsTables, setFtsRankWeights } from "./sqlite-sql";

export const MIGRATION_TABLE = "dateline_migration";
export const MIGRATION_LOCK_TABLE = "dateline_migration_lock";

/**
 * Item tables: their id, their place in the KB array, the full JSON document, and filter columns. `text` is
 * the type of every text column: PostgreSQL passes `text collate "C"` so that ids, names and sort keys order
 * by code point as SQLite and JavaScript do, whatever the database's locale.
 */
export async function createTables(
  db: Kysely<unknown>,
  text: ColumnDataType | Expression<unknown> = "text",
): Promise<void> {
  const s = db.schema;
  await s
    .createTable("kb_meta")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("schema_version", "integer", (c) => c.notNull())
    .addColumn("written_at", text, (c) => c.notNull())
    .addColumn("doc", text, (c) => c.notNull())
    .execute();
  await s
    .createTable("articles")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("sha256", text, (c) => c.notNull())
    .addColumn("title", text)
    .addColumn("published_earliest", text)
    .addColumn("text", text, (c) => c.notNull())
    .addColumn("doc", text, (c) => c.notNull())
    .execute();
  for (const table of ["actors", "places"] as const) {
    let t = s
      .createTable(table)
      .addColumn("id", text, (c) => c.primaryKey())
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("name", text, (c) => c.notNull())
      .addColumn("name_lower", text, (c) => c.notNull())
      .addColumn("kind", text, (c) => c.notNull());
    if (table === "actors") {
      t = t.addColumn("search_aliases", text, (c) => c.notNull()).addColumn("search_roles", text, (c) => c.notNull());
    }
    await t.addColumn("doc", text, (c) => c.notNull()).execute();
    await s.createIndex(`${table}_by_name`).on(table).columns(["name_lower", "id"]).execute();
    await s.createIndex(`${table}_by_kind`).on(table).column("kind").execute();
  }
  for (const [table, owner, parent] of [
    ["actor_aliases", "actor_id", "actors"],
    ["place_aliases", "place_id", "places"],
  ] as const) {
    await s
      .createTable(table)
      .addColumn(owner, text, (c) => c.notNull().references(`${parent}.id`).onDelete("cascade"))
      .addColumn("name", text, (c) => c.notNull())
      .addColumn("name_lower", text, (c) => c.notNull())
      .execute();
    await s.createIndex(`${table}_by_owner`).on(table).column(owner).execute();
  }
  await s
    .createTable("events")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("type", text, (c) => c.notNull())
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("background", "integer", (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("place_id", text)
    .addColumn("date_value", text)
    .addColumn("date_earliest", text)
    .addColumn("date_latest", text)
    .addColumn("sort_key", text, (c) => c.notNull())
    .addColumn("search_wording", text, (c) => c.notNull())
    .addColumn("search_framing", text, (c) => c.notNull())
    .addColumn("doc", text, (c) => c.notNull())
    .execute();
  await s.createIndex("events_by_time").on("events").columns(["sort_key", "id"]).execute();
  await s.createIndex("events_by_type").on("events").columns(["type", "sort_key"]).execute();
  await s.createIndex("events_by_place").on("events").columns(["place_id", "sort_key"]).execute();
  await s.createIndex("events_by_latest").on("events").column("date_latest").execute();
  await s
    .createTable("event_participants")
    .addColumn("event_id", text, (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("actor_id", text, (c) => c.notNull())
    .addColumn("role", text, (c) => c.notNull())
    .execute();
  await s
    .createIndex("event_participants_by_actor")
    .on("event_participants")
    .columns(["actor_id", "event_id"])
    .execute();
  await s.createIndex("event_participants_by_event").on("event_participants").column("event_id").execute();
  await s
    .createTable("event_sources")
    .addColumn("event_id", text, (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("article_id", text, (c) => c.notNull())
    .addColumn("extracted_id", text, (c) => c.notNull())
    .addPrimaryKeyConstraint("event_sources_pk", ["event_id", "position"])
    .execute();
  await s.createIndex("event_sources_by_article").on("event_sources").columns(["article_id", "event_id"]).execute();
  await s
    .createTable("quotes")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("article_id", text, (c) => c.notNull())
    .addColumn("speaker_id", text)
    .addColumn("event_id", text)
    .addColumn("doc", text, (c) => c.notNull())
    .execute();
  await s.createIndex("quotes_by_speaker").on("quotes").columns(["speaker_id", "position"]).execute();
  await s
    .createTable("figures")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("article_id", text, (c) => c.notNull())
    .addColumn("event_id", text)
    .addColumn("doc", text, (c) => c.notNull())
    .execute();
  await s
    .createTable("conflicts")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("event_id", text, (c) => c.notNull())
    .addColumn("field", text, (c) => c.notNull())
    .addColumn("doc", text, (c) => c.notNull())
    .execute();
  await s.createIndex("conflicts_by_event").on("conflicts").column("event_id").execute();
  await s
    .createTable("suggestions")
    .addColumn("position", "integer", (c) => c.primaryKey())
    .addColumn("kind", text, (c) => c.notNull())
    .addColumn("doc", text, (c) => c.notNull())
    .execute();
  await s
    .createTable("curation")
    .addColumn("position", "integer", (c) => c.primaryKey())
    .addColumn("op_id", text, (c) => c.notNull())
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("doc", text, (c) => c.notNull())
    .execute();
  await s
    .createTable("extractions")
    .addColumn("article_id", text, (c) => c.primaryKey())
    .addColumn("sha256", text, (c) => c.notNull())
    .addColumn("extractor_version", text, (c) => c.notNull())
    .addColumn("json", text, (c) => c.notNull())
    .execute();
}

/** The generation counter of optimistic replaces (see KbGenerationTable): one row, starting at 0. */
export async function createGenerationTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("kb_generation")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("generation", "integer", (c) => c.notNull())
    .execute();
  await (db as Kysely<{ kb_generation: { id: number; generation: number } }>)
    .insertInto("kb_generation")
    .values({ id: 1, generation: 0 })
    .execute();
}

/**
 * Indexes of the per-id and filtered reads the API serves: events of one status on the time line, and an
 * article's quotes and figures (articles.byId's spans). Created if missing, so both backends share them.
 */
export async function createReadIndexes(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s.createIndex("events_by_status").ifNotExists().on("events").columns(["status", "sort_key", "id"]).execute();
  await s.createIndex("quotes_by_article").ifNotExists().on("quotes").columns(["article_id", "position"]).execute();
  await s.createIndex("figures_by_article").ifNotExists().on("figures").columns(["article_id", "position"]).execute();
}

/**
 * The time line as a covering index (sort_key, id and every filter column but text): a filtered page of
 * summaries is found by walking index entries alone, without reading event rows (whose documents make them
 * kilobytes each) until the page's ids are known. Reports by event with their article, so a page's report and
 * source counts are read from the index alone.
 */
export async function createTimelineIndexes(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createIndex("events_timeline")
    .ifNotExists()
    .on("events")
    .columns(["sort_key", "id", "date_latest", "date_earliest", "type", "status", "background", "place_id"])
    .execute();
  await s
    .createIndex("event_sources_by_event")
    .ifNotExists()
    .on("event_sources")
    .columns(["event_id", "article_id"])
    .execute();
}

/**
 * The covering time-line index again, with the title and date value too, so a page of event summaries (ids
 * and the columns it shows) is read from index entries alone; it replaces events_timeline.
 */
export async function widenTimelineIndex(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("events_timeline").ifExists().execute();
  await db.schema
    .createIndex("events_timeline_wide")
    .ifNotExists()
    .on("events")
    .columns([
      "sort_key",
      "id",
      "date_latest",
      "date_earliest",
      "type",
      "status",
      "background",
      "place_id",
      "title",
      "date_value",
    ])
    .execute();
}

/**
 * events_by_type and events_by_place end in the id too, as the time line's order does (sort_key, id): a page of
 * one type or place then reads its first entries in order. Without the id, every event sharing a sort key with
 * the page's last one was read and sorted: a year or a decade is one sort key, shared by thousands of events at
 * 100,000 articles (17 ms of CPU per page by type there, 0.4 ms for the first page of all events).
 */
export async function addIdToEventIndexes(db: Kysely<unknown>): Promise<void> {
  for (const [name, column] of [
    ["events_by_type", "type"],
    ["events_by_place", "place_id"],
  ] as const) {
    await db.schema.dropIndex(name).ifExists().execute();
    await db.schema.createIndex(name).on("events").columns([column, "sort_key", "id"]).execute();
  }
}

/** Documents read per statement while filling article_mentions (an actor's document can be megabytes). */
const BACKFILL_DOCS = 50;
/** article_mentions rows per INSERT (five columns each, well under both backends' parameter limits). */
const BACKFILL_ROWS = 800;

/**
 * article_mentions (see ArticleMentionsTable), indexed by article, filled from the actors and places already
 * stored, so a KB written before this table has its mentions without a new ingest.
 */
export async function createArticleMentions(
  db: Kysely<unknown>,
  text: ColumnDataType | Expression<unknown> = "text",
): Promise<void> {
  await db.schema
    .createTable("article_mentions")
    .addColumn("position", "integer", (c) => c.primaryKey())
    .addColumn("article_id", text, (c) => c.notNull())
    .addColumn("kind", text, (c) => c.notNull())
    .addColumn("target_id", text, (c) => c.notNull())
    .addColumn("doc", text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("article_mentions_by_article")
    .on("article_mentions")
    .columns(["article_id", "position"])
    .execute();
  const kb = db as unknown as Kysely<Database>;
  let position = 0;
  let batch: Array<Database["article_mentions"]> = [];
  const flush = async () => {
    if (batch.length > 0) await kb.insertInto("article_mentions").values(batch).execute();
    batch = [];
  };
  for (const table of ["actors", "places"] as const) {
    for (let after = -1; ; ) {
      const rows = await kb
        .selectFrom(table)
        .select(["position", "doc"])
        .where("position", ">", after)
        .orderBy("position")
        .limit(BACKFILL_DOCS)
        .execute();
      if (rows.length === 0) break;
      after = rows.at(-1)!.position;
      const items = rows.map((r) => JSON.parse(r.doc) as Actor & Place);
      const rowsOf = table === "actors" ? mentionRows(items, [], position) : mentionRows([], items, position);
      for (const row of rowsOf) {
        batch.push(row);
        position++;
        if (batch.length >= BACKFILL_ROWS) await flush();
      }
    }
  }
  await flush();
}

/** Documents read per statement while filling list_doc (an event told by hundreds of articles is megabytes). */
const LIST_DOC_BATCH = 50;

/**
 * A table's list_doc column (see EventsTable, ActorsTable, PlacesTable), filled from the items already stored,
 * so a KB written before the column lists bounded items without a new ingest.
 */
async function addListDocs<T>(
  db: Kysely<unknown>,
  table: "events" | "actors" | "places",
  listItem: (item: T) => unknown,
  text: ColumnDataType | Expression<unknown>,
): Promise<void> {
  await db.schema
    .alterTable(table)
    .addColumn("list_doc", text, (c) => c.notNull().defaultTo(""))
    .execute();
  // One shape for the three tables: each has id, position, doc and list_doc.
  const kb = db as unknown as Kysely<Pick<Database, "events">>;
  const rowsOf = table as "events";
  // Batches by id, the primary key: `position` has no index, so batching by it read the whole table once a
  // batch (500,000 events at 100,000 articles).
  for (let after = ""; ; ) {
    const rows = await kb
      .selectFrom(rowsOf)
      .select(["id", "doc"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(LIST_DOC_BATCH)
      .execute();
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    for (const row of rows) {
      const listDoc = JSON.stringify(listItem(JSON.parse(row.doc) as T));
      await kb.updateTable(rowsOf).set({ list_doc: listDoc }).where("id", "=", row.id).execute();
    }
  }
}

/** events.list_doc: each event's first reports and the counts of all of them. */
export async function addEventListDocs(
  db: Kysely<unknown>,
  text: ColumnDataType | Expression<unknown> = "text",
): Promise<void> {
  await addListDocs(db, "events", (e: Event) => eventListItem(e), text);
}

/** actors.list_doc and places.list_doc: each one's first mentions and the counts of all of them. */
export async function addEntityListDocs(
  db: Kysely<unknown>,
  text: ColumnDataType | Expression<unknown> = "text",
): Promise<void> {
  await addListDocs(db, "actors", (a: Actor) => actorListItem(a), text);
  await addListDocs(db, "places", (p: Place) => placeListItem(p), text);
}

/**
 * actor_timeline (see ActorTimelineTable) with its (actor, sort key, event) index, filled from the participants
 * and events already stored, so a KB written before it reads an actor's page by range without a new ingest.
 */
export async function createActorTimeline(
  db: Kysely<unknown>,
  text: ColumnDataType | Expression<unknown> = "text",
): Promise<void> {
  await db.schema
    .createTable("actor_timeline")
    .addColumn("actor_id", text, (c) => c.notNull())
    .addColumn("event_id", text, (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("sort_key", text, (c) => c.notNull())
    .execute();
  const kb = db as unknown as Kysely<Database>;
  await kb
    .insertInto("actor_timeline")
    .columns(["actor_id", "event_id", "sort_key"])
    .expression(
      kb
        .selectFrom("event_participants as p")
        .innerJoin("events as e", "e.id", "p.event_id")
        .select(["p.actor_id", "p.event_id", "e.sort_key"])
        .distinct(),
    )
    .execute();
  await db.schema
    .createIndex("actor_timeline_by_time")
    .on("actor_timeline")
    .columns(["actor_id", "sort_key", "event_id"])
    .execute();
}

const migrations: Record<string, Migration> = {
  "0001-initial": {
    async up(db) {
      await createTables(db);
      await createFtsTables(db);
    },
  },
  "0002-fts-rank-weights": {
    async up(db) {
      await setFtsRankWeights(db);
    },
  },
  "0003-kb-generation": {
    async up(db) {
      await createGenerationTable(db);
    },
  },
  "0004-read-indexes": {
    async up(db) {
      await createReadIndexes(db);
    },
  },
  "0005-timeline-indexes": {
    async up(db) {
      await createTimelineIndexes(db);
    },
  },
  "0006-wide-timeline-index": {
    async up(db) {
      await widenTimelineIndex(db);
    },
  },
  "0007-article-mentions": {
    async up(db) {
      await createArticleMentions(db);
    },
  },
  "0008-event-list-docs": {
    async up(db) {
      await addEventListDocs(db);
    },
  },
  "0009-event-indexes-by-id": {
    async up(db) {
      await addIdToEventIndexes(db);
    },
  },
  "0010-entity-list-docs": {
    async up(db) {
      await addEntityListDocs(db);
    },
  },
  "0011-actor-timeline": {
    async up(db) {
      await createActorTimeline(db);
    },
  },
};

export const sqliteMigrations: MigrationProvider = { getMigrations: async () => migrations };
