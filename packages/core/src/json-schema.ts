// JSON Schema documents generated from the zod schemas, for consumers that are not TypeScript.
import { z } from "zod";
import { GoldArticleSchema, GoldCorpusSchema } from "./gold";
import { ArticleSchema } from "./schema/article";
import { CurationFileSchema } from "./schema/curation";
import { ArticleExtractionSchema } from "./schema/extraction";
import { KnowledgeBaseSchema } from "./schema/knowledge-base";

export const JSON_SCHEMAS = {
  "knowledge-base": KnowledgeBaseSchema,
  article: ArticleSchema,
  "article-extraction": ArticleExtractionSchema,
  "curation-file": CurationFileSchema,
  "gold-article": GoldArticleSchema,
  "gold-corpus": GoldCorpusSchema,
} as const;

/** The file name and pretty-printed JSON of every schema, in a stable order. */
export function renderJsonSchemas(): Array<{ file: string; json: string }> {
  return Object.entries(JSON_SCHEMAS).map(([name, schema]) => {
    const doc = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output", unrepresentable: "any" });
    const withId = { $id: `https://dateline.dev/schema/${name}.json`, title: name, ...doc };
    return { file: `${name}.json`, json: `${JSON.stringify(withId, null, 2)}\n` };
  });
}
