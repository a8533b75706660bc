// actors.list (by name or alias, kind) and actors.byId (events, quotes and co-occurring actors).
import { ActorFilterSchema } from "@dateline/store";
import { coActors } from "../co-actors";
import { ByIdSchema, found } from "../errors";
import { publicProcedure, router } from "../trpc";

export const actorsRouter = router({
  list: publicProcedure.input(ActorFilterSchema.optional()).query(({ ctx, input }) => ctx.store.listActors(input)),

  byId: publicProcedure.input(ByIdSchema).query(async ({ ctx, input }) => {
    const detail = found(await ctx.store.getActor(input.id), "actor", input.id);
    // Only the co-actors are named: one indexed read instead of an index of every actor in the KB.
    const ids = detail.events.flatMap((e) => e.participants.map((p) => p.actorId));
    const names = new Map((await ctx.store.actorNames(ids)).map((a) => [a.id, a]));
    return { ...detail, coActors: coActors(detail.actor.id, detail.events, names) };
  }),
});
