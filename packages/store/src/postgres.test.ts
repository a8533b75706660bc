// The Store contract against a real throwaway PostgreSQL cluster, plus what only PostgreSQL has (concurrent writers).
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { StoreOpenError } from "./index";
import { openStore } from "./open-store";
import { openPostgresStore, redactUrl } from "./postgres";
import { generateKnowledgeBase } from "./testing/generate-kb";
import { findPgBin, type PgCluster, startPgCluster } from "./testing/pg-cluster";
import { actorPages, describeStoreContract, expectedMentions } from "./testing/store-contract";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const available = findPgBin() !== null;
// CI installs postgresql, so there a missing server is a failure; a laptop without it skips with a reason.
if (!available && !process.env.CI) {
  console.warn("PostgreSQL tests skipped: no initdb found (apt-get install postgresql to run them)");
}
const cluster: PgCluster | null = available || process.env.CI ? await startPgCluster() : null;
afterAll(() => cluster?.stop());

const suite = cluster ? describe : describe.skip;

if (cluster) {
  describeStoreContract("postgres", async () => {
    const url = await cluster.createDatabase();
    return { open: (options) => openPostgresStore(url, options) };
  });
}

/** The listing columns, dropped to leave a database as a Dateline from before them wrote it. */
const DROP_LIST_DOCS =
  "alter table events drop column list_doc; alter table actors drop column list_doc; alter table places drop column list_doc";
/** The actors' time lines, dropped (with the migration's record) to leave a database as a Dateline from before them wrote it. */
const DROP_ACTOR_TIMELINE =
  "drop table actor_timeline; delete from dateline_migration where name = '0010-actor-timeline'";

