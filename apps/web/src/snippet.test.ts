// Snippet marks become match parts; the text around them is kept as it is, markup included.
import { describe, expect, it } from "vitest";
import { snippetParts } from "./snippet";

describe("snippetParts", () => {
  it("turns «» into matches and keeps the rest verbatim", () => {
    expect(snippetParts("…held a «call» with <b>«Aliyev»</b>")).toEqual([
      { text: "…held a ", match: false },
      { text: "call", match: true },
      { text: " with <b>", match: false },
      { text: "Aliyev", match: true },
      { text: "</b>", match: false },
    ]);
  });

  it("returns a plain snippet as one part", () => {
    expect(snippetParts("no match marks")).toEqual([{ text: "no match marks", match: false }]);
  });
});
