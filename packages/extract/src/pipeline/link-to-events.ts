// Ties quotes and figures to the event told in their sentence, so a reader can go from words to what happened.
import type { ExtractedEvent, Figure, Quote } from "@dateline/core/schema";
import type { Range } from "../nlp/analyze";

/** Where the event's own words are an interaction or a statement, quotes belong to it before any other. */
const QUOTE_OWNERS = new Set(["statement", "press-conference", "hearing", "call", "meeting", "talks"]);

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

function sentenceOf(sentences: readonly Range[], at: number): Range | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The event told in the same sentence as `span`: a statement-like one first, then the first in text order. */
function eventFor(events: readonly ExtractedEvent[], sentences: readonly Range[], span: Range): string | null {
  const sentence = sentenceOf(sentences, span.start);
  if (!sentence) return null;
  const here = events.filter((e) => e.evidence.some((ev) => overlaps(ev, sentence)));
  return (here.find((e) => QUOTE_OWNERS.has(e.type)) ?? here[0])?.id ?? null;
}

export function linkQuotes(quotes: Quote[], events: readonly ExtractedEvent[], sentences: readonly Range[]): Quote[] {
  return quotes.map((q) => ({ ...q, eventId: q.eventId ?? eventFor(events, sentences, q.evidence) }));
}

export function linkFigures(
  figures: Figure[],
  events: readonly ExtractedEvent[],
  sentences: readonly Range[],
): Figure[] {
  return figures.map((f) => {
    const sentence = sentenceOf(sentences, f.evidence.start);
    const here = sentence ? events.filter((e) => e.evidence.some((ev) => overlaps(ev, sentence))) : [];
    // A figure belongs to the event whose own telling holds it ("a majority of its 100,000 residents … fled" is
    // the exodus, though the sentence also retells the offensive), then to one that retells it there, then to
    // the first event of its sentence.
    const own = here.find((e) => e.evidence[0] !== undefined && contains(e.evidence[0], f.evidence));
    const retold = here.find((e) => e.evidence.some((ev) => contains(ev, f.evidence)));
    return { ...f, eventId: f.eventId ?? (own ?? retold ?? here[0])?.id ?? null };
  });
}

const contains = (outer: Range, inner: Range) => outer.start <= inner.start && inner.end <= outer.end;
