// The typed client against a real server on a free port: reads, batching, errors, and token-gated writes.
import { join } from "node:path";
import { type RunningServer, silentLogger, startServer } from "@dateline/api/server";
import { buildSeedKb, type SeedKb } from "@dateline/api/testing";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatelineClient, isDatelineError } from "./index";

const TOKEN = "client-test-token";
const CALL = "2023-11-27-call-antony-blinken-nikol-pashinyan";
let seed: SeedKb;
let store: Store;
let server: RunningServer;
let readOnlyServer: RunningServer;

beforeAll(async () => {
  seed = await buildSeedKb();
  store = await openSqliteStore(seed.copy("client"));
  const common = { store, port: 0, curationDir: join(seed.dir, "curation"), logger: silentLogger() };
  server = await startServer({ ...common, token: TOKEN });
  readOnlyServer = await startServer({ ...common, token: null });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await readOnlyServer?.close();
  await store?.close();
  seed?.cleanup();
});

/** The error code a call fails with, as the client sees it. */
async function codeOf(call: Promise<unknown>): Promise<string | undefined> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isDatelineError(error)).toBe(true);
  return isDatelineError(error) ? error.data?.code : undefined;
}

describe("createDatelineClient", () => {
  it("reads through the typed procedures", async () => {
    const client = createDatelineClient({ url: server.url });
    const page = await client.events.list.query({ actor: "nikol-pashinyan", from: "2023-11", limit: 10 });
    expect(page.items.map((e) => e.id)).toContain(CALL);
    const summaries = await client.events.summaries.query({ actor: "nikol-pashinyan", from: "2023-11", limit: 10 });
    expect(summaries.items.map((e) => e.id)).toEqual(page.items.map((e) => e.id));
    const call = summaries.items.find((e) => e.id === CALL)!;
    expect(call.participants.map((p) => p.name)).toContain("Antony Blinken");
    const detail = await client.events.byId.query({ id: CALL });
    expect(detail.event.reports.length).toBeGreaterThanOrEqual(2);
    expect(call.reports).toBe(detail.event.reports.length);
    // The listing's item counts every report and embeds the first three at most.
    const listed = page.items.find((e) => e.id === CALL)!;
    expect(listed.reportCount).toBe(detail.event.reports.length);
    expect(listed.reports).toStrictEqual(detail.event.reports.slice(0, 3));
    expect(listed.reportsOmitted).toBe(detail.event.reports.length - listed.reports.length);
    expect(detail.participants.map((p) => p.name)).toContain("Antony Blinken");
  });

  it("sends calls made together as one batched HTTP request", async () => {
    const urls: string[] = [];
    const counting: typeof fetch = (input, init) => {
      urls.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    const client = createDatelineClient({ url: `${server.url}/`, fetch: counting });
    const [stats, hits] = await Promise.all([client.stats.get.query(), client.search.query.query({ q: "Pashinyan" })]);
    expect(stats.events).toBeGreaterThan(0);
    expect(hits.length).toBeGreaterThan(0);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toContain("/trpc/stats.get,search.query?batch=1");
  });

  it("surfaces NOT_FOUND and BAD_REQUEST with their codes and HTTP statuses", async () => {
    const client = createDatelineClient({ url: server.url });
    const error = await client.actors.byId.query({ id: "nobody" }).catch((e: unknown) => e);
    expect(isDatelineError(error) && error.data?.httpStatus).toBe(404);
    expect(isDatelineError(error) && error.message).toBe("no actor with id 'nobody'");
    expect(await codeOf(client.events.list.query({ from: "yesterday" }))).toBe("BAD_REQUEST");
  });

  it("writes curation with the token, and is refused without it, with a wrong one, or when writes are off", async () => {
    const op = { op: "add-alias" as const, actor: { id: "nikol-pashinyan" }, alias: "N. Pashinyan", reason: "test" };
    expect(await codeOf(createDatelineClient({ url: server.url }).curation.add.mutate({ op }))).toBe("UNAUTHORIZED");
    const wrong = createDatelineClient({ url: server.url, token: "guess" });
    expect(await codeOf(wrong.curation.add.mutate({ op }))).toBe("UNAUTHORIZED");
    const off = createDatelineClient({ url: readOnlyServer.url, token: TOKEN });
    expect(await codeOf(off.curation.add.mutate({ op }))).toBe("FORBIDDEN");

    const client = createDatelineClient({ url: server.url, token: TOKEN });
    const added = await client.curation.add.mutate({ op });
    expect(added.status?.status).toBe("applied");
    const { actor } = await client.actors.byId.query({ id: "nikol-pashinyan" });
    expect(actor.aliases.map((a) => a.name)).toContain("N. Pashinyan");
    const listed = await client.curation.list.query();
    expect(listed.status.map((s) => s.opId)).toEqual([added.opId]);
  });
});
