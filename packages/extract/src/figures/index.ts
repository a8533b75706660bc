// findFigures: numbers that count something ("over 100,000 forcibly displaced persons"), with what they count.
import { makeEvidence } from "@dateline/core/evidence";
import type { Figure } from "@dateline/core/schema";
import type { Sentence, Token } from "../nlp/analyze";
import { datesFor } from "../temporal/index";
import type { FindFigures } from "../types";
import { bareHeadAt, type Counted, countSubjectBefore, nounPhraseAt, partitiveAt } from "./counted";
import { CURRENCIES, NUMBER_PATTERN, numberValue } from "./number-words";
import { qualifierBefore } from "./qualifiers";

/** Units after a number that make it a measure, not a count (a distance, a magnitude, a share). */
const MEASURE_AFTER =
  /^\s*(?:%|per\s*cent|percent|percentage|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|kg|kilograms?|pounds?\s+weight|degrees?|°|mph|km\/h|hectares?|acres?|square|a\.m\.|p\.m\.|am\b|pm\b|gmt|utc|hours?\s+gmt|o'clock)/i;
/** Words before a number that make it a label or a measure: "magnitude 6.8", "aged 54", "No. 5". */
const LABEL_BEFORE =
  /\b(?:magnitude|aged|age|no\.|number|page|article|section|chapter|resolution|flight|route|room|platform)\s*$/i;
/**
 * A bare stretch of time ("three days", "90 days") is a duration, not a count; with what fills it
 * ("30 years of conflict", "three days of national mourning") it is kept.
 */
const BARE_DURATION = /^(?:hours?|days?|nights?|weeks?|months?|years?|decades?)$/i;
/** Small numbers in words after these refer back ("the two countries"), they do not count anew. */
const REFERRING_BEFORE = /\b(?:the|these|those|both)\s+$/i;

function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

function firstTokenFrom(tokens: Token[], s: Sentence, at: number): number {
  let i = s.tokenStart;
  while (i < s.tokenEnd && tokens[i]!.start < at) i++;
  return i;
}

/** A currency figure counts its currency, with what the money is for when the text says ("in aid"). */
function currencyCounts(text: string, currency: string, after: Counted | null, inOf: Counted | null): string {
  const name = CURRENCIES[currency.trim().toLowerCase()] ?? currency.trim();
  if (after) return `${name} (${clean(text.slice(after.start, after.end))})`;
  if (inOf) return `${name} ${clean(text.slice(inOf.start, inOf.end))}`;
  return name;
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

export const findFigures: FindFigures = (ctx) => {
  const { text, analysis } = ctx;
  const dates = datesFor(ctx);
  const inDate = (start: number, end: number) => dates.some((d) => start < d.evidence.end && d.evidence.start < end);
  const out: Figure[] = [];
  let lastCounts: { sentence: number; counts: string } | null = null;
  for (const range of ctx.body) {
    const slice = text.slice(range.start, range.end);
    for (const m of slice.matchAll(NUMBER_PATTERN)) {
      const [, currency, digits, word, article, scales = ""] = m;
      let start = range.start + m.index;
      while (/\s/.test(text[start]!)) start++;
      const end = range.start + m.index + m[0].length;
      const value = numberValue(digits, word ?? article, scales);
      if (value === null || inDate(start, end)) continue;
      if (word?.toLowerCase() === "one" && !scales) continue; // "one of the", "one side": rarely a count
      const before = text.slice(Math.max(range.start, start - 40), start);
      const after = text.slice(end, end + 24);
      if (MEASURE_AFTER.test(after) || LABEL_BEFORE.test(before)) continue;
      if (word && !scales && REFERRING_BEFORE.test(before)) continue;
      const sentence = sentenceAt(analysis.sentences, start);
      if (!sentence) continue;
      const tokens = analysis.tokens;
      const first = firstTokenFrom(tokens, sentence, start);
      // A capitalised word right before the number names something ("Resolution 2334", "Boeing 737").
      const prev = tokens[first - 1];
      if (!currency && prev && first - 1 > sentence.tokenStart && /^[A-Z]/.test(prev.text) && prev.pos === "PROPN")
        continue;
      const next = firstTokenFrom(tokens, sentence, end);
      const limit = sentence.tokenEnd;
      const np = nounPhraseAt(tokens, next, limit);
      const part = np ? null : partitiveAt(tokens, next, limit);
      const money =
        currency && !np && /^(?:in|of|for)$/i.test(tokens[next]?.text ?? "")
          ? nounPhraseAt(tokens, next + 1, limit)
          : null;
      // "$2.5 billion in aid": the preposition stays in the counted words.
      const inOf = money ? { start: tokens[next]!.start, end: money.end } : null;
      const bare = np || part ? null : bareHeadAt(tokens, next, limit);
      const phrase = np ?? part ?? bare;
      let counts: string | null = null;
      if (currency) counts = currencyCounts(text, currency, np, inOf);
      else if (phrase) counts = clean(text.slice(phrase.start, phrase.end));
      else if (lastCounts?.sentence === sentence.index)
        counts = lastCounts.counts; // "51 of the seats, 52 for the KMT"
      else {
        const subject = countSubjectBefore(tokens, sentence.tokenStart, first);
        counts = subject ? clean(text.slice(subject.start, subject.end)) : null;
      }
      if (!counts || BARE_DURATION.test(counts)) continue;
      if (/^\s*,/.test(after) && /,\s*$/.test(before) && !phrase && !currency) continue; // "Hassan Ait Ali, 54,": an age
      const q = qualifierBefore(before);
      const figStart = q ? start - q.length : start;
      const figEnd = currency ? Math.max(end, (np ?? inOf)?.end ?? end) : Math.max(end, phrase?.end ?? end);
      lastCounts = { sentence: sentence.index, counts };
      out.push({
        id: `${ctx.articleId}#f${out.length + 1}`,
        articleId: ctx.articleId,
        value,
        qualifier: q?.qualifier ?? "exact",
        counts,
        text: text.slice(figStart, figEnd),
        eventId: null,
        evidence: makeEvidence(ctx.articleId, text, figStart, figEnd),
      });
    }
  }
  return out;
};
