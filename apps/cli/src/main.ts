// Entry point: runs one command and turns every outcome into a message and an exit code, never a stack trace.
import { spawn } from "node:child_process";
import { constants as osConstants } from "node:os";
import { fileURLToPath } from "node:url";
import { CommanderError } from "commander";
import { CliError, EXIT_FAILURE, EXIT_USAGE, UsageError } from "./errors";
import { color } from "./io/output";
import { buildProgram } from "./program";

function report(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`${color.red("error:")} ${error.message}\n(run with --help for usage)\n`);
    return EXIT_USAGE;
  }
  // By name, not instanceof: importing @dateline/ingest here would load the NLP model for every command.
  if (error instanceof Error && error.name === "CurationLoadError") {
    process.stderr.write(`${color.red("error:")} ${error.message}\nhint: fix the curation file; nothing was written\n`);
    return EXIT_FAILURE;
  }
  if (error instanceof CliError) {
    process.stderr.write(`${color.red("error:")} ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ""}`);
    return EXIT_FAILURE;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${color.red("error:")} ${message}\n`);
  if (process.env.DATELINE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}

/**
 * The terminal UI as its own program, which parses its own flags (--db, --api, --tab, --json). It runs from its
 * own bin because that registers the TUI package's tsconfig: imported here, its .tsx files were outside this
 * package's tsconfig, so tsx compiled their JSX for the classic runtime and `dateline tui` died on "React is not
 * defined" in a terminal.
 */
function runTuiProgram(args: string[]): Promise<number> {
  const bin = fileURLToPath(import.meta.resolve("@dateline/tui/bin"));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: "inherit" });
    child.once("error", (error) => resolve(report(error)));
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 + (osConstants.signals[signal] ?? 0) : 1)));
  });
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "tui") return runTuiProgram(argv.slice(1));
  let pending: Promise<number> | null = null;
  const program = buildProgram((p) => {
    pending = p;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    return report(error);
  }
  if (!pending) {
    program.outputHelp();
    return argv.length === 0 ? 0 : EXIT_USAGE;
  }
  try {
    return await pending;
  } catch (error) {
    return report(error);
  }
}

/** Runs the process's own arguments and sets its exit code; a closed pipe (`| head`) ends quietly. */
export function runAsProgram(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
