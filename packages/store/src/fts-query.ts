// User search text → a safe FTS5 query: every word quoted, so input is only ever data, never syntax.
import { BadQueryError } from "./errors";
import { MAX_QUERY_LENGTH } from "./index";

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Words become quoted FTS5 strings (implicitly ANDed); a `"quoted phrase"` stays one phrase; a trailing `*`
 * makes a prefix. Operators (AND, OR, NEAR, ^, :, parentheses) are searched as words, not obeyed. Pieces
 * with no letter or digit are dropped; if nothing is left the query is a BadQueryError.
 */
export function toFtsQuery(input: string): string {
  const text = input.trim();
  if (text.length === 0) throw new BadQueryError("the search text is empty");
  if (text.length > MAX_QUERY_LENGTH) {
    throw new BadQueryError(`the search text is ${text.length} characters; at most ${MAX_QUERY_LENGTH} are allowed`);
  }
  const parts: string[] = [];
  // A phrase in double quotes (an unclosed quote runs to the end), or a run of non-space characters.
  for (const m of text.matchAll(/"([^"]*)"?(\*?)|([^\s"]+)/g)) {
    const phrase = m[1];
    const raw = phrase ?? m[3] ?? "";
    const prefix = phrase !== undefined ? m[2] === "*" : raw.endsWith("*");
    const words = (phrase !== undefined ? raw : raw.replace(/\*+$/, "")).trim();
    if (!HAS_WORD.test(words)) continue;
    parts.push(`"${words.replaceAll('"', '""')}"${prefix ? "*" : ""}`);
  }
  if (parts.length === 0) throw new BadQueryError(`'${text}' has no words to search for`);
  return parts.join(" ");
}
