// Search snippets: the store marks matches with « and »; the page shows them as <mark> around text nodes.
export type SnippetPart = { text: string; match: boolean };

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of snippet.split(/[«»]/).entries()) {
    // Split on both marks: odd chunks are the matches (an unclosed « simply runs to the end).
    if (chunk) parts.push({ text: chunk, match: i % 2 === 1 });
  }
  return parts;
}
