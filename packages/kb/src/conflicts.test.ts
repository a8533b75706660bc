import type { ActorKind } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "./build-knowledge-base";
import { ExtractionBuilder } from "./fixtures/builder";

interface Agent {
  id: string;
  name: string;
  kind: ActorKind;
  affiliations?: string[];
}

/** One article telling of the postponed visit of 24 March, done by `agents`. */
const postponement = (id: string, text: string, agents: Agent[]) => {
  const b = new ExtractionBuilder(id, text, "2023-03-25").actor("France", "country");
  for (const a of agents) if (a.id !== "france") b.actor(a.name, a.kind, { affiliations: a.affiliations ?? [] });
  return b
    .event({
      type: "cancellation",
      title: `postponement (${id})`,
      words: text,
      date: { value: "2023-03-24", text: "on Friday" },
      participants: agents.map((a) => [a.id, "agent"]),
    })
    .build();
};

const elysee: Agent = { id: "elysee-palace", name: "Elysee Palace", kind: "organization" };
const buckingham: Agent = { id: "buckingham-palace", name: "Buckingham Palace", kind: "organization" };
const france: Agent = { id: "france", name: "France", kind: "country" };
const macron: Agent = { id: "emmanuel-macron", name: "Emmanuel Macron", kind: "person", affiliations: ["france"] };

describe("participant conflicts", () => {
  it("flags reports that name different agents", () => {
    const kb = buildKnowledgeBase([
      postponement("a", "The Elysee Palace postponed the visit to France on Friday.", [elysee]),
      postponement("b", "The Elysee Palace and Buckingham Palace postponed the visit to France on Friday.", [
        elysee,
        buckingham,
      ]),
    ]);
    expect(kb.conflicts.map((c) => [c.field, c.variants.map((v) => [v.value, v.articles])])).toEqual([
      [
        "participants",
        [
          ["Buckingham Palace and Elysee Palace", ["b"]],
          ["Elysee Palace", ["a"]],
        ],
      ],
    ]);
    expect(kb.conflicts[0]!.summary).toBe(
      "postponement (b): it was done by Buckingham Palace and Elysee Palace in 1 article (an article of 25 Mar 2023); Elysee Palace in 1 (an article of 25 Mar 2023)",
    );
  });

  it("does not flag a person against the country they act for", () => {
    const kb = buildKnowledgeBase([
      postponement("a", "Emmanuel Macron postponed the visit to France on Friday.", [macron]),
      postponement("b", "France postponed the visit on Friday.", [france]),
    ]);
    expect(kb.events.map((e) => e.reports.length)).toEqual([2]);
    expect(kb.conflicts).toEqual([]);
  });
});

describe("figure conflicts", () => {
  /** One article telling of the vote with these counts of votes. */
  const vote = (id: string, counts: Array<[string, number]>) => {
    const text = `Late on Tuesday the assembly adopted the reform by ${counts.map(([t]) => t).join(" to ")}.`;
    const b = new ExtractionBuilder(id, text, "2024-05-15").event({
      type: "vote",
      title: `vote (${id})`,
      words: text,
      date: { value: "2024-05-14", text: "Late on Tuesday" },
    });
    for (const [t, value] of counts) b.figure(t, value, "exact", "votes", 1);
    return b.build();
  };
  const figureConflicts = (kb: ReturnType<typeof buildKnowledgeBase>) =>
    kb.conflicts.filter((c) => c.field === "figure");

  it("sees no disagreement when every report gives the same counts", () => {
    const kb = buildKnowledgeBase([
      vote("a", [
        ["351 votes", 351],
        ["153", 153],
      ]),
      vote("b", [
        ["351 votes", 351],
        ["153", 153],
      ]),
    ]);
    expect(figureConflicts(kb)).toEqual([]);
  });

  it("flags reports whose counts differ", () => {
    const kb = buildKnowledgeBase([
      vote("a", [
        ["351 votes", 351],
        ["153", 153],
      ]),
      vote("b", [
        ["349 votes", 349],
        ["153", 153],
      ]),
    ]);
    expect(figureConflicts(kb)).toHaveLength(1);
    // The count both give is no part of the disagreement.
    expect(figureConflicts(kb)[0]!.variants.map((v) => v.value)).toEqual(["349 votes", "351 votes"]);
  });

  it("sees no disagreement in a report that gives fewer of the same counts", () => {
    const both = [["351 votes", 351] as [string, number], ["153", 153] as [string, number]];
    const kb = buildKnowledgeBase([vote("a", both), vote("b", both), vote("c", [["351 votes", 351]])]);
    expect(figureConflicts(kb)).toEqual([]);
    const other = buildKnowledgeBase([vote("a", both), vote("b", both), vote("c", [["350 votes", 350]])]);
    expect(figureConflicts(other)[0]!.variants.map((v) => [v.value, v.articles])).toEqual([
      ["351 votes", ["a", "b"]],
      ["350 votes", ["c"]],
    ]);
  });

  it("sees no disagreement in one number whose qualifiers agree, but does where they exclude each other", () => {
    type Q = "exact" | "over" | "under" | "majority-of" | "about" | "up-to";
    const told = (id: string, text: string, value: number, qualifier: Q, counts: string) => {
      const words = `Late on Tuesday the assembly voted on the report: ${text}.`;
      return new ExtractionBuilder(id, words, "2024-05-15")
        .event({
          type: "vote",
          title: `report vote (${id})`,
          words,
          date: { value: "2024-05-14", text: "Late on Tuesday" },
        })
        .figure(text, value, qualifier, counts, 1)
        .build();
    };
    const agreed = buildKnowledgeBase([
      told("a", "at least six letters", 6, "over", "letters"),
      told("b", "six times", 6, "exact", "times"),
    ]);
    expect(figureConflicts(agreed)).toEqual([]);
    const excluded = buildKnowledgeBase([
      told("a", "a majority of its 100,000 residents", 100_000, "majority-of", "residents"),
      told("b", "over 100,000 residents", 100_000, "over", "residents"),
    ]);
    expect(figureConflicts(excluded)).toHaveLength(1);
    const opposite = buildKnowledgeBase([
      told("a", "more than 100 votes", 100, "over", "votes"),
      told("b", "fewer than 100 votes", 100, "under", "votes"),
    ]);
    expect(figureConflicts(opposite)).toHaveLength(1);
    const belowExact = buildKnowledgeBase([
      told("a", "100 votes", 100, "exact", "votes"),
      told("b", "fewer than 100 votes", 100, "under", "votes"),
    ]);
    expect(figureConflicts(belowExact)).toHaveLength(1);
    // Read both ways: which article comes first does not matter.
    type Told = Parameters<typeof told>;
    const both = (a: Told, b: Told) =>
      [buildKnowledgeBase([told(...a), told(...b)]), buildKnowledgeBase([told(...b), told(...a)])].map(
        (kb) => figureConflicts(kb).length,
      );
    expect(
      both(["a", "about 100 votes", 100, "about", "votes"], ["b", "up to 100 votes", 100, "up-to", "votes"]),
    ).toEqual([0, 0]);
    expect(
      both(["a", "more than 100 votes", 100, "over", "votes"], ["b", "up to 100 votes", 100, "up-to", "votes"]),
    ).toEqual([1, 1]);
  });
});

