// articles.list (metadata, no text) and articles.byId (verbatim text with every span the KB uses).
import { ArticleFilterSchema } from "@dateline/store";
import { articleSpans } from "../article-spans";
import { ByIdSchema, found } from "../errors";
import { publicProcedure, router } from "../trpc";

export const articlesRouter = router({
  list: publicProcedure.input(ArticleFilterSchema.optional()).query(({ ctx, input }) => ctx.store.listArticles(input)),

  byId: publicProcedure.input(ByIdSchema).query(async ({ ctx, input }) => {
    const article = found(await ctx.store.getArticle(input.id), "article", input.id);
    return { article, spans: await articleSpans(ctx.store, article) };
  }),
});
