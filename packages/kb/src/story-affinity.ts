// Which articles tell one story: the actors and places they name and the words they use, weighted by rarity.
import { MONTH_NAMES, WEEKDAYS } from "@dateline/core/dates";
import type { ArticleExtraction } from "@dateline/core/schema";
import { eng } from "stopword";
import type { IdMaps } from "./link-events";

/**
 * Articles whose casts and words agree at least this much tell one story: the geometric mean of the two
 * cosines, so that both must agree. Two reports on earthquakes share words and no cast; two stories about the
 * Kremlin share a cast and few words. On the seeds and held-out articles, linked together or in smaller sets of
 * two and three stories, the pairs of one story score 0.19 and more and the pairs of different stories at most
 * 0.14. A pair wrongly judged unrelated only has to meet the stricter rule that reports of different stories meet
 * (`crossStoryMatch`).
 */
export const RELATED_AT = 0.16;

/** The words of an article that say the most about it: enough to tell its story, few enough to hold 100,000. */
const WORDS_KEPT = 64;
/**
 * Rarity is counted as if the corpus held at least this many articles: in five articles of one story its own
 * names are in all five, and would weigh as little as "government" does in a corpus of many stories.
 */
const AT_LEAST = 100;
/** Words are counted by a hash into this many buckets: no vocabulary to hold, collisions too rare to matter. */
const BUCKETS = 1 << 20;

/**
 * Words that every story uses: English stop words (the `stopword` package's list, "said" among them) and the words
 * of news itself that it lacks (told, days, months, counts). Without them two articles of a small corpus look alike.
 */
const NEWS_WORDS = `will says told when until just year years week weeks month months people time first last three four
  five according including during against among added within without back even made next whose does done later early
  late night morning evening today yesterday tomorrow`;
const COMMON: ReadonlySet<string> = new Set(
  [...eng, ...NEWS_WORDS.split(/\s+/), ...MONTH_NAMES, ...WEEKDAYS].map((w) => w.toLowerCase()),
);

/** A sparse unit vector: keys ascending and their weights. */
interface Vector {
  keys: Int32Array;
  weights: Float64Array;
}

export interface StoryIndex {
  /** How alike two articles' stories are, 0 to 1; null when either is unknown to the index. */
  affinity(a: string, b: string): number | null;
  /** Do the two articles tell one story? An article unknown to the index is related to every other. */
  related(a: string, b: string): boolean;
}

function dot(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const x = a.keys[i]!;
    const y = b.keys[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** FNV-1a into BUCKETS. */
function bucketOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

function wordCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]{3,}/gu)) {
    if (COMMON.has(m[0])) continue;
    const b = bucketOf(m[0]);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return counts;
}

/**
 * Weights each count as √count × ln(1 + articles / articles with it) (at least AT_LEAST articles), keeps the `keep`
 * heaviest and scales them to unit length: a term said twenty times does not outweigh the rest, and one that most
 * articles share says little about which story an article tells. `countsOf` is asked twice per article, once to
 * count the articles with each term and once to weigh, so that no more than one article's counts are held at once.
 */
function vectorsOf(
  articles: number,
  countsOf: (i: number) => Map<number, number>,
  size: number,
  keep = Infinity,
): Vector[] {
  const articlesWith = new Int32Array(size);
  for (let i = 0; i < articles; i++) for (const k of countsOf(i).keys()) articlesWith[k]!++;
  const total = Math.max(articles, AT_LEAST);
  return Array.from({ length: articles }, (_, i) => {
    const weighted = [...countsOf(i)].map(([k, n]): [number, number] => [
      k,
      Math.sqrt(n) * Math.log(1 + total / articlesWith[k]!),
    ]);
    const kept = weighted.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, keep);
    kept.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return { keys: Int32Array.from(kept, ([k]) => k), weights: Float64Array.from(kept, ([, w]) => w / norm) };
  });
}

/** Each article's KB actors and places with their mentions, keyed by number. */
function castCounts(
  extractions: readonly ArticleExtraction[],
  ids: IdMaps,
): { counts: Map<number, number>[]; size: number } {
  const numbers = new Map<string, number>();
  const counts = extractions.map((x) => {
    const c = new Map<number, number>();
    const add = (key: string | undefined, mentions: number) => {
      if (key === undefined) return;
      let n = numbers.get(key);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(key, n);
      }
      c.set(n, (c.get(n) ?? 0) + mentions);
    };
    for (const a of x.actors) add(ids.actor(x.articleId, a.id), a.mentions.length);
    for (const p of x.places) {
      const id = ids.place(x.articleId, p.id);
      add(id === undefined ? undefined : `place:${id}`, p.mentions.length);
    }
    return c;
  });
  return { counts, size: numbers.size };
}

export function storyIndex(extractions: readonly ArticleExtraction[], ids: IdMaps): StoryIndex {
  const cast = castCounts(extractions, ids);
  const casts = vectorsOf(extractions.length, (i) => cast.counts[i]!, cast.size);
  const words = vectorsOf(extractions.length, (i) => wordCounts(extractions[i]!.article.text), BUCKETS, WORDS_KEPT);
  const at = new Map(extractions.map((x, i) => [x.articleId, i]));
  const affinity = (a: string, b: string) => {
    const i = at.get(a);
    const j = at.get(b);
    if (i === undefined || j === undefined) return null;
    if (i === j) return 1;
    // An article that names nobody (or has no words of its own) gives no evidence either way on that count.
    const measures = [
      [casts[i]!, casts[j]!],
      [words[i]!, words[j]!],
    ].filter(([a, b]) => a!.keys.length > 0 && b!.keys.length > 0);
    if (measures.length === 0) return 1;
    return measures.reduce((p, [a, b]) => p * dot(a!, b!), 1) ** (1 / measures.length);
  };
  return {
    affinity,
    related: (a, b) => (affinity(a, b) ?? 1) >= RELATED_AT,
  };
}
