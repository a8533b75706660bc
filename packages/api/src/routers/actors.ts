// actors.list (by name or alias, kind) and actors.byId (events, quotes and co-occurring actors).
import { ActorFilterSchema } from "@dateline/store";
import { coActors } from "../co-actors";
import { ByIdSchema, found } from "../errors";
import { publicProcedure, router } from "../trpc";

export const actorsRouter = router({
  list: publicProcedure.input(ActorFilterSchema.optional()).query(({ ctx, input }) => ctx.store.listActors(input)),

  byId: publicProcedure.input(ByIdSchema).query(async ({ ctx, input }) => {
    const detail = found(await ctx.store.getActor(input.id), "actor", input.id);
    const { actors } = await ctx.shared.index.get();
    return { ...detail, coActors: coActors(detail.actor.id, detail.events, actors) };
  }),
});
