// The curation thread: opens its own writable store on the server's KB and runs each curation write there, so
// the re-link (seconds of CPU on a large KB) never stalls the event loop that answers reads.
import { parentPort, workerData } from "node:worker_threads";
import type { Store } from "@dateline/store";
import { openStore } from "@dateline/store/open";
import { TRPCError } from "@trpc/server";
import type { WireError, WriterReply, WriterTask } from "./curation-thread";
import { writeCurationOp } from "./curation-writer";

const port = parentPort;
if (!port) throw new Error("curation-worker runs as a worker thread only");
const { target } = workerData as { target: string };

let store: Promise<Store> | null = null;

/** What the server thread needs to rebuild the error: its name and message, and the fields it maps on. */
function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const wire: WireError = { name: error.name, message: error.message };
  if (error instanceof TRPCError) wire.code = error.code;
  const { file, problems } = error as { file?: unknown; problems?: unknown };
  if (typeof file === "string" && Array.isArray(problems)) Object.assign(wire, { file, problems });
  return wire;
}

// Tasks arrive one at a time (the server holds its write lock around each), and run in arrival order.
let queue: Promise<unknown> = Promise.resolve();
port.on("message", (task: WriterTask) => {
  queue = queue.then(async () => {
    if (task.kind === "close") {
      await (await store)?.close();
      port.postMessage({ id: task.id, ok: true, value: null } satisfies WriterReply);
      return;
    }
    try {
      store ??= openStore(target);
      const value = await writeCurationOp(await store, task.curationDir, task.op);
      port.postMessage({ id: task.id, ok: true, value } satisfies WriterReply);
    } catch (error) {
      port.postMessage({ id: task.id, ok: false, error: toWire(error) } satisfies WriterReply);
    }
  });
});
