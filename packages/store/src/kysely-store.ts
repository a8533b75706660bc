// The Store over any Kysely database: portable SQL here, the full-text engine behind a TextIndex.
import type { KnowledgeBase } from "@dateline/core/schema";
import type { Kysely } from "kysely";
import type { Database } from "./database";
import { BadQueryError, StoreConflictError, StoreError, StoreWriteError } from "./errors";
import {
  ACTOR_EVENTS,
  type ActorDetail,
  type ActorFilter,
  type ArticleFilter,
  type ConflictFilter,
  type EventFilter,
  type ExtractionSource,
  type PlaceFilter,
  type ReplaceOptions,
  type SearchHit,
  type SearchOptions,
  SearchOptionsSchema,
  type Store,
} from "./index";
import { parseInput } from "./paging";
import * as docs from "./read-documents";
import * as entities from "./read-entities";
import * as events from "./read-events";
import type { TextIndex } from "./text-index";
import { writeKnowledgeBase } from "./write-kb";

const KIND_ORDER = { event: 0, actor: 1, article: 2 } as const;

/** How long a replace waits for another writer's transaction before it gives up (a whole-KB write takes minutes at most). */
const WRITER_WAIT_MS = 10 * 60_000;

/** Bumps the generation (the first write of the transaction after the lock) and checks the expected one. */
async function bumpGeneration(trx: Kysely<Database>, expected: number | undefined): Promise<number> {
  const row = await trx
    .updateTable("kb_generation")
    .set((eb) => ({ generation: eb("generation", "+", 1) }))
    .where("id", "=", 1)
    .returning("generation")
    .executeTakeFirst();
  const next = row ? Number(row.generation) : 1;
  if (!row) await trx.insertInto("kb_generation").values({ id: 1, generation: next }).execute();
  if (expected !== undefined && next - 1 !== expected) {
    throw new StoreConflictError(
      `the knowledge base was replaced by another writer since it was read (generation ${expected}, now ${next - 1}); nothing was written`,
      expected,
      next - 1,
    );
  }
  return next;
}

/** What differs between backends beyond the text index. */
export interface StoreBehaviour {
  /**
   * Runs first in a replace transaction: serialises writers that the database would otherwise interleave.
   * It may fail fast with an error `isWriterBusy` recognises (another writer holds the lock): the replace
   * then rolls back, waits a little without blocking the event loop, and tries again.
   */
  lockForWrite?(trx: Kysely<Database>): Promise<void>;
  isWriterBusy?(error: unknown): boolean;
  /** Isolation of multi-statement reads; PostgreSQL's default (read committed) would let a commit land between them. */
  readIsolation?: "repeatable read" | "serializable";
  /**
   * The generation last committed, read without Kysely and outside this store's transactions (a server asks for
   * it on every request); undefined: read it with a query.
   */
  readGeneration?(): number | undefined;
  /** SQL for one report's JSON text out of an event document (see read-events ReportAt): the JSON functions differ. */
  reportAt: events.ReportAt;
  /**
   * Runs the delete and insert of a replace (`write`) inside the replace transaction, e.g. with the item
   * tables' secondary indexes dropped before and built again after, which a bulk insert makes much cheaper.
   */
  aroundWrite?(trx: Kysely<Database>, write: () => Promise<void>): Promise<void>;
  /** Runs when the store closes, before Kysely's connection is closed. */
  close?(): void;
}

