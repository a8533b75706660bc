// Is an event context the article recalls rather than its news? Dated well before publication, or a bare year.
import { addDays } from "@dateline/core/dates";
import type { Article, EventStatus, TemporalExpression } from "@dateline/core/schema";

/** How far before publication an event is recalled rather than reported. */
export const BACKGROUND_DAYS = 60;

/** The last cut-off worked out: every draft of an article asks with the same publication day. */
let last = { published: "", cutoff: "" };

function cutoffFor(published: string): string {
  if (last.published !== published) last = { published, cutoff: addDays(published, -BACKGROUND_DAYS) };
  return last.cutoff;
}

export function isBackground(article: Article, te: TemporalExpression | null, status: EventStatus): boolean {
  const date = te?.date;
  if (!date || status !== "occurred") return false;
  const published = article.published?.earliest ?? article.inferredPublished?.earliest ?? null;
  if (published && date.latest) return date.latest < cutoffFor(published);
  // Without a publication date, a bare year or decade ("in 1988", "the 1990s") is history; a day is not.
  return date.precision === "year" || date.precision === "decade";
}
