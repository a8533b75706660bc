// Compiles the phrase patterns of the trigger and cue tables and finds them in a run of tokens.
import type { Token } from "../nlp/analyze";
import { RELATIVE_OPENERS } from "../quotes/speech";

interface Term {
  words: ReadonlySet<string>;
  /** `_` is among the words: any word will do (asked at every token tried, so worked out once). */
  any: boolean;
  pos: ReadonlySet<string> | null;
  optional: boolean;
}

type Step = { kind: "term"; term: Term } | { kind: "gap"; max: number };

export interface Pattern {
  source: string;
  steps: Step[];
  /** Words one of which the first token must be: lets the matcher skip most start positions at once. */
  first: ReadonlySet<string>;
}

export interface PatternMatch {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
}

export function compilePattern(source: string): Pattern {
  const steps: Step[] = source
    .trim()
    .split(/\s+/)
    .map((part): Step => {
      const gap = /^\.\.\.(\d+)?$/.exec(part);
      if (gap) return { kind: "gap", max: gap[1] ? Number(gap[1]) : 4 };
      const optional = part.endsWith("?");
      const body = optional ? part.slice(0, -1) : part;
      const [words = "", pos, extra] = body.split("/");
      if (extra !== undefined || (pos !== undefined && !/^[A-Z]+(,[A-Z]+)*$/.test(pos))) {
        throw new Error(`pattern '${source}': '${part}' must be word|word/POS,POS (one part of speech list per term)`);
      }
      const wordSet = new Set(words.toLowerCase().split("|"));
      return {
        kind: "term",
        term: { words: wordSet, any: wordSet.has("_"), pos: pos ? new Set(pos.split(",")) : null, optional },
      };
    });
  const head = steps[0];
  if (head?.kind !== "term" || head.term.optional) {
    throw new Error(`pattern '${source}' must start with a required word`);
  }
  return { source, steps, first: head.term.words };
}

/**
 * Every table's first words, each with a bit per table that can start with it: one pass over an article's
 * tokens tells every table where it may start, instead of one pass per table.
 */
const firstWordBits = new Map<string, number>();
let tables = 0;

interface TokenIndex {
  /** Two per token: its lemma and its lower-cased text. */
  keys: string[];
  /** Per token, the bits of the tables that may start there. */
  bits: Int32Array;
  /** How many tables there were when the bits were worked out (tables made later need them again). */
  tables: number;
}

const tokenIndexes = new WeakMap<Token[], TokenIndex>();

/** The forms and start bits of a token list, worked out once: every table scans the same tokens. */
function indexOf(tokens: Token[]): TokenIndex {
  let index = tokenIndexes.get(tokens);
  if (!index || index.tables !== tables) {
    const keys = new Array<string>(tokens.length * 2);
    const bits = new Int32Array(tokens.length);
    tokens.forEach((t, i) => {
      const lemma = t.lemma.toLowerCase();
      const text = t.text.toLowerCase();
      keys[2 * i] = lemma;
      keys[2 * i + 1] = text;
      bits[i] = (firstWordBits.get(lemma) ?? 0) | (firstWordBits.get(text) ?? 0);
    });
    index = { keys, bits, tables };
    tokenIndexes.set(tokens, index);
  }
  return index;
}

function termMatches(term: Term, tokens: Token[], keys: string[], at: number): boolean {
  if (term.pos && !term.pos.has(tokens[at]!.pos)) return false;
  if (term.any) return true; // any word (with the part of speech, if given)
  return term.words.has(keys[2 * at]!) || term.words.has(keys[2 * at + 1]!);
}

/**
 * Words that open a subordinate clause after a comma ("began in April, after talks broke down"): a gap stops
 * there, since what follows tells another happening.
 */
const SUBORDINATORS = new Set([
  "after",
  "before",
  "when",
  "while",
  "because",
  "since",
  "until",
  "although",
  "though",
  "whereas",
]);

/** The longest relative clause a gap passes whole, in tokens. */
const RELATIVE_MAX = 30;

/**
 * The comma that closes a relative clause opened by the comma at `at`, or -1: the clause tells of its noun, not
 * of what the sentence goes on to say, so a gap passes it as one token. Never past `limit` or a sentence's end.
 */
