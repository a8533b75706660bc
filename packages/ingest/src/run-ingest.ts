// Ingest: extract what is new or changed, reuse what is not, re-link everything, and swap the KB in atomically.
import { availableParallelism } from "node:os";
import { CONTEXT_CHARS } from "@dateline/core/evidence";
import type { ArticleExtraction, CurationStatus, KnowledgeBase } from "@dateline/core/schema";
import { EXTRACTOR_VERSION } from "@dateline/extract";
import { parseArticle } from "@dateline/extract/parse";
import { buildKnowledgeBase, type LoadedCuration } from "@dateline/kb";
import { type ArticleSummary, type Store, StoreConflictError } from "@dateline/store";
import type { InputFile, Skipped } from "./collect-inputs";
import { describeFsError } from "./collect-inputs";
import { IngestConflictError } from "./errors";
import { type Extractor, inProcessExtractor, isInputError, workerExtractor } from "./extract-pool";
import { mapInOrder } from "./map-in-order";
import { ExtractionSpill } from "./spill";

export interface IngestProgress {
  done: number;
  total: number;
  source: string;
}

/**
 * The steps after extraction, which show no per-file progress and take minutes on a large corpus: linking every
 * stored and new article into one KB, then writing it. `attempt` counts from 1 (another writer got in first).
 */
export type IngestPhase = { phase: "linking"; attempt: number } | { phase: "writing"; attempt: number };

/**
 * The curation to link with: a list, or a loader that is asked again before every attempt, so that an op
 * written to the curation folder while this ingest ran is applied when it has to re-link.
 */
export type CurationSource = readonly LoadedCuration[] | (() => Promise<readonly LoadedCuration[]>);

export interface IngestOptions {
  store: Store;
  files: readonly InputFile[];
  curation: CurationSource;
  onProgress?: (p: IngestProgress) => void;
  /** Called as linking and the write start, so that a long silent step can be shown for what it is. */
  onPhase?: (p: IngestPhase) => void;
  /**
   * Worker threads extracting at once (default: one per core, fewer for a small ingest). 1 extracts on this
   * thread. The result is the same whatever the number: outcomes are taken in input order.
   */
  jobs?: number;
  /**
   * Attempts at the write (default 8): when another writer (an ingest in another process, a curation
   * write) replaces the KB between this ingest's read and its write, the write is refused, and the stored
   * articles are read and linked again with this run's extractions.
   */
  maxAttempts?: number;
  /** Called with the attempt number after the KB is built and before it is written (tests hold a writer here). */
  beforeWrite?: (attempt: number) => Promise<void>;
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
  /** Writes tried: 1, plus one for each time another writer got in first. */
  attempts: number;
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

/** Every stored article without its text, by id, read page by page. */
async function storedArticles(store: Store): Promise<ArticleSummary[]> {
  const all: ArticleSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listArticles({ limit: 500, ...(cursor === undefined ? {} : { cursor }) });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return all;
}

/**
 * Extractions of stored articles this ingest did not touch, as linking needs them: from the cache, or re-extracted
 * from their stored text when the extractor changed since (those go whole to `fresh`, to be cached).
 */
async function keepPrevious(
  store: Store,
  extractor: Extractor,
  window: number,
  stored: readonly ArticleSummary[],
  touched: ReadonlySet<string>,
  fresh: ExtractionSpill,
  pool: StringPool,
): Promise<ArticleExtraction[]> {
  const kept: ArticleExtraction[] = [];
  await mapInOrder(
    stored.filter((a) => !touched.has(a.id)),
    window,
    async (article) => {
      const cached = await store.getExtraction(article.id, article.sha256, EXTRACTOR_VERSION);
      if (cached) return { extraction: cached, reextracted: false };
      const stored = await store.getArticle(article.id);
      // Gone since it was listed: another writer replaced the KB, which the generation check will catch.
      if (!stored) return null;
      const format = article.format === "html" ? "txt" : article.format;
      const path = article.source === "stdin" ? null : article.source;
      return { extraction: await extractor.extract({ path, content: stored.text, format }), reextracted: true };
    },
    (result) => {
      if (!result) return;
      const { extraction, reextracted } = result;
      kept.push(forLinking(extraction, pool));
      if (reextracted) fresh.add(extraction);
    },
  );
  return kept;
}

/**
 * An extraction as linking needs it: without its sentence offsets, raw date expressions and warnings, which
 * packages/kb never reads (they stay in the cache). Held for every stored article while the KB is linked,
 * so what is left out here is left out thousands of times.
 */
export function forLinking(x: ArticleExtraction, pool?: StringPool): ArticleExtraction {
  const compact = { ...x, sentences: [], dates: [], warnings: [] };
  shareArticleStrings(compact, pool);
  return compact;
}

/** Longer strings (wording, explanations, quotes, evidence context) are mostly one article's own: not pooled. */
const POOLED_MAX_LENGTH = 64;

/**
 * One copy of each short string the extractions of one link repeat: kinds, types, roles, statuses, names, local ids.
 * JSON.parse makes a fresh copy of every string value in every extraction read back.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  get size(): number {
    return this.strings.size;
  }

  /** The pooled copy of `s` (`s` itself the first time it is seen). */
  share(s: string): string {
    if (s.length > POOLED_MAX_LENGTH) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }
}

