// The end of a scraped article: boilerplate and credit lines, where an outlet often names itself.
import { BOILERPLATE_CUES, WEAK_BOILERPLATE_CUES } from "./line-patterns";
import type { Line } from "./lines";
import { type MetaDraft, offer, type Span } from "./meta-draft";
import { findOutlets } from "./outlets";

/** How many lines from the end may be footer: credits and notices sit in the last few. */
const FOOTER_LINES = 3;
/** Credits and notices are a sentence or two; a longer line is story, and scanning it for names costs time. */
const MAX_FOOTER_CHARS = 600;

/**
 * Finds boilerplate among the last lines of the story (to leave out of the body) and takes the outlet
 * from the first well-known name such a line holds ("Anadolu Agency website contains only …").
 */
export function readFooter(lines: readonly Line[], draft: MetaDraft): Span[] {
  const excluded: Span[] = [];
  for (const line of lines.slice(-FOOTER_LINES)) {
    if (line.text.length > MAX_FOOTER_CHARS) continue;
    const [known] = findOutlets(line.text, false);
    const strong = BOILERPLATE_CUES.some((re) => re.test(line.text));
    if (!strong && !(known && WEAK_BOILERPLATE_CUES.some((re) => re.test(line.text)))) continue;
    excluded.push({ start: line.start, end: line.end });
    if (known) {
      offer(draft, "outlet", {
        value: known.outlet.name,
        span: { start: line.start + known.start, end: line.start + known.end },
      });
      continue;
    }
    const source = /^source\s*:\s*(.{2,60}?)\s*$/i.exec(line.text);
    if (source?.[1]) {
      const start = line.start + line.text.lastIndexOf(source[1]);
      offer(draft, "outlet", { value: source[1], span: { start, end: start + source[1].length } });
    }
  }
  return excluded;
}
