// The body's tokens with the flags every entity rule asks about, computed once per article.
import type { Token } from "../nlp/analyze";
import { bodyTokens } from "../nlp/body-tokens";
import type { DocContext } from "../types";

export interface Tok extends Token {
  /** Position in Doc.toks. */
  i: number;
  lower: string;
  /** Starts with a capital letter (or is an acronym such as U.S.). */
  cap: boolean;
  allCaps: boolean;
  /** First word of its sentence, or first after an opening quotation mark, bracket or colon. */
  initial: boolean;
  /** The sentence is set in Title Case or capitals (a headline): no new names are made from it. */
  heading: boolean;
}

export interface Doc {
  articleId: string;
  text: string;
  toks: Tok[];
  /** Lower-case words the text writes in lower case somewhere: a capitalised "Delegations" is a common word. */
  lowerWords: ReadonlySet<string>;
}

const OPENERS = new Set(["“", '"', "«", "‘", "'", "(", "[", ":", "—", "–", "„"]);
const SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from"]);

/**
 * Starts with A–Z, À–Ö, Ø–Þ, Ā–ſ or Ə: read from the first code unit (none of these is astral). Every
 * character of those ranges is a letter, so the /\p{L}/ test that also stood here never failed after it.
 */
function isCapWord(text: string): boolean {
  const c = text.charCodeAt(0);
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xde) ||
    (c >= 0x100 && c <= 0x17f) ||
    c === 0x18f
  );
}

// Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every call when it stands in a function.
const LETTER_START = /^\p{L}/u;
const LOWER_START = /^\p{Ll}/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}|\p{Lu}\./u;

/** /^\p{L}/u and /^\p{Ll}/u, answered from the first code unit for ASCII (nearly every token). */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER_START.test(text);
}
function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return LOWER_START.test(text);
}

const SENTENCE_END = new Set([".", "!", "?", "…", '"', "”", "»", "’", "'"]);

/**
 * A headline: set in capitals, or in Title Case without the full stop that ends a sentence of running text
 * (a sentence full of names, "UN Secretary-General Antonio Guterres will travel to Islamabad.", is no headline).
 * Its content words are the words that are not small words; one pass counts them, their capitals and whether
 * all are in upper case, without building lists (asked for every sentence of every article).
 */
function isHeading(words: readonly Token[], from: number, to: number): boolean {
  let content = 0;
  let caps = 0;
  let upper = true;
  for (let k = from; k < to; k++) {
    const text = words[k]!.text;
    // SMALL_WORDS are four letters at most: a longer word needs no lower-casing to know it is none.
    if (!startsWithLetter(text) || (text.length <= 4 && SMALL_WORDS.has(text.toLowerCase()))) continue;
    content++;
    if (upper && text !== text.toUpperCase()) upper = false;
    if (isCapWord(text)) caps++;
  }
  if (content === 0) return false;
  if (content >= 2 && upper) return true;
  if (SENTENCE_END.has(words[to - 1]!.text)) return false;
  return content >= 2 && caps / content >= 0.75;
}

/**
 * Whether each sentence of the body is a headline. A sentence's tokens stand together, in sentence order, as
 * analyze makes them; should they not, they are gathered by sentence first (the result is the same).
 */
function headings(raw: readonly Token[]): Map<number, boolean> {
  const heading = new Map<number, boolean>();
  const contiguous = raw.every((t, i) => i === 0 || raw[i - 1]!.sentence <= t.sentence);
  if (!contiguous) {
    const bySentence = new Map<number, Token[]>();
    for (const t of raw) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
    for (const [s, list] of bySentence) heading.set(s, isHeading(list, 0, list.length));
    return heading;
  }
  for (let from = 0; from < raw.length; ) {
    let to = from + 1;
    while (to < raw.length && raw[to]!.sentence === raw[from]!.sentence) to++;
    heading.set(raw[from]!.sentence, isHeading(raw, from, to));
    from = to;
  }
  return heading;
}

/** Opening marks after which a word starts its phrase: /^[“«„([‘"]$/. */
const OPENING_MARKS = new Set(["“", "«", "„", "(", "[", "‘", '"']);

/** Marks of a possessive after a word: "Blinken's", "Workers'" (typographic apostrophes too). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'", "’s", "’"]);
export const isPossessive = (text: string): boolean => POSSESSIVE_MARKS.has(text.toLowerCase());

/** The token lower-cased, typographic apostrophes made plain; most tokens have none, and skip the replace. */
function lowerForm(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("’") || lower.includes("‘") ? lower.replace(/[’‘]/g, "'") : lower;
}

export function prepare(ctx: DocContext): Doc {
  const raw = bodyTokens(ctx);
  const heading = headings(raw);
  const lowerWords = new Set<string>();
  const toks: Tok[] = raw.map((t, i) => {
    const prev = raw[i - 1];
    const cap = isCapWord(t.text);
    if (!cap && startsLowerCase(t.text)) lowerWords.add(t.text);
    // Explicit fields, not a spread: a spread of a foreign object costs far more on this hot path.
    return {
      start: t.start,
      end: t.end,
      text: t.text,
      pos: t.pos,
      lemma: t.lemma,
      type: t.type,
      sentence: t.sentence,
      i,
      lower: lowerForm(t.text),
      cap,
      allCaps: cap && t.text === t.text.toUpperCase() && TWO_CAPITALS.test(t.text),
      initial:
        !prev ||
        prev.sentence !== t.sentence ||
        (OPENERS.has(prev.text) && prev.end < t.start && !closingApostrophe(raw, i - 1) && !closingQuote(raw, i - 1)) ||
        (OPENING_MARKS.has(prev.text) && !closingQuote(raw, i - 1)),
      heading: heading.get(t.sentence) ?? false,
    };
  });
  return { articleId: ctx.articleId, text: ctx.text, toks, lowerWords };
}

/** A straight double quote right after a comma or a full stop closes a quotation: '…," Woo said' opens nothing. */
function closingQuote(raw: readonly Token[], k: number): boolean {
  const mark = raw[k]!;
  const before = raw[k - 1];
  return mark.text === '"' && !!before && before.end === mark.start && /^[,.!?]$/.test(before.text);
}

/** An apostrophe right after a word closes a quotation or marks a plural possessive ("Workers' Party"): it opens nothing. */
function closingApostrophe(raw: readonly Token[], k: number): boolean {
  const mark = raw[k]!;
  return (mark.text === "'" || mark.text === "’") && raw[k - 1]?.end === mark.start;
}

/** Is there only space-free joining between two tokens ("Nagorno" "-" "Karabakh")? */
export function touching(a: Token, b: Token): boolean {
  return a.end === b.start;
}
