// Many ArticleExtractions in, one KnowledgeBase out: link actors, places and events, curate, find conflicts.
import type { ArticleExtraction, KnowledgeBase } from "@dateline/core/schema";
import { applyCuration, type LoadedCuration } from "./curation/apply-curation";
import { linkActors } from "./link-actors";
import { linkEvents } from "./link-events";
import { linkPlaces } from "./link-places";
import { localKey } from "./local-key";
import { cmp } from "./sorting";
import type { KbState } from "./state";
import { storyIndex } from "./story-affinity";
import { writeKnowledgeBase } from "./write-knowledge-base";

export function buildKnowledgeBase(
  extractions: readonly ArticleExtraction[],
  curation: readonly LoadedCuration[] = [],
): KnowledgeBase {
  // Input order must not matter: one extraction per article, in article order.
  const byArticle = new Map<string, ArticleExtraction>();
  for (const x of [...extractions].sort((a, b) => cmp(a.articleId, b.articleId))) {
    if (!byArticle.has(x.articleId)) byArticle.set(x.articleId, x);
  }
  const sorted = [...byArticle.values()];
  const actors = linkActors(sorted);
  const places = linkPlaces(sorted);
  const actorOf = (articleId: string, id: string) => actors.idOf.get(localKey(articleId, id));
  const placeKinds = new Map(places.items.map((p) => [p.id, p.kind]));
  const affiliations = new Map(actors.items.map((a) => [a.id, a.affiliations]));
  const countries = new Set(actors.items.filter((a) => a.kind === "country").map((a) => a.id));
  const ids = { actor: actorOf, place: (articleId: string, id: string) => places.idOf.get(localKey(articleId, id)) };
  const stories = storyIndex(sorted, ids);
  const { events, suggestions: eventSuggestions } = linkEvents(sorted, ids, {
    placeKind: (id) => placeKinds.get(id),
    affiliations: (id) => affiliations.get(id) ?? [],
    isCountry: (id) => countries.has(id),
    related: (a, b) => stories.related(a, b),
  });
  const state: KbState = {
    articles: new Map(sorted.map((x) => [x.articleId, { ...x.article }])),
    actors: new Map(actors.items.map((a) => [a.id, a])),
    places: new Map(places.items.map((p) => [p.id, p])),
    events: new Map(events.map((e) => [e.id, e])),
    quotes: sorted.flatMap((x) =>
      x.quotes.map((q) => ({
        quote: { ...q, speakerId: q.speakerId === null ? null : (actorOf(x.articleId, q.speakerId) ?? null) },
        extractedEventId: q.eventId,
      })),
    ),
    figures: sorted.flatMap((x) => x.figures.map((f) => ({ figure: { ...f }, extractedEventId: f.eventId }))),
    suggestions: [...actors.suggestions, ...eventSuggestions],
  };
  const statuses = applyCuration(state, curation);
  return writeKnowledgeBase(state, statuses);
}
