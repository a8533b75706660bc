// Search snippets: text around the matches, each match between two marks that news text never holds.

/**
 * Private-use characters, not « and »: articles quote with guillemets ("«The ministers shared their views …»"), and a
 * quote's own mark read as a match's made the page highlight everything but the match.
 */
export const MATCH_OPEN = "\uE000";
export const MATCH_CLOSE = "\uE001";

/** How a character is named in documentation: "U+E000". */
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The marks as a REST client's documentation names them: "U+E000 and U+E001". */
export const MATCH_MARKS_NAMED = `${codePoint(MATCH_OPEN)} and ${codePoint(MATCH_CLOSE)}`;

export type SnippetPart = { text: string; match: boolean };

/** The snippet as plain and matched runs, in order (an unclosed match runs to the end). */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let from = 0;
  for (let i = 0; i <= snippet.length; i++) {
    const c = snippet[i];
    if (i < snippet.length && c !== MATCH_OPEN && c !== MATCH_CLOSE) continue;
    if (i > from) parts.push({ text: snippet.slice(from, i), match });
    match = c === MATCH_OPEN;
    from = i + 1;
  }
  return parts;
}

/** The snippet's text without its marks. */
export const plainSnippet = (snippet: string): string => markSnippet(snippet, (m) => m);

/** The snippet with every match passed through `mark` ("**peace**", a terminal's colours, or nothing). */
export function markSnippet(snippet: string, mark: (match: string) => string): string {
  return snippetParts(snippet)
    .map((p) => (p.match ? mark(p.text) : p.text))
    .join("");
}
