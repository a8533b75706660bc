// Ingest: extract what is new or changed, reuse what is not, re-link everything, and swap the KB in atomically.
import { availableParallelism } from "node:os";
import type { ArticleExtraction, CurationStatus, KnowledgeBase } from "@dateline/core/schema";
import { EXTRACTOR_VERSION } from "@dateline/extract";
import { parseArticle } from "@dateline/extract/parse";
import { buildKnowledgeBase, type LoadedCuration } from "@dateline/kb";
import type { Store } from "@dateline/store";
import type { InputFile, Skipped } from "./collect-inputs";
import { describeFsError } from "./collect-inputs";
import { type Extractor, inProcessExtractor, isInputError, workerExtractor } from "./extract-pool";
import { mapInOrder } from "./map-in-order";

export interface IngestProgress {
  done: number;
  total: number;
  source: string;
}

export interface IngestOptions {
  store: Store;
  files: readonly InputFile[];
  curation: readonly LoadedCuration[];
  onProgress?: (p: IngestProgress) => void;
  /**
   * Worker threads extracting at once (default: one per core, fewer for a small ingest). 1 extracts on this
   * thread. The result is the same whatever the number: outcomes are taken in input order.
   */
  jobs?: number;
}

export interface IngestReport {
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Stored articles re-extracted because the extractor changed since they were ingested. */
  reextracted: string[];
  skipped: Skipped[];
  curation: CurationStatus[];
  kb: KnowledgeBase;
}

type Outcome =
  | { kind: "added" | "updated" | "unchanged"; extraction: ArticleExtraction }
  | { kind: "skipped"; skipped: Skipped };

async function ingestOne(
  store: Store,
  extractor: Extractor,
  file: InputFile,
  previous: Map<string, string>,
): Promise<Outcome> {
  let content: Uint8Array;
  try {
    content = await file.read();
  } catch (error) {
    return { kind: "skipped", skipped: { source: file.source, reason: describeFsError(error) } };
  }
  const input = { path: file.source === "stdin" ? null : file.source, content };
  try {
    const { article } = parseArticle(input);
    const before = previous.get(article.id);
    if (before === article.sha256) {
      const cached = await store.getExtraction(article.id, article.sha256, EXTRACTOR_VERSION);
      if (cached) return { kind: "unchanged", extraction: cached };
    }
    return { kind: before === undefined ? "added" : "updated", extraction: await extractor.extract(input) };
  } catch (error) {
    if (isInputError(error)) return { kind: "skipped", skipped: { source: file.source, reason: error.message } };
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "skipped", skipped: { source: file.source, reason: `extraction failed: ${message}` } };
  }
}

/** Extractions of stored articles this ingest did not touch: from the cache, or re-extracted from their text. */
async function keepPrevious(
  store: Store,
  extractor: Extractor,
  window: number,
  previousKb: KnowledgeBase | null,
  touched: Set<string>,
  report: IngestReport,
): Promise<ArticleExtraction[]> {
  const kept: ArticleExtraction[] = [];
  const articles = (previousKb?.articles ?? []).filter((a) => !touched.has(a.id));
  await mapInOrder(
    articles,
    window,
    async (article) => {
      const cached = await store.getExtraction(article.id, article.sha256, EXTRACTOR_VERSION);
      if (cached) return { extraction: cached, reextracted: false };
      const format = article.format === "html" ? "txt" : article.format;
      const path = article.source === "stdin" ? null : article.source;
      return { extraction: await extractor.extract({ path, content: article.text, format }), reextracted: true };
    },
    ({ extraction, reextracted }) => {
      kept.push(extraction);
      if (reextracted) report.reextracted.push(extraction.articleId);
    },
  );
  return kept;
}

/**
 * Each worker loads the extractor and its NLP model on start (a second or two), which only pays back over
 * dozens of articles: unless told a number, a small ingest stays on this thread.
 */
const ARTICLES_PER_WORKER = 50;

function jobsFor(asked: number | undefined, files: number): number {
  if (asked !== undefined) return Math.max(1, Math.floor(asked));
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / ARTICLES_PER_WORKER)));
}

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const { store, files } = options;
  const previousKb = await store.loadKnowledgeBase();
  const previous = await store.listArticleHashes();
  const report: IngestReport = {
    added: [],
    updated: [],
    unchanged: [],
    reextracted: [],
    skipped: [],
    curation: [],
    kb: previousKb as KnowledgeBase,
  };
  const jobs = jobsFor(options.jobs, files.length);
  const extractor = jobs === 1 ? inProcessExtractor() : workerExtractor(jobs);
  // Enough files read ahead to keep every worker busy, few enough that memory stays flat on any corpus.
  const window = jobs === 1 ? 1 : jobs * 4;
  const byId = new Map<string, ArticleExtraction>();
  let kept: ArticleExtraction[];
  try {
    let done = 0;
    await mapInOrder(
      files,
      window,
      (file) => ingestOne(store, extractor, file, previous),
      (outcome, file) => {
        options.onProgress?.({ done: ++done, total: files.length, source: file.source });
        if (outcome.kind === "skipped") {
          report.skipped.push(outcome.skipped);
          return;
        }
        const id = outcome.extraction.articleId;
        if (byId.has(id)) {
          report.skipped.push({ source: file.source, reason: `another input has the same article id '${id}'` });
          return;
        }
        byId.set(id, outcome.extraction);
        report[outcome.kind].push(id);
      },
    );
    kept = await keepPrevious(store, extractor, window, previousKb, new Set(byId.keys()), report);
  } finally {
    await extractor.close();
  }
  const all = [...kept, ...byId.values()].sort((a, b) => (a.articleId < b.articleId ? -1 : 1));
  const kb = buildKnowledgeBase(all, [...options.curation]);
  await store.replaceKnowledgeBase(kb, all);
  report.kb = kb;
  report.curation = kb.curation;
  return report;
}

/** Re-links the stored articles with the given curation (after a curation write), extracting nothing new. */
export function relink(store: Store, curation: readonly LoadedCuration[], jobs?: number): Promise<IngestReport> {
  return runIngest({ store, files: [], curation, ...(jobs === undefined ? {} : { jobs }) });
}
