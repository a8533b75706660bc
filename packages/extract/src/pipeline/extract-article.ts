// The rule-based pipeline: parse → analyse → entities, dates, figures → quotes → events, each stage timed on request.
import type { ArticleExtraction } from "@dateline/core/schema";
import { findEntities } from "../entities/index";
import { findEvents } from "../events/find-events";
import { findFigures } from "../figures/index";
import { analyze } from "../nlp/analyze";
import { parseArticle } from "../parse/index";
import { findQuotes } from "../quotes/index";
import { findDates } from "../temporal/index";
import type { DocContext, RawInput } from "../types";
import { linkFigures, linkQuotes } from "./link-to-events";

/** Bump whenever the same input would give a different extraction. */
export const EXTRACTOR_VERSION = "0.9.180";

export type Stage = "parse" | "analyze" | "entities" | "dates" | "figures" | "quotes" | "events";

/**
 * Called after each stage with the CPU time it took (ms) — CPU rather than wall time, so a busy machine does
 * not inflate it. Only when a caller (the bench) asks.
 */
export type StageTimer = (stage: Stage, ms: number) => void;

function timed<T>(timer: StageTimer | undefined, stage: Stage, run: () => T): T {
  if (!timer) return run();
  const start = process.cpuUsage();
  const out = run();
  const used = process.cpuUsage(start);
  timer(stage, (used.user + used.system) / 1000);
  return out;
}

/**
 * One input → its ArticleExtraction: synchronous and deterministic. Throws InputError for input that is not
 * an article (empty, binary, too large); anything odd but readable is kept as a warning.
 */
export function extractArticle(input: RawInput, timer?: StageTimer): ArticleExtraction {
  const { article, body } = timed(timer, "parse", () => parseArticle(input));
  const analysis = timed(timer, "analyze", () => analyze(article.text, body));
  const ctx: DocContext = { articleId: article.id, text: article.text, article, body, analysis };
  const entities = timed(timer, "entities", () => findEntities(ctx));
  const dates = timed(timer, "dates", () => findDates(ctx));
  const figures = timed(timer, "figures", () => findFigures(ctx));
  const quotes = timed(timer, "quotes", () => findQuotes(ctx, entities));
  const events = timed(timer, "events", () => findEvents(ctx, entities, dates));
  const sentences = analysis.sentences.map((s) => ({ start: s.start, end: s.end }));
  return {
    articleId: article.id,
    extractor: { name: "rules", version: EXTRACTOR_VERSION },
    article,
    sentences,
    actors: entities.actors,
    places: entities.places,
    dates,
    events,
    quotes: linkQuotes(quotes, events, sentences),
    figures: linkFigures(figures, events, sentences),
    warnings: [...article.warnings],
  };
}
