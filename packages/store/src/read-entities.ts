// Actor and place reads: listings by name (matching names and aliases), one actor with its events and quotes.
import type { Actor, ActorKind, ActorListItem, Place, PlaceListItem, Quote } from "@dateline/core/schema";
import type { Kysely } from "kysely";
import { decodeCursor } from "./cursor";
import type { Database } from "./database";
import {
  ACTOR_QUOTES,
  type ActorDetail,
  type ActorFilter,
  ActorFilterSchema,
  type ActorName,
  CO_ACTORS,
  type CoActor,
  type Page,
  type PlaceFilter,
  PlaceFilterSchema,
} from "./index";
import { parseDoc, parseInput, toPage } from "./paging";
import type { TextIndex } from "./text-index";

export async function listActors(
  db: Kysely<Database>,
  index: TextIndex,
  input: ActorFilter | undefined,
): Promise<Page<ActorListItem>> {
  const f = parseInput(ActorFilterSchema, input, "actor filter");
  // The listing item (first mentions and counts), never the whole actor: a country's mentions are megabytes.
  let q = db.selectFrom("actors").select(["id", "name_lower", "list_doc as doc"]);
  const needle = f.q?.trim().toLowerCase();
  if (needle) {
    q = q.where((eb) =>
      eb.or([
        index.contains(eb.ref("actors.name_lower"), needle),
        eb(
          "id",
          "in",
          eb
            .selectFrom("actor_aliases")
            .select("actor_id")
            .where((sub) => index.contains(sub.ref("actor_aliases.name_lower"), needle)),
        ),
      ]),
    );
  }
  if (f.kind !== undefined) q = q.where("kind", "=", f.kind);
  if (f.cursor !== undefined) {
    const [name, id] = decodeCursor("actors", f.cursor, 2) as [string, string];
    q = q.where((eb) => eb.or([eb("name_lower", ">", name), eb.and([eb("name_lower", "=", name), eb("id", ">", id)])]));
  }
  const rows = await q
    .orderBy("name_lower")
    .orderBy("id")
    .limit(f.limit + 1)
    .execute();
  return toPage(rows, f.limit, "actors", (r) => [r.name_lower, r.id], parseDoc<ActorListItem>);
}

/** An actor with its counts, first quotes and co-actors; its events' first page is the caller's (listEventSummaries). */
export async function getActor(db: Kysely<Database>, id: string): Promise<Omit<ActorDetail, "events"> | null> {
  const row = await db.selectFrom("actors").select("doc").where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const quotes = await db
    .selectFrom("quotes")
    .select("doc")
    .where("speaker_id", "=", id)
    .orderBy("position")
    .limit(ACTOR_QUOTES)
    .execute();
  const counted = await db
    .selectFrom("quotes")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("speaker_id", "=", id)
    .executeTakeFirstOrThrow();
  const events = await db
    .selectFrom("event_participants")
    .select((eb) => eb.fn.count("event_id").distinct().as("n"))
    .where("actor_id", "=", id)
    .executeTakeFirstOrThrow();
  return {
    actor: parseDoc<Actor>(row),
    eventCount: Number(events.n),
    quotes: quotes.map(parseDoc<Quote>),
    quoteCount: Number(counted.n),
    coActors: await coActors(db, id),
  };
}

/** The actors sharing the most of this one's events, counted in the database (an actor may have thousands). */
async function coActors(db: Kysely<Database>, id: string): Promise<CoActor[]> {
  const rows = await db
    .selectFrom("event_participants as mine")
    .innerJoin("event_participants as other", "other.event_id", "mine.event_id")
    .innerJoin("actors", "actors.id", "other.actor_id")
    .select((eb) => [
      "other.actor_id as id",
      "actors.name as name",
      "actors.kind as kind",
      eb.fn.count("other.event_id").distinct().as("events"),
    ])
    .where("mine.actor_id", "=", id)
    .where("other.actor_id", "!=", id)
    .groupBy(["other.actor_id", "actors.name", "actors.kind"])
    .orderBy("events", "desc")
    .orderBy("actors.name")
    .orderBy("other.actor_id")
    .limit(CO_ACTORS)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as ActorKind, events: Number(r.events) }));
}

export async function listPlaces(
  db: Kysely<Database>,
  index: TextIndex,
  input: PlaceFilter | undefined,
): Promise<Page<PlaceListItem>> {
  const f = parseInput(PlaceFilterSchema, input, "place filter");
  let q = db.selectFrom("places").select(["id", "name_lower", "list_doc as doc"]);
  const needle = f.q?.trim().toLowerCase();
  if (needle) {
    q = q.where((eb) =>
      eb.or([
        index.contains(eb.ref("places.name_lower"), needle),
        eb(
          "id",
          "in",
          eb
            .selectFrom("place_aliases")
            .select("place_id")
            .where((sub) => index.contains(sub.ref("place_aliases.name_lower"), needle)),
        ),
      ]),
    );
  }
  if (f.kind !== undefined) q = q.where("kind", "=", f.kind);
  if (f.cursor !== undefined) {
    const [name, id] = decodeCursor("places", f.cursor, 2) as [string, string];
    q = q.where((eb) => eb.or([eb("name_lower", ">", name), eb.and([eb("name_lower", "=", name), eb("id", ">", id)])]));
  }
  const rows = await q
    .orderBy("name_lower")
    .orderBy("id")
    .limit(f.limit + 1)
    .execute();
  return toPage(rows, f.limit, "places", (r) => [r.name_lower, r.id], parseDoc<PlaceListItem>);
}

export async function getPlace(db: Kysely<Database>, id: string): Promise<Place | null> {
  const row = await db.selectFrom("places").select("doc").where("id", "=", id).executeTakeFirst();
  return row ? parseDoc<Place>(row) : null;
}

/** Names of the given actors that exist, in the order asked (one indexed read; duplicates answered once). */
export async function actorNames(db: Kysely<Database>, ids: readonly string[]): Promise<ActorName[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = new Map<string, ActorName>();
  // A few hundred ids per statement keeps well inside every backend's parameter limit.
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom("actors")
      .select(["id", "name", "kind"])
      .where("id", "in", unique.slice(i, i + 500))
      .execute();
    for (const r of rows) found.set(r.id, { id: r.id, name: r.name, kind: r.kind as ActorKind });
  }
  return unique.flatMap((id) => found.get(id) ?? []);
}
