// @dateline/kb: many extractions in, one knowledge base out; curation files read and applied.
export { buildKnowledgeBase } from "./build-knowledge-base";
export { clusterCounters } from "./cluster-reports";
export { type Coverage, coverage, quotedBySource } from "./coverage";
export type { LoadedCuration } from "./curation/apply-curation";
export { CurationFileError, parseCurationYaml } from "./curation/parse-yaml";
