// tRPC init: the error shape clients see, the base procedure, and the write-token gate.
import { createHash, timingSafeEqual } from "node:crypto";
import { StoreError } from "@dateline/store";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import type { Context } from "./context";

const t = initTRPC.context<Context>().create({
  // Stacks never leave the server, whatever NODE_ENV says; errors are logged there instead.
  isDev: false,
  errorFormatter({ shape, error }) {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      // An internal error's message may name files or SQL; the client gets a plain sentence.
      message: internal ? "internal server error (logged on the server)" : shape.message,
      data: {
        ...shape.data,
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

/** The store's deliberate errors about its input are the caller's mistake: 400, never 500. */
const CLIENT_MISTAKES = new Set(["BAD_QUERY", "BAD_CURSOR", "BAD_INPUT"]);

const mapStoreErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof StoreError && CLIENT_MISTAKES.has(cause.code)) {
      throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
    }
  }
  return result;
});

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Hashing first gives equal-length buffers, so timingSafeEqual never leaks the token's length. */
export function tokenMatches(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}

export const ENABLE_WRITES_HINT =
  "writes are disabled on this server: start it with DATELINE_TOKEN set to a secret, and send 'Authorization: Bearer <token>'";

const requireWriteToken = t.middleware(({ ctx, next }) => {
  if (ctx.token === null) throw new TRPCError({ code: "FORBIDDEN", message: ENABLE_WRITES_HINT });
  if (ctx.auth === null) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "this write needs 'Authorization: Bearer <token>'" });
  }
  if (!tokenMatches(ctx.token, ctx.auth)) throw new TRPCError({ code: "UNAUTHORIZED", message: "wrong write token" });
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapStoreErrors);
export const protectedProcedure = publicProcedure.use(requireWriteToken);
