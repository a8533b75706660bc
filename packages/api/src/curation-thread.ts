// Curation writes on a worker thread: `dateline serve` keeps one event loop for reads, and a re-link there
// held every read behind it (the soak's read p99 was the re-link's length). The thread opens its own
// store on the same KB; readers see the new generation when its transaction commits, as they would see an
// ingest by another process. Writes stay one at a time in this process (addCurationOp's lock), so api.yaml
// has one writer, as before.
import { Worker } from "node:worker_threads";
import type { CurationOp } from "@dateline/core/schema";
import { CurationFileError } from "@dateline/kb";
import { TRPCError } from "@trpc/server";
import { type AddedOp, type CurationWriter, DuplicateOpError } from "./curation-writer";

type Task = { kind: "write"; curationDir: string; op: CurationOp } | { kind: "close" };
export type WriterTask = Task & { id: number };

export interface WireError {
  name: string;
  message: string;
  code?: TRPCError["code"];
  file?: string;
  problems?: ConstructorParameters<typeof CurationFileError>[1];
}

export type WriterReply = { id: number; ok: true; value: AddedOp | null } | { id: number; ok: false; error: WireError };

const WORKER_URL = new URL("./curation-worker.mjs", import.meta.url);

/** The error as the router maps it: the same classes (or names) as an in-process write throws. */
function fromWire(wire: WireError): Error {
  if (wire.code) return new TRPCError({ code: wire.code, message: wire.message });
  if (wire.name === "DuplicateOpError") return new DuplicateOpError(wire.message);
  if (wire.name === "CurationFileError" && wire.file && wire.problems)
    return new CurationFileError(wire.file, wire.problems);
  const error = new Error(wire.message);
  // isCurationLoadError and IngestConflictError are told by name.
  error.name = wire.name;
  return error;
}

export interface CurationThread {
  write: CurationWriter;
  /** Closes the thread's store and ends it; call after closeCurationWrites, when no write is pending. */
  close(): Promise<void>;
}

/**
 * A writer that runs writeCurationOp on a thread with its own store on `target` (an SQLite path or a
 * postgres:// URL). The thread starts on the first write (it loads the extractor, seconds and ~100 MB, which a
 * server that is never written to should not pay) and again after a crash, which fails only the writes in it.
 */
export function startCurationThread(target: string): CurationThread {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: AddedOp | null) => void; reject: (e: Error) => void }>();

  const spawn = (): Worker => {
    const w = new Worker(WORKER_URL, { workerData: { target } });
    w.on("message", (reply: WriterReply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) p?.resolve(reply.value);
      else p?.reject(fromWire(reply.error));
    });
    const fail = (error: Error) => {
      if (worker === w) worker = null;
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    w.on("error", fail);
    w.on("exit", (code) => fail(new Error(`the curation thread exited (code ${code}) during a write`)));
    return w;
  };

  const send = (task: Task, w: Worker) =>
    new Promise<AddedOp | null>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      w.postMessage({ ...task, id } satisfies WriterTask);
    });

  return {
    write: async (_store, curationDir, op) => {
      worker ??= spawn();
      return (await send({ kind: "write", curationDir, op }, worker)) as AddedOp;
    },
    async close() {
      const w = worker;
      worker = null;
      if (!w) return;
      await send({ kind: "close" }, w);
      await w.terminate();
    },
  };
}
