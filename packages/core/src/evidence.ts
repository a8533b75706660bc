// Evidence helpers: make a span with its context, check it, and find it again after offsets drift.
import type { Evidence } from "./schema/evidence";

export const CONTEXT_CHARS = 32;

/** Evidence for text.slice(start, end), with prefix and suffix for re-anchoring. */
export function makeEvidence(articleId: string, text: string, start: number, end: number): Evidence {
  if (!(start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`span ${start}-${end} is outside the text of ${articleId} (length ${text.length})`);
  }
  return {
    articleId,
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Evidence for the first occurrence of `exact` at or after `from`; null when the words are not there. */
export function findEvidence(articleId: string, text: string, exact: string, from = 0): Evidence | null {
  const start = text.indexOf(exact, from);
  return start < 0 || exact.length === 0 ? null : makeEvidence(articleId, text, start, start + exact.length);
}

/** True when the evidence's offsets still point at its exact words in this text. */
export function evidenceMatches(text: string, ev: Evidence): boolean {
  return text.slice(ev.start, ev.end) === ev.exact;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the span again in a text that may have changed: the offsets if they still hold, otherwise the
 * occurrence of `exact` whose surroundings best match prefix and suffix (ties: nearest the old offset).
 * Returns null when the words are no longer in the text.
 */
export function relocateEvidence(text: string, ev: Evidence): Evidence | null {
  if (evidenceMatches(text, ev)) return ev;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(ev.exact); at >= 0; at = text.indexOf(ev.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - ev.prefix.length), at);
    const after = text.slice(at + ev.exact.length, at + ev.exact.length + ev.suffix.length);
    const score = commonSuffixLength(before, ev.prefix) + commonPrefixLength(after, ev.suffix);
    const distance = Math.abs(at - ev.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  return best ? makeEvidence(ev.articleId, text, best.start, best.start + ev.exact.length) : null;
}

/** Orders evidence by article, then position: the order a reader meets it. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start || a.end - b.end;
}
