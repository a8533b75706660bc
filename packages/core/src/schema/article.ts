// An article: its verbatim text and the metadata found in it, each missing field with its reason.
import { z } from "zod";
import { IsoDaySchema, PartialDateSchema } from "./dates";
import { ArticleIdSchema, EvidenceSchema } from "./evidence";

export const ArticleFormatSchema = z.enum(["txt", "md", "html", "json"]);

export const MetaFieldSchema = z.enum([
  "title",
  "outlet",
  "author",
  "url",
  "published",
  "updated",
  "dateline",
  "language",
]);

export const ArticleSchema = z
  .object({
    id: ArticleIdSchema,
    source: z.string().describe("Where the article came from: a path relative to the ingest root, or 'stdin'."),
    format: ArticleFormatSchema,
    text: z.string().describe("The verbatim text that every evidence offset points into. Never altered."),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    url: z.string().nullable(),
    published: PartialDateSchema.nullable(),
    updated: PartialDateSchema.nullable(),
    dateline: z.string().nullable().describe("The place the story was filed from: 'WASHINGTON, DC', 'BAKU'."),
    language: z.string().nullable().describe("ISO 639-1 code when it can be told from the text."),
    metaEvidence: z
      .partialRecord(MetaFieldSchema, EvidenceSchema)
      .describe("For each field read from the text, the words it was read from."),
    missing: z
      .partialRecord(MetaFieldSchema, z.string())
      .describe("For each field left null, why: 'no date line in the text', 'header has no byline'."),
    inferredPublished: z
      .object({
        earliest: IsoDaySchema,
        latest: IsoDaySchema,
        reason: z.string(),
      })
      .nullable()
      .describe("When published is unknown: a range inferred from the text, clearly an inference, never a fact."),
    warnings: z.array(z.string()).describe("What was odd about the input: a BOM removed, another language, …"),
  })
  .describe("One news article, verbatim, with the metadata found in its text.");

export type ArticleFormat = z.infer<typeof ArticleFormatSchema>;
export type MetaField = z.infer<typeof MetaFieldSchema>;
export type Article = z.infer<typeof ArticleSchema>;
