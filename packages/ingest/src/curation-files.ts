// Reads data/curation/*.yaml: reviewed corrections, validated before anything is written.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { CurationFileError, type LoadedCuration, parseCurationYaml } from "@dateline/kb";
import { CurationLoadError } from "./errors";

/** Every curation file of the folder, in name order; a missing folder is no curation at all. */
export async function loadCurationDir(dir: string): Promise<LoadedCuration[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const loaded: LoadedCuration[] = [];
  for (const name of names) {
    const file = relative(process.cwd(), join(dir, name)) || name;
    const text = await readFile(join(dir, name), "utf8");
    try {
      loaded.push({ file, ops: parseCurationYaml(text, file) });
    } catch (error) {
      if (error instanceof CurationFileError) {
        throw new CurationLoadError(error.message);
      }
      throw error;
    }
  }
  return loaded;
}
