// Writers that read, link and write the whole KB, lined up so that each builds on a KB another one then replaces:
// real `runIngest` processes of different files and a curation re-link, on one SQLite file and on one
// PostgreSQL database. The generation check makes the late writers re-read and re-link, so nothing is lost.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildKnowledgeBase } from "@dateline/kb";
import type { Store } from "@dateline/store";
import { openStore } from "@dateline/store/open";
import { findPgBin, type PgCluster, startPgCluster } from "@dateline/store/testing/pg-cluster";
import { afterAll, describe, expect, it } from "vitest";
import { collectInputs } from "./collect-inputs";
import { loadCurationDir } from "./curation-files";
import { runIngest } from "./run-ingest";

const root = mkdtempSync(join(tmpdir(), "dateline-concurrent-"));
const HELPER = fileURLToPath(new URL("./testing/concurrent-ingest.ts", import.meta.url));
const pgAvailable = findPgBin() !== null || Boolean(process.env.CI);
const cluster: PgCluster | null = pgAvailable ? await startPgCluster() : null;
afterAll(() => {
  cluster?.stop();
  rmSync(root, { recursive: true, force: true });
});

const article = (city: string, n: number) =>
  [
    `Ministers meet in ${city} (${n})`,
    "",
    "Reuters",
    `March ${n}, 2024`,
    "",
    `${city.toUpperCase()} — The foreign ministers of France and Germany met in ${city} on Friday to discuss trade, officials said.`,
    "",
    `"We agreed to meet again in April," French Foreign Minister Jean Dupont told reporters after the talks.`,
    "",
  ].join("\n");

/** A folder of articles, one per city; returns the folder and the article ids (the file names). */
function corpus(dir: string, name: string, cities: string[]): { dir: string; ids: string[] } {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const [i, city] of cities.entries()) {
    writeFileSync(join(folder, `${city.toLowerCase()}.txt`), article(city, i + 1));
  }
  return { dir: folder, ids: cities.map((c) => c.toLowerCase()) };
}

interface Child {
  process: ChildProcessWithoutNullStreams;
  /** Resolves when the child has built its KB and waits for "go". */
  built: Promise<void>;
  /** The child's report once it exits 0. */
  done: Promise<{ added: string[]; attempts: number }>;
}

function ingestProcess(target: string, curationDir: string, mode: "hold" | "run", input: string): Child {
  const child = spawn(process.execPath, ["--import", "tsx", HELPER, target, curationDir, mode, input], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let onBuilt: () => void = () => {};
  const built = new Promise<void>((resolve) => {
    onBuilt = resolve;
  });
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
    if (out.includes("built\n")) onBuilt();
  });
  child.stderr.on("data", (d: Buffer) => {
    err += d.toString();
  });
  const done = new Promise<{ added: string[]; attempts: number }>((resolve, reject) => {
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`ingest of ${input} exited ${code}: ${err}`));
      resolve(JSON.parse(out.trim().split("\n").at(-1)!));
    });
  });
  // A child that dies before it is held must fail the test, not leave it waiting for "built".
  const builtOrDied = Promise.race([built, done.then(() => undefined)]);
  return { process: child, built: builtOrDied, done };
}

const aliasOp = (id: string, alias: string) =>
  `ops:\n  - id: ${id}\n    op: add-alias\n    actor: { id: jean-dupont }\n    alias: ${alias}\n    reason: test\n`;

async function storedIds(store: Store): Promise<string[]> {
  const kb = await store.loadKnowledgeBase();
  return (kb?.articles ?? []).map((a) => a.id);
}

