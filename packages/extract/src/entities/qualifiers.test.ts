// Names that only qualify something else (a document's owner, a compound adjective) are no actor mentions.
import { describe, expect, it } from "vitest";
import { findEntities } from "./index";
import { contextFor } from "./test-context";

const actors = (text: string) => findEntities(contextFor(text)).actors.map((a) => a.name);

describe("qualifying names", () => {
  it("does not read the owner of a document as an actor", () => {
    expect(actors("The move violates the UN Charter, lawyers say.")).not.toContain("United Nations");
  });
  it("does not read the first half of a compound adjective as an actor", () => {
    expect(actors("It left the Soviet Union-integrated region in 1988.")).not.toContain("Soviet Union");
  });
  it("still reads an agent compound and a plain mention as the actor", () => {
    expect(actors("A Russian-brokered truce held.")).toContain("Russia");
    expect(actors("The UN condemned the strike.")).toContain("United Nations");
  });
});

describe("a country's land", () => {
  const places = (text: string) => findEntities(contextFor(text)).places.map((p) => p.name);
  it("makes a country a place when its possessive owns land or a vote held there", () => {
    expect(places("A strong earthquake struck Nepal's remote western hills late on Friday.")).toContain("Nepal");
    expect(places("Javier Milei won Argentina’s presidential run-off on Sunday.")).toContain("Argentina");
  });
  it("leaves a country that only owns a body or an office an actor", () => {
    expect(places("Nepal's government said it would help.")).not.toContain("Nepal");
    expect(places("Argentina’s president spoke.")).not.toContain("Argentina");
  });
});

describe("long organisation names", () => {
  it("keeps joining after the head, and joins halves by 'and' that run into a head", () => {
    const text =
      "General Abdourahamane Tiani heads the National Council for the Safeguard of the Homeland. " +
      "The quake struck at night, the National Earthquake Monitoring and Research Centre said.";
    const names = actors(text);
    expect(names).toContain("National Council for the Safeguard of the Homeland");
    expect(names).toContain("National Earthquake Monitoring and Research Centre");
  });
  it("reads a community with an 'of' tail as one organisation, and two names by 'and' apart", () => {
    const names = actors(
      "Leaders of the Economic Community of West African States met. Armenia and Azerbaijan Police spoke.",
    );
    expect(names).toContain("Economic Community of West African States");
    expect(names).toContain("Armenia");
  });
});

describe("roles in an apposition", () => {
  it("reads the title of an apposition that runs into a relative clause", () => {
    const text = "“This is a sad day,” said Benny Gantz, a former defence minister who leads the National Unity party.";
    const gantz = findEntities(contextFor(text)).actors.find((a) => a.name === "Benny Gantz");
    expect(gantz?.roles.map((r) => r.title)).toEqual(["former defence minister"]);
  });
});
