// Word tables shared by the date rules: weekdays, months, number words, seasons.
export { WEEKDAYS } from "@dateline/core/dates";

/** Number words news writes out in place of digits ("two days later", "a week later", "several years ago"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  "a couple of": 2,
  "a few": 3,
  several: 3,
};

/** Regex source matching a count in digits or words; longest alternatives first so "a few" beats "a". */
export const NUMBER_SOURCE = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((x, y) => y.length - x.length)
  .join("|")})`;

/** Counts that are vague ("a few", "several"): the result is approximate, never day-precise. */
export const VAGUE_NUMBERS = new Set(["a few", "several", "a couple of"]);

export function numberOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

/** The months each season starts and ends in (northern hemisphere, as English-language news uses them). */
export const SEASONS: Readonly<Record<string, { first: number; last: number }>> = {
  spring: { first: 3, last: 5 },
  summer: { first: 6, last: 8 },
  fall: { first: 9, last: 11 },
  autumn: { first: 9, last: 11 },
  winter: { first: 12, last: 2 },
};
