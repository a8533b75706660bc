// curation.list (the ops on file and what each did) and curation.add (protected: append, re-link).
import { CurationOpSchema } from "@dateline/core/schema";
import { CurationFileError } from "@dateline/kb";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { addCurationOp, DuplicateOpError } from "../curation-writer";
import { isCurationLoadError, loadIngest } from "../lazy-ingest";
import { protectedProcedure, publicProcedure, router } from "../trpc";

/** Errors of the files on disk, not of the request: the server's curation needs fixing first. */
function mapCurationError(error: unknown): never {
  if (error instanceof DuplicateOpError) throw new TRPCError({ code: "CONFLICT", message: error.message });
  if (error instanceof CurationFileError || isCurationLoadError(error)) {
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: `the curation files do not load: ${error.message}` });
  }
  throw error;
}

export const curationRouter = router({
  list: publicProcedure.query(async ({ ctx }) => {
    const { loadCurationDir } = await loadIngest();
    const files = await loadCurationDir(ctx.curationDir).catch(mapCurationError);
    const ops = files.flatMap(({ file, ops }) => ops.map((op, index) => ({ file, index, op })));
    return { ops, status: await ctx.store.listCuration() };
  }),

  add: protectedProcedure
    .input(z.object({ op: CurationOpSchema }))
    .mutation(({ ctx, input }) =>
      addCurationOp(ctx.store, ctx.curationDir, ctx.shared, input.op, ctx.curationWriter).catch(mapCurationError),
    ),
});
