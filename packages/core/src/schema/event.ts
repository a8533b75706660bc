// Events: what the articles say happened, and the report of it that each article gives.
import { z } from "zod";
import { ResolvedDateSchema, WeekdaySchema } from "./dates";
import { SlugIdSchema } from "./entities";
import { EventStatusSchema, EventTypeSchema } from "./event-types";
import { ArticleIdSchema, EvidenceSchema } from "./evidence";

export const ParticipantRoleSchema = z
  .enum(["agent", "counterpart", "host", "target", "speaker", "subject", "other"])
  .describe("agent: who acts; counterpart: the other side of a call or talks; host; target of an action; …");

export const ParticipantSchema = z.object({
  actorId: SlugIdSchema,
  role: ParticipantRoleSchema,
});

export const FramingSchema = z
  .object({
    term: z.string().min(1).describe("The words an article uses for the event: 'anti-terrorist measures'."),
    by: SlugIdSchema.nullable().describe(
      "Whose words they are, where the article says so; null for the article's own.",
    ),
    evidence: EvidenceSchema,
  })
  .describe("How one article names or characterises an event.");

/** One article's telling of an event, as extracted from that article alone. */
export const ExtractedEventSchema = z.object({
  id: z.string().min(1).describe("Article-local id, '<articleId>#e<n>'; stable for the same text."),
  type: EventTypeSchema,
  title: z.string().min(1).describe("A short title: 'Blinken–Aliyev call'."),
  status: EventStatusSchema,
  background: z.boolean().describe("True for context the article recalls (1991, the 2020 war), not the news."),
  date: ResolvedDateSchema.nullable(),
  when: z
    .object({ text: z.string().min(1), weekday: WeekdaySchema.nullable(), evidence: EvidenceSchema })
    .nullable()
    .describe("The words that place it in time ('late on Monday'), kept even when they resolve to no date."),
  placeId: SlugIdSchema.nullable(),
  participants: z.array(ParticipantSchema),
  wording: z.string().describe("The clause that tells of the event, verbatim."),
  framing: z.array(FramingSchema),
  evidence: z.array(EvidenceSchema).min(1, "nothing enters the knowledge base without evidence"),
});

export const ReportSchema = z
  .object({
    articleId: ArticleIdSchema,
    extractedId: z.string().describe("The id of the ExtractedEvent this report came from."),
    date: ResolvedDateSchema.nullable().describe("The date this article gives, at its own precision."),
    when: z
      .object({ text: z.string().min(1), weekday: WeekdaySchema.nullable(), evidence: EvidenceSchema })
      .nullable()
      .describe("The words that place it in time ('late on Monday'), kept even when they resolve to no date."),
    status: EventStatusSchema,
    participants: z.array(ParticipantSchema),
    placeId: SlugIdSchema.nullable(),
    wording: z.string(),
    framing: z.array(FramingSchema),
    evidence: z.array(EvidenceSchema).min(1),
  })
  .describe("What one article says of an event.");

export const EventSchema = z
  .object({
    id: SlugIdSchema.describe("Derived from what the event is: date, type, participants."),
    type: EventTypeSchema,
    title: z.string().min(1),
    status: EventStatusSchema,
    background: z.boolean(),
    date: ResolvedDateSchema.nullable().describe("The best-supported date, at the precision the reports give."),
    placeId: SlugIdSchema.nullable(),
    participants: z.array(ParticipantSchema),
    reports: z.array(ReportSchema).min(1, "an event is told by at least one article"),
  })
  .describe("One real happening: what the articles say together.");

export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type Framing = z.infer<typeof FramingSchema>;
export type ExtractedEvent = z.infer<typeof ExtractedEventSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type Event = z.infer<typeof EventSchema>;

/** How many reports an item of an event listing embeds; the rest are read with the event itself. */
export const LIST_REPORTS = 3;

/**
 * An event as a listing gives it: the event's own fields, at most LIST_REPORTS of its reports, and the counts
 * a listing shows, so that a page costs the same whether its events are told by one article or by hundreds.
 * The reports are the event's first ones in its own order (by article id, then where the report starts in the
 * article); a listing filtered by a source puts that article's reports first. Every report is in the event
 * itself (`events.byId` / `getEvent`).
 */
export const EventListItemSchema = EventSchema.extend({
  reports: z
    .array(ReportSchema)
    .min(1)
    .max(LIST_REPORTS)
    .describe(`The first ${LIST_REPORTS} reports at most (see reportsOmitted); every report comes with the event.`),
  reportCount: z.number().int().min(1).describe("How many reports the event has (one per telling in an article)."),
  sourceCount: z.number().int().min(1).describe("How many distinct articles report the event."),
  reportsOmitted: z.number().int().min(0).describe("Reports left out of this item: reportCount − reports.length."),
  when: ReportSchema.shape.when.describe(
    "The words for the time of the first report (in the event's order) that has them, whether or not it is embedded.",
  ),
}).describe("An event in a listing: its fields, its first reports and the counts of all of them.");

export type EventListItem = z.infer<typeof EventListItemSchema>;

/** The listing item of a whole event: its first LIST_REPORTS reports and the counts of all of them. */
export function eventListItem(event: Event): EventListItem {
  const reports = event.reports.slice(0, LIST_REPORTS);
  return {
    ...event,
    reports,
    reportCount: event.reports.length,
    sourceCount: new Set(event.reports.map((r) => r.articleId)).size,
    reportsOmitted: event.reports.length - reports.length,
    when: event.reports.find((r) => r.when)?.when ?? null,
  };
}
