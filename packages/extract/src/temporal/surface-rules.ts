// Date phrases chrono does not read (years, decades, seasons, relative spans), as a table of patterns.
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "@dateline/core/dates";
import type { Candidate, Hedge, Shape, Unit } from "./candidate";
import { NUMBER_SOURCE, numberOf, VAGUE_NUMBERS, WEEKDAYS } from "./words";

interface SurfaceRule {
  /** What the rule reads, for tests and debugging. */
  name: string;
  /** A cheap test the text must pass before the full pattern runs: most articles hold few of these words. */
  hint: RegExp;
  pattern: RegExp;
  /** The shape the match says, or null when a guard rejects it (a count, not a year). */
  shape: (m: RegExpExecArray, text: string, at: number) => Shape | null;
}

const NUM = NUMBER_SOURCE;
const HEDGES: Readonly<Record<string, Hedge>> = {
  "more than": "over",
  over: "over",
  "just over": "over",
  "at least": "over",
  "less than": "under",
  under: "under",
  "fewer than": "under",
  "just under": "under",
  nearly: "about",
  almost: "about",
  about: "about",
  around: "about",
  roughly: "about",
  some: "about",
  approximately: "about",
};
const HEDGE = `(?:(${Object.keys(HEDGES)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\s+)?`;
const UNIT = "(day|week|month|year|decade)s?";

/** Month names and their abbreviations ("Sept" before "Sep", so that the longer is tried first). */
const MONTH_WORDS = [...MONTH_NAMES, "Sept", ...MONTH_ABBREVIATIONS.filter((m) => m !== "May")];
/** 1–12 for a month's name or abbreviation. */
const monthNumber = (name: string) => MONTH_NAMES.findIndex((m) => m.startsWith(name)) + 1;

const unitOf = (w: string): Unit => w.toLowerCase().replace(/s$/, "") as Unit;
const lower = (s: string | undefined) => (s ?? "").toLowerCase();

/** A preposition right before a four-digit number makes it a year ("in 1988", "since 1991"). */
const YEAR_BEFORE =
  /\b(?:in|since|by|until|till|from|before|after|during|of|between|and|to|through|early|late|mid)\s+$/i;
/** A lower-case plural right after it makes it a count ("2000 troops"), unless the word is a known non-count. */
const COUNTED_AFTER =
  /^\s+(?!(?:was|has|is|as|this|its|elections|talks|accords|protests|games|olympics|crisis|census|amendments)\b)[a-z]+s\b/;
/** Words before a four-digit number that make it an amount ("about 2000", "$1500", "No. 1991"). */
const AMOUNT_BEFORE =
  /(?:[$€£#]|\bno\.|\b(?:about|over|some|nearly|around|almost|than|least|approximately|roughly|up to)\s)\s*$/i;

/** A weekday, month, year or "today"/"yesterday" earlier in the sentence: the main clause was dated there. */
const DATE_WORD = new RegExp(
  `\\b(?:${[...WEEKDAYS, ...MONTH_NAMES, "today", "yesterday", "tonight"].join("|")}|(?:1[6-9]|20)\\d\\d)\\b`,
);
/** How far back the sentence is searched. */
const SENTENCE_REACH = 300;

function datedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - SENTENCE_REACH), at);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1;
  return DATE_WORD.test(before.slice(start));
}

