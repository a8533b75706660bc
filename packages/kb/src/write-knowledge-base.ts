// Writes the working state out as a KnowledgeBase: events aggregated, conflicts found, everything sorted.
import { compareEvidence } from "@dateline/core/evidence";
import { type CurationStatus, type Figure, type KnowledgeBase, SCHEMA_VERSION } from "@dateline/core/schema";
import { sourceLabel } from "./conflict-summary";
import { findConflicts } from "./conflicts";
import { aggregateEvent } from "./event-aggregate";
import { publicationOf } from "./link-events";
import { localKey } from "./local-key";
import { cmp, pushTo } from "./sorting";
import type { KbState } from "./state";

const byEvidence = <T extends { id: string; evidence: Parameters<typeof compareEvidence>[0] }>(a: T, b: T) =>
  compareEvidence(a.evidence, b.evidence) || cmp(a.id, b.id);

export function writeKnowledgeBase(state: KbState, curation: CurationStatus[]): KnowledgeBase {
  const events = [...state.events.values()].map(aggregateEvent).sort((a, b) => cmp(a.id, b.id));
  const eventOf = new Map<string, string>();
  for (const e of events) for (const r of e.reports) eventOf.set(localKey(r.articleId, r.extractedId), e.id);
  const kbEvent = (articleId: string, extracted: string | null) =>
    extracted === null ? null : (eventOf.get(localKey(articleId, extracted)) ?? null);
  const quotes = state.quotes
    .map((q) => ({ ...q.quote, eventId: kbEvent(q.quote.articleId, q.extractedEventId) }))
    .sort(byEvidence);
  const figures = state.figures
    .map((f) => ({ ...f.figure, eventId: kbEvent(f.figure.articleId, f.extractedEventId) }))
    .sort(byEvidence);
  const figuresOf = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.eventId !== null) pushTo(figuresOf, f.eventId, f);
  }
  const actors = {
    name: (id: string) => state.actors.get(id)?.name ?? id,
    affiliations: (id: string) => state.actors.get(id)?.affiliations ?? [],
    source: (id: string) => sourceLabel(state.articles.get(id)),
    published: (id: string) => {
      const article = state.articles.get(id);
      return article ? publicationOf(article) : null;
    },
  };
  const conflicts = events
    .flatMap((e) => findConflicts(e, figuresOf.get(e.id) ?? [], actors))
    .sort((a, b) => cmp(a.id, b.id));
  // A suggestion curation has settled (both ids merged into one, or one rejected) is no longer a question.
  const suggestions = state.suggestions
    .filter((s) => {
      const live = s.kind === "merge-actors" ? state.actors : state.events;
      return new Set(s.ids).size === s.ids.length && s.ids.every((id) => live.has(id));
    })
    .sort((a, b) => cmp(a.kind, b.kind) || cmp(a.ids.join(","), b.ids.join(",")) || cmp(a.reason, b.reason));
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [...state.articles.values()].sort((a, b) => cmp(a.id, b.id)),
    actors: [...state.actors.values()].sort((a, b) => cmp(a.id, b.id)),
    places: [...state.places.values()].sort((a, b) => cmp(a.id, b.id)),
    events,
    quotes,
    figures,
    conflicts,
    suggestions,
    curation,
  };
}
