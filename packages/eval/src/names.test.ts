// Tests of name normalisation: what folds together and what stays apart.
import { describe, expect, it } from "vitest";
import { normaliseName } from "./names";

describe("normaliseName", () => {
  it("folds case, curly apostrophes, dots and a leading 'the'", () => {
    expect(normaliseName("James O’Brien")).toBe(normaliseName("james o'brien"));
    expect(normaliseName("U.S.")).toBe("us");
    expect(normaliseName("The  Secretary ")).toBe("secretary");
  });

  it("keeps names apart that differ in letters", () => {
    expect(normaliseName("Pashinian")).not.toBe(normaliseName("Pashinyan"));
    expect(normaliseName("Theresa May")).toBe("theresa may");
  });
});
