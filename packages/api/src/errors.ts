// The NOT_FOUND a byId answers with, naming what was asked for.
import { TRPCError } from "@trpc/server";
import { z } from "zod";

export const ByIdSchema = z.object({ id: z.string().min(1).max(300) });

/** Returns the item, or throws NOT_FOUND "no <what> with id '<id>'". */
export function found<T>(item: T | null | undefined, what: string, id: string): T {
  if (item === null || item === undefined) {
    throw new TRPCError({ code: "NOT_FOUND", message: `no ${what} with id '${id}'` });
  }
  return item;
}
