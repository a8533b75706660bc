// Tokens and sentences with offsets into the verbatim text (wink-nlp, English light model).

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/**
 * Does a token's text start with a capital letter? Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into
 * `new RegExp(…)`, built again at every call when it stands in a function.
 */
const UPPER_START = /^\p{Lu}/u;
export const startsUpper = (text: string): boolean => UPPER_START.test(text);

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag: PROPN, NOUN, VERB, ADP, NUM, PUNCT, … */
  pos: string;
  lemma: string;
  /** wink token type: word, number, punctuation, … */
  type: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the first token and one past the last, into Analysis.tokens. */
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph (line) the sentence stands in. */
  paragraph: number;
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
}

export interface Range {
  start: number;
  end: number;
}

/** wink's lexicon: every word it reads is added to it, and its tokenizer asks it whether to split a word. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}
type Core = { features: { lexeme: Lexemes } };
let caught: Lexemes | undefined;
/** The model with its core caught as wink loads it (a fresh copy per load), to reach the lexicon. */
const watched = {
  ...model,
  core: () => {
    const core = (model as unknown as { core: () => Core }).core();
    caught = core.features?.lexeme;
    return core;
  },
} as typeof model;

/**
 * Only sentence boundaries and POS tags are read, so NER, negation, sentiment and custom entities are left out of
 * the pipe: none of them changes a token, tag, lemma or sentence (checked token by token on the corpus), and
 * dropping them halves readDoc (1.9 → 0.9 CPU ms an article).
 */
const nlp = winkNLP(watched, ["sbd", "pos"]);
// Without the lexicon, tokens would depend on what the process read before: a wink release that moves it must fail
// here, not quietly.
if (!caught || !Array.isArray(caught.list) || typeof caught.hash !== "object") {
  throw new Error("wink-nlp's model no longer exposes features.lexeme (hash, list): see forgetPunctuatedWords");
}
const lexemes: Lexemes = caught;
const its = nlp.its;

const SPACE = /\s/;

/**
 * The non-blank lines of a range of text: news text keeps one paragraph a line. A char loop that stops at the
 * range's end: the regex it replaces (/[^\r\n]+/g) also matched the line after the range before giving up,
 * doubling the scan for the one-line ranges analyze, dates and quotes pass in (measured: 18 → 7 µs an article
 * for one call over the body ranges; analyze, temporal and quotes each make one).
 */
export function paragraphs(text: string, range: Range = { start: 0, end: text.length }): Range[] {
  const out: Range[] = [];
  const stop = Math.min(range.end, text.length);
  let i = Math.max(0, range.start);
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      i++;
      continue;
    }
    let lineEnd = i + 1;
    while (lineEnd < stop && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let start = i;
    let end = lineEnd;
    while (start < end && SPACE.test(text[start]!)) start++;
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
    i = lineEnd;
  }
  return out;
}

/** What joins paragraphs read as one document: wink makes it a token of its own and ends a sentence at it. */
const JOIN = "\n\n";

/**
 * Splits each paragraph of the given ranges into sentences and tokens. Paragraphs are analysed apart, so that a
 * headline without a full stop never runs into the next line; wink reads them joined by blank lines as one
 * document, which ends every sentence at the blank line and leaves each paragraph's tokens, tags and lemmas as
 * when it is read alone (checked on 2,400 paragraph joins of the corpus and test texts), for a third less work
 * than a document per paragraph. Should a sentence ever cross a blank line, each paragraph is read alone.
 */
export function analyze(text: string, ranges: Range[] = [{ start: 0, end: text.length }]): Analysis {
  const paras: Range[] = [];
  for (const range of ranges) for (const para of paragraphs(text, range)) paras.push(para);
  const joined = analyzeJoined(text, paras);
  if (joined) return joined;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [paragraph, para] of paras.entries()) analyzeParagraph(text, para, paragraph, tokens, sentences);
  return { tokens, sentences };
}

/**
 * Where a token's value stands in its paragraph (which ends at `to` in the string the tagger read), searched from
 * `cursor` on, as analyzeParagraph finds it in the paragraph alone: an occurrence that ends past the paragraph
 * means none inside it (the first one inside would have come first).
 */
function place(read: string, to: number, value: string, cursor: number): { start: number; end: number } {
  const at = read.indexOf(value, cursor);
  if (at >= 0 && at + value.length <= to) return { start: at, end: at + value.length };
  return { start: cursor, end: Math.min(to, cursor + value.length) };
}

/** One wink pass over a (folded) text: each token's value, tag, lemma and type, and the sentences' token spans. */
function tag(text: string) {
  try {
    const doc = nlp.readDoc(text);
    return {
      values: doc.tokens().out(its.value) as string[],
      pos: doc.tokens().out(its.pos) as string[],
      lemmas: doc.tokens().out(its.lemma as typeof its.value) as string[],
      types: doc.tokens().out(its.type) as string[],
      spans: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
    };
  } finally {
    forgetPunctuatedWords();
  }
}

/** The lexicon's entries up to here are the model's own or already looked at. */
let lexemesSeen = lexemes.list.length;
const PUNCTUATED = /[^\p{L}\p{N}]/u;

/**
 * Makes wink read every text as if it were the first: a word with punctuation in it ("Sebastian's", "Maj.") that an
 * earlier text added to wink's lexicon is later kept whole where the first reading split it, so an article's
 * tokens depended on what the process had read before (one worker and two gave different KBs). Such words are
 * taken out of the lookup again. Their entries stay (wink indexes its features by them), so each text adds its
 * punctuated words again: 0.75 KB of heap an article re-read (5,050 re-readings of the corpus, 2026-11-25), so ~75 MB
 * over 100,000 articles in one process.
 * Words of letters or digits alone tokenize the same either way and stay.
 */
