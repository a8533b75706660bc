// findEntities on stories unlike the seeds (a war, a company, an election, a flood): the rules are general.
import type { Actor } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import type { EntityResult } from "../types";
import { findEntities } from "./index";
import { contextFor } from "./test-context";
import { CORPORATE, ELECTION, FLOOD, WAR } from "./test-stories";

const actor = (r: EntityResult, id: string): Actor => {
  const a = r.actors.find((x) => x.id === id);
  if (!a) throw new Error(`no actor ${id} among ${r.actors.map((x) => x.id).join(", ")}`);
  return a;
};
const roles = (a: Actor) => a.roles.map((x) => x.title);
const via = (r: EntityResult, text: string, words: string, nth = 0) => {
  let at = -1;
  for (let n = 0; n <= nth; n++) at = text.indexOf(words, at + 1);
  return r.mentions.find((m) => m.start === at);
};

describe("a war story", () => {
  const r = findEntities(contextFor(WAR));
  it("finds officials with their roles, in capitals or lower case, before or beside the name", () => {
    expect(roles(actor(r, "volodymyr-zelensky"))).toEqual(["Ukrainian President"]);
    expect(actor(r, "volodymyr-zelensky").affiliations).toEqual(["ukraine"]);
    expect(roles(actor(r, "dmitry-peskov"))).toEqual(["Kremlin spokesman"]);
    expect(actor(r, "dmitry-peskov").affiliations).toContain("russia");
    expect(roles(actor(r, "jens-stoltenberg"))).toEqual(["NATO Secretary General"]);
    expect(roles(actor(r, "oleh-syniehubov"))).toEqual(["regional governor"]);
    expect(actor(r, "ukrainian-foreign-ministry").affiliations).toEqual(["ukraine"]);
  });
  it("reads capitals that act as governments and capitals that are places", () => {
    expect(via(r, WAR, "Moscow said")).toMatchObject({ entityId: "russia", via: "government" });
    expect(via(r, WAR, "Kyiv accused Moscow")).toMatchObject({ entityId: "ukraine", via: "government" });
    expect(via(r, WAR, "Moscow of war")).toMatchObject({ entityId: "russia", via: "government" });
    expect(via(r, WAR, "Kyiv overnight")).toMatchObject({ entity: "place", entityId: "kyiv" });
    expect(via(r, WAR, "Brussels")).toMatchObject({ entity: "place", entityId: "brussels" });
    expect(r.places.find((p) => p.id === "kharkiv")?.kind).toBe("city");
  });
});

describe("a corporate story", () => {
  const r = findEntities(contextFor(CORPORATE));
  it("finds companies with their short names, and executives even when the tagger calls a name a verb", () => {
    expect(actor(r, "apple-inc").aliases.map((a) => a.name)).toEqual(["Apple", "the company"]);
    expect(roles(actor(r, "tim-cook"))).toEqual(["Chief Executive"]);
    expect(roles(actor(r, "luca-maestri"))).toEqual(["Apple’s chief financial officer"]);
    expect(roles(actor(r, "margrethe-vestager"))).toEqual(["EU antitrust chief"]);
    for (const id of ["microsoft-corp", "alphabet-inc", "european-commission"]) {
      expect(actor(r, id).kind).toBe("organization");
    }
  });
});

describe("an election story", () => {
  const r = findEntities(contextFor(ELECTION));
  it("keeps name particles, possessive countries and hyphenated titles", () => {
    expect(actor(r, "luiz-inacio-lula-da-silva").roles.map((x) => x.title)).toEqual(["Brazil's President"]);
    expect(actor(r, "luiz-inacio-lula-da-silva").affiliations).toEqual(["brazil"]);
    expect(roles(actor(r, "javier-milei"))).toEqual(["Argentina's president-elect"]);
    expect(roles(actor(r, "sergio-massa"))).toEqual(["Economy Minister"]);
    expect(actor(r, "joe-biden").affiliations).toEqual(["united-states"]);
    expect(actor(r, "white-house").affiliations).toEqual(["united-states"]);
    expect(r.places.find((p) => p.id === "buenos-aires")?.kind).toBe("city");
  });
});

