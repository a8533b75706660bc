// The app router: one sub-router per resource; `createCaller` for in-process use (tests, the web app, the TUI).
import { actorsRouter } from "./routers/actors";
import { articlesRouter } from "./routers/articles";
import { conflictsRouter } from "./routers/conflicts";
import { curationRouter } from "./routers/curation";
import { eventsRouter } from "./routers/events";
import { placesRouter } from "./routers/places";
import { searchRouter } from "./routers/search";
import { statsRouter } from "./routers/stats";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  articles: articlesRouter,
  actors: actorsRouter,
  places: placesRouter,
  events: eventsRouter,
  conflicts: conflictsRouter,
  search: searchRouter,
  stats: statsRouter,
  curation: curationRouter,
});

export type AppRouter = typeof appRouter;

/** `createCaller(createContextInner({ store, curationDir, token }))`: the API without HTTP. */
export const createCaller = createCallerFactory(appRouter);

export { type ApiOptions, type Context, createContextInner } from "./context";
