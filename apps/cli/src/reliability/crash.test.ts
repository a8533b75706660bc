// SIGKILL at seeded random moments: `dateline ingest` leaves the KB before or after, `curation.add` a whole file.
import { type ChildProcess, spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mulberry32 } from "@dateline/core/random";
import { parseCurationYaml } from "@dateline/kb";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goodArticle } from "./fixtures/hostile-inputs";
import { BIN, dateline, exportOf } from "./run-cli";

const KILLS = 20;
const SEED = 20_261_123;

const tmp = mkdtempSync(join(tmpdir(), "dateline-crash-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const curation = join(tmp, "curation");
const env = { ...process.env, NO_COLOR: "1", DATELINE_DB: "" };

function writeCorpus(name: string, cities: string[]): void {
  mkdirSync(join(tmp, name));
  for (const [i, city] of cities.entries()) {
    writeFileSync(join(tmp, name, `${city.toLowerCase()}.txt`), goodArticle(i, city));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );

/** Opens the file as SQLite would after a crash (replaying the WAL) and runs the full integrity check. */
function integrity(db: string): string {
  const sqlite = new BetterSqlite3(db);
  try {
    return (sqlite.pragma("integrity_check", { simple: true }) as string) ?? "no answer";
  } finally {
    sqlite.close();
  }
}

let before: string;
let after: string;
let fullMs: number;

beforeAll(async () => {
  writeCorpus("first", ["Geneva", "Vienna"]);
  writeCorpus("second", ["Oslo", "Madrid", "Lisbon"]);
  expect(dateline(["ingest", "first", "--db", "base.db", "--curation", curation], { cwd: tmp }).code).toBe(0);
  before = (await exportOf(join(tmp, "base.db")))!;
  copyFileSync(join(tmp, "base.db"), join(tmp, "full.db"));
  const started = Date.now();
  expect(dateline(["ingest", "second", "--db", "full.db", "--curation", curation], { cwd: tmp }).code).toBe(0);
  fullMs = Date.now() - started;
  after = (await exportOf(join(tmp, "full.db")))!;
  expect(after).not.toBe(before);
}, 180_000);

describe("SIGKILL during dateline ingest", () => {
  it(`leaves, at each of ${KILLS} random moments, an intact database holding the KB before or after`, async () => {
    const next = mulberry32(SEED);
    // Most of a run is start-up; the schedule reaches from there to past the usual end, where the write is.
    // Two at a time run slower than the one measured run, so the last two kills come late enough to land after the
    // commit whatever the machine's load, and the first two come early in start-up, well before it even if the
    // measured run was slowed by a burst of load: the test must see both sides of the commit to prove anything.
    const delays = Array.from({ length: KILLS }, (_, k) => {
      if (k < 2) return Math.round(fullMs * 0.1);
      if (k >= KILLS - 2) return Math.round(fullMs * 4);
      return Math.round(fullMs * (0.25 + 0.9 * next()));
    });
    const outcomes: string[] = [];
    // Two at a time: each run has its own database copy, so they do not interfere.
    for (let i = 0; i < KILLS; i += 2) {
      await Promise.all(
        [i, i + 1].map(async (k) => {
          const db = `kill-${k}.db`;
          copyFileSync(join(tmp, "base.db"), join(tmp, db));
          const child = spawn(process.execPath, [BIN, "ingest", "second", "--db", db, "--curation", curation], {
            cwd: tmp,
            env,
            stdio: "ignore",
          });
          const done = exited(child);
          const timer = setTimeout(() => child.kill("SIGKILL"), delays[k]);
          const { signal } = await done;
          clearTimeout(timer);
          expect(integrity(join(tmp, db)), `kill ${k} at ${delays[k]} ms`).toBe("ok");
          const kb = await exportOf(join(tmp, db));
          const state = kb === before ? "before" : kb === after ? "after" : "MIXED";
          expect(state, `kill ${k} at ${delays[k]} ms (${signal ?? "exited"})`).not.toBe("MIXED");
          outcomes.push(`${signal === "SIGKILL" ? "killed" : "finished"}:${state}`);
        }),
      );
    }
    // The schedule must hit both sides of the commit, or the test proved nothing about the window.
    expect(outcomes.filter((o) => o === "killed:before").length).toBeGreaterThan(0);
    expect(outcomes.some((o) => o.endsWith(":after"))).toBe(true);
  }, 600_000);
});

describe("SIGKILL during curation.add", () => {
  it("never leaves api.yaml truncated: it holds the old ops or the old ops and the new one", async () => {
    const next = mulberry32(SEED + 1);
    const opsFile = join(curation, "api.yaml");
    mkdirSync(curation, { recursive: true });
    const seeded = `ops:\n  - id: keep\n    op: add-alias\n    actor: { id: jean-dupont }\n    alias: J. Dupont\n    reason: ${"a long reason ".repeat(2000)}\n`;
    for (let k = 0; k < 3; k++) {
      writeFileSync(opsFile, seeded);
      copyFileSync(join(tmp, "full.db"), join(tmp, `serve-${k}.db`));
      const child = spawn(
        process.execPath,
        [BIN, "serve", "--port", "0", "--db", `serve-${k}.db`, "--curation", curation],
        { cwd: tmp, env: { ...env, DATELINE_TOKEN: "a-long-enough-test-token", LOG_LEVEL: "silent" } },
      );
      const done = exited(child);
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout!.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /Dateline API on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once("exit", () => reject(new Error(`serve exited before listening: ${out}`)));
      });
      const op = { op: "add-alias", actor: { id: "jean-dupont" }, alias: `Dupont ${k}`, reason: "kill test" };
      const request = fetch(`${url}/trpc/curation.add`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer a-long-enough-test-token" },
        body: JSON.stringify({ op }),
      }).catch(() => null);
      // The first add loads the extractor (seconds); the file is written early in that window.
      await new Promise((r) => setTimeout(r, Math.round(3000 * next())));
      child.kill("SIGKILL");
      await Promise.all([done, request]);
      const text = readFileSync(opsFile, "utf8");
      const ops = parseCurationYaml(text, "api.yaml");
      expect(ops.map((o) => o.id)).toEqual(ops.length === 1 ? ["keep"] : ["keep", `api-2`]);
      expect(text.startsWith(seeded.trimEnd().split("\n")[0]!)).toBe(true);
      expect(integrity(join(tmp, `serve-${k}.db`))).toBe("ok");
      // A temp file may be left behind by the kill; it never has a .yaml name, so curation never loads it.
      expect(readdirSync(curation).filter((n) => /\.ya?ml$/i.test(n))).toEqual(["api.yaml"]);
    }
    expect(existsSync(opsFile)).toBe(true);
  }, 300_000);
});
