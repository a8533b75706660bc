// Mentions in token space, grouped into noun phrases: "Azerbaijani President Ilham Aliyev" is one group, headed by Aliyev.
import { TITLE_WORDS } from "../entities/tables/titles";
import { startsUpper, type Token } from "../nlp/analyze";
import type { Mention } from "../types";

export interface MentionGroup {
  /** Token indices, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  mentions: Mention[];
  /** The actor the group names: its last actor mention ("Aliyev", not the demonym "Azerbaijani"). */
  actorId: string | null;
  /** The place the group names, when it names one. */
  placeId: string | null;
}

/** Index of the token holding a character offset (tokens are sorted and do not overlap). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return mid;
  }
  return lo; // between tokens: the next one
}

// Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every call when it stands in a function.
/** Parts of speech a title word has in a title ("under", "head" as a verb, never count). */
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);

/** A word of a title as a title: "leader" in "North Korean leader Kim Jong Un", not "head" the verb. */
export function titleWord(t: Token): boolean {
  return TITLE_WORDS.has(t.text.toLowerCase()) && NOMINAL.has(t.pos);
}

/** Tokens that may stand between two mentions of one phrase: titles ("President", "Prime Minister", "of State"). */
function titleLike(t: Token): boolean {
  if (t.text === "-" || t.text === "of") return true;
  if (titleWord(t)) return true;
  return (t.pos === "PROPN" || t.pos === "NOUN") && startsUpper(t.text);
}

const sortedCache = new WeakMap<Mention[], Mention[]>();

/** The mentions by start (longest first), sorted once per article: every clause looks up its own. */
function sortedMentions(mentions: Mention[]): Mention[] {
  let sorted = sortedCache.get(mentions);
  if (!sorted) {
    sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    sortedCache.set(mentions, sorted);
  }
  return sorted;
}

/**
 * Groups the mentions inside tokens[from, to) into phrases. Overlapping mentions keep the longest; mentions
 * joined only by title words form one group.
 */
export function groupMentions(tokens: Token[], mentions: Mention[], from: number, to: number): MentionGroup[] {
  if (from >= to) return [];
  const startChar = tokens[from]!.start;
  const endChar = tokens[to - 1]!.end;
  const sorted = sortedMentions(mentions);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < startChar) lo = mid + 1;
    else hi = mid;
  }
  const inside: Mention[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start < endChar; k++) {
    if (sorted[k]!.end <= endChar) inside.push(sorted[k]!);
  }
  const kept: Mention[] = [];
  for (const m of inside) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue; // nested in a longer mention
    kept.push(m);
  }
  const groups: MentionGroup[] = [];
  for (const m of kept) {
    const ts = tokenAt(tokens, m.start);
    const te = Math.max(ts + 1, tokenAt(tokens, m.end - 1) + 1);
    const last = groups[groups.length - 1];
    const joined = last && tokens.slice(last.tokenEnd, ts).every(titleLike);
    if (last && joined) {
      last.tokenEnd = te;
      last.mentions.push(m);
    } else {
      groups.push({ tokenStart: ts, tokenEnd: te, mentions: [m], actorId: null, placeId: null });
    }
  }
  for (const g of groups) {
    const actors = g.mentions.filter((m) => m.entity === "actor");
    const places = g.mentions.filter((m) => m.entity === "place");
    g.actorId = actors[actors.length - 1]?.entityId ?? null;
    g.placeId = places[places.length - 1]?.entityId ?? null;
  }
  return groups;
}
