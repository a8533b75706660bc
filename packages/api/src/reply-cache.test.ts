// The reply cache: recency eviction by size, one generation at a time, and no stale answer kept.
import { describe, expect, it } from "vitest";
import { ReplyCache } from "./reply-cache";

/** Bytes a key (UTF-16) and body (UTF-8) occupy in the cache's accounting. */
const cost = (key: string, body: string) => key.length * 2 + Buffer.byteLength(body);

/** A body as the cache gives it back, as text. */
const text = (bytes: Buffer | undefined) => bytes?.toString("utf8");

describe("ReplyCache", () => {
  it("returns what was stored for the same generation and key, nothing for another key", () => {
    const cache = new ReplyCache(1 << 20);
    cache.set(3, 'events.byId\0{"id":"a"}', "A");
    expect(text(cache.get(3, 'events.byId\0{"id":"a"}'))).toBe("A");
    expect(text(cache.get(3, 'events.byId\0{"id":"b"}'))).toBeUndefined();
  });

  it("empties itself when the generation changes, newer or older", () => {
    const cache = new ReplyCache(1 << 20);
    cache.set(3, "k", "old");
    expect(text(cache.get(4, "k"))).toBeUndefined();
    cache.set(4, "k", "new");
    expect(text(cache.get(4, "k"))).toBe("new");
    // A restored older file: its generation is not the cached one either.
    expect(text(cache.get(2, "k"))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("drops a reply computed at a generation older than one already seen", () => {
    const cache = new ReplyCache(1 << 20);
    expect(text(cache.get(5, "k"))).toBeUndefined();
    // A request that read generation 4 finishes after another saw 5: its answer may be the old KB.
    cache.set(4, "k", "from 4");
    expect(text(cache.get(5, "k"))).toBeUndefined();
    cache.set(5, "k", "from 5");
    expect(text(cache.get(5, "k"))).toBe("from 5");
  });

  it("evicts the least recently used entries past its size, and keeps a hit", () => {
    const body = "x".repeat(100);
    const cache = new ReplyCache(cost("k0", body) * 8);
    for (let i = 0; i < 8; i++) cache.set(1, `k${i}`, body);
    expect(cache.size).toBe(8);
    expect(text(cache.get(1, "k0"))).toBe(body); // k0 is now the newest
    cache.set(1, "k8", body);
    expect(text(cache.get(1, "k1"))).toBeUndefined();
    expect(text(cache.get(1, "k0"))).toBe(body);
    expect(text(cache.get(1, "k8"))).toBe(body);
    expect(cache.size).toBe(8);
  });

  it("replaces an entry without counting it twice", () => {
    const cache = new ReplyCache(cost("k", "aaaa") * 8);
    for (let i = 0; i < 20; i++) cache.set(1, "k", i % 2 ? "aaaa" : "bbbb");
    cache.set(1, "j", "cccc");
    expect(text(cache.get(1, "k"))).toBe("aaaa");
    expect(text(cache.get(1, "j"))).toBe("cccc");
  });

  it("keeps and returns the UTF-8 bytes of the body, in a buffer of their own", () => {
    const cache = new ReplyCache(1 << 20);
    const body = '{"name":"Nikol Paşinyan — Երևան"}';
    const sent = cache.set(1, "k", body);
    expect(sent.equals(Buffer.from(body, "utf8"))).toBe(true);
    expect(cache.get(1, "k")).toBe(sent);
    // Not a slice of Node's shared pool: evicting it frees its memory.
    expect(sent.byteOffset).toBe(0);
    expect(sent.buffer.byteLength).toBe(sent.length);
    // Too large to keep, or the cache off: the bytes to send all the same.
    expect(new ReplyCache(0).set(1, "k", body).toString("utf8")).toBe(body);
  });

  it("does not keep a body larger than an eighth of its size, nor anything when its size is 0", () => {
    const cache = new ReplyCache(800);
    cache.set(1, "small", "s");
    cache.set(1, "big", "b".repeat(120));
    expect(text(cache.get(1, "big"))).toBeUndefined();
    expect(text(cache.get(1, "small"))).toBe("s");
    const off = new ReplyCache(0);
    off.set(1, "k", "v");
    expect(off.enabled).toBe(false);
    expect(text(off.get(1, "k"))).toBeUndefined();
  });
});
