// A state's bodies in lower case take their country from a possessive, a demonym, or, acting alone, the story.
import { describe, expect, it } from "vitest";
import { findEntities } from "./index";
import { contextFor } from "./test-context";

const actors = (text: string) => findEntities(contextFor(text)).actors;
const orgs = (text: string) =>
  actors(text)
    .filter((a) => a.kind === "organization")
    .map((a) => a.name);

describe("countryBodies", () => {
  it("names a body after a possessive country or a demonym, tied to that country", () => {
    const found = actors("Kenya's parliament passed the bill. The French cabinet met on Wednesday.");
    const parliament = found.find((a) => a.name === "Parliament of Kenya");
    expect(parliament?.aliases.map((a) => a.name)).toContain("Kenya's parliament");
    expect(parliament?.affiliations).toEqual([found.find((a) => a.name === "Kenya")!.id]);
    expect(orgs("The French cabinet met on Wednesday.")).toEqual(["Cabinet of France"]);
    expect(orgs("Britain's coast guard said it had found debris.")).toEqual(["British Coast Guard"]);
  });
  it("reads a possessive written with a bare apostrophe", () => {
    expect(orgs("The row grew. The Philippines' foreign ministry said on Monday it would respond.")).toEqual([
      "Filipino Foreign Ministry",
    ]);
  });

  it("reads an owner country of several words", () => {
    expect(orgs("South Korea's parliament voted to impeach the president.")).toEqual(["Parliament of South Korea"]);
    expect(orgs("The New Zealand cabinet met on Monday.")).toEqual(["Cabinet of New Zealand"]);
  });
  it("takes the country of a person whose possessive stands before it", () => {
    expect(orgs("French President Emmanuel Macron spoke. Macron's cabinet met on Wednesday.")).toContain(
      "Cabinet of France",
    );
  });
  it("gives a body standing alone as a subject to the country the text has named most", () => {
    const text =
      "Nepal was struck by an earthquake. Nepal's prime minister flew to Jajarkot. India sent aid. The cabinet declared a day of mourning. The police said 150 had died.";
    expect(orgs(text)).toEqual(["Cabinet of Nepal", "Nepali Police"]);
  });
  it("makes a country's parliament only a legislature named as itself", () => {
    expect(orgs("German coach Dietmar Hamann spoke. Japan's parliament approved the budget.")).toEqual([
      "Parliament of Japan",
    ]);
    expect(orgs("The US Congress met. America's legislature voted.")).toEqual(["Congress"]);
  });
  it("keeps a body standing alone with the country it was named with before", () => {
    const text =
      "Lebanon's cabinet met. The blast was felt in Cyprus, and Cyprus sent aid. Later the cabinet ordered arrests.";
    expect(orgs(text)).toEqual(["Cabinet of Lebanon"]);
  });
  it("keeps a body standing alone with the country it was given the first time", () => {
    const text =
      "Lebanon declared an emergency as the cabinet met. The blast was felt in Cyprus, 200 km away. Later the cabinet ordered arrests.";
    expect(orgs(text)).toEqual(["Cabinet of Lebanon"]);
  });
  it("names nobody when the body only modifies a noun, has a modifier of its own, or does not act", () => {
    expect(orgs("Kenya's police chief resigned.")).toEqual([]);
    expect(orgs("Kenya was calm. He was held under police guard. The regional parliament met.")).toEqual([]);
    expect(orgs("Kenya was calm. Crowds gathered outside parliament.")).toEqual([]);
  });
  it("reads the presidency as the country after a demonym, as a body only standing alone", () => {
    expect(orgs("Chad's president flew to Niamey, the Chadian presidency said.")).toEqual([]);
    expect(orgs("Senegal delayed the vote. The presidency said the date would be set later.")).toEqual([
      "Presidency of Senegal",
    ]);
  });
  it("makes a country's parliament the legislature the text names", () => {
    expect(orgs("The Knesset voted 64-0. Israel's parliament has 120 members.")).toEqual(["Knesset"]);
  });
});
