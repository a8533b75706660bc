// search.query: full-text over articles, events and actors; unsearchable text is a BAD_REQUEST.
import { MAX_QUERY_LENGTH, SearchOptionsSchema } from "@dateline/store";
import { z } from "zod";
import { publicProcedure, router } from "../trpc";

export const SearchInputSchema = SearchOptionsSchema.extend({
  q: z.string().min(1).max(MAX_QUERY_LENGTH).describe('Words; "a phrase"; a trailing * for a prefix.'),
});

export const searchRouter = router({
  query: publicProcedure
    .input(SearchInputSchema)
    .query(({ ctx, input: { q, ...options } }) => ctx.store.search(q, options)),
});
