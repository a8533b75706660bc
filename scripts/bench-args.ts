// The command line of every bench script: --help (or -h) prints the usage and exits 0; an unknown option or a
// missing or invalid argument prints one line naming the problem, then the usage line, and exits 2. One file at the
// root, imported by relative path, since the bench folders belong to different packages.
import { basename } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";

/**
 * Parses the arguments (strictly) with node:util's parseArgs. `usage` is the text --help prints: its first line is
 * the usage line, the rest says what the bench measures, its options and an example. At most `maxPositionals`
 * arguments that are not options are taken.
 */
export function benchArgs<T extends ParseArgsConfig>(
  usage: string,
  config: T,
  maxPositionals = Number.POSITIVE_INFINITY,
) {
  const argv = config.args ?? process.argv.slice(2);
  const end = argv.indexOf("--");
  const options = end < 0 ? argv : argv.slice(0, end);
  if (options.includes("--help") || options.includes("-h")) {
    console.log(usage.trimEnd());
    process.exit(0);
  }
  const script = basename(process.argv[1] ?? "bench");
  /** Says what is wrong with the command line, and how to call the bench; exit code 2. */
  const fail = (problem: string): never => {
    console.error(`${script}: ${problem}\n${usage.split("\n")[0]}`);
    process.exit(2);
  };
  /** A number of at least `min` (a whole one unless `fraction`), or the usage error naming `name`. */
  const number = (text: string | undefined, name: string, min = 1, fraction = false): number => {
    const n = text === undefined || text.trim() === "" ? Number.NaN : Number(text);
    if (!(n >= min) || !Number.isFinite(n) || (!fraction && !Number.isInteger(n))) {
      fail(`${name} must be a ${fraction ? "number" : "whole number"} of at least ${min}, not "${text ?? ""}"`);
    }
    return n;
  };
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs({ ...config, args: argv, strict: true } as T);
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (!code?.startsWith("ERR_PARSE_ARGS_")) throw error;
    // node:util's message goes on with advice about "--": its first sentence names the problem.
    return fail(message.split(/\.\s/)[0]!);
  }
  const extra = (parsed.positionals ?? []).slice(maxPositionals);
  if (extra.length > 0) fail(`unexpected argument "${extra[0]}"`);
  return { ...parsed, fail, number };
}
