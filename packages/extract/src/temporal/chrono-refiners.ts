// Two of chrono's English refiners, bounded: each matched a regex anchored at the end of *all* the text before a
// result ("…end of the $", "…in$"), one scan of the text per date, so a long paragraph (read in one chrono
// call) took minutes. Only the last few words before a result can match; a window of them decides the same.
import type * as chrono from "chrono-node";

type Refiner = chrono.Refiner;
type Context = Parameters<Refiner["refine"]>[0];
type Result = ReturnType<Refiner["refine"]>[number];

/** Where the `words` whitespace-separated words before `at` start, less one character (for a \b before them). */
function lastWordsFrom(text: string, at: number, words: number): number {
  let i = at;
  for (let w = 0; w < words && i > 0; w++) {
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  }
  return Math.max(0, i - 1);
}

/** chrono's ENEndOfPeriodRefiner PREFIX_PATTERN: at most four words ("last day of the"). */
const END_OF_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;

/**
 * ENEndOfPeriodRefiner changes only results preceded by "end of (the)" or "last day of (the)": those alone are
 * handed to it (it then reads the whole prefix as before, but such results are rare).
 */
function endOfPeriod(inner: Refiner): Refiner {
  return {
    refine(context: Context, results: Result[]) {
      const text = context.text;
      const preceded = results.filter((r) => END_OF_BEFORE.test(text.slice(lastWordsFrom(text, r.index, 5), r.index)));
      if (preceded.length > 0) inner.refine(context, preceded);
      // It changes results in place and drops none, so the list is the same list.
      return results;
    },
  };
}

/** ENUnlikelyFormatFilter keeps "may" as a month only after "in" (trimmed prefix matching /\b(in)$/i). */
const IN_BEFORE = /\b(in)$/i;

function unlikelyFormat(inner: Refiner & { isValid(context: Context, result: Result): boolean }): Refiner {
  return {
    refine(context: Context, results: Result[]) {
      return results.filter((r) => {
        const words = r.text.trim();
        if (words.toLowerCase() !== "may") return inner.isValid(context, r);
        if (words === context.text.trim()) return true;
        const text = context.text;
        return IN_BEFORE.test(text.slice(lastWordsFrom(text, r.index, 1), r.index).trim());
      });
    },
  };
}

/** The parser's refiners with the two end-anchored ones replaced by their bounded forms. */
export function boundedRefiners(refiners: readonly Refiner[]): Refiner[] {
  return refiners.map((r) => {
    const name = r.constructor.name;
    if (name === "ENEndOfPeriodRefiner") return endOfPeriod(r);
    if (name === "ENUnlikelyFormatFilter" && "isValid" in r)
      return unlikelyFormat(r as Parameters<typeof unlikelyFormat>[0]);
    return r;
  });
}
