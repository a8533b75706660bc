// The Store: a KnowledgeBase kept in a database (SQLite now, PostgreSQL later), its filters and results.
import { isPartialDateValue, partialDate } from "@dateline/core/dates";
import {
  type Actor,
  type ActorKind,
  ActorKindSchema,
  type ActorListItem,
  type Article,
  type ArticleExtraction,
  type Conflict,
  ConflictFieldSchema,
  type CurationStatus,
  type Event,
  type EventListItem,
  type EventStatus,
  EventStatusSchema,
  type EventType,
  EventTypeSchema,
  type Evidence,
  type Figure,
  type KnowledgeBase,
  type PartialDate,
  PartialDateValueSchema,
  type ParticipantRole,
  type Place,
  PlaceKindSchema,
  type PlaceListItem,
  type Quote,
  type Report,
  type Suggestion,
} from "@dateline/core/schema";
import { z } from "zod";

export {
  BadCursorError,
  BadInputError,
  BadQueryError,
  StoreConflictError,
  StoreError,
  StoreOpenError,
  StoreWriteError,
} from "./errors";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
export const MAX_QUERY_LENGTH = 200;

const limit = z.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT);
const cursor = z.string().min(1).optional();
const datedValue = PartialDateValueSchema.refine((v) => !isPartialDateValue(v) || partialDate(v).earliest !== null, {
  message: "a date bound needs a year",
});

/** Filters of `listEvents`; every field narrows (AND). Reused as the API's input schema. */
export const EventFilterSchema = z.object({
  actor: z.string().min(1).optional().describe("Actor id: events it takes part in."),
  place: z.string().min(1).optional().describe("Place id."),
  type: EventTypeSchema.optional(),
  status: EventStatusSchema.optional(),
  source: z.string().min(1).optional().describe("Article id: events this article reports."),
  from: datedValue.optional().describe("Events whose date interval overlaps [from, to], at each date's precision."),
  to: datedValue.optional(),
  background: z.boolean().optional(),
  undated: z.boolean().optional().describe("true: only events without a usable date; false: only dated ones."),
  text: z.string().optional().describe("Words in the title, wording or framing (full-text, as in search)."),
  limit,
  cursor,
});

export const ActorFilterSchema = z.object({
  q: z.string().optional().describe("Part of the name or of an alias, case-insensitive."),
  kind: ActorKindSchema.optional(),
  limit,
  cursor,
});

export const PlaceFilterSchema = z.object({
  q: z.string().optional(),
  kind: PlaceKindSchema.optional(),
  limit,
  cursor,
});

export const ArticleFilterSchema = z.object({ limit, cursor });

export const ConflictFilterSchema = z.object({
  eventId: z.string().min(1).optional(),
  field: ConflictFieldSchema.optional(),
  limit,
  cursor,
});

export const SearchOptionsSchema = z.object({
  limit: z.number().int().min(1).max(MAX_LIMIT).default(20),
  kinds: z
    .array(z.enum(["article", "event", "actor"]))
    .min(1)
    .optional(),
});

export type EventFilter = z.input<typeof EventFilterSchema>;
export type ActorFilter = z.input<typeof ActorFilterSchema>;
export type PlaceFilter = z.input<typeof PlaceFilterSchema>;
export type ArticleFilter = z.input<typeof ArticleFilterSchema>;
export type ConflictFilter = z.input<typeof ConflictFilterSchema>;
export type SearchOptions = z.input<typeof SearchOptionsSchema>;

/** A page of a listing; pass `nextCursor` back as `cursor` for the next one (null: this was the last). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** An article without its text, for listings. */
export type ArticleSummary = Omit<Article, "text">;

export interface SearchHit {
  kind: "article" | "event" | "actor";
  id: string;
  title: string;
  /** Text around the matches, each match between MATCH_OPEN and MATCH_CLOSE (`snippetParts` of @dateline/core/snippet). */
  snippet: string;
  /** Higher is better (the negated bm25 rank). */
  score: number;
}

export interface StoreStats {
  articles: number;
  actors: number;
  places: number;
  events: number;
  reports: number;
  quotes: number;
  figures: number;
  conflicts: number;
}

export interface EventDetail {
  event: Event;
  conflicts: Conflict[];
}

/** An actor's id, name and kind: enough to name it in a listing. */
export interface ActorName {
  id: string;
  name: string;
  kind: ActorKind;
}

/** A participant of an event summary, named (the actor id stands in for a name the KB does not have). */
export interface ParticipantSummary {
  actorId: string;
  role: ParticipantRole;
  name: string;
  /** null when the actor is not in the KB. */
  kind: ActorKind | null;
}

/**
 * An event for listings: what a time line shows, read from indexed columns without the event's reports and
 * their evidence (those come with getEvent). Participants by role (agent first), then actor id.
 */
export interface EventSummary {
  id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  background: boolean;
  /** The event's date at its precision (without how it was resolved); null when undated. */
  date: PartialDate | null;
  placeId: string | null;
  participants: ParticipantSummary[];
  /** How many reports (one per article telling of it) and how many distinct articles. */
  reports: number;
  sources: number;
  /** Whether the reports disagree on some field (see listConflicts / getEvent). */
  conflicted: boolean;
}

/** Evidence in one article of an actor ("actor": a mention; "role": a role it holds) or of a place ("place"). */
export interface ArticleMention {
  kind: "actor" | "role" | "place";
  /** The actor's or place's id. */
  targetId: string;
  evidence: Evidence;
}

