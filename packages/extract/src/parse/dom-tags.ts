// Elements by tag name in document order, found by walking the tree: what querySelectorAll("p, li, …") finds in
// an HTML document, without the selector compiled again at every call (linkedom keeps no compiled selectors, and
// compiling was a fifth of the time an HTML page took to read, most of it for Readability's tag lookups).

/** The few node fields the walk reads (linkedom's elements and documents have them). */
export interface TagNode {
  localName?: string;
  firstElementChild: TagNode | null;
  nextElementSibling: TagNode | null;
  parentNode: TagNode | null;
}

/**
 * The descendants of `root` (not root itself) whose tag name, lower-cased, is in `names` (lower case), in
 * document order. Like linkedom's querySelectorAll, it looks inside no <template> (though it may return one).
 */
export function elementsByTag<T extends TagNode>(root: TagNode, names: ReadonlySet<string>): T[] {
  const out: T[] = [];
  let el = root.firstElementChild;
  while (el) {
    const name = (el.localName ?? "").toLowerCase();
    if (names.has(name)) out.push(el as T);
    const child = name === "template" ? null : el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    // No children: the next sibling, or that of the nearest ancestor below root that has one.
    let next: TagNode | null = null;
    for (let up: TagNode | null = el; up && up !== root && !next; up = up.parentNode) next = up.nextElementSibling;
    el = next;
  }
  return out;
}

/** "p, h1, li" → its tag names, for a selector that is only a list of tag names. */
export function tagNames(selector: string): ReadonlySet<string> {
  return new Set(selector.split(",").map((s) => s.trim().toLowerCase()));
}
