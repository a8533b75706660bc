// Pairs each gold item of one article with at most one extracted item: names for actors and places, spans for the rest.
import type { GoldActor, GoldArticle, GoldPlace } from "@dateline/core/gold";
import type { Actor, ArticleExtraction, Place, Quote } from "@dateline/core/schema";
import { matchOneToOne } from "./matching";
import { extractedNames, goldNames, intersects } from "./names";
import { bestOverlap, evidenceSpans, occurrences } from "./spans";

/** Outweighs any overlap of characters, so type agreement decides between overlapping candidates. */
const TYPE_BONUS = 1_000_000;

/** For each gold item, the index of its extracted item or -1. */
export type Pairing = number[];

export interface ArticleMatches {
  actors: Pairing;
  places: Pairing;
  /** Events paired by overlapping evidence. */
  events: Pairing;
  /** Events paired by overlapping evidence and the same type. */
  eventsStrict: Pairing;
  quotes: Pairing;
  figures: Pairing;
  /** Gold words that are not in the extraction's article text, so nothing can match them. */
  unlocated: string[];
}

function pairNamed(gold: readonly (GoldActor | GoldPlace)[], found: readonly (Actor | Place)[]): Pairing {
  const foundNames = found.map(extractedNames);
  const weights = gold.map((g) => {
    const names = goldNames(g);
    return foundNames.map((f) => (intersects(names, f) ? 1 : 0));
  });
  return matchOneToOne(weights, found.length);
}

/** Quote spans: the evidence where it still stands in the text, else the quoted words themselves. */
function quoteSpans(text: string, q: Quote) {
  const spans = evidenceSpans(text, [q.evidence]);
  return spans.length > 0 ? spans : occurrences(text, q.text);
}

export function matchArticle(gold: GoldArticle, ex: ArticleExtraction): ArticleMatches {
  const text = ex.article.text;
  const unlocated: string[] = [];
  const locate = (what: string, words: string) => {
    const spans = occurrences(text, words);
    if (spans.length === 0) unlocated.push(`${what} '${words}'`);
    return spans;
  };

  const eventSpans = ex.events.map((e) => evidenceSpans(text, e.evidence));
  const overlaps = gold.events.map((e) => {
    const spans = locate(`event ${e.key}`, e.evidence);
    return eventSpans.map((x) => bestOverlap(spans, x));
  });
  const sameType = (i: number, j: number) => ex.events[j]?.type === gold.events[i]?.type;
  // Two events told in one sentence overlap the same extracted spans; the one of the same type is the partner.
  const loose = overlaps.map((row, i) => row.map((w, j) => (w > 0 && sameType(i, j) ? w + TYPE_BONUS : w)));
  const strict = overlaps.map((row, i) => row.map((w, j) => (sameType(i, j) ? w : 0)));

  const found = ex.quotes.map((q) => quoteSpans(text, q));
  const quoteWeights = gold.quotes.map((q) => {
    const spans = locate("quote", q.text);
    return found.map((x) => bestOverlap(spans, x));
  });

  const figureWeights = gold.figures.map((g) => {
    const spans = locate("figure", g.evidence);
    return ex.figures.map((f) => (f.value === g.value ? bestOverlap(spans, evidenceSpans(text, [f.evidence])) : 0));
  });

  return {
    actors: pairNamed(gold.actors, ex.actors),
    places: pairNamed(gold.places, ex.places),
    events: matchOneToOne(loose, ex.events.length),
    eventsStrict: matchOneToOne(strict, ex.events.length),
    quotes: matchOneToOne(quoteWeights, ex.quotes.length),
    figures: matchOneToOne(figureWeights, ex.figures.length),
    unlocated,
  };
}
