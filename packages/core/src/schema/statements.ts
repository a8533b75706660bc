// Quotes and figures: what was said, by whom, and the numbers the articles give.
import { z } from "zod";
import { SlugIdSchema } from "./entities";
import { ArticleIdSchema, EvidenceSchema } from "./evidence";

export const QuoteSchema = z
  .object({
    id: z.string().min(1),
    articleId: ArticleIdSchema,
    speakerId: SlugIdSchema.nullable().describe("The actor who said it; null when the article does not say."),
    speakerText: z.string().nullable().describe("How the article names the speaker: 'said Miller'."),
    text: z.string().min(1).describe("The quoted words, without the quotation marks."),
    delivery: z.string().nullable().describe("How it was said: 'in a statement', 'told journalists'."),
    eventId: z.string().nullable().describe("The event the quote belongs to, where known."),
    evidence: EvidenceSchema,
  })
  .describe("Words an article quotes, with their speaker.");

export const FigureSchema = z
  .object({
    id: z.string().min(1),
    articleId: ArticleIdSchema,
    value: z.number(),
    qualifier: z
      .enum(["exact", "over", "under", "about", "up-to", "majority-of"])
      .describe("'over 100,000' → over; 'about 50' → about."),
    counts: z.string().min(1).describe("What the number counts: 'forcibly displaced persons'."),
    text: z.string().min(1).describe("The figure as written: 'over 100,000 forcibly displaced persons'."),
    eventId: z.string().nullable(),
    evidence: EvidenceSchema,
  })
  .describe("A number an article states, and what it counts.");

export const ConflictFieldSchema = z.enum(["date", "figure", "place", "participants", "wording", "status"]);

export const ConflictSchema = z
  .object({
    id: SlugIdSchema,
    eventId: SlugIdSchema,
    field: ConflictFieldSchema,
    summary: z.string().describe('One line: "the call is on Monday (27 Nov) in 2 articles, Tuesday (28 Nov) in 1".'),
    variants: z
      .array(
        z.object({
          value: z.string().describe("One version of the field, as the articles give it."),
          articles: z.array(ArticleIdSchema).min(1),
          evidence: z.array(EvidenceSchema).min(1),
        }),
      )
      .min(2, "a conflict has at least two variants"),
  })
  .describe("Reports of one event that disagree on one field; every variant kept.");

export type Quote = z.infer<typeof QuoteSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type ConflictField = z.infer<typeof ConflictFieldSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
