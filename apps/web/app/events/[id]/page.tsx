// Event (/events/[id]): what happened, and each source's report side by side, with the conflicts spelt out.
import type { Metadata } from "next";
import Link from "next/link";
import { ConflictCard } from "../../../src/conflict-card";
import { EvidenceQuote } from "../../../src/evidence-link";
import { articleLabel, dateLabel, evidenceHref, plural, precisionLabel } from "../../../src/format";
import { all, kb, orNotFound } from "../../../src/server/kb";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Event ${id}` };
}

export default async function EventPage({ params }: Props) {
  const { id } = await params;
  const api = await kb();
  const { event, conflicts, participants } = await orNotFound(api.events.byId({ id }));
  const [articles, actors, places] = await Promise.all([
    all((cursor) => api.articles.list({ limit: 500, cursor })),
    all((cursor) => api.actors.list({ limit: 500, cursor })),
    all((cursor) => api.places.list({ limit: 500, cursor })),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const articleNames = new Map(articles.map((a) => [a.id, articleLabel(a)]));
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  const placeName = (pid: string | null) => (pid ? (places.find((p) => p.id === pid)?.name ?? pid) : null);
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
        <dd>{placeName(event.placeId) ?? <span className="muted">no place given</span>}</dd>
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
        <ol className="reports">
          {event.reports.map((r) => {
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
                      <dd>{placeName(r.placeId)}</dd>
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
      </section>
    </>
  );
}
