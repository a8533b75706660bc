// Input checking and keyset pages shared by every listing.
import type { z } from "zod";
import { encodeCursor } from "./cursor";
import { BadInputError } from "./errors";
import type { Page } from "./index";

/** Parses a filter with its schema; a bad one is a BadInputError naming the field, never a crash deeper in. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".") || what}: ${i.message}`).join("; ");
  throw new BadInputError(`bad ${what}: ${problems}`);
}

/**
 * Rows fetched with `limit + 1`: the extra row only says there is a next page, whose cursor holds the keys
 * of the last row handed out.
 */
export function toPage<R, T>(
  rows: readonly R[],
  limit: number,
  listing: string,
  keysOf: (row: R) => string[],
  itemOf: (row: R) => T,
): Page<T> {
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  const nextCursor = rows.length > limit && last !== undefined ? encodeCursor(listing, keysOf(last)) : null;
  return { items: shown.map(itemOf), nextCursor };
}

export const parseDoc = <T>(row: { doc: string }): T => JSON.parse(row.doc) as T;
