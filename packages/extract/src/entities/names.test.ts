// Name shapes of other languages: hyphenated Chinese given names, "al-" particles and dotless military ranks.
import { describe, expect, it } from "vitest";
import { findEntities } from "./index";
import { contextFor } from "./test-context";

const people = (text: string) =>
  findEntities(contextFor(text))
    .actors.filter((a) => a.kind === "person")
    .map((a) => ({ name: a.name, aliases: a.aliases.map((x) => x.name).sort() }));

describe("name shapes", () => {
  it("keeps a hyphenated given name and calls the person by the surname written first", () => {
    expect(people("Taiwan’s vice-president, Lai Ching-te, won. Lai, 64, took 40% of the vote.")).toEqual([
      { name: "Lai Ching-te", aliases: ["Lai"] },
    ]);
  });
  it("calls a two-word name written surname first by its first word, when that word is no one else's", () => {
    const text = "The talks were hosted by Zhou Min, the foreign minister. Zhou called the deal a victory.";
    expect(people(text)).toEqual([{ name: "Zhou Min", aliases: ["Zhou"] }]);
    // A three-word name known by its first word (a patronymic naming).
    const three = people("Director-General Tesfaye Alemu Bekele said so. Tesfaye told reporters.");
    expect(three).toEqual([{ name: "Tesfaye Alemu Bekele", aliases: ["Tesfaye"] }]);
    // Two people share the family name: as with "Smith", the word alone names the one named last before it.
    const two = people("Zhou Min met Zhou Ling in Paris. Zhou called it a victory.");
    expect(two.map((p) => p.aliases)).toEqual([[], ["Zhou"]]);
    // Unless the article already calls one of them by the word alone: a second bearer is named in full.
    const kim = people(
      "Leader Kim Jong Un arrived. Kim met Trump. Trump received Kim's envoy Kim Yong Chol. Kim toured the city.",
    );
    expect(kim).toEqual([
      { name: "Kim Jong Un", aliases: ["Kim"] },
      { name: "Kim Yong Chol", aliases: [] },
    ]);
    // Called by her first name alone, a wife is not the one the article calls by the family name.
    const mugabe = people(
      "President Robert Mugabe resigned. Critics accused Mugabe of allowing his wife, Grace, to rule. Grace Mugabe fled. Mugabe stayed.",
    );
    expect(mugabe).toEqual([
      { name: "Robert Mugabe", aliases: ["Mugabe"] },
      { name: "Grace Mugabe", aliases: ["Grace"] },
    ]);
    // A Western name whose first word is a Chinese family name is still called by its last word.
    expect(people("Kim Darroch met Xi Jinping. Darroch and Xi spoke.")).toEqual([
      { name: "Kim Darroch", aliases: ["Darroch"] },
      { name: "Xi Jinping", aliases: ["Xi"] },
    ]);
  });
  it("reads an adviser's title before a name as a title, not as part of the name", () => {
    expect(people("National Security Adviser Jake Sullivan said the deal was done.")).toEqual([
      { name: "Jake Sullivan", aliases: [] },
    ]);
    expect(people("Prosecutors Diego Luciani and Sergio Mola asked for 12 years.").map((p) => p.name)).toEqual([
      "Diego Luciani",
      "Sergio Mola",
    ]);
  });
  it("reads a name shaped like a place as a place, not a person", () => {
    const text =
      "The contracts were in Santa Cruz province. Supporters gathered outside the courthouse in Comodoro Py. " +
      "Norma Gimenez had travelled from La Matanza. They landed at Joint Base Andrews. " +
      "In Marloes de Wit's view, John Smith met Jane Doe in Paris.";
    const found = findEntities(contextFor(text));
    expect(found.places.map((p) => [p.name, p.kind])).toEqual([
      ["Santa Cruz", "region"],
      ["Comodoro Py", "other"],
      ["La Matanza", "other"],
      ["Joint Base Andrews", "other"],
      ["Paris", "city"],
    ]);
    expect(found.actors.map((a) => a.name)).toEqual(["Norma Gimenez", "Marloes de Wit", "John Smith", "Jane Doe"]);
    // A region's name qualifying a noun after "a"/"an" is no place of the story; "over the Arctic" is.
    const arctic = findEntities(contextFor("Navalny died in an Arctic prison. Bombers flew over the Arctic."));
    expect(arctic.places.map((p) => p.mentions.length)).toEqual([1]);
  });
  it("tells products and platforms from actors, and bodies by their own names", () => {
    const text =
      "Speaking on her YouTube channel, Maria Lopez said no. Activision, whose games also include World of Warcraft " +
      "and Candy Crush, will sell rights to its PC and console games. Amnesty International and the Africa CDC " +
      "said an Egyptian navy ship had docked.";
    const found = findEntities(contextFor(text));
    expect(found.actors.map((a) => [a.name, a.kind])).toEqual([
      ["Maria Lopez", "person"],
      ["Amnesty International", "organization"],
      ["Africa Centres for Disease Control and Prevention", "organization"],
      ["Egypt", "country"],
    ]);
  });
  it("keeps a known body an actor before what it publishes: a platform's channel is no actor, Hamas's video is", () => {
    const text =
      "In a Hamas video released on Sunday, a hostage spoke. The Kremlin account posted a statement, and a " +
      "Pentagon post denied it. She shared it on her YouTube channel and in a Facebook post.";
    const found = findEntities(contextFor(text));
    // The Kremlin is the Russian state speaking (STATE_SEATS).
    expect(found.actors.map((a) => a.name)).toEqual(["Hamas", "Russia", "Pentagon"]);
  });
  it("calls a person by the first half of a compound surname, the one seen last when two share it", () => {
    const text =
      "A court sentenced Vice President Cristina Fernández de Kirchner. Fernández will not go to prison. " +
      "President Alberto Fernández said she was innocent.";
    expect(people(text)).toEqual([
      { name: "Cristina Fernández de Kirchner", aliases: ["Fernández"] },
      { name: "Alberto Fernández", aliases: [] },
    ]);
  });
  it("keeps 'New' opening a name at a sentence's start, and reads 'X, a party …' as an organisation", () => {
    const text =
      "New Social Contract, a party founded in August by Pieter Omtzigt, won 20 seats. The new leader spoke. " +
      "John Smith, a company director, said no. New rules apply.";
    const found = findEntities(contextFor(text));
    expect(found.actors.map((a) => [a.name, a.kind])).toEqual([
      ["New Social Contract", "organization"],
      ["Pieter Omtzigt", "person"],
      ["John Smith", "person"],
    ]);
  });
  it("keeps a double-barrelled Western surname as the surname", () => {
    expect(people("Minister Mary Smith-Jones spoke. Smith-Jones left.").map((p) => p.name)).toEqual([
      "Mary Smith-Jones",
    ]);
  });
  it("does not glue a compound's participle to a name", () => {
    const names = people("Senator John Smith-backed plans and the Joe Biden-led talks failed.").map((p) => p.name);
    expect(names.some((n) => /led|backed/.test(n))).toBe(false);
  });
  it("reads a particle joined by a hyphen as part of the surname", () => {
    expect(people("Army chief Abdel Fattah al-Burhan said no.").map((p) => p.name)).toEqual(["Abdel Fattah al-Burhan"]);
  });
  it("takes dotless ranks as titles, not name words", () => {
    const r = people("Brig Gen Nabil Abdallah said the army would fight. Gen Mohamed Hamdan Daglo did not reply.");
    expect(r.map((p) => p.name)).toEqual(["Nabil Abdallah", "Mohamed Hamdan Daglo"]);
  });
  it("reads World as a name word in an organisation's name", () => {
    const orgs = findEntities(contextFor("The World Bank and the World Health Organization sent aid."))
      .actors.filter((a) => a.kind === "organization")
      .map((a) => a.name);
    expect(orgs).toEqual(["World Bank", "World Health Organization"]);
  });
  it("takes commissioner and consort as titles before a name", () => {
    const names = people("Commissioner Margrethe Vestager spoke. Queen Consort Camilla waved.").map((p) => p.name);
    expect(names).toEqual(["Margrethe Vestager", "Camilla"]);
  });
});