describe("a flood story", () => {
  const r = findEntities(contextFor(FLOOD));
  it("resolves a description to the only person who fits and learns his country from it", () => {
    const sharif = actor(r, "shehbaz-sharif");
    expect(sharif.aliases.map((a) => a.name)).toEqual(
      expect.arrayContaining(["Sharif", "the Pakistani prime minister"]),
    );
    expect(sharif.affiliations).toEqual(["pakistan"]);
    expect(roles(actor(r, "antonio-guterres"))).toEqual(["UN Secretary-General"]);
  });
  it("types places from the words around them", () => {
    const kinds = Object.fromEntries(r.places.map((p) => [p.id, p.kind]));
    expect(kinds).toMatchObject({ sukkur: "city", sindh: "region", islamabad: "city", pakistan: "country" });
  });
  it("makes no people of months, weekdays or sentence openers", () => {
    const people = r.actors.filter((a) => a.kind === "person").map((a) => a.name);
    expect(people.sort()).toEqual(["Antonio Guterres", "Shehbaz Sharif", "Sherry Rehman"]);
  });
});

describe("organisations referred to by their head noun", () => {
  it("reads 'the company' and 'the commission' as the last company or commission named", () => {
    const text =
      "The European Commission fined Apple Inc on Monday. The company said it would appeal. The commission said the fine was fair.";
    const r = findEntities(contextFor(text));
    expect(actor(r, "apple-inc").aliases.map((a) => a.name)).toEqual(["the company"]);
    expect(actor(r, "european-commission").aliases.map((a) => a.name)).toEqual(["the commission"]);
    expect(findEntities(contextFor("The company said nothing.")).actors).toEqual([]);
  });
});

describe("names that are also places", () => {
  it("keeps a city word inside a person's name, and city names before organisation heads", () => {
    const text = "On Monday, Florence Pugh met John Denver in Denver. The Denver Post covered it.";
    const r = findEntities(contextFor(text));
    expect(r.actors.filter((a) => a.kind === "person").map((a) => a.id)).toEqual(["florence-pugh", "john-denver"]);
    expect(actor(r, "denver-post").kind).toBe("organization");
    expect(r.places.map((p) => p.id)).toEqual(["denver"]);
  });
});

describe("coordinated organisations", () => {
  it("makes one ministry per country of 'the Armenian and Azeri foreign ministries'", () => {
    const r = findEntities(contextFor("The Armenian and Azeri foreign ministries have issued a joint statement."));
    expect(r.actors.map((a) => a.id)).toEqual(["armenian-foreign-ministry", "azerbaijani-foreign-ministry"]);
    expect(
      findEntities(contextFor("The French and German governments agreed.")).actors.map((a) => a.kind),
    ).not.toContain("organization");
  });
});

describe("a description naming a country", () => {
  const text = `China rejected the ruling on Tuesday. President Xi Jinping, speaking in Beijing during a meeting with European Council President Donald Tusk, said China would not accept it. The Chinese leader said Beijing remained committed to talks.`;
  const r = findEntities(contextFor(text));
  it("goes to the person tied to nothing before one whose role names another body", () => {
    expect(via(r, text, "The Chinese leader")).toMatchObject({ entityId: "xi-jinping" });
    expect(actor(r, "donald-tusk").aliases.map((a) => a.name)).not.toContain("The Chinese leader");
  });
});

