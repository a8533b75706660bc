// Builds a DocContext from plain text for tests: the whole text is the body.
import type { Article } from "@dateline/core/schema";
import { analyze } from "../nlp/analyze";
import type { DocContext } from "../types";

export function contextFor(text: string, articleId = "test"): DocContext {
  const article: Article = {
    id: articleId,
    source: `${articleId}.txt`,
    format: "txt",
    text,
    sha256: "0".repeat(64),
    title: null,
    outlet: null,
    author: null,
    url: null,
    published: null,
    updated: null,
    dateline: null,
    language: "en",
    metaEvidence: {},
    missing: {},
    inferredPublished: null,
    warnings: [],
  };
  return { articleId, text, article, body: [{ start: 0, end: text.length }], analysis: analyze(text) };
}
