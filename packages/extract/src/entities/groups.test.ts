// Groups as parties: demonym + group noun, a people by origin or place, and self-proclaimed states.
import { describe, expect, it } from "vitest";
import { findEntities } from "./index";
import { contextFor } from "./test-context";

const groups = (text: string) =>
  findEntities(contextFor(text))
    .actors.filter((a) => a.kind === "group")
    .map((a) => ({ name: a.name, aliases: a.aliases.map((x) => x.name).sort() }));

describe("findGroups", () => {
  it("names a group after the region the text last named, with every form as an alias", () => {
    const text =
      "Azerbaijan retook the Nagorno-Karabakh region in an offensive against Armenian separatists. " +
      "The region had been held by pro-Armenia separatists since 1991. Separatist forces in the region surrendered.";
    expect(groups(text)).toEqual([
      {
        name: "Karabakh separatists",
        aliases: ["Armenian separatists", "Separatist forces", "pro-Armenia separatists"],
      },
    ]);
  });
  it("reads a people by origin or by place as the group of that place", () => {
    const text =
      "Fighting ended in Nagorno-Karabakh. Most of its residents, primarily ethnic Armenians, fled. " +
      "Officials met the Armenian population of Karabakh. The local ethnic Armenian population left.";
    expect(groups(text)).toEqual([
      {
        name: "Karabakh Armenians",
        aliases: ["ethnic Armenians", "the Armenian population of Karabakh", "the local ethnic Armenian population"],
      },
    ]);
  });
  it("keeps the demonym's name when no region is near", () => {
    expect(groups("Police clashed with Syrian rebels on Sunday.")).toEqual([{ name: "Syrian rebels", aliases: [] }]);
  });
  it("takes an unrecognised state named as a republic of a region", () => {
    const names = groups("The Nagorno-Karabakh Republic was dissolved by decree.").map((g) => g.name);
    expect(names).toEqual(["Nagorno-Karabakh Republic"]);
  });
  it("does not read a description or plain troops as a party", () => {
    expect(groups("It is a territory with a majority Armenian population.")).toEqual([]);
    expect(groups("Russian forces crossed the border. Separatist forces clashed with police.")).toEqual([]);
  });
});