function describeBackend(name: string, newTarget: () => Promise<string>) {
  describe(`concurrent writers on one ${name} database`, () => {
    it("end with every article of every ingest and every curation op, each writer retrying after the one that got in first", async () => {
      const dir = mkdtempSync(join(root, `${name}-`));
      const target = await newTarget();
      const curationDir = join(dir, "curation");
      mkdirSync(curationDir);
      const base = corpus(dir, "base", ["Geneva", "Vienna"]);
      const one = corpus(dir, "one", ["Oslo", "Madrid"]);
      const two = corpus(dir, "two", ["Lisbon", "Prague"]);
      const three = corpus(dir, "three", ["Dublin"]);

      const store = await openStore(target);
      try {
        const { files } = await collectInputs([base.dir]);
        await runIngest({ store, files, curation: [] });

        // 1. Two ingest processes build on the base KB and wait; meanwhile a curation write re-links and
        // commits. Released together, both must find their KB stale, and re-read, re-link and write again.
        const a = ingestProcess(target, curationDir, "hold", one.dir);
        const b = ingestProcess(target, curationDir, "hold", two.dir);
        await Promise.all([a.built, b.built]);
        writeFileSync(join(curationDir, "api.yaml"), aliasOp("first", "J. Dupont"));
        const relinked = await runIngest({ store, files: [], curation: () => loadCurationDir(curationDir) });
        expect(relinked.attempts).toBe(1);
        a.process.stdin.write("go\n");
        b.process.stdin.write("go\n");
        const [ra, rb] = await Promise.all([a.done, b.done]);
        expect(ra.added).toEqual(one.ids.sort());
        expect(rb.added).toEqual(two.ids.sort());
        expect(ra.attempts).toBeGreaterThanOrEqual(2);
        expect(rb.attempts).toBeGreaterThanOrEqual(2);
        expect(await storedIds(store)).toEqual([...base.ids, ...one.ids, ...two.ids].sort());

        // 2. The other way round: a curation re-link is built, then an ingest commits before it writes.
        writeFileSync(
          join(curationDir, "api.yaml"),
          `${aliasOp("first", "J. Dupont")}${aliasOp("second", "Monsieur Dupont").replace("ops:\n", "")}`,
        );
        const c = ingestProcess(target, curationDir, "run", three.dir);
        const curated = await runIngest({
          store,
          files: [],
          curation: () => loadCurationDir(curationDir),
          beforeWrite: async (attempt) => {
            if (attempt === 1) await c.done;
          },
        });
        expect(curated.attempts).toBe(2);
        expect((await c.done).added).toEqual(three.ids);

        const kb = (await store.loadKnowledgeBase())!;
        const ids = kb.articles.map((x) => x.id);
        expect(ids).toEqual([...base.ids, ...one.ids, ...two.ids, ...three.ids].sort());
        expect(new Set(ids).size).toBe(ids.length);
        expect((await store.stats()).articles).toBe(ids.length);
        expect(kb.curation.map((s) => [s.opId, s.status])).toEqual([
          ["first", "applied"],
          ["second", "applied"],
        ]);
        const dupont = kb.actors.find((x) => x.id === "jean-dupont")!;
        expect(dupont.aliases.map((x) => x.name)).toEqual(expect.arrayContaining(["J. Dupont", "Monsieur Dupont"]));
        // Every article is linked: the Dupont quotes of all seven articles are in the one KB.
        expect(new Set(kb.quotes.map((q) => q.articleId))).toEqual(new Set(ids));
      } finally {
        await store.close();
      }
    }, 300_000);

    it("gives up with a clear message when another writer gets in before every attempt", async () => {
      const dir = mkdtempSync(join(root, `${name}-giveup-`));
      const target = await newTarget();
      const store = await openStore(target);
      const other = await openStore(target);
      try {
        const { files } = await collectInputs([corpus(dir, "mine", ["Rome"]).dir]);
        const phases: string[] = [];
        const error = await runIngest({
          store,
          files,
          curation: [],
          maxAttempts: 2,
          // Another writer replaces the KB between every read and write of this ingest.
          beforeWrite: async () => {
            await other.replaceKnowledgeBase(buildKnowledgeBase([]), []);
          },
          onPhase: (p) => phases.push(`${p.phase} ${p.attempt}`),
        }).catch((e: unknown) => e);
        // Each attempt links again and tries its write again: a long wait is shown for what it is.
        expect(phases).toEqual(["linking 1", "writing 1", "linking 2", "writing 2"]);
        expect(error).toMatchObject({ name: "IngestConflictError" });
        expect((error as Error).message).toMatch(
          /gave up after 2 attempts.*another writer replaced the knowledge base.*run it again/s,
        );
        expect(await storedIds(store)).toEqual([]);
      } finally {
        await store.close();
        await other.close();
      }
    }, 120_000);
  });
}

let n = 0;
describeBackend("SQLite", async () => join(root, `kb-${++n}.db`));
if (cluster) describeBackend("PostgreSQL", () => cluster.createDatabase());
else console.warn("PostgreSQL concurrency tests skipped: no initdb found");
