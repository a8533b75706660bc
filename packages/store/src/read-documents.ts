// Whole-document reads: the KB as written, counts, articles, conflicts, curation, the extraction cache.
import type {
  Article,
  ArticleExtraction,
  Conflict,
  CurationStatus,
  Event,
  Evidence,
  Figure,
  KnowledgeBase,
  Quote,
  Suggestion,
} from "@dateline/core/schema";
import type { Kysely } from "kysely";
import { decodeCursor } from "./cursor";
import type { Database } from "./database";
import {
  type ArticleFilter,
  ArticleFilterSchema,
  type ArticleItems,
  type ArticleMention,
  type ArticleSummary,
  type ConflictFilter,
  ConflictFilterSchema,
  type Page,
  type StoreStats,
} from "./index";
import { parseDoc, parseInput, toPage } from "./paging";

type ItemTable =
  | "articles"
  | "actors"
  | "places"
  | "events"
  | "quotes"
  | "figures"
  | "conflicts"
  | "suggestions"
  | "curation";

async function docs<T>(db: Kysely<Database>, table: ItemTable): Promise<T[]> {
  const rows = await db.selectFrom(table).select("doc").orderBy("position").execute();
  return rows.map(parseDoc<T>);
}

/** An article row back as the Article it was: its text goes back into the blanked field, in place. */
function articleOf(row: { doc: string; text: string }): Article {
  const article = parseDoc<Article>(row);
  article.text = row.text;
  return article;
}

export async function loadKnowledgeBase(db: Kysely<Database>): Promise<KnowledgeBase | null> {
  const meta = await db.selectFrom("kb_meta").select("doc").where("id", "=", 1).executeTakeFirst();
  if (!meta) return null;
  const kb = parseDoc<KnowledgeBase>(meta);
  const articles = await db.selectFrom("articles").select(["doc", "text"]).orderBy("position").execute();
  kb.articles = articles.map(articleOf);
  kb.actors = await docs(db, "actors");
  kb.places = await docs(db, "places");
  kb.events = await docs(db, "events");
  kb.quotes = await docs(db, "quotes");
  kb.figures = await docs(db, "figures");
  kb.conflicts = await docs(db, "conflicts");
  kb.suggestions = await docs<Suggestion>(db, "suggestions");
  kb.curation = await docs<CurationStatus>(db, "curation");
  return kb;
}

async function count(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function stats(db: Kysely<Database>): Promise<StoreStats> {
  return {
    articles: await count(db, "articles"),
    actors: await count(db, "actors"),
    places: await count(db, "places"),
    events: await count(db, "events"),
    reports: await count(db, "event_sources"),
    quotes: await count(db, "quotes"),
    figures: await count(db, "figures"),
    conflicts: await count(db, "conflicts"),
  };
}

export async function listArticles(
  db: Kysely<Database>,
  input: ArticleFilter | undefined,
): Promise<Page<ArticleSummary>> {
  const f = parseInput(ArticleFilterSchema, input, "article filter");
  let q = db.selectFrom("articles").select(["id", "doc"]);
  if (f.cursor !== undefined) {
    const [id] = decodeCursor("articles", f.cursor, 1) as [string];
    q = q.where("id", ">", id);
  }
  const rows = await q
    .orderBy("id")
    .limit(f.limit + 1)
    .execute();
  return toPage(
    rows,
    f.limit,
    "articles",
    (r) => [r.id],
    (r) => {
      const { text: _text, ...rest } = parseDoc<Article>(r);
      return rest;
    },
  );
}

export async function getArticle(db: Kysely<Database>, id: string): Promise<Article | null> {
  const row = await db.selectFrom("articles").select(["doc", "text"]).where("id", "=", id).executeTakeFirst();
  return row ? articleOf(row) : null;
}

/**
 * One article's reports (from the events it tells of, found through event_sources), quotes, figures and actor
 * and place mentions (through their article indexes). Run inside a snapshot.
 */
export async function getArticleItems(db: Kysely<Database>, articleId: string): Promise<ArticleItems> {
  const events = await db
    .selectFrom("events")
    .select(["id", "doc"])
    .where("id", "in", (eb) => eb.selectFrom("event_sources").select("event_id").where("article_id", "=", articleId))
    .orderBy("sort_key")
    .orderBy("id")
    .execute();
  const reports = events.flatMap((row) =>
    parseDoc<Event>(row)
      .reports.filter((r) => r.articleId === articleId)
      .map((report) => ({ eventId: row.id, report })),
  );
  const quotes = await db
    .selectFrom("quotes")
    .select("doc")
    .where("article_id", "=", articleId)
    .orderBy("position")
    .execute();
  const figures = await db
    .selectFrom("figures")
    .select("doc")
    .where("article_id", "=", articleId)
    .orderBy("position")
    .execute();
  const mentions = await db
    .selectFrom("article_mentions")
    .select(["kind", "target_id", "doc"])
    .where("article_id", "=", articleId)
    .orderBy("position")
    .execute();
  return {
    reports,
    quotes: quotes.map(parseDoc<Quote>),
    figures: figures.map(parseDoc<Figure>),
    mentions: mentions.map((m) => ({
      kind: m.kind as ArticleMention["kind"],
      targetId: m.target_id,
      evidence: parseDoc<Evidence>(m),
    })),
  };
}

export async function listConflicts(db: Kysely<Database>, input: ConflictFilter | undefined): Promise<Page<Conflict>> {
  const f = parseInput(ConflictFilterSchema, input, "conflict filter");
  let q = db.selectFrom("conflicts").select(["id", "doc"]);
  if (f.eventId !== undefined) q = q.where("event_id", "=", f.eventId);
  if (f.field !== undefined) q = q.where("field", "=", f.field);
  if (f.cursor !== undefined) {
    const [id] = decodeCursor("conflicts", f.cursor, 1) as [string];
    q = q.where("id", ">", id);
  }
  const rows = await q
    .orderBy("id")
    .limit(f.limit + 1)
    .execute();
  return toPage(rows, f.limit, "conflicts", (r) => [r.id], parseDoc<Conflict>);
}

export const listCuration = (db: Kysely<Database>) => docs<CurationStatus>(db, "curation");
export const listSuggestions = (db: Kysely<Database>) => docs<Suggestion>(db, "suggestions");

export async function getExtraction(
  db: Kysely<Database>,
  articleId: string,
  sha256: string,
  extractorVersion: string,
): Promise<ArticleExtraction | null> {
  const row = await db
    .selectFrom("extractions")
    .select("json")
    .where("article_id", "=", articleId)
    .where("sha256", "=", sha256)
    .where("extractor_version", "=", extractorVersion)
    .executeTakeFirst();
  return row ? (JSON.parse(row.json) as ArticleExtraction) : null;
}

export async function listArticleHashes(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db.selectFrom("extractions").select(["article_id", "sha256"]).orderBy("article_id").execute();
  return new Map(rows.map((r) => [r.article_id, r.sha256]));
}
