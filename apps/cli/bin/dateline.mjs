#!/usr/bin/env node
// The `dateline` command: loads the TypeScript sources through tsx (the workspace packages are not prebuilt).
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// The package's own tsconfig (JSX, paths), whatever the working directory.
register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
const { runAsProgram } = await import("../src/main.ts");
runAsProgram();
