// The real HTTP server on a free port, through plain fetch: health, OpenAPI and REST, CORS, headers, limits.
import { MATCH_CLOSE, MATCH_OPEN } from "@dateline/core/snippet";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BATCH_SIZE, type RunningServer, silentLogger, startServer } from "./server";
import { buildSeedKb, type SeedKb } from "./testing/seed-kb";

const APP = "https://app.example";
let seed: SeedKb;
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  seed = await buildSeedKb();
  store = await openSqliteStore(seed.path, { readonly: true });
  server = await startServer({
    store,
    port: 0,
    curationDir: `${seed.dir}/curation`,
    token: "t0ken",
    cors: [APP],
    maxBodySize: 64 * 1024,
    logger: silentLogger(),
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  seed?.cleanup();
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe("server", () => {
  it("listens on the port it was given (0: a free one) and answers /healthz with security headers", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("serves an OpenAPI 3.1 document of the REST routes with their query parameters", async () => {
    const doc = (await (await get("/openapi.json")).json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, { get: { operationId: string; parameters: { name: string; in: string }[] } }>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0]?.url).toBe(server.url);
    const events = doc.paths["/api/events"]!.get;
    expect(events.operationId).toBe("events.list");
    expect(events.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["actor", "from", "to", "limit"]));
    expect(doc.paths["/api/events/{id}"]!.get.parameters[0]).toMatchObject({ name: "id", in: "path" });
    // Clients outside TypeScript learn how a snippet marks its matches from the document.
    // Named from the marks themselves: a change of mark changes the documentation.
    const named = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;
    expect(JSON.stringify(doc.paths["/api/search"])).toContain(`${named(MATCH_OPEN)} and ${named(MATCH_CLOSE)}`);
  });

  it("answers a REST route with the procedure's result, the query coerced to the input's types", async () => {
    const res = await get("/api/events?actor=nikol-pashinyan&from=2023-11&limit=2");
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: { participants: { actorId: string }[] }[]; nextCursor: string | null };
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.length).toBeLessThanOrEqual(2);
    for (const e of page.items) expect(e.participants.map((p) => p.actorId)).toContain("nikol-pashinyan");
    const next = await get(`/api/events?actor=nikol-pashinyan&from=2023-11&limit=2&cursor=${page.nextCursor ?? ""}`);
    expect(next.status).toBe(page.nextCursor ? 200 : 400);
  });

  it("maps client mistakes onto 4xx with the error's code and message, never a 500", async () => {
    const missing = await get("/api/events/no-such-event");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "NOT_FOUND", message: "no event with id 'no-such-event'" } });
    const badLimit = await get("/api/events?limit=abc");
    expect(badLimit.status).toBe(400);
    const body = (await badLimit.json()) as { error: { issues: { fieldErrors: Record<string, string[]> } } };
    expect(body.error.issues.fieldErrors.limit).toBeDefined();
    expect((await get("/api/search?q=(*)")).status).toBe(400);
    expect((await get("/api/events/%E0%A4%A")).status).toBe(400);
    expect((await get("/api/nothing-here")).status).toBe(404);
    expect((await get("/api/events", { method: "POST" })).status).toBe(405);
  });

  it("gives tRPC input errors as BAD_REQUEST with the flattened zod issues", async () => {
    const res = await get(`/trpc/events.list?input=${encodeURIComponent(JSON.stringify({ limit: 0 }))}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { data: { code: string; zodError: { fieldErrors: object } } } };
    expect(body.error.data.code).toBe("BAD_REQUEST");
    expect(body.error.data.zodError.fieldErrors).toHaveProperty("limit");
    expect(JSON.stringify(body)).not.toMatch(/\.ts:\d+/);
  });

  it("refuses an unknown origin and lets the configured one in, preflight included", async () => {
    const evil = await get("/api/stats", { headers: { origin: "https://evil.example" } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    const ok = await get("/api/stats", { headers: { origin: APP } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(APP);
    const preflight = await get("/trpc/curation.add", {
      method: "OPTIONS",
      headers: { origin: APP, "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/authorization/);
  });

  it("refuses a batch of more calls than MAX_BATCH_SIZE, and answers one within it", async () => {
    const batch = (n: number) => `/trpc/${Array(n).fill("stats.get").join(",")}?batch=1&input={}`;
    expect((await get(batch(MAX_BATCH_SIZE))).status).toBe(200);
    expect((await get(batch(MAX_BATCH_SIZE + 1))).status).toBe(400);
  });

  it("on loopback, refuses a request addressed to another name (DNS rebinding)", async () => {
    const { request } = await import("node:http");
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${server.url}/api/stats`, { headers: { host: "attacker.example:4000" } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(421);
    expect((await get("/api/stats", { headers: { host: "localhost" } })).status).toBe(200);
  });

  it("refuses a body over the size limit with 413 before it reaches the procedure", async () => {
    const res = await get("/trpc/curation.add", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer t0ken" },
      body: JSON.stringify({ op: { op: "add-alias", alias: "x".repeat(100_000) } }),
    });
    expect(res.status).toBe(413);
  });
});
