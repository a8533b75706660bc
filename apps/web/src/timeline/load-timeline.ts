// What the time line shows for a query: everything when it fits one page; otherwise one date window (the
// reader's, or the latest year with events) a page at a time, with the nearest earlier and later windows that
// hold events; or the events without a usable date, a page at a time. Never the whole KB in one response.
import type { EventListItem, EventStatus, PartialDate } from "@dateline/core/schema";
import type { Api } from "../server/kb";
import { eachPage } from "../server/paging";
import { dayNumber, isoOfDay } from "./time-axis";
import type { TimelineQuery } from "./timeline-query";
import {
  type DateWindow,
  dayAfter,
  dayBefore,
  shiftWindow,
  windowAt,
  windowDays,
  windowEndingAt,
  windowStep,
} from "./timeline-window";

/**
 * Events per page: enough to read a stretch of the story, with the rest a "more" link away. Each row costs its
 * share of the render and about 0.7 kB of HTML and payload: 100 made the 10,000-article home page 123 kB and about
 * 10 ms of its 28 ms of server CPU (200, with whole events, had made it 339 kB and 210 ms to first byte).
 */
export const PAGE_SIZE = 50;
/** How many years back from next year the default window looks for the latest year with events. */
const YEARS_BACK = 60;

/**
 * What a time-line row shows of an event, and nothing more. A listed event carries its first three reports at
 * most (EventListItem), with the counts of all of them and the first words for its time, which is what a row
 * needs: the counts are the whole event's, however many reports the listing left out.
 */
export interface TimelineRow {
  id: string;
  title: string;
  type: string;
  status: EventStatus;
  background: boolean;
  date: (PartialDate & { inferred: boolean }) | null;
  /** Distinct articles reporting the event. */
  sources: number;
  /** The sources disagree on some field. */
  conflicted: boolean;
  /** Words the first report that has them uses for the time ("late on Monday"): shown for undated events. */
  when: string | null;
}

export function timelineRow(e: EventListItem, conflicted: ReadonlySet<string>): TimelineRow {
  const d = e.date;
  return {
    id: e.id,
    title: e.title,
    type: e.type,
    status: e.status,
    background: e.background,
    date: d && { value: d.value, precision: d.precision, earliest: d.earliest, latest: d.latest, inferred: d.inferred },
    sources: e.sourceCount,
    conflicted: conflicted.has(e.id),
    when: e.when?.text ?? null,
  };
}

export interface TimelineData {
  /** all: every event fits; window: one date window; undated: the events no window holds. */
  mode: "all" | "window" | "undated";
  events: TimelineRow[];
  /** The window shown (absent in "all" mode and for an open-ended from/to). */
  window?: Partial<DateWindow>;
  /** The window was chosen for the reader because the events do not fit one page. */
  defaulted: boolean;
  /** Cursor of the next page of this window or listing. */
  nextCursor: string | null;
  earlier: DateWindow | null;
  later: DateWindow | null;
  /** In "all" mode: more undated events than shown. */
  moreUndated: boolean;
}

/** Caches a value derived from the KB under a key, for as long as the KB is unchanged (see server/kb memoized). */
export type Memo = <T>(key: string, compute: () => Promise<T>) => Promise<T>;
const noMemo: Memo = (_key, compute) => compute();

