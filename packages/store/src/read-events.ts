// Event reads: the filtered time line with keyset paging, one event with its conflicts.
import { partialDate } from "@dateline/core/dates";
import {
  type ActorKind,
  type Conflict,
  type Event,
  type EventStatus,
  type EventType,
  type PartialDate,
  type ParticipantRole,
  ParticipantRoleSchema,
} from "@dateline/core/schema";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { decodeCursor } from "./cursor";
import type { Database } from "./database";
import { dateBounds, sortKeyBounds } from "./event-order";
import {
  type EventDetail,
  type EventFilter,
  EventFilterSchema,
  type EventSummary,
  type Page,
  type ParticipantSummary,
} from "./index";
import { parseDoc, parseInput, toPage } from "./paging";
import type { TextIndex } from "./text-index";

/** The events a filter keeps, after the cursor's position: the shared WHERE of listEvents and listEventSummaries. */
function filteredEvents(db: Kysely<Database>, index: TextIndex, f: z.output<typeof EventFilterSchema>) {
  let q = db.selectFrom("events");
  if (f.actor !== undefined) {
    const actor = f.actor;
    q = q.where("events.id", "in", (eb) =>
      eb.selectFrom("event_participants").select("event_id").where("actor_id", "=", actor),
    );
  }
  if (f.source !== undefined) {
    const source = f.source;
    q = q.where("events.id", "in", (eb) =>
      eb.selectFrom("event_sources").select("event_id").where("article_id", "=", source),
    );
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
  const keys = sortKeyBounds(earliest, latest);
  if (keys.lower !== null) q = q.where("sort_key", ">=", keys.lower);
  if (keys.upper !== null) q = q.where("sort_key", "<=", keys.upper);
  if (f.text !== undefined) q = q.where(index.eventMatches(index.toQuery(f.text)));
  if (f.cursor !== undefined) {
    const [key, id] = decodeCursor("events", f.cursor, 2) as [string, string];
    q = q.where((eb) =>
      eb.or([eb("sort_key", ">", key), eb.and([eb("sort_key", "=", key), eb("events.id", ">", id)])]),
    );
  }
  return q;
}

export async function listEvents(
  db: Kysely<Database>,
  index: TextIndex,
  input: EventFilter | undefined,
): Promise<Page<Event>> {
  const { items, nextCursor } = await listEventsJson(db, index, input);
  return { items: items.map((doc) => parseDoc<Event>({ doc })), nextCursor };
}

/**
 * listEvents' page with each event as the JSON text stored for it: what JSON.stringify gives for the parsed
 * event, without parsing it, for callers that only send the events on.
 */
export async function listEventsJson(
  db: Kysely<Database>,
  index: TextIndex,
  input: EventFilter | undefined,
): Promise<Page<string>> {
  const f = parseInput(EventFilterSchema, input, "event filter");
  const rows = await filteredEvents(db, index, f)
    .select(["events.id as id", "sort_key", "doc"])
    .orderBy("sort_key")
    .orderBy("events.id")
    .limit(f.limit + 1)
    .execute();
  return toPage(
    rows,
    f.limit,
    "events",
    (r) => [r.sort_key, r.id],
    (r) => r.doc,
  );
}

const ROLE_ORDER: Record<string, number> = Object.fromEntries(ParticipantRoleSchema.options.map((r, i) => [r, i]));

/**
 * What summaries need from beyond an event's own row, derived for one KB generation: each event's report and
 * source counts, which events have conflicts, and every actor's name. Derived data, not a reply cache: pages
 * are still filtered and read per request, and a replace by any process bumps the generation, which every
 * read checks inside its snapshot.
 */
export interface SummaryFacts {
  generation: number;
  counts: Map<string, { reports: number; sources: number }>;
  conflicted: Set<string>;
  actors: Map<string, { name: string; kind: ActorKind }>;
}

/** The facts of the generation this snapshot sees: the cached ones while it is unchanged, else read afresh. */
async function summaryFacts(db: Kysely<Database>, cached: SummaryFacts | null): Promise<SummaryFacts> {
  const row = await db.selectFrom("kb_generation").select("generation").where("id", "=", 1).executeTakeFirst();
  const generation = row ? Number(row.generation) : 0;
  if (cached?.generation === generation) return cached;
  const counts = await db
    .selectFrom("event_sources")
    .select((eb) => [
      "event_id",
      eb.fn.countAll<number | string>().as("reports"),
      eb.fn.count<number | string>("article_id").distinct().as("sources"),
    ])
    .groupBy("event_id")
    .execute();
  const conflicted = await db.selectFrom("conflicts").select("event_id").distinct().execute();
  const actors = await db.selectFrom("actors").select(["id", "name", "kind"]).execute();
  return {
    generation,
    counts: new Map(counts.map((r) => [r.event_id, { reports: Number(r.reports), sources: Number(r.sources) }])),
    conflicted: new Set(conflicted.map((r) => r.event_id)),
    actors: new Map(actors.map((a) => [a.id, { name: a.name, kind: a.kind as ActorKind }])),
  };
}

/**
 * A page of summaries in two reads: the page's rows (from the covering time-line index when the filter
 * allows, so no event row, whose document makes it kilobytes long, is read) and the page's participants;
 * counts, conflict flags and actor names come from the generation's SummaryFacts. No document is parsed, so
 * an event told by 500 articles costs what one told by one does. Run inside a snapshot.
 */
export async function listEventSummaries(
  db: Kysely<Database>,
  index: TextIndex,
  input: EventFilter | undefined,
  cache: { get(): SummaryFacts | null; set(facts: SummaryFacts): void },
): Promise<Page<EventSummary>> {
  const f = parseInput(EventFilterSchema, input, "event filter");
  const facts = await summaryFacts(db, cache.get());
  cache.set(facts);
  const rows = await filteredEvents(db, index, f)
    .select([
      "events.id as id",
      "sort_key",
      "title",
      "type",
      "status",
      "background",
      "place_id",
      "date_value",
      "date_earliest",
      "date_latest",
    ])
    .orderBy("sort_key")
    .orderBy("events.id")
    .limit(f.limit + 1)
    .execute();
  const ids = rows.slice(0, f.limit).map((r) => r.id);
  const participants = new Map<string, ParticipantSummary[]>();
  if (ids.length > 0) {
    const people = await db
      .selectFrom("event_participants")
      .select(["event_id", "actor_id", "role"])
      .where("event_id", "in", ids)
      .execute();
    for (const p of people) {
      const actor = facts.actors.get(p.actor_id);
      const list = participants.get(p.event_id) ?? [];
      list.push({
        actorId: p.actor_id,
        role: p.role as ParticipantRole,
        name: actor?.name ?? p.actor_id,
        kind: actor?.kind ?? null,
      });
      participants.set(p.event_id, list);
    }
  }
  const byRole = (a: ParticipantSummary, b: ParticipantSummary) =>
    (ROLE_ORDER[a.role] ?? 99) - (ROLE_ORDER[b.role] ?? 99) ||
    (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0);
  return toPage(
    rows,
    f.limit,
    "events",
    (r) => [r.sort_key, r.id],
    (r): EventSummary => ({
      id: r.id,
      title: r.title,
      type: r.type as EventType,
      status: r.status as EventStatus,
      background: Number(r.background) === 1,
      date: r.date_value === null ? null : summaryDate(r.date_value, r.date_earliest, r.date_latest),
      placeId: r.place_id,
      participants: (participants.get(r.id) ?? []).sort(byRole),
      reports: facts.counts.get(r.id)?.reports ?? 0,
      sources: facts.counts.get(r.id)?.sources ?? 0,
      conflicted: facts.conflicted.has(r.id),
    }),
  );
}

/** The stored interval as written; the precision is the value's own. */
function summaryDate(value: string, earliest: string | null, latest: string | null): PartialDate {
  return { value, precision: partialDate(value).precision, earliest, latest };
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
