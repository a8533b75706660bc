// The relational shape of a stored KnowledgeBase, as Kysely sees it (shared by every backend).

/**
 * Every item table keeps `position` (its index in the KnowledgeBase array, so a load returns the same order)
 * and `doc` (the item's full JSON, so a load returns exactly what was written); the other columns are
 * copies of fields, indexed for filtering.
 */
export interface KbMetaTable {
  id: number;
  schema_version: number;
  written_at: string;
  /** The KB with its arrays emptied: keeps the top-level fields and their order for an exact load. */
  doc: string;
}

export interface ArticlesTable {
  id: string;
  position: number;
  sha256: string;
  title: string | null;
  published_earliest: string | null;
  /** The verbatim text; `doc` holds the rest of the article with `text` blanked, so it is stored once. */
  text: string;
  doc: string;
}

export interface ActorsTable {
  id: string;
  position: number;
  name: string;
  name_lower: string;
  kind: string;
  /** Aliases and roles as text, for the full-text index. */
  search_aliases: string;
  search_roles: string;
  doc: string;
  /** The actor as a listing gives it (ActorListItem: its first mentions and the counts), as JSON. */
  list_doc: string;
}

export interface ActorAliasesTable {
  actor_id: string;
  name: string;
  name_lower: string;
}

export interface PlacesTable {
  id: string;
  position: number;
  name: string;
  name_lower: string;
  kind: string;
  doc: string;
  /** The place as a listing gives it (PlaceListItem: its first mentions and the counts), as JSON. */
  list_doc: string;
}

export interface PlaceAliasesTable {
  place_id: string;
  name: string;
  name_lower: string;
}

export interface EventsTable {
  id: string;
  position: number;
  type: string;
  status: string;
  /** 0 or 1: SQLite has no boolean, and an integer means the same on PostgreSQL. */
  background: number;
  title: string;
  place_id: string | null;
  date_value: string | null;
  date_earliest: string | null;
  date_latest: string | null;
  /** The time-line order of compareDates as one sortable string (see event-order.ts), for keyset paging. */
  sort_key: string;
  /** Every report's wording and every framing term, for the full-text index. */
  search_wording: string;
  search_framing: string;
  doc: string;
  /**
   * The event as a listing gives it (EventListItem: its first reports and the counts of all of them), as JSON:
   * a page of the time line reads these instead of whole events, whose reports can make them megabytes long.
   */
  list_doc: string;
}

export interface EventParticipantsTable {
  event_id: string;
  actor_id: string;
  role: string;
}

/**
 * Each actor's time line: one row per actor and event it takes part in (whatever its roles), with the event's
 * sort key, indexed by (actor, sort key, event). A page of one actor's events is then one range scan in time-line
 * order, however many events the actor has; filtering events through event_participants made PostgreSQL walk the
 * whole time line probing participants for a frequent actor (14,000 probes, 42–60 ms, at 100,000 articles).
 */
export interface ActorTimelineTable {
  actor_id: string;
  event_id: string;
  sort_key: string;
}

/** One row per report: the article that tells of the event. */
export interface EventSourcesTable {
  event_id: string;
  position: number;
  article_id: string;
  extracted_id: string;
}

export interface QuotesTable {
  id: string;
  position: number;
  article_id: string;
  speaker_id: string | null;
  event_id: string | null;
  doc: string;
}

export interface FiguresTable {
  id: string;
  position: number;
  article_id: string;
  event_id: string | null;
  doc: string;
}

export interface ConflictsTable {
  id: string;
  position: number;
  event_id: string;
  field: string;
  doc: string;
}

export interface SuggestionsTable {
  position: number;
  kind: string;
  doc: string;
}

export interface CurationTable {
  position: number;
  op_id: string;
  status: string;
  doc: string;
}

/**
 * Every piece of evidence of an actor (its mentions, kind "actor", and its roles' evidence, kind "role") and of a
 * place (kind "place"), by the article it is in: an article's spans are one indexed read instead of a walk of every
 * actor's and place's document. `position` numbers the rows in KB order (actors, then places).
 */
export interface ArticleMentionsTable {
  position: number;
  article_id: string;
  kind: string;
  target_id: string;
  /** The Evidence as JSON. */
  doc: string;
}

/**
 * One row (id 1): how many replaces the KB has seen. A replace bumps it inside its transaction, so a writer
 * that read generation N before building its KB can ask to commit only if it is still N (optimistic check).
 */
export interface KbGenerationTable {
  id: number;
  generation: number;
}

/** The extraction cache: one row per article, reused while its text and the extractor are unchanged. */
export interface ExtractionsTable {
  article_id: string;
  sha256: string;
  extractor_version: string;
  json: string;
}

export interface Database {
  kb_meta: KbMetaTable;
  articles: ArticlesTable;
  actors: ActorsTable;
  actor_aliases: ActorAliasesTable;
  places: PlacesTable;
  place_aliases: PlaceAliasesTable;
  events: EventsTable;
  event_participants: EventParticipantsTable;
  actor_timeline: ActorTimelineTable;
  event_sources: EventSourcesTable;
  quotes: QuotesTable;
  figures: FiguresTable;
  conflicts: ConflictsTable;
  suggestions: SuggestionsTable;
  curation: CurationTable;
  article_mentions: ArticleMentionsTable;
  extractions: ExtractionsTable;
  kb_generation: KbGenerationTable;
}
