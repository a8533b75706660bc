// Actors linked by the events they share: nodes weighted by events, edges by how many events two actors share.
import type { Event } from "@dateline/core/schema";

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  events: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Titles of the shared events, for the list and the edge tooltip. */
  events: { id: string; title: string }[];
}

export interface ActorGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function actorGraph(
  events: readonly Event[],
  actors: ReadonlyMap<string, { name: string; kind: string }>,
): ActorGraph {
  const counts = new Map<string, number>();
  const edges = new Map<string, GraphEdge>();
  for (const e of events) {
    const ids = [...new Set(e.participants.map((p) => p.actorId))].sort();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [i, a] of ids.entries()) {
      for (const b of ids.slice(i + 1)) {
        const key = `${a}|${b}`;
        const edge = edges.get(key) ?? { source: a, target: b, events: [] };
        edge.events.push({ id: e.id, title: e.title });
        edges.set(key, edge);
      }
    }
  }
  const nodes = [...counts].map(([id, n]) => ({
    id,
    name: actors.get(id)?.name ?? id,
    kind: actors.get(id)?.kind ?? "group",
    events: n,
  }));
  nodes.sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  return { nodes, edges: [...edges.values()].sort((a, b) => b.events.length - a.events.length) };
}
