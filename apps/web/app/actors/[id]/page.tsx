// Actor (/actors/[id]): names and which sources use each, roles, events over time, quotes, and who they appear with.
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { EvidenceQuote } from "../../../src/evidence-link";
import { articleLabel, dateLabel, plural } from "../../../src/format";
import { NoKnowledgeBase } from "../../../src/no-kb";
import { type Api, actorNames, kb, articleNames as namesOf, orNotFound } from "../../../src/server/kb";

type Props = { params: Promise<{ id: string }> };

/** Sources named per spelling or role, and quotes listed: an actor in thousands of articles stays readable. */
const SOURCES_SHOWN = 8;
const QUOTES_SHOWN = 50;

const loadActor = cache((api: Api, id: string) => orNotFound(api.actors.byId({ id })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const api = await kb();
  if (!api) return { title: "No knowledge base yet" };
  const { actor } = await loadActor(api, id);
  return { title: actor.name };
}

export default async function ActorPage({ params }: Props) {
  const { id } = await params;
  const api = await kb();
  if (!api) return <NoKnowledgeBase />;
  // actors.byId gives the first events (200) and quotes (100) with the counts of all: fame does not cost a page.
  const { actor, events: firstEvents, eventCount, quotes: allQuotes, quoteCount, coActors } = await loadActor(api, id);
  const events = firstEvents.items;
  const quotes = allQuotes.slice(0, QUOTES_SHOWN);
  const [articles, actors] = await Promise.all([
    namesOf(api, [
      ...actor.aliases.flatMap((a) => a.articles.slice(0, SOURCES_SHOWN)),
      ...actor.roles.flatMap((r) => r.articles.slice(0, SOURCES_SHOWN)),
      ...quotes.map((q) => q.articleId),
    ]),
    actorNames(api),
  ]);
  const articleNames = new Map([...articles.values()].map((a) => [a.id, articleLabel(a)]));
  // In the tables a short name per source keeps the spellings readable; the full title is the tooltip.
  const shortNames = new Map(
    [...articles.values()].map((a) => [a.id, a.outlet ?? `unknown outlet #${a.id.split("_")[0]}`]),
  );
  const sourceList = (ids: readonly string[]) => (
    <>
      {ids.slice(0, SOURCES_SHOWN).map((a, i) => (
        <span key={a}>
          {i > 0 ? ", " : ""}
          <Link href={`/articles/${a}`} title={articleNames.get(a)}>
            {shortNames.get(a) ?? a}
          </Link>
        </span>
      ))}
      {ids.length > SOURCES_SHOWN ? <span className="muted"> and {ids.length - SOURCES_SHOWN} more</span> : null}
    </>
  );
  return (
    <>
      <p className="muted">
        <Link href={`/?actor=${actor.id}`}>Timeline for this actor</Link> · <Link href="/graph">Graph</Link>
      </p>
      <h1>{actor.name}</h1>
      <p className="muted">
        {actor.kind} · {plural(eventCount, "event")} · {plural(quoteCount, "quote")}
      </p>
      <div className="two-col">
        <div>
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
                {actor.aliases.map((a) => (
                  <tr key={a.name}>
                    <td>{a.name}</td>
                    <td>{sourceList(a.articles)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {actor.roles.length > 0 ? (
            <section aria-labelledby="roles">
              <h2 id="roles">Roles, as stated</h2>
              <ul>
                {actor.roles.map((r) => (
                  <li key={r.title}>
                    <strong>{r.title}</strong> — {sourceList(r.articles)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="events">
            <h2 id="events">Events over time</h2>
            {eventCount > events.length ? (
              <p className="hint">
                The first {events.length} of {eventCount}:{" "}
                <Link href={`/?actor=${actor.id}`}>all of them on the timeline</Link>.
              </p>
            ) : null}
            <ol>
              {events.map((e) => (
                <li key={e.id}>
                  <time className="tl-date">{dateLabel(e.date)}</time> <Link href={`/events/${e.id}`}>{e.title}</Link>{" "}
                  <span className="muted">
                    {e.type}
                    {e.background ? " · background" : ""}
                  </span>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="quotes">
            <h2 id="quotes">Quotes</h2>
            {quoteCount > quotes.length ? (
              <p className="hint">
                The first {quotes.length} of {quoteCount}; <Link href="/search">search</Link> finds the others.
              </p>
            ) : null}
            {quotes.length === 0 ? <p className="empty">None attributed.</p> : null}
            <ul className="hits">
              {quotes.map((q) => (
                <li key={q.id}>
                  <EvidenceQuote evidence={q.evidence} />
                  <div className="muted">
                    {q.delivery ? `${q.delivery} · ` : ""}
                    {articleNames.get(q.articleId) ?? q.articleId}
                    {q.eventId ? (
                      <>
                        {" "}
                        · <Link href={`/events/${q.eventId}`}>the event</Link>
                      </>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside aria-labelledby="co-actors">
          <h2 id="co-actors">Appears with</h2>
          <ul>
            {coActors.map((c) => (
              <li key={c.id}>
                <Link href={`/actors/${c.id}`}>{c.name}</Link>{" "}
                <span className="muted">{plural(c.events, "shared event")}</span>
              </li>
            ))}
          </ul>
          {actor.affiliations.length > 0 ? (
            <>
              <h2>Affiliated with</h2>
              <ul>
                {actor.affiliations.map((a) => (
                  <li key={a}>
                    <Link href={`/actors/${a}`}>{actors.get(a) ?? a}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </aside>
      </div>
    </>
  );
}