export class KyselyStore implements Store {
  /** Counts, conflict flags and actor names for event summaries, derived once per KB generation (read-events.ts). */
  private summaryFacts: events.SummaryFacts | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly index: TextIndex,
    private readonly behaviour: StoreBehaviour,
  ) {}

  async close(): Promise<void> {
    // The helper connection first: SQLite checkpoints the WAL into the file only when its last connection closes.
    this.behaviour.close?.();
    await this.db.destroy();
  }

  getExtraction(articleId: string, sha256: string, extractorVersion: string) {
    return docs.getExtraction(this.db, articleId, sha256, extractorVersion);
  }

  listArticleHashes() {
    return docs.listArticleHashes(this.db);
  }

  async generation(): Promise<number> {
    const fast = this.behaviour.readGeneration?.();
    if (fast !== undefined) return fast;
    const row = await this.db.selectFrom("kb_generation").select("generation").where("id", "=", 1).executeTakeFirst();
    return row ? Number(row.generation) : 0;
  }

  async replaceKnowledgeBase(
    kb: KnowledgeBase,
    extractions: ExtractionSource,
    options: ReplaceOptions = {},
  ): Promise<number> {
    const deadline = Date.now() + WRITER_WAIT_MS;
    let generation: number;
    for (let wait = 10; ; wait = Math.min(wait * 2, 250)) {
      try {
        generation = await this.db.transaction().execute(async (trx) => {
          await this.behaviour.lockForWrite?.(trx);
          const next = await bumpGeneration(trx, options.expectedGeneration);
          const write = () => writeKnowledgeBase(trx, kb, extractions);
          await (this.behaviour.aroundWrite ? this.behaviour.aroundWrite(trx, write) : write());
          await this.index.rebuild(trx);
          return next;
        });
        break;
      } catch (error) {
        if (this.behaviour.isWriterBusy?.(error) && Date.now() < deadline) {
          // Jittered, so that writers polling the same lock do not retry in step.
          await new Promise((resolve) => setTimeout(resolve, wait / 2 + Math.random() * wait));
          continue;
        }
        if (error instanceof StoreError) throw error;
        const why = error instanceof Error ? error.message : String(error);
        throw new StoreWriteError(`the knowledge base was not replaced (nothing changed): ${why}`, { cause: error });
      }
    }
    await this.index.afterReplace(this.db);
    return generation;
  }

  loadKnowledgeBase() {
    return this.snapshot((db) => docs.loadKnowledgeBase(db));
  }

  stats() {
    return this.snapshot((db) => docs.stats(db));
  }

  listEvents(filter?: EventFilter) {
    return this.guardQuery(() =>
      this.snapshot((db) => events.listEvents(db, this.index, filter, this.behaviour.reportAt)),
    );
  }

  listEventsJson(filter?: EventFilter) {
    return this.guardQuery(() =>
      this.snapshot((db) => events.listEventsJson(db, this.index, filter, this.behaviour.reportAt)),
    );
  }

  listEventSummaries(filter?: EventFilter) {
    return this.guardQuery(() =>
      this.snapshot((db) => events.listEventSummaries(db, this.index, filter, this.summaryCache())),
    );
  }

  private summaryCache() {
    return {
      get: () => this.summaryFacts,
      set: (facts: events.SummaryFacts) => {
        this.summaryFacts = facts;
      },
    };
  }

  getEvent(id: string) {
    return this.snapshot((db) => events.getEvent(db, id));
  }

  listActors(filter?: ActorFilter) {
    return entities.listActors(this.db, this.index, filter);
  }

  getActor(id: string): Promise<ActorDetail | null> {
    return this.snapshot(async (db) => {
      const detail = await entities.getActor(db, id);
      if (!detail) return null;
      const page = await events.listEventSummaries(
        db,
        this.index,
        { actor: id, limit: ACTOR_EVENTS },
        this.summaryCache(),
      );
      return { ...detail, events: page };
    });
  }

  actorNames(ids: readonly string[]) {
    return entities.actorNames(this.db, ids);
  }

  listArticles(filter?: ArticleFilter) {
    return docs.listArticles(this.db, filter);
  }

  getArticle(id: string) {
    return docs.getArticle(this.db, id);
  }

  getArticleItems(articleId: string) {
    return this.snapshot((db) => docs.getArticleItems(db, articleId));
  }

  listPlaces(filter?: PlaceFilter) {
    return entities.listPlaces(this.db, this.index, filter);
  }

  getPlace(id: string) {
    return entities.getPlace(this.db, id);
  }

  listConflicts(filter?: ConflictFilter) {
    return docs.listConflicts(this.db, filter);
  }

  listCuration() {
    return docs.listCuration(this.db);
  }

  listSuggestions() {
    return docs.listSuggestions(this.db);
  }

  /** Each kind ranked by its own index, then merged by score (ties: events, actors, articles; then id). */
  async search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    const { limit, kinds = ["event", "actor", "article"] } = parseInput(SearchOptionsSchema, options, "search options");
    const ftsQuery = this.index.toQuery(query);
    const hits = await this.guardQuery(async () => {
      const all: SearchHit[] = [];
      for (const kind of kinds) all.push(...(await this.index.search(this.db, kind, ftsQuery, limit)));
      return all;
    });
    return hits
      .sort((a, b) => b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  /**
   * Runs a read of several statements in one transaction, so it sees one committed KB even when another
   * connection commits a replace between two of its statements.
   */
  private snapshot<T>(read: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    const isolation = this.behaviour.readIsolation;
    const trx = this.db.transaction();
    return (isolation ? trx.setIsolationLevel(isolation) : trx).execute(read);
  }

  /** The engine refusing a query is the user's input at fault: a BadQueryError, never a raw SQL error. */
  private async guardQuery<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof StoreError) && this.index.isQueryError(error)) {
        throw new BadQueryError("the search text cannot be searched as given", { cause: error });
      }
      throw error;
    }
  }
}
