// Dates at their real precision, and how each one was worked out from the text.
import { z } from "zod";
import { EvidenceSchema } from "./evidence";

/** An ISO calendar day, YYYY-MM-DD. */
export const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO day YYYY-MM-DD");

export const DatePrecisionSchema = z
  .enum(["day", "month", "year", "decade"])
  .describe("How fine the date is. A date whose year is unknown keeps its precision; its value starts with '--'.");

/**
 * A date as precise as the text makes it, and no more:
 * `2023-11-27` (day), `2023-11` (month), `2023` (year), `1990s` (decade),
 * `--09-15` (day, year unknown), `--09` (month, year unknown).
 */
export const PartialDateValueSchema = z
  .string()
  .regex(
    /^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{3}0s|--\d{2}-\d{2}|--\d{2})$/,
    "expected YYYY-MM-DD, YYYY-MM, YYYY, YYY0s, --MM-DD or --MM",
  );

export const PartialDateSchema = z
  .object({
    value: PartialDateValueSchema,
    precision: DatePrecisionSchema,
    earliest: IsoDaySchema.nullable().describe("First day the date may be; null when the year is unknown."),
    latest: IsoDaySchema.nullable().describe("Last day the date may be; null when the year is unknown."),
  })
  .describe("A date at its real precision, with the interval of days it covers.");

export const DateAnchorKindSchema = z
  .enum(["stated", "publication", "previous-event", "context", "none"])
  .describe(
    "What a date was resolved against: stated outright; the article's publication date; an event told before it; another date in the article; nothing (left at the precision the text gives).",
  );

export const WeekdaySchema = z.enum(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]);

export const ResolvedDateSchema = PartialDateSchema.extend({
  text: z.string().describe("The words that give the date, e.g. 'on Monday', 'Two days later'."),
  anchor: z.object({
    kind: DateAnchorKindSchema,
    value: PartialDateValueSchema.nullable().describe("The anchor date itself, when there is one."),
  }),
  explanation: z.string().describe("One line: \"'on Monday' before published Tue 2023-11-28 → 2023-11-27\"."),
  inferred: z
    .boolean()
    .describe("True when the date rests on an inference (an anchor that is itself inferred, or a guessed year)."),
  weekday: WeekdaySchema.nullable().describe("The weekday the text names ('on Monday'), kept alongside the date."),
  evidence: EvidenceSchema.nullable(),
}).describe("A date worked out from the words of an article, with its derivation.");

export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type PartialDate = z.infer<typeof PartialDateSchema>;
export type ResolvedDate = z.infer<typeof ResolvedDateSchema>;
export type Weekday = z.infer<typeof WeekdaySchema>;
export type DateAnchorKind = z.infer<typeof DateAnchorKindSchema>;
