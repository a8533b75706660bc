// findFigures: numbers that count something ("over 100,000 forcibly displaced persons"), with what they count.
import { makeEvidence } from "@dateline/core/evidence";
import type { Figure } from "@dateline/core/schema";
import { overlapsAny } from "../nlp/search";
import { datesFor } from "../temporal/index";
import type { FindFigures } from "../types";
import { compoundFigures } from "./compound";
import type { FigureDraft } from "./draft";
import { NUMBER_PATTERN } from "./number-words";
import { readNumber } from "./read-number";

export const findFigures: FindFigures = (ctx) => {
  const { text } = ctx;
  const dates = datesFor(ctx);
  // Dates come in text order without overlaps: a binary search per number, not a scan of every date.
  const dateSpans = dates.map((d) => d.evidence);
  const inDate = (start: number, end: number) => overlapsAny(dateSpans, start, end);
  const drafts: FigureDraft[] = [];
  for (const range of ctx.body) {
    let shared = null as { sentence: number; counts: string } | null;
    for (const m of text.slice(range.start, range.end).matchAll(NUMBER_PATTERN)) {
      const [whole, currency, digits, word, article, scales = ""] = m;
      const lead = whole.length - whole.trimStart().length;
      const start = range.start + m.index + lead;
      const end = range.start + m.index + whole.length;
      if (inDate(start, end)) continue;
      const draft = readNumber(ctx, { start, end, currency, digits, word, article, scales }, shared);
      if (!draft) continue;
      if (shared?.sentence !== draft.sentence) shared = { sentence: draft.sentence, counts: draft.counts };
      const { sentence: _, ...rest } = draft;
      drafts.push(rest);
    }
    drafts.push(...compoundFigures(ctx, range.start, range.end).filter((d) => !inDate(d.start, d.end)));
  }
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return drafts.map(
    ({ start, end, ...d }, i): Figure => ({
      id: `${ctx.articleId}#f${i + 1}`,
      articleId: ctx.articleId,
      ...d,
      eventId: null,
      evidence: makeEvidence(ctx.articleId, text, start, end),
    }),
  );
};
