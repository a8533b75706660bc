// Shared limits: see vitest.base.ts at the root.
export { default } from "../../vitest.base";
