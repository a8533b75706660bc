// Scraper-style header lines at the top of a text file: "Title: …", "Source: …", "Published: …".
import { HEADER_KEYS } from "./line-patterns";
import { textLines } from "./lines";
import type { MetaDraft } from "./meta-draft";
import { normalizeKey } from "./metadata-keys";
import { offerStructured } from "./structured-fields";

const KEY_LINE = /^([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.*)$/;

/** One labelled line ("Author: Jane Doe") anywhere in a header: the field and the value's offsets in the line. */
export function readKeyLine(line: string): { key: string; field: string; value: string; valueStart: number } | null {
  const m = KEY_LINE.exec(line);
  const field = m?.[1] ? HEADER_KEYS[normalizeKey(m[1])] : undefined;
  if (!m || !field || field === "ignore" || m[2]!.trim().length === 0) return null;
  const value = m[2]!.trim();
  return { key: m[1]!, field, value, valueStart: line.lastIndexOf(value) };
}

/**
 * Reads a block of `Key: value` lines at the top (at least two, all with known keys) into the draft and
 * returns the offset where the rest of the text begins; returns `from` when there is no such block.
 */
export function readKeyValueHeader(text: string, from: number, draft: MetaDraft): number {
  const lines = textLines(text, from);
  const block: Array<{ field: string; value: string; valueStart: number; end: number; key: string }> = [];
  for (const line of lines) {
    const m = KEY_LINE.exec(line.text);
    const key = m?.[1]?.trim().toLowerCase();
    const field = key ? HEADER_KEYS[normalizeKey(key)] : undefined;
    if (!m || !field) break;
    // A blank line ends the block: the story follows.
    const previous = block.at(-1);
    if (previous && /\n[ \t\r]*\n/.test(text.slice(previous.end, line.start))) break;
    const value = m[2]!;
    block.push({ field, value, valueStart: line.start + line.text.length - value.length, end: line.end, key: m[1]! });
  }
  if (block.length < 2) return from;
  for (const { field, value, valueStart, key } of block) {
    if (field === "ignore" || value.trim().length === 0) continue;
    const start = valueStart + (value.length - value.trimStart().length);
    const span = { start, end: start + value.trim().length };
    offerStructured(draft, field as Parameters<typeof offerStructured>[1], value, `header line '${key}:'`, span);
  }
  return block.at(-1)!.end;
}
