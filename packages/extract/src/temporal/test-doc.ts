// Test helper: a DocContext for a text and a publication date, as the parse stage would hand it over.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { partialDate } from "@dateline/core/dates";
import type { Article } from "@dateline/core/schema";
import { analyze, type Range } from "../nlp/analyze";
import type { DocContext } from "../types";

export function docContext(text: string, published: string | null, id = "test", body?: Range[]): DocContext {
  const ranges = body ?? [{ start: 0, end: text.length }];
  const article: Article = {
    id,
    source: `${id}.txt`,
    format: "txt",
    text,
    sha256: createHash("sha256").update(text).digest("hex"),
    title: null,
    outlet: null,
    author: null,
    url: null,
    published: published === null ? null : partialDate(published),
    updated: null,
    dateline: null,
    language: "en",
    metaEvidence: {},
    missing: {},
    inferredPublished: null,
    warnings: [],
  };
  return { articleId: id, text, article, body: ranges, analysis: analyze(text, ranges) };
}

const SEEDS = new URL("../../../../data/articles/", import.meta.url);

/** A seed article of data/articles by its number ("002"), with its publication date as the tests know it. */
export function seedContext(prefix: string, published: string | null): DocContext {
  const names: Record<string, string> = {
    "000": "000_7b3951009b3ee7ad.txt",
    "001": "001_43075a82e50bc56c.txt",
    "002": "002_6d7d1cf8512395d2.txt",
    "003": "003_f778857b596fc65f.txt",
    "004": "004_fd49d523f050ac8a.txt",
  };
  const text = readFileSync(new URL(names[prefix]!, SEEDS), "utf8");
  return docContext(text, published, `seed-${prefix}`);
}
