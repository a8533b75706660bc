// `dateline eval`: scores the raw extractor, and the linked knowledge base, against the hand-made gold.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ArticleExtraction } from "@dateline/core/schema";
import {
  formatDetails,
  formatKbScores,
  formatScores,
  loadGoldDir,
  scoreExtractions,
  scoreKnowledgeBase,
} from "@dateline/eval";
import { extractArticle } from "@dateline/extract";
import { InputError } from "@dateline/extract/parse";
import { collectInputs, loadCurationDir } from "@dateline/ingest";
import { buildKnowledgeBase } from "@dateline/kb";
import { CliError } from "../errors";
import { parseChoice } from "../io/args";
import { color, line, printJson } from "../io/output";

export const EVAL_SETS = ["seeds", "eval", "all"] as const;

interface EvalSet {
  name: string;
  articles: string;
  gold: string;
  /** Curation is reviewed for the seed corpus only; held-out articles are scored as extracted. */
  curated: boolean;
}

async function extractAll(dir: string): Promise<ArticleExtraction[]> {
  const { files } = await collectInputs([dir]);
  const out: ArticleExtraction[] = [];
  for (const file of files) {
    try {
      out.push(extractArticle({ path: file.source, content: await file.read() }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
  }
  return out;
}

async function evaluate(set: EvalSet, curationDir: string, details: boolean) {
  if (!existsSync(set.gold)) throw new CliError(`no gold annotations in ${set.gold}`);
  const { articles: golds, corpus } = loadGoldDir(set.gold);
  const extractions = await extractAll(set.articles);
  const scores = scoreExtractions(golds, extractions);
  const raw = scoreKnowledgeBase(golds, corpus, buildKnowledgeBase(extractions));
  const curation = set.curated ? await loadCurationDir(curationDir) : [];
  const curated = curation.length ? scoreKnowledgeBase(golds, corpus, buildKnowledgeBase(extractions, curation)) : null;
  return { set, scores, raw, curated, details: details ? formatDetails(scores) : null };
}

export async function evalCommand(flags: {
  data: string;
  set: string;
  curation: string;
  details?: boolean;
  json?: boolean;
}) {
  const which = parseChoice("--set", flags.set, EVAL_SETS);
  const sets: EvalSet[] = [
    { name: "seeds", articles: join(flags.data, "articles"), gold: join(flags.data, "gold"), curated: true },
    {
      name: "eval",
      articles: join(flags.data, "eval", "articles"),
      gold: join(flags.data, "eval", "gold"),
      curated: false,
    },
  ].filter((s) => which === "all" || s.name === which);
  const results = [];
  for (const set of sets) results.push(await evaluate(set, flags.curation, Boolean(flags.details)));
  if (flags.json) {
    printJson(
      results.map((r) => ({ set: r.set.name, extraction: r.scores.total, linking: r.raw, curated: r.curated })),
    );
    return 0;
  }
  for (const r of results) {
    line(color.bold(`== ${r.set.name}: ${r.set.articles} against ${r.set.gold}`));
    line(formatScores(r.scores, r.raw).trimEnd());
    if (r.curated) {
      line();
      line("after the reviewed curation in data/curation:");
      line(formatKbScores(r.curated).join("\n"));
    }
    if (r.details) {
      line();
      line(r.details.trimEnd());
    }
    line();
  }
  return 0;
}
