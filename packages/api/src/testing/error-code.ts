import { TRPCError } from "@trpc/server";

/** The TRPCError code a server-side call fails with; a call that succeeds or throws anything else fails the test. */
export async function trpcErrorCode(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof TRPCError) return error.code;
  throw new Error(error === null ? "the call succeeded; expected a TRPCError" : `not a TRPCError: ${String(error)}`);
}
