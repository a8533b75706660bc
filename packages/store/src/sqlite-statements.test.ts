// The statement cache: one prepare per SQL text, a fresh statement while the cached one is busy, bounded.
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "./sqlite-statements";

function counted() {
  const db = new BetterSqlite3(":memory:");
  let prepares = 0;
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    prepares++;
    return prepare(sql);
  }) as typeof db.prepare;
  return { db, prepares: () => prepares };
}

describe("withStatementCache", () => {
  it("prepares each SQL text once and gives the same statement back", () => {
    const { db, prepares } = counted();
    const cached = withStatementCache(db);
    const a = cached.prepare("select 1 as one");
    expect(cached.prepare("select 1 as one")).toBe(a);
    expect(prepares()).toBe(1);
    cached.close();
  });

  it("prepares a fresh statement while the cached one is still being iterated", () => {
    const { db } = counted();
    const cached = withStatementCache(db);
    const sql = "select value from json_each('[1,2,3]')";
    const first = cached.prepare(sql);
    const iterator = first.iterate([]);
    iterator.next();
    const second = cached.prepare(sql);
    expect(second).not.toBe(first);
    expect(second.all([])).toHaveLength(3);
    iterator.return?.();
    expect(cached.prepare(sql)).toBe(first);
    cached.close();
  });

  it("keeps at most its size, dropping the least recently used, and never keeps very long texts", () => {
    const { db, prepares } = counted();
    const cached = withStatementCache(db, 2);
    cached.prepare("select 1");
    cached.prepare("select 2");
    cached.prepare("select 1");
    cached.prepare("select 3"); // drops "select 2", the least recently used
    cached.prepare("select 1");
    expect(prepares()).toBe(3);
    cached.prepare("select 2");
    expect(prepares()).toBe(4);
    const long = `select 1 where 1 in (${Array.from({ length: 3000 }, (_, i) => i).join(", ")})`;
    cached.prepare(long);
    cached.prepare(long);
    expect(prepares()).toBe(6);
    cached.close();
  });
});
