// The conflict line a journalist reads: versions, counts, and the sources behind each.
import { partialDate } from "@dateline/core/dates";
import { describe, expect, it } from "vitest";
import { dayLabel, listSources, sourceLabel, summarise } from "./conflict-summary";
import { wordingKeys } from "./conflicts";

describe("conflict summaries", () => {
  it("names a source by its outlet, else by its date, else says it is undated", () => {
    expect(sourceLabel({ outlet: "Anadolu Agency", published: null })).toBe("Anadolu Agency");
    expect(sourceLabel({ outlet: null, published: partialDate("2023-11-28") })).toBe("an article of 28 Nov 2023");
    expect(sourceLabel({ outlet: null, published: null })).toBe("an undated article");
  });

  it("says days with their weekday, and the year only when asked", () => {
    expect(dayLabel("2023-11-27", false)).toBe("Monday 27 Nov");
    expect(dayLabel("2023-11-27", true)).toBe("Monday 27 Nov 2023");
    expect(dayLabel("--11-27", false)).toBe("27 Nov (year unknown)");
  });

  it("counts unnamed sources together and lists named ones first", () => {
    expect(listSources(["an undated article", "Reuters", "an undated article", "AP"])).toBe(
      "AP, Reuters, 2 undated articles",
    );
  });

  it("reads as one line: the first version with 'articles', the rest with counts only", () => {
    expect(
      summarise("Blinken–Aliyev call", "the day is", [
        { label: "Monday 27 Nov", sources: ["Anadolu Agency", "an undated article"] },
        { label: "Tuesday 28 Nov", sources: ["Arab News"] },
      ]),
    ).toBe(
      "Blinken–Aliyev call: the day is Monday 27 Nov in 2 articles (Anadolu Agency, an undated article); Tuesday 28 Nov in 1 (Arab News)",
    );
  });
});

describe("wording variants", () => {
  it("folds plurals and modifiers of a head another report uses alone, and keeps distinct framings apart", () => {
    const keys = wordingKeys(["swift offensive", "military offensive", "offensive", "truces", "truce"]);
    expect([...keys.values()]).toEqual(["offensive", "offensive", "offensive", "truce", "truce"]);
    const apart = wordingKeys(["military operation", "anti-terrorism operation"]);
    expect([...apart.values()]).toEqual(["military operation", "anti-terrorism operation"]);
  });
});
