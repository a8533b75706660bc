// What a date phrase says, before it is resolved: the shapes the surface rules and chrono produce.

export type Unit = "day" | "week" | "month" | "year" | "decade";

/** How a count is hedged: "more than two months ago" is open-ended, "about a week ago" approximate. */
export type Hedge = "exact" | "about" | "over" | "under";

export type Shape =
  /** A calendar date as written; null parts are not in the text ("November 18" has no year). */
  | {
      kind: "calendar";
      year: number | null;
      month: number;
      day: number | null;
      weekday: number | null;
      /** "March last year": the year counted from publication (−1, 0, +1). */
      yearOffset?: number;
    }
  /** "on Monday", "last Friday", "next Tuesday". */
  /** `that`: "That Sunday", "the following Monday": the first such day from the day told before, not publication. */
  | { kind: "weekday"; weekday: number; which: "last" | "next" | "this" | "that" | null }
  | { kind: "year"; year: number }
  | { kind: "decade"; decade: number }
  /** "the fall of 2020" (year given) or "last summer" (relative to publication). */
  | { kind: "season"; season: string; year: number | null; offset: number }
  /** A whole period around publication: "yesterday" (day −1), "last week", "earlier this month", "next year". */
  | {
      kind: "pub-period";
      unit: "day" | "weekend" | "week" | "month" | "year";
      offset: number;
      part: "whole" | "earlier" | "later";
    }
  /** "two weeks ago", "more than two months ago", "three days ago". */
  | { kind: "pub-ago"; unit: Unit; amount: number; hedge: Hedge; vague: boolean }
  /** A stretch before or after publication: "in the coming weeks", "in recent years", "over the past two years". */
  | { kind: "pub-span"; unit: Unit; amount: number; direction: -1 | 1 }
  /** Counted from the date told before it: "Two days later", "the next day", "the following week", "that day". */
  | {
      kind: "prev-offset";
      unit: Unit;
      amount: number;
      spread: number;
      period: boolean;
      /** "later in the evening": the day told before it when that is a day, else the day of publication. */
      orPublication?: boolean;
    };

export interface Candidate {
  start: number;
  end: number;
  shape: Shape;
  /** Where it came from, to break ties: a rule of ours beats chrono on the same span. */
  source: "rule" | "chrono";
}
