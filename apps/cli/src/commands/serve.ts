// `dateline serve`: the API over HTTP (tRPC, REST, OpenAPI) until SIGINT or SIGTERM, then a clean shutdown.
import { existsSync } from "node:fs";
import { startCurationThread } from "@dateline/api/curation-thread";
import { closeCurationWrites } from "@dateline/api/curation-writer";
import { startServer } from "@dateline/api/server";
import { displayTarget, isPostgresUrl, openStore } from "@dateline/store/open";
import { CliError, UsageError } from "../errors";
import { dbPath } from "../io/open-store";
import { color, line } from "../io/output";

export interface ServeFlags {
  port: string;
  host: string;
  db?: string;
  curation: string;
  cors?: string;
}

/** A token this short can be guessed; say so rather than refuse, since a local test server may want one. */
const MIN_TOKEN_LENGTH = 16;

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port must be 0-65535, not '${value}'`);
  return port;
}

function parseOrigins(value: string | undefined): string[] {
  const origins = (value ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  for (const o of origins) {
    if (o !== "*" && !/^https?:\/\/[^/\s]+$/.test(o)) {
      throw new UsageError(`--cors takes origins like https://app.example.org (scheme and host, no path), not '${o}'`);
    }
  }
  return origins;
}

/** DATELINE_REPLY_CACHE_MB: megabytes of cached replies (0 turns the cache off; unset: the server's default). */
function replyCacheBytes(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`DATELINE_REPLY_CACHE_MB must be a whole number of MB, not '${value}'`);
  return Number(value) * 1024 * 1024;
}

const signalled = () =>
  new Promise<NodeJS.Signals>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve(signal));
  });

export async function serveCommand(flags: ServeFlags): Promise<number> {
  const port = parsePort(flags.port);
  const cors = parseOrigins(flags.cors);
  const token = process.env.DATELINE_TOKEN || null;
  const cacheBytes = replyCacheBytes(process.env.DATELINE_REPLY_CACHE_MB);
  const target = dbPath(flags.db);
  if (!isPostgresUrl(target) && !existsSync(target)) {
    throw new CliError(
      `no knowledge base at ${target}`,
      "run `dateline ingest data/articles` first (or pass --db PATH)",
    );
  }
  // Without a token nothing can write, so the database is opened read-only.
  const store = await openStore(target, { readonly: token === null });
  // Writes re-link the whole KB: on their own thread, reads are not held behind them.
  const curationThread = token === null ? null : startCurationThread(target);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      store,
      port,
      host: flags.host,
      curationDir: flags.curation,
      token,
      cors,
      replyCacheBytes: cacheBytes,
      ...(curationThread ? { curationWriter: curationThread.write } : {}),
    });
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new CliError(`port ${port} on ${flags.host} is in use`, "pass another --port");
    if (code === "EACCES") throw new CliError(`no permission to listen on ${flags.host}:${port}`);
    throw error;
  }
  line(`Dateline API on ${color.bold(server.url)}  (db ${displayTarget(target)})`);
  line(`  tRPC ${server.url}/trpc · REST ${server.url}/api · OpenAPI ${server.url}/openapi.json`);
  line(token ? "  writes: on (curation.add with the DATELINE_TOKEN bearer)" : "  writes: off (set DATELINE_TOKEN)");
  if (token && token.length < MIN_TOKEN_LENGTH) {
    process.stderr.write(`${color.yellow("warning:")} DATELINE_TOKEN is under ${MIN_TOKEN_LENGTH} characters\n`);
  }
  const signal = await signalled();
  process.stderr.write(`${signal}: closing; curation writes already queued finish first, new ones are refused\n`);
  // A second signal means "now": each write is atomic (file renamed over, KB in one transaction), so
  // stopping mid-write leaves the op in the file and maybe not yet in the KB, which the next re-link applies.
  for (const again of ["SIGINT", "SIGTERM"] as const) {
    process.once(again, () => {
      process.stderr.write(`${again} again: exiting without waiting for the curation writes\n`);
      process.exit(1);
    });
  }
  const finished = await closeCurationWrites(store);
  if (finished > 0) process.stderr.write(`finished ${finished} queued curation write(s)\n`);
  await curationThread?.close();
  await server.close();
  await store.close();
  return 0;
}
