// The Article from a draft: each field its value and evidence, or null and the reason it is missing.
import { makeEvidence } from "@dateline/core/evidence";
import type { Article, ArticleFormat, MetaField } from "@dateline/core/schema";
import type { DraftField, Found, MetaDraft } from "./meta-draft";

/** Why a field is missing when no reader said anything more specific. */
const DEFAULT_MISSING: Readonly<Record<DraftField, string>> = {
  title: "no headline line above the story",
  outlet: "no outlet line near the top, no agency in the dateline, and no outlet named in a credit or footer line",
  author: "no byline near the top of the text",
  url: "the text gives no URL",
  published: "no date line near the top of the text",
  updated: "no update date near the top of the text",
  dateline: "the first paragraph does not open with a dateline ('PLACE —' or 'PLACE:')",
};

/** Where structured formats would have given a field, so the reason names what was looked at. */
const STRUCTURED_MISSING: Partial<Record<ArticleFormat, Partial<Record<DraftField, string>>>> = {
  json: {
    title: "the JSON has no 'headline'",
    outlet: "the JSON has no 'publisher' and the text names no outlet in a dateline or credit line",
    author: "the JSON has no 'author'",
    url: "the JSON has no 'url'",
    published: "the JSON has no 'datePublished' and the text opens with no dated dateline",
    updated: "the JSON has no 'dateModified'",
  },
  html: {
    title: "the page has no og:title, JSON-LD headline, <title> or headline line",
    outlet: "the page has no og:site_name or JSON-LD publisher, and the text names no outlet",
    author: "the page has no author meta tag, JSON-LD author or byline",
    url: "the page has no og:url, canonical link or JSON-LD url",
    published: "the page has no article:published_time, JSON-LD datePublished, <time datetime> or date line",
    updated: "the page has no article:modified_time or JSON-LD dateModified",
  },
  md: {
    url: "neither the front matter nor the text gives a URL",
  },
};

export interface AssembleInput {
  id: string;
  source: string;
  format: ArticleFormat;
  text: string;
  sha256: string;
  draft: MetaDraft;
  language: { value: string | null; reason: string | null };
  inferredPublished: Article["inferredPublished"];
}

export function assembleArticle(a: AssembleInput): Article {
  const metaEvidence: Article["metaEvidence"] = {};
  const missing: Article["missing"] = {};
  const take = <T>(field: DraftField & MetaField, found: Found<T> | undefined): T | null => {
    if (!found) {
      missing[field] = a.draft.missing[field] ?? STRUCTURED_MISSING[a.format]?.[field] ?? DEFAULT_MISSING[field];
      return null;
    }
    if (found.span && found.span.end > found.span.start)
      metaEvidence[field] = makeEvidence(a.id, a.text, found.span.start, found.span.end);
    return found.value;
  };
  const article: Article = {
    id: a.id,
    source: a.source,
    format: a.format,
    text: a.text,
    sha256: a.sha256,
    title: take("title", a.draft.title),
    outlet: take("outlet", a.draft.outlet),
    author: take("author", a.draft.author),
    url: take("url", a.draft.url),
    published: take("published", a.draft.published),
    updated: take("updated", a.draft.updated),
    dateline: take("dateline", a.draft.dateline),
    language: a.language.value,
    metaEvidence,
    missing,
    inferredPublished: a.draft.published ? null : a.inferredPublished,
    warnings: a.draft.warnings,
  };
  if (a.language.value === null) missing.language = a.language.reason ?? "the language could not be told";
  return article;
}
