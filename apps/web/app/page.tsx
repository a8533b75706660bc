// Timeline (/): events in time order, filtered by the GET form, with conflicts flagged. A KB too large for one
// page is read one date window at a time (the latest year with events unless the reader picks one), a page of
// events at a time, with links to the nearest earlier and later windows; undated events have their own listing.
import type { Metadata } from "next";
import Link from "next/link";
import { articleLabel, plural } from "../src/format";
import { NoKnowledgeBase } from "../src/no-kb";
import { actorOptions, placeOptions, sourceOptions, TYPE_OPTIONS } from "../src/server/derived";
import { type Api, articleName, kb, memoized, memoizedPage } from "../src/server/kb";
import { AnyOf } from "../src/timeline/any-of";
import { loadTimeline, PAGE_SIZE, type TimelineData } from "../src/timeline/load-timeline";
import {
  parseTimelineQuery,
  type SearchParams,
  type TimelineQuery,
  timelineHref,
} from "../src/timeline/timeline-query";
import { TimelineView } from "../src/timeline/timeline-view";
import { windowDays, windowLabel } from "../src/timeline/timeline-window";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseTimelineQuery(await searchParams);
  const title =
    query.lane === "undated"
      ? "Timeline: events without a date"
      : query.from || query.to
        ? `Timeline, ${windowLabel(query)}`
        : "Timeline";
  // The layout's title template applies to the segments below it, not to this page beside it.
  return { title: { absolute: `${title} · Dateline` } };
}

async function sourceName(api: Api, id: string): Promise<string> {
  const article = await articleName(api, id);
  return article ? articleLabel(article) : id;
}

export default async function TimelinePage({ searchParams }: Props) {
  const { query, problems } = parseTimelineQuery(await searchParams);
  const api = await kb();
  if (!api) return <NoKnowledgeBase />;
  const [data, actors, sources, places] = await Promise.all([
    memoizedPage(`timeline:${JSON.stringify(query)}`, () => loadTimeline(api, query, memoized)),
    actorOptions(api),
    sourceOptions(api),
    placeOptions(api),
  ]);
  const source = query.source && !sources ? await sourceName(api, query.source) : null;
  const place = query.place ? (places.find(([id]) => id === query.place)?.[1] ?? query.place) : null;
  return (
    <>
      <h1>Timeline</h1>
      <form method="get" action="/" className="filters" aria-label="Filter events">
        <AnyOf label="Actor" name="actor" value={query.actor} options={actors} />
        <AnyOf label="Type" name="type" value={query.type} options={TYPE_OPTIONS} />
        {sources ? (
          <AnyOf label="Source" name="source" value={query.source} options={sources} />
        ) : (
          <label>
            Source (article id)
            <input name="source" defaultValue={query.source ?? ""} placeholder="article id" />
          </label>
        )}
        <AnyOf label="Place" name="place" value={query.place} options={places} />
        <label>
          From
          <input
            name="from"
            defaultValue={query.from ?? ""}
            placeholder="YYYY-MM"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            inputMode="numeric"
          />
        </label>
        <label>
          To
          <input
            name="to"
            defaultValue={query.to ?? ""}
            placeholder="YYYY-MM-DD"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            inputMode="numeric"
          />
        </label>
        <label>
          Show
          <select name="show" defaultValue={query.show}>
            <option value="news">news only</option>
            <option value="all">news and background</option>
            <option value="background">background only</option>
          </select>
        </label>
        {query.lane ? <input type="hidden" name="lane" value={query.lane} /> : null}
        <div className="filter-buttons">
          <button type="submit">Apply</button>
          <Link prefetch={false} href="/">
            Clear
          </Link>
        </div>
      </form>
      {problems.length > 0 ? (
        <ul className="problems" role="status">
          {problems.map((p) => (
            <li key={p}>Ignored: {p}</li>
          ))}
        </ul>
      ) : null}
      <p className="summary" role="status">
        {summary(data, query, { source, place })}; ⚑ marks events the sources disagree on.
      </p>
      <Pager data={data} query={query} />
      <TimelineView
        events={data.events}
        lanes={data.mode === "all" ? "all" : data.mode === "undated" ? "undated" : "dated"}
        {...clipWindow(data, query)}
      />
      {data.mode === "window" ? (
        <section aria-labelledby="lane-other" className="tl-lane">
          <h2 id="lane-other">Year unknown and undated</h2>
          <p className="hint">
            No date window holds the events the articles give no year or no date for:{" "}
            <Link
              prefetch={false}
              href={timelineHref({ ...query, from: undefined, to: undefined, after: undefined, lane: "undated" })}
            >
              list them on their own
            </Link>
            .
          </p>
        </section>
      ) : null}
      {data.moreUndated ? (
        <p className="hint">
          Only the first {PAGE_SIZE} events without a date are shown here:{" "}
          <Link prefetch={false} href={timelineHref({ ...query, lane: "undated" })}>
            all of them, a page at a time
          </Link>
          .
        </p>
      ) : null}
      {data.mode !== "all" && data.events.length > 20 ? <Pager data={data} query={query} /> : null}
    </>
  );
}