describe("one actor however the article spells it, and not the outlet that reports", () => {
  it("folds initials into the organisation and an unaccented surname into the full name", () => {
    const text = [
      "General Motors and Ford said talks would resume. GM said it had made a record offer.",
      "Vice President Cristina Fernández de Kirchner stayed away. Fernandez de Kirchner was convicted last year.",
    ].join(" ");
    const r = findEntities(contextFor(text));
    const ids = r.actors.map((a) => a.id);
    expect(ids).not.toContain("gm");
    expect(ids).not.toContain("fernandez-de-kirchner");
    expect(actor(r, "general-motors").aliases.map((a) => a.name)).toContain("GM");
    expect(via(r, text, "GM")?.entityId).toBe("general-motors");
    expect(via(r, text, "Fernandez de Kirchner")?.entityId).toBe("cristina-fernandez-de-kirchner");
  });

  it("reads a well-known short form as the organisation it stands for", () => {
    const text =
      "The Federal Reserve held rates steady. Fed Chair Jerome Powell spoke. The Fed last raised rates in July. Fed up with delays, farmers left.";
    const r = findEntities(contextFor(text));
    expect(r.actors.map((a) => a.id)).not.toContain("fed");
    expect(via(r, text, "Fed last")?.entityId).toBe("federal-reserve");
    expect(actor(r, "federal-reserve").aliases.map((a) => a.name)).toContain("Fed");
    expect(actor(r, "jerome-powell").affiliations).toEqual(["federal-reserve"]);
    expect(via(r, text, "Fed up")).toBeUndefined();
  });

  it("links a surname written with its accents to the full name written without them", () => {
    const text =
      "Serbian President Aleksandar Vucic met Albin Kurti on Monday. Vučić accused Pristina of provocations.";
    const r = findEntities(contextFor(text));
    expect(via(r, text, "Vučić")?.entityId).toBe("aleksandar-vucic");
    expect(r.actors.filter((a) => a.kind === "person").map((a) => a.id)).toEqual(["aleksandar-vucic", "albin-kurti"]);
  });

  it("does not make the article's own outlet an actor", () => {
    const text = "BUENOS AIRES, Nov 19 (Southern Cross) - Javier Milei won the run-off, officials said.";
    const ctx = contextFor(text);
    ctx.article.outlet = "Southern Cross Wire";
    const r = findEntities(ctx);
    expect(r.actors.map((a) => a.name)).toEqual(["Javier Milei"]);
    expect(r.mentions.some((m) => text.slice(m.start, m.end) === "Southern Cross")).toBe(false);
  });
});

describe("a country's army", () => {
  it("makes 'Sudan's army' the Sudanese Armed Forces, tied to Sudan, but not 'Baku's military operation'", () => {
    const text =
      "A ceasefire between Sudan’s army and the Rapid Support Forces took effect. Azerbaijan criticised Baku’s military operation.";
    const r = findEntities(contextFor(text));
    expect(actor(r, "sudanese-armed-forces").aliases.map((a) => a.name)).toEqual(["Sudan’s army"]);
    expect(actor(r, "sudanese-armed-forces").affiliations).toEqual(["sudan"]);
    expect(r.actors.map((a) => a.name)).not.toContain("Azerbaijani Armed Forces");
  });
});

describe("a party and its leader", () => {
  it("reads 'the Republican Party of José Antonio Kast' as the party and the person who leads it", () => {
    const text =
      "The draft was written by a council dominated by the far-right Republican Party of José Antonio Kast. Kast conceded defeat. The Party of European Socialists met.";
    const r = findEntities(contextFor(text));
    expect(actor(r, "republican-party").kind).toBe("organization");
    expect(actor(r, "jose-antonio-kast").kind).toBe("person");
    expect(actor(r, "jose-antonio-kast").affiliations).toEqual(["republican-party"]);
    expect(via(r, text, "Kast conceded")?.entityId).toBe("jose-antonio-kast");
    expect(r.actors.map((a) => a.name)).toContain("Party of European Socialists");
  });
});

describe("an organisation named after what it is", () => {
  it("reads the name after 'the electoral service', 'the rights group' as an organisation's", () => {
    const text =
      "With nearly all ballots counted, 55.8% voted against the text, the electoral service Servel said. The rights group Memorial said arrests went on. Servel said turnout was high.";
    const r = findEntities(contextFor(text));
    expect(actor(r, "servel").kind).toBe("organization");
    expect(actor(r, "memorial").kind).toBe("organization");
    expect(via(r, text, "Servel", 1)?.entityId).toBe("servel");
    const whole = "Leila Haroun, the director of the charity Relief Without Borders, said.";
    expect(actor(findEntities(contextFor(whole)), "relief-without-borders").kind).toBe("organization");
  });
});

describe("an organisation named by its head word", () => {
  it("reads a survey or an observatory as an organisation of its country", () => {
    const text = "The US Geological Survey said the quake was shallow. The Kandilli Observatory agreed.";
    const r = findEntities(contextFor(text));
    expect(actor(r, "us-geological-survey").kind).toBe("organization");
    expect(actor(r, "kandilli-observatory").kind).toBe("organization");
    expect(actor(r, "us-geological-survey").affiliations).toEqual(["united-states"]);
  });
});

