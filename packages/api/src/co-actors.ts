// Actors who take part in the same events as a given actor, most shared events first.
import type { ActorKind, Event } from "@dateline/core/schema";
import type { ActorName } from "@dateline/store";

export interface CoActor {
  id: string;
  name: string;
  /** null when the actor is missing from the index (the KB changed since it was built). */
  kind: ActorKind | null;
  /** How many of the actor's events this one takes part in too. */
  events: number;
}

export function coActors(actorId: string, events: readonly Event[], names: ReadonlyMap<string, ActorName>): CoActor[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const id of new Set(event.participants.map((p) => p.actorId))) {
      if (id !== actorId) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, n]) => ({ ...(names.get(id) ?? { id, name: id, kind: null }), events: n }))
    .sort((a, b) => b.events - a.events || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
