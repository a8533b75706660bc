// Article spans: every place in an article's verbatim text that the knowledge base points at.
import { relocateEvidence } from "@dateline/core/evidence";
import type { Article, Evidence, Figure, Quote, Report } from "@dateline/core/schema";

export const SPAN_KINDS = ["actor", "role", "place", "event", "date", "framing", "quote", "figure", "meta"] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** `text.slice(start, end)` is the span; `targetId` the actor, place, event, quote or figure (or meta field). */
export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
  targetId: string;
}

/** Reading order: by start, the longer span first (it encloses the shorter), then kind and target. */
export function compareSpans(a: Span, b: Span): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0)
  );
}

type Visit = (ev: Evidence | null | undefined, kind: SpanKind, targetId: string) => void;

/** The parts of a KB that hold evidence: the whole KnowledgeBase, or just the items of one article. */
export interface EvidenceSources {
  articles: ReadonlyArray<Pick<Article, "id" | "text" | "metaEvidence">>;
  actors: ReadonlyArray<{
    id: string;
    mentions: readonly Evidence[];
    roles: ReadonlyArray<{ evidence: readonly Evidence[] }>;
  }>;
  places: ReadonlyArray<{ id: string; mentions: readonly Evidence[] }>;
  events: ReadonlyArray<{ id: string; reports: ReadonlyArray<Pick<Report, "evidence" | "date" | "when" | "framing">> }>;
  quotes: ReadonlyArray<Pick<Quote, "id" | "evidence">>;
  figures: ReadonlyArray<Pick<Figure, "id" | "evidence">>;
}

/** Calls `visit` for every piece of evidence in the KB, with the kind of item it backs. */
function walkEvidence(kb: EvidenceSources, visit: Visit): void {
  for (const article of kb.articles) {
    for (const [field, ev] of Object.entries(article.metaEvidence)) visit(ev, "meta", field);
  }
  for (const actor of kb.actors) {
    for (const ev of actor.mentions) visit(ev, "actor", actor.id);
    for (const role of actor.roles) for (const ev of role.evidence) visit(ev, "role", actor.id);
  }
  for (const place of kb.places) for (const ev of place.mentions) visit(ev, "place", place.id);
  for (const event of kb.events) {
    for (const report of event.reports) {
      for (const ev of report.evidence) visit(ev, "event", event.id);
      visit(report.date?.evidence, "date", event.id);
      visit(report.when?.evidence, "date", event.id);
      for (const f of report.framing) visit(f.evidence, "framing", event.id);
    }
  }
  for (const quote of kb.quotes) visit(quote.evidence, "quote", quote.id);
  for (const figure of kb.figures) visit(figure.evidence, "figure", figure.id);
}

/**
 * Spans of every article, anchored in its text: offsets that no longer hold are found again by their
 * words and context (relocateEvidence); evidence whose words are gone is left out rather than misplaced.
 */
export function spansByArticle(kb: EvidenceSources): Map<string, Span[]> {
  const texts = new Map(kb.articles.map((a) => [a.id, a.text]));
  const out = new Map<string, Map<string, Span>>();
  walkEvidence(kb, (ev, kind, targetId) => {
    const text = ev ? texts.get(ev.articleId) : undefined;
    if (!ev || text === undefined) return;
    const anchored = relocateEvidence(text, ev);
    if (!anchored) return;
    let spans = out.get(ev.articleId);
    if (!spans) {
      spans = new Map();
      out.set(ev.articleId, spans);
    }
    const span = { start: anchored.start, end: anchored.end, kind, targetId };
    spans.set(`${span.start}:${span.end}:${kind}:${targetId}`, span);
  });
  return new Map([...out].map(([id, spans]) => [id, [...spans.values()].sort(compareSpans)]));
}
