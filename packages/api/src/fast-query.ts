// A shorter road for the most common tRPC call: one query by GET (`/trpc/events.byId?input=…`, no batch).
// tRPC's standalone adapter turns every Node request into a Fetch Request and back (abort signals, web
// streams, header copies), which cost as much CPU as the store's read; a single GET query needs none of it.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AnyRouter } from "@trpc/server";
import { cacheableProcedure, type FastQueryCache } from "./reply-cache";

export type { FastQueryCache };

type Call = (input: unknown) => Promise<unknown>;

/**
 * Procedures whose success reply can be written from text the store keeps (whole events as stored JSON):
 * each gives the reply body for an input, or throws, and tRPC then answers (its validation and errors).
 */
export type ReplyTexts = Record<string, (input: unknown) => Promise<string>>;

type TextPage = { items: readonly string[]; nextCursor: string | null };

/** `{items,nextCursor}` for a page whose items are JSON text already (the REST reply). */
export const pageText = (page: TextPage): string =>
  `{"items":[${page.items.join(",")}],"nextCursor":${JSON.stringify(page.nextCursor)}}`;

/** tRPC's `{"result":{"data":{items,nextCursor}}}` for a page whose items are JSON text already. */
export const pageReply = (page: TextPage): string => `{"result":{"data":${pageText(page)}}}`;

/** The query procedures of a router by path ("events.byId"); mutations and subscriptions keep tRPC's road. */
function queryPaths(router: AnyRouter): Set<string> {
  const procedures = router._def.procedures as Record<string, { _def: { type: string } }>;
  return new Set(Object.entries(procedures).flatMap(([path, p]) => (p._def.type === "query" ? [path] : [])));
}

/**
 * Answers `GET /trpc/<query>?input=<json>` with what tRPC would send for a success: 200, JSON, the same
 * `{"result":{"data":…}}` envelope and Vary header. Anything else (a batch, a mutation, an input that is not
 * JSON, a streaming accept header) and every failure is handed to tRPC, which then answers the request
 * itself, so error replies keep tRPC's exact shape, status codes and logging. Returns false when not taken.
 * With a cache, successful replies of KB reads are kept as sent, by procedure and raw input, for the generation
 * read before the call; errors are never kept. `texts` answers some procedures from stored JSON, same bytes.
 */
export function fastQueryHandler(
  router: AnyRouter,
  callerOf: (req: IncomingMessage) => unknown,
  cache?: FastQueryCache,
  texts: ReplyTexts = {},
): (req: IncomingMessage, res: ServerResponse, url: URL, fallback: () => unknown) => Promise<boolean> {
  const queries = queryPaths(router);
  return async (req, res, url, fallback) => {
    if (req.method !== "GET" || url.searchParams.has("batch") || req.headers["trpc-accept"] !== undefined) {
      return false;
    }
    const path = decodeURIComponent(url.pathname.slice("/trpc/".length));
    if (!queries.has(path)) return false;
    const raw = url.searchParams.get("input");
    const replies = cache?.replies.enabled && cacheableProcedure(path) ? cache : null;
    // A hit needs no parse of the input: only text that parsed (and answered) was ever stored under its key.
    const key = raw === null ? path : `${path}\0${raw}`;
    const generation = replies ? await replies.generation() : 0;
    let body: Buffer | string | undefined = replies?.replies.get(generation, key);
    if (body === undefined) {
      let input: unknown;
      if (raw !== null) {
        try {
          input = JSON.parse(raw);
        } catch {
          return false;
        }
      }
      let text: string;
      try {
        const stored = texts[path];
        if (stored) {
          text = await stored(input);
        } else {
          let call: unknown = callerOf(req);
          for (const part of path.split(".")) call = (call as Record<string, unknown>)[part];
          text = JSON.stringify({ result: { data: await (call as Call)(input) } });
        }
      } catch {
        // tRPC runs the call again and answers with its own error reply.
        await fallback();
        return true;
      }
      body = replies ? replies.replies.set(generation, key, text) : text;
    }
    res.statusCode = 200;
    res.setHeader("content-type", "application/json");
    res.setHeader("vary", "trpc-accept, accept");
    res.end(body);
    return true;
  };
}
