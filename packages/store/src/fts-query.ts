// User search text → search terms → a safe FTS5 query: every word quoted, so input is only ever data, never syntax.
import { BadQueryError } from "./errors";
import { MAX_QUERY_LENGTH } from "./index";

const HAS_WORD = /[\p{L}\p{N}]/u;

/** One piece of a search: a word or a quoted phrase, matched as a prefix when it ended in `*`. */
export interface SearchTerm {
  text: string;
  phrase: boolean;
  prefix: boolean;
}

/**
 * Splits user text the same way for every backend: a `"quoted phrase"` stays one phrase (an unclosed quote
 * runs to the end); a trailing `*` makes a prefix. Operators (AND, OR, NEAR, ^, :, parentheses) are words.
 * Pieces with no letter or digit are dropped; if nothing is left the query is a BadQueryError.
 */
export function searchTerms(input: string): SearchTerm[] {
  const text = input.trim();
  if (text.length === 0) throw new BadQueryError("the search text is empty");
  if (text.length > MAX_QUERY_LENGTH) {
    throw new BadQueryError(`the search text is ${text.length} characters; at most ${MAX_QUERY_LENGTH} are allowed`);
  }
  const terms: SearchTerm[] = [];
  for (const m of text.matchAll(/"([^"]*)"?(\*?)|([^\s"]+)/g)) {
    const phrase = m[1];
    const raw = phrase ?? m[3] ?? "";
    const prefix = phrase !== undefined ? m[2] === "*" : raw.endsWith("*");
    const words = (phrase !== undefined ? raw : raw.replace(/\*+$/, "")).trim();
    if (!HAS_WORD.test(words)) continue;
    terms.push({ text: words, phrase: phrase !== undefined, prefix });
  }
  if (terms.length === 0) throw new BadQueryError(`'${text}' has no words to search for`);
  return terms;
}

/** Terms as quoted FTS5 strings (implicitly ANDed). */
export function toFtsQuery(input: string): string {
  return searchTerms(input)
    .map((t) => `"${t.text.replaceAll('"', '""')}"${t.prefix ? "*" : ""}`)
    .join(" ");
}
