// What the ingest page shows of an extraction: plain, serialisable rows, and the spans to highlight in the text.
import { formatPartialDate } from "@dateline/core/dates";
import type { ArticleExtraction } from "@dateline/core/schema";
import type { SpanInput } from "../article/span-tree";

export interface ExtractionView {
  articleId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  missing: [string, string][];
  text: string;
  spans: SpanInput[];
  actors: { id: string; name: string; kind: string; aliases: string[] }[];
  places: { id: string; name: string }[];
  dates: { text: string; value: string | null; explanation: string; start: number; end: number }[];
  events: { id: string; title: string; type: string; status: string; date: string | null; evidence: string[] }[];
  quotes: { speaker: string | null; text: string }[];
  warnings: string[];
}

export function extractionView(x: ArticleExtraction): ExtractionView {
  const spans: SpanInput[] = [
    ...x.actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, kind: "actor", targetId: a.id }))),
    ...x.places.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, kind: "place", targetId: p.id }))),
    ...x.dates.map((d) => ({ start: d.evidence.start, end: d.evidence.end, kind: "date", targetId: d.text })),
    ...x.events.flatMap((e) => e.evidence.map((m) => ({ start: m.start, end: m.end, kind: "event", targetId: e.id }))),
    ...x.quotes.map((q) => ({ start: q.evidence.start, end: q.evidence.end, kind: "quote", targetId: q.id })),
    ...x.figures.map((f) => ({ start: f.evidence.start, end: f.evidence.end, kind: "figure", targetId: f.id })),
  ];
  const names = new Map(x.actors.map((a) => [a.id, a.name]));
  return {
    articleId: x.articleId,
    title: x.article.title,
    outlet: x.article.outlet,
    published: x.article.published ? formatPartialDate(x.article.published.value) : null,
    missing: Object.entries(x.article.missing).filter((e): e is [string, string] => typeof e[1] === "string"),
    text: x.article.text,
    spans,
    actors: x.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases.map((al) => al.name) })),
    places: x.places.map((p) => ({ id: p.id, name: p.name })),
    dates: x.dates.map((d) => ({
      text: d.text,
      value: d.date ? formatPartialDate(d.date.value) : null,
      explanation: d.explanation,
      start: d.evidence.start,
      end: d.evidence.end,
    })),
    events: x.events.map((e) => ({
      id: e.id,
      title: e.title,
      type: e.type,
      status: e.status,
      date: e.date ? formatPartialDate(e.date.value) : (e.when?.text ?? null),
      evidence: e.evidence.map((m) => m.exact),
    })),
    quotes: x.quotes.map((q) => ({
      speaker: q.speakerId ? (names.get(q.speakerId) ?? q.speakerId) : null,
      text: q.text,
    })),
    warnings: [...x.article.warnings, ...x.warnings],
  };
}
