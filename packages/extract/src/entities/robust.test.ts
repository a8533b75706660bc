// Any text, any body: findEntities and findQuotes never throw, and every span they return is in the text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../nlp/analyze";
import { findQuotes } from "../quotes/index";
import type { DocContext } from "../types";
import { findEntities } from "./index";
import { contextFor } from "./test-context";
import { WAR } from "./test-stories";

const pieces = [
  "“",
  "”",
  '"',
  "'",
  "«",
  "»",
  "‘",
  "’s",
  " said ",
  " he said. ",
  "Baku",
  " in Washington",
  "President ",
  "Ilham Aliyev",
  "the Secretary",
  ", the U.S. official,",
  "\n",
  ". ",
  "Nagorno-Karabakh",
  "Apple Inc",
  " the company ",
  "On September 19",
  "FILE PHOTO",
  ":",
  "-",
];

function check(ctx: DocContext): void {
  const entities = findEntities(ctx);
  for (const m of entities.mentions) expect(m.end).toBeGreaterThan(m.start);
  for (const a of [...entities.actors, ...entities.places]) {
    expect(a.mentions.length).toBeGreaterThan(0);
    for (const e of a.mentions) expect(ctx.text.slice(e.start, e.end)).toBe(e.exact);
  }
  for (const q of findQuotes(ctx, entities)) {
    expect(ctx.text.slice(q.evidence.start, q.evidence.end)).toBe(q.text);
    expect(q.text.length).toBeGreaterThan(0);
  }
}

describe("robustness", () => {
  it("survives texts made of quotation marks, names and fragments (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        check(contextFor(parts.join("")));
      }),
      { numRuns: 150 },
    );
  });

  it("looks only inside the body ranges", () => {
    const head = "Antony Blinken Headline Words\n";
    const text = head + WAR;
    const ctx: DocContext = {
      ...contextFor(text),
      body: [{ start: head.length, end: text.length }],
      analysis: analyze(text, [{ start: head.length, end: text.length }]),
    };
    const r = findEntities(ctx);
    expect(r.actors.some((a) => a.id === "antony-blinken")).toBe(false);
    expect(r.mentions.every((m) => m.start >= head.length)).toBe(true);
    check(ctx);
  });

  it("handles an empty text and an unbalanced quotation", () => {
    check(contextFor(""));
    const qs = findQuotes(contextFor("“This never closes, said Miller.\nNext paragraph."), {
      actors: [],
      places: [],
      mentions: [],
    });
    expect(qs.map((q) => q.text)).toEqual(["This never closes, said Miller."]);
  });
});
