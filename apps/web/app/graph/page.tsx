// Graph (/graph): actors linked by shared events; the server-rendered list below works without JavaScript.
import type { Metadata } from "next";
import Link from "next/link";
import { plural } from "../../src/format";
import { actorGraph } from "../../src/graph/actor-graph";
import { all, kb } from "../../src/server/kb";
import { GraphCanvas } from "./graph-canvas";

export const metadata: Metadata = { title: "Graph" };

export default async function GraphPage() {
  const api = await kb();
  const [events, actors] = await Promise.all([
    all((cursor) => api.events.list({ limit: 500, cursor })),
    all((cursor) => api.actors.list({ limit: 500, cursor })),
  ]);
  const graph = actorGraph(events, new Map(actors.map((a) => [a.id, a])));
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return (
    <>
      <h1>Who appears with whom</h1>
      <p className="hint">
        {plural(graph.nodes.length, "actor")} and {plural(graph.edges.length, "link")}: two actors are linked when they
        take part in the same event; thicker lines share more events. Click an actor to open it.
      </p>
      <GraphCanvas graph={graph} />
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
                      <span className="muted">{e.events.map((x) => x.title).join("; ")}</span>
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
