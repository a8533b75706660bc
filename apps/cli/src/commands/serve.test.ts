// Drives the real `dateline serve` in a child process: it prints its URL, answers, and exits 0 on SIGTERM.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildSeedKb, type SeedKb } from "@dateline/api/testing";
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
