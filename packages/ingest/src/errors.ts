// Errors of the ingest layer that a user can act on.

/** A curation file that does not validate: nothing is written until it is fixed. */
export class CurationLoadError extends Error {
  override readonly name = "CurationLoadError";
}

/** Other writers kept replacing the knowledge base while an ingest linked it; nothing of the ingest was written. */
export class IngestConflictError extends Error {
  override readonly name = "IngestConflictError";
}
