// The extraction of every known article as one JSON file, to prove a speed change alters no output (USAGE).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchArgs } from "../../../scripts/bench-args";
import { extractArticle } from "../src/index";
import { InputError } from "../src/parse/index";

const USAGE = `Usage: tsx bench/snapshot.ts OUT.json [--check REF.json]
The extraction of every known article as one JSON file, to prove a speed change alters no output: writes the dump
to OUT.json and, with --check, also compares it with REF.json byte for byte (exit 1 if not).
Compare against a dump made from the tree before the change (a worktree at the base commit), not against a
committed file: rule changes elsewhere alter the output on purpose.
Example: tsx bench/snapshot.ts /tmp/after.json --check /tmp/before.json`;
const {
  values: args,
  positionals,
  fail,
} = benchArgs(USAGE, { options: { check: { type: "string" } }, allowPositionals: true }, 1);
const out = positionals[0] ?? fail("give the file to write the dump to");
if (args.check !== undefined && !existsSync(args.check)) fail(`no such file: ${args.check}`);

const DATA = join(import.meta.dirname, "../../../data");
/** The seeds, the gold test articles and the bench's eval corpus: every article file the repository holds. */
const FOLDERS = ["articles", "gold", "eval/articles"];
const ARTICLE = /\.(txt|md|json|html?)$/;

const dump: Record<string, unknown> = {};
for (const folder of FOLDERS) {
  let names: string[];
  try {
    names = readdirSync(join(DATA, folder)).sort();
  } catch {
    continue;
  }
  for (const name of names.filter((n) => ARTICLE.test(n) && n !== "README.md")) {
    const content = readFileSync(join(DATA, folder, name));
    try {
      dump[`${folder}/${name}`] = extractArticle({ path: name, content });
    } catch (error) {
      // A refused input is an outcome too: the same refusal must come out after the change.
      if (!(error instanceof InputError)) throw error;
      dump[`${folder}/${name}`] = { error: error.message };
    }
  }
}
const json = `${JSON.stringify(dump, null, 1)}\n`;
writeFileSync(out, json);
console.log(`${Object.keys(dump).length} articles, ${json.length} bytes → ${out}`);

if (args.check) {
  const ref = readFileSync(args.check, "utf8");
  if (ref === json) {
    console.log(`identical to ${args.check}`);
  } else {
    const a = ref.split("\n");
    const b = json.split("\n");
    const line = a.findIndex((l, i) => l !== b[i]);
    console.error(`DIFFERS from ${args.check} at line ${line + 1}:\n- ${a[line]}\n+ ${b[line]}`);
    process.exitCode = 1;
  }
}
