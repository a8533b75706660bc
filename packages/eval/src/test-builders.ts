// Small builders of schema objects for the tests: an article, and extracted items with real evidence in it.
import { partialDate } from "@dateline/core/dates";
import { findEvidence } from "@dateline/core/evidence";
import type { GoldArticle } from "@dateline/core/gold";
import { GoldArticleSchema } from "@dateline/core/gold";
import { actorId, placeId } from "@dateline/core/ids";
import type {
  Actor,
  Article,
  ArticleExtraction,
  Event,
  EventStatus,
  EventType,
  Evidence,
  ExtractedEvent,
  Figure,
  KnowledgeBase,
  Place,
  Quote,
  ResolvedDate,
} from "@dateline/core/schema";

export function article(id: string, text: string): Article {
  return {
    id,
    source: `${id}.txt`,
    format: "txt",
    text,
    sha256: "0".repeat(64),
    title: null,
    outlet: null,
    author: null,
    url: null,
    published: null,
    updated: null,
    dateline: null,
    language: "en",
    metaEvidence: {},
    missing: {},
    inferredPublished: null,
    warnings: [],
  };
}

/** Evidence for words that must be in the text: a test with a typo fails loudly instead of scoring nothing. */
export function evidence(a: Article, exact: string): Evidence {
  const ev = findEvidence(a.id, a.text, exact);
  if (!ev) throw new Error(`'${exact}' is not in the text of ${a.id}`);
  return ev;
}

export function actor(a: Article, name: string, aliases: string[] = []): Actor {
  const mention = [name, ...aliases].find((n) => a.text.includes(n)) ?? name;
  return {
    id: actorId(name),
    name,
    kind: "person",
    aliases: aliases.map((alias) => ({ name: alias, articles: [a.id] })),
    roles: [],
    affiliations: [],
    mentions: [evidence(a, mention)],
  };
}

export function place(a: Article, name: string): Place {
  return { id: placeId(name), name, kind: "city", aliases: [], mentions: [evidence(a, name)] };
}

function resolved(value: string): ResolvedDate {
  return {
    ...partialDate(value),
    text: value,
    anchor: { kind: "stated", value: null },
    explanation: "test",
    inferred: false,
    weekday: null,
    evidence: null,
  };
}

export function event(
  a: Article,
  n: number,
  type: EventType,
  exact: string,
  date: string | null,
  status: EventStatus = "occurred",
): ExtractedEvent {
  return {
    id: `${a.id}#e${n}`,
    type,
    title: exact,
    status,
    background: false,
    date: date === null ? null : resolved(date),
    when: null,
    placeId: null,
    participants: [],
    wording: exact,
    framing: [],
    evidence: [evidence(a, exact)],
  };
}

export function quote(
  a: Article,
  n: number,
  words: string,
  speakerId: string | null,
  speakerText: string | null = null,
): Quote {
  return {
    id: `${a.id}#q${n}`,
    articleId: a.id,
    speakerId,
    speakerText,
    text: words,
    delivery: null,
    eventId: null,
    evidence: evidence(a, words),
  };
}

export function figure(a: Article, n: number, value: number, exact: string): Figure {
  return {
    id: `${a.id}#f${n}`,
    articleId: a.id,
    value,
    qualifier: "exact",
    counts: "people",
    text: exact,
    eventId: null,
    evidence: evidence(a, exact),
  };
}

export function extraction(a: Article, parts: Partial<ArticleExtraction> = {}): ArticleExtraction {
  return {
    articleId: a.id,
    extractor: { name: "test", version: "0" },
    article: a,
    sentences: [],
    actors: [],
    places: [],
    dates: [],
    events: [],
    quotes: [],
    figures: [],
    warnings: [],
    ...parts,
  };
}

/** A KB event holding one report per (article, extracted event). */
export function kbEvent(id: string, reports: { a: Article; ev: ExtractedEvent }[]): Event {
  const first = reports[0]!.ev;
  return {
    id,
    type: first.type,
    title: first.title,
    status: first.status,
    background: false,
    date: first.date,
    placeId: null,
    participants: [],
    reports: reports.map(({ a, ev }) => ({
      articleId: a.id,
      extractedId: ev.id,
      date: ev.date,
      when: null,
      status: ev.status,
      participants: [],
      placeId: null,
      wording: ev.wording,
      framing: [],
      evidence: ev.evidence,
    })),
  };
}

export function knowledgeBase(parts: Partial<KnowledgeBase>): KnowledgeBase {
  return {
    schemaVersion: 1,
    articles: [],
    actors: [],
    places: [],
    events: [],
    quotes: [],
    figures: [],
    conflicts: [],
    suggestions: [],
    curation: [],
    ...parts,
  };
}

/** Gold written as plain data and filled with the schema's defaults, as loadGoldDir would give it. */
export function gold(input: unknown): GoldArticle {
  return GoldArticleSchema.parse(input);
}
