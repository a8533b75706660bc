// Sources (/sources): the coverage matrix, events × articles, showing what each source reports and omits.
import type { Metadata } from "next";
import Link from "next/link";
import { dateLabel, evidenceHref } from "../../src/format";
import { all, kb } from "../../src/server/kb";
import { first, type SearchParams } from "../../src/timeline/timeline-query";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const showBackground = first(await searchParams, "show") === "all";
  const api = await kb();
  const [articles, events] = await Promise.all([
    all((cursor) => api.articles.list({ limit: 500, cursor })),
    all((cursor) => api.events.list({ background: showBackground ? undefined : false, limit: 500, cursor })),
  ]);
  const counts = new Map(
    articles.map((a) => [a.id, events.filter((e) => e.reports.some((r) => r.articleId === a.id)).length]),
  );
  return (
    <>
      <h1>Sources</h1>
      <p className="hint">
        Each column is one article; each row an event. A cell gives the date that source gives (linking to its words),
        or “—” where the source does not report the event.{" "}
        {showBackground ? (
          <Link href="/sources">Hide background events</Link>
        ) : (
          <Link href="/sources?show=all">Include background events</Link>
        )}
      </p>
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
