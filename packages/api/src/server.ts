// The HTTP server: tRPC at /trpc (batching on), REST under /api, /openapi.json, /healthz; logged with pino.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { EventFilter, Store } from "@dateline/store";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { type Logger, pino } from "pino";
import { createContext, createContextInner } from "./context";
import type { CurationWriter } from "./curation-writer";
import { fastQueryHandler, pageReply, pageText } from "./fast-query";
import { applyCors, hostAllowed, sendJson, setSecurityHeaders } from "./http-guards";
import { buildOpenApiDocument } from "./openapi";
import { ReplyCache } from "./reply-cache";
import { handleRest, type RestTexts } from "./rest";
import { appRouter, createCaller } from "./root";

export interface ServerOptions {
  store: Store;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  curationDir: string;
  /** The write token; null or empty: writes are refused with FORBIDDEN. */
  token?: string | null;
  /** Where curation writes run (e.g. a curation thread's `write`); default: in this thread. */
  curationWriter?: CurationWriter;
  /** Origins a browser may call from; none by default. */
  cors?: readonly string[];
  /** Largest request body in bytes (default 1 MiB); a larger one is refused with 413. */
  maxBodySize?: number;
  /** Answer single GET queries without tRPC's Fetch adapter (default true; see fast-query.ts). */
  fastQueries?: boolean;
  /**
   * Bytes of serialized replies kept per KB generation for repeated single GET queries (default 64 MiB; 0: no
   * cache). See reply-cache.ts.
   */
  replyCacheBytes?: number;
  logger?: Logger;
}

export interface RunningServer {
  /** `http://host:port`, the port resolved when 0 was asked for. */
  url: string;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 1024 * 1024;
export const DEFAULT_REPLY_CACHE_BYTES = 64 * 1024 * 1024;
/** Calls one batched request may carry; @dateline/client batches at most this many. */
export const MAX_BATCH_SIZE = 50;

/** A logger for the CLI: JSON lines on stderr, so stdout keeps only what the command prints. */
export function defaultLogger(): Logger {
  return pino({ level: process.env.LOG_LEVEL ?? "info" }, pino.destination(2));
}

/** A logger that writes nothing: for tests and in-process embedding. */
export const silentLogger = (): Logger => pino({ level: "silent" });

function logRequests(req: IncomingMessage, res: ServerResponse, logger: Logger): void {
  // Above info (LOG_LEVEL=warn under load) the timer and the listener are pure cost.
  if (!logger.isLevelEnabled("info")) return;
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // The path only: query strings may carry search text, and headers the token; neither belongs in a log.
    const path = (req.url ?? "").split("?")[0];
    logger.info({ method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, "request");
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? defaultLogger();
  const api = {
    store: options.store,
    curationDir: options.curationDir,
    token: options.token || null,
    ...(options.curationWriter ? { curationWriter: options.curationWriter } : {}),
  };
  const allowed = new Set(options.cors ?? []);
  const host = options.host ?? "127.0.0.1";
  const onError = (error: unknown) => logger.error({ err: error }, "internal error");
  const trpc = createHTTPHandler({
    router: appRouter,
    createContext: (request) => createContext(api, request),
    basePath: "/trpc/",
    allowBatching: true,
    // Unbounded batches would let one request queue thousands of store reads.
    maxBatchSize: MAX_BATCH_SIZE,
    maxBodySize: options.maxBodySize ?? DEFAULT_MAX_BODY,
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ err: error.cause ?? error, path }, "internal error");
    },
  });
  // REST calls carry no token: they are reads, so they go through one shared anonymous caller.
  const rest = createCaller(createContextInner(api));
  // One cache for both roads: their keys differ (a tRPC path and input, or a REST path and query string).
  const cache = {
    replies: new ReplyCache(options.replyCacheBytes ?? DEFAULT_REPLY_CACHE_BYTES),
    generation: () => options.store.generation(),
  };
  // REST's /api/events sends the stored listing items too (the same filter schema checks the query).
  const restTexts: RestTexts =
    options.fastQueries === false
      ? {}
      : {
          "events.list": async (input: Record<string, unknown>) =>
            pageText(await options.store.listEventsJson(input as EventFilter)),
        };
  const fast =
    options.fastQueries === false
      ? null
      : fastQueryHandler(appRouter, (req) => createCaller(createContext(api, { req })), cache, {
          // Listing items are sent as stored: parsing JSON only to serialise it again cost about half of
          // events.list's CPU. The store checks the filter with the procedure's own schema.
          "events.list": async (input) => pageReply(await options.store.listEventsJson(input as EventFilter)),
        });
  let openapi: string | null = null;

  const server = createServer(async (req, res) => {
    logRequests(req, res, logger);
    setSecurityHeaders(res);
    if (!hostAllowed(req, host)) {
      return sendJson(res, 421, { error: { code: "MISDIRECTED", message: "this server answers loopback names only" } });
    }
    if (!applyCors(req, res, allowed)) return;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.startsWith("/trpc/")) {
      try {
        if (fast && (await fast(req, res, url, () => trpc(req, res)))) return;
      } catch {
        // A malformed path (bad percent-encoding): tRPC answers it as it always did.
        if (res.headersSent) return res.destroy();
      }
      return trpc(req, res);
    }
    if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
    if (url.pathname === "/openapi.json") {
      openapi ??= JSON.stringify(buildOpenApiDocument({ serverUrl: address() }));
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      return res.end(openapi);
    }
    try {
      if (await handleRest(req, res, url, rest, onError, cache, restTexts)) return;
    } catch (error) {
      onError(error);
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { error: { code: "INTERNAL_SERVER_ERROR", message: "internal error" } });
      return;
    }
    sendJson(res, 404, { error: { code: "NOT_FOUND", message: `no route ${url.pathname}` } });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  const address = () => {
    const { port } = server.address() as AddressInfo;
    return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  };

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4000, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const url = address();
  logger.info({ url }, "listening");

  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Requests in flight may finish; a socket still open after the grace period is cut.
        const force = setTimeout(() => server.closeAllConnections(), 5000);
        force.unref();
        server.close((error) => {
          clearTimeout(force);
          return error ? reject(error) : resolve();
        });
        // Idle keep-alive sockets would otherwise hold close() open until they time out.
        server.closeIdleConnections();
      }),
  };
}
