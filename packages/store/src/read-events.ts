// Event reads: the filtered time line with keyset paging, one event with its conflicts.
import type { Conflict, Event } from "@dateline/core/schema";
import type { Kysely } from "kysely";
import { decodeCursor } from "./cursor";
import type { Database } from "./database";
import { dateBounds } from "./event-order";
import { type EventDetail, type EventFilter, EventFilterSchema, type Page } from "./index";
import { parseDoc, parseInput, toPage } from "./paging";
import type { TextIndex } from "./text-index";

export async function listEvents(
  db: Kysely<Database>,
  index: TextIndex,
  input: EventFilter | undefined,
): Promise<Page<Event>> {
  const f = parseInput(EventFilterSchema, input, "event filter");
  let q = db.selectFrom("events").select(["id", "sort_key", "doc"]);
  if (f.actor !== undefined) {
    const actor = f.actor;
    q = q.where("id", "in", (eb) =>
      eb.selectFrom("event_participants").select("event_id").where("actor_id", "=", actor),
    );
  }
  if (f.source !== undefined) {
    const source = f.source;
    q = q.where("id", "in", (eb) => eb.selectFrom("event_sources").select("event_id").where("article_id", "=", source));
  }
  if (f.place !== undefined) q = q.where("place_id", "=", f.place);
  if (f.type !== undefined) q = q.where("type", "=", f.type);
  if (f.status !== undefined) q = q.where("status", "=", f.status);
  if (f.background !== undefined) q = q.where("background", "=", f.background ? 1 : 0);
  if (f.undated !== undefined) q = q.where("date_earliest", f.undated ? "is" : "is not", null);
  // Overlap of intervals: the event may fall on or after `from` and on or before `to`, at either's precision.
  // A date without a year (or no date) has no interval and so never overlaps a dated range.
  const { earliest, latest } = dateBounds(f.from, f.to);
  if (earliest !== null) q = q.where("date_latest", ">=", earliest);
  if (latest !== null) q = q.where("date_earliest", "<=", latest);
  if (f.text !== undefined) q = q.where(index.eventMatches(index.toQuery(f.text)));
  if (f.cursor !== undefined) {
    const [key, id] = decodeCursor("events", f.cursor, 2) as [string, string];
    q = q.where((eb) => eb.or([eb("sort_key", ">", key), eb.and([eb("sort_key", "=", key), eb("id", ">", id)])]));
  }
  const rows = await q
    .orderBy("sort_key")
    .orderBy("id")
    .limit(f.limit + 1)
    .execute();
  return toPage(rows, f.limit, "events", (r) => [r.sort_key, r.id], parseDoc<Event>);
}

export async function getEvent(db: Kysely<Database>, id: string): Promise<EventDetail | null> {
  const row = await db.selectFrom("events").select("doc").where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const conflicts = await db
    .selectFrom("conflicts")
    .select("doc")
    .where("event_id", "=", id)
    .orderBy("position")
    .execute();
  return { event: parseDoc<Event>(row), conflicts: conflicts.map(parseDoc<Conflict>) };
}

/** Every event an actor takes part in, on the time line. */
export async function eventsOfActor(db: Kysely<Database>, actorId: string): Promise<Event[]> {
  const rows = await db
    .selectFrom("events")
    .select("doc")
    .where("id", "in", (eb) => eb.selectFrom("event_participants").select("event_id").where("actor_id", "=", actorId))
    .orderBy("sort_key")
    .orderBy("id")
    .execute();
  return rows.map(parseDoc<Event>);
}
