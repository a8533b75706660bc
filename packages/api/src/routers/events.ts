// events.list (the filtered time line) and events.byId (reports with evidence, conflicts, named participants).
import { EventFilterSchema } from "@dateline/store";
import { ByIdSchema, found } from "../errors";
import { publicProcedure, router } from "../trpc";

export const eventsRouter = router({
  list: publicProcedure.input(EventFilterSchema.optional()).query(({ ctx, input }) => ctx.store.listEvents(input)),

  byId: publicProcedure.input(ByIdSchema).query(async ({ ctx, input }) => {
    const { event, conflicts } = found(await ctx.store.getEvent(input.id), "event", input.id);
    const { actors } = await ctx.shared.index.get();
    const participants = event.participants.map((p) => {
      const actor = actors.get(p.actorId);
      return { ...p, name: actor?.name ?? p.actorId, kind: actor?.kind ?? null };
    });
    return { event, conflicts, participants };
  }),
});
