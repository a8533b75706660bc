// The time line's filters as they live in the URL: parsed leniently (a bad value is dropped and reported).

import { isPartialDateValue, partialDate } from "@dateline/core/dates";
import { EVENT_TYPES, type EventType } from "@dateline/core/schema";

export type SearchParams = Record<string, string | string[] | undefined>;

export type BackgroundMode = "news" | "all" | "background";

export interface TimelineQuery {
  actor?: string;
  type?: EventType;
  source?: string;
  place?: string;
  from?: string;
  to?: string;
  show: BackgroundMode;
  /** Where this page of a long window starts: the listing cursor the previous page handed out. */
  after?: string;
  /** "undated": the events without a usable date (year unknown or none), which no date window holds. */
  lane?: "undated";
}

export interface ParsedQuery {
  query: TimelineQuery;
  /** Values that were ignored, and why, to show above the results rather than fail. */
  problems: string[];
}

export function first(params: SearchParams, key: string): string | undefined {
  const v = params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s?.trim() ? s.trim() : undefined;
}

const datedBound = (v: string) => isPartialDateValue(v) && partialDate(v).earliest !== null;

export function parseTimelineQuery(params: SearchParams): ParsedQuery {
  const problems: string[] = [];
  const query: TimelineQuery = { show: "news" };
  // Each filter takes one value: a URL that repeats one (?type=call&type=statement) is told which value counts,
  // rather than shown the first value's results as if they answered both.
  for (const [key, v] of Object.entries(params)) {
    const values = Array.isArray(v) ? [...new Set(v.map((x) => x.trim()).filter(Boolean))] : [];
    if (values.length > 1)
      problems.push(
        `${key} takes one value: '${values[0]}' used, ${values
          .slice(1)
          .map((x) => `'${x}'`)
          .join(", ")} ignored`,
      );
  }
  const actor = first(params, "actor");
  if (actor) query.actor = actor;
  const source = first(params, "source");
  if (source) query.source = source;
  const place = first(params, "place");
  if (place) query.place = place;
  const after = first(params, "after");
  if (after) query.after = after;
  const lane = first(params, "lane");
  if (lane === "undated") query.lane = lane;
  else if (lane) problems.push(`unknown lane '${lane}' (undated)`);
  const type = first(params, "type");
  if (type && type in EVENT_TYPES) query.type = type as EventType;
  else if (type) problems.push(`unknown event type '${type}'`);
  for (const key of ["from", "to"] as const) {
    const v = first(params, key);
    if (v && datedBound(v)) query[key] = v;
    else if (v) problems.push(`'${v}' is not a date for ${key} (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  const show = first(params, "show");
  if (show === "all" || show === "background") query.show = show;
  else if (show && show !== "news") problems.push(`unknown show '${show}' (news, all or background)`);
  return { query, problems };
}

/** The URL of the time line with these filters (empty ones left out, so URLs stay short and shareable). */
export function timelineHref(query: Partial<TimelineQuery>): string {
  const params = new URLSearchParams();
  for (const key of ["actor", "type", "source", "place", "from", "to"] as const) {
    const v = query[key];
    if (v) params.set(key, v);
  }
  if (query.show && query.show !== "news") params.set("show", query.show);
  if (query.lane) params.set("lane", query.lane);
  if (query.after) params.set("after", query.after);
  const s = params.toString();
  return s ? `/?${s}` : "/";
}
