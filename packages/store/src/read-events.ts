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
  const f = parseInput(EventFilterSchema, input, "event filter");
  const rows = await filteredEvents(db, index, f)
    .select(["events.id as id", "sort_key", "doc"])
    .orderBy("sort_key")
    .orderBy("events.id")
    .limit(f.limit + 1)
    .execute();
  return toPage(rows, f.limit, "events", (r) => [r.sort_key, r.id], parseDoc<Event>);
}

const ROLE_ORDER: Record<string, number> = Object.fromEntries(ParticipantRoleSchema.options.map((r, i) => [r, i]));

/**
 * A page of summaries in a few indexed reads: the page's ids (from the covering time-line index when the
 * filter allows, so no event row is read while filtering), then for just those ids their columns, their
 * participants (named) and whether they have conflicts; report and source counts are derived once per KB
 * generation (see reportCounts). No document is parsed, so
 * an event told by 500 articles costs little more than one told by one. Run inside a snapshot.
 */
export async function listEventSummaries(
  db: Kysely<Database>,
  index: TextIndex,
  input: EventFilter | undefined,
  cache: { get(): ReportCounts | null; set(counts: ReportCounts): void },
): Promise<Page<EventSummary>> {
  const f = parseInput(EventFilterSchema, input, "event filter");
  const keys = await filteredEvents(db, index, f)
    .select(["events.id as id", "sort_key"])
    .orderBy("sort_key")
    .orderBy("events.id")
    .limit(f.limit + 1)
    .execute();
  const ids = keys.slice(0, f.limit).map((r) => r.id);
  const columns = new Map<string, EventColumns>();
  const participants = new Map<string, ParticipantSummary[]>();
  let counts = new Map<string, { reports: number; sources: number }>();
  const conflicted = new Set<string>();
  if (ids.length > 0) {
    const rows = await db
      .selectFrom("events")
      .select(["id", "title", "type", "status", "background", "place_id", "date_value", "date_earliest", "date_latest"])
      .where("id", "in", ids)
      .execute();
    for (const r of rows) columns.set(r.id, r);
    const people = await db
      .selectFrom("event_participants as p")
      .leftJoin("actors as a", "a.id", "p.actor_id")
      .select(["p.event_id", "p.actor_id", "p.role", "a.name", "a.kind"])
      .where("p.event_id", "in", ids)
      .execute();
    for (const p of people) {
      const list = participants.get(p.event_id) ?? [];
      list.push({
        actorId: p.actor_id,
        role: p.role as ParticipantRole,
        name: p.name ?? p.actor_id,
        kind: (p.kind as ActorKind | null) ?? null,
      });
      participants.set(p.event_id, list);
    }
    const current = await reportCounts(db, cache.get());
    cache.set(current);
    counts = current.byEvent;
    const withConflicts = await db
      .selectFrom("conflicts")
      .select("event_id")
      .distinct()
      .where("event_id", "in", ids)
      .execute();
    for (const c of withConflicts) conflicted.add(c.event_id);
  }
  const byRole = (a: ParticipantSummary, b: ParticipantSummary) =>
    (ROLE_ORDER[a.role] ?? 99) - (ROLE_ORDER[b.role] ?? 99) ||
    (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0);
  return toPage(
    keys,
    f.limit,
    "events",
    (k) => [k.sort_key, k.id],
    (k): EventSummary => {
      // Read in the same snapshot as the keys, so the row is there.
      const r = columns.get(k.id)!;
      return {
        id: r.id,
        title: r.title,
        type: r.type as EventType,
        status: r.status as EventStatus,
        background: Number(r.background) === 1,
        date: r.date_value === null ? null : summaryDate(r.date_value, r.date_earliest, r.date_latest),
        placeId: r.place_id,
        participants: (participants.get(r.id) ?? []).sort(byRole),
        reports: counts.get(r.id)?.reports ?? 0,
        sources: counts.get(r.id)?.sources ?? 0,
        conflicted: conflicted.has(r.id),
      };
    },
  );
}

/** Every event's report and source counts, as of one KB generation. */
export interface ReportCounts {
  generation: number;
  byEvent: Map<string, { reports: number; sources: number }>;
}

/**
 * The counts of the KB generation this snapshot sees: the cached ones while the generation (bumped in every
 * replace, by any process) is unchanged, else one grouped pass over event_sources. Derived data, not a reply
 * cache: per page it replaces walking every report of the page's events, which for events told by hundreds
 * of articles was most of a page's cost.
 */
async function reportCounts(db: Kysely<Database>, cached: ReportCounts | null): Promise<ReportCounts> {
  const row = await db.selectFrom("kb_generation").select("generation").where("id", "=", 1).executeTakeFirst();
  const generation = row ? Number(row.generation) : 0;
  if (cached?.generation === generation) return cached;
  const rows = await db
    .selectFrom("event_sources")
    .select((eb) => [
      "event_id",
      eb.fn.countAll<number | string>().as("reports"),
      eb.fn.count<number | string>("article_id").distinct().as("sources"),
    ])
    .groupBy("event_id")
    .execute();
  return {
    generation,
    byEvent: new Map(rows.map((r) => [r.event_id, { reports: Number(r.reports), sources: Number(r.sources) }])),
  };
}

type EventColumns = Pick<
  Database["events"],
  "id" | "title" | "type" | "status" | "background" | "place_id" | "date_value" | "date_earliest" | "date_latest"
>;

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