suite("openPostgresStore", () => {
  const c = cluster!;

  it("is what openStore opens for a postgres:// or postgresql:// URL", async () => {
    const url = await c.createDatabase();
    for (const u of [url, url.replace("postgres://", "postgresql://")]) {
      const store = await openStore(u);
      expect(await store.stats()).toMatchObject({ articles: 0 });
      await store.close();
    }
  });

  it("runs its migrations once, with a GIN index on each search column", async () => {
    const url = await c.createDatabase();
    await (await openPostgresStore(url)).close();
    await (await openPostgresStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const names = await client.query("select name from dateline_migration");
    const indexes = await client.query("select indexname from pg_indexes where indexdef like '%USING gin (search)%'");
    await client.end();
    expect(names.rows.map((r) => r.name)).toEqual([
      "0001-initial",
      "0002-kb-generation",
      "0003-read-indexes",
      "0004-timeline-indexes",
      "0005-wide-timeline-index",
      "0006-article-mentions",
      "0007-event-list-docs",
      "0008-event-indexes-by-id",
      "0009-entity-list-docs",
      "0010-actor-timeline",
    ]);
    expect(indexes.rows.map((r) => r.indexname).sort()).toEqual(["actors_search", "articles_search", "events_search"]);
  });

  it("fills article_mentions from the stored actors and places when upgrading a KB written before it", async () => {
    const url = await c.createDatabase();
    const { kb, extractions } = generateKnowledgeBase({ articles: 30, seed: 9 });
    const store = await openPostgresStore(url);
    await store.replaceKnowledgeBase(kb, extractions);
    await store.close();
    // The database as an older Dateline left it: no mentions table, its migration not yet run.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("drop table article_mentions");
    await client.query(DROP_LIST_DOCS);
    await client.query(DROP_ACTOR_TIMELINE);
    await client.query(
      "delete from dateline_migration where name in ('0006-article-mentions', '0007-event-list-docs', '0008-event-indexes-by-id', '0009-entity-list-docs')",
    );
    await client.end();
    const upgraded = await openPostgresStore(url);
    for (const article of kb.articles) {
      expect((await upgraded.getArticleItems(article.id)).mentions).toStrictEqual(expectedMentions(kb, article.id));
    }
    await upgraded.close();
  });

  it("fills events' listing items from the stored events when upgrading a KB written before them", async () => {
    const url = await c.createDatabase();
    const { kb, extractions } = generateKnowledgeBase({ articles: 30, seed: 9 });
    const store = await openPostgresStore(url);
    await store.replaceKnowledgeBase(kb, extractions);
    const written = await store.listEventsJson({ limit: 500 });
    await store.close();
    // The database as an older Dateline left it: no list_doc column, its migration not yet run.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(DROP_LIST_DOCS);
    await client.query(DROP_ACTOR_TIMELINE);
    await client.query(
      "delete from dateline_migration where name in ('0007-event-list-docs', '0008-event-indexes-by-id', '0009-entity-list-docs')",
    );
    await client.end();
    const upgraded = await openPostgresStore(url);
    const listed = await upgraded.listEventsJson({ limit: 500 });
    expect(listed.items).toEqual(written.items);
    expect(listed.items.length).toBe(kb.events.length);
    await upgraded.close();
  });

  it("fills actors' and places' listing items from the stored ones when upgrading a KB written before them", async () => {
    const url = await c.createDatabase();
    const { kb, extractions } = generateKnowledgeBase({ articles: 30, seed: 9 });
    const store = await openPostgresStore(url);
    await store.replaceKnowledgeBase(kb, extractions);
    const actors = await store.listActors({ limit: 500 });
    const places = await store.listPlaces({ limit: 500 });
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("alter table actors drop column list_doc; alter table places drop column list_doc");
    await client.query(DROP_ACTOR_TIMELINE);
    await client.query("delete from dateline_migration where name = '0009-entity-list-docs'");
    await client.end();
    const upgraded = await openPostgresStore(url);
    expect(await upgraded.listActors({ limit: 500 })).toStrictEqual(actors);
    expect(await upgraded.listPlaces({ limit: 500 })).toStrictEqual(places);
    expect(actors.items).toHaveLength(kb.actors.length);
    await upgraded.close();
  });

  it("fills the actors' time lines from the stored events when upgrading a KB written before them", async () => {
    const url = await c.createDatabase();
    const { kb, extractions } = generateKnowledgeBase({ articles: 30, seed: 9 });
    const store = await openPostgresStore(url);
    await store.replaceKnowledgeBase(kb, extractions);
    const actors = kb.actors.slice(0, 5).map((a) => a.id);
    const written = await actorPages(store, actors);
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(DROP_ACTOR_TIMELINE);
    await client.end();
    const upgraded = await openPostgresStore(url);
    expect(await actorPages(upgraded, actors)).toStrictEqual(written);
    expect(written.flat().length).toBeGreaterThan(10);
    await upgraded.close();
  });

  it("refuses a database of another application, and leaves it alone", async () => {
    const url = await c.createDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("create table invoices (id integer primary key)");
    await expect(openPostgresStore(url)).rejects.toThrow(/not a Dateline one/);
    const tables = await client.query("select table_name from information_schema.tables where table_schema = 'public'");
    await client.end();
    expect(tables.rows.map((r) => r.table_name)).toEqual(["invoices"]);
  });

  it("says which server it could not reach, without the password", async () => {
    const url = "postgres://me:secret@127.0.0.1:1/nothing";
    const error = await openPostgresStore(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(String((error as Error).message)).toContain("127.0.0.1:1");
    expect(String((error as Error).message)).not.toContain("secret");
    expect(redactUrl(url)).toBe("postgres://me:***@127.0.0.1:1/nothing");
  });

  it("finds words whatever their accents, as SQLite does", async () => {
    const store = await openPostgresStore(await c.createDatabase());
    const { kb, extractions } = generateKnowledgeBase({ articles: 5, seed: 4 });
    kb.actors[0]!.aliases.push({ name: "Paşinyan Ünal", articles: [] } as never);
    await store.replaceKnowledgeBase(kb, extractions);
    expect((await store.search("pasinyan unal", { kinds: ["actor"] })).map((h) => h.id)).toEqual([kb.actors[0]!.id]);
    await store.close();
  });
});

suite("two writers on one database", () => {
  it("serialises concurrent replaces: the result is one KB whole, never a mix or doubled rows", async () => {
    const url = await cluster!.createDatabase();
    const a = await openPostgresStore(url);
    const b = await openPostgresStore(url);
    const one = generateKnowledgeBase({ articles: 150, seed: 11 });
    const two = generateKnowledgeBase({ articles: 120, seed: 12 });
    const results = await Promise.allSettled([
      a.replaceKnowledgeBase(one.kb, one.extractions),
      b.replaceKnowledgeBase(two.kb, two.extractions),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const stored = JSON.stringify(await a.loadKnowledgeBase());
    expect([JSON.stringify(one.kb), JSON.stringify(two.kb)]).toContain(stored);
    const stats = await b.stats();
    const winner = stored === JSON.stringify(one.kb) ? one.kb : two.kb;
    expect(stats.articles).toBe(winner.articles.length);
    expect(stats.events).toBe(winner.events.length);
    // Both writers' extractions are cached: the cache keeps rows of articles in either KB's list.
    expect((await a.listArticleHashes()).size).toBeGreaterThanOrEqual(winner.articles.length);
    await a.close();
    await b.close();
  });
});