/**
 * Makes the strings an extraction repeats point at one copy: every article id equal to the article's becomes that
 * one string, and evidence words and context are cut again from the article's text, which the KB keeps anyway (V8
 * keeps a cut of 13 or more characters as a view of the text rather than a copy). A parsed or cloned extraction
 * has a copy of each: about 80 evidence spans and three strings each per article. With a pool, every other short
 * string becomes the pool's copy. Only strings equal to what replaces them are replaced, so every value, and the KB,
 * stays the same.
 */
export function shareArticleStrings(x: ArticleExtraction, pool?: StringPool): void {
  const id = x.articleId;
  const text = x.article.text;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === id) value[i] = id;
        else if (typeof item === "string") {
          if (pool) value[i] = pool.share(item);
        } else if (typeof item === "object" && item !== null) visit(item);
      }
      return;
    }
    const o = value as Record<string, unknown>;
    if (o.articleId === id) {
      o.articleId = id;
      const { start, end } = o;
      if (typeof start === "number" && typeof end === "number" && typeof o.exact === "string") {
        recut(o, "exact", start, end);
        recut(o, "prefix", Math.max(0, start - CONTEXT_CHARS), start);
        recut(o, "suffix", end, end + CONTEXT_CHARS);
      }
    }
    for (const key in o) {
      const child = o[key];
      if (typeof child === "object" && child !== null) visit(child);
      else if (pool && typeof child === "string" && !CUT_FROM_TEXT.has(key)) o[key] = pool.share(child);
    }
  };
  const recut = (o: Record<string, unknown>, key: string, from: number, to: number) => {
    const cut = text.slice(from, to);
    if (o[key] === cut) o[key] = cut;
  };
  visit(x);
}

/** Evidence strings: cut from the article text above (or, if not equal to the cut, left alone). */
const CUT_FROM_TEXT = new Set(["exact", "prefix", "suffix", "articleId"]);

/**
 * One read-and-link: the extractions (the stored articles' from the cache, this run's from the spill) are in
 * memory only until the KB is built from them; the KB does not need them to be written.
 */
async function link(
  store: Store,
  extractor: Extractor,
  window: number,
  curation: readonly LoadedCuration[],
  inputs: ExtractionSpill,
  extracted: () => Promise<void>,
  fresh: ExtractionSpill,
): Promise<KnowledgeBase> {
  const stored = await storedArticles(store);
  const pool = new StringPool();
  const all = await keepPrevious(store, extractor, window, stored, new Set(inputs.ids), fresh, pool);
  await extracted();
  for await (const x of inputs) all.push(forLinking(x, pool));
  all.sort((a, b) => (a.articleId < b.articleId ? -1 : 1));
  return buildKnowledgeBase(all, [...curation]);
}

/** The extractions a write caches, read from the spills as the write goes. */
function toCache(inputs: ExtractionSpill, cached: ReadonlySet<string>, fresh: ExtractionSpill) {
  return {
    async *[Symbol.asyncIterator]() {
      for await (const x of inputs) if (!cached.has(x.articleId)) yield x;
      yield* fresh;
    },
  };
}

