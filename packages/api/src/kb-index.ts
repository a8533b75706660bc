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

  constructor(private readonly store: Store) {}

  invalidate(): void {
    this.current = null;
  }

  async get(): Promise<KbIndex> {
    const now = Date.now();
    if (this.current && now - this.current.checkedAt < REVALIDATE_MS) return this.current.index;
    const fingerprint = await this.fingerprint();
    if (this.current?.fingerprint === fingerprint) {
      this.current.checkedAt = now;
      return this.current.index;
    }
    const index = this.store.loadKnowledgeBase().then(buildIndex);
    this.current = { index, fingerprint, checkedAt: now };
    index.catch(() => this.invalidate());
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
