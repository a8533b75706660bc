// Indexes the Store has no query for (spans per article, actor names), derived from the whole KB and cached.
import type { ActorKind, KnowledgeBase } from "@dateline/core/schema";
import type { Store } from "@dateline/store";
import { type Span, spansByArticle } from "./spans";

export interface ActorName {
  id: string;
  name: string;
  kind: ActorKind;
}

export interface KbIndex {
  actors: Map<string, ActorName>;
  /** Per article: the text's sha256 the spans were anchored in, and the spans. */
  spans: Map<string, { sha256: string; spans: Span[] }>;
}

/** How often a cached index checks whether another process replaced the KB. */
const REVALIDATE_MS = 2000;

function buildIndex(kb: KnowledgeBase | null): KbIndex {
  if (!kb) return { actors: new Map(), spans: new Map() };
  const spans = spansByArticle(kb);
  return {
    actors: new Map(kb.actors.map((a) => [a.id, { id: a.id, name: a.name, kind: a.kind }])),
    spans: new Map(kb.articles.map((a) => [a.id, { sha256: a.sha256, spans: spans.get(a.id) ?? [] }])),
  };
}

/**
 * Loading the whole KB per request would cost seconds on a large one, so the index is built once and
 * rebuilt when this process writes (invalidate) or when the store's counts or curation change (another
 * process ingested), checked at most every REVALIDATE_MS.
 */
export class KbIndexCache {
  private current: { index: Promise<KbIndex>; fingerprint: string; checkedAt: number } | null = null;
  /** The check in progress: concurrent callers share it, so a burst of requests loads the KB once. */
  private pending: Promise<KbIndex> | null = null;
  private generation = 0;

  constructor(private readonly store: Store) {}

  invalidate(): void {
    this.current = null;
    this.pending = null;
    this.generation++;
  }

  get(): Promise<KbIndex> {
    if (this.current && Date.now() - this.current.checkedAt < REVALIDATE_MS) return this.current.index;
    if (!this.pending) {
      const pending = this.revalidate();
      this.pending = pending;
      const clear = () => {
        if (this.pending === pending) this.pending = null;
      };
      pending.then(clear, clear);
    }
    return this.pending;
  }

  private async revalidate(): Promise<KbIndex> {
    const generation = this.generation;
    const fingerprint = await this.fingerprint();
    // A write invalidated the cache while we looked: our fingerprint may predate it, so look again.
    if (generation !== this.generation) return this.get();
    if (this.current?.fingerprint === fingerprint) {
      this.current.checkedAt = Date.now();
      return this.current.index;
    }
    const index = this.store.loadKnowledgeBase().then(buildIndex);
    this.current = { index, fingerprint, checkedAt: Date.now() };
    index.catch(() => {
      if (this.current?.index === index) this.current = null;
    });
    return index;
  }

  /** The spans of this article's text; a text the index has not seen (re-ingested since) rebuilds it once. */
  async spansOf(article: { id: string; sha256: string }): Promise<Span[]> {
    let entry = (await this.get()).spans.get(article.id);
    if (entry?.sha256 !== article.sha256) {
      this.invalidate();
      entry = (await this.get()).spans.get(article.id);
    }
    return entry?.sha256 === article.sha256 ? entry.spans : [];
  }

  private async fingerprint(): Promise<string> {
    const [stats, curation] = await Promise.all([this.store.stats(), this.store.listCuration()]);
    return JSON.stringify([stats, curation.map((c) => [c.opId, c.status])]);
  }
}
