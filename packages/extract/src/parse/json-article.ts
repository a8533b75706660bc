// A schema.org NewsArticle-like JSON document: the text is its articleBody, the metadata its other fields.
import { InputError } from "./input-error";
import type { MetaDraft } from "./meta-draft";
import { offerStructured } from "./structured-fields";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function describe(v: Json | undefined): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

/** The article object: the document itself, or the first item of a list or @graph that has an articleBody. */
function findArticle(source: string, doc: Json): { [key: string]: Json } {
  const candidates: Json[] = Array.isArray(doc)
    ? doc
    : isObject(doc) && Array.isArray(doc["@graph"])
      ? doc["@graph"]
      : [doc];
  const withBody = candidates.find((c) => isObject(c) && c.articleBody !== undefined);
  const article = withBody ?? candidates[0];
  if (!isObject(article)) {
    throw new InputError(source, "format", `expected a JSON object with an 'articleBody', found ${describe(article)}`);
  }
  return article;
}

function optionalString(source: string, obj: { [key: string]: Json }, field: string): string | null {
  const v = obj[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string")
    throw new InputError(source, "format", `field '${field}' should be a string, found ${describe(v)}`);
  return v;
}

/** Names from a person or organisation value: a string, a {name} object, or a list of either. */
function names(source: string, v: Json | undefined, field: string): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap((item, i) => names(source, item, `${field}[${i}]`));
  if (isObject(v) && typeof v.name === "string") return [v.name];
  throw new InputError(
    source,
    "format",
    `field '${field}' should be a name, an object with a string 'name', or a list of them; found ${describe(v)}`,
  );
}

export interface JsonArticle {
  text: string;
}

/** Parses the JSON, fills the draft from its fields, and returns the article text (its articleBody). */
export function readJsonArticle(source: string, raw: string, draft: MetaDraft): JsonArticle {
  let doc: Json;
  try {
    doc = JSON.parse(raw) as Json;
  } catch (error) {
    throw new InputError(source, "format", `is not valid JSON: ${(error as Error).message}`);
  }
  const article = findArticle(source, doc);
  const body = article.articleBody;
  if (typeof body !== "string") {
    throw new InputError(
      source,
      "format",
      `field 'articleBody' should be the article text as a string, found ${describe(body)}`,
    );
  }
  if (body.trim().length === 0) throw new InputError(source, "no-text", "field 'articleBody' is empty");
  const fields = [
    ["title", "headline"],
    ["title", "name"],
    ["url", "url"],
    ["published", "datePublished"],
    ["published", "dateCreated"],
    ["updated", "dateModified"],
  ] as const;
  for (const [field, key] of fields) {
    const value = optionalString(source, article, key);
    if (value !== null) offerStructured(draft, field, value, `JSON field '${key}'`, null);
  }
  const authors = names(source, article.author, "author");
  if (authors.length > 0) offerStructured(draft, "author", authors.join(", "), "JSON field 'author'", null);
  const publishers = names(source, article.publisher, "publisher");
  if (publishers[0]) offerStructured(draft, "outlet", publishers[0], "JSON field 'publisher'", null);
  return { text: body };
}
