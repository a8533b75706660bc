// The errors a Store throws on purpose, so callers (CLI, API) can map them to a message or a status code.

/** Base of every deliberate store error; `code` is stable for mapping (e.g. to a tRPC error code). */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly code: "BAD_QUERY" | "BAD_CURSOR" | "BAD_INPUT" | "CANNOT_OPEN" | "WRITE_FAILED" | "CONFLICT",
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A search text that cannot be turned into a full-text query: empty, too long, or no words in it. */
export class BadQueryError extends StoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "BAD_QUERY", options);
  }
}

/** A cursor that this listing did not hand out (edited, truncated, or from another listing). */
export class BadCursorError extends StoreError {
  constructor(message: string) {
    super(message, "BAD_CURSOR");
  }
}

/** A filter or argument outside what the store accepts (limit over 500, a date without a year, …). */
export class BadInputError extends StoreError {
  constructor(message: string) {
    super(message, "BAD_INPUT");
  }
}

/** The database cannot be opened: a missing folder or file, not a Dateline database, a newer schema. */
export class StoreOpenError extends StoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "CANNOT_OPEN", options);
  }
}

/** A replace that failed and was rolled back; the previous knowledge base is still there. */
export class StoreWriteError extends StoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "WRITE_FAILED", options);
  }
}

/**
 * A replace made with `expectedGeneration` found that another writer replaced the KB since that generation
 * was read; nothing was written. The caller re-reads, rebuilds and tries again.
 */
export class StoreConflictError extends StoreError {
  constructor(
    message: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(message, "CONFLICT");
  }
}
