// Opaque keyset cursors: the sort key of the last item handed out, tagged with the listing it belongs to.
import { BadCursorError } from "./errors";

/** Encodes the keys of the last item of a page; base64url so it survives URLs and shells unquoted. */
export function encodeCursor(listing: string, keys: readonly string[]): string {
  return Buffer.from(JSON.stringify([listing, ...keys]), "utf8").toString("base64url");
}

/** The keys inside a cursor of `listing`; throws BadCursorError for anything this listing did not make. */
export function decodeCursor(listing: string, cursor: string, arity: number): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new BadCursorError(`cursor '${cursor}' is not one this store handed out`);
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== arity + 1 ||
    parsed[0] !== listing ||
    !parsed.every((k) => typeof k === "string")
  ) {
    throw new BadCursorError(`cursor '${cursor}' does not belong to the ${listing} listing`);
  }
  return parsed.slice(1) as string[];
}
