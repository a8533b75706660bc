// Actors (people, organisations, countries, groups) and places, each with its aliases and mentions.
import { z } from "zod";
import { ArticleIdSchema, EvidenceSchema } from "./evidence";

export const SlugIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "an id is a lower-case slug of letters, digits and '-'");

export const ActorKindSchema = z.enum(["person", "organization", "country", "group"]);

export const AliasSchema = z.object({
  name: z.string().min(1).describe("A name as an article writes it: 'Pashinian', 'the top US diplomat'."),
  articles: z.array(ArticleIdSchema).describe("The articles that use this name."),
});

export const RoleSchema = z.object({
  title: z.string().min(1).describe("The role as stated: 'US Secretary of State'."),
  articles: z.array(ArticleIdSchema),
  evidence: z.array(EvidenceSchema).min(1),
});

export const ActorSchema = z
  .object({
    id: SlugIdSchema,
    name: z.string().min(1).describe("Canonical name."),
    kind: ActorKindSchema,
    aliases: z.array(AliasSchema),
    roles: z.array(RoleSchema),
    affiliations: z.array(SlugIdSchema).describe("Ids of actors this one belongs to: a minister's country."),
    mentions: z.array(EvidenceSchema).min(1, "nothing enters the knowledge base without evidence"),
  })
  .describe("One real person, organisation, country or group, under one canonical name.");

export const PlaceKindSchema = z.enum(["country", "region", "city", "other"]);

export const PlaceSchema = z
  .object({
    id: SlugIdSchema,
    name: z.string().min(1),
    kind: PlaceKindSchema,
    aliases: z.array(AliasSchema),
    mentions: z.array(EvidenceSchema).min(1, "nothing enters the knowledge base without evidence"),
  })
  .describe("A place that events happen in.");

export type ActorKind = z.infer<typeof ActorKindSchema>;
export type Alias = z.infer<typeof AliasSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
export type Place = z.infer<typeof PlaceSchema>;