function forgetPunctuatedWords(): void {
  const { hash, list } = lexemes;
  for (let i = lexemesSeen; i < list.length; i++) {
    const word = list[i]!;
    if (hash[word] === i && PUNCTUATED.test(word)) delete hash[word];
  }
  lexemesSeen = list.length;
}

/** All paragraphs as one wink document; null when its sentences do not keep to the paragraphs. */
function analyzeJoined(text: string, paras: Range[]): Analysis | null {
  if (paras.length === 0) return { tokens: [], sentences: [] };
  // Where each paragraph starts in the joined text; folding keeps every length, so offsets map one to one.
  const at = new Int32Array(paras.length);
  let raw = text.slice(paras[0]!.start, paras[0]!.end);
  for (let p = 1; p < paras.length; p++) {
    raw += JOIN;
    at[p] = raw.length;
    raw += text.slice(paras[p]!.start, paras[p]!.end);
  }
  const joined = foldForTagger(raw);
  const { values, pos, lemmas, types, spans } = tag(joined);

  // Where each wink token lands in `tokens` (-1 for a join), and the paragraph it belongs to.
  const tokens: Token[] = [];
  const slot = new Int32Array(values.length);
  const paragraphOf = new Int32Array(values.length);
  let p = 0;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value === JOIN) {
      slot[i] = -1;
      paragraphOf[i] = -1;
      if (++p >= paras.length) return null;
      cursor = at[p]!;
      continue;
    }
    const para = paras[p]!;
    const from = at[p]!;
    const found = place(joined, from + para.end - para.start, value, cursor);
    cursor = found.end;
    const start = para.start + found.start - from;
    const end = para.start + found.end - from;
    slot[i] = tokens.length;
    paragraphOf[i] = p;
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      pos: pos[i] ?? "X",
      lemma: lemmas[i] ?? value.toLowerCase(),
      type: types[i] ?? "word",
      sentence: -1,
    });
  }
  if (p !== paras.length - 1) return null;

  const sentences: Sentence[] = [];
  for (let [from, to] of spans) {
    while (from <= to && slot[from] === -1) from++;
    while (to >= from && slot[to] === -1) to--;
    if (from > to) continue;
    const paragraph = paragraphOf[from]!;
    // A sentence across a blank line, or tokens that do not follow one another: read paragraph by paragraph.
    if (paragraphOf[to] !== paragraph || slot[to]! - slot[from]! !== to - from) return null;
    const index = sentences.length;
    const first = slot[from]!;
    const last = slot[to]!;
    if (first !== (sentences.at(-1)?.tokenEnd ?? 0)) return null;
    for (let t = first; t <= last; t++) tokens[t]!.sentence = index;
    sentences.push({
      index,
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      tokenStart: first,
      tokenEnd: last + 1,
      paragraph,
    });
  }
  if ((sentences.at(-1)?.tokenEnd ?? 0) !== tokens.length) return null;
  return { tokens, sentences };
}

/** Letters of Latin Extended-A/B and IPA (ğ ş ı ł ő ə …), which the tagger splits out of a word as unknown tokens. */
const EXTENDED_LATIN = /[\u0100-\u02af]/g;
/** Where a letter's decomposition starts with no ASCII letter (ı, ł, đ, ə …): the ASCII letter it reads as. */
const ASCII_LOOKALIKE: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ħ: "h",
  Ħ: "H",
  ŀ: "l",
  Ŀ: "L",
  ŋ: "n",
  Ŋ: "N",
  ə: "e",
  Ə: "E",
  ƒ: "f",
  ſ: "s",
  ŧ: "t",
  Ŧ: "T",
  ĸ: "k",
  ɛ: "e",
  Ɛ: "E",
  ɔ: "o",
  Ɔ: "O",
};

/**
 * The text as the tagger is given it: each extended-Latin letter replaced by one ASCII letter of the same case
 * ("Erdoğan" → "Erdogan", "Şimşek" → "Simsek"), so the word stays one token. One code unit for one, so every
 * offset holds; token texts are still cut from the verbatim text.
 */
export function foldForTagger(slice: string): string {
  return slice.replace(EXTENDED_LATIN, (c) => {
    const base = c.normalize("NFD").charAt(0);
    if (base !== c && base.charCodeAt(0) < 0x80) return base;
    return ASCII_LOOKALIKE[c] ?? (c === c.toUpperCase() ? "X" : "x");
  });
}

function analyzeParagraph(text: string, para: Range, paragraph: number, tokens: Token[], sentences: Sentence[]) {
  const slice = foldForTagger(text.slice(para.start, para.end));
  const { values, pos, lemmas, types, spans } = tag(slice);
  const first = tokens.length;
  let cursor = 0;
  const local: Token[] = values.map((value, i) => {
    const at = slice.indexOf(value, cursor);
    // wink may normalise a token (rare); fall back to the cursor so offsets stay monotonic.
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + value.length : Math.min(slice.length, cursor + value.length);
    cursor = end;
    return {
      start: para.start + start,
      end: para.start + end,
      text: text.slice(para.start + start, para.start + end),
      pos: pos[i] ?? "X",
      lemma: lemmas[i] ?? value.toLowerCase(),
      type: types[i] ?? "word",
      sentence: -1,
    };
  });
  for (const [from, to] of spans) {
    const index = sentences.length;
    for (let t = from; t <= to; t++) local[t]!.sentence = index;
    sentences.push({
      index,
      start: local[from]!.start,
      end: local[to]!.end,
      tokenStart: first + from,
      tokenEnd: first + to + 1,
      paragraph,
    });
  }
  // Not push(...local): a paragraph of a few hundred thousand tokens (a 2 MB line) overflows the call stack.
  for (const token of local) tokens.push(token);
}
