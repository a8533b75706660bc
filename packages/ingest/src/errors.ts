// Errors of the ingest layer that a user can act on.

/** A curation file that does not validate: nothing is written until it is fixed. */
export class CurationLoadError extends Error {
  override readonly name = "CurationLoadError";
}
