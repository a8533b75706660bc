// Word wrapping that remembers where each line starts in the source text, so spans can be marked after wrapping.

export interface WrappedLine {
  text: string;
  /** Offset of the line's first character in the source text. */
  start: number;
}

/** Wraps at spaces (or hard-breaks a word longer than the width); newlines always break. */
export function wrapText(text: string, width: number): WrappedLine[] {
  const out: WrappedLine[] = [];
  const w = Math.max(8, width);
  let offset = 0;
  for (const paragraph of text.split("\n")) {
    let rest = paragraph;
    let start = offset;
    if (rest.length === 0) out.push({ text: "", start });
    while (rest.length > 0) {
      if (rest.length <= w) {
        out.push({ text: rest, start });
        break;
      }
      let cut = rest.lastIndexOf(" ", w);
      if (cut <= 0) cut = w;
      out.push({ text: rest.slice(0, cut), start });
      const skip = rest[cut] === " " ? 1 : 0;
      start += cut + skip;
      rest = rest.slice(cut + skip);
    }
    offset += paragraph.length + 1;
  }
  return out;
}
