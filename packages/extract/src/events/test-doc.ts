// Hand-made inputs for event tests: a text, the actors and places named in it, and its date phrases.
import { partialDate } from "@dateline/core/dates";
import { makeEvidence } from "@dateline/core/evidence";
import type { Actor, ActorKind, Article, Place, TemporalExpression, Weekday } from "@dateline/core/schema";
import { analyze } from "../nlp/analyze";
import type { DocContext, EntityResult, Mention } from "../types";

export interface Named {
  id: string;
  /** Every way the text names it; each occurrence becomes a mention. */
  names: string[];
  kind: ActorKind | "place";
  affiliations?: string[];
  /** Names that are demonyms ("Azerbaijani"). */
  demonyms?: string[];
  /** Roles as stated ("Prime Minister"), each given the first mention as evidence. */
  roles?: string[];
}

export interface DatePhrase {
  text: string;
  value: string | null;
  weekday?: Weekday;
}

const ID = "t";

export function docFor(text: string, published: string | null = "2023-11-28"): DocContext {
  const article: Article = {
    id: ID,
    source: "t.txt",
    format: "txt",
    text,
    sha256: "0".repeat(64),
    title: null,
    outlet: null,
    author: null,
    url: null,
    published: published ? partialDate(published) : null,
    updated: null,
    dateline: null,
    language: "en",
    metaEvidence: {},
    missing: {},
    inferredPublished: null,
    warnings: [],
  };
  return { articleId: ID, text, article, body: [{ start: 0, end: text.length }], analysis: analyze(text) };
}

function occurrences(text: string, words: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<!\\p{L})${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "gu");
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}

export function entitiesFor(text: string, named: Named[]): EntityResult {
  const mentions: Mention[] = [];
  const actors: Actor[] = [];
  const places: Place[] = [];
  for (const n of named) {
    const found: Mention[] = n.names.flatMap((name) =>
      occurrences(text, name).map((start) => ({
        start,
        end: start + name.length,
        entityId: n.id,
        entity: n.kind === "place" ? ("place" as const) : ("actor" as const),
        via: n.demonyms?.includes(name) ? ("demonym" as const) : ("name" as const),
      })),
    );
    if (found.length === 0) continue;
    mentions.push(...found);
    const evidence = found.map((m) => makeEvidence(ID, text, m.start, m.end));
    if (n.kind === "place")
      places.push({ id: n.id, name: n.names[0]!, kind: "region", aliases: [], mentions: evidence });
    else
      actors.push({
        id: n.id,
        name: n.names[0]!,
        kind: n.kind,
        aliases: [],
        roles: (n.roles ?? []).map((title) => ({ title, articles: [ID], evidence: evidence.slice(0, 1) })),
        affiliations: n.affiliations ?? [],
        mentions: evidence,
      });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { actors, places, mentions };
}

export function datesFor(text: string, phrases: DatePhrase[]): TemporalExpression[] {
  return phrases.flatMap((p) =>
    occurrences(text, p.text).map((start): TemporalExpression => {
      const evidence = makeEvidence(ID, text, start, start + p.text.length);
      const date = p.value
        ? {
            ...partialDate(p.value),
            text: p.text,
            anchor: { kind: "stated" as const, value: null },
            explanation: "given by the test",
            inferred: false,
            weekday: p.weekday ?? null,
            evidence,
          }
        : null;
      return { text: p.text, evidence, date, weekday: p.weekday ?? null, explanation: "given by the test" };
    }),
  );
}
