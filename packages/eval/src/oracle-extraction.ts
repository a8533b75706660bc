// An ArticleExtraction built from gold alone: a perfect extractor, so linking can be measured without extraction errors.
import { partialDate } from "@dateline/core/dates";
import { findEvidence, makeEvidence } from "@dateline/core/evidence";
import type { GoldArticle } from "@dateline/core/gold";
import { actorId, placeId } from "@dateline/core/ids";
import type {
  Actor,
  Article,
  ArticleExtraction,
  Evidence,
  ExtractedEvent,
  Figure,
  Place,
  Quote,
  ResolvedDate,
} from "@dateline/core/schema";

export const ORACLE_EXTRACTOR = { name: "gold-oracle", version: "1" } as const;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where a name first stands in the text, ignoring case (gold aliases are compared without case). */
function findName(article: Article, name: string): Evidence | null {
  const m = new RegExp(escapeRegExp(name), "iu").exec(article.text);
  return m ? makeEvidence(article.id, article.text, m.index, m.index + m[0].length) : null;
}

/** The quoted words where a quotation mark opens them, else their first occurrence ("commitment" may stand inside a longer quote). */
function findQuoted(article: Article, words: string): Evidence | null {
  let first: number | null = null;
  for (let at = article.text.indexOf(words); at >= 0; at = article.text.indexOf(words, at + 1)) {
    first ??= at;
    if (/[“"«'‘]/.test(article.text[at - 1] ?? ""))
      return makeEvidence(article.id, article.text, at, at + words.length);
  }
  return first === null ? null : makeEvidence(article.id, article.text, first, first + words.length);
}

function goldDate(value: string | null, evidence: Evidence | null): ResolvedDate | null {
  if (value === null) return null;
  return {
    ...partialDate(value),
    text: evidence?.exact ?? value,
    anchor: { kind: "stated", value: null },
    explanation: `gold annotation: ${value}`,
    inferred: false,
    weekday: null,
    evidence,
  };
}

/**
 * What a perfect extractor would give for this article: the gold actors, places, events, quotes and
 * figures with evidence in the article's text. An actor or place none of whose names is in the text
 * (a joint mention: "the Armenian and Azeri foreign ministries") takes the evidence of an event it
 * takes part in; one with no evidence at all is left out and said so in `warnings`.
 */
export function goldToExtraction(gold: GoldArticle, article: Article): ArticleExtraction {
  if (gold.article !== article.id) throw new Error(`gold is for '${gold.article}', the article is '${article.id}'`);
  const warnings: string[] = [];
  const find = (words: string) => findEvidence(article.id, article.text, words);
  const eventEvidence = gold.events.map((e) => find(e.evidence));
  const evidenceOfParty = (name: string) =>
    gold.events.flatMap((e, i) => (e.participants.includes(name) || e.place === name ? [eventEvidence[i]] : []))[0] ??
    null;
  const mentionOf = (kind: string, name: string, aliases: readonly string[]) => {
    const found =
      [name, ...aliases].map((n) => findName(article, n)).find((e) => e !== null) ?? evidenceOfParty(name) ?? null;
    if (!found) warnings.push(`${kind} ${name}: no words of the article name it`);
    return found;
  };

  const actors: Actor[] = gold.actors.flatMap((a) => {
    const mention = mentionOf("actor", a.name, a.aliases);
    if (!mention) return [];
    const roles = a.roles.flatMap((title) => {
      const ev = findName(article, title);
      return ev ? [{ title, articles: [article.id], evidence: [ev] }] : [];
    });
    const aliases = a.aliases.map((name) => ({ name, articles: [article.id] }));
    return [{ id: actorId(a.name), name: a.name, kind: a.kind, aliases, roles, affiliations: [], mentions: [mention] }];
  });
  const places: Place[] = gold.places.flatMap((p) => {
    const mention = mentionOf("place", p.name, p.aliases);
    if (!mention) return [];
    const aliases = p.aliases.map((name) => ({ name, articles: [article.id] }));
    return [{ id: placeId(p.name), name: p.name, kind: p.kind, aliases, mentions: [mention] }];
  });
  const events: ExtractedEvent[] = gold.events.flatMap((e, i) => {
    const ev = eventEvidence[i];
    if (!ev) {
      warnings.push(`event ${e.key}: its evidence is not in the text`);
      return [];
    }
    return [
      {
        id: `${article.id}#e${i + 1}`,
        type: e.type,
        title: e.key,
        status: e.status,
        background: e.background,
        date: goldDate(e.date, ev),
        when: null,
        placeId: e.place === null ? null : placeId(e.place),
        participants: e.participants.map((p, n) => ({ actorId: actorId(p), role: n === 0 ? "agent" : "counterpart" })),
        wording: ev.exact,
        framing: [],
        evidence: [ev],
      },
    ];
  });
  // A quote or figure inside an event's evidence belongs to that event, as an extractor would tie it.
  const eventAround = (ev: Evidence) =>
    events.find((e) => e.evidence.some((x) => x.start <= ev.start && ev.end <= x.end))?.id ?? null;
  const quotes: Quote[] = gold.quotes.flatMap((q, i) => {
    const ev = findQuoted(article, q.text);
    if (!ev) return [];
    const speakerId = q.speaker === null ? null : actorId(q.speaker);
    return [
      {
        id: `${article.id}#q${i + 1}`,
        articleId: article.id,
        speakerId,
        speakerText: q.speaker,
        text: q.text,
        delivery: null,
        eventId: eventAround(ev),
        evidence: ev,
      },
    ];
  });
  const figures: Figure[] = gold.figures.flatMap((f, i) => {
    const ev = find(f.evidence);
    if (!ev) return [];
    return [
      {
        id: `${article.id}#f${i + 1}`,
        articleId: article.id,
        value: f.value,
        qualifier: "exact",
        counts: f.counts,
        text: ev.exact,
        eventId: eventAround(ev),
        evidence: ev,
      },
    ];
  });
  return {
    articleId: article.id,
    extractor: { ...ORACLE_EXTRACTOR },
    article,
    sentences: [],
    actors,
    places,
    dates: [],
    events,
    quotes,
    figures,
    warnings,
  };
}
