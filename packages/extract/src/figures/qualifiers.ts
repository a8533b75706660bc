// Words before a number that hedge it ("over", "about", "a majority of"), mapped to the schema's qualifiers.
import type { Figure } from "@dateline/core/schema";

type Qualifier = Figure["qualifier"];

/** Longest phrases first, so "no more than" is not read as "more than". */
export const QUALIFIERS: ReadonlyArray<[string, Qualifier]> = (
  [
    ["no more than", "up-to"],
    ["no fewer than", "over"],
    ["no less than", "over"],
    ["more than", "over"],
    ["well over", "over"],
    ["just over", "over"],
    ["over", "over"],
    ["at least", "over"],
    ["upwards of", "over"],
    ["in excess of", "over"],
    ["above", "over"],
    ["fewer than", "under"],
    ["less than", "under"],
    ["just under", "under"],
    ["under", "under"],
    ["below", "under"],
    ["about", "about"],
    ["some", "about"],
    ["nearly", "about"],
    ["almost", "about"],
    ["around", "about"],
    ["roughly", "about"],
    ["approximately", "about"],
    ["an estimated", "about"],
    ["estimated", "about"],
    ["close to", "about"],
    ["up to", "up-to"],
    ["as many as", "up-to"],
    ["as much as", "up-to"],
    ["a majority of", "majority-of"],
    ["the majority of", "majority-of"],
    ["most of", "majority-of"],
  ] as Array<[string, Qualifier]>
).sort((a, b) => b[0].length - a[0].length);

const QUALIFIER_BEFORE = new RegExp(
  `\\b(${QUALIFIERS.map(([p]) => p.replace(/ /g, "\\s+")).join("|")})\\s+(?:(?:its|their|his|her|the|our|these|those)\\s+)?$`,
  "i",
);

/** The qualifier just before a number (within the text before it), and where its words begin. */
export function qualifierBefore(before: string): { qualifier: Qualifier; length: number } | null {
  const m = QUALIFIER_BEFORE.exec(before);
  if (!m) return null;
  const phrase = m[1]!.toLowerCase().replace(/\s+/g, " ");
  const found = QUALIFIERS.find(([p]) => p === phrase);
  return found ? { qualifier: found[1], length: m[0].length } : null;
}
