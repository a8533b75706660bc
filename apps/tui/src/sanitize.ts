// Article text is untrusted: no escape sequence, control or bidi character may reach the terminal.

// C0 controls except tab/newline, DEL, C1 controls, and the bidi embedding/override/isolate marks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every unsafe character replaced by a visible placeholder, so offsets and widths stay put. */
export function sanitize(text: string): string {
  return text.replace(UNSAFE, "\ufffd");
}

/** One line, for list cells: whitespace folded, unsafe characters replaced, cut to `width` with an ellipsis. */
export function cell(text: string, width: number): string {
  const flat = sanitize(text).replace(/\s+/g, " ").trim();
  if (width <= 0) return "";
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(0, width - 1))}…`;
}