describe("organisation names joined by 'of' and 'and', and capitalised words that name no one", () => {
  const actors = (text: string) => findEntities(contextFor(text)).actors.map((a) => `${a.kind}:${a.name}`);

  it("keeps 'and' inside a name joined by 'of'/'for', with a plural head", () => {
    expect(
      actors("The Global Federation of Blue Shield and Green Star Societies said 40 people were missing."),
    ).toEqual(["organization:Global Federation of Blue Shield and Green Star Societies"]);
    expect(actors("The Pacific Centres for Water Safety and Sanitation (PCWS) warned of floods.")).toContain(
      "organization:Pacific Centres for Water Safety and Sanitation",
    );
    // Two names side by side stay two.
    expect(actors("The Ministry of Defence and Azerbaijan agreed.")).toEqual([
      "organization:Ministry of Defence",
      "country:Azerbaijan",
    ]);
  });

  it("reads a demonym before a known body of no one country as its national branch", () => {
    expect(actors("The Kenyan Red Cross said 12 people had died.")).toEqual([
      "organization:Kenyan Red Cross",
      "country:Kenya",
    ]);
  });

  it("takes no person from a named storm, a plural opening a sentence, or a phrase written in lower case too", () => {
    expect(actors("Storm Alma made landfall on Sunday.")).toEqual([]);
    expect(actors("Residents said they heard explosions. Forces loyal to the general sealed off the town.")).toEqual(
      [],
    );
    const phrase =
      "The agency declared a regional health alert. “We declare this Regional Health Alert today,” said Jean Okafor.";
    expect(actors(phrase)).toEqual(["person:Jean Okafor"]);
  });
});

