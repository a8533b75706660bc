// The word a person is called by alone, which a title and a lone mention use: the family name. It is the last
// word, except in names written family name first (Chinese, Korean): "Xi Jinping" is Xi, "Kim Jong Un" is Kim,
// "Lai Ching-te" is Lai; a particle before it belongs to it ("Marine Le Pen" is Le Pen).
import { FAMILY_NAME_FIRST } from "./tables/family-names";

/** Words after a family name that are no name of their own: "Ferdinand Marcos Jr." is Marcos. */
const NAME_SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

// Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every call when it stands in a function.
/** A given name hyphenated with a lower-case syllable: "Ching-te", "Jae-in" (never "Smith-Jones"). */
const SYLLABLE_HYPHEN = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*$/u;
/** Particles that open a family name: "Le Pen", "von der Leyen" (not the Spanish "de" of "Fernández de Kirchner"). */
const PARTICLES = new Set([
  "le",
  "la",
  "de",
  "du",
  "des",
  "da",
  "di",
  "del",
  "della",
  "van",
  "von",
  "der",
  "den",
  "ter",
]);
/**
 * A given name of one or two romanised syllables: "Jinping", "Qiang", "Yi", "Jong", "Un", "Yeol", "Hsien", "Loong". A Western
 * given or family name ("Kardashian", "Darroch") does not split into syllables of this shape.
 */
const SYLLABLES =
  /^(?:(?:zh|ch|sh|hs|ts|ng|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|yeo|eo|eu|ae|oe|oo|ee|ew|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)(?:ng|n|k|l|p|m)?){1,2}$/i;

/** Is the name written family name first? Its words as written, title and possessive already gone. */
export function familyNameFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const [first, ...given] = words as [string, ...string[]];
  if (words.length === 2 && SYLLABLE_HYPHEN.test(given[0]!)) return CAPITALISED_WORD.test(first);
  if (!FAMILY_NAME_FIRST.has(first.toLowerCase())) return false;
  return given.every((w) => SYLLABLE_HYPHEN.test(w) || SYLLABLES.test(w));
}

/** The family name among a name's words (suffixes like "Jr." skipped): the word the person is called by alone. */
export function familyName(words: readonly string[]): string {
  const parts = [...words];
  while (parts.length > 1 && NAME_SUFFIXES.has(parts[parts.length - 1]!.toLowerCase())) parts.pop();
  if (parts.length === 0) return "";
  if (familyNameFirst(parts)) return parts[0]!;
  // "Marine Le Pen", "Ursula von der Leyen": the particles before the last word are the family name's.
  let from = parts.length - 1;
  while (from > 1 && PARTICLES.has(parts[from - 1]!.toLowerCase())) from--;
  return parts.slice(from).join(" ");
}