describe("an organisation named after a description that opens the sentence", () => {
  it("reads 'Port operator Dockhaven said' as an organisation, not a person known by one name", () => {
    const text = "Port operator Dockhaven said it regretted the strike. Dockhaven said talks would resume.";
    const r = findEntities(contextFor(text));
    expect(actor(r, "dockhaven").kind).toBe("organization");
  });
});

describe("an organisation named before what it is", () => {
  it("reads 'the IF Metall union', 'the Kalder mining company' as organisations", () => {
    const text =
      "The IF Metall union criticised the cuts. Staff of the Kalder mining company were told. The Kalder company said talks would go on.";
    const r = findEntities(contextFor(text));
    expect(actor(r, "if-metall").kind).toBe("organization");
    expect(actor(r, "kalder").kind).toBe("organization");
    // A people or a place before the noun names no organisation of its own.
    const other = findEntities(contextFor("The Swedish company said so. The Paris office closed."));
    expect(other.actors.map((a) => a.kind)).not.toContain("organization");
  });
});

describe("organisations named by what their members are", () => {
  it("reads 'the United Auto Workers' as an organisation, and its initials as the same one", () => {
    const text = "The United Auto Workers struck all three carmakers at once. The UAW said talks would go on.";
    const r = findEntities(contextFor(text));
    expect(actor(r, "united-auto-workers").kind).toBe("organization");
    expect(via(r, text, "UAW")?.entityId).toBe("united-auto-workers");
  });
});

describe("a country's electorate", () => {
  it("makes the country an actor where its voters or its people decide a vote", () => {
    const text =
      "Peruvian voters on Sunday rejected the draft charter. In 2020, Peruvians approved a first text. Peruvians abroad were evacuated. Peruvian citizens voted in large numbers.";
    const r = findEntities(contextFor(text));
    expect(via(r, text, "Peruvian voters")).toMatchObject({ entityId: "peru", via: "demonym" });
    expect(via(r, text, "Peruvians approved")).toMatchObject({ entityId: "peru", via: "demonym" });
    expect(via(r, text, "Peruvian citizens")).toMatchObject({ entityId: "peru", via: "demonym" });
    // A people named for something else that befell them is not the country acting.
    expect(via(r, text, "Peruvians abroad")).toBeUndefined();
  });
});

describe("one person under two names", () => {
  const aliasesOf = (r: EntityResult, id: string) => actor(r, id).aliases.map((a) => a.name);
  it("folds a name given as 'also known as', 'better known as' or 'nicknamed' into the person", () => {
    const text =
      "Deputy Mayor Chen Wei-ming, also known as Victor Chen, won the seat. Victor Chen thanked voters. " +
      "Gen Idris Kamal Osman, better known as Kamalo, rejected the plan. Kamalo said no. " +
      "The boxer Rafael Soto, nicknamed Toro, retired. Toro said he was tired.";
    const r = findEntities(contextFor(text));
    expect(aliasesOf(r, "chen-wei-ming")).toContain("Victor Chen");
    expect(via(r, text, "Victor Chen", 1)?.entityId).toBe("chen-wei-ming");
    expect(via(r, text, "Kamalo", 1)?.entityId).toBe("idris-kamal-osman");
    expect(via(r, text, "Toro", 1)?.entityId).toBe("rafael-soto");
    expect(r.actors.map((a) => a.id)).not.toContain("victor-chen");
    const bracketed = "Mayor Lin Pei-hua (Grace Lin) won the seat. Grace Lin thanked voters.";
    const b = findEntities(contextFor(bracketed));
    expect(via(b, bracketed, "Grace Lin", 1)?.entityId).toBe("lin-pei-hua");
  });
  it("reads a person's initials, in brackets or alone, as that person", () => {
    const text =
      "The founder, Tom Ashby-Clarke (TAC), was convicted. TAC said he would appeal. " +
      "Lawyers for Maria Lopez Ortega said MLO had done nothing wrong.";
    const r = findEntities(contextFor(text));
    expect(via(r, text, "TAC", 1)?.entityId).toBe("tom-ashby-clarke");
    expect(via(r, text, "MLO")?.entityId).toBe("maria-lopez-ortega");
    expect(actor(r, "tom-ashby-clarke").kind).toBe("person");
  });
  it("keeps a source or a place in brackets after a name apart from it", () => {
    const text = "Anna Berg (Reuters) said the talks failed. Olaf Brandt (Germany) agreed.";
    const r = findEntities(contextFor(text));
    expect(r.actors.find((a) => a.id === "anna-berg")?.aliases ?? []).toEqual([]);
    expect(actor(r, "germany").kind).toBe("country");
  });
});

