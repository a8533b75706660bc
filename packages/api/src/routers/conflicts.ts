// conflicts.list: where the reports of one event disagree, by event and field.
import { ConflictFilterSchema } from "@dateline/store";
import { publicProcedure, router } from "../trpc";

export const conflictsRouter = router({
  list: publicProcedure
    .input(ConflictFilterSchema.optional())
    .query(({ ctx, input }) => ctx.store.listConflicts(input)),
});
