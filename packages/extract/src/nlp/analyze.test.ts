import { describe, expect, it } from "vitest";
import { analyze, foldForTagger, paragraphs } from "./analyze";

describe("analyze", () => {
  const text =
    "Blinken holds separate calls\n\nUS Secretary of State Antony Blinken held calls on Monday. O’Brien said “no”.\r\nBaku announced it.";

  it("keeps headlines apart from the next paragraph and offsets exact", () => {
    const { tokens, sentences } = analyze(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Blinken holds separate calls",
      "US Secretary of State Antony Blinken held calls on Monday.",
      "O’Brien said “no”.",
      "Baku announced it.",
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === "Blinken" && t.sentence === 1)?.pos).toBe("PROPN");
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it("keeps a name with Turkish, Polish or Azerbaijani letters as one token, cut from the verbatim text", () => {
    const text = "Mehmet Şimşek met Recep Tayyip Erdoğan, Selin Aydın and Ilham Əliyev in Łódź.";
    const words = analyze(text).tokens.map((t) => t.text);
    for (const name of ["Şimşek", "Erdoğan", "Aydın", "Əliyev", "Łódź"]) expect(words).toContain(name);
    expect(foldForTagger("Şimşek Aydın Łódź Əliyev")).toBe("Simsek Aydin Lódz Eliyev");
  });

  it("analyses only the given ranges", () => {
    const start = text.indexOf("Baku");
    const { sentences } = analyze(text, [{ start, end: text.length }]);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.start).toBe(start);
  });

  it("cuts paragraphs at the range's ends, and reads no further than the text", () => {
    expect(paragraphs("ab cd\nef", { start: 1, end: 4 }).map((r) => [r.start, r.end])).toEqual([[1, 4]]);
    expect(paragraphs("ab\ncd", { start: 0, end: 99 }).map((r) => [r.start, r.end])).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });

  it("splits paragraphs on any line ending and trims them", () => {
    expect(paragraphs("  a \r\n\r\nb\n").map((r) => [r.start, r.end])).toEqual([
      [2, 3],
      [8, 9],
    ]);
  });
});

describe("analyze reads paragraphs joined as one document", () => {
  it("gives each paragraph the tokens, tags and sentences it has when read alone", () => {
    const paras = [
      "Blinken holds separate calls",
      "US Secretary of State Antony Blinken held calls on Monday with Aliyev and Pashinyan.",
      "“We can’t accept this,” the minister said, adding that talks would resume",
      "By Jane Doe",
      "Recep Tayyip Erdoğan met Ilham Əliyev and Selin Aydın in Łódź",
      "The U.S. embassy said 1,200 people had left. Others stayed.",
    ];
    const text = paras.join("\n");
    const whole = analyze(text);
    let offset = 0;
    let sentenceBase = 0;
    const alone = paras.flatMap((p, n) => {
      const a = analyze(p);
      const shifted = a.tokens.map((t) => ({
        ...t,
        start: t.start + offset,
        end: t.end + offset,
        sentence: t.sentence + sentenceBase,
      }));
      expect(a.sentences.every((s) => s.paragraph === 0)).toBe(true);
      for (const s of a.sentences) expect(whole.sentences[s.index + sentenceBase]?.paragraph).toBe(n);
      offset += p.length + 1;
      sentenceBase += a.sentences.length;
      return shifted;
    });
    expect(whole.tokens).toEqual(alone);
    expect(whole.sentences).toHaveLength(sentenceBase);
  });
});
