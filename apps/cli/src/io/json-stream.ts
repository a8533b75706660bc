// A large document written piece by piece: at about 20,000 articles the KnowledgeBase's JSON is longer than
// a JavaScript string may be (512 MiB), so `JSON.stringify` of the whole throws where each item fits easily.

import { stringifyChunked } from "@discoveryjs/json-ext";

/** Where the pieces go; resolves once the destination can take more (backpressure). */
export type Sink = (chunk: string) => Promise<void>;

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
 * Writes exactly `JSON.stringify(doc, null, 2) + "\n"`, in chunks of about a megabyte, so that no string the size
 * of the whole document is ever built.
 */
export async function writePrettyJson(doc: unknown, sink: Sink): Promise<void> {
  for (const chunk of stringifyChunked(doc, { space: 2, highWaterMark: 1 << 20 })) await sink(chunk);
  await sink("\n");
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
