// findEntities on the five seed articles: the people, roles, aliases and places a careful reader finds.
import { readFileSync } from "node:fs";
import type { Actor } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import type { EntityResult } from "../types";
import { findEntities } from "./index";
import { contextFor } from "./test-context";

const dir = new URL("../../../../data/articles/", import.meta.url);
const run = (file: string): EntityResult & { text: string } => {
  const text = readFileSync(new URL(file, dir), "utf8");
  return { ...findEntities(contextFor(text, file.slice(0, 20))), text };
};
const actor = (r: EntityResult, id: string): Actor => {
  const a = r.actors.find((x) => x.id === id);
  if (!a) throw new Error(`no actor ${id} among ${r.actors.map((x) => x.id).join(", ")}`);
  return a;
};
const aliases = (a: Actor) => a.aliases.map((x) => x.name);
const roles = (a: Actor) => a.roles.map((x) => x.title);

describe("000 (Iran Front Page)", () => {
  const r = run("000_7b3951009b3ee7ad.txt");
  it("finds Blinken under his full name, surname and descriptions", () => {
    const blinken = actor(r, "antony-blinken");
    expect(blinken.kind).toBe("person");
    expect(aliases(blinken)).toEqual(
      expect.arrayContaining(["Blinken", "the top US diplomat", "US Secretary of State"]),
    );
    expect(roles(blinken)).toContain("US Secretary of State");
    expect(blinken.affiliations).toContain("united-states");
  });
  it("links titled people to their countries and roles", () => {
    expect(roles(actor(r, "matthew-miller"))).toEqual(["State Department Spokesman"]);
    const aliyev = actor(r, "ilham-aliyev");
    expect(aliases(aliyev)).toEqual(expect.arrayContaining(["President Aliyev", "the Azerbaijani president"]));
    expect(aliyev.affiliations).toEqual(["azerbaijan"]);
    expect(aliases(actor(r, "nikol-pashinyan"))).toContain("the country’s Prime Minister");
    expect(roles(actor(r, "samvel-shahramanyan"))).toEqual(["Nagorno-Karabakh Republic President"]);
    expect(actor(r, "abdul-latif-rashid").affiliations).toEqual(["iraq"]);
  });
  it("reads 'Baku announced' as the government of Azerbaijan", () => {
    const at = r.text.indexOf("Baku announced");
    const m = r.mentions.find((x) => x.start === at);
    expect(m).toMatchObject({ entityId: "azerbaijan", entity: "actor", via: "government" });
  });
  it("makes one place of Nagorno-Karabakh and Karabakh, and Yevlakh a city", () => {
    const nk = r.places.find((p) => p.id === "nagorno-karabakh");
    expect(nk?.aliases.map((a) => a.name)).toEqual(["Karabakh"]);
    expect(r.places.find((p) => p.id === "yevlakh")?.kind).toBe("city");
  });
  it("makes no people of dates, headings or sentence openers", () => {
    const people = r.actors.filter((a) => a.kind === "person").map((a) => a.name);
    expect(people.sort()).toEqual(
      [
        "Abdul Latif Rashid",
        "Antony Blinken",
        "Ilham Aliyev",
        "Matthew Miller",
        "Nikol Pashinyan",
        "Samvel Shahramanyan",
      ].sort(),
    );
  });
});

describe("001 (heading in Title Case)", () => {
  const r = run("001_43075a82e50bc56c.txt");
  it("keeps 'Relations Between US and Azerbaijan' and 'Despite these endeavors' out of the people", () => {
    const people = r.actors.filter((a) => a.kind === "person").map((a) => a.name);
    expect(people.sort()).toEqual([
      "Antony Blinken",
      "Ilham Aliyev",
      "James O’Brien",
      "Matthew Miller",
      "Nikol Pashinyan",
    ]);
    expect(aliases(actor(r, "james-obrien"))).toContain("Assistant Secretary O’Brien");
  });
  it("reads Brussels and Moscow as governments, Washington’s stance too", () => {
    expect(r.mentions.find((m) => r.text.slice(m.start, m.end) === "Brussels")?.entityId).toBe("european-union");
    expect(r.mentions.find((m) => r.text.slice(m.start, m.end) === "Moscow")?.entityId).toBe("russia");
  });
});

describe("002 (Anadolu)", () => {
  const r = run("002_6d7d1cf8512395d2.txt");
  it("finds Miller's role with its lower-case title and the Foreign Ministry with its country", () => {
    expect(roles(actor(r, "matthew-miller"))).toContain("State Department spokesman");
    const ministry = actor(r, "azerbaijani-foreign-ministry");
    expect(ministry.kind).toBe("organization");
    expect(ministry.affiliations).toEqual(["azerbaijan"]);
    expect(aliases(actor(r, "antony-blinken"))).toContain("the Secretary");
    expect(r.actors.some((a) => /photo/i.test(a.name))).toBe(false);
  });
});

describe("003 (Europa Press)", () => {
  const r = run("003_f778857b596fc65f.txt");
  it("finds the foreign ministers and Pashinian as spelt there", () => {
    for (const id of ["nikol-pashinian", "ararat-mirzoian", "jeyhun-bayramov", "antony-blinken"]) {
      expect(actor(r, id).kind).toBe("person");
    }
    expect(roles(actor(r, "nikol-pashinian"))).toEqual(["Armenian Prime Minister"]);
    expect(r.places.map((p) => p.id)).toEqual(expect.arrayContaining(["prague", "sochi", "nagorno-karabakh"]));
  });
});

describe("004 (RFE/RL)", () => {
  const r = run("004_fd49d523f050ac8a.txt");
  it("resolves O’Brien's descriptions and apposition", () => {
    const ob = actor(r, "james-obrien");
    expect(aliases(ob)).toEqual(expect.arrayContaining(["O’Brien", "the U.S. official", "the senior U.S. diplomat"]));
    expect(roles(ob)).toEqual(["U.S. assistant secretary of state for Europe and Eurasia"]);
    expect(roles(actor(r, "matthew-miller"))).toEqual(["U.S. State Department spokesman"]);
  });
  it("maps the misspelt possessive Blinkens to Blinken and Baku’s to Azerbaijan", () => {
    const blinkens = r.mentions.find((m) => r.text.slice(m.start, m.end) === "Blinkens");
    expect(blinkens?.entityId).toBe("antony-blinken");
    const baku = r.mentions.find((m) => m.start === r.text.indexOf("Baku’s cancellation"));
    expect(baku).toMatchObject({ entityId: "azerbaijan", via: "government" });
    const inWashington = r.text.indexOf("Washington of the Armenian");
    expect(r.mentions.find((m) => m.start === inWashington)).toMatchObject({ entity: "place", entityId: "washington" });
  });
  it("gives every actor and place evidence that matches the text", () => {
    for (const a of [...r.actors, ...r.places]) {
      expect(a.mentions.length).toBeGreaterThan(0);
      for (const e of a.mentions) expect(r.text.slice(e.start, e.end)).toBe(e.exact);
    }
  });
});
