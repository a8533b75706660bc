// Article spans without loading the KB: the Store reads one article's reports, quotes, figures and actor and
// place mentions by index (its article_mentions table), so the first call after a KB change costs what any does.
import type { Article, Evidence } from "@dateline/core/schema";
import type { Store } from "@dateline/store";
import { type Span, spansByArticle } from "./spans";

/**
 * Every span of this article's text: its metadata, and the reports, quotes, figures and actor and place
 * evidence the Store reads for this article alone; evidence is anchored in the text it is given.
 */
export async function articleSpans(store: Store, article: Article): Promise<Span[]> {
  const items = await store.getArticleItems(article.id);
  const events = new Map<string, { id: string; reports: (typeof items.reports)[number]["report"][] }>();
  for (const { eventId, report } of items.reports) {
    const event = events.get(eventId) ?? { id: eventId, reports: [] };
    event.reports.push(report);
    events.set(eventId, event);
  }
  // The walk takes actors and places as the KB holds them; this article's evidence of each is all it needs.
  const actors = new Map<string, { id: string; mentions: Evidence[]; roles: [{ evidence: Evidence[] }] }>();
  const places = new Map<string, { id: string; mentions: Evidence[] }>();
  for (const { kind, targetId, evidence } of items.mentions) {
    if (kind === "place") {
      const place = places.get(targetId) ?? { id: targetId, mentions: [] };
      place.mentions.push(evidence);
      places.set(targetId, place);
      continue;
    }
    const actor = actors.get(targetId) ?? { id: targetId, mentions: [], roles: [{ evidence: [] }] };
    (kind === "actor" ? actor.mentions : actor.roles[0].evidence).push(evidence);
    actors.set(targetId, actor);
  }
  const spans = spansByArticle({
    articles: [article],
    actors: [...actors.values()],
    places: [...places.values()],
    events: [...events.values()],
    quotes: items.quotes,
    figures: items.figures,
  });
  return spans.get(article.id) ?? [];
}
