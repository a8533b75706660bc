// Graph (/graph): actors linked by shared events; the server-rendered list below works without JavaScript.
import type { Metadata } from "next";
import Link from "next/link";
import { plural } from "../../src/format";
import { NoKnowledgeBase } from "../../src/no-kb";
import { actorGraph } from "../../src/server/derived";
import { kb } from "../../src/server/kb";
import { GraphCanvas } from "./graph-canvas";

export const metadata: Metadata = { title: "Graph" };

export default async function GraphPage() {
  const api = await kb();
  if (!api) return <NoKnowledgeBase />;
  const { totalActors, ...graph } = await actorGraph(api);
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return (
    <>
      <h1>Who appears with whom</h1>
      <p className="hint">
        {totalActors > graph.nodes.length
          ? `The ${graph.nodes.length} actors in most events (of ${totalActors})`
          : plural(graph.nodes.length, "actor")}{" "}
        and {plural(graph.edges.length, "link")}: two actors are linked when they take part in the same event; thicker
        lines share more events. Click an actor to open it.
      </p>
      <GraphCanvas graph={graph} />
      {/* Without JavaScript nothing draws the graph: no empty frame, and the list says it holds the same links. */}
      <noscript>
        <style>{".graph-canvas { display: none; }"}</style>
        <p className="hint">The drawing needs JavaScript; the list below has every link.</p>
      </noscript>
      <h2>The links as a list</h2>
      <ul className="cards">
        {graph.nodes.map((n) => {
          const links = graph.edges.filter((e) => e.source === n.id || e.target === n.id);
          return (
            <li key={n.id}>
              <Link href={`/actors/${n.id}`}>
                <strong>{n.name}</strong>
              </Link>{" "}
              <span className="muted">
                {n.kind} · {plural(n.events, "event")}
              </span>
              <ul>
                {links.map((e) => {
                  const other = e.source === n.id ? e.target : e.source;
                  return (
                    <li key={other}>
                      <Link href={`/actors/${other}`}>{names.get(other) ?? other}</Link>:{" "}
                      <span className="muted">
                        {e.events.map((x) => x.title).join("; ")}
                        {e.shared > e.events.length ? ` and ${e.shared - e.events.length} more` : ""}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
