// Evidence: where in an article's verbatim text a fact is stated (W3C TextQuoteSelector + offsets).
import { z } from "zod";

export const ArticleIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "an article id is a lower-case slug: letters, digits, '.', '_' or '-'")
  .describe("Stable article id: the file name without extension, slugged, or stdin-<sha256 prefix>.");

export const EvidenceSchema = z
  .object({
    articleId: ArticleIdSchema,
    start: z
      .number()
      .int()
      .nonnegative()
      .describe("UTF-16 offset of the first character, as JavaScript indexes strings."),
    end: z.number().int().nonnegative().describe("UTF-16 offset just past the last character."),
    exact: z.string().min(1).describe("The quoted words, exactly as in the article."),
    prefix: z.string().describe("Up to 32 characters before the span, to find it again if offsets drift."),
    suffix: z.string().describe("Up to 32 characters after the span."),
  })
  .refine((e) => e.end > e.start && e.end - e.start === e.exact.length, {
    message: "end - start must equal the length of exact",
  })
  .describe("The exact words of one article that state a fact.");

export type ArticleId = z.infer<typeof ArticleIdSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
