// Extraction spread over worker threads, started lazily (a small ingest never pays for idle workers).
import { Worker } from "node:worker_threads";
import type { ArticleExtraction } from "@dateline/core/schema";
import { extractArticle, type RawInput } from "@dateline/extract";
import { InputError } from "@dateline/extract/parse";

export interface WorkerTask {
  id: number;
  input: RawInput;
}

export type WorkerReply =
  | { id: number; ok: true; extraction: ArticleExtraction }
  | { id: number; ok: false; inputError: boolean; message: string };

/** An extraction that failed in a worker, rebuilt on this side so callers tell bad input from a bug. */
export class WorkerExtractionError extends Error {
  constructor(
    message: string,
    readonly inputError: boolean,
  ) {
    super(message);
  }
}

export interface Extractor {
  extract(input: RawInput): Promise<ArticleExtraction>;
  close(): Promise<void>;
}

/** jobs=1: extraction on this thread, exactly as before workers existed. */
export function inProcessExtractor(): Extractor {
  return { extract: async (input) => extractArticle(input), close: async () => {} };
}

const WORKER_URL = new URL("./extract-worker.mjs", import.meta.url);

/** Up to `jobs` workers, one task each at a time; tasks queue when all are busy. */
export function workerExtractor(jobs: number): Extractor {
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const queue: Array<() => void> = [];
  const pending = new Map<number, { resolve: (x: ArticleExtraction) => void; reject: (e: Error) => void }>();
  let nextId = 0;

  const spawn = (): Worker => {
    const worker = new Worker(WORKER_URL);
    worker.on("message", (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) p?.resolve(reply.extraction);
      else p?.reject(new WorkerExtractionError(reply.message, reply.inputError));
      release(worker);
    });
    // A worker that dies (out of memory, a crash in a native module) fails the ingest rather than hanging it.
    worker.on("error", (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    });
    all.push(worker);
    return worker;
  };
  const release = (worker: Worker) => {
    const next = queue.shift();
    idle.push(worker);
    next?.();
  };
  const acquire = (): Promise<Worker> => {
    const free = idle.pop();
    if (free) return Promise.resolve(free);
    if (all.length < jobs) return Promise.resolve(spawn());
    return new Promise((resolve) => queue.push(() => resolve(idle.pop()!)));
  };

  return {
    async extract(input) {
      const worker = await acquire();
      const id = nextId++;
      return new Promise<ArticleExtraction>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, input } satisfies WorkerTask);
      });
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

/** Bad input (empty, binary, …) whether it was found on this thread or in a worker: the file is skipped. */
export const isInputError = (error: unknown): error is Error =>
  error instanceof InputError || (error instanceof WorkerExtractionError && error.inputError);
