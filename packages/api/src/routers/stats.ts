// stats.get: how many articles, actors, places, events, reports, quotes, figures and conflicts.
import { publicProcedure, router } from "../trpc";

export const statsRouter = router({
  get: publicProcedure.query(({ ctx }) => ctx.store.stats()),
});
