// curation.add: append one reviewed op to <curationDir>/api.yaml atomically, then re-link the KB with it.
import { mkdir, readFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { CurationOp, CurationStatus } from "@dateline/core/schema";
import { parseCurationYaml } from "@dateline/kb";
import type { Store } from "@dateline/store";
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

/**
 * Under the write lock: append, re-link, and on any failure put the file back as it was, so the file and
 * the stored KB never disagree.
 */
export function addCurationOp(store: Store, curationDir: string, shared: Shared, op: CurationOp): Promise<AddedOp> {
  return shared.writeLock.run(async () => {
    const path = join(curationDir, API_CURATION_FILE);
    await mkdir(curationDir, { recursive: true });
    const previous = await readOrNull(path);
    const { text, opId } = appendOp(previous, path, op);
    await writeFileAtomic(path, text);
    try {
      const { loadCurationDir, relink } = await loadIngest();
      const report = await relink(store, await loadCurationDir(curationDir));
      return { opId, file: path, status: report.curation.find((s) => s.opId === opId) ?? null };
    } catch (error) {
      await (previous === null ? unlink(path) : writeFileAtomic(path, previous));
      throw error;
    } finally {
      shared.index.invalidate();
    }
  });
}
