// One phrase's shape → its date, by the rule for that kind of phrase.
//
// | phrase                        | dated article (published P)                                  | undated article          |
// |-------------------------------|--------------------------------------------------------------|--------------------------|
// | "November 18, 2023", ISO, …   | that day (anchor stated)                                     | same                     |
// | "On November 18", "Nov. 21"   | past: latest on/before P; future: next on/after; planned:    | --11-18 (year unknown)   |
// |                               | nearest; a weekday beside it picks the year; shortly after   | or the scene's year      |
// |                               | an older stated day, that day's year (anchor context); a     |                          |
// |                               | scheduled thing's day ("elections on June 8") told in the    |                          |
// |                               | past: the coming one when the last is nearly a year back     |                          |
// | "in November"                 | as above, month precision                                    | --11                     |
// | "on Monday", "late on Monday" | past: latest on/before P (P itself counts); future: next     | null, weekday kept       |
// |                               | on/after; "last"/"next Monday" exclude P                     |                          |
// | "Two days later", "the next   | counted from the nearest date told before, at its precision  | same (--MM-DD shifts too)|
// | day", "a month later"         | (months and years later: never a day)                        |                          |
// | "yesterday", "last week",     | the period around P: a day, the month or year it covers      | null (or the story's     |
// | "earlier this month", …       | (a week straddling months → the year; straddling years → no) | opening date, context)   |
// | "two weeks ago", "a month ago"| the month it lands in, never a day; "more than …" → no date  | null                     |
// | "1991", "the early 1990s",    | the year, the decade, the year (anchor stated)               | same                     |
// | "the fall of 2020"            |                                                              |                          |
import type { Shape } from "./candidate";
import type { Env, Outcome } from "./outcome";
import { resolveCalendar, resolveWeekday } from "./resolve-calendar";
import { resolvePrevOffset, resolvePubAgo, resolvePubPeriod, resolvePubSpan } from "./resolve-relative";
import { resolveSeason } from "./resolve-season";

export function resolveShape(shape: Shape, env: Env): Outcome {
  switch (shape.kind) {
    case "calendar":
      return resolveCalendar(shape, env);
    case "weekday":
      return resolveWeekday(shape, env);
    case "year":
      return {
        value: String(shape.year),
        anchor: { kind: "stated", value: null },
        inferred: false,
        weekday: null,
        why: "states the year",
      };
    case "decade":
      return {
        value: `${shape.decade}s`,
        anchor: { kind: "stated", value: null },
        inferred: false,
        weekday: null,
        why: "states the decade",
      };
    case "season":
      return resolveSeason(shape, env);
    case "pub-period":
      return resolvePubPeriod(shape, env);
    case "pub-ago":
      return resolvePubAgo(shape, env);
    case "pub-span":
      return resolvePubSpan(shape, env);
    case "prev-offset":
      return resolvePrevOffset(shape, env);
  }
}

/** Shapes whose year or week depends on whether the clause speaks of the future. */
export function needsTense(shape: Shape): boolean {
  return (
    (shape.kind === "calendar" && shape.year === null) ||
    shape.kind === "weekday" ||
    (shape.kind === "pub-period" && (shape.unit === "week" || shape.unit === "weekend") && shape.offset === 0) ||
    (shape.kind === "season" && shape.year === null && shape.offset === 0)
  );
}