describe("roles cut from the words before a name", () => {
  it("keeps only the title, not the noun phrase that owns it", () => {
    const text =
      "Lawmakers passed the first major piece of Prime Minister Anton Weber's tax plan. " +
      "The latest round of Finance Minister Jane Hale's budget cuts angered unions. " +
      "The Minister of Foreign Affairs Omar Said spoke, as did energy minister Rui Costa.";
    const r = findEntities(contextFor(text));
    expect(roles(actor(r, "anton-weber"))).toEqual(["Prime Minister"]);
    expect(roles(actor(r, "jane-hale"))).toEqual(["Finance Minister"]);
    expect(roles(actor(r, "omar-said"))).toEqual(["Minister of Foreign Affairs"]);
    expect(roles(actor(r, "rui-costa"))).toEqual(["energy minister"]);
    // The name after "the mayor of" is the town, not a person holding "mayor of" as a role.
    const town =
      "A court sentenced Rui Pena, the former mayor of Valdoria, to prison. The governor of Tarvaland, Ivo Brak, resigned.";
    const t = findEntities(contextFor(town));
    expect(t.actors.map((a) => a.id).sort()).toEqual(["ivo-brak", "rui-pena"]);
    expect(roles(actor(t, "rui-pena"))).toEqual(["former mayor of Valdoria"]);
    expect(t.places.map((p) => [p.name, p.kind])).toEqual([
      ["Valdoria", "city"],
      ["Tarvaland", "region"],
    ]);
    const day = "On Friday Gen Ali Idris issued a decree.";
    expect(roles(actor(findEntities(contextFor(day)), "ali-idris"))).toEqual(["Gen"]);
  });
});

describe("squares, streets, palaces and named districts", () => {
  const places = (text: string) =>
    findEntities(contextFor(text)).places.map((p) => [p.name, p.aliases.map((a) => a.name)]);
  const actors = (text: string) => findEntities(contextFor(text)).actors.map((a) => [a.name, a.kind]);

  it("makes a name ending in a square, a street, a road or an embassy a place, not a person", () => {
    const text = "Rioters stormed the Planalto Palace and Three Powers Square. Survivors gathered on Wainee Street.";
    expect(places(text).map(([name]) => name)).toEqual(["Planalto Palace", "Three Powers Square", "Wainee Street"]);
    expect(actors(text)).toEqual([]);
  });

  it("keeps a palace that speaks as the household in it", () => {
    const text = "The Élysée and Buckingham Palace announced it on Friday.";
    expect(actors(text)).toContainEqual(["Buckingham Palace", "organization"]);
    expect(places(text)).toEqual([]);
  });

  it("gives a place the name it is written with before 'region', 'district' or 'airport', but not 'state'", () => {
    expect(places("Fighting spread to the Lipetsk region.")).toEqual([["Lipetsk", ["Lipetsk region"]]]);
    expect(places("The freed men landed at Vnukovo airport.")).toEqual([["Vnukovo", ["Vnukovo airport"]]]);
    expect(places("Police reinforcements came from São Paulo state.")).toEqual([["São Paulo", []]]);
  });
});

describe("institutions whose name tells their country", () => {
  const affiliations = (text: string, id: string) =>
    findEntities(contextFor(text)).actors.find((a) => a.id === id)?.affiliations ?? null;

  it("gives 'Congress' the United States, unless the article owns it by another country", () => {
    const us = "The United States will act, Joe Biden said, and he urged Congress to pass the bill.";
    expect(affiliations(us, "congress")).toEqual(["united-states"]);
    const brazil =
      "The United States condemned the attack on Brazil's Congress, Joe Biden said. Rioters had ransacked Congress.";
    expect(affiliations(brazil, "congress")).toEqual(["brazil"]);
  });
});

