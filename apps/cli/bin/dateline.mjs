#!/usr/bin/env node
// The `dateline` command: loads the TypeScript sources through tsx (the workspace packages are not prebuilt).
import { register } from "tsx/esm/api";

register();
const { runAsProgram } = await import("../src/main.ts");
runAsProgram();
