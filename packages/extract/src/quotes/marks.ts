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

// Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every call when it stands in a function.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const isLetter = (ch: string | undefined) => !!ch && LETTER_OR_DIGIT.test(ch);
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
 * Where each closing mark can next close, in one paragraph. Every opening mark looks ahead for its closer, and
 * an unclosed one looks to the paragraph's end: remembering the last answer per mark keeps a paragraph of
 * many unclosed marks (a long text as one line) from being rescanned for each of them.
 */
class Closes {
  /** Per closing mark: searched from `from`, the first place it can close is `at` (-1: none before the end). */
  private readonly found = new Map<string, { from: number; at: number }>();

  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  next(closer: string, from: number): number {
    const known = this.found.get(closer);
    // Nothing closes in [known.from, known.at), so from any later start up to known.at the answer is the same.
    if (known && known.from <= from && (known.at < 0 || from <= known.at)) return known.at;
    let at = -1;
    for (let j = from; j < this.end; j++) {
      if (this.text[j] === closer && canClose(this.text, j, closer)) {
        at = j;
        break;
      }
    }
    this.found.set(closer, { from, at });
    return at;
  }
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
      const closes = new Closes(text, para.end);
      let i = para.start;
      while (i < para.end) {
        const mark = text[i]!;
        const closer = OPENERS.get(mark);
        if (!closer || !canOpen(text, i, mark)) {
          i++;
          continue;
        }
        const close = closes.next(closer, i + 1);
        if (close < 0 && (mark === "'" || mark === "‘" || mark === '"')) {
          // An unclosed single or straight mark is more likely an apostrophe or a typo than a quotation.
          i++;
          continue;
        }
        const inner = trimmed(text, i + 1, close < 0 ? para.end : close);
        if (inner.end > inner.start && HAS_LETTER.test(text.slice(inner.start, inner.end))) {
          out.push({ open: i, close, ...inner });
        }
        i = close < 0 ? para.end : close + 1;
      }
    }
  }
  return out;
}
