// Article spans from a small hand-written KB: every kind of evidence, re-anchored when offsets drift, sorted.
import { sampleKnowledgeBase } from "@dateline/core/fixtures/knowledge-base";
import type { KnowledgeBase } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { compareSpans, spansByArticle } from "./spans";

const kb = sampleKnowledgeBase;
const article = kb.articles[0]!;

describe("spansByArticle", () => {
  it("gives a span for each piece of evidence, slicing to its words, in reading order", () => {
    const spans = spansByArticle(kb).get(article.id)!;
    const blinken = spans.find((s) => s.kind === "actor" && s.targetId === "antony-blinken")!;
    expect(article.text.slice(blinken.start, blinken.end)).toBe("Antony Blinken");
    expect(spans.map((s) => s.kind)).toEqual(expect.arrayContaining(["actor", "role", "place", "event", "meta"]));
    expect([...spans].sort(compareSpans)).toEqual(spans);
    const keys = spans.map((s) => `${s.start}:${s.end}:${s.kind}:${s.targetId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("finds a span again by its words when the offsets have drifted, and drops one whose words are gone", () => {
    const shifted = structuredClone(kb) as KnowledgeBase;
    const actor = shifted.actors[0]!;
    const mention = actor.mentions[0]!;
    actor.mentions = [
      { ...mention, start: mention.start + 3, end: mention.end + 3 },
      { ...mention, exact: "Hillary Clinton", start: 0, end: 15 },
    ];
    const spans = spansByArticle(shifted)
      .get(article.id)!
      .filter((s) => s.kind === "actor");
    expect(spans).toEqual([{ start: mention.start, end: mention.end, kind: "actor", targetId: actor.id }]);
  });

  it("ignores evidence that points at an article the KB does not hold", () => {
    const stray = structuredClone(kb) as KnowledgeBase;
    stray.actors[0]!.mentions[0]!.articleId = "elsewhere";
    expect(spansByArticle(stray).has("elsewhere")).toBe(false);
  });
});
