// Calendar dates and weekdays as chrono-node reads them, kept only where the text states each part.
import * as chrono from "chrono-node";
import type { Candidate } from "./candidate";

/**
 * chrono's casual English parser: it knows "Nov. 21", "28 Nov 2023", "2023-11-28", "September 19-20",
 * "18th of November" and weekdays. Its relative readings ("two days later", "this month") are dropped:
 * those are anchored by our own rules, which know what they count from.
 */
const parser = chrono.en.casual;

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

/** Candidates for one paragraph [from, to) of text. */
export function chronoCandidates(text: string, from: number, to: number): Candidate[] {
  const slice = text.slice(from, to);
  if (!TRIGGER.test(slice)) return [];
  const out: Candidate[] = [];
  for (const r of parser.parse(slice, new Date(Date.UTC(2000, 0, 1)))) {
    const words = r.text.replace(/[\s,.;:]+$/, "").replace(/\.$/, "");
    const start = from + r.index;
    const end = start + r.text.replace(/[\s,;:]+$/, "").length;
    const c = r.start;
    const before = text.slice(Math.max(from, start - 24), start);
    if (c.isCertain("month") && (MONTH_NAME.test(words) || c.isCertain("year"))) {
      const day = c.isCertain("day") ? c.get("day") : null;
      const year = c.isCertain("year") ? c.get("year") : null;
      // Numbers alone ("3/4") are fractions or scores as often as dates: they need a year to count.
      if (!MONTH_NAME.test(words) && year === null) continue;
      if (day === null && year === null && !(/^[A-Z]/.test(words) && MONTH_ALONE_BEFORE.test(before))) continue;
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
      const which = WEEKDAY_WHICH.exec(words)?.[1]?.toLowerCase();
      out.push({
        start,
        end,
        source: "chrono",
        shape: {
          kind: "weekday",
          weekday: c.get("weekday")!,
          which: which === "last" || which === "past" ? "last" : which === "next" ? "next" : which ? "this" : null,
        },
      });
    }
  }
  return out;
}
