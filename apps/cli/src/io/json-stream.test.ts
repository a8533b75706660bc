import { describe, expect, it } from "vitest";
import { writeJsonLines, writePrettyJson } from "./json-stream";

async function collect(write: (sink: (s: string) => Promise<void>) => Promise<void>) {
  const chunks: string[] = [];
  await write(async (s) => {
    chunks.push(s);
  });
  return chunks;
}

describe("writePrettyJson", () => {
  it("writes exactly what JSON.stringify(doc, null, 2) gives, with a final newline", async () => {
    const docs: Record<string, unknown>[] = [
      {},
      { a: [] },
      { a: [1, "two", null], b: { c: [{ d: "line\nbreak" }], e: true }, f: "x", g: [[1, [2]], {}, []] },
      { version: "1", items: [{ nested: { deep: [1, { deeper: [] }] }, text: "“quoted” – ü" }], none: null },
      { skipped: undefined, kept: 0 },
    ];
    for (const doc of docs) {
      expect((await collect((sink) => writePrettyJson(doc, sink))).join("")).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    }
  });

  it("writes a large array in many chunks, none of them the whole document", async () => {
    const doc = { items: Array.from({ length: 20_000 }, (_, i) => ({ id: `item-${i}`, text: "x".repeat(100) })) };
    const chunks = await collect((sink) => writePrettyJson(doc, sink));
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan((1 << 20) + 1000);
    expect(chunks.join("")).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });
});

describe("writeJsonLines", () => {
  it("writes one object a line led by what it is, without hiding an item's own kind", async () => {
    const text = (
      await collect((sink) =>
        writeJsonLines(
          [
            [
              "actor",
              [
                { id: "a", kind: "person" },
                { id: "b", kind: "organization" },
              ],
            ],
            ["event", [{ id: "e" }]],
          ],
          sink,
        ),
      )
    ).join("");
    expect(text).toBe(
      [
        '{"record":"actor","id":"a","kind":"person"}',
        '{"record":"actor","id":"b","kind":"organization"}',
        '{"record":"event","id":"e"}',
        "",
      ].join("\n"),
    );
  });
});