export async function loadTimeline(
  api: Api,
  query: TimelineQuery,
  memo: Memo = noMemo,
  { pageSize = PAGE_SIZE }: { pageSize?: number } = {},
): Promise<TimelineData> {
  const filters = {
    actor: query.actor,
    type: query.type,
    source: query.source,
    place: query.place,
    background: query.show === "news" ? false : query.show === "background" ? true : undefined,
  };
  const list = (extra: { undated: boolean; from?: string; to?: string; cursor?: string; limit?: number }) =>
    api.events.list({ ...filters, limit: pageSize, ...extra });
  const any = async (extra: { from?: string; to?: string; status?: "occurred" }) =>
    (await api.events.list({ ...filters, undated: false, limit: 1, ...extra })).items[0];

  const key = (what: string, extra: unknown = null) => `timeline:${what}:${JSON.stringify([filters, extra])}`;

  const base = { defaulted: false, earlier: null, later: null, moreUndated: false };
  let data: Omit<TimelineData, "events"> & { events: EventListItem[] };
  if (query.lane === "undated") {
    const page = await list({ undated: true, cursor: query.after });
    data = { ...base, mode: "undated", events: page.items, nextCursor: page.nextCursor };
  } else if (query.from || query.to) {
    const window = { from: query.from, to: query.to };
    const page = await list({ undated: false, ...window, cursor: query.after });
    data = { ...base, mode: "window", window, events: page.items, nextCursor: page.nextCursor };
  } else if (query.after) {
    // A later page of the whole dated time line (no window).
    const page = await list({ undated: false, cursor: query.after });
    data = { ...base, mode: "window", events: page.items, nextCursor: page.nextCursor };
  } else {
    // Whether every dated event fits one page is remembered: on a large KB it does not, and asking costs a page.
    const tooMany = await memo(key("too-many"), async () => (await list({ undated: false })).nextCursor !== null);
    if (!tooMany) {
      const [dated, undated] = await Promise.all([list({ undated: false }), list({ undated: true })]);
      data = {
        ...base,
        mode: "all",
        events: [...dated.items, ...undated.items],
        nextCursor: null,
        moreUndated: undated.nextCursor !== null,
      };
    } else {
      // Too many for one page: open on the latest year in which something happened (not only was planned), as a
      // reader following a story would; failing that, the latest year with any event.
      const window = await memo(key("latest-year"), async () => {
        const next = new Date().getUTCFullYear() + 1;
        for (const status of ["occurred", undefined] as const) {
          for (let y = next; y > next - YEARS_BACK; y--) {
            if (await any({ from: String(y), to: String(y), status })) return { from: String(y), to: String(y) };
          }
        }
        return null;
      });
      const shown = await list({ undated: false, ...window });
      data = {
        ...base,
        mode: "window",
        window: window ?? undefined,
        defaulted: window !== null,
        events: shown.items,
        nextCursor: shown.nextCursor,
      };
    }
  }
  if (data.mode === "window" && data.window?.from && data.window.to) {
    const window = data.window as DateWindow;
    [data.earlier, data.later] = await Promise.all([
      memo(key("earlier", window), () => earlierWindow(window, any)),
      memo(key("later", window), () => laterWindow(window, any)),
    ]);
  }
  return { ...data, events: await timelineRows(api, data.events, memo) };
}

/** These events as time-line rows, each flagged when the sources disagree on it. */
export async function timelineRows(
  api: Api,
  events: readonly EventListItem[],
  memo: Memo = noMemo,
): Promise<TimelineRow[]> {
  const conflicted = await memo("conflicted-events", () => conflictedEvents(api));
  return events.map((e) => timelineRow(e, conflicted));
}

type Probe = (range: { from?: string; to?: string }) => Promise<EventListItem | undefined>;

/** The nearest window of the same length after this one that holds an event. */
async function laterWindow(window: DateWindow, any: Probe): Promise<DateWindow | null> {
  const step = windowStep(window);
  if (!step) return null;
  const after = dayAfter(windowDays(window).last);
  // The first event (in time order) still going on after the window; a band begun earlier counts from `after`.
  const next = await any({ from: after });
  if (!next?.date?.earliest) return null;
  return windowAt([next.date.earliest, after].sort()[1]!, step);
}

/**
 * The nearest window of the same length before this one that holds an event: the latest day any event begun
 * before the window still covers, found by bisection with one-row queries (the listing only runs forwards).
 */
async function earlierWindow(window: DateWindow, any: Probe): Promise<DateWindow | null> {
  const step = windowStep(window);
  if (!step) return null;
  // Most often the window just before holds events: one query instead of a bisection.
  const previous = shiftWindow(window, -1);
  if (previous && (await any(previous))) return previous;
  const before = dayBefore(windowDays(window).first);
  const first = await any({ to: before });
  if (!first?.date?.earliest) return null;
  let lo = dayNumber(first.date.earliest);
  let hi = dayNumber(before);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (await any({ from: isoOfDay(mid), to: before })) lo = mid;
    else hi = mid - 1;
  }
  return windowEndingAt(isoOfDay(lo), step);
}

/** Every event the sources disagree on, from one pass over the conflicts (cached per KB generation). */
async function conflictedEvents(api: Api): Promise<Set<string>> {
  const ids = new Set<string>();
  await eachPage(
    (cursor) => api.conflicts.list({ limit: 500, cursor }),
    (items) => {
      for (const c of items) ids.add(c.eventId);
    },
  );
  return ids;
}
