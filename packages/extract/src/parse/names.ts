// Is a short string a person's name ("Rabia Iclal Turan", "Jane Doe and John Roe") rather than an organisation?
import { NOT_NAME_WORDS, OUTLET_WORDS } from "./line-patterns";

const PARTICLES = new Set([
  "de",
  "da",
  "di",
  "del",
  "der",
  "van",
  "von",
  "al",
  "el",
  "bin",
  "ibn",
  "le",
  "la",
  "du",
  "dos",
]);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

function isOneName(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((w) => OUTLET_WORDS.has(w.toLowerCase()) || NOT_NAME_WORDS.has(w.toLowerCase()))) return false;
  return words.every((w, i) => NAME_WORD.test(w) || (i > 0 && i < words.length - 1 && PARTICLES.has(w)));
}

/** Two to five capitalised words (several names joined by "and" or commas), none an organisation word. */
export function isPersonName(s: string): boolean {
  const names = s.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  return names.length > 0 && names.every(isOneName);
}
