// Search (/search?q=): full text over articles, events and actors, the matched words marked.

import { snippetParts } from "@dateline/core/snippet";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { NoKnowledgeBase } from "../../src/no-kb";
import { kb } from "../../src/server/kb";
import { first, type SearchParams } from "../../src/timeline/timeline-query";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const q = first(await searchParams, "q");
  return { title: q ? `“${q.slice(0, 80)}”: search` : "Search" };
}

const KINDS = ["article", "event", "actor"] as const;
type Kind = (typeof KINDS)[number];
const HREF: Record<Kind, string> = { article: "/articles/", event: "/events/", actor: "/actors/" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const q = first(params, "q") ?? "";
  const asked = [params.kind ?? []].flat().filter((k): k is Kind => (KINDS as readonly string[]).includes(k));
  const api = await kb();
  if (!api) return <NoKnowledgeBase />;
  let hits: Awaited<ReturnType<typeof api.search.query>> = [];
  let problem: string | null = null;
  if (q) {
    try {
      hits = await api.search.query({ q: q.slice(0, 200), limit: 50, kinds: asked.length ? asked : undefined });
    } catch (error) {
      if (!(error instanceof TRPCError && error.code === "BAD_REQUEST")) throw error;
      problem = error.message;
    }
  }
  return (
    <>
      <h1>Search</h1>
      <form method="get" action="/search" className="filters" aria-label="Search the knowledge base">
        <label>
          Words
          <input
            name="q"
            type="search"
            defaultValue={q}
            style={{ width: "16rem" }}
            placeholder='Blinken, "peace treaty", Azer*'
          />
        </label>
        <fieldset className="kinds">
          <legend className="visually-hidden">In</legend>
          {KINDS.map((k) => (
            <label key={k} style={{ flexDirection: "row", gap: "0.25rem" }}>
              <input
                type="checkbox"
                name="kind"
                value={k}
                defaultChecked={asked.includes(k)}
                style={{ width: "auto" }}
              />
              {k}s
            </label>
          ))}
        </fieldset>
        <div className="filter-buttons">
          <button type="submit">Search</button>
        </div>
      </form>
      {problem ? (
        <p className="problems" role="alert">
          This cannot be searched: {problem}
        </p>
      ) : null}
      {q && !problem ? (
        <p role="status" className="summary">
          {hits.length === 0 ? `Nothing matches “${q}”.` : `${hits.length} results for “${q}”.`}
        </p>
      ) : null}
      <ol className="hits">
        {hits.map((h) => (
          <li key={`${h.kind}-${h.id}`}>
            <span className="badge">{h.kind}</span> <Link href={`${HREF[h.kind]}${h.id}`}>{h.title}</Link>
            <div>
              {snippetParts(h.snippet).map((p, i) =>
                // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their order
                p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
              )}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