describe("names that open on a common word", () => {
  const actors = (text: string) => findEntities(contextFor(text)).actors.map((a) => [a.name, a.kind]);

  it("keeps 'People' and a hyphenated small syllable inside a name, and a plural head in an organisation", () => {
    expect(actors("Members of the People Power Party walked out.")).toEqual([["People Power Party", "organization"]]);
    expect(actors("Troops under Park An-su entered the building.")).toEqual([["Park An-su", "person"]]);
    expect(actors("The Korean Confederation of Trade Unions called a strike.")).toEqual([
      ["Korean Confederation of Trade Unions", "organization"],
    ]);
  });

  it("reads an emperor as a title, and 'People' opening a sentence as no name", () => {
    expect(actors("Emperor Naruhito cancelled his greeting.")).toEqual([["Naruhito", "person"]]);
    // Outside the Kremlin is a place, not the Russian state acting.
    expect(actors("People gathered outside the Kremlin.")).toEqual([]);
    expect(actors("The Kremlin said the talks were over.")).toEqual([["Russia", "country"]]);
  });
});

describe("a slogan's verb before a name", () => {
  it("reads 'Arrest' in a chanted “Arrest Yoon Suk Yeol!” as no part of the president's name", () => {
    const r = findEntities(
      contextFor(
        "South Korean President Yoon Suk Yeol lifted martial law. Yoon spoke at dawn. Outside, thousands were " +
          "chanting “Arrest Yoon Suk Yeol!” in the cold.",
      ),
    );
    const people = r.actors.filter((a) => a.kind === "person");
    expect(people.map((a) => [a.name, a.aliases.map((x) => x.name)])).toEqual([["Yoon Suk Yeol", ["Yoon"]]]);
  });
});

describe("Arabic surnames", () => {
  it("joins a surname written without its article to the one person it fits, and no one when two do", () => {
    const r = findEntities(
      contextFor(
        "Mohammad al-Jalali said he would hand over power. Later, Jalali said the state would keep working. " +
          "Others tore down statues of Hafez al-Assad, the father of Bashar al-Assad. Assad left.",
      ),
    );
    expect(r.actors.map((a) => a.id)).not.toContain("jalali");
    expect(actor(r, "mohammad-al-jalali").aliases.map((a) => a.name)).toContain("Jalali");
    // "Assad" fits both men: naming the last one seen would be a guess.
    expect(actor(r, "hafez-al-assad").aliases.map((a) => a.name)).not.toContain("Assad");
  });
});

describe("a nom de guerre", () => {
  it("takes the real name the text gives as the same person", () => {
    const r = findEntities(
      contextFor(
        "Abu Mohammad al-Julani met the prime minister. Julani, who now goes by his real name, Ahmed al-Sharaa, has promised calm.",
      ),
    );
    expect(r.actors.filter((a) => a.kind === "person").map((a) => a.id)).toEqual(["abu-mohammad-al-julani"]);
    expect(actor(r, "abu-mohammad-al-julani").aliases.map((a) => a.name)).toContain("Ahmed al-Sharaa");
  });
});

describe("names of countries, capitals and bodies as news writes them", () => {
  it("calls Myanmar Myanmar, hears its capital in either spelling, and folds USGS into the US Geological Survey", () => {
    const r = findEntities(
      contextFor(
        "The quake struck central Myanmar. Naypyitaw said 1,644 people had died, and the junta in Burma asked for help. " +
          "The US Geological Survey put the magnitude at 7.7; the USGS said aftershocks would follow.",
      ),
    );
    expect(r.actors.map((a) => a.id).sort()).toEqual(["myanmar", "united-states", "us-geological-survey"]);
    expect(actor(r, "us-geological-survey").aliases.map((a) => a.name)).toContain("USGS");
  });
});

describe("a party or a company named for its country", () => {
  it("reads 'Progressive Slovakia' and 'Air France' as bodies, but 'Eastern Ukraine' and 'Soviet Russia' as the country", () => {
    const r = findEntities(
      contextFor(
        "Police said Progressive Slovakia, the largest opposition party, was suspending its campaign. Flights by Air France were cancelled. Shells hit Eastern Ukraine, and historians recalled how Soviet Russia advanced.",
      ),
    );
    expect(actor(r, "progressive-slovakia").kind).toBe("organization");
    expect(actor(r, "air-france").kind).toBe("organization");
    expect(r.actors.map((a) => a.id)).toEqual(expect.arrayContaining(["ukraine", "russia"]));
    expect(r.actors.map((a) => a.id)).not.toContain("slovakia");
  });
});

