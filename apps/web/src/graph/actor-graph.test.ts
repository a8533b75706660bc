// The actor graph counts events per actor and the events each pair shares, once per event.
import type { Event } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { actorGraph } from "./actor-graph";

const event = (id: string, actors: string[]) =>
  ({ id, title: id.toUpperCase(), participants: actors.map((actorId) => ({ actorId, role: "agent" })) }) as Event;

describe("actorGraph", () => {
  it("links actors that share events, weighted by how many", () => {
    const g = actorGraph(
      [event("a", ["blinken", "aliyev"]), event("b", ["blinken", "aliyev", "blinken"]), event("c", ["pashinyan"])],
      new Map([["blinken", { name: "Antony Blinken", kind: "person" }]]),
    );
    expect(g.nodes.find((n) => n.id === "blinken")).toEqual({
      id: "blinken",
      name: "Antony Blinken",
      kind: "person",
      events: 2,
    });
    expect(g.nodes.find((n) => n.id === "pashinyan")?.events).toBe(1);
    expect(g.edges).toEqual([
      {
        source: "aliyev",
        target: "blinken",
        shared: 2,
        events: [
          { id: "a", title: "A" },
          { id: "b", title: "B" },
        ],
      },
    ]);
  });
});
