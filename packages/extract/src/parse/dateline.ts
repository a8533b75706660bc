// The dateline that opens a story: "WASHINGTON, DC —", "BAKU:", "KYIV, March 3 (Reuters) -", "Brussels, 27 June 2017 –".
import { MONTHS, parseDateValue } from "./date-text";
import { NOT_A_DATELINE } from "./line-patterns";
import type { Line } from "./lines";
import { type MetaDraft, offer } from "./meta-draft";
import { findOutlets } from "./outlets";

/** Month names as datelines write them ("March", "Nov."), longest first so "March" is not read as "Mar". */
const MONTH = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`)
  .join("|")})\\.?`;
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3}";
const TITLE_PLACE = "\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){0,2}";
const REGION = "(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})";
/** "March 3", "Nov. 28, 2023", "27 June 2017": a day, with or without its year. */
const DATE = `(?:,\\s*(?<date>${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?))`;
const AGENCY = "(?:\\((?<agency>[^)]{1,40})\\))";

/** An upper-case place, then optionally region, date and agency, then a dash or colon. */
const CAPS_DATELINE = new RegExp(
  `^(?<place>${CAPS_PLACE}${REGION}?)(?!\\p{Ll})\\s*${DATE}?\\s*${AGENCY}?\\s*(?:[—–]|-{1,2}|:)\\s+`,
  "u",
);
/**
 * A place in ordinary case counts only when an agency or a date confirms the shape: "Baku (AFP) —",
 * "Brussels, 27 June 2017 –" (the press-release form).
 */
const AGENCY_DATELINE = new RegExp(
  `^(?<place>${TITLE_PLACE}${REGION}?)\\s*${DATE}?\\s*${AGENCY}\\s*(?:[—–]|-{1,2})\\s+`,
  "u",
);
const DATED_DATELINE = new RegExp(
  `^(?<place>${TITLE_PLACE}${REGION}?)${DATE}\\s*${AGENCY}?\\s*(?:[—–]|-{1,2})\\s+`,
  "u",
);

/**
 * Reads a dateline at the start of the story's first paragraph. The dateline stays in the body text;
 * its place becomes `dateline`, an agency in parentheses an outlet candidate, a date the filing day.
 */
export function readDateline(line: Line | null, draft: MetaDraft): void {
  if (!line) return;
  const m = CAPS_DATELINE.exec(line.text) ?? AGENCY_DATELINE.exec(line.text) ?? DATED_DATELINE.exec(line.text);
  const g = m?.groups;
  if (!m || !g?.place) return;
  const place = g.place.trim();
  if (NOT_A_DATELINE.has(place.toUpperCase()) || place.replace(NOT_LETTER, "").length < 2) return;
  offer(draft, "dateline", { value: place, span: { start: line.start, end: line.start + place.length } });
  if (g.agency) readAgency(line, m[0], g.agency, draft);
  if (g.date) {
    // The filing day, at the precision written: "March 3" is a day whose year the dateline does not say.
    const parsed = parseDateValue(g.date, { allowNoYear: true });
    const at = line.start + m[0].indexOf(g.date);
    if (parsed?.date) offer(draft, "published", { value: parsed.date, span: { start: at, end: at + g.date.length } });
    else draft.warnings.push(`the dateline '${m[0].trim()}' names no real date`);
  }
}

// Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every call when it stands in a function.
const NOT_LETTER = /[^\p{L}]/gu;
const AGENCY_NAME = /^\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}$/u;

function readAgency(line: Line, opening: string, agency: string, draft: MetaDraft): void {
  const at = line.start + opening.indexOf(`(${agency})`) + 1;
  const [known] = findOutlets(agency, false);
  if (known) {
    offer(draft, "outlet", { value: known.outlet.name, span: { start: at + known.start, end: at + known.end } });
  } else if (AGENCY_NAME.test(agency) && !NOT_A_DATELINE.has(agency.toUpperCase())) {
    offer(draft, "outlet", { value: agency, span: { start: at, end: at + agency.length } });
  }
}
