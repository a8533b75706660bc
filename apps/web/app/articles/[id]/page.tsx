// Article (/articles/[id]): the verbatim text with every span the KB uses, its metadata, and what is missing and why.
import type { MetaField } from "@dateline/core/schema";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ArticleText, Legend } from "../../../src/article/article-text";
import { dateLabel, plural } from "../../../src/format";
import { NoKnowledgeBase } from "../../../src/no-kb";
import { type Api, actorNames, all, kb, orNotFound, placeNames } from "../../../src/server/kb";

type Props = { params: Promise<{ id: string }> };

const loadArticle = cache((api: Api, id: string) => orNotFound(api.articles.byId({ id })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const api = await kb();
  if (!api) return { title: "No knowledge base yet" };
  const { article } = await loadArticle(api, id);
  const outlet = article.outlet ?? "unknown outlet";
  return { title: article.title ? `${article.title} — ${outlet}` : `Untitled article — ${outlet}` };
}

const FIELDS: MetaField[] = ["title", "outlet", "author", "url", "published", "updated", "dateline", "language"];

export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  const api = await kb();
  if (!api) return <NoKnowledgeBase />;
  const { article, spans } = await loadArticle(api, id);
  const [events, actors, places] = await Promise.all([
    all((cursor) => api.events.list({ source: article.id, limit: 500, cursor })),
    actorNames(api),
    placeNames(api),
  ]);
  const eventTitles = new Map(events.map((e) => [e.id, e.title]));
  const nameOf = (kind: string, targetId: string) =>
    kind === "actor" || kind === "role"
      ? actors.get(targetId)
      : kind === "place"
        ? places.get(targetId)
        : kind === "event" || kind === "date" || kind === "framing"
          ? eventTitles.get(targetId)
          : undefined;
  const placesHere = [...new Set(spans.filter((s) => s.kind === "place").map((s) => s.targetId))];
  const value = (field: MetaField): string | null => {
    const v = article[field];
    if (v === null) return null;
    return typeof v === "string" ? v : dateLabel(v);
  };
  return (
    <>
      <p className="muted">
        <Link href="/sources">Sources</Link> › article
      </p>
      <h1>{article.title ?? <span className="muted">Untitled article ({article.id})</span>}</h1>
      <div className="two-col">
        <div>
          <Legend />
          <p className="hint">
            The text exactly as ingested. Highlighted words are what the knowledge base rests on; they link to the actor
            or event they back.
          </p>
          <ArticleText text={article.text} spans={spans} nameOf={nameOf} />
        </div>
        <aside aria-labelledby="meta">
          <h2 id="meta">Metadata</h2>
          <dl className="facts">
            {FIELDS.map((field) => {
              const v = value(field);
              return (
                <div key={field} style={{ display: "contents" }}>
                  <dt>{field}</dt>
                  <dd>
                    {v !== null ? (
                      field === "url" ? (
                        <a href={v} rel="noopener noreferrer nofollow">
                          {v}
                        </a>
                      ) : (
                        v
                      )
                    ) : (
                      <span className="muted">missing: {article.missing[field] ?? "not found in the text"}</span>
                    )}
                  </dd>
                </div>
              );
            })}
            <dt>source file</dt>
            <dd>
              <code>{article.source}</code> ({article.format})
            </dd>
          </dl>
          {article.inferredPublished ? (
            <p className="muted">
              Published between {article.inferredPublished.earliest} and {article.inferredPublished.latest}, inferred:{" "}
              {article.inferredPublished.reason}
            </p>
          ) : null}
          {article.warnings.length > 0 ? (
            <>
              <h3>Warnings</h3>
              <ul>
                {article.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          ) : null}
          {placesHere.length > 0 ? (
            <>
              <h2>Places it names</h2>
              <ul className="inline-list">
                {placesHere.map((p) => (
                  <li key={p}>
                    <Link href={`/places/${p}`}>{places.get(p) ?? p}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>Events it reports ({events.length})</h2>
          <p>
            <Link href={`/?source=${encodeURIComponent(article.id)}`}>These events on the timeline</Link>
          </p>
          <ul>
            {events.map((e) => (
              <li key={e.id}>
                <Link href={`/events/${e.id}`}>{e.title}</Link> <span className="muted">{dateLabel(e.date)}</span>
              </li>
            ))}
          </ul>
          <p className="muted">{plural(spans.length, "highlighted span")}</p>
        </aside>
      </div>
    </>
  );
}
