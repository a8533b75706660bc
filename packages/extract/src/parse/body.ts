// The ranges of text that carry the story: metadata, debris, captions, boilerplate and preview copies left out.
import type { Range } from "../nlp/analyze";
import { type Line, normalizeSpace } from "./lines";
import type { Span } from "./meta-draft";

/** A preview sits near the top; only that many lines are checked against the rest for containment. */
const PREVIEW_LINES = 15;
/** Shorter lines are not compared by containment: a short phrase recurring is not a copied paragraph. */
const MIN_PREVIEW_CHARS = 30;

const ELLIPSIS = /(?:\.\.\.|…)$/;

/**
 * Indexes of lines that the text repeats further down: a paragraph that recurs verbatim (or whose
 * truncated copy "…" begins a later paragraph, or which a later paragraph contains) is left out at its
 * first occurrence, so each paragraph is read once and its evidence points at the full copy.
 */
export function earlierCopies(lines: readonly Line[]): Set<number> {
  const keys = lines.map((l) => normalizeSpace(l.text));
  const last = new Map<string, number>();
  for (const [i, k] of keys.entries()) last.set(k, i);
  const out = new Set<number>();
  keys.forEach((k, i) => {
    if ((last.get(k) ?? i) > i) out.add(i);
  });
  for (let i = 0; i < Math.min(PREVIEW_LINES, keys.length); i++) {
    const k = keys[i]!;
    const stem = k.replace(ELLIPSIS, "").trimEnd();
    if (out.has(i) || stem.length < MIN_PREVIEW_CHARS) continue;
    const truncated = stem !== k;
    for (let j = i + 1; j < keys.length; j++) {
      if (truncated ? keys[j]!.startsWith(stem) : keys[j]!.includes(k)) {
        out.add(i);
        break;
      }
    }
  }
  return out;
}

export interface BodyInput {
  /** The lines of the story part of the text (after any header or front matter), debris and photo credits already left out. */
  lines: readonly Line[];
  /** Metadata and boilerplate lines already recognised. */
  excluded: readonly Span[];
  /** The headline: a later line that repeats it is the headline again, not story. */
  title: string | null;
}

/** Body ranges in text order, one per paragraph (line) of the story. */
export function bodyRanges({ lines, excluded, title }: BodyInput): Range[] {
  const excludedStarts = new Set(excluded.map((s) => s.start));
  const titleKey = title ? normalizeSpace(title) : null;
  const candidates = lines.filter(
    (l) => !excludedStarts.has(l.start) && (titleKey === null || normalizeSpace(l.text) !== titleKey),
  );
  const copies = earlierCopies(candidates);
  return candidates.filter((_, i) => !copies.has(i)).map((l) => ({ start: l.start, end: l.end }));
}