describe("status conflicts", () => {
  /** An article of `published` telling that the truce takes effect on Monday 22 May, with the given status. */
  const truce = (id: string, published: string | null, status: "planned" | "occurred" | "cancelled", text: string) =>
    new ExtractionBuilder(id, text, published)
      .actor("Sudan", "country")
      .event({
        type: "ceasefire",
        title: "truce",
        words: text,
        date: { value: "2023-05-22", text: "Monday" },
        participants: [["sudan", "agent"]],
        status,
      })
      .build();
  const statusOf = (...articles: Parameters<typeof truce>[]) =>
    buildKnowledgeBase(articles.map((a) => truce(...a))).conflicts.find((c) => c.field === "status");

  it("does not set a plan against a later article that tells it took place or was called off", () => {
    expect(
      statusOf(
        ["a", "2023-05-21", "planned", "In Sudan the truce is due to take effect on Monday."],
        ["b", "2023-05-23", "occurred", "In Sudan the truce took effect on Monday."],
      ),
    ).toBeUndefined();
    expect(
      statusOf(
        ["a", "2023-05-21", "planned", "In Sudan the truce is due to take effect on Monday."],
        ["b", "2023-05-23", "cancelled", "In Sudan the truce due on Monday was called off."],
      ),
    ).toBeUndefined();
  });

  it("gives the event the status of the latest news, however many earlier articles told the plan", () => {
    const kb = buildKnowledgeBase([
      truce("a", "2023-05-20", "planned", "In Sudan the truce is due to take effect on Monday."),
      truce("b", "2023-05-21", "planned", "In Sudan the truce is due to take effect on Monday."),
      truce("c", "2023-05-23", "occurred", "In Sudan the truce took effect on Monday."),
    ]);
    expect(kb.events.map((e) => [e.status, e.reports.length])).toEqual([["occurred", 3]]);
    const undated = buildKnowledgeBase([
      truce("a", null, "planned", "In Sudan the truce is due to take effect on Monday."),
      truce("b", null, "planned", "In Sudan the truce is due to take effect on Monday."),
      truce("c", "2023-05-23", "occurred", "In Sudan the truce took effect on Monday."),
    ]);
    expect(undated.events.map((e) => e.status)).toEqual(["planned"]);
  });

  it("flags a plan told on the day of the report that it took place, or later, or undated", () => {
    for (const planned of ["2023-05-23", "2023-05-24", null]) {
      const c = statusOf(
        ["a", planned, "planned", "In Sudan the truce is due to take effect on Monday."],
        ["b", "2023-05-23", "occurred", "In Sudan the truce took effect on Monday."],
      );
      expect(c?.variants.map((v) => v.value).sort()).toEqual(["occurred", "planned"]);
    }
    const twoAccounts = statusOf(
      ["a", "2023-05-23", "cancelled", "In Sudan the truce due on Monday was called off."],
      ["b", "2023-05-23", "occurred", "In Sudan the truce took effect on Monday."],
    );
    expect(twoAccounts?.variants.map((v) => v.value).sort()).toEqual(["cancelled", "occurred"]);
  });
});
