// The REST routes for callers without tRPC: each GET path maps onto one procedure through createCaller.
import {
  ActorListItemSchema,
  ActorSchema,
  ArticleSchema,
  ConflictSchema,
  CurationStatusSchema,
  EventListItemSchema,
  EventSchema,
  EventStatusSchema,
  EventTypeSchema,
  PartialDateSchema,
  PlaceListItemSchema,
  PlaceSchema,
} from "@dateline/core/schema";
import { MATCH_MARKS_NAMED } from "@dateline/core/snippet";
import {
  ActorFilterSchema,
  ArticleFilterSchema,
  ConflictFilterSchema,
  EventFilterSchema,
  PlaceFilterSchema,
} from "@dateline/store";
import { z } from "zod";
import type { createCaller } from "./root";
import { SearchInputSchema } from "./routers/search";

type Caller = ReturnType<typeof createCaller>;

export interface RestRoute {
  /** OpenAPI path template; `{id}` is the only path parameter. */
  path: string;
  procedure: string;
  summary: string;
  /** The query parameters (the procedure's input, minus `id`). */
  query?: z.ZodObject;
  /** What a 200 carries, for the OpenAPI document. */
  output: z.ZodType;
  // The caller validates the input with the procedure's own schema, so it is passed on as it came.
  call: (api: Caller, input: Record<string, unknown>) => Promise<unknown>;
}

const pageOf = (item: z.ZodType) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
const ArticleSummarySchema = ArticleSchema.omit({ text: true });
const ActorNameSchema = z.object({ id: z.string(), name: z.string(), kind: z.string().nullable() });
const EventSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  type: EventTypeSchema,
  status: EventStatusSchema,
  background: z.boolean(),
  date: PartialDateSchema.nullable(),
  placeId: z.string().nullable(),
  participants: z.array(
    z.object({ actorId: z.string(), role: z.string(), name: z.string(), kind: z.string().nullable() }),
  ),
  reports: z.number().int(),
  sources: z.number().int(),
  conflicted: z.boolean(),
});
const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), kind: z.string(), targetId: z.string() });

export const REST_ROUTES: readonly RestRoute[] = [
  {
    path: "/api/stats",
    procedure: "stats.get",
    summary: "How many articles, actors, places, events, reports, quotes, figures and conflicts.",
    output: z.record(z.string(), z.number()),
    call: (api) => api.stats.get(),
  },
  {
    path: "/api/events",
    procedure: "events.list",
    summary:
      "Events on the time line, filtered (date ranges overlap at each date's precision), each with its first reports (at most 3; with a source filter, that article's first), its report and source counts and how many reports were left out; /api/events/{id} gives every report.",
    query: EventFilterSchema,
    output: pageOf(EventListItemSchema),
    call: (api, input) => api.events.list(input as never),
  },
  {
    path: "/api/event-summaries",
    procedure: "events.summaries",
    summary:
      "The time line of /api/events (same filters and cursors), each event summed up: id, title, type, status, date, named participants, report and source counts, whether its reports conflict.",
    query: EventFilterSchema,
    output: pageOf(EventSummarySchema),
    call: (api, input) => api.events.summaries(input as never),
  },
  {
    path: "/api/events/{id}",
    procedure: "events.byId",
    summary: "One event with every report and its evidence, its conflicts and named participants.",
    output: z.object({
      event: EventSchema,
      conflicts: z.array(ConflictSchema),
      participants: z.array(ActorNameSchema.extend({ actorId: z.string(), role: z.string() })),
    }),
    call: (api, input) => api.events.byId(input as never),
  },
  {
    path: "/api/actors",
    procedure: "actors.list",
    summary:
      "Actors by name; q matches names and aliases. Each item holds every name, role and affiliation, its first mentions (at most 3) and articles per name or role (at most 5), with the counts of all; /api/actors/{id} gives every mention.",
    query: ActorFilterSchema,
    output: pageOf(ActorListItemSchema),
    call: (api, input) => api.actors.list(input as never),
  },
  {
    path: "/api/actors/{id}",
    procedure: "actors.byId",
    summary:
      "One actor whole, with its first 200 events on the time line as summaries (nextCursor goes on with /api/event-summaries?actor=…), its first 100 quotes, the 50 actors sharing most of its events, and the counts of its events and quotes.",
    output: z.object({
      actor: ActorSchema,
      events: pageOf(EventSummarySchema),
      eventCount: z.number().int(),
      quotes: z.array(z.unknown()),
      quoteCount: z.number().int(),
      coActors: z.array(ActorNameSchema.extend({ events: z.number().int() })),
    }),
    call: (api, input) => api.actors.byId(input as never),
  },
  {
    path: "/api/places",
    procedure: "places.list",
    summary:
      "Places by name. Each item holds every name, its first mentions (at most 3) and articles per name (at most 5), with the counts of all; /api/places/{id} gives every mention.",
    query: PlaceFilterSchema,
    output: pageOf(PlaceListItemSchema),
    call: (api, input) => api.places.list(input as never),
  },
  {
    path: "/api/places/{id}",
    procedure: "places.byId",
    summary: "One place and the first page of its events, as /api/events lists them.",
    output: z.object({ place: PlaceSchema, events: pageOf(EventListItemSchema) }),
    call: (api, input) => api.places.byId(input as never),
  },
  {
    path: "/api/articles",
    procedure: "articles.list",
    summary: "Articles with their metadata, without their text.",
    query: ArticleFilterSchema,
    output: pageOf(ArticleSummarySchema),
    call: (api, input) => api.articles.list(input as never),
  },
  {
    path: "/api/articles/{id}",
    procedure: "articles.byId",
    summary: "One article's verbatim text with every span of it the knowledge base uses.",
    output: z.object({ article: ArticleSchema, spans: z.array(SpanSchema) }),
    call: (api, input) => api.articles.byId(input as never),
  },
  {
    path: "/api/conflicts",
    procedure: "conflicts.list",
    summary: "Where the reports of an event disagree.",
    query: ConflictFilterSchema,
    output: pageOf(ConflictSchema),
    call: (api, input) => api.conflicts.list(input as never),
  },
  {
    path: "/api/search",
    procedure: "search.query",
    summary: "Full-text search over articles, events and actors.",
    query: SearchInputSchema,
    output: z.array(
      z.object({
        kind: z.string(),
        id: z.string(),
        title: z.string(),
        snippet: z
          .string()
          .describe(
            `Text around the matches; each match between ${MATCH_MARKS_NAMED} (MATCH_OPEN, MATCH_CLOSE of @dateline/core/snippet: snippetParts splits them).`,
          ),
        score: z.number(),
      }),
    ),
    call: (api, input) => api.search.query(input as never),
  },
  {
    path: "/api/curation",
    procedure: "curation.list",
    summary: "The curation ops on file and what each did in the last re-link.",
    output: z.object({ ops: z.array(z.unknown()), status: z.array(CurationStatusSchema) }),
    call: (api) => api.curation.list(),
  },
];
