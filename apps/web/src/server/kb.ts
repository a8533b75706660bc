// The knowledge base for server components: one read-only store per process, read through the tRPC caller.
import "server-only";
import { existsSync } from "node:fs";
import { createCaller, createContextInner } from "@dateline/api/root";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { TRPCError } from "@trpc/server";
import { LRUCache } from "lru-cache";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { eachPage, mapOfAll, type PageOf } from "./paging";
import { findRepoRoot, kbPath } from "./repo-root";

export { eachPage };

/** Set as the digest so that the error boundary can tell "no KB" apart (Next hides messages in production). */
export const NO_KB_DIGEST = "DATELINE_NO_KB";

export class NoKnowledgeBaseError extends Error {
  readonly digest = NO_KB_DIGEST;
}

interface Opened {
  path: string;
  store: Promise<Store>;
}

// On globalThis so that dev-mode module reloads do not open a second handle on the file.
const holder = globalThis as typeof globalThis & { __datelineKb?: Opened };

export function repoRoot(): string {
  return findRepoRoot();
}

export function curationDir(): string {
  return `${repoRoot()}/data/curation`;
}

/** The process's store; a missing file is not cached, so a KB ingested later is picked up without a restart. */
export function openStore(): Promise<Store> {
  const path = kbPath(repoRoot());
  if (holder.__datelineKb?.path === path) return holder.__datelineKb.store;
  if (!existsSync(path)) {
    return Promise.reject(new NoKnowledgeBaseError(`no knowledge base at ${path}`));
  }
  const store = openSqliteStore(path, { readonly: true });
  holder.__datelineKb = { path, store };
  store.catch(() => {
    holder.__datelineKb = undefined;
  });
  return store;
}

export type Api = ReturnType<typeof createCaller>;

/**
 * The API without HTTP, for server components, once per request (metadata and page share it); null when there is
 * no knowledge base yet, so that every page can say how to build one (server-rendered, no JavaScript needed).
 * Reading the KB makes a page dynamic (never prerendered at build).
 */
export const kb = cache(async (): Promise<Api | null> => {
  await connection();
  let store: Store;
  try {
    store = await openStore();
  } catch (error) {
    if (error instanceof NoKnowledgeBaseError) return null;
    throw error;
  }
  return callerFor(store);
});

/** The API over this store without a request (the warm-up at server start reads through it too). */
export function callerFor(store: Store): Api {
  return createCaller(createContextInner({ store, curationDir: curationDir(), token: null }));
}

/** Runs a by-id query; an unknown id becomes the 404 page. */
export async function orNotFound<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** Every page of a paginated listing: only for listings that stay small (places), never events or articles. */
export async function all<T>(page: PageOf<T>): Promise<T[]> {
  const out: T[] = [];
  await eachPage(page, (items) => out.push(...items));
  return out;
}

interface Memo {
  path: string;
  generation: number;
  values: LRUCache<string, Promise<unknown>>;
}
const memoHolder = globalThis as typeof globalThis & {
  __datelineMemos?: Record<string, Memo>;
  __datelineOnGeneration?: (generation: number) => void;
};

/**
 * Called once whenever a memo meets a KB generation it has not seen (a new KB, an ingest, a curation): the
 * server's warm-up registers itself here to compute the new generation's values before readers ask for them.
 * Kept on globalThis because the instrumentation hook and the pages are bundled apart.
 */
export function onNewGeneration(listener: (generation: number) => void): void {
  memoHolder.__datelineOnGeneration = listener;
}

/**
 * A cache of values derived from the KB, emptied when the KB changes: the store bumps the generation in every
 * replace (ingest, curation), so a cached value is never older than the KB it was computed from. The least
 * recently used entry goes first once there are more than `maxEntries`.
 */
function generationMemo(name: string, maxEntries: number) {
  return async function memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const path = kbPath(repoRoot());
    const generation = await (await openStore()).generation();
    memoHolder.__datelineMemos ??= {};
    const memos = memoHolder.__datelineMemos;
    let memo = memos[name];
    if (!memo || memo.path !== path || memo.generation !== generation) {
      const seen = Object.values(memos).some((m) => m.path === path && m.generation === generation);
      memo = { path, generation, values: new LRUCache({ max: maxEntries }) };
      memos[name] = memo;
      if (!seen) memoHolder.__datelineOnGeneration?.(generation);
    }
    const values = memo.values;
    let value = values.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      values.set(key, value);
      // A failure is not remembered: the next reader computes again.
      const pending = value;
      pending.catch(() => {
        if (values.peek(key) === pending) values.delete(key);
      });
    }
    return value;
  };
}

/**
 * A value derived from the KB (which events have conflicts, actor names, the windows around a time-line window),
 * computed once per KB generation; enough entries for the navigation of many filter combinations.
 */
export const memoized = generationMemo("derived", 5000);

/**
 * Whole pages of a listing (a time-line page's rows), once per KB generation: far fewer entries than `memoized`,
 * since one is tens of kB, but enough for the pages readers come back to (the home page first of all).
 */
export const memoizedPage = generationMemo("pages", 300);

export interface ArticleName {
  id: string;
  title: string | null;
  outlet: string | null;
  published: import("@dateline/core/schema").PartialDate | null;
}

/**
 * Every article's names for links (outlet, title, date), by id, remembered per KB generation: one pass over the
 * article listing (10,000 articles: about 0.3 s), where asking for each article by id read its text and every
 * span it holds, each event it reports whole (a conflicts page naming 100 articles took seconds).
 */
export function articleIndex(api: Api): Promise<Map<string, ArticleName>> {
  return memoized("article-index", () =>
    mapOfAll(
      (cursor) => api.articles.list({ limit: 500, cursor }),
      (a): [string, ArticleName] => [a.id, { id: a.id, title: a.title, outlet: a.outlet, published: a.published }],
    ),
  );
}

/** An article's names for links, or null for an id the KB does not have. */
export async function articleName(api: Api, id: string): Promise<ArticleName | null> {
  return (await articleIndex(api)).get(id) ?? null;
}

/** Names of these articles, by id (unknown ones left out). */
export async function articleNames(api: Api, ids: Iterable<string>): Promise<Map<string, ArticleName>> {
  const names = await Promise.all([...new Set(ids)].map((id) => articleName(api, id)));
  return new Map(names.filter((n): n is ArticleName => n !== null).map((n) => [n.id, n]));
}

/** Every place's name (a short list: places are countries, regions and cities), remembered per KB generation. */
export function placeNames(api: Api): Promise<Map<string, string>> {
  return memoized("place-names", () =>
    mapOfAll(
      (cursor) => api.places.list({ limit: 500, cursor }),
      (p) => [p.id, p.name],
    ),
  );
}

/** Every actor's name and kind by id, remembered per KB generation. */
export function actorIndex(api: Api): Promise<Map<string, { name: string; kind: string }>> {
  return memoized("actor-index", () =>
    mapOfAll(
      // Listing items are bounded (three mentions each), so a page of 500 costs little whatever the actors' fame.
      (cursor) => api.actors.list({ limit: 500, cursor }),
      (a) => [a.id, { name: a.name, kind: a.kind }],
    ),
  );
}

/** Every actor's name by id. */
export function actorNames(api: Api): Promise<Map<string, string>> {
  return memoized("actor-names", async () => new Map([...(await actorIndex(api))].map(([id, a]) => [id, a.name])));
}
