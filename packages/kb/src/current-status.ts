// Which reports still speak for an event's status: a plan the later news overtook does not.
import type { EventStatus } from "@dateline/core/schema";
import type { Interval } from "./state";

/**
 * The reports whose status is current: all but the plans told in an article that came out before one telling that
 * the happening took place or was called off ("the truce is due to take effect on Monday", then "the truce took
 * effect"). A plan whose article's date, or every later article's, is unknown stays. Never empty when `reports`
 * is not: the reports that overtake a plan are kept.
 */
export function currentReports<T>(
  reports: readonly T[],
  status: (r: T) => EventStatus,
  published: (r: T) => Interval | null,
): T[] {
  // The latest dated settled report is the one that can overtake the most plans: one pass, not one per plan.
  let latest: string | null = null;
  for (const r of reports) {
    const at = status(r) === "planned" ? null : published(r)?.earliest;
    if (at && (latest === null || at > latest)) latest = at;
  }
  return reports.filter((r) => {
    if (status(r) !== "planned") return true;
    const plan = published(r);
    return plan === null || latest === null || !(latest > plan.latest);
  });
}
