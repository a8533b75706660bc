import type { Actor } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { gistOf, namesOf, titleFor } from "./title";

const person = (id: string, name: string): Actor => ({
  id,
  name,
  kind: "person",
  aliases: [],
  roles: [],
  affiliations: [],
  mentions: [],
});

describe("titleFor", () => {
  const names = namesOf(
    [person("ferdinand-marcos-jr", "Ferdinand Marcos Jr."), person("fumio-kishida", "Fumio Kishida")],
    [],
    [],
    "",
  );
  it("calls a person by the surname, not by a generational suffix after it", () => {
    const parties = [
      { actorId: "fumio-kishida", role: "agent" as const },
      { actorId: "ferdinand-marcos-jr", role: "counterpart" as const },
    ];
    expect(titleFor(names, "talks", parties, null, null)).toBe("Kishida–Marcos talks");
    expect(titleFor(names, "statement", [{ actorId: "ferdinand-marcos-jr", role: "agent" }], null, null)).toBe(
      "Marcos statement",
    );
  });
});

describe("gistOf", () => {
  const gist = (text: string) => gistOf(text, { start: 0, end: text.length });
  it("calls a happening of no type by the first words of its clause, without a wire dateline", () => {
    expect(gist("Storm Ilse made landfall on the northern coast on Sunday, bringing heavy rain")).toBe(
      "Storm Ilse made landfall on the northern coast…",
    );
    expect(gist("SORVIK, March 3 (North Wire) — A levee gave way above the town")).toBe(
      "A levee gave way above the town",
    );
    expect(gist("HALDEN — the harbour was sealed off,")).toBe("The harbour was sealed off");
    expect(gist("KYIV, June 6 (Black Sea Wire) - The dam was blown apart")).toBe("The dam was blown apart");
    expect(gist("US - China talks resumed")).toBe("US - China talks resumed");
    expect(gist("US, EU - China talks resumed on trade")).toBe("US, EU - China talks resumed on trade");
    expect(gist("KYIV, June 6 (Black Sea Wire) - The dam - a Soviet-era structure - was blown apart")).toBe(
      "The dam - a Soviet-era structure - was…",
    );
  });

  it("is used only for happenings of no type with no noun of their own", () => {
    const parties = [{ actorId: "fumio-kishida", role: "agent" as const }];
    const names = namesOf([person("fumio-kishida", "Fumio Kishida")], [], [], "");
    expect(titleFor(names, "other", parties, null, null, "Kishida reopened the embassy")).toBe(
      "Kishida reopened the embassy",
    );
    expect(titleFor(names, "other", [], null, "earthquake", "The earthquake struck at dawn")).toBe("Earthquake");
    expect(titleFor(names, "statement", parties, null, null, "Kishida said the talks would go on")).toBe(
      "Kishida statement",
    );
    expect(titleFor(names, "agreement", [], null, null, "Talks went on as a contract was signed")).toBe("Agreement");
  });
});
