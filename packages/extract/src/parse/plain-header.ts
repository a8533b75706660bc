// The block above the story in plain text: section, headline, outlet, date and byline lines, subtitle.
import { readByline } from "./byline";
import { readCreditLine } from "./credit";
import { type DateLine, readDateLine } from "./date-line";
import type { DateMatch } from "./date-text";
import { readKeyLine } from "./key-value-header";
import { isDebris, isPhotoCredit, isProse, isSectionLine, looksLikeOutletName, unwrapMarkup } from "./line-kinds";
import { NOT_NAME_WORDS } from "./line-patterns";
import { type Line, normalizeSpace, wordCount } from "./lines";
import { explainMissing, type MetaDraft, offer, type Span } from "./meta-draft";
import { outletOfLine } from "./outlets";
import { offerStructured, type StructuredField } from "./structured-fields";

/** How far down the story may start: a header longer than this is not a header. */
const MAX_HEADER_LINES = 12;
/** Header lines are short; a longer line is story, whatever its punctuation. */
const MAX_HEADER_LINE_CHARS = 400;
/** A byline or date line may follow a standfirst that reads like prose; look this many lines past it. */
const LOOKAHEAD = 3;

export interface HeaderResult {
  /** Lines of the header that carry metadata or debris, not the story. */
  excluded: Span[];
  /** The first line of the story (the first paragraph), if any. */
  firstStoryLine: Line | null;
}

/** Index of the first line of prose: the header is everything above it. */
function storyIndex(lines: readonly Line[]): number {
  const limit = Math.min(lines.length, MAX_HEADER_LINES);
  for (let i = 0; i < limit; i++) {
    const t = lines[i]!.text;
    if (t.length > MAX_HEADER_LINE_CHARS || isProse(t)) return i;
  }
  // No prose near the top: treat only the first line as a possible headline.
  return Math.min(1, lines.length);
}

const hasHeadlineWord = (t: string) => t.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()));
// Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every call when it stands in a function.
const CAPITAL_START = /^[\p{Lu}\d]/u;
const isCapitalised = (t: string) =>
  t.split(/\s+/).every((w) => CAPITAL_START.test(w) || /^(?:of|the|and|de|al|el)$/.test(w));

type Credit = { name: string; start: number; end: number } | null;

/** Offers an author and an outlet read at offsets `start`/`end` within a line that begins at `at`. */
function offerCredits(draft: MetaDraft, at: number, author: Credit, outlet: Credit): void {
  if (author) offer(draft, "author", { value: author.name, span: { start: at + author.start, end: at + author.end } });
  if (outlet) offer(draft, "outlet", { value: outlet.name, span: { start: at + outlet.start, end: at + outlet.end } });
}

function applyDateLine(draft: MetaDraft, dateLine: DateLine, at: number, line: string): void {
  if (dateLine.published) applyDate(draft, "published", dateLine.published, at, line);
  if (dateLine.updated) applyDate(draft, "updated", dateLine.updated, at, line);
  offerCredits(draft, at, dateLine.author, dateLine.outlet);
}

function applyDate(draft: MetaDraft, field: "published" | "updated", m: DateMatch, at: number, line: string) {
  if (m.problem) draft.warnings.push(`the date line '${line}' is odd: ${m.problem}`);
  if (m.date) offer(draft, field, { value: m.date, span: { start: at + m.start, end: at + m.end } });
  else explainMissing(draft, field, `the date line '${line}' names no real date (${m.problem})`);
}

/**
 * Reads the header at the top of the story's lines (earlier copies already set aside), filling the
 * draft's title, outlet, author, published and updated fields with the exact words they come from.
 */
export function readPlainHeader(lines: readonly Line[], draft: MetaDraft, explainGaps = true): HeaderResult {
  const zoneEnd = storyIndex(lines);
  const excluded: Span[] = [];
  const seen = new Set<string>();
  const scanEnd = Math.min(lines.length, zoneEnd + LOOKAHEAD);
  const dateLines = new Map<number, DateLine>();
  for (let i = 0; i < scanEnd; i++) {
    const inner = unwrapMarkup(lines[i]!.text).text;
    const dateLine = inner.length <= MAX_HEADER_LINE_CHARS ? readDateLine(inner) : null;
    if (dateLine) dateLines.set(i, dateLine);
  }
  let titleSeen = draft.title !== undefined;
  let subtitleSeen = false;

  for (let i = 0; i < scanEnd; i++) {
    const line = lines[i]!;
    const inStory = i >= zoneEnd;
    const inner = unwrapMarkup(line.text);
    const t = inner.text;
    const at = line.start + inner.offset;
    const key = normalizeSpace(t).toLowerCase();
    const exclude = () => excluded.push({ start: line.start, end: line.end });
    if (!inStory && (isDebris(t) || seen.has(key) || isPhotoCredit(t))) {
      exclude();
      continue;
    }
    seen.add(key);
    const dateLine = dateLines.get(i);
    if (dateLine) {
      applyDateLine(draft, dateLine, at, t);
      exclude();
      continue;
    }
    const byline = readByline(t);
    if (byline) {
      offerCredits(draft, at, byline.author, byline.outlet);
      exclude();
      continue;
    }
    // Below the first paragraph only date and byline lines are metadata; everything else is story.
    if (inStory) continue;
    const labelled = readKeyLine(t);
    if (labelled) {
      const span = { start: at + labelled.valueStart, end: at + labelled.valueStart + labelled.value.length };
      offerStructured(draft, labelled.field as StructuredField, labelled.value, `header line '${labelled.key}:'`, span);
      exclude();
      continue;
    }
    if (!titleSeen && isSectionLine(t)) {
      exclude();
      continue;
    }
    const credit = titleSeen ? readCreditLine(t) : null;
    if (credit) {
      for (const part of credit) {
        const span = { start: at + part.start, end: at + part.start + part.text.length };
        if (part.kind === "author") offer(draft, "author", { value: part.text, span });
        if (part.kind === "outlet") offer(draft, "outlet", { value: part.name, span });
      }
      exclude();
      continue;
    }
    const known = outletOfLine(t);
    const besideDate = dateLines.has(i - 1) || dateLines.has(i + 1);
    // An unknown name beside the date line is the outlet ("Iran Front Page") unless it reads like a headline.
    const outletShaped =
      titleSeen &&
      (looksLikeOutletName(t) ||
        (besideDate && wordCount(t) <= 5 && !/[.!?]$/.test(t) && !hasHeadlineWord(t) && isCapitalised(t)));
    if (known || outletShaped) {
      offer(draft, "outlet", { value: known?.name ?? t, span: { start: at, end: at + t.length } });
      exclude();
      continue;
    }
    if (!titleSeen) {
      offer(draft, "title", { value: t, span: { start: at, end: at + t.length } });
      titleSeen = true;
      exclude();
      continue;
    }
    if (!subtitleSeen) {
      subtitleSeen = true;
      exclude();
    }
  }
  // In html and json the markup was the place to look; its reasons say more than the text's.
  if (explainGaps && zoneEnd === 0 && lines.length > 0) {
    explainMissing(draft, "title", "the text begins with the story itself; there is no headline line above it");
    explainMissing(draft, "published", "the text begins with the story itself; there is no date line above it");
    explainMissing(draft, "author", "the text begins with the story itself; there is no byline above it");
  }
  return { excluded, firstStoryLine: lines[zoneEnd] ?? null };
}
