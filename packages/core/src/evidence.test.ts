import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareEvidence, evidenceMatches, findEvidence, makeEvidence, relocateEvidence } from "./evidence";

const text = "Blinken held a call on Monday. Later, Blinken held a call on Tuesday with Pashinyan.";

describe("makeEvidence", () => {
  it("keeps the exact words with their context", () => {
    const ev = makeEvidence("a1", text, 0, 7);
    expect(ev).toEqual({ articleId: "a1", start: 0, end: 7, exact: "Blinken", prefix: "", suffix: text.slice(7, 39) });
    expect(evidenceMatches(text, ev)).toBe(true);
  });

  it("refuses spans outside the text", () => {
    expect(() => makeEvidence("a1", text, 10, 5)).toThrow(/outside the text of a1/);
    expect(() => makeEvidence("a1", text, 0, text.length + 1)).toThrow(RangeError);
  });

  it("finds words after a position", () => {
    expect(findEvidence("a1", text, "Blinken", 1)?.start).toBe(38);
    expect(findEvidence("a1", text, "Aliyev")).toBeNull();
  });
});

describe("relocateEvidence", () => {
  it("finds the right occurrence after text is inserted before it", () => {
    const second = findEvidence("a1", text, "held a call on Tuesday")!;
    const edited = `UPDATE: corrected.\n\n${text}`;
    const moved = relocateEvidence(edited, second)!;
    expect(moved.exact).toBe("held a call on Tuesday");
    expect(moved.start).toBe(second.start + 20);
    expect(evidenceMatches(edited, moved)).toBe(true);
  });

  it("tells repeated words apart by their context", () => {
    const second = findEvidence("a1", text, "Blinken held", 1)!;
    const edited = text.replace("Later, ", "Afterwards, then, ");
    expect(relocateEvidence(edited, second)?.start).toBe(edited.indexOf("Blinken held a call on Tuesday"));
  });

  it("returns null when the words are gone", () => {
    const ev = findEvidence("a1", text, "Pashinyan")!;
    expect(relocateEvidence(text.replace("Pashinyan", "Pashinian"), ev)).toBeNull();
  });

  it("lands on the exact words when they survive an edit, and says null when they do not (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 20, maxLength: 200 }),
        fc.nat(),
        fc.integer({ min: 1, max: 12 }),
        fc.string({ maxLength: 30 }),
        fc.nat(),
        (body, a, len, insert, where) => {
          const start = a % (body.length - 1);
          const ev = makeEvidence("x", body, start, Math.min(start + len, body.length));
          const at = where % (body.length + 1);
          const edited = body.slice(0, at) + insert + body.slice(at);
          const found = relocateEvidence(edited, ev);
          if (!edited.includes(ev.exact)) {
            expect(found).toBeNull();
            return;
          }
          expect(found).not.toBeNull();
          expect(edited.slice(found!.start, found!.end)).toBe(ev.exact);
          const untouched = at >= ev.end || at <= ev.start;
          const unique = body.indexOf(ev.exact) === body.lastIndexOf(ev.exact) && !insert.includes(ev.exact);
          if (untouched && unique && edited.indexOf(ev.exact) === edited.lastIndexOf(ev.exact)) {
            expect(found!.start).toBe(at <= ev.start ? ev.start + insert.length : ev.start);
          }
        },
      ),
    );
  });
});

describe("compareEvidence", () => {
  it("orders by article then position", () => {
    const list = [makeEvidence("b", text, 0, 3), makeEvidence("a", text, 5, 8), makeEvidence("a", text, 1, 3)];
    expect(list.sort(compareEvidence).map((e) => `${e.articleId}${e.start}`)).toEqual(["a1", "a5", "b0"]);
  });
});
