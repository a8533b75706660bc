// Drives the real `dateline` program in a child process against a SQLite file in a temp dir.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { KnowledgeBaseSchema } from "@dateline/core/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/dateline.mjs", import.meta.url));
const seeds = fileURLToPath(new URL("../../../data/articles/", import.meta.url));
const curation = fileURLToPath(new URL("../../../data/curation/", import.meta.url));

function dateline(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: opts.input,
    cwd: opts.cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", DATELINE_DB: "" },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), "dateline-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const db = join(tmp, "kb.db");

describe("dateline (usage)", () => {
  it("prints help listing every command, exit 0", () => {
    const r = dateline(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["ingest", "export", "events", "actors", "articles", "show", "search", "conflicts", "curate"]) {
      expect(r.stdout).toContain(c);
    }
  });

  it("refuses an unknown command or a bad option value with exit 2 and no stack trace", () => {
    const r = dateline(["frobnicate"]);
    expect(r.code).toBe(2);
    const bad = dateline(["events", "--type", "phonecall", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--type must be one of call");
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("says how to fix a missing database, exit 1", () => {
    const r = dateline(["events", "--db", join(tmp, "none.db")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no knowledge base at");
    expect(r.stderr).toContain("dateline ingest data/articles");
  });
});

describe("dateline on the seed corpus", () => {
  beforeAll(() => {
    const r = dateline(["ingest", seeds, "--db", db, "--curation", curation]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("5 added");
  }, 120_000);

  it("re-ingesting unchanged articles extracts nothing again", () => {
    const r = dateline(["ingest", seeds, "--db", db, "--curation", curation, "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.unchanged).toHaveLength(5);
    expect(report.added).toHaveLength(0);
  });

  it("exports a KnowledgeBase document valid against the core schema, with evidence everywhere", () => {
    const r = dateline(["export", "--db", db]);
    expect(r.code).toBe(0);
    const kb = KnowledgeBaseSchema.parse(JSON.parse(r.stdout));
    expect(kb.articles).toHaveLength(5);
    expect(kb.actors.filter((a) => a.name === "Antony Blinken")).toHaveLength(1);
    expect(kb.actors.filter((a) => /^Nikol Pashin/.test(a.name))).toHaveLength(1);
    const calls = kb.events.filter(
      (e) => e.type === "call" && e.participants.some((p) => p.actorId === "antony-blinken"),
    );
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...calls.map((e) => new Set(e.reports.map((r) => r.articleId)).size))).toBe(4);
    expect(kb.conflicts.some((c) => c.field === "date" && calls.some((e) => e.id === c.eventId))).toBe(true);
  });

  it("exports JSON Lines and CSV", () => {
    const jsonl = dateline(["export", "--db", db, "--format", "jsonl"]).stdout.trim().split("\n");
    const records = jsonl.map((l) => JSON.parse(l) as { record: string; kind?: string });
    expect(new Set(records.map((r) => r.record))).toEqual(
      new Set(["article", "actor", "place", "event", "quote", "figure", "conflict"]),
    );
    // An actor keeps its own kind beside what the line is.
    expect(records.find((r) => r.record === "actor")?.kind).toMatch(/person|organization|country|group/);
    const csv = dateline(["export", "--db", db, "--format", "csv"]).stdout;
    expect(csv.split("\n")[0]).toBe("id,date,precision,type,status,background,title,participants,sources,conflicts");
    expect(dateline(["export", "--db", db, "--format", "xml"]).code).toBe(2);
  });

  it("lists events filtered by an actor's spelling variant and a date range, as JSON", () => {
    const r = dateline(["events", "--db", db, "--actor", "Pashinian", "--from", "2023-11", "--json"]);
    expect(r.code).toBe(0);
    const page = JSON.parse(r.stdout);
    expect(page.items.length).toBeGreaterThan(0);
    for (const e of page.items) {
      expect(e.participants.map((p: { actorId: string }) => p.actorId)).toContain("nikol-pashinyan");
    }
  });

  it("searches the text and shows an actor by id", () => {
    const hits = JSON.parse(dateline(["search", "Pashinian", "--db", db, "--json"]).stdout);
    expect(hits.length).toBeGreaterThan(0);
    const show = dateline(["show", "antony-blinken", "--db", db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("Antony Blinken");
    expect(dateline(["show", "no-such-thing", "--db", db]).code).toBe(1);
  });

  it("lists the conflicts with the articles behind each variant", () => {
    const r = dateline(["conflicts", "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("⚑");
  });
});

describe("dateline ingest with bad input", () => {
  it("ingests the good files of a folder, lists the bad ones with the reason, exit 1", () => {
    const dir = join(tmp, "mixed");
    mkdirSync(dir);
    copyFileSync(join(seeds, readdirSync(seeds)[0]!), join(dir, "good.txt"));
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    writeFileSync(join(dir, "empty.txt"), "   \n");
    const mixedDb = join(tmp, "mixed.db");
    const r = dateline(["ingest", dir, "--db", mixedDb, "--curation", join(tmp, "no-curation")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("1 added");
    expect(r.stdout).toMatch(/skipped .*image\.txt: .*binary/);
    expect(r.stdout).toMatch(/skipped .*empty\.txt: .*empty/);
  });

  it("reads an article from stdin", () => {
    const stdinDb = join(tmp, "stdin.db");
    const text =
      "Leaders meet in Geneva\n\nGENEVA — The foreign ministers of France and Germany met in Geneva on Friday, officials said.";
    const r = dateline(["ingest", "-", "--db", stdinDb, "--curation", join(tmp, "none"), "--json"], { input: text });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).added[0]).toMatch(/^stdin-[0-9a-f]{12}$/);
  });

  it("refuses a broken curation file before writing anything", () => {
    const bad = join(tmp, "bad-curation");
    mkdirSync(bad);
    writeFileSync(join(bad, "x.yaml"), "ops:\n  - op: rename-everything\n    reason: because\n");
    const before = statSync(db).mtimeMs;
    const r = dateline(["ingest", seeds, "--db", db, "--curation", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("x.yaml");
    expect(statSync(db).mtimeMs).toBe(before);
  });
});
