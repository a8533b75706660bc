// Readable, stable ids: slugs of names, and keys derived from what a thing is.
import type { Participant } from "./schema/event";
import type { EventType } from "./schema/event-types";

/** Letters that Unicode does not decompose into a base letter and a mark, with their usual Latin spelling. */
const LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  þ: "th",
  Þ: "Th",
  ð: "d",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  // Azerbaijani "Əliyev" is "Aliyev" in English copy.
  ə: "a",
  Ə: "A",
};
const UNDECOMPOSED = /[łŁøØßæÆœŒþÞðıħĦəƏ]/g;
/** South Slavic words, where đ is written "dj" in Latin news copy ("Đinđić" → "Djindjic", "Đoković" → "Djokovic"). */
const SLAVIC = /[ćčšž]/i;

/**
 * Spells letters that NFKD leaves whole (ł, ø, ß, æ, đ, …) the way news copy does, word by word: "Wałęsa" →
 * "Walęsa" (the mark then goes as usual), "Đinđić" → "Djindjic", and "Đà Nẵng" → "Dà Nẵng".
 */
export function foldLetters(text: string): string {
  if (!/[łŁøØßæÆœŒþÞðıħĦəƏđĐ]/.test(text)) return text;
  return text.replace(/[^\s-]+/g, (word) =>
    word
      .replace(UNDECOMPOSED, (c) => LETTERS[c] ?? c)
      .replace(/đ/g, SLAVIC.test(word) ? "dj" : "d")
      .replace(/Đ/g, SLAVIC.test(word) ? "Dj" : "D"),
  );
}

/** Folds typographic variants so that "O’Brien" and "O'Brien" give one slug, and "Đinđić" and "Djindjic" too. */
export function slugify(text: string): string {
  return (
    foldLetters(text)
      // Initials written with stops are one word: "U.S. Geological Survey" and "US Geological Survey" meet.
      .replace(/\b(\p{Lu})\.(?=\p{Lu}\.)/gu, "$1")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[’‘'`´]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
  );
}

/**
 * An Arabic surname without its article, which writers put in or leave out ("al-Jalali" / "Jalali", "el-Sisi"),
 * in any case and with the sun letters' spellings (ad-, as-, ash-, at-, ar-, an-, az-).
 */
export function withoutArabicArticle(word: string): string {
  return word.replace(/^(?:al|el|ad|as|ash|at|ar|an|az)-(?=\p{L})/iu, "");
}

/** Article id from a file name: `data/articles/000_7b39.txt` → `000_7b39`. */
export function articleIdFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const stem = base.replace(/\.[^.]+$/, "");
  const id = stem
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+|-+$/g, "");
  return id.length > 0 ? id : "article";
}

/** Article id for text without a file name (stdin, a paste): derived from its hash. */
export function articleIdFromHash(sha256: string, prefix = "stdin"): string {
  return `${prefix}-${sha256.slice(0, 12)}`;
}

export function actorId(name: string): string {
  return slugify(name) || "actor";
}

export function placeId(name: string): string {
  return slugify(name) || "place";
}

/**
 * Event id from what the event is: `2023-11-27-call-antony-blinken-ilham-aliyev`.
 * Participant order does not matter; an undated event says so.
 */
export function eventId(input: { type: EventType; date: string | null; participants: readonly Participant[] }): string {
  const people = [...new Set(input.participants.map((p) => p.actorId))].sort().slice(0, 3);
  const parts = [input.date ? slugify(input.date) : "undated", input.type, ...people];
  return slugify(parts.join("-")) || "event";
}

/** Makes ids unique within one document by suffixing -2, -3, … in order of first use. */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
