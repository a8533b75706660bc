// Markdown with YAML front matter: metadata from the YAML (safe options), the story after the closing line.
import { isMap, isScalar, isSeq, type Node, parseDocument } from "yaml";
import { InputError } from "./input-error";
import type { MetaDraft, Span } from "./meta-draft";
import { metadataField } from "./metadata-keys";
import { offerStructured } from "./structured-fields";

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/m;

export interface FrontMatter {
  /** Offset where the text after the front matter begins (0 when there is none). */
  bodyStart: number;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

/** The text of a scalar and where its words stand in the article, quotes left out. */
function scalarSpan(text: string, base: number, node: Node): { value: string; span: Span | null } | null {
  if (!isScalar(node) || node.value === null || typeof node.value === "object") return null;
  const value = String(node.value);
  const range = node.range;
  if (!range) return { value, span: null };
  const start = base + range[0];
  const at = text.indexOf(value, start);
  const span = at >= 0 && at + value.length <= base + range[1] ? { start: at, end: at + value.length } : null;
  return { value, span };
}

/** Names from an author value: a string, a {name} map, or a list of either. */
function authorNames(node: Node): string[] {
  if (isScalar(node)) return node.value === null ? [] : [String(node.value)];
  if (isMap(node)) {
    const name = node.get("name", true);
    return name && isScalar(name) ? [String(name.value)] : [];
  }
  if (isSeq(node)) return node.items.flatMap((item) => authorNames(item as Node));
  return [];
}

/**
 * Reads front matter at the very top of a Markdown text into the draft. Malformed YAML is an InputError
 * naming the line; a value of the wrong shape is a warning, not a failure.
 */
export function readFrontMatter(source: string, text: string, draft: MetaDraft): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { bodyStart: 0 };
  const base = open[0].length;
  const rest = text.slice(base);
  const close = CLOSE.exec(rest);
  if (!close) throw new InputError(source, "format", "front matter opened on line 1 is never closed with '---'");
  const yamlText = rest.slice(0, close.index);
  // Nodes are read directly and never converted with toJS, so aliases are not expanded (no alias bombs).
  const doc = parseDocument(yamlText, {
    schema: "core",
    customTags: [],
    uniqueKeys: true,
    prettyErrors: false,
  });
  const [error] = doc.errors;
  if (error) {
    const line = lineOf(text, base + (error.pos[0] ?? 0));
    throw new InputError(
      source,
      "format",
      `malformed YAML front matter at line ${line}: ${error.message.split("\n")[0]}`,
    );
  }
  for (const w of doc.warnings) draft.warnings.push(`front matter: ${w.message.split("\n")[0]}`);
  const bodyStart = base + close.index + close[0].length;
  if (doc.contents === null) return { bodyStart };
  if (!isMap(doc.contents)) {
    throw new InputError(source, "format", "front matter is not a mapping of keys to values (line 2)");
  }
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.value) continue;
    const key = String(pair.key.value);
    const field = metadataField(key);
    if (!field) continue;
    const value = pair.value as Node;
    const where = `front matter '${key}'`;
    if (field === "author" || field === "outlet") {
      const names = authorNames(value);
      const single = names.length === 1 ? scalarSpan(text, base, value) : null;
      if (names.length > 0) offerStructured(draft, field, names.join(", "), where, single?.span ?? null);
      else draft.warnings.push(`${where}: expected a name, a {name} map or a list of names; ignored`);
      continue;
    }
    const scalar = scalarSpan(text, base, value);
    if (scalar) offerStructured(draft, field, scalar.value, where, scalar.span);
    else draft.warnings.push(`${where}: expected a single value; ignored`);
  }
  return { bodyStart };
}
