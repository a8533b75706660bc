// The knowledge base for server components: one read-only store per process, read through the tRPC caller.
import "server-only";
import { existsSync } from "node:fs";
import { createCaller, createContextInner } from "@dateline/api/root";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { findRepoRoot, kbPath } from "./repo-root";

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

/** The API without HTTP, for server components. Reading the KB makes a page dynamic (never prerendered at build). */
export async function kb() {
  await connection();
  const store = await openStore();
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

/** Every page of a paginated listing (the KB is small enough for a viewer to hold one listing at a time). */
export async function all<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const result = await page(cursor);
    out.push(...result.items);
    cursor = result.nextCursor ?? undefined;
  } while (cursor);
  return out;
}
