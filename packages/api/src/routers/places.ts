// places.list (by name or alias, kind) and places.byId (the place and the first page of its events, as events.list
// gives them: each with its first reports and the counts of all).
import { PlaceFilterSchema } from "@dateline/store";
import { ByIdSchema, found } from "../errors";
import { publicProcedure, router } from "../trpc";

export const placesRouter = router({
  list: publicProcedure.input(PlaceFilterSchema.optional()).query(({ ctx, input }) => ctx.store.listPlaces(input)),

  byId: publicProcedure.input(ByIdSchema).query(async ({ ctx, input }) => {
    const place = found(await ctx.store.getPlace(input.id), "place", input.id);
    return { place, events: await ctx.store.listEvents({ place: place.id }) };
  }),
});
