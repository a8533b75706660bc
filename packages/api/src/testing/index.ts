// Helpers for tests of the API and of the apps over it.
export * from "./error-code";
export * from "./seed-kb";
