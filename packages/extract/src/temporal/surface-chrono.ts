// Calendar dates and weekdays as chrono-node reads them, kept only where the text states each part.
import * as chrono from "chrono-node";
import { partitionPoint } from "../nlp/search";
import type { Candidate } from "./candidate";
import { boundedRefiners } from "./chrono-refiners";

/**
 * chrono's casual English parser, cut down to the parsers that read calendar dates and weekdays ("Nov. 21",
 * "28 Nov 2023", "2023-11-28", "September 19-20", "18th of November", "on Monday"). Its relative and
 * time-of-day readings ("two days later", "this month", "at 10.30") are left out: our own rules anchor
 * those, knowing what they count from; leaving them out also makes chrono several times faster.
 */
const KEPT_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENWeekdayParser",
  "ENYearMonthNameParser",
  "ENMonthNameParser",
]);
const parser = chrono.en.casual.clone();
parser.parsers = parser.parsers.filter((p) => KEPT_PARSERS.has(p.constructor.name));
parser.refiners = boundedRefiners(parser.refiners);

const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** A paragraph without any of these cannot hold a date chrono reads; skipping it keeps extraction fast. */
const TRIGGER =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/i;

/** Words that make a weekday part of a name, not a date ("Black Friday", "Super Tuesday"). */
const WEEKDAY_NAME_BEFORE = /\b(?:black|good|holy|ash|super|cyber|easter|palm|maundy|bloody|shrove)\s+$/i;

/** A month name alone is a date only after one of these, or with a year: "may" and "march" are also verbs. */
const MONTH_ALONE_BEFORE =
  /\b(?:in|since|until|till|by|from|of|early|late|mid|last|next|this|through|during|before|after|between|and|or|to|throughout)[\s-]+$/i;

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const WEEKDAY_WHICH = /\b(last|next|this|past|coming)\s+\w+$/i;
/** "That Sunday", "the following Monday": a weekday counted in the story's time, from the day told before. */
const STORY_WEEKDAY_BEFORE = /\b(?:that|the\s+following)\s+$/i;
/** A weekday naming what happens every week: "Friday prayers", "the Friday prayer leader", "Sunday school". */
const WEEKLY_AFTER =
  /^\s+(?:prayers?|sermons?|mass(?:es)?|services?|schools?|markets?|bazaars?|editions?|supplements?|magazines?|newspapers?|papers?|shows?|programmes?|programs?|clubs?|leagues?)\b/i;

/**
 * Candidates in the given paragraphs. Only paragraphs with a trigger are read, all in one chrono call
 * (chrono's cost is mostly per call): they are joined with blank lines and the offsets mapped back.
 */
export function chronoCandidates(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): Candidate[] {
  const parts = paragraphs.filter((p) => TRIGGER.test(text.slice(p.start, p.end)));
  if (parts.length === 0) return [];
  const offsets: Array<{ at: number; start: number; end: number }> = [];
  let joined = "";
  for (const p of parts) {
    offsets.push({ at: joined.length, start: p.start, end: p.end });
    joined += `${text.slice(p.start, p.end)}\n\n`;
  }
  const out: Candidate[] = [];
  // A fixed reference keeps the run deterministic; the year chrono implies from it is never used (only
  // certain components are), and 2000 is a leap year, so "February 29" without a year still parses.
  for (const r of parser.parse(joined, CHRONO_REFERENCE)) {
    const part = offsets[partitionPoint(offsets, (o) => o.at <= r.index) - 1];
    if (!part || r.text.includes("\n")) continue;
    const from = part.start;
    const words = r.text.replace(/[\s,.;:]+$/, "").replace(/\.$/, "");
    const start = from + r.index - part.at;
    const end = start + r.text.replace(/[\s,;:]+$/, "").length;
    const c = r.start;
    const before = text.slice(Math.max(from, start - 24), start);
    if (c.isCertain("month") && (MONTH_NAME.test(words) || c.isCertain("year"))) {
      // chrono makes "end of March" the 31st and "mid-March" the 15th: the text names only the month.
      const partOfMonth = /\b(?:end|beginning|start|middle)\s+of\b|\bmid\b/i.test(words);
      const day = c.isCertain("day") && !partOfMonth ? c.get("day") : null;
      const year = c.isCertain("year") ? c.get("year") : null;
      // Numbers alone ("3/4") are fractions or scores as often as dates: they need a year to count.
      if (!MONTH_NAME.test(words) && year === null) continue;
      if (day === null && year === null && !partOfMonth && !(/^[A-Z]/.test(words) && MONTH_ALONE_BEFORE.test(before)))
        continue;
      out.push({
        start,
        end,
        source: "chrono",
        shape: {
          kind: "calendar",
          year,
          month: c.get("month")!,
          day,
          weekday: c.isCertain("weekday") ? c.get("weekday") : null,
        },
      });
    } else if (c.isCertain("weekday") && !c.isCertain("day") && /^[A-Za-z]/.test(words)) {
      if (WEEKDAY_NAME_BEFORE.test(before)) continue;
      // A weekday is capitalised; a short form ("Wed.", "Sat") is one only with its full stop or after "on":
      // "he sat", "The Sun", "Sun Yat-sen" are not days.
      const name = /([A-Za-z]+)\.?$/.exec(words)?.[1] ?? "";
      if (!/^[A-Z]/.test(name)) continue;
      const shortForm = !/day$/i.test(name);
      const dotted = text[end] === "." || words.endsWith(".");
      if (shortForm && !dotted && !/^on\s/i.test(words) && !/\bon\s+$/i.test(before)) continue;
      // "the Sunday Times", "the Monday Club": a weekday inside a name.
      if (/\bthe\s+$/i.test(before) && /^\s+[A-Z]/.test(text.slice(end, end + 3))) continue;
      if (WEEKLY_AFTER.test(text.slice(end, end + 14))) continue;
      const which = WEEKDAY_WHICH.exec(words)?.[1]?.toLowerCase();
      const told = STORY_WEEKDAY_BEFORE.test(before);
      out.push({
        start,
        end,
        source: "chrono",
        shape: {
          kind: "weekday",
          weekday: c.get("weekday")!,
          which: told
            ? "that"
            : which === "last" || which === "past"
              ? "last"
              : which === "next"
                ? "next"
                : which
                  ? "this"
                  : null,
        },
      });
    }
  }
  return out;
}
