// Tests on single lines: prose or not, debris, a photo caption, a section label, an outlet-shaped name.
import { DEBRIS_LINE, OUTLET_WORDS, PHOTO_CREDIT, SECTION_WORDS } from "./line-patterns";
import { normalizeSpace, wordCount } from "./lines";

const ENDS_SENTENCE = /[.…]["'”’»)\]]*$/;
const ENDS_QUESTION = /[!?]["'”’»)\]]*$/;

/**
 * A paragraph of the story rather than a headline or a label: it ends like a sentence and is long enough,
 * or it is long whatever its end. Headlines rarely end with a full stop; a question needs more words.
 */
export function isProse(line: string): boolean {
  // Thirty words decide it; counting further in a huge single-line file would only cost time.
  const words = wordCount(line.slice(0, 1000));
  return (ENDS_SENTENCE.test(line) && words >= 5) || (ENDS_QUESTION.test(line) && words >= 16) || words >= 30;
}

/** Debris is a short line; a long one is text whatever it holds. */
const MAX_DEBRIS_CHARS = 300;

export function isDebris(line: string): boolean {
  if (line.length > MAX_DEBRIS_CHARS) return false;
  const t = normalizeSpace(line);
  return DEBRIS_LINE.some((re) => re.test(t));
}

/** A caption's credit: a photo pattern on a line that is not itself a paragraph of the story. */
export function isPhotoCredit(line: string): boolean {
  // The patterns first: asked of every line, they rule out nearly all at once, where the prose test counts words.
  return line.length < 300 && PHOTO_CREDIT.some((re) => re.test(line)) && !isProse(line);
}

/** "World, Americas", "News › Europe", "Politics": every part a known section word, or a breadcrumb trail. */
export function isSectionLine(line: string): boolean {
  if (line.length > 60) return false;
  const parts = line.split(/\s*(?:,|\||\/|>|›|»|·|•)\s*/).filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((p) => SECTION_WORDS.has(p.toLowerCase()));
}

// Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every call when it stands in a function.
const OUTLET_WORD_FORM = /^[\p{Lu}\d][\p{L}\d'’&.-]*$/u;

/** A short capitalised line with an organisation word or a domain: "Iran Front Page", "caucasuswatch.de". */
export function looksLikeOutletName(line: string): boolean {
  if (/^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|am|az|ge|ru|ua|de|fr|uk|co\.uk|tr|ir|io)$/i.test(line))
    return true;
  const words = line.split(/\s+/);
  if (words.length > 5 || /[.!?]$/.test(line)) return false;
  if (!words.every((w) => OUTLET_WORD_FORM.test(w) || ["of", "the", "and", "de"].includes(w))) return false;
  return words.some((w) => OUTLET_WORDS.has(w.toLowerCase()));
}

/** A line's words without markdown heading or emphasis marks, and where they stand in the line. */
export function unwrapMarkup(line: string): { offset: number; text: string } {
  const m = /^(#{1,6}\s+|[*_]{1,3}(?=\S))?(.*?)([*_]{1,3})?$/.exec(line);
  const lead = m?.[1]?.length ?? 0;
  const trail = m?.[3]?.length ?? 0;
  const text = line.slice(lead, line.length - trail);
  return text.trim().length > 0 ? { offset: lead, text } : { offset: 0, text: line };
}
