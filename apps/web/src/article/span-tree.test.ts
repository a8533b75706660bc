// The span tree keeps the text verbatim, nests contained spans, and cuts crossing ones without losing words.
import { describe, expect, it } from "vitest";
import { buildSpanTree, piecesOf, plainText, type SpanNode } from "./span-tree";

const text = "Blinken spoke with Aliyev on Monday about peace.";
const at = (words: string, kind: string, targetId = "x") => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, kind, targetId };
};

describe("buildSpanTree", () => {
  it("nests an actor inside the event evidence and keeps the text verbatim", () => {
    const spans = [at("Aliyev", "actor", "ilham-aliyev"), at("Blinken spoke with Aliyev on Monday", "event", "call")];
    const tree = buildSpanTree(spans, text.length);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.marks[0]!.kind).toBe("event");
    expect(tree[0]!.children[0]!.marks[0]).toEqual({ kind: "actor", targetId: "ilham-aliyev" });
    expect(plainText(piecesOf(text, tree))).toBe(text);
  });

  it("merges spans with the same offsets into one node", () => {
    const tree = buildSpanTree([at("on Monday", "date", "call"), at("on Monday", "framing", "call")], text.length);
    expect(tree[0]!.marks.map((m) => m.kind).sort()).toEqual(["date", "framing"]);
  });

  it("keeps the event whole and cuts a lower-priority span that crosses it", () => {
    const spans = [at("Blinken spoke", "event", "e"), at("spoke with Aliyev", "quote", "q")];
    const tree = buildSpanTree(spans, text.length);
    const event = tree.find((n) => n.marks[0]!.kind === "event")!;
    expect(text.slice(event.start, event.end)).toBe("Blinken spoke");
    const pieces: SpanNode[] = [...tree, ...tree.flatMap((n) => n.children)]
      .filter((n) => n.marks[0]!.kind === "quote")
      .sort((a, b) => a.start - b.start);
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(["spoke", " with Aliyev"]);
    expect(pieces.filter((p) => p.anchor)).toHaveLength(1);
    expect(plainText(piecesOf(text, tree))).toBe(text);
  });

  it("ignores spans outside the text and unknown kinds", () => {
    expect(
      buildSpanTree([{ start: 5, end: 500, kind: "actor", targetId: "x" }, { ...at("peace", "mood") }], text.length),
    ).toEqual([]);
  });
});
