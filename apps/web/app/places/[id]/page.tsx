// Place (/places/[id]): its name and spellings, the events there over time, and the sources that mention it.
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { articleLabel, plural } from "../../../src/format";
import { NoKnowledgeBase } from "../../../src/no-kb";
import { type Api, articleNames, kb, memoized, orNotFound } from "../../../src/server/kb";
import { PAGE_SIZE, timelineRows } from "../../../src/timeline/load-timeline";
import { first, type SearchParams, timelineHref } from "../../../src/timeline/timeline-query";
import { TimelineView } from "../../../src/timeline/timeline-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** Sources listed by name: a country named in thousands of articles gets a count and the first of them. */
const SOURCES_SHOWN = 40;

const loadPlace = cache((api: Api, id: string) => orNotFound(api.places.byId({ id })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const api = await kb();
  if (!api) return { title: "No knowledge base yet" };
  const { place } = await loadPlace(api, id);
  return { title: place.name };
}

export default async function PlacePage({ params, searchParams }: Props) {
  const { id } = await params;
  const api = await kb();
  if (!api) return <NoKnowledgeBase />;
  const { place } = await loadPlace(api, id);
  const after = first(await searchParams, "after");
  const page = await api.events.list({ place: place.id, limit: PAGE_SIZE, cursor: after });
  const sourceIds = [...new Set(place.mentions.map((m) => m.articleId))];
  const [names, rows] = await Promise.all([
    articleNames(api, [...sourceIds.slice(0, SOURCES_SHOWN), ...place.aliases.flatMap((a) => a.articles.slice(0, 1))]),
    timelineRows(api, page.items, memoized),
  ]);
  const label = (articleId: string) => {
    const a = names.get(articleId);
    return a ? articleLabel(a) : articleId;
  };
  return (
    <>
      <p className="muted">
        <Link href={timelineHref({ place: place.id, show: "all" })}>Timeline of this place</Link>
      </p>
      <h1>{place.name}</h1>
      <p className="muted">
        {place.kind} · named in {plural(sourceIds.length, "source")}
      </p>
      <section aria-labelledby="names">
        <h2 id="names">Names and spellings</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Written as</th>
              <th scope="col">In</th>
            </tr>
          </thead>
          <tbody>
            {place.aliases.map((a) => (
              <tr key={a.name}>
                <td>{a.name}</td>
                <td>
                  {plural(a.articles.length, "article")}
                  {a.articles[0] ? (
                    <span className="muted">
                      {" "}
                      (first: <Link href={`/articles/${a.articles[0]}`}>{label(a.articles[0])}</Link>)
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="events">
        <h2 id="events">Events there over time</h2>
        <p className="summary">
          {page.items.length === 0 && !after
            ? "No event is placed here; the place is only mentioned."
            : `${after ? "More events" : plural(page.items.length, "event")} placed here, news and background${page.nextCursor ? ` (${PAGE_SIZE} a page)` : ""}; ⚑ marks events the sources disagree on.`}
        </p>
        {page.items.length > 0 ? <TimelineView events={rows} /> : null}
        {page.nextCursor || after ? (
          <nav className="tl-pager" aria-label="Pages of events">
            {after ? <Link href={`/places/${place.id}`}>First page</Link> : null}
            {page.nextCursor ? (
              <Link href={`/places/${place.id}?after=${encodeURIComponent(page.nextCursor)}`} rel="next">
                More events here →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">Sources that mention it</h2>
        {sourceIds.length > SOURCES_SHOWN ? (
          <p className="hint">
            The first {SOURCES_SHOWN} of {sourceIds.length}.
          </p>
        ) : null}
        <ul>
          {sourceIds.slice(0, SOURCES_SHOWN).map((a) => (
            <li key={a}>
              <Link href={`/articles/${a}`}>{label(a)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
