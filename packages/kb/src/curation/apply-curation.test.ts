import { type CurationOp, KnowledgeBaseSchema } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../build-knowledge-base";
import { caucasusSeeds } from "../fixtures/caucasus";

const CALL = "2023-11-27-call-antony-blinken-ilham-aliyev";
const OFFENSIVE = "2023-09-19-military-operation-azerbaijan";
const TRUCE_2023 = "2023-09-20-ceasefire";
const TRUCE_2022 = "09-15-ceasefire-armenia-azerbaijan";
const FLIGHT = "undated-displacement-karabakh-armenians";

const r = "reviewed";
const run = (ops: CurationOp[], file = "fix.yaml") => {
  const kb = buildKnowledgeBase(caucasusSeeds(), [{ file, ops: ops.map((op, i) => ({ ...op, id: `${file}#${i}` })) }]);
  const parsed = KnowledgeBaseSchema.safeParse(kb);
  expect(parsed.success ? "" : parsed.error.message).toBe("");
  return kb;
};
const statuses = (kb: ReturnType<typeof run>) => kb.curation.map((s) => [s.status, s.message]);

describe("actor ops", () => {
  it("merge-actors by evidence rewrites every reference; a target already merged away is unmatched", () => {
    const kb = run([
      {
        op: "merge-actors",
        into: { id: "armenia" },
        from: [{ article: "001_an", exact: "Karabakh Armenians" }],
        reason: r,
      },
      { op: "set-actor-kind", actor: { id: "karabakh-armenians" }, kind: "group", reason: r },
      { op: "merge-actors", into: { id: "armenia" }, from: [{ id: "nobody" }], reason: r },
    ]);
    expect(statuses(kb)).toEqual([
      ["applied", "merged 'karabakh-armenians' into 'armenia'"],
      ["unmatched", "no actor with id 'karabakh-armenians'"],
      ["unmatched", "no actor with id 'nobody'"],
    ]);
    expect(kb.actors.some((a) => a.id === "karabakh-armenians")).toBe(false);
    const flight = kb.events.find((e) => e.type === "displacement")!;
    expect(flight.participants).toEqual([{ actorId: "armenia", role: "agent" }]);
    expect(flight.reports.every((rep) => rep.participants.every((p) => p.actorId === "armenia"))).toBe(true);
    expect(kb.actors.find((a) => a.id === "armenia")!.aliases.map((a) => a.name)).toContain("Karabakh Armenians");
  });

  it("split-actor moves the alias, its mentions and the references of the articles that only use it", () => {
    const kb = run([
      {
        op: "split-actor",
        actor: { id: "nikol-pashinyan" },
        aliases: ["Nikol Pashinian"],
        name: "Nikol Pashinian",
        reason: r,
      },
      { op: "split-actor", actor: { id: "antony-blinken" }, aliases: ["Tony"], name: "Tony", reason: r },
    ]);
    expect(statuses(kb)).toEqual([
      ["applied", "split 'nikol-pashinian' (Nikol Pashinian) from 'nikol-pashinyan'"],
      ["unmatched", "actor 'antony-blinken' has no alias 'Tony'"],
    ]);
    const split = kb.actors.find((a) => a.id === "nikol-pashinian")!;
    expect(split.mentions.map((m) => m.articleId)).toEqual(["003_ep"]);
    expect(split.roles.map((x) => x.articles)).toEqual([["003_ep"]]);
    expect(kb.quotes.find((q) => q.articleId === "003_ep")!.speakerId).toBe("nikol-pashinian");
    expect(kb.actors.find((a) => a.id === "nikol-pashinyan")!.mentions.every((m) => m.articleId !== "003_ep")).toBe(
      true,
    );
  });

  it("add-alias, set-actor-name and set-actor-kind change only what they say", () => {
    const kb = run([
      { op: "add-alias", actor: { id: "nikol-pashinyan" }, alias: "Pashinyan", reason: r },
      { op: "add-alias", actor: { article: "004_rferl", exact: "Nikol Pashinyan" }, alias: "pashinyan", reason: r },
      { op: "set-actor-name", actor: { id: "united-states" }, name: "United States of America", reason: r },
      {
        op: "set-actor-kind",
        actor: { article: "001_an", exact: "Karabakh Armenians" },
        kind: "organization",
        reason: r,
      },
      { op: "add-alias", actor: { article: "999", exact: "Pashinyan" }, alias: "x", reason: r },
      { op: "set-actor-name", actor: { article: "004_rferl", exact: "humanitarian issues" }, name: "x", reason: r },
    ]);
    expect(statuses(kb)).toEqual([
      ["applied", "added the alias 'Pashinyan' to 'nikol-pashinyan'"],
      ["applied", "'nikol-pashinyan' already has the alias 'pashinyan'"],
      ["applied", "renamed 'united-states' from 'United States' to 'United States of America'"],
      ["applied", "'karabakh-armenians' is now a organization (was group)"],
      ["not-applicable", "no article '999' for the actor whose evidence contains 'Pashinyan'"],
      ["unmatched", "no actor in 004_rferl whose evidence contains 'humanitarian issues'"],
    ]);
    expect(kb.actors.find((a) => a.id === "united-states")!.name).toBe("United States of America");
  });
});

