// One phrase's shape → its date, by the rule for that kind of phrase.
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