describe("roles before a name", () => {
  it("reads a hyphenated participle as a qualifier of the title", () => {
    const roles = findEntities(contextFor("Sudan's eastern-based prime minister, Kamal Idris, declared a curfew."))
      .actors.filter((a) => a.kind === "person")
      .map((a) => a.roles.map((r) => r.title));
    expect(roles).toEqual([["Sudan's eastern-based prime minister"]]);
  });
});

describe("countries listed after a location preposition", () => {
  const places = (text: string) => findEntities(contextFor(text)).places.map((p) => p.name);
  it("makes every country of a list after 'to'/'in' a place, not those after 'from'", () => {
    expect(places("The virus has since spread to Burundi, Kenya, Rwanda and Uganda.")).toEqual([
      "Burundi",
      "Kenya",
      "Rwanda",
      "Uganda",
    ]);
    // A landform's word opens a place's name: "Wadi", "Jebel", "Lake".
    expect(places("Rain fell on the hills of the Jebel Nafusa. The dams on Wadi Kaam burst.")).toEqual([
      "Jebel Nafusa",
      "Wadi Kaam",
    ]);
    // Where people came from is who came, not where things happen.
    expect(places("Search teams from Spain, Britain and Qatar joined the soldiers.")).toEqual(["Spain"]);
  });

  it("ends a name with 'Relations' or 'News' written with a capital inside a sentence", () => {
    const text =
      "The military’s media wing, Inter-Services Public Relations, said the day would be remembered. " +
      "Kestrel News reported that the Council on Foreign Relations had met.";
    const actors = findEntities(contextFor(text)).actors.map((a) => [a.name, a.kind]);
    expect(actors).toEqual([
      ["Inter-Services Public Relations", "organization"],
      ["Kestrel News", "organization"],
      ["Council on Foreign Relations", "organization"],
    ]);
  });
});

