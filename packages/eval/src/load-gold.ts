// Reads a folder of gold YAML (one file per article, plus corpus.yaml) and validates it with the core schemas.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type GoldArticle, GoldArticleSchema, type GoldCorpus, GoldCorpusSchema } from "@dateline/core/gold";
import { parseDocument } from "yaml";

export const CORPUS_FILE = "corpus.yaml";

export class GoldFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "GoldFileError";
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

/** Structurally a ZodError: its issues, each with a path and a message. */
interface Issues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

function describeIssues(error: Issues): string {
  return error.issues.map((issue) => `${fieldPath(issue.path) || "(top level)"}: ${issue.message}`).join("; ");
}

function readYaml(file: string): unknown {
  const doc = parseDocument(readFileSync(file, "utf8"), { prettyErrors: true });
  const first = doc.errors[0];
  if (first) throw new GoldFileError(file, `not valid YAML: ${first.message}`);
  return doc.toJS();
}

/** Parses one gold article file; the file name must be the article id, so gold can be found from an article. */
export function loadGoldArticle(file: string): GoldArticle {
  const parsed = GoldArticleSchema.safeParse(readYaml(file));
  if (!parsed.success) throw new GoldFileError(file, describeIssues(parsed.error));
  const stem = basename(file).replace(/\.ya?ml$/, "");
  if (parsed.data.article !== stem) {
    throw new GoldFileError(file, `article: '${parsed.data.article}' does not match the file name '${stem}'`);
  }
  return parsed.data;
}

export function loadGoldCorpus(file: string): GoldCorpus {
  const parsed = GoldCorpusSchema.safeParse(readYaml(file));
  if (!parsed.success) throw new GoldFileError(file, describeIssues(parsed.error));
  return parsed.data;
}

/**
 * Every gold file in a folder, in file-name order: `<articleId>.yaml` for articles and `corpus.yaml`
 * for conflicts (null when the folder has none). Other files (README.md) are ignored.
 */
export function loadGoldDir(dir: string | URL): { articles: GoldArticle[]; corpus: GoldCorpus | null } {
  const root = typeof dir === "string" ? dir : fileURLToPath(dir);
  let names: string[];
  try {
    names = readdirSync(root);
  } catch (error) {
    throw new GoldFileError(root, `cannot read the gold folder (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  const files = names.filter((f) => /\.ya?ml$/.test(f)).sort();
  const articles: GoldArticle[] = [];
  let corpus: GoldCorpus | null = null;
  for (const name of files) {
    const file = join(root, name);
    if (name === CORPUS_FILE || name === "corpus.yml") corpus = loadGoldCorpus(file);
    else articles.push(loadGoldArticle(file));
  }
  return { articles, corpus };
}
