// A folder of hostile inputs through the real `dateline ingest`: specific messages, the rest ingests, nothing leaks in.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectInputs, loadCurationDir, runIngest } from "@dateline/ingest";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_CURATION, goodArticle, UNMATCHED_CURATION, writeHostileFolder } from "./fixtures/hostile-inputs";
import { dateline, exportOf } from "./run-cli";

const tmp = mkdtempSync(join(tmpdir(), "dateline-hostile-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const { hostile, good } = writeHostileFolder(join(tmp, "hostile"));
const curation = join(tmp, "curation");
mkdirSync(curation);
writeFileSync(join(curation, "ghost.yaml"), UNMATCHED_CURATION);

// Inputs that are odd but valid, and must ingest like the good ones.
const ingestible = [...good, ...hostile.filter((h) => h.reason === null).map((h) => h.name)];
const refDb = join(tmp, "reference.db");
const db = join(tmp, "hostile.db");
let run: ReturnType<typeof dateline>;

beforeAll(() => {
  // The reference: only the inputs that should ingest, named one by one (one through a path with `..`).
  const named = ingestible.map((n) => (n === "good-1.txt" ? "hostile/loop/../good-1.txt" : `hostile/${n}`));
  const ref = dateline(["ingest", ...named, "--db", refDb, "--curation", curation, "--json"], { cwd: tmp });
  expect(ref.stderr).toBe("");
  expect(JSON.parse(ref.stdout).added).toHaveLength(ingestible.length);
  run = dateline(["ingest", "hostile", "--db", db, "--curation", curation], { cwd: tmp });
}, 300_000);

describe("dateline ingest of a folder of hostile inputs", () => {
  it("exits 1 and says how many were added and skipped", () => {
    expect(run.code).toBe(1);
    const skipped = hostile.filter((h) => h.reason !== null).length;
    expect(run.stdout).toContain(`Ingested ${ingestible.length} added, 0 updated, 0 unchanged, ${skipped} skipped.`);
  });

  it("names every bad input with the specific reason, once each", () => {
    const lines = run.stdout.split("\n").filter((l) => l.trimStart().startsWith("skipped "));
    for (const h of hostile.filter((x) => x.reason !== null)) {
      const mine = lines.filter((l) => l.includes(`hostile/${h.name}:`));
      expect(mine, h.name).toHaveLength(1);
      expect(mine[0], h.name).toMatch(h.reason!);
    }
    expect(lines).toHaveLength(hostile.filter((h) => h.reason !== null).length);
  });

  it("reports a curation op naming a missing id as matching nothing, without failing the ingest", () => {
    expect(run.stdout).toMatch(/curation op matched nothing ghost \(set-actor-kind\): \S/);
  });

  it("stores exactly what the good inputs alone give: nothing of the failures leaks into the KB", async () => {
    const kb = await exportOf(db);
    expect(kb).toBe(await exportOf(refDb));
    // Hostile text that is valid input is kept verbatim, not cleaned (the viewers sanitise on display).
    const articles = JSON.parse(kb!).articles as { id: string; text: string; source: string }[];
    expect(articles.find((a) => a.id === "windows-1252")?.text).toContain("“Café”");
    expect(articles.find((a) => a.id === "utf16-bom")?.text).toContain("ROME — The foreign ministers");
    expect(articles.find((a) => a.id === "good-1")?.source).toBe("hostile/good-1.txt");
    expect(articles.find((a) => a.id === "scripts")?.text).not.toContain("<script");
    // The impossible date is not stored as a date (a missing date says why instead).
    const prague = articles.find((a) => a.id === "impossible-date") as { published?: unknown } | undefined;
    expect(prague?.published ?? null).toBeNull();
  });

  it("is idempotent: ingesting the same folder again changes nothing", async () => {
    const before = await exportOf(db);
    const again = dateline(["ingest", "hostile", "--db", db, "--curation", curation, "--json"], { cwd: tmp });
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).unchanged).toHaveLength(ingestible.length);
    expect(await exportOf(db)).toBe(before);
  }, 120_000);

  it("as root reads a chmod 000 file (root ignores modes); as a user it is skipped as permission denied", () => {
    const line = run.stdout.split("\n").find((l) => l.includes("unreadable.txt"));
    if (process.getuid?.() === 0) expect(line).toBeUndefined();
    else expect(line).toMatch(/permission denied/);
  });
});

describe("curation files that must be refused before anything is written", () => {
  it("names the file, line and field of each problem", async () => {
    for (const bad of BAD_CURATION) {
      const dir = join(tmp, `curation-${bad.name}`);
      mkdirSync(dir);
      writeFileSync(join(dir, bad.name), bad.text);
      await expect(loadCurationDir(dir), bad.name).rejects.toThrow(bad.message);
    }
  });

  it("through the real CLI: an anchors bomb exits 1 with the message and leaves the database as it was", async () => {
    const dir = join(tmp, "curation-bomb-cli");
    mkdirSync(dir);
    const bomb = BAD_CURATION.find((b) => b.name === "anchors-bomb.yaml")!;
    writeFileSync(join(dir, bomb.name), bomb.text);
    const before = { kb: await exportOf(db), mtime: statSync(db).mtimeMs, bytes: readFileSync(db) };
    const r = dateline(["ingest", "hostile", "--db", db, "--curation", dir], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(bomb.message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(statSync(db).mtimeMs).toBe(before.mtime);
    expect(readFileSync(db).equals(before.bytes)).toBe(true);
  }, 120_000);
});

describe("a file that vanishes between the walk and the read", () => {
  it("is skipped as missing and the others still ingest", async () => {
    const dir = join(tmp, "vanishing");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.txt"), goodArticle(10, "Athens"));
    writeFileSync(join(dir, "b.txt"), goodArticle(11, "Sofia"));
    const { files } = await collectInputs([dir]);
    unlinkSync(join(dir, "a.txt"));
    const store = await openSqliteStore(join(tmp, "vanishing.db"));
    try {
      const report = await runIngest({ store, files, curation: [] });
      expect(report.skipped).toEqual([{ source: expect.stringMatching(/a\.txt$/), reason: "no such file or folder" }]);
      expect(report.added).toEqual(["b"]);
    } finally {
      await store.close();
    }
  });
});
