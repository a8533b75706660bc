// Extractions parked on disk while an ingest runs: written one line of JSON each as they arrive, read back in the
// same order as often as needed (each link attempt, each try of the write), so that none is held in memory between.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ArticleExtraction } from "@dateline/core/schema";

const NEWLINE = 0x0a;

export class ExtractionSpill implements AsyncIterable<ArticleExtraction> {
  /** Article ids in the order they were added. */
  readonly ids: string[] = [];
  private readonly dir: string;
  private readonly path: string;
  private fd: number | null;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), "dateline-spill-"));
    this.path = join(this.dir, "extractions.jsonl");
    this.fd = openSync(this.path, "w");
  }

  get size(): number {
    return this.ids.length;
  }

  /** JSON.stringify escapes every line break inside strings, so one extraction is exactly one line. */
  add(extraction: ArticleExtraction): void {
    if (this.fd === null) throw new Error("extraction spill is closed");
    writeSync(this.fd, `${JSON.stringify(extraction)}\n`);
    this.ids.push(extraction.articleId);
  }

  /** Every extraction added so far, in order; a new read starts from the first. */
  async *[Symbol.asyncIterator](): AsyncIterator<ArticleExtraction> {
    if (this.ids.length === 0) return;
    // Split on the newline byte before decoding: UTF-8 never has that byte inside a multi-byte character.
    let pending: Buffer[] = [];
    for await (const chunk of createReadStream(this.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      let from = 0;
      for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, from)) {
        pending.push(chunk.subarray(from, at));
        yield JSON.parse(Buffer.concat(pending).toString("utf8")) as ArticleExtraction;
        pending = [];
        from = at + 1;
      }
      if (from < chunk.length) pending.push(chunk.subarray(from));
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
