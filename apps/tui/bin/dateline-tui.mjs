#!/usr/bin/env node
// The terminal UI as its own command (also `dateline tui`); TypeScript sources run through tsx.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// The package's own tsconfig (JSX, paths), whatever the working directory.
register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0); // `dateline-tui | head` closed the pipe: done, not a failure
});
const { runTui } = await import("../src/cli.tsx");
process.exitCode = await runTui(process.argv.slice(2));
