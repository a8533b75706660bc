// Random, oversized and hostile requests at every procedure of a real server: 4xx, never a 500 or a hang.
import { request } from "node:http";
import type { Store } from "@dateline/store";
import { MAX_LIMIT, MAX_QUERY_LENGTH } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root";
import { type RunningServer, silentLogger, startServer } from "./server";
import { buildSeedKb, type SeedKb } from "./testing/seed-kb";

const TOKEN = "abuse-test-token-0123456789";
let seed: SeedKb;
let store: Store;
let server: RunningServer;
let closed: RunningServer;
let stats: unknown;

beforeAll(async () => {
  seed = await buildSeedKb();
  store = await openSqliteStore(seed.copy("abuse"));
  const common = { store, port: 0, curationDir: `${seed.dir}/curation`, logger: silentLogger() };
  // Defaults for CORS and body size: what `dateline serve` runs with unless told otherwise.
  server = await startServer({ ...common, token: TOKEN });
  closed = await startServer({ ...common, token: null });
  stats = await (await fetch(`${server.url}/api/stats`)).json();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await closed?.close();
  await store?.close();
  seed?.cleanup();
});

/** Every procedure of the router, found from the router itself so a new one is abused too. */
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
).map(([path, p]) => ({ path, type: p._def.type }));

/**
 * A request on its own connection that must answer within 10 s; a hang fails the test instead of stalling it.
 * A fresh connection per request (no keep-alive reuse) means any reset is the server's answer to this request.
 */
function call(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  base = server.url,
) {
  return new Promise<{ status: number; text: string; headers: { get(name: string): string | null } }>(
    (resolve, reject) => {
      const req = request(
        `${base}${path}`,
        { method: init.method ?? "GET", headers: init.headers, agent: false, timeout: 10_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString("utf8"),
              headers: { get: (name) => (res.headers[name.toLowerCase()] as string | undefined) ?? null },
            }),
          );
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error(`no answer within 10 s: ${path.slice(0, 200)}`)));
      req.on("error", reject);
      req.end(init.body);
    },
  );
}

function trpc(path: string, type: string, input: unknown, auth?: string) {
  const headers: Record<string, string> = auth ? { authorization: `Bearer ${auth}` } : {};
  if (type === "query") {
    const q = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return call(`/trpc/${path}${q}`, { headers });
  }
  return call(`/trpc/${path}`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(input),
  });
}

const code = (text: string) => (JSON.parse(text) as { error?: { data?: { code?: string } } }).error?.data?.code;

describe("every procedure under random input", () => {
  it("finds the procedures to abuse (reads and the write)", () => {
    expect(procedures.map((p) => p.path)).toEqual(expect.arrayContaining(["search.query", "curation.add"]));
    expect(procedures.length).toBeGreaterThanOrEqual(13);
  });

  it("answers any JSON input to any procedure with a non-5xx JSON reply", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...procedures),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({ limit: fc.anything(), cursor: fc.string(), q: fc.string() }),
        ),
        async ({ path, type }, input) => {
          const r = await trpc(path, type, input, type === "mutation" ? "wrong-token" : undefined);
          expect(r.status, `${path} ${r.text.slice(0, 200)}`).toBeLessThan(500);
          expect(() => JSON.parse(r.text)).not.toThrow();
          expect(r.text).not.toMatch(/\.ts:\d+|at [\w.]+ \(/);
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  }, 120_000);

  it("answers random ids, cursors and query strings on the REST routes without a 500", async () => {
    const routes = ["events", "actors", "places", "articles", "conflicts"];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        async (route, id, cursor) => {
          const byId = await call(`/api/${route}/${encodeURIComponent(id || "x")}`);
          expect([200, 400, 404]).toContain(byId.status);
          const page = await call(`/api/${route}?cursor=${encodeURIComponent(cursor)}&limit=3`);
          expect([200, 400]).toContain(page.status);
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  }, 120_000);
});

