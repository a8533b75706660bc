// A large document written piece by piece: at about 20,000 articles the KnowledgeBase's JSON is longer than
// a JavaScript string may be (512 MiB), so `JSON.stringify` of the whole throws where each item fits easily.

/** Where the pieces go; resolves once the destination can take more (backpressure). */
export type Sink = (chunk: string) => Promise<void>;

/** `JSON.stringify(value, null, 2)` with every line but the first indented by `depth` levels of two spaces. */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2) ?? "null";
  return depth === 0 ? text : text.replaceAll("\n", `\n${"  ".repeat(depth)}`);
}

/** Buffers small pieces into writes of about a megabyte. */
function buffered(sink: Sink) {
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending.join("");
    pending = [];
    size = 0;
    await sink(chunk);
  };
  return {
    async add(piece: string) {
      pending.push(piece);
      size += piece.length;
      if (size >= 1 << 20) await flush();
    },
    flush,
  };
}

/**
 * Writes exactly `JSON.stringify(doc, null, 2) + "\n"`, one top-level property and one array item at a time,
 * so that no string longer than one item is ever built.
 */
export async function writePrettyJson(doc: Record<string, unknown>, sink: Sink): Promise<void> {
  const out = buffered(sink);
  const entries = Object.entries(doc).filter(([, v]) => v !== undefined && typeof v !== "function");
  if (entries.length === 0) {
    await out.add("{}\n");
    return out.flush();
  }
  await out.add("{");
  for (const [i, [key, value]] of entries.entries()) {
    await out.add(`${i ? "," : ""}\n  ${JSON.stringify(key)}: `);
    if (!Array.isArray(value) || value.length === 0) {
      await out.add(nested(value, 1));
      continue;
    }
    await out.add("[");
    for (const [j, item] of value.entries()) await out.add(`${j ? "," : ""}\n    ${nested(item, 2)}`);
    await out.add("\n  ]");
  }
  await out.add("\n}\n");
  await out.flush();
}

/**
 * One JSON object a line, item by item, each led by `record` (what it is: "actor", "event"…), so that a stream
 * reader needs no schema to split them. Not `kind`: actors and places have a `kind` of their own.
 */
export async function writeJsonLines(parts: [record: string, items: readonly unknown[]][], sink: Sink): Promise<void> {
  const out = buffered(sink);
  for (const [record, items] of parts) {
    for (const item of items) await out.add(`${JSON.stringify({ record, ...(item as object) })}\n`);
  }
  await out.flush();
}
