// Scores one article's extraction against its gold, and a corpus of them with micro-averaged totals.
import type { GoldActor, GoldArticle, GoldPlace } from "@dateline/core/gold";
import { actorId } from "@dateline/core/ids";
import type { Actor, ArticleExtraction, Place, Quote } from "@dateline/core/schema";
import { matchOneToOne } from "./matching";
import { type Accuracy, accuracy, type Prf, prf, sumAccuracy, sumPrf } from "./metrics";
import { extractedNames, goldNames, intersects, normaliseName } from "./names";
import { bestOverlap, evidenceSpans, occurrences } from "./spans";

export interface ScoreRows {
  actors: Prf;
  places: Prf;
  /** Events matched by overlapping evidence alone. */
  events: Prf;
  /** Events matched by overlapping evidence and the same type. */
  eventsStrict: Prf;
  /** Over events matched by evidence: the date value is the gold value (null for null counts). */
  dates: Accuracy;
  /** Over events matched by evidence: occurred / planned / cancelled as gold says. */
  statuses: Accuracy;
  /** Quotes matched by overlapping text. */
  quotes: Prf;
  /** Over matched quotes: the speaker is the gold speaker (null for null counts). */
  speakers: Accuracy;
  /** Figures matched by value and overlapping evidence. */
  figures: Prf;
}

export interface ArticleScores extends ScoreRows {
  articleId: string;
}

export interface CorpusScores {
  articles: ArticleScores[];
  total: ScoreRows;
  /** Gold articles with no extraction: scored as if nothing was found. */
  missing: string[];
  /** Extractions with no gold: not scored. */
  unscored: string[];
}

/** Actors or places: one found item per gold item, matched when any of their names agree. */
function matchNamed(gold: readonly (GoldActor | GoldPlace)[], found: readonly (Actor | Place)[]): Prf {
  const foundNames = found.map(extractedNames);
  const weights = gold.map((g) => {
    const names = goldNames(g);
    return foundNames.map((f) => (intersects(names, f) ? 1 : 0));
  });
  const matched = matchOneToOne(weights, found.length).filter((j) => j >= 0).length;
  return prf(matched, gold.length, found.length);
}

function scoreEvents(gold: GoldArticle, ex: ArticleExtraction, text: string) {
  const goldSpans = gold.events.map((e) => occurrences(text, e.evidence));
  const exSpans = ex.events.map((e) => evidenceSpans(text, e.evidence));
  const loose = goldSpans.map((g) => exSpans.map((x) => bestOverlap(g, x)));
  const strict = loose.map((row, i) => row.map((w, j) => (ex.events[j]?.type === gold.events[i]?.type ? w : 0)));
  const looseMatch = matchOneToOne(loose, ex.events.length);
  const strictMatch = matchOneToOne(strict, ex.events.length);
  let judged = 0;
  let datesRight = 0;
  let statusesRight = 0;
  looseMatch.forEach((j, i) => {
    const found = ex.events[j];
    const want = gold.events[i];
    if (!found || !want) return;
    judged++;
    if ((found.date?.value ?? null) === want.date) datesRight++;
    if (found.status === want.status) statusesRight++;
  });
  const count = (m: number[]) => m.filter((j) => j >= 0).length;
  return {
    events: prf(count(looseMatch), gold.events.length, ex.events.length),
    eventsStrict: prf(count(strictMatch), gold.events.length, ex.events.length),
    dates: accuracy(datesRight, judged),
    statuses: accuracy(statusesRight, judged),
  };
}

/** Quote spans: the evidence where it still stands in the text, else the quoted words themselves. */
function quoteSpans(text: string, q: Quote) {
  const spans = evidenceSpans(text, [q.evidence]);
  return spans.length > 0 ? spans : occurrences(text, q.text);
}

function speakerRight(gold: GoldArticle, speaker: string | null, q: Quote, actors: readonly Actor[]): boolean {
  if (speaker === null) return q.speakerId === null;
  if (q.speakerId === actorId(speaker)) return true;
  const goldActor = gold.actors.find((a) => a.name === speaker);
  const names = goldActor ? goldNames(goldActor) : new Set([normaliseName(speaker)]);
  const actor = actors.find((a) => a.id === q.speakerId);
  if (actor && intersects(names, extractedNames(actor))) return true;
  return q.speakerId !== null && q.speakerText !== null && names.has(normaliseName(q.speakerText));
}

