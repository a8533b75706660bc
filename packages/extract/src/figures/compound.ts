// Counts written as compounds: "the five-member tribunal", "a 27-nation bloc", "a 100,000-strong army",
// "the 48-team tournament", "a nine-judge bench".
import type { DocContext } from "../types";
import { nounPhraseAt } from "./counted";
import { clean, type FigureDraft, firstTokenFrom, sentenceAt } from "./draft";
import { numberValue } from "./number-words";

/** The second half of the compound says what is counted; "strong" counts the noun itself. */
const COMPOUND =
  /(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)-(member|strong|seat|nation|country|state|party|person|vehicle|team|club|player|judge|man|woman)\b/gi;

export function compoundFigures(ctx: DocContext, from: number, to: number): FigureDraft[] {
  const out: FigureDraft[] = [];
  for (const m of ctx.text.slice(from, to).matchAll(COMPOUND)) {
    const start = from + m.index;
    const digits = /^\d/.test(m[1]!) ? m[1] : undefined;
    const value = numberValue(digits, digits ? undefined : m[1], "");
    const sentence = sentenceAt(ctx.analysis.sentences, start);
    if (value === null || !sentence) continue;
    const after = firstTokenFrom(ctx.analysis.tokens, sentence, start + m[0].length);
    const np = nounPhraseAt(ctx.analysis.tokens, after, sentence.tokenEnd);
    if (!np) continue;
    const what = clean(ctx.text.slice(np.start, np.end));
    const unit = m[2]!.toLowerCase();
    const counts =
      unit === "strong"
        ? what
        : `${unit === "country" ? "countries" : unit === "party" ? "parties" : unit === "man" ? "men" : unit === "woman" ? "women" : `${unit}s`} of the ${what}`;
    out.push({ start, end: np.end, value, qualifier: "exact", counts, text: ctx.text.slice(start, np.end) });
  }
  return out;
}
