// Finds the articles to ingest: files, folders (recursively, symlink loops and all), or stdin.
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";

export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".json"]);

export interface InputFile {
  /** The path shown to the user and stored as the article's source (relative to the working directory). */
  source: string;
  read(): Promise<Uint8Array>;
}

export interface Skipped {
  source: string;
  reason: string;
}

export interface CollectedInputs {
  files: InputFile[];
  skipped: Skipped[];
}

const display = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || rel === "" ? path : rel;
};

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Expands each target into article files, in a stable order; what cannot be read is listed with the reason. */
export async function collectInputs(targets: readonly string[]): Promise<CollectedInputs> {
  const files: InputFile[] = [];
  const skipped: Skipped[] = [];
  for (const target of targets) {
    if (target === "-") {
      files.push({ source: "stdin", read: readStdin });
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(target);
    } catch (error) {
      skipped.push({ source: target, reason: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      await walk(target, new Set(), files, skipped);
    } else if (info.isFile()) {
      files.push(fileInput(target));
    } else {
      skipped.push({ source: target, reason: "not a regular file or folder" });
    }
  }
  return { files, skipped };
}

function fileInput(path: string): InputFile {
  return { source: display(path), read: () => readFile(path) };
}

async function walk(dir: string, seen: Set<string>, files: InputFile[], skipped: Skipped[]): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    skipped.push({ source: display(dir), reason: describeFsError(error) });
    return;
  }
  if (seen.has(real)) {
    skipped.push({ source: display(dir), reason: "folder already visited (a symlink loop)" });
    return;
  }
  seen.add(real);
  const entries = (await readdir(dir)).sort();
  for (const name of entries) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const path = join(dir, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      const link = await lstat(path);
      info = link.isSymbolicLink() ? await stat(path) : link;
    } catch (error) {
      skipped.push({ source: display(path), reason: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      await walk(path, seen, files, skipped);
    } else if (!info.isFile()) {
      skipped.push({ source: display(path), reason: "not a regular file" });
    } else if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) {
      files.push(fileInput(path));
    } else if (name.toLowerCase() !== "readme.md") {
      skipped.push({
        source: display(path),
        reason: `unsupported file type '${extname(name) || "(none)"}' (articles are ${[...ARTICLE_EXTENSIONS].join(" ")})`,
      });
    }
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links (a symlink loop)";
    case "EISDIR":
      return "is a folder";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
