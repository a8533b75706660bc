// Actors linked by the events they share: nodes weighted by events, edges by how many events two actors share.
/** What the graph reads of an event: a whole event or a listing's summary of it. */
export interface GraphEvent {
  id: string;
  title: string;
  participants: readonly { actorId: string }[];
}

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  events: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** How many events the two share. */
  shared: number;
  /** Titles of the shared events (the first few on a large KB), for the list and the edge tooltip. */
  events: { id: string; title: string }[];
}

export interface ActorGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Accumulates the graph a page of events at a time, so a large KB never has to be held in memory at once. */
export function graphBuilder({ maxTitles = Number.POSITIVE_INFINITY }: { maxTitles?: number } = {}) {
  const counts = new Map<string, number>();
  const edges = new Map<string, GraphEdge>();
  return {
    add(events: readonly GraphEvent[]) {
      for (const e of events) {
        const ids = [...new Set(e.participants.map((p) => p.actorId))].sort();
        for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
        for (const [i, a] of ids.entries()) {
          for (const b of ids.slice(i + 1)) {
            const key = `${a}|${b}`;
            const edge = edges.get(key) ?? { source: a, target: b, shared: 0, events: [] };
            edge.shared++;
            if (edge.events.length < maxTitles) edge.events.push({ id: e.id, title: e.title });
            edges.set(key, edge);
          }
        }
      }
    },
    /** The graph; with maxNodes, only the actors in most events and the links among them. */
    build(actors: ReadonlyMap<string, { name: string; kind: string }>, maxNodes = Number.POSITIVE_INFINITY) {
      const nodes = [...counts].map(([id, n]) => ({
        id,
        name: actors.get(id)?.name ?? id,
        kind: actors.get(id)?.kind ?? "group",
        events: n,
      }));
      nodes.sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
      const kept = nodes.slice(0, maxNodes);
      const ids = new Set(kept.map((n) => n.id));
      return {
        nodes: kept,
        edges: [...edges.values()]
          .filter((e) => ids.has(e.source) && ids.has(e.target))
          .sort((a, b) => b.shared - a.shared),
        totalActors: nodes.length,
      };
    },
  };
}

export function actorGraph(
  events: readonly GraphEvent[],
  actors: ReadonlyMap<string, { name: string; kind: string }>,
): ActorGraph {
  const builder = graphBuilder();
  builder.add(events);
  const { nodes, edges } = builder.build(actors);
  return { nodes, edges };
}
