// curation.add: append one reviewed op to <curationDir>/api.yaml atomically, then re-link the KB with it.
import { mkdir, readFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { CurationOp, CurationStatus } from "@dateline/core/schema";
import { parseCurationYaml } from "@dateline/kb";
import type { Store } from "@dateline/store";
import { TRPCError } from "@trpc/server";
import { Document, parseDocument } from "yaml";
import { writeFileAtomic } from "./atomic-write";
import type { Shared } from "./context";
import { loadIngest } from "./lazy-ingest";

export const API_CURATION_FILE = "api.yaml";

/** An op whose id is already used in api.yaml: the caller must pick another. */
export class DuplicateOpError extends Error {
  override readonly name = "DuplicateOpError";
}

export interface AddedOp {
  opId: string;
  file: string;
  /** What the re-link made of the op: applied, or unmatched and why. */
  status: CurationStatus | null;
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The file's text with the op appended (comments and layout of hand edits kept), and the op's id. */
function appendOp(previous: string | null, file: string, op: CurationOp): { text: string; opId: string } {
  // Validating the file first means a hand-broken api.yaml is reported, never silently rewritten.
  const existing = previous === null ? [] : parseCurationYaml(previous, file);
  const ids = new Set(existing.map((o) => o.id).filter((id) => id !== undefined));
  if (op.id !== undefined && ids.has(op.id)) {
    throw new DuplicateOpError(`${file} already has an op with id '${op.id}'`);
  }
  let n = existing.length + 1;
  while (ids.has(`api-${n}`)) n++;
  const opId = op.id ?? `api-${n}`;
  const doc = previous === null || existing.length === 0 ? new Document({ ops: [] }) : parseDocument(previous);
  doc.addIn(["ops"], doc.createNode({ ...op, id: opId }));
  const text = doc.toString();
  parseCurationYaml(text, file);
  return { text, opId };
}

/** Curation writes on one store: those queued or running, and whether new ones are refused (shutdown). */
interface Writes {
  pending: Set<Promise<unknown>>;
  closed: boolean;
}

const writesByStore = new WeakMap<Store, Writes>();

function writesOf(store: Store): Writes {
  let writes = writesByStore.get(store);
  if (!writes) {
    writes = { pending: new Set(), closed: false };
    writesByStore.set(store, writes);
  }
  return writes;
}

/**
 * Appends the op to api.yaml, re-links, and on any failure puts the file back as it was, so the file and the
 * stored KB never disagree. One at a time per curation folder: callers hold a lock (addCurationOp's, or the
 * curation thread runs one task at a time).
 */
export async function writeCurationOp(store: Store, curationDir: string, op: CurationOp): Promise<AddedOp> {
  const path = join(curationDir, API_CURATION_FILE);
  await mkdir(curationDir, { recursive: true });
  const previous = await readOrNull(path);
  const { text, opId } = appendOp(previous, path, op);
  await writeFileAtomic(path, text);
  try {
    const { loadCurationDir, relink } = await loadIngest();
    // A loader, not a list: if another process's ingest commits first, the re-link reads the files again.
    const report = await relink(store, () => loadCurationDir(curationDir));
    return { opId, file: path, status: report.curation.find((s) => s.opId === opId) ?? null };
  } catch (error) {
    await (previous === null ? unlink(path) : writeFileAtomic(path, previous));
    if (error instanceof Error && error.name === "IngestConflictError") {
      throw new TRPCError({
        code: "CONFLICT",
        message: `the op was not added (${path} is as it was): ${error.message}`,
      });
    }
    throw error;
  }
}

/** Does what writeCurationOp does, maybe elsewhere (the curation thread, with its own store on the same KB). */
export type CurationWriter = (store: Store, curationDir: string, op: CurationOp) => Promise<AddedOp>;

/**
 * Under the write lock: writeCurationOp, or `writer` when given. Refused (SERVICE_UNAVAILABLE, nothing
 * written) once the server is closing.
 */
export function addCurationOp(
  store: Store,
  curationDir: string,
  shared: Shared,
  op: CurationOp,
  writer?: CurationWriter,
): Promise<AddedOp> {
  const writes = writesOf(store);
  if (writes.closed) {
    return Promise.reject(
      new TRPCError({
        code: "SERVICE_UNAVAILABLE",
        message:
          "the server is shutting down and takes no more curation writes; nothing was written: send the op again once it is back",
      }),
    );
  }
  const write = shared.writeLock.run(() => (writer ?? writeCurationOp)(store, curationDir, op));
  writes.pending.add(write);
  const settled = () => writes.pending.delete(write);
  write.then(settled, settled);
  return write;
}

/**
 * For a graceful shutdown: refuses curation writes on this store from now on, and resolves (with how many
 * there were) once every write already queued or running has finished, each one whole: its op in the file
 * and in the stored KB, or in neither. Close the store only after this.
 */
export async function closeCurationWrites(store: Store): Promise<number> {
  const writes = writesOf(store);
  writes.closed = true;
  const pending = [...writes.pending];
  await Promise.allSettled(pending);
  return pending.length;
}
