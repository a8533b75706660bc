// Finds the monorepo root (the package.json with workspaces), so paths work from `next start` in any folder.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const roots = new Map<string, string>();

/** Remembered per starting folder: every request asks (for the KB path), and the answer does not change. */
export function findRepoRoot(from: string = process.cwd()): string {
  let root = roots.get(from);
  if (root === undefined) {
    root = searchRepoRoot(from);
    roots.set(from, root);
  }
  return root;
}

function searchRepoRoot(from: string): string {
  let dir = resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    const manifest = join(/*turbopackIgnore: true*/ dir, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { workspaces?: unknown };
      if (pkg.workspaces) return dir;
    }
    const parent = dirname(dir);
    // No workspace above: the folder we started from is the best guess.
    if (parent === dir) return resolve(/*turbopackIgnore: true*/ from);
    dir = parent;
  }
}

/** DATELINE_DB (relative to the repo root) or data/dateline.db. */
export function kbPath(root: string = findRepoRoot()): string {
  return resolve(/*turbopackIgnore: true*/ root, process.env.DATELINE_DB || "data/dateline.db");
}
