// Splits a sentence into clauses: events, their people and their dates are looked for clause by clause.
import type { Sentence, Token } from "../nlp/analyze";

export interface Clause {
  sentence: Sentence;
  /** Token indices into Analysis.tokens, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** Character offsets of the clause's first and last token. */
  start: number;
  end: number;
}

const SUBORDINATORS = new Set(["while", "whereas", "although", "though", "but"]);
const NEW_SUBJECT_POS = new Set(["DET", "PROPN", "PRON", "NOUN"]);

/**
 * Where a new clause begins: after ";", at ", but/while/whereas …", and at ", and" when a new subject follows
 * ("…, and Moscow said"). A bare "and" + verb keeps the subject, so it stays in the clause.
 */
function startsClause(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const tok = tokens[i]!;
  if (!prev) return false;
  if (prev.text === ";") return true;
  if (prev.text !== ",") return false;
  const word = tok.text.toLowerCase();
  if (SUBORDINATORS.has(word)) return true;
  if (word === "and") {
    const next = tokens[i + 1];
    return next !== undefined && NEW_SUBJECT_POS.has(next.pos);
  }
  return false;
}

export function splitClauses(tokens: Token[], sentence: Sentence): Clause[] {
  const out: Clause[] = [];
  let from = sentence.tokenStart;
  const close = (to: number) => {
    // A clause of punctuation only (a stray quote mark) tells nothing.
    if (to > from && tokens.slice(from, to).some((t) => t.pos !== "PUNCT")) {
      out.push({ sentence, tokenStart: from, tokenEnd: to, start: tokens[from]!.start, end: tokens[to - 1]!.end });
    }
    from = to;
  };
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    if (!startsClause(tokens, i)) continue;
    close(i);
    // The conjunction joins the clauses; it belongs to neither ("and Blinken pledged" starts at Blinken).
    if (tokens[i]!.pos === "CCONJ" || tokens[i]!.pos === "SCONJ" || SUBORDINATORS.has(tokens[i]!.text.toLowerCase())) {
      from = i + 1;
    }
  }
  close(sentence.tokenEnd);
  return out;
}
