// The KnowledgeBase document: what `dateline export` writes and every viewer reads.
import { z } from "zod";
import { ArticleSchema } from "./article";
import { CurationStatusSchema } from "./curation";
import { ActorSchema, PlaceSchema } from "./entities";
import { EventSchema } from "./event";
import { ConflictSchema, FigureSchema, QuoteSchema } from "./statements";

export const SCHEMA_VERSION = 1;

export const SuggestionSchema = z
  .object({
    kind: z.enum(["merge-actors", "merge-events"]),
    ids: z.array(z.string()).min(2),
    score: z.number().min(0).max(1),
    reason: z.string(),
  })
  .describe("A merge that looks likely but is not certain: shown for review, never applied on its own.");

export const KnowledgeBaseSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    articles: z.array(ArticleSchema),
    actors: z.array(ActorSchema),
    places: z.array(PlaceSchema),
    events: z.array(EventSchema),
    quotes: z.array(QuoteSchema),
    figures: z.array(FigureSchema),
    conflicts: z.array(ConflictSchema),
    suggestions: z.array(SuggestionSchema),
    curation: z.array(CurationStatusSchema).describe("Every curation op and whether it still applies."),
  })
  .describe("A Dateline knowledge base: articles, actors, places, events with their reports, and conflicts.");

export type Suggestion = z.infer<typeof SuggestionSchema>;
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;
