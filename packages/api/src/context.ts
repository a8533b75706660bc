// The context every procedure gets: the store, the curation folder, the write token and the caller's token.
import type { IncomingMessage } from "node:http";
import type { Store } from "@dateline/store";
import type { CurationWriter } from "./curation-writer";
import { Mutex } from "./mutex";

export interface ApiOptions {
  store: Store;
  /** Folder of curation files; `curation.add` appends to `<curationDir>/api.yaml`. */
  curationDir: string;
  /** The write token the server accepts (DATELINE_TOKEN); null: writes are refused. */
  token: string | null;
  /** Runs curation writes somewhere other than this thread (see curation-thread.ts); default: in-process. */
  curationWriter?: CurationWriter;
}

/** State shared by every request on one store: the write lock. */
export interface Shared {
  writeLock: Mutex;
}

export interface Context extends ApiOptions {
  /** The token the caller presents (Bearer), or null. */
  auth: string | null;
  shared: Shared;
}

// Keyed by store so that every context over one store (one per HTTP request) shares one lock.
const sharedByStore = new WeakMap<Store, Shared>();

function sharedFor(store: Store): Shared {
  let shared = sharedByStore.get(store);
  if (!shared) {
    shared = { writeLock: new Mutex() };
    sharedByStore.set(store, shared);
  }
  return shared;
}

/** A context without a request: for tests and in-process callers, which pass the token they present. */
export function createContextInner(options: ApiOptions & { auth?: string | null }): Context {
  return {
    store: options.store,
    curationDir: options.curationDir,
    // An empty token would be matched by an empty Bearer: treat it as no token, i.e. writes off.
    token: options.token || null,
    ...(options.curationWriter ? { curationWriter: options.curationWriter } : {}),
    auth: options.auth || null,
    shared: sharedFor(options.store),
  };
}

/** The Bearer token of a request, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** The context of one HTTP request: the server's options and the request's Bearer token. */
export function createContext(options: ApiOptions, { req }: { req: IncomingMessage }): Context {
  return createContextInner({ ...options, auth: bearerToken(req) });
}
