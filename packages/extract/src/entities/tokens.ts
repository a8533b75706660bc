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

/**
 * A headline: set in capitals, or in Title Case without the full stop that ends a sentence of running text
 * (a sentence full of names, "UN Secretary-General Antonio Guterres will travel to Islamabad.", is no headline).
 */
function isHeading(words: Token[]): boolean {
  const content = words.filter((t) => /^\p{L}/u.test(t.text) && !SMALL_WORDS.has(t.text.toLowerCase()));
  if (content.length === 0) return false;
  if (content.length >= 2 && content.every((t) => t.text === t.text.toUpperCase())) return true;
  const last = words[words.length - 1]!.text;
  if (/^[.!?…"”»’']$/.test(last)) return false;
  const caps = content.filter((t) => isCapWord(t.text)).length;
  return content.length >= 2 && caps / content.length >= 0.75;
}

export function prepare(ctx: DocContext): Doc {
  const raw = bodyTokens(ctx);
  const bySentence = new Map<number, Token[]>();
  for (const t of raw) {
    const list = bySentence.get(t.sentence) ?? [];
    list.push(t);
    bySentence.set(t.sentence, list);
  }
  const heading = new Map<number, boolean>();
  for (const [s, list] of bySentence) heading.set(s, isHeading(list));
  const lowerWords = new Set<string>();
  const toks: Tok[] = raw.map((t, i) => {
    const prev = raw[i - 1];
    const cap = isCapWord(t.text);
    if (!cap && /^\p{Ll}/u.test(t.text)) lowerWords.add(t.text);
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
      lower: t.text.toLowerCase().replace(/[’‘]/g, "'"),
      cap,
      allCaps: cap && t.text === t.text.toUpperCase() && /\p{Lu}.*\p{Lu}|\p{Lu}\./u.test(t.text),
      initial:
        !prev ||
        prev.sentence !== t.sentence ||
        (OPENERS.has(prev.text) && prev.end < t.start) ||
        /^[“«„([‘"]$/.test(prev.text),
      heading: heading.get(t.sentence) ?? false,
    };
  });
  return { articleId: ctx.articleId, text: ctx.text, toks, lowerWords };
}

/** Is there only space-free joining between two tokens ("Nagorno" "-" "Karabakh")? */
export function touching(a: Token, b: Token): boolean {
  return a.end === b.start;
}
