// curation.add over a real, writable KB: the token gate, atomic appends under the lock, the re-link it triggers.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCurationYaml } from "@dateline/kb";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCurationOp, closeCurationWrites } from "./curation-writer";
import { createCaller, createContextInner } from "./root";
import { buildSeedKb, type SeedKb, trpcErrorCode } from "./testing";

const TOKEN = "s3cret-test-token";
const rename = (name: string, id?: string) => ({
  op: "set-actor-name" as const,
  actor: { id: "nikol-pashinyan" },
  name,
  reason: "test: the API writes curation",
  ...(id ? { id } : {}),
});

let seed: SeedKb;
let store: Store;
let curationDir: string;
const callerWith = (token: string | null, auth: string | null) =>
  createCaller(createContextInner({ store, curationDir, token, auth }));

beforeAll(async () => {
  seed = await buildSeedKb();
  store = await openSqliteStore(seed.copy("curation"));
  curationDir = join(seed.dir, "curation");
}, 120_000);

afterAll(async () => {
  await store?.close();
  seed?.cleanup();
});

describe("curation.add", () => {
  it("is FORBIDDEN, saying how to enable writes, when the server has no token", async () => {
    const error = await callerWith(null, TOKEN)
      .curation.add({ op: rename("X") })
      .catch((e: TRPCError) => e);
    expect(error).toMatchObject({ code: "FORBIDDEN" });
    expect((error as TRPCError).message).toMatch(/DATELINE_TOKEN/);
  });

  it("is UNAUTHORIZED without the token or with a wrong one, and writes nothing", async () => {
    expect(await trpcErrorCode(callerWith(TOKEN, null).curation.add({ op: rename("X") }))).toBe("UNAUTHORIZED");
    expect(await trpcErrorCode(callerWith(TOKEN, "wrong").curation.add({ op: rename("X") }))).toBe("UNAUTHORIZED");
    expect(await trpcErrorCode(callerWith(TOKEN, `${TOKEN}x`).curation.add({ op: rename("X") }))).toBe("UNAUTHORIZED");
    expect(readdirSync(seed.dir)).not.toContain("curation");
  });

  it("rejects an op that does not validate as BAD_REQUEST", async () => {
    const api = callerWith(TOKEN, TOKEN);
    const noReason = { op: "set-actor-name", actor: { id: "nikol-pashinyan" }, name: "X" };
    expect(await trpcErrorCode(api.curation.add({ op: noReason as never }))).toBe("BAD_REQUEST");
    expect(await trpcErrorCode(api.curation.add({ op: { op: "explode" } as never }))).toBe("BAD_REQUEST");
  });

  it("appends the op to api.yaml and re-links the KB with it", async () => {
    const api = callerWith(TOKEN, TOKEN);
    const added = await api.curation.add({ op: rename("Nikol V. Pashinyan") });
    expect(added.opId).toBe("api-1");
    expect(added.status).toMatchObject({ opId: "api-1", status: "applied" });
    expect((await api.actors.byId({ id: "nikol-pashinyan" })).actor.name).toBe("Nikol V. Pashinyan");
    const file = join(curationDir, "api.yaml");
    expect(parseCurationYaml(readFileSync(file, "utf8"), file)).toEqual([
      { ...rename("Nikol V. Pashinyan"), id: "api-1" },
    ]);
    const listed = await api.curation.list();
    expect(listed.ops.map((o) => o.op.id)).toEqual(["api-1"]);
    expect(listed.status.map((s) => s.opId)).toEqual(["api-1"]);
  });

  it("serialises concurrent writes: every op lands, none is lost, no temp file is left", async () => {
    const api = callerWith(TOKEN, TOKEN);
    const results = await Promise.all(["A", "B", "C"].map((n) => api.curation.add({ op: rename(`Pashinyan ${n}`) })));
    expect(results.map((r) => r.opId).sort()).toEqual(["api-2", "api-3", "api-4"]);
    const file = join(curationDir, "api.yaml");
    const ops = parseCurationYaml(readFileSync(file, "utf8"), file);
    expect(ops.map((o) => o.id)).toEqual(["api-1", "api-2", "api-3", "api-4"]);
    expect(readdirSync(curationDir)).toEqual(["api.yaml"]);
    // The last op in the file wins, and the KB shows it.
    const last = ops[3] as { name: string };
    expect((await api.actors.byId({ id: "nikol-pashinyan" })).actor.name).toBe(last.name);
  });

  it("refuses an id already in the file as CONFLICT", async () => {
    const api = callerWith(TOKEN, TOKEN);
    expect(await trpcErrorCode(api.curation.add({ op: rename("Y", "api-1") }))).toBe("CONFLICT");
  });

  it("refuses to touch a hand-broken api.yaml (PRECONDITION_FAILED) and leaves it as it was", async () => {
    const file = join(curationDir, "api.yaml");
    const before = readFileSync(file, "utf8");
    const broken = `${before}  - op: set-actor-name\n    name: no target\n`;
    writeFileSync(file, broken);
    try {
      const api = callerWith(TOKEN, TOKEN);
      expect(await trpcErrorCode(api.curation.add({ op: rename("Z") }))).toBe("PRECONDITION_FAILED");
      expect(await trpcErrorCode(api.curation.list())).toBe("PRECONDITION_FAILED");
      expect(readFileSync(file, "utf8")).toBe(broken);
    } finally {
      writeFileSync(file, before);
    }
  });
});