describe("event ops", () => {
  it("merge-events and split-event move reports; later ops see the ids as they are then", () => {
    const kb = run([
      {
        op: "merge-events",
        into: { id: TRUCE_2023 },
        from: [{ article: "003_ep", exact: "agreed to a ceasefire" }],
        reason: r,
      },
      { op: "set-event-status", event: { id: TRUCE_2022 }, status: "planned", reason: r },
      { op: "split-event", event: { id: OFFENSIVE }, articles: ["002_aa"], reason: r },
      { op: "split-event", event: { id: OFFENSIVE }, articles: ["003_ep"], reason: r },
      { op: "merge-events", into: { id: CALL }, from: [{ article: "003_ep", exact: "no such words" }], reason: r },
    ]);
    expect(statuses(kb)).toEqual([
      ["applied", `merged '${TRUCE_2022}' into '${TRUCE_2023}' (2 reports)`],
      ["unmatched", `no event with id '${TRUCE_2022}'`],
      ["applied", `split '2023-09-military-operation-azerbaijan' (1 report) from '${OFFENSIVE}'`],
      ["unmatched", `event '${OFFENSIVE}' has no report from 003_ep`],
      ["unmatched", "no event in 003_ep whose evidence contains 'no such words'"],
    ]);
    expect(kb.events.find((e) => e.id === TRUCE_2023)!.reports.map((x) => x.articleId)).toEqual(["000_ifp", "003_ep"]);
    expect(kb.events.find((e) => e.id === OFFENSIVE)!.reports.map((x) => x.articleId)).toEqual([
      "000_ifp",
      "001_an",
      "004_rferl",
    ]);
    expect(kb.events.find((e) => e.id === "2023-09-military-operation-azerbaijan")!.date?.value).toBe("2023-09");
  });

  it("set-event-date states the date and the reason; an impossible date is unmatched", () => {
    const kb = run([
      {
        op: "set-event-date",
        event: { article: "004_rferl", exact: "telephoned Azerbaijani President" },
        date: "2023-11-28",
        reason: "the State Department readout is dated Tuesday",
      },
      { op: "set-event-date", event: { id: CALL }, date: "2023-02-30", reason: r },
    ]);
    expect(statuses(kb)).toEqual([
      ["applied", `'${CALL}' dated 2023-11-28 (was 2023-11-27)`],
      ["unmatched", "'2023-02-30' has no day 30 in month 2"],
    ]);
    expect(kb.events.find((e) => e.id === CALL)!.date).toMatchObject({
      value: "2023-11-28",
      precision: "day",
      anchor: { kind: "stated", value: "2023-11-28" },
      explanation: "set by curation: the State Department readout is dated Tuesday",
      weekday: "Tuesday",
      inferred: false,
    });
  });

  it("set-event-type and set-event-status override the reports", () => {
    const kb = run([
      { op: "set-event-type", event: { id: FLIGHT }, type: "other", reason: r },
      { op: "set-event-status", event: { id: CALL }, status: "planned", reason: r },
      { op: "set-event-type", event: { id: "nope" }, type: "call", reason: r },
    ]);
    expect(statuses(kb)).toEqual([
      ["applied", `'${FLIGHT}' is now a other (was displacement)`],
      ["applied", `'${CALL}' is now planned (was occurred)`],
      ["unmatched", "no event with id 'nope'"],
    ]);
    expect(kb.events.find((e) => e.id === FLIGHT)!.type).toBe("other");
    expect(kb.events.find((e) => e.id === CALL)!.status).toBe("planned");
  });
});