function summary(data: TimelineData, query: TimelineQuery, names: { source: string | null; place: string | null }) {
  const what =
    query.show === "news" ? " in the news (background hidden)" : query.show === "background" ? " of background" : "";
  const filtered = Boolean(query.actor || query.type || query.source || query.place);
  const where = [
    names.place ? ` at ${names.place}` : "",
    names.source ? ` reported by ${names.source}` : "",
    filtered && !names.place && !names.source ? " matching the filters" : "",
  ].join("");
  const count = plural(data.events.length, "event");
  if (data.mode === "undated") {
    return `${count} without a usable date${what}${where}${query.after ? ", continued" : ""}${data.nextCursor ? `, ${PAGE_SIZE} a page` : ""}`;
  }
  if (data.mode === "all") return `${count}${what}${where}`;
  const paged = data.nextCursor || query.after;
  const window = data.window ? ` in ${windowLabel(data.window)}` : "";
  const chosen = data.defaulted
    ? ". There are too many events for one page, so the timeline opens on the latest year in which something happened"
    : "";
  return `${paged ? `A page of ${count}` : count}${window}${what}${where}${chosen}`;
}

// The page's links are not prefetched: each prefetch of a time-line window renders a whole page of it on the
// server, and a reader follows one link of the pager at most.
function Pager({ data, query }: { data: TimelineData; query: TimelineQuery }) {
  if (data.mode === "all") return null;
  const here = { ...query, after: undefined };
  if (data.mode === "undated") {
    return (
      <nav className="tl-pager" aria-label="Pages">
        <Link prefetch={false} href={timelineHref({ ...here, lane: undefined })}>
          ← Dated events
        </Link>
        {query.after ? (
          <Link prefetch={false} href={timelineHref(here)}>
            First page
          </Link>
        ) : null}
        {data.nextCursor ? (
          <Link prefetch={false} href={timelineHref({ ...here, after: data.nextCursor })}>
            Next page →
          </Link>
        ) : null}
      </nav>
    );
  }
  const label = data.window ? windowLabel(data.window) : "the time line";
  const at = data.defaulted ? { ...here, ...data.window } : here;
  const closed = Boolean(data.window?.from && data.window.to);
  return (
    <nav className="tl-pager" aria-label="Time windows">
      {!closed ? null : data.earlier ? (
        <Link prefetch={false} href={timelineHref({ ...here, ...data.earlier })} rel="prev">
          ← Earlier: {windowLabel(data.earlier)}
        </Link>
      ) : (
        <span className="muted">Nothing earlier</span>
      )}
      {query.after ? (
        <Link prefetch={false} href={timelineHref(at)}>
          Start of {label}
        </Link>
      ) : null}
      {data.nextCursor ? (
        <Link prefetch={false} href={timelineHref({ ...at, after: data.nextCursor })} rel="next">
          More in {label} →
        </Link>
      ) : null}
      {!closed ? null : data.later ? (
        <Link prefetch={false} href={timelineHref({ ...here, ...data.later })}>
          Later: {windowLabel(data.later)} →
        </Link>
      ) : (
        <span className="muted">Nothing later</span>
      )}
    </nav>
  );
}

/**
 * The stretch the axis shows: the window, or for one page of a long window the days its day- and month-dated
 * events cover, so that they are not squeezed into a corner by a year's band (which is then drawn cut).
 */
function clipWindow(data: TimelineData, query: TimelineQuery): { from?: string; to?: string } {
  if (data.mode !== "window") return { from: query.from, to: query.to };
  const window = data.window?.from && data.window.to ? windowDays(data.window as { from: string; to: string }) : null;
  const bounds = { from: window?.first ?? data.window?.from, to: window?.last ?? data.window?.to };
  if (!data.nextCursor && !query.after) return bounds;
  const fine = data.events.filter(
    (e) => e.date?.earliest && e.date.latest && (e.date.precision === "day" || e.date.precision === "month"),
  );
  if (fine.length === 0) return bounds;
  const first = fine.map((e) => e.date!.earliest!).sort()[0]!;
  const last = fine
    .map((e) => e.date!.latest!)
    .sort()
    .at(-1)!;
  return {
    from: bounds.from ? partialMax(bounds.from, first) : first,
    to: bounds.to ? partialMin(bounds.to, last) : last,
  };
}

// ISO days compare as strings (Math.max would turn them into NaN).
const partialMax = (a: string, b: string) => [a, b].sort()[1]!;
const partialMin = (a: string, b: string) => [a, b].sort()[0]!;
