// @dateline/ingest: from files to a stored knowledge base, used by the CLI and by the API's curation writes.
export {
  ARTICLE_EXTENSIONS,
  type CollectedInputs,
  collectInputs,
  describeFsError,
  type InputFile,
  type Skipped,
} from "./collect-inputs";
export { loadCurationDir } from "./curation-files";
export { CurationLoadError, IngestConflictError } from "./errors";
export {
  type CurationSource,
  type IngestOptions,
  type IngestPhase,
  type IngestProgress,
  type IngestReport,
  relink,
  runIngest,
} from "./run-ingest";
