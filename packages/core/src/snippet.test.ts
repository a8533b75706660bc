// Snippet marks become match parts; the text around them, guillemets and markup included, is kept as it is.
import { describe, expect, it } from "vitest";
import {
  MATCH_CLOSE as C,
  MATCH_MARKS_NAMED,
  markSnippet,
  MATCH_OPEN as O,
  plainSnippet,
  snippetParts,
} from "./snippet";

describe("snippetParts", () => {
  it("turns the marks into matches and keeps a quotation's guillemets as text", () => {
    expect(snippetParts(`«The ministers discussed a possible ${O}peace${C} ${O}treaty${C} and <b>…`)).toEqual([
      { text: "«The ministers discussed a possible ", match: false },
      { text: "peace", match: true },
      { text: " ", match: false },
      { text: "treaty", match: true },
      { text: " and <b>…", match: false },
    ]);
  });

  it("returns a plain snippet as one part, and runs an unclosed match to the end", () => {
    expect(snippetParts("no match marks")).toEqual([{ text: "no match marks", match: false }]);
    expect(snippetParts(`a ${O}call`)).toEqual([
      { text: "a ", match: false },
      { text: "call", match: true },
    ]);
  });

  it("passes each match through a marker", () => {
    expect(markSnippet(`«a» ${O}call${C} with ${O}Aliyev${C}`, (m) => `[${m}]`)).toBe("«a» [call] with [Aliyev]");
    expect(plainSnippet(`«a» ${O}call${C} with ${O}Aliyev${C}`)).toBe("«a» call with Aliyev");
  });

  it("names the marks for documentation by their code points", () => {
    expect(MATCH_MARKS_NAMED).toBe("U+E000 and U+E001");
  });
});
