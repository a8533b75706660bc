// What the extractor makes of one article, before any linking across articles.
import { z } from "zod";
import { ArticleSchema } from "./article";
import { ResolvedDateSchema, WeekdaySchema } from "./dates";
import { ActorSchema, PlaceSchema } from "./entities";
import { ExtractedEventSchema } from "./event";
import { ArticleIdSchema, EvidenceSchema } from "./evidence";
import { FigureSchema, QuoteSchema } from "./statements";

export const TemporalExpressionSchema = z
  .object({
    text: z.string().min(1),
    evidence: EvidenceSchema,
    date: ResolvedDateSchema.nullable().describe(
      "Null when the words name no date on their own ('on Monday' undated).",
    ),
    weekday: WeekdaySchema.nullable(),
    explanation: z.string().describe("How the phrase was resolved, or why it could not be."),
  })
  .describe("A date or time phrase in the text and what it resolves to.");

export const ExtractorInfoSchema = z.object({
  name: z.string().describe("'rules' for the built-in extractor; a model name for others."),
  version: z.string(),
});

export const ArticleExtractionSchema = z
  .object({
    articleId: ArticleIdSchema,
    extractor: ExtractorInfoSchema,
    article: ArticleSchema,
    sentences: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
    actors: z.array(ActorSchema),
    places: z.array(PlaceSchema),
    dates: z.array(TemporalExpressionSchema),
    events: z.array(ExtractedEventSchema),
    quotes: z.array(QuoteSchema),
    figures: z.array(FigureSchema),
    warnings: z.array(z.string()),
  })
  .describe("Everything extracted from one article; every item carries evidence.");

export type TemporalExpression = z.infer<typeof TemporalExpressionSchema>;
export type ExtractorInfo = z.infer<typeof ExtractorInfoSchema>;
export type ArticleExtraction = z.infer<typeof ArticleExtractionSchema>;