function relativeClauseEnd(tokens: Token[], keys: string[], at: number, limit: number): number {
  if (tokens[at]?.text !== "," || !RELATIVE_OPENERS.has(keys[2 * (at + 1) + 1] ?? "")) return -1;
  for (let j = at + 2; j < limit && j <= at + RELATIVE_MAX; j++) {
    const text = tokens[j]!.text;
    if (text === ",") return j;
    if (text === "." || text === ";" || text === "!" || text === "?") return -1;
  }
  return -1;
}

/** Longest match of the steps from token `at`, never past `limit`; returns the end index or -1. */
function matchFrom(steps: Step[], i: number, tokens: Token[], keys: string[], at: number, limit: number): number {
  if (i === steps.length) return at;
  const step = steps[i]!;
  if (step.kind === "gap") {
    let pos = at;
    for (let skip = 0; skip <= step.max && pos <= limit; skip++) {
      // The token just skipped is a comma before a subordinate clause: no further.
      if (pos > at && tokens[pos - 1]!.text === "," && SUBORDINATORS.has(keys[2 * pos + 1] ?? "")) break;
      const end = matchFrom(steps, i + 1, tokens, keys, pos, limit);
      if (end >= 0) return end;
      const close = relativeClauseEnd(tokens, keys, pos, limit);
      pos = close >= 0 ? close + 1 : pos + 1;
    }
    return -1;
  }
  if (at < limit && termMatches(step.term, tokens, keys, at)) {
    const end = matchFrom(steps, i + 1, tokens, keys, at + 1, limit);
    if (end >= 0) return end;
  }
  return step.term.optional ? matchFrom(steps, i + 1, tokens, keys, at, limit) : -1;
}

/** A table of patterns indexed by their first words, so a token is tried only against patterns it can start. */
export class PatternIndex<T> {
  private readonly byFirst = new Map<string, Array<{ pattern: Pattern; value: T }>>();

  /** This table's bit among all tables; tables past the 31st share the last bit, which only costs a lookup. */
  private readonly bit: number;

  constructor(entries: ReadonlyArray<readonly [string, T]>) {
    this.bit = 1 << Math.min(tables++, 30);
    for (const [source, value] of entries) {
      const pattern = compilePattern(source);
      for (const word of pattern.first) {
        const list = this.byFirst.get(word) ?? [];
        list.push({ pattern, value });
        this.byFirst.set(word, list);
        firstWordBits.set(word, (firstWordBits.get(word) ?? 0) | this.bit);
      }
    }
  }

  private tryAt(
    entry: { pattern: Pattern; value: T },
    tokens: Token[],
    keys: string[],
    at: number,
    to: number,
    out: Array<{ value: T; match: PatternMatch; pattern: Pattern }>,
  ): void {
    const end = matchFrom(entry.pattern.steps, 0, tokens, keys, at, to);
    if (end > at) out.push({ value: entry.value, pattern: entry.pattern, match: { start: at, end } });
  }

  /** Positions in a token list where some pattern of this table may start, found once per list. */
  private readonly starts = new WeakMap<Token[], { at: Int32Array; index: TokenIndex }>();

  private startsIn(tokens: Token[], index: TokenIndex): Int32Array {
    const cached = this.starts.get(tokens);
    if (cached && cached.index === index) return cached.at;
    const at: number[] = [];
    for (let i = 0; i < tokens.length; i++) if (index.bits[i]! & this.bit) at.push(i);
    const found = Int32Array.from(at);
    this.starts.set(tokens, { at: found, index });
    return found;
  }

  /** Every (value, match) starting inside tokens[from, to), matches never running past `to`. */
  find(tokens: Token[], from: number, to: number): Array<{ value: T; match: PatternMatch; pattern: Pattern }> {
    const out: Array<{ value: T; match: PatternMatch; pattern: Pattern }> = [];
    const index = indexOf(tokens);
    const keys = index.keys;
    const starts = this.startsIn(tokens, index);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length && starts[k]! < to; k++) {
      const at = starts[k]!;
      const lemma = keys[2 * at]!;
      const text = keys[2 * at + 1]!;
      const byLemma = this.byFirst.get(lemma);
      const byText = text === lemma ? undefined : this.byFirst.get(text);
      for (const entry of byLemma ?? []) this.tryAt(entry, tokens, keys, at, to, out);
      for (const entry of byText ?? []) if (!byLemma?.includes(entry)) this.tryAt(entry, tokens, keys, at, to, out);
    }
    return out;
  }
}
