// A KnowledgeBase as table rows: a JSON document per item plus the columns that filters and search use.
import {
  type Actor,
  type ArticleExtraction,
  actorListItem,
  eventListItem,
  type KnowledgeBase,
  type Place,
  placeListItem,
} from "@dateline/core/schema";
import type { Database } from "./database";
import { eventSortKey } from "./event-order";

/** The tables a KB is written to, each with its rows made lazily (one item at a time, to keep memory flat). */
export type KbTable = Exclude<keyof Database, "extractions" | "kb_generation">;
type RowSources = { [T in KbTable]: Iterable<Database[T]> };

function* each<T, R>(items: readonly T[], toRows: (item: T, position: number) => R | R[]): Generator<R> {
  for (let i = 0; i < items.length; i++) {
    const rows = toRows(items[i]!, i);
    if (Array.isArray(rows)) yield* rows;
    else yield rows;
  }
}

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * The article_mentions rows of these actors and places, in this order (each actor's mentions, then its roles'
 * evidence; then each place's mentions), numbered from `first`.
 */
export function* mentionRows(
  actors: Iterable<Pick<Actor, "id" | "mentions" | "roles">>,
  places: Iterable<Pick<Place, "id" | "mentions">>,
  first = 0,
): Generator<Database["article_mentions"]> {
  let position = first;
  const row = (kind: string, targetId: string, ev: { articleId: string }) => ({
    position: position++,
    article_id: ev.articleId,
    kind,
    target_id: targetId,
    doc: JSON.stringify(ev),
  });
  for (const a of actors) {
    for (const ev of a.mentions) yield row("actor", a.id, ev);
    for (const role of a.roles) for (const ev of role.evidence) yield row("role", a.id, ev);
  }
  for (const p of places) for (const ev of p.mentions) yield row("place", p.id, ev);
}

/** Every row a KB is stored as, table by table; each table's rows are made as they are consumed. */
export function kbRows(kb: KnowledgeBase, writtenAt: string): RowSources {
  const { articles, actors, places, events, quotes, figures, conflicts, suggestions, curation } = kb;
  return {
    kb_meta: each([kb], () => ({
      id: 1,
      schema_version: kb.schemaVersion,
      written_at: writtenAt,
      doc: JSON.stringify({
        ...kb,
        articles: [],
        actors: [],
        places: [],
        events: [],
        quotes: [],
        figures: [],
        conflicts: [],
        suggestions: [],
        curation: [],
      }),
    })),
    articles: each(articles, (a, position) => ({
      id: a.id,
      position,
      sha256: a.sha256,
      title: a.title,
      published_earliest: a.published?.earliest ?? null,
      text: a.text,
      // The text lives in its own column; blanking it in place keeps the document's key order.
      doc: JSON.stringify({ ...a, text: "" }),
    })),
    actors: each(actors, (a, position) => ({
      id: a.id,
      position,
      name: a.name,
      name_lower: a.name.toLowerCase(),
      kind: a.kind,
      search_aliases: unique(a.aliases.map((x) => x.name)).join(" · "),
      search_roles: unique(a.roles.map((r) => r.title)).join(" · "),
      doc: JSON.stringify(a),
      list_doc: JSON.stringify(actorListItem(a)),
    })),
    actor_aliases: each(actors, (a) =>
      unique(a.aliases.map((x) => x.name)).map((name) => ({ actor_id: a.id, name, name_lower: name.toLowerCase() })),
    ),
    places: each(places, (p, position) => ({
      id: p.id,
      position,
      name: p.name,
      name_lower: p.name.toLowerCase(),
      kind: p.kind,
      doc: JSON.stringify(p),
      list_doc: JSON.stringify(placeListItem(p)),
    })),
    place_aliases: each(places, (p) =>
      unique(p.aliases.map((x) => x.name)).map((name) => ({ place_id: p.id, name, name_lower: name.toLowerCase() })),
    ),
    events: each(events, (e, position) => ({
      id: e.id,
      position,
      type: e.type,
      status: e.status,
      background: e.background ? 1 : 0,
      title: e.title,
      place_id: e.placeId,
      date_value: e.date?.value ?? null,
      date_earliest: e.date?.earliest ?? null,
      date_latest: e.date?.latest ?? null,
      sort_key: eventSortKey(e.date),
      search_wording: unique(e.reports.map((r) => r.wording)).join("\n"),
      search_framing: unique(e.reports.flatMap((r) => r.framing.map((f) => f.term))).join(" · "),
      doc: JSON.stringify(e),
      list_doc: JSON.stringify(eventListItem(e)),
    })),
    // An actor named twice in one event (agent and counterpart) is one row per role, as the document has it.
    event_participants: each(events, (e) =>
      e.participants.map((p) => ({ event_id: e.id, actor_id: p.actorId, role: p.role })),
    ),
    actor_timeline: each(events, (e) => {
      const sortKey = eventSortKey(e.date);
      return unique(e.participants.map((p) => p.actorId)).map((actorId) => ({
        actor_id: actorId,
        event_id: e.id,
        sort_key: sortKey,
      }));
    }),
    event_sources: each(events, (e) =>
      e.reports.map((r, position) => ({
        event_id: e.id,
        position,
        article_id: r.articleId,
        extracted_id: r.extractedId,
      })),
    ),
    quotes: each(quotes, (q, position) => ({
      id: q.id,
      position,
      article_id: q.articleId,
      speaker_id: q.speakerId,
      event_id: q.eventId,
      doc: JSON.stringify(q),
    })),
    figures: each(figures, (f, position) => ({
      id: f.id,
      position,
      article_id: f.articleId,
      event_id: f.eventId,
      doc: JSON.stringify(f),
    })),
    conflicts: each(conflicts, (c, position) => ({
      id: c.id,
      position,
      event_id: c.eventId,
      field: c.field,
      doc: JSON.stringify(c),
    })),
    article_mentions: mentionRows(actors, places),
    suggestions: each(suggestions, (s, position) => ({ position, kind: s.kind, doc: JSON.stringify(s) })),
    curation: each(curation, (c, position) => ({ position, op_id: c.opId, status: c.status, doc: JSON.stringify(c) })),
  };
}

export function extractionRow(x: ArticleExtraction): Database["extractions"] {
  return {
    article_id: x.articleId,
    sha256: x.article.sha256,
    extractor_version: x.extractor.version,
    json: JSON.stringify(x),
  };
}
