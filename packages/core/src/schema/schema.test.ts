import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sampleKnowledgeBase } from "../fixtures/knowledge-base";
import { CurationFileSchema } from "./curation";
import {
  ActorListItemSchema,
  actorListItem,
  LIST_ARTICLES,
  LIST_MENTIONS,
  PlaceListItemSchema,
  placeListItem,
} from "./entities";
import { EventListItemSchema, eventListItem, LIST_REPORTS } from "./event";
import { EvidenceSchema } from "./evidence";
import { KnowledgeBaseSchema } from "./knowledge-base";

const clone = <T>(x: T): T => structuredClone(x);
const messages = (r: { success: boolean; error?: z.ZodError }) => (r.error ? z.prettifyError(r.error) : "");

describe("KnowledgeBaseSchema", () => {
  it("accepts a realistic hand-written document", () => {
    const r = KnowledgeBaseSchema.safeParse(sampleKnowledgeBase);
    expect(messages(r)).toBe("");
    expect(r.success).toBe(true);
  });

  it("rejects an actor without evidence, naming the path", () => {
    const kb = clone(sampleKnowledgeBase);
    kb.actors[0]!.mentions = [];
    const r = KnowledgeBaseSchema.safeParse(kb);
    expect(r.success).toBe(false);
    expect(messages(r)).toContain("nothing enters the knowledge base without evidence");
    expect(messages(r)).toContain("actors[0].mentions");
  });

  it("rejects an invented date format and an unknown event type", () => {
    const kb = clone(sampleKnowledgeBase) as unknown as { events: Array<Record<string, unknown>> };
    (kb.events[0]!.date as Record<string, unknown>).value = "27/11/2023";
    kb.events[0]!.type = "phonecall";
    const text = messages(KnowledgeBaseSchema.safeParse(kb));
    expect(text).toContain("expected YYYY-MM-DD, YYYY-MM, YYYY, YYY0s, --MM-DD or --MM");
    expect(text).toContain("events[0].type");
  });

  it("rejects evidence whose offsets disagree with its words", () => {
    const r = EvidenceSchema.safeParse({ articleId: "a", start: 3, end: 5, exact: "abc", prefix: "", suffix: "" });
    expect(messages(r)).toContain("end - start must equal the length of exact");
  });

  it("rejects an event with no report and a wrong schema version", () => {
    const kb = clone(sampleKnowledgeBase) as unknown as Record<string, unknown> & { events: Array<{ reports: [] }> };
    kb.events[0]!.reports = [];
    kb.schemaVersion = 2;
    const text = messages(KnowledgeBaseSchema.safeParse(kb));
    expect(text).toContain("an event is told by at least one article");
    expect(text).toContain("schemaVersion");
  });
});

describe("EventListItemSchema", () => {
  it("embeds the first reports of an event told many times and counts all of them", () => {
    const event = clone(sampleKnowledgeBase.events[0]!);
    const one = event.reports[0]!;
    const ev = one.evidence[0]!;
    event.reports = ["a00001", "a00002", "a00002", "a00003", "a00004"].map((articleId, i) => ({
      ...clone(one),
      articleId,
      extractedId: `${articleId}#e${i}`,
      when: i === 3 ? { text: ev.exact, weekday: null, evidence: ev } : null,
    }));
    const item = eventListItem(event);
    expect(item.reports).toStrictEqual(event.reports.slice(0, LIST_REPORTS));
    expect([item.reportCount, item.sourceCount, item.reportsOmitted]).toEqual([5, 4, 2]);
    expect(item.when).toStrictEqual(event.reports[3]!.when);
    expect(EventListItemSchema.parse(item)).toStrictEqual(item);
    const whole = EventListItemSchema.safeParse({ ...item, reports: event.reports });
    expect(whole.success).toBe(false);
    expect(messages(whole)).toContain("reports");
  });
});

describe("actor and place listing items", () => {
  it("keep every name and role but bound mentions and articles, with the counts of all", () => {
    const actor = clone(sampleKnowledgeBase.actors[0]!);
    const ids = Array.from({ length: 8 }, (_, i) => `00${i}_${"a".repeat(16)}`);
    actor.mentions = ids.flatMap((articleId) => [0, 1].map(() => ({ ...clone(actor.mentions[0]!), articleId })));
    actor.aliases = [{ name: "Someone", articles: ids }, ...actor.aliases];
    actor.roles = [{ title: "Envoy", articles: ids, evidence: actor.mentions.slice(0, 4) }];
    const item = actorListItem(actor);
    expect(item.mentions).toStrictEqual(actor.mentions.slice(0, LIST_MENTIONS));
    expect([item.mentionCount, item.articleCount]).toEqual([16, 8]);
    expect(item.aliases.map((a) => a.name)).toEqual(actor.aliases.map((a) => a.name));
    expect(item.aliases[0]).toStrictEqual({ name: "Someone", articles: ids.slice(0, LIST_ARTICLES), articleCount: 8 });
    expect(item.roles[0]!.evidence).toStrictEqual(actor.mentions.slice(0, 1));
    expect(item.roles[0]!.articleCount).toBe(8);
    expect(ActorListItemSchema.parse(item)).toStrictEqual(item);
    expect(ActorListItemSchema.safeParse({ ...item, mentions: actor.mentions }).success).toBe(false);

    const place = clone(sampleKnowledgeBase.places[0]!);
    const listed = placeListItem(place);
    expect(listed.mentions).toStrictEqual(place.mentions.slice(0, LIST_MENTIONS));
    expect(listed.mentionCount).toBe(place.mentions.length);
    expect(PlaceListItemSchema.parse(listed)).toStrictEqual(listed);
  });
});

describe("CurationFileSchema", () => {
  it("accepts ops naming targets by id or by evidence", () => {
    const r = CurationFileSchema.safeParse({
      ops: [
        { op: "add-alias", actor: { id: "nikol-pashinyan" }, alias: "Pashinian", reason: "transliteration" },
        {
          op: "set-event-date",
          event: { article: "004_fd49d523f050ac8a", exact: "telephoned the leaders" },
          date: "2023-11-27",
          reason: "RFE/RL published on 28 Nov",
        },
      ],
    });
    expect(messages(r)).toBe("");
  });

  it("rejects an unknown op, a missing reason and a stray field, readably", () => {
    const r = CurationFileSchema.safeParse({
      ops: [
        { op: "rename-everything", reason: "x" },
        { op: "add-alias", actor: { id: "x" }, alias: "y" },
        { op: "set-actor-kind", actor: { id: "x" }, kind: "person", reason: "r", colour: "red" },
      ],
    });
    const text = messages(r);
    expect(r.success).toBe(false);
    expect(text).toContain("ops[0].op");
    expect(text).toContain("ops[1].reason");
    expect(text).toContain("colour");
  });
});
