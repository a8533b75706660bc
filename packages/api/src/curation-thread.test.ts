// curation.add through the curation thread: the thread's own store writes, the server's store reads the result,
// and errors come back as the same TRPC codes as an in-process write gives.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCurationYaml } from "@dateline/kb";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CurationThread, startCurationThread } from "./curation-thread";
import { createCaller, createContextInner } from "./root";
import { buildSeedKb, type SeedKb, trpcErrorCode } from "./testing";

const TOKEN = "s3cret-thread-token";
const rename = (name: string, id?: string) => ({
  op: "set-actor-name" as const,
  actor: { id: "nikol-pashinyan" },
  name,
  reason: "test: the curation thread writes",
  ...(id ? { id } : {}),
});

let seed: SeedKb;
let store: Store;
let thread: CurationThread;
let curationDir: string;
const api = () =>
  createCaller(createContextInner({ store, curationDir, token: TOKEN, auth: TOKEN, curationWriter: thread.write }));

beforeAll(async () => {
  seed = await buildSeedKb();
  const path = seed.copy("thread");
  // Read-only: every write must go through the thread's own store.
  store = await openSqliteStore(path, { readonly: true });
  thread = startCurationThread(path);
  curationDir = join(seed.dir, "curation-thread");
}, 120_000);

afterAll(async () => {
  await thread?.close();
  await store?.close();
  seed?.cleanup();
});

describe("curation.add on the curation thread", () => {
  it("appends the op and re-links on the thread; the server's read-only store then reads the new KB", async () => {
    const generation = await store.generation();
    const added = await api().curation.add({ op: rename("Nikol T. Pashinyan") });
    expect(added).toMatchObject({ opId: "api-1", status: { opId: "api-1", status: "applied" } });
    expect(await store.generation()).toBe(generation + 1);
    expect((await api().actors.byId({ id: "nikol-pashinyan" })).actor.name).toBe("Nikol T. Pashinyan");
    const file = join(curationDir, "api.yaml");
    expect(parseCurationYaml(readFileSync(file, "utf8"), file).map((op) => op.id)).toEqual(["api-1"]);
  }, 120_000);

  it("runs concurrent writes one at a time: every op lands", async () => {
    const names = ["A", "B", "C"].map((n) => `Nikol ${n}. Pashinyan`);
    const added = await Promise.all(names.map((n) => api().curation.add({ op: rename(n) })));
    expect(added.map((a) => a.opId).sort()).toEqual(["api-2", "api-3", "api-4"]);
    const file = join(curationDir, "api.yaml");
    expect(parseCurationYaml(readFileSync(file, "utf8"), file)).toHaveLength(4);
    expect(names).toContain((await api().actors.byId({ id: "nikol-pashinyan" })).actor.name);
  }, 120_000);

  it("maps the thread's errors as an in-process write does: CONFLICT, PRECONDITION_FAILED", async () => {
    expect(await trpcErrorCode(api().curation.add({ op: rename("Y", "api-1") }))).toBe("CONFLICT");
    const file = join(curationDir, "api.yaml");
    const before = readFileSync(file, "utf8");
    const broken = `${before}  - op: set-actor-name\n    name: no target\n`;
    writeFileSync(file, broken);
    try {
      const error = await api()
        .curation.add({ op: rename("Z") })
        .catch((e: TRPCError) => e);
      expect(error).toMatchObject({ code: "PRECONDITION_FAILED" });
      // The file's problem (its name and line) crosses the thread boundary.
      expect((error as TRPCError).message).toMatch(/api\.yaml:\d+/);
      expect(readFileSync(file, "utf8")).toBe(broken);
    } finally {
      writeFileSync(file, before);
    }
  }, 120_000);

  it("closes its store and ends; a later write starts the thread again", async () => {
    await thread.close();
    const again = await thread.write(store, curationDir, rename("Nikol R. Pashinyan"));
    expect(again.status).toMatchObject({ status: "applied" });
    expect((await store.getActor("nikol-pashinyan"))?.actor.name).toBe("Nikol R. Pashinyan");
  }, 120_000);
});
