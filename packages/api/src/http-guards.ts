// Per-response HTTP policy: security headers on everything, CORS only for the configured origins.
import type { IncomingMessage, ServerResponse } from "node:http";

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
  // The API serves JSON only: nothing it returns should ever run script or load resources in a browser.
  res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
}

/**
 * Applies CORS for a request. Closed by default: a browser request from an origin not on the list gets a
 * 403 and no Access-Control-Allow-Origin, so a page elsewhere can neither read nor write through a
 * visitor's browser. Requests without an Origin (curl, servers, the typed client in Node) pass.
 * Returns false when the request has been answered (refused, or a preflight).
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  res.setHeader("Vary", "Origin");
  if (!allowed.has(origin) && !allowed.has("*")) {
    sendJson(res, 403, { error: { code: "FORBIDDEN", message: `origin '${origin}' is not allowed (see --cors)` } });
    return false;
  }
  res.setHeader("Access-Control-Allow-Origin", origin);
  if (req.method === "OPTIONS") {
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", "authorization, content-type, trpc-accept, x-trpc-source");
    res.setHeader("Access-Control-Max-Age", "600");
    res.statusCode = 204;
    res.end();
    return false;
  }
  return true;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body));
}

/** A body already serialized (a cached reply: its bytes). */
export function sendJsonText(res: ServerResponse, status: number, text: string | Buffer): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * A server bound to loopback answers only requests addressed to loopback. A page that rebinds its own DNS
 * name to 127.0.0.1 makes same-origin requests (no Origin header, so CORS cannot stop them) with its own
 * name in Host; refusing those closes that door.
 */
export function hostAllowed(req: IncomingMessage, boundHost: string): boolean {
  if (!LOOPBACK.has(boundHost)) return true;
  const host = req.headers.host ?? "";
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0];
  return LOOPBACK.has(name ?? "");
}
