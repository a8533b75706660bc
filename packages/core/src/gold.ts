// The hand-made expectations in data/gold/: what a careful reader finds in each article.
import { z } from "zod";
import { PartialDateValueSchema } from "./schema/dates";
import { ActorKindSchema, PlaceKindSchema } from "./schema/entities";
import { EventStatusSchema, EventTypeSchema } from "./schema/event-types";
import { ArticleIdSchema } from "./schema/evidence";
import { ConflictFieldSchema } from "./schema/statements";

export const GoldActorSchema = z
  .object({
    name: z.string().min(1).describe("Canonical name, the same across every gold file."),
    kind: ActorKindSchema,
    aliases: z.array(z.string().min(1)).default([]).describe("Every other way this article names the actor."),
    roles: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const GoldPlaceSchema = z
  .object({
    name: z.string().min(1),
    kind: PlaceKindSchema,
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const GoldEventSchema = z
  .object({
    key: z.string().min(1).describe("Same key in every article that reports the same happening."),
    type: EventTypeSchema,
    status: EventStatusSchema.default("occurred"),
    background: z.boolean().default(false),
    date: PartialDateValueSchema.nullable().describe("The date this article gives, resolved at its precision."),
    participants: z.array(z.string().min(1)).describe("Canonical actor names."),
    place: z.string().nullable().default(null),
    evidence: z.string().min(1).describe("Words of the article that tell of the event (must occur verbatim)."),
  })
  .strict();

export const GoldQuoteSchema = z
  .object({
    speaker: z.string().nullable().describe("Canonical actor name, or null when the article does not say."),
    text: z.string().min(1).describe("The start of the quoted words (verbatim, without quotation marks)."),
  })
  .strict();

export const GoldFigureSchema = z
  .object({
    value: z.number(),
    counts: z.string().min(1),
    evidence: z.string().min(1),
  })
  .strict();

export const GoldArticleSchema = z
  .object({
    article: ArticleIdSchema,
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    published: PartialDateValueSchema.nullable(),
    dateline: z.string().nullable(),
    actors: z.array(GoldActorSchema),
    places: z.array(GoldPlaceSchema),
    events: z.array(GoldEventSchema),
    quotes: z.array(GoldQuoteSchema),
    figures: z.array(GoldFigureSchema).default([]),
  })
  .strict()
  .describe("A careful reader's annotation of one article.");

export const GoldConflictSchema = z
  .object({
    event: z.string().min(1).describe("The gold event key."),
    field: ConflictFieldSchema,
    variants: z
      .array(z.object({ value: z.string().min(1), articles: z.array(ArticleIdSchema).min(1) }).strict())
      .min(2),
  })
  .strict();

export const GoldCorpusSchema = z
  .object({
    conflicts: z.array(GoldConflictSchema),
  })
  .strict()
  .describe("Expectations across articles: where reports of one event disagree.");

export type GoldActor = z.infer<typeof GoldActorSchema>;
export type GoldPlace = z.infer<typeof GoldPlaceSchema>;
export type GoldEvent = z.infer<typeof GoldEventSchema>;
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldArticle = z.infer<typeof GoldArticleSchema>;
export type GoldCorpus = z.infer<typeof GoldCorpusSchema>;
