// Event (/events/[id]): what happened, and each source's report side by side, with the conflicts spelt out.
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ConflictCard, namedArticles } from "../../../src/conflict-card";
import { EvidenceQuote } from "../../../src/evidence-link";
import { articleLabel, dateLabel, evidenceHref, plural, precisionLabel } from "../../../src/format";
import { NoKnowledgeBase } from "../../../src/no-kb";
import { type Api, kb, articleNames as namesOf, orNotFound, placeNames } from "../../../src/server/kb";
import { first, type SearchParams } from "../../../src/timeline/timeline-query";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** Reports shown side by side per page: an event told by hundreds of sources is read a page at a time. */
const REPORTS_PER_PAGE = 24;

const loadEvent = cache((api: Api, id: string) => orNotFound(api.events.byId({ id })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const api = await kb();
  if (!api) return { title: "No knowledge base yet" };
  const { event } = await loadEvent(api, id);
  return { title: `${event.title}, ${dateLabel(event.date)}` };
}

export default async function EventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const api = await kb();
  if (!api) return <NoKnowledgeBase />;
  const { event, conflicts, participants } = await loadEvent(api, id);
  const pages = Math.max(1, Math.ceil(event.reports.length / REPORTS_PER_PAGE));
  const pageNo = Math.min(pages, Math.max(1, Number.parseInt(first(await searchParams, "reports") ?? "1", 10) || 1));
  const reports = event.reports.slice((pageNo - 1) * REPORTS_PER_PAGE, pageNo * REPORTS_PER_PAGE);
  const [articleById, places] = await Promise.all([
    namesOf(api, [...reports.map((r) => r.articleId), ...conflicts.flatMap((c) => namedArticles(c))]),
    placeNames(api),
  ]);
  const articleNames = new Map([...articleById.values()].map((a) => [a.id, articleLabel(a)]));
  const actorNames = new Map(participants.map((p) => [p.actorId, p.name]));
  const placeLink = (pid: string | null) =>
    pid ? <Link href={`/places/${pid}`}>{places.get(pid) ?? pid}</Link> : null;
  const reportsHref = (n: number) =>
    n === 1 ? `/events/${event.id}#reports` : `/events/${event.id}?reports=${n}#reports`;
  return (
    <>
      <p className="muted">
        <Link href="/">Timeline</Link> › event
      </p>
      <h1>
        {conflicts.length > 0 ? (
          <span className="flag" title="the sources disagree">
            ⚑{" "}
          </span>
        ) : null}
        {event.title}
      </h1>
      <dl className="facts">
        <dt>What</dt>
        <dd>
          {event.type}
          {event.background ? <span className="badge">background</span> : null}
        </dd>
        <dt>When</dt>
        <dd>
          <time>{dateLabel(event.date)}</time> <span className="muted">({precisionLabel(event.date)})</span>
          {event.date ? <div className="muted">{event.date.explanation}</div> : null}
        </dd>
        <dt>Where</dt>
        <dd>{placeLink(event.placeId) ?? <span className="muted">no place given</span>}</dd>
        <dt>Who</dt>
        <dd>
          {participants.length === 0 ? <span className="muted">no participant named</span> : null}
          {participants.map((p, i) => (
            <span key={`${p.actorId}-${p.role}`}>
              {i > 0 ? ", " : ""}
              <Link href={`/actors/${p.actorId}`}>{p.name}</Link> <span className="muted">({p.role})</span>
            </span>
          ))}
        </dd>
        <dt>Status</dt>
        <dd>{event.status}</dd>
        <dt>Told by</dt>
        <dd>{plural(event.reports.length, "source")}</dd>
      </dl>

      {conflicts.length > 0 ? (
        <section aria-labelledby="conflicts">
          <h2 id="conflicts">Where the sources disagree</h2>
          {conflicts.map((c) => (
            <ConflictCard key={c.id} conflict={c} articleNames={articleNames} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="reports">
        <h2 id="reports">The reports, one per source</h2>
        {pages > 1 ? <ReportPager page={pageNo} pages={pages} total={event.reports.length} href={reportsHref} /> : null}
        <ol className="reports" start={(pageNo - 1) * REPORTS_PER_PAGE + 1}>
          {reports.map((r) => {
            const article = articleById.get(r.articleId);
            return (
              <li key={`${r.articleId}-${r.extractedId}`} className="report" data-article={r.articleId}>
                <h3>
                  <Link href={`/articles/${r.articleId}`}>{article?.outlet ?? "Unknown outlet"}</Link>
                </h3>
                <code className="muted">{r.articleId}</code>
                <div className="muted">
                  {article?.title ?? "untitled"} · published{" "}
                  {article?.published ? dateLabel(article.published) : "date unknown"}
                </div>
                <dl>
                  <dt>Date this source gives</dt>
                  <dd>
                    {r.date ? (
                      <>
                        <strong>{dateLabel(r.date)}</strong>
                        {r.date.inferred ? <span className="inferred"> (inferred)</span> : null}
                        <div className="muted">{r.date.explanation}</div>
                      </>
                    ) : (
                      <span className="muted">no date</span>
                    )}
                  </dd>
                  {r.when ? (
                    <>
                      <dt>Its words for the time</dt>
                      <dd>
                        <a href={evidenceHref(r.when.evidence)}>“{r.when.text}”</a>
                      </dd>
                    </>
                  ) : null}
                  <dt>Status</dt>
                  <dd>{r.status}</dd>
                  <dt>Who, in this report</dt>
                  <dd>
                    {r.participants.length === 0
                      ? "no one named"
                      : r.participants.map((p) => `${actorNames.get(p.actorId) ?? p.actorId} (${p.role})`).join(", ")}
                  </dd>
                  {r.placeId ? (
                    <>
                      <dt>Where</dt>
                      <dd>{placeLink(r.placeId)}</dd>
                    </>
                  ) : null}
                  {r.framing.length > 0 ? (
                    <>
                      <dt>How it is named</dt>
                      <dd>
                        {r.framing.map((f) => (
                          <div key={`${f.evidence.start}-${f.term}`}>
                            <a href={evidenceHref(f.evidence)}>“{f.term}”</a>
                            {f.by ? <span className="muted"> ({actorNames.get(f.by) ?? f.by}’s words)</span> : null}
                          </div>
                        ))}
                      </dd>
                    </>
                  ) : null}
                  <dt>Wording</dt>
                  <dd>{r.wording}</dd>
                  <dt>Evidence</dt>
                  <dd>
                    {r.evidence.map((ev) => (
                      <EvidenceQuote key={`${ev.start}-${ev.end}`} evidence={ev} />
                    ))}
                  </dd>
                </dl>
              </li>
            );
          })}
        </ol>
        {pages > 1 ? <ReportPager page={pageNo} pages={pages} total={event.reports.length} href={reportsHref} /> : null}
      </section>
    </>
  );
}

function ReportPager({
  page,
  pages,
  total,
  href,
}: {
  page: number;
  pages: number;
  total: number;
  href: (n: number) => string;
}) {
  return (
    <nav className="tl-pager" aria-label="Pages of reports">
      <span>
        Reports {(page - 1) * REPORTS_PER_PAGE + 1}–{Math.min(total, page * REPORTS_PER_PAGE)} of {total}
      </span>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : null}
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