/** What one article contributes to the KB: its reports, quotes and figures, and the actors and places it names. */
export interface ArticleItems {
  /** The report this article gives of each event it tells of, in time-line order of the events. */
  reports: Array<{ eventId: string; report: Report }>;
  quotes: Quote[];
  figures: Figure[];
  /**
   * Every actor mention, role evidence and place mention in this article, in KB order (actors as listed, each
   * one's mentions then its roles' evidence; then places).
   */
  mentions: ArticleMention[];
}

/** Events, quotes and co-actors an actor's detail gives at most: a country in 20,000 articles stays one page. */
export const ACTOR_EVENTS = 200;
export const ACTOR_QUOTES = 100;
export const CO_ACTORS = 50;

/** An actor who takes part in some of the same events as another. */
export interface CoActor extends ActorName {
  /** How many of the other actor's events this one takes part in too. */
  events: number;
}

export interface ActorDetail {
  /** The whole actor: every name, role and mention. */
  actor: Actor;
  /**
   * The first ACTOR_EVENTS events the actor takes part in, on the time line, as summaries; `nextCursor` continues
   * them with listEventSummaries({ actor }).
   */
  events: Page<EventSummary>;
  eventCount: number;
  /** What the actor is quoted saying: the first ACTOR_QUOTES, in KB order. */
  quotes: Quote[];
  quoteCount: number;
  /** The CO_ACTORS actors sharing the most of its events (then by name), with how many they share. */
  coActors: CoActor[];
}

/**
 * The extractions to cache with a replace: a list, or a source read through as the write goes (so that they need not
 * all be in memory at once). It is read once per try of the write: an async source must start again on each
 * iteration.
 */
export type ExtractionSource = Iterable<ArticleExtraction> | AsyncIterable<ArticleExtraction>;

export interface ReplaceOptions {
  /**
   * Commit only if the KB is still at this generation (as `generation()` returned before the KB was built);
   * otherwise nothing is written and a StoreConflictError is thrown. Omitted: replace unconditionally.
   */
  expectedGeneration?: number;
}

/** A KnowledgeBase in a database. Every method is async so that a networked backend fits the same shape. */
export interface Store {
  close(): Promise<void>;

  /** The cached extraction of an article, if its text (sha256) and the extractor version are unchanged. */
  getExtraction(articleId: string, sha256: string, extractorVersion: string): Promise<ArticleExtraction | null>;
  /** articleId → sha256 of every cached extraction. */
  listArticleHashes(): Promise<Map<string, string>>;

  /** How many replaces the KB has had (0 before the first); every replace adds one, in its transaction. */
  generation(): Promise<number>;

  /**
   * In one transaction: writes the extractions to the cache (dropping cache rows of articles in neither
   * the KB nor `extractions`) and replaces the whole KB. Readers see the old KB or the new, never a mix;
   * writers (in any process) wait for each other; on failure nothing changes and a StoreWriteError says
   * why, or a StoreConflictError when `expectedGeneration` is no longer current. Returns the new generation.
   */
  replaceKnowledgeBase(kb: KnowledgeBase, extractions: ExtractionSource, options?: ReplaceOptions): Promise<number>;

  /** The KnowledgeBase exactly as written (null before the first write). */
  loadKnowledgeBase(): Promise<KnowledgeBase | null>;
  stats(): Promise<StoreStats>;

  /**
   * Events on the time line (by date at its precision, undated last, then id), each as an EventListItem: its
   * fields, its first LIST_REPORTS reports (with a `source` filter, that article's first) and the counts of
   * all of them. Every report of an event comes with getEvent.
   */
  listEvents(filter?: EventFilter): Promise<Page<EventListItem>>;
  /**
   * listEvents' page with each item as its JSON text (`JSON.stringify` of the item listEvents gives), mostly
   * read as stored: a server sending the items skips parsing and serialising them again.
   */
  listEventsJson(filter?: EventFilter): Promise<Page<string>>;
  /**
   * listEvents' filters, order and cursors (a cursor of one works in the other), each event as an EventSummary:
   * a page costs a few indexed reads however many reports its events have.
   */
  listEventSummaries(filter?: EventFilter): Promise<Page<EventSummary>>;
  getEvent(id: string): Promise<EventDetail | null>;
  /** Actors by name, each as an ActorListItem: its first mentions and the counts of all (getActor gives all). */
  listActors(filter?: ActorFilter): Promise<Page<ActorListItem>>;
  getActor(id: string): Promise<ActorDetail | null>;
  /** Id, name and kind of each of these actors the KB has, in the order asked; unknown ids are left out. */
  actorNames(ids: readonly string[]): Promise<ActorName[]>;
  /** Articles by id, without their text. */
  listArticles(filter?: ArticleFilter): Promise<Page<ArticleSummary>>;
  getArticle(id: string): Promise<Article | null>;
  /** The reports, quotes, figures and actor and place mentions of one article (indexed reads of its rows only). */
  getArticleItems(articleId: string): Promise<ArticleItems>;
  /** Places by name, each as a PlaceListItem: its first mentions and the counts of all (getPlace gives all). */
  listPlaces(filter?: PlaceFilter): Promise<Page<PlaceListItem>>;
  getPlace(id: string): Promise<Place | null>;
  /** Conflicts by id. */
  listConflicts(filter?: ConflictFilter): Promise<Page<Conflict>>;
  listCuration(): Promise<CurationStatus[]>;
  listSuggestions(): Promise<Suggestion[]>;

  /**
   * Full-text search over articles, events and actors. Words are matched as given (a trailing * makes a
   * prefix, "…" a phrase); a text that cannot be searched throws BadQueryError.
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
}
