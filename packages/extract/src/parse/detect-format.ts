// Which format an input is in: forced, from the file extension, or sniffed from the first characters.
import type { ArticleFormat } from "@dateline/core/schema";

const EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  xhtml: "html",
  json: "json",
  jsonld: "json",
};

/** The format of an input; `warnings` gets a note when an unknown extension forced a guess. */
export function detectFormat(
  path: string | null,
  forced: ArticleFormat | undefined,
  text: string,
  warnings: string[],
): ArticleFormat {
  if (forced) return forced;
  const ext = path ? /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() : undefined;
  if (ext && EXTENSIONS[ext]) return EXTENSIONS[ext];
  const sniffed = sniffFormat(text);
  if (ext) warnings.push(`unknown extension '.${ext}': read as ${sniffed} from its content`);
  return sniffed;
}

export function sniffFormat(text: string): ArticleFormat {
  const head = text.slice(0, 1024).trimStart();
  if (/^[{[]/.test(head)) {
    try {
      JSON.parse(text);
      return "json";
    } catch {
      return "txt";
    }
  }
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<\?xml[^>]*>\s*<html)/i.test(head))
    return "html";
  if (/^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(text.slice(0, 20_000))) return "md";
  return "txt";
}
