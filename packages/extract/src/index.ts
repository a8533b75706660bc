// @dateline/extract: one article in, an ArticleExtraction out (rule-based, offline, deterministic).
import { EXTRACTOR_VERSION, extractArticle } from "./pipeline/extract-article";
import type { Extractor } from "./types";

export { InputError, type InputProblem, parseArticle } from "./parse/index";
export { EXTRACTOR_VERSION, extractArticle, type Stage, type StageTimer } from "./pipeline/extract-article";
export type { Extractor, RawInput } from "./types";

/** The built-in extractor behind the pluggable interface; a model-based one can implement the same. */
export const rulesExtractor: Extractor = {
  info: { name: "rules", version: EXTRACTOR_VERSION },
  extract: async (input) => extractArticle(input),
};
