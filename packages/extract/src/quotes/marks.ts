// Finds quoted spans in a text: “…”, "…", «…», ‘…’ and '…' (quotation marks, not apostrophes).
import type { Range } from "../nlp/analyze";
import { paragraphs } from "../nlp/analyze";

export interface QuoteSpan {
  /** Offsets of the opening and closing marks (close = -1 when the paragraph ends first). */
  open: number;
  close: number;
  /** The quoted words, trimmed of space and of a comma before the closing mark. */
  start: number;
  end: number;
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["“", "”"],
  ["«", "»"],
  ["„", "“"],
  ['"', '"'],
  ["‘", "’"],
  ["'", "'"],
];
const OPENERS = new Map(PAIRS.map(([o, c]) => [o, c] as const));

const isLetter = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** A single mark opens a quotation only at a word's start ("to 'conclude"), never inside one ("Aliyev's"). */
function canOpen(text: string, at: number, mark: string): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (mark === "'" || mark === "‘") {
    return (isSpace(before) || /[([{“"«—–-]/.test(before ?? "")) && isLetter(after);
  }
  if (mark === '"') return !isLetter(before) && !isSpace(after);
  return true;
}

/** A single mark closes a quotation only at a word's end, followed by no letter ("agreement,' says"). */
function canClose(text: string, at: number, mark: string): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (mark === "'" || mark === "’") return !isSpace(before) && !isLetter(after);
  if (mark === '"') return !isSpace(before) && !isLetter(after);
  return true;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * Quoted spans of the given ranges, outermost only, in text order. A quotation that a paragraph leaves open
 * runs to the paragraph's end (the news convention for quotes that go on in the next paragraph, which then
 * opens with the mark again); it never runs past the paragraph, so an unbalanced mark cannot swallow the text.
 */
export function findQuoteSpans(text: string, ranges: readonly Range[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const range of ranges) {
    for (const para of paragraphs(text, range)) {
      let i = para.start;
      while (i < para.end) {
        const mark = text[i]!;
        const closer = OPENERS.get(mark);
        if (!closer || !canOpen(text, i, mark)) {
          i++;
          continue;
        }
        let close = -1;
        for (let j = i + 1; j < para.end; j++) {
          if (text[j] === closer && canClose(text, j, closer)) {
            close = j;
            break;
          }
        }
        if (close < 0 && (mark === "'" || mark === "‘" || mark === '"')) {
          // An unclosed single or straight mark is more likely an apostrophe or a typo than a quotation.
          i++;
          continue;
        }
        const inner = trimmed(text, i + 1, close < 0 ? para.end : close);
        if (inner.end > inner.start && /\p{L}/u.test(text.slice(inner.start, inner.end))) {
          out.push({ open: i, close, ...inner });
        }
        i = close < 0 ? para.end : close + 1;
      }
    }
  }
  return out;
}
