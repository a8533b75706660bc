// Scores one article's extraction against its gold, and a corpus of them with micro-averaged totals.
import { datesCompatible } from "@dateline/core/dates";
import type { GoldArticle } from "@dateline/core/gold";
import { actorId } from "@dateline/core/ids";
import type { Actor, ArticleExtraction, Quote } from "@dateline/core/schema";
import { matchArticle, type Pairing } from "./article-matches";
import { type Accuracy, accuracy, type Prf, prf, sumAccuracy, sumPrf } from "./metrics";
import { extractedNames, goldNames, intersects, normaliseName } from "./names";

export interface ScoreRows {
  actors: Prf;
  places: Prf;
  /** Events matched by overlapping evidence alone. */
  events: Prf;
  /** Events matched by overlapping evidence and the same type. */
  eventsStrict: Prf;
  /** Over events matched by evidence: the date value is the gold value (null for null counts). */
  dates: Accuracy;
  /** Over events matched by evidence: the date could be the gold one (same, or coarser/finer but overlapping). */
  datesCompatible: Accuracy;
  /** Over events matched by evidence: occurred / planned / cancelled as gold says. */
  statuses: Accuracy;
  /** Quotes matched by overlapping text. */
  quotes: Prf;
  /** Over matched quotes: the speaker is the gold speaker (null for null counts). */
  speakers: Accuracy;
  /** Figures matched by value and overlapping evidence. */
  figures: Prf;
}

/** What went wrong, item by item, for reading rather than counting. */
export interface ArticleDetails {
  /** Gold items nothing matched: actor and place names, event keys, quote starts, figure evidence. */
  missed: string[];
  /** Extracted items that match no gold item. */
  spurious: string[];
  /** Matched events whose type, date or status differ, and matched quotes with another speaker. */
  wrong: string[];
  /** Gold words not in the article text (the text was altered, or the gold is stale). */
  unlocated: string[];
}

export interface ArticleScores extends ScoreRows {
  articleId: string;
  details: ArticleDetails;
}

export interface CorpusScores {
  articles: ArticleScores[];
  total: ScoreRows;
  /** Gold articles with no extraction: scored as if nothing was found. */
  missing: string[];
  /** Extractions with no gold: not scored. */
  unscored: string[];
}

const matchedCount = (p: Pairing) => p.filter((j) => j >= 0).length;
/** Extracted items no gold item was paired with. */
const unmatched = <T>(items: readonly T[], pairing: Pairing) => {
  const used = new Set(pairing);
  return items.filter((_, j) => !used.has(j));
};
/** Gold items paired with nothing. */
const unmatchedGold = <T>(items: readonly T[], pairing: Pairing) => items.filter((_, i) => (pairing[i] ?? -1) < 0);

/** A date that could be the gold one: `2023-11` for `2023-11-27` (too coarse) or the reverse; null only for null. */
function sameOrCompatible(found: string | null, want: string | null): boolean {
  if (found === null || want === null) return found === want;
  return datesCompatible(found, want);
}

function speakerRight(gold: GoldArticle, speaker: string | null, q: Quote, actors: readonly Actor[]): boolean {
  if (speaker === null) return q.speakerId === null;
  if (q.speakerId === null) return false;
  if (q.speakerId === actorId(speaker)) return true;
  const goldActor = gold.actors.find((a) => a.name === speaker);
  const names = goldActor ? goldNames(goldActor) : new Set([normaliseName(speaker)]);
  const actor = actors.find((a) => a.id === q.speakerId);
  if (actor && intersects(names, extractedNames(actor))) return true;
  return q.speakerText !== null && names.has(normaliseName(q.speakerText));
}

