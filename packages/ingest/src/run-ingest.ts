// Ingest: extract what is new or changed, reuse what is not, re-link everything, and swap the KB in atomically.
import type { ArticleExtraction, CurationStatus, KnowledgeBase } from "@dateline/core/schema";
import { EXTRACTOR_VERSION, extractArticle } from "@dateline/extract";
import { InputError, parseArticle } from "@dateline/extract/parse";
import { buildKnowledgeBase, type LoadedCuration } from "@dateline/kb";
import type { Store } from "@dateline/store";
import type { InputFile, Skipped } from "./collect-inputs";
import { describeFsError } from "./collect-inputs";

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

async function ingestOne(store: Store, file: InputFile, previous: Map<string, string>): Promise<Outcome> {
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
    return { kind: before === undefined ? "added" : "updated", extraction: extractArticle(input) };
  } catch (error) {
    if (error instanceof InputError)
      return { kind: "skipped", skipped: { source: file.source, reason: error.message } };
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "skipped", skipped: { source: file.source, reason: `extraction failed: ${message}` } };
  }
}

/** Extractions of stored articles this ingest did not touch: from the cache, or re-extracted from their text. */
async function keepPrevious(
  store: Store,
  previousKb: KnowledgeBase | null,
  touched: Set<string>,
  report: IngestReport,
): Promise<ArticleExtraction[]> {
  const kept: ArticleExtraction[] = [];
  for (const article of previousKb?.articles ?? []) {
    if (touched.has(article.id)) continue;
    const cached = await store.getExtraction(article.id, article.sha256, EXTRACTOR_VERSION);
    if (cached) {
      kept.push(cached);
      continue;
    }
    const format = article.format === "html" ? "txt" : article.format;
    kept.push(
      extractArticle({ path: article.source === "stdin" ? null : article.source, content: article.text, format }),
    );
    report.reextracted.push(article.id);
  }
  return kept;
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
  const byId = new Map<string, ArticleExtraction>();
  for (const [index, file] of files.entries()) {
    const outcome = await ingestOne(store, file, previous);
    options.onProgress?.({ done: index + 1, total: files.length, source: file.source });
    if (outcome.kind === "skipped") {
      report.skipped.push(outcome.skipped);
      continue;
    }
    const id = outcome.extraction.articleId;
    if (byId.has(id)) {
      report.skipped.push({ source: file.source, reason: `another input has the same article id '${id}'` });
      continue;
    }
    byId.set(id, outcome.extraction);
    report[outcome.kind].push(id);
  }
  const kept = await keepPrevious(store, previousKb, new Set(byId.keys()), report);
  const all = [...kept, ...byId.values()].sort((a, b) => (a.articleId < b.articleId ? -1 : 1));
  const kb = buildKnowledgeBase(all, [...options.curation]);
  await store.replaceKnowledgeBase(kb, all);
  report.kb = kb;
  report.curation = kb.curation;
  return report;
}

/** Re-links the stored articles with the given curation (after a curation write), extracting nothing new. */
export function relink(store: Store, curation: readonly LoadedCuration[]): Promise<IngestReport> {
  return runIngest({ store, files: [], curation });
}
