// Dates as written ("Nov 28 2023", "Tue Nov 28 2023", "28.11.2023", "2023-11-28T10:00Z") at their own precision.
// Strict patterns rather than chrono-node: chrono fills unstated parts (a year, a day) from its reference
// date, and metadata must keep exactly the precision the text writes, with offsets of the words.
import { partialDate, partialDateValue, weekdayOf } from "@dateline/core/dates";
import type { PartialDate } from "@dateline/core/schema";

// biome-ignore format: a table reads better in rows
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

// biome-ignore format: a table reads better in rows
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3, thu: 4, thur: 4,
  thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
const WEEKDAY = `(?:(${Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?,?\\s+)?`;
const ORD = "(?:st|nd|rd|th)?";

export interface DateMatch {
  /** Offsets of the date within the searched string. */
  start: number;
  end: number;
  /** The date, or null when the words name an impossible one (see problem). */
  date: PartialDate | null;
  /** Why the date is impossible, or why its weekday disagrees with it. */
  problem: string | null;
}

export interface DateOptions {
  /** Numeric dates are day-first (28.11.2023) unless the source is known to write month first. */
  monthFirst?: boolean;
  /** Accept "November 28" with no year (a day whose year is unknown). */
  allowNoYear?: boolean;
}

type Build = (m: RegExpExecArray, o: DateOptions) => { y: number | null; mo: number; d: number | null; wd?: string };

const PATTERNS: ReadonlyArray<{ re: RegExp; build: Build; needsOption?: "allowNoYear" }> = [
  {
    // ISO 8601 with an optional time: the date part is the day as the publisher wrote it.
    re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
    build: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]! }),
  },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, build: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]! }) },
  {
    re: /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g,
    build: (m, o) => {
      const a = +m[1]!;
      const b = +m[3]!;
      // Day-first unless told otherwise, or unless only month-first makes a date (11/28/2023).
      const monthFirst = o.monthFirst ? a <= 12 : b > 12 && a <= 12;
      return monthFirst ? { y: +m[4]!, mo: a, d: b } : { y: +m[4]!, mo: b, d: a };
    },
  },
  {
    re: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, "gi"),
    build: (m) => ({ wd: m[1], mo: MONTHS[m[2]!.toLowerCase()]!, d: +m[3]!, y: +m[4]! }),
  },
  {
    re: new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "gi"),
    build: (m) => ({ wd: m[1], d: +m[2]!, mo: MONTHS[m[3]!.toLowerCase()]!, y: +m[4]! }),
  },
  {
    re: new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, "gi"),
    build: (m) => ({ mo: MONTHS[m[1]!.toLowerCase()]!, d: null, y: +m[2]! }),
  },
  {
    re: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORD}\\b(?![:.]?\\d)`, "gi"),
    build: (m) => ({ wd: m[1], mo: MONTHS[m[2]!.toLowerCase()]!, d: +m[3]!, y: null }),
    needsOption: "allowNoYear",
  },
  {
    re: new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}(?!\\s*,?\\s*\\d)`, "gi"),
    build: (m) => ({ wd: m[1], d: +m[2]!, mo: MONTHS[m[3]!.toLowerCase()]!, y: null }),
    needsOption: "allowNoYear",
  },
];

const DIGIT = /[0-9]/;

function toDate(
  parts: { y: number | null; mo: number; d: number | null; wd?: string },
  words: string,
): Pick<DateMatch, "date" | "problem"> {
  let value: string;
  try {
    value = partialDateValue(parts.y, parts.mo, parts.d);
    const date = partialDate(value);
    if (parts.wd && parts.y !== null && parts.d !== null) {
      const said = WEEKDAYS[parts.wd.toLowerCase()];
      if (said !== undefined && said !== weekdayOf(value)) {
        return { date, problem: `'${words}' names a weekday that ${value} is not` };
      }
    }
    return { date, problem: null };
  } catch {
    return { date: null, problem: `'${words}' is not a real date` };
  }
}

/** Every date written in s, left to right; where two patterns overlap, the one that starts first and is longest wins. */
export function findDates(s: string, options: DateOptions = {}): DateMatch[] {
  // Every pattern holds a digit (a day or a year): most lines of prose have none, and need no pattern run.
  if (!DIGIT.test(s)) return [];
  const found: Array<DateMatch & { len: number }> = [];
  for (const p of PATTERNS) {
    if (p.needsOption && !options[p.needsOption]) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
      const parts = p.build(m, options);
      found.push({ start: m.index, end: m.index + m[0].length, len: m[0].length, ...toDate(parts, m[0]) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.len - a.len);
  const out: DateMatch[] = [];
  let reached = -1;
  for (const f of found) {
    if (f.start < reached) continue;
    out.push({ start: f.start, end: f.end, date: f.date, problem: f.problem });
    reached = f.end;
  }
  return out;
}

/** The date a metadata value (front matter, JSON, a meta tag) gives, if the value is one date and nothing else. */
export function parseDateValue(value: string, options: DateOptions = {}): DateMatch | null {
  const trimmed = value.trim();
  const year = /^(\d{4})$/.exec(trimmed);
  if (year) return { start: 0, end: trimmed.length, date: partialDate(year[1]!), problem: null };
  const [first] = findDates(trimmed, options);
  if (!first) return null;
  const rest = (trimmed.slice(0, first.start) + trimmed.slice(first.end))
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\b/gi, "")
    .replace(/\b(?:[A-Z]{2,4}T?|GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?\b/g, "")
    .replace(/[\s,|·•\-–—()]+/g, "");
  return rest.length === 0 ? first : null;
}
