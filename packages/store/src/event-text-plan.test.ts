// A text filter on SQLite is written two ways (the match list drives the read, or the time line is walked and each
// entry checked against the list): both must keep the same events in the same order, with or without other filters.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { type Expression, Kysely, type SqlBool, SqliteDialect } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./database";
import { toFtsQuery } from "./fts-query";
import { openSqliteStore } from "./sqlite";
import { eventMatches } from "./sqlite-sql";
import { generateKnowledgeBase } from "./testing/generate-kb";

const root = mkdtempSync(join(tmpdir(), "dateline-text-plan-"));
const path = join(root, "kb.db");
const { kb, extractions } = generateKnowledgeBase({ articles: 150, seed: 21 });
let db: Kysely<Database>;

beforeAll(async () => {
  const store = await openSqliteStore(path);
  await store.replaceKnowledgeBase(kb, extractions);
  await store.close();
  db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(path, { readonly: true }) }) });
});
afterAll(async () => {
  await db.destroy();
  rmSync(root, { recursive: true, force: true });
});

type Extra = (q: ReturnType<typeof page>) => ReturnType<typeof page>;
const page = (matches: Expression<SqlBool>) =>
  db.selectFrom("events").select("events.id as id").where(matches).orderBy("sort_key").orderBy("events.id").limit(25);

const actor = kb.events[3]!.participants[0]!.actorId;
const extras: Record<string, Extra> = {
  alone: (q) => q,
  "with an actor": (q) =>
    q.where("events.id", "in", (eb) =>
      eb.selectFrom("event_participants").select("event_id").where("actor_id", "=", actor),
    ),
  "with a type": (q) => q.where("type", "=", "talks"),
  "with a date range": (q) => q.where("date_latest", ">=", "2021-01-01").where("date_earliest", "<=", "2022-06-30"),
};

describe("the text filter's two plans", () => {
  for (const word of ["talks", "Pashinian", "phone", "Bak*"]) {
    for (const [name, extra] of Object.entries(extras)) {
      it(`keep the same page for "${word}" ${name}`, async () => {
        const query = toFtsQuery(word);
        // walkFrom 1: every query walks; walkFrom 10⁹: the match list always drives the read.
        const walked = extra(page(await eventMatches(db, query, 1)));
        const sorted = extra(page(await eventMatches(db, query, 1e9)));
        const a = (await walked.execute()).map((r) => r.id);
        const b = (await sorted.execute()).map((r) => r.id);
        expect(a).toStrictEqual(b);
        if (name === "alone") {
          expect(a.length).toBeGreaterThan(0);
          const plan = async (q: typeof walked) => {
            const { sql: text, parameters } = q.compile();
            const raw = new BetterSqlite3(path, { readonly: true });
            const rows = raw.prepare(`explain query plan ${text}`).all(...parameters) as Array<{ detail: string }>;
            raw.close();
            return rows.map((r) => r.detail).join("; ");
          };
          expect(await plan(sorted)).toMatch(/USE TEMP B-TREE FOR ORDER BY/);
          expect(await plan(walked)).not.toMatch(/TEMP B-TREE/);
        }
      });
    }
  }
});
