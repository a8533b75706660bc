// An HTML page: the readable story via @mozilla/readability over a linkedom document, paragraphs as text.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { elementsByTag, type TagNode, tagNames } from "./dom-tags";
import { type DomElement, readHtmlMeta } from "./html-meta";
import { InputError } from "./input-error";
import type { MetaDraft } from "./meta-draft";

/** Elements whose text is one paragraph of the story. */
const BLOCKS = tagNames("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt");
/** Page furniture that is never the story, removed before the fallback reads paragraphs. */
const FURNITURE = tagNames(
  "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, figure, figcaption, button",
);

const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

interface Tree extends DomElement, TagNode {
  parentElement: Tree | null;
  remove(): void;
}

/**
 * Readability, its tag lookups ("h1, h2", "script, noscript", …: a few dozen a page, each a querySelectorAll of
 * tag names) answered by walking the tree, with the same elements in the same order.
 */
class TagWalkingReadability extends Readability {
  _getAllNodesWithTag(node: TagNode, names: string[]): TagNode[] {
    return elementsByTag(node, new Set(names.map((n) => n.toLowerCase())));
  }
}

/**
 * The innermost block elements' texts, in document order. A block is innermost when no other block stands
 * inside it; rather than asking each block for one (a selector compiled and run over its subtree, once a
 * block), each block marks its ancestors, and a marked ancestor stops the climb: its own were marked with it.
 */
function paragraphsOf(root: Tree): string[] {
  const blocks = elementsByTag<Tree>(root, BLOCKS);
  const holdsBlock = new Set<Tree>();
  for (const el of blocks) {
    for (let up = el.parentElement; up && !holdsBlock.has(up); up = up.parentElement) holdsBlock.add(up);
  }
  const out: string[] = [];
  for (const el of blocks) {
    if (holdsBlock.has(el)) continue;
    const text = clean(el.textContent);
    if (text.length > 0) out.push(text);
  }
  return out;
}

export interface HtmlArticle {
  /** The readable text: one paragraph per block, joined by blank lines. */
  text: string;
  language: string | null;
  /** The page's <title>, for when neither meta tags nor the text give a headline. */
  fallbackTitle: string | null;
}

/** Reads metadata, then the readable story; a page with no readable text is an InputError "no-text". */
export function readHtmlArticle(source: string, html: string, draft: MetaDraft): HtmlArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as Tree & { documentElement: Tree | null };
  const fallbackTitle = readHtmlMeta(doc, draft);
  const language = doc.documentElement?.getAttribute("lang")?.slice(0, 2).toLowerCase() || null;
  let paragraphs: string[] = [];
  try {
    // Readability edits the document it reads, so it runs after the metadata is taken.
    // keepClasses: stripping every class attribute from the result is work whose result is never read here.
    const readable = new TagWalkingReadability(document as never, {
      // The DOM node itself, not its HTML: paragraphsOf walks it. The typings (with the DOM lib, as the apps
      // compile them) expect a string, hence the cast.
      serializer: ((node: unknown) => node) as never,
      keepClasses: true,
    }).parse();
    const content = readable?.content as unknown as Tree | null | undefined;
    if (content && typeof content === "object") paragraphs = paragraphsOf(content);
    if (paragraphs.length === 0 && readable?.textContent) {
      paragraphs = readable.textContent
        .split(/\n\s*\n/)
        .map(clean)
        .filter(Boolean);
    }
  } catch (error) {
    draft.warnings.push(`readability failed (${(error as Error).message}); read the page's paragraphs instead`);
  }
  if (paragraphs.length === 0) {
    const { document: again } = parseHTML(html);
    const tree = again as unknown as Tree;
    for (const el of elementsByTag<Tree>(tree, FURNITURE)) el.remove();
    paragraphs = paragraphsOf(tree);
  }
  if (paragraphs.length === 0) throw new InputError(source, "no-text", "is an HTML page with no readable text");
  return { text: paragraphs.join("\n\n"), language, fallbackTitle };
}