describe("reject, places and article metadata", () => {
  it("reject drops the item and every reference to it", () => {
    const kb = run([
      { op: "reject", target: "actor", ref: { id: "ilham-aliyev" }, reason: r },
      {
        op: "reject",
        target: "place",
        ref: { article: "001_an", exact: "residents, the Karabakh Armenians" },
        reason: r,
      },
      { op: "reject", target: "event", ref: { id: FLIGHT }, reason: r },
      { op: "reject", target: "quote", ref: { article: "004_rferl", exact: "nothing will be normal" }, reason: r },
      { op: "reject", target: "figure", ref: { id: "001_an#f1" }, reason: r },
      { op: "reject", target: "quote", ref: { id: "nope" }, reason: r },
    ]);
    expect(statuses(kb)).toEqual([
      ["applied", "rejected actor 'ilham-aliyev'"],
      ["applied", "rejected place 'karabakh'"],
      ["applied", `rejected event '${FLIGHT}'`],
      ["applied", "rejected quote '004_rferl#q1'"],
      ["applied", "rejected figure '001_an#f1'"],
      ["unmatched", "no quote with id 'nope'"],
    ]);
    expect(
      kb.events.flatMap((e) => e.reports.flatMap((x) => x.participants)).some((p) => p.actorId === "ilham-aliyev"),
    ).toBe(false);
    expect(kb.events.some((e) => e.reports.some((x) => x.placeId === "karabakh"))).toBe(false);
    expect(kb.figures.map((f) => [f.id, f.eventId])).toEqual([["004_rferl#f1", null]]);
    expect(kb.quotes.map((q) => q.id)).toEqual(["003_ep#q1"]);
  });

  it("set-place-kind and set-article-meta; a missing article is not applicable", () => {
    const kb = run([
      { op: "set-place-kind", place: { id: "karabakh" }, kind: "other", reason: r },
      { op: "set-place-kind", place: { id: "atlantis" }, kind: "city", reason: r },
      { op: "set-article-meta", article: "004_rferl", field: "published", value: "2023-11-28", reason: "RFE/RL page" },
      { op: "set-article-meta", article: "004_rferl", field: "outlet", value: "RFE/RL", reason: r },
      { op: "set-article-meta", article: "000_ifp", field: "published", value: null, reason: "wrong" },
      { op: "set-article-meta", article: "999", field: "title", value: "x", reason: r },
    ]);
    expect(statuses(kb)).toEqual([
      ["applied", "'karabakh' is now a other (was region)"],
      ["unmatched", "no place with id 'atlantis'"],
      ["applied", "004_rferl published set to '2023-11-28'"],
      ["applied", "004_rferl outlet set to 'RFE/RL'"],
      ["applied", "000_ifp published set to none"],
      ["not-applicable", "no article '999'"],
    ]);
    const rferl = kb.articles.find((a) => a.id === "004_rferl")!;
    expect(rferl.published).toEqual({
      value: "2023-11-28",
      precision: "day",
      earliest: "2023-11-28",
      latest: "2023-11-28",
    });
    expect(rferl.missing.published).toBeUndefined();
    expect(kb.articles.find((a) => a.id === "000_ifp")!.missing.published).toBe("removed by curation: wrong");
  });

  it("keeps every file's ops in order with their ids and files", () => {
    const kb = buildKnowledgeBase(caucasusSeeds(), [
      { file: "a.yaml", ops: [{ op: "add-alias", actor: { id: "armenia" }, alias: "Hayastan", reason: r }] },
      { file: null, ops: [{ op: "add-alias", id: "named", actor: { id: "nobody" }, alias: "x", reason: r }] },
    ]);
    expect(kb.curation.map((s) => [s.opId, s.file, s.op, s.status])).toEqual([
      ["a.yaml#0", "a.yaml", "add-alias", "applied"],
      ["named", null, "add-alias", "unmatched"],
    ]);
  });
});
