import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "./build-knowledge-base";
import { ExtractionBuilder } from "./fixtures/builder";

const reportsOf = (kb: ReturnType<typeof buildKnowledgeBase>) =>
  kb.events.map((e) => e.reports.map((r) => r.extractedId));

describe("event linking rules", () => {
  it("never merges two reports of one article that give different days", () => {
    const a = new ExtractionBuilder(
      "a",
      "On November 18 Pashinyan spoke. On November 20 Pashinyan spoke again.",
      "2023-11-28",
    )
      .actor("Nikol Pashinyan", "person", { mention: "Pashinyan" })
      .event({
        type: "statement",
        title: "first",
        words: "On November 18 Pashinyan spoke",
        date: { value: "2023-11-18", text: "On November 18" },
        participants: [["nikol-pashinyan", "agent"]],
      })
      .event({
        type: "press-conference",
        title: "second",
        words: "On November 20 Pashinyan spoke again",
        date: { value: "2023-11-20", text: "On November 20" },
        participants: [["nikol-pashinyan", "agent"]],
      });
    expect(reportsOf(buildKnowledgeBase([a.build()]))).toEqual([["a#e1"], ["a#e2"]]);
  });

  it("keeps two reports of one article apart even on the same day: the extractor already folded retellings", () => {
    const a = new ExtractionBuilder(
      "a",
      "On November 20 Aliyev held talks with Rashid. On November 20 Aliyev's meeting with Mirzoyan was cancelled.",
      "2023-11-28",
    )
      .actor("Ilham Aliyev", "person", { mention: "Aliyev" })
      .event({
        type: "talks",
        title: "talks",
        words: "On November 20 Aliyev held talks with Rashid",
        date: { value: "2023-11-20", text: "On November 20" },
        participants: [["ilham-aliyev", "agent"]],
      })
      .event({
        type: "meeting",
        title: "meeting",
        words: "On November 20 Aliyev's meeting with Mirzoyan was cancelled",
        date: { value: "2023-11-20", text: "On November 20" },
        participants: [["ilham-aliyev", "agent"]],
      });
    expect(reportsOf(buildKnowledgeBase([a.build()])).sort()).toEqual([["a#e1"], ["a#e2"]]);
  });

  it("links unnamed reports a day apart only for a one-off happening, not for fighting that recurs", () => {
    const build = (id: string, type: "military-operation" | "ceasefire", day: string, words: string) =>
      new ExtractionBuilder(id, `${words}.`, "2023-05-24")
        .event({ type, title: words, words, date: { value: day, text: words.split(" ").pop()! }, participants: [] })
        .build();
    const fighting = buildKnowledgeBase([
      build("a", "military-operation", "2023-05-21", "Air strikes hit Omdurman on Sunday"),
      build("b", "military-operation", "2023-05-23", "Gunfire was heard on Tuesday"),
    ]);
    expect(reportsOf(fighting).sort()).toEqual([["a#e1"], ["b#e1"]]);
    const signing = buildKnowledgeBase([
      build("a", "ceasefire", "2023-05-19", "The truce was signed on Friday"),
      build("b", "ceasefire", "2023-05-20", "The truce was signed on Saturday"),
    ]);
    expect(reportsOf(signing)).toEqual([["a#e1", "b#e1"]]);
  });

  it("links statements on a shared speaker, not on a speaker's country", () => {
    const blinken = new ExtractionBuilder("a", "Blinken of the United States congratulated Lai.", "2024-01-14")
      .actor("Antony Blinken", "person", { mention: "Blinken", affiliations: ["united-states"] })
      .actor("United States", "country")
      .event({
        type: "statement",
        title: "a",
        words: "Blinken of the United States congratulated Lai",
        participants: [["antony-blinken", "agent"]],
      })
      .build();
    const washington = new ExtractionBuilder("b", "Washington urged countries to keep ties.", "2024-01-16")
      .actor("United States", "country", { mention: "Washington" })
      .event({
        type: "statement",
        title: "b",
        words: "Washington urged countries",
        participants: [["united-states", "agent"]],
      })
      .build();
    expect(reportsOf(buildKnowledgeBase([blinken, washington])).sort()).toEqual([["a#e1"], ["b#e1"]]);
  });

  it("links a person's report to their country's report of the same day, but not two people of one country", () => {
    const text = "Aliyev launched the operation on September 19. Miller said and Blinken said.";
    const a = new ExtractionBuilder("a", text, "2023-09-20")
      .actor("Ilham Aliyev", "person", { mention: "Aliyev", affiliations: ["azerbaijan"] })
      .actor("Azerbaijan", "country", { mention: "operation" })
      .actor("Matthew Miller", "person", { mention: "Miller", affiliations: ["united-states"] })
      .actor("United States", "country", { mention: "said" })
      .event({
        type: "military-operation",
        title: "op",
        words: "Aliyev launched the operation",
        date: { value: "2023-09-19", text: "on September 19" },
        participants: [["ilham-aliyev", "agent"]],
      })
      .event({
        type: "statement",
        title: "Miller",
        words: "Miller said",
        date: { value: "2023-09-19", text: "on September 19" },
        participants: [["matthew-miller", "speaker"]],
      });
    const b = new ExtractionBuilder("b", "Azerbaijan attacked on September 19. Blinken said so.", "2023-09-20")
      .actor("Azerbaijan", "country")
      .actor("Antony Blinken", "person", { mention: "Blinken", affiliations: ["united-states"] })
      .actor("United States", "country", { mention: "said" })
      .event({
        type: "military-operation",
        title: "attack",
        words: "Azerbaijan attacked",
        date: { value: "2023-09-19", text: "on September 19" },
        participants: [["azerbaijan", "agent"]],
      })
      .event({
        type: "statement",
        title: "Blinken",
        words: "Blinken said so",
        date: { value: "2023-09-19", text: "on September 19" },
        participants: [["antony-blinken", "speaker"]],
      });
    expect(reportsOf(buildKnowledgeBase([a.build(), b.build()]))).toEqual([["a#e1", "b#e1"], ["b#e2"], ["a#e2"]]);
  });

  it("lets an undated report join a day without a year when neither article's date can rule it out", () => {
    const dated = new ExtractionBuilder("a", "Azerbaijan's offensive was condemned.", "2023-11-28")
      .actor("Azerbaijan", "country")
      .event({ type: "military-operation", title: "x", words: "offensive", participants: [["azerbaijan", "agent"]] });
    const undated = new ExtractionBuilder("b", "Azerbaijan's September 19 offensive.", null)
      .actor("Azerbaijan", "country")
      .event({
        type: "military-operation",
        title: "y",
        words: "September 19 offensive",
        date: { value: "--09-19", text: "September 19" },
        participants: [["azerbaijan", "agent"]],
      });
    expect(reportsOf(buildKnowledgeBase([dated.build(), undated.build()]))).toEqual([["a#e1", "b#e1"]]);
  });

  it("ties an undated report to a day without a year in an undated article only through a shared actor", () => {
    const swap = new ExtractionBuilder("a", "The United States and Slovenia sent back eight Russians.", "2024-08-02")
      .actor("United States", "country")
      .actor("Slovenia", "country")
      .event({
        type: "ruling",
        title: "x",
        words: "sent back eight Russians",
        participants: [
          ["united-states", "agent"],
          ["slovenia", "agent"],
        ],
      });
    const judge = (id: string) =>
      new ExtractionBuilder(id, "Judge Lewis Kaplan set sentencing for March 28.", null)
        .actor("Lewis Kaplan", "person", { mention: "Lewis Kaplan", affiliations: ["united-states"] })
        .actor("United States", "country", { mention: "Judge" })
        .event({
          type: "ruling",
          title: "y",
          words: "set sentencing for March 28",
          date: { value: "--03-28", text: "March 28" },
          participants: [["lewis-kaplan", "agent"]],
        });
    // The judge's country is among the swap's parties, but nothing places either in time: two happenings.
    expect(reportsOf(buildKnowledgeBase([swap.build(), judge("b").build()]))).toEqual([["b#e1"], ["a#e1"]]);
    const undatedKaplan = new ExtractionBuilder("c", "Kaplan ruled.", "2024-03-29")
      .actor("Lewis Kaplan", "person", { mention: "Kaplan", affiliations: ["united-states"] })
      .actor("United States", "country", { mention: "ruled" })
      .event({ type: "ruling", title: "z", words: "Kaplan ruled", participants: [["lewis-kaplan", "agent"]] });
    // The judge himself in both: they may be one ruling, as before.
    expect(reportsOf(buildKnowledgeBase([undatedKaplan.build(), judge("d").build()]))).toEqual([["c#e1", "d#e1"]]);
  });

  it("keeps an undated report of one weekday apart from a day more than two days from it", () => {
    const capitol = new ExtractionBuilder("a", "Crowds stormed Congress on January 6, 2021.", "2023-01-09")
      .actor("Congress", "organization")
      .event({
        type: "protest",
        title: "x",
        words: "stormed Congress",
        date: { value: "2021-01-06", text: "on January 6, 2021" },
        participants: [["congress", "target"]],
      });
    const storming = (weekday: "Sunday" | "Tuesday") =>
      new ExtractionBuilder("b", `Crowds stormed Congress on ${weekday}.`, null)
        .actor("Congress", "organization")
        .event({
          type: "protest",
          title: "y",
          words: "stormed Congress",
          when: { text: `on ${weekday}`, weekday },
          participants: [["congress", "target"]],
        });
    // 6 January 2021 was a Wednesday: "on Sunday" is three days from it, "on Tuesday" one, which outlets may
    // disagree by.
    expect(reportsOf(buildKnowledgeBase([capitol.build(), storming("Sunday").build()]))).toEqual([["a#e1"], ["b#e1"]]);
    expect(reportsOf(buildKnowledgeBase([capitol.build(), storming("Tuesday").build()]))).toEqual([["a#e1", "b#e1"]]);
  });

  it("keeps an undated report apart from an event long before its article was published", () => {
    const old = new ExtractionBuilder("a", "Portugal held an election on January 30.", "2022-02-01")
      .actor("Portugal", "country")
      .event({
        type: "election",
        title: "x",
        words: "held an election",
        date: { value: "2022-01-30", text: "on January 30" },
        participants: [["portugal", "agent"]],
      });
    const later = new ExtractionBuilder("b", "Portugal held an election.", "2024-03-11")
      .actor("Portugal", "country")
      .event({ type: "election", title: "y", words: "held an election", participants: [["portugal", "agent"]] });
    expect(reportsOf(buildKnowledgeBase([old.build(), later.build()]))).toEqual([["a#e1"], ["b#e1"]]);
  });

  it("links a report naming nobody only by near days of a specific type, or by the same place", () => {
    const signed = new ExtractionBuilder(
      "a",
      "The army and the RSF signed a ceasefire on Saturday. Macron spoke.",
      "2023-05-21",
    )
      .actor("Rapid Support Forces", "organization", { mention: "RSF" })
      .actor("Emmanuel Macron", "person", { mention: "Macron" })
      .event({
        type: "ceasefire",
        title: "signed",
        words: "signed a ceasefire",
        date: { value: "2023-05-20", text: "on Saturday" },
        participants: [["rapid-support-forces", "agent"]],
      })
      .event({
        type: "statement",
        title: "Macron",
        words: "Macron spoke",
        date: { value: "2023-05-20", text: "on Saturday" },
        participants: [["emmanuel-macron", "speaker"]],
      });
    const anonymous = new ExtractionBuilder(
      "b",
      "A truce was signed on Friday night. A statement followed this year.",
      "2023-05-21",
    )
      .event({
        type: "ceasefire",
        title: "truce",
        words: "A truce was signed",
        date: { value: "2023-05-19", text: "on Friday night" },
      })
      .event({
        type: "statement",
        title: "statement",
        words: "A statement followed",
        date: { value: "2023-05-20", text: "on Friday night" },
      })
      .event({ type: "ceasefire", title: "vague", words: "this year", date: { value: "2023", text: "this year" } });
    expect(reportsOf(buildKnowledgeBase([signed.build(), anonymous.build()]))).toEqual([
      ["a#e1", "b#e1"],
      ["b#e2"],
      ["a#e2"],
      ["b#e3"],
    ]);
  });

  it("suggests, never makes, a merge of events that differ only by a few days", () => {
    const day = (id: string, value: string) =>
      new ExtractionBuilder(id, "Blinken met Aliyev in Baku.", "2023-11-30")
        .actor("Antony Blinken", "person", { mention: "Blinken" })
        .actor("Ilham Aliyev", "person", { mention: "Aliyev" })
        .event({
          type: "meeting",
          title: `meeting (${id})`,
          words: "Blinken met Aliyev",
          date: { value, text: "Blinken met" },
          participants: [
            ["antony-blinken", "agent"],
            ["ilham-aliyev", "counterpart"],
          ],
        })
        .build();
    const kb = buildKnowledgeBase([day("a", "2023-11-20"), day("b", "2023-11-24"), day("c", "2023-11-10")]);
    expect(reportsOf(kb)).toEqual([["c#e1"], ["a#e1"], ["b#e1"]]);
    expect(kb.suggestions).toEqual([
      {
        kind: "merge-events",
        ids: ["2023-11-20-meeting-antony-blinken-ilham-aliyev", "2023-11-24-meeting-antony-blinken-ilham-aliyev"],
        score: 0.4,
        reason: "'meeting (a)' and 'meeting (b)': same type and participants, 4 days apart",
      },
    ]);
  });
});
