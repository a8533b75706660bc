// Ingest from the web: extract a pasted or uploaded article without writing, or, with the write token, add it to the KB.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { extractArticle, InputError } from "@dateline/extract";
import { loadCurationDir, runIngest } from "@dateline/ingest";
import { openSqliteStore } from "@dateline/store/sqlite";
import { type ExtractionView, extractionView } from "../ingest/extraction-view-model";
import { curationDir } from "./kb";
import { kbPath } from "./repo-root";

export const MAX_ARTICLE_BYTES = 1_000_000;

/** What was typed, sent back so that the form (which React resets after an action) keeps the paste. */
export interface IngestInput {
  text: string;
  name: string;
}

export type IngestState =
  | { status: "idle"; input?: IngestInput }
  | { status: "error"; message: string; input?: IngestInput }
  | {
      status: "extracted";
      view: ExtractionView;
      written: null | { articleId: string; events: number };
      input?: IngestInput;
    };

export async function ingestForm(form: FormData): Promise<IngestState> {
  const input = { text: String(form.get("text") ?? ""), name: String(form.get("name") ?? "") };
  return { ...(await ingestOnce(form)), input };
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Hashing first gives equal-length buffers, so the comparison is constant-time and leaks no length. */
export function tokenAccepted(given: string): boolean {
  const expected = process.env.DATELINE_TOKEN;
  if (!expected || !given) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

// One write at a time: two ingests racing would each replace the KB with one article missing.
let writeQueue: Promise<unknown> = Promise.resolve();

async function writeArticle(source: string, content: Uint8Array) {
  const run = async () => {
    const store = await openSqliteStore(kbPath());
    try {
      // A loader, not a list: if a curation write lands while this re-links, the retry reads it again and keeps it.
      const dir = curationDir();
      return await runIngest({
        store,
        files: [{ source, read: async () => content }],
        curation: () => loadCurationDir(dir),
      });
    } finally {
      await store.close();
    }
  };
  const result = writeQueue.then(run, run);
  writeQueue = result.catch(() => undefined);
  return result;
}

async function ingestOnce(form: FormData): Promise<IngestState> {
  const file = form.get("file");
  const pasted = String(form.get("text") ?? "");
  const upload = file instanceof File && file.size > 0 ? file : null;
  if (!upload && !pasted.trim()) return { status: "error", message: "Paste an article's text or choose a file first." };
  const content = upload ? new Uint8Array(await upload.arrayBuffer()) : new TextEncoder().encode(pasted);
  if (content.byteLength > MAX_ARTICLE_BYTES) {
    return {
      status: "error",
      message: `The article is ${content.byteLength} bytes; the limit is ${MAX_ARTICLE_BYTES}.`,
    };
  }
  const name = String(form.get("name") ?? "").trim();
  const path = upload?.name || name || null;
  let view: ExtractionView;
  try {
    view = extractionView(extractArticle({ path, content }));
  } catch (error) {
    if (error instanceof InputError) return { status: "error", message: error.message };
    throw error;
  }
  if (form.get("intent") !== "write") return { status: "extracted", view, written: null };
  if (!process.env.DATELINE_TOKEN) {
    return { status: "error", message: "Writing is off on this server: start it with DATELINE_TOKEN set to a secret." };
  }
  if (!tokenAccepted(String(form.get("token") ?? ""))) return { status: "error", message: "Wrong write token." };
  const report = await writeArticle(path ?? "pasted.txt", content);
  const events = report.kb.events.filter((e) => e.reports.some((r) => r.articleId === view.articleId)).length;
  return { status: "extracted", view, written: { articleId: view.articleId, events } };
}