describe("limits", () => {
  it(`refuses a page size over ${MAX_LIMIT} and a search text over ${MAX_QUERY_LENGTH} characters`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: MAX_LIMIT + 1, max: 2 ** 40 }), async (limit) => {
        const r = await trpc("events.list", "query", { limit });
        expect(r.status).toBe(400);
        expect(r.text).toContain("limit");
      }),
      { numRuns: 20, seed: 1 },
    );
    expect((await trpc("events.list", "query", { limit: MAX_LIMIT })).status).toBe(200);
    const long = await trpc("search.query", "query", { q: "a".repeat(MAX_QUERY_LENGTH + 1) });
    expect(long.status).toBe(400);
    expect((await trpc("search.query", "query", { q: `Blinken ${"x".repeat(MAX_QUERY_LENGTH - 8)}` })).status).toBe(
      200,
    );
  });

  it("refuses a body over 1 MiB with 413, and a URL over the header limit with 431", async () => {
    const big = await call("/trpc/curation.add", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        op: { op: "add-alias", actor: { id: "x" }, alias: "y".repeat(1024 * 1024), reason: "r" },
      }),
    });
    expect(big.status).toBe(413);
    const url = await call(`/api/search?q=${"a".repeat(100_000)}`);
    expect(url.status).toBe(431);
  });
});

describe("search text is data", () => {
  it("refuses a query made only of FTS syntax as BAD_REQUEST", async () => {
    for (const q of ["(*)", "*", "AND", "NEAR(", '"', "^", ":", "-", "()", '""']) {
      const r = await trpc("search.query", "query", { q });
      expect(r.status, q).toBeLessThan(500);
      if (r.status !== 200) expect(code(r.text), q).toBe("BAD_REQUEST");
    }
    expect(code((await trpc("search.query", "query", { q: "(*)" })).text)).toBe("BAD_REQUEST");
  });

  it("treats FTS operators and SQL metacharacters in words as text, and they change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.constantFrom(
            "Blinken",
            "OR",
            "NOT",
            "NEAR",
            "AND",
            "'",
            '"',
            ";",
            "--",
            "DROP TABLE articles",
            "*",
            "%",
            "_",
            "\\",
            "1=1",
            "title:",
            "^x",
            "(",
            ")",
            "{",
            "}",
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async (parts) => {
          const r = await trpc("search.query", "query", { q: parts.join(" ") });
          expect([200, 400]).toContain(r.status);
          if (r.status === 400) expect(code(r.text)).toBe("BAD_REQUEST");
        },
      ),
      { numRuns: 80, seed: 3 },
    );
    expect(JSON.parse((await call("/api/stats")).text)).toEqual(stats);
    // Searched as a word, OR narrows (every word must match); obeyed as an operator it would widen the hits.
    const not = JSON.parse((await trpc("search.query", "query", { q: "Blinken OR Aliyev" })).text);
    const plain = JSON.parse((await trpc("search.query", "query", { q: "Blinken" })).text);
    expect(not.result.data.length).toBeLessThanOrEqual(plain.result.data.length);
  }, 120_000);
});

describe("writes and browsers", () => {
  const op = { op: { op: "add-alias", actor: { id: "antony-blinken" }, alias: "A. Blinken", reason: "r" } };

  it("refuses writes without the token (UNAUTHORIZED) or on a server without one (FORBIDDEN)", async () => {
    for (const auth of [undefined, "wrong", `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      const r = await trpc("curation.add", "mutation", op, auth);
      expect(r.status).toBe(401);
      expect(code(r.text)).toBe("UNAUTHORIZED");
    }
    const off = await call(
      "/trpc/curation.add",
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(op),
      },
      closed.url,
    );
    expect(off.status).toBe(403);
    expect(code(off.text)).toBe("FORBIDDEN");
    // Reads and GET never write: a mutation through GET is refused.
    expect((await call(`/trpc/curation.add?input=${encodeURIComponent(JSON.stringify(op))}`)).status).toBe(405);
  });

  it("is closed to browsers by default: any Origin is refused with no CORS grant", async () => {
    for (const origin of ["https://evil.example", "null", "http://localhost:3000"]) {
      const r = await call("/api/stats", { headers: { origin } });
      expect(r.status).toBe(403);
      expect(r.headers.get("access-control-allow-origin")).toBeNull();
      const pre = await call("/trpc/curation.add", {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST" },
      });
      expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("sends the security headers on every answer, errors included", async () => {
    for (const path of ["/healthz", "/api/stats", "/api/nothing", "/trpc/events.list?input=%7B", "/openapi.json"]) {
      const r = await call(path);
      expect(r.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(r.headers.get("x-frame-options"), path).toBe("DENY");
      expect(r.headers.get("content-security-policy"), path).toContain("default-src 'none'");
      expect(r.headers.get("referrer-policy"), path).toBe("no-referrer");
    }
  });
});
