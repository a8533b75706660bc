// The Dateline model: every schema and type, for `import … from "@dateline/core/schema"`.
export * from "./article";
export * from "./curation";
export * from "./dates";
export * from "./entities";
export * from "./event";
export * from "./event-types";
export * from "./evidence";
export * from "./extraction";
export * from "./knowledge-base";
export * from "./statements";
