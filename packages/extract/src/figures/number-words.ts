// Numbers as news writes them: digits with separators, words ("seven", "twenty-five"), scales ("2.5 billion").

const UNITS: Readonly<Record<string, number>> = {
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  mln: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  trillion: 1_000_000_000_000,
};
export const CURRENCIES: Readonly<Record<string, string>> = {
  $: "dollars",
  us$: "dollars",
  usd: "dollars",
  "€": "euros",
  eur: "euros",
  "£": "pounds",
  gbp: "pounds",
  "¥": "yen",
};

const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join("|");
const WORD = `(?:(?:${alt(Object.keys(TENS))})(?:-(?:${alt(Object.keys(UNITS))}))?|${alt(Object.keys(UNITS))})`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = `(?:\\s+(?:${alt(Object.keys(SCALES))}))`;
/** Scales glued to the digits, as money is written ("$1.2bn", "€50m"); read only after a currency sign. */
const GLUED = "(?:bn|mn|m|k)(?=\\b)";
export const GLUED_SCALES: Readonly<Record<string, number>> = { bn: 1e9, mn: 1e6, m: 1e6, k: 1e3 };
/** "$", "€", "US$", "A$", "HK$", "USD 5": a currency before the number. */
const CURRENCY = String.raw`(?:[A-Z]{1,2}\$|[$€£¥]|(?:USD|EUR|GBP)\s)`;

/**
 * One number phrase: an optional currency, digits or words ("a" only before a scale: "a million"),
 * then scale words. Groups: 1 currency, 2 digits, 3 words, 4 "a", 5 scales. A number glued to a hyphen
 * is part of a compound ("seven-day truce", "37-year-old", "6.8-magnitude"), a range or a score: not a count.
 */
export const NUMBER_PATTERN = new RegExp(
  `(?<![\\w.,\\-/:$€£¥])(${CURRENCY})?\\s?(?:(${DIGITS})|\\b(${WORD})|\\b(an?)(?=${SCALE}))((?:${SCALE})*|${GLUED})(?![\\w]|[.,]\\d|-\\w|:\\d)`,
  "gi",
);

/** The value of a number written in words: "seven" → 7, "twenty-five" → 25. */
export function wordValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w === "a" || w === "an") return 1;
  if (UNITS[w] !== undefined) return UNITS[w]!;
  const [tens, unit] = w.split("-");
  const t = TENS[tens ?? ""];
  if (t === undefined) return null;
  return unit === undefined ? t : (UNITS[unit] ?? 0) + t;
}

export function scaleValue(scales: string): number {
  const glued = GLUED_SCALES[scales.toLowerCase()];
  if (glued !== undefined) return glued;
  let factor = 1;
  for (const s of scales.trim().split(/\s+/).filter(Boolean)) factor *= SCALES[s.toLowerCase()] ?? 1;
  return factor;
}

/** The value of a matched number phrase, rounded past floating-point noise (2.42 billion, not 2419999999.9999995). */
export function numberValue(digits: string | undefined, word: string | undefined, scales: string): number | null {
  const base = digits !== undefined ? Number(digits.replace(/,/g, "")) : wordValue(word ?? "");
  if (base === null || Number.isNaN(base)) return null;
  const v = base * scaleValue(scales);
  return Math.round(v * 1e6) / 1e6;
}