export const SURFACE_RULES: readonly SurfaceRule[] = [
  {
    name: "count + unit + later/earlier (from the previous date)",
    hint: /\b(?:later|earlier|afterwards|after|before)\b/i,
    pattern: new RegExp(
      `\\b${HEDGE}(${NUM})\\s+${UNIT}\\s+(later|earlier|afterwards|after(?=\\s*[,.;:])|before(?=\\s*[,.;:]))`,
      "gi",
    ),
    shape: (m) => {
      const amount = numberOf(m[2]!);
      if (amount === null) return null;
      const sign = /earlier|before/i.test(m[4]!) ? -1 : 1;
      const vague = VAGUE_NUMBERS.has(lower(m[2])) || m[1] !== undefined;
      return {
        kind: "prev-offset",
        unit: unitOf(m[3]!),
        amount: sign * amount,
        spread: vague ? amount : 0,
        period: false,
      };
    },
  },
  {
    // "Fico was in a serious condition on Thursday, a day after a gunman shot him": the date told before it in the
    // sentence is the main clause's, so what follows "after" came that long before it. (Without a date earlier in
    // the sentence the phrase dates the main clause instead, which the rule cannot tell from here: no reading.)
    name: "count + days + after + a happening (before the sentence's date)",
    hint: /\bafter\b/i,
    // Days only: "three weeks after his kiss" is a round figure, which a week's precision would not show.
    pattern: new RegExp(`\\b(${NUM})\\s+(day)s?\\s+after(?=\\s+[\\p{L}])`, "giu"),
    shape: (m, text, at) => {
      const amount = numberOf(m[1]!);
      if (amount === null || VAGUE_NUMBERS.has(lower(m[1])) || !datedBefore(text, at)) return null;
      return { kind: "prev-offset", unit: unitOf(m[2]!), amount: -amount, spread: 0, period: false };
    },
  },
  {
    name: "days/weeks later (vague, from the previous date)",
    hint: /\b(?:later|earlier)\b/i,
    pattern: /\b(days|weeks|months|hours)\s+(later|earlier)\b/gi,
    shape: (m) => {
      const sign = lower(m[2]) === "earlier" ? -1 : 1;
      if (lower(m[1]) === "hours") return { kind: "prev-offset", unit: "day", amount: 0, spread: sign, period: false };
      // "Days later": at least two, and fewer than would be called "a week later".
      return { kind: "prev-offset", unit: unitOf(m[1]!), amount: 2 * sign, spread: 4 * sign, period: false };
    },
  },
  {
    // "launched a drone attack overnight, killing…": the night before publication, which may be either of its two
    // days. Not when a day is named with it ("overnight on Sunday", "overnight into Monday").
    name: "overnight (the night before publication)",
    hint: /\bovernight\b/i,
    // Only as an adverb, where the clause goes on or ends ("an overnight curfew" is every night's).
    pattern:
      /\bovernight(?=\s*[,.;:!?)]|\s*$|\s+(?:as|while|when|with|in|at|across|near|against|targeting|killing|leaving|amid)\b)/gi,
    shape: () => ({ kind: "pub-span", unit: "day", amount: 1, direction: -1 }),
  },
  {
    // "Modi said in a televised address moments later": within minutes of the date told before, so its day.
    name: "moments/minutes/seconds later (the previous date's day)",
    hint: /\b(?:later|earlier|after|before)\b/i,
    // Also "moments after the touchdown", "immediately after the vote": the happening it counts from is the one
    // told last, whose day it takes (not "shortly after", which may be days).
    pattern:
      /\b(?:(?:moments|minutes|seconds)\s+(?:later|earlier)\b|(?:moments|minutes|seconds|immediately)\s+(?:after|before)(?=\s+the\s))/gi,
    shape: () => ({ kind: "prev-offset", unit: "day", amount: 0, spread: 0, period: false }),
  },
  {
    name: "the next/following/previous day|week|month|year",
    hint: /\b(?:next|following|previous|preceding)\b/i,
    pattern: /\bthe\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)\b/gi,
    shape: (m) => {
      const sign = /next|following/i.test(m[1]!) ? 1 : -1;
      const word = lower(m[2]);
      const unit: Unit = word === "week" || word === "month" || word === "year" ? word : "day";
      return { kind: "prev-offset", unit, amount: sign, spread: 0, period: unit !== "day" };
    },
  },
  {
    name: "the day before/after (from the previous date)",
    hint: /\bday\s+(?:before|after)\b/i,
    pattern: /\bthe\s+day\s+(before|after)(?=\s*[,.;:])/gi,
    shape: (m) => ({
      kind: "prev-offset",
      unit: "day",
      amount: lower(m[1]) === "after" ? 1 : -1,
      spread: 0,
      period: false,
    }),
  },
  {
    name: "that day / the same day / later that week",
    hint: /\b(?:that|same)\s/i,
    pattern:
      /\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(day|morning|afternoon|evening|night|week|month|year)\b/gi,
    shape: (m) => {
      const word = lower(m[1]);
      const unit: Unit = word === "week" || word === "month" || word === "year" ? word : "day";
      return { kind: "prev-offset", unit, amount: 0, spread: 0, period: true };
    },
  },
  {
    // "would meet them later in the evening", "earlier in the day": the day told before, or publication day.
    name: "later/earlier in the day|morning|afternoon|evening",
    hint: /\b(?:later|earlier)\s+in\s+the\b/i,
    pattern: /\b(?:later|earlier)\s+in\s+the\s+(?:day|morning|afternoon|evening)\b/gi,
    shape: () => ({ kind: "prev-offset", unit: "day", amount: 0, spread: 0, period: true, orPublication: true }),
  },
  {
    name: "count + unit + ago (from publication)",
    hint: /\bago\b/i,
    pattern: new RegExp(`\\b${HEDGE}(${NUM})\\s+${UNIT}\\s+ago\\b`, "gi"),
    shape: (m) => {
      const amount = numberOf(m[2]!);
      if (amount === null) return null;
      const hedge = m[1] ? (HEDGES[lower(m[1])] ?? "about") : "exact";
      return { kind: "pub-ago", unit: unitOf(m[3]!), amount, hedge, vague: VAGUE_NUMBERS.has(lower(m[2])) };
    },
  },
  {
    name: "today / tonight / yesterday / tomorrow",
    hint: /\b(?:today|tonight|yesterday|tomorrow|night|this)\b/i,
    pattern:
      /\b(?:(?:earlier|later)\s+)?(today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b/gi,
    shape: (m) => {
      const w = lower(m[1]);
      const offset = w === "yesterday" || w.startsWith("last") ? -1 : w === "tomorrow" ? 1 : 0;
      return { kind: "pub-period", unit: "day", offset, part: "whole" };
    },
  },
  {
    name: "(earlier|later) this/last/next week|month|year",
    hint: /\b(?:this|last|next)\s+(?:week|month|year)\b/i,
    pattern: /\b(?:(earlier|later|early|late)\s+)?(?<!\bthe\s)(this|last|next)\s+(week|month|year)\b/gi,
    shape: (m) => {
      const part = /^earl/i.test(m[1] ?? "") ? "earlier" : /^late/i.test(m[1] ?? "") ? "later" : "whole";
      const offset = lower(m[2]) === "last" ? -1 : lower(m[2]) === "next" ? 1 : 0;
      return { kind: "pub-period", unit: lower(m[3]) as "week" | "month" | "year", offset, part };
    },
  },
  {
    name: "the weekend",
    hint: /\bweekend\b/i,
    pattern: /\b(?:(?:over|at|during)\s+)?(this\s+past|past|this|last|next|the)\s+weekend\b/gi,
    shape: (m) => {
      const offset = /last|past/i.test(m[1]!) ? -1 : lower(m[1]) === "next" ? 1 : 0;
      return { kind: "pub-period", unit: "weekend", offset, part: "whole" };
    },
  },
  {
    name: "earlier/later in the week|month|year",
    hint: /\bin\s+the\s+(?:week|month|year)\b/i,
    pattern: /\b(earlier|later)\s+in\s+the\s+(week|month|year)\b/gi,
    shape: (m) => ({
      kind: "pub-period",
      unit: lower(m[2]) as "week" | "month" | "year",
      offset: 0,
      part: lower(m[1]) === "earlier" ? "earlier" : "later",
    }),
  },
  {
    name: "the end/beginning of the year|month|week",
    hint: /\bof\s+(?:the|this|last|next)\s+(?:week|month|year)\b/i,
    pattern: /\bthe\s+(end|beginning|start|middle)\s+of\s+(the|this|last|next)\s+(week|month|year)\b/gi,
    shape: (m) => {
      const offset = lower(m[2]) === "last" ? -1 : lower(m[2]) === "next" ? 1 : 0;
      const part = lower(m[1]) === "end" ? "later" : lower(m[1]) === "middle" ? "whole" : "earlier";
      return { kind: "pub-period", unit: lower(m[3]) as "week" | "month" | "year", offset, part };
    },
  },
  {
    name: "in the coming/past weeks, in recent years",
    hint: /\b(?:coming|next|past|last|recent)\b/i,
    pattern: new RegExp(
      `\\b(?:(?:in|over|during|within|for)\\s+)?(?:the\\s+(coming|next|past|last)|(recent))\\s+(?:(${NUM})\\s+)?(days?|weeks?|months?|years?|decades?)\\b`,
      "gi",
    ),
    shape: (m) => {
      const direction = /coming|next/i.test(m[1] ?? "") ? 1 : -1;
      const given = m[3] ? numberOf(m[3]) : null;
      // Without a count, "the past week" is one and "the coming weeks" a few.
      const amount = given ?? (/s$/i.test(m[4]!) ? 3 : 1);
      return { kind: "pub-span", unit: unitOf(m[4]!), amount, direction };
    },
  },
  {
    name: "month + last/this/next year",
    hint: /\b(?:last|this|next)\s+year\b/i,
    pattern: new RegExp(`\\b(${MONTH_WORDS.join("|")})\\.?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "g"),
    shape: (m) => ({
      kind: "calendar",
      year: null,
      month: monthNumber(m[1]!),
      day: null,
      weekday: null,
      yearOffset: m[2] === "last" ? -1 : m[2] === "next" ? 1 : 0,
    }),
  },
  {
    name: "season + year",
    hint: /\b(?:spring|summer|fall|autumn|winter)\b/i,
    pattern: /\b(?:the\s+)?(spring|summer|fall|autumn|winter)\s+(?:of\s+)?((?:1[6-9]|20)\d\d)\b/gi,
    shape: (m) => ({ kind: "season", season: lower(m[1]), year: Number(m[2]), offset: 0 }),
  },
  {
    name: "last/this/next season",
    hint: /\b(?:spring|summer|fall|autumn|winter)\b/i,
    pattern: /\b(last|this|next|past)\s+(spring|summer|fall|autumn|winter)\b/gi,
    shape: (m) => ({
      kind: "season",
      season: lower(m[2]),
      year: null,
      offset: /last|past/i.test(m[1]!) ? -1 : lower(m[1]) === "next" ? 1 : 0,
    }),
  },
  {
    name: "decade: the (early) 1990s, the '90s",
    hint: /\d0s\b/,
    pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[-\s]?)?(?:((?:1[5-9]|20)\d0)|'([3-9]0))s\b/gi,
    shape: (m) => ({ kind: "decade", decade: m[1] ? Number(m[1]) : 1900 + Number(m[2]) }),
  },
  {
    name: "year: 1991, in 1988",
    hint: /\b(?:1[6-9]|20)\d\d\b/,
    // "mid-2022" is a year; any other hyphen before it makes it part of a code or a range ("COVID-2019").
    pattern: /(?<![\d,./–])(?<!(?<!mid)-)\b((?:1[6-9]|20)\d\d)\b(?![\d%]|[,.]\d|s\b|'s\b|[-/–]\d\d?\b)/gi,
    shape: (m, text, at) => {
      const after = text.slice(at + m[0].length, at + m[0].length + 24);
      const before = text.slice(Math.max(0, at - 16), at);
      if (AMOUNT_BEFORE.test(before)) return null;
      const prep = YEAR_BEFORE.test(before);
      if (!prep && COUNTED_AFTER.test(after)) return null;
      // "Vision 2030", "Euro 2024", "Agenda 2063": a capitalised word right before makes it part of a name.
      if (!prep && /\b[A-Z][\w-]*\s+$/.test(before) && !/(?:^|[.!?]\s+)[A-Z][\w-]*\s+$/.test(before)) return null;
      return { kind: "year", year: Number(m[1]) };
    },
  },
];

/** Every rule's matches in a stretch of text (a body range); offsets index the whole text. */
export function surfaceCandidates(text: string, from: number, to: number): Candidate[] {
  const slice = text.slice(from, to);
  const out: Candidate[] = [];
  for (const rule of SURFACE_RULES) {
    if (!rule.hint.test(slice)) continue;
    rule.pattern.lastIndex = 0;
    for (const m of slice.matchAll(rule.pattern)) {
      if (m[0].includes("\n")) continue; // a phrase never runs across paragraphs
      const shape = rule.shape(m as RegExpExecArray, text, from + m.index);
      if (shape) out.push({ start: from + m.index, end: from + m.index + m[0].length, shape, source: "rule" });
    }
  }
  return out;
}
