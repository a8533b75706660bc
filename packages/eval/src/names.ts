// Name normalisation shared by every comparison of names: case, apostrophes, dots, "the ".
import type { GoldActor, GoldPlace } from "@dateline/core/gold";
import type { Actor, Place } from "@dateline/core/schema";

/**
 * Folds the differences that do not make two names different: case, typographic apostrophes
 * ("O’Brien"/"O'Brien"), dots in initialisms ("U.S."/"US"), a leading "the " and runs of spaces.
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** Every normalised form a gold actor or place goes by in its article. */
export function goldNames(item: GoldActor | GoldPlace): Set<string> {
  return new Set([item.name, ...item.aliases].map(normaliseName));
}

/** Every normalised form an extracted actor or place goes by. */
export function extractedNames(item: Actor | Place): Set<string> {
  return new Set([item.name, ...item.aliases.map((a) => a.name)].map(normaliseName));
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
