// Sources (/sources): the coverage matrix, events × articles, showing what each source reports and omits.

import type { Event } from "@dateline/core/schema";
import type { Metadata } from "next";
import Link from "next/link";
import { dateLabel, evidenceHref } from "../../src/format";
import { NoKnowledgeBase } from "../../src/no-kb";
import { all, kb } from "../../src/server/kb";
import { first, type SearchParams } from "../../src/timeline/timeline-query";

export const metadata: Metadata = { title: "Sources" };

/** Articles per page of the matrix: a readable width, and the events of a dozen sources stay a short table. */
const COLUMNS = 12;

/** Time-line order without the store's sort key: dated by first day, then year-unknown, then undated. */
const order = (e: Event) => (e.date?.earliest ? `0|${e.date.earliest}` : e.date ? `1|${e.date.value}` : "2");

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const showBackground = first(params, "show") === "all";
  const after = first(params, "after");
  const api = await kb();
  if (!api) return <NoKnowledgeBase />;
  const page = await api.articles.list({ limit: COLUMNS, cursor: after });
  const articles = page.items;
  const perArticle = await Promise.all(
    articles.map((a) =>
      all((cursor) =>
        api.events.list({ source: a.id, background: showBackground ? undefined : false, limit: 500, cursor }),
      ),
    ),
  );
  const counts = new Map(articles.map((a, i) => [a.id, perArticle[i]!.length]));
  const events = [...new Map(perArticle.flat().map((e) => [e.id, e])).values()].sort(
    (a, b) => order(a).localeCompare(order(b)) || a.id.localeCompare(b.id),
  );
  const href = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    if (showBackground) q.set("show", "all");
    for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
    const s = q.toString();
    return s ? `/sources?${s}` : "/sources";
  };
  return (
    <>
      <h1>Sources</h1>
      <p className="hint">
        Each column is one article; each row an event. A cell gives the date that source gives (linking to its words),
        or “—” where the source does not report the event.{" "}
        {showBackground ? (
          <Link href={after ? `/sources?after=${encodeURIComponent(after)}` : "/sources"}>Hide background events</Link>
        ) : (
          <Link href={href({ show: "all", after })}>Include background events</Link>
        )}
      </p>
      {page.nextCursor || after ? (
        <nav className="tl-pager" aria-label="Pages of sources">
          <span>
            {articles.length} articles on this page{after ? " (continued)" : ""}
          </span>
          {after ? <Link href={href({})}>First articles</Link> : null}
          {page.nextCursor ? (
            <Link href={href({ after: page.nextCursor })} rel="next">
              Next articles →
            </Link>
          ) : null}
        </nav>
      ) : null}
      <div className="matrix-wrap">
        <table className="matrix">
          <caption className="visually-hidden">Coverage: events by article</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              {articles.map((a) => (
                <th key={a.id} scope="col">
                  <Link href={`/articles/${a.id}`}>{a.outlet ?? "Unknown outlet"}</Link>
                  <div className="muted">
                    <code>{a.id.split("_")[0]}</code>
                  </div>
                  <div className="muted">{a.published ? dateLabel(a.published) : "undated"}</div>
                  <div className="muted">{counts.get(a.id)} events</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <Link href={`/events/${e.id}`}>{e.title}</Link>
                  <div className="muted">{dateLabel(e.date)}</div>
                </th>
                {articles.map((a) => {
                  const report = e.reports.find((r) => r.articleId === a.id);
                  const ev = report?.evidence[0];
                  return report && ev ? (
                    <td key={a.id} className="reported">
                      <a href={evidenceHref(ev)} aria-label={`${a.outlet ?? a.id} reports ${e.title}`}>
                        {report.date ? dateLabel(report.date) : (report.when?.text ?? "✓ no date")}
                      </a>
                    </td>
                  ) : (
                    <td key={a.id} className="omitted">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">not reported</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
