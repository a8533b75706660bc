// Lines of the verbatim text with their offsets, trimmed of surrounding whitespace (CRLF and NBSP included).

export interface Line {
  /** Offset of the first non-space character. */
  start: number;
  /** Offset just past the last non-space character. */
  end: number;
  text: string;
}

/** The non-blank lines of text[from, to), in order; a line that holds only spaces or NBSP is blank. */
export function textLines(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let start = m.index;
    let end = Math.min(m.index + m[0].length, to);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Collapses runs of whitespace (NBSP included) so that copies differing only in spacing compare equal. */
export function normalizeSpace(s: string): string {
  // Only runs and odd spaces are replaced: a global /\s+/ replace rebuilds the string at every single
  // space, which takes seconds on a multi-megabyte line.
  return s.replace(/(?! )\s+| \s+/g, " ").trim();
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
