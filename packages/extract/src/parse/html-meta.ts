// Metadata of an HTML page: <title>, og:* and article:* meta tags, <time datetime>, JSON-LD.
import { elementsByTag, type TagNode } from "./dom-tags";
import type { MetaDraft } from "./meta-draft";
import { offerStructured, type StructuredField } from "./structured-fields";

/** Minimal DOM surface we use, so the code does not depend on the DOM lib types. */
export interface DomElement extends TagNode {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** The attributes that name a meta tag. */
type MetaKey = "property" | "name" | "itemprop";
const META_KEYS: readonly MetaKey[] = ["property", "name", "itemprop"];

/** Meta tags by priority for each field: the first present wins. */
// biome-ignore format: a table reads better in rows
const META: ReadonlyArray<[StructuredField, MetaKey, string]> = [
  ["title", "property", "og:title"], ["title", "name", "twitter:title"],
  ["outlet", "property", "og:site_name"], ["outlet", "name", "application-name"],
  ["author", "name", "author"], ["author", "property", "article:author"], ["author", "name", "byl"],
  ["published", "property", "article:published_time"], ["published", "name", "pubdate"],
  ["published", "name", "publishdate"], ["published", "name", "date"], ["published", "name", "dc.date"],
  ["published", "itemprop", "datePublished"],
  ["updated", "property", "article:modified_time"], ["updated", "property", "og:updated_time"],
  ["updated", "itemprop", "dateModified"],
  ["url", "property", "og:url"],
];

/** The tags readHtmlMeta reads, found in one walk of the page (see pageTags). */
const READ_TAGS: ReadonlySet<string> = new Set(["meta", "script", "link", "time", "title"]);

interface PageTags {
  meta: DomElement[];
  script: DomElement[];
  link: DomElement[];
  time: DomElement[];
  title: DomElement[];
}

/** The page's meta, script, link, time and title elements, each kind in document order. */
function pageTags(document: DomElement): PageTags {
  const tags: PageTags = { meta: [], script: [], link: [], time: [], title: [] };
  for (const el of elementsByTag<DomElement>(document, READ_TAGS)) {
    tags[(el.localName ?? "").toLowerCase() as keyof PageTags].push(el);
  }
  return tags;
}

/**
 * `[attribute="value"]` in an HTML page: exact, except for attributes whose values HTML compares without case
 * (type and rel among those read here), as css-select (under linkedom's querySelector) does.
 */
const attributeIs = (el: DomElement, attribute: "type" | "rel", value: string) =>
  el.getAttribute(attribute)?.toLowerCase() === value;

/**
 * The first meta tag of the page for each `attribute="value"`, in one pass over the meta tags: what
 * `querySelector('meta[attribute="value"]')` finds (exact, case-sensitive values), without compiling and
 * running 17 selectors over the whole tree (it was most of the time readHtmlMeta took).
 */
function firstMetaTags(metas: readonly DomElement[]): Map<string, DomElement> {
  const first = new Map<string, DomElement>();
  for (const meta of metas) {
    for (const key of META_KEYS) {
      const value = meta.getAttribute(key);
      if (value === null) continue;
      const id = `${key}=${value}`;
      if (!first.has(id)) first.set(id, meta);
    }
  }
  return first;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The first JSON-LD script (script[type="application/ld+json"]) that describes an article. */
function jsonLdArticle(scripts: readonly DomElement[]): { [key: string]: Json } | null {
  for (const script of scripts) {
    if (!attributeIs(script, "type", "application/ld+json")) continue;
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? "") as Json;
    } catch {
      continue;
    }
    const items: Json[] = Array.isArray(data)
      ? data
      : typeof data === "object" && data !== null && Array.isArray(data["@graph"])
        ? data["@graph"]
        : [data];
    for (const item of items) {
      if (typeof item !== "object" || item === null || Array.isArray(item)) continue;
      const type = item["@type"];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === "string" && /Article|Posting|Report/.test(t))) return item;
    }
  }
  return null;
}

function nameOf(v: Json | undefined): string | null {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (v && typeof v === "object" && typeof v.name === "string") return v.name;
  return null;
}

/** "Ministers agree | World Wire" → "Ministers agree": a page title often ends with the site's name. */
export function withoutSiteName(title: string): string {
  const m = /^(.*?\S)\s+[|–—-]\s+([^|–—]{2,40})$/.exec(title);
  return m && m[2]!.trim().split(/\s+/).length <= 4 ? m[1]! : title;
}

/**
 * Reads the page's metadata into the draft: meta tags, then JSON-LD, then <time>. Returns the <title>
 * without its site name, which the caller offers only if the readable text has no headline of its own.
 */
export function readHtmlMeta(document: DomElement, draft: MetaDraft): string | null {
  const tags = pageTags(document);
  const metaTags = firstMetaTags(tags.meta);
  for (const [field, key, value] of META) {
    const content = metaTags.get(`${key}=${value}`)?.getAttribute("content");
    const selector = `meta[${key}="${value}"]`;
    // article:author is often a profile URL rather than a name.
    if (content && !(field === "author" && /^https?:/.test(content))) {
      offerStructured(draft, field, content, `meta tag ${selector}`, null);
    }
  }
  const ld = jsonLdArticle(tags.script);
  if (ld) {
    const str = (k: string) => (typeof ld[k] === "string" ? (ld[k] as string) : null);
    const fields: Array<[StructuredField, string | null, string]> = [
      ["title", str("headline"), "headline"],
      ["published", str("datePublished"), "datePublished"],
      ["updated", str("dateModified"), "dateModified"],
      ["url", str("url"), "url"],
      ["author", nameOf(ld.author), "author"],
      ["outlet", nameOf(ld.publisher), "publisher"],
    ];
    for (const [field, value, key] of fields) if (value) offerStructured(draft, field, value, `JSON-LD '${key}'`, null);
  }
  const canonical = tags.link.find((l) => attributeIs(l, "rel", "canonical"))?.getAttribute("href");
  if (canonical) offerStructured(draft, "url", canonical, "link rel=canonical", null);
  // "article time[datetime], time[datetime]": the first <time datetime> of the page, in an <article> or not.
  const time = tags.time.find((t) => t.getAttribute("datetime") !== null)?.getAttribute("datetime");
  if (time) offerStructured(draft, "published", time, "<time datetime>", null);
  const title = tags.title[0]?.textContent?.replace(/\s+/g, " ").trim();
  return title ? withoutSiteName(title) : null;
}