function scoreQuotes(gold: GoldArticle, ex: ArticleExtraction, text: string) {
  const exSpans = ex.quotes.map((q) => quoteSpans(text, q));
  const weights = gold.quotes.map((g) => {
    const spans = occurrences(text, g.text);
    return exSpans.map((x) => bestOverlap(spans, x));
  });
  const match = matchOneToOne(weights, ex.quotes.length);
  let right = 0;
  let judged = 0;
  match.forEach((j, i) => {
    const q = ex.quotes[j];
    const g = gold.quotes[i];
    if (!q || !g) return;
    judged++;
    if (speakerRight(gold, g.speaker, q, ex.actors)) right++;
  });
  return {
    quotes: prf(judged, gold.quotes.length, ex.quotes.length),
    speakers: accuracy(right, judged),
  };
}

function scoreFigures(gold: GoldArticle, ex: ArticleExtraction, text: string): Prf {
  const weights = gold.figures.map((g) => {
    const spans = occurrences(text, g.evidence);
    return ex.figures.map((f) => (f.value === g.value ? bestOverlap(spans, evidenceSpans(text, [f.evidence])) : 0));
  });
  const matched = matchOneToOne(weights, ex.figures.length).filter((j) => j >= 0).length;
  return prf(matched, gold.figures.length, ex.figures.length);
}

/** How far one extraction agrees with the gold of its article. Spans are located in the extraction's article text. */
export function scoreExtraction(gold: GoldArticle, ex: ArticleExtraction): ArticleScores {
  if (gold.article !== ex.articleId) {
    throw new Error(`gold is for article '${gold.article}' but the extraction is for '${ex.articleId}'`);
  }
  const text = ex.article.text;
  return {
    articleId: gold.article,
    actors: matchNamed(gold.actors, ex.actors),
    places: matchNamed(gold.places, ex.places),
    ...scoreEvents(gold, ex, text),
    ...scoreQuotes(gold, ex, text),
    figures: scoreFigures(gold, ex, text),
  };
}

/** Nothing found: what an article scores when the extractor gave nothing for it. */
function scoreNothing(gold: GoldArticle): ArticleScores {
  const none = (n: number) => prf(0, n, 0);
  return {
    articleId: gold.article,
    actors: none(gold.actors.length),
    places: none(gold.places.length),
    events: none(gold.events.length),
    eventsStrict: none(gold.events.length),
    dates: accuracy(0, 0),
    statuses: accuracy(0, 0),
    quotes: none(gold.quotes.length),
    speakers: accuracy(0, 0),
    figures: none(gold.figures.length),
  };
}

export function totalScores(articles: readonly ScoreRows[]): ScoreRows {
  return {
    actors: sumPrf(articles.map((a) => a.actors)),
    places: sumPrf(articles.map((a) => a.places)),
    events: sumPrf(articles.map((a) => a.events)),
    eventsStrict: sumPrf(articles.map((a) => a.eventsStrict)),
    dates: sumAccuracy(articles.map((a) => a.dates)),
    statuses: sumAccuracy(articles.map((a) => a.statuses)),
    quotes: sumPrf(articles.map((a) => a.quotes)),
    speakers: sumAccuracy(articles.map((a) => a.speakers)),
    figures: sumPrf(articles.map((a) => a.figures)),
  };
}

/** Scores every gold article against the extraction with its id; totals are micro-averaged over all items. */
export function scoreExtractions(
  golds: readonly GoldArticle[],
  extractions: readonly ArticleExtraction[],
): CorpusScores {
  const byId = new Map(extractions.map((e) => [e.articleId, e]));
  const goldIds = new Set(golds.map((g) => g.article));
  const articles = golds.map((g) => {
    const ex = byId.get(g.article);
    return ex ? scoreExtraction(g, ex) : scoreNothing(g);
  });
  return {
    articles,
    total: totalScores(articles),
    missing: golds.filter((g) => !byId.has(g.article)).map((g) => g.article),
    unscored: extractions.filter((e) => !goldIds.has(e.articleId)).map((e) => e.articleId),
  };
}
