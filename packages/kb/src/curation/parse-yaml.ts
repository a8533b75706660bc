// Reads one curation file: safe YAML (core schema, no custom tags, few aliases, unique keys), then zod.
import { CurationFileSchema, type CurationOp } from "@dateline/core/schema";
import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";

/** A curation file that cannot be used; the message names the file, line, field and what was expected. */
export class CurationFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ReadonlyArray<{ line: number | null; path: string; message: string }>,
  ) {
    super(
      problems
        .map((p) => `${file}${p.line === null ? "" : `:${p.line}`}: ${p.path ? `${p.path}: ` : ""}${p.message}`)
        .join("\n"),
    );
    this.name = "CurationFileError";
  }
}

/** Enough for a hand-written file; a billion-laughs document trips it long before it costs anything. */
const MAX_ALIASES = 10;

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

/** The line of the deepest node that exists on the path (a missing field points at its op). */
function lineOf(contents: unknown, path: ReadonlyArray<PropertyKey>, lines: LineCounter): number | null {
  let node = contents as Node | null;
  let best: number | null = node?.range ? lines.linePos(node.range[0]).line : null;
  for (const key of path) {
    if (!(isMap(node) || isSeq(node))) break;
    const next = node.get(key as never, true) as Node | undefined;
    if (!next?.range) break;
    node = next;
    best = lines.linePos(next.range[0]).line;
  }
  return best;
}

type Issue = NonNullable<ReturnType<typeof CurationFileSchema.safeParse>["error"]>["issues"][number];

/** Zod already says what it expected, except for a target that is neither form. */
function describe(issue: Issue): string {
  // An unknown `op` is a union issue too, but its message already lists the ops; only targets need the hint.
  if (issue.code === "invalid_union" && issue.path.at(-1) !== "op") {
    return `${issue.message}: expected { id } or { article, exact }`;
  }
  return issue.message;
}

export function parseCurationYaml(text: string, file: string): CurationOp[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: "core", customTags: [], uniqueKeys: true });
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    throw new CurationFileError(
      file,
      yamlProblems.map((e) => ({
        line: e.linePos?.[0].line ?? null,
        path: "",
        message: `${e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")} (${e.code})`,
      })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CurationFileError(file, [
      { line: null, path: "", message: `${message} (at most ${MAX_ALIASES} aliases)` },
    ]);
  }
  if (data === null || data === undefined) return [];
  const parsed = CurationFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new CurationFileError(
      file,
      parsed.error.issues.map((issue) => ({
        line: lineOf(doc.contents, issue.path, lines),
        path: formatPath(issue.path),
        message: describe(issue),
      })),
    );
  }
  return parsed.data.ops.map((op, index) => ({ ...op, id: op.id ?? `${file}#${index}` }));
}
