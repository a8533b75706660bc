// Character spans in an article's text: where gold words occur, and whether two spans overlap.
import { relocateEvidence } from "@dateline/core/evidence";
import type { Evidence } from "@dateline/core/schema";

export interface Span {
  start: number;
  end: number;
}

/** Every occurrence of `words` in `text`: a gold span may repeat (a headline quoted again in the body). */
export function occurrences(text: string, words: string): Span[] {
  const spans: Span[] = [];
  if (words.length === 0) return spans;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    spans.push({ start: at, end: at + words.length });
  }
  return spans;
}

/** Characters two spans share; 0 when they do not meet. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The largest overlap between any span of `a` and any span of `b`. */
export function bestOverlap(a: readonly Span[], b: readonly Span[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, overlap(x, y));
  return best;
}

/** Evidence spans as they stand in `text`, re-anchored when offsets drifted; spans no longer there are dropped. */
export function evidenceSpans(text: string, evidence: readonly Evidence[]): Span[] {
  const spans: Span[] = [];
  for (const ev of evidence) {
    const found = relocateEvidence(text, ev);
    if (found) spans.push({ start: found.start, end: found.end });
  }
  return spans;
}