describe("a name first met in capitals", () => {
  it("is named as the text writes it elsewhere, the capitals kept as an alias", () => {
    const text =
      "KENNEDY SPACE CENTER, Fla. — The rocket lifted off at dawn. Kennedy Space Center said the pad was safe.";
    const found = findEntities(contextFor(text)).actors.find((a) => a.id === "kennedy-space-center");
    expect([found?.name, found?.aliases.map((x) => x.name)]).toEqual([
      "Kennedy Space Center",
      ["KENNEDY SPACE CENTER"],
    ]);
  });
});

describe("a title before a comma and a name", () => {
  it("keeps the body named before the title in the role", () => {
    const text = "The Qassam commander, Mohammed Deif, announced the start of the operation.";
    const deif = findEntities(contextFor(text)).actors.find((a) => a.name === "Mohammed Deif");
    expect(deif?.roles.map((r) => r.title)).toEqual(["Qassam commander"]);
    // The phrase must still open its clause: the president spoken to is not the speaker's title.
    const blinken = findEntities(contextFor("Speaking to the president, Blinken said the talks went well."));
    expect(blinken.actors.find((a) => a.name === "Blinken")?.roles ?? []).toEqual([]);
  });
});

describe("a title of several words before a name", () => {
  it("reads 'Chancellor of the Exchequer' whole, and no joining word of a title as one", () => {
    const text = "The row grew. Chancellor of the Exchequer Rishi Sunak resigned on Tuesday. Sunak wrote a letter.";
    const sunak = findEntities(contextFor(text)).actors.find((a) => a.name === "Rishi Sunak");
    expect([sunak?.roles.map((r) => r.title), sunak?.aliases.map((a) => a.name)]).toEqual([
      ["Chancellor of the Exchequer"],
      ["Sunak"],
    ]);
    // Only a title the tables spell with "the" walks over it: an adviser of the prime minister is not the prime minister.
    const adviser = findEntities(
      contextFor("The row grew. An adviser of the prime minister Benjamin Netanyahu spoke on Tuesday."),
    ).actors.find((a) => a.name === "Benjamin Netanyahu");
    expect(adviser?.roles.map((r) => r.title)).toEqual(["prime minister"]);
    // "in" of "commander-in-chief" is no title word: the town after "commissioner in" is a place.
    const noumea = findEntities(contextFor("Officials met the office of the French high commissioner in Nouméa."));
    expect(noumea.actors.map((a) => a.name)).not.toContain("Nouméa");
  });
});

describe("a body of the United Nations written short", () => {
  it("is named with 'United Nations' spelt out, the short form kept as written", () => {
    const found = findEntities(contextFor("The row grew. The UN Security Council met on Sunday in New York."));
    const council = found.actors.find((a) => a.kind === "organization");
    expect([council?.name, council?.aliases.map((x) => x.name)]).toEqual([
      "United Nations Security Council",
      ["UN Security Council"],
    ]);
  });
});

describe("a backer glued before a body's name", () => {
  it("is no word of the name: 'the UN-backed Special Tribunal for Lebanon'", () => {
    const text = "The verdict waited. In The Hague, the UN-backed Special Tribunal for Lebanon postponed its verdict.";
    expect(findEntities(contextFor(text)).actors.map((a) => a.name)).toEqual(["Special Tribunal for Lebanon"]);
    // A name's own hyphenated word is no backer: "the Non-Aligned Movement".
    const nam = findEntities(contextFor("The Non-Aligned Movement met in Kampala on Monday. It ended."));
    expect(nam.actors.map((a) => a.name)).toContain("Non-Aligned Movement");
  });
});

describe("a bare family name before a namesake is introduced", () => {
  it("is the person named before it who bears it, not the father named later", () => {
    const text =
      "President Ali Bongo Ondimba won a third term. Bongo, 64, appeared in a video. His son Noureddin Bongo Valentin was arrested. Bongo's father, Omar Bongo, ruled until 2009.";
    expect(people(text)).toEqual([
      { name: "Ali Bongo Ondimba", aliases: ["Bongo"] },
      { name: "Noureddin Bongo Valentin", aliases: [] },
      { name: "Omar Bongo", aliases: [] },
    ]);
  });
});
