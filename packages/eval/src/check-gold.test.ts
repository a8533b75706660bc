// Tests of the gold checker: each kind of problem is found and named, a sound file passes.
import { describe, expect, it } from "vitest";
import { checkGoldAgainstText, checkGoldCorpus, checkGoldNames } from "./check-gold";
import { gold } from "./test-builders";

const text =
  "U.S. Secretary of State Antony Blinken telephoned Ilham Aliyev. “We want peace,” Blinken said. O’Brien agreed.";
const sound = {
  article: "x1",
  title: null,
  outlet: null,
  author: null,
  published: null,
  dateline: null,
  actors: [
    { name: "Antony Blinken", kind: "person", aliases: ["Blinken"] },
    { name: "Ilham Aliyev", kind: "person" },
    { name: "James O’Brien", kind: "person", aliases: ["O'Brien"] },
    { name: "United States", kind: "country", aliases: ["US"] },
  ],
  places: [{ name: "Washington", kind: "city" }],
  events: [
    {
      key: "call",
      type: "call",
      date: null,
      participants: ["Antony Blinken", "Ilham Aliyev"],
      evidence: "Antony Blinken telephoned Ilham Aliyev",
    },
  ],
  quotes: [{ speaker: "Antony Blinken", text: "We want peace," }],
  figures: [],
};

describe("checkGoldAgainstText", () => {
  it("finds nothing wrong with a sound annotation (aliases compared without case, dots or curly apostrophes)", () => {
    expect(checkGoldAgainstText(gold(sound), text)).toEqual([]);
  });

  it("reports each kind of problem with where it is", () => {
    const broken = gold({
      ...sound,
      actors: [...sound.actors, { name: "Nikol Pashinyan", kind: "person", aliases: ["Pashinian", "Blinken"] }],
      events: [
        { ...sound.events[0], evidence: "Antony Blinken called Ilham Aliyev" },
        { ...sound.events[0], participants: ["Blinken"], place: "Baku" },
      ],
      quotes: [{ speaker: "Miller", text: "We want peace and quiet" }],
      figures: [{ value: 3, counts: "people", evidence: "three people" }],
    });
    expect(checkGoldAgainstText(broken, text)).toEqual([
      "actors[4] (Nikol Pashinyan): 'Blinken' is also a name of Antony Blinken",
      "actors[4] (Nikol Pashinyan): alias 'Pashinian' is not in the text",
      "events[0] (call): evidence 'Antony Blinken called Ilham Aliyev' is not in the text",
      "events[1] (call): key used twice in one article",
      "events[1] (call): participant 'Blinken' is not among the actors",
      "events[1] (call): place 'Baku' is not among the places",
      "quotes[0]: 'We want peace and quiet' is not in the text",
      "quotes[0]: speaker 'Miller' is not among the actors",
      "figures[0]: evidence 'three people' is not in the text",
    ]);
  });

  it("wants evidence verbatim: straight quotes do not stand for curly ones", () => {
    const g = gold({ ...sound, quotes: [{ speaker: null, text: "O'Brien agreed" }] });
    expect(checkGoldAgainstText(g, text)).toEqual(["quotes[0]: 'O'Brien agreed' is not in the text"]);
  });
});

describe("checkGoldCorpus", () => {
  it("reports conflicts whose key or articles do not exist", () => {
    const g = gold(sound);
    const variant = (articles: string[]) => ({ value: "v", articles });
    const corpus = {
      conflicts: [
        { event: "call", field: "date" as const, variants: [variant(["x1"]), variant(["x1"])] },
        { event: "meeting", field: "date" as const, variants: [variant(["x1"]), variant(["x9"])] },
      ],
    };
    expect(checkGoldCorpus(corpus, [g])).toEqual([
      "conflicts[1] (meeting/date): no gold article has an event with this key",
      "conflicts[1] (meeting/date): article 'x1' has no event 'meeting'",
      "conflicts[1] (meeting/date): article 'x9' has no gold file",
    ]);
  });
});

describe("checkGoldNames", () => {
  it("finds a name given to two canonical actors and an actor given two kinds across files", () => {
    const one = gold(sound);
    const two = gold({
      ...sound,
      article: "x2",
      actors: [
        { name: "Antony J. Blinken", kind: "person", aliases: ["Blinken"] },
        { name: "United States", kind: "organization" },
      ],
    });
    expect(checkGoldNames([one, two])).toEqual([
      "'blinken' names Antony Blinken (x1) and Antony J. Blinken (x2)",
      "United States is country and organization in different files",
    ]);
    expect(checkGoldNames([one, gold({ ...sound, article: "x2" })])).toEqual([]);
  });
});
