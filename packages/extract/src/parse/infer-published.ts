// A publication range inferred from dates the story tells, for articles that give no date of their own.
import { addDays } from "@dateline/core/dates";
import type { Article } from "@dateline/core/schema";
import type { Range } from "../nlp/analyze";
import { findDates } from "./date-text";

/** Words that put a sentence in the future: a date there is after publication. */
const FUTURE =
  /\b(?:will|shall|is to|are to|scheduled|expected to|plans? to|planned|upcoming|next|due to|set to|would)\b/i;
/** Past-tense signs: a date there is on or before publication. */
const PAST =
  /\b(?:\w{3,}ed|said|met|held|was|were|had|did|took|made|signed|told|gave|came|went|began|fought|fled|won|lost|left|sent|spoke|wrote|broke|led|saw)\b/i;

/** A sentence is short; looking no further than this keeps long paragraphs linear. */
const WINDOW = 600;
const MAX_CHARS = 200_000;

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const from = start - before.length + Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1;
  const after = text.slice(end, end + WINDOW);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  return text.slice(from, end + (stop < 0 ? after.length : stop));
}

/**
 * When the article states no date: the latest full date its story tells in the past tense is an earliest
 * bound, the earliest full date it tells in the future a latest bound. Both are needed for a range, and
 * the reason says plainly that it is an inference.
 */
export function inferPublished(text: string, body: readonly Range[]): Article["inferredPublished"] {
  let past: { day: string; words: string } | null = null;
  let future: { day: string; words: string } | null = null;
  let read = 0;
  for (const range of body) {
    // The dates that bound publication are told in the story proper; a few hundred thousand characters suffice.
    if (read > MAX_CHARS) break;
    const para = text.slice(range.start, Math.min(range.end, range.start + MAX_CHARS));
    read += para.length;
    for (const m of findDates(para)) {
      if (m.date?.precision !== "day" || m.date.earliest === null) continue;
      const sentence = sentenceAround(para, m.start, m.end);
      const words = para.slice(m.start, m.end);
      const day = m.date.earliest;
      if (FUTURE.test(sentence)) {
        if (!future || day < future.day) future = { day, words };
      } else if (PAST.test(sentence) && (!past || day > past.day)) {
        past = { day, words };
      }
    }
  }
  if (!past || !future || future.day <= past.day) return null;
  return {
    earliest: past.day,
    latest: addDays(future.day, -1),
    reason: `inferred, not stated: the story tells '${past.words}' as past and '${future.words}' as still to come`,
  };
}
