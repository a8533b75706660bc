// Compiles the phrase patterns of the trigger and cue tables and finds them in a run of tokens.
import type { Token } from "../nlp/analyze";

interface Term {
  words: ReadonlySet<string>;
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
      return {
        kind: "term",
        term: {
          words: new Set(words.toLowerCase().split("|")),
          pos: pos ? new Set(pos.split(",")) : null,
          optional,
        },
      };
    });
  const head = steps[0];
  if (head?.kind !== "term" || head.term.optional) {
    throw new Error(`pattern '${source}' must start with a required word`);
  }
  return { source, steps, first: head.term.words };
}

const keyCache = new WeakMap<Token[], string[]>();

/**
 * The forms each token can be matched by, two per token: its lemma and its lower-cased text. Worked out once
 * per token list, since every table (triggers, cues, leads) scans the same tokens.
 */
function keysOf(tokens: Token[]): string[] {
  let keys = keyCache.get(tokens);
  if (!keys) {
    keys = new Array<string>(tokens.length * 2);
    tokens.forEach((t, i) => {
      keys![2 * i] = t.lemma.toLowerCase();
      keys![2 * i + 1] = t.text.toLowerCase();
    });
    keyCache.set(tokens, keys);
  }
  return keys;
}

function termMatches(term: Term, tokens: Token[], keys: string[], at: number): boolean {
  if (term.pos && !term.pos.has(tokens[at]!.pos)) return false;
  if (term.words.has("_")) return true; // any word (with the part of speech, if given)
  return term.words.has(keys[2 * at]!) || term.words.has(keys[2 * at + 1]!);
}

/** Longest match of the steps from token `at`, never past `limit`; returns the end index or -1. */
function matchFrom(steps: Step[], i: number, tokens: Token[], keys: string[], at: number, limit: number): number {
  if (i === steps.length) return at;
  const step = steps[i]!;
  if (step.kind === "gap") {
    for (let skip = 0; skip <= step.max && at + skip <= limit; skip++) {
      const end = matchFrom(steps, i + 1, tokens, keys, at + skip, limit);
      if (end >= 0) return end;
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

  constructor(entries: ReadonlyArray<readonly [string, T]>) {
    for (const [source, value] of entries) {
      const pattern = compilePattern(source);
      for (const word of pattern.first) {
        const list = this.byFirst.get(word) ?? [];
        list.push({ pattern, value });
        this.byFirst.set(word, list);
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
  private readonly starts = new WeakMap<Token[], Int32Array>();

  private startsIn(tokens: Token[], keys: string[]): Int32Array {
    let found = this.starts.get(tokens);
    if (!found) {
      const at: number[] = [];
      for (let i = 0; i < tokens.length; i++) {
        if (this.byFirst.has(keys[2 * i]!) || this.byFirst.has(keys[2 * i + 1]!)) at.push(i);
      }
      found = Int32Array.from(at);
      this.starts.set(tokens, found);
    }
    return found;
  }

  /** Every (value, match) starting inside tokens[from, to), matches never running past `to`. */
  find(tokens: Token[], from: number, to: number): Array<{ value: T; match: PatternMatch; pattern: Pattern }> {
    const out: Array<{ value: T; match: PatternMatch; pattern: Pattern }> = [];
    const keys = keysOf(tokens);
    const starts = this.startsIn(tokens, keys);
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
