import { describe, expect, it } from "vitest";
import type { ArticleDetail } from "./api";
import { actorLines, articleLines, SHOWN_ARTICLES } from "./lines";
import { cell, sanitize } from "./sanitize";
import { wrapText } from "./wrap";

describe("untrusted text", () => {
  it("never lets an escape, control or bidi character through", () => {
    const hostile = "ok\u001b[2J\u001b]0;pwned\u0007 \u202eevil\u202c \u0085end";
    const clean = sanitize(hostile);
    expect(
      [...clean].some((c) => c.charCodeAt(0) < 0x20 || (c >= "\u007f" && c <= "\u009f") || /[\u202a-\u202e]/.test(c)),
    ).toBe(false);
    expect(clean.length).toBe(hostile.length);
    expect(cell("a\n\tb   c", 10)).toBe("a b c");
    expect(cell("x".repeat(10_000), 12)).toBe(`${"x".repeat(11)}…`);
  });
});

describe("wrapText", () => {
  it("keeps the source offset of each line", () => {
    const text = "The quick brown fox\njumps over the lazy dog";
    for (const l of wrapText(text, 10)) expect(text.slice(l.start, l.start + l.text.length)).toBe(l.text);
  });

  it("hard-breaks a 10,000-character word", () => {
    const lines = wrapText("a".repeat(10_000), 80);
    expect(lines.every((l) => l.text.length <= 80)).toBe(true);
    expect(lines.map((l) => l.text).join("")).toHaveLength(10_000);
  });
});

describe("articleLines", () => {
  const text = "<script>alert(1)</script> Antony Blinken called Baku.";
  const detail = {
    article: {
      id: "x",
      title: "T",
      text,
      outlet: null,
      author: null,
      published: null,
      dateline: null,
      missing: { published: "the text carries no date" },
    },
    spans: [
      { start: text.indexOf("Antony"), end: text.indexOf("Antony") + 14, kind: "actor", targetId: "antony-blinken" },
      { start: text.indexOf("Baku"), end: text.indexOf("Baku") + 4, kind: "place", targetId: "baku" },
    ],
  } as unknown as ArticleDetail;

  it("shows the text verbatim with marked spans and says why metadata is missing", () => {
    const lines = articleLines(detail, 80, true).map((l) => l.map((s) => s.text).join(""));
    expect(lines).toContain("published: unknown — the text carries no date");
    expect(lines.at(-1)).toBe("<script>alert(1)</script> [Antony Blinken] called [Baku].");
  });
});

describe("actorLines", () => {
  it("names the first articles of a name used everywhere and counts the rest", () => {
    const ids = Array.from({ length: 2_000 }, (_, i) => `a${String(i).padStart(4, "0")}`);
    const actor = { id: "us", name: "United States", kind: "country" as const, affiliations: [], mentions: [] };
    const detail = {
      actor: { ...actor, aliases: [{ name: "US", articles: ids }], roles: [] },
      events: { items: [], nextCursor: null },
      eventCount: 0,
      quotes: [],
      quoteCount: 0,
      coActors: [],
    } as unknown as Parameters<typeof actorLines>[0];
    const text = actorLines(detail, 100).map((l) => l.map((s) => s.text).join(""));
    const line = text.find((l) => l.includes("US —"))!;
    expect(line).toContain(ids.slice(0, SHOWN_ARTICLES).join(", "));
    expect(line).toContain(`and ${2_000 - SHOWN_ARTICLES} more`);
    expect(line).not.toContain(ids[SHOWN_ARTICLES]!);
    expect(text.length).toBeLessThan(10);
  });
});
