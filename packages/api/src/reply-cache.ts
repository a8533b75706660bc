// Serialized answers of read procedures, kept for one KB generation: a repeated read (the same procedure with
// the same input text) costs one indexed read of the generation instead of the store's work and a JSON.stringify.
// Bodies are kept as their UTF-8 bytes: a hit writes them out as they are (a string body is encoded again on
// every send), and they live outside the JavaScript heap, so a full cache does not lengthen garbage collection.
import { LRUCache } from "lru-cache";

/** A reply body as bytes in a buffer of its own (a small Buffer.from would pin a shared 8 KiB pool slab). */
export function bodyBytes(body: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(body));
  bytes.write(body);
  return bytes;
}

/**
 * An LRU of reply bodies keyed by procedure and raw input, valid for one KB generation. The generation is read
 * before the answer is computed, and a replace by any process bumps it; so an entry stored under generation G
 * was computed from a snapshot at G or later, and the first read that sees a newer generation empties the cache.
 * A reply computed while a replace committed may hold the newer KB under the older generation: a reader who
 * asked before the commit then gets the new KB, never a mix of the two (each answer is one snapshot).
 */
export class ReplyCache {
  private generation = -1;
  private readonly entries: LRUCache<string, Buffer> | null;

  /**
   * @param maxBytes total size of the bodies (their UTF-8 bytes) and keys (UTF-16 length × 2); 0 turns the
   *   cache off. One body larger than an eighth of it is not kept, so one huge reply cannot empty it.
   */
  constructor(readonly maxBytes: number) {
    this.entries =
      maxBytes > 0
        ? new LRUCache<string, Buffer>({
            maxSize: maxBytes,
            maxEntrySize: maxBytes / 8,
            sizeCalculation: (body, key) => key.length * 2 + body.length,
          })
        : null;
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  /** The body stored for this key at this generation; a hit becomes the most recently used. */
  get(generation: number, key: string): Buffer | undefined {
    this.adopt(generation);
    return this.entries?.get(key);
  }

  /**
   * Keeps a body computed after reading `generation` (dropped if a newer generation was seen meanwhile, or too
   * large); returns its bytes either way, to be sent.
   */
  set(generation: number, key: string, body: string): Buffer {
    const bytes = bodyBytes(body);
    if (!this.entries || generation < this.generation) return bytes;
    this.adopt(generation);
    this.entries.set(key, bytes);
    return bytes;
  }

  /** Drops everything (this process wrote the KB); the generation check would notice too, one read later. */
  clear(): void {
    this.entries?.clear();
  }

  /** A different generation (newer, or older after a restore of the file) invalidates every entry. */
  private adopt(generation: number): void {
    if (generation === this.generation) return;
    this.generation = generation;
    this.clear();
  }
}

/** Reads whose answer depends on the KB and the input alone; curation.list reads the curation files on disk. */
export const cacheableProcedure = (path: string) => !path.startsWith("curation.");

/** A reply cache and the KB generation it is checked against (one indexed read a request). */
export interface FastQueryCache {
  replies: ReplyCache;
  generation: () => Promise<number>;
}