/** How far one extraction agrees with the gold of its article. Spans are located in the extraction's article text. */
export function scoreExtraction(gold: GoldArticle, ex: ArticleExtraction): ArticleScores {
  if (gold.article !== ex.articleId) {
    throw new Error(`gold is for article '${gold.article}' but the extraction is for '${ex.articleId}'`);
  }
  const m = matchArticle(gold, ex);
  const details: ArticleDetails = { missed: [], spurious: [], wrong: [], unlocated: m.unlocated };

  const tally = { dates: 0, datesCompatible: 0, statuses: 0, events: 0, speakers: 0, quotes: 0 };
  for (const [i, want] of gold.events.entries()) {
    const found = ex.events[m.events[i] ?? -1];
    if (!found) {
      details.missed.push(`event ${want.key}`);
      continue;
    }
    tally.events++;
    const foundDate = found.date?.value ?? null;
    if (sameOrCompatible(foundDate, want.date)) tally.datesCompatible++;
    if (foundDate === want.date) tally.dates++;
    else details.wrong.push(`event ${want.key}: date ${foundDate ?? "null"}, gold ${want.date ?? "null"}`);
    if (found.status === want.status) tally.statuses++;
    else details.wrong.push(`event ${want.key}: status ${found.status}, gold ${want.status}`);
    if (found.type !== want.type) details.wrong.push(`event ${want.key}: type ${found.type}, gold ${want.type}`);
  }
  for (const [i, want] of gold.quotes.entries()) {
    const found = ex.quotes[m.quotes[i] ?? -1];
    if (!found) {
      details.missed.push(`quote '${want.text}'`);
      continue;
    }
    tally.quotes++;
    if (speakerRight(gold, want.speaker, found, ex.actors)) tally.speakers++;
    else
      details.wrong.push(`quote '${want.text}': speaker ${found.speakerId ?? "null"}, gold ${want.speaker ?? "null"}`);
  }
  for (const a of unmatchedGold(gold.actors, m.actors)) details.missed.push(`actor ${a.name}`);
  for (const p of unmatchedGold(gold.places, m.places)) details.missed.push(`place ${p.name}`);
  for (const f of unmatchedGold(gold.figures, m.figures)) details.missed.push(`figure '${f.evidence}'`);
  for (const a of unmatched(ex.actors, m.actors)) details.spurious.push(`actor ${a.name}`);
  for (const p of unmatched(ex.places, m.places)) details.spurious.push(`place ${p.name}`);
  for (const e of unmatched(ex.events, m.events)) details.spurious.push(`event ${e.type} '${e.wording}'`);
  for (const q of unmatched(ex.quotes, m.quotes)) details.spurious.push(`quote '${q.text}'`);
  for (const f of unmatched(ex.figures, m.figures)) details.spurious.push(`figure '${f.text}'`);

  return {
    articleId: gold.article,
    actors: prf(matchedCount(m.actors), gold.actors.length, ex.actors.length),
    places: prf(matchedCount(m.places), gold.places.length, ex.places.length),
    events: prf(tally.events, gold.events.length, ex.events.length),
    eventsStrict: prf(matchedCount(m.eventsStrict), gold.events.length, ex.events.length),
    dates: accuracy(tally.dates, tally.events),
    datesCompatible: accuracy(tally.datesCompatible, tally.events),
    statuses: accuracy(tally.statuses, tally.events),
    quotes: prf(tally.quotes, gold.quotes.length, ex.quotes.length),
    speakers: accuracy(tally.speakers, tally.quotes),
    figures: prf(matchedCount(m.figures), gold.figures.length, ex.figures.length),
    details,
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
    datesCompatible: accuracy(0, 0),
    statuses: accuracy(0, 0),
    quotes: none(gold.quotes.length),
    speakers: accuracy(0, 0),
    figures: none(gold.figures.length),
    details: { missed: ["the whole article: no extraction"], spurious: [], wrong: [], unlocated: [] },
  };
}

export function totalScores(articles: readonly ScoreRows[]): ScoreRows {
  return {
    actors: sumPrf(articles.map((a) => a.actors)),
    places: sumPrf(articles.map((a) => a.places)),
    events: sumPrf(articles.map((a) => a.events)),
    eventsStrict: sumPrf(articles.map((a) => a.eventsStrict)),
    dates: sumAccuracy(articles.map((a) => a.dates)),
    datesCompatible: sumAccuracy(articles.map((a) => a.datesCompatible)),
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
