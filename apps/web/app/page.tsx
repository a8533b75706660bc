// Timeline (/): every event in time order, filtered by the GET form, with conflicts flagged.
import { EVENT_TYPES } from "@dateline/core/schema";
import type { Metadata } from "next";
import Link from "next/link";
import { articleLabel, plural } from "../src/format";
import { all, kb } from "../src/server/kb";
import { parseTimelineQuery, type SearchParams } from "../src/timeline/timeline-query";
import { TimelineView } from "../src/timeline/timeline-view";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { query, problems } = parseTimelineQuery(await searchParams);
  const api = await kb();
  const background = query.show === "news" ? false : query.show === "background" ? true : undefined;
  const [events, actors, articles, conflicts] = await Promise.all([
    all((cursor) =>
      api.events.list({
        actor: query.actor,
        type: query.type,
        source: query.source,
        from: query.from,
        to: query.to,
        background,
        limit: 500,
        cursor,
      }),
    ),
    all((cursor) => api.actors.list({ limit: 500, cursor })),
    all((cursor) => api.articles.list({ limit: 500, cursor })),
    all((cursor) => api.conflicts.list({ limit: 500, cursor })),
  ]);
  const whenWords = new Map<string, string>();
  for (const e of events) {
    const words = e.reports.find((r) => r.when)?.when?.text;
    if (words) whenWords.set(e.id, words);
  }
  const filtered = Boolean(query.actor || query.type || query.source || query.from || query.to);
  return (
    <>
      <h1>Timeline</h1>
      <form method="get" action="/" className="filters" aria-label="Filter events">
        <label>
          Actor
          <select name="actor" defaultValue={query.actor ?? ""}>
            <option value="">any</option>
            {[...actors]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          Type
          <select name="type" defaultValue={query.type ?? ""}>
            <option value="">any</option>
            {Object.keys(EVENT_TYPES).map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Source
          <select name="source" defaultValue={query.source ?? ""}>
            <option value="">any</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {articleLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input
            name="from"
            defaultValue={query.from ?? ""}
            placeholder="2023-11"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            inputMode="numeric"
          />
        </label>
        <label>
          To
          <input
            name="to"
            defaultValue={query.to ?? ""}
            placeholder="2023-11-30"
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
        <div className="filter-buttons">
          <button type="submit">Apply</button>
          <Link href="/">Clear</Link>
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
        {plural(events.length, "event")}
        {query.show === "news"
          ? " in the news (background hidden)"
          : query.show === "background"
            ? " of background"
            : ""}
        {filtered ? " matching the filters" : ""}; ⚑ marks events the sources disagree on.
      </p>
      <TimelineView
        events={events}
        conflicted={new Set(conflicts.map((c) => c.eventId))}
        whenWords={whenWords}
        from={query.from}
        to={query.to}
      />
    </>
  );
}
