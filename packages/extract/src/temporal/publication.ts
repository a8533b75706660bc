// The publication date as a reference point: its interval and the label explanations quote.
import { weekdayName } from "@dateline/core/dates";
import type { PartialDate } from "@dateline/core/schema";

export interface PubRef {
  value: string;
  /** First and last day the publication may be; a day-precise date has earliest === latest. */
  earliest: string;
  latest: string;
  /** The ISO day when the article gives it; weekday rules need it. */
  day: string | null;
  /** "published Tue 2023-11-28", or the value at its own precision; says what the date is. */
  label: string;
  /** Publication, or (undated article) the date its first lines give, which is only an inference. */
  kind: "publication" | "context";
}

/** Null when the article has no publication date with a year: nothing can be anchored on it. */
export function pubRef(published: PartialDate | null): PubRef | null {
  if (!published || published.earliest === null || published.latest === null) return null;
  const day = published.precision === "day" ? published.value : null;
  return {
    value: published.value,
    earliest: published.earliest,
    latest: published.latest,
    day,
    label: `published ${day ? `${weekdayName(day).slice(0, 3)} ${day}` : published.value}`,
    kind: "publication",
  };
}

/** An undated story's opening date ("Brussels, 27 June 2017 – …") standing in for its publication date. */
export function openingRef(day: string): PubRef {
  return {
    value: day,
    earliest: day,
    latest: day,
    day,
    label: `the story's opening date ${weekdayName(day).slice(0, 3)} ${day}`,
    kind: "context",
  };
}
