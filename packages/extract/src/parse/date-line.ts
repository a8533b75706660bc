// A line that gives the article's dates and perhaps its byline: "Nov 28 2023", "Rabia Iclal Turan | 28.11.2023 - Update : 29.11.2023".

import { creditPart } from "./credit";
import { type DateMatch, findDates } from "./date-text";
import { UPDATE_LABEL } from "./line-patterns";

export interface DateLine {
  /** The publication date, then an update date, as found in the line (offsets relative to the line). */
  published: DateMatch | null;
  updated: DateMatch | null;
  /** A person's name beside the dates, with its offsets in the line. */
  author: { name: string; start: number; end: number } | null;
  /** An outlet beside the dates ("28 Nov 2023 — Caspian Daily"). */
  outlet: { name: string; start: number; end: number } | null;
}

/** Words that may stand beside a date on a date line without making it a sentence. */
const FILLER = /\b(?:published|posted|first published|last|updated?|modified|edited|date|on|at|gmt|utc|local time)\b/gi;
/** Time-zone abbreviations are upper case (EST, CEST, AZT); matched case-sensitively so "Post" stays a word. */
const ZONE = /\b[A-Z]{1,4}T\b/g;
const TIME = /\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?/gi;
const SEPARATORS = /[|•·,:;/()[\]\-–—]+/g;

/** Reads a line as a date line; null when it says more than dates, labels and a byline. */
export function readDateLine(line: string): DateLine | null {
  const dates = findDates(line, { allowNoYear: true });
  if (dates.length === 0) return null;
  let published: DateMatch | null = null;
  let updated: DateMatch | null = null;
  for (const d of dates) {
    const labelledUpdate = UPDATE_LABEL.test(line.slice(0, d.start));
    if (labelledUpdate) updated ??= d;
    else published ??= d;
  }
  // Blank out everything a date line may hold; what is left must be nothing, or a byline.
  let rest = line;
  for (const d of dates) rest = rest.slice(0, d.start) + " ".repeat(d.end - d.start) + rest.slice(d.end);
  rest = rest.replace(TIME, (m) => " ".repeat(m.length)).replace(ZONE, (m) => " ".repeat(m.length));
  const segments = rest
    .split(SEPARATORS)
    .map((s) => s.replace(FILLER, " ").trim())
    .filter((s) => s.length > 0);
  const result: DateLine = { published, updated, author: null, outlet: null };
  if (segments.length > 3) return null;
  // What is left must be credits: a name, an outlet, a role; anything else makes the line a sentence.
  for (const segment of segments) {
    const part = creditPart(segment);
    if (!part) return null;
    const start = line.indexOf(part.text);
    const span = { start, end: start + part.text.length };
    if (part.kind === "author") result.author ??= { name: part.text, ...span };
    if (part.kind === "outlet") result.outlet ??= { name: part.name, ...span };
  }
  return result;
}
