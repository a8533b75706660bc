// Values derived from the whole KB that views share, each computed once per KB generation (see `memoized`):
// the time line's filter menus, the actor graph and every event's title. The warm-up at server start computes
// them before the first reader asks (src/server/warm-up.ts).
import "server-only";
import { EVENT_TYPES } from "@dateline/core/schema";
import { articleLabel } from "../format";
import { type ActorGraph, graphBuilder } from "../graph/actor-graph";
import { type Api, actorNames, eachPage, memoized, placeNames } from "./kb";

/** Up to this many articles the source filter is a menu; beyond, it takes an article id (linked from each article). */
export const MAX_SOURCE_OPTIONS = 300;

/** A menu choice: [id, label]. */
export type Option = readonly [string, string];

/** The source menu's choices, or null when there are too many articles for a menu. */
export const sourceOptions = (api: Api) =>
  memoized("source-options", async (): Promise<Option[] | null> => {
    const { items, nextCursor } = await api.articles.list({ limit: MAX_SOURCE_OPTIONS });
    return nextCursor ? null : items.map((a): Option => [a.id, articleLabel(a)]);
  });

const byLabel = (names: Map<string, string>): Option[] => [...names].sort((a, b) => a[1].localeCompare(b[1]));

// Sorting by locale is the slow part of a menu of hundreds of names: once per KB generation, not per request.
export const actorOptions = (api: Api) => memoized("actor-options", async () => byLabel(await actorNames(api)));
export const placeOptions = (api: Api) => memoized("place-options", async () => byLabel(await placeNames(api)));
export const TYPE_OPTIONS: Option[] = Object.keys(EVENT_TYPES).map((t) => [t, t]);

/** Actors drawn in the graph: beyond this many the canvas is a hairball and the list a book; the busiest are kept. */
export const MAX_GRAPH_ACTORS = 60;
/** Shared events named per link of the graph. */
const TITLES_PER_LINK = 5;

interface EventDigest {
  graph: ActorGraph & { totalActors: number };
  titles: Map<string, string>;
}

/**
 * One pass over every event's summary (no report or evidence is read): the actor graph and each event's title.
 * On the 10,000-article KB (36,875 events) about 0.9 s, where the whole events took 2 s and the actor listing
 * the graph named its nodes from 0.7 s more.
 */
const eventDigest = (api: Api) =>
  memoized("event-digest", async (): Promise<EventDigest> => {
    const builder = graphBuilder({ maxTitles: TITLES_PER_LINK });
    const titles = new Map<string, string>();
    const actors = new Map<string, { name: string; kind: string }>();
    await eachPage(
      (cursor) => api.events.summaries({ limit: 500, cursor }),
      (items) => {
        builder.add(items);
        for (const e of items) {
          titles.set(e.id, e.title);
          for (const p of e.participants) actors.set(p.actorId, { name: p.name, kind: p.kind ?? "group" });
        }
      },
    );
    return { graph: builder.build(actors, MAX_GRAPH_ACTORS), titles };
  });

/** The actor graph of the busiest actors. */
export const actorGraph = async (api: Api) => (await eventDigest(api)).graph;

/** An event's title for a heading (the id when the KB has no such event). */
export const eventTitle = async (api: Api, id: string) => (await eventDigest(api)).titles.get(id) ?? id;
