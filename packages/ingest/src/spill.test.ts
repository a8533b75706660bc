// The spill gives back exactly what was put in, in order, on every read, and leaves nothing behind.
import { existsSync } from "node:fs";
import type { ArticleExtraction } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { ExtractionSpill } from "./spill";

/** An extraction-shaped value whose text is `text` (only the fields a round trip could damage matter here). */
const extraction = (id: string, text: string) =>
  ({
    articleId: id,
    article: { id, text },
    sentences: [{ start: 0, end: text.length }],
  }) as unknown as ArticleExtraction;

async function readAll(spill: ExtractionSpill): Promise<ArticleExtraction[]> {
  const out: ArticleExtraction[] = [];
  for await (const x of spill) out.push(x);
  return out;
}

describe("ExtractionSpill", () => {
  it("reads back every extraction in order, as often as asked, with line breaks and any character in strings", async () => {
    const spill = new ExtractionSpill();
    try {
      const items = [
        extraction("a", "line\nbreak\r\nand \u2028 \u2029 separators"),
        extraction("b", "Ünïcödé — 💥 «quotes» \u0000 nul"),
        // Longer than the 1 MiB read chunk, so one line is cut across chunks, in the middle of a 4-byte character.
        extraction("c", "💥".repeat(300_000)),
        extraction("d", ""),
      ];
      for (const x of items) spill.add(x);
      expect(spill.ids).toEqual(["a", "b", "c", "d"]);
      expect(await readAll(spill)).toEqual(items);
      expect(await readAll(spill)).toEqual(items);
    } finally {
      spill.close();
    }
  });

  it("reads nothing when empty and removes its file when closed", async () => {
    const spill = new ExtractionSpill();
    expect(await readAll(spill)).toEqual([]);
    spill.add(extraction("a", "text"));
    const dir = (spill as unknown as { dir: string }).dir;
    expect(existsSync(dir)).toBe(true);
    spill.close();
    expect(existsSync(dir)).toBe(false);
    expect(() => spill.add(extraction("b", "text"))).toThrow("closed");
  });
});
