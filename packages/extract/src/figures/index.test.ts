// findFigures on the seed articles and on other stories: the value, its hedge, and what it counts.
import { type Figure, FigureSchema } from "@dateline/core/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { docContext, seedContext } from "../temporal/test-doc";
import { findFigures } from "./index";

const figuresOf = (text: string) => findFigures(docContext(text, "2024-03-15", "story"));
const only = (list: Figure[]) => {
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe("seed articles", () => {
  it("reads 'over 100,000 forcibly displaced persons' (004)", () => {
    const f = only(findFigures(seedContext("004", null)));
    expect(f).toMatchObject({ value: 100000, qualifier: "over", id: "seed-004#f1" });
    expect(f.counts).toMatch(/^forcibly displaced persons/);
    expect(f.text.startsWith("over 100,000 forcibly displaced persons")).toBe(true);
  });
  it("reads 'a majority of its 100,000 residents' (001) and skips 'the two nations'", () => {
    const f = only(findFigures(seedContext("001", "2023-11-28")));
    expect(f).toMatchObject({
      value: 100000,
      qualifier: "majority-of",
      counts: "residents",
      text: "a majority of its 100,000 residents",
    });
  });
  it("reads 'seven adjacent regions' (002), not the dates or 'the two countries'", () => {
    const f = only(findFigures(seedContext("002", "2023-11-28")));
    expect(f).toMatchObject({ value: 7, qualifier: "exact", counts: "adjacent regions" });
  });
  it("counts no duration ('more than 30 years of conflict', 003) and no year (1991, 1988)", () => {
    expect(findFigures(seedContext("003", null))).toEqual([]);
  });
  it("finds nothing in 000, whose numbers are all dates", () => {
    expect(findFigures(seedContext("000", "2023-11-28"))).toEqual([]);
  });
});

describe("other stories", () => {
  it("reads money with its scale and purpose", () => {
    const f = only(figuresOf("Washington pledged $2.5 billion in aid to the region."));
    expect(f).toMatchObject({ value: 2_500_000_000, counts: "dollars in aid", text: "$2.5 billion in aid" });
  });
  it("reads hedges: at least, about, up to, fewer than", () => {
    const list = figuresOf(
      "At least 50 people were killed and about 1.2 million residents fled. Up to 300 soldiers took part, but fewer than 20 tanks crossed.",
    );
    expect(list.map((f) => [f.value, f.qualifier, f.counts])).toEqual([
      [50, "over", "people"],
      [1_200_000, "about", "residents"],
      [300, "up-to", "soldiers"],
      [20, "under", "tanks"],
    ]);
  });
  it("reads a death toll told without a noun after the number", () => {
    const f = only(figuresOf("MARRAKECH — The death toll from the quake rose to 2,012 on Saturday evening."));
    expect(f).toMatchObject({ value: 2012, counts: "death toll" });
  });
  it("reads counts written as compounds, and a population told without a noun after it", () => {
    expect(only(figuresOf("The five-member tribunal ruled on the case."))).toMatchObject({
      value: 5,
      counts: "members of the tribunal",
      text: "five-member tribunal",
    });
    expect(only(figuresOf("Saudi Arabia will host the 48-team tournament in 2034."))).toMatchObject({
      value: 48,
      counts: "teams of the tournament",
    });
    // A span of hours is a duration, not a count.
    expect(figuresOf("A 48-hour strike began.")).toEqual([]);
    expect(only(figuresOf("Nauru, with a population of about 12,500, cut ties."))).toMatchObject({
      value: 12500,
      qualifier: "about",
      counts: "population",
    });
  });
  it("reads partitives and lists that share a noun", () => {
    const list = figuresOf("The party won 51 of the 113 seats, 52 for the KMT and eight for the TPP.");
    expect(list.map((f) => [f.value, f.counts])).toEqual([
      [51, "seats"],
      [113, "seats"],
      [52, "seats"],
      [8, "seats"],
    ]);
  });
  it("reads a percentage of something as a share of it, but not a change or a cap", () => {
    const text =
      "61.9 percent of voters rejected the draft. About 84 percent of Tonga's population was affected. " +
      "The pound has lost around 80 percent of its value, and fines reach up to 5% of turnover.";
    expect(figuresOf(text).map((f) => [f.value, f.qualifier, f.counts])).toEqual([
      [61.9, "exact", "percent of voters"],
      [84, "about", "percent of Tonga's population"],
    ]);
    // "By" after a change is one; after a vote it gives the share. A share of a value or a price is a change too.
    const more =
      "The charter was approved by 55 percent of voters. Shares fell by 8 percent. " +
      "The crash wiped out 40 percent of the bank's value, and the tariff rose to 25 percent of the import price.";
    expect(figuresOf(more).map((f) => [f.value, f.counts])).toEqual([[55, "percent of voters"]]);
  });
  it("skips times, ages, distances, percentages, labels, ordinals, compounds and bare durations", () => {
    const text =
      "The quake struck at 11:11 p.m. on Friday, about 72 kilometres from Marrakesh, said Hassan Ait Ali, 54, after the 2nd shock. " +
      "Prices rose 0.5% under Resolution 2334 and the talks lasted three days. " +
      "A 37-year-old mother said the seven-day truce held.";
    expect(figuresOf(text)).toEqual([]);
  });
});

describe("every figure", () => {
  it("matches the schema and quotes its text at its offsets", () => {
    const all = ["000", "001", "002", "003", "004"].flatMap((p) => findFigures(seedContext(p, null)));
    for (const f of all) {
      expect(() => FigureSchema.parse(f)).not.toThrow();
      expect(f.evidence.exact).toBe(f.text);
    }
  });
  it("reads any count written in words back at its value", () => {
    const units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    const tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    const teens = [
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen",
    ];
    const spell = (n: number) =>
      n < 10 ? units[n]! : n < 20 ? teens[n - 10]! : `${tens[Math.floor(n / 10)]}${n % 10 ? `-${units[n % 10]}` : ""}`;
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99 }), (n) => {
        const f = only(figuresOf(`Rescuers found ${spell(n)} survivors in the rubble.`));
        expect(f).toMatchObject({ value: n, counts: "survivors", text: `${spell(n)} survivors` });
      }),
    );
  });
  it("reads any written count back at its value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 999_999_999 }),
        fc.constantFrom("people", "refugees", "soldiers"),
        (n, noun) => {
          const written = n.toLocaleString("en-US");
          const f = only(figuresOf(`Officials said ${written} ${noun} were affected.`));
          expect(f.value).toBe(n);
          expect(f.counts).toBe(noun);
          expect(f.text).toBe(`${written} ${noun}`);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("money and measures", () => {
  it("reads other dollars, half a million, and no shares", () => {
    expect(only(figuresOf("The top firms earned A$3 billion."))).toMatchObject({ value: 3e9, counts: "A dollars" });
    const list = figuresOf("Nearly half a million people voted, and 1 in 5 adults stayed home.");
    expect(list.map((f) => [f.value, f.qualifier, f.text])).toEqual([
      [500_000, "about", "Nearly half a million people"],
    ]);
  });
  it("reads scales glued to money, and never to a bare number", () => {
    expect(only(figuresOf("The bank lent $1.2bn to the port."))).toMatchObject({
      value: 1_200_000_000,
      counts: "dollars",
    });
    expect(figuresOf("She ran 10k and swam 5m.")).toEqual([]);
  });
  it("reads a magnitude as a measure", () => {
    expect(figuresOf("A 6.8 magnitude quake struck.")).toEqual([]);
  });
});

describe("nouns told once in a sentence", () => {
  it("gives 'others' and 'more' the noun told before", () => {
    const list = figuresOf("The storm killed at least 12 people, injured 40 others and left 3,000 without power.");
    expect(list.map((f) => [f.value, f.counts])).toEqual([
      [12, "people"],
      [40, "people"],
      [3000, "people"],
    ]);
  });
});

describe("names inside the counted words", () => {
  it("keeps a model number in the noun phrase", () => {
    expect(only(figuresOf("Germany pledged 14 Leopard 2 tanks."))).toMatchObject({
      value: 14,
      counts: "Leopard 2 tanks",
    });
  });
});
