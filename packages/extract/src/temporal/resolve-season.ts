// Seasons: "the fall of 2020" is its year; "last summer", "this spring" count from publication.
import { partialDateValue } from "@dateline/core/dates";
import type { Shape } from "./candidate";
import { coverInterval, type Interval, monthInterval } from "./cover";
import { type Env, noDate, type Outcome } from "./outcome";
import { SEASONS } from "./words";

/** The season's occurrences around a year, each named by the year it begins in (winter begins in December). */
function occurrences(season: { first: number; last: number }, year: number): Interval[] {
  return [year - 2, year - 1, year, year + 1].map((y) => ({
    earliest: partialDateValue(y, season.first, 1),
    latest: monthInterval(season.last < season.first ? y + 1 : y, season.last).latest,
  }));
}

export function resolveSeason(shape: Extract<Shape, { kind: "season" }>, env: Env): Outcome {
  if (shape.year !== null) {
    const why = "a season of a stated year: the year (a season is no month)";
    return {
      value: partialDateValue(shape.year),
      anchor: { kind: "stated", value: null },
      inferred: false,
      weekday: null,
      why,
    };
  }
  if (!env.pub) return noDate("a season counted from publication, but the article is undated");
  const pubMonth = `${env.pub.earliest.slice(0, 7)}-01`;
  const spans = occurrences(SEASONS[shape.season]!, Number(env.pub.earliest.slice(0, 4)));
  const begun = spans.findLastIndex((s) => s.earliest <= pubMonth);
  const running = spans[begun]!.latest >= pubMonth;
  let index: number;
  if (shape.offset < 0)
    index = running ? begun - 1 : begun; // "last summer": the latest one over
  else if (shape.offset > 0)
    index = begun + 1; // "next summer": the first not yet begun
  else index = env.tense.tense === "past" || running ? begun : begun + 1; // "this summer", by the tense
  const chosen = spans[index];
  const value = chosen ? coverInterval(chosen) : null;
  if (!value) return noDate(`a ${shape.season} that spans two years, no single year`);
  const why = `${chosen!.earliest.slice(0, 7)}…${chosen!.latest.slice(0, 7)}, counted from ${env.pub.label}`;
  return {
    value,
    anchor: { kind: env.pub.kind, value: env.pub.value },
    inferred: env.pub.kind === "context",
    weekday: null,
    why,
  };
}
