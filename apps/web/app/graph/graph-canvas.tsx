// The interactive graph (cytoscape), a client component: the library is imported here only, so only /graph loads it.
"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { ActorGraph } from "../../src/graph/actor-graph";

const KIND_COLOURS: Record<string, string> = {
  person: "#2563eb",
  organization: "#9333ea",
  country: "#059669",
  group: "#d97706",
};

export function GraphCanvas({ graph }: { graph: ActorGraph }) {
  const box = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | null = null;
    void import("cytoscape").then(({ default: cytoscape }) => {
      if (destroyed || !box.current) return;
      const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
      const instance = cytoscape({
        container: box.current,
        elements: [
          ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, weight: n.events } })),
          ...graph.edges.map((e) => ({
            data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target, weight: e.shared },
          })),
        ],
        style: [
          {
            selector: "node",
            style: {
              label: "data(label)",
              "background-color": (n) => KIND_COLOURS[n.data("kind") as string] ?? "#64748b",
              width: "mapData(weight, 1, 15, 18, 56)",
              height: "mapData(weight, 1, 15, 18, 56)",
              color: dark ? "#ececf1" : "#1d1d1f",
              "font-size": 9,
              "text-outline-width": 2,
              "text-outline-color": dark ? "#1c1c20" : "#ffffff",
              "text-valign": "bottom",
              "text-margin-y": 4,
            },
          },
          {
            selector: "edge",
            style: {
              width: "mapData(weight, 1, 8, 1, 8)",
              "line-color": dark ? "#52525b" : "#cbd5e1",
              "curve-style": "haystack",
            },
          },
        ],
        layout: {
          name: "cose",
          animate: false,
          randomize: false,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90,
        },
        wheelSensitivity: 0.3,
      });
      instance.on("tap", "node", (evt) => router.push(`/actors/${evt.target.id()}`));
      cy = instance;
      setReady(true);
    });
    return () => {
      destroyed = true;
      cy?.destroy();
    };
  }, [graph, router]);
  return (
    <div
      ref={box}
      className="graph-canvas"
      role="img"
      aria-label={`Graph of ${graph.nodes.length} actors linked by shared events; the list below has the same links`}
      data-ready={ready ? "true" : "false"}
    />
  );
}
