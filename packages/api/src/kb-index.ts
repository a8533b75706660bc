// Article spans without loading the KB: the Store reads one article's reports, quotes and figures by index;
// actor and place mentions (which the Store does not index by article) come from a small per-generation cache.
import type { Article, Evidence } from "@dateline/core/schema";
import type { Store } from "@dateline/store";
import { type Span, spansByArticle } from "./spans";

/** One article's actor and place mentions (and role evidence), grouped by the item they back. */
interface ArticleMentions {
  actors: Array<{ id: string; mentions: Evidence[]; roles: Array<{ evidence: Evidence[] }> }>;
  places: Array<{ id: string; mentions: Evidence[] }>;
}

type MentionIndex = Map<string, ArticleMentions>;

const entryOf = (index: MentionIndex, articleId: string): ArticleMentions => {
  let entry = index.get(articleId);
  if (!entry) {
    entry = { actors: [], places: [] };
    index.set(articleId, entry);
  }
  return entry;
};

/** Every actor's and place's evidence, by article: one pass over the actor and place listings. */
async function buildMentions(store: Store): Promise<MentionIndex> {
  const index: MentionIndex = new Map();
  let cursor: string | undefined;
  do {
    const page = await store.listActors({ limit: 500, cursor });
    for (const actor of page.items) {
      const byArticle = new Map<string, { id: string; mentions: Evidence[]; roles: Array<{ evidence: Evidence[] }> }>();
      const of = (articleId: string) => {
        let own = byArticle.get(articleId);
        if (!own) {
          own = { id: actor.id, mentions: [], roles: [{ evidence: [] }] };
          byArticle.set(articleId, own);
          entryOf(index, articleId).actors.push(own);
        }
        return own;
      };
      for (const ev of actor.mentions) of(ev.articleId).mentions.push(ev);
      for (const role of actor.roles) for (const ev of role.evidence) of(ev.articleId).roles[0]!.evidence.push(ev);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  do {
    const page = await store.listPlaces({ limit: 500, cursor });
    for (const place of page.items) {
      const byArticle = new Map<string, { id: string; mentions: Evidence[] }>();
      for (const ev of place.mentions) {
        let own = byArticle.get(ev.articleId);
        if (!own) {
          own = { id: place.id, mentions: [] };
          byArticle.set(ev.articleId, own);
          entryOf(index, ev.articleId).places.push(own);
        }
        own.mentions.push(ev);
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return index;
}

/**
 * Actor and place mentions by article, built once per KB generation (the Store's replace counter, one
 * indexed read per request) and shared by concurrent callers. It holds the actors' and places' evidence
 * only: a few MB where the whole KB (texts, events, reports) would be hundreds.
 */
export class KbIndexCache {
  private current: { generation: number; index: Promise<MentionIndex> } | null = null;

  constructor(private readonly store: Store) {}

  /** Drops the cache (this process wrote the KB); the generation check would notice too, one read later. */
  invalidate(): void {
    this.current = null;
  }

  private async mentions(): Promise<MentionIndex> {
    const generation = await this.store.generation();
    if (this.current?.generation !== generation) {
      const index = buildMentions(this.store);
      const current = { generation, index };
      this.current = current;
      index.catch(() => {
        if (this.current === current) this.current = null;
      });
    }
    return this.current.index;
  }

  /**
   * Every span of this article's text: its metadata, the reports, quotes and figures the Store reads for this
   * article alone, and the cached actor and place mentions; evidence is anchored in the text it is given.
   */
  async spansOf(article: Article): Promise<Span[]> {
    const [items, mentions] = await Promise.all([this.store.getArticleItems(article.id), this.mentions()]);
    const own = mentions.get(article.id);
    const events = new Map<string, { id: string; reports: (typeof items.reports)[number]["report"][] }>();
    for (const { eventId, report } of items.reports) {
      const event = events.get(eventId) ?? { id: eventId, reports: [] };
      event.reports.push(report);
      events.set(eventId, event);
    }
    const spans = spansByArticle({
      articles: [article],
      actors: own?.actors ?? [],
      places: own?.places ?? [],
      events: [...events.values()],
      quotes: items.quotes,
      figures: items.figures,
    });
    return spans.get(article.id) ?? [];
  }
}
