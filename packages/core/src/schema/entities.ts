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

/** How many mentions, and articles per name or role, an item of an actor or place listing embeds. */
export const LIST_MENTIONS = 3;
export const LIST_ARTICLES = 5;

const listedArticles = z
  .array(ArticleIdSchema)
  .max(LIST_ARTICLES)
  .describe(`The first ${LIST_ARTICLES} articles at most (see articleCount).`);
const count = (what: string) => z.number().int().min(0).describe(what);

const ListedAliasSchema = AliasSchema.extend({
  articles: listedArticles,
  articleCount: count("How many articles use this name."),
});

const ListedRoleSchema = RoleSchema.extend({
  articles: listedArticles,
  articleCount: count("How many articles give this role."),
  evidence: z.array(EvidenceSchema).min(1).max(1).describe("The first words that state the role."),
});

const listedMentions = z
  .array(EvidenceSchema)
  .min(1)
  .max(LIST_MENTIONS)
  .describe(
    `The first ${LIST_MENTIONS} mentions at most (see mentionCount); every mention comes with the item itself.`,
  );

/**
 * An actor as a listing gives it: every name, role and affiliation, but at most LIST_MENTIONS mentions and
 * LIST_ARTICLES articles per name or role, with the counts of all of them. A country named in 20,000 articles is
 * megabytes of mentions; a page of a listing should cost the same whatever its actors' fame. The whole actor
 * comes with `actors.byId` / `getActor`.
 */
export const ActorListItemSchema = ActorSchema.extend({
  aliases: z.array(ListedAliasSchema),
  roles: z.array(ListedRoleSchema),
  mentions: listedMentions,
  mentionCount: count("How many times the articles mention the actor."),
  articleCount: count("How many articles mention the actor."),
}).describe("An actor in a listing: its names, roles and affiliations, its first mentions and the counts.");

/** A place as a listing gives it, bounded as ActorListItemSchema is; the whole place comes with `places.byId`. */
export const PlaceListItemSchema = PlaceSchema.extend({
  aliases: z.array(ListedAliasSchema),
  mentions: listedMentions,
  mentionCount: count("How many times the articles mention the place."),
  articleCount: count("How many articles mention the place."),
}).describe("A place in a listing: its names, its first mentions and the counts.");

export type ActorListItem = z.infer<typeof ActorListItemSchema>;
export type PlaceListItem = z.infer<typeof PlaceListItemSchema>;

const listedAlias = (a: Alias) => ({
  ...a,
  articles: a.articles.slice(0, LIST_ARTICLES),
  articleCount: a.articles.length,
});
const articlesOf = (mentions: readonly { articleId: string }[]) => new Set(mentions.map((m) => m.articleId)).size;

/** The listing item of a whole actor (see ActorListItemSchema). */
export function actorListItem(actor: Actor): ActorListItem {
  return {
    ...actor,
    aliases: actor.aliases.map(listedAlias),
    roles: actor.roles.map((r) => ({
      ...r,
      articles: r.articles.slice(0, LIST_ARTICLES),
      articleCount: r.articles.length,
      evidence: r.evidence.slice(0, 1),
    })),
    mentions: actor.mentions.slice(0, LIST_MENTIONS),
    mentionCount: actor.mentions.length,
    articleCount: articlesOf(actor.mentions),
  };
}

/** The listing item of a whole place (see PlaceListItemSchema). */
export function placeListItem(place: Place): PlaceListItem {
  return {
    ...place,
    aliases: place.aliases.map(listedAlias),
    mentions: place.mentions.slice(0, LIST_MENTIONS),
    mentionCount: place.mentions.length,
    articleCount: articlesOf(place.mentions),
  };
}