describe("a seat's building named in full", () => {
  it("is where it happened after 'at', and the body when it speaks", () => {
    const at = findEntities(contextFor("Before the ceremony, Macron received Trump at the Élysée Palace."));
    expect(at.actors.map((a) => a.id)).not.toContain("elysee");
    const speaks = findEntities(contextFor("The Élysée Palace said the talks were good."));
    expect(speaks.actors.map((a) => a.name)).toEqual(["Élysée"]);
  });
});

describe("buildings and sites named in full", () => {
  it("are one place each, even when they open with a city's name, and no General is named Hospital", () => {
    const r = findEntities(
      contextFor(
        "The flight took off from Portland International Airport. Outside Mandalay General Hospital, patients lay in the car park. Fico was flown to the F. D. Roosevelt University Hospital in Banská Bystrica.",
      ),
    );
    expect(r.places.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "Portland International Airport",
        "Mandalay General Hospital",
        "F. D. Roosevelt University Hospital",
      ]),
    );
    expect(r.actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});

describe("bodies named for their matter", () => {
  it("keep 'on …' in the name, but not a day", () => {
    const r = findEntities(
      contextFor(
        "The Kenya National Commission on Human Rights said 22 people had been killed. The House Committee on Foreign Affairs met. The Council on Monday approved it.",
      ),
    );
    const names = r.actors.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining(["Kenya National Commission on Human Rights", "House Committee on Foreign Affairs"]),
    );
    expect(names.filter((n) => n.includes("Monday"))).toEqual([]);
  });
});

describe("initials as a given name", () => {
  it("keeps 'JD' and 'KP' in the name after a title, not in the title", () => {
    const r = findEntities(
      contextFor("He had met US Vice President JD Vance at his residence. Prime Minister KP Sharma Oli spoke."),
    );
    expect(actor(r, "jd-vance").roles.map((x) => x.title)).toEqual(["US Vice President"]);
    expect(r.actors.map((a) => a.id)).toContain("kp-sharma-oli");
  });
});

describe("sites named with their head in lower case", () => {
  // "a Brooklyn jail" is no site of its own. (Brooklyn itself is not found: the gazetteer has no boroughs.)
  it("are one place each ('Keflavík international airport'), but 'a Brooklyn jail' is none", () => {
    const r = findEntities(
      contextFor(
        "Flights at Keflavík international airport were not affected, and the Svartsengi power plant kept running. He is held in a Brooklyn jail.",
      ),
    );
    const names = r.places.map((p) => p.name);
    expect([...names].sort()).toEqual(["Keflavík international airport", "Svartsengi power plant"]);
  });
});

describe("a relative's title", () => {
  it("is not held by the one described as the son of its holder", () => {
    const r = findEntities(
      contextFor(
        "Former defence minister Shigeru Ishiba won. Shinjiro Koizumi, the 43-year-old son of a former prime minister, came third. Komeito said it would keep working with the new leader.",
      ),
    );
    expect(actor(r, "shinjiro-koizumi").aliases.map((a) => a.name)).not.toContain("the new leader");
  });
});

describe("clergy", () => {
  it("reads Cardinal, Archbishop and Bishop as titles, not as part of the name", () => {
    const r = findEntities(
      contextFor("Cardinal Kevin Farrell announced the death. Archbishop Mario Delpini said the cathedral would open."),
    );
    expect(roles(actor(r, "kevin-farrell"))).toEqual(["Cardinal"]);
    expect(roles(actor(r, "mario-delpini"))).toEqual(["Archbishop"]);
  });
});

describe("bodies told by their words", () => {
  it("reads a forum, a centre or a club as a body, and a name with its initials in brackets as one", () => {
    const text =
      "Karim Nasrallah works at the Levant Policy Forum and Tomasz Ferreira at the Centre for Vatican Studies. Hayat Tahrir al-Sham (HTS), the group that led the advance, took the city. HTS said it was ready.";
    const r = findEntities(contextFor(text));
    expect(actor(r, "levant-policy-forum").kind).toBe("organization");
    expect(actor(r, "centre-for-vatican-studies").kind).toBe("organization");
    const hts = actor(r, "hayat-tahrir-al-sham");
    expect(hts.kind).toBe("organization");
    expect(hts.aliases.map((a) => a.name)).toContain("HTS");
    expect(r.actors.map((a) => a.id)).not.toContain("hts");
  });
});