describe("closeCurationWrites (graceful shutdown)", () => {
  it("lets every queued write finish whole, then refuses new ones as SERVICE_UNAVAILABLE writing nothing", async () => {
    const own = await openSqliteStore(seed.copy("shutdown"));
    const dir = join(seed.dir, "curation-shutdown");
    try {
      const ctx = createContextInner({ store: own, curationDir: dir, token: TOKEN, auth: TOKEN });
      const api = createCaller(ctx);
      // Three writes queue on the lock (one runs, two wait); the shutdown starts while they are queued.
      const queued = ["A", "B", "C"].map((n) => addCurationOp(own, dir, ctx.shared, rename(`Pashinyan ${n}`)));
      const closing = closeCurationWrites(own);
      const refused = api.curation.add({ op: rename("too late") }).catch((e: unknown) => e);
      const results = await Promise.all(queued);
      expect(await closing).toBe(3);
      expect(results.map((r) => r.status?.status)).toEqual(["applied", "applied", "applied"]);
      const error = (await refused) as TRPCError;
      expect(error).toBeInstanceOf(TRPCError);
      expect(error.code).toBe("SERVICE_UNAVAILABLE");
      expect(error.message).toMatch(/shutting down.*nothing was written/);
      // The file and the KB agree: the three ops, not the refused one; no temp file is left.
      const file = join(dir, "api.yaml");
      expect(parseCurationYaml(readFileSync(file, "utf8"), file).map((o) => o.id)).toEqual(["api-1", "api-2", "api-3"]);
      expect((await own.listCuration()).map((s) => s.opId)).toEqual(["api-1", "api-2", "api-3"]);
      expect(readdirSync(dir)).toEqual(["api.yaml"]);
    } finally {
      await own.close();
    }
  });
});

describe("curation.add while an ingest runs in another process", () => {
  it("keeps both: the ingest, built before the op was written, re-links with it and keeps its article", async () => {
    const db = seed.copy("concurrent");
    const dir = join(seed.dir, "curation-concurrent");
    const articles = mkdtempSync(join(seed.dir, "articles-"));
    writeFileSync(
      join(articles, "oslo-talks.txt"),
      "Ministers meet in Oslo\n\nReuters\nMarch 3, 2024\n\nOSLO — The foreign ministers of Norway and Sweden met in Oslo on Friday to discuss trade, officials said.\n",
    );
    mkdirSync(dir, { recursive: true });
    // The ingest helper of packages/ingest: it builds its KB from the seed KB, says "built" and waits for "go".
    const helper = fileURLToPath(new URL("../../ingest/src/testing/concurrent-ingest.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", helper, db, dir, "hold", articles]);
    let out = "";
    const built = new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("built\n")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`the ingest exited ${code} before building: ${out}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    await built;

    const own = await openSqliteStore(db);
    try {
      const api = createCaller(createContextInner({ store: own, curationDir: dir, token: TOKEN, auth: TOKEN }));
      const added = await api.curation.add({ op: rename("Nikol Concurrent Pashinyan") });
      expect(added.status?.status).toBe("applied");
      child.stdin.write("go\n");
      expect(await exited).toBe(0);
      const report = JSON.parse(out.trim().split("\n").at(-1)!) as { added: string[]; attempts: number };
      expect(report.added).toEqual(["oslo-talks"]);
      expect(report.attempts).toBe(2); // its first write was refused: the KB had changed under it

      const kb = (await own.loadKnowledgeBase())!;
      expect(kb.articles.map((a) => a.id)).toContain("oslo-talks");
      expect(kb.articles).toHaveLength((await seedArticleCount()) + 1);
      expect(kb.actors.find((a) => a.id === "nikol-pashinyan")?.name).toBe("Nikol Concurrent Pashinyan");
      expect(kb.curation.map((c) => [c.opId, c.status])).toEqual([[added.opId, "applied"]]);
    } finally {
      await own.close();
    }
  }, 120_000);
});

async function seedArticleCount(): Promise<number> {
  const seeded = await openSqliteStore(seed.path, { readonly: true });
  try {
    return (await seeded.stats()).articles;
  } finally {
    await seeded.close();
  }
}
