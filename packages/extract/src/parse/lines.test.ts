// Line helpers: spacing collapsed the same way whatever the spaces, and words counted by their letters or digits.
import { describe, expect, it } from "vitest";
import { normalizeSpace, textLines, wordCount } from "./lines";

describe("normalizeSpace", () => {
  it("collapses runs and odd spaces to one plain space and trims", () => {
    expect(normalizeSpace("  a\u00a0 b\t\tc  d e ")).toBe("a b c d e");
    expect(normalizeSpace("a\u00a0b")).toBe("a b");
    expect(normalizeSpace("plain single spaces")).toBe("plain single spaces");
  });
});

describe("wordCount", () => {
  it("counts chunks that hold a letter or a digit, once each", () => {
    expect(wordCount("  The 12 — «quick» --- fox-like…  ")).toBe(4);
    expect(wordCount("")).toBe(0);
    expect(wordCount("... — !!")).toBe(0);
    expect(wordCount("Ελληνικά\u00a0κείμενο 𝐀bc")).toBe(3);
  });
});

describe("textLines", () => {
  it("keeps the offsets of trimmed non-blank lines", () => {
    expect(textLines(" a \r\n\u00a0\nb").map((l) => [l.start, l.end, l.text])).toEqual([
      [1, 2, "a"],
      [7, 8, "b"],
    ]);
  });
});
