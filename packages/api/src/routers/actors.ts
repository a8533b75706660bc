// actors.list (by name or alias, kind) and actors.byId (the actor, its first events, quotes and co-actors).
import { ActorFilterSchema } from "@dateline/store";
import { ByIdSchema, found } from "../errors";
import { publicProcedure, router } from "../trpc";

export const actorsRouter = router({
  list: publicProcedure.input(ActorFilterSchema.optional()).query(({ ctx, input }) => ctx.store.listActors(input)),

  /** The whole actor, its first events (as summaries, with the cursor to go on), quotes and co-actors, with counts. */
  byId: publicProcedure
    .input(ByIdSchema)
    .query(async ({ ctx, input }) => found(await ctx.store.getActor(input.id), "actor", input.id)),
});
