// The rule table: what each phrase reads as, and the counts it must leave alone.
import { describe, expect, it } from "vitest";
import { pickCandidates } from "./index";
import { surfaceCandidates } from "./surface-rules";

/** What the rules read, after overlaps are settled as findDates settles them. */
const read = (text: string) =>
  pickCandidates(surfaceCandidates(text, 0, text.length)).map((c) => [text.slice(c.start, c.end), c.shape.kind]);

describe("surface rules", () => {
  it("reads years, decades and seasons", () => {
    expect(read("It has been tense since 1991 and since the early 1990s.")).toEqual([
      ["1991", "year"],
      ["the early 1990s", "decade"],
    ]);
    expect(read("A war in the fall of 2020 ended.")).toContainEqual(["the fall of 2020", "season"]);
  });
  it("reads relative phrases by what they count from", () => {
    expect(read("Two days later he left; more than two months ago she came; earlier this month they met.")).toEqual([
      ["Two days later", "prev-offset"],
      ["more than two months ago", "pub-ago"],
      ["earlier this month", "pub-period"],
    ]);
  });
  it("never reads a count as a date", () => {
    for (const text of [
      "over 100,000 forcibly displaced persons",
      "The more than 30 years of conflict",
      "seven adjacent regions",
      "for two months",
      "about 2000 troops crossed",
      "a $1500 fine",
    ]) {
      expect(read(text), text).toEqual([]);
    }
  });
  it("leaves years inside names alone", () => {
    expect(read("The kingdom's Vision 2030 plan and Euro 2024 tickets.")).toEqual([]);
    expect(read("Talks began in 2019. 2020 was worse.")).toEqual([
      ["2019", "year"],
      ["2020", "year"],
    ]);
  });
  it("keeps a year that a plural follows when a preposition leads it", () => {
    expect(read("In 2019 protesters marched.")).toEqual([["2019", "year"]]);
  });
});
