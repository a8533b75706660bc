// Curation: reviewed corrections, kept as data (data/curation/*.yaml) and applied after every extraction.
import { z } from "zod";
import { MetaFieldSchema } from "./article";
import { PartialDateValueSchema } from "./dates";
import { ActorKindSchema, PlaceKindSchema } from "./entities";
import { EventStatusSchema, EventTypeSchema } from "./event-types";
import { ArticleIdSchema } from "./evidence";

/**
 * How an op names its target: by stable id, or by evidence (an article and words in it), which survives
 * re-extraction even when ids change.
 */
export const TargetRefSchema = z.union([
  z.object({ id: z.string().min(1) }).strict(),
  z.object({ article: ArticleIdSchema, exact: z.string().min(1) }).strict(),
]);

const base = {
  id: z.string().min(1).optional().describe("A name for the op; defaults to '<file>#<index>'."),
  reason: z.string().min(1, "every correction says why"),
};

export const CurationOpSchema = z.discriminatedUnion("op", [
  z
    .object({ op: z.literal("merge-actors"), into: TargetRefSchema, from: z.array(TargetRefSchema).min(1), ...base })
    .strict(),
  z
    .object({
      op: z.literal("split-actor"),
      actor: TargetRefSchema,
      aliases: z.array(z.string().min(1)).min(1).describe("The aliases that belong to the new actor."),
      name: z.string().min(1),
      kind: ActorKindSchema.optional(),
      ...base,
    })
    .strict(),
  z.object({ op: z.literal("add-alias"), actor: TargetRefSchema, alias: z.string().min(1), ...base }).strict(),
  z.object({ op: z.literal("set-actor-name"), actor: TargetRefSchema, name: z.string().min(1), ...base }).strict(),
  z.object({ op: z.literal("set-actor-kind"), actor: TargetRefSchema, kind: ActorKindSchema, ...base }).strict(),
  z.object({ op: z.literal("set-place-kind"), place: TargetRefSchema, kind: PlaceKindSchema, ...base }).strict(),
  z
    .object({ op: z.literal("merge-events"), into: TargetRefSchema, from: z.array(TargetRefSchema).min(1), ...base })
    .strict(),
  z
    .object({
      op: z.literal("split-event"),
      event: TargetRefSchema,
      articles: z.array(ArticleIdSchema).min(1).describe("The reports of these articles become their own event."),
      ...base,
    })
    .strict(),
  z.object({ op: z.literal("set-event-date"), event: TargetRefSchema, date: PartialDateValueSchema, ...base }).strict(),
  z.object({ op: z.literal("set-event-type"), event: TargetRefSchema, type: EventTypeSchema, ...base }).strict(),
  z.object({ op: z.literal("set-event-status"), event: TargetRefSchema, status: EventStatusSchema, ...base }).strict(),
  z
    .object({
      op: z.literal("reject"),
      target: z.enum(["actor", "place", "event", "quote", "figure"]),
      ref: TargetRefSchema,
      ...base,
    })
    .strict(),
  z
    .object({
      op: z.literal("set-article-meta"),
      article: ArticleIdSchema,
      field: MetaFieldSchema,
      value: z.string().nullable(),
      ...base,
    })
    .strict(),
]);

export const CurationFileSchema = z
  .object({ ops: z.array(CurationOpSchema) })
  .strict()
  .describe("One curation file: a list of reviewed corrections.");

export const CurationStatusSchema = z.object({
  opId: z.string(),
  op: z.string(),
  file: z.string().nullable(),
  status: z
    .enum(["applied", "unmatched", "not-applicable"])
    .describe(
      "applied; unmatched (its target is gone: a re-extraction changed it); not-applicable (it names an article this knowledge base does not hold, as when one curation folder serves several corpora).",
    ),
  message: z.string().describe("What the op changed, or why it matched nothing."),
});

export type TargetRef = z.infer<typeof TargetRefSchema>;
export type CurationOp = z.infer<typeof CurationOpSchema>;
export type CurationFile = z.infer<typeof CurationFileSchema>;
export type CurationStatus = z.infer<typeof CurationStatusSchema>;
