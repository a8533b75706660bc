// Quotation marks: pairs of every style, apostrophes left alone, open quotes kept inside their paragraph.
import { describe, expect, it } from "vitest";
import { findQuoteSpans } from "./marks";

const quoted = (text: string) =>
  findQuoteSpans(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));

describe("findQuoteSpans", () => {
  it("reads curly, straight, guillemet and single quotes, without the marks or a trailing comma", () => {
    expect(quoted('“We are ready,” he said. «Très bien», she said. He said "no way" twice.')).toEqual([
      "We are ready",
      "Très bien",
      "no way",
    ]);
    expect(quoted("welcomes Aliyev's commitment to 'conclude a durable peace,' says Miller")).toEqual([
      "conclude a durable peace",
    ]);
    expect(quoted("It called it ‘a historic day’ for Kyiv’s allies.")).toEqual(["a historic day"]);
  });

  it("leaves apostrophes and plural possessives alone", () => {
    expect(quoted("Blinken's aides and the countries' leaders met in the '90s at O'Brien's office.")).toEqual([]);
    expect(quoted("Armenia’s sovereignty and Blinken’s pledge")).toEqual([]);
  });

  it("keeps an inner quotation inside the outer one", () => {
    expect(quoted("“They called it ‘an act of aggression’ today,” she said.")).toEqual([
      "They called it ‘an act of aggression’ today",
    ]);
  });

  it("runs an unclosed quotation to its paragraph's end only, and the next paragraph's quote is its own", () => {
    const text = "“The first paragraph of a long quote goes on\n“and the second one closes,” he said.\nLater, nothing.";
    expect(quoted(text)).toEqual(["The first paragraph of a long quote goes on", "and the second one closes"]);
  });

  it("does not let a stray straight mark swallow the article", () => {
    const text = 'He measured 6" of rain.\nThe storm passed. Officials said "all clear" at noon.';
    expect(quoted(text)).toEqual(["all clear"]);
  });
});
