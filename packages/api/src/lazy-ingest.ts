// @dateline/ingest, loaded on first use: it pulls in the extractor and its NLP model (seconds and ~80 MB),
// which only curation needs, while every in-process reader (web, TUI) imports this package.
export const loadIngest = () => import("@dateline/ingest");

/** The ingest layer's CurationLoadError, told by name so that checking for it does not load the module. */
export const isCurationLoadError = (error: unknown): error is Error =>
  error instanceof Error && error.name === "CurationLoadError";
