// Serves the REST routes: match the path, coerce the query string by the input's JSON Schema, call the procedure.
import type { IncomingMessage, ServerResponse } from "node:http";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError, z } from "zod";
import { sendJson, sendJsonText } from "./http-guards";
import { queryParameters } from "./openapi";
import { cacheableProcedure, type FastQueryCache } from "./reply-cache";
import { REST_ROUTES, type RestRoute } from "./rest-routes";
import type { createCaller } from "./root";

type Caller = ReturnType<typeof createCaller>;

interface Compiled {
  route: RestRoute;
  pattern: RegExp;
  types: Map<string, string>;
}

const compiled: Compiled[] = REST_ROUTES.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace("{id}", "(?<id>[^/]+)")}/?$`),
  types: new Map(queryParameters(route).map((p) => [p.name, String(p.schema.type ?? "string")])),
}));

/** A query-string value as the schema wants it; a value that does not convert is left for zod to reject. */
function coerce(value: string, type: string): unknown {
  if (type === "integer" || type === "number") return value.trim() === "" ? value : Number(value);
  if (type === "boolean") return value === "true" ? true : value === "false" ? false : value;
  if (type === "array") return value.split(",").filter(Boolean);
  return value;
}

function inputOf(match: Compiled, url: URL, id: string | undefined): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) input[key] = coerce(value, match.types.get(key) ?? "string");
  if (id !== undefined) input.id = decodeURIComponent(id);
  return input;
}

function sendError(res: ServerResponse, error: unknown): void {
  if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR") {
    sendJson(res, 500, {
      error: { code: "INTERNAL_SERVER_ERROR", message: "internal server error (logged on the server)" },
    });
    return;
  }
  const issues = error.cause instanceof ZodError ? z.flattenError(error.cause) : undefined;
  sendJson(res, getHTTPStatusCodeFromError(error), { error: { code: error.code, message: error.message, issues } });
}

/**
 * Procedures whose REST reply can be written from text the store keeps (whole events as stored JSON), as
 * fast-query.ts does for tRPC: parsing hundreds of KB only to serialise them again was half of the CPU.
 */
export type RestTexts = Record<string, (input: Record<string, unknown>) => Promise<string>>;

/** The reply body: from stored text when there is a road for it, else the procedure's result serialised. */
async function replyText(
  route: RestRoute,
  api: Caller,
  input: Record<string, unknown>,
  stored: RestTexts[string] | undefined,
): Promise<string> {
  if (stored) {
    try {
      return await stored(input);
    } catch {
      // The procedure runs again and fails with its own error (a TRPCError with the zod issues, the right code).
    }
  }
  return JSON.stringify(await route.call(api, input));
}

/**
 * Answers the request if its path is a REST route (true), or leaves it (false). Errors are JSON with the
 * tRPC code and its HTTP status; internal ones are passed to `onError` for the log and never shown.
 * With a cache, successful bodies of KB reads are kept by path and query string, as fast-query.ts keeps
 * tRPC's.
 */
export async function handleRest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  api: Caller,
  onError: (error: unknown) => void,
  cache?: FastQueryCache,
  texts: RestTexts = {},
): Promise<boolean> {
  for (const match of compiled) {
    const found = match.pattern.exec(url.pathname);
    if (!found) continue;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      sendJson(res, 405, { error: { code: "METHOD_NOT_SUPPORTED", message: `${url.pathname} only answers GET` } });
      return true;
    }
    try {
      const replies = cache?.replies.enabled && cacheableProcedure(match.route.procedure) ? cache : null;
      const key = `rest\0${url.pathname}${url.search}`;
      const generation = replies ? await replies.generation() : 0;
      let body: Buffer | string | undefined = replies?.replies.get(generation, key);
      if (body === undefined) {
        const input = inputOf(match, url, found.groups?.id);
        const text = await replyText(match.route, api, input, texts[match.route.procedure]);
        body = replies ? replies.replies.set(generation, key, text) : text;
      }
      sendJsonText(res, 200, body);
    } catch (error) {
      if (error instanceof URIError) {
        sendJson(res, 400, { error: { code: "BAD_REQUEST", message: `bad percent-encoding in ${url.pathname}` } });
        return true;
      }
      if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR") onError(error);
      sendError(res, error);
    }
    return true;
  }
  return false;
}
