import { actorId } from "@dateline/core/ids";
import { KnowledgeBaseSchema } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "./build-knowledge-base";
import { ExtractionBuilder } from "./fixtures/builder";
import { caucasusSeeds } from "./fixtures/caucasus";

const kb = buildKnowledgeBase(caucasusSeeds());
const event = (pred: (e: (typeof kb.events)[number]) => boolean) => {
  const found = kb.events.filter(pred);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const withActors =
  (...ids: string[]) =>
  (e: (typeof kb.events)[number]) =>
    ids.every((id) => e.participants.some((p) => p.actorId === id));

describe("buildKnowledgeBase on the seed situations", () => {
  it("returns a document valid against KnowledgeBaseSchema", () => {
    const r = KnowledgeBaseSchema.safeParse(kb);
    expect(r.success ? "" : r.error.message).toBe("");
  });

  it("keeps one actor per person across spellings, with every alias and its articles", () => {
    expect(kb.actors.map((a) => a.id)).toEqual([
      "antony-blinken",
      "ararat-mirzoian",
      "armenia",
      "azerbaijan",
      "ilham-aliyev",
      "james-obrien",
      "jeyhun-bayramov",
      "karabakh-armenians",
      "nikol-pashinyan",
      "united-states",
    ]);
    const pashinyan = kb.actors.find((a) => a.id === "nikol-pashinyan")!;
    expect(pashinyan.name).toBe("Nikol Pashinyan");
    expect(pashinyan.aliases).toContainEqual({ name: "Nikol Pashinian", articles: ["003_ep"] });
    expect(pashinyan.affiliations).toEqual(["armenia"]);
    expect(pashinyan.roles).toEqual([
      expect.objectContaining({
        title: "Armenian Prime Minister",
        articles: ["000_ifp", "001_an", "002_aa", "003_ep", "004_rferl"],
      }),
    ]);
    const obrien = kb.actors.find((a) => a.id === "james-obrien")!;
    expect(obrien.aliases.map((a) => a.name)).toEqual(["James O'Brien", "James O’Brien"]);
    const us = kb.actors.find((a) => a.id === "united-states")!;
    expect(us.aliases.find((a) => a.name === "Washington")?.articles).toEqual(["004_rferl"]);
    expect(kb.actors.find((a) => a.id === "antony-blinken")!.mentions.map((m) => m.articleId)).toEqual([
      "000_ifp",
      "001_an",
      "002_aa",
      "004_rferl",
    ]);
  });

  it("rewrites quote speakers to the merged actors", () => {
    expect(kb.quotes.map((q) => [q.articleId, q.speakerId])).toEqual([
      ["003_ep", "nikol-pashinyan"],
      ["004_rferl", "james-obrien"],
    ]);
  });

  it("links the four reports of the Blinken–Aliyev call, dated Monday with the Tuesday report as a conflict", () => {
    const call = event((e) => e.type === "call" && withActors("antony-blinken", "ilham-aliyev")(e));
    expect(call.id).toBe("2023-11-27-call-antony-blinken-ilham-aliyev");
    expect(call.reports.map((r) => [r.articleId, r.date?.value ?? null])).toEqual([
      ["000_ifp", null],
      ["001_an", "2023-11-28"],
      ["002_aa", "2023-11-27"],
      ["004_rferl", "2023-11-27"],
    ]);
    const undated = call.reports.find((r) => r.articleId === "004_rferl")!.date!;
    expect(undated.inferred).toBe(true);
    expect(undated.evidence?.exact).toBe("late on Monday");
    expect(undated.explanation).toContain("Monday");
    expect(call.date).toMatchObject({ value: "2023-11-27", inferred: false, text: "on Monday" });
    const conflict = kb.conflicts.find((c) => c.id === `${call.id}-date`)!;
    expect(conflict.variants.map((v) => [v.value, v.articles])).toEqual([
      ["Mon 27 Nov 2023", ["002_aa", "004_rferl"]],
      ["Tue 28 Nov 2023", ["001_an"]],
    ]);
    expect(conflict.summary).toBe(
      "Blinken–Aliyev phone call: the day is Monday 27 Nov in 2 articles (an article of 28 Nov 2023, an undated article); Tuesday 28 Nov in 1 (an article of 28 Nov 2023)",
    );
  });

  it("keeps the Blinken–Pashinyan call apart from the Blinken–Aliyev call", () => {
    const call = event((e) => e.type === "call" && withActors("nikol-pashinyan")(e));
    expect(call.participants.map((p) => p.actorId)).toEqual(["antony-blinken", "nikol-pashinyan"]);
    expect(call.reports).toHaveLength(4);
    expect(kb.events.filter((e) => e.type === "call")).toHaveLength(2);
  });

  it("never merges the 2022 ceasefire (no year) with the 2023 offensive or cessation of hostilities", () => {
    const old = event((e) => e.date?.value === "--09-15");
    expect(old.reports.map((r) => r.articleId)).toEqual(["003_ep"]);
    expect(event((e) => e.date?.value === "2023-09-20").reports.map((r) => r.articleId)).toEqual(["000_ifp"]);
  });

  it("links the September offensive across precisions and lists every framing as a wording conflict", () => {
    const op = event((e) => e.type === "military-operation");
    expect(op.date?.value).toBe("2023-09-19");
    expect(op.background).toBe(true);
    expect(op.reports.map((r) => r.articleId)).toEqual(["000_ifp", "001_an", "002_aa", "004_rferl"]);
    const wording = kb.conflicts.find((c) => c.id === `${op.id}-wording`)!;
    expect(wording.variants.map((v) => v.value).sort()).toEqual([
      "an act of large-scale aggression (Armenia's words)",
      "anti-terrorism operation",
      "local anti-terrorist measures (Azerbaijan's words)",
      "military offensive",
      "military operation",
      "swift offensive",
    ]);
  });

  it("finds the disagreeing displaced figures and attaches figures to the KB event", () => {
    const flight = event((e) => e.type === "displacement");
    expect(kb.figures.map((f) => f.eventId)).toEqual([flight.id, flight.id]);
    const conflict = kb.conflicts.find((c) => c.id === `${flight.id}-figure`)!;
    expect(conflict.variants.map((v) => [v.value, v.articles])).toEqual([
      ["a majority of its 100,000 residents", ["001_an"]],
      ["over 100,000 forcibly displaced persons", ["004_rferl"]],
    ]);
  });

  it("reports exactly the expected conflicts", () => {
    expect(kb.conflicts.map((c) => c.id)).toEqual([
      "2023-09-19-military-operation-azerbaijan-wording",
      "2023-11-27-call-antony-blinken-ilham-aliyev-date",
      "2023-11-27-call-antony-blinken-nikol-pashinyan-date",
      "undated-displacement-karabakh-armenians-figure",
    ]);
  });

  it("gives a byte-identical document whatever the input order", () => {
    const seeds = caucasusSeeds();
    const json = JSON.stringify(kb);
    for (const order of [
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
      [1, 4, 0, 3, 2],
    ]) {
      const shuffled = order.map((i) => {
        const x = structuredClone(seeds[i]!);
        x.actors.reverse();
        x.events.reverse();
        return x;
      });
      expect(JSON.stringify(buildKnowledgeBase(shuffled))).toBe(json);
    }
  });
});

describe("buildKnowledgeBase on happenings of no type yet", () => {
  const report = (id: string, text: string, who: string, kind: "person" | "organization", words: string) => {
    const b = new ExtractionBuilder(id, text, "2023-12-20");
    b.actor(who, kind).actor("United States", "country");
    b.event({
      type: "other",
      title: words,
      words,
      date: { value: "2023-12", text: "in December" },
      participants: [
        [actorId(who), "agent"],
        ["united-states", "target"],
      ],
    });
    return b.build();
  };

  it("does not join two 'other' reports that share only a country, and joins two that share a person", () => {
    const kb = buildKnowledgeBase([
      report(
        "a",
        "Lena Varga was arrested in December and flown to the United States.",
        "Lena Varga",
        "person",
        "Lena Varga was arrested in December",
      ),
      report(
        "b",
        "The Trade Board sued in December to stop a United States merger.",
        "Trade Board",
        "organization",
        "The Trade Board sued in December",
      ),
      report(
        "c",
        "Lena Varga, arrested in December, was taken to the United States.",
        "Lena Varga",
        "person",
        "Lena Varga, arrested in December",
      ),
    ]);
    const others = kb.events.filter((e) => e.type === "other");
    expect(others.map((e) => [...e.reports.map((r) => r.articleId)].sort())).toEqual([["a", "c"], ["b"]]);
  });
});
