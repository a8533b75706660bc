import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, type Token } from "../nlp/analyze";
import { countryName, type LexMatch, lexEntries, matchAt, normalizePhrase } from "./lexicon";

/**
 * The longest phrase at token i the plain way: every span from the longest down, each looked up whole, kept
 * when the phrase's first word is the token (matchAt only starts at a token that is a phrase's first word).
 * matchAt stops growing a span as soon as its key begins no phrase; it must find what this finds.
 */
function longestByTrying(text: string, tokens: readonly Token[], i: number, limit: number): LexMatch | null {
  const first = normalizePhrase(tokens[i]!.text);
  for (let j = Math.min(limit, i + 12); j > i; j--) {
    const surface = text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    if (surface.includes("\n")) continue;
    const entries = lexEntries(surface);
    if (entries.length === 0) continue;
    // An abbreviation's dot is part of the phrase's first word ("maj. gen."), not of the token ("Maj").
    const firstWord = normalizePhrase(surface)
      .split(/[\s,-]+/)[0]!
      .replace(/\.$/, "");
    return firstWord === first.replace(/\.$/, "") ? { end: j, entries } : null;
  }
  return null;
}

const data = join(import.meta.dirname, "../../../../data");
const articles = [
  ...readdirSync(join(data, "articles")).map((f) => join(data, "articles", f)),
  ...readdirSync(join(data, "eval/articles")).map((f) => join(data, "eval/articles", f)),
];

describe("matchAt", () => {
  it("finds the longest phrase at every token of the corpus, as trying every span would", () => {
    let matched = 0;
    for (const path of articles) {
      const text = readFileSync(path, "utf8");
      const { tokens } = analyze(text);
      for (let i = 0; i < tokens.length; i++) {
        const got = matchAt(text, tokens, i, tokens.length);
        expect(got).toEqual(longestByTrying(text, tokens, i, tokens.length));
        if (got) matched++;
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it("reads phrases across hyphens, odd spacing and typographic quotes, and never across a line", () => {
    const text = "Nagorno - Karabakh and Nagorno-Karabakh;  South   Korea; Cote d’Ivoire; South\nKorea";
    const { tokens } = analyze(text);
    const at = (word: string, from = 0) => tokens.findIndex((t, i) => i >= from && t.text === word);
    const spanned = (i: number) => {
      const m = matchAt(text, tokens, i, tokens.length);
      return m ? text.slice(tokens[i]!.start, tokens[m.end - 1]!.end) : null;
    };
    expect(spanned(at("Nagorno"))).toBe("Nagorno - Karabakh");
    expect(spanned(at("Nagorno", at("Nagorno") + 1))).toBe("Nagorno-Karabakh");
    expect(spanned(at("South"))).toBe("South   Korea");
    expect(spanned(at("Cote"))).toBe("Cote d’Ivoire");
    expect(spanned(at("South", at("South") + 1))).not.toBe("South\nKorea");
  });
});

describe("countryName", () => {
  it("calls countries by the name news uses, not the library's shortest", () => {
    expect(countryName("NL")).toBe("Netherlands");
    expect(countryName("GB")).toBe("United Kingdom");
    expect(countryName("AZ")).toBe("Azerbaijan");
  });
});
