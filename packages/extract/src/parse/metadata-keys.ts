// Metadata keys across formats (front matter, header lines, JSON): "publishDate", "published_at", "lastmod" …
import { HEADER_KEYS } from "./line-patterns";
import type { StructuredField } from "./structured-fields";

/** Keys beyond the header labels that front matter and feeds use. */
const EXTRA_KEYS: Readonly<Record<string, StructuredField>> = {
  "publish date": "published",
  "date published": "published",
  "published date": "published",
  pubdate: "published",
  "created at": "published",
  "date modified": "updated",
  lastmod: "updated",
  "last modified": "updated",
  "updated at": "updated",
  "modified at": "updated",
  canonical: "url",
  "canonical url": "url",
  "source url": "url",
  permalink: "url",
  "site name": "outlet",
  "news source": "outlet",
  writer: "author",
  creator: "author",
};

/** "publishDate" → "publish date", "published_at" → "published at". */
export function normalizeKey(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_\-.\s]+/g, " ")
    .trim()
    .toLowerCase();
}

/** The field a metadata key fills, or null for keys we do not read. */
export function metadataField(key: string): StructuredField | null {
  const k = normalizeKey(key);
  const header = HEADER_KEYS[k];
  if (header && header !== "ignore") return header;
  return EXTRA_KEYS[k] ?? null;
}
