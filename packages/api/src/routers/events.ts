// events.list (the filtered time line, each event with its first reports and the counts of all), events.summaries
// (the same time line as summaries, for listings) and events.byId (every report with evidence, conflicts, named
// participants).
import { EventFilterSchema } from "@dateline/store";
import { ByIdSchema, found } from "../errors";
import { publicProcedure, router } from "../trpc";

export const eventsRouter = router({
  /**
   * Events as EventListItems: their fields, their first LIST_REPORTS reports (with a source filter, that
   * article's first) and the counts of all; `byId` gives every report.
   */
  list: publicProcedure.input(EventFilterSchema.optional()).query(({ ctx, input }) => ctx.store.listEvents(input)),

  /** listEvents' filters and cursors; each event as id, title, type, status, date, named participants, counts. */
  summaries: publicProcedure
    .input(EventFilterSchema.optional())
    .query(({ ctx, input }) => ctx.store.listEventSummaries(input)),

  byId: publicProcedure.input(ByIdSchema).query(async ({ ctx, input }) => {
    const { event, conflicts } = found(await ctx.store.getEvent(input.id), "event", input.id);
    // The names of this event's participants only: one indexed read, not an index of the whole KB.
    const names = new Map((await ctx.store.actorNames(event.participants.map((p) => p.actorId))).map((a) => [a.id, a]));
    const participants = event.participants.map((p) => {
      const actor = names.get(p.actorId);
      return { ...p, name: actor?.name ?? p.actorId, kind: actor?.kind ?? null };
    });
    return { event, conflicts, participants };
  }),
});
