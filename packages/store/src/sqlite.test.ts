// The Store contract against real SQLite files in a temp dir, plus what only SQLite has (files, WAL, pragmas).
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { StoreOpenError } from "./index";
import { openSqliteStore } from "./sqlite";
import { generateKnowledgeBase } from "./testing/generate-kb";
import { actorPages, describeStoreContract, expectedMentions } from "./testing/store-contract";

const root = mkdtempSync(join(tmpdir(), "dateline-store-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const newPath = () => join(root, `kb-${++n}.db`);

describeStoreContract("sqlite", async () => {
  const path = newPath();
  return { open: (options) => openSqliteStore(path, options) };
});

/** The listing columns, dropped to leave a file as a Dateline from before them wrote it. */
const DROP_LIST_DOCS =
  "alter table events drop column list_doc; alter table actors drop column list_doc; alter table places drop column list_doc;";
/** The actors' time lines, dropped (with the migration's record) to leave a file as a Dateline from before them wrote it. */
const DROP_ACTOR_TIMELINE =
  "drop table actor_timeline; delete from dateline_migration where name = '0011-actor-timeline';";

describe("openSqliteStore", () => {
  it("creates a new database in WAL mode with foreign keys on", async () => {
    const path = newPath();
    const store = await openSqliteStore(path);
    await store.close();
    const raw = new BetterSqlite3(path);
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    const tables = raw.prepare("select name from sqlite_schema where type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(["events", "articles", "events_fts", "dateline_migration"]));
    raw.close();
  });

  it("says so when the folder does not exist", async () => {
    const path = join(root, "missing", "kb.db");
    await expect(openSqliteStore(path)).rejects.toThrow(StoreOpenError);
    await expect(openSqliteStore(path)).rejects.toThrow(/folder .*missing does not exist/);
  });

  it("says so when a read-only open finds no file", async () => {
    await expect(openSqliteStore(newPath(), { readonly: true })).rejects.toThrow(/no such file/);
  });

  it("refuses a file that is not SQLite, and leaves it alone", async () => {
    const path = newPath();
    writeFileSync(path, "these are notes, not a database\n".repeat(100));
    await expect(openSqliteStore(path)).rejects.toThrow(/not a Dateline database/);
  });

  it("refuses an SQLite database of another application", async () => {
    const path = newPath();
    const raw = new BetterSqlite3(path);
    raw.exec("create table invoices (id integer primary key)");
    raw.close();
    await expect(openSqliteStore(path)).rejects.toThrow(/not a Dateline one/);
    const again = new BetterSqlite3(path);
    expect(again.prepare("select name from sqlite_schema").pluck().all()).toEqual(["invoices"]);
    again.close();
  });

  it("runs its migrations once: a second open finds them applied", async () => {
    const path = newPath();
    await (await openSqliteStore(path)).close();
    await (await openSqliteStore(path)).close();
    const raw = new BetterSqlite3(path);
    expect(raw.prepare("select name from dateline_migration").pluck().all()).toEqual([
      "0001-initial",
      "0002-fts-rank-weights",
      "0003-kb-generation",
      "0004-read-indexes",
      "0005-timeline-indexes",
      "0006-wide-timeline-index",
      "0007-article-mentions",
      "0008-event-list-docs",
      "0009-event-indexes-by-id",
      "0010-entity-list-docs",
      "0011-actor-timeline",
    ]);
    raw.close();
  });

  it("fills article_mentions from the stored actors and places when upgrading a KB written before it", async () => {
    const path = newPath();
    const { kb, extractions } = generateKnowledgeBase({ articles: 30, seed: 9 });
    const store = await openSqliteStore(path);
    await store.replaceKnowledgeBase(kb, extractions);
    await store.close();
    // The file as an older Dateline left it: no mentions table, its migration not yet run.
    const raw = new BetterSqlite3(path);
    raw.exec(
      `drop table article_mentions; ${DROP_LIST_DOCS} ${DROP_ACTOR_TIMELINE} delete from dateline_migration where name in ('0007-article-mentions', '0008-event-list-docs', '0009-event-indexes-by-id', '0010-entity-list-docs')`,
    );
    raw.close();
    await expect(openSqliteStore(path, { readonly: true })).rejects.toThrow(/0007-article-mentions/);
    const upgraded = await openSqliteStore(path);
    for (const article of kb.articles) {
      expect((await upgraded.getArticleItems(article.id)).mentions).toStrictEqual(expectedMentions(kb, article.id));
    }
    await upgraded.close();
  });

  it("fills events' listing items from the stored events when upgrading a KB written before them", async () => {
    const path = newPath();
    const { kb, extractions } = generateKnowledgeBase({ articles: 30, seed: 9 });
    const store = await openSqliteStore(path);
    await store.replaceKnowledgeBase(kb, extractions);
    const written = await store.listEventsJson({ limit: 500 });
    await store.close();
    // The file as an older Dateline left it: no list_doc column, its migration not yet run.
    const raw = new BetterSqlite3(path);
    raw.exec(
      `${DROP_LIST_DOCS} ${DROP_ACTOR_TIMELINE} delete from dateline_migration where name in ('0008-event-list-docs', '0009-event-indexes-by-id', '0010-entity-list-docs')`,
    );
    raw.close();
    await expect(openSqliteStore(path, { readonly: true })).rejects.toThrow(/0008-event-list-docs/);
    const upgraded = await openSqliteStore(path);
    const listed = await upgraded.listEventsJson({ limit: 500 });
    expect(listed.items).toEqual(written.items);
    expect(listed.items.length).toBe(kb.events.length);
    await upgraded.close();
  });

  it("fills actors' and places' listing items from the stored ones when upgrading a KB written before them", async () => {
    const path = newPath();
    const { kb, extractions } = generateKnowledgeBase({ articles: 30, seed: 9 });
    const store = await openSqliteStore(path);
    await store.replaceKnowledgeBase(kb, extractions);
    const actors = await store.listActors({ limit: 500 });
    const places = await store.listPlaces({ limit: 500 });
    await store.close();
    const raw = new BetterSqlite3(path);
    raw.exec(
      `alter table actors drop column list_doc; alter table places drop column list_doc; ${DROP_ACTOR_TIMELINE} delete from dateline_migration where name = '0010-entity-list-docs'`,
    );
    raw.close();
    await expect(openSqliteStore(path, { readonly: true })).rejects.toThrow(/0010-entity-list-docs/);
    const upgraded = await openSqliteStore(path);
    expect(await upgraded.listActors({ limit: 500 })).toStrictEqual(actors);
    expect(await upgraded.listPlaces({ limit: 500 })).toStrictEqual(places);
    expect(actors.items).toHaveLength(kb.actors.length);
    expect(places.items).toHaveLength(kb.places.length);
    await upgraded.close();
  });

  it("fills the actors' time lines from the stored events when upgrading a KB written before them", async () => {
    const path = newPath();
    const { kb, extractions } = generateKnowledgeBase({ articles: 30, seed: 9 });
    const store = await openSqliteStore(path);
    await store.replaceKnowledgeBase(kb, extractions);
    const actors = kb.actors.slice(0, 5).map((a) => a.id);
    const written = await actorPages(store, actors);
    await store.close();
    const raw = new BetterSqlite3(path);
    raw.exec(DROP_ACTOR_TIMELINE);
    raw.close();
    await expect(openSqliteStore(path, { readonly: true })).rejects.toThrow(/0011-actor-timeline/);
    const upgraded = await openSqliteStore(path);
    expect(await actorPages(upgraded, actors)).toStrictEqual(written);
    expect(written.flat().length).toBeGreaterThan(10);
    await upgraded.close();
  });

  it("lets several opens of one new file race through the migrations, each once", async () => {
    // Separate connections interleave at every await of the migrator, as separate processes do.
    for (let round = 0; round < 5; round++) {
      const path = newPath();
      const stores = await Promise.all(Array.from({ length: 4 }, () => openSqliteStore(path)));
      await Promise.all(stores.map((s) => s.close()));
      const raw = new BetterSqlite3(path);
      const names = raw.prepare("select name from dateline_migration").pluck().all();
      expect(new Set(names).size).toBe(names.length);
      expect(names).toHaveLength(11);
      raw.close();
    }
  });
});

describe("a replace drops the item tables' indexes and builds them again before commit", () => {
  const indexes = (path: string) => {
    const raw = new BetterSqlite3(path, { readonly: true });
    const rows = raw.prepare("select name, tbl_name, sql from sqlite_schema where type = 'index' order by name").all();
    const check = raw.prepare("pragma integrity_check").pluck().all();
    raw.close();
    return { rows, check };
  };

  it("leaves the same index definitions, each holding exactly the rows' entries, and the search index whole", async () => {
    const path = newPath();
    const store = await openSqliteStore(path);
    const created = indexes(path).rows;
    expect(created.length).toBeGreaterThan(15);
    const { kb, extractions } = generateKnowledgeBase({ articles: 60, seed: 11 });
    await store.replaceKnowledgeBase(kb, extractions);
    const other = generateKnowledgeBase({ articles: 45, seed: 12 });
    await store.replaceKnowledgeBase(other.kb, other.extractions);
    await store.close();
    const after = indexes(path);
    expect(after.rows).toStrictEqual(created);
    // integrity_check compares every index entry with its table row, both ways.
    expect(after.check).toEqual(["ok"]);
    const raw = new BetterSqlite3(path);
    for (const t of ["articles_fts", "events_fts", "actors_fts"]) {
      expect(() => raw.prepare(`insert into ${t}(${t}, rank) values('integrity-check', 1)`).run()).not.toThrow();
    }
    // A read the planner answers from an index gives what a scan of the table gives.
    const actor = other.kb.events[0]!.participants[0]!.actorId;
    const viaIndex = raw
      .prepare("select event_id from event_participants where actor_id = ? order by event_id")
      .pluck()
      .all(actor);
    const viaScan = raw
      .prepare("select event_id from event_participants not indexed where actor_id = ? order by event_id")
      .pluck()
      .all(actor);
    expect(viaIndex.length).toBeGreaterThan(0);
    expect(viaIndex).toStrictEqual(viaScan);
    const plan = raw
      .prepare("explain query plan select event_id from event_participants where actor_id = ?")
      .all(actor) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join()).toMatch(/USING (COVERING )?INDEX event_participants_by_actor/);
    raw.close();
    const reopened = await openSqliteStore(path, { readonly: true });
    expect(JSON.stringify(await reopened.loadKnowledgeBase())).toBe(JSON.stringify(other.kb));
    await reopened.close();
  });

  it("keeps the indexes and the previous KB when the write fails after they were dropped", async () => {
    const path = newPath();
    const store = await openSqliteStore(path);
    const before = generateKnowledgeBase({ articles: 30, seed: 13 });
    await store.replaceKnowledgeBase(before.kb, before.extractions);
    const definitions = indexes(path).rows;
    const next = generateKnowledgeBase({ articles: 30, seed: 14 });
    async function* failing() {
      yield next.extractions[0]!;
      throw new Error("the extraction spill could not be read");
    }
    await expect(store.replaceKnowledgeBase(next.kb, failing())).rejects.toThrow(/spill could not be read/);
    await store.close();
    const after = indexes(path);
    expect(after.rows).toStrictEqual(definitions);
    expect(after.check).toEqual(["ok"]);
    const reopened = await openSqliteStore(path, { readonly: true });
    expect(JSON.stringify(await reopened.loadKnowledgeBase())).toBe(JSON.stringify(before.kb));
    await reopened.close();
  });
});

describe("an actor's page of events", () => {
  it("is read from the actor's time line index in order, with or without other filters, never sorting the actor's events", async () => {
    const path = newPath();
    const { kb, extractions } = generateKnowledgeBase({ articles: 60, seed: 5 });
    const store = await openSqliteStore(path);
    await store.replaceKnowledgeBase(kb, extractions);
    const actor = kb.events[0]!.participants[0]!.actorId;
    const prepared: string[] = [];
    const original = BetterSqlite3.prototype.prepare;
    const spy = vi.spyOn(BetterSqlite3.prototype, "prepare").mockImplementation(function (
      this: BetterSqlite3.Database,
      source: string,
    ) {
      prepared.push(source);
      return original.call(this, source);
    });
    try {
      const first = await store.listEventsJson({ actor, limit: 2 });
      await store.listEventsJson({ actor, limit: 2, cursor: first.nextCursor! });
      await store.listEventsJson({ actor, type: kb.events[0]!.type, from: "2019", to: "2024", limit: 5 });
      await store.listEventSummaries({ actor, status: "occurred", limit: 5 });
    } finally {
      spy.mockRestore();
      await store.close();
    }
    const reads = [...new Set(prepared.filter((sql) => /from "actor_timeline"/.test(sql)))];
    expect(reads.length).toBeGreaterThanOrEqual(3);
    const raw = new BetterSqlite3(path, { readonly: true });
    for (const sql of reads) {
      const args = Array.from(sql.match(/\?/g) ?? [], () => "x");
      const plan = (raw.prepare(`explain query plan ${sql}`).all(...args) as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join("; ");
      expect(plan).toMatch(/SEARCH actor_timeline USING COVERING INDEX actor_timeline_by_time/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
    raw.close();
  });
});

describe("closing", () => {
  it("leaves the whole KB in the file itself, also after the generation was read", async () => {
    const path = newPath();
    const { kb, extractions } = generateKnowledgeBase({ articles: 10, seed: 3 });
    const store = await openSqliteStore(path);
    await store.replaceKnowledgeBase(kb, extractions);
    expect(await store.generation()).toBe(1);
    await store.close();
    // A copy of the file alone (no -wal beside it) is the complete database once every connection closed.
    const copy = newPath();
    copyFileSync(path, copy);
    const reopened = await openSqliteStore(copy, { readonly: true });
    expect(await reopened.generation()).toBe(1);
    expect(JSON.stringify(await reopened.loadKnowledgeBase())).toBe(JSON.stringify(kb));
    await reopened.close();
  });
});

describe("a crash during replace", () => {
  it("leaves the previous KB and extraction cache intact after the writer is killed mid-transaction", async () => {
    const path = newPath();
    const before = generateKnowledgeBase({ articles: 40, seed: 5 });
    const store = await openSqliteStore(path);
    await store.replaceKnowledgeBase(before.kb, before.extractions);
    const hashes = await store.listArticleHashes();
    await store.close();

    const script = fileURLToPath(new URL("./testing/crash-during-replace.ts", import.meta.url));
    const child = spawnSync(process.execPath, ["--import", "tsx", script, path], { encoding: "utf8", timeout: 60_000 });
    expect(child.signal).toBe("SIGKILL");
    expect(child.stdout).not.toContain("finished");

    const after = await openSqliteStore(path);
    expect(JSON.stringify(await after.loadKnowledgeBase())).toBe(JSON.stringify(before.kb));
    expect(await after.listArticleHashes()).toEqual(hashes);
    const first = before.extractions[0]!;
    expect(await after.getExtraction(first.articleId, first.article.sha256, first.extractor.version)).toStrictEqual(
      first,
    );
    expect((await after.search("Pashinian")).length).toBeGreaterThan(0);
    await after.close();
  }, 90_000);
});

describe("another process reading while a replace is written", () => {
  it("sees only whole knowledge bases, the old one or the new one", async () => {
    const path = newPath();
    const old = generateKnowledgeBase({ articles: 20, seed: 1 });
    const next = generateKnowledgeBase({ articles: 600, seed: 2 });
    const store = await openSqliteStore(path);
    await store.replaceKnowledgeBase(old.kb, old.extractions);

    const script = fileURLToPath(new URL("./testing/read-while-writing.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", script, path], { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    const ready = new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("ready")) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await ready;
    await store.replaceKnowledgeBase(next.kb, next.extractions);
    await store.close();
    await new Promise((resolve) => setTimeout(resolve, 200)); // a few reads of the new KB too
    child.stdin.end();
    expect(await exited).toBe(0);

    const { reads, seen } = JSON.parse(out.slice(out.indexOf("{"))) as { reads: number; seen: string[] };
    const before = `${old.kb.events.length}/${old.kb.articles.length}`;
    const after = `${next.kb.events.length}/${next.kb.articles.length}`;
    expect(reads).toBeGreaterThan(10);
    expect(seen).toContain(before);
    expect(seen).toContain(after);
    for (const pair of seen) expect([before, after]).toContain(pair);
  }, 90_000);
});