/**
 * Each worker loads the extractor and its NLP model on start (a second or two), which only pays back over
 * dozens of articles: unless told a number, a small ingest stays on this thread.
 */
const ARTICLES_PER_WORKER = 50;
const DEFAULT_ATTEMPTS = 8;

function jobsFor(asked: number | undefined, files: number): number {
  if (asked !== undefined) return Math.max(1, Math.floor(asked));
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / ARTICLES_PER_WORKER)));
}

/**
 * Extracts the files, then reads the stored KB's generation, the curation and the stored articles, links
 * everything and writes it only if the generation is unchanged; when another writer got in between, it
 * reads and links again (the extractions of the files are kept), up to `maxAttempts` times.
 */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const { store, files } = options;
  const previous = await store.listArticleHashes();
  const report: IngestReport = {
    added: [],
    updated: [],
    unchanged: [],
    reextracted: [],
    skipped: [],
    curation: [],
    kb: null as unknown as KnowledgeBase, // set by the write
    attempts: 0,
  };
  const jobs = jobsFor(options.jobs, files.length);
  let extractor = jobs === 1 ? inProcessExtractor() : workerExtractor(jobs);
  // Enough files read ahead to keep every worker busy, few enough that memory stays flat on any corpus.
  const window = jobs === 1 ? 1 : jobs * 4;
  // This run's extractions wait on disk, not in memory: linking reads them back, then the write streams them.
  const inputs = new ExtractionSpill();
  const touched = new Set<string>();
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
        if (touched.has(id)) {
          report.skipped.push({ source: file.source, reason: `another input has the same article id '${id}'` });
          return;
        }
        touched.add(id);
        // An unchanged article's extraction is in the cache already: only what linking reads is kept.
        inputs.add(outcome.kind === "unchanged" ? forLinking(outcome.extraction) : outcome.extraction);
        report[outcome.kind].push(id);
      },
    );
    // Only what is not already in the cache is written to it; unchanged articles' rows stay as they are.
    const unchanged = new Set(report.unchanged);
    // Each worker holds an NLP model and its heap: they go once the first attempt has extracted everything,
    // before linking, the part that needs the most memory. A later attempt extracts on this thread.
    const releaseWorkers = async () => {
      if (jobs === 1) return;
      await extractor.close();
      extractor = inProcessExtractor();
    };
    const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_ATTEMPTS);
    let conflict: StoreConflictError | null = null;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      // The generation first: whatever is read after it (curation files, stored articles) is at least that new,
      // so an op written to the curation folder before a write this ingest has seen is in what it loads.
      const generation = await store.generation();
      const curation = typeof options.curation === "function" ? await options.curation() : options.curation;
      const fresh = new ExtractionSpill();
      try {
        options.onPhase?.({ phase: "linking", attempt });
        const kb = await link(store, extractor, window, curation, inputs, releaseWorkers, fresh);
        await options.beforeWrite?.(attempt);
        options.onPhase?.({ phase: "writing", attempt });
        try {
          await store.replaceKnowledgeBase(kb, toCache(inputs, unchanged, fresh), { expectedGeneration: generation });
        } catch (error) {
          if (!(error instanceof StoreConflictError)) throw error;
          conflict = error;
          continue;
        }
        report.reextracted = [...fresh.ids];
        report.kb = kb;
        report.curation = kb.curation;
        report.attempts = attempt;
        return report;
      } finally {
        fresh.close();
      }
    }
    throw new IngestConflictError(
      `gave up after ${maxAttempts} attempts: each time, another writer replaced the knowledge base between this ingest's read and its write (last: ${conflict?.message}). Nothing of this run was written; run it again, or run fewer writers at once`,
    );
  } finally {
    inputs.close();
    await extractor.close();
  }
}

/** Re-links the stored articles with the given curation (after a curation write), extracting nothing new. */
export function relink(store: Store, curation: CurationSource, jobs?: number): Promise<IngestReport> {
  return runIngest({ store, files: [], curation, ...(jobs === undefined ? {} : { jobs }) });
}
