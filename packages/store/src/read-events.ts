// Event reads: the filtered time line with keyset paging, one event with its conflicts.
import { partialDate } from "@dateline/core/dates";
import {
  type ActorKind,
  type Conflict,
  type Event,
  type EventListItem,
  type EventStatus,
  type EventType,
  LIST_REPORTS,
  type PartialDate,
  type ParticipantRole,
  ParticipantRoleSchema,
  type Report,
} from "@dateline/core/schema";
import type { AliasableExpression, Expression, Kysely, SelectQueryBuilder } from "kysely";
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

/** The query of a filtered time line: events, joined to one actor's time line when the filter names an actor. */
type TimelineQuery = SelectQueryBuilder<Database, "events" | "actor_timeline", Record<never, never>>;

/** The columns a page is ordered and resumed by: the actor's own time line's when it drives the read. */
interface TimelineColumns {
  key: "events.sort_key" | "actor_timeline.sort_key";
  id: "events.id" | "actor_timeline.event_id";
}

/**
 * The events a filter keeps, after the cursor's position: the shared WHERE of listEvents and listEventSummaries,
 * with the columns to order by. With an actor the read starts from that actor's time line (its own index in
 * time-line order), so a page costs the page whatever the actor's share of all events.
 */
async function filteredEvents(
  db: Kysely<Database>,
  index: TextIndex,
  f: z.output<typeof EventFilterSchema>,
): Promise<{ q: TimelineQuery; order: TimelineColumns }> {
  let q: TimelineQuery;
  let order: TimelineColumns;
  if (f.actor !== undefined) {
    q = db
      .selectFrom("actor_timeline")
      .innerJoin("events", "events.id", "actor_timeline.event_id")
      .where("actor_timeline.actor_id", "=", f.actor);
    order = { key: "actor_timeline.sort_key", id: "actor_timeline.event_id" };
  } else {
    // Typed with the actor's table in scope so both branches share one builder type; no column of it is named here.
    q = db.selectFrom("events") as unknown as TimelineQuery;
    order = { key: "events.sort_key", id: "events.id" };
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
  if (keys.lower !== null) q = q.where(order.key, ">=", keys.lower);
  if (keys.upper !== null) q = q.where(order.key, "<=", keys.upper);
  if (f.text !== undefined) q = q.where(await index.eventMatches(db, index.toQuery(f.text)));
  if (f.cursor !== undefined) {
    const [key, id] = decodeCursor("events", f.cursor, 2) as [string, string];
    q = q.where((eb) => eb.or([eb(order.key, ">", key), eb.and([eb(order.key, "=", key), eb(order.id, ">", id)])]));
  }
  return { q, order };
}

export async function listEvents(
  db: Kysely<Database>,
  index: TextIndex,
  input: EventFilter | undefined,
  reportAt: ReportAt,
): Promise<Page<EventListItem>> {
  const { items, nextCursor } = await listEventsJson(db, index, input, reportAt);
  return { items: items.map((doc) => parseDoc<EventListItem>({ doc })), nextCursor };
}

/**
 * SQL giving the JSON text of one report of an event (`position` in its reports) from the event's document:
 * the backends' JSON functions differ, and parsing a document of hundreds of reports for one of them would not do.
 */
export type ReportAt = (doc: Expression<string>, position: Expression<number>) => AliasableExpression<string>;

/**
 * listEvents' page with each item as JSON text. Without a source filter, the text stored for each event's
 * listing item (list_doc), sent as it is; with one, each item's reports start with that article's (read from
 * the event's document by position, only for those past the stored ones), so a page of an article's events
 * shows what that article says of each. Either way, what JSON.stringify gives for the parsed item.
 */
export async function listEventsJson(
  db: Kysely<Database>,
  index: TextIndex,
  input: EventFilter | undefined,
  reportAt: ReportAt,
): Promise<Page<string>> {
  const f = parseInput(EventFilterSchema, input, "event filter");
  // The page's ids first, from the covering time-line index where the filter allows (as summaries do); then
  // only those rows' items. Asking for list_doc in the filtering query made SQLite walk event rows instead,
  // 6 ms for some date filters on the 10,000-article KB instead of 1.
  const { q, order } = await filteredEvents(db, index, f);
  const rows = await q
    .select(["events.id as id", "events.sort_key as sort_key"])
    .orderBy(order.key)
    .orderBy(order.id)
    .limit(f.limit + 1)
    .execute();
  const ids = rows.slice(0, f.limit).map((r) => r.id);
  const docs =
    ids.length === 0
      ? new Map<string, string>()
      : new Map(
          (await db.selectFrom("events").select(["id", "list_doc"]).where("id", "in", ids).execute()).map((r) => [
            r.id,
            r.list_doc,
          ]),
        );
  const page = toPage(
    rows,
    f.limit,
    "events",
    (r) => [r.sort_key, r.id],
    (r) => docs.get(r.id)!,
  );
  if (f.source === undefined || page.items.length === 0) return page;
  return { items: await sourceFirst(db, f.source, page.items, reportAt), nextCursor: page.nextCursor };
}

/**
 * Listing items (JSON) with the reports of `source` first, then the others they embed, at most LIST_REPORTS.
 * The stored items hold the event's first reports; the source's later ones are read by their position.
 */
async function sourceFirst(
  db: Kysely<Database>,
  source: string,
  docs: readonly string[],
  reportAt: ReportAt,
): Promise<string[]> {
  const items = docs.map((doc) => parseDoc<EventListItem>({ doc }));
  const later = new Map<string, Report[]>();
  const ids = items.filter((e) => e.reportsOmitted > 0).map((e) => e.id);
  if (ids.length > 0) {
    const found = await db
      .selectFrom("event_sources")
      .innerJoin("events", "events.id", "event_sources.event_id")
      .select((eb) => [
        "event_sources.event_id as event_id",
        reportAt(eb.ref("events.doc"), eb.ref("event_sources.position")).as("report"),
      ])
      .where("event_sources.article_id", "=", source)
      .where("event_sources.event_id", "in", ids)
      .where("event_sources.position", ">=", LIST_REPORTS)
      .orderBy("event_sources.event_id")
      .orderBy("event_sources.position")
      .execute();
    for (const r of found) later.set(r.event_id, [...(later.get(r.event_id) ?? []), JSON.parse(r.report) as Report]);
  }
  return items.map((item) => {
    const own = item.reports.filter((r) => r.articleId === source);
    const others = item.reports.filter((r) => r.articleId !== source);
    const reports = [...own, ...(later.get(item.id) ?? []), ...others].slice(0, LIST_REPORTS);
    return JSON.stringify({ ...item, reports, reportsOmitted: item.reportCount - reports.length });
  });
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
  const { q, order } = await filteredEvents(db, index, f);
  const rows = await q
    .select([
      "events.id as id",
      "events.sort_key as sort_key",
      "title",
      "type",
      "status",
      "background",
      "place_id",
      "date_value",
      "date_earliest",
      "date_latest",
    ])
    .orderBy(order.key)
    .orderBy(order.id)
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
