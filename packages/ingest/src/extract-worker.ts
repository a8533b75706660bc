// The extractor loop inside a worker thread: one RawInput in, one extraction (or the reason it failed) out.
import { parentPort } from "node:worker_threads";
import { extractArticle, type RawInput } from "@dateline/extract";
import { InputError } from "@dateline/extract/parse";
import type { WorkerReply, WorkerTask } from "./extract-pool";

if (!parentPort) throw new Error("extract-worker runs only as a worker thread");
const port = parentPort;

port.on("message", (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id: task.id, ok: true, extraction: extractArticle(task.input as RawInput) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { id: task.id, ok: false, inputError: error instanceof InputError, message };
  }
  port.postMessage(reply);
});
