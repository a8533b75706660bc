// The warm-up: once the server starts, and again whenever the KB changes, compute in the background the values
// views derive from the whole KB (filter menus, which events have conflicts, every article's and event's names,
// the actor graph) and the home page's first page, so that the first readers do not wait for them: on the
// 10,000-article KB the first visit of /conflicts took 10-14 s, of / and of an event page 5-7 s.
import "server-only";
import { loadTimeline } from "../timeline/load-timeline";
import { parseTimelineQuery } from "../timeline/timeline-query";
import { actorGraph, actorOptions, placeOptions, sourceOptions } from "./derived";
import {
  type Api,
  articleIndex,
  callerFor,
  memoized,
  memoizedPage,
  NoKnowledgeBaseError,
  onNewGeneration,
  openStore,
  placeNames,
} from "./kb";

/** The steps in the order readers need them: the home page first, then event pages, then the other views. */
const STEPS: [string, (api: Api) => Promise<unknown>][] = [
  ["actor and place menus", (api) => Promise.all([actorOptions(api), placeOptions(api), placeNames(api)])],
  ["source menu", sourceOptions],
  [
    "home page",
    (api) => {
      const { query } = parseTimelineQuery({});
      return memoizedPage(`timeline:${JSON.stringify(query)}`, () => loadTimeline(api, query, memoized));
    },
  ],
  ["article names", articleIndex],
  ["actor graph and event titles", actorGraph],
];

const state = globalThis as typeof globalThis & { __datelineWarming?: number };

/** Warms the values of the KB's current generation, one step at a time; readers are served between steps. */
export async function warmUp(log: (line: string) => void = console.log): Promise<void> {
  let api: Api;
  let generation: number;
  try {
    const store = await openStore();
    generation = await store.generation();
    api = callerFor(store);
  } catch (error) {
    // No KB yet: nothing to warm; the views say how to build one, and the first memo of a new KB warms it.
    if (error instanceof NoKnowledgeBaseError) return;
    throw error;
  }
  if (state.__datelineWarming === generation) return;
  state.__datelineWarming = generation;
  const started = performance.now();
  for (const [name, step] of STEPS) {
    await new Promise((resolve) => setImmediate(resolve));
    const t = performance.now();
    await step(api);
    log(`warm-up: ${name} in ${Math.round(performance.now() - t)} ms`);
  }
  log(`warm-up of KB generation ${generation} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Warms now and after every change of the KB; failures are logged, never thrown at the server. */
export function startWarmUp(): void {
  const run = () => {
    warmUp().catch((error: unknown) => console.error(`warm-up failed: ${(error as Error).message}`));
  };
  onNewGeneration(run);
  run();
}
