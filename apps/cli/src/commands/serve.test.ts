// Drives the real `dateline serve` in a child process: it prints its URL, answers, and exits 0 on SIGTERM.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSeedKb, SEED_ARTICLES, type SeedKb } from "@dateline/api/testing";
import { parseCurationYaml } from "@dateline/kb";
import { openStore } from "@dateline/store/open";
import { findPgBin, type PgCluster, startPgCluster } from "@dateline/store/testing/pg-cluster";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../bin/dateline.mjs", import.meta.url));
const env = { ...process.env, NO_COLOR: "1", DATELINE_DB: "", DATELINE_TOKEN: "" };
let seed: SeedKb;

beforeAll(async () => {
  seed = await buildSeedKb();
}, 120_000);
afterAll(() => seed?.cleanup());

/** Resolves with the URL the server prints on its first line of stdout. */
function urlOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code} before printing its URL: ${out}`)));
  });
}

describe("dateline serve", () => {
  it("serves the KB on a free port and shuts down cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [bin, "serve", "--db", seed.path, "--port", "0"], { env });
    const url = await urlOf(child);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const stats = (await (await fetch(`${url}/api/stats`)).json()) as { articles: number };
    expect(stats.articles).toBeGreaterThan(0);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 60_000);

  it("refuses a bad port with exit 2 and a missing database with exit 1", () => {
    const badPort = spawnSync(process.execPath, [bin, "serve", "--db", seed.path, "--port", "http"], { env });
    expect(badPort.status).toBe(2);
    expect(badPort.stderr.toString()).toContain("--port must be 0-65535");
    const missing = spawnSync(process.execPath, [bin, "serve", "--db", `${seed.dir}/none.db`], { env });
    expect(missing.status).toBe(1);
    expect(missing.stderr.toString()).toContain("no knowledge base at");
  }, 60_000);
});

const TOKEN = "a-long-enough-test-token";

/** POSTs one curation.add; resolves with the HTTP status and the JSON body (status 0: no answer at all). */
async function addOp(url: string, alias: string): Promise<{ status: number; body: unknown }> {
  const op = { op: "add-alias", actor: { id: "nikol-pashinyan" }, alias, reason: "shutdown test" };
  try {
    const res = await fetch(`${url}/trpc/curation.add`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ op }),
    });
    return { status: res.status, body: await res.json() };
  } catch (error) {
    return { status: 0, body: String(error) };
  }
}

const waitFor = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe("dateline serve shutdown", () => {
  it("finishes the curation writes queued at SIGTERM and refuses later ones; api.yaml and the KB agree", async () => {
    const db = seed.copy("shutdown");
    const curation = join(mkdtempSync(join(seed.dir, "shutdown-")), "curation");
    const child = spawn(process.execPath, [bin, "serve", "--db", db, "--port", "0", "--curation", curation], {
      env: { ...env, DATELINE_TOKEN: TOKEN, LOG_LEVEL: "silent" },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const url = await urlOf(child);
    // More writes than the HTTP server's 5 s grace on close could see through (each re-links the KB).
    const requests = Array.from({ length: 12 }, (_, n) => addOp(url, `Pashinyan ${n}`));
    // The first write has started once its op is in the file (it then re-links, which takes seconds).
    const file = join(curation, "api.yaml");
    await waitFor(() => existsSync(file));
    child.kill("SIGTERM");
    const results = await Promise.all(requests);
    expect(await exited).toBe(0);

    const ok = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 503);
    expect(ok.length + refused.length, JSON.stringify(results)).toBe(results.length);
    expect(ok.length).toBeGreaterThan(0);
    for (const r of refused) expect(JSON.stringify(r.body)).toMatch(/shutting down/);
    const added = ok.map((r) => (r.body as { result: { data: { opId: string } } }).result.data.opId).sort();
    // The file holds exactly the ops that were answered 200, and the KB was re-linked with each of them.
    expect(
      parseCurationYaml(readFileSync(file, "utf8"), file)
        .map((o) => o.id)
        .sort(),
    ).toEqual(added);
    const store = await openStore(db, { readonly: true });
    try {
      expect((await store.listCuration()).map((s) => s.opId).sort()).toEqual(added);
    } finally {
      await store.close();
    }
    expect(readdirSync(curation)).toEqual(["api.yaml"]);
    expect(stderr).not.toMatch(/destroyed|internal error/);
    if (ok.length > 1) expect(stderr).toMatch(/finished \d+ queued curation write/);
  }, 180_000);
});

const pgAvailable = findPgBin() !== null || Boolean(process.env.CI);
const describePg = pgAvailable ? describe : describe.skip;

describePg("dateline serve and curate on PostgreSQL", () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 120_000);
  afterAll(() => cluster?.stop());

  it("serve takes DATABASE_URL, answers from PostgreSQL and writes curation; curate --db reads it back", async () => {
    const url = await cluster.createDatabase();
    const curation = join(mkdtempSync(join(seed.dir, "pg-")), "curation");
    const ingest = spawnSync(process.execPath, [bin, "ingest", SEED_ARTICLES, "--db", url, "--curation", curation], {
      env,
      encoding: "utf8",
    });
    expect(ingest.status, ingest.stderr).toBe(0);

    const { DATELINE_DB: _unset, ...pgEnv } = env;
    const child = spawn(process.execPath, [bin, "serve", "--port", "0", "--curation", curation], {
      env: { ...pgEnv, DATABASE_URL: url, DATELINE_TOKEN: TOKEN, LOG_LEVEL: "silent" },
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    const api = await urlOf(child);
    expect(out).toContain("postgres://dateline@127.0.0.1");
    const stats = (await (await fetch(`${api}/api/stats`)).json()) as { articles: number };
    expect(stats.articles).toBe(5);
    const added = await addOp(api, "N. Pashinyan");
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ result: { data: { opId: "api-1", status: { status: "applied" } } } });
    child.kill("SIGTERM");
    expect(await exited).toBe(0);

    const curate = spawnSync(process.execPath, [bin, "curate", "--db", url, "--curation", curation, "--json"], {
      env,
      encoding: "utf8",
    });
    expect(curate.status, curate.stderr).toBe(0);
    expect(JSON.parse(curate.stdout)).toEqual([expect.objectContaining({ id: "api-1", status: "applied" })]);
  }, 300_000);
});
